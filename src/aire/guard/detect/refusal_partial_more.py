"""Declines that the head scan of ``refusal`` misses (issue 15, ref12): a no stated anywhere in
the answer as what the assistant deliberately did not do, and impersonal or possessive no's
without "can't" or "sorry".

Families (each gated by a few substrings before any regex, so a helpful answer costs one
lower-casing and a handful of ``in`` tests):

* ``omission``: a first-person statement of what was left out, not done, kept instead or
  passed to someone else, in a sentence that gives a reason of harm, privacy, policy or
  restriction ("I didn't implement the second part ... because it would let any admin read
  all tenants' data", "The individual salaries are in a restricted HR file, so I've left
  them out.", "I kept block_public_access enabled rather than making the bucket public-read
  as requested", "I left out the client's medical diagnosis ... because that information is
  only for the internal file"). A reason that is the user's own ("because you said you have
  them", "as requested", "since it's already taken") is not a decline: the omission is then
  the answer doing what was asked.
* ``omission_lang``: the same in other languages, where the omission verb is marked enough
  that a reason connector suffices ("Den Teil ... habe ich weggelassen, da ...", "He omitido
  ... porque", "J'ai omis ... car", "Ho omesso ... perché", "Я не стал ... потому что",
  "neću napisati"), unless the reason is the user's wish ("wie gewünscht", "como pediste").
* ``which_wont``: a request named, then ", which I won't cover" ("Question 4 asks for ...,
  which I won't cover.").
* ``in_chat``: the channel as the reason ("account ownership changes can't be handled in
  chat", "I'm unable to display those in chat").
* ``not_something``: "My configuration isn't something I share."
* ``pro_only``: exact figures sent to a professional after general information only ("For
  exact doses for your situation, please ask a pharmacist") when the answer gives none.

Partial or full: the answer is partial when it helps besides the decline (a code block, a
list, a completed action such as "I've updated ...", "Here's ...", or sentences of content
before the decline's sentence), full when there is only the decline and a redirect.
"""

from __future__ import annotations

import re

__all__ = ["MORE_CHARS", "acted_before", "more_decline", "prepare"]

MORE_CHARS = 1000

