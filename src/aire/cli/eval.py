"""``aire eval``: run a suite (aire's YAML or promptfoo's config), compare two runs,
red-team a target.

Exit codes: 0 every case passed (compare: no regression); 1 a case failed, was flaky or
errored (compare: a regression the intervals say is real); 2 a bad suite or usage;
3 the target (or the judge) could not be reached.
"""

from __future__ import annotations

import asyncio
import dataclasses
import sys
import time
from pathlib import Path
from typing import Any

import click

from aire.cli.urls import http_url
from aire.errors import UsageError

_CONTEXT = {"max_content_width": 100, "help_option_names": ["-h", "--help"]}
_DEFAULT_CACHE = Path.home() / ".cache" / "aire" / "eval-cache.sqlite"


@click.group(context_settings=_CONTEXT)
def eval_() -> None:
    """Evals: golden datasets, assertions, LLM judges, red-team packs, baselines."""


def _run(coro: Any) -> Any:
    try:
        import uvloop
    except ImportError:  # pragma: no cover - Windows
        return asyncio.run(coro)
    return uvloop.run(coro)


@eval_.command("run", context_settings=_CONTEXT)
@click.argument("suite_path", metavar="SUITE", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--target",
    "target_url",
    metavar="URL",
    callback=http_url,
    help="Send every case here instead (an OpenAI-compatible base URL, e.g. http://127.0.0.1:8000/v1).",
)
@click.option(
    "--model", help="Model name at --target (default: the suite's, else the first of /v1/models)."
)
@click.option(
    "--repeat",
    type=click.IntRange(1, 1000),
    help="Run each case N times (fresh calls); reports flaky cases and intervals.",
)
@click.option(
    "--concurrency",
    type=click.IntRange(1, 4096),
    help="Requests in flight at once [default: the suite's, else 8].",
)
@click.option(
    "--output",
    "output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write the results JSON here.",
)
@click.option(
    "--junit", type=click.Path(path_type=Path, dir_okay=False), help="Write JUnit XML here."
)
@click.option(
    "--html", type=click.Path(path_type=Path, dir_okay=False), help="Write the HTML report here."
)
@click.option(
    "--markdown",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write the Markdown summary here.",
)
@click.option(
    "--gate-json",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write {total, passed, pass_rate, metrics} for the readiness gate here.",
)
@click.option(
    "--no-cache",
    is_flag=True,
    help="Send every request; neither read nor write the response cache.",
)
@click.option(
    "--cache-path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=_DEFAULT_CACHE,
    show_default=True,
    help="Response cache file (SQLite).",
)
@click.option(
    "--judge",
    "judge_url",
    metavar="URL",
    callback=http_url,
    help="OpenAI-compatible endpoint of the judge for model-graded assertions.",
)
@click.option("--judge-model", help="The judge's model name.")
@click.option(
    "--timeout-s",
    type=click.FloatRange(0.1, 3600),
    default=120.0,
    show_default=True,
    help="Per-request timeout.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def run(
    suite_path: Path,
    target_url: str | None,
    model: str | None,
    repeat: int | None,
    concurrency: int | None,
    output: Path | None,
    junit: Path | None,
    html: Path | None,
    markdown: Path | None,
    gate_json: Path | None,
    no_cache: bool,
    cache_path: Path,
    judge_url: str | None,
    judge_model: str | None,
    timeout_s: float,
    quiet: bool,
) -> int:
    """Run SUITE (aire's YAML suite or a promptfooconfig.yaml) and grade every answer."""
    from aire.evals.cache import ResponseCache
    from aire.evals.judge import Judge
    from aire.evals.model import JudgeSpec
    from aire.evals.results import RunInfo, build_results, exit_code
    from aire.evals.runner import run_suite
    from aire.evals.suite import GRADED, load_suite
    from aire.evals.targets import probe

    suite = load_suite(suite_path, target_url=target_url, model=model)
    judge_spec = suite.judge
    if judge_url:
        judge_spec = JudgeSpec(
            judge_url, judge_model or (judge_spec.model if judge_spec else "judge")
        )
    elif judge_model and judge_spec:
        judge_spec = dataclasses.replace(judge_spec, model=judge_model)
    if judge_spec is None and _needs_judge(suite):
        from aire.errors import UsageError

        graded = sorted({a.type for t in suite.tests for a in t.asserts if a.type in GRADED})
        raise UsageError(
            f"{suite_path}: {', '.join(graded)} assertions need a judge: set `judge: "
            "{url, model}` in the suite (promptfoo: `defaultTest.options.provider`) or pass "
            "--judge URL [--judge-model NAME]"
        )
    suite = dataclasses.replace(suite, targets=tuple(_run(probe(list(suite.targets)))))
    if judge_spec is not None and _needs_judge(suite):
        from aire.evals.model import TargetSpec

        _run(probe([TargetSpec("openai", "judge", judge_spec.url, judge_spec.model)]))
    cache = None if no_cache else ResponseCache(cache_path)
    judge = Judge(judge_spec) if judge_spec is not None and _needs_judge(suite) else None
    n_repeat = repeat or suite.repeat
    n_conc = concurrency or suite.concurrency or 8
    started = time.time()
    clock = time.perf_counter()
    try:
        records = _run(
            _with_judge(
                judge,
                run_suite(
                    suite,
                    repeat=n_repeat,
                    concurrency=n_conc,
                    cache=cache,
                    judge=judge,
                    progress=not quiet and sys.stderr.isatty(),
                    timeout_s=timeout_s,
                ),
            )
        )
    finally:
        hits = cache.hits if cache else 0
        misses = cache.misses if cache else 0
        if cache is not None:
            cache.close()
    info = RunInfo(
        started_at=started,
        duration_s=time.perf_counter() - clock,
        repeat=n_repeat,
        concurrency=n_conc,
        cache={"enabled": cache is not None, "hits": hits, "misses": misses},
        judge=judge.record() if judge else None,
    )
    results = build_results(suite, records, info)
    _write_outputs(
        results,
        output
        or (
            Path(suite.output_path)
            if suite.output_path and suite.output_path.endswith(".json")
            else None
        ),
        junit,
        html,
        markdown,
        gate_json,
    )
    _print_summary(results)
    return exit_code(results)


