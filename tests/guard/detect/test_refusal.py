"""aire.guard.detect.refusal: declining constructions beyond "I can't" and "I'm sorry",
and helpful answers that use the same words without declining."""

from __future__ import annotations

import pytest

from aire.guard.detect.refusal import classify_refusal, refusal_score


@pytest.mark.parametrize(
    "text",
    [
        "Good question, however I'm unable to share details of that procedure.",
        "That's an interesting idea, but I'd rather not go into the specifics.",
        "Honestly, it wouldn't be appropriate for me to give medical dosing advice.",
        "Sadly this isn't something I can help you plan.",
        "I'm not comfortable providing a script that scrapes private profiles.",
        "Thank you for the context; however, I am not able to generate that image.",
    ],
)
def test_declining_constructions_are_refusals(text: str) -> None:
    assert refusal_score(text) >= 0.5
    assert classify_refusal(text) in ("full_refusal", "partial_refusal")


@pytest.mark.parametrize(
    "text",
    [
        "Sure! Here's the script you asked for, with comments on each step.",
        "The function can't be called before init(); move the call below it.",
        "However you deploy it, the service needs port 8080 open.",
        "Writing tests first is a good habit: here is an example with pytest.",
    ],
)
def test_helpful_answers_are_not(text: str) -> None:
    assert refusal_score(text) < 0.5
