"""The simulator's HTTP surface: routes, error bodies, info endpoints and the admin API."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import aiohttp
import pytest
from tests.sim.helpers import chat_body, get, metric, metrics, post

from aire.sim.app import SimApp
from aire.sim.paraphrase import REFUSAL_CORES

StartSim = Callable[..., tuple[str, SimApp]]


def assert_openai_error(body: object, code: str, type_: str = "invalid_request_error") -> None:
    assert isinstance(body, dict)
    error = body["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert error["code"] == code
    assert error["type"] == type_
    assert error["message"]


# -- errors ----------------------------------------------------------------------------


async def test_bad_json_is_400(sim: str) -> None:
    status, _, body = await post(f"{sim}/v1/chat/completions", b"{not json")
    assert status == 400
    assert_openai_error(body, "invalid_request")
    assert "not valid JSON" in body["error"]["message"]


async def test_empty_body_and_non_object_are_400(sim: str) -> None:
    status, _, body = await post(f"{sim}/v1/chat/completions", b"")
    assert status == 400
    assert "empty" in body["error"]["message"]
    status, _, body = await post(f"{sim}/v1/chat/completions", [1, 2])
    assert status == 400
    assert "JSON object" in body["error"]["message"]


async def test_missing_field_names_the_parameter(sim: str) -> None:
    status, _, body = await post(f"{sim}/v1/chat/completions", {"model": "aire-sim"})
    assert status == 400
    assert_openai_error(body, "invalid_request")
    assert body["error"]["param"] == "messages"


async def test_invalid_field_value_names_the_parameter(sim: str) -> None:
    status, _, body = await post(f"{sim}/v1/chat/completions", chat_body(max_tokens=0))
    assert status == 400
    assert body["error"]["param"] == "max_tokens"
    status, _, body = await post(f"{sim}/v1/chat/completions", chat_body(temperature=9))
    assert status == 400
    assert body["error"]["param"] == "temperature"


async def test_unknown_model_is_404(sim: str) -> None:
    body = {**chat_body(), "model": "gpt-nope"}
    status, _, data = await post(f"{sim}/v1/chat/completions", body)
    assert status == 404
    assert_openai_error(data, "model_not_found")
    assert data["error"]["param"] == "model"
    for path, req in (
        ("/v1/completions", {"model": "x", "prompt": "hi"}),
        ("/v1/embeddings", {"model": "x", "input": "hi"}),
    ):
        status, _, data = await post(f"{sim}{path}", req)
        assert status == 404, path


async def test_wildcard_model_accepts_any_name(start_sim: StartSim) -> None:
    url, _ = start_sim(models=["*"])
    status, _, data = await post(f"{url}/v1/chat/completions", {**chat_body(), "model": "any"})
    assert status == 200
    assert data["model"] == "any"
    _, models = await get(f"{url}/v1/models")
    assert models["data"] == []


async def test_wrong_method_is_405_with_allow(sim: str) -> None:
    async with aiohttp.ClientSession() as s, s.get(f"{sim}/v1/chat/completions") as r:
        assert r.status == 405
        assert r.headers["allow"] == "POST"
        assert_openai_error(await r.json(), "method_not_allowed")
    async with aiohttp.ClientSession() as s, s.delete(f"{sim}/admin/config") as r:
        assert r.status == 405
        assert r.headers["allow"] == "GET, HEAD, POST"


async def test_unknown_path_is_404(sim: str) -> None:
    status, body = await get(f"{sim}/v2/nothing")
    assert status == 404
    assert_openai_error(body, "not_found")


async def test_trailing_slash_is_the_same_route(sim: str) -> None:
    status, _ = await get(f"{sim}/health/")
    assert status == 200


async def test_anthropic_errors_have_anthropic_shape(sim: str) -> None:
    status, _, body = await post(f"{sim}/v1/messages", b"{bad")
    assert status == 400
    assert body["type"] == "error"
    assert body["error"]["type"] == "invalid_request_error"
    msg = {"model": "aire-sim", "messages": [{"role": "user", "content": "hi"}]}
    status, _, body = await post(f"{sim}/v1/messages", msg)  # max_tokens is required
    assert status == 400
    assert "max_tokens" in body["error"]["message"]
    status, _, body = await post(f"{sim}/v1/messages", {**msg, "max_tokens": 5, "model": "x"})
    assert status == 404
    assert body["type"] == "error"
    assert set(body["error"]) == {"type", "message"}
    assert body["error"]["type"] == "not_found_error"
    status, headers, body = await post(
        f"{sim}/v1/messages", {**msg, "max_tokens": 5}, {"x-aire-sim-fault": "rate_limit"}
    )
    assert status == 429
    assert body["error"]["type"] == "rate_limit_error"
    assert headers["retry-after"] == "1"
    status, _, body = await post(
        f"{sim}/v1/messages", {**msg, "max_tokens": 5}, {"x-aire-sim-fault": "unavailable"}
    )
    assert status == 503
    assert body["error"]["type"] == "overloaded_error"


async def test_internal_error_is_a_json_500(start_sim: StartSim) -> None:
    url, app = start_sim()

    def boom(*args: object) -> None:
        raise RuntimeError("bug")

    app.generator.plan = boom  # type: ignore[method-assign]
    status, _, body = await post(f"{url}/v1/chat/completions", chat_body())
    assert status == 500
    assert_openai_error(body, "server_error", "server_error")
    assert "bug" not in body["error"]["message"]


# -- info endpoints ----------------------------------------------------------------------


async def test_models_lists_served_models(start_sim: StartSim) -> None:
    url, _ = start_sim(models=["a", "b"], max_model_len=4096)
    status, body = await get(f"{url}/v1/models")
    assert status == 200
    assert body["object"] == "list"
    assert [m["id"] for m in body["data"]] == ["a", "b"]
    first = body["data"][0]
    assert first["object"] == "model"
    assert first["max_model_len"] == 4096
    assert first["created"] > 1_600_000_000  # a wall-clock time, not a monotonic one


async def test_one_model_by_id(start_sim: StartSim) -> None:
    url, _ = start_sim(models=["a", "org/b"], max_model_len=4096)
    status, body = await get(f"{url}/v1/models/org/b")  # ids may hold slashes
    assert status == 200
    assert body["id"] == "org/b"
    assert body["object"] == "model"
    assert body["max_model_len"] == 4096
    status, body = await get(f"{url}/v1/models/c")
    assert status == 404
    assert_openai_error(body, "model_not_found", "invalid_request_error")


async def test_health_and_ready(start_sim: StartSim) -> None:
    url, _ = start_sim()
    assert await get(f"{url}/health") == (200, {"status": "ok"})
    assert await get(f"{url}/ready") == (200, {"ready": True})
    url, _ = start_sim(ready=False)
    assert await get(f"{url}/ready") == (503, {"ready": False})
    assert (await get(f"{url}/health"))[0] == 200


async def test_metrics_use_vllm_names_and_count(sim: str) -> None:
    for _ in range(3):
        status, _, _ = await post(f"{sim}/v1/chat/completions", chat_body(max_tokens=4))
        assert status == 200
    samples = await metrics(sim)
    names = {name for name, _ in samples}
    for name in (
        "vllm:time_to_first_token_seconds_bucket",
        "vllm:inter_token_latency_seconds_count",
        "vllm:e2e_request_latency_seconds_sum",
        "vllm:request_queue_time_seconds_count",
        "vllm:time_per_output_token_seconds_count",
        "vllm:num_requests_running",
        "vllm:num_requests_waiting",
        "vllm:kv_cache_usage_perc",
        "vllm:prompt_tokens_total",
        "vllm:generation_tokens_total",
        "vllm:request_success_total",
    ):
        assert name in names, name
    model = (("model_name", "aire-sim"),)
    assert samples[("vllm:e2e_request_latency_seconds_count", model)] == 3
    assert samples[("vllm:generation_tokens_total", model)] == 12
    assert samples[("vllm:inter_token_latency_seconds_count", model)] == 9
    assert samples[("vllm:num_requests_running", model)] == 0
    reason = (("finished_reason", "length"), ("model_name", "aire-sim"))
    assert samples[("vllm:request_success_total", reason)] == 3
    inf = (("le", "+Inf"), ("model_name", "aire-sim"))
    assert samples[("vllm:time_to_first_token_seconds_bucket", inf)] == 3


async def test_metrics_content_type(sim: str) -> None:
    async with aiohttp.ClientSession() as s, s.get(f"{sim}/metrics") as r:
        assert r.headers["content-type"].startswith("text/plain")


# -- admin -------------------------------------------------------------------------------


async def test_admin_get_returns_the_effective_config(start_sim: StartSim) -> None:
    url, _ = start_sim(max_num_seqs=3)
    status, body = await get(f"{url}/admin/config")
    assert status == 200
    assert body["max_num_seqs"] == 3
    assert body["models"] == ["aire-sim"]


async def test_admin_change_applies_at_once(start_sim: StartSim) -> None:
    url, app = start_sim()
    status, _, body = await post(
        f"{url}/admin/config", {"faults": [{"kind": "server_error"}], "output_tokens": 5}
    )
    assert status == 200
    assert body["faults"][0]["kind"] == "server_error"
    assert app.config.output_tokens == 5
    status, _, data = await post(f"{url}/v1/chat/completions", chat_body())
    assert status == 500
    assert_openai_error(data, "server_error", "server_error")
    status, _, _ = await post(f"{url}/admin/config", {"faults": []})
    status, _, data = await post(f"{url}/v1/chat/completions", chat_body())
    assert status == 200


async def test_admin_nested_change_merges(start_sim: StartSim) -> None:
    url, _ = start_sim()
    status, _, body = await post(f"{url}/admin/config", {"ready": False})
    assert status == 200
    assert (await get(f"{url}/ready"))[0] == 503
    assert body["models"] == ["aire-sim"]  # untouched fields keep their values


@pytest.mark.parametrize(
    ("patch", "param", "words"),
    [
        ({"ttft_ms": -1}, "ttft_ms", "greater than or equal to 0"),
        ({"faults": [{"kind": "drop", "rate": 2}]}, "faults[0].rate", "less than or equal"),
        ({"faults": [{"kind": "explode"}]}, "faults[0].kind", "input should be"),
        ({"ttft": 3}, "ttft", "did you mean 'ttft_ms'"),
        ({"mode": "script"}, None, "needs a script file"),
        ({"port": 1}, "port", "cannot change at run time"),
        ({"max_connections": 5}, "max_connections", "cannot change at run time"),
        ({"header_timeout_s": 1}, "header_timeout_s", "cannot change at run time"),
    ],
)
async def test_admin_invalid_change_is_400_and_changes_nothing(
    start_sim: StartSim, patch: dict[str, object], param: str | None, words: str
) -> None:
    url, app = start_sim()
    before = app.config
    status, _, body = await post(f"{url}/admin/config", patch)
    assert status == 400
    assert body["error"]["param"] == param
    assert words in body["error"]["message"]
    if param:
        assert body["error"]["message"].startswith(f"{param}: ")
    assert app.config is before
    assert (await get(f"{url}/admin/config"))[1] == before.model_dump(mode="json")


async def test_admin_rejects_bad_json_and_non_objects(sim: str) -> None:
    status, _, body = await post(f"{sim}/admin/config", b"{x")
    assert status == 400
    assert "not valid JSON" in body["error"]["message"]
    status, _, body = await post(f"{sim}/admin/config", [1])
    assert status == 400


async def test_admin_can_switch_to_script_mode(start_sim: StartSim, tmp_path: Path) -> None:
    script = tmp_path / "rules.yaml"
    script.write_text("- match: ping\n  response: pong\n")
    url, _ = start_sim()
    status, _, _ = await post(f"{url}/admin/config", {"mode": "script", "script": str(script)})
    assert status == 200
    status, _, data = await post(f"{url}/v1/chat/completions", chat_body("ping"))
    assert data["choices"][0]["message"]["content"] == "pong"
    other = script.with_name("bad.yaml")
    other.write_text("- match: '[unclosed'\n  response: x\n")
    status, _, body = await post(f"{url}/admin/config", {"script": str(other)})
    assert status == 400
    assert "bad.yaml:1" in body["error"]["message"]
    assert "regular expression" in body["error"]["message"]


async def test_admin_degradation_clock_restarts_only_when_degradations_change(
    start_sim: StartSim,
) -> None:
    url, app = start_sim(degradations=[{"kind": "refusal", "after_requests": 2}])

    async def answer() -> str:
        _, _, data = await post(f"{url}/v1/chat/completions", chat_body(max_tokens=30))
        text = str(data["choices"][0]["message"]["content"])
        return "refusal" if any(c.lower() in text.lower() for c in REFUSAL_CORES) else text

    assert await answer() != "refusal"
    assert await answer() != "refusal"
    await post(f"{url}/admin/config", {"ttft_ms": 0.0})  # unrelated: the count goes on
    assert await answer() == "refusal"
    await post(f"{url}/admin/config", {"degradations": [{"kind": "refusal", "after_requests": 1}]})
    assert await answer() != "refusal"  # request 1 of the new list
    assert await answer() == "refusal"
    assert app.requests == 2


async def test_metrics_count_faults_and_aborts(start_sim: StartSim) -> None:
    url, _ = start_sim()
    await post(f"{url}/v1/chat/completions", chat_body(), {"x-aire-sim-fault": "server_error"})
    await post(f"{url}/v1/chat/completions", chat_body(), {"x-aire-sim-fault": "server_error"})
    assert await metric(url, "aire_sim_faults_injected_total", kind="server_error") == 2
