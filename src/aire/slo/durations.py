"""Prometheus durations: parse ``1h30m`` and write seconds back the way Prometheus does.

The writer follows Prometheus' ``model.Duration.String`` (largest units first: y, w, d,
h, m, s, ms; years and weeks only when they divide exactly),
so a 28-day window is ``4w``, as in Sloth's series names.
"""

from __future__ import annotations

import re

__all__ = ["format_duration", "parse_duration"]

_UNITS = (
    ("y", 365 * 86400.0),
    ("w", 7 * 86400.0),
    ("d", 86400.0),
    ("h", 3600.0),
    ("m", 60.0),
    ("s", 1.0),
    ("ms", 0.001),
)
_PATTERN = re.compile(
    r"^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$"
)


def parse_duration(text: str) -> float:
    """Seconds in a Prometheus duration (``5m``, ``1h30m``, ``28d``); ValueError otherwise."""
    match = _PATTERN.match(text.strip())
    if not text.strip() or match is None or not any(match.groups()):
        raise ValueError(f"not a Prometheus duration: {text!r} (e.g. 5m, 1h, 30d)")
    return sum(int(g) * factor for g, (_, factor) in zip(match.groups(), _UNITS, strict=True) if g)


def format_duration(seconds: float) -> str:
    """``seconds`` as Prometheus writes a duration (``0s`` for zero)."""
    ms = round(seconds * 1000)
    if ms == 0:
        return "0s"
    out = []
    for unit, factor in _UNITS:
        size = round(factor * 1000)
        if unit in ("y", "w") and ms % size:
            continue  # years and weeks only when exact: 90d, not 12w6d
        count, ms = divmod(ms, size)
        if count:
            out.append(f"{count}{unit}")
    return "".join(out)
