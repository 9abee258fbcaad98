"""Guardrails in the gateway: an alias's guard policy on requests and answers.

Input: chat messages (user and tool turns) or the completion prompt are scanned before
routing; a block answers 400 ``guard_blocked`` naming the finding kind, never its value;
redactions replace the text sent upstream. Output: a whole answer is scanned before it is
sent; a streamed answer goes through a ``StreamGuard`` per choice, which holds back only
as much text as a finding can span. Placeholders of reversible anonymization are restored
last, so restored user data is not redacted again. A block after a stream began ends it
with an SSE error event (``guard_blocked``) and no ``[DONE]``.
"""

from __future__ import annotations

from typing import Any

import orjson

from aire.errors import GuardBlocked
from aire.gateway.metrics import GatewayMetrics
from aire.guard import Finding, Guard, ScanContext, StreamGuard, StreamRestorer
from aire.guard.types import Action, Family

__all__ = ["GuardedRequest", "PrometheusGuardObserver"]


class PrometheusGuardObserver:
    """Feeds every scanner run of every policy into the gateway's Prometheus metrics."""

    def __init__(self, metrics: GatewayMetrics) -> None:
        self.m = metrics

    def observe(
        self,
        policy: str,
        family: Family,
        scanner: str,
        action: Action,
        elapsed_s: float,
        findings: tuple[Finding, ...],
        blocked: bool,
    ) -> None:
        m = self.m
        m.child(m.guard_seconds, policy, family, scanner).observe(elapsed_s)
        for f in findings:
            m.child(m.guard_findings, policy, family, scanner, f.kind, action).inc()
        if blocked:
            kind = findings[0].kind if findings else scanner
            m.child(m.guard_blocks, policy, family, scanner, kind).inc()


def _schema(body: dict[str, Any]) -> dict[str, Any] | None:
    fmt = body.get("response_format")
    if isinstance(fmt, dict) and fmt.get("type") == "json_schema":
        spec = fmt.get("json_schema") or {}
        schema = spec.get("schema") if isinstance(spec, dict) else None
        return schema if isinstance(schema, dict) else None
    return None


