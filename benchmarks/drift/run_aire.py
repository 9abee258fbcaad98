"""One aire run: python run_aire.py ROWS COLS [METHOD] -> one JSON line (compute time
excludes data generation; peak RSS is the whole process's)."""

from __future__ import annotations

import json
import resource
import sys
import time

import numpy as np
from data import make

from aire.drift import Column, DriftOptions, compare


def main() -> None:
    rows, cols = int(sys.argv[1]), int(sys.argv[2])
    method = sys.argv[3] if len(sys.argv) > 3 else "aire"
    repeats = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    ref, cur, checksum = make(rows, cols)

    def table(d: dict[str, np.ndarray]) -> dict[str, Column]:
        return {
            k: Column(k, "float" if v.dtype.kind == "f" else "int", v.astype(np.float64))
            for k, v in d.items()
        }

    rt, ct = table(ref), table(cur)
    warm_ref, warm_cur, _ = make(200, cols, seed=1)  # imports and lazy loads, not timed
    compare(table(warm_ref), table(warm_cur), DriftOptions(method=method))  # type: ignore[arg-type]
    data_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    times, cpu = [], []
    for _ in range(repeats):
        c0 = time.process_time()
        t0 = time.perf_counter()
        result = compare(rt, ct, DriftOptions(method=method))  # type: ignore[arg-type]
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    seconds = min(times)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "tool": f"aire ({method})",
                "rows": rows,
                "cols": cols,
                "seconds": round(seconds, 3),
                "all_seconds": [round(t, 3) for t in times],
                "cpu_seconds": round(min(cpu), 3),  # the process's CPU time (all threads)
                "peak_rss_mb": round(peak),
                "data_rss_mb": round(data_rss),
                "checksum": checksum,
                "drifted": result.drifted,
            }
        )
    )


if __name__ == "__main__":
    main()
