"""aire drift vs Evidently 0.7.23 on the same data at growing sizes, in one run.

    python3 -m venv benchmarks/drift/.venv-evidently
    benchmarks/drift/.venv-evidently/bin/pip install 'evidently==0.7.23' 'pandas<3'
    .venv/bin/python benchmarks/drift/bench.py [--sizes 1000,10000,100000,1000000]
        [--cols 50] [--evidently-timeout 1200]

Each tool runs in its own process (its own venv), on the same seeded data (checksums
compared), timed after a warm-up call on 200 rows (imports and lazy loads are not
counted), with the process's peak RSS. Evidently runs are bounded by
``--evidently-timeout`` seconds; a run past it is recorded as such. On a shared machine
each tool's time is the best of ``--repeats`` runs (3) up to 100k rows, of one above.
Results: one JSON line per run in out/results.jsonl, and a table on stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
AIRE_PY = HERE.parents[1] / ".venv" / "bin" / "python"
EVIDENTLY_PY = HERE / ".venv-evidently" / "bin" / "python"


def run(python: Path, script: str, args: list[str], timeout: float) -> dict[str, object]:
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(
            ["nice", "-n", "10", str(python), script, *args],
            cwd=HERE,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return {"timeout_s": timeout, "wall_s": round(time.perf_counter() - t0, 1)}
    if proc.returncode != 0:
        return {"error": proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "failed"}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000,100000,1000000")
    ap.add_argument("--cols", type=int, default=50)
    ap.add_argument("--evidently-timeout", type=float, default=1200.0)
    ap.add_argument("--repeats", type=int, default=3, help="Evidently's runs up to 100k rows")
    ap.add_argument("--aire-repeats", type=int, default=7, help="aire's runs (3 above 100k)")
    ap.add_argument("--evidently-python", type=Path, default=EVIDENTLY_PY)
    ap.add_argument("--aire-python", type=Path, default=AIRE_PY)
    a = ap.parse_args()
    out = HERE / "out"
    out.mkdir(exist_ok=True)
    log = (out / "results.jsonl").open("a")
    print(f"# {platform.platform()}, {os.cpu_count()} cpus, python {sys.version.split()[0]}")
    print(
        f"{'rows':>9} {'tool':<18} {'seconds':>9} {'cpu s':>8} {'peak MB':>8} {'drifted':>8}"
        "  speed-up (wall, cpu)"
    )
    for rows in [int(s) for s in a.sizes.split(",")]:
        args = [str(rows), str(a.cols)]
        reps = str(a.repeats if rows <= 100_000 else 1)
        aire_reps = str(a.aire_repeats if rows <= 100_000 else min(a.aire_repeats, 3))
        load = os.getloadavg()[0]
        results = [
            run(a.aire_python, "run_aire.py", [*args, "aire", aire_reps], 3600),
            run(a.aire_python, "run_aire.py", [*args, "evidently", aire_reps], 3600),
            run(a.evidently_python, "run_evidently.py", [*args, reps], a.evidently_timeout),
        ]
        print(f"# {rows} rows: load average {load:.2f} before, {os.getloadavg()[0]:.2f} after")
        evid = results[2]
        for r in results:
            r.setdefault("rows", rows)
            log.write(json.dumps(r) + "\n")
            log.flush()
            secs = r.get("seconds")
            tool = str(r.get("tool", "evidently 0.7.23"))
            if secs is None:
                bound = ">" + str(r.get("timeout_s", "?"))
                print(f"{rows:>9} {tool:<18} {bound:>9} (not finished: {r})")
                continue
            if "seconds" in evid and r is not evid:
                speed = f"{float(evid['seconds']) / max(float(secs), 1e-9):.0f}x"  # type: ignore[arg-type]
                if "cpu_seconds" in evid and "cpu_seconds" in r:
                    cpu_ratio = float(evid["cpu_seconds"]) / max(float(r["cpu_seconds"]), 1e-9)  # type: ignore[arg-type]
                    speed += f", {cpu_ratio:.0f}x"
            elif "timeout_s" in evid and r is not evid:
                speed = f">{float(evid['timeout_s']) / max(float(secs), 1e-9):.0f}x"  # type: ignore[arg-type]
            else:
                speed = ""
            drifted = len(r.get("drifted", []))  # type: ignore[arg-type]
            cpu_s = r.get("cpu_seconds", "-")
            print(
                f"{rows:>9} {tool:<18} {secs:>9} {cpu_s:>8} {r.get('peak_rss_mb'):>8} "
                f"{drifted:>8}  {speed}"
            )
        sums = {r.get("checksum") for r in results if "checksum" in r}
        if len(sums) > 1:
            print(f"  WARNING: the tools saw different data (checksums {sums})")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
