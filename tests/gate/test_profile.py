from __future__ import annotations

from pathlib import Path

import pytest

from aire.errors import ConfigError
from aire.gate.profile import read_profile

PEERS = Path(__file__).resolve().parents[2].parent / "shared" / "peers" / "aipreflight"


def test_aire_profile_errors_name_file_line_and_field(tmp_path: Path) -> None:
    p = tmp_path / "p.yml"
    p.write_text("name: x\nsla:\n  ttft_p95: 500\n")
    with pytest.raises(ConfigError) as err:
        read_profile(p)
    shown = err.value.show()
    assert f"{p}:3" in shown
    assert "sla.ttft_p95" in shown
    assert "did you mean 'ttft_p95_ms'" in shown


def test_aire_profile_paths_resolve_against_its_directory(tmp_path: Path) -> None:
    p = tmp_path / "p.yml"
    p.write_text("name: x\nsla: {ttft_p95_ms: 300}\n")
    profile, base = read_profile(p)
    assert profile.format == "aire"
    assert base == tmp_path


@pytest.mark.skipif(not PEERS.is_dir(), reason="no shared/peers/aipreflight")
def test_aipreflight_inference_profile_maps_to_aire(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(PEERS)
    profile, base = read_profile("profiles/inference.yml")
    assert profile.format == "aipreflight"
    assert base == PEERS
    assert profile.sla is not None
    assert (profile.sla.ttft_p95_ms, profile.sla.e2e_p95_ms) == (500, 10000)
    assert (profile.sla.min_throughput_tok_s, profile.sla.max_error_rate) == (3.0, 0.01)
    assert (profile.sla.min_probes, profile.sla.min_pass_rate) == (5, 0.95)
    assert profile.probe is not None
    assert profile.probe.requests == 6  # 30 s every 5 s
    assert profile.checks == ["sla"]


@pytest.mark.skipif(not PEERS.is_dir(), reason="no shared/peers/aipreflight")
def test_aipreflight_rag_profile_splits_rag_metrics(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(PEERS)
    profile, _ = read_profile("profiles/rag.yml")
    assert profile.evals is not None
    assert profile.rag is not None
    assert set(profile.rag.metrics) == {
        "retrieval_precision",
        "answer_quality",
        "citation_rate",
        "hallucination_rate",
        "empty_retrieval_handled",
    }
    assert profile.evals.metrics == {}
    assert profile.rollback is not None
    assert not profile.rollback.require_previous_version


@pytest.mark.parametrize(("text", "field"), [
    ("name: x\nprobe: {config: c.yml}\nthresholds: {sla: {ttft_ms: fast}}\n",
     "thresholds.sla.ttft_ms"),
    ("name: x\nprobe: {config: c.yml}\nthresholds: {sla: {tft_ms: 5}}\n", "thresholds.sla.tft_ms"),
    ("name: x\nkind: rag\ndeployment: {rollback_runbook: r.md}\n", "evals"),
    ("name: x\nkind: app\ncost: {scan_paths: []}\n", "cost.scan_paths"),
])  # fmt: skip
def test_aipreflight_mistakes_name_the_field(tmp_path: Path, text: str, field: str) -> None:
    p = tmp_path / "p.yml"
    p.write_text(text)
    with pytest.raises(ConfigError) as err:
        read_profile(p)
    assert err.value.path == field
