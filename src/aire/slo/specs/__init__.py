"""SLO spec readers, one per format, found by what a document says it is.

| document says | reader |
|---|---|
| ``version: prometheus/v1`` | Sloth's spec (``sloth.py``) |
| ``apiVersion: sloth.slok.dev/v1``, ``kind: PrometheusServiceLevel`` | Sloth's Kubernetes form |
| ``apiVersion: openslo/v1alpha`` or ``openslo/v1`` (``SLO``, ``SLI``) | OpenSLO |
| ``version: aire/v1`` | aire's own spec (``aire.py``) |

A file may hold several YAML documents (``---``); an OpenSLO ``SLO`` may refer to an
``SLI`` document of the same file. Every error names the file, line and field.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from aire.config.yaml_source import LineMap, parse_yaml, read_config_text
from aire.errors import ConfigError
from aire.registry import import_from_string
from aire.slo.model import SLO

__all__ = ["READERS", "Document", "read_slos", "read_slos_text"]


@dataclass(frozen=True, slots=True)
class Document:
    data: dict[str, Any]
    lines: LineMap
    source: str


#: format name -> "module:function" taking (document, all documents) -> [SLO]
READERS: dict[str, str] = {
    "sloth": "aire.slo.specs.sloth:read_prometheus_v1",
    "sloth-k8s": "aire.slo.specs.sloth:read_kubernetes",
    "openslo": "aire.slo.specs.openslo:read_openslo",
    "aire": "aire.slo.specs.aire:read_aire",
}

_SEPARATOR = re.compile(r"^---[ \t]*(?:#.*)?$", re.MULTILINE)


def _format_of(doc: Document) -> str | None:
    d = doc.data
    if d.get("version") == "prometheus/v1":
        return "sloth"
    if d.get("version") == "aire/v1":
        return "aire"
    api = str(d.get("apiVersion", ""))
    if api.startswith("sloth.slok.dev/") and d.get("kind") == "PrometheusServiceLevel":
        return "sloth-k8s"
    if api in ("openslo/v1alpha", "openslo/v1"):
        return "openslo"
    return None


def _documents(text: str, source: str) -> list[Document]:
    docs = []
    start = 0
    bounds = [m.start() for m in _SEPARATOR.finditer(text)] + [len(text)]
    for end in bounds:
        chunk = text[start:end]
        # blank lines in front keep the file's line numbers in errors
        padding = "\n" * text.count("\n", 0, start)
        start = end + 3 if end < len(text) else end
        data, lines = parse_yaml(padding + chunk, source=source)
        if data is None:
            continue
        if not isinstance(data, dict):
            raise ConfigError("an SLO spec document must be a mapping", file=source)
        docs.append(Document(data, lines, source))
    return docs


def read_slos_text(text: str, source: str = "<spec>") -> list[SLO]:
    docs = _documents(text, source)
    if not docs:
        raise ConfigError("no SLO spec in the file", file=source)
    slos: list[SLO] = []
    for doc in docs:
        fmt = _format_of(doc)
        if fmt is None:
            if doc.data.get("kind") in ("SLI", "Service", "AlertPolicy", "DataSource"):
                continue  # OpenSLO documents an SLO refers to
            raise ConfigError(
                "not an SLO spec aire reads: expected version prometheus/v1 or aire/v1, "
                "apiVersion sloth.slok.dev/v1 (PrometheusServiceLevel) or openslo/v1alpha|v1",
                file=source,
                line=doc.lines.line_for(()),
            )
        reader = cast(
            Callable[[Document, list[Document]], list[SLO]], import_from_string(READERS[fmt])
        )
        slos.extend(reader(doc, docs))
    ids = [s.id for s in slos]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise ConfigError(f"SLO ids must be unique, repeated: {', '.join(dupes)}", file=source)
    return slos


def read_slos(path: str | Path) -> list[SLO]:
    """Every SLO in a spec file, whatever its format."""
    return read_slos_text(read_config_text(path), str(path))
