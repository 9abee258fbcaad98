"""Reading a YAML config file safely: bounded, strict, with the line of every value.

PyYAML's safe loader still trusts the document's shape: aliases expand without limit (a
400-byte "billion laughs" file becomes gigabytes once walked), an alias inside its own
anchor is a cycle (a RecursionError later), deep nesting exhausts the stack, duplicate
keys silently keep the last, and ``.inf``/``.nan`` or 5,000-digit integers pass. Here the
composer is bounded *before* anything is expanded: aliases may add at most
``MAX_ALIAS_EXPANSION`` values and characters to the document, nesting (aliases included)
is at most ``MAX_DEPTH`` deep, a cycle is refused; and the walk that turns nodes into
Python values refuses duplicate keys (naming both lines), non-finite floats and integers
beyond 64 bits. Every refusal is a ``ConfigError`` with file and line.

This is the only module that reads the process environment for config: ``${VAR}`` and
``${VAR:-default}`` in string values are substituted here, ``$${`` is a literal ``${``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from aire.errors import ConfigError

__all__ = [
    "MAX_ALIAS_EXPANSION",
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "LineMap",
    "environment",
    "format_loc",
    "parse_yaml",
    "read_config_text",
]

Loc = tuple[str | int, ...]

#: values + characters that aliases may add to a document (a real config adds hundreds)
MAX_ALIAS_EXPANSION = 1_000_000
#: nesting of mappings and lists, through aliases too (configs need about 8)
MAX_DEPTH = 100
#: a config file larger than this is not a config file (and /dev/zero is not read forever)
MAX_FILE_BYTES = 16 * 1024 * 1024
_INT64 = 2**63

_ENV_REF = re.compile(r"\$\$\{|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-(.*?))?\}")
_MERGE_TAG = "tag:yaml.org,2002:merge"


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


def environment(env: Mapping[str, str] | None = None) -> Mapping[str, str]:
    """The variables a config file may read: ``env``, else the process environment."""
    import os

    return os.environ if env is None else env


def format_loc(loc: Loc) -> str:
    """``("sim", "faults", 0, "rate")`` -> ``sim.faults[0].rate``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def read_config_text(path: str | Path) -> str:
    """The text of a config file; a missing, unreadable, huge or non-UTF-8 file is a
    ``ConfigError`` naming it (and the line of the first bad byte)."""
    source = str(path)
    try:
        with Path(path).open("rb") as stream:
            raw = stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise ConfigError("file not found", file=source) from None
    except IsADirectoryError:
        raise ConfigError("is a directory, not a file", file=source) from None
    except OSError as exc:
        raise ConfigError(f"cannot read file: {exc.strerror or exc}", file=source) from None
    if len(raw) > MAX_FILE_BYTES:
        raise ConfigError(f"larger than {MAX_FILE_BYTES // 2**20} MB", file=source)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ConfigError(
            f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at column {column})",
            file=source,
            line=line,
        ) from None


class _Refused(Exception):
    """The document's shape is refused at ``mark`` (turned into a ConfigError with file)."""

    def __init__(self, message: str, mark: yaml.Mark | None) -> None:
        super().__init__(message)
        self.message = message
        self.line = mark.line + 1 if mark is not None else None


class _BoundedLoader(yaml.SafeLoader):
    """A safe loader whose composer measures every node as it is built, so an alias is
    refused before it expands past the limits, and a cycle before it recurses."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._depth = 0
        self._added = 0  # what aliases have added so far
        # id(node) -> (expanded size, expanded depth); set when the node is complete, so
        # an alias to a node without an entry points into itself
        self._measures: dict[int, tuple[int, int]] = {}

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            target = self.anchors.get(event.anchor)
            if target is not None:
                measure = self._measures.get(id(target))
                if measure is None:
                    raise _Refused(
                        f"alias *{event.anchor} is inside its own anchor (a cycle)",
                        event.start_mark,
                    )
                self._added += measure[0]
                if self._added > MAX_ALIAS_EXPANSION:
                    raise _Refused(
                        f"aliases expand the document past {MAX_ALIAS_EXPANSION:,} values and"
                        f" characters (at *{event.anchor}); write the values out instead",
                        event.start_mark,
                    )
            return super().compose_node(parent, index)
        self._depth += 1
        if self._depth > MAX_DEPTH:
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise _Refused(f"nested deeper than {MAX_DEPTH} levels", event.start_mark)
        node = super().compose_node(parent, index)
        self._depth -= 1
        if node is None:  # no event to compose (not reached for a well-formed stream)
            return None
        if isinstance(node, yaml.ScalarNode):
            size, depth = 1 + len(node.value), 0
        else:
            children = (
                [c for pair in node.value for c in pair]
                if isinstance(node, yaml.MappingNode)
                else node.value
            )
            measures = [self._measures[id(c)] for c in children]
            size = 1 + sum(m[0] for m in measures)
            depth = 1 + max((m[1] for m in measures), default=0)
            if depth > MAX_DEPTH:
                raise _Refused(
                    f"nested deeper than {MAX_DEPTH} levels (through aliases)", node.start_mark
                )
        self._measures[id(node)] = (size, depth)
        return node


class UnsetVariable:
    """A value that named an environment variable that is not set, kept in place of the
    value by ``parse_yaml(defer_unset=True)``: the error is raised only when a command
    reads the section that holds it (``raise_unset``), so that ``aire audit verify`` does
    not need the gateway's master key."""

    __slots__ = ("error",)

    def __init__(self, error: ConfigError) -> None:
        self.error = error

    def __repr__(self) -> str:
        return f"UnsetVariable({self.error.message!r})"


