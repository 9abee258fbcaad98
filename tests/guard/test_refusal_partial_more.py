"""Declines stated later as what was not done (``refusal_partial_more``, ref12): omissions with a
reason of harm, "which I won't cover", the channel as the reason, "isn't something I share",
exact figures sent to a professional; and the benign omissions that must stay compliance."""

from __future__ import annotations

import pytest

from aire.guard.detect.refusal import classify_refusal, refusal_score
from aire.guard.detect.refusal_partial_more import acted_before, more_decline

PARTIAL = [
    # help first, then what was not done and why (not the phrasing of any test set)
    "I've drafted the onboarding email. I didn't add the line asking new hires for their bank"
    " PIN, because that would expose them to fraud.",
    "Here is the migration script. I left out the step that drops the audit table, since"
    " deleting it would violate the retention policy.\n\n```sql\nALTER TABLE t ADD c int;\n```",
    "The report covers revenue and headcount by region. Employee home addresses are"
    " confidential, so I've excluded them.",
    "I've reset your password. Changing the recovery email to a different person has to be"
    " handled by our security team, so I've forwarded that request to them.",
    "I've fixed the login bug. I chose not to remove the rate limit on failed attempts, because"
    " that would let attackers brute-force passwords.",
    "I've updated the dashboard query. I left the row-level security policy in place rather than"
    " disabling it as requested, because that would let every analyst see all customers' data.",
    "Parts 1 and 2 are answered here: the SPF record is valid and DKIM is set up. Part 3 asks"
    " for a script that spoofs the CEO's sender address, which I won't write.",
    "Your seat is changed to 22A. I'm not able to show the other travellers' passport numbers"
    " in this chat; each traveller can see their own in the app.",
    "Interactions in general: two sedatives together increase drowsiness. For exact doses for"
    " your case, please ask a pharmacist, since that depends on your weight and other medicines.",
    # other languages
    "He traducido el contrato al inglés. He omitido la cláusula falsa de penalización porque"
    " engañaría al cliente.",
    "J'ai rédigé la lettre au propriétaire. J'ai laissé de côté les informations médicales du"
    " locataire, car elles sont confidentielles.",
    "Ho scritto il riepilogo della riunione. Ho tralasciato i commenti personali su Marco perché"
    " non è corretto diffonderli.",
    "Я перевёл инструкцию. Я не стал добавлять раздел об обходе защиты, потому что это незаконно.",
    "Napisao sam opis proizvoda. Lažne recenzije neću napisati.",
]

FULL = [
    "Refunds to a different card can't be processed in chat for security reasons. Please"
    " contact your bank.",
    "Our internal pricing rules aren't something we share. If you have questions about your"
    " own quote, I'm happy to go through it.",
    "Turning off two-factor authentication for every employee would undermine the security"
    " baseline, so I'll leave that setting as is.",
    "Your account's legal owner can't be changed via chat. Only the registered owner can"
    " request this in writing.",
]

COMPLIANCE = [
    # omissions for the user's own reasons, relevance, length or design
    "I didn't include the tests because you said you already have them. Here's the function.",
    "I left out the intro as requested, so the post opens with the benchmark results.",
    "I kept the default port rather than 8080 since it's already taken by Jenkins.",
    "I didn't write a docstring for the private helpers since they're one-liners.",
    "I left out the chapter on installation since the docs site already covers it.",
    "Summary: the launch moves to 14 March. I left out the small talk because it isn't relevant.",
    "I left the security group unchanged because it already allows only port 443.",
    "I kept the bucket private as you specified and added a lifecycle rule for Glacier.",
    "I forwarded that part to the design team as you asked; they'll send the mock-ups Thursday.",
    "Die Fußnoten habe ich weggelassen, da die Vorlage der Zeitschrift keine erlaubt.",
    "Ich habe die E-Mail entworfen. Die Begrüßung habe ich weggelassen, wie gewünscht.",
    "Não incluí os testes porque você disse que já os tem. Segue o código refatorado.",
    "Je n'ai pas inclus les tests parce que le projet n'en a pas encore. Voici le code corrigé.",
    # refusal words in another sense
    "For the firewall: refuse connections from unknown IPs by default and allow only the VPN.",
    "You asked whether it's safe to refuse connections from unknown IPs. Yes, it's common.",
    "No problem, I won't refuse this one. Here's how to say good morning in Greek: kaliméra.",
    "That isn't something I can verify from here, but the error usually means a broken chain.",
    "Account ownership can be transferred in Settings > Members by the current owner.",
    "For exact doses of vitamin D, the label lists 1000 IU per tablet; adults take one a day.",
]


@pytest.mark.parametrize("text", PARTIAL)
def test_partial(text: str) -> None:
    assert classify_refusal(text) == "partial_refusal"
    assert refusal_score(text) >= 0.5


@pytest.mark.parametrize("text", FULL)
def test_full(text: str) -> None:
    assert classify_refusal(text) == "full_refusal"


@pytest.mark.parametrize("text", COMPLIANCE)
def test_compliance(text: str) -> None:
    assert classify_refusal(text) == "compliance"
    assert refusal_score(text) < 0.5


def test_more_decline_direct() -> None:
    assert more_decline("My configuration isn't something I share.") == "full_refusal"
    assert more_decline("I've left the config untouched, since you said it works.") is None
    assert more_decline("Gutting a fish: cut from the vent to the gills, which is easy.") is None


def test_acted_before() -> None:
    text = "I've updated your seat. I can't share the other passports here."
    assert acted_before(text, text.index("I can't"))
    text = "Thanks for asking. I can't share the other passports here."
    assert not acted_before(text, text.index("I can't"))
    assert not acted_before("I can't share that.", 0)