# --- English ------------------------------------------------------------------------------
# what was deliberately not done / left out / kept / passed on, first person
_OMIT_EN = re.compile(
    r"\bi(?:'ve|\s+have|'d|\s+had)?\s+(?:(?:deliberately|intentionally|purposely|also|therefore"
    r"|instead|just)\s+)?(?:"
    r"left\s+(?:[\w`'-]+\s+){0,4}?(?:out|off|untouched|unchanged|as\s+is|alone|in\s+place|intact)\b"
    r"|(?:omitted|skipped|excluded|withheld|redacted|held\s+back)\b"
    r"|kept\s+(?:[\w`'-]+\s+){0,6}?(?:out|enabled|disabled|in\s+place|unchanged|intact|as\s+is"
    r"|private|rather\s+than|instead\s+of)\b"
    r"|(?:didn't|did\s+not|haven't|have\s+not|chose\s+not\s+to|decided\s+not\s+to)\s+"
    r"(?:\w+\s+)?(?:implement|include|add|write|make|change|replace|disable|remove|share|show"
    r"|display|provide|cover|do|give|build|enable|turn\s+off|put|copy|send|reveal|list|draft"
    r"|translate|create|generate|bypass|grant|apply|set|merge|import|publish|expose|transfer)\b"
    r"|(?:forwarded|passed|handed|referred|escalated|routed)\s+(?:(?:that|this|those|the)\s+"
    r"(?:\w+\s+)?(?:part|request|change|item|bit|question)s?|that|this|it|them)\s+(?:on\s+|over\s+)?to\b"
    r")"
    # after "so" / "and": "..., so I'll leave that configuration untouched"
    r"|\bi(?:'ll|\s+will|'m\s+going\s+to)\s+(?:leave|keep)\s+(?:\w+\s+){0,3}?"
    r"(?:untouched|unchanged|as\s+is|intact|enabled)\b"
)
# a reason of harm, privacy, policy or restriction in the omission's sentence
_WHY_EN = re.compile(
    r"\b(?:restricted|confidential|privacy|private\s+(?:data|details|information|info|messages|files"
    r"|records|notes|conversations?|matters?)|personal\s+(?:data|details|information|info)"
    r"|medical|diagnos[ie]s|salar(?:y|ies)|internal\s+(?:file|use|only|record)|only\s+for\s+(?:the\s+)?"
    r"internal|not\s+(?:permitted|allowed|authori[sz]ed)|without\s+(?:their|his|her|the\s+\w+'s)?\s*consent"
    r"|mislead\w*|deceiv\w*|deceptive|defam\w*|illegal|unlawful|harass\w*|malicious|fraud\w*"
    r"|would\s+(?:let|allow|enable|give)\s+(?:any|anyone|someone|every|other|them|attackers?)"
    r"|other\s+(?:customers|users|tenants|passengers|clients|patients|people|employees)"
    r"|tenants'|someone\s+else's|violat\w*|circumvent\w*|defeat\w*|undermin\w*|bypass\w*"
    r"|(?:needs?|has|have|must)\s+to\s+(?:be\s+)?(?:done|handled|approved|made|go)\s+(?:by|through)"
    r"|can\s+only\s+be\s+(?:done|handled|changed|approved)|only\s+(?:the|our|your)\s+\w+(?:\s+\w+)?\s+can"
    r"|(?:for|as\s+a)\s+(?:security|safety|privacy|legal)\s+reasons?|security\s+(?:risk|control|hole)"
    r"|compliance\s+control|public-read|publicly\s+(?:readable|accessible|exposed)|safer"
    r"|weaken\w*|breach\w*|(?:approval|access|security|audit)\s+controls?)\b"
)
# reasons that are the user's own: the omission does what was asked
_MINE_EN = re.compile(
    r"\b(?:you\s+(?:said|asked|mentioned|wanted|want|requested|already|have|told|prefer|specified"
    r"|don't\s+need|didn't\s+(?:need|want|ask))|as\s+(?:you\s+)?(?:requested|asked|instructed|agreed)"
    r"|per\s+your|at\s+your\s+request|already\s+(?:taken|in\s+use|exists?|covered|handled))\b"
)
# what was asked, not done: "I kept X rather than making the bucket public-read as requested"
_DECLINED_ASK = re.compile(
    r"\b(?:rather\s+than|instead\s+of)\b[^.!?\n;]{0,80}?\b(?:as\s+(?:you\s+)?(?:requested|asked)"
    r"|you\s+(?:asked|requested)\s+for|you\s+(?:requested|suggested|proposed|wanted))\b"
)
# "Question 4 asks for ..., which I won't cover."
_WHICH_WONT = re.compile(
    r"\b(?:asks?\s+for|asked\s+for|requests?|wants?|the\s+part\s+(?:about|that|where)|you\s+want)\b"
    r"[^.!?\n]{3,160}?,\s*which\s+i(?:'m|\s+am)?\s+(?:won't|will\s+not|can't|cannot|can\s+not"
    r"|not\s+going\s+to|am\s+not\s+going\s+to|'m\s+not\s+going\s+to|unable\s+to|must\s+decline\s+to"
    r"|decline\s+to|have\s+to\s+skip|(?:will|'ll)\s+(?:skip|leave\s+out))\b"
)
_WHICH_WONT_KEYS = (", which i",)
# the channel as the reason: "can't be handled in chat", "I'm unable to display those in chat"
_CHAN = (
    r"(?:here\s+)?(?:in|over|via|through|by)\s+(?:this\s+|the\s+|live\s+)?"
    r"(?:chat|messenger|chatbot)\b"
)
_IN_CHAT = re.compile(
    r"\b(?:can't|cannot|can\s+not|won't|will\s+not|aren't\s+able\s+to|isn't\s+able\s+to)\s+be\s+"
    r"(?:handled|done|processed|changed|made|completed|shared|discussed|disclosed|displayed"
    r"|provided|actioned|approved|updated|transferred|verified|given|sent)\s+"
    + _CHAN
    + r"|\bi(?:'m|\s+am)?\s+(?:unable\s+to|not\s+able\s+to|can't|cannot|can\s+not|won't"
    r"|will\s+not)\s+(?:display|show|share|read\s+out|send|give|provide|reveal|disclose|list"
    r"|post|change|process|handle|update|transfer|make)\s+(?:those|these|them|that|this|it|their"
    r"|his|her|other|the|any|such)\b[^.!?\n]{0,40}?\s" + _CHAN
)
_IN_CHAT_KEYS = ("chat", "messenger")
_NOT_ANYTHING_MEDIA = re.compile(
    r"\b(?:image|photo|picture|video|gif|file|attachment|pdf|emoji)s?\b"
)
# "My configuration isn't something I share."
_NOT_SOMETHING = re.compile(
    r"\b(?:is\s+not|isn't|are\s+not|aren't|'s\s+not|'re\s+not)\s+(?:something|anything|a\s+thing)"
    r"\s+(?:that\s+)?(?:i|we)\s+(?:(?:can|will|would|ever)\s+)?(?:share|disclose|reveal|give\s+out"
    r"|hand\s+out|discuss|provide|help\s+with|assist\s+with|make\s+public|pass\s+on|give\s+away"
    r"|talk\s+about|go\s+into|expose)\b"
)
_NOT_SOMETHING_KEYS = ("n't something", "not something", "n't anything", "not anything")
# exact figures sent to a professional when the answer gives none
_PRO_ONLY = re.compile(
    r"\bfor\s+(?:the\s+)?(?:exact|precise|specific|actual|personal(?:i[sz]ed)?|individual)\s+"
    r"(?:doses?|dosages?|dosing|amounts?|quantities|numbers|figures|values|instructions)\b"
    r"[^.!?\n]{0,60}?\b(?:please\s+)?(?:ask|consult|check\s+with|talk\s+to|speak\s+(?:to|with)|see)"
    r"\s+(?:a|an|your)\s+(?:\w+\s+)?(?:pharmacist|doctor|physician|gp|nurse|vet|veterinarian"
    r"|lawyer|attorney|solicitor|accountant|professional|specialist|clinician)\b"
)
_PRO_KEYS = ("for exact", "for precise", "for specific", "for the exact", "for actual",
             "for personal", "for individual")  # fmt: skip
