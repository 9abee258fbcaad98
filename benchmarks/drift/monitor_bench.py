"""What the online drift monitor costs per answer on the features worker's thread (never
on the event loop): answers per second through ``DriftMonitor.on_features`` with every
detector armed, and through the canary's sink.

    .venv/bin/python benchmarks/drift/monitor_bench.py [--answers 20000]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.drift.test_monitor import answers  # the seeded synthetic answer stream

from aire.drift.monitor import DriftMonitor


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--answers", type=int, default=20000)
    a = ap.parse_args()
    mon = DriftMonitor(warmup=1000)
    stream = answers(1)
    for _ in range(1000):
        mon.on_features(next(stream))
    batch = [next(stream) for _ in range(a.answers)]
    t0 = time.perf_counter()
    for f in batch:
        mon.on_features(f)
    dt = time.perf_counter() - t0
    n_det = len(mon.status()["chat"]["detectors"])
    print(
        f"{a.answers} answers, {n_det} detectors: {dt / a.answers * 1e6:.1f} us per answer "
        f"({a.answers / dt:,.0f} answers/s on one core)"
    )


if __name__ == "__main__":
    main()
