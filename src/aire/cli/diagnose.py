"""``aire diagnose``: probe a target and read its server metrics; findings with runbooks.

Exit codes: 0 nothing found, 1 a problem found, 2 usage error, 3 the target could not
be reached.
"""

from __future__ import annotations

import json

import click

from aire.cli.urls import http_url

_CONTEXT = {"max_content_width": 100, "help_option_names": ["-h", "--help"]}


@click.command(context_settings=_CONTEXT)
@click.option("--target", required=True, callback=http_url,
              help="OpenAI-compatible base URL (engine or gateway).")  # fmt: skip
@click.option("--metrics-url", help="The engine's /metrics (default: the target's /metrics).")
@click.option("--prometheus", help="Read the server side from this Prometheus instead.")
@click.option("--model", help="Model name (default: the first of /v1/models).")
@click.option("--requests", default=64, show_default=True, type=click.IntRange(min=1))
@click.option("--concurrency", default=8, show_default=True, type=click.IntRange(min=1))
@click.option("--json", "as_json", is_flag=True, help="Print the diagnosis as JSON.")
def diagnose(target: str, metrics_url: str | None, prometheus: str | None, model: str | None,
             requests: int, concurrency: int, as_json: bool) -> int:  # fmt: skip
    """Why is the target slow or failing? Network overhead, queueing, KV-cache pressure,
    preemptions, error classes, gateway vs upstream time; each finding names a runbook."""
    from aire.gate.diagnose import diagnose as run

    result = run(target, metrics_url=metrics_url, prometheus=prometheus, requests=requests,
                 concurrency=concurrency, model=model)  # fmt: skip
    if as_json:
        click.echo(json.dumps(result.to_dict(), indent=2))
    else:
        click.echo(f"Diagnosis: {result.verdict}")
        for f in result.findings:
            mark = "PROBLEM" if f.problem else "ok"
            click.echo(f"  {f.name:<18} {mark:<8} {f.summary}")
            if f.problem:
                click.echo(f"  {'':<18} runbook: {f.runbook}")
        server = result.server
        if server.get("source") is None:
            click.echo("  (no server metrics: client-side findings only)")
        elif all(server.get(k) is None for k in ("waiting_max", "running_max", "kv_usage_max")):
            # e.g. --target is the aire gateway: its /metrics has no engine series
            click.echo(
                f"  (no vLLM series at {server['source']}: queue and KV cache not measured; "
                "give the engine's /metrics with --metrics-url, or --prometheus)"
            )
    return 1 if result.verdict == "PROBLEMS" else 0
