"""What a translation carries along: the file's lines, the environment, where each aire
value came from, and the findings (unsupported settings, notes)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from aire.config.yaml_source import LineMap, format_loc
from aire.errors import ConfigError

__all__ = ["Finding", "Loc", "TranslationContext"]

Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class Finding:
    """A LiteLLM setting aire does not apply, or applies with a difference worth saying."""

    line: int | None
    path: str
    message: str

    def show(self, source: str) -> str:
        where = f"{source}:{self.line}" if self.line else source
        return f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"


class TranslationContext:
    def __init__(self, lines: LineMap, env: Mapping[str, str], source: str) -> None:
        self.lines = lines
        self.env = dict(env)  # environment_variables are layered over it
        self.source = source
        self.out_lines = LineMap()
        self.origins: dict[Loc, Loc] = {}
        self.unsupported: list[Finding] = []
        self.notes: list[Finding] = []

    # -- findings -----------------------------------------------------------------------

    def finding(self, loc: Loc, message: str) -> Finding:
        return Finding(self.lines.line_for(loc) if loc else None, format_loc(loc), message)

    def unsupported_at(self, loc: Loc, message: str) -> None:
        self.unsupported.append(self.finding(loc, message))

    def note(self, loc: Loc, message: str) -> None:
        found = self.finding(loc, message)
        if found not in self.notes:
            self.notes.append(found)

    def error(self, loc: Loc, message: str) -> ConfigError:
        return ConfigError(
            message,
            file=self.source,
            line=self.lines.line_for(loc),
            path=format_loc(loc) or None,
        )

    def record(self, aire_loc: Loc, origin: Loc) -> None:
        """``aire_loc`` of the translated document came from ``origin`` in the file."""
        self.origins[aire_loc] = origin
        line = self.lines.line_for(origin) if origin else None
        if line is not None:
            self.out_lines.record(aire_loc, line)

    # -- values -------------------------------------------------------------------------

    def resolve(self, value: object, loc: Loc) -> object:
        """``os.environ/NAME`` -> the variable's value (an unset one is an error, as
        ``${NAME}`` is in aire's own files); anything else as it is."""
        if not (isinstance(value, str) and value.startswith("os.environ/")):
            return value
        name = value.removeprefix("os.environ/")
        if name.startswith("oidc/"):
            raise self.error(loc, f"{value}: OIDC tokens are not supported by aire")
        found = self.env.get(name)
        if found is None:
            raise self.error(
                loc, f"environment variable {name} is not set (the file reads os.environ/{name})"
            )
        return found

    def number(self, value: object, loc: Loc) -> float | None:
        """A number (or a numeric string, as ``os.environ/`` gives); None for None."""
        value = self.resolve(value, loc)
        if value is None:
            return None
        if isinstance(value, bool):
            raise self.error(loc, f"must be a number, not {value}")
        if isinstance(value, int | float):
            return float(value)
        if isinstance(value, str):
            try:
                return float(value.replace("_", ""))
            except ValueError:
                pass
        raise self.error(loc, f"must be a number, not {value!r}")

    def integer(self, value: object, loc: Loc) -> int | None:
        number = self.number(value, loc)
        if number is None:
            return None
        if not number.is_integer():
            raise self.error(loc, f"must be a whole number, not {value!r}")
        return int(number)

    def text(self, value: object, loc: Loc) -> str | None:
        value = self.resolve(value, loc)
        if value is None or value == "":
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise self.error(loc, f"must be a string, not {value!r}")
        return str(value)

    def env_value(self, names: tuple[str, ...]) -> str | None:
        """The first of ``names`` set (and not empty) in the environment."""
        for name in names:
            value = self.env.get(name)
            if value:
                return value
        return None
