"""Load a suite: aire's own YAML format or promptfoo's ``promptfooconfig.yaml``.

The format is told by the keys: promptfoo's files have ``prompts``/``providers``/``tests``,
aire's have ``cases``. Errors name the file, the line and the field path, and exit 2;
a part of promptfoo's format that aire does not run is refused by name, never ignored.

aire's format::

    name: support-bot
    target: {url: http://127.0.0.1:8000/v1, model: aire-sim, params: {temperature: 0}}
    judge: {url: http://127.0.0.1:8001/v1, model: judge}      # model-graded assertions
    system: You are a support agent.
    prompt: "{{question}}"
    defaults: {assert: [{type: not-is-refusal}]}
    repeat: 1
    mix: {shares: {core: 0.6, edge: 0.3, adversarial: 0.1}, tolerance: 0.1}
    cases:                         # or a path: cases.jsonl / cases.csv / cases.yaml
      - id: refund
        tags: [core]
        vars: {question: How do I get a refund?}
        assert: [{type: icontains, value: refund}]
"""

from __future__ import annotations

import dataclasses
import itertools
from pathlib import Path
from typing import Any, Literal

from pydantic import Field

from aire.config.base import Model
from aire.config.loader import LineMap, validate_config
from aire.config.yaml_source import Loc, format_loc, parse_yaml, read_config_text
from aire.errors import ConfigError
from aire.evals.assertions import CHECKS
from aire.evals.model import (
    AssertionSpec,
    JudgeSpec,
    MixSpec,
    PromptSpec,
    Suite,
    TargetSpec,
    TestSpec,
)
from aire.evals.template import Template, TemplateUnsupported
from aire.evals.tests_file import read_tests_file

__all__ = ["GRADED", "SUPPORTED_ASSERTIONS", "load_suite"]

#: model-graded assertion types (``aire.evals.judge``)
GRADED = frozenset({"llm-rubric", "factuality", "answer-relevance", "context-faithfulness"})
SUPPORTED_ASSERTIONS = frozenset(CHECKS) | GRADED


class Where:
    """Names a place in the suite file for an error message."""

    def __init__(self, source: str, lines: LineMap | None) -> None:
        self.source = source
        self.lines = lines

    def error(self, loc: Loc, message: str) -> ConfigError:
        line = self.lines.line_for(loc) if self.lines else None
        return ConfigError(message, file=self.source, line=line, path=format_loc(loc) or None)

    def at(self, loc: Loc) -> str:
        line = self.lines.line_for(loc) if self.lines else None
        return f"{self.source}:{line}" if line else self.source


def assertion_from(raw: Any, loc: Loc, where: Where, *, promptfoo: bool) -> AssertionSpec:
    if isinstance(raw, str):
        raw = {"type": raw}
    if not isinstance(raw, dict):
        raise where.error(loc, "an assertion must be a mapping with a `type`")
    known = {"type", "value", "threshold", "weight", "metric", "rubricPrompt"}
    for key in raw:
        if key not in known:
            what = "promptfoo assertion field" if promptfoo else "assertion field"
            raise where.error((*loc, key), f"{what} {key!r} is not supported by aire")
    kind = raw.get("type")
    if not isinstance(kind, str):
        raise where.error((*loc, "type"), "an assertion needs a `type`")
    negate = kind.startswith("not-")
    base = kind[4:] if negate else kind
    if base not in SUPPORTED_ASSERTIONS:
        raise where.error(
            (*loc, "type"),
            f"assertion type {kind!r} is not supported by aire (supported: "
            f"{', '.join(sorted(SUPPORTED_ASSERTIONS))}, each also as not-...)",
        )
    threshold = raw.get("threshold")
    weight = raw.get("weight", 1)
    for name, num in (("threshold", threshold), ("weight", weight)):
        if num is not None and (isinstance(num, bool) or not isinstance(num, int | float)):
            raise where.error((*loc, name), f"{name} must be a number")
    value = raw.get("value")
    value = _file_value(value, (*loc, "value"), where)
    for text in [value] if isinstance(value, str) else (value if isinstance(value, list) else []):
        if isinstance(text, str):
            _check_template(text, (*loc, "value"), where)
    return AssertionSpec(
        type=base,
        negate=negate,
        value=value,
        threshold=None if threshold is None else float(threshold),
        weight=float(weight),
        metric=raw.get("metric"),
        rubric_prompt=raw.get("rubricPrompt"),
        where=where.at(loc),
    )