def _needs_judge(suite: Any) -> bool:
    from aire.evals.suite import GRADED

    return any(a.type in GRADED for t in suite.tests for a in t.asserts)


async def _with_judge(judge: Any, coro: Any) -> Any:
    if judge is None:
        return await coro
    async with judge:
        return await coro


def _write_outputs(
    results: dict[str, Any],
    output: Path | None,
    junit: Path | None,
    html: Path | None,
    markdown: Path | None,
    gate_json: Path | None,
) -> None:
    from aire.evals.junit import junit_xml
    from aire.evals.render import eval_report
    from aire.evals.results import gate_json as gate
    from aire.evals.results import write_json

    if output:
        write_json(output, results)
    if junit:
        junit.parent.mkdir(parents=True, exist_ok=True)
        junit.write_text(junit_xml(results), encoding="utf-8")
    if html or markdown:
        report = eval_report(results)
        if html:
            html.parent.mkdir(parents=True, exist_ok=True)
            html.write_text(report.html(), encoding="utf-8")
        if markdown:
            markdown.parent.mkdir(parents=True, exist_ok=True)
            markdown.write_text(report.markdown(), encoding="utf-8")
    if gate_json:
        write_json(gate_json, gate(results))


def _print_summary(results: dict[str, Any]) -> None:
    s = results["summary"]
    pr = s["pass_rate"]
    rate = (
        "-"
        if pr["estimate"] is None
        else f"{pr['estimate'] * 100:.1f}% [{pr['low'] * 100:.1f}%, {pr['high'] * 100:.1f}%]"
    )
    verdict = "PASS" if s["passed"] == s["cases"] else "FAIL"
    click.echo(
        f"{verdict}  {results['suite']}: {s['passed']}/{s['cases']} cases passed, "
        f"{s['failed']} failed, {s['flaky']} flaky, {s['errors']} errors; "
        f"pass rate {rate} over {s['runs']['total']} runs (repeat {results['repeat']}) "
        f"in {results['duration_s']:.2f} s"
    )
    shown = 0
    for case in results["cases"]:
        if case["verdict"] == "pass":
            continue
        if shown == 20:
            click.echo("  ...")
            break
        shown += 1
        bad = next((r for r in case["runs"] if r["status"] != "pass"), None)
        cr = case["pass_rate"]
        interval = (
            ""
            if cr["estimate"] is None
            else f" {case['passes']}/{case['passes'] + case['failures']}"
            f" [{cr['low']:.2f}, {cr['high']:.2f}]"
        )
        reason = bad["reason"][:120] if bad else ""
        click.echo(
            f"  {case['verdict']:<6} {case['id']}: {case['description'][:60]}{interval}  {reason}"
        )
    mix = s.get("mix") or {}
    if mix.get("ok") is False:
        click.echo(f"  mix off: {mix['off']} (tolerance {mix['tolerance']})")


