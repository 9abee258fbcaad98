"""What the checks of one run share: the profile, where its paths resolve, the probe
sample (taken once, used by sla, cost and observability), the JSON of each command run
(the evals and rag checks read one eval run), and hashes of the evidence."""

from __future__ import annotations

import hashlib
import json
import os
import shlex
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aire.errors import GateRunError
from aire.gate.probes import ProbeRun, read_llmprobe, run_probes
from aire.gate.profile import CommandSource, Profile, resolve

__all__ = ["CommandOutput", "GateContext", "sha256_file"]


def sha256_file(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


@dataclass(frozen=True, slots=True)
class CommandOutput:
    data: Any  # the parsed JSON
    exit_code: int | None  # None when only a file was read
    source: str


@dataclass(slots=True)
class GateContext:
    profile: Profile
    base: Path  # relative paths of the profile resolve here
    probes_file: Path | None = None
    requests: int | None = None  # overrides the probe count
    env: Mapping[str, str] | None = None
    run_dir: Path | None = None
    _probes: ProbeRun | None = None
    _outputs: dict[str, CommandOutput] = field(default_factory=dict)
    evidence: dict[str, str] = field(default_factory=dict)

    @property
    def taken(self) -> ProbeRun | None:
        """The probe sample, if a check took one."""
        return self._probes

    def path(self, p: Path | str) -> Path:
        return resolve(self.base, p)

    def has_probes(self) -> bool:
        return (
            self.probes_file is not None
            or self._probes is not None
            or (
                self.profile.target.url is not None
                or self.profile.target.llmprobe_config is not None
            )
        )

    def probes(self) -> ProbeRun:
        """The probe sample: the recorded file, else one live run (cached)."""
        if self._probes is None:
            if self.probes_file is not None:
                self._probes = read_llmprobe(self.probes_file, self.profile.sla)
                self.hash("probes", self.probes_file)
            else:
                self._probes = run_probes(self.profile, self.base, self.requests)
        return self._probes

    def hash(self, name: str, path: Path) -> None:
        digest = sha256_file(path)
        if digest is not None:
            self.evidence[name] = digest

    def scratch(self) -> Path:
        """Where commands may write their evidence: the run's directory (``{run_dir}``)."""
        if self.run_dir is None:
            self.run_dir = Path(tempfile.mkdtemp(prefix="aire-check-"))
        self.run_dir.mkdir(parents=True, exist_ok=True)
        return self.run_dir

    def _fill(self, text: str) -> str:
        return text.replace("{run_dir}", str(self.scratch())) if "{run_dir}" in text else text

    def run_json(self, name: str, source: CommandSource) -> CommandOutput:
        """The JSON a command printed (or wrote to ``results_file``), cached by ``name``.

        aipreflight's contract: the command's exit code does not decide anything unless
        it left no JSON behind; then, as for JSON that does not parse, GateRunError (3).
        ``{run_dir}`` in the command or the file name is the run's report directory."""
        if name in self._outputs:
            return self._outputs[name]
        proc = None
        command: str | list[str] | None = source.command
        if isinstance(command, str):
            command = self._fill(command)
        elif command is not None:
            command = [self._fill(a) for a in command]
        results = (self.path(self._fill(str(source.results_file)))
                   if source.results_file is not None else None)  # fmt: skip
        before = _mtime(results)
        if command is not None:
            shown = command if isinstance(command, str) else shlex.join(command)
            env = dict(os.environ if self.env is None else self.env)
            # this interpreter's bin first: `python` and `aire` in a command are the ones
            # running the gate (a venv's, a container's), not whatever else is on PATH
            bindir = os.path.dirname(sys.executable)
            env["PATH"] = os.pathsep.join([bindir, env.get("PATH", "")])
            try:
                proc = subprocess.run(
                    command,
                    shell=isinstance(command, str),
                    cwd=self.base,
                    env=env,
                    capture_output=True,
                    text=True,
                    timeout=source.timeout_s,
                    check=False,
                )
            except subprocess.TimeoutExpired:
                raise GateRunError(
                    f"{name}: command {shown!r} did not finish within {source.timeout_s:g} s"
                ) from None
            except OSError as exc:
                raise GateRunError(f"{name}: could not run {shown!r}: {exc}") from None
        if results is not None:
            path = results
            why = f" (command exited {proc.returncode}: {_tail(proc.stderr)})" if proc else ""
            if not path.is_file():
                raise GateRunError(f"{name}: results file not found: {path}{why}")
            if proc is not None and proc.returncode != 0 and _mtime(path) == before:
                # a failed command left an older file: that is not this run's evidence
                raise GateRunError(f"{name}: the command did not write {path}{why}")
            self.hash(f"{name}_results", path)
            data = _parse(path.read_text(errors="replace"), f"{name}: results file {path}")
            out = CommandOutput(data, proc.returncode if proc else None, str(path))
        else:
            assert proc is not None
            assert command is not None
            shown = command if isinstance(command, str) else shlex.join(command)
            try:
                data = _last_json(proc.stdout)
            except ValueError as exc:
                if proc.returncode != 0:
                    raise GateRunError(
                        f"{name}: command {shown!r} exited {proc.returncode} and printed no "
                        f"JSON: {_tail(proc.stderr) or '(no stderr)'}"
                    ) from None
                raise GateRunError(f"{name}: output of {shown!r} is not JSON: {exc}") from None
            out = CommandOutput(data, proc.returncode, shown)
        self._outputs[name] = out
        return out


def _mtime(path: Path | None) -> int | None:
    try:
        return path.stat().st_mtime_ns if path is not None else None
    except OSError:
        return None


def _tail(text: str, limit: int = 400) -> str:
    text = " ".join(text.strip().split())
    return text if len(text) <= limit else "..." + text[-limit:]


def _parse(text: str, what: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise GateRunError(f"{what} is not JSON: {exc}") from None


def _last_json(stdout: str) -> Any:
    """The whole of stdout as JSON, else its last line that is a JSON object (a tool
    may log before its result)."""
    text = stdout.strip()
    if not text:
        raise ValueError("nothing was printed")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        first_error = exc
    for line in reversed(text.splitlines()):
        line = line.strip()
        if line.startswith("{"):
            try:
                return json.loads(line)
            except json.JSONDecodeError:
                continue
    raise ValueError(str(first_error))
