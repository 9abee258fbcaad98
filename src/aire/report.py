"""One report module for every verdict aire writes (evals, drift, the readiness gate): a
report is data (a title, a verdict, metadata, sections of blocks) rendered to a
self-contained HTML page or to Markdown.

The HTML page has no script, no external font, style sheet or image: it opens from a
file, from a CI artefact store, or attached to an e-mail, and a browser shows it without
console errors. Charts are inline SVG. Every string is escaped.

    report = Report("eval: support-bot", verdict="FAIL", meta={"suite": "golden.yaml"})
    s = report.section("Cases")
    s.table(["case", "verdict", "pass rate"], [["refund", "fail", "45% [31%, 60%]"]])
    s.bars("pass rate by tag", {"core": 0.92, "edge": 0.71}, unit="%")
    Path("report.html").write_text(report.html())
"""

from __future__ import annotations

import html
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

__all__ = ["Block", "Report", "Section"]

Status = Literal["PASS", "WARN", "FAIL", "SKIP", "ERROR"]
Cell = str | int | float | None

_STATUS_WORDS = {"pass", "warn", "fail", "skip", "error", "flaky", "drift", "ok", "regression"}


@dataclass(frozen=True, slots=True)
class Block:
    """One piece of a section: ``kind`` is text, kv, table, bars or histogram."""

    kind: Literal["text", "kv", "table", "bars", "histogram"]
    title: str = ""
    text: str = ""
    headers: tuple[str, ...] = ()
    rows: tuple[tuple[Cell, ...], ...] = ()
    values: tuple[tuple[str, float], ...] = ()
    series: tuple[tuple[str, tuple[float, ...]], ...] = ()
    unit: str = ""


@dataclass(slots=True)
class Section:
    title: str
    status: str | None = None
    blocks: list[Block] = field(default_factory=list)

    def text(self, text: str) -> Section:
        self.blocks.append(Block("text", text=text))
        return self

    def kv(self, items: Mapping[str, Cell], title: str = "") -> Section:
        rows = tuple((k, v) for k, v in items.items())
        self.blocks.append(Block("kv", title=title, rows=rows))
        return self

    def table(
        self, headers: Sequence[str], rows: Sequence[Sequence[Cell]], title: str = ""
    ) -> Section:
        self.blocks.append(
            Block("table", title=title, headers=tuple(headers), rows=tuple(tuple(r) for r in rows))
        )
        return self

    def bars(self, title: str, values: Mapping[str, float], unit: str = "") -> Section:
        """A horizontal bar per label; ``unit="%"`` shows fractions (0-1) as percents."""
        self.blocks.append(Block("bars", title=title, values=tuple(values.items()), unit=unit))
        return self

    def histogram(
        self, title: str, series: Mapping[str, Sequence[float]], bins: int = 20
    ) -> Section:
        """Overlaid histograms of one or more samples (reference vs current, say) on
        shared bins."""
        data = tuple((name, tuple(float(v) for v in vals)) for name, vals in series.items())
        self.blocks.append(Block("histogram", title=title, series=data, unit=str(bins)))
        return self


@dataclass(slots=True)
class Report:
    title: str
    verdict: str | None = None
    meta: dict[str, str] = field(default_factory=dict)
    sections: list[Section] = field(default_factory=list)

    def section(self, title: str, status: str | None = None) -> Section:
        s = Section(title, status)
        self.sections.append(s)
        return s

    def html(self) -> str:
        parts = [
            '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">',
            f"<title>{_e(self.title)}</title>",
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<style>{_CSS}</style></head><body><header><h1>{_e(self.title)}</h1>",
        ]
        if self.verdict:
            parts.append(f'<span class="badge {_cls(self.verdict)}">{_e(self.verdict)}</span>')
        parts.append("</header>")
        if self.meta:
            parts.append(_kv_html(tuple(self.meta.items())))
        for s in self.sections:
            badge = (
                f' <span class="badge {_cls(s.status)}">{_e(s.status)}</span>' if s.status else ""
            )
            parts.append(f"<section><h2>{_e(s.title)}{badge}</h2>")
            parts.extend(_block_html(b) for b in s.blocks)
            parts.append("</section>")
        parts.append("</body></html>\n")
        return "".join(parts)

    def markdown(self) -> str:
        lines = [f"# {self.title}", ""]
        if self.verdict:
            lines += [f"**Verdict: {self.verdict}**", ""]
        for k, v in self.meta.items():
            lines.append(f"- {k}: {v}")
        if self.meta:
            lines.append("")
        for s in self.sections:
            lines += [f"## {s.title}" + (f" ({s.status})" if s.status else ""), ""]
            for b in s.blocks:
                lines += _block_md(b)
                lines.append("")
        return "\n".join(lines).rstrip() + "\n"


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _cls(word: object) -> str:
    w = str(word).strip().lower()
    return f"s-{w}" if w in _STATUS_WORDS else ""


