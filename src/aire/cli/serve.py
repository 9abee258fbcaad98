"""``aire serve``: run the gateway from a config file."""

from __future__ import annotations

from pathlib import Path

import click
import yaml


@click.command(context_settings={"max_content_width": 100})
@click.option(
    "-c",
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    required=True,
    help="YAML file with a `gateway:` section.",
)
@click.option("--host", default=None, help="Address to listen on (overrides the file).")
@click.option("--port", type=int, default=None, help="Port to listen on (overrides the file).")
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=None,
    help="Worker processes (overrides the file).",
)
@click.option("--check", is_flag=True, help="Validate the config, print a summary and exit.")
@click.option("--print-config", is_flag=True, help="Print the effective config and exit.")
def serve(
    config_path: Path,
    host: str | None,
    port: int | None,
    workers: int | None,
    check: bool,
    print_config: bool,
) -> None:
    """Run the OpenAI-compatible gateway: routing, retries, timeouts, circuit breakers,
    fallbacks, health checks and streaming, with Prometheus metrics on /metrics.

    \b
    Signals: SIGHUP reloads the config file (a bad file is reported and the running
    config stays); SIGTERM/SIGINT drain in-flight requests and streams, then exit.
    """
    from aire.gateway.server import ConfigSource, run

    source = ConfigSource(config_path, {"host": host, "port": port, "workers": workers})
    config, _ = source.load()
    if print_config:
        click.echo(yaml.safe_dump({"gateway": config.model_dump(mode="json")}, sort_keys=False))
        return
    if check:
        for alias, spec in config.models.items():
            targets = ", ".join(d.name or f"{d.model}@{d.url}" for d in spec.deployments)
            policy = config.guard_of(alias)
            guard = f"  [guard: {policy}]" if policy else ""
            click.echo(f"{alias}: {spec.strategy} -> {targets}{guard}")
        click.echo("config ok")
        return

    def ready(bound_host: str, bound_port: int) -> None:
        click.echo(
            f"aire gateway listening on http://{bound_host}:{bound_port}/v1  "
            f"models: {', '.join(config.models)}  workers: {config.workers}",
            err=True,
        )

    run(source, on_ready=ready)
