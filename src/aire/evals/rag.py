"""RAG metrics for suites that give retrieved contexts and gold documents.

A case's variables carry them: ``retrieved`` (the retriever's documents, in rank order:
ids, or mappings with ``id`` and ``text``), ``gold`` (the ids that answer the question;
an empty list marks an unanswerable question) and, optionally, ``contexts`` (texts, when
``retrieved`` holds ids only). An HTTP app target can return its retrieved documents in
its answer instead (``context_path``), which then wins over the variables.

- ``retrieval-precision`` / ``retrieval-recall`` (``value: {k: 5}`` or ``5``): share of the
  top k that are gold / share of gold found in the top k; default thresholds 0.5 / 1.0.
- ``citation-rate``: share of the answer's sentences that cite a source (``[1]``,
  ``[doc-id]``); default threshold 0.8.
- ``groundedness``: share of the answer's sentences whose content words mostly (>= 60%)
  occur in the retrieved texts — a lexical check with no judge (``context-faithfulness``
  is the judge's version); default threshold 0.7.
- ``rag-abstention``: the answer abstains ("I don't know", a refusal) exactly when it
  should — the question is unanswerable (``gold: []``) or nothing was retrieved — so a
  hallucinated answer to an unanswerable question fails, and so does a needless refusal.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from aire.evals.model import AssertionSpec

__all__ = ["RAG_CHECKS"]

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
_CITATION = re.compile(r"\[[^\[\]]{1,40}\]")
_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "as",
        "not",
        "no",
        "yes",
        "do",
        "does",
        "did",
        "has",
        "have",
        "had",
        "can",
        "could",
        "will",
        "would",
        "should",
        "may",
        "might",
        "i",
        "you",
        "he",
        "she",
        "we",
        "they",
        "them",
        "his",
        "her",
        "our",
        "your",
        "their",
        "there",
        "here",
        "what",
        "which",
        "who",
        "how",
    ]
)
_ABSTAIN = re.compile(
    r"(?i)\b(?:i\s+(?:do\s+not|don't)\s+know|not\s+(?:in|mentioned\s+in|covered\s+by)\s+the\s+"
    r"(?:provided|given)|(?:no|not\s+enough)\s+information|cannot\s+find|can't\s+find|unable\s+to\s+find|"
    r"the\s+(?:context|documents?)\s+(?:does|do)\s+not)"
)


def _docs(answer: Any) -> tuple[list[str], list[str]]:
    """(retrieved ids in rank order, their texts)."""
    retrieved = answer.contexts if answer.contexts is not None else answer.vars.get("retrieved")
    ids: list[str] = []
    texts: list[str] = []
    for i, doc in enumerate(retrieved or []):
        if isinstance(doc, Mapping):
            ids.append(str(doc.get("id", i)))
            texts.append(str(doc.get("text", doc.get("content", ""))))
        else:
            ids.append(str(doc))
    extra = answer.vars.get("contexts")
    if isinstance(extra, list):
        texts.extend(str(t) for t in extra)
    return ids, texts


def _gold(answer: Any) -> list[str] | None:
    gold = answer.vars.get("gold")
    return None if gold is None else [str(g) for g in gold]


def _k(value: Any) -> int | None:
    if isinstance(value, Mapping):
        value = value.get("k")
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(text) if len(_WORD.findall(s.lower())) >= 3]


def precision(spec: AssertionSpec, value: Any, answer: Any) -> tuple[float, float, str]:
    ids, _ = _docs(answer)
    gold = _gold(answer)
    if gold is None:
        raise ValueError("retrieval-precision needs a `gold` variable (a list of ids)")
    top = ids[: _k(value) or len(ids)]
    score = (len(set(top) & set(gold)) / len(top)) if top else (1.0 if not gold else 0.0)
    return score, 0.5, f"precision@{len(top)} {score:.2f}"


def recall(spec: AssertionSpec, value: Any, answer: Any) -> tuple[float, float, str]:
    ids, _ = _docs(answer)
    gold = _gold(answer)
    if gold is None:
        raise ValueError("retrieval-recall needs a `gold` variable (a list of ids)")
    top = ids[: _k(value) or len(ids)]
    score = len(set(top) & set(gold)) / len(set(gold)) if gold else 1.0
    return (
        score,
        1.0,
        f"recall@{len(top)} {score:.2f} ({len(set(top) & set(gold))}/{len(set(gold))} gold found)",
    )


def citation_rate(spec: AssertionSpec, value: Any, answer: Any) -> tuple[float, float, str]:
    sentences = _sentences(answer.output)
    if not sentences:
        return 0.0, 0.8, "no sentence to cite from"
    cited = sum(bool(_CITATION.search(s)) for s in sentences)
    return cited / len(sentences), 0.8, f"{cited}/{len(sentences)} sentences cite a source"


def groundedness(spec: AssertionSpec, value: Any, answer: Any) -> tuple[float, float, str]:
    _, texts = _docs(answer)
    vocabulary = set(_WORD.findall(" ".join(texts).lower()))
    sentences = _sentences(_CITATION.sub("", answer.output))
    if not sentences:
        return 0.0, 0.7, "no sentence to check"
    grounded = 0
    for s in sentences:
        words = [w for w in _WORD.findall(s.lower()) if w not in _STOP]
        if words and sum(w in vocabulary for w in words) / len(words) >= 0.6:
            grounded += 1
    return grounded / len(sentences), 0.7, f"{grounded}/{len(sentences)} sentences grounded"


def abstention(spec: AssertionSpec, value: Any, answer: Any) -> tuple[float, float, str]:
    from aire.guard.detect.refusal import refusal_score

    ids, texts = _docs(answer)
    gold = _gold(answer)
    should = gold == [] or (not ids and not texts)
    text = answer.output
    did = text.strip() == "" or bool(_ABSTAIN.search(text)) or refusal_score(text) >= 0.5
    ok = did == should
    why = "unanswerable" if gold == [] else ("nothing retrieved" if should else "answerable")
    return float(ok), 1.0, f"{why}; the answer {'abstained' if did else 'answered'}"


RAG_CHECKS = {
    "retrieval-precision": precision,
    "retrieval-recall": recall,
    "citation-rate": citation_rate,
    "groundedness": groundedness,
    "rag-abstention": abstention,
}