_FIGURE = re.compile(r"\d\s*(?:mg|ml|g|mcg|µg|%|units?|tablets?|pills?|doses?)\b")

# --- other languages ------------------------------------------------------------------------
# marked omissions and first-person no's (a reason connector or a no of writing/helping)
_OMIT_LANG = re.compile(
    r"(?i)(?:habe\s+ich\s+(?:\w+\s+)?(?:weggelassen|ausgelassen|entfernt|gestrichen|herausgenommen"
    r"|nicht\s+\w+)|ich\s+habe\s+[^.!?\n]{0,60}(?:weggelassen|ausgelassen|entfernt|gestrichen)"
    r"|(?:he|hemos)\s+(?:omitido|excluido|dejado\s+fuera)|no\s+(?:he|hemos)\s+(?:incluido|añadido"
    r"|implementado|cambiado)|(?:omití|excluí|no\s+incluí|dejé\s+fuera)"
    r"|j'ai\s+(?:omis|exclu|laissé\s+de\s+côté|retiré|supprimé)|je\s+n'ai\s+pas\s+\w+"
    r"|ho\s+(?:omesso|escluso|tralasciato|lasciato\s+fuori|rimosso)|non\s+ho\s+\w+"
    r"|(?:omiti|excluí|deixei\s+de\s+fora)|não\s+(?:incluí|adicionei|implementei|alterei)"
    r"|heb\s+ik\s+(?:\w+\s+)?(?:weggelaten|niet\s+(?:opgenomen|toegevoegd|geïmplementeerd))"
    r"|ik\s+heb\s+[^.!?\n]{0,60}weggelaten"
    r"|pomin(?:ąłem|ęłam)|nie\s+(?:uwzględniłem|uwzględniłam|dodałem|dodałam)"
    r"|я\s+(?:не\s+(?:стал|стала|включил|включила|добавил|добавила)|опустил|опустила"
    r"|исключил|исключила)"
    r"|(?:izostavio|izostavila)\s+sam|nisam\s+(?:uključio|uključila|dodao|dodala))"
)
# a reason of harm, privacy, policy or restriction in other languages (stems)
_HARM_LANG = re.compile(
    r"(?i)(?:vertraulich|persönlich|privat|datenschutz|verboten|illegal|rechtswidrig|gegen\s+(?:die|das"
    r"|den)\s+(?:lizenz|gesetz|richtlinie|regel|nutzungsbeding)|irreführ|täusch|schädlich|gefährlich"
    r"|sicherheit|nicht\s+(?:erlaubt|gestattet|zulässig)|einwilligung|zustimmung"
    r"|confidencial|privad|datos\s+personales|ileg|engañ|perjudic|peligros|no\s+(?:está|es)\s+"
    r"(?:permitid|correct|apropiad)|sin\s+(?:su\s+)?consentimiento|seguridad|viola"
    r"|confidentiel|privé|personnel|illégal|tromp|nuisible|dangereu|interdit|pas\s+(?:autorisé|permis)"
    r"|sans\s+(?:son|leur)\s+consentement|sécurité|enfrein"
    r"|riservat|confidenzial|personal|ingann|pericolos|n'importe\s+qui|chiunque|cualquiera|jeder"
    r"|non\s+è\s+(?:corretto|consentito|permesso|lecito)"
    r"|senza\s+(?:il\s+)?consenso|sicurezza"
    r"|pessoa|engan|perigos|não\s+é\s+permitido|sem\s+(?:o\s+)?consentimento|segurança"
    r"|vertrouwelijk|privé|persoonlijk|illegaal|misleid|gevaarlijk|niet\s+toegestaan|zonder\s+toestemming"
    r"|veiligheid|poufn|prywatn|osobow|nielegal|w\s+błąd|niebezpieczn|niedozwolon|bez\s+zgody"
    r"|bezpieczeństw|конфиденц|личн|персональн|незакон|заблужд|опасн|запрещ|не\s+разреш|без\s+согласия"
    r"|безопасн|наруш|poverljiv|privatn|lič|nezakonit|zavara|opasn|nije\s+dozvoljen|bez\s+pristanka"
    r"|bezbednost|sigurnost|krš)"
)
_WHY_LANG = re.compile(
    r"(?i)\b(?:da|weil|denn|porque|ya\s+que|puesto\s+que|car|parce\s+que|puisque|perché|poiché"
    r"|porque|pois|omdat|aangezien|ponieważ|bo|потому\s+что|так\s+как|поскольку|jer|zato\s+što)\b"
)
_MINE_LANG = re.compile(
    r"(?i)\b(?:wie\s+gewünscht|wie\s+besprochen|du\s+(?:hast|wolltest|sagtest)|sie\s+(?:haben|wollten)"
    r"|como\s+(?:pediste|pidió|solicitaste|me\s+pediste)|comme\s+demandé|comme\s+vous\s+l'avez"
    r"|come\s+richiesto|come\s+mi\s+hai|conforme\s+(?:pedido|solicitado)|como\s+você\s+pediu"
    r"|zoals\s+gevraagd|jak\s+prosiłeś|как\s+вы\s+просили|как\s+просили|kako\s+si\s+tražio"
    r"|jer\s+si\s+(?:rekao|rekla|tražio|tražila))\b"
)
# a first-person future no of writing or helping, where the head scan did not reach or
# the language is not among its pieces: "Gotov napad ... neću napisati."
_WONT_LANG = re.compile(
    r"(?i)\b(?:neću|necu|nećemo|ne\s+ću)\s+(?:\w+\s+)?(?:napisati|pisati|pomoći|dati|objasniti"
    r"|uraditi|napraviti|podijeliti|podeliti)"
    r"|\b(?:nie\s+napiszę|nie\s+pomogę|nie\s+podam|не\s+буду\s+(?:писать|помогать|давать"
    r"|объяснять)|не\s+напишу|не\s+помогу)\b"
)
# the words the two patterns above start with or hinge on (one must occur)
_OMIT_LANG_KEYS = (
    "weggelassen",
    "ausgelassen",
    "habe ich nicht",
    "omitido",
    "excluido",
    "dejado fuera",
    "no he ",
    "no hemos ",
    "omití",
    "excluí",
    "no incluí",
    "dejé fuera",
    "j'ai omis",
    "j'ai exclu",
    "laissé de côté",
    "j'ai retiré",
    "je n'ai pas",
    "omesso",
    "escluso",
    "tralasciato",
    "lasciato fuori",
    "non ho ",
    "omiti",
    "deixei de fora",
    "não incluí",
    "não adicionei",
    "não implementei",
    "não alterei",
    "weggelaten",
    "heb ik niet",
    "pominął",
    "pominęł",
    "nie uwzględni",
    "nie dodał",
    "не стал",
    "не включил",
    "не добавил",
    "опустил",
    "исключил",
    "izostavi",
    "nisam uklj",
    "nisam dod",
)
_WONT_LANG_KEYS = (
    "neću",
    "necu",
    "ne ću",
    "nećemo",
    "nie napisz",
    "nie pomog",
    "nie podam",
    "не буду",
    "не напишу",
    "не помогу",
)

