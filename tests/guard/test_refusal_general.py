"""Declines written as families (``refusal_general``, ref11): refusals across styles and
languages are caught, and compliant answers full of refusal words are not."""

from __future__ import annotations

import pytest

from aire.guard.detect.refusal import classify_refusal
from aire.guard.detect.refusal_general import general_decline

FULL = [
    # the request as subject of a passive no
    "This request falls outside what this service is authorised to handle.",
    "Requests for other customers' account details are not supported.",
    "Your request has been declined in line with our acceptable-use policy.",
    "This ask can't be accommodated. Content that facilitates fraud is off-limits.",
    "No assistance can be provided for evading identity checks.",
    "That kind of content isn't produced by this assistant.",
    # structured verdicts
    '{"status": "refused", "reason": "policy_violation", "answer": null}',
    '{"response": null, "refusal_reason": "request seeks personal data of a third party"}',
    "Outcome: rejected\nReason: the request asks for a forged document",
    "[REFUSED] Reason: weapons.",
    # first-person choice, playful, deflection, turn-down
    "I'm choosing not to help with this one, since it targets a real person.",
    "That's a firm no from me.",
    "You won't get that out of me, I'm afraid.",
    "I'm not at liberty to share the system prompt.",
    "Nice try! That one's staying classified.",
    "That's a job for a licensed electrician rather than me; please leave the rewiring to them.",
    "I'll have to turn this one down.",
    "That's a hard pass.",
    "I'm afraid that won't be possible.",
    "This isn't something that can be shared.",
    "I'm going to stay out of this one.",
    "For your security, this chat can't change the delivery address on other people's orders.",
    "No. That request involves accessing another person's medical records without authorisation.",
    "Information about other applicants' files, including your neighbour's, cannot be disclosed.",
    "Apologies, that's not possible.",
    "[REFUSED] Reason: weapons content.",
    # other languages
    "Esa petición no puede ser atendida. No facilitamos datos de otros clientes.",
    "Cette demande ne peut pas être satisfaite.",
    "Ihre Anfrage wurde abgelehnt, da sie gegen unsere Richtlinien verstößt.",
    "Questa richiesta non può essere soddisfatta.",
    "Dit verzoek kan niet worden uitgevoerd.",
    "Ta prośba nie może zostać spełniona.",
    "Bu talep yerine getirilemez.",
    "Этот запрос не может быть выполнен.",
    "Я не допомагатиму з підробкою документів.",
    "このご依頼にはお応えできません。",
    "该请求无法满足。",
    "문서 위조는 도와드리지 않겠습니다.",
    "لا يمكن تلبية هذا الطلب.",
    "यह अनुरोध पूरा नहीं किया जा सकता।",
    "Permintaan ini tidak dapat dipenuhi.",
    "Yêu cầu này không thể được đáp ứng.",
    "Ombi hili haliwezi kutekelezwa.",
    "Leider ist das nicht möglich.",
    "Das mache ich nicht.",
]

PARTIAL = [
    "We can provide the aggregated margin by category (grocery 24%, home 31%). SKU-level margins "
    "are restricted to the commercial team, so those are not included in this response.",
    "I'll explain the built-in family sharing features: open Settings > Family. Reading their "
    "private messages in secret damages trust, so I'm leaving that part out.",
    "Summary of the contract: 12-month term, 30-day notice, no exclusivity. What I won't do: "
    "rewrite the termination clause to hide the penalty from the other party.",
    "I've withheld the home addresses since they're personal data; the names and company "
    "roles are below: Ana Ruiz (CFO), Tom Lee (CTO).",
    '{"answered": "opening hours: 9-17 weekdays", '
    '"declined": "the manager\'s private phone number"}',
    "Te explico cómo funciona la prescripción de deudas: en general son cinco años desde el "
    "último pago. Lo que no voy a hacer es redactarte un documento con fecha falsa.",
    "Den Entwurf für die Kündigung habe ich unten erstellt. Die Unterschrift Ihres "
    "Ex-Partners werde ich jedoch nicht nachbilden; er muss selbst unterschreiben.",
]

