"""promptfoo's ``promptfooconfig.yaml``, as users write it, into an aire ``Suite``.

Supported: ``description``, ``prompts`` (strings, ``file://`` text files with ``---``
between prompts, ``{raw|id, label}``), ``providers``/``targets`` (``openai:chat:<model>``,
``openai:<model>``, ``anthropic:messages:<model>``, ``http`` with ``config.url``,
``body``, ``headers`` and a ``transformResponse`` path such as ``json.output``), ``tests``
(inline, a file, or a list of files: CSV/JSONL/YAML), ``vars`` (lists expand into one
test per value, ``file://`` text), ``assert``, ``defaultTest`` (vars, assert, threshold,
``options.provider`` as the judge), ``threshold``, ``weight``, ``metric``,
``evaluateOptions.maxConcurrency``/``repeat``, ``outputPath``.
Everything else is refused by name (exit 2): scenarios, extensions, transforms, scripts,
nunjucks filters, per-test providers, and so on.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from aire.config.loader import LineMap
from aire.config.yaml_source import Loc
from aire.evals.model import JudgeSpec, PromptSpec, Suite, TargetSpec, TestSpec
from aire.evals.suite import Where, _check_template, assertion_from, var_combinations
from aire.evals.tests_file import read_tests_file

__all__ = ["load_promptfoo"]

_TOP = {
    "description",
    "prompts",
    "providers",
    "targets",
    "tests",
    "defaultTest",
    "evaluateOptions",
    "outputPath",
    "sharing",
    "metadata",
    "tags",
    "writeLatestResults",
}
_OPENAI_CONFIG = {
    "apiBaseUrl": None,
    "apiHost": None,
    "apiKey": None,
    "apiKeyEnvar": None,
    "temperature": "temperature",
    "max_tokens": "max_tokens",
    "max_completion_tokens": "max_completion_tokens",
    "top_p": "top_p",
    "presence_penalty": "presence_penalty",
    "frequency_penalty": "frequency_penalty",
    "seed": "seed",
    "stop": "stop",
    "response_format": "response_format",
    "tools": "tools",
    "tool_choice": "tool_choice",
    "headers": None,
}
_HTTP_CONFIG = {"url", "method", "headers", "body", "transformResponse"}
_TEST_KEYS = {"description", "vars", "assert", "threshold", "metadata", "options"}
_RESPONSE_PATH = re.compile(r"json((?:\.[A-Za-z_$][\w$]*|\[\d+\])*)")


def load_promptfoo(data: dict[str, Any], lines: LineMap, source: str) -> Suite:
    where = Where(source, lines)
    for key in data:
        if key not in _TOP:
            raise where.error((key,), f"promptfoo field {key!r} is not supported by aire")
    base = Path(source).parent
    prompts = _prompts(data.get("prompts"), where, base)
    key = "providers" if "providers" in data else "targets"
    targets = _providers(data.get(key), (key,), where)
    default = data.get("defaultTest") or {}
    if isinstance(default, str):
        raise where.error(("defaultTest",), "defaultTest from a file is not supported by aire")
    if not isinstance(default, dict):
        raise where.error(("defaultTest",), "defaultTest must be a mapping")
    judge = _check_test_keys(default, ("defaultTest",), where)
    default_vars = default.get("vars") or {}
    default_asserts = [
        assertion_from(a, ("defaultTest", "assert", i), where, promptfoo=True)
        for i, a in enumerate(default.get("assert") or [])
    ]
    options = data.get("evaluateOptions") or {}
    for opt in options:
        if opt not in ("maxConcurrency", "repeat", "showProgressBar", "cache"):
            raise where.error(
                ("evaluateOptions", opt), f"promptfoo field {opt!r} is not supported by aire"
            )
    tests: list[TestSpec] = []
    for raw, loc, w in _tests(data.get("tests"), where, base):
        if not isinstance(raw, dict):
            raise w.error(loc, "a test must be a mapping")
        test_judge = _check_test_keys(raw, loc, w)
        if test_judge is not None:
            raise w.error(
                (*loc, "options", "provider"),
                "a per-test grader is not supported by aire; set defaultTest.options.provider",
            )
        asserts = default_asserts + [
            assertion_from(a, (*loc, "assert", i), w, promptfoo=True)
            for i, a in enumerate(raw.get("assert") or [])
        ]
        vars_ = {**default_vars, **_vars(raw.get("vars") or {}, (*loc, "vars"), w, base)}
        threshold = raw.get("threshold", default.get("threshold"))
        if threshold is not None and (
            isinstance(threshold, bool) or not isinstance(threshold, int | float)
        ):
            raise w.error((*loc, "threshold"), "threshold must be a number")
        meta = raw.get("metadata") or {}
        tags = meta.get("tags", ()) if isinstance(meta, dict) else ()
        if isinstance(tags, str):
            tags = (tags,)
        for combo in var_combinations(vars_):
            tests.append(
                TestSpec(
                    description=str(raw.get("description") or ""),
                    vars=combo,
                    asserts=tuple(asserts),
                    threshold=None if threshold is None else float(threshold),
                    tags=tuple(str(t) for t in tags),
                    tools=tuple(targets[0].params.get("tools") or ()) if targets else (),
                    index=len(tests),
                )
            )
    repeat = options.get("repeat", 1)
    concurrency = options.get("maxConcurrency")
    for name, value in (("repeat", repeat), ("maxConcurrency", concurrency)):
        bad = isinstance(value, bool) or not isinstance(value, int) or value < 1
        if value is not None and bad:
            raise where.error(("evaluateOptions", name), f"{name} must be a positive integer")
    return Suite(
        name=str(data.get("description") or Path(source).stem),
        source=source,
        prompts=prompts,
        targets=tuple(targets),
        tests=tuple(tests),
        judge=judge,
        repeat=int(repeat),
        concurrency=concurrency,
        format="promptfoo",
        output_path=data.get("outputPath"),
    )


def _check_test_keys(raw: dict[str, Any], loc: Loc, where: Where) -> JudgeSpec | None:
    for k in raw:
        if k not in _TEST_KEYS:
            raise where.error((*loc, k), f"promptfoo test field {k!r} is not supported by aire")
    options = raw.get("options") or {}
    judge = None
    for k, v in options.items():
        if k == "provider":
            judge = _judge(v, (*loc, "options", "provider"), where)
        else:
            raise where.error(
                (*loc, "options", k), f"promptfoo option {k!r} is not supported by aire"
            )
    return judge


def _judge(raw: Any, loc: Loc, where: Where) -> JudgeSpec:
    target = _provider(raw, loc, where, 0)
    if target.kind != "openai":
        raise where.error(loc, "the grading provider must be an OpenAI-compatible one")
    params = {"temperature": 0, **target.params}
    return JudgeSpec(target.url, target.model, target.api_key, params)


def _prompts(raw: Any, where: Where, base: Path) -> tuple[PromptSpec, ...]:
    if raw is None:
        return (PromptSpec("{{prompt}}", _check_template("{{prompt}}", ("prompts",), where)),)
    items = raw if isinstance(raw, list) else [raw]
    out: list[PromptSpec] = []
    for i, item in enumerate(items):
        loc: Loc = ("prompts", i) if isinstance(raw, list) else ("prompts",)
        label = None
        if isinstance(item, dict):
            for k in item:
                if k not in ("raw", "id", "label"):
                    raise where.error(
                        (*loc, k), f"promptfoo prompt field {k!r} is not supported by aire"
                    )
            label = item.get("label")
            item = item.get("raw", item.get("id"))
        if not isinstance(item, str):
            raise where.error(loc, "a prompt must be a string")
        texts = [item]
        if item.startswith("file://"):
            path = base / item[7:]
            if "*" in item or path.suffix in (".js", ".py", ".ts", ".cjs", ".mjs"):
                raise where.error(
                    loc, f"prompt {item}: globs and script prompts are not supported by aire"
                )
            try:
                content = path.read_text(encoding="utf-8")
            except OSError as exc:
                raise where.error(loc, f"cannot read {item}: {exc.strerror or exc}") from None
            texts = [content] if path.suffix == ".json" else re.split(r"\n-{3,}\n", content)
        for text in texts:
            out.append(PromptSpec(label or text[:60], _check_template(text, loc, where)))
    return tuple(out)


def _providers(raw: Any, loc: Loc, where: Where) -> list[TargetSpec]:
    if raw is None:
        raise where.error(loc, "promptfoo config has no providers")
    items = raw if isinstance(raw, list) else [raw]
    return [
        _provider(item, (*loc, i) if isinstance(raw, list) else loc, where, i)
        for i, item in enumerate(items)
    ]


def _provider(item: Any, loc: Loc, where: Where, index: int) -> TargetSpec:
    config: dict[str, Any] = {}
    label = None
    if isinstance(item, dict):
        for k in item:
            if k not in ("id", "label", "config"):
                raise where.error(
                    (*loc, k), f"promptfoo provider field {k!r} is not supported by aire"
                )
        config = dict(item.get("config") or {})
        label = item.get("label")
        item = item.get("id")
    if not isinstance(item, str):
        raise where.error(loc, "a provider needs an id such as openai:chat:<model>")
    pid = item
    if pid in ("http", "https") or pid.startswith(("http://", "https://")):
        url = config.get("url") or (pid if "://" in pid else None)
        for k in config:
            if k not in _HTTP_CONFIG:
                raise where.error(
                    (*loc, "config", k), f"promptfoo http config {k!r} is not supported by aire"
                )
        if not url:
            raise where.error((*loc, "config", "url"), "the http provider needs config.url")
        transform = config.get("transformResponse", "json")
        m = _RESPONSE_PATH.fullmatch(transform) if isinstance(transform, str) else None
        if m is None:
            raise where.error(
                (*loc, "config", "transformResponse"),
                "only a JSON path transformResponse (json.a.b[0]) is supported by aire",
            )
        return TargetSpec(
            kind="http",
            label=label or pid,
            url=str(url),
            headers={str(k): str(v) for k, v in (config.get("headers") or {}).items()},
            body=config.get("body"),
            response_path=m.group(1).lstrip("."),
            method=str(config.get("method", "POST")).upper(),
        )
    parts = pid.split(":")
    if parts[0] == "openai" and len(parts) >= 2:
        if len(parts) >= 3 and parts[1] != "chat":
            raise where.error(
                loc, f"provider {pid!r}: only openai:chat:<model> is supported by aire"
            )
        model = (
            ":".join(parts[2:]) if parts[1] == "chat" and len(parts) >= 3 else ":".join(parts[1:])
        )
        kind = "openai"
    elif parts[0] == "anthropic" and len(parts) >= 3 and parts[1] == "messages":
        model, kind = ":".join(parts[2:]), "anthropic"
    else:
        raise where.error(
            loc,
            f"provider {pid!r} is not supported by aire (openai:chat:<model>, "
            "anthropic:messages:<model>, http)",
        )
    params: dict[str, Any] = {}
    for k, v in config.items():
        if k not in _OPENAI_CONFIG:
            raise where.error(
                (*loc, "config", k), f"promptfoo provider config {k!r} is not supported by aire"
            )
        param = _OPENAI_CONFIG[k]
        if param:
            params[param] = v
    url = config.get("apiBaseUrl")
    if url is None and config.get("apiHost"):
        url = f"https://{config['apiHost']}/v1"
    env_base = "OPENAI_BASE_URL" if kind == "openai" else "ANTHROPIC_BASE_URL"
    env_key = "OPENAI_API_KEY" if kind == "openai" else "ANTHROPIC_API_KEY"
    default_url = (
        "https://api.openai.com/v1" if kind == "openai" else "https://api.anthropic.com/v1"
    )
    url = url or os.environ.get(env_base) or os.environ.get("OPENAI_API_BASE_URL") or default_url
    key = config.get("apiKey")
    if key is None and config.get("apiKeyEnvar"):
        key = os.environ.get(str(config["apiKeyEnvar"]))
    key = key or os.environ.get(env_key)
    return TargetSpec(
        kind=kind,  # type: ignore[arg-type]
        label=label or pid,
        url=str(url),
        model=model,
        api_key=key,
        params=params,
        headers={str(k): str(v) for k, v in (config.get("headers") or {}).items()},
    )


def _tests(raw: Any, where: Where, base: Path) -> list[tuple[Any, Loc, Where]]:
    if raw is None:
        return [({}, ("tests",), where)]
    items = raw if isinstance(raw, list) else [raw]
    out: list[tuple[Any, Loc, Where]] = []
    for i, item in enumerate(items):
        loc: Loc = ("tests", i) if isinstance(raw, list) else ("tests",)
        if isinstance(item, str):
            name = item.removeprefix("file://")
            if "*" in name:
                raise where.error(loc, "test file globs are not supported by aire")
            path = base / name
            file_where = Where(str(path), None)
            for j, t in enumerate(read_tests_file(path, str(path))):
                out.append((t, (j,), file_where))
        else:
            out.append((item, loc, where))
    return out


def _vars(raw: Any, loc: Loc, where: Where, base: Path) -> dict[str, Any]:
    if isinstance(raw, str):
        raise where.error(loc, "vars from a file are not supported by aire")
    if not isinstance(raw, dict):
        raise where.error(loc, "vars must be a mapping")
    out: dict[str, Any] = {}
    for k, v in raw.items():
        if isinstance(v, str) and v.startswith("file://"):
            path = base / v[7:]
            if path.suffix in (".js", ".py", ".ts", ".cjs", ".mjs", ".rb"):
                raise where.error((*loc, k), "script vars are not supported by aire")
            try:
                v = path.read_text(encoding="utf-8")
            except OSError as exc:
                raise where.error((*loc, k), f"cannot read {v}: {exc.strerror or exc}") from None
        out[str(k)] = v
    return out
