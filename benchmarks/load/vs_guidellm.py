"""aire load side by side with guidellm, in one run, against the same `aire sim`.

The simulator runs on core 1 with a known latency (TTFT 50 ms, ITL 20 ms, no jitter in
load, no prefill cost); each client in turn drives it from core 0 with the same load:
8 concurrent streams, 64 requests of 64 input and 64 output tokens (ignore_eos).
Runs alternate the order of the two tools; the medians over runs are compared.

    flock /tmp/aire-bench.lock .venv/bin/python benchmarks/load/vs_guidellm.py --runs 5

guidellm lives in its own venv (see RESULTS.md); it needs a tokenizer, built offline by
make_tokenizer.py. Definitions: guidellm's ITL is (latency - TTFT) / (output tokens - 1)
per request, which is aire's TPOT; aire's ITL is every gap between chunks.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import tempfile
from pathlib import Path

from common import AIRE, free_port, machine, median, server

SIM = {"ttft-ms": 50, "itl-ms": 20, "itl-jitter": 0.05, "prefill-ms-per-token": 0, "load-factor": 0}
CONCURRENCY, REQUESTS, INPUT, OUTPUT = 8, 64, 64, 64


def run_aire(url: str, out: Path) -> dict[str, float]:
    cmd = ["taskset", "-c", "0", AIRE, "load", "run", "--url", url,
           "--concurrency", str(CONCURRENCY), "--requests", str(REQUESTS),
           "--input-tokens", str(INPUT), "--output-tokens", str(OUTPUT), "--ignore-eos",
           "-q", "-o", str(out)]  # fmt: skip
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    s = json.loads(out.read_text())
    lat = s["latency_ms"]
    return {
        "ttft_median_ms": lat["ttft"]["median"],
        "itl_median_ms": lat["itl"]["median"],
        "tpot_median_ms": lat["tpot"]["median"],
        "e2e_median_ms": lat["e2e"]["median"],
        "output_tok_s": s["throughput"]["output_tokens_per_s"],
        "requests_ok": s["requests"]["ok"],
    }


def run_guidellm(guidellm: str, tokenizer: str, url: str, out: Path) -> dict[str, float]:
    cmd = ["taskset", "-c", "0", guidellm, "run",
           "--backend", f"kind=openai_http,target={url}",
           "--profile", f"kind=concurrent,streams={CONCURRENCY}",
           "--constraint", f"kind=max_requests,count={REQUESTS}",
           "--data", f"kind=synthetic_text,prompt_tokens={INPUT},output_tokens={OUTPUT}",
           "--tokenizer", f"kind=huggingface_auto,model={tokenizer}",
           "--output", f"kind=json,path={out}", "--disable-console"]  # fmt: skip
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL)
    m = json.loads(out.read_text())["benchmarks"][0]["metrics"]

    def med(name: str) -> float:
        return float(m[name]["successful"]["median"])

    return {
        "ttft_median_ms": med("time_to_first_token_ms"),
        "itl_median_ms": med("inter_token_latency_ms"),  # = aire's TPOT (see docstring)
        "tpot_median_ms": med("time_per_output_token_ms"),  # latency / output tokens
        "e2e_median_ms": med("request_latency") * 1000.0,
        "output_tok_s": float(m["output_tokens_per_second"]["successful"]["mean"]),
        "requests_ok": float(m["request_totals"]["successful"]),
    }


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--guidellm", default="/work/venvs/guidellm/bin/guidellm")
    p.add_argument("--tokenizer", default="/work/venvs/word-tokenizer")
    p.add_argument("--out", default=str(Path(__file__).parent / "results" / "vs_guidellm.json"))
    args = p.parse_args()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    sim_cmd = [AIRE, "sim", "--port", str(port)]
    for k, v in SIM.items():
        sim_cmd += [f"--{k}", str(v)]
    runs: dict[str, list[dict[str, float]]] = {"aire": [], "guidellm": []}
    with server(sim_cmd, port, core=1), tempfile.TemporaryDirectory() as tmp:
        for i in range(args.runs):
            order = ["aire", "guidellm"] if i % 2 == 0 else ["guidellm", "aire"]
            for tool in order:
                out = Path(tmp) / f"{tool}-{i}.json"
                if tool == "aire":
                    runs[tool].append(run_aire(url, out))
                else:
                    runs[tool].append(run_guidellm(args.guidellm, args.tokenizer, url, out))
                print(tool, i, runs[tool][-1], flush=True)
    keys = list(runs["aire"][0])
    medians = {tool: {k: median([r[k] for r in rs]) for k in keys} for tool, rs in runs.items()}
    # like for like: guidellm's "ITL" is a per-request mean gap, i.e. aire's TPOT
    pairs = {
        "TTFT median ms": ("ttft_median_ms", "ttft_median_ms"),
        "ITL median ms (aire: every gap; guidellm: per-request mean)": (
            "itl_median_ms", "itl_median_ms"),
        "TPOT median ms (aire TPOT vs guidellm ITL, same formula)": (
            "tpot_median_ms", "itl_median_ms"),
        "e2e median ms": ("e2e_median_ms", "e2e_median_ms"),
        "output tok/s": ("output_tok_s", "output_tok_s"),
    }  # fmt: skip
    table = []
    for label, (ka, kg) in pairs.items():
        a, g = medians["aire"][ka], medians["guidellm"][kg]
        table.append({"metric": label, "aire": a, "guidellm": g, "diff_pct": (a - g) / g * 100})
    result = {
        "machine": machine(),
        "sim": SIM,
        "load": {"concurrency": CONCURRENCY, "requests": REQUESTS, "input_tokens": INPUT,
                 "output_tokens": OUTPUT},
        "runs": runs,
        "medians": medians,
        "comparison": table,
    }  # fmt: skip
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n")
    print("\n| metric | aire | guidellm | diff |\n|---|---:|---:|---:|")
    for row in table:
        print(f"| {row['metric']} | {row['aire']:.2f} | {row['guidellm']:.2f} | "
              f"{row['diff_pct']:+.1f}% |")  # fmt: skip


if __name__ == "__main__":
    main()
