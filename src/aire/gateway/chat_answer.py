"""A chat answer in both of its forms: a streamed one assembled into a ``chat.completion``
body, and a body replayed as ``chat.completion.chunk`` events.

The response cache stores every chat answer as one body, however it arrived, and replays
it in the form the next client asks for. Both directions keep every choice (``n`` > 1),
text, refusals, reasoning text (vLLM's ``reasoning_content`` / ``reasoning``), tool calls
(and the legacy ``function_call``), logprobs, finish reasons and usage. A stream holding
anything else in its deltas (audio, say) is reported as not assemblable rather than
stored without it: a replay must be the answer, not most of it.
"""

from __future__ import annotations

from typing import Any

import orjson

from aire.sse import block_data

__all__ = ["ChatAssembler", "replay_stream"]

_DONE = b"[DONE]"
#: delta fields that are text, concatenated across chunks
_TEXT_FIELDS = ("content", "refusal", "reasoning_content", "reasoning")
_KNOWN_DELTA = frozenset({"role", "tool_calls", "function_call", *_TEXT_FIELDS})
_CHOICE_FIELDS = frozenset({"index", "delta", "logprobs", "finish_reason"})
#: top-level fields of a chunk that the assembled body gets as they were (first seen)
_TOP_FIELDS = ("id", "created", "model", "system_fingerprint", "service_tier")


class _Choice:
    __slots__ = ("extra", "finish_reason", "function_call", "logprobs", "role", "text", "tools")

    def __init__(self) -> None:
        self.role = "assistant"
        self.text: dict[str, list[str]] = {}
        self.tools: dict[int, dict[str, Any]] = {}
        self.function_call: dict[str, str] | None = None
        self.logprobs: dict[str, list[Any]] | None = None
        self.finish_reason: str | None = None
        self.extra: dict[str, Any] = {}  # e.g. vLLM's stop_reason

    def message(self) -> dict[str, Any]:
        message: dict[str, Any] = {"role": self.role}
        for field in _TEXT_FIELDS:
            parts = self.text.get(field)
            if parts is not None:
                message[field] = "".join(parts)
            elif field in ("content", "refusal"):
                message[field] = None
        if self.tools:
            message["tool_calls"] = [
                {
                    "id": call["id"],
                    "type": call["type"],
                    "function": {"name": call["name"], "arguments": "".join(call["arguments"])},
                }
                for _, call in sorted(self.tools.items())
            ]
        if self.function_call is not None:
            message["function_call"] = dict(self.function_call)
        return message


