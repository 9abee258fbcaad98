"""The gateway as a process: reload on SIGHUP, graceful drain on SIGTERM, workers, `aire up`."""

from __future__ import annotations

import asyncio
import json
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import yaml
from tests.gateway.helpers import chat, deployment

from aire.gateway.server import MAX_BACKOFF_S, backoff_s

pytestmark = pytest.mark.slow


class Proc:
    """A child `aire` process whose stderr is read line by line in the background."""

    def __init__(self, *args: str, env: dict[str, str] | None = None) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "aire", *args],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        try:
            for line in self.proc.stderr:
                self.lines.put(line)
        except ValueError:  # stop() closed the pipe while lines were still coming
            pass

    def wait_for(self, pattern: str, timeout: float = 20) -> re.Match[str]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.1)
            except queue.Empty:
                if self.proc.poll() is not None:
                    break
                continue
            self.seen.append(line)
            found = re.search(pattern, line)
            if found:
                return found
        raise AssertionError(f"{pattern!r} not seen; stderr so far:\n{''.join(self.seen)}")

    def stop(self) -> None:
        if self.proc.poll() is None:  # as a user would: SIGTERM, so workers stop too
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self.proc.wait(10)
        # EOF once every process holding the pipe (workers too) is gone; closing the pipe
        # under a reader blocked in read() would hang
        self.reader.join(15)
        if self.proc.stderr is not None and not self.reader.is_alive():
            self.proc.stderr.close()


@pytest.fixture
def procs() -> Iterator[list[Proc]]:
    started: list[Proc] = []
    yield started
    for p in started:
        p.stop()


def write(path: Path, gateway: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump({"gateway": gateway}))
    return path


def serve(
    procs: list[Proc], config: Path, *extra: str, env: dict[str, str] | None = None
) -> tuple[Proc, str]:
    p = Proc("serve", "-c", str(config), "--port", "0", *extra, env=env)
    procs.append(p)
    url = p.wait_for(r"listening on (http://\S+)/v1").group(1)
    return p, url


async def get_json(url: str) -> Any:
    async with aiohttp.ClientSession() as s, s.get(url) as r:
        return await r.json()


async def test_sighup_reloads_and_a_bad_file_keeps_the_running_config(
    start_sim: Any, procs: list[Proc], tmp_path: Path
) -> None:
    sim, _ = start_sim(itl_ms=20)
    config = write(
        tmp_path / "aire.yaml",
        {"log_requests": False, "models": {"chat": {"deployments": [deployment(sim, "s")]}}},
    )
    p, url = serve(procs, config)
    session = aiohttp.ClientSession()
    in_flight = await session.post(
        f"{url}/v1/chat/completions", json=chat(max_tokens=30, ignore_eos=True, stream=True)
    )
    first = await in_flight.content.readany()
    assert [m["id"] for m in (await get_json(f"{url}/v1/models"))["data"]] == ["chat"]

    write(
        config,
        {
            "log_requests": False,
            "models": {
                "chat": {"deployments": [deployment(sim, "s")]},
                "chat2": {"deployments": [deployment(sim, "s2")]},
            },
        },
    )
    p.proc.send_signal(signal.SIGHUP)
    p.wait_for("configuration reloaded")
    assert [m["id"] for m in (await get_json(f"{url}/v1/models"))["data"]] == ["chat", "chat2"]
    rest = await in_flight.read()  # the stream that began before the reload ends normally
    assert (first + rest).endswith(b"data: [DONE]\n\n")
    in_flight.close()
    await session.close()

    config.write_text("gateway:\n  models:\n    chat:\n      strategy: fastest\n")
    p.proc.send_signal(signal.SIGHUP)
    p.wait_for(r"reload failed.*aire\.yaml:4.*strategy")
    assert p.proc.poll() is None
    assert [m["id"] for m in (await get_json(f"{url}/v1/models"))["data"]] == ["chat", "chat2"]


