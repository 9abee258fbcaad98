"""Bytes on the wire for each API: full bodies and SSE events, built from a plan.

A token's SSE event is a fixed prefix, the token as a JSON string and a fixed suffix, so
the prefixes and suffixes are built once per request and a run of tokens is framed by
one ``join`` (``tokens``): the cost of a streamed token is one ``orjson.dumps``. The SSE
framing itself (``data: ``, the blank line, ``[DONE]``) comes from ``aire.sse``; JSON from
orjson has no raw line breaks, so one data line per event is valid SSE.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any, Protocol

import orjson

from aire import sse
from aire.sim.generate import Choice

__all__ = ["AnthropicFramer", "ChatFramer", "CompletionFramer", "EmbeddingFramer", "Framer"]

_dumps = orjson.dumps


class _JsonStrings(dict[str, bytes]):
    """Token -> its JSON string bytes. Answers are drawn from a small corpus, so a lookup
    replaces most encodings; the table stops growing at a bound (echoed text is unbounded).
    """

    def __missing__(self, token: str) -> bytes:
        encoded = _dumps(token)
        if len(self) < 100_000:
            self[token] = encoded
        return encoded


_json_str = _JsonStrings().__getitem__


class Framer(Protocol):
    def body(self, choices: list[Choice], prompt_tokens: int) -> bytes: ...
    def head(self, choices: list[Choice], prompt_tokens: int) -> bytes: ...
    def token(self, index: int, choice: Choice, token: str) -> bytes: ...
    def tokens(self, index: int, choice: Choice, start: int, stop: int) -> bytes: ...
    def extend_tokens(
        self, parts: list[bytes], index: int, choice: Choice, start: int, stop: int
    ) -> None: ...
    def finish(self, index: int, choice: Choice) -> bytes: ...
    def end(self, choices: list[Choice], prompt_tokens: int) -> bytes: ...
    def stream_body(self, choices: list[Choice], prompt_tokens: int) -> bytes: ...
    def malformed(self) -> bytes: ...


class _Templated:
    """Token events as ``prefix + json(token) + suffix``; subclasses give the affixes."""

    def affixes(self, index: int, choice: Choice) -> tuple[bytes, bytes]:
        raise NotImplementedError

    def head(self, choices: list[Choice], prompt_tokens: int) -> bytes:
        raise NotImplementedError

    def finish(self, index: int, choice: Choice) -> bytes:
        raise NotImplementedError

    def end(self, choices: list[Choice], prompt_tokens: int) -> bytes:
        raise NotImplementedError

    def stream_body(self, choices: list[Choice], prompt_tokens: int) -> bytes:
        """The whole SSE body of an answer sent at once."""
        head = self.head(choices, prompt_tokens)
        end = self.end(choices, prompt_tokens)
        if len(choices) == 1 and choices[0].tokens:
            # one join with the separator between tokens: the bytes are copied once
            c = choices[0]
            prefix, suffix = self.affixes(0, c)
            items = c.encoded_tokens()
            items = list(items) if items is not None else list(map(_json_str, c.tokens))
            items[0] = head + prefix + items[0]
            items[-1] = items[-1] + suffix + self.finish(0, c) + end
            return (suffix + prefix).join(items)
        parts = [head]
        for i, c in enumerate(choices):
            if not c.tokens:
                parts.append(self.finish(i, c))
        for i, c in enumerate(choices):
            if c.tokens:
                self.extend_tokens(parts, i, c, 0, len(c.tokens))
                parts.append(self.finish(i, c))
        parts.append(end)
        return b"".join(parts)

    def token(self, index: int, choice: Choice, token: str) -> bytes:
        prefix, suffix = self.affixes(index, choice)
        return prefix + _json_str(token) + suffix

    def tokens(self, index: int, choice: Choice, start: int, stop: int) -> bytes:
        """The events of ``choice.tokens[start:stop]``."""
        parts: list[bytes] = []
        self.extend_tokens(parts, index, choice, start, stop)
        return b"".join(parts)

    def extend_tokens(
        self, parts: list[bytes], index: int, choice: Choice, start: int, stop: int
    ) -> None:
        """Append the events of ``choice.tokens[start:stop]`` to ``parts`` (one inner join:
        the bytes are copied once here and once when ``parts`` is joined)."""
        tokens = choice.tokens
        whole = start == 0 and stop >= len(tokens)
        known = choice.encoded_tokens()
        encoded: Iterable[bytes]
        if known is not None:
            encoded = known if whole else known[start:stop]
        else:
            encoded = map(_json_str, tokens if whole else tokens[start:stop])
        if start < min(stop, len(tokens)):
            prefix, suffix = self.affixes(index, choice)
            parts += (prefix, (suffix + prefix).join(encoded), suffix)


def _usage(prompt_tokens: int, completion_tokens: int) -> dict[str, int]:
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }


def _completion_tokens(choices: list[Choice]) -> int:
    return sum(len(c.tokens) for c in choices)


_envelopes: dict[tuple[str, int, str], bytes] = {}


class _OpenAIChunks(_Templated):
    """The ``data: {...,"choices":[...]}`` envelope shared by chat and completions."""

    def __init__(self, request_id: str, model: str, include_usage: bool, obj: str) -> None:
        self.id = request_id
        self.model = model
        self.created = int(time.time())
        self.include_usage = include_usage
        self._object = obj
        self._affixes: dict[tuple[int, bool], tuple[bytes, bytes]] = {}
        self._pre_bytes: bytes | None = None
        self._post = (b'],"usage":null}' if include_usage else b"]}") + sse.END

    @property
    def _pre(self) -> bytes:
        """``data: {"id":...,"choices":[`` (built on first use: whole answers never need it)."""
        pre = self._pre_bytes
        if pre is None:
            key = (self._object, self.created, self.model)
            rest = _envelopes.get(key)
            if rest is None:  # the part after the id changes once a second
                if len(_envelopes) > 64:
                    _envelopes.clear()
                rest = _envelopes[key] = (
                    f'","object":"{self._object}","created":{self.created},"model":'.encode()
                    + _dumps(self.model)
                    + b',"system_fingerprint":"fp_aire_sim","choices":['
                )
            pre = self._pre_bytes = sse.DATA + b'{"id":"' + self.id.encode() + rest
        return pre

    def _chunk(self, choice_obj: dict[str, Any]) -> bytes:
        return self._pre + _dumps(choice_obj) + self._post

    def end(self, choices: list[Choice], prompt_tokens: int) -> bytes:
        tail = b""
        if self.include_usage:
            usage = _usage(prompt_tokens, _completion_tokens(choices))
            tail = (
                self._pre[: -len(b'"choices":[')]
                + b'"choices":[],"usage":'
                + _dumps(usage)
                + b"}"
                + sse.END
            )
        return tail + sse.DONE


_CHAT_TEXT_BODY = (
    b'{"id":"%s","object":"chat.completion","created":%d,"model":%s,'
    b'"system_fingerprint":"fp_aire_sim","choices":[{"index":0,"message":{"role":"assistant",'
    b'"content":%s,"refusal":null},"logprobs":null,"finish_reason":"%s"}],'
    b'"usage":{"prompt_tokens":%d,"completion_tokens":%d,"total_tokens":%d}}'
)


_CHAT_ROLE = (
    b'{"index":%d,"delta":{"role":"assistant","content":""},"logprobs":null,"finish_reason":null}'
)
_CHAT_FINISH = b'{"index":%d,"delta":{},"logprobs":null,"finish_reason":"%s"}'


class ChatFramer(_OpenAIChunks):
    """``/v1/chat/completions``: ``chat.completion`` bodies and ``chat.completion.chunk`` SSE."""

    def __init__(self, request_id: str, model: str, include_usage: bool) -> None:
        super().__init__(request_id, model, include_usage, "chat.completion.chunk")

    def affixes(self, index: int, choice: Choice) -> tuple[bytes, bytes]:
        key = (index, choice.tool_name is not None)
        found = self._affixes.get(key)
        if found is None:
            if choice.tool_name is not None:
                found = (
                    self._pre
                    + b'{"index":%d,"delta":{"tool_calls":[{"index":0,"function":{"arguments":'
                    % index,
                    b'}}]},"logprobs":null,"finish_reason":null}' + self._post,
                )
            else:
                found = (
                    self._pre + b'{"index":%d,"delta":{"content":' % index,
                    b'},"logprobs":null,"finish_reason":null}' + self._post,
                )
            self._affixes[key] = found
        return found

    def body(self, choices: list[Choice], prompt_tokens: int) -> bytes:
        if len(choices) == 1 and choices[0].tool_name is None:
            return self._text_body(choices[0], prompt_tokens)
        out = []
        for i, c in enumerate(choices):
            message: dict[str, Any] = {"role": "assistant", "content": None, "refusal": None}
            if c.tool_name is not None:
                message["tool_calls"] = [
                    {
                        "id": c.tool_id,
                        "type": "function",
                        "function": {"name": c.tool_name, "arguments": c.text},
                    }
                ]
            else:
                message["content"] = c.text
            out.append(
                {"index": i, "message": message, "logprobs": None, "finish_reason": c.finish_reason}
            )
        return _dumps(
            {
                "id": self.id,
                "object": "chat.completion",
                "created": self.created,
                "model": self.model,
                "system_fingerprint": "fp_aire_sim",
                "choices": out,
                "usage": _usage(prompt_tokens, _completion_tokens(choices)),
            }
        )

    def _text_body(self, c: Choice, prompt_tokens: int) -> bytes:
        """``body`` of one text answer, from a byte template (the common case)."""
        completion = len(c.tokens)
        return _CHAT_TEXT_BODY % (
            self.id.encode(),
            self.created,
            _dumps(self.model),
            _dumps(c.text),
            c.finish_reason.encode(),
            prompt_tokens,
            completion,
            prompt_tokens + completion,
        )

    def head(self, choices: list[Choice], prompt_tokens: int) -> bytes:
        parts = []
        for i, c in enumerate(choices):
            if c.tool_name is None:
                parts.append(self._pre + _CHAT_ROLE % i + self._post)
                continue
            delta: dict[str, Any] = {"role": "assistant", "content": ""}
            if c.tool_name is not None:
                delta = {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {
                            "index": 0,
                            "id": c.tool_id,
                            "type": "function",
                            "function": {"name": c.tool_name, "arguments": ""},
                        }
                    ],
                }
            parts.append(
                self._chunk({"index": i, "delta": delta, "logprobs": None, "finish_reason": None})
            )
        return b"".join(parts)

    def finish(self, index: int, choice: Choice) -> bytes:
        return self._pre + _CHAT_FINISH % (index, choice.finish_reason.encode()) + self._post

    def malformed(self) -> bytes:
        return self._pre + b'{"index":0,"delta":{"content":"trunc' + sse.END


class CompletionFramer(_OpenAIChunks):
    """``/v1/completions``: ``text_completion`` bodies and chunks."""

    def __init__(
        self, request_id: str, model: str, include_usage: bool, echo: str | list[str] = ""
    ) -> None:
        super().__init__(request_id, model, include_usage, "text_completion")
        #: prompt text to put before each choice (``echo``): one for all, or one per choice
        self.echo = echo

    def _echo(self, index: int) -> str:
        echo = self.echo
        if isinstance(echo, str):
            return echo
        return echo[index] if index < len(echo) else ""

    def _text_chunk(self, index: int, text: str, finish: str | None) -> bytes:
        return self._chunk(
            {"text": text, "index": index, "logprobs": None, "finish_reason": finish}
        )

    def affixes(self, index: int, choice: Choice) -> tuple[bytes, bytes]:
        key = (index, False)
        found = self._affixes.get(key)
        if found is None:
            found = self._affixes[key] = (
                self._pre + b'{"text":',
                b',"index":%d,"logprobs":null,"finish_reason":null}' % index + self._post,
            )
        return found

    def body(self, choices: list[Choice], prompt_tokens: int) -> bytes:
        return _dumps(
            {
                "id": self.id,
                "object": "text_completion",
                "created": self.created,
                "model": self.model,
                "system_fingerprint": "fp_aire_sim",
                "choices": [
                    {
                        "text": self._echo(i) + c.text,
                        "index": i,
                        "logprobs": None,
                        "finish_reason": c.finish_reason,
                    }
                    for i, c in enumerate(choices)
                ],
                "usage": _usage(prompt_tokens, _completion_tokens(choices)),
            }
        )

    def head(self, choices: list[Choice], prompt_tokens: int) -> bytes:
        if not self.echo:
            return b""
        return b"".join(
            self._text_chunk(i, self._echo(i), None) for i in range(len(choices)) if self._echo(i)
        )

    def finish(self, index: int, choice: Choice) -> bytes:
        return self._text_chunk(index, "", choice.finish_reason)

    def malformed(self) -> bytes:
        return self._pre + b'{"text":"trunc' + sse.END


_STOP_REASONS = {"stop": "end_turn", "length": "max_tokens", "tool_calls": "tool_use"}


def _event(name: str, payload: dict[str, Any]) -> bytes:
    return sse.json_event(payload, event=name.encode())


class AnthropicFramer(_Templated):
    """``/v1/messages``: Anthropic ``message`` bodies and its typed SSE events (n is 1)."""

    _DELTA = (
        b"event: content_block_delta\n" + sse.DATA + b'{"type":"content_block_delta","index":0,'
    )
    _TEXT = (_DELTA + b'"delta":{"type":"text_delta","text":', b"}}" + sse.END)
    _JSON = (_DELTA + b'"delta":{"type":"input_json_delta","partial_json":', b"}}" + sse.END)

    def __init__(self, request_id: str, model: str) -> None:
        self.id = request_id
        self.model = model

    @staticmethod
    def stop_reason(choice: Choice) -> str:
        if choice.stop_sequence is not None:
            return "stop_sequence"
        return _STOP_REASONS.get(choice.finish_reason, "end_turn")

    @staticmethod
    def tool_id(choice: Choice) -> str:
        """Anthropic names tool-use ids ``toolu_...``."""
        return "toolu_" + (choice.tool_id or "").removeprefix("call_")

    def affixes(self, index: int, choice: Choice) -> tuple[bytes, bytes]:
        return self._JSON if choice.tool_name is not None else self._TEXT

    def _block(self, c: Choice) -> dict[str, Any]:
        if c.tool_name is not None:
            try:
                args = orjson.loads(c.text)
            except orjson.JSONDecodeError:
                args = {}
            return {"type": "tool_use", "id": self.tool_id(c), "name": c.tool_name, "input": args}
        return {"type": "text", "text": c.text}

    def body(self, choices: list[Choice], prompt_tokens: int) -> bytes:
        c = choices[0]
        return _dumps(
            {
                "id": self.id,
                "type": "message",
                "role": "assistant",
                "model": self.model,
                "content": [self._block(c)],
                "stop_reason": self.stop_reason(c),
                "stop_sequence": c.stop_sequence,
                "usage": {"input_tokens": prompt_tokens, "output_tokens": len(c.tokens)},
            }
        )

    def head(self, choices: list[Choice], prompt_tokens: int) -> bytes:
        c = choices[0]
        start = _event(
            "message_start",
            {
                "type": "message_start",
                "message": {
                    "id": self.id,
                    "type": "message",
                    "role": "assistant",
                    "model": self.model,
                    "content": [],
                    "stop_reason": None,
                    "stop_sequence": None,
                    "usage": {"input_tokens": prompt_tokens, "output_tokens": 1},
                },
            },
        )
        block: dict[str, Any] = {"type": "text", "text": ""}
        if c.tool_name is not None:
            block = {"type": "tool_use", "id": self.tool_id(c), "name": c.tool_name, "input": {}}
        block_start = _event(
            "content_block_start",
            {"type": "content_block_start", "index": 0, "content_block": block},
        )
        return start + block_start + _event("ping", {"type": "ping"})

    def finish(self, index: int, choice: Choice) -> bytes:
        return _event("content_block_stop", {"type": "content_block_stop", "index": 0})

    def end(self, choices: list[Choice], prompt_tokens: int) -> bytes:
        c = choices[0]
        return _event(
            "message_delta",
            {
                "type": "message_delta",
                "delta": {"stop_reason": self.stop_reason(c), "stop_sequence": c.stop_sequence},
                "usage": {"output_tokens": len(c.tokens)},
            },
        ) + _event("message_stop", {"type": "message_stop"})

    def malformed(self) -> bytes:
        return self._DELTA + b'"delta":{"type":"text_del' + sse.END


class EmbeddingFramer:
    """``/v1/embeddings``: a body computed up front (embeddings never stream)."""

    def __init__(self, body: bytes) -> None:
        self._body = body

    def body(self, choices: list[Choice], prompt_tokens: int) -> bytes:
        return self._body

    def head(self, choices: list[Choice], prompt_tokens: int) -> bytes:
        return b""

    def token(self, index: int, choice: Choice, token: str) -> bytes:
        return b""

    def tokens(self, index: int, choice: Choice, start: int, stop: int) -> bytes:
        return b""

    def extend_tokens(
        self, parts: list[bytes], index: int, choice: Choice, start: int, stop: int
    ) -> None:
        return

    def finish(self, index: int, choice: Choice) -> bytes:
        return b""

    def end(self, choices: list[Choice], prompt_tokens: int) -> bytes:
        return b""

    def stream_body(self, choices: list[Choice], prompt_tokens: int) -> bytes:
        return b""

    def malformed(self) -> bytes:
        return b""
