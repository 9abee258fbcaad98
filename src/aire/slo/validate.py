"""Check Prometheus rule files as ``promtool check rules`` does, with or without promtool.

Checks (Prometheus' ``rulefmt`` and rule loading): the file is YAML with only ``groups``;
each group has a unique, non-empty name, a valid ``interval``, known fields only; each
rule has exactly one of ``record``/``alert`` and an ``expr`` that parses as PromQL (by
``promql-parser``, the Rust parser of GreptimeDB; extra ``slo``; one that yields a range
vector or a string is a warning, as promtool lets it through to fail at evaluation);
a record name is a valid metric name; label names are valid and not reserved; ``for``,
``keep_firing_for`` and ``annotations`` only on alerts; templates in labels and annotations
have balanced ``{{ }}``; the same record with the same labels twice
is reported (promtool warns of duplicate rules). When ``promtool`` is on the PATH it runs
too, and its verdict is the one that counts.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from aire.slo.durations import parse_duration

__all__ = ["Problem", "Validation", "check_rules", "check_rules_text"]

_METRIC = re.compile(r"^[a-zA-Z_:][a-zA-Z0-9_:]*$")
_LABEL = re.compile(r"^[a-zA-Z_][a-zA-Z0-9_]*$")
_GROUP_FIELDS = {"name", "interval", "query_offset", "limit", "rules", "labels"}
_RULE_FIELDS = {"record", "alert", "expr", "for", "keep_firing_for", "labels", "annotations"}


@dataclass(frozen=True, slots=True)
class Problem:
    where: str  # "groups[0].rules[3].expr"
    message: str
    warning: bool = False

    def __str__(self) -> str:
        kind = "warning" if self.warning else "error"
        return f"{kind}: {self.where}: {self.message}"


@dataclass(slots=True)
class Validation:
    file: str
    rules: int = 0
    problems: list[Problem] = field(default_factory=list)
    promtool: str | None = None  # promtool's output when it ran
    promtool_ok: bool | None = None
    parser: bool = True  # PromQL was parsed (promql-parser installed)

    @property
    def ok(self) -> bool:
        own = not any(not p.warning for p in self.problems)
        return own and self.promtool_ok is not False


def _parse_promql() -> Any:
    try:
        import promql_parser
    except ImportError:  # pragma: no cover - the extra is in dev
        return None
    return promql_parser


def _check_expr(expr: str, where: str, out: list[Problem], parser: Any) -> None:
    if parser is None:
        return
    try:
        node = parser.parse(expr)
    except (ValueError, RuntimeError) as exc:
        out.append(Problem(where, f"could not parse expression: {exc}"))
        return
    if isinstance(node, (parser.MatrixSelector, parser.SubqueryExpr, parser.StringLiteral)):
        # promtool accepts these; the rule then fails at every evaluation
        kind = "string" if isinstance(node, parser.StringLiteral) else "range vector"
        message = f"expression of type {kind}: every evaluation will fail (want a vector)"
        out.append(Problem(where, message, warning=True))


def _check_template(text: str, where: str, out: list[Problem]) -> None:
    depth = 0
    for token in re.findall(r"\{\{|\}\}", text):
        depth += 1 if token == "{{" else -1
        if depth < 0 or depth > 1:
            break
    if depth != 0:
        out.append(Problem(where, "template has unbalanced {{ }}"))


def _check_labels(labels: Any, where: str, out: list[Problem], *, template: bool) -> None:
    if labels is None:
        return
    if not isinstance(labels, dict):
        out.append(Problem(where, "must be a mapping of names to strings"))
        return
    for k, v in labels.items():
        if not isinstance(k, str) or not _LABEL.match(k):
            out.append(Problem(f"{where}.{k}", "invalid label name"))
        elif k.startswith("__"):
            out.append(Problem(f"{where}.{k}", "label names starting with __ are reserved"))
        if not isinstance(v, (str, int, float)) or isinstance(v, bool):
            out.append(Problem(f"{where}.{k}", "the value must be a string"))
        elif template:
            _check_template(str(v), f"{where}.{k}", out)


def _check_rule(
    rule: Any, where: str, v: Validation, parser: Any, seen: dict[tuple[Any, ...], str]
) -> None:
    out = v.problems
    if not isinstance(rule, dict):
        out.append(Problem(where, "a rule must be a mapping"))
        return
    for unknown in sorted(set(rule) - _RULE_FIELDS):
        out.append(Problem(f"{where}.{unknown}", "field not found in type rulefmt.Rule"))
    record, alert = rule.get("record"), rule.get("alert")
    if (record is None) == (alert is None):
        out.append(Problem(where, "one of 'record' or 'alert' must be set"))
        return
    v.rules += 1
    expr = rule.get("expr")
    if not isinstance(expr, str) or not expr.strip():
        out.append(Problem(f"{where}.expr", "field 'expr' must be set in rule"))
    else:
        _check_expr(expr, f"{where}.expr", out, parser)
    if record is not None:
        if not isinstance(record, str) or not _METRIC.match(record):
            out.append(Problem(f"{where}.record", f"invalid recording rule name: {record}"))
        for name in ("for", "keep_firing_for", "annotations"):
            if name in rule:
                out.append(Problem(f"{where}.{name}", f"invalid field '{name}' in recording rule"))
        labels = rule.get("labels") or {}
        key = (
            record,
            tuple(sorted((str(k), str(x)) for k, x in labels.items()))
            if isinstance(labels, dict)
            else (),
        )
        if key in seen:
            out.append(Problem(where, f"duplicate rule (same as {seen[key]})", warning=True))
        seen[key] = where
    else:
        if not isinstance(alert, str) or not alert.strip():
            out.append(Problem(f"{where}.alert", "invalid alert name"))
        for name in ("for", "keep_firing_for"):
            if name in rule:
                try:
                    parse_duration(str(rule[name]))
                except ValueError as exc:
                    out.append(Problem(f"{where}.{name}", str(exc)))
        _check_labels(rule.get("annotations"), f"{where}.annotations", out, template=True)
    _check_labels(rule.get("labels"), f"{where}.labels", out, template=alert is not None)


def check_rules_text(
    text: str, source: str = "<rules>", *, use_promtool: bool = True
) -> Validation:
    v = Validation(source)
    parser = _parse_promql()
    v.parser = parser is not None
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        v.problems.append(Problem(source, f"not YAML: {exc}"))
        return v
    if doc is None:
        doc = {}
    if not isinstance(doc, dict):
        v.problems.append(Problem(source, "a rule file is a mapping with 'groups'"))
        return v
    for unknown in sorted(set(doc) - {"groups"}):
        v.problems.append(Problem(str(unknown), "field not found in type rulefmt.RuleGroups"))
    groups = doc.get("groups") or []
    if not isinstance(groups, list):
        v.problems.append(Problem("groups", "must be a list"))
        return v
    names: set[str] = set()
    seen: dict[tuple[Any, ...], str] = {}
    for i, group in enumerate(groups):
        gw = f"groups[{i}]"
        if not isinstance(group, dict):
            v.problems.append(Problem(gw, "a group must be a mapping"))
            continue
        for unknown in sorted(set(group) - _GROUP_FIELDS):
            v.problems.append(
                Problem(f"{gw}.{unknown}", "field not found in type rulefmt.RuleGroup")
            )
        name = group.get("name")
        if not isinstance(name, str) or not name:
            v.problems.append(Problem(f"{gw}.name", "groupname must not be empty"))
        elif name in names:
            v.problems.append(Problem(f"{gw}.name", f"{name!r}: repeated in the same file"))
        else:
            names.add(name)
        if "interval" in group:
            try:
                parse_duration(str(group["interval"]))
            except ValueError as exc:
                v.problems.append(Problem(f"{gw}.interval", str(exc)))
        rules = group.get("rules") or []
        if not isinstance(rules, list):
            v.problems.append(Problem(f"{gw}.rules", "must be a list"))
            continue
        for j, rule in enumerate(rules):
            _check_rule(rule, f"{gw}.rules[{j}]", v, parser, seen)
    if use_promtool:
        _promtool(text, v)
    return v


def _promtool(text: str, v: Validation) -> None:
    exe = shutil.which("promtool")
    if exe is None:
        return
    import tempfile

    with tempfile.NamedTemporaryFile("w", suffix=".yml") as f:
        f.write(text)
        f.flush()
        try:
            out = subprocess.run(
                [exe, "check", "rules", f.name], capture_output=True, text=True, timeout=60
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            v.promtool = f"promtool could not run: {exc}"
            return
    v.promtool = (out.stdout + out.stderr).replace(f.name, v.file).strip()
    v.promtool_ok = out.returncode == 0


def check_rules(path: str | Path, *, use_promtool: bool = True) -> Validation:
    text = Path(path).read_text(encoding="utf-8")
    return check_rules_text(text, str(path), use_promtool=use_promtool)
