"""What the simulated model answers: modes, limits, stop, tools, degradations."""

from __future__ import annotations

import random
from typing import Any

import orjson
import pytest

from aire.config.sim import DegradationSpec, SimConfig
from aire.sim.corpus import OFF_TOPIC
from aire.sim.generate import Choice, Generator, GenRequest, ToolDef
from aire.sim.paraphrase import REFUSAL_CORES
from aire.tokenizer import tokenize


def gen(**fields: Any) -> Generator:
    return Generator(SimConfig.model_validate({"seed": 1, **fields}), None)


def request(**fields: Any) -> GenRequest:
    base: dict[str, Any] = {"model": "m", "prompt_tokens": 5, "last_user": "hi", "limit": 1000}
    return GenRequest(**{**base, **fields})


def test_random_length_follows_output_tokens() -> None:
    g = gen(output_tokens=50, output_tokens_jitter=0.2)
    rng = random.Random(0)
    lengths = [len(g.plan(request(), rng, None)[0].tokens) for _ in range(400)]
    assert 45 <= sum(lengths) / len(lengths) <= 55
    assert min(lengths) >= 1
    assert len(set(lengths)) > 10


def test_limit_and_ignore_eos() -> None:
    g = gen(output_tokens=50, output_tokens_jitter=0.0)
    (c,) = g.plan(request(limit=7), random.Random(0), None)
    assert (len(c.tokens), c.finish_reason) == (7, "length")
    (c,) = g.plan(request(limit=80, ignore_eos=True), random.Random(0), None)
    assert (len(c.tokens), c.finish_reason) == (80, "length")
    (c,) = g.plan(request(limit=80), random.Random(0), None)
    assert (len(c.tokens), c.finish_reason) == (50, "stop")


def test_random_text_starts_at_a_sentence() -> None:
    g = gen()
    for seed in range(20):
        (c,) = g.plan(request(limit=5), random.Random(seed), None)
        assert c.text[0].isupper()
        assert not c.text.startswith(" ")


def test_stop_sequences_pick_the_earliest() -> None:
    g = gen(mode="echo")
    (c,) = g.plan(request(last_user="one, two. three", stop=[".", ","]), random.Random(0), None)
    assert (c.text, c.finish_reason, c.stop_sequence) == ("one", "stop", ",")


def test_request_seed_overrides_the_server_rng() -> None:
    g = gen()
    a = g.plan(request(seed=3, n=2), random.Random(1), None)
    b = g.plan(request(seed=3, n=2), random.Random(2), None)
    assert [c.text for c in a] == [c.text for c in b]
    assert a[0].text != a[1].text


def test_json_mode() -> None:
    g = gen()
    (c,) = g.plan(request(json_mode=True), random.Random(0), None)
    assert isinstance(orjson.loads(c.text), dict)
    g = gen(mode="echo")
    (c,) = g.plan(request(json_mode=True, last_user='{"a": 1}'), random.Random(0), None)
    assert orjson.loads(c.text) == {"a": 1}


def test_tool_pick_by_name_words() -> None:
    tools = [ToolDef("get_weather"), ToolDef("book-flight")]
    g = gen()
    rng = random.Random(0)
    (c,) = g.plan(request(tools=tools, last_user="please book a flight"), rng, None)
    assert c.tool_name == "book-flight"
    assert c.finish_reason == "tool_calls"
    assert c.tool_id is not None
    assert c.tool_id.startswith("call_")
    (c,) = g.plan(request(tools=tools, last_user="hello"), rng, None)
    assert c.tool_name is None
    (c,) = g.plan(request(tools=tools, last_user="hello", tool_choice="required"), rng, None)
    assert c.tool_name == "get_weather"
    (c,) = g.plan(request(tools=tools, last_user="weather", tool_choice="none"), rng, None)
    assert c.tool_name is None


def test_tool_arguments_ignore_stop_sequences() -> None:
    tool = ToolDef("f", parameters={"properties": {"a": {"const": "x,y"}}, "required": ["a"]})
    (c,) = gen().plan(request(tools=[tool], tool_choice="f", stop=[","]), random.Random(0), None)
    assert orjson.loads(c.text) == {"a": "x,y"}


def test_unsatisfiable_tool_schema_gives_empty_arguments() -> None:
    tool = ToolDef("f", parameters={"type": "integer", "minimum": 3, "maximum": 1})
    (c,) = gen().plan(request(tools=[tool], tool_choice="f"), random.Random(0), None)
    assert c.text == "{}"


@pytest.mark.parametrize("kind", ["length", "language", "content", "refusal"])
def test_degradations_mark_the_choice(kind: str) -> None:
    g = gen(output_tokens=40, output_tokens_jitter=0.0)
    spec = DegradationSpec(kind=kind)  # type: ignore[arg-type]
    (c,) = g.plan(request(), random.Random(0), spec)
    assert c.degraded == kind
    if kind == "length":
        assert len(c.tokens) == 10
    if kind == "content":
        assert c.text in OFF_TOPIC * 2
    if kind == "refusal":
        assert any(core.lower() in c.text.lower() for core in REFUSAL_CORES)


def test_refusals_and_foreign_answers_are_varied() -> None:
    g = gen(output_tokens=40, output_tokens_jitter=0.0)
    rng = random.Random(0)
    refusals = {g.plan(request(), rng, DegradationSpec(kind="refusal"))[0].text for _ in range(300)}
    assert len(refusals) > 250  # not a handful of fixed strings
    spec = DegradationSpec(kind="language", language="fr")
    foreign = {g.plan(request(), rng, spec)[0].text for _ in range(50)}
    assert len(foreign) > 40


def test_schema_degradation_leaves_plain_text_alone() -> None:
    g = gen(output_tokens=10, output_tokens_jitter=0.0)
    (c,) = g.plan(request(), random.Random(0), DegradationSpec(kind="schema"))
    assert c.degraded is None
    assert len(c.tokens) == 10


def test_choice_text_joins_tokens() -> None:
    tokens = tokenize("Hello, world!")
    assert Choice(tokens, "stop").text == "Hello, world!"


@pytest.mark.parametrize("kind", [None, "length", "language", "content"])
def test_text_retokenizes_to_the_same_count(kind: str | None) -> None:
    # clients count the tokens of the text; it must agree with usage
    g = gen(output_tokens=300, output_tokens_jitter=0.5)
    spec = DegradationSpec(kind=kind, factor=3.0) if kind else None  # type: ignore[arg-type]
    for seed in range(40):
        (c,) = g.plan(request(), random.Random(seed), spec)
        assert len(tokenize(c.text)) == len(c.tokens), (seed, c.text[:80])
