"""CPU cost of the inbound dialects (``aire.gateway.inbound``): what translation adds.

    nice -n 10 .venv/bin/python benchmarks/gateway/inbound.py [--rounds 7]

Per request: ``to_chat`` of a ~2 KB client body (system prompt, 6 turns, 2 tools) and
``render`` of a 200-token ``chat.completion``. Per streamed chunk: ``feed`` of one chat SSE
event at a time (the worst case: the relay usually gets several events per read), over a
256-chunk stream with its usage chunk and ``[DONE]``. For scale, ``orjson.loads`` of each
event, which the OpenAI provider already does once per event. Medians over the rounds of
process CPU time (``time.process_time``), so other load on the machine inflates them less.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time
from collections.abc import Callable
from typing import Any

import orjson

from aire.gateway.inbound import DIALECTS

TOOLS_ANTHROPIC = [
    {
        "name": f"tool_{i}",
        "description": "Look something up in the company wiki and return the best passage.",
        "input_schema": {
            "type": "object",
            "properties": {"query": {"type": "string"}, "limit": {"type": "integer"}},
            "required": ["query"],
        },
    }
    for i in range(2)
]
TURN = "Please summarise the incident report and list the follow-up actions with owners. " * 3


def anthropic_body() -> dict[str, Any]:
    messages: list[dict[str, Any]] = []
    for i in range(3):
        messages.append({"role": "user", "content": [{"type": "text", "text": f"{i} {TURN}"}]})
        messages.append({"role": "assistant", "content": [{"type": "text", "text": TURN}]})
    messages.append({"role": "user", "content": TURN})
    return {
        "model": "chat",
        "max_tokens": 512,
        "system": [{"type": "text", "text": "You are a careful SRE assistant. " * 8}],
        "messages": messages,
        "tools": TOOLS_ANTHROPIC,
    }


def responses_body() -> dict[str, Any]:
    items: list[dict[str, Any]] = []
    for i in range(3):
        items.append({"role": "user", "content": [{"type": "input_text", "text": f"{i} {TURN}"}]})
        items.append({"role": "assistant", "content": [{"type": "output_text", "text": TURN}]})
    items.append({"role": "user", "content": TURN})
    tools = [
        {"type": "function", "name": t["name"], "parameters": t["input_schema"]}
        for t in TOOLS_ANTHROPIC
    ]
    return {
        "model": "chat",
        "instructions": "You are a careful SRE assistant. " * 8,
        "input": items,
        "tools": tools,
        "max_output_tokens": 512,
    }


def chat_completion(tokens: int) -> bytes:
    return orjson.dumps(
        {
            "id": "chatcmpl-1",
            "object": "chat.completion",
            "created": 1,
            "model": "m",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": " word" * tokens},
                    "finish_reason": "stop",
                }
            ],
            "usage": {
                "prompt_tokens": 400,
                "completion_tokens": tokens,
                "total_tokens": 400 + tokens,
            },
        }
    )


def chat_stream_events(chunks: int) -> list[bytes]:
    def event(obj: dict[str, Any]) -> bytes:
        return b"data: " + orjson.dumps(obj) + b"\n\n"

    base = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1, "model": "m"}
    out = [
        event(
            {
                **base,
                "choices": [
                    {
                        "index": 0,
                        "delta": {"role": "assistant", "content": ""},
                        "finish_reason": None,
                    }
                ],
            }
        )
    ]
    for _ in range(chunks):
        out.append(
            event(
                {
                    **base,
                    "choices": [
                        {
                            "index": 0,
                            "delta": {"content": " word"},
                            "logprobs": None,
                            "finish_reason": None,
                        }
                    ],
                }
            )
        )
    out.append(event({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}))
    usage = {"prompt_tokens": 400, "completion_tokens": chunks, "total_tokens": 400 + chunks}
    out.append(event({**base, "choices": [], "usage": usage}))
    out.append(b"data: [DONE]\n\n")
    return out


def cpu_us(fn: Callable[[], object], repeat: int) -> float:
    t0 = time.process_time()
    for _ in range(repeat):
        fn()
    return (time.process_time() - t0) / repeat * 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    chunks = 256
    events = chat_stream_events(chunks)
    body200 = chat_completion(200)
    bodies = {"anthropic_messages": anthropic_body(), "openai_responses": responses_body()}
    rows: dict[str, list[float]] = {}

    def add(name: str, value: float) -> None:
        rows.setdefault(name, []).append(value)

    for _ in range(args.rounds):
        add(
            "orjson.loads per event (baseline)",
            cpu_us(lambda: [orjson.loads(e[6:]) for e in events[:-1]], 200) / (chunks + 3),
        )
        for name, body in bodies.items():
            dialect = DIALECTS.get(name)
            add(
                f"{name}: to_chat (~2 KB body)",
                cpu_us(lambda d=dialect, b=body: d.to_chat(b), 2000),
            )
            add(
                f"{name}: render (200 tokens)",
                cpu_us(
                    lambda d=dialect, b=body: d.render(
                        body200, model="chat", request_id="r", request=b
                    ),
                    2000,
                ),
            )

            def stream(d: Any = dialect) -> None:
                r = d.stream(model="chat", request_id="r", input_tokens_estimate=400)
                for e in events:
                    r.feed(e)

            add(f"{name}: feed per chunk", cpu_us(stream, 200) / (chunks + 3))
    machine = platform.processor() or platform.machine()
    print(f"# {machine}, Python {platform.python_version()}, rounds {args.rounds}")
    for name, values in rows.items():
        print(f"{name:55s} {statistics.median(values):8.2f} us")


if __name__ == "__main__":
    main()
