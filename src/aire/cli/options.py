"""Command-line flags generated from config models, so ``--help`` documents every knob."""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar

import click
from pydantic import BaseModel

from aire.config.loader import LineMap, parse_yaml, validate_config
from aire.errors import ConfigError

__all__ = ["load_section", "model_options"]

M = TypeVar("M", bound=BaseModel)
F = TypeVar("F", bound=Callable[..., Any])


def _click_type(annotation: Any) -> tuple[Any, bool]:
    """(click type, is_flag) for a scalar field annotation; (None, False) if not scalar."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _click_type(args[0]) if len(args) == 1 else (None, False)
    if origin is typing.Literal:
        return click.Choice([str(a) for a in typing.get_args(annotation)]), False
    if annotation is bool:
        return None, True
    if annotation in (int, float, str):
        return annotation, False
    if annotation is Path:
        return click.Path(path_type=Path), False
    return None, False


def model_options(model: type[BaseModel], skip: Iterable[str] = ()) -> Callable[[F], F]:
    """Decorate a command with one ``--field-name`` option per scalar field of ``model``.

    Options default to None so only flags the user gave override the config file.
    """
    skipped = set(skip)

    def decorate(func: F) -> F:
        for name, field in reversed(list(model.model_fields.items())):
            if name in skipped:
                continue
            ctype, is_flag = _click_type(field.annotation)
            flag = "--" + name.replace("_", "-")
            default = field.get_default(call_default_factory=True)
            shown = f"{default}" if default is not None else "none"
            help_text = f"{field.description or ''} [default: {shown}]".strip()
            if is_flag:
                option = click.option(
                    f"{flag}/--no-{name.replace('_', '-')}", name, default=None, help=help_text
                )
            elif ctype is not None:
                option = click.option(flag, name, type=ctype, default=None, help=help_text)
            else:
                continue
            func = option(func)
        return func

    return decorate


def load_section(
    path: Path | None, section: str, model: type[M], overrides: Mapping[str, Any]
) -> M:
    """``model`` from section ``section`` of the file at ``path``, with flags on top."""
    data: dict[str, Any] = {}
    lines = LineMap()
    source = "command line"
    if path is not None:
        source = str(path)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"cannot read file: {exc.strerror or exc}", file=source) from None
        whole, lines = parse_yaml(text, source=source)
        if not isinstance(whole, dict):
            raise ConfigError("the top level must be a mapping of sections", file=source, line=1)
        section_data = whole.get(section) or {}
        if not isinstance(section_data, dict):
            raise ConfigError(
                "must be a mapping", file=source, line=lines.line_for((section,)), path=section
            )
        data = dict(section_data)
    data.update({k: v for k, v in overrides.items() if v is not None})
    return validate_config(model, data, source=source, lines=lines, prefix=(section,))