def _file_value(value: Any, loc: Loc, where: Where) -> Any:
    """``file://schema.json`` (or .yaml/.txt) values are read; scripts are refused."""
    if not (isinstance(value, str) and value.startswith("file://")):
        return value
    path = Path(where.source).parent / value[7:]
    if path.suffix in (".js", ".cjs", ".mjs", ".ts", ".py", ".rb"):
        raise where.error(loc, f"script values ({value}) are not supported by aire")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise where.error(loc, f"cannot read {value}: {exc.strerror or exc}") from None
    if path.suffix in (".json", ".yaml", ".yml"):
        import yaml

        return yaml.safe_load(text)
    return text


def _check_template(text: str, loc: Loc, where: Where) -> Template:
    try:
        return Template.parse(text)
    except TemplateUnsupported as exc:
        raise where.error(loc, str(exc)) from None


def var_combinations(vars_: dict[str, Any]) -> list[dict[str, Any]]:
    """promptfoo's var expansion: a variable holding a list makes one test per item."""
    keys = [k for k, v in vars_.items() if isinstance(v, list)]
    if not keys:
        return [vars_]
    out = []
    for combo in itertools.product(*(vars_[k] for k in keys)):
        out.append({**vars_, **dict(zip(keys, combo, strict=True))})
    return out


# ---------------------------------------------------------------------- aire's own format


class TargetModel(Model):
    kind: Literal["openai", "anthropic", "http"] = "openai"
    label: str | None = None
    url: str = Field(min_length=1, description="base URL (.../v1) or, for http, the endpoint")
    model: str = ""
    api_key: str | None = None
    params: dict[str, Any] = Field(default_factory=dict)
    headers: dict[str, str] = Field(default_factory=dict)
    body: Any = None
    response_path: str = ""
    context_path: str = ""
    method: Literal["POST", "PUT", "GET"] = "POST"
    timeout_s: float = Field(120.0, gt=0)


class JudgeModel(Model):
    url: str = Field(min_length=1)
    model: str = Field(min_length=1)
    api_key: str | None = None
    params: dict[str, Any] = Field(default_factory=lambda: {"temperature": 0})


class MixModel(Model):
    shares: dict[str, float]
    tolerance: float = Field(0.1, ge=0, le=1)


class CaseModel(Model):
    id: str | None = None
    description: str = ""
    tags: tuple[str, ...] = ()
    vars: dict[str, Any] = Field(default_factory=dict)
    assert_: list[Any] = Field(default_factory=list, alias="assert")
    threshold: float | None = None
    tools: tuple[dict[str, Any], ...] = ()
    turns: tuple[str, ...] = ()
    tool_results: dict[str, Any] = Field(default_factory=dict)


class DefaultsModel(Model):
    vars: dict[str, Any] = Field(default_factory=dict)
    assert_: list[Any] = Field(default_factory=list, alias="assert")
    threshold: float | None = None
    tools: tuple[dict[str, Any], ...] = ()


class SuiteModel(Model):
    name: str = ""
    target: TargetModel | None = None
    targets: tuple[TargetModel, ...] = ()
    judge: JudgeModel | None = None
    system: str | None = None
    prompt: str | None = None
    prompts: tuple[str, ...] = ()
    defaults: DefaultsModel = Field(default_factory=DefaultsModel)
    repeat: int = Field(1, ge=1, le=1000)
    concurrency: int | None = Field(None, ge=1, le=4096)
    mix: MixModel | None = None
    cases: list[CaseModel] | str


def target_spec(t: TargetModel, index: int) -> TargetSpec:
    label = t.label or (t.model or t.kind) + (f"#{index}" if index else "")
    return TargetSpec(
        kind=t.kind,
        label=label,
        url=t.url,
        model=t.model,
        api_key=t.api_key,
        params=dict(t.params),
        headers=dict(t.headers),
        body=t.body,
        response_path=t.response_path,
        context_path=t.context_path,
        method=t.method,
        timeout_s=t.timeout_s,
    )


