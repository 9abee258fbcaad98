"""Success rates with a real LiteLLM proxy as the gateway's upstream (issue 9's chaos row).

``aire sim`` upstreams failing 0/10/30/50% of requests with HTTP 500, one LiteLLM proxy
(default settings: it retries twice) in front of each as a model group, and ``aire
serve`` (default config, one worker, LiteLLM's master key as the deployment's api_key)
in front of LiteLLM. ``aire.load`` sends the same closed-loop load (16 clients) to
LiteLLM directly and through aire, streamed and not; recorded per run: success rate,
statuses, 503s (no_healthy_upstream), e2e p50/p99, requests/s, and the machine's load.

    nice -n 10 .venv/bin/python benchmarks/peers/litellm_chaos.py [--requests 500]

takes /tmp/aire-bench.lock; writes benchmarks/peers/results/litellm_chaos.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.gateway.procs import (  # noqa: E402
    Server,
    bench_lock,
    core_times,
    free_port,
    machine,
    package_version,
)
from benchmarks.peers.litellm_proxy import (  # noqa: E402
    LITELLM_VERSION,
    PeerStack,
    litellm_problem,
    litellm_venv,
)

from aire.load import LoadConfig, open_target, run  # noqa: E402

FAULTS = (0.0, 0.1, 0.3, 0.5)
CLIENTS = 16


def _group(rate: float) -> str:
    return f"fail{round(rate * 100):02d}"


async def measure(url: str, model: str, key: str | None, stream: bool, n: int) -> dict[str, Any]:
    config = LoadConfig(
        url=url,
        model=model,
        api_key=key,
        stream=stream,
        concurrency=CLIENTS,
        requests=n,
        input_tokens=16,
        output_tokens=8,
        timeout_s=120,
        seed=0,
    )
    busy0, wall0 = core_times(), time.monotonic()
    async with open_target(config) as target:
        result, summary = await run(config, target)
    busy1, wall = core_times(), time.monotonic() - wall0
    statuses: dict[str, int] = {}
    for r in result.records:
        statuses[str(r.status)] = statuses.get(str(r.status), 0) + 1
    ok = sum(r.ok for r in result.records)
    e2e = summary["latency_ms"]["e2e"]
    return {
        "requests": len(result.records),
        "ok": ok,
        "success_rate": round(ok / len(result.records), 4),
        "statuses": statuses,
        "errors": summary.get("errors", {}),
        "e2e_p50_ms": round(e2e["median"], 1),
        "e2e_p99_ms": round(e2e["p99"], 1),
        "requests_per_s": round(len(result.records) / wall, 1),
        # busy share of each core during the run (everything on the machine)
        "cores_busy": {c: round((busy1[c][0] - busy0[c][0]) / wall, 2) for c in busy1},
    }


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--requests", type=int, default=500, help="requests per run")
    p.add_argument("--out", type=Path, default=HERE / "results" / "litellm_chaos.json")
    args = p.parse_args()
    problem = litellm_problem()
    if problem is not None:
        sys.exit(problem)
    sims = {_group(r): (["--fault", f"server_error:{r}"] if r else []) for r in FAULTS}
    groups = {name: (name, "aire-sim") for name in sims}
    runs: list[dict[str, Any]] = []
    with bench_lock(), tempfile.TemporaryDirectory(prefix="aire-litellm-chaos-") as tmp:
        stack = PeerStack(Path(tmp), sims, groups)
        with stack.running():
            port = free_port()
            cfg = Path(tmp) / "aire.yaml"
            lines = ["gateway:", f"  port: {port}", "  log_requests: false", "  models:"]
            for name in groups:
                lines.append(
                    f'    {name}: {{deployments: [{{url: "{stack.litellm_url}/v1", '
                    f'model: {name}, name: litellm-{name}, api_key: "{stack.master_key}"}}]}}'
                )
            cfg.write_text("\n".join(lines) + "\n")
            aire = Server(
                "aire",
                [sys.executable, "-m", "aire", "serve", "-c", str(cfg)],
                None,
                f"http://127.0.0.1:{port}/health",
                Path(tmp) / "aire.log",
            )
            aire.start()
            try:
                aire.wait_ready()
                gateway = f"http://127.0.0.1:{port}"
                for rate in FAULTS:
                    for stream in (False, True):
                        cell = {
                            "upstream_5xx": rate,
                            "stream": stream,
                            "load_before": os.getloadavg(),
                        }
                        for side, url, key in (
                            ("direct", stack.litellm_url, stack.master_key),
                            ("aire", gateway, None),
                        ):
                            cell[side] = asyncio.run(
                                measure(url, _group(rate), key, stream, args.requests)
                            )
                        cell["load_after"] = os.getloadavg()
                        runs.append(cell)
                        d, a = cell["direct"], cell["aire"]
                        print(
                            f"5xx {rate:.0%} stream={stream!s:<5} direct {d['success_rate']:.2%} "
                            f"aire {a['success_rate']:.2%} (503s: {a['statuses'].get('503', 0)}; "
                            f"p99 {d['e2e_p99_ms']:.0f} / {a['e2e_p99_ms']:.0f} ms)",
                            flush=True,
                        )
            finally:
                aire.stop()
    report = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": "nice -n 10 .venv/bin/python benchmarks/peers/litellm_chaos.py "
        + " ".join(sys.argv[1:]),
        "machine": machine(),
        "versions": {
            "litellm": package_version(str(litellm_venv() / "bin" / "python"), "litellm"),
            "aire": package_version(sys.executable, "aire"),
        },
        "litellm_expected": LITELLM_VERSION,
        "clients": CLIENTS,
        "runs": runs,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
