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
from aire.sim.corpus import CORPUS, OFF_TOPIC
from aire.sim.paraphrase import FOREIGN_PARTS, REFUSAL_CORES
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
    assert _in_language(text, "fr")
    url, _ = start_sim(degradations=[{"kind": "language"}])
    assert _in_language(text_of(await answer(url, max_tokens=20)), "de")


def _in_language(text: str, language: str) -> bool:
    subjects, verbs, _ = FOREIGN_PARTS[language]
    return any(p in text for p in subjects + verbs) and text.strip() not in CORPUS


def _refused(text: str) -> bool:
    return any(core.lower() in text.lower() for core in REFUSAL_CORES)


async def test_content_goes_off_topic(start_sim: StartSim) -> None:
    url, _ = start_sim(degradations=[{"kind": "content"}])
    text = text_of(await answer(url, max_tokens=30))
    assert text in OFF_TOPIC * 3
    assert text not in CORPUS


async def test_refusal(start_sim: StartSim) -> None:
    url, _ = start_sim(degradations=[{"kind": "refusal"}])
    choice = await answer(url)
    assert _refused(text_of(choice))
    assert choice["finish_reason"] == "stop"
    choice = await answer(url, tools=TOOLS, tool_choice="required")
    assert _refused(text_of(choice))  # a refusal instead of the tool call


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
    assert [_refused(t) for t in texts] == [False, False, False, True, True, True]


async def test_after_s(start_sim: StartSim) -> None:
    url, _ = start_sim(degradations=[{"kind": "refusal", "after_s": 0.4}])
    assert not _refused(text_of(await answer(url)))
    await asyncio.sleep(0.5)
    assert _refused(text_of(await answer(url)))


async def test_rate(start_sim: StartSim) -> None:
    url, _ = start_sim(seed=5, degradations=[{"kind": "refusal", "rate": 0.4}])
    n = 200
    refused = sum([_refused(text_of(await answer(url, max_tokens=40))) for _ in range(n)])
    assert within_binomial(refused, n, 0.4)
    assert await metric(url, "aire_sim_degradations_injected_total", kind="refusal") == refused


async def test_degradation_applies_to_messages_and_completions(start_sim: StartSim) -> None:
    url, _ = start_sim(degradations=[{"kind": "refusal"}])
    body = {"model": "aire-sim", "max_tokens": 40, "messages": [{"role": "user", "content": "x"}]}
    _, _, data = await post(f"{url}/v1/messages", body)
    assert _refused(data["content"][0]["text"])
    _, _, data = await post(
        f"{url}/v1/completions", {"model": "aire-sim", "prompt": "x", "max_tokens": 40}
    )
    assert _refused(data["choices"][0]["text"])