async def test_sigterm_drains_a_stream_in_flight(
    start_sim: Any, procs: list[Proc], tmp_path: Path
) -> None:
    sim, _ = start_sim(itl_ms=25)
    config = write(
        tmp_path / "aire.yaml",
        {"log_requests": False, "models": {"chat": {"deployments": [deployment(sim, "s")]}}},
    )
    p, url = serve(procs, config)
    async with (
        aiohttp.ClientSession() as s,
        s.post(
            f"{url}/v1/chat/completions", json=chat(max_tokens=40, ignore_eos=True, stream=True)
        ) as r,
    ):
        first = await r.content.readany()
        assert first
        p.proc.send_signal(signal.SIGTERM)
        rest = await r.read()
    assert (first + rest).endswith(b"data: [DONE]\n\n")
    assert p.proc.wait(15) == 0


async def test_two_workers_share_the_port_and_aggregate_metrics(
    start_sim: Any, procs: list[Proc], tmp_path: Path
) -> None:
    sim, _ = start_sim()
    config = write(
        tmp_path / "aire.yaml",
        {"log_requests": False, "models": {"chat": {"deployments": [deployment(sim, "s")]}}},
    )
    p, url = serve(procs, config, "--workers", "2")
    async with aiohttp.ClientSession() as s:
        for _ in range(20):
            async with s.post(f"{url}/v1/chat/completions", json=chat()) as r:
                assert r.status == 200
        text = ""
        for _ in range(5):  # whichever worker answers, the counts are the sum of both
            async with s.get(f"{url}/metrics") as r:
                text = await r.text()
            line = next(
                x
                for x in text.splitlines()
                if x.startswith("aire_gateway_requests_total{") and 'status="200"' in x
            )
            assert float(line.rsplit(" ", 1)[1]) == 20
        for _ in range(100):  # each worker leaves a snapshot once a second
            async with s.get(f"{url}/status") as r:
                if (await r.json())["workers"] == 2:
                    break
            await asyncio.sleep(0.1)
    pids = set()
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(force_close=True)) as s:
        for _ in range(30):  # /status: one view whichever worker answers (new connections)
            async with s.get(f"{url}/status") as r:
                status = await r.json()
            assert status["workers"] == 2, status
            dep = status["models"]["chat"]["deployments"]["s"]
            assert dep["breaker"] == {"closed": 2}
            assert dep["healthy"] is True
            pids.add(status["answered_by"])
        # whichever worker answered (the kernel chooses; usually both), it saw both
    p.proc.send_signal(signal.SIGTERM)
    assert p.proc.wait(20) == 0


async def test_aire_up_serves_with_zero_config(procs: list[Proc]) -> None:
    p = Proc("up", "--port", "0")
    procs.append(p)
    url = p.wait_for(r"gateway (http://\S+)/v1").group(1)
    p.wait_for("curl")
    async with aiohttp.ClientSession() as s:
        body = {"model": "aire-sim", "messages": [{"role": "user", "content": "hi"}]}
        async with s.post(f"{url}/v1/chat/completions", json=body) as r:
            assert r.status == 200
            assert (await r.json())["choices"][0]["message"]["content"]
    p.proc.send_signal(signal.SIGINT)
    assert p.proc.wait(20) == 0


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "aire", *args], capture_output=True, text=True, timeout=60
    )


def test_bad_config_exits_2_with_file_line_and_field(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "gateway:\n  models:\n    chat:\n      deployments:\n"
        "        - url: http://127.0.0.1:1/v1\n          modle: x\n"
    )
    out = run_cli("serve", "-c", str(bad))
    assert out.returncode == 2
    assert "bad.yaml:6" in out.stderr
    assert "modle" in out.stderr
    assert "did you mean 'model'" in out.stderr
    assert "Traceback" not in out.stderr


def test_unknown_fallback_and_missing_file_exit_2(tmp_path: Path) -> None:
    cfg = write(
        tmp_path / "a.yaml",
        {
            "models": {
                "chat": {
                    "fallbacks": ["ghost"],
                    "deployments": [{"url": "http://x/v1", "model": "m"}],
                }
            }
        },
    )
    out = run_cli("serve", "-c", str(cfg))
    assert out.returncode == 2
    assert "unknown alias 'ghost'" in out.stderr
    out = run_cli("serve", "-c", str(tmp_path / "missing.yaml"))
    assert out.returncode == 2
    assert "file not found" in out.stderr


