"""Silent quality degradation over HTTP: 200 OK, worse answers."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import jsonschema
import orjson
from tests.sim.helpers import chat_body, metric, post
from tests.sim.test_faults import within_binomial
from tests.sim.test_structured import TOOLS, WEATHER

from aire.sim.app import SimApp
from aire.sim.corpus import CORPUS, FOREIGN, OFF_TOPIC, REFUSALS
from aire.tokenizer import count_tokens

StartSim = Callable[..., tuple[str, SimApp]]
CHAT = "/v1/chat/completions"


async def answer(url: str, **extra: Any) -> dict[str, Any]:
    status, _, data = await post(f"{url}{CHAT}", chat_body("tell me about SLOs", **extra))
    assert status == 200
    return dict(data["choices"][0])


def text_of(choice: dict[str, Any]) -> str:
    return str(choice["message"]["content"])


async def test_length_shrinks_and_grows(start_sim: StartSim) -> None:
    base = {"output_tokens": 40, "output_tokens_jitter": 0.0}
    url, _ = start_sim(**base, degradations=[{"kind": "length", "factor": 0.25}])
    assert count_tokens(text_of(await answer(url))) == 10
    url, _ = start_sim(**base, degradations=[{"kind": "length", "factor": 2.0}])
    assert count_tokens(text_of(await answer(url))) == 80
    assert count_tokens(text_of(await answer(url, max_tokens=50))) == 50  # the limit still holds


async def test_language(start_sim: StartSim) -> None:
    url, _ = start_sim(degradations=[{"kind": "language", "language": "fr"}])
    text = text_of(await answer(url, max_tokens=20))
    assert text.strip()
    assert text.strip() in FOREIGN["fr"] * 3
    url, _ = start_sim(degradations=[{"kind": "language"}])
    assert text_of(await answer(url, max_tokens=20)).strip() in FOREIGN["de"] * 3


async def test_content_goes_off_topic(start_sim: StartSim) -> None:
    url, _ = start_sim(degradations=[{"kind": "content"}])
    text = text_of(await answer(url, max_tokens=30))
    assert text in OFF_TOPIC * 3
    assert text not in CORPUS


async def test_refusal(start_sim: StartSim) -> None:
    url, _ = start_sim(degradations=[{"kind": "refusal"}])
    choice = await answer(url)
    assert text_of(choice) in REFUSALS
    assert choice["finish_reason"] == "stop"
    choice = await answer(url, tools=TOOLS, tool_choice="required")
    assert text_of(choice) in REFUSALS  # a refusal instead of the tool call


async def test_schema_stops_validating(start_sim: StartSim) -> None:
    url, _ = start_sim(degradations=[{"kind": "schema"}])
    fmt = {"type": "json_schema", "json_schema": {"name": "w", "schema": WEATHER}}
    for seed in range(5):
        value = orjson.loads(text_of(await answer(url, response_format=fmt, seed=seed)))
        assert not jsonschema.Draft202012Validator(WEATHER).is_valid(value)
    choice = await answer(url, tools=TOOLS, tool_choice="required")
    args = orjson.loads(choice["message"]["tool_calls"][0]["function"]["arguments"])
    assert not jsonschema.Draft202012Validator(WEATHER).is_valid(args)
    json_mode = await answer(url, response_format={"type": "json_object"})
    try:
        orjson.loads(text_of(json_mode))
        broken = False
    except orjson.JSONDecodeError:
        broken = True
    assert broken
    plain = await answer(url, max_tokens=5)
    assert text_of(plain)  # plain text has no schema to break: unchanged


async def test_after_requests(start_sim: StartSim) -> None:
    url, _ = start_sim(degradations=[{"kind": "refusal", "after_requests": 3}])
    texts = [text_of(await answer(url)) for _ in range(6)]
    assert [t in REFUSALS for t in texts] == [False, False, False, True, True, True]


async def test_after_s(start_sim: StartSim) -> None:
    url, _ = start_sim(degradations=[{"kind": "refusal", "after_s": 0.4}])
    assert text_of(await answer(url)) not in REFUSALS
    await asyncio.sleep(0.5)
    assert text_of(await answer(url)) in REFUSALS


async def test_rate(start_sim: StartSim) -> None:
    url, _ = start_sim(seed=5, degradations=[{"kind": "refusal", "rate": 0.4}])
    n = 200
    refused = sum([text_of(await answer(url, max_tokens=40)) in REFUSALS for _ in range(n)])
    assert within_binomial(refused, n, 0.4)
    assert await metric(url, "aire_sim_degradations_injected_total", kind="refusal") == refused


async def test_degradation_applies_to_messages_and_completions(start_sim: StartSim) -> None:
    url, _ = start_sim(degradations=[{"kind": "refusal"}])
    body = {"model": "aire-sim", "max_tokens": 40, "messages": [{"role": "user", "content": "x"}]}
    _, _, data = await post(f"{url}/v1/messages", body)
    assert data["content"][0]["text"] in REFUSALS
    _, _, data = await post(
        f"{url}/v1/completions", {"model": "aire-sim", "prompt": "x", "max_tokens": 40}
    )
    assert data["choices"][0]["text"] in REFUSALS
