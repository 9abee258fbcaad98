#!/usr/bin/env python3
"""Guardrail latency and accuracy, aire side by side with LLM Guard and Presidio.

    flock /tmp/aire-bench.lock taskset -c 1 .venv/bin/python benchmarks/guard/bench.py \
        --peers-python /work/venvs/guardpeers/bin/python

One command: builds the workloads (workloads.py, from ../shared/data), measures aire's
scanners here, runs peers.py in the peers' virtualenv on the same inputs (it inherits
the CPU pinning), repeats that --runs times, then writes results.json and prints the
tables for RESULTS.md. Latency is per call on one core: p50/p99 over 3 rounds of 200
prompts of 2048 chars, median of the runs.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1] / "src"))

import workloads  # noqa: E402

from aire.config.guard import GuardConfig, ScannerSpec  # noqa: E402
from aire.guard import Guard, ScanContext  # noqa: E402
from aire.guard.policy import build_pipeline  # noqa: E402
from peers import overlap_f1 as peers_overlap_f1  # noqa: E402

ROUNDS = 3


def timed(fn: Callable[[str], object], texts: list[str]) -> dict[str, float]:
    """Wall-clock percentiles, and the same of the process's CPU time per call
    (``cpu_p50_us``, ``cpu_p99_us``): on a shared machine the wall-clock tail is mostly
    time the process spent waiting for a core, which CPU time leaves out."""
    for t in texts[:20]:
        fn(t)
    samples, cpu = [], []
    clock, cpu_clock = time.perf_counter, time.process_time
    for _ in range(ROUNDS):
        for t in texts:
            c0 = cpu_clock()
            start = clock()
            fn(t)
            samples.append(clock() - start)
            cpu.append(cpu_clock() - c0)
    out = workloads.percentiles(samples)
    cpu_pct = workloads.percentiles(cpu)
    out["cpu_p50_us"], out["cpu_p99_us"] = cpu_pct["p50_us"], cpu_pct["p99_us"]
    return out


def scanner(name: str, family: str = "input", **params: Any) -> Any:
    return build_pipeline((ScannerSpec(scanner=name, params=params),), family).steps[0].scanner  # type: ignore[arg-type]


def run_aire(w: dict[str, Any]) -> dict[str, Any]:
    prompts, outputs = w["prompts"], w["outputs"]
    latency: dict[str, Any] = {}
    inputs = {
        "invisible_text": scanner("invisible_text"),
        "homoglyphs": scanner("homoglyphs"),
        "prompt_injection": scanner("prompt_injection"),
        "secrets": scanner("secrets"),
        "pii": scanner("pii"),
        "ban_substrings": scanner("ban_substrings", substrings=["project x", "acme secret"]),
        "token_limit": scanner("token_limit", max_tokens=4096),
    }
    for name, s in inputs.items():
        latency[f"input/{name}"] = timed(lambda t, s=s: s.scan(t, ScanContext()), prompts)
    guard = Guard(GuardConfig().policies["default"])
    latency["input/default pipeline"] = timed(
        lambda t: guard.scan_input(t, guard.context()), prompts
    )
    from aire.embeddings import available

    if available():
        # the model tier: only the uncertain share of the prompts reaches the model
        tiered = scanner("prompt_injection", model_tier=True)
        latency["input/prompt_injection with model tier"] = timed(
            lambda t: tiered.scan(t, ScanContext()), prompts
        )
        latency["input/prompt_injection with model tier"]["model_tier_share"] = round(
            tiered.model_tier_calls / max(1, tiered.calls), 4
        )
        from aire.embeddings import Embedder

        head = tiered.head  # type: ignore[attr-defined]
        text = " ".join(prompts[:3])  # > 512 tokens: the window is full
        assert Embedder(model=head.model, max_tokens=512).count_tokens(text) == 512
        latency[f"model tier alone ({head.model}), one {head.max_tokens}-token window"] = timed(
            lambda t: head.predict(t), [text] * 60
        )
        full = Embedder(max_tokens=512)  # the 6-layer model drift uses, for comparison
        latency["embeddings minilm-l6 (6 layers, fp32 compute), one 512-token window"] = timed(
            lambda t: full([t]), [text] * 20
        )
    for name in ("refusal", "json", "canary"):
        s = scanner(name, "output", **({"required": True} if name == "json" else {}))
        latency[f"output/{name}"] = timed(lambda t, s=s: s.scan(t, ScanContext()), outputs)
    latency["output/default pipeline"] = timed(
        lambda t: guard.scan_output(t, guard.context()), outputs
    )

    def stream(t: str) -> None:
        sg = guard.stream(guard.context())
        for i in range(0, len(t), 16):
            sg.feed(t[i : i + 16])
        sg.finish()

    latency["output/default stream guard (16-char chunks)"] = timed(stream, outputs)

    accuracy: dict[str, Any] = {}
    pii_all = inputs["pii"]
    pii = scanner("pii", entities=list(workloads.PII_TYPES.values()))
    gold = [workloads.gold_spans(r) for r in w["pii"]]
    pred = [
        {(f.kind, f.start, f.end) for f in pii.scan(r["text"], ScanContext()).findings}
        for r in w["pii"]
    ]
    accuracy["pii span (7 pattern types)"] = workloads.span_f1(gold, pred)
    for name, key, s in (
        ("secrets (synthetic keys in benign text)", "secrets", inputs["secrets"]),
        ("invisible text (synthetic)", "invisible", inputs["invisible_text"]),
        ("refusal (XSTest full refusal vs compliance)", "refusal", scanner("refusal", "output")),
    ):
        rows = w[key]
        flags = [not s.scan(r["text"], ScanContext()).valid for r in rows]
        accuracy[name] = workloads.classification(flags, [r["label"] for r in rows])
    for name, rows in w["names_heldout"].items():
        gold = [{(x["start"], x["end"]) for x in r["spans"] if x["kind"] == "person"} for r in rows]
        pred = [
            {(f.start, f.end) for f in pii_all.scan(r["text"], ScanContext()).findings
             if f.kind == "person"}
            for r in rows
        ]  # fmt: skip
        accuracy[f"person names, {name} (overlap)"] = peers_overlap_f1(gold, pred)
    cv = json.loads((HERE / "injection_cv.json").read_text())
    accuracy["prompt injection (grouped 5-fold CV, nested threshold)"] = cv["grouped_cv"][
        "classifier+rules"
    ]
    return {"latency": latency, "accuracy": accuracy}


def median_of(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Latency: the median over runs of each p50 and p99; accuracy: the first run's
    (deterministic)."""
    latency: dict[str, Any] = {}
    for name in runs[0]["latency"]:
        stats = [r["latency"][name] for r in runs]
        latency[name] = {
            **stats[0],
            "p50_us": statistics.median(x["p50_us"] for x in stats),
            **{
                k: statistics.median(x[k] for x in stats)
                for k in ("p99_us", "cpu_p50_us", "cpu_p99_us")
                if k in stats[0]
            },
        }
    return {"latency": latency, "accuracy": runs[0]["accuracy"]}


