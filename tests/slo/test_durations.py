from __future__ import annotations

import pytest

from aire.slo.durations import format_duration, parse_duration


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("5m", 300), ("1h30m", 5400), ("30d", 2592000), ("4w", 2419200), ("90d", 7776000)],
)
def test_round_trip_as_prometheus_writes(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds
    assert format_duration(seconds) == text


def test_28_days_is_4w_and_bad_text() -> None:
    assert format_duration(28 * 86400) == "4w"
    assert format_duration(0.5) == "500ms"
    for bad in ("", "5", "m", "1.5h", "5m1h"):
        with pytest.raises(ValueError, match="not a Prometheus duration"):
            parse_duration(bad)
