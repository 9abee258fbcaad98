"""``aire serve``: run the gateway from a config file."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

import click
import yaml

if TYPE_CHECKING:
    from aire.config.gateway import DeploymentConfig, GatewayConfig


@click.command(context_settings={"max_content_width": 100})
@click.option(
    "-c",
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    required=True,
    help="YAML file with a `gateway:` section, or LiteLLM's proxy config (model_list, ...).",
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
@click.option(
    "--ignore-unsupported",
    is_flag=True,
    help="A LiteLLM config: start without the settings aire does not support (each one "
    "printed as a warning) instead of refusing the file.",
)
@click.option(
    "--print-config",
    is_flag=True,
    help="Print the effective config (API keys and credential headers masked) and exit.",
)
def serve(
    config_path: Path,
    host: str | None,
    port: int | None,
    workers: int | None,
    check: bool,
    ignore_unsupported: bool,
    print_config: bool,
) -> None:
    """Run the OpenAI-compatible gateway: routing, retries, timeouts, circuit breakers,
    fallbacks, health checks and streaming, with Prometheus metrics on /metrics.

    \b
    Signals: SIGHUP reloads the config file (a bad file is reported and the running
    config stays); SIGTERM/SIGINT drain in-flight requests and streams, then exit.

    \b
    LiteLLM's proxy config is read too (see README, "Coming from LiteLLM"): every
    setting aire does not support is listed with its line (exit 2).
    """
    from aire.gateway.server import ConfigSource, run

    source = ConfigSource(
        config_path,
        {"host": host, "port": port, "workers": workers},
        ignore_unsupported=ignore_unsupported,
    )
    document = source.read()
    config, _ = source.load(document)
    for line in document.warnings():
        click.echo(line, err=True)
    if print_config:
        shown = _without_secrets(config.model_dump(mode="json"))
        click.echo(yaml.safe_dump({"gateway": shown}, sort_keys=False))
        return
    for line in _url_notes(config):
        click.echo(line, err=True)
    if check:
        if document.translation is not None:
            click.echo(f"{config_path}: LiteLLM proxy config, translated")
        for alias, spec in config.models.items():
            targets = ", ".join(
                f"{config.deployment_name(alias, i)} ({d.model} at {d.url})" + _client_note(d)
                for i, d in enumerate(spec.deployments)
            )
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


#: header names whose values are credentials
_SECRET_HEADER = re.compile(r"authorization|key|token|secret|cookie", re.IGNORECASE)


def _without_secrets(gateway: dict[str, Any]) -> dict[str, Any]:
    """The dumped config with API keys and credential headers masked: the output of
    --print-config ends up in terminals, logs and bug reports."""
    auth = gateway.get("auth") or {}
    if auth.get("master_key"):
        auth["master_key"] = "***"
    for alias in gateway.get("models", {}).values():
        for dep in alias.get("deployments", []):
            if dep.get("api_key"):
                dep["api_key"] = "***"
            if dep.get("proxy"):  # a proxy URL may carry its user and password
                dep["proxy"] = _masked_url(dep["proxy"])
            headers = dep.get("headers") or {}
            for name in headers:
                if _SECRET_HEADER.search(name):
                    headers[name] = "***"
    return gateway


def _url_notes(config: GatewayConfig) -> list[str]:
    """A deployment URL without a path is most likely missing its ``/v1``: the upstream then
    answers 404 to every request, which only shows as 502s at run time."""
    notes = []
    for alias, spec in config.models.items():
        for i, d in enumerate(spec.deployments):
            url = str(d.url)
            if urlsplit(url).path.strip("/"):
                continue
            route = "/messages" if d.provider == "anthropic" else "/chat/completions"
            notes.append(
                f"note: {config.deployment_name(alias, i)}: its url has no path, so requests "
                f"go to {url.rstrip('/')}{route}; OpenAI-compatible servers (vLLM, Ollama, "
                "aire sim, api.openai.com) and Anthropic's API serve under /v1"
            )
    return notes


def _client_note(dep: DeploymentConfig) -> str:
    """`` (httpx)`` when a deployment does not use the default upstream client."""
    from aire.gateway.transport import client_settings

    client = client_settings(dep).client
    return "" if client == "http1" else f" ({client})"


def _masked_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))
