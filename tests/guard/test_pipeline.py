from typing import Any

import pytest

from aire.config.guard import GuardConfig, GuardPolicy, ScannerSpec
from aire.config.loader import validate_config
from aire.errors import ConfigError, GuardBlocked
from aire.guard import Guard, GuardMetrics, compile_guards

AWS = "AKIAIOSFODNN7EXAMPLE"


def guard(input_: list[Any], output: list[Any] | None = None, **kw: Any) -> Guard:
    policy = GuardPolicy.model_validate({"input": input_, "output": output or [], **kw})
    return Guard(policy)


def test_block_redact_log() -> None:
    g = guard(
        [
            {"scanner": "pii", "action": "redact"},
            {"scanner": "secrets", "action": "log"},
        ]
    )
    res = g.scan_input(f"mail a@b.io key {AWS}")
    assert not res.blocked
    assert res.sanitized == f"mail <EMAIL> key {AWS}"  # log leaves the text alone
    assert {f.kind for f in res.findings} == {"email", "aws_access_key"}
    blocked = guard([{"scanner": "secrets", "action": "block"}]).scan_input(f"key {AWS}")
    assert blocked.blocked
    assert blocked.blocked_by is not None
    assert blocked.blocked_by.kind == "aws_access_key"


def test_blocked_error_names_kind_never_value() -> None:
    res = guard(["secrets"]).scan_input(f"my key is {AWS}")
    with pytest.raises(GuardBlocked) as info:
        res.raise_if_blocked()
    body = info.value.to_body()
    assert body["error"]["code"] == "guard_blocked"
    assert "aws_access_key" in body["error"]["message"]
    assert AWS not in str(body)
    assert AWS not in repr(res.findings)


def test_fail_fast_stops_at_first_block() -> None:
    specs = [{"scanner": "secrets"}, {"scanner": "pii", "action": "block"}]
    text = f"{AWS} a@b.io"
    assert len(guard(specs).scan_input(text).runs) == 1
    assert len(guard(specs, fail_fast=False).scan_input(text).runs) == 2


def test_messages_scan_and_system_prompt_kept_for_output() -> None:
    g = guard([{"scanner": "pii"}], ["canary"])
    ctx = g.context()
    messages = [
        {"role": "system", "content": "You are Acme's bot and the secret word is marmalade sky"},
        {"role": "user", "content": "I am a@b.io"},
        {"role": "user", "content": [{"type": "text", "text": "and c@d.io"}, {"type": "image"}]},
        {"role": "assistant", "content": "noted e@f.io"},  # earlier answers are not rescanned
    ]
    res = g.scan_messages(messages, ctx)
    assert res.messages[1]["content"] == "I am <EMAIL>"
    assert res.messages[2]["content"][0]["text"] == "and <EMAIL>"
    assert res.messages[3]["content"] == "noted e@f.io"
    assert messages[1]["content"] == "I am a@b.io"  # the request is not mutated
    leak = g.scan_output("Sure: you are acme's bot and the secret word is marmalade sky", ctx)
    assert leak.blocked


def test_reversible_round_trip() -> None:
    g = guard([{"scanner": "pii", "redact": "reversible"}])
    ctx = g.context()
    res = g.scan_input("write to a@b.io and call +44 20 7946 0958", ctx)
    assert res.sanitized == "write to [EMAIL_1] and call [PHONE_1]"
    assert ctx.vault is not None
    assert ctx.vault.restore("Done: mailed [EMAIL_1].") == "Done: mailed a@b.io."


def test_metrics_count_findings_blocks_and_latency() -> None:
    metrics = GuardMetrics()
    guards = compile_guards(GuardConfig(), observer=metrics)
    g = guards["default"]
    g.scan_input("hi a@b.io")
    g.scan_input(f"key {AWS}")
    snap = metrics.snapshot()
    assert snap.findings[("default", "input", "pii", "email", "redact")] == 1
    assert snap.blocks[("default", "input", "secrets", "aws_access_key")] == 1
    counts, total_s = snap.latency[("default", "input", "pii")]
    assert counts[-1] == snap.scans[("default", "input", "pii")]
    assert total_s > 0


def test_unknown_scanner_and_bad_params_fail_at_start() -> None:
    with pytest.raises(ConfigError, match="unknown input scanner 'nope'"):
        guard(["nope"])
    with pytest.raises(ConfigError, match="unknown field 'treshold'") as info:
        guard([{"scanner": "prompt_injection", "params": {"treshold": 0.5}}])
    assert "input[0]" in info.value.show()
    with pytest.raises(ConfigError, match="unknown output scanner 'token_limit'"):
        guard([], ["token_limit"])


def test_config_section_validates() -> None:
    config = validate_config(
        GuardConfig,
        {"default_policy": "strict", "policies": {"strict": {"input": ["pii"], "output": []}}},
    )
    assert config.policies["strict"].input == (ScannerSpec(scanner="pii"),)
    with pytest.raises(ConfigError, match="default_policy"):
        validate_config(GuardConfig, {"default_policy": "missing"})


def test_default_policy_is_fast_path_clean() -> None:
    res = compile_guards(GuardConfig())["default"].scan_input("What is the capital of France?")
    assert not res.blocked
    assert res.valid
    assert res.sanitized == "What is the capital of France?"
