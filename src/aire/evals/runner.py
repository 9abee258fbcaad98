"""Run a suite: every case of the matrix, ``repeat`` times, ``concurrency`` at once.

A run is: render the prompt, send it (or take the cached answer), grade every assertion,
combine the grades as promptfoo does (a weighted mean score; without a ``threshold`` a
test passes when every assertion passes, with one when the score reaches it), and keep
the record. A call that fails or an assertion that cannot be evaluated makes the run an
``error``, never a pass. A rich progress bar goes to stderr.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from aire.evals.assertions import Answer, Grade, run_check
from aire.evals.cache import ResponseCache, request_key
from aire.evals.model import AssertionSpec, Case, Suite
from aire.evals.suite import GRADED
from aire.evals.targets import Caller, CallResult, build_request, chat_messages
from aire.evals.template import TemplateSyntaxError, render

if TYPE_CHECKING:
    from aire.evals.judge import Judge

__all__ = ["RunRecord", "combine", "run_cases", "run_suite"]

Status = Literal["pass", "fail", "error"]


@dataclass(slots=True)
class RunRecord:
    case: Case
    repeat: int
    status: Status
    score: float
    reason: str
    prompt: str
    call: CallResult
    cached: bool
    grades: list[tuple[AssertionSpec, Grade]] = field(default_factory=list)


def combine(
    grades: list[tuple[AssertionSpec, Grade]], threshold: float | None
) -> tuple[Status, float, str]:
    """promptfoo's AssertionsResult: weighted mean score; pass when nothing failed, or,
    with a threshold, when the score reaches it. An errored assertion is an error."""
    if not grades:
        return "pass", 1.0, "No assertions"
    for spec, g in grades:
        if g.error:
            return "error", 0.0, f"{spec.name}: {g.reason}"
    total_weight = sum(spec.weight for spec, _ in grades)
    score = sum(g.score * spec.weight for spec, g in grades) / total_weight if total_weight else 0.0
    failed = [f"{spec.name}: {g.reason}" for spec, g in grades if not g.passed]
    passed = not failed
    reason = failed[-1] if failed else "All assertions passed"
    if threshold is not None:
        passed = score >= threshold
        reason = f"Aggregate score {score:.2f} {'>=' if passed else '<'} {threshold:g} threshold"
    return ("pass" if passed else "fail"), score, reason


def _render_value(value: Any, variables: Mapping[str, Any]) -> Any:
    """Assertion values are templates too (``value: "{{expected}}"``), as in promptfoo."""
    if isinstance(value, str):
        return render(value, variables)
    if isinstance(value, list):
        return [render(v, variables) if isinstance(v, str) else v for v in value]
    return value


async def _send(
    case: Case,
    messages: list[dict[str, Any]],
    prompt_text: str,
    repeat: int,
    caller: Caller,
    cache: ResponseCache | None,
) -> tuple[CallResult, bool]:
    """One call through the cache: (result, whether it came from the cache)."""
    test = case.test
    url, headers, body = build_request(case.target, messages, test.vars, prompt_text, test.tools)
    if cache is None:
        return await caller.call(case.target, url, headers, body), False
    key = request_key(case.target.kind, url, body, repeat)
    if key in cache.inflight:  # the same request is on its way
        cache.hits += 1
        return await asyncio.shield(cache.inflight[key]), True
    cached = cache.get(key)
    if cached is not None:
        return cached, True
    task = asyncio.ensure_future(caller.call(case.target, url, headers, body))
    cache.inflight[key] = task
    try:
        call = await asyncio.shield(task)
    finally:
        cache.inflight.pop(key, None)
    cache.put(key, call)
    return call, False


def _tool_turn(call: CallResult, results: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The assistant's message and a tool message per call (``tool_results`` by tool name,
    else ``"ok"``), as an agent framework would send them back."""
    message = call.message or {"role": "assistant", "content": call.output}
    out: list[dict[str, Any]] = [message]
    for i, raw in enumerate(message.get("tool_calls") or []):
        name = (raw.get("function") or {}).get("name", "")
        result = results.get(name, "ok")
        out.append(
            {
                "role": "tool",
                "tool_call_id": raw.get("id", f"call_{i}"),
                "content": result if isinstance(result, str) else json.dumps(result),
            }
        )
    return out