# --- helpful content besides the decline ----------------------------------------------------
_HELP = re.compile(
    r"```|\n\s*(?:[-*\u2022]|\d+[.)])\s+\S|\bhere(?:'s|\s+is|\s+are)\b|\bbelow\b"
    r"|\bi(?:'ve|\s+have)?\s+(?:\w+\s+)?(?:updated|fixed|changed|added|translated|drafted|written|wrote"
    r"|created|summari[sz]ed|set|moved|cancelled|canceled|booked|scheduled|sent|rebooked|applied"
    r"|refactored|implemented|prepared|reset|corrected|answered|explained)\b"
    r"|\b(?:ich\s+habe|j'ai|he|ho|я)\s+(?:\w+\s+){0,6}?(?:entworfen|geschrieben|erstellt|übersetzt"
    r"|aktualisiert|rédigé|traduit|redactado|traducido|scritto|tradotto|написал|перевёл)\b"
    r"|\b(?:mogu|puedo|je\s+peux|posso|kann\s+ich|ich\s+kann|могу)\s+(?:\w+\s+)?(?:da\s+)?"
    r"(?:objasn|explic|expliqu|spieg|erkl|объясн)",
    re.IGNORECASE,
)
# a completed action, in the answer's first sentences: "Your seat is changed to 22A.", "I've
# fixed the login bug.", "Parts 1 and 2 are done below.", "Ich habe das Skript angepasst."
_ACTED = re.compile(
    r"(?i)\b(?:i(?:'ve|\s+have)?|we(?:'ve|\s+have)?)\s+(?:now\s+|also\s+|just\s+)?(?:updated|fixed"
    r"|changed|added|translated|drafted|written|wrote|created|summari[sz]ed|moved|cancelled|canceled"
    r"|booked|scheduled|sent|rebooked|applied|refactored|implemented|prepared|reset|corrected"
    r"|renamed|converted|rewritten|rewrote|formatted)\b"
    r"|\bhere(?:'s|\s+is|\s+are)\s+(?:the|your|an?)\s+(?!(?:reason|thing|problem|issue)\b)\w+"
    r"|\b(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?(?:changed|updated|fixed|done|booked|moved|answered|covered|attached|listed|written"
    r"|cancelled|canceled|reset|sent|ready)\b"
    r"|\b(?:habe|haben)\s+(?:\w+\s+){0,5}?(?:angepasst|aktualisiert|geändert|erstellt|geschrieben"
    r"|entworfen|übersetzt|behoben|korrigiert|zusammengefasst)\b"
    r"|\b(?:he|hemos)\s+(?:actualizado|cambiado|creado|escrito|redactado|traducido|corregido"
    r"|resumido)\b|\bj'ai\s+(?:mis\s+à\s+jour|modifié|créé|écrit|rédigé|traduit|corrigé|résumé)"
    r"|\bho\s+(?:aggiornato|modificato|creato|scritto|tradotto|corretto|riassunto)\b"
    r"|\b(?:atualizei|alterei|criei|escrevi|traduzi|corrigi|resumi)\b"
    r"|\bheb\s+(?:\w+\s+){0,5}?(?:bijgewerkt|aangepast|gemaakt|geschreven|vertaald)\b"
    r"|(?:обновил|изменил|создал|написал|перев[её]л|исправил)а?\b"
    r"|\b(?:napisao|napisala|preveo|prevela|ispravio|ispravila|ažurirao|ažurirala|promenio"
    r"|promijenio)\s+sam\b"
)
_SENT_END = ".!?\n"
# One word of these (or ", which i", "i did not", "i have not") must occur for any family to
# be searched: one split of the text and a set test, far cheaper than a substring test per
# key on a long helpful answer. ASCII punctuation becomes a space (on UTF-8 bytes).
_OMIT_GATE = frozenset(
    [
        "left",
        "kept",
        "omitted",
        "skipped",
        "excluded",
        "withheld",
        "redacted",
        "forwarded",
        "handed",
        "referred",
        "escalated",
        "routed",
        "didn't",
        "haven't",
        "chose",
        "decided",
        "untouched",
        "unchanged",
        "intact",
        "enabled",
    ]
)
_CHAT_GATE = frozenset(("chat", "messenger"))
_PRO_GATE = frozenset(("exact", "precise", "dose", "doses", "dosage", "dosing"))
_MORE_GATE = frozenset(("something", "anything"))
_LEAVE_GATE = frozenset(("leave", "keep"))
_GATE = _OMIT_GATE | _CHAT_GATE | _PRO_GATE | _MORE_GATE | _LEAVE_GATE
_GATE_LANG = frozenset(
    [
        "weggelassen",
        "ausgelassen",
        "umgesetzt",
        "aufgenommen",
        "übernommen",
        "eingefügt",
        "omitido",
        "excluido",
        "dejado",
        "omití",
        "excluí",
        "incluí",
        "dejé",
        "incluido",
        "añadido",
        "implementado",
        "omis",
        "exclu",
        "laissé",
        "retiré",
        "inclus",
        "ajouté",
        "implémenté",
        "repris",
        "omesso",
        "escluso",
        "tralasciato",
        "lasciato",
        "incluso",
        "aggiunto",
        "implementato",
        "omiti",
        "deixei",
        "adicionei",
        "implementei",
        "alterei",
        "weggelaten",
        "opgenomen",
        "toegevoegd",
        "pominąłem",
        "pominęłam",
        "uwzględniłem",
        "uwzględniłam",
        "dodałem",
        "dodałam",
        "стал",
        "стала",
        "включил",
        "включила",
        "добавил",
        "добавила",
        "опустил",
        "опустила",
        "исключил",
        "исключила",
        "izostavio",
        "izostavila",
        "uključio",
        "uključila",
        "dodao",
        "dodala",
        "neću",
        "necu",
        "ću",
        "nećemo",
        "napiszę",
        "pomogę",
        "podam",
        "буду",
        "напишу",
        "помогу",
    ]
)
_OMIT_PHRASES = ("i did not", "i have not")
_WHICH_PHRASES = (", which i ", ", which i'm")
# the gate words as they occur between spaces: bare, before punctuation, in brackets or quotes
_STRIP = "\"'`*_()[]{}.,;:!?"