def _fmt(value: Cell) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        if math.isnan(value):
            return "-"
        return f"{value:,.4g}" if abs(value) < 1e6 else f"{value:,.0f}"
    return str(value)


def _kv_html(rows: tuple[tuple[Cell, ...], ...]) -> str:
    cells = "".join(f"<dt>{_e(k)}</dt><dd>{_e(_fmt(v))}</dd>" for k, v in rows)
    return f"<dl>{cells}</dl>"


def _block_html(b: Block) -> str:
    head = f"<h3>{_e(b.title)}</h3>" if b.title else ""
    if b.kind == "text":
        return "".join(f"<p>{_e(p)}</p>" for p in b.text.split("\n\n"))
    if b.kind == "kv":
        return head + _kv_html(b.rows)
    if b.kind == "table":
        th = "".join(f"<th>{_e(h)}</th>" for h in b.headers)
        body = "".join(
            "<tr>" + "".join(f'<td class="{_cls(c)}">{_e(_fmt(c))}</td>' for c in row) + "</tr>"
            for row in b.rows
        )
        return f"{head}<table><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>"
    if b.kind == "bars":
        return head + _bars_svg(b.values, b.unit)
    return head + _histogram_svg(b.series, int(b.unit or 20))


def _bars_svg(values: tuple[tuple[str, float], ...], unit: str) -> str:
    finite = [v for _, v in values if math.isfinite(v)]
    top = 1.0 if unit == "%" else max([abs(v) for v in finite] + [1e-12])
    width, row, label_w = 640, 22, 200
    out = [
        f'<svg role="img" width="{width}" height="{row * len(values) + 4}"'
        f' viewBox="0 0 {width} {row * len(values) + 4}" xmlns="http://www.w3.org/2000/svg">'
    ]
    for i, (label, v) in enumerate(values):
        y = i * row + 2
        bar = 0.0 if not math.isfinite(v) else max(0.0, abs(v) / top) * (width - label_w - 90)
        shown = f"{v * 100:.1f}%" if unit == "%" else f"{_fmt(v)}{(' ' + unit) if unit else ''}"
        out.append(
            f'<text x="0" y="{y + 15}" class="lbl">{_e(label[:32])}</text>'
            f'<rect x="{label_w}" y="{y + 3}" width="{bar:.1f}" height="{row - 6}" class="bar"/>'
            f'<text x="{label_w + bar + 6:.1f}" y="{y + 15}" class="val">{_e(shown)}</text>'
        )
    out.append("</svg>")
    return "".join(out)


_SERIES_CLASSES = ("h0", "h1", "h2", "h3")


