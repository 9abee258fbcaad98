"""The load generator's own ceiling: requests/s it drives from one core.

A zero-latency endpoint (zero_server.py) runs on core 1; `aire load run` runs on core 0
with 64 closed-loop users, streamed (4 content chunks + usage + [DONE] per answer) and
not. The server's CPU use is recorded too, to show it is not the limit.
With --guidellm, guidellm drives the same endpoint from the same core for comparison
(its requests/s: successful requests / benchmark duration).

    flock /tmp/aire-bench.lock .venv/bin/python benchmarks/load/ceiling.py --runs 5
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import tempfile
from pathlib import Path

from common import AIRE, PYTHON, cpu_seconds, free_port, machine, median, server

HERE = Path(__file__).parent
USERS, REQUESTS = 64, 20_000


def aire_run(url: str, stream: bool, out: Path) -> tuple[float, float]:
    cmd = ["taskset", "-c", "0", AIRE, "load", "run", "--url", url, "--concurrency", str(USERS),
           "--requests", str(REQUESTS), "--input-tokens", "32", "--output-tokens", "4",
           "--stream" if stream else "--no-stream", "-q", "-o", str(out)]  # fmt: skip
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    s = json.loads(out.read_text())
    assert s["requests"]["failed"] == 0, s["errors"]
    return float(s["throughput"]["requests_per_s"]), float(s["duration_s"])


def guidellm_run(guidellm: str, tokenizer: str, url: str, out: Path) -> tuple[float, float]:
    cmd = ["taskset", "-c", "0", guidellm, "run",
           "--backend", f"kind=openai_http,target={url},model=zero",
           "--profile", f"kind=concurrent,streams={USERS}",
           "--constraint", "kind=max_requests,count=5000",
           "--data", "kind=synthetic_text,prompt_tokens=32,output_tokens=4",
           "--tokenizer", f"kind=huggingface_auto,model={tokenizer}",
           "--output", f"kind=json,path={out}", "--disable-console"]  # fmt: skip
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL)
    bench = json.loads(out.read_text())["benchmarks"][0]
    ok = float(bench["metrics"]["request_totals"]["successful"])
    return ok / float(bench["duration"]), float(bench["duration"])


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--guidellm", default=None, help="path of guidellm, to compare")
    p.add_argument("--tokenizer", default="/work/venvs/word-tokenizer")
    p.add_argument("--out", default=str(HERE / "results" / "ceiling.json"))
    args = p.parse_args()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    runs: dict[str, list[dict[str, float]]] = {"aire stream": [], "aire no-stream": []}
    if args.guidellm:
        runs["guidellm stream"] = []
    cmd = [PYTHON, str(HERE / "zero_server.py"), str(port)]
    with server(cmd, port, core=1) as proc, tempfile.TemporaryDirectory() as tmp:
        for i in range(args.runs):
            for name in runs:
                out = Path(tmp) / f"{i}.json"
                cpu0 = cpu_seconds(proc.pid)
                if name.startswith("aire"):
                    rps, seconds = aire_run(url, name == "aire stream", out)
                else:
                    rps, seconds = guidellm_run(args.guidellm, args.tokenizer, url, out)
                # the server is idle outside the measured phase: its CPU time over that phase
                server_cpu = (cpu_seconds(proc.pid) - cpu0) / seconds
                runs[name].append({"requests_per_s": rps, "server_cpu": server_cpu})
                print(name, i, runs[name][-1], flush=True)
    medians = {n: median([r["requests_per_s"] for r in rs]) for n, rs in runs.items()}
    result = {"machine": machine(), "users": USERS, "runs": runs, "median_requests_per_s": medians}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n")
    for name, value in medians.items():
        print(f"{name}: {value:,.0f} req/s (median of {args.runs})")


if __name__ == "__main__":
    main()
