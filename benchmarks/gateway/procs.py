"""Processes of the gateway benchmark: servers pinned to a core, the shared bench lock,
CPU time and memory read from /proc, and a description of the machine."""

from __future__ import annotations

import contextlib
import fcntl
import os
import platform
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

LOCK_PATH = "/tmp/aire-bench.lock"
_TICK = os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    """A background server in its own session (so it and its children stop as a group),
    pinned to ``core`` (None: not pinned)."""

    name: str
    cmd: list[str]
    core: int | None
    ready_url: str
    log_path: Path
    env: dict[str, str] = field(default_factory=dict)
    proc: subprocess.Popen[bytes] | None = None
    _log: IO[bytes] | None = None

    def start(self) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        self._log = self.log_path.open("wb")
        pin = ["taskset", "-c", str(self.core)] if self.core is not None else []
        self.proc = subprocess.Popen(
            [*pin, *self.cmd],
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            env={**os.environ, **self.env},
            start_new_session=True,
        )

    def wait_ready(self, timeout_s: float = 120.0) -> float:
        """Seconds until ``ready_url`` gives any HTTP answer; raises if the server died."""
        assert self.proc is not None
        t0 = time.monotonic()
        while time.monotonic() - t0 < timeout_s:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.proc.returncode}: {self.tail()}")
            try:
                with urllib.request.urlopen(self.ready_url, timeout=1.0):
                    return time.monotonic() - t0
            except urllib.error.HTTPError:
                return time.monotonic() - t0  # answering, even if with 401/404
            except (urllib.error.URLError, OSError):
                time.sleep(0.2)
        raise RuntimeError(f"{self.name} not ready after {timeout_s:.0f} s: {self.tail()}")

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def pids(self) -> list[int]:
        """The server and its descendants (worker processes, if any)."""
        return process_tree(self.pid)

    def tail(self, lines: int = 15) -> str:
        with contextlib.suppress(OSError):
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        return ""

    def stop(self) -> None:
        proc = self.proc
        if proc is not None and proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(5)
        # workers left behind in the group (the leader gone): end them too
        if proc is not None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGKILL)
        if self._log is not None:
            self._log.close()
            self._log = None


def process_tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError, IndexError, ValueError):
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, []))
    return out


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time of processes (all their threads), from /proc."""
    total = 0
    for pid in pids:
        with contextlib.suppress(OSError):
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
    return total / _TICK


def wait_idle(pids: list[int], *, below: float = 0.03, timeout_s: float = 60.0) -> float:
    """Wait until ``pids`` use under ``below`` of a core for two 0.25 s windows in a row."""
    t0 = time.monotonic()
    quiet = 0
    while quiet < 2 and time.monotonic() - t0 < timeout_s:
        c0 = cpu_seconds(pids)
        time.sleep(0.25)
        quiet = quiet + 1 if (cpu_seconds(pids) - c0) / 0.25 < below else 0
    return time.monotonic() - t0


def memory_mb(pid: int) -> dict[str, float]:
    """RSS, peak RSS (VmHWM), PSS and private memory of one process, in MB (10^6 bytes)."""
    out: dict[str, float] = {}
    wanted = {"VmRSS": "rss_mb", "VmHWM": "peak_rss_mb"}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key = line.split(":", 1)[0]
        if key in wanted:
            out[wanted[key]] = round(int(line.split()[1]) * 1024 / 1e6, 1)
    with contextlib.suppress(OSError):
        private = 0
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            key = line.split(":", 1)[0]
            if key == "Pss":
                out["pss_mb"] = round(int(line.split()[1]) * 1024 / 1e6, 1)
            elif key in ("Private_Clean", "Private_Dirty"):
                private += int(line.split()[1])
        out["private_mb"] = round(private * 1024 / 1e6, 1)
    return out


def cmdline(pid: int) -> str:
    with contextlib.suppress(OSError):
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode().strip()
    return ""


def _ancestors() -> set[int]:
    pids, pid = set(), os.getpid()
    while pid > 1:
        pids.add(pid)
        try:
            pid = int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            break
    return pids


def _lock_holders(inode: int) -> set[int]:
    holders = set()
    with contextlib.suppress(OSError):
        for line in Path("/proc/locks").read_text().splitlines():
            parts = line.split()
            if len(parts) > 5 and parts[1] == "FLOCK" and parts[5].split(":")[-1] == str(inode):
                holders.add(int(parts[4]))
    return holders


@contextlib.contextmanager
def bench_lock() -> Iterator[None]:
    """Hold /tmp/aire-bench.lock (the machine's benchmark lock) for the whole run.

    Under ``flock /tmp/aire-bench.lock ...`` the lock is already ours (an ancestor holds
    it); taking it again on a new descriptor would wait forever, so then it is not taken.
    """
    fd = os.open(LOCK_PATH, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not _lock_holders(os.fstat(fd).st_ino) & _ancestors():
                print(f"waiting for {LOCK_PATH} (another benchmark is running)", flush=True)
                fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def machine() -> dict[str, object]:
    model = "unknown"
    mem_kb = 0
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
    return {
        "nproc": os.cpu_count(),
        "cpu": model,
        "ram_gib": round(mem_kb / 2**20, 1),
        "python": sys.version.split()[0],
        "kernel": platform.release(),
    }


def package_version(python: str, package: str) -> str:
    code = f"import importlib.metadata as m; print(m.version({package!r}))"
    try:
        out = subprocess.run([python, "-c", code], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    return out.stdout.strip() or "unknown"


def core_times() -> dict[int, tuple[float, float]]:
    """Per core: busy seconds (user, nice, system, irq, softirq) and steal seconds."""
    out: dict[int, tuple[float, float]] = {}
    for line in Path("/proc/stat").read_text().splitlines():
        if line.startswith("cpu") and line[3].isdigit():
            f = line.split()
            user, nice, system, _idle, _iowait, irq, softirq, steal = map(int, f[1:9])
            out[int(f[0][3:])] = ((user + nice + system + irq + softirq) / _TICK, steal / _TICK)
    return out


def wait_quiet(cores: tuple[int, ...], *, below: float, timeout_s: float) -> float:
    """Wait until ``cores`` are busier than ``below`` of a core for no 2 s window (3 in a
    row), at most ``timeout_s``; returns the busiest core's share in the last window."""
    t0 = time.monotonic()
    quiet, busiest = 0, 1.0
    while quiet < 3 and time.monotonic() - t0 < timeout_s:
        before = core_times()
        time.sleep(2.0)
        after = core_times()
        busiest = max((after[c][0] - before[c][0]) / 2.0 for c in cores)
        quiet = quiet + 1 if busiest < below else 0
    return busiest
