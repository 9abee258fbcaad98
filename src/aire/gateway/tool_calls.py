"""The model's tool calls in chat answers, checked by a ``ToolGate`` before the client
gets them: a whole answer (``message.tool_calls``, legacy ``function_call``) or a stream.

In a stream a call arrives as deltas: the first with its index, id and name, the next
with pieces of its arguments. Each call's deltas are taken out of the chunks and held
until the call is complete (the next call of that choice starts, its ``finish_reason``
comes, or ``[DONE]``); then it is checked, and if it passes it is sent whole, as one
delta, in a chunk of its own just before the chunk that completed it. Nothing of a call
reaches the client before it is checked; what a call holds is bounded by
``ToolGate.max_arguments_chars``. Other deltas (text, the role) pass as they come. A
blocked call raises ``ToolCallBlocked``: before the stream started the client gets an
error answer, after it an error event (the relay), and either way no ``[DONE]``.

A delta for a call that was already checked and sent (an upstream that interleaves the
arguments of parallel calls) cannot be checked any more: it blocks the answer (rule
``stream_order``) rather than pass unchecked.
"""

from __future__ import annotations

from typing import Any

import orjson

from aire.errors import ToolCallBlocked
from aire.guard.tools import AnswerCheck, ToolGate, ToolVerdict, display_name
from aire.sse import BlockSplitter, block_data

__all__ = ["StreamToolGate", "blocked_error", "check_body"]

Record = list[dict[str, str | None]]

_ENVELOPE = ("id", "object", "created", "model", "system_fingerprint", "service_tier")
_LEGACY = -1  # the index of a legacy function_call (one per choice)
_NOT_ARGUMENTS = object()  # what a call that is not an object has: malformed arguments


def blocked_error(verdict: ToolVerdict) -> ToolCallBlocked:
    message = f"tool call '{verdict.name}' blocked by {verdict.rule}: {verdict.reason}"
    return ToolCallBlocked(message, tool=verdict.name, rule=verdict.rule)


def _may_hold_calls(data: bytes) -> bool:
    """Bytes without these cannot hold a tool call (a JSON key written with \\u escapes
    would not show its name, so any escape is looked at too)."""
    return b"tool_calls" in data or b"function_call" in data or b"\\u" in data


# -- whole answers -----------------------------------------------------------------------


def check_body(gate: ToolGate, raw: bytes, record: Record) -> None:
    """Check every call of every choice (all are recorded); ToolCallBlocked naming the
    first blocked one. The body itself is never changed."""
    if not _may_hold_calls(raw):
        return
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError:  # providers pass only bodies orjson reads: not reached
        return
    first: ToolVerdict | None = None
    for choice in (body.get("choices") if isinstance(body, dict) else None) or ():
        message = choice.get("message") if isinstance(choice, dict) else None
        if not isinstance(message, dict):
            continue
        answer = gate.answer()
        for name, arguments, free_text in _message_calls(message):
            verdict = answer.check(name, arguments, free_text=free_text)
            record.append(verdict.record())
            if verdict.verdict == "blocked" and first is None:
                first = verdict
    if first is not None:
        raise blocked_error(first)


def _message_calls(message: dict[str, Any]) -> list[tuple[str, object, bool]]:
    calls: list[tuple[str, object, bool]] = []
    listed = message.get("tool_calls")
    if isinstance(listed, dict):
        listed = [listed]
    elif listed is not None and not isinstance(listed, list):
        listed = [None]  # not calls as the API defines them: one malformed call
    for call in listed or ():
        if not isinstance(call, dict):
            calls.append(("", _NOT_ARGUMENTS, False))
            continue
        custom = call.get("type") == "custom"
        fn = call.get("custom" if custom else "function")
        fn = fn if isinstance(fn, dict) else {}
        name = fn.get("name")
        arguments = fn.get("input" if custom else "arguments")
        calls.append((name if isinstance(name, str) else "", arguments, custom))
    legacy = message.get("function_call")
    if isinstance(legacy, dict):
        name = legacy.get("name")
        calls.append((name if isinstance(name, str) else "", legacy.get("arguments"), False))
    return calls


# -- streamed answers --------------------------------------------------------------------