def _load_aire(data: dict[str, Any], lines: LineMap, source: str) -> Suite:
    where = Where(source, lines)
    cases_raw = data.get("cases")
    if isinstance(cases_raw, str):
        cases_path = Path(source).parent / cases_raw
        data = {**data, "cases": read_tests_file(cases_path, str(cases_path))}
        where = Where(source, None)
    model = validate_config(SuiteModel, data, source=source, lines=lines)
    targets = list(model.targets)
    if model.target is not None:
        targets.insert(0, model.target)
    if not targets:
        raise where.error(("target",), "a suite needs a `target` (or give --target URL)")
    texts = list(model.prompts) or [model.prompt or "{{input}}"]
    prompts = tuple(
        PromptSpec(t[:40], _check_template(t, ("prompts", i), where), model.system)
        for i, t in enumerate(texts)
    )
    defaults = model.defaults
    default_asserts = [
        assertion_from(a, ("defaults", "assert", i), where, promptfoo=False)
        for i, a in enumerate(defaults.assert_)
    ]
    tests: list[TestSpec] = []
    assert isinstance(model.cases, list)
    seen: set[str] = set()
    for ci, case in enumerate(model.cases):
        if case.id is not None:
            if case.id in seen:
                raise where.error(("cases", ci, "id"), f"case id {case.id!r} is used twice")
            seen.add(case.id)
        asserts = default_asserts + [
            assertion_from(a, ("cases", ci, "assert", i), where, promptfoo=False)
            for i, a in enumerate(case.assert_)
        ]
        tests.append(
            TestSpec(
                description=case.description or case.id or f"case {ci + 1}",
                vars={**defaults.vars, **case.vars},  # lists stay lists (gold ids, contexts)
                asserts=tuple(asserts),
                threshold=case.threshold if case.threshold is not None else defaults.threshold,
                tags=case.tags,
                tools=case.tools or defaults.tools,
                index=len(tests),
                case_id=case.id,
                turns=case.turns,
                tool_results=dict(case.tool_results),
            )
        )
    judge = None
    if model.judge is not None:
        j = model.judge
        judge = JudgeSpec(j.url, j.model, j.api_key, dict(j.params))
    mix = MixSpec(dict(model.mix.shares), model.mix.tolerance) if model.mix else None
    return Suite(
        name=model.name or Path(source).stem,
        source=source,
        prompts=prompts,
        targets=tuple(target_spec(t, i) for i, t in enumerate(targets)),
        tests=tuple(tests),
        judge=judge,
        repeat=model.repeat,
        concurrency=model.concurrency,
        mix=mix,
        format="aire",
    )


def load_suite(
    path: str | Path, *, target_url: str | None = None, model: str | None = None
) -> Suite:
    """Read a suite file of either format; ConfigError (exit 2) on anything wrong.

    ``target_url`` sends every case there instead (and ``model`` names the model)."""
    source = str(path)
    data, lines = parse_yaml(read_config_text(path), source=source)
    if not isinstance(data, dict):
        raise ConfigError("a suite file must be a YAML mapping", file=source)
    if "cases" in data:
        if target_url and "target" not in data and "targets" not in data:
            data = {**data, "target": {"url": target_url, "model": model or ""}}
        suite = _load_aire(data, lines, source)
    elif any(k in data for k in ("prompts", "providers", "targets", "tests")):
        from aire.evals.promptfoo import load_promptfoo

        suite = load_promptfoo(data, lines, source)
    else:
        raise ConfigError(
            "not a suite: expected `cases` (aire's format) or `prompts`/`providers`/`tests` "
            "(promptfoo's)",
            file=source,
        )
    if target_url or model:
        targets = tuple(
            dataclasses.replace(
                t,
                url=target_url or t.url,
                model=model or t.model,
                kind="openai" if target_url and t.kind == "http" else t.kind,
            )
            for t in suite.targets
        )
        suite = dataclasses.replace(suite, targets=targets)
    return suite
