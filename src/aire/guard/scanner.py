"""The one Scanner protocol, and the base class the built-in scanners share.

A scanner looks at one text and says what it found; it never decides what happens next
(block, redact, log): the pipeline does, from the policy. Scanners are built once, at
start-up, from their validated ``Params``; ``scan`` must do no compilation and no I/O.
"""

from __future__ import annotations

from typing import Any, ClassVar, Protocol, runtime_checkable

from aire.config.base import Model
from aire.guard.redact import Redactor
from aire.guard.types import Action, Finding, ScanContext, ScanResult

__all__ = ["BaseScanner", "NoParams", "Scanner"]


@runtime_checkable
class Scanner(Protocol):
    """Anything the pipeline can run.

    ``max_span`` is the longest text one finding can cover: a stream guard holds back that
    many characters before releasing them. ``None`` means the scanner needs the whole text
    (JSON validation), so in a stream it runs once, at the end.
    """

    name: str
    max_span: int | None

    def scan(self, text: str, ctx: ScanContext) -> ScanResult: ...


class NoParams(Model):
    """A scanner without parameters."""


class BaseScanner:
    """Common construction: validated params, a redactor, the registry name.

    Subclasses set ``Params`` (a frozen config model validated at start-up),
    ``default_action`` and ``max_span``, and implement ``find`` (span scanners) or
    override ``scan``; ``setup`` precomputes from params.
    """

    Params: ClassVar[type[Model]] = NoParams
    default_action: ClassVar[Action] = "block"
    max_span: int | None = 256

    def __init__(self, params: Any, *, name: str = "", redactor: Redactor | None = None) -> None:
        self.params = params
        self.name = name or type(self).__name__
        self.redactor = redactor or Redactor()
        self.setup(params)

    def setup(self, params: Any) -> None:
        """Precompute from validated params (subclasses narrow ``params`` to their model)."""

    def find(self, text: str, ctx: ScanContext) -> list[Finding]:
        """Findings in ``text`` (span scanners implement this)."""
        raise NotImplementedError

    def scan(self, text: str, ctx: ScanContext) -> ScanResult:
        findings = self.find(text, ctx)
        if not findings:
            return ScanResult(text, True, 0.0, ())
        named = tuple(
            f if f.scanner else Finding(f.kind, f.start, f.end, f.score, self.name, f.replacement)
            for f in findings
        )
        score = max(f.score for f in named)
        return ScanResult(self.redactor.apply(text, named, ctx), False, score, named)
