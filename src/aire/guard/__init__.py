"""Guardrails: deterministic, microsecond-scale checks around a probabilistic model.

Scanners (one per module in ``aire.guard.scanners``, found by name through
``aire.guard.registry``) look at a text and return findings; a ``Pipeline`` runs a
policy's scanners in order and applies each one's action: ``block`` (refuse),
``redact`` (``mask`` -> ``<EMAIL>``, ``hash`` -> ``<EMAIL:3fa2...>``, ``reversible`` ->
``[EMAIL_1]`` restored in the answer) or ``log`` (count only). Nothing is compiled per
request and nothing is downloaded: the injection classifier ships in ``guard/data``.

Gateway-facing API (everything below is importable from ``aire.guard``)::

    guards = compile_guards(config.guard)          # at start-up: {policy name: Guard}
    guard = guards[alias.guard_policy]

    ctx = guard.context()                          # one ScanContext per request
    res = guard.scan_messages(body["messages"], ctx)   # sync, ~0.1-1 ms for 2 KB
    if res.blocked:                                # 400, names the kind, never the value
        raise res.blocked_by.error("input")        # -> aire.errors.GuardBlocked
    body["messages"] = res.messages                # redacted copies

    out = guard.scan_output(answer_text, ctx)      # non-streamed answer
    text = ctx.vault.restore(out.sanitized) if ctx.vault else out.sanitized
    if ctx.reask: ...                              # JSON scanner: ask the model again

    stream = guard.stream(ctx)                     # streamed answer
    restorer = ctx.vault.restorer() if ctx.vault else None
    for chunk in upstream:
        safe = stream.feed(chunk)                  # holds back <= stream.hold chars
        if stream.blocked: send_error_event(stream.blocked_by.kind); break
        send(restorer.feed(safe) if restorer else safe)
    tail = stream.finish()                         # whole-text scanners run here

    guard.observer.snapshot()                      # GuardMetrics: scans, findings by
                                                   # kind, blocks, latency histograms

``GuardBlocked`` bodies say "request blocked by guardrail 'secrets': aws_access_key
detected"; findings carry kind and span, never the matched value.
"""

from aire.guard.metrics import GuardMetrics, GuardObserver, MetricsSnapshot
from aire.guard.pipeline import MessagesResult, Pipeline, PipelineResult, ScannerRun, Step
from aire.guard.policy import Guard, build_pipeline, compile_guards, compile_policy
from aire.guard.redact import Redactor
from aire.guard.registry import INPUT_SCANNERS, OUTPUT_SCANNERS
from aire.guard.scanner import BaseScanner, Scanner
from aire.guard.stream import StreamGuard
from aire.guard.types import Action, Family, Finding, ScanContext, ScanResult
from aire.guard.vault import StreamRestorer, Vault

__all__ = [
    "INPUT_SCANNERS",
    "OUTPUT_SCANNERS",
    "Action",
    "BaseScanner",
    "Family",
    "Finding",
    "Guard",
    "GuardMetrics",
    "GuardObserver",
    "MessagesResult",
    "MetricsSnapshot",
    "Pipeline",
    "PipelineResult",
    "Redactor",
    "ScanContext",
    "ScanResult",
    "Scanner",
    "ScannerRun",
    "Step",
    "StreamGuard",
    "StreamRestorer",
    "Vault",
    "build_pipeline",
    "compile_guards",
    "compile_policy",
]
