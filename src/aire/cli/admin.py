"""``aire keys``, ``aire tokens``, ``aire spend``: manage a running gateway's keys.

They call the gateway's admin API (``aire.gateway.admin``) with the master key, so they
work the same against one process, many workers or many replicas. The gateway's URL
comes from ``--url``, else ``$AIRE_URL``, else the config file's host and port; the
master key from ``--master-key``, else ``$AIRE_MASTER_KEY``, else the config file.

Exit codes: 0 done, 2 usage or config error (no master key, a bad flag, the gateway
refused the request as invalid), 3 the gateway could not be reached or failed.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

import aiohttp
import click
import orjson

from aire.cli.options import load_section
from aire.config.gateway import GatewayConfig
from aire.errors import TargetUnreachable, UsageError

__all__ = ["keys", "spend", "tokens"]

_config = click.option(
    "-c", "--config", "config_path", type=click.Path(path_type=Path, dir_okay=False),
    help="The gateway's YAML file (for its address and master key).",
)  # fmt: skip
_url = click.option("--url", default=None, help="The gateway, e.g. http://127.0.0.1:8080.")
_master = click.option(
    "--master-key", default=None, help="The master key (default: $AIRE_MASTER_KEY, the file)."
)
_json = click.option("--json", "as_json", is_flag=True, help="Print the answer as JSON.")


def _target(config_path: Path | None, url: str | None, master: str | None) -> tuple[str, str]:
    config = load_section(config_path, "gateway", GatewayConfig) if config_path else None
    url = url or os.environ.get("AIRE_URL")
    if url is None:
        host, port = (config.host, config.port) if config else ("127.0.0.1", 8080)
        url = f"http://{host if host not in ('0.0.0.0', '::') else '127.0.0.1'}:{port}"
    master = master or os.environ.get("AIRE_MASTER_KEY")
    if master is None and config is not None and config.auth.master_key is not None:
        master = config.auth.master_key.get_secret_value()
    if not master:
        raise UsageError("no master key: give --master-key, set AIRE_MASTER_KEY or -c the config")
    return url.rstrip("/"), master


def _call(
    url: str, credential: str, method: str, path: str, body: dict[str, Any] | None = None
) -> Any:
    async def go() -> tuple[int, Any]:
        timeout = aiohttp.ClientTimeout(total=30)
        headers = {"authorization": f"Bearer {credential}"}
        try:
            async with (
                aiohttp.ClientSession(timeout=timeout, headers=headers) as session,
                session.request(method, url + path, json=body) as resp,
            ):
                return resp.status, orjson.loads(await resp.read() or b"null")
        except (aiohttp.ClientError, OSError, TimeoutError) as exc:
            raise TargetUnreachable(f"cannot reach the gateway at {url}: {exc}") from None
        except orjson.JSONDecodeError:
            raise TargetUnreachable(f"{url} did not answer like an aire gateway") from None

    status, payload = asyncio.run(go())
    if status >= 400:
        err = payload.get("error", {}) if isinstance(payload, dict) else {}
        message = f"{err.get('message', 'failed')} ({err.get('code', status)})"
        if status < 500:  # the request (a key id, a flag, the master key) was wrong
            raise UsageError(f"the gateway refused: {message}")
        raise TargetUnreachable(f"the gateway answered {status}: {message}")
    return payload


def _echo(payload: Any, as_json: bool, text: str) -> None:
    click.echo(orjson.dumps(payload, option=orjson.OPT_INDENT_2).decode() if as_json else text)


@click.group(context_settings={"max_content_width": 100})
def keys() -> None:
    """Virtual keys of a running gateway (its admin API, with the master key)."""


@keys.command("create")
@_config
@_url
@_master
@_json
@click.option("--team", default=None, help="Team the key belongs to (team limits apply).")
@click.option("--owner", default=None, help="Who holds it (free text).")
@click.option("--model", "models", multiple=True, help="An alias it may use (repeat; default all).")
@click.option("--rpm", type=click.IntRange(1), default=None, help="Requests per minute.")
@click.option("--tpm", type=click.IntRange(1), default=None, help="Tokens per minute.")
@click.option("--max-concurrency", type=click.IntRange(1), default=None, help="In flight.")
@click.option("--budget-usd", type=click.FloatRange(min=0, min_open=True), default=None,
              help="Spend per 30 days (USD).")  # fmt: skip
@click.option("--budget-usd-day", type=click.FloatRange(min=0, min_open=True), default=None,
              help="Spend per UTC day (USD).")  # fmt: skip
@click.option("--expires-in-s", type=click.FloatRange(min=0, min_open=True), default=None,
              help="Lifetime in seconds (default: none).")  # fmt: skip
def keys_create(
    config_path: Path | None,
    url: str | None,
    master_key: str | None,
    as_json: bool,
    team: str | None,
    owner: str | None,
    models: tuple[str, ...],
    rpm: int | None,
    tpm: int | None,
    max_concurrency: int | None,
    budget_usd: float | None,
    budget_usd_day: float | None,
    expires_in_s: float | None,
) -> int:
    """Create a key; it is printed once (only a hash of it is kept)."""
    target, master = _target(config_path, url, master_key)
    body = {
        "team": team,
        "owner": owner,
        "models": list(models) or None,
        "rpm_limit": rpm,
        "tpm_limit": tpm,
        "max_concurrency": max_concurrency,
        "budget_usd": budget_usd,
        "budget_usd_day": budget_usd_day,
        "expires_in_s": expires_in_s,
    }
    made = _call(target, master, "POST", "/admin/keys", {k: v for k, v in body.items() if v})
    _echo(made, as_json, made["key"])
    return 0


@keys.command("list")
@_config
@_url
@_master
@_json
def keys_list(
    config_path: Path | None, url: str | None, master_key: str | None, as_json: bool
) -> int:
    """List keys (ids, teams, limits; never the keys themselves)."""
    target, master = _target(config_path, url, master_key)
    listed = _call(target, master, "GET", "/admin/keys")
    lines = []
    for k in listed["data"]:
        state = "revoked" if k["revoked_at"] else "active"
        limits = " ".join(f"{n}={v}" for n, v in k["limits"].items())
        lines.append(f"{k['key_id']}  {state:7}  team={k['team'] or '-'}  {limits}".rstrip())
    _echo(listed, as_json, "\n".join(lines) or "no keys")
    return 0


@keys.command("revoke")
@_config
@_url
@_master
@click.argument("key_id")
def keys_revoke(
    config_path: Path | None, url: str | None, master_key: str | None, key_id: str
) -> int:
    """Revoke a key (and every token minted with it) on every worker and replica."""
    target, master = _target(config_path, url, master_key)
    _call(target, master, "DELETE", f"/admin/keys/{key_id}")
    click.echo(f"revoked {key_id}")
    return 0


@click.group(context_settings={"max_content_width": 100})
def tokens() -> None:
    """Short-lived scoped tokens (PASETO v4), minted with a virtual key."""


@tokens.command("mint")
@_config
@_url
@_json
@click.option("--key", "key", required=True, envvar="AIRE_API_KEY",
              help="The virtual key to mint with (or the master key with --key-id).")  # fmt: skip
@click.option("--key-id", default=None, help="With the master key: mint for this key.")
@click.option("--action", "actions", multiple=True, default=("chat",), show_default=True,
              help="chat, completions, embeddings, or a tool name (repeat).")  # fmt: skip
@click.option("--model", "models", multiple=True, help="An alias it may use (repeat).")
@click.option("--ttl-s", type=click.FloatRange(min=0, max=86_400, min_open=True), default=None,
              help="Lifetime (default: gateway.auth.token_ttl_s, 300).")  # fmt: skip
@click.option("--max-tokens", type=click.IntRange(1), default=None, help="Token cap.")
@click.option("--max-cost-usd", type=click.FloatRange(min=0, min_open=True), default=None,
              help="Spend cap (USD).")  # fmt: skip
def tokens_mint(
    config_path: Path | None,
    url: str | None,
    as_json: bool,
    key: str,
    key_id: str | None,
    actions: tuple[str, ...],
    models: tuple[str, ...],
    ttl_s: float | None,
    max_tokens: int | None,
    max_cost_usd: float | None,
) -> int:
    """Mint a token scoped to actions and models; prints it."""
    target, _ = _target(config_path, url, key)
    body: dict[str, Any] = {"actions": list(actions), "models": list(models) or ["*"]}
    for name, value in (("key_id", key_id), ("ttl_s", ttl_s), ("max_tokens", max_tokens),
                        ("max_cost_usd", max_cost_usd)):  # fmt: skip
        if value is not None:
            body[name] = value
    minted = _call(target, key, "POST", "/auth/tokens", body)
    _echo(minted, as_json, minted["token"])
    return 0


@tokens.command("revoke")
@_config
@_url
@_master
@click.argument("token")
def tokens_revoke(
    config_path: Path | None, url: str | None, master_key: str | None, token: str
) -> int:
    """Revoke one token everywhere."""
    target, master = _target(config_path, url, master_key)
    done = _call(target, master, "POST", "/admin/tokens/revoke", {"token": token})
    click.echo(f"revoked token {done['token_id']} (key {done['key_id']})")
    return 0


@click.command(context_settings={"max_content_width": 100})
@_config
@_url
@_master
@_json
def spend(config_path: Path | None, url: str | None, master_key: str | None, as_json: bool) -> int:
    """Spend per key and team: this UTC day and the current 30-day window (USD)."""
    target, master = _target(config_path, url, master_key)
    data = _call(target, master, "GET", "/admin/spend")
    _echo(data, as_json, _spend_table(data))
    return 0


def _spend_table(data: dict[str, Any]) -> str:
    # micro-dollars: a few hundred tokens of a cheap model cost millionths, and 4 decimals
    # showed such a key as 0.0000 (the audit log has the figure)
    lines = ["scope              day (USD)   30 days (USD)"]
    for kind in ("teams", "keys"):
        for name, s in sorted(data[kind].items()):
            label = f"{kind[:-1]} {name}"
            lines.append(f"{label:18} {s.get('usd_day', 0):10.6f}   {s.get('usd_month', 0):12.6f}")
    return "\n".join(lines)