class ChatAssembler:
    """Feed it the chat SSE bytes of one answer; ``body()`` is then the ``chat.completion``
    the same answer would have been unstreamed, or None if the stream was not complete
    (no ``[DONE]``, a choice without a finish reason), held something that cannot be
    replayed, or passed ``max_bytes``.

    Chunks are kept as they come and parsed in batches (at the end, or every
    ``BATCH_BYTES``), all events of a batch with one ``orjson.loads`` of a JSON array:
    parsing each event as it passes cost 3x more CPU (benchmarks/gateway/CACHE.md)."""

    BATCH_BYTES = 256 * 1024

    __slots__ = (
        "_choices",
        "_held",
        "_held_bytes",
        "_size",
        "done",
        "failure",
        "max_bytes",
        "top",
        "usage",
    )

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._held: list[bytes] = []
        self._held_bytes = 0
        self._choices: dict[int, _Choice] = {}
        self._size = 0
        self.top: dict[str, Any] = {}
        self.usage: dict[str, Any] | None = None
        self.done = False
        #: why the answer cannot be stored: "too_large" | "unreplayable" | "incomplete"
        self.failure: str | None = None

    def feed(self, data: bytes) -> None:
        if self.failure is not None or self.done:
            return
        self._held.append(data)
        self._held_bytes += len(data)
        if self._held_bytes > self.BATCH_BYTES:
            self._process(final=False)

    def _process(self, *, final: bool) -> None:
        data = b"".join(self._held)
        self._held.clear()
        if b"\r" in data:
            data = data.replace(b"\r\n", b"\n")
        events = data.split(b"\n\n")
        rest = events.pop()  # after the last blank line: an event still to come
        if final and rest.strip():
            self._fail("incomplete")
            return
        self._held_bytes = len(rest)
        if rest:
            self._held.append(rest)
        payloads: list[bytes] = []
        for event in events:
            if event.startswith(b"data: {") and b"\n" not in event:
                payloads.append(event[6:])  # the usual shape, without the general parse
                continue
            payload = block_data(event)
            if payload is None:
                continue  # a comment (keep-alive)
            if payload == _DONE:
                self.done = True
                break
            payloads.append(payload)
        if not payloads:
            return
        try:
            objs = orjson.loads(b"[" + b",".join(payloads) + b"]")
        except orjson.JSONDecodeError:
            self._fail("incomplete")
            return
        if not self._chunks(objs, payloads):
            self._fail(self.failure or "unreplayable")
        elif self._size > self.max_bytes:  # what is kept, not the SSE framing around it
            self._fail("too_large")

    def _chunks(self, objs: list[Any], payloads: list[bytes]) -> bool:
        """Add parsed chunks; False at one that cannot be replayed. The common chunk (one
        piece of text for one choice) takes a short path: this loop is most of the cost."""
        choices = self._choices
        for obj, payload in zip(objs, payloads, strict=True):
            if type(obj) is not dict:
                return False
            if obj.get("error") is not None:  # the upstream failed mid-answer
                self.failure = "incomplete"
                return False
            if not self.top and obj.get("id") is not None:  # the first chunk names it
                self.top = {f: obj[f] for f in _TOP_FIELDS if obj.get(f) is not None}
            usage = obj.get("usage")
            if usage is not None:
                if type(usage) is not dict:
                    return False
                self.usage = usage
            listed = obj.get("choices")
            if listed is None:
                continue
            if type(listed) is not list:
                return False
            for raw in listed:
                if type(raw) is dict and len(raw) <= 4:
                    delta = raw.get("delta")
                    text = delta.get("content") if type(delta) is dict and len(delta) == 1 else None
                    if (
                        type(text) is str
                        and raw.get("finish_reason") is None
                        and raw.get("logprobs") is None
                    ):
                        choice = choices.get(raw.get("index", 0))
                        if choice is not None:
                            choice.text.setdefault("content", []).append(text)
                            self._size += len(text)
                            continue
                if type(raw) is not dict or not self._choice(raw, len(payload)):
                    return False
        return True

    def _fail(self, reason: str) -> None:
        self.failure = reason
        # nothing more is kept for an answer that will not be stored
        self._choices.clear()
        self._held.clear()
        self._held_bytes = 0

    def _choice(self, raw: dict[str, Any], size: int) -> bool:
        index = raw.get("index", 0)
        if not isinstance(index, int):
            return False
        choice = self._choices.get(index)
        if choice is None:
            choice = self._choices[index] = _Choice()
        delta = raw.get("delta")
        if delta is not None:
            kept = _delta(choice, delta) if isinstance(delta, dict) else None
            if kept is None:
                return False
            self._size += kept
        logprobs = raw.get("logprobs")
        if logprobs is not None:
            if not isinstance(logprobs, dict):
                return False
            self._size += size  # logprobs outweigh the text: the event's size bounds them
            lists = choice.logprobs if choice.logprobs is not None else {}
            for key, items in logprobs.items():
                if items is None:
                    continue
                if not isinstance(items, list):
                    return False
                lists.setdefault(key, []).extend(items)
            choice.logprobs = lists
        reason = raw.get("finish_reason")
        if reason is not None:
            if not isinstance(reason, str):
                return False
            choice.finish_reason = reason
        for key, value in raw.items():
            if key not in _CHOICE_FIELDS and value is not None:
                choice.extra[key] = value
        return True

    def body(self) -> dict[str, Any] | None:
        """The assembled answer, or None (``failure`` says why). Its ``usage`` is the
        stream's, if it carried one (the gateway drops the usage chunk when the client did
        not ask for it)."""
        if self.failure is None and not self.done:
            self._process(final=True)
        if self.failure is None and (
            not self.done
            or not self._choices
            or any(c.finish_reason is None for c in self._choices.values())
        ):
            self.failure = "incomplete"
        if self.failure is not None:
            return None
        body: dict[str, Any] = {
            "id": self.top.get("id", ""),
            "object": "chat.completion",
            "created": self.top.get("created", 0),
            "model": self.top.get("model", ""),
            "choices": [
                {
                    "index": index,
                    "message": choice.message(),
                    "logprobs": choice.logprobs,
                    "finish_reason": choice.finish_reason,
                    **choice.extra,
                }
                for index, choice in sorted(self._choices.items())
            ],
        }
        for field in ("system_fingerprint", "service_tier"):
            if field in self.top:
                body[field] = self.top[field]
        if self.usage is not None:
            body["usage"] = self.usage
        return body