class _HeldCall:
    """One call's deltas, merged: id and type as first given, name and arguments joined."""

    __slots__ = ("extra", "id", "index", "kind", "malformed", "name", "pieces", "size", "type")

    def __init__(self, index: int, kind: str) -> None:
        self.index = index
        self.kind = kind  # "function" | "custom" | "function_call" (legacy)
        self.id: Any = None
        self.type: Any = None
        self.name = ""
        self.pieces: list[str] = []
        self.size = 0
        self.malformed = False
        self.extra: dict[str, Any] = {}  # other fields of the call (a provider's signature)

    def add(self, part: dict[str, Any]) -> None:
        if self.kind == "function_call":
            fn: Any = part
        else:
            for key, value in part.items():
                if key == "id" and self.id is None:
                    self.id = value
                elif key == "type" and self.type is None:
                    self.type = value
                elif key not in ("index", "id", "type", "function", "custom"):
                    self.extra.setdefault(key, value)
            fn = part.get(self.kind)
        if not isinstance(fn, dict):
            return
        name = fn.get("name")
        if isinstance(name, str):
            self.name += name
            self.size += len(name)
        text = fn.get("input" if self.kind == "custom" else "arguments")
        if isinstance(text, str):
            self.pieces.append(text)
            self.size += len(text)
        elif text is not None:
            self.malformed = True

    def arguments(self) -> object:
        return None if self.malformed else "".join(self.pieces)

    def delta(self) -> dict[str, Any]:
        """The whole call, as the one delta the client gets."""
        text = "".join(self.pieces)
        if self.kind == "function_call":
            return {"function_call": {"name": self.name, "arguments": text}}
        call: dict[str, Any] = {"index": self.index}
        if self.id is not None:
            call["id"] = self.id
        call["type"] = self.type if self.type is not None else self.kind
        key = "input" if self.kind == "custom" else "arguments"
        call[self.kind] = {"name": self.name, key: text}
        call.update(self.extra)
        return {"tool_calls": [call]}


class _Choice:
    __slots__ = ("answer", "done", "held")

    def __init__(self, answer: AnswerCheck) -> None:
        self.answer = answer
        self.held: _HeldCall | None = None
        self.done: dict[int, str] = {}  # index -> name of the calls checked and sent