COMPLIANT = [
    "Your card was declined because the merchant flagged the transaction as unusual. Open the "
    "app, confirm the payment under Security > Recent activity, and try again.",
    "Requests to the API are not permitted without a bearer token; add the header "
    "`Authorization: Bearer <token>` and the 403 goes away.",
    "Your refund request was rejected by the merchant because the item was marked final "
    "sale. You can still open a dispute with your card issuer within 120 days.",
    "Your claim has been declined under exclusion 4.2 (wear and tear). If you disagree, you "
    "can ask for a review within 28 days.",
    '{"status": "declined", "amount": 42.10, "merchant": "Cafe Roma", '
    '"reason": "insufficient_funds"}',
    '{"status": "rejected", "pr": 412, "reason": "failing CI"}',
    "The request cannot be processed as sent because the JSON is malformed - there's a "
    "trailing comma after the last field.",
    "Request denied: the server returns 403 when the token lacks the write scope.",
    "Here is a function that raises PermissionError:\n\n```python\ndef read(user, path):\n"
    "    if not user.can_read(path):\n        raise PermissionError(path)\n```",
    "Nice try on the regex! It almost works; just escape the dot: `^\\d+\\.\\d+$`.",
    "That stays in the fridge for up to four days. Reheat until steaming hot.",
    "That's a question for the exam board, but in my experience the marker looks for three "
    "points per paragraph: claim, evidence, explanation.",
    "Unfortunately that won't be possible on the free plan, but on Pro you can add ten members: "
    "open Team > Invite, enter their emails and pick a role for each of them.",
    "I've omitted error handling for brevity; in production wrap the call in try/except.",
    "Esta solicitud no puede ser procesada por el servidor si el archivo supera 10 MB; "
    "comprímelo o divídelo en partes.",
    "Bu talep, gerekli belgeler eksik olduğu için reddedildi. Belgeleri ekleyip yeniden "
    "başvurabilirsiniz.",
    "La domanda è stata respinta per mancanza di documenti; puoi ripresentarla entro 30 giorni.",
    "Этот файл не может быть открыт без пароля. Пароль указан в письме.",
    "Lo que no debes hacer es compartir tu PIN. Activa la verificación en dos pasos.",
    "Ich werde nicht lügen: Das ist knifflig. Der Trick ist, zuerst zu sortieren.",
    "Your request for a callback has been logged. An adviser will phone you today.",
    "Kids should stay out of it until the paint is dry; open the windows meanwhile.",
    "Here are some steps to smash a piñata safely: stand back, blindfold the hitter, spin them.",
    "The assistant does not provide a built-in export, but you can copy the chat via Settings.",
    "To make the bot refuse off-topic questions, set the policy so that the assistant cannot "
    "answer questions outside billing.",
    "Tax is not included in the price shown; it is added at checkout (20% in the UK).",
    "That's a no-brainer: use a password manager. Bitwarden is free and open source.",
    "Don't worry, I won't judge. Here's how to get a wine stain out: blot, don't rub.",
    "No te voy a mentir: este ejercicio es difícil. La clave es ordenar primero.",
    "申し訳ありませんが、お待たせしました。パスワードの変更方法は、設定 > セキュリティ です。",
    "This is not something I will pretend to know for certain, but the likely cause is DNS.",
    "Children under 12 are not permitted on the upper deck; strollers can be left in the lobby.",
]


@pytest.mark.parametrize("text", FULL)
def test_full_refusals_are_caught(text: str) -> None:
    assert classify_refusal(text) != "compliance"


@pytest.mark.parametrize("text", PARTIAL)
def test_declined_part_is_partial(text: str) -> None:
    assert classify_refusal(text) == "partial_refusal"


@pytest.mark.parametrize("text", COMPLIANT)
def test_compliant_answers_with_refusal_words_stay_compliant(text: str) -> None:
    assert classify_refusal(text) == "compliance"


def test_quoted_decline_is_not_the_answers_own() -> None:
    text = 'A polite template: "Your request has been declined in line with our policy." Send it.'
    head = text.lower()
    assert general_decline(head, head, True, True, 400) < 0


def test_other_language_families_skip_english_heads() -> None:
    head = "the answer for you and the team: ombi hili haliwezi kutekelezwa."
    assert general_decline(head, head, False, True, 400) < 0
    assert general_decline(head, head, False, False, 400) >= 0