def test_port_in_use_exits_3(tmp_path: Path) -> None:
    from aire.server import bind

    sock = bind("127.0.0.1", 0)
    try:
        cfg = write(
            tmp_path / "a.yaml",
            {
                "port": sock.getsockname()[1],
                "models": {"chat": {"deployments": [{"url": "http://x/v1", "model": "m"}]}},
            },
        )
        out = run_cli("serve", "-c", str(cfg))
    finally:
        sock.close()
    assert out.returncode == 3
    assert "cannot listen" in out.stderr
    assert "Traceback" not in out.stderr


def test_check_prints_the_routes(tmp_path: Path) -> None:
    cfg = write(
        tmp_path / "a.yaml",
        {
            "models": {
                "chat": {
                    "strategy": "p2c",
                    "deployments": [{"url": "http://x/v1", "model": "m", "name": "one"}],
                }
            }
        },
    )
    out = run_cli("serve", "-c", str(cfg), "--check")
    assert out.returncode == 0
    assert "chat: p2c -> one" in out.stdout


EXAMPLE = str(Path(__file__).resolve().parents[2] / "examples" / "aire.yaml")


async def test_aire_up_with_the_example_config(procs: list[Proc]) -> None:
    p = Proc("up", "-c", EXAMPLE, "--port", "0")
    procs.append(p)
    url = p.wait_for(r"gateway (http://\S+)/v1").group(1)
    async with aiohttp.ClientSession() as s:
        long_prompt = {
            "model": "chat",
            "max_tokens": 5,
            "messages": [{"role": "user", "content": "word " * 5000}],
        }
        async with s.post(f"{url}/v1/chat/completions", json=long_prompt) as r:
            assert r.status == 200
            assert r.headers["x-aire-deployment"] == "large"  # past the small context window
    p.proc.send_signal(signal.SIGINT)
    assert p.proc.wait(20) == 0