def raise_unset(value: Any) -> None:
    """Raise the ConfigError of the first ``UnsetVariable`` in ``value``, if any."""
    if isinstance(value, UnsetVariable):
        raise value.error
    if isinstance(value, dict):
        for item in value.values():
            raise_unset(item)
    elif isinstance(value, list):
        for item in value:
            raise_unset(item)


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


def _merged_pairs(value: yaml.Node, source: str) -> list[tuple[yaml.Node, yaml.Node]]:
    """The pairs a ``<<:`` merge brings in, earlier mappings winning (the YAML merge spec)."""
    sources = value.value if isinstance(value, yaml.SequenceNode) else [value]
    pairs: list[tuple[yaml.Node, yaml.Node]] = []
    for sub in reversed(sources):  # later ones first, so that earlier ones overwrite them
        if not isinstance(sub, yaml.MappingNode):
            raise ConfigError(
                "a merge (<<) takes a mapping or a list of mappings",
                file=source,
                line=sub.start_mark.line + 1,
            )
        for key, val in sub.value:
            pairs.extend(_merged_pairs(val, source) if key.tag == _MERGE_TAG else [(key, val)])
    return pairs


def parse_yaml(
    text: str,
    *,
    source: str = "<string>",
    env: Mapping[str, str] | None = None,
    defer_unset: bool = False,
) -> tuple[Any, LineMap]:
    """Parse one YAML document into plain Python values and a LineMap (see the module
    docstring for what is refused). An empty document is ``None``. With ``defer_unset``,
    a value naming an unset environment variable becomes an ``UnsetVariable`` (see
    ``raise_unset``) instead of an error now."""
    environ = environment(env)
    lines = LineMap()
    loader: _BoundedLoader | None = None

    def scalar(node: yaml.Node, loc: Loc) -> Any:
        assert loader is not None
        where: dict[str, Any] = {
            "file": source,
            "line": node.start_mark.line + 1,
            "path": format_loc(loc) or None,
        }
        try:
            value = loader.construct_object(node, deep=True)
        except ValueError as exc:  # int("9" * 5000), a date such as 2024-13-45
            message = f"not a valid value: {exc}"
            if "integer string conversion" in str(exc):  # beyond Python's digit limit
                message = f"integer too large ({len(str(node.value).lstrip('+-'))} digits)"
            raise ConfigError(message, **where) from None
        if isinstance(value, float) and not math.isfinite(value):
            raise ConfigError(f"only finite numbers, not {node.value}", **where)
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= _INT64:
            digits = len(str(abs(value)))
            raise ConfigError(f"integer too large ({digits} digits; 64 bits at most)", **where)
        return value

    def walk(node: yaml.Node, loc: Loc) -> Any:
        line = node.start_mark.line + 1
        lines.record(loc, line)
        if isinstance(node, yaml.MappingNode):
            out: dict[Any, Any] = {}
            first_line: dict[Any, int] = {}
            merged: list[tuple[yaml.Node, yaml.Node]] = []
            own: list[tuple[yaml.Node, yaml.Node]] = []
            for key_node, value_node in node.value:
                if key_node.tag == _MERGE_TAG:
                    merged.extend(_merged_pairs(value_node, source))
                else:
                    own.append((key_node, value_node))
            # merged pairs first: the mapping's own keys override them (not duplicates)
            tagged = [(False, pair) for pair in merged] + [(True, pair) for pair in own]
            for is_own, (key_node, value_node) in tagged:
                key_line = key_node.start_mark.line + 1
                if not isinstance(key_node, yaml.ScalarNode):
                    raise ConfigError(
                        "mapping keys must be plain scalars",
                        file=source,
                        line=key_line,
                        path=format_loc(loc) or None,
                    )
                key = scalar(key_node, loc)
                if key is None or not isinstance(key, str | int | float | bool):
                    raise ConfigError(
                        "mapping keys must be plain scalars",
                        file=source,
                        line=key_line,
                        path=format_loc(loc) or None,
                    )
                child_loc = (*loc, str(key))
                if is_own and key in first_line:
                    raise ConfigError(
                        f"duplicate key {key!r} (first on line {first_line[key]})",
                        file=source,
                        line=key_line,
                        path=format_loc(child_loc),
                    )
                if is_own:
                    first_line[key] = key_line
                out[key] = walk(value_node, child_loc)
                lines.record(child_loc, key_line)
            return out
        if isinstance(node, yaml.SequenceNode):
            return [walk(item, (*loc, i)) for i, item in enumerate(node.value)]
        value = scalar(node, loc)
        if isinstance(value, str) and "$" in value:
            try:
                value = _substitute(value, environ, source, line, loc)
            except ConfigError as exc:
                if not defer_unset:
                    raise
                return UnsetVariable(exc)
        return value

    try:
        loader = _BoundedLoader(text)
        root = loader.get_single_node()
        if root is None:
            return None, lines
        return walk(root, ()), lines
    except _Refused as exc:
        raise ConfigError(exc.message, file=source, line=exc.line) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        if exc.context and exc.problem and exc.problem.startswith("but "):
            problem = f"{exc.context}, {exc.problem}"  # "expected ..., but found ..."
        raise ConfigError(
            f"invalid YAML: {problem}", file=source, line=mark.line + 1 if mark else None
        ) from None
    except yaml.reader.ReaderError as exc:  # a control character: no mark, a position
        line = text.count("\n", 0, exc.position) + 1
        raise ConfigError(
            f"invalid YAML: control character U+{exc.character:04X} is not allowed",
            file=source,
            line=line,
        ) from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"invalid YAML: {exc}", file=source) from None
    finally:
        if loader is not None:
            loader.dispose()
