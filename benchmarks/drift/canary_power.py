"""The canary's sequential test over seeds: requests (all of the alias's traffic) until a
bad canary is rolled back, and false rollbacks of a good one, with the default
``CanaryConfig`` unless told otherwise. A simulated stream through the public API
(``Canary.takes``, ``on_attempt``, ``on_features``), no gateway.

    PYTHONPATH=src .venv/bin/python benchmarks/drift/canary_power.py [--seeds 1000] [--weight 0.2]
"""

from __future__ import annotations

import argparse
import logging
import random
import statistics
import time

from aire.config.gateway import CanaryConfig
from aire.gateway.canary import Canary
from aire.telemetry.features import AnswerFeatures


def _answer(dep: str, refused: bool) -> AnswerFeatures:
    return AnswerFeatures(
        alias="chat",
        deployment=dep,
        status=200,
        error_code=None,
        stream=False,
        latency_s=0.2,
        ttft_s=None,
        prompt_tokens=10,
        completion_tokens=40,
        answer_chars=160,
        finish_reason="stop",
        empty=False,
        refusal_score=0.9 if refused else 0.1,
        refused=refused,
        language="en",
        prompt_language="en",
        schema_requested=False,
        schema_valid=None,
        guard_findings=0,
        guard_blocked=False,
    )


ANSWERS = {(d, r): _answer(d, r) for d in ("primary", "canary") for r in (False, True)}


def run(seed: int, n: int, p_primary: float, p_canary: float, config: CanaryConfig) -> int | None:
    """Requests until the rollback (None: none within ``n``)."""
    canary = Canary("chat", config, rng=random.Random(seed))
    rng = random.Random(seed + 1_000_000)
    for i in range(1, n + 1):
        dep = "canary" if canary.takes() else "primary"
        canary.on_attempt(dep, True)
        p = p_canary if dep == "canary" else p_primary
        canary.on_features(ANSWERS[(dep, rng.random() < p)])
        if canary.rolled_back is not None:
            return i
    return None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, default=1000)
    parser.add_argument("--good-seeds", type=int, default=100)
    parser.add_argument("--weight", type=float, default=None)
    parser.add_argument("--arl", type=float, default=None)
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    extra = {k: v for k, v in (("weight", args.weight), ("arl", args.arl)) if v is not None}
    config = CanaryConfig(deployment="canary", **extra)  # type: ignore[arg-type]
    print(f"config: weight {config.weight}, quality margin {config.quality_margin}, "
          f"arl {config.arl:g}, min_primary {config.min_primary}")  # fmt: skip
    print("| primary refuses | canary refuses | seeds | rolled back | median | p95 | max "
          "| > 1,000 requests |")  # fmt: skip
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for pp, pc in ((0.01, 0.21), (0.0, 0.20), (0.05, 0.25)):
        t0 = time.perf_counter()
        at = [run(s, 3000, pp, pc, config) for s in range(args.seeds)]
        got = sorted(a for a in at if a is not None)
        p95 = got[int(0.95 * (len(got) - 1))] if got else None
        print(f"| {pp:.0%} | {pc:.0%} | {args.seeds} | {len(got)} | "
              f"{statistics.median(got) if got else '-'} | {p95} | {max(got) if got else '-'} "
              f"| {sum(a > 1000 for a in got) + at.count(None)} |"
              f"  <!-- {time.perf_counter() - t0:.1f} s -->")  # fmt: skip
    for pp, pc in ((0.01, 0.01), (0.01, 0.03)):
        at = [run(s, 20_000, pp, pc, config) for s in range(args.good_seeds)]
        rolled = [a for a in at if a is not None]
        print(f"good canary: primary {pp:.0%}, canary {pc:.0%}: {len(rolled)} of "
              f"{args.good_seeds} runs of 20,000 requests rolled back, "
              f"at {sorted(rolled)}")  # fmt: skip


if __name__ == "__main__":
    main()
