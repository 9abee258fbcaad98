"""YAML -> frozen pydantic models, with errors that name file, line and field path.

Reading and parsing the file (bounded aliases, ``${VAR}`` substitution, the line of every
value) is ``aire.config.yaml_source``; this module validates and names what is wrong.
``read_document`` also reads LiteLLM's proxy config, for the gateway only
(``aire.config.litellm`` translates it).
"""

from __future__ import annotations

import collections.abc
import difflib
import re
import typing
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from aire.config.base import FieldError
from aire.config.yaml_source import (
    LineMap,
    environment,
    format_loc,
    parse_yaml,
    raise_unset,
    read_config_text,
)
from aire.errors import ConfigError, UnsupportedSettings

if TYPE_CHECKING:
    from aire.config.litellm import Translation

__all__ = [
    "ConfigDocument",
    "LineMap",
    "format_loc",
    "load_config",
    "load_section",
    "locate",
    "parse_yaml",
    "read_document",
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
    show_loc: Callable[[Loc], str] = format_loc,
) -> M:
    """Validate plain data against ``model``; map every pydantic error to file:line and path.

    An error in one of the ``from_command_line`` fields (flags that override the file)
    names the command line, not the file. ``show_loc`` names a field path as the file
    writes it (a translated file has its own names).
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
                    path=show_loc((*prefix, *loc)) or None,
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
    return read_document(path).section(section, model, overrides, defaults=defaults)


@dataclass(frozen=True)
class ConfigDocument:
    """A config file read into aire's sections, with the line of every value.

    ``translation`` is set when the file was LiteLLM's proxy config: its values came from
    LiteLLM's settings, and errors name those (``model_list[2].litellm_params.rpm``)."""

    data: dict[str, Any] = field(default_factory=dict)
    lines: LineMap = field(default_factory=LineMap)
    source: str = "command line"
    translation: Translation | None = None

    def section(
        self,
        name: str,
        model: type[M],
        overrides: Mapping[str, Any] | None = None,
        *,
        defaults: Mapping[str, Any] | None = None,
    ) -> M:
        """``model`` from section ``name``: ``defaults`` < the file < ``overrides``."""
        data: dict[str, Any] = dict(defaults or {})
        section_data = self.data.get(name) or {}
        raise_unset(section_data)
        if not isinstance(section_data, dict):
            raise ConfigError(
                "must be a mapping", file=self.source, line=self.lines.line_for((name,)), path=name
            )
        data.update(section_data)
        flags = {k: v for k, v in (overrides or {}).items() if v is not None}
        data.update(flags)
        return validate_config(
            model,
            data,
            source=self.source,
            lines=self.lines,
            prefix=(name,),
            from_command_line=flags,
            show_loc=self.translation.show_loc if self.translation else format_loc,
        )

    def warnings(self) -> list[str]:
        """What to tell the user about a translated file, one line each: the settings
        left out (``ignore_unsupported``), then those applied with a difference."""
        if self.translation is None:
            return []
        left_out = [
            f"warning: {f.show(self.source)} (left out: --ignore-unsupported)"
            for f in self.translation.unsupported
        ]
        return left_out + [f"note: {f.show(self.source)}" for f in self.translation.notes]


def read_document(
    path: str | Path | None,
    *,
    env: Mapping[str, str] | None = None,
    litellm: bool = False,
    ignore_unsupported: bool = False,
) -> ConfigDocument:
    """Read a config file (None: an empty document). With ``litellm``, LiteLLM's proxy
    config is translated too; the settings aire does not support are one
    ``UnsupportedSettings`` error listing each with its line, unless
    ``ignore_unsupported`` (then they are left out, and listed by ``warnings()``)."""
    if path is None:
        return ConfigDocument()
    source = str(path)
    # an unset ${VAR} fails the command only if it reads the section that holds it
    data, lines = parse_yaml(read_config_text(path), source=source, env=env, defer_unset=True)
    _check_top_level(data, source)
    from aire.config.litellm import LITELLM_SECTIONS, is_litellm_config, translate

    if is_litellm_config(data):
        raise_unset(data)
    else:
        _check_sections(data, source, lines)
        return ConfigDocument(data, lines, source)
    if not litellm:
        raise ConfigError(
            "this is a LiteLLM proxy config (it has "
            f"{', '.join(k for k in data if k in LITELLM_SECTIONS)}): "
            "`aire serve -c` reads it; other verbs read aire's own sections",
            file=source,
        )
    translation = translate(data, lines, env=environment(env), source=source)
    if translation.unsupported and not ignore_unsupported:
        raise UnsupportedSettings([f.show(source) for f in translation.unsupported], file=source)
    document = ConfigDocument(translation.data, translation.lines, source, translation)
    if "state" in translation.data:  # nothing else reads it yet: check it here
        from aire.config.state import StateConfig

        document.section("state", StateConfig)
    return document


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