def _delta(choice: _Choice, delta: dict[str, Any]) -> int | None:
    """Add one delta to ``choice``: the characters kept, or None if it cannot be replayed."""
    kept = 0
    for key, value in delta.items():
        if value is None:
            continue
        if key not in _KNOWN_DELTA:
            return None  # audio, annotations, ...: an answer this cannot replay
        if key == "role":
            if not isinstance(value, str):
                return None
            choice.role = value
        elif key == "tool_calls":
            if not isinstance(value, list):
                return None
            for call in value:
                added = _tool_delta(choice, call)
                if added is None:
                    return None
                kept += added
        elif key == "function_call":
            if not isinstance(value, dict):
                return None
            call = choice.function_call if choice.function_call is not None else {}
            for part in ("name", "arguments"):
                text = value.get(part)
                if isinstance(text, str):
                    call[part] = call.get(part, "") + text
                    kept += len(text)
            choice.function_call = call
        else:
            if not isinstance(value, str):
                return None
            choice.text.setdefault(key, []).append(value)
            kept += len(value)
    return kept


def _tool_delta(choice: _Choice, call: Any) -> int | None:
    if not isinstance(call, dict):
        return None
    index = call.get("index", len(choice.tools))
    fn = call.get("function") or {}
    if not isinstance(index, int) or not isinstance(fn, dict):
        return None
    kept = choice.tools.get(index)
    if kept is None:
        kept = choice.tools[index] = {"id": "", "type": "function", "name": "", "arguments": []}
    for key in ("id", "type"):
        value = call.get(key)
        if isinstance(value, str) and value:
            kept[key] = value
    name = fn.get("name")
    if isinstance(name, str) and name:
        kept["name"] = name
    args = fn.get("arguments")
    if isinstance(args, str):
        kept["arguments"].append(args)
        return len(args) + len(kept["name"])
    if args is not None:
        return None
    return len(kept["name"])


# -- replay ----------------------------------------------------------------------------------


def replay_stream(body: dict[str, Any], *, include_usage: bool) -> bytes:
    """``body`` (a ``chat.completion``) as the SSE events of a stream that says the same:
    per choice one chunk with the whole message and one with its finish reason, then the
    usage chunk if the client asked for it (``stream_options.include_usage``), then
    ``[DONE]``. As OpenAI does, every chunk carries ``usage: null`` when usage is asked."""
    head: dict[str, Any] = {
        "id": body.get("id", ""),
        "object": "chat.completion.chunk",
        "created": body.get("created", 0),
        "model": body.get("model", ""),
    }
    for field in ("system_fingerprint", "service_tier"):
        if body.get(field) is not None:
            head[field] = body[field]
    if include_usage:
        head["usage"] = None
    events: list[bytes] = []
    for choice in body.get("choices") or ():
        index = choice.get("index", 0)
        message = choice.get("message") or {}
        delta = _message_delta(message)
        logprobs = choice.get("logprobs")
        body_chunk = {"index": index, "delta": delta, "logprobs": logprobs, "finish_reason": None}
        events.append(_event(head, body_chunk))
        finish: dict[str, Any] = {
            "index": index,
            "delta": {},
            "logprobs": None,
            "finish_reason": choice.get("finish_reason"),
        }
        for key, value in choice.items():
            if key not in _CHOICE_FIELDS and key != "message":
                finish[key] = value  # e.g. vLLM's stop_reason
        events.append(_event(head, finish))
    if include_usage:
        events.append(_event({**head, "usage": body.get("usage")}, None))
    events.append(b"data: [DONE]\n\n")
    return b"".join(events)


def _message_delta(message: dict[str, Any]) -> dict[str, Any]:
    delta: dict[str, Any] = {"role": message.get("role") or "assistant"}
    tools = message.get("tool_calls")
    for field in _TEXT_FIELDS:
        text = message.get(field)
        if isinstance(text, str):
            delta[field] = text
    if "content" not in delta and not tools and message.get("function_call") is None:
        delta["content"] = ""
    if tools:
        delta["tool_calls"] = [
            {
                "index": i,
                "id": call.get("id", ""),
                "type": call.get("type", "function"),
                "function": dict(call.get("function") or {}),
            }
            for i, call in enumerate(tools)
        ]
    if message.get("function_call") is not None:
        delta["function_call"] = message["function_call"]
    return delta


def _event(head: dict[str, Any], choice: dict[str, Any] | None) -> bytes:
    chunk = {**head, "choices": [choice] if choice is not None else []}
    return b"data: " + orjson.dumps(chunk) + b"\n\n"