async def run_one(
    case: Case,
    repeat: int,
    caller: Caller,
    cache: ResponseCache | None,
    judge: Judge | None,
) -> RunRecord:
    test = case.test
    try:
        prompt_text = case.prompt.template.render(test.vars)
    except TemplateSyntaxError as exc:
        return RunRecord(
            case, repeat, "error", 0.0, str(exc), "", CallResult(error=str(exc)), False
        )
    messages = chat_messages(prompt_text, case.prompt.system)
    call, was_cached = await _send(case, messages, prompt_text, repeat, caller, cache)
    trajectory = list(call.tool_calls)
    latency_ms = call.latency_ms
    cost = call.cost
    for turn in test.turns:  # an agent conversation: tool results, then the next user turn
        if call.error is not None:
            break
        messages = [*messages, *_tool_turn(call, test.tool_results)]
        messages.append({"role": "user", "content": render(turn, test.vars)})
        call, turn_cached = await _send(case, messages, prompt_text, repeat, caller, cache)
        was_cached = was_cached or turn_cached
        trajectory.extend(call.tool_calls)
        latency_ms += call.latency_ms
        cost = None if cost is None or call.cost is None else cost + call.cost
    if call.error is not None:
        return RunRecord(case, repeat, "error", 0.0, call.error, prompt_text, call, False)
    answer = Answer(
        output=call.output,
        latency_ms=None if was_cached else latency_ms,
        cost=cost,
        tool_calls=call.tool_calls,
        trajectory=trajectory,
        tools=test.tools,
        vars=test.vars,
        prompt=prompt_text,
        cached=was_cached,
        contexts=call.contexts,
    )
    grades: list[tuple[AssertionSpec, Grade]] = []
    for spec in test.asserts:
        try:
            value = _render_value(spec.value, test.vars)
        except TemplateSyntaxError as exc:  # promptfoo: the test errors
            grades.append((spec, Grade(False, 0.0, str(exc), error=True)))
            continue
        if spec.type in GRADED:
            if judge is None:
                grade = Grade(
                    False, 0.0, f"{spec.type} needs a judge (suite `judge:` or --judge)", error=True
                )
            else:
                grade = await judge.grade(spec, value, answer)
        else:
            grade = run_check(spec, value, answer)
        grades.append((spec, grade))
    status, score, reason = combine(grades, test.threshold)
    return RunRecord(case, repeat, status, score, reason, prompt_text, call, was_cached, grades)


async def run_cases(
    cases: list[Case],
    *,
    repeat: int = 1,
    concurrency: int = 8,
    cache: ResponseCache | None = None,
    judge: Judge | None = None,
    on_done: Callable[[RunRecord], None] | None = None,
    timeout_s: float = 120.0,
) -> list[RunRecord]:
    """Every case ``repeat`` times; records come back in matrix order, repeats together.

    Sent round by round (every case once, then every case again), as promptfoo orders
    repeats, so a drifting upstream spreads over all cases rather than the first few."""
    jobs = [(case, r) for r in range(repeat) for case in cases]
    limit = asyncio.Semaphore(concurrency)
    async with Caller(timeout_s) as caller:

        async def one(case: Case, r: int) -> RunRecord:
            async with limit:
                record = await run_one(case, r, caller, cache, judge)
            if on_done is not None:
                on_done(record)
            return record

        done = await asyncio.gather(*(one(c, r) for c, r in jobs))
    order = {id(case): i for i, case in enumerate(cases)}
    return sorted(done, key=lambda rec: (order[id(rec.case)], rec.repeat))


async def run_suite(
    suite: Suite,
    *,
    repeat: int | None = None,
    concurrency: int | None = None,
    cache: ResponseCache | None = None,
    judge: Judge | None = None,
    progress: bool = True,
    timeout_s: float = 120.0,
) -> list[RunRecord]:
    cases = suite.cases()
    n_repeat = repeat or suite.repeat
    n_conc = concurrency or suite.concurrency or 8
    if not progress:
        return await run_cases(
            cases,
            repeat=n_repeat,
            concurrency=n_conc,
            cache=cache,
            judge=judge,
            timeout_s=timeout_s,
        )
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("[bold]eval[/] {task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("[green]{task.fields[passed]} pass[/] [red]{task.fields[failed]} fail[/]"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task(suite.name, total=len(cases) * n_repeat, passed=0, failed=0)
        counts = {"pass": 0, "fail": 0}

        def done(record: RunRecord) -> None:
            key = "pass" if record.status == "pass" else "fail"
            counts[key] += 1
            bar.update(task, advance=1, passed=counts["pass"], failed=counts["fail"])

        return await run_cases(
            cases,
            repeat=n_repeat,
            concurrency=n_conc,
            cache=cache,
            judge=judge,
            on_done=done,
            timeout_s=timeout_s,
        )
