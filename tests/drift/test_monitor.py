"""``aire.drift.monitor``: the drift monitor as a FeatureSink, fed AnswerFeatures directly
(as the gateway's features worker will): each degradation of ``aire sim --degrade`` at
rate 0.2 after a clean warm-up is caught within 500 answers; 20,000 clean answers with
every detector on raise no alarm."""

from __future__ import annotations

import logging
import random
from collections.abc import Iterator

import pytest
from prometheus_client import generate_latest

from aire.drift.monitor import DriftMonitor, detectors_for
from aire.drift.profile import Profile
from aire.telemetry.features import AnswerFeatures, FeatureSink

WORDS = [
    "the",
    "order",
    "ships",
    "within",
    "two",
    "days",
    "and",
    "you",
    "can",
    "track",
    "it",
    "from",
    "your",
    "account",
    "page",
    "refunds",
    "take",
    "five",
    "business",
    "days",
    "after",
    "we",
    "receive",
    "the",
    "item",
    "back",
]
FOREIGN = [
    "la",
    "commande",
    "est",
    "expédiée",
    "sous",
    "deux",
    "jours",
    "et",
    "vous",
    "pouvez",
    "la",
    "suivre",
    "depuis",
    "votre",
    "compte",
]
OFF_TOPIC = ["bananas", "orbit", "quietly"]


