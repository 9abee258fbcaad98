#!/usr/bin/env python3
"""Per-call latency of ``classify_refusal`` (microseconds, p50 / p99): XSTest dev answers
(gpt4 + llama2new, /work/shared/data) split into compliance and refusals, the five
refusals over 1000 characters, and 20 answers of 2048 characters made by joining
compliance (or full-refusal) answers. Each answer's time is the median of its repeats.

    PYTHONPATH=src flock /tmp/aire-bench.lock taskset -c 1 \\
        .venv/bin/python benchmarks/guard/heldout/refusal_ref7_timing.py
"""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

from aire.guard.detect.refusal import classify_refusal

DATA = Path("/work/shared/data/refusal/refusal_dev.jsonl")


def per_call(texts: list[str], reps: int) -> tuple[float, float]:
    samples = []
    for t in texts:
        runs = []
        for _ in range(reps):
            t0 = time.perf_counter_ns()
            classify_refusal(t)
            runs.append(time.perf_counter_ns() - t0)
        samples.append(statistics.median(runs) / 1000)
    samples.sort()
    return round(samples[len(samples) // 2], 1), round(samples[int(len(samples) * 0.99) - 1], 1)


def joined(texts: list[str], start: int) -> str:
    out, i = "", start
    while len(out) < 2048:
        out += texts[i % len(texts)] + "\n\n"
        i += 7
    return out[:2048]


def main() -> None:
    rows = [json.loads(line) for line in DATA.open(encoding="utf-8")]
    comp = [r["completion"] for r in rows if r["label"].endswith("compliance")]
    refs = [r["completion"] for r in rows if not r["label"].endswith("compliance")]
    full = [r["completion"] for r in rows if r["label"].startswith("2_")]
    per_call(comp[:50], 1)  # warm-up
    sets = {
        "compliance": (comp, 5),
        "refusal": (refs, 5),
        "refusal>1000": ([t for t in refs if len(t) > 1000][:5], 20),
        "compliance2048": ([joined(comp, i) for i in range(0, 200, 10)], 15),
        "refusal2048": ([joined(full, i) for i in range(0, 200, 10)], 15),
    }
    print(json.dumps({name: per_call(texts, reps) for name, (texts, reps) in sets.items()}))


if __name__ == "__main__":
    main()