class StreamToolGate:
    """Feed blocks of SSE bytes (split anywhere), get back the bytes the client may see;
    ``finish()`` at the end of the stream. After a block (``blocked``), nothing more."""

    def __init__(self, gate: ToolGate, record: Record) -> None:
        self._gate = gate
        self._record = record
        self._buf = BlockSplitter()
        self._choices: dict[int, _Choice] = {}
        self._envelope: dict[str, Any] = {"object": "chat.completion.chunk"}
        self._holding = 0  # choices with a call held
        self.blocked: ToolCallBlocked | None = None

    def feed(self, data: bytes) -> bytes:
        """What the client may see of ``data``. On a block, what came before it in
        ``data`` is returned and ``blocked`` is set: the caller ends the stream with it."""
        if (
            not self._holding
            and not self._buf.pending
            and data.endswith(b"\n\n")
            and not _may_hold_calls(data)
        ):
            return data  # nothing of a call here, and nothing held: as it came
        out: list[bytes] = []
        try:
            for event in self._buf.feed(data):
                out.append(self._event(event))
        except ToolCallBlocked as err:
            self.blocked = err
        return b"".join(out)

    def finish(self) -> bytes:
        """The end of the stream: an unterminated last event, then calls still held."""
        out: list[bytes] = []
        try:
            tail = self._buf.pending.strip()
            if tail:
                out.append(self._event(tail))
            out.append(self._release_all())
        except ToolCallBlocked as err:
            self.blocked = err
        return b"".join(out)

    def _event(self, event: bytes) -> bytes:
        payload = block_data(event)
        if payload is None:
            return event + b"\n\n"  # a comment or another kind of event
        if payload.strip() == b"[DONE]":
            return self._release_all() + event + b"\n\n"
        if not self._holding and not _may_hold_calls(payload):
            return event + b"\n\n"
        try:
            obj = orjson.loads(payload)
        except orjson.JSONDecodeError:  # providers pass only events orjson reads: not reached
            return event + b"\n\n"
        choices = obj.get("choices") if isinstance(obj, dict) else None
        if not isinstance(choices, list) or not choices:
            return event + b"\n\n"
        self._envelope = {k: obj[k] for k in _ENVELOPE if k in obj}
        released: list[bytes] = []
        kept: list[Any] = []
        changed = False
        for choice in choices:
            if isinstance(choice, dict) and self._choice(choice, released):
                changed = True
                if _empty(choice):
                    continue
            kept.append(choice)
        if not changed:
            return b"".join(released) + event + b"\n\n"
        if not kept and obj.get("usage") is None:
            return b"".join(released)
        obj["choices"] = kept
        return b"".join(released) + b"data: " + orjson.dumps(obj) + b"\n\n"

    def _choice(self, choice: dict[str, Any], released: list[bytes]) -> bool:
        """Take the choice's call deltas out (held); True if it changed."""
        delta = choice.get("delta")
        if not isinstance(delta, dict):
            return False
        index = choice.get("index", 0)
        index = index if isinstance(index, int) else 0
        state = self._choices.get(index)
        if state is None:
            state = self._choices[index] = _Choice(self._gate.answer())
        changed = False
        parts = delta.get("tool_calls")
        if isinstance(parts, dict):
            parts = [parts]
        elif parts is not None and not isinstance(parts, list):
            del delta["tool_calls"]  # nothing a client could run: not passed on
            changed = True
        if isinstance(parts, list) and parts:
            for position, part in enumerate(parts):
                if isinstance(part, dict):
                    at = part.get("index", position)
                    at = at if isinstance(at, int) else position
                    custom = part.get("type") == "custom" or "custom" in part
                    kind = "custom" if custom else "function"
                    self._part(index, state, at, kind, part, released)
            del delta["tool_calls"]
            changed = True
        legacy = delta.get("function_call")
        if isinstance(legacy, dict):
            self._part(index, state, _LEGACY, "function_call", legacy, released)
            del delta["function_call"]
            changed = True
        if choice.get("finish_reason") is not None and state.held is not None:
            released.append(self._release(index, state))
            changed = True
        return changed

    def _part(
        self,
        index: int,
        state: _Choice,
        at: int,
        kind: str,
        part: dict[str, Any],
        released: list[bytes],
    ) -> None:
        held = state.held
        if held is None or held.index != at:
            if at in state.done:
                self._block(
                    ToolVerdict(
                        display_name(state.done[at]),
                        "blocked",
                        "stream_order",
                        "the upstream sent more of a call after the next call had started",
                    )
                )
            if held is not None:
                released.append(self._release(index, state))
            held = state.held = _HeldCall(at, kind)
            self._holding += 1
        held.add(part)
        if held.size > self._gate.max_arguments_chars:
            self._block(self._gate.oversized(held.name))

    def _release(self, index: int, state: _Choice) -> bytes:
        """Check the held call; the chunk that sends it whole, or ToolCallBlocked."""
        held = state.held
        assert held is not None
        state.held = None
        state.done[held.index] = held.name
        self._holding -= 1
        verdict = state.answer.check(held.name, held.arguments(), free_text=held.kind == "custom")
        self._record.append(verdict.record())
        if verdict.verdict == "blocked":
            raise blocked_error(verdict)
        choice = {"index": index, "delta": held.delta(), "logprobs": None, "finish_reason": None}
        return b"data: " + orjson.dumps({**self._envelope, "choices": [choice]}) + b"\n\n"

    def _release_all(self) -> bytes:
        return b"".join(
            self._release(index, state)
            for index, state in list(self._choices.items())
            if state.held is not None
        )

    def _block(self, verdict: ToolVerdict) -> None:
        self._record.append(verdict.record())
        raise blocked_error(verdict)


def _empty(choice: dict[str, Any]) -> bool:
    """A choice left with nothing to tell once its call deltas are taken out."""
    if choice.get("finish_reason") is not None or choice.get("logprobs") is not None:
        return False
    delta = choice.get("delta")
    return not isinstance(delta, dict) or all(v is None for v in delta.values())
