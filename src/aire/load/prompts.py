"""Request bodies: synthetic prompts of sampled lengths, or prompts from a JSONL file.

Bodies are serialised once, before the run, so sending a request costs no JSON work.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import orjson

from aire.config.load import LengthDist, LoadConfig
from aire.errors import InputFileError
from aire.jsonl import read_jsonl
from aire.tokenizer import count_tokens

__all__ = ["Prompt", "build_prompts", "sample_length", "synthetic_text"]

# Short words: with the built-in tokenizer each " word" is exactly one token.
_WORD_TEXT = (
    "time year people way day man thing woman life child world school state family "
    "student group country problem hand part place case week company system program "
    "question work government number night point home water room mother area money "
    "story fact month lot right study book eye job word business issue side kind "
    "head house service friend father power hour game line end member law car city "
    "name team minute idea kid body back parent face others level office door health "
    "person art war history party result change morning reason research girl guy "
    "moment air teacher force order river stone cloud light paper music field market "
    "garden"
)
_WORDS = tuple(w for w in _WORD_TEXT.split() if len(w) <= 8)

#: pool of synthetic prompts when only a duration bounds the run (cycled)
_POOL = 1024


@dataclass(frozen=True, slots=True)
class Prompt:
    body: bytes
    input_tokens: int  # counted with aire's tokenizer; the server's usage wins when given
    max_tokens: int


def sample_length(rng: random.Random, dist: LengthDist, mean: int, stdev: float) -> int:
    """One length >= 1 from ``dist`` with this mean and standard deviation."""
    if dist == "fixed" or stdev <= 0.0:
        return mean
    if dist == "normal":
        value = rng.gauss(mean, stdev)
    elif dist == "uniform":
        half = math.sqrt(3.0) * stdev  # the uniform law with this standard deviation
        value = rng.uniform(mean - half, mean + half)
    else:
        sigma2 = math.log(1.0 + (stdev / mean) ** 2)
        value = rng.lognormvariate(math.log(mean) - sigma2 / 2.0, math.sqrt(sigma2))
    return max(1, round(value))


def synthetic_text(rng: random.Random | np.random.Generator, tokens: int) -> str:
    """Random words, exactly ``tokens`` tokens long; random from the first word on, so a
    server's prefix cache does not make one prompt cheaper than another."""
    if isinstance(rng, random.Random):
        return " ".join(rng.choices(_WORDS, k=tokens))
    return " ".join(map(_WORDS.__getitem__, rng.integers(0, len(_WORDS), tokens).tolist()))


def build_prompts(config: LoadConfig, model: str, count: int | None) -> list[Prompt]:
    """Prompts for a run: ``count`` synthetic ones (or a pool), or the dataset's lines."""
    rng = random.Random(config.seed)
    if config.dataset is not None:
        items = _read_dataset(config.dataset)
        if config.shuffle:
            rng.shuffle(items)
        return [_prompt(config, model, rng, content, max_tokens) for content, max_tokens in items]
    words = np.random.default_rng(config.seed)  # numpy: 10x faster for long prompts
    prompts = []
    for _ in range(count or _POOL):
        n = sample_length(rng, config.input_dist, config.input_tokens, config.input_tokens_stdev)
        prompts.append(_prompt(config, model, rng, synthetic_text(words, n), None, n))
    return prompts


Content = str | list[dict[str, Any]]


def _prompt(
    config: LoadConfig,
    model: str,
    rng: random.Random,
    content: Content,
    max_tokens: int | None,
    input_tokens: int | None = None,
) -> Prompt:
    if max_tokens is None:
        max_tokens = sample_length(
            rng, config.output_dist, config.output_tokens, config.output_tokens_stdev
        )
    body: dict[str, Any] = {"model": model}
    if config.api == "chat":
        messages = content if isinstance(content, list) else [{"role": "user", "content": content}]
        body["messages"] = messages
        text = "\n".join(_message_text(m) for m in messages)
    else:
        text = content if isinstance(content, str) else "\n".join(map(_message_text, content))
        body["prompt"] = text
    body["max_tokens"] = max_tokens
    if config.temperature is not None:
        body["temperature"] = config.temperature
    if config.ignore_eos:
        body["ignore_eos"] = True
    if config.stream:
        body["stream"] = True
        if config.include_usage:
            body["stream_options"] = {"include_usage": True}
    if input_tokens is None:
        input_tokens = count_tokens(text)
    return Prompt(orjson.dumps(body), input_tokens, max_tokens)


def _message_text(message: dict[str, Any]) -> str:
    content = message.get("content")
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # content parts: count the text ones
        return "".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
    return ""


def _read_dataset(path: Path) -> list[tuple[Content, int | None]]:
    source = str(path)
    items: list[tuple[Content, int | None]] = []
    for record in read_jsonl(path, objects=False):
        try:
            items.append(_parse_record(record.value))
        except ValueError as exc:
            raise InputFileError(str(exc), file=source, line=record.line) from None
    if not items:
        raise InputFileError("the dataset has no prompts", file=source)
    return items


def _parse_record(data: Any) -> tuple[Content, int | None]:
    if isinstance(data, str):
        return data, None
    if not isinstance(data, dict):
        raise ValueError('expected an object {"prompt": ...} or {"messages": [...]}, or a string')
    max_tokens = data.get("max_tokens", data.get("output_tokens"))
    if max_tokens is not None and (
        not isinstance(max_tokens, int) or isinstance(max_tokens, bool) or max_tokens < 1
    ):
        raise ValueError("max_tokens must be a positive integer")
    if isinstance(data.get("prompt"), str):
        return data["prompt"], max_tokens
    messages = data.get("messages")
    if (
        isinstance(messages, list)
        and messages
        and all(isinstance(m, dict) and isinstance(m.get("role"), str) for m in messages)
    ):
        return messages, max_tokens
    raise ValueError(
        'each line needs "prompt" (a string) or "messages" (a list of {"role", "content"})'
    )
