"""CPU time of the injection rules and detector per 2 KB prompt of ``workloads.build()``.

Run under the bench lock, once per source tree, alternating before/after:
    flock /tmp/aire-bench.lock taskset -c 1 env PYTHONPATH=<tree>/src \
        python benchmarks/guard/injection_direct_timing.py
CPU time (``time.process_time``), minimum and median of 15 passes over 200 prompts: the
minimum is the figure least disturbed by other work on a shared machine.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from workloads import build

from aire.guard.detect.injection import InjectionDetector
from aire.guard.detect.injection_rules import rule_hits


def cpu_us(f: Callable[[str], object], prompts: list[str], passes: int = 15) -> tuple[float, float]:
    times = []
    for _ in range(passes):
        t0 = time.process_time()
        for p in prompts:
            f(p)
        times.append(time.process_time() - t0)
    times.sort()
    return times[0] / len(prompts) * 1e6, times[len(times) // 2] / len(prompts) * 1e6


def main() -> None:
    prompts = build()["prompts"]
    detector = InjectionDetector.from_path(None)
    r_min, r_med = cpu_us(rule_hits, prompts)
    s_min, s_med = cpu_us(detector.score, prompts)
    print(
        f"rule_hits min {r_min:.1f} med {r_med:.1f} us | score min {s_min:.1f} med {s_med:.1f} us"
    )


if __name__ == "__main__":
    main()
