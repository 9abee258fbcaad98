"""CPU cost of action guardrails (``aire.gateway.tool_calls``, ``aire.guard.tools``).

    nice -n 10 .venv/bin/python benchmarks/gateway/tool_guard.py [--rounds 7]

Policy: allowed globs, max_calls, 5 argument rules (min/max, max_total, enum, regex, a
JSON Schema). Per streamed chunk, one SSE event per ``feed`` (the worst case): a 256-chunk
text answer (no call: the byte pre-filter passes it as it is) and a call whose ~1.2 KB of
arguments come in 256 pieces (held, merged, checked once, sent whole). Per whole answer:
``check_body`` on a 200-token text answer and on one with 3 calls. Per call:
``AnswerCheck.check``. For scale, ``orjson.loads`` of one chunk event and the guard's own
``process_events`` per text chunk (an output scan with the secrets scanner). Medians over
the rounds of process CPU time.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time
from collections.abc import Callable
from typing import Any

import orjson

from aire.config.guard import GuardPolicy
from aire.config.tools import ToolPolicy
from aire.gateway.guarding import GuardedRequest
from aire.gateway.tool_calls import StreamToolGate, check_body
from aire.guard import compile_policy
from aire.guard.tools import CompiledToolPolicy, ToolGate

POLICY = ToolPolicy.model_validate(
    {
        "allowed": ["get_*", "search", "transfer_funds"],
        "max_calls": 8,
        "rules": [
            {"tool": "transfer_funds", "arg": "amount", "min": 0.01, "max": 100},
            {"tool": "transfer_funds", "arg": "amount", "max_total": 250},
            {"tool": "transfer_funds", "arg": "currency", "enum": ["USD", "EUR"]},
            {"tool": "transfer_funds", "arg": "to", "regex": "acct-[0-9]{4,12}"},
            {
                "tool": "transfer_funds",
                "schema": {
                    "type": "object",
                    "required": ["amount", "currency", "to"],
                    "properties": {"memo": {"type": "string", "maxLength": 2000}},
                },
            },
        ],
    }
)
ARGS = orjson.dumps(
    {"amount": 42.5, "currency": "EUR", "to": "acct-12345678", "memo": "invoice 2026-11 " * 60}
).decode()


COMPILED = CompiledToolPolicy(POLICY, "guard.policies.p.tools")  # once, at start-up


def gate() -> ToolGate:
    return ToolGate([COMPILED])  # per request, as the stage does


def event(choice: dict[str, Any]) -> bytes:
    obj = {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "logprobs": None, "finish_reason": None, **choice}],
    }
    return b"data: " + orjson.dumps(obj) + b"\n\n"


def text_stream(chunks: int) -> list[bytes]:
    out = [event({"delta": {"role": "assistant", "content": ""}})]
    out += [event({"delta": {"content": f" word{i}"}}) for i in range(chunks)]
    out.append(event({"delta": {}, "finish_reason": "stop"}))
    return [*out, b"data: [DONE]\n\n"]


def call_stream(chunks: int) -> list[bytes]:
    first = {
        "index": 0,
        "id": "call_1",
        "type": "function",
        "function": {"name": "transfer_funds", "arguments": ""},
    }
    out = [event({"delta": {"role": "assistant", "content": None, "tool_calls": [first]}})]
    step = -(-len(ARGS) // chunks)
    for i in range(0, len(ARGS), step):
        part = {"index": 0, "function": {"arguments": ARGS[i : i + step]}}
        out.append(event({"delta": {"tool_calls": [part]}}))
    out.append(event({"delta": {}, "finish_reason": "tool_calls"}))
    return [*out, b"data: [DONE]\n\n"]


def body(calls: int, tokens: int = 200) -> bytes:
    message: dict[str, Any] = {"role": "assistant", "content": " word" * tokens}
    if calls:
        message = {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": f"c{i}",
                    "type": "function",
                    "function": {"name": "transfer_funds", "arguments": ARGS},
                }
                for i in range(calls)
            ],
        }
    return orjson.dumps(
        {
            "id": "x",
            "object": "chat.completion",
            "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
        }
    )


def cpu_per_item(work: Callable[[], int], rounds: int) -> float:
    """Median CPU seconds per item; ``work`` returns how many items it did."""
    samples = []
    for _ in range(rounds):
        t0 = time.process_time()
        n = 0
        while time.process_time() - t0 < 0.3:
            n += work()
        samples.append((time.process_time() - t0) / n)
    return statistics.median(samples)


def feed_all(events: list[bytes]) -> Callable[[], int]:
    def work() -> int:
        sg = StreamToolGate(gate(), [])
        for e in events:
            sg.feed(e)
        sg.finish()
        assert sg.blocked is None
        return len(events)

    return work


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    rounds = parser.parse_args().rounds
    text, calls = text_stream(256), call_stream(256)
    guard = compile_policy(GuardPolicy.model_validate({"input": [], "output": ["secrets"]}))

    def guard_scan() -> int:
        guarded = GuardedRequest(guard, "chat", "r")
        for e in text:
            guarded.process_events(e)
        return len(text)

    def loads() -> int:
        for e in text:
            orjson.loads(e[6:]) if e != b"data: [DONE]\n\n" else None
        return len(text)

    whole_text, whole_calls = body(0), body(3)

    def check_text() -> int:
        check_body(gate(), whole_text, [])
        return 1

    def check_calls() -> int:
        check_body(gate(), whole_calls, [])
        return 1

    g = gate()

    def one_call() -> int:
        answer = g.answer()
        for _ in range(8):
            answer.check("transfer_funds", '{"amount": 5, "currency": "EUR", "to": "acct-1234"}')
        return 8

    rows = [
        ("stream, per text chunk (no call: pre-filter)", cpu_per_item(feed_all(text), rounds)),
        (
            f"stream, per chunk of a call ({len(ARGS)} chars in 256 pieces)",
            cpu_per_item(feed_all(calls), rounds),
        ),
        ("whole answer, 200 tokens of text", cpu_per_item(check_text, rounds)),
        ("whole answer, 3 calls", cpu_per_item(check_calls, rounds)),
        ("one call checked (5 rules, short arguments)", cpu_per_item(one_call, rounds)),
        ("for scale: orjson.loads of one chunk event", cpu_per_item(loads, rounds)),
        (
            "for scale: guard process_events per text chunk (secrets)",
            cpu_per_item(guard_scan, rounds),
        ),
    ]
    print(f"{platform.processor() or platform.machine()}, Python {platform.python_version()}")
    print("| step | CPU per item |\n|---|---|")
    for name, seconds in rows:
        print(f"| {name} | {seconds * 1e6:.2f} us |")


if __name__ == "__main__":
    main()
