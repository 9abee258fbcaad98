"""Mistakes a new user makes while following the README: each gets one clear line and exit 2
(found by walking through the docs from a fresh clone, see the newcomer report)."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from aire.cli.main import main
from aire.load.target import endpoint_for

ROOT = Path(__file__).resolve().parents[2]

ACTION_GUARDRAILS = """
gateway:
  models:
    agent: {guard: payments, deployments: [{url: "http://127.0.0.1:9/v1", model: m}]}
guard:
  policies:
    payments:
      input: [prompt_injection]
      output: []
      tools: {allowed: [search]}
"""


def test_a_policy_without_a_default_says_how_to_fix_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = tmp_path / "aire.yaml"
    cfg.write_text(ACTION_GUARDRAILS)
    assert main(["serve", "-c", str(cfg), "--check"]) == 2
    err = capsys.readouterr().err
    assert "default_policy 'default' is not a policy (known: payments)" in err
    assert "set guard.default_policy to one of them" in err
    assert "Traceback" not in err
    # what the message (and the README's example) says to do works
    cfg.write_text(ACTION_GUARDRAILS.replace("guard:\n", "guard:\n  default_policy: payments\n"))
    assert main(["serve", "-c", str(cfg), "--check"]) == 0


def test_the_readme_action_guardrails_example_is_valid(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text()
    start = readme.index("### Action guardrails")
    block = readme[readme.index("```yaml\n", start) + 8 : readme.index("```\n", start + 40)]
    cfg = tmp_path / "aire.yaml"
    url = '[{url: "http://127.0.0.1:9/v1", model: m}]'
    cfg.write_text(block.replace("deployments: [...]", f"deployments: {url}"))
    assert main(["serve", "-c", str(cfg), "--check"]) == 0


def test_slo_validate_given_a_spec_points_to_generate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = ROOT / "deploy" / "prometheus" / "slos.yml"
    assert main(["slo", "validate", str(spec)]) == 2
    err = capsys.readouterr().err
    assert "is an SLO spec (aire/v1), not a rule file" in err
    assert f"aire slo generate {spec} -o rules.yml" in err
    rules = tmp_path / "rules.yml"
    assert main(["slo", "generate", str(spec), "-o", str(rules)]) == 0
    assert main(["slo", "validate", str(rules), "--no-promtool"]) == 0


def test_slo_validate_of_a_binary_file_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "rules.yml"
    path.write_bytes(b"groups: []\n\xff\xfe")
    assert main(["slo", "validate", str(path), "--no-promtool"]) == 2
    err = capsys.readouterr().err
    assert "not UTF-8 text (byte 0xff at offset 11)" in err
    assert "internal error" not in err


@pytest.mark.parametrize(
    "args",
    [
        ["diagnose", "--target", "127.0.0.1:8000"],
        ["doctor", "--target", "127.0.0.1:8000"],
        ["eval", "redteam", "--target", "127.0.0.1:8000"],
        ["eval", "run", "suite.yaml", "--target", "127.0.0.1:8000"],
        ["eval", "redteam", "--target", "ftp://127.0.0.1:8000"],
        ["diagnose", "--target", "http://127.0.0.1:99999"],
    ],
)
def test_a_target_without_a_scheme_is_a_usage_error(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    # was: "cannot reach 127.0.0.1:8000: 127.0.0.1:8000/models" and exit 3 (eval), "--url
    # must be ..." (diagnose, which has no --url), "reachable, but ..." (doctor)
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "Invalid value for '--target'" in err
    assert "reachable" not in err
    assert "--url" not in err
    if "://" not in args[-1]:
        assert f"did you mean 'http://{args[-1]}'?" in err


def test_the_load_target_message_names_no_flag_it_did_not_get() -> None:
    from aire.errors import UsageError

    with pytest.raises(UsageError) as info:
        endpoint_for("127.0.0.1:8000", "chat")  # e.g. from a profile's target.url
    assert "--url" not in info.value.message
    assert "did you mean 'http://127.0.0.1:8000'?" in info.value.message


@pytest.mark.slow
def test_aire_up_config_can_use_the_simulator_url_without_a_default(tmp_path: Path) -> None:
    # `aire up --help` says a config's deployments can reach the simulator as ${AIRE_SIM_URL};
    # without a `:-default` the file was read before the variable was set (exit 2)
    cfg = tmp_path / "aire.yaml"
    cfg.write_text(
        "gateway:\n  models:\n    chat:\n"
        '      deployments: [{url: "${AIRE_SIM_URL}/v1", model: aire-sim}]\n'
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "aire", "up", "-c", str(cfg), "--port", "0"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stderr is not None
        url = None
        seen = []
        deadline = time.monotonic() + 30
        while url is None and time.monotonic() < deadline:
            line = proc.stderr.readline()
            if not line:
                break
            seen.append(line)
            if line.startswith("aire is up: gateway "):
                url = line.split()[4].removesuffix("/v1")
        assert url is not None, "".join(seen)
        body = {"model": "chat", "max_tokens": 3, "messages": [{"role": "user", "content": "hi"}]}
        req = urllib.request.Request(
            f"{url}/v1/chat/completions",
            data=json.dumps(body).encode(),
            headers={"content-type": "application/json"},
        )
        with urllib.request.urlopen(req, timeout=20) as resp:
            assert resp.status == 200
            assert json.loads(resp.read())["model"] == "aire-sim"
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
        if proc.stderr is not None:
            proc.stderr.close()


def test_a_judge_url_without_a_scheme_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    suite = tmp_path / "suite.yaml"
    suite.write_text(
        "name: j\nprompt: hi\ncases: [{id: a, assert: [{type: llm-rubric, value: x}]}]\n"
    )
    assert main(["eval", "run", str(suite), "--judge", "127.0.0.1:9"]) == 2
    err = capsys.readouterr().err
    assert "Invalid value for '--judge'" in err
    assert "cannot reach" not in err


def test_a_test_period_with_windows_shorter_than_a_scrape_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = ROOT / "deploy" / "prometheus" / "slos.yml"
    out = tmp_path / "rules.yml"
    assert main(["slo", "generate", str(spec), "-o", str(out), "--test-period", "12h"]) == 0
    err = capsys.readouterr().err
    assert "makes the shortest window 5s" in err
    assert "ratio_rate5s" in out.read_text()  # the note describes what was written
    assert main(["slo", "generate", str(spec), "-o", str(out), "--test-period", "7d"]) == 0
    assert "note:" not in capsys.readouterr().err


def test_a_deployment_url_without_v1_gets_a_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = tmp_path / "aire.yaml"
    cfg.write_text(
        "gateway:\n  models:\n    chat:\n      deployments:\n"
        '        - {url: "http://127.0.0.1:9", model: m}\n'
        '        - {url: "http://127.0.0.1:9/v1", model: m}\n'
        "    claude:\n      deployments:\n"
        '        - {url: "https://api.anthropic.com", model: c, provider: anthropic, api_key: k}\n'
    )
    assert main(["serve", "-c", str(cfg), "--check"]) == 0
    err = capsys.readouterr().err
    assert "note: chat/0: its url has no path" in err
    assert "http://127.0.0.1:9/chat/completions" in err
    assert "https://api.anthropic.com/messages" in err
    assert "chat/1" not in err  # it has its /v1


def test_diagnose_of_a_gateway_says_what_it_could_not_measure(
    start_sim: Any, capfd: pytest.CaptureFixture[str]
) -> None:
    from aire.config.gateway import GatewayConfig
    from aire.config.state import StateConfig
    from aire.gateway.app import GatewayApp
    from aire.server import serve_in_thread

    url, _ = start_sim(ttft_ms=1.0, itl_ms=0.5)
    config = GatewayConfig.model_validate(
        {
            "log_requests": False,
            "health": {"enabled": False},
            "models": {"chat": {"deployments": [{"url": url + "/v1", "model": "aire-sim"}]}},
        }
    )
    args = ["diagnose", "--model", "chat", "--requests", "8", "--concurrency", "2"]
    with serve_in_thread(GatewayApp(config, state=StateConfig())) as gateway:
        assert main([*args, "--target", gateway]) == 0
        out = capfd.readouterr().out
        assert f"no vLLM series at {gateway}/metrics: queue and KV cache not measured" in out
        assert "--metrics-url" in out
        # given the engine's metrics, it measures them and has nothing to add
        assert main([*args, "--target", gateway, "--metrics-url", url + "/metrics"]) == 0
        out = capfd.readouterr().out
        assert "queue_pressure" in out
        assert "not measured" not in out


def test_spend_shows_millionths_of_a_dollar() -> None:
    from aire.cli.admin import _spend_table

    table = _spend_table(
        {
            "teams": {"blue": {"usd_day": 2.6e-6, "usd_month": 12.5}},
            "keys": {"0bdd5864748e": {"usd_day": 0.0, "usd_month": 2.6e-6}},
        }
    )
    assert "team blue            0.000003      12.500000" in table
    assert "key 0bdd5864748e     0.000000       0.000003" in table
