"""``aire load``: files written, exit codes, and clear messages for bad input."""

from __future__ import annotations

import http.server
import os
import pty
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import orjson
import pytest

from aire.cli.main import main
from aire.server import bind
from aire.sim.app import SimApp

StartSim = Callable[..., tuple[str, SimApp]]


def _free_port() -> int:
    sock = bind("127.0.0.1", 0)
    port: int = sock.getsockname()[1]
    sock.close()
    return port


def test_run_writes_summary_and_records(
    sim: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, recs = tmp_path / "a.json", tmp_path / "a.jsonl"
    code = main(["load", "run", "--url", sim, "--requests", "12", "--concurrency", "3",
                 "--output-tokens", "5", "--ignore-eos", "-o", str(out), "--records", str(recs),
                 "-H", "X-Test: 1", "--slo-ttft-ms", "1000"])  # fmt: skip
    assert code == 0
    text = capsys.readouterr().out
    assert "TTFT" in text
    assert "requests/s" in text
    assert "goodput" in text
    summary = orjson.loads(out.read_bytes())
    assert summary["requests"]["total"] == 12
    assert summary["tokens"]["output"] == 60
    lines = [orjson.loads(line) for line in recs.read_text().splitlines()]
    assert [r["index"] for r in lines] == list(range(12))
    assert all(r["error"] is None and len(r["itl_ms"]) == 4 for r in lines)


def test_run_json_output_and_the_embedded_sim(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["load", "run", "--requests", "3", "--output-tokens", "2", "--json", "-q"])
    assert code == 0
    summary = orjson.loads(capsys.readouterr().out)
    assert summary["target"]["embedded_sim"] is True
    assert summary["target"]["model"] == "aire-sim"


def test_error_rate_gate_exits_1(start_sim: StartSim, capsys: pytest.CaptureFixture[str]) -> None:
    url, _ = start_sim(faults=[{"kind": "server_error", "rate": 0.5}], seed=3)
    code = main(["load", "run", "--url", url, "--requests", "200", "--max-error-rate", "0.1",
                 "-q", "--error-rate-min-requests", "10", "--concurrency", "2"])  # fmt: skip
    assert code == 1
    err = capsys.readouterr().err
    assert "stopped early" in err
    assert "Traceback" not in err


def test_no_request_succeeded_exits_3_naming_the_error(
    sim: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # every request fails: the endpoint could not be load-tested (not a FAIL of a gate)
    code = main(["load", "run", "--url", sim, "--requests", "4", "-q", "-H",
                 "x-aire-sim-fault: server_error"])  # fmt: skip
    assert code == 3
    captured = capsys.readouterr()
    assert "requests" in captured.out  # the table is still printed
    assert "no request succeeded (http_5xx 4); e.g. http_5xx: HTTP 500" in captured.err
    assert "Traceback" not in captured.err


def test_goodput_gate(sim: str, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["load", "run", "--url", sim, "--requests", "4", "-q", "--min-goodput-ratio", "0.9"]
    assert main([*args, "--slo-e2e-ms", "5000"]) == 0
    assert main([*args, "--slo-e2e-ms", "0.001"]) == 1
    assert "goodput" in capsys.readouterr().err
    assert main(args) == 1  # a goodput gate with no SLO is a mistake, said clearly


def test_unknown_flag_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["load", "run", "--concurency", "4"]) == 2
    err = capsys.readouterr().err
    assert "--concurency" in err
    assert "Traceback" not in err


def test_bad_value_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["load", "run", "--concurrency", "0"]) == 2
    assert "concurrency" in capsys.readouterr().err
    assert main(["load", "run", "--url", "localhost:8000"]) == 2
    assert "http" in capsys.readouterr().err
    assert main(["load", "run", "-H", "no colon"]) == 2


def test_unreachable_url_exits_3(capsys: pytest.CaptureFixture[str]) -> None:
    url = f"http://127.0.0.1:{_free_port()}"
    assert main(["load", "run", "--url", url, "--requests", "1"]) == 3
    err = capsys.readouterr().err
    assert f"cannot reach {url}" in err
    assert "Traceback" not in err


def test_bad_dataset_line_exits_2_with_file_and_line(
    sim: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "p.jsonl"
    data.write_text('{"prompt": "a"}\n{"prompt": "b"\n')
    assert main(["load", "run", "--url", sim, "--dataset", str(data)]) == 2
    err = capsys.readouterr().err
    assert f"{data}:2:" in err
    assert "Traceback" not in err


def test_config_file_section(sim: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = tmp_path / "aire.yaml"
    cfg.write_text(f"load:\n  url: {sim}\n  requests: 2\n  concurency: 3\n")
    assert main(["load", "run", "-c", str(cfg)]) == 2
    assert f"{cfg}:4" in capsys.readouterr().err
    cfg.write_text(f"load:\n  url: {sim}\n  requests: 2\n  headers: {{X-A: b}}\n")
    assert main(["load", "run", "-c", str(cfg), "-q", "--json"]) == 0
    assert orjson.loads(capsys.readouterr().out)["requests"]["total"] == 2


def test_compare_exit_codes(tmp_path: Path, sim: str) -> None:
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    common = ["--requests", "6", "--output-tokens", "3", "--ignore-eos", "-q"]
    assert main(["load", "run", "--url", sim, "-o", str(a), *common]) == 0
    # the candidate: the same run with every TTFT figure 4x (measured latencies would
    # carry the noise of a loaded machine; the exit codes are what is tested here)
    slow = orjson.loads(a.read_bytes())
    ttft = slow["latency_ms"]["ttft"]
    for key in ("mean", "median", "p90", "p95", "p99", "max"):
        ttft[key] = (ttft[key] or 1.0) * 4 + 1.0
    b.write_bytes(orjson.dumps(slow))
    assert main(["load", "compare", str(a), str(a)]) == 0
    assert main(["load", "compare", str(a), str(b)]) == 1
    assert main(["load", "compare", str(b), str(a)]) == 0
    assert main(["load", "compare", str(a), str(tmp_path / "none.json")]) == 2


def test_sweep_and_capacity(
    tmp_path: Path, start_sim: StartSim, capsys: pytest.CaptureFixture[str]
) -> None:
    # 2 slots of 100 ms: a 3rd user waits ~100 ms more (TTFT ~200 ms), wide margins both
    # sides of the 170 ms limit, so that a busy machine does not move the knee
    url, _ = start_sim(ttft_ms=100.0, itl_ms=0.0, load_factor=0.0, max_num_seqs=2)
    common = ["--url", url, "--requests", "8", "--output-tokens", "1", "-q"]
    assert main(["load", "sweep", "--values", "1,2", *common]) == 0
    assert "measured curve" in capsys.readouterr().out
    assert main(["load", "sweep", "--values", "1,x", *common]) == 2
    out = tmp_path / "cap.json"
    code = main(["load", "capacity", *common, "--stop", "8", "--slo-ttft-p95-ms", "170",
                 "-o", str(out)])  # fmt: skip
    assert code == 0
    assert "capacity: concurrency 2" in capsys.readouterr().out
    assert orjson.loads(out.read_bytes())["capacity"] == 2
    assert main(["load", "capacity", *common, "--slo-ttft-p95-ms", "1"]) == 1
    # every step within the limits up to --stop: the capacity is not known to be 2
    assert main(["load", "capacity", *common, "--stop", "2"]) == 0
    assert "capacity: at least concurrency 2 " in capsys.readouterr().out


# --- bad input: one line on stderr, exit 2 (usage) or 3 (could not run), no traceback ---


class _Html(http.server.BaseHTTPRequestHandler):
    """Answers everything with an HTML page, with the status of its server."""

    def log_message(self, *args: object) -> None:
        pass

    def _page(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = b"<html><body>not an API</body></html>"
        self.send_response(self.server.status)  # type: ignore[attr-defined]
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _page


@pytest.fixture
def html_server() -> Iterator[Callable[[int], str]]:
    servers: list[http.server.ThreadingHTTPServer] = []

    def start(status: int) -> str:
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Html)
        server.daemon_threads = True
        server.status = status  # type: ignore[attr-defined]
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def not_http() -> Iterator[str]:
    """A TCP server that answers with something that is not HTTP."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    done = threading.Event()

    def serve() -> None:
        while not done.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(5)
                conn.recv(65536)
                conn.sendall(b"SSH-2.0-OpenSSH_9.6\r\n\r\n")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    done.set()
    thread.join(5)
    listener.close()


def _one_clear_line(err: str) -> str:
    assert "Traceback" not in err
    assert "internal error" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert lines, "no message"
    return lines[-1]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["run", "--url", "http://[::1"], "not a valid URL (Invalid IPv6 URL)"),
        (["run", "--url", "http://127.0.0.1:99999"], "Port out of range"),
        (["run", "--rate-rps", "inf"], "load.rate_rps: input should be a finite number"),
        (["run", "--duration-s", "inf"], "load.duration_s: input should be a finite number"),
        (["run", "--duration-s", "-1"], "load.duration_s: input should be greater than 0"),
        (["run", "--duration-s", "0"], "load.duration_s: input should be greater than 0"),
        (["run", "--requests", "x"], "'x' is not a valid integer"),
        (["sweep", "--values", "inf"], "--values: give positive numbers"),
        (["sweep", "--values", "nan"], "--values: give positive numbers"),
        (["sweep", "--values", "0.5"], "concurrencies are whole numbers"),
        (["sweep", "--values", "1,x"], "--values: a comma-separated list of numbers"),
        (["capacity", "--start", "10", "--stop", "2"], "start (10) is above stop (2)"),
        (["capacity", "--start", "0.2", "--stop", "0.5"], "needs stop >= 1"),
        (["capacity", "--stop", "inf"], "load.capacity.stop: input should be a finite number"),
        (["compare", "a.json", "a.json", "--threshold-pct", "nan"], "not a finite number"),
    ],
)
def test_bad_values_exit_2_with_one_line(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["load", *args, "-q"] if args[0] != "compare" else ["load", *args]) == 2
    assert message in _one_clear_line(capsys.readouterr().err)


def test_bad_result_paths_fail_before_the_run(
    start_sim: StartSim, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sim, app = start_sim()
    (tmp_path / "afile").write_text("")
    bad = str(tmp_path / "afile" / "out.json")
    for args in (["run", "-o", bad], ["run", "--records", bad], ["sweep", "--values", "1",
                 "-o", bad], ["capacity", "-o", bad]):  # fmt: skip
        assert main(["load", *args, "--url", sim, "--requests", "1", "-q"]) == 2, args
        assert "afile is not a directory" in _one_clear_line(capsys.readouterr().err)
    assert app.requests == 0  # the check comes before the run, not after it


def test_bad_datasets_exit_2(sim: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cases = {
        "empty.jsonl": ("", "the dataset has no prompts"),
        "blank.jsonl": ("\n  \n", "the dataset has no prompts"),
        "bool.jsonl": ('{"prompt": "a", "max_tokens": true}\n', "max_tokens must be"),
    }
    for name, (text, message) in cases.items():
        (tmp_path / name).write_text(text)
        assert main(["load", "run", "--url", sim, "--dataset", str(tmp_path / name), "-q"]) == 2
        assert message in _one_clear_line(capsys.readouterr().err), name
    missing = tmp_path / "missing.jsonl"
    assert main(["load", "run", "--url", sim, "--dataset", str(missing), "-q"]) == 2
    line = _one_clear_line(capsys.readouterr().err)
    assert line == f"error: {missing}: no such file"


def test_an_endpoint_that_is_not_an_openai_api_exits_3(
    html_server: Callable[[int], str], capsys: pytest.CaptureFixture[str]
) -> None:
    page, missing = html_server(200), html_server(404)
    # no model named: a usage error that says what to do
    assert main(["load", "run", "--url", page, "-q"]) == 2
    assert "give one with --model" in _one_clear_line(capsys.readouterr().err)
    common = ["--model", "m", "--requests", "2", "-q"]
    assert main(["load", "run", "--url", missing, *common]) == 3
    line = _one_clear_line(capsys.readouterr().err)
    assert line == (
        "error: no request succeeded (http_4xx 2); e.g. http_4xx: HTTP 404: "
        "<html><body>not an API</body></html>"
    )
    assert main(["load", "run", "--url", page, *common]) == 3
    assert "malformed: not an SSE stream: <html>" in _one_clear_line(capsys.readouterr().err)
    assert main(["load", "run", "--url", page, *common, "--no-stream"]) == 3
    assert "malformed: invalid JSON body: <html>" in _one_clear_line(capsys.readouterr().err)
    assert main(["load", "sweep", "--url", missing, "--values", "1,2", *common]) == 3
    assert "no request succeeded (http_4xx 4)" in _one_clear_line(capsys.readouterr().err)
    assert main(["load", "capacity", "--url", missing, *common]) == 3  # not "no capacity"
    assert "no request succeeded" in _one_clear_line(capsys.readouterr().err)


def test_a_server_that_is_not_http_exits_3(
    not_http: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["load", "run", "--url", not_http, "--model", "m", "--requests", "1", "-q"]) == 3
    line = _one_clear_line(capsys.readouterr().err)
    assert line.startswith(f"error: {not_http} does not speak HTTP: Bad status line")


def test_compare_rejects_files_it_cannot_compare(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {
        "mal.json": ("{bad", "is not JSON"),
        "other.json": ('{"a": 1}', "is not an aire load summary"),
        "hollow.json": ('{"schema": "aire.load.summary/1"}', "no `latency_ms` object"),
        "sweep.json": ('{"schema": "aire.load.sweep/1", "steps": []}', "is a sweep"),
        "bytes.json": ("\udcff", "is not JSON"),
    }
    good = tmp_path / "good.json"
    good.write_text('{"schema": "aire.load.capacity/1", "capacity": 4}')
    for name, (text, message) in files.items():
        path = tmp_path / name
        path.write_bytes(text.encode("utf-8", "surrogateescape"))
        assert main(["load", "compare", str(good), str(path)]) == 2, name
        assert message in _one_clear_line(capsys.readouterr().err), name
    assert main(["load", "compare", str(good), str(good)]) == 0


# --- Ctrl-C: a real process, a real SIGINT ---------------------------------------------


def _aire(*args: str, **kwargs: object) -> subprocess.Popen[bytes]:
    return subprocess.Popen(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "aire", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **kwargs,
    )


def _wait_until(predicate: Callable[[], bool], proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while not predicate():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the run did not get going"
        time.sleep(0.02)


def test_ctrl_c_writes_what_finished_and_exits_130(start_sim: StartSim, tmp_path: Path) -> None:
    url, app = start_sim(ttft_ms=20.0, itl_ms=5.0)
    out, recs = tmp_path / "s.json", tmp_path / "r.jsonl"
    proc = _aire("load", "run", "--url", url, "--concurrency", "3", "--duration-s", "120",
                 "--output-tokens", "4", "-o", str(out), "--records", str(recs))  # fmt: skip
    try:
        _wait_until(lambda: app.requests >= 9, proc)  # closed loop: 6 have finished
        proc.send_signal(signal.SIGINT)
        stdout, stderr = proc.communicate(timeout=30)
    finally:
        proc.kill()
    err = stderr.decode()
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    summary = orjson.loads(out.read_bytes())
    req = summary["requests"]
    assert summary["interrupted"] is True
    assert req["total"] >= 6
    assert req["failed"] == 0  # cancelled requests are not errors
    assert 1 <= req["cancelled"] <= 3
    lines = [orjson.loads(line) for line in recs.read_text().splitlines()]
    assert len(lines) == req["total"]
    assert all(r["error"] is None for r in lines)
    assert "INTERRUPTED" in stdout.decode()
    assert (
        f"interrupted: {req['total']} requests finished, {req['cancelled']} in flight cancelled"
        f" (left out); written to {out}, {recs}"
    ) in err


def test_ctrl_c_in_a_sweep_keeps_the_completed_steps(sim: str, tmp_path: Path) -> None:
    out = tmp_path / "sweep.json"
    # by rate, 10 requests a step: 50 req/s takes 0.2 s, 1 req/s takes 10 s
    proc = _aire("load", "sweep", "--url", sim, "--by", "rate", "--values", "50,1",
                 "--arrival", "constant", "--requests", "10", "--output-tokens", "2",
                 "-o", str(out))  # fmt: skip
    try:
        assert proc.stderr is not None
        first = proc.stderr.readline().decode()  # the line of the first step
        assert first.startswith("rate 50: "), first
        proc.send_signal(signal.SIGINT)
        stdout, stderr = proc.communicate(timeout=30)
    finally:
        proc.kill()
    err = stderr.decode()
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    data = orjson.loads(out.read_bytes())
    assert data["interrupted"] is True
    assert [s["value"] for s in data["steps"]] == [50]
    assert data["steps"][0]["summary"]["requests"]["total"] == 10
    assert "measured curve" in stdout.decode()
    assert "interrupted: 1 of 2 steps completed" in err


def test_a_second_ctrl_c_quits_at_once(tmp_path: Path) -> None:
    # the handler of `aire load`, armed, given two SIGINTs: the first asks for a stop,
    # the second ends the process with 130 although the coroutine would go on for 60 s
    script = tmp_path / "two.py"
    script.write_text(
        "import asyncio, os, signal\n"
        "import uvloop\n"
        "from aire.cli.load import _CtrlC\n"
        "async def main():\n"
        "    with _CtrlC() as ctrl_c:\n"
        "        ctrl_c.arm()\n"
        "        os.kill(os.getpid(), signal.SIGINT)\n"
        "        await asyncio.wait_for(ctrl_c.stop.wait(), 20)\n"
        "        print('stopping', flush=True)\n"
        "        os.kill(os.getpid(), signal.SIGINT)\n"
        "        await asyncio.sleep(60)\n"
        "        print('not reached', flush=True)\n"
        "uvloop.run(main())\n"
    )
    proc = subprocess.run(
        [sys.executable, str(script)], capture_output=True, timeout=30, check=False
    )
    assert proc.returncode == 130, proc.stderr
    assert proc.stdout.decode() == "stopping\n"
    err = proc.stderr.decode()
    assert "Ctrl-C again to quit now" in err
    assert "interrupted again: quitting without writing results" in err


def test_json_stays_valid_with_a_progress_bar_on_the_terminal(start_sim: StartSim) -> None:
    # stderr is a terminal (the bar is drawn there), stdout a pipe: stdout is only the JSON
    url, _ = start_sim(ttft_ms=30.0, itl_ms=0.0)
    primary, secondary = pty.openpty()
    drawn = bytearray()

    def drain() -> None:
        while True:
            try:
                chunk = os.read(primary, 4096)
            except OSError:
                return
            if not chunk:
                return
            drawn.extend(chunk)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "100"}
    env.pop("NO_COLOR", None)
    try:
        args = ["load", "run", "--url", url, "--requests", "20", "--output-tokens", "1", "--json"]
        proc = subprocess.run(
            [sys.executable, "-m", "aire", *args],
            stdout=subprocess.PIPE,
            stderr=secondary,
            env=env,
            timeout=60,
            check=False,
        )
    finally:
        os.close(secondary)
        reader.join(5)
        os.close(primary)
    assert proc.returncode == 0
    summary = orjson.loads(proc.stdout)  # nothing but the JSON on stdout
    assert summary["requests"]["total"] == 20
    assert b"load" in drawn  # the bar was drawn, on the terminal