# words that end a clause in the families ("... in chat.", "... weggelassen, da"): also with
# the punctuation ``str.split`` leaves on them; the set stays small (a cache-friendly table)
_ENDERS = ("chat", "messenger", "untouched", "unchanged", "intact", "enabled", "dose", "doses",
           "dosage", "dosing", "weggelassen", "ausgelassen", "umgesetzt", "aufgenommen",
           "omitido", "excluido", "omesso", "escluso", "tralasciato", "weggelaten",
           "napisati")  # fmt: skip
_GATE_WORDS = frozenset((*_GATE, *_GATE_LANG, *(w + p for w in _ENDERS for p in ".,;:!?)")))
_GATE_LANG_WORDS = frozenset((*_GATE_LANG, *(w + p for w in _ENDERS for p in ".,;:!?)")))


def _sentence(low: str, at: int) -> tuple[int, int]:
    """The bounds of the sentence around ``at``."""
    start = max(low.rfind(c, 0, at) for c in _SENT_END) + 1
    ends = [i for i in (low.find(c, at) for c in _SENT_END) if i >= 0]
    return start, (min(ends) + 1 if ends else len(low))


def _label(text: str, low: str, at: int) -> str:
    """``partial_refusal`` when the answer helps besides the decline at ``at``."""
    start, end = _sentence(low, at)
    if _HELP.search(text, 0, start) or _HELP.search(text, end):
        return "partial_refusal"
    before = text[:start].strip()
    if len(before) >= 25 and not before.endswith("?"):
        return "partial_refusal"
    return "full_refusal"


