"""YAML -> frozen pydantic models, with errors that name file, line and field path.

This is the only module that reads the process environment: ``${VAR}`` and
``${VAR:-default}`` in string values are substituted here, ``$${`` is a literal ``${``.
"""

from __future__ import annotations

import collections.abc
import difflib
import os
import re
import typing
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from aire.config.base import FieldError
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

_ENV_REF = re.compile(r"\$\$\{|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-(.*?))?\}")


class LineMap:
    """Where each value came from: field path -> 1-based line in the source file."""

    def __init__(self) -> None:
        self._lines: dict[Loc, int] = {}

    def record(self, loc: Loc, line: int) -> None:
        self._lines[loc] = line

    def prefixed(self, prefix: Loc) -> LineMap:
        """The same lines, with every path under ``prefix``."""
        out = LineMap()
        out._lines = {(*prefix, *loc): line for loc, line in self._lines.items()}
        return out

    def line_for(self, loc: Loc) -> int | None:
        """Line of the deepest recorded prefix of ``loc`` (pydantic locs can go deeper)."""
        for end in range(len(loc), -1, -1):
            line = self._lines.get(tuple(loc[:end]))
            if line is not None:
                return line
        return None


def format_loc(loc: Loc) -> str:
    """``("sim", "faults", 0, "rate")`` -> ``sim.faults[0].rate``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def _substitute(text: str, env: Mapping[str, str], source: str, line: int, loc: Loc) -> str:
    def repl(m: re.Match[str]) -> str:
        if m.group(0) == "$${":
            return "${"
        name, default = m.group(1), m.group(2)
        value = env.get(name)
        if value is None:
            if default is None:
                raise ConfigError(
                    f"environment variable {name} is not set (write ${{{name}:-default}} "
                    "to give a default)",
                    file=source,
                    line=line,
                    path=format_loc(loc) or None,
                )
            return default
        return value

    return _ENV_REF.sub(repl, text)


def parse_yaml(
    text: str, *, source: str = "<string>", env: Mapping[str, str] | None = None
) -> tuple[Any, LineMap]:
    """Parse YAML into plain Python values and a LineMap; reject duplicate keys."""
    environ = os.environ if env is None else env
    lines = LineMap()
    loader = yaml.SafeLoader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return {}, lines

        def walk(node: yaml.Node, loc: Loc) -> Any:
            line = node.start_mark.line + 1
            lines.record(loc, line)
            if isinstance(node, yaml.MappingNode):
                loader.flatten_mapping(node)
                out: dict[Any, Any] = {}
                for key_node, value_node in node.value:
                    key = loader.construct_object(key_node, deep=True)
                    if not isinstance(key, str | int | float | bool) or key is None:
                        raise ConfigError(
                            "mapping keys must be plain scalars",
                            file=source,
                            line=key_node.start_mark.line + 1,
                            path=format_loc(loc) or None,
                        )
                    if key in out:
                        raise ConfigError(
                            f"duplicate key {key!r}",
                            file=source,
                            line=key_node.start_mark.line + 1,
                            path=format_loc((*loc, str(key))),
                        )
                    child_loc = (*loc, str(key))
                    lines.record(child_loc, key_node.start_mark.line + 1)
                    out[key] = walk(value_node, child_loc)
                    lines.record(child_loc, key_node.start_mark.line + 1)
                return out
            if isinstance(node, yaml.SequenceNode):
                return [walk(item, (*loc, i)) for i, item in enumerate(node.value)]
            value = loader.construct_object(node, deep=True)
            if isinstance(value, str) and "$" in value:
                value = _substitute(value, environ, source, line, loc)
            return value

        return walk(root, ()), lines
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        raise ConfigError(
            f"invalid YAML: {problem}", file=source, line=mark.line + 1 if mark else None
        ) from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"invalid YAML: {exc}", file=source) from exc
    finally:
        loader.dispose()


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
    p = Path(path)
    source = str(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError("file not found", file=source) from None
    except IsADirectoryError:
        raise ConfigError("is a directory, not a file", file=source) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read file: {exc}", file=source) from None
    data, lines = parse_yaml(text, source=source, env=env)
    if not isinstance(data, dict):
        raise ConfigError("the top level must be a mapping of sections", file=source, line=1)
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
        try:
            text = Path(path).read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ConfigError("file not found", file=source) from None
        except (OSError, UnicodeDecodeError) as exc:
            reason = getattr(exc, "strerror", None) or exc
            raise ConfigError(f"cannot read file: {reason}", file=source) from None
        whole, lines = parse_yaml(text, source=source)
        if not isinstance(whole, dict):
            raise ConfigError("the top level must be a mapping of sections", file=source, line=1)
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
        _, lines = parse_yaml(Path(exc.file).read_text(encoding="utf-8"), source=exc.file)
    except (OSError, UnicodeDecodeError, ConfigError):
        return exc
    return ConfigError(exc.message, file=exc.file, line=lines.line_for(tuple(loc)), path=exc.path)
