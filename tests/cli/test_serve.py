"""``aire serve`` without serving: --print-config and --check."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from aire.cli.main import main


def test_print_config_masks_credentials(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # It printed ${OPENAI_API_KEY} substituted, in clear, for pasting into a bug report.
    monkeypatch.setenv("AIRE_TEST_KEY", "sk-very-secret")
    cfg = tmp_path / "aire.yaml"
    cfg.write_text(
        "gateway:\n  models:\n    chat:\n      deployments:\n"
        "        - url: http://127.0.0.1:9/v1\n          model: m\n"
        "          api_key: ${AIRE_TEST_KEY}\n"
        "          headers: {Authorization: 'Bearer sk-other', X-Team: blue}\n"
        "        - {url: 'http://127.0.0.1:9/v1', model: n}\n"
    )
    assert main(["serve", "-c", str(cfg), "--print-config"]) == 0
    out = capsys.readouterr().out
    assert "sk-" not in out
    deps = yaml.safe_load(out)["gateway"]["models"]["chat"]["deployments"]
    assert deps[0]["api_key"] == "***"
    assert deps[0]["headers"] == {"Authorization": "***", "X-Team": "blue"}
    assert deps[1]["api_key"] is None


def test_print_config_masks_a_proxy_password_and_check_names_the_client(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = tmp_path / "aire.yaml"
    cfg.write_text(
        "gateway:\n  models:\n    chat:\n      deployments:\n"
        "        - {url: 'http://127.0.0.1:9/v1', model: m, proxy: 'http://me:pw-secret@p:3128'}\n"
        "        - {url: 'https://127.0.0.1:9/v1', model: n, tls: {verify: false}}\n"
    )
    assert main(["serve", "-c", str(cfg), "--print-config"]) == 0
    out = capsys.readouterr().out
    assert "pw-secret" not in out
    deps = yaml.safe_load(out)["gateway"]["models"]["chat"]["deployments"]
    assert deps[0]["proxy"] == "http://me:***@p:3128/"
    assert main(["serve", "-c", str(cfg), "--check"]) == 0
    out = capsys.readouterr().out
    # auto picked httpx for the proxy; the TLS-only deployment stays on the default client
    assert (
        "chat/0 (m at http://127.0.0.1:9/v1) (httpx), chat/1 (n at https://127.0.0.1:9/v1)\n" in out
    )
    assert "pw-secret" not in out
