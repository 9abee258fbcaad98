from __future__ import annotations

from typing import Any

from aire.gate.checks.sla import run
from aire.gate.probes import Probe, ProbeRun


def _with(make: Any, probes: list[Probe], **sla: Any) -> Any:
    profile, ctx = make(sla=sla, target={"url": "http://127.0.0.1:9"})
    ctx._probes = ProbeRun(probes, "recorded")
    return run(profile, ctx)


def healthy(ttft: float, n: int = 1) -> list[Probe]:
    return [Probe("healthy", ttft, 1000.0, 20.0) for _ in range(n)]


def test_clear_pass(make: Any) -> None:
    probes = [p for i in range(200) for p in healthy(100 + i % 50)]
    r = _with(make, probes, ttft_p95_ms=500, max_error_rate=0.05, min_pass_rate=0.9)
    assert r.status == "PASS"
    assert r.intervals["ttft_ms_p95"].high < 500


def test_estimate_on_the_wrong_side_fails(make: Any) -> None:
    probes = [p for i in range(40) for p in healthy(400 + 10 * i)]
    r = _with(make, probes, ttft_p95_ms=500, max_error_rate=None, min_pass_rate=None)
    assert r.status == "FAIL"
    assert r.reasons[0].startswith("TTFT p95 ")
    assert "above limit 500.0 ms" in r.reasons[0]


def test_interval_crossing_warns_with_the_probes_that_would_decide(make: Any) -> None:
    probes = [p for v in (300, 320, 340, 360, 380, 400, 410, 420, 430, 440, 460, 520)
              for p in healthy(v)]  # fmt: skip
    r = _with(make, probes, ttft_p95_ms=500, max_error_rate=None, min_pass_rate=None)
    assert r.status == "WARN"
    iv = r.intervals["ttft_ms_p95"]
    assert iv.estimate < 500 < iv.high  # interpolated: 487 ms, not the maximum (520)
    assert "probes in all would decide it" in r.summary


def test_zero_errors_in_few_probes_is_not_proof(make: Any) -> None:
    r = _with(make, healthy(100, 20), max_error_rate=0.01, min_pass_rate=None)
    assert r.status == "WARN"  # 0 of 20 cannot show an error rate under 1%
    assert "error rate" in r.summary
    r = _with(make, healthy(100, 400), max_error_rate=0.01, min_pass_rate=None)
    assert r.status == "PASS"


def test_too_few_probes_fail_and_errors_link_their_runbook(make: Any) -> None:
    r = _with(make, healthy(100, 3), min_probes=5)
    assert r.status == "FAIL"
    assert r.summary == "insufficient data: 3 probes (need 5)"
    probes = healthy(100, 30) + [Probe("error", error="http_5xx") for _ in range(10)]
    r = _with(make, probes, max_error_rate=0.05)
    assert r.status == "FAIL"
    assert r.runbook is not None
    assert r.runbook.endswith("error-spikes.md")


def test_degraded_probes_warn(make: Any) -> None:
    probes = [*healthy(100, 400), Probe("degraded", 4000, 9000, 1.0)]
    r = _with(make, probes, max_error_rate=0.05, min_pass_rate=0.9)
    assert r.status == "WARN"
    assert "1/401 probes degraded" in r.summary


def test_an_earlier_runs_probes_are_scored_again(make: Any, tmp_path: Any) -> None:
    import json

    from aire.gate.probes import read_llmprobe

    rec = {"index": 0, "t_ms": 0.0, "status": 200, "error": None, "error_detail": None,
           "ttft_ms": 40.0, "tpot_ms": 5.0, "e2e_ms": 200.0, "input_tokens": 10,
           "output_tokens": 32, "itl_ms": [], "warmup": False}  # fmt: skip
    bad = {**rec, "error": "http_5xx", "error_detail": "HTTP 500"}
    path = tmp_path / "probes.jsonl"
    rows = [rec] * 9 + [bad]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    run = read_llmprobe(path)
    assert [p.status for p in run.probes].count("error") == 1
    assert run.probes[0].tokens_per_sec == 160.0