def _histogram_svg(series: tuple[tuple[str, tuple[float, ...]], ...], bins: int) -> str:
    finite = [v for _, vals in series for v in vals if math.isfinite(v)]
    if not finite:
        return "<p>(no values)</p>"
    lo, hi = min(finite), max(finite)
    if hi == lo:
        hi = lo + 1.0
    step = (hi - lo) / bins
    width, height, pad = 640, 180, 20
    shares: list[list[float]] = []
    for _, vals in series:
        counts = [0] * bins
        n = 0
        for v in vals:
            if math.isfinite(v):
                counts[min(bins - 1, int((v - lo) / step))] += 1
                n += 1
        shares.append([c / n if n else 0.0 for c in counts])
    top = max(max(s) for s in shares) or 1.0
    bw = (width - 2 * pad) / bins
    out = [
        f'<svg role="img" width="{width}" height="{height + 40}"'
        f' viewBox="0 0 {width} {height + 40}" xmlns="http://www.w3.org/2000/svg">'
    ]
    for k, s in enumerate(shares):
        cls = _SERIES_CLASSES[k % len(_SERIES_CLASSES)]
        for i, share in enumerate(s):
            h = share / top * height
            out.append(
                f'<rect x="{pad + i * bw:.1f}" y="{height - h:.1f}" width="{bw:.1f}"'
                f' height="{h:.1f}" class="{cls}"/>'
            )
    out.append(
        f'<text x="{pad}" y="{height + 16}" class="val">{_e(_fmt(lo))}</text>'
        f'<text x="{width - pad}" y="{height + 16}" class="val" text-anchor="end">'
        f"{_e(_fmt(hi))}</text>"
    )
    x = pad
    for k, (name, _) in enumerate(series):
        cls = _SERIES_CLASSES[k % len(_SERIES_CLASSES)]
        out.append(
            f'<rect x="{x}" y="{height + 26}" width="10" height="10" class="{cls}"/>'
            f'<text x="{x + 14}" y="{height + 35}" class="val">{_e(name[:40])}</text>'
        )
        x += 30 + 7 * min(40, len(name))
    out.append("</svg>")
    return "".join(out)


def _block_md(b: Block) -> list[str]:
    head = [f"### {b.title}", ""] if b.title else []
    if b.kind == "text":
        return [b.text]
    if b.kind == "kv":
        return head + [f"- {k}: {_fmt(v)}" for k, v in b.rows]
    if b.kind == "table":
        return [
            *head,
            "| " + " | ".join(_md(h) for h in b.headers) + " |",
            "|" + "---|" * len(b.headers),
            *("| " + " | ".join(_md(_fmt(c)) for c in row) + " |" for row in b.rows),
        ]
    if b.kind == "bars":
        return head + [
            f"- {label}: " + (f"{v * 100:.1f}%" if b.unit == "%" else f"{_fmt(v)} {b.unit}".strip())
            for label, v in b.values
        ]
    return head + [f"- {name}: n={len(vals)}" for name, vals in b.series]


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


_CSS = (
    "body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;"
    "max-width:1100px;padding:0 1rem;color:#1f2328;background:#fff}"
    "header{display:flex;align-items:center;gap:1rem}h1{font-size:1.5rem;margin:0}"
    "h2{font-size:1.15rem;border-bottom:1px solid #d0d7de;padding-bottom:.3rem;margin-top:2rem}"
    "h3{font-size:1rem}table{border-collapse:collapse;width:100%;margin:.5rem 0}"
    "th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}"
    "th{background:#f6f8fa}tbody tr:nth-child(even){background:#fbfcfd}"
    "dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dt{font-weight:600}"
    "dd{margin:0}.badge{padding:.15rem .6rem;border-radius:1rem;font-weight:700;font-size:.9rem;"
    "background:#eaeef2}.badge.s-pass,.badge.s-ok{background:#dafbe1;color:#116329}"
    ".badge.s-warn,.badge.s-flaky{background:#fff8c5;color:#7d4e00}"
    ".badge.s-fail,.badge.s-error,.badge.s-drift,.badge.s-regression{background:#ffebe9;"
    "color:#a40e26}td.s-pass,td.s-ok{color:#116329}td.s-fail,td.s-error,td.s-drift,"
    "td.s-regression{color:#a40e26;font-weight:600}td.s-warn,td.s-flaky{color:#7d4e00}"
    "svg{display:block;margin:.5rem 0}.lbl,.val{font-size:12px;fill:#1f2328}"
    ".bar{fill:#4f8cc9}.h0{fill:#4f8cc9;fill-opacity:.55}.h1{fill:#e0823d;fill-opacity:.55}"
    ".h2{fill:#2da44e;fill-opacity:.55}.h3{fill:#8250df;fill-opacity:.55}"
)