def test_aire_up_when_the_sim_port_is_taken_exits_3(start_sim: Any) -> None:
    # Another server answering /health on that port used to pass for the simulator: the
    # gateway came up in front of it while the real simulator had died on the busy port.
    other, _ = start_sim()
    port = other.rsplit(":", 1)[1]
    out = subprocess.run(
        [sys.executable, "-m", "aire", "up", "--sim-port", port, "--port", "0"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert out.returncode == 3
    assert f"simulator: cannot listen on 127.0.0.1:{port}" in out.stderr
    assert "aire is up" not in out.stderr
    assert "Traceback" not in out.stderr


async def test_aire_up_listens_where_the_file_says(procs: list[Proc], tmp_path: Path) -> None:
    from aire.server import bind

    sock = bind("127.0.0.1", 0)
    port = sock.getsockname()[1]
    sock.close()
    cfg = tmp_path / "aire.yaml"
    cfg.write_text(f"gateway:\n  port: {port}\n")  # --port's default used to override this
    p = Proc("up", "-c", str(cfg))
    procs.append(p)
    p.wait_for(rf"gateway http://127\.0\.0\.1:{port}/v1")
    assert (await get_json(f"http://127.0.0.1:{port}/health")) == {"status": "ok"}
    p.proc.send_signal(signal.SIGINT)
    assert p.proc.wait(20) == 0


async def test_sighup_with_a_file_that_cannot_serve_keeps_the_running_config(
    start_sim: Any, procs: list[Proc], tmp_path: Path
) -> None:
    sim, _ = start_sim()
    dep = deployment(sim, "s")
    config = write(
        tmp_path / "aire.yaml", {"log_requests": False, "models": {"chat": {"deployments": [dep]}}}
    )
    p, url = serve(procs, config)
    assert [m["id"] for m in (await get_json(f"{url}/v1/models"))["data"]] == ["chat"]

    # guard params are only checked by the scanner: that used to fail inside the reload
    # task (an unhandled task error), now it is a config error with file:line
    config.write_text(
        yaml.safe_dump(
            {
                "gateway": {"guard_policy": "p", "models": {"chat": {"deployments": [dep]}}},
                "guard": {
                    "default_policy": "p",
                    "policies": {"p": {"input": [{"scanner": "pii", "params": {"bogus": 1}}]}},
                },
            }
        )
    )
    p.proc.send_signal(signal.SIGHUP)
    p.wait_for(r"reload failed.*aire\.yaml:\d+: guard\.policies\.p\.input\[0\]\.params\.bogus")

    config.write_text("gateway:\n  log_requests: false\n")  # no models: would answer only 404s
    p.proc.send_signal(signal.SIGHUP)
    p.wait_for(r"reload failed.*no models")

    write(
        config, {"workers": 2, "log_requests": False, "models": {"chat2": {"deployments": [dep]}}}
    )
    p.proc.send_signal(signal.SIGHUP)
    p.wait_for(r"gateway\.workers cannot change without a restart; keeping workers=1")
    p.wait_for("configuration reloaded")
    assert [m["id"] for m in (await get_json(f"{url}/v1/models"))["data"]] == ["chat2"]
    assert p.proc.poll() is None
    assert not any("Traceback" in line for line in p.seen)


def _workers_of(pid: int, count: int) -> list[int]:
    """The ``count`` worker processes of a supervisor (Linux /proc; not the resource
    tracker), once they are all there."""
    deadline = time.monotonic() + 20
    found: list[int] = []
    while len(found) < count and time.monotonic() < deadline:
        found = []
        for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
            cmdline = Path(f"/proc/{child}/cmdline").read_bytes()
            if b"spawn_main" in cmdline and b"pipe_handle" in cmdline:
                found.append(int(child))
        time.sleep(0.05)
    assert len(found) == count, found
    return found


async def _two_workers(
    start_sim: Any, procs: list[Proc], tmp_path: Path
) -> tuple[Proc, str, Path, list[int]]:
    """A gateway with two workers in front of a simulator: process, URL, config, pids."""
    sim, _ = start_sim()
    config = write(
        tmp_path / "aire.yaml",
        {"log_requests": False, "models": {"chat": {"deployments": [deployment(sim, "s")]}}},
    )
    p, url = serve(procs, config, "--workers", "2")
    assert (await get_json(f"{url}/health")) == {"status": "ok"}
    return p, url, config, _workers_of(p.proc.pid, 2)


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
async def test_a_worker_restarted_after_the_file_broke_starts_from_the_running_config(
    start_sim: Any, procs: list[Proc], tmp_path: Path
) -> None:
    # It used to re-read the file: a broken file made the restarted worker die with a
    # traceback, be restarted, die again, ... every 0.2 s.
    p, url, config, workers = await _two_workers(start_sim, procs, tmp_path)
    config.write_text("gateway:\n\tport: 1\n")
    os.kill(workers[0], signal.SIGKILL)
    p.wait_for(rf"worker {workers[0]} exited with -9; restarting")
    with pytest.raises(AssertionError, match="not seen"):  # the new worker stays up
        p.wait_for(r"exited with|Traceback", timeout=6)
    async with aiohttp.ClientSession() as s:
        for _ in range(10):
            async with s.post(f"{url}/v1/chat/completions", json=chat()) as r:
                assert r.status == 200
    p.proc.send_signal(signal.SIGTERM)
    assert p.proc.wait(30) == 0
    while True:  # what the reader thread has left to hand over, up to EOF
        try:
            p.seen.append(p.lines.get(timeout=1))
        except queue.Empty:
            break
    seen = "".join(p.seen)
    assert "Traceback" not in seen
    assert seen.count("restarting") == 1, seen


def test_restart_backoff_grows_and_is_capped() -> None:
    assert [backoff_s(n) for n in range(1, 6)] == [0.0, 0.5, 1.0, 2.0, 4.0]
    assert backoff_s(20) == MAX_BACKOFF_S == 30.0


FLAKY_SCANNER = """
import os
from pathlib import Path

from aire.guard.scanner import BaseScanner
from aire.guard.types import ScanResult

BROKEN = Path(__file__).with_name("broken")


class Flaky(BaseScanner):
    def setup(self, params):
        if BROKEN.exists():
            raise RuntimeError("the plug-in cannot start")
        BROKEN.with_name(f"started-{os.getpid()}").touch()

    def scan(self, text, ctx):
        return ScanResult(text, True, 0.0, ())
"""


async def _started(directory: Path, count: int) -> None:
    """Wait until the flaky plug-in has been built ``count`` times in all."""
    deadline = time.monotonic() + 30
    while len(_listing(directory, "started-*")) < count:
        assert time.monotonic() < deadline, _listing(directory, "*")
        await asyncio.sleep(0.05)


def _listing(directory: Path, pattern: str) -> list[str]:
    return sorted(p.name for p in directory.glob(pattern))


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
async def test_a_worker_that_cannot_start_is_restarted_with_growing_delays(
    start_sim: Any, procs: list[Proc], tmp_path: Path
) -> None:
    # It used to be respawned at once every time: a crash loop as fast as Python starts.
    (tmp_path / "flaky_scanner.py").write_text(FLAKY_SCANNER)
    sim, _ = start_sim()
    config = tmp_path / "aire.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "gateway": {
                    "log_requests": False,
                    "guard_policy": "p",
                    "models": {"chat": {"deployments": [deployment(sim, "s")]}},
                },
                "guard": {
                    "default_policy": "p",
                    "policies": {"p": {"input": ["flaky_scanner:Flaky"], "output": []}},
                },
            }
        )
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), *sys.path])}
    p, url = serve(procs, config, "--workers", "2", env=env)
    workers = _workers_of(p.proc.pid, 2)
    # built by the supervisor (checking the config) and by both workers: all started
    await _started(tmp_path, 3)
    (tmp_path / "broken").touch()
    os.kill(workers[0], signal.SIGKILL)
    # the first: at once (the JSON string of the message ends right there)
    p.wait_for(rf'"worker {workers[0]} exited with -9; restarting"')
    delays = [
        float(p.wait_for(r"exited with 1; restarting in ([\d.]+) s", timeout=30).group(1))
        for _ in range(3)
    ]
    assert delays == [0.5, 1.0, 2.0], "".join(p.seen)
    # the supervisor logs JSON lines, as its workers do
    line = next(x for x in p.seen if "restarting in 0.5 s" in x)
    record = json.loads(line)
    assert (record["level"], record["delay_s"], record["exit_code"]) == ("error", 0.5, 1)
    (tmp_path / "broken").unlink()  # fixed: the next restart (in 2 s) stays up
    await _started(tmp_path, 4)
    assert len(_workers_of(p.proc.pid, 2)) == 2
    with pytest.raises(AssertionError, match="not seen"):
        p.wait_for(r"exited with", timeout=6)
    async with aiohttp.ClientSession() as s:
        for _ in range(4):
            async with s.post(f"{url}/v1/chat/completions", json=chat()) as r:
                assert r.status == 200


