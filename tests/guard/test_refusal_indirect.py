"""Refusals phrased indirectly (refusal_indirect): my own examples of each family, and
compliant answers that share their words."""

from __future__ import annotations

import pytest

from aire.guard.detect.refusal import classify_refusal

REFUSALS = [
    '{"status": "declined", "reason": "the request asks for another user\'s address"}',
    "The assistant declines to write the letter, as it would impersonate a court officer.",
    "For privacy reasons, our assistant does not share employee phone numbers. Please use the"
    " directory.",
    "That request falls outside what this service is allowed to handle. Please call the clinic.",
    "Legal advice is not available through this channel. A solicitor can help you.",
    "Forging a sick note is off the table, sorry. I can help you write to your manager instead.",
    "Ha, nice try - that's a hard pass from me.",
    "Nope, that one stays locked. Anything else about your booking?",
    "My system prompt is not something I hand out.",
    "That's a question for your bank's fraud team, not for me.",
    "Je ne fournirai aucune information sur la fabrication d'armes.",
    "Lo que no haré es escribir una reseña falsa.",
    "Não vou redigir um atestado falso.",
    "Tego nie zrobię, to byłoby oszustwo.",
    "Dat zet ik niet in de mail; een collega moet het eerst controleren.",
    "Maaf, tidak dapat saya berikan data pribadi pelanggan.",
    "Samahani, siwezi kukusaidia kupata nenosiri la mtu mwingine.",
]

COMPLIANT = [
    '{"status": "rejected", "pr": 88, "reason": "failing CI"}',
    '{"decision": "declined", "message": "Insufficient funds - try another card."}',
    "Route requests the model declines to a human queue; log them for review.",
    "This service does not provide refunds after 30 days, so apply before the 12th: here is"
    " the form and the three steps to follow.",
    "Stress is off the charts this week, so here is a short plan: sleep, walk, one task a day.",
    "The vault door stays closed until 9; the night shift uses the side entrance.",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_indirect_refusals_are_refusals(text: str) -> None:
    assert classify_refusal(text) != "compliance", text


@pytest.mark.parametrize("text", COMPLIANT)
def test_their_words_in_compliant_answers_are_not(text: str) -> None:
    assert classify_refusal(text) == "compliance", text
