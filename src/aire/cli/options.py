"""Command-line flags generated from config models, so ``--help`` documents every knob."""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

import click
from pydantic import BaseModel

from aire.config.loader import load_section

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
