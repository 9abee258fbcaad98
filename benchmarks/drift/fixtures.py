"""Record Evidently 0.7.23's per-column verdicts as fixtures for the default test suite
(tests/drift/test_evidently_agreement.py checks ``--method evidently`` against them).

    benchmarks/drift/.venv-evidently/bin/python benchmarks/drift/fixtures.py

Writes tests/drift/fixtures/<dataset>/{reference,current}.csv and evidently.json: mixed
columns (normal, skewed, count, few-valued floats, integer categories, binary, strings,
missing values) with shifts from none to clear, at reference sizes on both sides of
Evidently's 1,000-row switch from p-values to distances.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
from evidently import Report
from evidently.presets import DataDriftPreset
from run_evidently import verdicts

OUT = Path(__file__).resolve().parents[2] / "tests" / "drift" / "fixtures"
SIZES = [(200, 300), (600, 600), (1000, 800), (1500, 1500), (3000, 2000)]
SHIFTS = [0.0, 0.05, 0.1, 0.15, 0.3]


def frame(rng: np.random.Generator, n: int, shift: float, current: bool) -> pd.DataFrame:
    s = shift if current else 0.0
    d: dict[str, object] = {}
    for i, k in enumerate((0.0, 0.5, 1.0, 2.0)):
        d[f"norm{i}"] = np.round(rng.normal(s * k, 1.0 + (0.2 * s if i == 3 else 0.0), n), 3)
    d["lognorm"] = np.round(rng.lognormal(s, 0.8, n), 3)
    d["count"] = rng.poisson(30 + 10 * s, n)
    d["few"] = rng.choice([0.5, 1.5, 2.5, 3.5], n, p=_shares(4, s)).astype(float)
    d["int_cat"] = rng.choice(6, n, p=_shares(6, s))
    d["int_bin"] = (rng.random(n) < 0.3 + 0.3 * s).astype(int)
    d["str_cat"] = rng.choice(["red", "green", "blue", "grey", "pink"], n, p=_shares(5, s))
    d["str_bin"] = np.where(rng.random(n) < 0.5 + 0.3 * s, "yes", "no")
    gaps = rng.normal(s, 1.0, n)
    gaps[rng.random(n) < 0.05] = np.nan
    d["with_missing"] = np.round(gaps, 3)
    return pd.DataFrame(d)


def _shares(k: int, s: float) -> list[float]:
    w = np.linspace(1.0, 1.0 + 2.0 * s, k)
    return list(w / w.sum())


def main() -> None:
    rng = np.random.default_rng(20261204)
    index = []
    for n_ref, n_cur in SIZES:
        for shift in SHIFTS:
            name = f"ref{n_ref}_cur{n_cur}_shift{shift:g}"
            d = OUT / name
            d.mkdir(parents=True, exist_ok=True)
            frame(rng, n_ref, shift, False).to_csv(d / "reference.csv", index=False)
            frame(rng, n_cur, shift, True).to_csv(d / "current.csv", index=False)
            # read back: Evidently sees exactly what aire reads
            ref = pd.read_csv(d / "reference.csv")
            cur = pd.read_csv(d / "current.csv")
            snap = Report([DataDriftPreset()]).run(reference_data=ref, current_data=cur)
            v = verdicts(snap.dict())
            (d / "evidently.json").write_text(json.dumps(v, indent=1, sort_keys=True) + "\n")
            index.append(name)
            print(name, sum(x["drift"] for x in v.values()), "of", len(v), "drift")
    (OUT / "README.md").write_text(
        "Evidently 0.7.23's per-column verdicts (DataDriftPreset defaults) on seeded data,\n"
        "recorded by benchmarks/drift/fixtures.py; tests/drift/test_evidently_agreement.py\n"
        "checks `aire drift --method evidently` against them.\n"
    )


if __name__ == "__main__":
    main()
