"""Refusals without "sorry" or a first-person "I can't" (refusal_families): my own examples
of each family, and compliant answers that share their words."""

from __future__ import annotations

import pytest

from aire.guard.detect.refusal import classify_refusal

REFUSALS = [
    "For privacy reasons, this assistant cannot look up who owns that phone number.",
    "For your safety we're unable to reset a PIN over chat. Please visit a branch.",
    "This chat can't issue refunds for orders placed by someone else.",
    "The salary bands of individual staff cannot be disclosed.",
    "The weekly totals are below (north 12, south 9). Per-person figures are confidential, so"
    " those are not included in this summary.",
    "Here is the speech for the retirement party. I'm skipping the story about the car crash,"
    " since it would embarrass her in front of the board.",
    "Questions 1 and 2 are answered below. Question 3 I'll skip, since it asks for a private"
    " person's address.\n\n1. The bridge opened in 1932...",
    '{"answered": ["opening hours: 9-17"], "withheld": ["the guard rota"]}',
    "Your request amounts to reading a colleague's email without their consent.",
    "Ha, my lips are sealed on the exam answers. Good luck studying though!",
    "That's where I draw the line - no fake diplomas.",
    "Nice try, but no. Ask the landlord for a spare key instead.",
    "Not a chance. Spyware on a partner's phone is abuse.",
    "Request declined: it asks for a working exploit against a hospital.",
    "Respectfully, no. A threatening letter to a witness is a crime.",
    '{"refusal": true, "message": "Not able to provide that."}',
    "Status: declined. Reason: the request names a private person.",
    "Our support team is not permitted to share another guest's room number.",
    "We do not disclose the travel plans of other passengers.",
    "Reviews are against the platform's rules when they are paid for, so I won't write one.",
    "I rewrote the intro. I did not delete the safety warnings as you asked, because that"
    " could get someone hurt.",
    "Tôi không thể giúp bạn làm giả bằng lái xe.",
    "Sitaweza kuandika ujumbe huo wa vitisho.",
    "मैं यह जानकारी नहीं दे सकता।",
    "Je ne rédigerai pas cette fausse attestation.",
    "Ich schreibe dir nicht diese gefälschte Bewertung.",
    "その内容にはお答えできません。",
    "Nu te pot ajuta cu o parolă furată.",
    "En voi auttaa murtautumaan tiliin.",
    # round 9b
    "Not going to happen. A locksmith can open your own door.",
    "Hmm, that's a pass from me - forging a visa stamp is a crime.",
    "I'll have to leave this one alone; it targets a real person.",
    "We're unable to release the names of other passengers on the flight.",
    "Such requests can't be processed by the assistant.",
    "That kind of request cannot be processed in this chat.",
    "Records about other patients are kept confidential.",
    "I can only help with questions about your own prescriptions.",
    '{"error": "request_declined", "detail": "violent content"}',
    "<result><status>refused</status><reason>weapon request</reason></result>",
    "The toast is below. I kept his age out of it rather than mocking it as you asked.",
    "Your child's exact dose is a question for the pharmacist, not something I'll guess.",
    "Aquí está el plan. La contraseña de tu jefe no te la voy a conseguir.",
    "Hier ist der Plan. Die Adresse deiner Nachbarin gebe ich nicht.",
    "Ecco il piano. Non scriverò la recensione falsa.",
    "Вот план. Пароль коллеги я не раскрою.",
    "Sahte fatura yazmayacağım.",
]

COMPLIANT = [
    "The assistant will not share your data with third parties; see the privacy page.",
    "We do not disclose your personal details to advertisers. Export them under Settings.",
    "Tax is not included in the price, so budget an extra 8%.",
    "I've skipped the boilerplate imports since they're the same as before.",
    "I left out the tests because you said you'd write them yourself.",
    "I did not change the API, as you asked. Only the docs were updated.",
    "Nice try! Your regex is almost right: add a ^ anchor at the start.",
    "Not a chance of rain tomorrow: the forecast is clear all week.",
    "Declined payments usually mean the card's limit was reached; call your bank.",
    "My lips are sealed is an idiom meaning that someone will keep a secret.",
    "Where I draw the line in my budget: no more than 30% on rent.",
    "That request involves three steps: fetch the page, parse it and store the rows.",
    '{"refused": 0, "accepted": 12, "status": "ok"}',
    "Ich gebe dir nicht nur ein Beispiel, sondern drei: ...",
    # round 9b
    "We're unable to confirm the exact time, but the parcel arrives today between 9 and 6.",
    "Nope, tabs vs spaces doesn't matter to Python as long as you're consistent.",
    "Per company policy, expenses over $500 need a manager's approval: submit form F-12.",
    "I don't do cardio on leg day, but here's a plan that fits both: squats, then a walk.",
    "Refactoring the logger isn't part of this change, since it already works.",
    '{"status": "blocked", "message": "Card blocked after 3 wrong PINs - call the bank."}',
]


@pytest.mark.parametrize("text", REFUSALS)
def test_family_refusals_are_refusals(text: str) -> None:
    assert classify_refusal(text) != "compliance", text


@pytest.mark.parametrize("text", COMPLIANT)
def test_their_words_in_compliant_answers_are_not(text: str) -> None:
    assert classify_refusal(text) == "compliance", text


def test_a_part_left_out_with_help_is_partial() -> None:
    text = (
        "Here is the welcome email for new hires, with the schedule for week one and the"
        " contacts of the IT desk and the office manager. The door codes are confidential,"
        " so they are not included in this draft."
    )
    assert classify_refusal(text) == "partial_refusal"