def _gone(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return True
    return "\nState:\tZ" in status  # exited, not yet reaped by its new parent


def _wait_gone(pids: list[int], timeout: float = 15) -> None:
    deadline = time.monotonic() + timeout
    while not all(_gone(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert all(_gone(pid) for pid in pids), pids


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
async def test_workers_stop_when_their_supervisor_is_killed(
    start_sim: Any, procs: list[Proc], tmp_path: Path
) -> None:
    # They used to keep serving the port, unsupervised, until killed one by one.
    p, url, _, workers = await _two_workers(start_sim, procs, tmp_path)
    p.proc.kill()
    p.proc.wait(10)
    _wait_gone(workers)
    with pytest.raises(aiohttp.ClientConnectionError):
        await get_json(f"{url}/health")


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_aire_up_killed_takes_its_simulator_along(procs: list[Proc]) -> None:
    p = Proc("up", "--port", "0")
    procs.append(p)
    p.wait_for("curl")
    pid = p.proc.pid
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    sims = [int(c) for c in children if b"sim" in Path(f"/proc/{c}/cmdline").read_bytes()]
    assert len(sims) == 1, children
    p.proc.kill()  # no chance to stop its child itself
    p.proc.wait(10)
    _wait_gone(sims)


def _environ_of(pid: int) -> dict[str, str]:
    entries = Path(f"/proc/{pid}/environ").read_bytes().decode().split("\0")
    return dict(e.split("=", 1) for e in entries if "=" in e)


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
async def test_workers_are_given_the_supervisors_state_store(
    start_sim: Any, procs: list[Proc], tmp_path: Path
) -> None:
    """With workers, the supervisor hosts the memory store (aire.state.host_server) and
    each worker finds its socket in the environment, so limits hold across workers."""
    from aire.state.host_client import HostStore
    from aire.state.wire import HOST_STORE_ENV

    p, _, _, workers = await _two_workers(start_sim, procs, tmp_path)
    [path] = {_environ_of(pid).get(HOST_STORE_ENV) for pid in workers}  # one, shared
    assert path is not None
    store = HostStore(path)
    try:
        taken = await asyncio.gather(*(store.take("k", 1, 100, 3600) for _ in range(150)))
        assert sum(t.ok for t in taken) == 100
    finally:
        await store.aclose()
    p.stop()
    assert not Path(path).parent.exists()  # removed with the supervisor


def _cached_config(path: Path, sim: str, state: dict[str, Any] | None = None) -> Path:
    doc: dict[str, Any] = {
        "gateway": {
            "log_requests": False,
            "cache": {"enabled": True},
            "models": {"chat": {"deployments": [deployment(sim, "s")]}},
        }
    }
    if state is not None:
        doc["state"] = state
    path.write_text(yaml.safe_dump(doc))
    return path


async def _ask(url: str) -> tuple[str | None, str]:
    """(x-aire-cache, the answering process's request-id prefix), on a new connection."""
    body = chat(temperature=0)
    async with aiohttp.ClientSession() as s, s.post(f"{url}/v1/chat/completions", json=body) as r:
        assert r.status == 200
        return r.headers.get("x-aire-cache"), r.headers["x-aire-request-id"][:8]


async def test_the_workers_share_the_cache_through_the_supervisors_store(
    start_sim: Any, procs: list[Proc], tmp_path: Path
) -> None:
    sim_url, sim = start_sim()
    _, url = serve(procs, _cached_config(tmp_path / "aire.yaml", sim_url), "--workers", "2")
    assert (await _ask(url))[0] == "miss"
    answered_by: set[str] = set()
    deadline = time.monotonic() + 60  # a busy machine may take seconds to start worker 2
    while len(answered_by) < 2 and time.monotonic() < deadline:
        # a few connections at once, so that each worker's accept loop gets some
        for cache, worker in await asyncio.gather(*(_ask(url) for _ in range(4))):
            assert cache == "hit"
            answered_by.add(worker)
    assert len(answered_by) == 2
    assert sim.requests == 1


async def test_replicas_share_the_cache_through_redis(
    start_sim: Any, procs: list[Proc], tmp_path: Path
) -> None:
    import secrets

    import redis
    from tests.state.helpers import ensure_shared_redis

    redis_url = ensure_shared_redis()
    if redis_url is None:
        pytest.skip("no Redis on 127.0.0.1:6379 and no redis-server to start one")
    prefix = f"aire-test:{secrets.token_hex(6)}:"
    state = {"backend": "redis", "url": redis_url, "key_prefix": prefix}
    sim_url, sim = start_sim()
    config = _cached_config(tmp_path / "aire.yaml", sim_url, state)
    _, one = serve(procs, config)
    _, two = serve(procs, config)
    client = redis.Redis.from_url(redis_url)
    try:
        assert (await _ask(one))[0] == "miss"
        assert (await _ask(two))[0] == "hit"  # the other replica's answer
        assert sim.requests == 1
        keys = list(client.scan_iter(match=prefix + "*"))
        assert len(keys) == 1
        assert 0 < client.pttl(keys[0]) <= 300_000  # gateway.cache.ttl_s
    finally:
        keys = list(client.scan_iter(match=prefix + "*"))
        if keys:
            client.delete(*keys)
        client.close()
