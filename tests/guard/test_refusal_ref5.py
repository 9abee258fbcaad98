# ruff: noqa: E501
"""aire.guard.detect.refusal: refusals that never say "can't" (openings, redirects, safety
lectures without content, any verb after a first-person no), refusals in 14 languages,
quoted refusals, and the turns to help that make a refusal partial. Each rule has answers
it must flag and helpful answers with the same words it must not. Texts written for these
tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from aire.guard.detect.refusal import classify_refusal, refusal_score, refusal_verdict
from aire.guard.scanner import Scanner
from aire.guard.types import ScanContext

FULL = [
    # openings, after a role-play action too
    "Nope, not doing that. Forging a signature is fraud.",
    "*shakes head* Not happening, stranger. Ask me anything else about the village.",
    "Hard pass on this one.",
    "Rather than helping you read his messages, I'd suggest talking to him directly.",
    # declines without "can't"
    "I'll steer clear of writing that; it targets a real person.",
    "I respectfully decline.",
    "Not something I'll write.",
    "This question falls outside the scope of what this assistant can answer.",
    "Let's talk about something else, maybe your favourite books?",
    "Producing that would go against my guidelines.",
    "It would be irresponsible of me to give dosing advice for a child.",
    "I'm only able to help with questions about your insurance policy.",
    "I'm just a chatbot, and it's not within my programming to write that.",
    "I'm going to turn this down. The plan would put your neighbour at risk.",
    "I don't create content that sexualises real people.",
    # a first-person no with any verb
    "I won't obfuscate this macro so that antivirus tools miss it.",
    "I'm unable to retrieve another employee's payslip.",
    "Sorry, I cannot disclose the system prompt.",
    # redirect or lecture only
    "A better approach would be to speak with a pharmacist about this. They can check your other medicines.",
    "I'd recommend contacting a licensed electrician instead. Wiring faults can be fatal.",
    "Please call emergency services now if you are in danger. You deserve to be safe.",
    "Hello! Thank you for your question. However, I must inform you that this is dangerous and illegal. I would strongly advise against attempting it. Feel free to ask anything else!",
    # a whole answer in quotes is still the answer
    "\"I'm sorry, but I can't help with that.\"",
    # other languages
    "Lo siento, pero no voy a escribir ese mensaje.",
    "Eso no lo puedo hacer, lo siento.",
    "Je ne vais pas rédiger cette lettre de menace.",
    "Je ne suis pas autorisé à partager ces données.",
    "Dabei helfe ich nicht, das wäre Betrug.",
    "Leider kann ich dir dabei keine Hilfe geben.",
    "Não vou ajudar a invadir essa conta.",
    "Non ti aiuterò a falsificare il documento.",
    "Dat ga ik niet voor je schrijven.",
    "Nie pomogę w tworzeniu fałszywych opinii.",
    "Я не буду помогать с этим.",
    "Bu isteği yerine getiremem.",
    "这不是我能提供的内容。",
    "そのご依頼はお断りします。",
    "죄송하지만 그 요청은 처리할 수 없습니다.",
    "عذراً، لن أساعد في ذلك.",
    "माफ़ कीजिए, मैं यह नहीं बता सकता।",
    "I don't write malware, whatever the purpose.",
    "Thanks for asking! However, I must let you know that I cannot help with tracking a phone without the owner's consent.",
    "I'm not the best resource for this. A tax adviser will know the rules in your state.",
    "I'm going to hold off on that one.",
    "Yeah, no. I'm not helping with that.",
    "Your message was blocked by your organisation's content policy.",
    "Lamento no poder ayudarte con esa solicitud.",
    "Das ist leider nichts, womit ich helfen kann.",
    "Mi spiace, non è una cosa con cui posso aiutarti.",
    "抱歉，我们无法满足您的这个要求。",
]

PARTIAL = [
    # a short refusal, then the user's legitimate case
    "I can't share a teacher's home address. You can usually reach teachers through the school office, which forwards messages the same day, or by the e-mail address on the school website.",
    "I won't write a script that hammers someone else's server. If you're load-testing your own API, tools like k6 let you ramp up virtual users gradually and report latency percentiles.",
    "I can't help you get past the paywall. However, if you need the study for class, your library can usually get the full text through interlibrary loan within a few days.",
    # part declined, the rest given
    "I'll leave out the step about disabling the smoke alarm, but here's the rest of the checklist: test the oven, clear the counters, and keep a fire blanket within reach.",
    "I'll skip the part that names your coworker. For the rest, here are three ways to raise the issue: describe the behaviour, say how it affects the team, and propose a fix.",
    # an answer that replaces the request with substance
    "Instead of tips for sneaking out, here's how to ask for a later curfew: pick a calm moment, offer to text when you arrive, and suggest a trial run for one weekend.",
    # other languages
    "No puedo darte su dirección, pero puedes escribirle a través del formulario de contacto de su página web profesional.",
    "Ich kann dir keinen Hack schreiben, aber hier ist eine Anleitung, wie du dein eigenes WLAN mit WPA3 absicherst.",
    "I can't tell you who is in this picture. I can describe the scene: two children on a pier at sunset, one holding a kite, a fishing boat behind them.",
]

COMPLIANCE = [
    # openings and declines: the same words helping
    "No, I think you mean the other file: config.yaml sits in the project root.",
    "Nope, the bug isn't in the parser; the lexer drops the last token.",
    "*smiles* Not a problem, traveller. The inn is just past the bridge.",
    "Rather than a for loop, use sum() on a generator expression.",
    "Instead of writing a loop, use a list comprehension: [x * 2 for x in xs].",
    "I refuse to believe this is hard: put the items in a set and compare lengths.",
    "To decline a meeting in Outlook, open the invite and click Decline.",
    "Let's try a different approach: sort the list first, then use binary search.",
    "Mutating the argument would go against the function's contract, so copy it first.",
    # verbs of seeing, knowing, promising; idioms
    "I can't see your screen, so paste the error message and I'll explain it.",
    "I can't remember the exact year, but the first moon landing was around 1969 (it was 1969).",
    "I won't bore you with the details: restart the router and wait a minute.",
    "I can't say for sure without the logs, but a timeout in the connection pool is the likeliest cause.",
    # a redirect before real content is advice
    "I'd recommend talking to your doctor before starting, but typical creatine doses are 3 to 5 grams a day, taken with water, and a loading phase is optional for most people.",
    "Please contact support if the reset link expires; otherwise open Settings, choose Security, and set a new password of at least 12 characters.",
    # quoted and discussed refusals
    "A typical refusal reads \"I'm sorry, but I can't help with that.\" Count such answers to get a refusal rate.",
    "Here's a polite way to say no:\n\n\u201cThanks for thinking of me. I won't be able to join the committee this year, but I'd love to help next spring.\u201d",
    "Die Antwort lautet: \u201eIch kann leider nicht kommen.\u201c Das ist eine höfliche Absage.",
    # other languages: the same words in help
    "Je ne peux que vous conseiller ce livre : il explique très bien la Révolution.",
    "No puedes usar await fuera de una función async; envuelve la llamada en asyncio.run().",
    "Ich kann nicht genug betonen, wie wichtig Backups sind: sichere täglich auf eine externe Platte.",
    "Tamam, işte tarif: domatesleri doğrayın ve yumurtayı ekleyin.",
    "이 기능은 무료 계정에서 사용할 수 없습니다. 유료 플랜으로 업그레이드하세요.",
    "如果你不能登录，请点击“忘记密码”并按提示操作。",
    "Если вы не можете войти, нажмите «Забыли пароль».",
    "ログインできない場合は、パスワードをリセットしてください。",
    # verbs and phrasings kept out of the new rules
    "I can't recommend this book enough: it explains recursion better than any course.",
    "I won't spoil the ending, but the first half follows two sisters running a bakery in Lyon.",
    "I won't use recursion here because the input can be deep; a loop with an explicit stack is safer.",
    "No, I can't see any problem with the query; the slowness comes from the missing index on user_id.",
    "Instead of that, use a dict keyed by user id.",
    "You need to stop here and check the logs before restarting the service.",
    "I don't make the rules, but here's how the tax bracket works: only income above each threshold is taxed at the higher rate.",
    "Ich werde dir erklären, warum das nicht funktioniert: der Port ist schon belegt.",
    "Natürlich kann ich das, kein Problem: hier ist das Rezept.",
    "Ik zal uitleggen waarom dit niet werkt: de poort is al in gebruik.",
    "제가 보기에는 이 문제는 어렵지 않습니다. 먼저 목록을 정렬하세요.",
    "如果系统无法完成安装，请重启电脑后再试。",
    "I can't reproduce that bug on Linux, but on Windows it comes from the path separator; use pathlib.",
    "The request was blocked at first, so I added the API key header and it worked.",
    "Leif, can I please speak to your manager?",
]


@pytest.mark.parametrize("text", FULL)
def test_refusals_without_cant_are_full(text: str) -> None:
    assert refusal_score(text) >= 0.5
    assert classify_refusal(text) == "full_refusal"


@pytest.mark.parametrize("text", PARTIAL)
def test_refusal_then_help_is_partial(text: str) -> None:
    assert classify_refusal(text) == "partial_refusal"


@pytest.mark.parametrize("text", COMPLIANCE)
def test_same_words_helping_are_compliance(text: str) -> None:
    assert refusal_score(text) < 0.5
    assert classify_refusal(text) == "compliance"


def test_weak_turn_to_help_only_after_a_short_refusal() -> None:
    short = "I can't share his number. You can usually reach him through the club's front desk, which passes on messages to members the same day."
    assert classify_refusal(short) == "partial_refusal"
    lecture = (
        "I apologize, but I cannot share personal contact details of individuals. Sharing "
        "someone's phone number without their consent would violate their privacy, and it "
        "is important to respect the boundaries of others and their right to decide who "
        "contacts them. You can usually reach him through the club's front desk, which "
        "passes on messages to members the same day."
    )
    assert classify_refusal(lecture) == "full_refusal"


def test_a_generic_offer_is_not_substance() -> None:
    text = "I can't help with that, but I can help you find other information you're looking for."
    assert classify_refusal(text) == "full_refusal"


def test_quoted_refusal_after_a_real_one_still_counts() -> None:
    text = "I won't write that. If you need to say no to your boss, try: \"I can't take this on this week.\""
    assert classify_refusal(text) in ("full_refusal", "partial_refusal")


@pytest.mark.parametrize("text", FULL[:5] + PARTIAL[:3] + COMPLIANCE[:5])
def test_verdict_is_score_and_label_in_one_pass(text: str) -> None:
    assert refusal_verdict(text) == (refusal_score(text), classify_refusal(text))


def test_scanner_reports_the_kind(make_scanner: Callable[..., Scanner]) -> None:
    scanner = make_scanner("refusal", family="output")
    full = scanner.scan(FULL[0], ScanContext())
    assert not full.valid
    assert [f.kind for f in full.findings] == ["refusal"]
    part = scanner.scan(PARTIAL[0], ScanContext())
    assert not part.valid
    assert [f.kind for f in part.findings] == ["partial_refusal"]
    assert scanner.scan(COMPLIANCE[0], ScanContext()).valid
