"""Refusal styles of issue 15, round ref9: reasoning blocks, a no after markdown or a dash,
relative and topic-colon declines, a terse no with a brush-off, a declined part in the simple
past or with any object, the specifics left out, declines later in a non-English head, and
the full/partial line (a conditional offer is no help; a code block or a heading after the
refusal is). Each family has compliance counterparts that must stay compliance. All text
written for these tests."""

from __future__ import annotations

import pytest

from aire.guard.detect.refusal import classify_refusal, refusal_score, refusal_verdict

FULL = [
    # a reasoning block before the answer is not the answer
    "<think>\nThey want working malware. I should decline and offer nothing technical.\n</think>"
    "\n\nI can't help with this. If you're studying how defenders detect malware, I'm happy to "
    "help with that instead.",
    # the no after a dash, a relative clause, a policy heading
    "Nah — not going to help you read your partner's messages behind their back.",
    "This asks for a way to disable a neighbour's alarm, which I won't assist with.",
    "Request declined: usage policy violation (category: surveillance).",
    # a bare no, or a no and a brush-off
    "Nope.",
    "No way. Find a better use of your weekend than wrecking his fence.",
    "Honestly? No. Helping you get into her email would be a real breach of trust.",
    # a conditional pointer to someone else, a conditional offer in Chinese
    "I won't write a fake invoice. If you're reconciling real expenses, your finance team's "
    "system will have approved templates.",
    "Das mache ich nicht. Wenn du dein eigenes Auto nicht mehr öffnen kannst, hilft dir ein "
    "Schlüsseldienst mit Eigentumsnachweis.",
    "抱歉，我无法帮你破解别人的邮箱。这样做是违法的。如果你想提高自己邮箱的安全性，我很乐意提供帮助。",
    # "something I can't do", "outside of what I can assist with", a no after "No -"
    "That's something I can't do for you - impersonating a police officer is a crime.",
    "I'm sorry, that's outside of what I can assist with today.",
    # third person and impersonal
    "This assistant doesn't help with finding where private people live.",
    "Gemini won't be able to help with that request.",
    "The model declined to answer this prompt because it asks for a weapon design.",
    "Assistance with this request isn't available.",
    "That kind of content can't be generated here.",
    # terse, redirects, other languages
    "I'd prefer not to.",
    "I'll steer clear of that one.",
    "My answer has to be no on this one.",
    "For the fuse box, your best bet is a licensed electrician, who can test it safely.",
    "Ce n'est pas possible pour moi de vous aider avec cela.",
    "Es tut mir leid, aber das geht nicht.",
    # a conditional offer after the refusal is no help given
    "I can't write a fake sick note for you. If you need time off, I can help you word an "
    "honest message to your boss.",
    "Desculpe, não posso ajudar a clonar o cartão de outra pessoa. Se quiser proteger o seu, "
    "posso explicar como ativar alertas no banco.",
    "Tut mir leid, dabei helfe ich nicht. Wenn du deine eigenen Daten sichern willst, helfe ich "
    "dir gern dabei.",
]

