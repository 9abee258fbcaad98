"""Model endpoints over HTTP: chat, completions, embeddings, messages; sampling parameters."""

from __future__ import annotations

import base64
import math
import struct
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest
from tests.sim.helpers import chat_body, post, stream

from aire.sim.app import SimApp
from aire.tokenizer import count_tokens

StartSim = Callable[..., tuple[str, SimApp]]


# -- chat ------------------------------------------------------------------------------


async def test_chat_completion_shape(sim: str) -> None:
    status, headers, data = await post(f"{sim}/v1/chat/completions", chat_body(max_tokens=7))
    assert status == 200
    assert headers["content-type"] == "application/json"
    assert data["object"] == "chat.completion"
    assert data["id"].startswith("chatcmpl-")
    assert data["model"] == "aire-sim"
    choice = data["choices"][0]
    assert choice["index"] == 0
    assert choice["message"]["role"] == "assistant"
    assert choice["finish_reason"] == "length"
    text = choice["message"]["content"]
    assert count_tokens(text) == 7
    usage = data["usage"]
    assert usage["completion_tokens"] == 7
    assert usage["prompt_tokens"] == count_tokens("hello") + 4 + 3  # chat template tokens
    assert usage["total_tokens"] == usage["prompt_tokens"] + 7


async def test_chat_ids_are_unique(sim: str) -> None:
    ids = set()
    for _ in range(5):
        _, _, data = await post(f"{sim}/v1/chat/completions", chat_body(max_tokens=1))
        ids.add(data["id"])
    assert len(ids) == 5


async def test_answer_stops_by_itself_without_max_tokens(start_sim: StartSim) -> None:
    url, _ = start_sim(output_tokens=20, output_tokens_jitter=0.0)
    _, _, data = await post(f"{url}/v1/chat/completions", chat_body())
    assert data["choices"][0]["finish_reason"] == "stop"
    assert data["usage"]["completion_tokens"] == 20


async def test_max_completion_tokens_and_ignore_eos(start_sim: StartSim) -> None:
    url, _ = start_sim(output_tokens=5, output_tokens_jitter=0.0)
    _, _, data = await post(
        f"{url}/v1/chat/completions", chat_body(max_completion_tokens=40, ignore_eos=True)
    )
    assert data["usage"]["completion_tokens"] == 40
    assert data["choices"][0]["finish_reason"] == "length"


async def test_stop_sequence_cuts_the_answer(start_sim: StartSim) -> None:
    url, _ = start_sim(mode="echo")
    body = chat_body("alpha beta. gamma delta", stop=[". "], max_tokens=50)
    _, _, data = await post(f"{url}/v1/chat/completions", body)
    choice = data["choices"][0]
    assert choice["message"]["content"] == "alpha beta"
    assert choice["finish_reason"] == "stop"
    _, _, data = await post(f"{url}/v1/chat/completions", {**body, "stop": "gamma"})
    assert data["choices"][0]["message"]["content"] == "alpha beta. "


async def test_n_gives_n_different_choices(sim: str) -> None:
    _, _, data = await post(f"{sim}/v1/chat/completions", chat_body(n=3, max_tokens=12))
    choices = data["choices"]
    assert [c["index"] for c in choices] == [0, 1, 2]
    assert len({c["message"]["content"] for c in choices}) == 3
    assert data["usage"]["completion_tokens"] == 36


async def test_seed_makes_answers_repeat(sim: str) -> None:
    body = chat_body(seed=42, max_tokens=16, n=2)
    _, _, a = await post(f"{sim}/v1/chat/completions", body)
    _, _, b = await post(f"{sim}/v1/chat/completions", body)
    _, _, c = await post(f"{sim}/v1/chat/completions", {**body, "seed": 43})
    texts = [[ch["message"]["content"] for ch in d["choices"]] for d in (a, b, c)]
    assert texts[0] == texts[1]
    assert texts[0] != texts[2]


async def test_server_seed_makes_runs_repeat(start_sim: StartSim) -> None:
    runs = []
    for _ in range(2):
        url, _ = start_sim(seed=123)
        answers = []
        for _ in range(3):
            _, _, data = await post(f"{url}/v1/chat/completions", chat_body(max_tokens=10))
            answers.append(data["choices"][0]["message"]["content"])
        runs.append(answers)
    assert runs[0] == runs[1]
    assert len(set(runs[0])) > 1