class GuardedRequest:
    """The guard policy applied to one request and its answer."""

    def __init__(self, guard: Guard, endpoint: str, request_id: str) -> None:
        self.guard = guard
        self.endpoint = endpoint
        self.ctx: ScanContext = guard.context(request_id=request_id)
        self._streams: dict[int, tuple[StreamGuard, StreamRestorer | None]] = {}
        self.blocked: GuardBlocked | None = None
        #: (phase, start, end) in epoch ns of each scan, for trace spans
        self.timings: list[tuple[str, int, int]] = []
        #: findings of every scan of this request and its answer (the quality SLIs)
        self.findings = 0

    # -- input ---------------------------------------------------------------------------

    def check_input(self, body: dict[str, Any]) -> None:
        """Scan the request in place; GuardBlocked if a blocking scanner fired."""
        self.ctx.json_schema = _schema(body)
        if self.endpoint == "chat":
            result = self.guard.scan_messages(body["messages"], self.ctx)
            self.findings += len(result.findings)
            if result.blocked:
                blocked = result.blocked_by
                raise blocked.error("input") if blocked else GuardBlocked("request blocked")
            body["messages"] = result.messages
        elif self.endpoint == "completions":
            prompt = body.get("prompt")
            if isinstance(prompt, str):
                res = self.guard.scan_input(prompt, self.ctx)
                self.findings += len(res.findings)
                if res.blocked:
                    raise res.error("input")
                body["prompt"] = res.sanitized
            elif isinstance(prompt, list) and all(isinstance(p, str) for p in prompt):
                cleaned = []
                for p in prompt:
                    res = self.guard.scan_input(p, self.ctx)
                    self.findings += len(res.findings)
                    if res.blocked:
                        raise res.error("input")
                    cleaned.append(res.sanitized)
                body["prompt"] = cleaned

    # -- whole answers -------------------------------------------------------------------

    def _output(self, text: str) -> str:
        res = self.guard.scan_output(text, self.ctx)
        self.findings += len(res.findings)
        if res.blocked:
            raise res.error("output")
        out = res.sanitized
        return self.ctx.vault.restore(out) if self.ctx.vault is not None else out

    def check_output(self, raw: bytes) -> bytes:
        """A non-streamed OpenAI body, scanned (and restored); unchanged bytes if clean."""
        if self.endpoint not in ("chat", "completions"):
            return raw
        body = orjson.loads(raw)
        changed = False
        for choice in body.get("choices") or ():
            holder = choice.get("message") if self.endpoint == "chat" else choice
            key = "content" if self.endpoint == "chat" else "text"
            text = holder.get(key) if isinstance(holder, dict) else None
            if isinstance(text, str) and text:
                new = self._output(text)
                if new != text:
                    holder[key] = new
                    changed = True
        return orjson.dumps(body) if changed else raw

    # -- streamed answers ----------------------------------------------------------------

    def _stream_of(self, index: int) -> tuple[StreamGuard, StreamRestorer | None]:
        found = self._streams.get(index)
        if found is None:
            found = self._streams[index] = (self.guard.stream(self.ctx), None)
        return found

    def _release(self, index: int, text: str, *, final: bool) -> str:
        sg, restorer = self._stream_of(index)
        safe = sg.feed(text) if text else ""
        if final:
            safe += sg.finish()
            self.findings += len(sg.findings)
        if sg.blocked:
            blocked = sg.blocked_by
            kind = blocked.kind if blocked is not None else "blocked"
            raise GuardBlocked(f"response blocked by guardrail: {kind} detected")
        if self.ctx.vault is not None:
            if restorer is None:
                restorer = self.ctx.vault.restorer()
                self._streams[index] = (sg, restorer)
            safe = restorer.feed(safe) + (restorer.finish() if final else "")
        return safe

    def process_events(self, data: bytes) -> bytes:
        """Transform a block of complete OpenAI SSE events.

        On a block, the text released before it is kept and ``self.blocked`` is set; the
        caller ends the stream with an error event instead of the rest.
        """
        out: list[bytes] = []
        try:
            self._process(data, out)
        except GuardBlocked as err:
            self.blocked = err
        return b"".join(out)

    def _process(self, data: bytes, out: list[bytes]) -> None:
        key = "content"
        for event in data.split(b"\n\n"):
            if not event.startswith(b"data:"):
                if event:
                    out.append(event + b"\n\n")
                continue
            payload = event[5:].strip()
            if payload == b"[DONE]":
                out.append(self._flush_all())
                out.append(b"data: [DONE]\n\n")
                continue
            obj = orjson.loads(payload)
            keep = not obj.get("choices")  # usage-only chunks pass as they are
            for choice in obj.get("choices") or ():
                index = int(choice.get("index", 0))
                holder = choice.get("delta") if self.endpoint == "chat" else choice
                if self.endpoint != "chat":
                    key = "text"
                text = holder.get(key) if isinstance(holder, dict) else None
                final = choice.get("finish_reason") is not None
                if isinstance(text, str) or final:
                    released = self._release(index, text or "", final=final)
                    if isinstance(holder, dict):
                        holder[key] = released
                    if released or final or _has_more_than_text(holder, key):
                        keep = True
                else:
                    keep = True
            if keep:
                out.append(b"data: " + orjson.dumps(obj) + b"\n\n")

    def _flush_all(self) -> bytes:
        """At [DONE]: release what choices without a finish chunk still hold."""
        parts = []
        for index in list(self._streams):
            sg, _ = self._streams[index]
            if sg.held_chars:
                text = self._release(index, "", final=True)
                if text:
                    choice: dict[str, Any] = (
                        {"index": index, "delta": {"content": text}}
                        if self.endpoint == "chat"
                        else {"index": index, "text": text}
                    )
                    parts.append(b"data: " + orjson.dumps({"choices": [choice]}) + b"\n\n")
        return b"".join(parts)


def _has_more_than_text(holder: Any, key: str) -> bool:
    return isinstance(holder, dict) and any(k != key and v is not None for k, v in holder.items())
