"""What a suite is once loaded, whatever its file format (aire's own or promptfoo's):
prompts, targets and tests, expanded into cases (the matrix promptfoo runs: every test,
for every target, for every prompt).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from aire.evals.template import Template

__all__ = [
    "AssertionSpec",
    "Case",
    "JudgeSpec",
    "MixSpec",
    "PromptSpec",
    "Suite",
    "TargetSpec",
    "TestSpec",
]

TargetKind = Literal["openai", "anthropic", "http"]


@dataclass(frozen=True, slots=True)
class AssertionSpec:
    """One check of an answer. ``type`` is the base type; ``negate`` for ``not-`` forms."""

    type: str
    negate: bool = False
    value: Any = None
    threshold: float | None = None
    weight: float = 1.0
    metric: str | None = None
    rubric_prompt: str | None = None
    where: str = ""  # file:line and field path, for messages

    @property
    def name(self) -> str:
        return ("not-" if self.negate else "") + self.type


@dataclass(frozen=True, slots=True)
class PromptSpec:
    label: str
    template: Template
    system: str | None = None


@dataclass(frozen=True, slots=True)
class TargetSpec:
    """Where answers come from. ``kind`` picks the client (``aire.evals.targets``)."""

    kind: TargetKind
    label: str
    url: str
    model: str = ""
    api_key: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    #: http kind: request body template (JSON with {{var}} and {{prompt}}) and answer path
    body: Any = None
    response_path: str = ""
    context_path: str = ""  # http kind: where the answer lists its retrieved documents
    method: str = "POST"
    timeout_s: float = 120.0


@dataclass(frozen=True, slots=True)
class JudgeSpec:
    """The model that grades model-graded assertions: any OpenAI-compatible endpoint."""

    url: str
    model: str
    api_key: str | None = None
    params: dict[str, Any] = field(default_factory=lambda: {"temperature": 0})


@dataclass(frozen=True, slots=True)
class TestSpec:
    description: str
    vars: dict[str, Any]
    asserts: tuple[AssertionSpec, ...]
    threshold: float | None = None
    tags: tuple[str, ...] = ()
    tools: tuple[dict[str, Any], ...] = ()
    index: int = 0
    case_id: str | None = None  # the suite's own name for it (aire's `id`)
    #: an agent conversation: user turns after the prompt, and what each tool returns
    turns: tuple[str, ...] = ()
    tool_results: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class MixSpec:
    """The golden-set mix to check: share of each tag, within ``tolerance``."""

    shares: dict[str, float]
    tolerance: float = 0.1


@dataclass(frozen=True, slots=True)
class Case:
    """One cell of the matrix: a test, rendered with one prompt, sent to one target."""

    id: str
    test: TestSpec
    prompt: PromptSpec
    target: TargetSpec
    test_index: int
    prompt_index: int
    target_index: int

    @property
    def name(self) -> str:
        return self.test.description or self.id


@dataclass(frozen=True, slots=True)
class Suite:
    name: str
    source: str
    prompts: tuple[PromptSpec, ...]
    targets: tuple[TargetSpec, ...]
    tests: tuple[TestSpec, ...]
    judge: JudgeSpec | None = None
    repeat: int = 1
    concurrency: int | None = None
    mix: MixSpec | None = None
    format: Literal["aire", "promptfoo"] = "aire"
    output_path: str | None = None

    def cases(self) -> list[Case]:
        """The matrix in promptfoo's order: tests, then targets, then prompts."""
        out: list[Case] = []
        for test in self.tests:
            for ti, target in enumerate(self.targets):
                for pi, prompt in enumerate(self.prompts):
                    cid = test.case_id or f"t{test.index}"
                    if len(self.targets) > 1:
                        cid += f".{target.label}"
                    if len(self.prompts) > 1:
                        cid += f".p{pi}"
                    out.append(Case(cid, test, prompt, target, test.index, pi, ti))
        return out