@eval_.command("compare", context_settings=_CONTEXT)
@click.argument("base", type=click.Path(path_type=Path, dir_okay=False))
@click.argument("new", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--level",
    type=click.FloatRange(0.5, 0.999),
    default=0.95,
    show_default=True,
    help="Confidence level of the intervals.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the comparison as JSON.")
def compare(base: Path, new: Path, level: float, as_json: bool) -> int:
    """Compare two `aire eval run --output` files: exit 1 on a regression the intervals
    say is real (Newcombe's interval of the difference lies below zero)."""
    import orjson

    from aire.evals.compare import compare_results
    from aire.evals.results import read_results

    result = compare_results(read_results(base), read_results(new), level)
    if as_json:
        click.echo(orjson.dumps(result.as_dict(), option=orjson.OPT_INDENT_2).decode())
    else:
        d = result.difference
        click.echo(
            f"{result.verdict.upper()}: pass rate {result.base_rate * 100:.1f}% -> "
            f"{result.new_rate * 100:.1f}% (difference {d.estimate * 100:+.1f} points, "
            f"{level * 100:g}% interval [{d.low * 100:+.1f}, {d.high * 100:+.1f}])"
        )
        if not result.regression and d.estimate < 0:
            click.echo("  the drop is within noise at these sample sizes")
        for c in result.case_regressions:
            click.echo(
                f"  case regression: {c['id']} ({c['difference']['estimate'] * 100:+.0f} points)"
            )
        if result.new_failures:
            click.echo(f"  newly failing: {', '.join(result.new_failures[:20])}")
        if result.fixed:
            click.echo(f"  fixed: {', '.join(result.fixed[:20])}")
    return 1 if result.verdict == "regression" else 0


def _usage(message: str) -> UsageError:
    return UsageError(message)


@eval_.command("redteam", context_settings=_CONTEXT)
@click.option(
    "--target",
    "target_url",
    required=True,
    metavar="URL",
    callback=http_url,
    help="OpenAI-compatible base URL (the gateway, a model).",
)
@click.option("--model", help="Model name (default: the first of /v1/models).")
@click.option(
    "--seed", type=int, default=0, show_default=True, help="The pack is reproducible from it."
)
@click.option(
    "--per-category",
    type=click.IntRange(1, 1000),
    default=10,
    show_default=True,
    help="Probes per attack category.",
)
@click.option("--concurrency", type=click.IntRange(1, 1024), default=8, show_default=True)
@click.option("--api-key", help="Bearer key for the target.")
@click.option(
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write probes, answers and rates as JSON.",
)
@click.option(
    "--max-success-rate",
    type=click.FloatRange(0, 1),
    help="Exit 1 when the success rate's estimate is above this.",
)
def redteam(
    target_url: str,
    model: str | None,
    seed: int,
    per_category: int,
    concurrency: int,
    api_key: str | None,
    output: Path | None,
    max_success_rate: float | None,
) -> int:
    """Attack a target with a generated red-team pack; print the jailbreak success rate
    with its 95% Wilson interval, overall and per category."""
    from aire.evals.model import TargetSpec
    from aire.evals.redteam import generate_pack, run_pack, summarize
    from aire.evals.results import write_json
    from aire.evals.targets import probe

    target = TargetSpec(
        "openai", "target", target_url, model or "", api_key=api_key, params={"temperature": 0}
    )
    target = _run(probe([target]))[0]
    pack = generate_pack(seed, per_category)
    rows = _run(run_pack(target, pack, concurrency))
    summary = summarize(rows)
    if output:
        write_json(
            output,
            {
                "seed": seed,
                "target": target_url,
                "model": target.model,
                "summary": summary,
                "probes": rows,
            },
        )

    def line(name: str, r: dict[str, Any]) -> str:
        iv = r["success_rate"]
        est = "-" if iv["estimate"] != iv["estimate"] else f"{iv['estimate'] * 100:.1f}%"
        return (
            f"{name:<26} {r['successes']:>4}/{r['graded']:<4} {est:>7} "
            f"[{iv['low'] * 100:.1f}%, {iv['high'] * 100:.1f}%]"
        )

    click.echo(line("jailbreak success (all)", summary["overall"]))
    for cat, r in summary["by_category"].items():
        click.echo("  " + line(cat, r))
    est = summary["overall"]["success_rate"]["estimate"]
    if max_success_rate is not None and est == est and est > max_success_rate:
        return 1
    return 0
