"""``aire diagnose`` against aire sim: queue pressure with 2 slots and 16 clients, network
overhead behind a proxy that adds 150 ms, a healthy engine, a target that is down."""

from __future__ import annotations

import asyncio
import json
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from aire.cli.main import main
from aire.gate.diagnose import diagnose
from aire.gate.scrape import Histogram, parse, prometheus_query


@contextmanager
def delaying_proxy(upstream: str, delay_s: float) -> Iterator[str]:
    """A TCP proxy that holds the first bytes of each answer for ``delay_s`` (a slow
    network path: the same delay on every request, none on the stream after it)."""
    host, port = urlsplit(upstream).hostname, urlsplit(upstream).port
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    box: dict[str, Any] = {}

    async def handle(cr: asyncio.StreamReader, cw: asyncio.StreamWriter) -> None:
        ur, uw = await asyncio.open_connection(host, port)
        asked = asyncio.Event()

        async def up() -> None:
            while data := await cr.read(65536):
                asked.set()
                uw.write(data)
                await uw.drain()
            uw.close()

        async def down() -> None:
            while data := await ur.read(65536):
                if asked.is_set():
                    asked.clear()
                    await asyncio.sleep(delay_s)
                cw.write(data)
                await cw.drain()
            cw.close()

        await asyncio.gather(up(), down(), return_exceptions=True)

    async def start() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", 0)
        box["port"] = server.sockets[0].getsockname()[1]
        box["server"] = server
        ready.set()

    def run() -> None:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(start())
        loop.run_forever()
        pending = asyncio.all_tasks(loop)
        for task in pending:
            task.cancel()
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        loop.close()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    ready.wait(5)
    try:
        yield f"http://127.0.0.1:{box['port']}"
    finally:
        loop.call_soon_threadsafe(box["server"].close)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)


def _names(result: Any) -> set[str]:
    return {f.name for f in result.findings if f.problem}


def test_queue_pressure_with_two_slots_and_sixteen_clients(
    start_sim: Callable[..., Any], capsys: pytest.CaptureFixture[str]
) -> None:
    url, _ = start_sim(max_num_seqs=2, itl_ms=5.0, ttft_ms=10.0)
    code = main(["diagnose", "--target", url, "--concurrency", "16", "--requests", "32", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 1
    assert out["verdict"] == "PROBLEMS"
    queue = next(f for f in out["findings"] if f["name"] == "queue_pressure")
    assert queue["problem"]
    assert queue["evidence"]["waiting_max"] > 5
    assert queue["runbook"] == "docs/runbooks/queue-pressure.md"


def test_network_overhead_behind_a_slow_proxy(start_sim: Callable[..., Any]) -> None:
    url, _ = start_sim(ttft_ms=20.0, itl_ms=1.0)
    with delaying_proxy(url, 0.15) as proxied:
        result = diagnose(proxied, metrics_url=url + "/metrics", requests=16, concurrency=2)
    assert "network_overhead" in _names(result)
    gap = next(f for f in result.findings if f.name == "network_overhead").evidence["gap_ms"]
    assert 100 < gap < 400
    assert "queue_pressure" not in _names(result)


def test_healthy_engine_has_no_problem(start_sim: Callable[..., Any],
                                       capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    url, _ = start_sim(ttft_ms=10.0, itl_ms=1.0)
    code = main(["diagnose", "--target", url, "--concurrency", "2", "--requests", "16"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert out.startswith("Diagnosis: HEALTHY")


def test_errors_are_named_by_class(start_sim: Callable[..., Any]) -> None:
    url, _ = start_sim(faults=[{"kind": "server_error", "rate": 0.5}])
    result = diagnose(url, requests=32, concurrency=4)
    errors = next(f for f in result.findings if f.name == "errors")
    assert errors.problem
    assert "http_5xx" in errors.evidence["by_class"]
    assert errors.runbook.endswith("error-spikes.md")


def test_target_down_exits_3(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    assert main(["diagnose", "--target", f"http://127.0.0.1:{port}"]) == 3
    assert "Traceback" not in capsys.readouterr().err


def test_histogram_quantile_interpolates_within_the_bucket() -> None:
    text = (
        "# TYPE t histogram\n"
        't_bucket{le="0.1"} 10\nt_bucket{le="0.2"} 30\nt_bucket{le="+Inf"} 40\n'
        "t_sum 6\nt_count 40\n"
    )
    hist = parse(text).histograms["t"]
    assert hist.quantile(0.5) == pytest.approx(0.15)  # rank 20: halfway through (0.1, 0.2]
    assert hist.quantile(0.9) == pytest.approx(0.2)  # in +Inf: the last finite bound
    assert hist.mean == pytest.approx(0.15)
    assert Histogram().quantile(0.5) is None


@pytest.fixture
def prometheus(tmp_path: Path) -> Iterator[Callable[[str], str]]:
    """A real Prometheus (Debian's) scraping the given target every second."""
    binary = shutil.which("prometheus")
    if binary is None:
        pytest.skip("prometheus is not installed")
    procs: list[subprocess.Popen[bytes]] = []

    def start(target: str) -> str:
        host = urlsplit(target).netloc
        config = tmp_path / "prometheus.yml"
        config.write_text(
            "global: {scrape_interval: 1s, evaluation_interval: 1s}\n"
            f"scrape_configs:\n  - job_name: sim\n    static_configs: [{{targets: ['{host}']}}]\n"
        )
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        procs.append(subprocess.Popen(
            [binary, f"--config.file={config}", f"--storage.tsdb.path={tmp_path / 'tsdb'}",
             f"--web.listen-address=127.0.0.1:{port}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        ))  # fmt: skip
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # ready, and the target scraped once
            try:
                if prometheus_query(url, 'up{job="sim"}') == 1.0:
                    return url
            except (OSError, ValueError):
                pass
            time.sleep(0.2)
        pytest.fail("prometheus did not scrape the sim within 30 s")

    yield start
    for p in procs:
        p.terminate()
        p.wait(10)


@pytest.mark.slow
def test_queue_pressure_from_prometheus(
    start_sim: Callable[..., Any], prometheus: Callable[[str], str]
) -> None:
    url, _ = start_sim(max_num_seqs=2, itl_ms=5.0, ttft_ms=10.0)
    prom = prometheus(url)
    result = diagnose(url, prometheus=prom, requests=32, concurrency=16)
    assert result.server["source"] == prom
    queue = next(f for f in result.findings if f.name == "queue_pressure")
    assert queue.problem
    assert queue.evidence["waiting_max"] > 5


def test_gateway_time_is_told_apart_from_upstream_time(start_sim: Callable[..., Any]) -> None:
    from aire.config.gateway import GatewayConfig
    from aire.config.state import StateConfig
    from aire.gateway.app import GatewayApp
    from aire.server import serve_in_thread

    url, _ = start_sim(ttft_ms=5.0, itl_ms=1.0)
    config = GatewayConfig.model_validate({
        "log_requests": False, "health": {"enabled": False},
        "models": {"chat": {"deployments": [{"url": url + "/v1", "model": "aire-sim",
                                              "name": "sim"}]}},
    })  # fmt: skip
    with serve_in_thread(GatewayApp(config, state=StateConfig())) as gateway:
        result = diagnose(gateway, metrics_url=url + "/metrics", model="chat", requests=16,
                          concurrency=2)  # fmt: skip
    overhead = next(f for f in result.findings if f.name == "gateway_overhead")
    assert overhead.evidence["samples"] == 8
    assert not overhead.problem  # a few ms: the rest is upstream time
    assert "upstream time" in overhead.summary