def answers(seed: int, degrade: str | None = None, rate: float = 0.2) -> Iterator[AnswerFeatures]:
    rng = random.Random(seed)
    while True:
        bad = degrade is not None and rng.random() < rate
        n_words = max(3, int(rng.lognormvariate(3.5, 0.5)))
        words = [rng.choice(WORDS) for _ in range(n_words)]
        lang, refused, schema_ok, finish = "en", rng.random() < 0.01, rng.random() > 0.02, "stop"
        if rng.random() < 0.03:
            finish = "length"
        schema = rng.random() < 0.3
        if bad and degrade == "length":
            words = words[: max(1, len(words) // 4)]
        elif bad and degrade == "language":
            words, lang = [rng.choice(FOREIGN) for _ in range(n_words)], "fr"
        elif bad and degrade == "content":
            words = [OFF_TOPIC[i % 3] for i in range(n_words)]
        elif bad and degrade == "refusal":
            words, refused = ["I'm", "sorry,", "but", "I", "can't", "help", "with", "that."], True
        elif bad and degrade == "schema" and schema:
            schema_ok = False
        text = " ".join(words)
        yield AnswerFeatures(
            alias="chat",
            deployment="d1",
            status=200 if rng.random() > 0.002 else 502,
            error_code=None,
            stream=True,
            latency_s=rng.gammavariate(4, 0.1),
            ttft_s=rng.gammavariate(3, 0.02),
            prompt_tokens=50,
            completion_tokens=len(text) // 4,
            answer_chars=len(text),
            finish_reason=finish,
            empty=False,
            refusal_score=0.9 if refused else 0.05,
            refused=refused,
            language=lang,
            prompt_language="en",
            schema_requested=schema,
            schema_valid=schema_ok if schema else None,
            guard_findings=0,
            guard_blocked=False,
            text=text,
        )


def _feed(mon: DriftMonitor, stream: Iterator[AnswerFeatures], n: int) -> int | None:
    """Feed n answers; the count at the first alarm, or None."""
    for i in range(1, n + 1):
        mon.on_features(next(stream))
        if any(mon.alarms().values()):
            return i
    return None


@pytest.mark.parametrize(
    ("kind", "detector"),
    [
        ("length", {"answer_chars", "completion_tokens"}),
        ("language", {"language_mismatch", "non_ascii_share"}),
        ("content", {"distinct_word_share"}),
        ("refusal", {"refused", "answer_chars", "completion_tokens"}),
        ("schema", {"schema_invalid"}),
    ],
)
def test_each_degradation_is_caught_within_500_answers(kind: str, detector: set[str]) -> None:
    mon = DriftMonitor(warmup=1000)
    sink: FeatureSink = mon  # the contract on main (typed, not runtime-checkable)
    del sink
    assert _feed(mon, answers(1), 1000) is None
    assert mon.status()["chat"]["state"] == "armed"
    caught = _feed(mon, answers(2, kind), 500)
    assert caught is not None, mon.status()
    assert set(mon.alarms()["chat"]) & detector, mon.alarms()


@pytest.mark.acceptance
@pytest.mark.timeout(900)  # 20 x 21,000 answers: ~40-60 s quiet, past 120 s on a busy machine
@pytest.mark.parametrize("warmup", [200, 1000])
def test_clean_runs_of_twenty_thousand_answers_raise_no_alarm_over_seeds(warmup: int) -> None:
    """The default calibration (10^7 answers per detector, the reference's error averaged
    over): 20 seeds, each its own warm-up and 20,000 clean answers, no alarm."""
    for seed in range(20):
        mon = DriftMonitor(warmup=warmup)
        stream = answers(1000 + seed)
        assert _feed(mon, stream, warmup + 20_000) is None, (seed, mon.status())


def test_a_short_reference_gets_no_continuous_detector() -> None:
    stream = answers(4)
    profile = Profile.from_features([next(stream) for _ in range(150)], source="test")
    names = {d.name for d in detectors_for(profile)}
    assert "answer_chars" not in names
    assert "refused" in names  # rates need 100


def test_twenty_thousand_clean_answers_raise_no_alarm() -> None:
    mon = DriftMonitor(warmup=1000)
    assert _feed(mon, answers(3), 21_000) is None
    detectors = mon.status()["chat"]["detectors"]
    assert len(detectors) >= 8  # every signal with enough reference has a detector
    assert max(d["score"] for d in detectors.values()) < 1.0


def test_gauges_and_log_and_reset(caplog: pytest.LogCaptureFixture) -> None:
    mon = DriftMonitor(warmup=1000)
    _feed(mon, answers(4), 1000)
    with caplog.at_level(logging.WARNING, logger="aire.drift"):
        assert _feed(mon, answers(5, "refusal", rate=0.5), 500) is not None
    assert any("drift alarm: alias chat, detector" in r.getMessage() for r in caplog.records)
    text = generate_latest(mon.registry).decode()
    assert 'aire_drift_alarm{alias="chat",detector="refused"} 1.0' in text
    assert 'aire_drift_score{alias="chat",detector="answer_chars"}' in text
    mon.reset("chat")
    assert mon.alarms() == {"chat": []}
    assert (
        'aire_drift_alarm{alias="chat",detector="refused"} 0.0'
        in generate_latest(mon.registry).decode()
    )


def test_a_saved_profile_arms_the_detectors_at_once(tmp_path) -> None:  # type: ignore[no-untyped-def]
    stream = answers(6)
    profile = Profile.from_features([next(stream) for _ in range(2000)], source="test")
    path = tmp_path / "profile.json"
    path.write_bytes(profile.to_json())
    loaded = Profile.load(path)
    assert loaded.rates == profile.rates
    assert loaded.main_language == "en"
    mon = DriftMonitor(loaded)
    assert _feed(mon, answers(7, "refusal"), 500) is not None
    # shadow and canary answers are compared elsewhere, not here
    mon2 = DriftMonitor(loaded)
    shadow = next(answers(8))
    mon2.on_features(
        AnswerFeatures(
            **{**{f: getattr(shadow, f) for f in shadow.__dataclass_fields__}, "variant": "shadow"}
        )
    )
    assert mon2.status() == {}


def test_latency_gets_a_detector_only_when_asked() -> None:
    """Latency follows the load, not the answers: no detector unless ``latency=True``."""
    stream = answers(9)
    profile = Profile.from_features([next(stream) for _ in range(1000)], source="test")
    assert "latency_s" in profile.continuous  # still in the profile (offline reports use it)
    assert "latency_s" not in {d.name for d in detectors_for(profile)}
    assert "latency_s" in {d.name for d in detectors_for(profile, latency=True)}
    mon = DriftMonitor(warmup=1000, latency=True)
    _feed(mon, answers(10), 1000)
    assert "latency_s" in mon.status()["chat"]["detectors"]
