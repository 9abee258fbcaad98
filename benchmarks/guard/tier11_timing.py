#!/usr/bin/env python3
"""Latency of the injection model tier on one 512-token window, one core (tier11.md).

    flock /tmp/aire-bench.lock taskset -c 1 env PYTHONPATH=src \\
        .venv/bin/python benchmarks/guard/tier11_timing.py

Times ``InjectionHead.predict`` (tokenize + minilm-l2-int8 + mean pool + head) on texts
that fill the 512-token window, and the fast tier (``InjectionDetector.score``) on the same
texts, alternating; prints p50/p99 in ms.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from aire.guard.detect.injection import InjectionDetector, default_model  # noqa: E402
from aire.guard.detect.model_tier import default_head  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "injection" / "injection_dev.jsonl"


def main() -> int:
    rows = [json.loads(line)["text"] for line in DATA.read_text(encoding="utf-8").splitlines()]
    texts = []
    for i in range(40):  # ~3,000 characters each: over 512 tokens, so the window is full
        parts, j = [], i
        while sum(len(p) + 1 for p in parts) < 3000:
            parts.append(rows[(j * 37) % len(rows)])
            j += 1
        texts.append("\n".join(parts)[:3000])
    head = default_head()
    from aire.embeddings import Embedder

    tokens = Embedder(model=head.model, max_tokens=head.max_tokens, threads=1)
    n_tok = (
        [len(tokens.tokenizer.encode(t).ids) for t in texts[:5]]
        if hasattr(tokens, "tokenizer")
        else []
    )
    det = InjectionDetector(default_model())
    for t in texts[:5]:
        head.predict(t)
        det.score(t)
    model_ms, fast_ms = [], []
    for _ in range(5):
        for t in texts:
            t0 = time.perf_counter()
            head.predict(t)
            t1 = time.perf_counter()
            det.score(t)
            t2 = time.perf_counter()
            model_ms.append((t1 - t0) * 1000)
            fast_ms.append((t2 - t1) * 1000)
    for name, ms in (("model tier (head.predict)", model_ms), ("fast tier (score)", fast_ms)):
        a = np.array(ms)
        print(
            f"{name}: n={len(a)} p50 {np.percentile(a, 50):.1f} ms, "
            f"p99 {np.percentile(a, 99):.1f} ms"
        )
    if n_tok:
        print(f"tokens in the first texts (before the window cut): {n_tok}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
