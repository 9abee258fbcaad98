"""Cost of request-shape validation at the edge (``aire.gateway.validate``), per request.

Compares the hand-written validator with the simulator's pydantic models
(``aire.protocol.openai``: ``model_validate`` on the dict the gateway already parsed, and
``model_validate_json`` on the raw bytes as the simulator does), which check less (no
content parts, tool-call shapes, combinations or JSON Schemas). ``orjson.loads`` of the
same body is shown for scale. Single-threaded, in-process; best of ``--repeat`` runs of
``--number`` calls each, and the median of the runs.

    nice -n 10 .venv/bin/python benchmarks/gateway/validate_bench.py [--out FILE.json]
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import timeit
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

import orjson

from aire.gateway.validate import validate_request
from aire.protocol.openai import ChatCompletionRequest, CompletionRequest, EmbeddingRequest

TEXT = "Summarise the following paragraph in one sentence. " * 8
TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Weather of a city",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}, "unit": {"enum": ["c", "f"]}},
            "required": ["city"],
        },
    },
}
CASES: dict[str, tuple[str, dict[str, Any], type[Any]]] = {
    "chat, 3 messages (typical)": (
        "chat",
        {
            "model": "llama-3-8b",
            "messages": [
                {"role": "system", "content": "You are a helpful assistant."},
                {"role": "user", "content": TEXT},
                {"role": "assistant", "content": "Sure."},
            ],
            "temperature": 0.7,
            "max_tokens": 256,
            "stream": True,
            "stream_options": {"include_usage": True},
        },
        ChatCompletionRequest,
    ),
    "chat, 20 messages with image parts": (
        "chat",
        {
            "model": "m",
            "messages": [
                {
                    "role": "user" if i % 2 == 0 else "assistant",
                    "content": [
                        {"type": "text", "text": TEXT},
                        {"type": "image_url", "image_url": {"url": "https://x/a.png"}},
                    ]
                    if i % 2 == 0
                    else "ok",
                }
                for i in range(20)
            ],
        },
        ChatCompletionRequest,
    ),
    "chat, tools + tool round trip + json_schema": (
        "chat",
        {
            "model": "m",
            "messages": [
                {"role": "user", "content": "weather in Paris?"},
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {
                            "id": "call_1",
                            "type": "function",
                            "function": {"name": "get_weather", "arguments": '{"city":"Paris"}'},
                        }
                    ],
                },
                {"role": "tool", "tool_call_id": "call_1", "content": "18 C, sunny"},
            ],
            "tools": [TOOL] * 4,
            "tool_choice": "auto",
            "response_format": {
                "type": "json_schema",
                "json_schema": {"name": "answer", "schema": TOOL["function"]["parameters"]},  # type: ignore[index]
            },
        },
        ChatCompletionRequest,
    ),
    "completions": (
        "completions",
        {"model": "m", "prompt": TEXT, "max_tokens": 16},
        CompletionRequest,
    ),
    "embeddings, 16 inputs": ("embeddings", {"model": "m", "input": [TEXT] * 16}, EmbeddingRequest),
}


def per_call_us(fn: Callable[[], object], number: int, repeat: int) -> tuple[float, float]:
    runs = timeit.repeat(fn, number=number, repeat=repeat)
    return min(runs) / number * 1e6, statistics.median(runs) / number * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--number", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    rows = []
    for name, (endpoint, body, model) in CASES.items():
        raw = orjson.dumps(body)
        for limits in (False, True):
            validate_request(endpoint, body, openai_limits=limits)  # warm the schema cache
        measured: dict[str, Callable[[], object]] = {
            "aire.gateway.validate": partial(validate_request, endpoint, body, openai_limits=False),
            "... openai_limits=True": partial(validate_request, endpoint, body, openai_limits=True),
            "pydantic model_validate(dict)": partial(model.model_validate, body),
            "pydantic model_validate_json(bytes)": partial(model.model_validate_json, raw),
            "orjson.loads (for scale)": partial(orjson.loads, raw),
        }
        for how, fn in measured.items():
            best, median = per_call_us(fn, args.number, args.repeat)
            rows.append(
                {"case": name, "how": how, "best_us": round(best, 2), "median_us": round(median, 2)}
            )
            print(f"{name:<45} {how:<38} best {best:7.2f} us  median {median:7.2f} us")
    if args.out:
        result = {
            "date": datetime.now(UTC).isoformat(timespec="seconds"),
            "machine": {
                "cpu": platform.processor() or platform.machine(),
                "python": platform.python_version(),
            },
            "number": args.number,
            "repeat": args.repeat,
            "rows": rows,
        }
        args.out.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
