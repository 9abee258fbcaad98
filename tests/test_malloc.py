"""aire.malloc: glibc settings applied in a fresh process, and left alone when the user
set their own."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

_PROBE = "from aire.malloc import tune; print(tune())"


def _run(env: dict[str, str]) -> str:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("MALLOC_")}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], env={**clean, **env}, capture_output=True, text=True,
        check=True, timeout=60,
    )  # fmt: skip
    return done.stdout.strip()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc settings")
def test_glibc_takes_the_settings() -> None:
    assert _run({}) == "True"


def test_a_users_malloc_variables_win() -> None:
    assert _run({"MALLOC_ARENA_MAX": "4"}) == "False"


_FRAGMENT = """
import sys
if sys.argv[1] == "tune":
    from aire.malloc import tune
    tune()
def rss():
    return int(open("/proc/self/status").read().split("VmRSS:")[1].split()[0])
first = bytearray(1_000_000)
del first  # glibc's own rule now raises its mmap threshold above 1 MB
blocks, keep = [], []
for _ in range(300):
    blocks.append(bytearray(200_000))
    keep.append(bytearray(1_000))  # small live blocks between the big ones
big = rss()
del blocks
print(big - rss())
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_freed_large_buffers_go_back_to_the_system_when_tuned_and_not_otherwise() -> None:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("MALLOC_")}

    def returned_kb(mode: str) -> int:
        done = subprocess.run(
            [sys.executable, "-c", _FRAGMENT, mode], env=clean, capture_output=True,
            text=True, check=True, timeout=60,
        )  # fmt: skip
        return int(done.stdout)

    assert returned_kb("tune") > 50_000  # ~60 MB freed, back at once
    assert returned_kb("default") < 10_000  # kept in the heap, behind the small blocks