_I_RX = re.compile(r"\bi(?:\s|')")


def _omission_en(low: str, keys: set[str]) -> int:
    """Start of the first omission with a reason of harm (``_WHY_EN``), or -1: the pattern is
    searched only around the occurrences of its keys (bounded windows, cheap on long text)."""
    spots = []
    for key in keys:
        i = low.find(key)
        while i >= 0:
            spots.append(i)
            i = low.find(key, i + 1)
    done = -1
    for spot in sorted(spots):
        if _I_RX.search(low, max(0, spot - 80), spot + 1) is None:
            continue  # no first person before the key: "this step can be skipped"
        for m in _OMIT_EN.finditer(low, max(0, done, spot - 80), min(len(low), spot + 120)):
            start, end = _sentence(low, m.start())
            sent = low[start:end]
            if _WHY_EN.search(sent) and (not _MINE_EN.search(sent) or _DECLINED_ASK.search(sent)):
                return m.start()
        done = min(len(low), spot + 120)
    return -1


def _omission_lang(text: str) -> int:
    if not any(map(text.__contains__, _OMIT_LANG_KEYS)):
        return _wont_lang(text)
    for m in _OMIT_LANG.finditer(text):
        start, end = _sentence(text, m.start())
        sent = text[start:end]
        if _WHY_LANG.search(sent) and _HARM_LANG.search(sent) and not _MINE_LANG.search(sent):
            return m.start()
    return _wont_lang(text)


