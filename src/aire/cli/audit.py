"""``aire audit``: verify the audit log's hash chains, show its recent records.

Exit codes: 0 intact, 1 a chain is broken (the first broken link is named), 2 usage or
config error (no key, a bad DSN), 3 the log cannot be read (no database, not an audit
log, the server down).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

import click
import orjson

from aire.cli.options import load_section
from aire.config.audit import AuditConfig
from aire.errors import AireError, AuditUnavailable, ConfigError, UsageError

__all__ = ["audit"]

T = TypeVar("T")
#: lets ``tail`` read a config whose audit section has no key (tail needs none)
_NO_KEY = "-" * 16

_config_option = click.option(
    "-c", "--config", "config_path", type=click.Path(path_type=Path, dir_okay=False),
    help="YAML file; its `audit:` section gives the DSN (and the key).",
)  # fmt: skip
_dsn_option = click.option(
    "--dsn", default=None, help="sqlite:///path.db or postgresql://... (overrides the file)."
)
_writer_option = click.option("--writer", default=None, help="Only this writer's chain.")


@click.group(context_settings={"max_content_width": 100})
def audit() -> None:
    """The tamper-evident audit log (section `audit:`): one record per gateway request,
    in HMAC-SHA256 hash chains, one per gateway process."""


def _run(config: AuditConfig, action: Callable[..., Awaitable[T]]) -> T:
    from aire.audit.store import open_store

    async def go() -> T:
        store = open_store(config.dsn, config.table_prefix)
        try:
            await store.open(create=False)
            return await action(store)
        except AireError:
            raise
        except Exception as exc:  # a driver's error: the log cannot be read
            raise AuditUnavailable(
                f"cannot read {store.where}: {type(exc).__name__}: {exc}"
            ) from None
        finally:
            await store.aclose()

    return asyncio.run(go())


@audit.command()
@_config_option
@_dsn_option
@click.option(
    "--key-file",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="File with the HMAC key. [default: $AIRE_AUDIT_KEY, the file's key]",
)
@click.option("--hmac-key", envvar="AIRE_AUDIT_KEY", hidden=True, default=None)
@_writer_option
@click.option(
    "--strict",
    is_flag=True,
    help="Fail a chain without its final checkpoint (writer running or crashed).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def verify(
    config_path: Path | None,
    dsn: str | None,
    key_file: Path | None,
    hmac_key: str | None,
    writer: str | None,
    strict: bool,
    as_json: bool,
) -> int:
    """Recompute every chain with the key; name the first broken link of each.

    Detects an edited, deleted, inserted or reordered record, a cut tail (up to the last
    signed checkpoint) and a deleted checkpoint. Exit 1 if any chain is broken.
    """
    from aire.audit.verify import verify_store

    key = _read_key(key_file) if key_file is not None else hmac_key
    try:
        config = load_section(config_path, "audit", AuditConfig, {"dsn": dsn, "hmac_key": key})
    except ConfigError as exc:
        if exc.path == "audit.hmac_key" and "missing" in exc.message:
            raise UsageError(
                "no HMAC key: set AIRE_AUDIT_KEY, give --key-file, or -c a config with "
                "audit.hmac_key"
            ) from None
        raise
    secret = config.hmac_key.get_secret_value().encode()
    report = _run(config, lambda store: verify_store(store, secret, writer=writer, strict=strict))
    if as_json:
        click.echo(orjson.dumps(report.to_dict(), option=orjson.OPT_INDENT_2).decode())
        return 0 if report.intact else 1
    for chain in report.chains:
        state = "closed" if chain.closed else f"open, {chain.unvouched} after the last checkpoint"
        verdict = "intact" if chain.broken is None else f"BROKEN at seq {chain.broken.seq}"
        click.echo(
            f"{chain.writer}: {chain.records} records, {chain.checkpoints} checkpoints "
            f"({state}): {verdict}"
        )
    if not report.chains:
        click.echo("no records: nothing to verify")
    if report.intact:
        click.echo(f"OK: {len(report.chains)} chain(s), {report.records} records intact")
        return 0
    click.echo(f"FAIL: first broken link: {report.breaks[0].show()}", err=True)
    for more in report.breaks[1:]:
        click.echo(f"also broken: {more.show()}", err=True)
    hint = report.hint()
    if hint:
        click.echo(f"hint: {hint}", err=True)
    return 1


def _read_key(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise UsageError(f"cannot read --key-file {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise UsageError(f"--key-file {path} is not UTF-8 text") from None


@audit.command()
@_config_option
@_dsn_option
@click.option("-n", "--lines", "count", type=click.IntRange(1, 1_000_000), default=20,
              show_default=True, help="How many records.")  # fmt: skip
@_writer_option
def tail(config_path: Path | None, dsn: str | None, count: int, writer: str | None) -> int:
    """Print the most recent records as JSON lines, oldest first (all writers merged by
    time). Needs no key; it does not verify (see `aire audit verify`)."""
    config = load_section(
        config_path, "audit", AuditConfig, {"dsn": dsn}, defaults={"hmac_key": _NO_KEY}
    )
    rows = _run(config, lambda store: store.latest(count, writer))
    for row in rows:
        click.echo(row.body)
    return 0
