"""The hand-written injection training data (scripts/injection_written.py): the shipped
JSONL is what the generator writes, and its folds keep documents and planted sentences
apart, so the cross-validation figures train_injection.py reports on it are honest."""

import json
import sys
from collections import defaultdict
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
sys.path.insert(0, str(SCRIPTS))

import injection_written  # noqa: E402
from injection_written_hosts import HOSTS  # noqa: E402
from injection_written_snippets import AI_PAYLOADS, HUMAN_NOTES, SECURITY_BENIGN  # noqa: E402


@pytest.fixture(scope="module")
def rows() -> list[dict[str, object]]:
    return injection_written.load()


def test_the_jsonl_is_what_the_generator_writes(rows: list[dict[str, object]]) -> None:
    built = injection_written.build()
    assert [json.dumps(r, sort_keys=True) for r in built] == [
        json.dumps(r, sort_keys=True) for r in rows
    ]


def _folds_containing(rows: list[dict[str, object]], snippets: list[str]) -> dict[str, set[int]]:
    out: dict[str, set[int]] = defaultdict(set)
    for row in rows:
        for s in snippets:
            if s in str(row["text"]):
                out[s].add(int(str(row["fold"])))
    return out


def test_hosts_and_planted_sentences_never_cross_folds(rows: list[dict[str, object]]) -> None:
    hosts = [text for _, _, text in HOSTS]
    for snippets in (hosts, [p for _, p in AI_PAYLOADS], [n for _, n in HUMAN_NOTES]):
        folds = _folds_containing(rows, snippets)
        assert folds, "no snippet found in the rows"
        crossing = {s[:60]: f for s, f in folds.items() if len(f) > 1}
        assert not crossing


def test_labels_follow_who_the_planted_instruction_is_for(rows: list[dict[str, object]]) -> None:
    payloads = [p for _, p in AI_PAYLOADS]
    notes = [n for _, n in HUMAN_NOTES]
    for row in rows:
        text, cat = str(row["text"]), row["category"]
        has_payload = any(p in text for p in payloads)
        if cat == "indirect":
            assert row["label"] == 1
            assert has_payload
        else:
            assert row["label"] == 0
            assert not has_payload
        if cat == "benign-doc+note":
            assert any(n in text for n in notes)


def test_several_languages_and_all_categories(rows: list[dict[str, object]]) -> None:
    cats = {str(r["category"]) for r in rows}
    assert cats == {"benign-doc", "benign-doc+note", "indirect", "benign-security"}
    for table in (HOSTS, AI_PAYLOADS, HUMAN_NOTES, SECURITY_BENIGN):
        langs = {entry[1] if len(entry) == 3 else entry[0] for entry in table}
        assert len(langs - {"en"}) >= 8, langs
