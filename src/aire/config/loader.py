"""YAML -> frozen pydantic models, with errors that name file, line and field path.

Reading and parsing the file (bounded aliases, ``${VAR}`` substitution, the line of every
value) is ``aire.config.yaml_source``; this module validates and names what is wrong.
"""

from __future__ import annotations

import collections.abc
import difflib
import re
import typing
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from aire.config.base import FieldError
from aire.config.yaml_source import LineMap, format_loc, parse_yaml, read_config_text
from aire.errors import ConfigError

__all__ = [
    "LineMap",
    "format_loc",
    "load_config",
    "load_section",
    "locate",
    "parse_yaml",
    "validate_config",
]

M = TypeVar("M", bound=BaseModel)
Loc = tuple[str | int, ...]


def _model_at(model: type[BaseModel], loc: Loc) -> type[BaseModel] | None:
    """The pydantic model class that a location inside ``model`` points into, if any."""
    current: Any = model
    skip_key = False
    for part in loc:
        if isinstance(part, int) or skip_key:
            skip_key = False
            continue
        fields = getattr(current, "model_fields", None)
        if fields is None or part not in fields:
            return None
        annotation = fields[part].annotation
        skip_key = typing.get_origin(annotation) in (dict, collections.abc.Mapping)
        current = _first_model(annotation)
        if current is None:
            return None
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _first_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _first_model(arg)
        if found is not None:
            return found
    return None


