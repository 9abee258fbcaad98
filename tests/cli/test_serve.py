"""``aire serve`` without serving: --print-config and --check."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import yaml
from tests.gateway.test_server import Proc

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


def test_print_config_masks_the_master_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = tmp_path / "aire.yaml"
    cfg.write_text(
        "gateway:\n  auth: {master_key: sk-master-0123456789}\n  models:\n    chat:\n"
        "      deployments: [{url: 'http://127.0.0.1:9/v1', model: m}]\n"
    )
    assert main(["serve", "-c", str(cfg), "--print-config"]) == 0
    out = capsys.readouterr().out
    assert "sk-master" not in out
    assert yaml.safe_load(out)["gateway"]["auth"]["master_key"] == "***"


# -- LiteLLM's proxy config ---------------------------------------------------------------

LITELLM = """\
model_list:
  - model_name: chat
    litellm_params:
      model: openai/aire-sim
      api_base: {broken}/v1
      api_key: os.environ/SIM_KEY
    model_info: {{id: broken-sim}}
  - model_name: backup
    litellm_params: {{model: hosted_vllm/aire-sim, api_base: '{good}/v1', rpm: 600}}
    model_info: {{id: good-a}}
  - model_name: backup
    litellm_params: {{model: openai/aire-sim, api_base: '{good}/v1', rpm: 600, api_key: x}}
    model_info: {{id: good-b}}
  - model_name: claude
    litellm_params: {{model: anthropic/aire-sim, api_base: '{good}', api_key: os.environ/SIM_KEY}}
    model_info: {{id: sim-messages}}
router_settings:
  num_retries: 1
  timeout: 30
  fallbacks: [{{chat: [backup]}}]
litellm_settings:
  drop_params: true
general_settings:
  master_key: os.environ/MASTER
"""


def _litellm_file(tmp_path: Path, broken: str, good: str, extra: str = "") -> Path:
    path = tmp_path / "litellm.yaml"
    text = LITELLM.format(broken=broken, good=good)
    path.write_text(text.replace("  drop_params: true\n", "  drop_params: true\n" + extra))
    return path


def test_check_reads_a_litellm_config(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SIM_KEY", "k")
    monkeypatch.setenv("MASTER", "sk-master-0123456789")
    path = _litellm_file(tmp_path, "http://127.0.0.1:9", "http://127.0.0.1:8")
    assert main(["serve", "-c", str(path), "--check"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        f"{path}: LiteLLM proxy config, translated",
        "chat: weighted_round_robin -> broken-sim (aire-sim at http://127.0.0.1:9/v1)",
        "backup: weighted_round_robin -> good-a (aire-sim at http://127.0.0.1:8/v1), "
        "good-b (aire-sim at http://127.0.0.1:8/v1)",
        "claude: weighted_round_robin -> sim-messages (aire-sim at http://127.0.0.1:8/v1)",
        "config ok",
    ]
    assert f"note: {path}:9: model_list[1].litellm_params.rpm: at most 600" in err
    assert f"note: {path}:19: router_settings.timeout: in aire this timeout" in err


def test_unsupported_litellm_settings_exit_2_listing_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SIM_KEY", "k")
    monkeypatch.setenv("MASTER", "sk-master-0123456789")
    extra = "  cache: true\n  success_callback: [langfuse]\n"  # litellm_settings, lines 23-24
    path = _litellm_file(tmp_path, "http://127.0.0.1:9", "http://127.0.0.1:8", extra)
    assert main(["serve", "-c", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.splitlines() == [
        f"config error: {path}: 2 LiteLLM setting(s) that aire does not support; change or "
        "remove them, or pass --ignore-unsupported to start without them:",
        f"  {path}:23: litellm_settings.cache: not supported: aire's response cache is "
        "gateway.cache (not translated from LiteLLM's)",
        f"  {path}:24: litellm_settings.success_callback[0]: callback 'langfuse' is not "
        "supported by aire",
    ]
    assert main(["serve", "-c", str(path), "--check", "--ignore-unsupported"]) == 0
    out, err = capsys.readouterr()
    assert out.endswith("config ok\n")
    assert f"warning: {path}:23: litellm_settings.cache: not supported" in err
    assert "(left out: --ignore-unsupported)" in err


def test_an_unset_variable_of_a_litellm_config_exits_2_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SIM_KEY", raising=False)
    monkeypatch.setenv("MASTER", "sk-master-0123456789")
    path = _litellm_file(tmp_path, "http://127.0.0.1:9", "http://127.0.0.1:8")
    assert main(["serve", "-c", str(path), "--check"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"config error: {path}:6: model_list[0].litellm_params.api_key: ")
    assert "SIM_KEY is not set" in err


@pytest.mark.slow
async def test_aire_serve_answers_with_the_deployments_and_fallbacks_a_litellm_config_declares(
    start_sim: Any, procs: list[Proc], tmp_path: Path
) -> None:
    broken, _ = start_sim(faults=[{"kind": "server_error", "rate": 1.0}])
    good, _ = start_sim()
    path = _litellm_file(tmp_path, broken, good)
    env = {**os.environ, "SIM_KEY": "k", "MASTER": "sk-master-0123456789"}
    proc = Proc("serve", "-c", str(path), "--port", "0", env=env)
    procs.append(proc)
    url = proc.wait_for(r"listening on (http://\S+)/v1").group(1)
    messages = [{"role": "user", "content": "hello"}]
    # LiteLLM's master key is aire's: clients send it as they sent it to LiteLLM
    headers = {"authorization": "Bearer sk-master-0123456789"}
    async with aiohttp.ClientSession(headers=headers) as session:
        # chat's only deployment fails: 2 attempts (num_retries: 1), then its fallback
        async with session.post(
            f"{url}/v1/chat/completions", json={"model": "chat", "messages": messages}
        ) as r:
            assert r.status == 200
            assert r.headers["x-aire-deployment"] in ("good-a", "good-b")
            assert r.headers["x-aire-attempts"] == "3"
            assert (await r.json())["choices"][0]["message"]["content"]
        async with session.post(
            f"{url}/v1/chat/completions",
            json={"model": "chat", "messages": messages, "stream": True},
        ) as r:
            assert r.status == 200
            assert r.headers["x-aire-deployment"] in ("good-a", "good-b")
            body = await r.text()
            assert body.rstrip().endswith("data: [DONE]")
        # two entries with one model_name: both serve, named by their model_info.id
        seen = set()
        for _ in range(6):
            async with session.post(
                f"{url}/v1/chat/completions", json={"model": "backup", "messages": messages}
            ) as r:
                assert r.status == 200
                seen.add(r.headers["x-aire-deployment"])
        assert seen == {"good-a", "good-b"}
        # anthropic/...: the Messages API of the same simulator, answered as OpenAI's
        async with session.post(
            f"{url}/v1/chat/completions", json={"model": "claude", "messages": messages}
        ) as r:
            assert r.status == 200
            assert r.headers["x-aire-deployment"] == "sim-messages"
            assert (await r.json())["object"] == "chat.completion"
        async with session.get(f"{url}/v1/models") as r:
            listed = {m["id"] for m in (await r.json())["data"]}
        assert listed == {"chat", "backup", "claude"}


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
