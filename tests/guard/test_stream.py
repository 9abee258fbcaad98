import pytest

from aire.config.guard import GuardPolicy
from aire.guard import Guard, GuardMetrics

ANSWER = (
    "Hello! Your account manager is jane.doe@example.com and her direct line is "
    "+44 20 7946 0958. "
    + "Some filler text that goes on for a while. " * 12
    + "Backup contact: ops@example.org. Done."
)


def make(output: list[object], **kw: object) -> Guard:
    return Guard(GuardPolicy.model_validate({"input": [], "output": output, **kw}))


def run(g: Guard, text: str, size: int) -> tuple[str, int]:
    stream = g.stream(g.context())
    out, held = [], 0
    for i in range(0, len(text), size):
        out.append(stream.feed(text[i : i + size]))
        held = max(held, stream.held_chars)
    out.append(stream.finish())
    return "".join(out), held


@pytest.mark.parametrize("size", [1, 3, 7, 16, 64, 1000])
def test_stream_equals_whole_text_redaction(size: int) -> None:
    g = make([{"scanner": "pii", "action": "redact", "params": {"entities": ["email", "phone"]}}])
    whole = g.scan_output(ANSWER).sanitized
    streamed, held = run(g, ANSWER, size)
    assert streamed == whole
    assert "jane.doe" not in streamed
    assert "<EMAIL>" in streamed
    stream = g.stream()
    assert held <= stream.hold + stream.min_step_chars + size


def test_secret_split_across_chunks_blocks_and_is_never_released() -> None:
    g = make(["secrets"])
    stream = g.stream()
    released = stream.feed("Here is the key: AKIAIOSF")
    released += stream.feed("ODNN7EXAMPLE and more text " * 30)
    released += stream.finish()
    assert stream.blocked
    assert stream.blocked_by is not None
    assert stream.blocked_by.kind == "aws_access_key"
    assert "AKIA" not in released


def test_reversible_restore_after_stream_guard() -> None:
    g = Guard(
        GuardPolicy.model_validate(
            {"input": [{"scanner": "pii", "redact": "reversible"}], "output": ["secrets"]}
        )
    )
    ctx = g.context()
    g.scan_input("my email is bob@example.com", ctx)
    assert ctx.vault is not None
    stream, restorer = g.stream(ctx), ctx.vault.restorer()
    answer = "I will write to [EMAIL_1] today. " * 10
    out = ""
    for i in range(0, len(answer), 4):
        out += restorer.feed(stream.feed(answer[i : i + 4]))
    out += restorer.feed(stream.finish()) + restorer.finish()
    assert out == answer.replace("[EMAIL_1]", "bob@example.com")


def test_whole_text_scanners_run_at_finish() -> None:
    g = make([{"scanner": "json", "params": {"required": True}}, "refusal"])
    stream = g.stream()
    text = stream.feed("I'm sorry, but I can't help with that.") + stream.finish()
    assert text == "I'm sorry, but I can't help with that."
    assert {f.kind for f in stream.findings} == {"invalid_json", "refusal"}


def test_hold_back_is_bounded_even_for_a_growing_match() -> None:
    g = make([{"scanner": "pii", "params": {"entities": ["url"]}}], stream_max_hold_chars=256)
    stream = g.stream()
    stream.feed("see https://example.com/" + "a" * 5000)
    assert stream.held_chars <= 256 + stream.min_step_chars


def test_stream_findings_reach_the_metrics_once() -> None:
    metrics = GuardMetrics()
    g = Guard(
        GuardPolicy.model_validate({"input": [], "output": [{"scanner": "pii"}, "secrets"]}),
        observer=metrics,
    )
    text = ANSWER + " key AKIAIOSFODNN7EXAMPLE"
    run(g, text, 5)
    snap = metrics.snapshot()
    assert snap.findings[("default", "output", "pii", "email", "redact")] == 2
    assert snap.blocks[("default", "output", "secrets", "aws_access_key")] == 1
    assert snap.scans[("default", "output", "pii")] >= 2


@pytest.mark.parametrize("size", [1, 2, 5, 13])
def test_disguised_pii_split_across_chunks_is_redacted(size: int) -> None:
    g = make(
        [{"scanner": "pii", "action": "redact", "params": {"entities": ["email", "credit_card"]}}]
    )
    card = " ".join(["\uff14\uff11\uff11\uff11"] + ["\uff11" * 4] * 3)  # fullwidth 4111 1111...
    text = "Write to jane\u200b.doe@exam\u200bple.com or pay with " + card + "." + " Thanks." * 40
    streamed, _ = run(g, text, size)
    assert streamed == g.scan_output(text).sanitized
    assert streamed.startswith("Write to <EMAIL> or pay with <CREDIT_CARD>.")