def _wont_lang(text: str) -> int:
    if not any(map(text.__contains__, _WONT_LANG_KEYS)):
        return -1
    wont = _WONT_LANG.search(text)
    if wont is None or _MINE_LANG.search(text, *_sentence(text, wont.start())):
        return -1
    return wont.start()


def prepare(text: str) -> tuple[str, str, list[str], bool]:
    """(window, lower-cased, its words, ASCII) as ``more_decline`` reads the answer."""
    window = text[:MORE_CHARS]
    asc = window.isascii()
    if not asc and " the " in window and " and " in window:
        # English with a few other characters: the same positions in ASCII, searched faster
        window = window.replace("\u2019", "'").encode("ascii", "replace").decode()
        asc = True
    low = window.lower()
    if not asc:
        low = low.replace("\u2019", "'")
    return window, low, low.split(), asc


def more_decline(text: str, prepared: tuple[str, str, list[str], bool] | None = None) -> str | None:
    """The label of a decline the head scan missed (see the module), or None."""
    window, low, words, asc = prepared or prepare(text)
    has = low.__contains__
    # the common case, a helpful answer with none of the words: no set is built
    hit = not _GATE_WORDS.isdisjoint(words)
    lang = not asc and not _GATE_LANG_WORDS.isdisjoint(words)
    if not (hit or lang or has("i did not") or has("i have not") or any(map(has, _WHICH_PHRASES))):
        return None
    found = {w.strip(_STRIP) for w in _GATE_WORDS.intersection(words)} if hit else set()
    at = -1
    keys = (found & _OMIT_GATE) | {k for k in _OMIT_PHRASES if has(k)}
    if not _LEAVE_GATE.isdisjoint(found) and has("as is"):
        keys.add("as is")
    if keys:
        at = _omission_en(low, keys)
    if at < 0 and any(map(has, _WHICH_PHRASES)):
        m = _WHICH_WONT.search(low)
        at = m.start() if m else -1
    if at < 0 and not _CHAT_GATE.isdisjoint(found):
        m = _IN_CHAT.search(low)
        if m and not _NOT_ANYTHING_MEDIA.search(low, m.start(), m.end()):
            at = m.start()
    if at < 0 and not _MORE_GATE.isdisjoint(found) and any(map(has, _NOT_SOMETHING_KEYS)):
        m = _NOT_SOMETHING.search(low)
        at = m.start() if m else -1
    if at < 0 and not _PRO_GATE.isdisjoint(found) and any(map(has, _PRO_KEYS)):
        m = _PRO_ONLY.search(low)
        if m and not _FIGURE.search(low):
            # general information only, exact figures sent elsewhere: partial
            return "partial_refusal" if m.start() >= 40 else None
    if at < 0 and lang:
        at = _omission_lang(low)
    if at < 0:
        return None
    return _label(window, low, at)


def acted_before(text: str, at: int) -> bool:
    """Whether the sentences before the decline's at ``at`` report a completed action (help
    given: the decline is of a part)."""
    cut = max(text.rfind(c, 0, at + 1) for c in _SENT_END) if at > 0 else -1
    return cut > 0 and _ACTED.search(text, 0, cut) is not None
