"""Drift and silent degradation: offline comparison of two datasets (``compare``),
reference profiles and online detectors for the gateway, bias checks.

    from aire.drift import compare_frames
    result = compare_frames(reference_df, current_df)   # pandas or Polars
    result.drift, result.drifted, result.as_dict()
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from aire.drift.offline import (
        ColumnDrift,
        DatasetDrift,
        DriftOptions,
        compare,
        compare_frames,
        infer_kind,
    )
    from aire.drift.table import Column, Table, from_frame, from_records, read_table

__all__ = [
    "Column",
    "ColumnDrift",
    "DatasetDrift",
    "DriftOptions",
    "Table",
    "compare",
    "compare_frames",
    "from_frame",
    "from_records",
    "infer_kind",
    "read_table",
]

_TABLE = {"Column", "Table", "from_frame", "from_records", "read_table"}


def __getattr__(name: str) -> Any:
    """The offline comparison (scipy, the ``drift`` extra) loads when first used, so that
    the online detectors (``aire.drift.online``, ``monitor``) run on the base install."""
    if name not in __all__:
        raise AttributeError(f"module 'aire.drift' has no attribute {name!r}")
    if name in _TABLE:
        from aire.drift import table

        return getattr(table, name)
    from aire.drift import offline

    return getattr(offline, name)