async def test_context_length_is_checked(start_sim: StartSim) -> None:
    url, _ = start_sim(max_model_len=64)
    status, _, data = await post(f"{url}/v1/chat/completions", chat_body("word " * 100))
    assert status == 400
    assert data["error"]["code"] == "context_length_exceeded"
    assert "64" in data["error"]["message"]
    status, _, data = await post(f"{url}/v1/chat/completions", chat_body(max_tokens=60))
    assert status == 400
    assert data["error"]["code"] == "context_length_exceeded"
    status, _, data = await post(f"{url}/v1/chat/completions", chat_body())
    assert status == 200  # no max_tokens: the rest of the window is the limit


async def test_chat_stream_shape(sim: str) -> None:
    s = await stream(f"{sim}/v1/chat/completions", chat_body(max_tokens=6, stream=True))
    assert s.status == 200
    assert s.done
    chunks = s.json()
    assert all(c["object"] == "chat.completion.chunk" for c in chunks)
    assert len({c["id"] for c in chunks}) == 1
    assert chunks[0]["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    assert chunks[-1]["choices"][0]["finish_reason"] == "length"
    contents = [c["choices"][0]["delta"].get("content") for c in chunks[1:-1]]
    assert len(contents) == 6
    assert all("usage" not in c for c in chunks)
    text = s.texts()[0]
    _, _, whole = await post(f"{sim}/v1/chat/completions", chat_body(max_tokens=6, seed=1))
    assert count_tokens(text) == 6
    assert whole["choices"][0]["message"]["content"]


async def test_chat_stream_with_usage(sim: str) -> None:
    body = chat_body(max_tokens=4, stream=True, stream_options={"include_usage": True})
    s = await stream(f"{sim}/v1/chat/completions", body)
    chunks = s.json()
    assert all(c["usage"] is None for c in chunks[:-1])
    last = chunks[-1]
    assert last["choices"] == []
    assert last["usage"]["completion_tokens"] == 4
    assert last["usage"]["total_tokens"] == last["usage"]["prompt_tokens"] + 4


async def test_stream_and_whole_answer_agree_for_a_seed(sim: str) -> None:
    body = chat_body(max_tokens=20, seed=5)
    _, _, whole = await post(f"{sim}/v1/chat/completions", body)
    s = await stream(f"{sim}/v1/chat/completions", {**body, "stream": True})
    assert s.texts()[0] == whole["choices"][0]["message"]["content"]


async def test_chat_stream_with_n(sim: str) -> None:
    body = chat_body(max_tokens=5, n=3, stream=True, seed=9)
    s = await stream(f"{sim}/v1/chat/completions", body)
    assert s.done
    chunks = s.json()
    finishes = {
        c["choices"][0]["index"]: c["choices"][0]["finish_reason"]
        for c in chunks
        if c["choices"][0]["finish_reason"]
    }
    assert finishes == {0: "length", 1: "length", 2: "length"}
    texts = s.texts()
    assert sorted(texts) == [0, 1, 2]
    _, _, whole = await post(f"{sim}/v1/chat/completions", {**body, "stream": False})
    assert [texts[i] for i in range(3)] == [c["message"]["content"] for c in whole["choices"]]


# -- modes ------------------------------------------------------------------------------


async def test_echo_mode_repeats_the_last_user_message(start_sim: StartSim) -> None:
    url, _ = start_sim(mode="echo")
    body = {
        "model": "aire-sim",
        "messages": [
            {"role": "system", "content": "be brief"},
            {"role": "user", "content": "first"},
            {"role": "assistant", "content": "ok"},
            {"role": "user", "content": [{"type": "text", "text": "second question"}]},
        ],
    }
    _, _, data = await post(f"{url}/v1/chat/completions", body)
    assert data["choices"][0]["message"]["content"] == "second question"
    assert data["choices"][0]["finish_reason"] == "stop"


async def test_random_mode_text_comes_from_the_corpus(sim: str) -> None:
    from aire.sim.corpus import CORPUS

    _, _, data = await post(f"{sim}/v1/chat/completions", chat_body(max_tokens=8))
    text = data["choices"][0]["message"]["content"]
    assert text.strip() in CORPUS + CORPUS


@pytest.mark.parametrize("suffix", [".jsonl", ".yaml"])
async def test_script_mode(start_sim: StartSim, tmp_path: Path, suffix: str) -> None:
    rules = [
        {"match": "(?i)^hello$", "response": "Hi there!"},
        {"match": r"weather in (?P<city>\w+)", "response": r"Sunny in \g<city>.", "expand": True},
        {"match": "json please", "json": {"ok": True, "n": 3}},
        {"match": "only b", "response": "b says hi", "models": ["b"]},
        {"match": "cut", "response": "this is cut", "finish_reason": "length"},
    ]
    script = tmp_path / f"rules{suffix}"
    if suffix == ".jsonl":
        script.write_text("\n".join(orjson.dumps(r).decode() for r in rules) + "\n")
    else:
        import yaml

        script.write_text(yaml.safe_dump({"rules": rules}))
    url, _ = start_sim(mode="script", script=script, models=["aire-sim", "b"])

    async def answer(prompt: str, model: str = "aire-sim") -> tuple[str, str]:
        body = {**chat_body(prompt), "model": model}
        _, _, data = await post(f"{url}/v1/chat/completions", body)
        choice = data["choices"][0]
        return choice["message"]["content"], choice["finish_reason"]

    assert await answer("HELLO") == ("Hi there!", "stop")
    assert await answer("what is the weather in Paris today") == ("Sunny in Paris.", "stop")
    assert orjson.loads((await answer("json please"))[0]) == {"ok": True, "n": 3}
    assert await answer("only b", model="b") == ("b says hi", "stop")
    assert (await answer("only b"))[0] != "b says hi"  # no rule: random text
    assert await answer("cut") == ("this is cut", "length")


# -- completions ----------------------------------------------------------------------


async def test_completion_shape(sim: str) -> None:
    status, _, data = await post(
        f"{sim}/v1/completions", {"model": "aire-sim", "prompt": "Once upon", "max_tokens": 5}
    )
    assert status == 200
    assert data["object"] == "text_completion"
    assert data["id"].startswith("cmpl-")
    choice = data["choices"][0]
    assert set(choice) == {"text", "index", "logprobs", "finish_reason"}
    assert choice["finish_reason"] == "length"
    assert data["usage"] == {"prompt_tokens": 2, "completion_tokens": 5, "total_tokens": 7}


async def test_completion_default_max_tokens_is_16(start_sim: StartSim) -> None:
    url, _ = start_sim(output_tokens=100, output_tokens_jitter=0.0)
    _, _, data = await post(f"{url}/v1/completions", {"model": "aire-sim", "prompt": "x"})
    assert data["usage"]["completion_tokens"] == 16


async def test_completion_prompt_forms(sim: str) -> None:
    async def run(prompt: object, n: int = 1) -> dict[str, object]:
        body = {"model": "aire-sim", "prompt": prompt, "max_tokens": 2, "n": n}
        status, _, data = await post(f"{sim}/v1/completions", body)
        assert status == 200, data
        return dict(data)

    assert len((await run(["a", "b", "c"]))["choices"]) == 3  # type: ignore[arg-type]
    data = await run([1, 2, 3, 4])
    assert data["usage"]["prompt_tokens"] == 4  # type: ignore[index]
    data = await run([[1, 2], [3, 4, 5]], n=2)
    assert [c["index"] for c in data["choices"]] == [0, 1, 2, 3]  # type: ignore[attr-defined]
    assert data["usage"]["prompt_tokens"] == 5  # type: ignore[index]
    status, _, err = await post(f"{sim}/v1/completions", {"model": "aire-sim", "prompt": []})
    assert status == 400
    assert err["error"]["param"] == "prompt"


async def test_completion_echo_puts_each_prompt_first(sim: str) -> None:
    body = {"model": "aire-sim", "prompt": ["Alpha", "Beta"], "max_tokens": 3, "echo": True}
    _, _, data = await post(f"{sim}/v1/completions", {**body, "n": 2})
    texts = [c["text"] for c in data["choices"]]
    assert [t[:4] for t in texts] == ["Alph", "Alph", "Beta", "Beta"]
    assert texts[0] != texts[1]  # n=2: two answers to the same prompt
    s = await stream(f"{sim}/v1/completions", {**body, "stream": True})
    streamed = s.texts()
    assert streamed[0].startswith("Alpha")
    assert streamed[1].startswith("Beta")
    first = s.json()[0]["choices"][0]
    assert first["text"] == "Alpha"


async def test_completion_stream(sim: str) -> None:
    body = {
        "model": "aire-sim",
        "prompt": "Once",
        "max_tokens": 4,
        "stream": True,
        "stream_options": {"include_usage": True},
    }
    s = await stream(f"{sim}/v1/completions", body)
    assert s.done
    chunks = s.json()
    assert all(c["object"] == "text_completion" for c in chunks)
    assert chunks[-2]["choices"][0]["finish_reason"] == "length"
    assert chunks[-1]["usage"]["completion_tokens"] == 4
    assert count_tokens(s.texts()[0]) == 4


# -- embeddings ------------------------------------------------------------------------


async def test_embeddings(sim: str) -> None:
    body = {"model": "aire-sim", "input": ["the cat sat", "the cat sat down", "stock prices"]}
    status, _, data = await post(f"{sim}/v1/embeddings", body)
    assert status == 200
    assert data["object"] == "list"
    vectors = [d["embedding"] for d in data["data"]]
    assert [d["index"] for d in data["data"]] == [0, 1, 2]
    assert all(len(v) == 384 for v in vectors)
    assert all(math.isclose(sum(x * x for x in v), 1.0, rel_tol=1e-6) for v in vectors)

    def cos(a: list[float], b: list[float]) -> float:
        return sum(x * y for x, y in zip(a, b, strict=True))

    assert cos(vectors[0], vectors[1]) > cos(vectors[0], vectors[2])
    assert data["usage"]["prompt_tokens"] == data["usage"]["total_tokens"] > 0
    _, _, again = await post(f"{sim}/v1/embeddings", body)
    assert again["data"][0]["embedding"] == vectors[0]  # deterministic


async def test_embeddings_dimensions_and_base64(sim: str) -> None:
    body = {"model": "aire-sim", "input": "hello world", "dimensions": 8}
    _, _, data = await post(f"{sim}/v1/embeddings", body)
    floats = data["data"][0]["embedding"]
    assert len(floats) == 8
    _, _, data = await post(f"{sim}/v1/embeddings", {**body, "encoding_format": "base64"})
    raw = base64.b64decode(data["data"][0]["embedding"])
    assert list(struct.unpack("<8f", raw)) == pytest.approx(floats, rel=1e-6)
    status, _, err = await post(f"{sim}/v1/embeddings", {**body, "dimensions": 100_000})
    assert status == 400
    assert err["error"]["param"] == "dimensions"


async def test_embeddings_reject_empty_and_long_input(start_sim: StartSim) -> None:
    url, _ = start_sim(max_model_len=16)
    for bad in ("", [], ["ok", ""]):
        status, _, err = await post(f"{url}/v1/embeddings", {"model": "aire-sim", "input": bad})
        assert status == 400, bad
        assert err["error"]["param"] == "input"
    status, _, err = await post(
        f"{url}/v1/embeddings", {"model": "aire-sim", "input": "word " * 40}
    )
    assert status == 400
    assert err["error"]["code"] == "context_length_exceeded"
    status, _, _ = await post(f"{url}/v1/embeddings", {"model": "aire-sim", "input": [[1, 2]]})
    assert status == 200


# -- messages (Anthropic) ------------------------------------------------------------


async def test_messages_shape(sim: str) -> None:
    body = {
        "model": "aire-sim",
        "max_tokens": 6,
        "system": "be brief",
        "messages": [{"role": "user", "content": [{"type": "text", "text": "hello"}]}],
    }
    status, _, data = await post(f"{sim}/v1/messages", body)
    assert status == 200
    assert data["type"] == "message"
    assert data["id"].startswith("msg_")
    assert data["role"] == "assistant"
    assert data["content"][0]["type"] == "text"
    assert data["stop_reason"] == "max_tokens"
    assert data["stop_sequence"] is None
    assert data["usage"]["output_tokens"] == 6
    assert data["usage"]["input_tokens"] == 2 + 1 + 2 * 4 + 3


async def test_messages_stop_sequence(start_sim: StartSim) -> None:
    url, _ = start_sim(mode="echo")
    body = {
        "model": "aire-sim",
        "max_tokens": 50,
        "stop_sequences": ["STOP"],
        "messages": [{"role": "user", "content": "go on STOP and more"}],
    }
    _, _, data = await post(f"{url}/v1/messages", body)
    assert data["content"][0]["text"] == "go on "
    assert data["stop_reason"] == "stop_sequence"
    assert data["stop_sequence"] == "STOP"
    _, _, data = await post(f"{url}/v1/messages", {**body, "stop_sequences": []})
    assert data["stop_reason"] == "end_turn"


async def test_messages_stream_events(sim: str) -> None:
    body = {
        "model": "aire-sim",
        "max_tokens": 5,
        "stream": True,
        "messages": [{"role": "user", "content": "hello"}],
    }
    s = await stream(f"{sim}/v1/messages", body)
    names = [name for name, _ in s.events]
    assert names[:3] == ["message_start", "content_block_start", "ping"]
    assert names[3:8] == ["content_block_delta"] * 5
    assert names[8:] == ["content_block_stop", "message_delta", "message_stop"]
    payloads = s.json()
    assert all(p["type"] == n for p, n in zip(payloads, names, strict=True))
    text = "".join(p["delta"]["text"] for p in payloads if p["type"] == "content_block_delta")
    assert count_tokens(text) == 5
    assert payloads[-2]["delta"]["stop_reason"] == "max_tokens"
    assert payloads[-2]["usage"]["output_tokens"] == 5


# -- the plain-chat fast path agrees with full validation -------------------------------

PLAIN = {"model": "aire-sim", "messages": [{"role": "user", "content": "hi there"}]}


@pytest.mark.parametrize(
    "extra",
    [
        {},
        {"max_tokens": 5, "n": 3, "seed": 9, "stop": ["\n", ""], "temperature": 0.7},
        {"max_completion_tokens": 7, "max_tokens": 2, "top_p": 1, "ignore_eos": True},
        {"stream": True, "stream_options": {"include_usage": True}, "stop": "x", "user": "u"},
        {"messages": [
            {"role": "system", "content": "sys"},
            {"role": "user", "content": "a", "name": "bob"},
            {"role": "assistant", "content": "b"},
            {"role": "developer", "content": "dev"},
        ]},
    ],
)  # fmt: skip
def test_fast_path_builds_the_same_request(extra: dict[str, object]) -> None:
    from aire.protocol.openai import ChatCompletionRequest, parse_request
    from aire.sim.endpoints import chat_request, simple_chat, simple_chat_request

    body = orjson.dumps({**PLAIN, **extra})
    simple = simple_chat(body)
    assert simple is not None
    assert simple_chat_request(simple, 4096) == chat_request(
        parse_request(ChatCompletionRequest, body), 4096
    )


@pytest.mark.parametrize(
    "extra",
    [
        {"max_tokens": True},
        {"max_tokens": 0},
        {"max_tokens": 2.0},
        {"n": 0},
        {"n": 129},
        {"temperature": 3},
        {"top_p": "1"},
        {"stream": 1},
        {"stop": [1]},
        {"stream_options": {"include_usage": True, "x": 1}},
        {"model": ""},
        {"messages": []},
        {"messages": [{"role": "user", "content": [{"type": "text", "text": "hi"}]}]},
        {"messages": [{"role": "tool", "content": "x", "tool_call_id": "1"}]},
        {"messages": [{"role": "user"}]},
        {"tools": []},
        {"response_format": {"type": "text"}},
        {"logprobs": True},
    ],
)
def test_anything_unusual_takes_full_validation(extra: dict[str, object]) -> None:
    from aire.sim.endpoints import simple_chat

    assert simple_chat(orjson.dumps({**PLAIN, **extra})) is None
    assert simple_chat(b"{broken") is None
    assert simple_chat(b"[1]") is None
