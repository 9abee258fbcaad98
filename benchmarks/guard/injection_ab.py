#!/usr/bin/env python3
"""The prompt_injection scanner alone on bench.py's 2 KB prompts, timed with bench.py's
own ``timed()``: for A/B runs of two checkouts' code (each one's bench.py puts its own
``src`` first on the path).

    flock /tmp/aire-bench.lock taskset -c 1 nice -n 0 .venv/bin/python \\
        benchmarks/guard/injection_ab.py CHECKOUT [RUNS]
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path


def main() -> int:
    root = Path(sys.argv[1]).resolve()
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    sys.path.insert(0, str(root / "benchmarks" / "guard"))
    import bench
    import workloads

    import aire
    from aire.guard.types import ScanContext

    assert str(root) in str(aire.__file__), aire.__file__  # the checkout's code, not another
    prompts = workloads.build()["prompts"]
    scanner = bench.scanner("prompt_injection")
    res = [bench.timed(lambda t: scanner.scan(t, ScanContext()), prompts) for _ in range(runs)]
    keys = ("p50_us", "p99_us", "cpu_p50_us", "cpu_p99_us")
    print(json.dumps({k: round(statistics.median(r[k] for r in res), 1) for k in keys}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
