#!/usr/bin/env python3
"""Are the injection model tier's outputs unchanged by the tierlat branch? The tier as it
was at 6aef80b (tierlat_old.py) against ``InjectionHead.predict`` now, on every text of
the hand-written development sets and the public dev set: the largest difference of the
probability, the head's decisions at its threshold, and the scanner's verdicts with the
model tier on (the fast score in the head's band, blended as the scanner does). Also
checks that the prefix tokenization (``Embedder.ids``) gives the ids of the whole text,
on these texts and on long mixes of them (2k-200k characters, with and without spaces).

    PYTHONPATH=src .venv/bin/python benchmarks/guard/tierlat_equiv.py

The late13/late14 blind sets are never read.
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from tierlat_old import OldTier  # noqa: E402

from aire.config.guard import ScannerSpec  # noqa: E402
from aire.embeddings import get_embedder  # noqa: E402
from aire.guard.detect.model_tier import default_head  # noqa: E402
from aire.guard.policy import build_pipeline  # noqa: E402

HELD = ROOT / "benchmarks" / "guard" / "heldout"
SETS = [
    HELD / f"injection_{n}.jsonl"
    for n in ["heldout", "late", *(f"late{i}" for i in range(2, 13)), "dev5", "dev6", "dev7_direct"]
] + [ROOT.parent / "shared" / "data" / "injection" / "injection_dev.jsonl"]


def main() -> int:
    head = default_head()
    tok = (resources.files("aire.embeddings") / "data" / "minilm-tokenizer.json").read_text()
    old = OldTier(head, tok)
    emb = get_embedder(head.model, head.max_tokens)
    scanner = (
        build_pipeline(
            (ScannerSpec(scanner="prompt_injection", params={"model_tier": True}),), "input"
        )
        .steps[0]
        .scanner
    )
    low, high = scanner.uncertain  # type: ignore[attr-defined]
    total = {"texts": 0, "head_flips": 0, "verdict_flips": 0, "in_band": 0, "max_diff": 0.0}
    all_texts: list[str] = []
    for path in SETS:
        assert "late13" not in path.name
        assert "late14" not in path.name
        texts = [json.loads(line)["text"] for line in path.read_text().splitlines() if line]
        all_texts += texts
        diffs, head_flips, verdict_flips, in_band = [], 0, 0, 0
        for t in texts:
            p_old, p_new = old.predict(t), head.predict(t)
            diffs.append(abs(p_old - p_new))
            head_flips += (p_old >= head.threshold) != (p_new >= head.threshold)
            fast = scanner.detector.score(t)[0]  # type: ignore[attr-defined]
            if low <= fast < high:
                in_band += 1
                verdict_flips += blend(scanner, fast, p_old) != blend(scanner, fast, p_new)
        print(
            f"{path.name}: n={len(texts)} max |dp| {max(diffs):.2e} mean {np.mean(diffs):.2e}"
            f" head flips {head_flips}; in band {in_band}, verdict flips {verdict_flips}"
        )
        total["texts"] += len(texts)
        total["head_flips"] += head_flips
        total["verdict_flips"] += verdict_flips
        total["in_band"] += in_band
        total["max_diff"] = max(total["max_diff"], max(diffs))
    print("all:", total)
    # the prefix tokenization against the whole text
    rng = np.random.default_rng(0)
    checks = list(all_texts)
    for size in (2000, 5000, 20000, 60000, 200000):
        for _ in range(20):
            parts, n = [], 0
            while n < size:
                parts.append(all_texts[int(rng.integers(len(all_texts)))])
                n += len(parts[-1]) + 1
            mix = "\n".join(parts)[:size]
            checks += [mix, mix.replace(" ", ""), mix.replace(" ", "\u00a0")]
    checks += ["x" * 100000, "\u4e2d\u6587" * 30000, ("word " * 30000).strip()]
    bad = sum(emb.ids(t) != emb.tokenizer.encode(t).ids for t in checks)
    print(f"prefix tokenization: {len(checks)} texts, {bad} differ from the whole text's ids")
    return 1 if bad else 0


def blend(scanner: object, fast: float, prob: float) -> bool:
    """The scanner's verdict (True: flagged) for a fast score in the band and ``prob``."""
    s = scanner
    head = s.head  # type: ignore[attr-defined]
    thr = s.threshold  # type: ignore[attr-defined]
    mapped = thr + (prob - head.threshold) * (
        (1 - thr) / (1 - head.threshold) if prob >= head.threshold else thr / head.threshold
    )
    w = s.model_weight  # type: ignore[attr-defined]
    return min(1.0, max(0.0, (1 - w) * fast + w * mapped)) >= thr


if __name__ == "__main__":
    sys.exit(main())
