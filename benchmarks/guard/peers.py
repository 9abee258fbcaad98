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


def main() -> int:
    w = json.loads(Path(sys.argv[1]).read_text())
    out = {
        "versions": {p: metadata.version(p) for p in ("llm-guard", "presidio-analyzer", "spacy")},
        "llm-guard": llm_guard(w),
        "presidio": presidio(w),
    }
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
