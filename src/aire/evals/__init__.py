"""Evals: golden datasets (aire's YAML suites and promptfoo's configs), deterministic and
model-graded assertions, an async runner with a response cache and repeats, results with
intervals (``aire.stats``), baselines, red-team packs; JSON, JUnit XML, HTML and Markdown.

``aire eval run SUITE`` runs a suite (``aire.cli.eval``); ``load_suite`` and ``run_suite``
are the library entry points.
"""

from aire.evals.suite import load_suite

__all__ = ["load_suite"]
