"""One Evidently 0.7 run (in .venv-evidently): python run_evidently.py ROWS COLS -> one
JSON line. DataDriftPreset with its defaults, on pandas DataFrames of the same data."""

from __future__ import annotations

import json
import resource
import sys
import time

import pandas as pd
from data import make
from evidently import Report
from evidently.presets import DataDriftPreset


def main() -> None:
    rows, cols = int(sys.argv[1]), int(sys.argv[2])
    repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    ref, cur, checksum = make(rows, cols)
    rdf, cdf = pd.DataFrame(ref), pd.DataFrame(cur)
    warm_ref, warm_cur, _ = make(200, cols, seed=1)  # imports and lazy loads, not timed
    Report([DataDriftPreset()]).run(
        reference_data=pd.DataFrame(warm_ref), current_data=pd.DataFrame(warm_cur)
    )
    data_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    times, cpu = [], []
    for _ in range(repeats):
        c0 = time.process_time()
        t0 = time.perf_counter()
        snapshot = Report([DataDriftPreset()]).run(reference_data=rdf, current_data=cdf)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    seconds = min(times)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    drifted = [c for c, v in verdicts(snapshot.dict()).items() if v["drift"]]
    print(
        json.dumps(
            {
                "tool": "evidently 0.7.23",
                "rows": rows,
                "cols": cols,
                "seconds": round(seconds, 3),
                "all_seconds": [round(t, 3) for t in times],
                "cpu_seconds": round(min(cpu), 3),  # the process's CPU time (all threads)
                "peak_rss_mb": round(peak),
                "data_rss_mb": round(data_rss),
                "checksum": checksum,
                "drifted": drifted,
            }
        )
    )


#: Evidently's rule per test: p-values drift below the threshold (KS: at or below),
#: distances at or above it
_P_VALUE = {"K-S p_value": "le", "chi-square p_value": "lt", "Z-test p_value": "lt"}


def verdicts(snapshot: dict) -> dict[str, dict]:
    out = {}
    for m in snapshot["metrics"]:
        cfg = m["config"]
        if not cfg.get("type", "").endswith("ValueDrift"):
            continue
        value, thr, method = float(m["value"]), float(cfg["threshold"]), cfg["method"]
        rule = _P_VALUE.get(method)
        drift = (
            (value <= thr) if rule == "le" else (value < thr) if rule == "lt" else (value >= thr)
        )
        out[cfg["column"]] = {"method": method, "value": value, "threshold": thr, "drift": drift}
    return out


if __name__ == "__main__":
    main()