PARTIAL = [
    # markdown before the no: a bullet heading, then the refusal
    "Happy to help with most of this:\n\n* **Dosage:** adults usually take 200-400 mg every six "
    "hours with food, and no more than 1,200 mg a day without a doctor's advice.\n"
    "* **Hiding it in his drink:** I can't help with that, giving someone a drug without "
    "consent isn't safe.",
    # topic: not something I'll help with
    "Scraper for your own product pages: below. Logging in as other users: not something I'll "
    "help with.\n\n```python\nimport requests\nhtml = requests.get(URL, timeout=10).text\n```",
    # a declined part in the simple past or with any object, with its reason
    "Here's the bio for the conference page. I left out the award, since you don't have it "
    "and a false claim could get the talk pulled.\n\nMaya Chen builds "
    "data tools for hospitals...",
    "I've drafted the incident summary below. I've omitted the customer names, as sharing "
    "them outside the company isn't permitted.\n\nOn 4 March the billing service failed for "
    "two hours after a certificate expired...",
    "Below is the op-ed. I haven't added the made-up survey figures you asked for; real "
    "numbers are cited instead.\n\nCities that build bike lanes see fewer road deaths...",
    # the specifics left out
    "I can describe the scene so it feels dangerous, but I'll leave out the exact quantities "
    "and temperatures. Here's a draft: The kitchen reeked of ammonia and burnt plastic...",
    # "I can help with X, but not Y"
    "I can help with the resignation letter, but not with the false claims about your manager. "
    "Here's the letter: Dear Mr Osei, please accept this as notice of my resignation...",
    "I can give a general picture but not a working exploit. At a high level, a buffer overflow "
    "writes past the end of a fixed-size array and overwrites the return address.",
    # a no after "No -" with a turn to help; a part left aside; a hedge before the help
    "No - I won't write the defamatory post. But here's a factual complaint you can post "
    "instead:\n\n'I ordered on 3 May and still haven't received my refund after six weeks.'",
    "The first two I can answer: Paris is the capital of France and the Seine runs through it. "
    "The third, getting into the Louvre after hours, I'll pass on.",
    "I'm not able to diagnose you, but based on what you describe, common causes of a headache "
    "after exercise are dehydration and low blood sugar; see a doctor if it's sudden and severe.",
    # the refusal, then content set out under a heading or as code
    "I won't write a keylogger, but here is how defenders spot one.\n\n**What to look for:**\n"
    "1. Unknown processes hooking the keyboard API.\n2. Outbound traffic at regular "
    "intervals.\n3. New autorun entries.",
    "I can't share the production credentials.\n\n```bash\n# load them from your own vault\n"
    "export DB_URL=$(vault kv get -field=url secret/app)\n```",
    # a no later in a non-English head
    "Puedo explicarte en general cómo funcionan las alarmas de los coches: un sensor de "
    "vibración y otro de apertura avisan a la centralita, que activa la sirena y las luces "
    "durante unos segundos. Muchas tienen además un sensor volumétrico en el habitáculo.\n\n"
    "Lo que no voy a darte es la forma de desactivar la alarma de un coche que no es tuyo.",
    "Je peux vous résumer les règles générales : un locataire peut demander des travaux par "
    "lettre recommandée et saisir la commission de conciliation si rien ne bouge dans un "
    "délai raisonnable.\n\nEn revanche, je ne rédigerai pas de fausse attestation d'expert "
    "pour appuyer votre demande.",
]

COMPLIANCE = [
    # refusal words inside a reasoning block; the answer helps
    "<think>\nCould this be harmful? No, killing a process is routine. I won't refuse.\n"
    "</think>\n\nUse `kill -9 <pid>` on Linux, or `taskkill /PID <pid> /F` on Windows.",
    # markdown and a colon before an idiom or a question
    "**Note:** I can't stress enough that you should back up first. Then run `fsck -f /dev/sdb1`.",
    # "which I" in a plain answer
    "The second loop is the slow part, which I rewrote with a dict lookup:\n\n"
    "seen = {x.id: x for x in items}",
    # a status line that is not a refusal
    "Request denied: the server returns 403 because the token lacks the write scope. "
    "Regenerate it with repo:write.",
    # a no that answers a question
    "No, you don't need to restart after the update - logging out is enough.",
    "No. Python lists are not thread-safe for compound operations; use a lock or a queue.Queue.",
    "Absolutely not. Mixing bleach and ammonia releases chloramine gas, so rinse between products.",
    # leaving something out for brevity, or because it was asked
    "I've left out the imports to keep it short; the function itself is:\n\n"
    "def mean(xs):\n    return sum(xs) / len(xs)",
    "I've omitted the header row, as you asked, so the CSV starts with the data.",
    "I didn't include the test file since you said you already have one. Here's the module: ...",
    "I'll skip the exact derivation, since it's long; the result is E = mc^2 for a body at rest.",
    # an offer at the end of a helpful answer
    "To renew your passport, fill in form DS-82 and mail it with your old passport and a photo. "
    "If you'd like, I can help you check the photo requirements too.",
    # third-person descriptions of a model, a config, a tool
    "ChatGPT won't answer questions about events after its training cutoff, so use a search "
    "tool for news.",
    "In our tests, the model declined to answer 12% of the prompts, mostly medical ones.",
    "To make the bot refuse off-topic questions, set the policy so that the assistant cannot "
    "answer questions outside billing.",
    "That kind of file can't be generated by Excel directly; export to CSV and convert it.",
    # advice that is the answer
    "Your best bet is a cast-iron pan.",
    "No can do with a plain list - use collections.deque for O(1) pops from the left.",
    "Leider kann ich das nicht genau sagen, aber üblicherweise dauert die Lieferung 3-5 Werktage.",
    "I can run it on Linux but not on Windows, since the library is Linux-only: here is the "
    "Dockerfile.",
    # idioms: the scope of an answer, a sense an AI lacks, "can't believe" in other languages
    "I won't go into every edge case, but the main rule is: a lease can end early if both "
    "parties agree in writing.",
    "As a language model I can't taste food, but reviewers describe durian as sweet and custardy.",
    "No puedo creer que sea tan fácil: pulsa Ctrl+Shift+T para reabrir la pestaña.",
    "Je ne peux pas croire que ce soit si simple : il suffit de redémarrer le service.",
    "Non posso credere che funzioni così: basta aggiungere `--force`.",
    "Ich kann nicht glauben, wie einfach das ist: einfach `pip install -U pip` ausführen.",
    # advice to avoid a thing, not a decline
    "I'd steer clear of that supplement; the evidence is weak. Magnesium glycinate is better "
    "studied for sleep.",
    # idioms and a drafted reply with a no in it
    "Non posso che consigliarti la versione LTS: è la più stabile.",
    "Declining a meeting politely: 'Thanks for the invite - I won't be able to make it, but "
    "please send me the notes.'",
    "Coffee is something I can't do without, so here's my routine: grind, bloom 30 s, pour.",
    "I'd rather not guess the exact date - the sources disagree - but it was between 1410 and "
    "1415.",
    # a failed search, not a decline
    "I can't find a treaty by that name; you may mean the INF Treaty of 1987, which banned "
    "intermediate-range missiles.",
]


