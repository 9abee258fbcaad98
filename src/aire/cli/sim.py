"""``aire sim``: run the inference simulator."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import click
import yaml

from aire.cli.options import load_section, model_options
from aire.config.sim import DEGRADATION_KINDS, FAULT_KINDS, SimConfig
from aire.sim.faults import parse_degradation, parse_fault


@click.command(context_settings={"max_content_width": 100})
@click.option(
    "-c",
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="YAML file; its `sim:` section is read. Flags override it.",
)
@click.option(
    "--model",
    "models",
    multiple=True,
    help='Served model name (repeatable; "*" accepts any). [default: aire-sim]',
)
@click.option(
    "--fault",
    "faults",
    multiple=True,
    metavar="KIND[:RATE][,KEY=VALUE...]",
    help="Inject a fault (repeatable), e.g. server_error:0.1 or "
    "drop:0.05,after_tokens=10. Kinds: " + ", ".join(FAULT_KINDS) + ". Keys: "
    "retry_after_s, after_tokens, stall_s, models=a|b.",
)
@click.option(
    "--degrade",
    "degradations",
    multiple=True,
    metavar="KIND[:RATE][,KEY=VALUE...]",
    help="Inject a silent quality degradation (repeatable), e.g. refusal:0.3,after_s=60."
    " Kinds: " + ", ".join(DEGRADATION_KINDS) + ". Keys: after_s, "
    "after_requests, factor, language.",
)
@click.option("--print-config", is_flag=True, help="Print the effective configuration and exit.")
@click.option(
    "--log-level",
    type=click.Choice(["debug", "info", "warning", "error"]),
    default="warning",
    show_default=True,
)
@click.option("--fd", type=int, default=None, hidden=True, help="Serve on this inherited socket.")
@click.option(
    "--parent-pid", type=int, default=None, hidden=True, help="Stop when this process is gone."
)
@model_options(SimConfig, skip=("models", "faults", "degradations"))
def sim(
    config_path: Path | None,
    models: tuple[str, ...],
    faults: tuple[str, ...],
    degradations: tuple[str, ...],
    print_config: bool,
    log_level: str,
    fd: int | None,
    parent_pid: int | None,
    **fields: Any,
) -> None:
    """Run the inference simulator: an OpenAI- and Anthropic-compatible server that models
    a serving engine (slots, queue, KV cache, latency) and injects faults and silent
    quality degradation. It is the default upstream of every other aire command.

    \b
    Endpoints: POST /v1/chat/completions, /v1/completions, /v1/embeddings, /v1/messages;
    GET /v1/models, /health, /ready, /metrics (vLLM metric names);
    GET/POST /admin/config (change any setting at run time).
    A request header `x-aire-sim-fault: KIND[,KEY=VALUE]` forces a fault on that request.
    """
    overrides: dict[str, Any] = dict(fields)
    if models:
        overrides["models"] = list(models)
    if faults:
        overrides["faults"] = [parse_fault(f).model_dump() for f in faults]
    if degradations:
        overrides["degradations"] = [parse_degradation(d).model_dump() for d in degradations]
    config = load_section(config_path, "sim", SimConfig, overrides)
    if print_config:
        click.echo(yaml.safe_dump({"sim": config.model_dump(mode="json")}, sort_keys=False))
        return

    from aire.config.tracing import TracingConfig, resolve_tracing
    from aire.config.yaml_source import environment
    from aire.server import bind, serve
    from aire.sim.app import SimApp

    app: Any = SimApp(config)
    tracing = resolve_tracing(TracingConfig(service_name="aire-sim"), environment())
    if tracing is not None:  # the standard OTEL_* variables: the engine joins the traces
        from aire.telemetry.asgi_tracing import TracedApp
        from aire.telemetry.tracing import build_provider

        app = TracedApp(app, build_provider(tracing))
    # --fd: `aire up` bound the socket and passed it down (no race for the port)
    sock = socket.socket(fileno=fd) if fd is not None else bind(config.host, config.port)
    host, port = sock.getsockname()[:2]
    click.echo(
        f"aire sim listening on http://{host}:{port}  models: {', '.join(config.models)}  "
        f"mode: {config.mode}  ttft {config.ttft_ms:g} ms  itl {config.itl_ms:g} ms  "
        f"slots {config.max_num_seqs}",
        err=True,
    )
    serve(
        app,
        sock,
        log_level=log_level,
        parent=parent_pid,
        header_timeout_s=config.header_timeout_s,
        max_connections=config.max_connections,
    )