def _describe(model: type[BaseModel], err: Any) -> str:
    loc: Loc = tuple(err["loc"])
    if err["type"] == "extra_forbidden" and loc:
        parent = _model_at(model, loc[:-1])
        name = str(loc[-1])
        if parent is not None:
            known = sorted(parent.model_fields)
            close = difflib.get_close_matches(name, known, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else f" (known: {', '.join(known)})"
            return f"unknown field {name!r}{hint}"
        return f"unknown field {name!r}"
    msg = str(err["msg"])
    if err["type"] == "missing":
        return "required field is missing"
    if err["type"] == "value_error":  # a validator's own words, without pydantic's prefix
        msg = msg.removeprefix("Value error, ")
    if not msg:
        return "invalid value"
    # "Input should be ..." -> "input should be ...", but "URL scheme ..." stays as it is
    return msg if msg[1:2].isupper() else msg[0].lower() + msg[1:]


def _strip_union_tags(loc: Loc) -> Loc:
    # pydantic inserts the union member or tag name into loc ("function-after[...]", "json_schema")
    return tuple(p for p in loc if not (isinstance(p, str) and ("[" in p or p.endswith("]"))))


def validate_config(
    model: type[M],
    data: Any,
    *,
    source: str = "<config>",
    lines: LineMap | None = None,
    prefix: Loc = (),
    from_command_line: Collection[str] = (),
) -> M:
    """Validate plain data against ``model``; map every pydantic error to file:line and path.

    An error in one of the ``from_command_line`` fields (flags that override the file)
    names the command line, not the file.
    """
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        locs = [_strip_union_tags(tuple(e["loc"])) for e in errors]
        # A parent error caused by its child's (a tuple whose item failed) is noise; and an
        # unknown field usually explains a "missing" one next to it, so it goes first.
        errors = [
            e
            for e, loc in zip(errors, locs, strict=True)
            if not any(len(o) > len(loc) and o[: len(loc)] == loc for o in locs)
        ]
        errors.sort(key=lambda e: e["type"] != "extra_forbidden")
        problems: list[ConfigError] = []
        for err in errors:
            loc = _strip_union_tags(tuple(err["loc"]))
            cause = (err.get("ctx") or {}).get("error")
            if isinstance(cause, FieldError):  # a model rule that blames one of its fields
                loc = (*loc, *cause.loc)
                err = {**err, "msg": cause.message, "type": "field_error"}
            line = lines.line_for((*prefix, *loc)) if lines else None
            where = source
            if loc and str(loc[0]) in from_command_line:
                where, line = "command line", None
            problems.append(
                ConfigError(
                    _describe(model, {**err, "loc": loc}),
                    file=where,
                    line=line,
                    path=format_loc((*prefix, *loc)) or None,
                )
            )
        first = problems[0]
        if len(problems) > 1:
            rest = "\n".join("  " + p.show().removeprefix("config error: ") for p in problems[1:])
            first.message += f"\n{len(problems) - 1} more problem(s):\n{rest}"
        raise first from None


def load_config(
    path: str | Path | None,
    model: type[M],
    *,
    env: Mapping[str, str] | None = None,
    section: str | None = None,
) -> M:
    """Load ``model`` from a YAML file (or defaults when ``path`` is None).

    ``section`` picks one top-level key of the file (e.g. ``sim``) as the model's data.
    """
    if path is None:
        return validate_config(model, {})
    source = str(path)
    data, lines = parse_yaml(read_config_text(path), source=source, env=env)
    _check_top_level(data, source)
    prefix: Loc = ()
    if section is not None:
        data = data.get(section, {})
        prefix = (section,)
        if data is None:
            data = {}
    return validate_config(model, data, source=source, lines=lines, prefix=prefix)


def load_section(
    path: str | Path | None,
    section: str,
    model: type[M],
    overrides: Mapping[str, Any] | None = None,
    *,
    defaults: Mapping[str, Any] | None = None,
) -> M:
    """``model`` from one top-level section of a YAML file.

    Layers, last wins: ``defaults``, the file's section, ``overrides`` (command-line
    flags; None values are ignored). Errors name the file, line and field path.
    """
    data: dict[str, Any] = dict(defaults or {})
    lines = LineMap()
    source = "command line"
    if path is not None:
        source = str(path)
        whole, lines = parse_yaml(read_config_text(path), source=source)
        _check_top_level(whole, source)
        _check_sections(whole, source, lines)
        section_data = whole.get(section) or {}
        if not isinstance(section_data, dict):
            raise ConfigError(
                "must be a mapping", file=source, line=lines.line_for((section,)), path=section
            )
        data.update(section_data)
    flags = {k: v for k, v in (overrides or {}).items() if v is not None}
    data.update(flags)
    return validate_config(
        model, data, source=source, lines=lines, prefix=(section,), from_command_line=flags
    )


def _check_top_level(data: Any, source: str) -> None:
    if data is None:  # also a file of only comments: most likely the wrong file
        raise ConfigError("the file is empty (no sections)", file=source)
    if not isinstance(data, dict):
        raise ConfigError("the top level must be a mapping of sections", file=source, line=1)


def _check_sections(whole: dict[Any, Any], source: str, lines: LineMap) -> None:
    """ConfigError for a top-level key that is no section of ``aire.yaml`` (a typo such as
    ``gatewy:`` would otherwise leave the real section at its defaults, silently)."""
    from aire.config.root import AireConfig

    known = AireConfig.model_fields
    for key in whole:
        if str(key) not in known:
            close = difflib.get_close_matches(str(key), list(known), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else f" (known: {', '.join(known)})"
            raise ConfigError(
                f"unknown section {str(key)!r}{hint}",
                file=source,
                line=lines.line_for((str(key),)),
                path=str(key),
            )


def locate(exc: ConfigError) -> ConfigError:
    """``exc`` with the line of its field path in its file, when it names a file and a
    path but no line (an error found after loading, such as an unknown guard policy)."""
    if not exc.file or not exc.path or exc.line:
        return exc
    loc: list[str | int] = []
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", exc.path):
        loc.append(int(part[1:-1]) if part.startswith("[") else part)
    try:
        _, lines = parse_yaml(read_config_text(exc.file), source=exc.file)
    except ConfigError:
        return exc
    return ConfigError(exc.message, file=exc.file, line=lines.line_for(tuple(loc)), path=exc.path)
