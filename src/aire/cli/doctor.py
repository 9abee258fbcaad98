"""``aire doctor``: is this environment ready? Exit 0 ready (PASS/WARN/SKIP only), 1 a
check failed (a service not reachable, a file not valid)."""

from __future__ import annotations

from pathlib import Path

import click

from aire.cli.urls import http_url

_CONTEXT = {"max_content_width": 100, "help_option_names": ["-h", "--help"]}


@click.command(context_settings=_CONTEXT)
@click.option("--target", callback=http_url, help="An OpenAI-compatible base URL that must answer.")
@click.option("--redis", help="Redis URL (default: the config's state: url with backend redis).")
@click.option("--postgres", help="PostgreSQL DSN (default: the config's audit.dsn).")
@click.option("--prometheus", help="Prometheus base URL.")
@click.option(
    "-p",
    "--profile",
    "profiles",
    multiple=True,
    type=click.Path(path_type=Path),
    help="A readiness profile to validate (repeatable).",
)
@click.option(
    "-c",
    "--config",
    "configs",
    multiple=True,
    type=click.Path(path_type=Path),
    help="An aire.yaml (or LiteLLM config) to validate (repeatable).",
)
def doctor(target: str | None, redis: str | None, postgres: str | None,
           prometheus: str | None, profiles: tuple[Path, ...],
           configs: tuple[Path, ...]) -> int:  # fmt: skip
    """Check Python and extras, the target, Redis/PostgreSQL/Prometheus where configured,
    promtool and kubectl, and the profiles and configs given."""
    from aire.gate.doctor import run_doctor

    results = run_doctor(target=target, redis=redis, postgres=postgres, prometheus=prometheus,
                         profiles=list(profiles), configs=list(configs))  # fmt: skip
    width = max(len(r.name) for r in results)
    for r in results:
        click.echo(f"  {r.name:<{width}}  {r.status:<4}  {r.summary}")
    failed = any(r.status == "FAIL" for r in results)
    click.echo(f"\nEnvironment: {'NOT READY' if failed else 'READY'}")
    return 1 if failed else 0
