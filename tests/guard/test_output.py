from collections.abc import Callable

import pytest

from aire.config.guard import ScannerSpec
from aire.errors import ConfigError
from aire.guard.policy import build_pipeline
from aire.guard.scanner import Scanner
from aire.guard.scanners.canary import make_canary
from aire.guard.types import ScanContext

SCHEMA = {
    "type": "object",
    "properties": {"name": {"type": "string"}, "age": {"type": "integer"}},
    "required": ["name", "age"],
}


def test_json_is_only_checked_when_asked(make_scanner: Callable[..., Scanner]) -> None:
    assert make_scanner("json", family="output").scan("plain prose", ScanContext()).valid


def test_json_schema_from_the_request(make_scanner: Callable[..., Scanner]) -> None:
    scanner = make_scanner("json", family="output")
    ok = scanner.scan('{"name": "a", "age": 3}', ScanContext(json_schema=SCHEMA))
    assert ok.valid
    ctx = ScanContext(json_schema=SCHEMA)
    bad = scanner.scan('{"name": "a", "age": "three"}', ctx)
    assert not bad.valid
    assert bad.findings[0].kind == "json_schema"
    assert ctx.reask is not None
    assert "age" in ctx.reask


@pytest.mark.parametrize(
    "broken",
    [
        '```json\n{"name": "a", "age": 3,}\n```',
        "Here you go: {'name': 'a', 'age': 3}",
        '{name: "a", age: 3}',
        '{"name": "a", "age": 3',  # cut off
    ],
)
def test_json_repair(make_scanner: Callable[..., Scanner], broken: str) -> None:
    res = make_scanner("json", family="output", schema=SCHEMA).scan(broken, ScanContext())
    assert res.findings[0].kind == "json_repaired"
    assert res.sanitized.replace(" ", "") == '{"name":"a","age":3}'


def test_unrepairable_json_asks_again(make_scanner: Callable[..., Scanner]) -> None:
    ctx = ScanContext()
    res = make_scanner("json", family="output", required=True).scan("no json here", ctx)
    assert res.findings[0].kind == "invalid_json"
    assert ctx.reask


def test_invalid_schema_fails_at_start() -> None:
    spec = ScannerSpec(scanner="json", params={"schema": {"type": "nope"}})
    with pytest.raises(ConfigError, match="invalid JSON Schema"):
        build_pipeline((spec,), "output")


@pytest.mark.parametrize(
    ("answer", "refused"),
    [
        ("I'm sorry, but I can't help with that request.", True),
        (" I cannot provide instructions on how to do that, as it is illegal.", True),
        ("As an AI language model, I cannot browse the internet.", True),
        ("Sure! To kill a Python process, run `kill -9 <pid>`.", False),
        ("Here are three ideas: 1. hiking 2. reading 3. cooking.", False),
    ],
)
def test_refusal(make_scanner: Callable[..., Scanner], answer: str, refused: bool) -> None:
    assert make_scanner("refusal", family="output").scan(answer, ScanContext()).valid is not refused


def test_canary_and_system_prompt_leak(make_scanner: Callable[..., Scanner]) -> None:
    canary = make_canary()
    system = f"You are the support bot of Acme. Never discuss pricing with anyone. {canary}"
    ctx = ScanContext(system_prompt=system, canaries=(canary,))
    scanner = make_scanner("canary", family="output")
    assert scanner.scan("Happy to help with your order.", ctx).valid
    leak = scanner.scan(
        f"My instructions: you are the support bot of ACME, never discuss pricing with anyone"
        f" {canary}",
        ctx,
    )
    assert {f.kind for f in leak.findings} == {"system_prompt_leak", "canary_token"}


def test_url_allowlist(make_scanner: Callable[..., Scanner]) -> None:
    scanner = make_scanner("url_allowlist", family="output", domains=["aire.dev"])
    text = "Docs: https://docs.aire.dev/guard and https://evil.example/x?q=1."
    res = scanner.scan(text, ScanContext())
    assert [text[f.start : f.end] for f in res.findings] == ["https://evil.example/x?q=1"]
    assert res.sanitized == "Docs: https://docs.aire.dev/guard and <URL_NOT_ALLOWED>."


@pytest.mark.parametrize(
    "answer",
    [
        "I\u2019m sorry, but I can\u2019t comply with that.",  # typographic apostrophes
        "I can\u2019t help with that.",
        "I'm afraid I can't help with that request.",
        "That's not something I'm able to help with.",
        "I'd rather not provide instructions for that.",
        "Unfortunately, this falls outside what I can help with.",
        "I'm not in a position to provide that information.",
        "I must refrain from providing that.",
        "I'm going to have to decline this one.",
        "I don't think I should help with that.",
        "I regret that I cannot help.",
        "I don't feel comfortable writing that.",
        "I'm unable to help with this request.",
        "My apologies, but that's outside my scope.",
    ],
)
def test_paraphrased_refusals(make_scanner: Callable[..., Scanner], answer: str) -> None:
    assert not make_scanner("refusal", family="output").scan(answer, ScanContext()).valid


@pytest.mark.parametrize(
    "answer",
    [
        "Sure! Use `kill -9 <pid>`. Note that I can't see your system, so check the PID first.",
        "Unfortunately, Python can't do that natively, but numpy can: np.linalg.solve(A, b).",
        "Unfortunately, there is no cure, but treatments exist.",
        "I'm sorry to hear about your loss, but here are some steps you can take.",
        "Sorry for the delay, but here is the report.",
        "I'd rather not guess; the docs say the default is 30 seconds.",
        "I'm afraid the answer is no: Paris is not the capital of Germany.",
        "I don't think you should worry; the rash is common. Here is what to do:",
        "Here's a poem:\nI can't sleep tonight,\nthe stars are too bright.",
        "I\u2019m happy to help! Here\u2019s the code, though it won\u2019t run on Python 2.",
    ],
)
def test_answers_saying_cant_in_passing_are_not_refusals(
    make_scanner: Callable[..., Scanner], answer: str
) -> None:
    assert make_scanner("refusal", family="output").scan(answer, ScanContext()).valid


@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        ("I'm sorry, but I can't help with that.", "refusal"),
        (
            "I can't help you get into her account, but I can explain how to recover your own.",
            "partial_refusal",
        ),
        ("Lo siento, pero no puedo ayudar con eso.", "refusal"),
        ("抱歉，我无法帮助你完成这个请求。", "refusal"),
        ("Sorry, that's beyond my current scope. Let's talk about something else.", "refusal"),
    ],
)
def test_refusals_and_partial_refusals_in_other_styles(
    make_scanner: Callable[..., Scanner], answer: str, kind: str
) -> None:
    res = make_scanner("refusal", family="output").scan(answer, ScanContext())
    assert [f.kind for f in res.findings] == [kind]


def test_help_that_mentions_cannot_is_not_a_refusal(make_scanner: Callable[..., Scanner]) -> None:
    answer = "Unfortunately, Python doesn't support tail calls, so here is an iterative version."
    assert make_scanner("refusal", family="output").scan(answer, ScanContext()).valid