def machine() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores_available": str(len(os.sched_getaffinity(0))),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "date": time.strftime("%Y-%m-%d"),
    }


def table(title: str, rows: dict[str, dict[str, Any]], cols: list[str]) -> str:
    out = [f"### {title}", "", "| " + " | ".join(["scanner", *cols]) + " |"]
    out.append("|" + "---|" * (len(cols) + 1))
    for name, vals in rows.items():
        out.append("| " + " | ".join([name, *(str(vals.get(c, "")) for c in cols)]) + " |")
    return "\n".join(out) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--peers-python", default=None, help="python of the LLM Guard/Presidio venv")
    ap.add_argument("--out", type=Path, default=HERE / "results.json")
    ap.add_argument("--runs", type=int, default=3, help="whole runs; medians are reported")
    args = ap.parse_args()
    w = workloads.build()
    w["names_heldout"] = {
        name: [json.loads(x) for x in (HERE / "heldout" / f"pii_{stem}.jsonl").read_text().splitlines()]
        for name, stem in (("held-out", "heldout"), ("late held-out", "late"))
    }  # fmt: skip
    aire_runs, peer_runs = [], []
    for _ in range(args.runs):
        aire_runs.append(run_aire(w))
        if args.peers_python:
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / "workloads.json"
                path.write_text(json.dumps(w))
                proc = subprocess.run(
                    [args.peers_python, str(HERE / "peers.py"), str(path)],
                    capture_output=True, text=True, check=False,
                )  # fmt: skip
            if proc.returncode != 0:
                print(proc.stderr[-3000:], file=sys.stderr)
                return 3
            peer_runs.append(json.loads(proc.stdout))
    results: dict[str, Any] = {
        "machine": machine(),
        "runs": args.runs,
        "aire": median_of(aire_runs),
    }
    if peer_runs:
        results["peers"] = {
            "versions": peer_runs[0]["versions"],
            **{
                k: (v if "skipped" in v else median_of([r[k] for r in peer_runs]))
                for k, v in peer_runs[0].items()
                if k != "versions"
            },
        }
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    lat = {f"aire {k}": v for k, v in results["aire"]["latency"].items()}
    acc = {f"aire {k}": v for k, v in results["aire"]["accuracy"].items()}
    for peer, data in results.get("peers", {}).items():
        if peer == "versions" or "skipped" in data:
            continue
        lat.update({f"{peer} {k}": v for k, v in data.get("latency", {}).items()})
        acc.update({f"{peer} {k}": v for k, v in data.get("accuracy", {}).items()})
    print(table("Latency per call (2048-char prompts; outputs up to 2048 chars)", lat,
                ["p50_us", "p99_us", "cpu_p50_us", "cpu_p99_us", "n", "model_tier_share"]))  # fmt: skip
    print(table("Accuracy", acc, ["precision", "recall", "f1", "fpr"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
