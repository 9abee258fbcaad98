"""The benchmark's data, generated the same way in both venvs (numpy's PCG64 streams are
stable across versions; each run prints a checksum so the two sides can be compared).

50 columns: 40 normal floats (the first 10 shifted by 0.3 sd in the current data),
5 integer columns with 6 values (categorical), 5 binary integer columns."""

from __future__ import annotations

import numpy as np


def make(
    rows: int, cols: int = 50, seed: int = 13
) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray], float]:
    rng = np.random.default_rng(seed)
    n_float = cols * 4 // 5
    n_cat = (cols - n_float) // 2
    ref: dict[str, np.ndarray] = {}
    cur: dict[str, np.ndarray] = {}
    for i in range(n_float):
        ref[f"f{i}"] = rng.normal(0.0, 1.0, rows)
        cur[f"f{i}"] = rng.normal(0.3 if i < n_float // 4 else 0.0, 1.0, rows)
    for i in range(n_cat):
        ref[f"c{i}"] = rng.integers(0, 6, rows)
        cur[f"c{i}"] = rng.integers(0, 6, rows)
    for i in range(cols - n_float - n_cat):
        ref[f"b{i}"] = (rng.random(rows) < 0.3).astype(np.int64)
        cur[f"b{i}"] = (rng.random(rows) < (0.4 if i == 0 else 0.3)).astype(np.int64)
    checksum = float(sum(float(v[: min(rows, 1000)].sum()) for v in cur.values()))
    return ref, cur, checksum
