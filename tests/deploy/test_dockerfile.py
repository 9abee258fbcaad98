"""deploy/docker/Dockerfile, linted by its rules (no Docker engine here): pinned base
images, the final stage installs only the pinned wheels with --no-index (no network at
run time), a non-root user, exec-form entrypoint; and the lock is exactly the packages
and versions this test suite runs with."""

from __future__ import annotations

import re
import shlex
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCKERFILE = ROOT / "deploy" / "docker" / "Dockerfile"
LOCK = ROOT / "deploy" / "docker" / "requirements.lock"


def instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with line continuations joined, comments dropped."""
    text = re.sub(r"\\\n", " ", DOCKERFILE.read_text())
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            out.append((word.upper(), rest.strip()))
    return out


def stages() -> list[list[tuple[str, str]]]:
    out: list[list[tuple[str, str]]] = []
    for ins in instructions():
        if ins[0] == "FROM":
            out.append([])
        if out:
            out[-1].append(ins)
    return out


def test_base_images_are_pinned() -> None:
    args = dict(a.split("=", 1) for i, a in instructions() if i == "ARG" and "=" in a)
    for ins, rest in instructions():
        if ins == "FROM":
            image = rest.split()[0]
            image = re.sub(r"\$\{(\w+)\}", lambda m: args[m.group(1)], image)
            assert ":" in image, image
            assert not image.endswith(":latest"), image
            assert re.search(r":\d+\.\d+\.\d+", image), f"{image}: pin a patch version"


def test_final_stage_installs_offline_and_runs_as_non_root() -> None:
    final = stages()[-1]
    runs = [rest for ins, rest in final if ins == "RUN"]
    for run in runs:
        for cmd in run.split("&&"):
            words = shlex.split(cmd)
            if words[:2] == ["pip", "install"]:
                assert "--no-index" in words, cmd
            assert words[0] not in ("curl", "wget", "apt-get", "git"), cmd
    env = " ".join(rest for ins, rest in final if ins == "ENV")
    assert "PIP_NO_INDEX=1" in env  # nothing later in the container reaches an index
    user = [rest for ins, rest in final if ins == "USER"]
    assert user
    assert not user[-1].startswith(("0", "root"))
    entry = [rest for ins, rest in final if ins == "ENTRYPOINT"]
    assert entry == ['["aire"]']  # exec form: SIGTERM reaches aire (it drains streams)


def test_lock_pins_every_runtime_package_within_its_ranges() -> None:
    """Every run-time requirement is pinned, at a version every range in the closure
    admits. (Not "equal to what this venv has": a fresh venv takes today's releases.)"""
    from packaging.specifiers import SpecifierSet
    from packaging.version import Version

    sys.path.insert(0, str(ROOT / "deploy" / "docker"))
    try:
        import lock
    finally:
        sys.path.pop(0)
    pins = {}
    for line in LOCK.read_text().splitlines():
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            assert version, f"not pinned: {line}"
            pins[name] = version
    wanted = lock.specifiers()
    assert set(pins) == set(wanted), "run deploy/docker/lock.py"
    for name, ranges in wanted.items():
        for spec in ranges:
            assert Version(pins[name]) in SpecifierSet(spec), f"{name}=={pins[name]} not in {spec}"


def test_the_runbooks_the_image_ships_are_the_ones_checks_link() -> None:
    from aire.gate.checks import runbook

    copied = [rest for ins, rest in instructions() if ins == "COPY" and "runbooks" in rest]
    assert copied
    for name in ("high-ttft", "queue-pressure", "kv-cache-pressure", "error-spikes",
                 "network-overhead", "silent-degradation", "prompt-injection-surge",
                 "budget-exhaustion", "breaker-open", "rollback"):  # fmt: skip
        assert (ROOT / runbook(name)).is_file(), name