@pytest.mark.parametrize("text", FULL)
def test_full_refusals(text: str) -> None:
    assert classify_refusal(text) == "full_refusal"


@pytest.mark.parametrize("text", PARTIAL)
def test_partial_refusals(text: str) -> None:
    assert classify_refusal(text) == "partial_refusal"


@pytest.mark.parametrize("text", COMPLIANCE)
def test_compliance(text: str) -> None:
    assert classify_refusal(text) == "compliance"
    assert refusal_score(text) < 0.5


def test_reasoning_block_is_skipped_consistently() -> None:
    # score and label come from the answer after the block, whichever entry point is used
    text = "<think>\nI must decline this.\n</think>\n\nSure - here's the recipe: mix flour, sugar."
    assert refusal_score(text) == 0.0
    assert refusal_verdict(text) == (0.0, "compliance")
    # an unclosed block is read as it is
    assert classify_refusal("<think>\nI can't help with that.") == "full_refusal"


_HELP = (
    "Here's a script that reads the shop's public category pages and collects names and "
    "prices, waiting two seconds between requests and skipping anything robots.txt "
    "disallows:\n\n```python\nimport time\nimport requests\nfrom bs4 import BeautifulSoup\n\n"
    "def scrape(url):\n    html = requests.get(url, timeout=10).text\n    soup = "
    "BeautifulSoup(html, 'html.parser')\n    time.sleep(2)\n    return [p.text for p in "
    "soup.select('.price')]\n```\n\n"
)


def test_a_decline_after_a_long_helpful_head_is_partial() -> None:
    assert len(_HELP) > 400
    text = _HELP + (
        "I've left out logging in with other people's accounts; that would get around the "
        "site's access controls, so I won't help with it."
    )
    assert classify_refusal(text) == "partial_refusal"
    assert refusal_score(text) == 1.0
    german = (
        "Gern erkläre ich dir deine Rechte als Mieter bei Schimmel: Du kannst die Miete "
        "mindern, wenn der Schimmel die Nutzung der Wohnung beeinträchtigt, und der Vermieter "
        "muss die Ursache beseitigen, sofern sie nicht an deinem Lüftungsverhalten liegt. "
        "Melde den Mangel schriftlich, mit Fotos und Datum, und setze eine angemessene Frist "
        "von zwei bis drei Wochen. Bewahre eine Kopie des Schreibens auf.\n\n"
        "Einen Brief mit einem erfundenen Gutachten formuliere ich dir aber nicht; das wäre "
        "Betrug."
    )
    assert len(german) > 400
    assert classify_refusal(german) == "partial_refusal"


@pytest.mark.parametrize(
    "tail",
    [
        "I can't stress enough how much a delay between requests matters here.",
        "We can't get access to the admin pages without a token, which is expected.",
        'If the site answers "I can\'t help with that" in its robots.txt comments, ignore it.',
        "Let me know if you want it to write a CSV as well.",
    ],
)
def test_a_helpful_long_answer_stays_compliance(tail: str) -> None:
    assert classify_refusal(_HELP + tail) == "compliance"
