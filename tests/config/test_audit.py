"""The `audit:` section: on when present, a key required and never shown, DSNs checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from aire.config import load_config
from aire.config.audit import DEFAULT_AUDIT_DSN, AuditConfig, redact_dsn
from aire.config.root import AireConfig
from aire.errors import ConfigError

KEY = "0123456789abcdef0123456789abcdef"


def load(tmp_path: Path, text: str, **env: str) -> AireConfig:
    path = tmp_path / "aire.yaml"
    path.write_text(text)
    return load_config(path, AireConfig, env=env)


def error_of(tmp_path: Path, text: str, **env: str) -> str:
    with pytest.raises(ConfigError) as info:
        load(tmp_path, text, **env)
    return info.value.show()


def test_absent_section_means_no_audit(tmp_path: Path) -> None:
    assert load(tmp_path, "sim: {}\n").audit is None


def test_defaults_and_the_key_from_the_environment(tmp_path: Path) -> None:
    config = load(tmp_path, "audit:\n  hmac_key: ${AIRE_AUDIT_KEY}\n", AIRE_AUDIT_KEY=KEY)
    audit = config.audit
    assert audit is not None
    assert audit.enabled
    assert audit.dsn == DEFAULT_AUDIT_DSN
    assert audit.hmac_key.get_secret_value() == KEY
    assert KEY not in repr(audit)
    assert KEY not in str(audit.model_dump())
    assert (audit.batch_size, audit.flush_ms, audit.content) == (500, 200, "none")


def test_a_missing_key_names_the_field(tmp_path: Path) -> None:
    shown = error_of(tmp_path, "audit:\n  dsn: sqlite:///a.db\n")
    assert "aire.yaml:1: audit.hmac_key: required field is missing" in shown


def test_a_short_key_is_refused_without_showing_it(tmp_path: Path) -> None:
    shown = error_of(tmp_path, "audit:\n  hmac_key: shortkey\n")
    assert "aire.yaml:2: audit.hmac_key: must be at least 16 characters" in shown
    assert "shortkey" not in shown


@pytest.mark.parametrize(
    ("dsn", "expected"),
    [
        ("mysql://u:pw@h/db", "is not sqlite:///path.db or postgresql://"),
        ("sqlite://relative.db", "a SQLite DSN is sqlite:///"),
        ("audit.db", "is not sqlite:///path.db"),
    ],
)
def test_bad_dsns(tmp_path: Path, dsn: str, expected: str) -> None:
    shown = error_of(tmp_path, f"audit:\n  hmac_key: {KEY}\n  dsn: {dsn}\n")
    assert "aire.yaml:3: audit.dsn: " in shown
    assert expected in shown
    assert "pw@" not in shown


def test_postgres_dsn_and_a_table_prefix(tmp_path: Path) -> None:
    config = load(
        tmp_path,
        f"audit:\n  hmac_key: {KEY}\n  dsn: postgresql://a@h/db\n  table_prefix: gw1_\n",
    )
    assert config.audit is not None
    assert config.audit.table_prefix == "gw1_"
    shown = error_of(tmp_path, f"audit:\n  hmac_key: {KEY}\n  table_prefix: 'x; DROP'\n")
    assert "audit.table_prefix: must be lower-case letters" in shown


def test_unknown_field_suggests(tmp_path: Path) -> None:
    shown = error_of(tmp_path, f"audit:\n  hmac_key: {KEY}\n  batch: 10\n")
    assert "audit.batch: unknown field 'batch' (did you mean 'batch_size'?)" in shown


def test_redact_dsn() -> None:
    assert redact_dsn("postgresql://me:pw@h:5/db") == "postgresql://me:***@h:5/db"
    assert redact_dsn("postgresql://me@h/db") == "postgresql://me@h/db"
    assert redact_dsn("sqlite:///a.db") == "sqlite:///a.db"


def test_the_model_alone() -> None:
    assert AuditConfig(hmac_key=KEY).spool_dir == Path(".aire-spool")  # type: ignore[arg-type]
