"""Acceptance: for every Sloth example, aire's rules (low-traffic guard and absent alerts
off) fire the same alerts at the same evaluation times and record the same values as the
rules Sloth generated, on the same input series, under ``promtool test rules``.

The series run four days through phases that cross every threshold: healthy, a fast burn
(page quick), a slower one (page slow), a long slow one (tickets), no traffic (0/0), a gap
(no series) and a recovery. Rules are evaluated every five minutes (series are a minute
apart); alerts are compared at each evaluation, every recorded series each half hour
(values
exactly, as promtool prints them).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.slo.conftest import require
from tests.slo.promtool import observe, rule_names, series_values

from aire.slo.rules import RuleOptions, dump_rules, generate_rules
from aire.slo.specs import read_slos

SLOTH = Path("/work/shared/peers/sloth")
EXAMPLES = sorted(p for p in (SLOTH / "examples").glob("*.yml"))

pytestmark = [
    pytest.mark.acceptance,
    pytest.mark.skipif(not EXAMPLES, reason="Sloth's examples are not in ../shared/peers"),
]

# (minutes, requests per minute, errors per minute); None: no series at all
PHASES: list[tuple[int, int | None, int | None]] = [
    (1560, 2048, 1),  # 26 h healthy (1/2048)
    (180, 2048, 32),  # 3 h at 1/64: above 14.4x a 99.9% budget
    (660, 2048, 16),  # 11 h at 1/128: above 6x
    (2400, 2048, 4),  # 40 h at 1/512: above 1x
    (240, 0, 0),  # 4 h without traffic: 0/0
    (120, None, None),  # 2 h without series
    (600, 2048, 2),  # 10 h at 1/1024
]
MINUTES = sum(p[0] for p in PHASES)
EVAL_M = 5  # rules evaluated (and compared) every 5 minutes; series scraped every minute


def _series() -> dict[str, str]:
    total: list[int | None] = []
    errors: list[int | None] = []
    for minutes, t, e in PHASES:
        total += [t] * minutes
        errors += [e] * minutes
    total[0] = errors[0] = 0  # counters start at zero
    ok, bad = series_values(total, errors)
    out = {}
    for job in ("myservice", "myapp"):
        out[f'http_request_duration_seconds_count{{job="{job}",code="200"}}'] = ok
        out[f'http_request_duration_seconds_count{{job="{job}",code="500"}}'] = bad
    return out


def _without_version(samples: dict[tuple[str, str], dict[str, str]]) -> dict[object, object]:
    # sloth_slo_info names the generator's version: the one label that must differ
    import re

    return {
        k: {re.sub(r', sloth_version="[^"]*"', "", lab): v for lab, v in got.items()}
        for k, got in samples.items()
    }


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_same_alerts_and_values_as_sloth(example: Path, tmp_path: Path) -> None:
    require("promtool")
    sloth_rules = SLOTH / "examples" / "_gen" / example.name
    aire_rules = tmp_path / "aire.yml"
    options = RuleOptions(extra_labels={"cmd": "examplesgen.sh"}, min_events=0, absent_alerts=False)
    aire_rules.write_text(dump_rules(generate_rules(read_slos(example), options)))

    s_alerts, s_records = rule_names(sloth_rules)
    a_alerts, a_records = rule_names(aire_rules)
    assert a_alerts == s_alerts
    assert set(s_records) <= set(a_records)

    kwargs = {
        "alert_names": s_alerts,
        "alert_times_m": list(range(0, MINUTES, EVAL_M)),
        "exprs": ['{__name__=~"slo:.*|sloth_slo_info"}'],
        "expr_times_m": list(range(0, MINUTES, 6 * EVAL_M)),
        "evaluation_interval_m": EVAL_M,
        "workdir": tmp_path,
    }
    series = _series()
    want_alerts, want_samples = observe(sloth_rules, series, **kwargs)  # type: ignore[arg-type]
    got_alerts, got_samples = observe(aire_rules, series, **kwargs)  # type: ignore[arg-type]

    def key(alerts: dict[tuple[str, str], list[dict[str, str]]]) -> dict[object, object]:
        return {
            k: sorted((a["alertname"], a["severity"], a["sloth_severity"]) for a in v)
            for k, v in alerts.items()
        }

    assert key(got_alerts) == key(want_alerts)
    # every label of the alerts, too (not only name and severity)
    assert {k: sorted(map(sorted, (x.items() for x in v))) for k, v in got_alerts.items()} == {
        k: sorted(map(sorted, (x.items() for x in v))) for k, v in want_alerts.items()
    }
    assert _without_version(got_samples) == _without_version(want_samples)
    assert want_samples, "the recorded series were never evaluated"
    if s_alerts:  # the phases must make both severities fire and stop
        fired = {a[2] for v in key(want_alerts).values() for a in v}  # type: ignore[attr-defined]
        assert fired == {"page", "ticket"}
        assert len(want_alerts) < MINUTES
