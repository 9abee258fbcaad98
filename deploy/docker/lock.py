"""Write requirements.lock: every package aire[redis,postgres] needs at run time, pinned to
the version installed in this environment (the one the test suite ran with).

    .venv/bin/python deploy/docker/lock.py        # rewrite the lock
    .venv/bin/python deploy/docker/lock.py --check  # exit 1 if the lock differs

The Dockerfile installs exactly these wheels with --no-index. tests/deploy checks that the
lock names every run-time requirement and that each pin satisfies aire's (and its
dependencies') version ranges; not that it equals what a fresh venv installs today (a new
release on PyPI must not fail the suite: regenerate the lock when releasing the image).
"""

from __future__ import annotations

import importlib.metadata as md
import re
import sys
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement

EXTRAS = ("redis", "postgres")
LOCK = Path(__file__).with_name("requirements.lock")


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def closure(root: str = "aire", extras: tuple[str, ...] = EXTRAS) -> dict[str, str]:
    """{normalised name: installed version} of ``root``'s run-time requirements."""
    pins: dict[str, str] = {}
    todo: list[tuple[str, tuple[str, ...]]] = [(root, extras)]
    while todo:
        name, wanted = todo.pop()
        dist = md.distribution(name)
        for line in dist.requires or []:
            req = Requirement(line)
            envs = [{**default_environment(), "extra": e} for e in ("", *wanted)]
            if req.marker is not None and not any(req.marker.evaluate(e) for e in envs):
                continue
            key = _norm(req.name)
            if key in pins:
                continue
            pins[key] = md.version(req.name)
            todo.append((req.name, tuple(req.extras)))
    pins.pop(_norm(root), None)
    return dict(sorted(pins.items()))


def specifiers(root: str = "aire", extras: tuple[str, ...] = EXTRAS) -> dict[str, list[str]]:
    """{normalised name: [version ranges asked for it]} over ``root``'s run-time closure."""
    specs: dict[str, list[str]] = {}
    seen: set[str] = set()
    todo: list[tuple[str, tuple[str, ...]]] = [(root, extras)]
    while todo:
        name, wanted = todo.pop()
        for line in md.distribution(name).requires or []:
            req = Requirement(line)
            envs = [{**default_environment(), "extra": e} for e in ("", *wanted)]
            if req.marker is not None and not any(req.marker.evaluate(e) for e in envs):
                continue
            key = _norm(req.name)
            specs.setdefault(key, []).append(str(req.specifier))
            if key not in seen:
                seen.add(key)
                todo.append((req.name, tuple(req.extras)))
    specs.pop(_norm(root), None)
    return specs


def render(pins: dict[str, str]) -> str:
    head = ("# aire[" + ",".join(EXTRAS) + "] at run time, pinned to the versions the tests ran "
            "with.\n# Regenerate: .venv/bin/python deploy/docker/lock.py\n")  # fmt: skip
    return head + "".join(f"{k}=={v}\n" for k, v in pins.items())


def main() -> int:
    text = render(closure())
    if "--check" in sys.argv:
        same = LOCK.is_file() and LOCK.read_text() == text
        print("lock is current" if same else "lock differs: run deploy/docker/lock.py")
        return 0 if same else 1
    LOCK.write_text(text)
    print(f"wrote {LOCK}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
