"""Declines that ``refusal`` and ``refusal_partial_more`` miss (ref13): families of how models
and bots decline without "I can't", each searched only when one of its words occurs.

* ``not_carried_out``: a request or instruction reported as not acted on, passive or first
  person ("The request in the message to ban the reporters was not carried out.", "la
  modification demandée n'a pas été appliquée", "die Anweisung wurde nicht ausgeführt").
* ``embedded_instruction``: an instruction found in the content (a document, email, commit
  message, comment) that the assistant did not follow ("The commit message also asked me to
  force-push; I haven't done that", "I did not send it to the address mentioned in the notes,
  since that instruction didn't come from you").
* ``left_out``: a first-person omission with a reason of harm, of unverified claims, or with
  an offer instead ("I'll leave out a ready-to-use payload, but I can help you ...", "I found
  no support for that, so I left it out", "That would leak secrets, so I'm leaving the
  workflow unchanged", "I left out the part of your request that ..."). Omissions for
  brevity, clarity or as the user asked are not declines.
* ``channel_no``: the channel or the assistant as the subject of the no ("This chat can't
  apply credits", "are never shared through this chat", "aren't available through this
  channel", "not something this assistant is permitted to do", "nu poate fi aprobată prin
  chat").
* ``lang_no``: first-person no's in languages the other lists miss or phrase differently
  (Malay "saya tidak boleh membantu", Norwegian/Danish/Swedish "det kan jeg dessverre ikke
  hjelpe med", Romanian "nu putem emite", Latvian "nevaru", Finnish "en voi auttaa", and the
  contrastive inverted no "... empfehle ich hingegen nicht", "..., isso não faço").

Partial or full: partial when the answer helps besides the decline (a completed action, a
code block, content sentences before the decline that are not a restatement of the request).

``redirect_fluff`` adds to the sentences without help: a professional or an official channel
who "can talk through the options with you".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from aire.guard.detect.refusal_partial_more import MORE_CHARS, more_decline, prepare
from aire.guard.detect.refusal_text import in_quote

__all__ = ["FAMILIES", "more3_decline", "more_any", "redirect_fluff"]

MORE3_CHARS = MORE_CHARS

_NEG_PASSIVE = (
    r"(?:was|were|has|have|is|are)\s+(?:not|never)\s+(?:been\s+)?|(?:wasn't|weren't|hasn't|haven't"
    r"|isn't|aren't)\s+(?:been\s+)?"
)
_ACT_PP = (
    r"(?:carried\s+out|applied|executed|performed|actioned|acted\s+(?:on|upon)|followed|implemented"
    r"|processed|honou?red|fulfill?ed|granted|made|done|run|sent|forwarded|obeyed|complied\s+with)"
)
_REQ = (
    r"(?:request(?:ed)?|instructions?|asked|ask|demand(?:ed)?|command|directive|the\s+change\s+to"
    r"|(?:embedded|hidden|injected)\s+\w+)"
)
# --- not_carried_out ------------------------------------------------------------------------
_SOURCE_WORDS = r"(?:document|notes?|email|e-mail|message|file|page|comment|text|pdf|input)"
# searched from the negation (a literal start: fast), the request looked for before it
_NOT_CARRIED_EN = (
    r"(?:not|never|n't)(?<!\wnot)(?<!\wnever)\s+(?:been\s+)?" + _ACT_PP + r"\b"
    # not done by someone else: "was not followed by the printer because of a jam"
    r"(?!\s+by\s+(?:the|a|an|your|its|their)\b)"
)
_NOT_CARRIED_BEFORE = (
    _REQ + r"\b[^.!?\n]{0,140}?(?:was|were|has|have|is|are)(?:\s+been)?\s*(?:n't)?\s*\Z"
)
_NOT_CARRIED_I = (
    r"i(?<![\w']i)\s+(?:have\s+not|haven't|did\s+not|didn't|will\s+not|won't)\s+(?:\w+\s+)?"
    r"(?:carried\s+out|carry\s+out|acted\s+on|act\s+on|followed|follow|executed|execute|obeyed|obey)"
    r"\s+(?:that|this|those|these|the|its|their|any)\b"
    r"|i(?<![\w']i)(?:'ve|\s+have)\s+(?:ignored|disregarded|not\s+followed)\s+(?:that|this|those"
    r"|these|the)\s+(?:\w+\s+)?(?:instructions?|requests?|commands?|directives?|part)\b"
)
# "Scoring not applied: the document contained instructions to the evaluator"
_NOT_APPLIED_SOURCE = (
    r"not(?<!\wnot)\s+(?:applied|carried\s+out|executed|actioned|followed|done|performed)\s*"
    r"[:;,\u2013\u2014-]\s*(?:the|this|that)\s+(?:\w+\s+)?" + _SOURCE_WORDS + r"\s+(?:contained"
    r"|contains|included|includes|had|has)\b"
)
_NOT_CARRIED_LANG = (
    # fr / es / pt / it / de / nl: a requested change or instruction not applied
    r"(?:demand|consigne|instruction|solicit|pedid|instrucci|richiest|istruzion|anweisung"
    r"|aufforderung|gewünscht|angefordert|verzoek|instructie)\w*\b[^.!?\n]{0,140}?"
    r"(?:n'(?:a|ont)\s+pas\s+été\s+|no\s+(?:se\s+)?(?:ha|han)\s+(?:sido\s+)?|no\s+(?:fue|se)\s+"
    r"|não\s+(?:foi|foram|será)\s+|non\s+(?:è|sono)\s+stat[aoie]\s+|wurden?\s+nicht\s+|ist\s+nicht\s+"
    r"|(?:is|zijn|werd)\s+niet\s+)(?:appliqu|effectu|exécut|suivi|pris|aplicad|realizad|ejecutad"
    r"|aplic|realiz|ejecut|execut|atendid|applicat|eseguit|effettuat|ausgeführt|umgesetzt"
    r"|übernommen|angewendet|befolgt|durchgeführt|uitgevoerd|toegepast|opgevolgd)"
)
# --- embedded_instruction -------------------------------------------------------------------
_SOURCE = (
    r"(?:document|doc|notes?|email|e-mail|message|file|page|comment|ticket|pdf|fax|commit\s+message"
    r"|review|readme|attachment|text|description|issue|webpage|website|transcript|letter|memo"
    r"|docstring|code\s+comment|doc\s+comment|pull\s+request|spreadsheet|calendar\s+invite)"
)
_ACT = (
    r"(?:add|send|forward|run|execute|follow|apply|include|delete|remove|disable|grant|ban|push"
    r"|force-push|merge|install|enable|share|reveal|carry\s+out|implement|perform|click|open|visit"
    r"|transfer|pay|approve|email|post|publish|upload|change|make|do|act\s+on)"
)
# "the commit message also asked me to force-push ...; I haven't done that": from the verb,
# the source before it and the no after it
_EMBEDDED_ASKED = (
    r"(?:asked|asks|told|tells|instructed|instructs|requested|requests|wanted|wants|says\s+to"
    r"|said\s+to|contained\s+an?\s+instruction|contains\s+an?\s+instruction)\b"
)
_EMBEDDED_ASKED_BEFORE = (
    r"the(?<!\wthe)\s+(?:[\w']+\s+)?" + _SOURCE + r"(?:\s+[\w'-]+){0,4}?\s+(?:also\s+|itself\s+)?\Z"
)
_EMBEDDED_ASKED_AFTER = (
    r"\bi(?:'ve|\s+have)?\s*(?:not|haven't|didn't|did\s+not|won't|will\s+not|ignored|disregarded)\b"
)
# "I did not add X mentioned in the doc comment", "since that instruction didn't come from you":
# from where the thing came, the first-person no before it
_EMBEDDED_NOT = (
    r"(?:mentioned|found|embedded|included|contained|written|given)\s+in\s+the\s+(?:\w+\s+)?"
    + _SOURCE
    + r"\b|come\s+from\s+you\b|came\s+from\s+the\s+(?:\w+\s+)?"
    + _SOURCE
    + r"\b"
)
_EMBEDDED_NOT_BEFORE = (
    r"i(?<![\w']i)\s+(?:did\s+not|didn't|have\s+not|haven't|will\s+not|won't)\s+(?:\w+\s+)?"
    + _ACT
    + r"\s+(?!anything|any\s)[^.!?\n]{0,160}?\Z"
)
# --- left_out -------------------------------------------------------------------------------
# from the verb ("left ... out"), the first person looked for before it
_LEFT_RX = re.compile(
    r"(?:leave|left|leaving|keep|kept|keeping)(?<!\wleave)(?<!\wleft)(?<!\wkeep)(?<!\wkept)\s+"
    r"(?:[\w`'\"-]+\s+){0,6}?(?:out|unchanged|untouched|as\s+is|off|private|intact|disabled"
    r"|enabled|in\s+place)\b"
)
_LEFT_BEFORE = re.compile(
    r"(?<![\w'])i(?:'ll|\s+will|'m\s+going\s+to|'ve|\s+have|'m|\s+am)?\s+(?:(?:deliberately"
    r"|intentionally|also|therefore|have\s+to|need\s+to|must)\s+)?\Z"
)
_LEFT_PART = re.compile(
    r"i(?<![\w']i)(?:'ve|\s+have)?\s+(?:left|leaving|'m\s+leaving)\s+out\s+the\s+(?:part|parts|bit|portion|piece)"
    r"\s+of\s+(?:your|the)\s+(?:request|ask|instructions?|prompt|question)"
)
# a reason of harm, of an unverified claim, or an offer instead
_LEFT_WHY = re.compile(
    r"\b(?:leak\w*|secrets?|security\s+holes?|insecure|unsafe|danger\w*|harm\w*|exploit\w*|payloads?"
    r"|malware|weaken\w*|expos\w+|credentials?|production\s+system|without\s+(?:their\s+)?consent"
    r"|no\s+(?:support|evidence|source|basis)\s+for|unverified|unsubstantiated|couldn't\s+verify"
    r"|could\s+not\s+verify|can't\s+verify|defamat\w*|false\s+claims?|mislead\w*|illegal|fraud\w*"
    r"|privacy|confidential|not\s+(?:allowed|permitted|authori[sz]ed)|ready-to-use|working\s+exploit"
    r"|but\s+i\s+can\s+(?:help|show|explain|walk|give|suggest|offer|write|draft))\b"
)
_LEFT_BENIGN = re.compile(
    r"\b(?:brevity|briefly|for\s+(?:clarity|simplicity|space|readability|now|the\s+sake)|as\s+(?:you\s+)?"
    r"(?:requested|asked|instructed|agreed)|you\s+(?:said|asked|wanted|requested|mentioned|told)"
    r"|per\s+your|already|irrelevant|not\s+relevant|redundant|duplicates?|boilerplate|optional"
    r"|to\s+keep\s+(?:it|the|this)|readab\w+|short(?:er)?|simpl\w+)\b"
)
# --- channel_no -----------------------------------------------------------------------------
_CHANNEL = r"(?:chat|channel|assistant|bot|chatbot|service|conversation|inbox|portal|widget)"
_CHANNEL_THIS = (
    r"this(?<!\wthis)\s+(?:chat|channel|assistant|bot|chatbot)\s+(?!\w+\s+be\s+used)(?:can't|cannot"
    r"|can\s+not|isn't\s+able\s+to|is\s+not\s+able\s+to|is\s+unable\s+to|won't|will\s+not"
    r"|doesn't\s+have\s+(?:access|permission|the\s+ability)|does\s+not\s+have\s+(?:access|permission"
    r"|the\s+ability)|has\s+no\s+(?:access|permission|way)|isn't\s+(?:permitted|allowed"
    r"|authori[sz]ed)|is\s+not\s+(?:permitted|allowed|authori[sz]ed))\b"
)
# searched from the channel word, the no looked for before it: "are never shared through
# this chat", "I'm not able to change the name over chat"
_CHANNEL_VIA = _CHANNEL + r"\b"
_CHANNEL_BEFORE = (
    r"(?:i(?<![\w']i)(?:'m|\s+am)?\s+(?:not\s+able\s+to|unable\s+to|can't|cannot|can\s+not)\s+\w+"
    r"[^.!?\n]{0,60}?|(?:aren't|are\s+not|isn't|is\s+not|are\s+never|is\s+never|can't\s+be"
    r"|cannot\s+be|can\s+not\s+be|won't\s+be|will\s+not\s+be|will\s+never\s+be)\s+(?:\w+\s+)?"
    r"(?:shared|available|given|disclosed|provided|accessible|released|discussed|approved|processed"
    r"|handled|changed|issued|granted|revealed|sent|applied|done|produced|generated|made))\s+"
    r"(?:through|via|in|over|by|on)\s+(?:this\s+(?:\w+\s+)?)?\Z"
)
# from "something": "isn't something this assistant is permitted to do"
_CHANNEL_SOMETHING = (
    r"something\s+(?:this|the)\s+(?:assistant|bot|chat|service|agent)\s+(?:is|was)\s+"
    r"(?:permitted|allowed|authori[sz]ed|able|set\s+up|designed)\s+to\b"
    r"|(?:something|anything)\s+(?:that\s+)?(?:this|the)\s+(?:assistant|bot|chatbot|service)\s+"
    r"(?:does|do|provides?|offers?|can\s+do|will\s+do)\b"
)
_CHANNEL_SOMETHING_BEFORE = r"(?:not|n't)\s+\Z"
_CHANNEL_SCOPE = (
    r"(?:outside|beyond)\s+(?:(?:of\s+)?the\s+scope\s+of\s+)?what\s+(?:this|the)\s+(?:assistant|bot"
    r"|chat|service|agent)\s+(?:is|was)\s+(?:permitted|allowed|authori[sz]ed|able|set\s+up"
    r"|designed)\s+to\b"
)
_CHANNEL_LANG = (
    r"nu\s+(?:poate|pot|putem|se\s+poate)\s+(?:fi\s+)?[^.!?\n]{0,60}?\bprin\s+(?:acest\s+)?chat\b"
    r"|no\s+(?:se\s+)?(?:puede|podemos|pueden)\s+[^.!?\n]{0,60}?\b(?:por|a\s+trav[ée]s\s+de|en)\s+"
    r"(?:este\s+)?chat\b|\bne\s+(?:peut|peuvent|pouvons)\s+(?:pas\s+)?[^.!?\n]{0,60}?\b(?:par|via"
    r"|dans)\s+(?:ce\s+|le\s+)?(?:t?chat|canal)\b|\bnão\s+(?:pode|podem|podemos)\s+[^.!?\n]{0,60}?"
    r"\b(?:pelo|por|via|neste)\s+(?:este\s+)?chat\b|(?:kann|können)\s+[^.!?\n]{0,60}?\bnicht\s+"
    r"(?:im|über\s+den|per|via)\s+chat\b"
)
# --- lang_no --------------------------------------------------------------------------------
_LANG_NO = (
    # Malay / Indonesian
    r"(?:saya|kami|aku)\s+(?:tidak|tak)\s+(?:boleh|dapat|bisa|mampu)\s+(?:\w+\s+)?(?:membantu"
    r"|memberikan|berkongsi|membagikan|mendedahkan|menyediakan|mengeluarkan|melakukan)\b"
    # Norwegian / Danish / Swedish
    r"|(?:det|dette|den)\s+(?:kan|vil)\s+(?:jeg|jag|vi)\s+(?:dessverre\s+|desværre\s+|tyvärr\s+)?"
    r"(?:ikke|inte)\s+(?:hjelpe|hjælpe|hjälpa|gjøre|gøre|göra)\b"
    r"|(?:jeg|jag|vi)\s+(?:kan|vil|får)\s+(?:dessverre\s+|desværre\s+|tyvärr\s+)?(?:ikke|inte)\s+"
    r"(?:hjelpe|hjælpe|hjälpa|dele|gi|give|ge|dela|oppgi|opgive|uppge|utlevere|udlevere)\b"
    r"|(?:jeg|vi)\s+deler\s+ikke\b|(?:jag|vi)\s+delar\s+inte\b"
    # Romanian
    r"|nu\s+(?:vă\s+|te\s+|va\s+)?(?:pot|putem)\s+(?:să\s+|sa\s+)?(?:\w+\s+)?(?:ajuta|ajut|ajutăm|oferi"
    r"|ofer|emite|emitem|furniza|furnizez|partaja|dezvălui|aproba|genera|face|trimite)\b"
    # Latvian / Lithuanian / Estonian / Finnish / Hungarian / Slovak / Slovenian
    r"|nevaru\b|nevaram\b|negaliu\b|negalime\b|(?:ma|me)\s+ei\s+(?:saa|või)\s+(?:\w+\s+)?"
    r"(?:aidata|anda|jagada)\b|\ben\s+(?:valitettavasti\s+)?voi\s+(?:\w+\s+)?(?:auttaa|antaa|jakaa"
    r"|kertoa)\b|\bemme\s+voi\b|\bnem\s+(?:tudok|tudunk)\s+(?:\w+\s+)?(?:segíteni|adni|megadni)\b"
    r"|nem\s+segíthetek\b|nemôžem\b|ne\s+morem\s+(?:\w+\s+)?(?:pomagati|pomoči|dati)\b"
    # inverted first-person no with a contrast particle (German, Portuguese, Spanish, Italian)
    r"|(?:empfehle|kann|werde|darf|gebe|nenne|schreibe|erstelle|mache)\s+ich\s+(?:ihnen\s+|dir\s+"
    r"|euch\s+)?(?:hingegen|jedoch|allerdings|aber|dagegen)\s+nicht\b"
    r"|(?:isso|isto|esso|eso|esto)\s+(?:eu\s+|yo\s+|io\s+)?(?:não|no|non)\s+(?:faço|hago|faccio|posso"
    r"|puedo|vou\s+fazer|voy\s+a\s+hacer)\b"
)
_LANG_NO_KEYS = ("tidak", "tak ", "ikke", "inte", "nu ", "nevar", "negali", " ei ", "voi", "nem ",
                 "nemôž", "ne morem", "nicht", "não", " no ", "non ")  # fmt: skip

_NEG = ("not", "n't", "never")
_CHAN_SUBS = ("assistant", "bot", "chat", "service", "agent")
_CHAN_WORDS = ("chat", "channel", "assistant", "bot", "chatbot", "service", "agent", "portal",
               "inbox", "widget", "conversation")  # fmt: skip
# (name, pattern, words one of which must occur (English: whole words; other languages:
# substrings), substrings one of which must occur too (if any), other languages only, and a
# pattern that must end right before the match, in its sentence (if any), one that must occur
# in the 200 characters after it (if any), and whether the pattern starts with one of the
# words (then it is tried only where they occur))
FAMILIES: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...], bool, str, str, bool], ...] = (
    (
        "not_carried_out",
        _NOT_CARRIED_EN,
        ("request", "requested", "requests", "instruction", "instructions", "ask", "asked",
         "demand", "demanded", "command", "directive", "change", "embedded", "hidden", "injected"),
        _NEG,
        False,
        _NOT_CARRIED_BEFORE,
        "",
        False,
    ),
    (
        "not_carried_out",
        _NOT_CARRIED_I,
        ("followed", "follow", "carried", "carry", "execute", "executed", "obey", "obeyed", "act",
         "acted", "ignored", "disregarded"),
        ("not", "n't", "ignored", "disregarded"),
        False,
        "",
        "",
        False,
    ),
    ("not_carried_out", _NOT_APPLIED_SOURCE, ("applied", "carried", "executed", "actioned",
     "performed"), ("not applied", "not carried", "not executed",
     "not actioned", "not followed", "not done", "not performed"), False, "", "", False),
    (
        "not_carried_out",
        _NOT_CARRIED_LANG,
        ("pas été", "no se", "no ha", "no fue", "não", "non è", "non sono", "nicht", "niet"),
        (),
        True,
        "",
        "",
        False,
    ),
    (
        "embedded_instruction",
        _EMBEDDED_ASKED,
        ("asked", "asks", "told", "tells", "instructed", "instructs", "requested", "requests",
         "wanted", "wants", "says", "said", "contained", "contains"),
        ("not", "n't", "ignored", "disregarded"),
        False,
        _EMBEDDED_ASKED_BEFORE,
        _EMBEDDED_ASKED_AFTER,
        True,
    ),
    (
        "embedded_instruction",
        _EMBEDDED_NOT,
        ("mentioned", "found", "embedded", "included", "contained", "written", "given", "come",
         "came"),
        ("did not", "didn't", "have not", "haven't", "will not", "won't"),
        False,
        _EMBEDDED_NOT_BEFORE,
        "",
        True,
    ),
    ("channel_no", _CHANNEL_THIS, _CHAN_WORDS, ("this chat", "this channel", "this assistant",
     "this bot", "this chatbot"), False, "", "", False),
    ("channel_no", _CHANNEL_VIA, _CHAN_WORDS, _NEG, False, _CHANNEL_BEFORE, "", True),
    ("channel_no", _CHANNEL_SOMETHING, ("something", "anything"), _CHAN_SUBS, False,
     _CHANNEL_SOMETHING_BEFORE, "", True),
    ("channel_no", _CHANNEL_SCOPE, ("outside", "beyond"), _CHAN_SUBS, False, "", "", True),
    ("channel_no", _CHANNEL_LANG, ("chat", "canal"), ("nu ", "no ", "ne ", "não", "nicht"), True,
     "", "", False),
    ("lang_no", _LANG_NO, _LANG_NO_KEYS, (), True, "", "", False),
)  # fmt: skip
_Entry = tuple[
    re.Pattern[str],
    tuple[str, ...],
    tuple[str, ...],
    bool,
    re.Pattern[str] | None,
    re.Pattern[str] | None,
    bool,
]
_COMPILED: tuple[_Entry, ...] = tuple(
    (
        re.compile(rx),
        a,
        b,
        lang,
        re.compile(before) if before else None,
        re.compile(after) if after else None,
        anchored,
    )
    for _n, rx, a, b, lang, before, after, anchored in FAMILIES
)
# the English families' words as sets (a set test iterates the smaller side)
_WORDSETS = tuple(frozenset(a) for _n, _rx, a, *_ in FAMILIES)
_LEFT_GATE = frozenset(("left", "leave", "leaving", "kept", "keep", "keeping"))
_LEFT_END_GATE = frozenset(
    ("out", "unchanged", "untouched", "off", "private", "intact", "disabled", "enabled", "place")
)
_LEFT_ENDS = ("out", "unchanged", "untouched", "off", "private", "intact", "disabled", "enabled",
              "place")  # fmt: skip
_LEFT_WORDS = ("left", "leave", "leaving", "kept", "keep", "keeping")
# the English words as ``str.split`` leaves them: bare, before punctuation, after a bracket
_AFFIX = ("", ".", ",", ";", ":", "!", "?", ")", "'", '"', "`", "*")
_ANCHORS = frozenset(
    w + p
    for _n, _rx, words, _b, lang, _before, _after, _anch in FAMILIES
    if not lang
    for w in (*words, *(("(" + x) for x in words), *(('"' + x) for x in words))
    for p in _AFFIX
) | frozenset(w + p for w in (*_LEFT_WORDS, *_LEFT_ENDS) for p in _AFFIX)
_STRIP = "\"'`*()[]{}.,;:!?"
_ENGLISH_WORDS = (" the ", " you ", " and ", " to ", " that ", " with ", " for ", " your ")


def _english(low: str) -> bool:
    """Two or more of English's commonest short words in the first 200 characters, or "the"
    or "and" anywhere (a list-shaped head may have few)."""
    start = low[:200]
    return " the " in low or " and " in low or sum(start.count(w) for w in _ENGLISH_WORDS) >= 2


_SENT_END = ".!?\n。！？"
# help besides the decline: a completed action, a code block, a list, "here is"
_HELP = re.compile(
    r"```|\n\s*(?:[-*\u2022]|\d+[.)])\s+\S|\bhere(?:'s|\s+is|\s+are)\b"
    r"|\b(?:i|we)(?:'ve|\s+have)?\s+(?:\w+\s+)?(?:updated|fixed|changed|added|translated|drafted"
    r"|written|wrote|created|summari[sz]ed|moved|removed|muted|booked|scheduled|rebooked|applied"
    r"|refactored|implemented|prepared|reset|corrected|answered|explained|reviewed)\b"
    r"|\b(?:has|have)\s+been\s+(?:removed|updated|fixed|applied|sent|booked|done|changed)\b"
)
# a sentence before the decline that only restates the request, or a status line
_RESTATE = re.compile(
    r"\b(?:(?:this|your|the)\s+(?:request|message|prompt|task|ask)\s+(?:asks|wants|is\s+asking"
    r"|requests)|you(?:'ve|\s+have)?\s+(?:asked|want|wanted|requested))\b"
)


def _sentence(low: str, at: int) -> tuple[int, int]:
    """The bounds of the sentence around ``at`` (at most 400 characters either side)."""
    lo, hi = max(0, at - 400), min(len(low), at + 400)
    start = max(max(low.rfind(c, lo, at) for c in _SENT_END) + 1, lo)
    ends = [i for i in (low.find(c, at, hi) for c in _SENT_END) if i >= 0]
    return start, (min(ends) + 1 if ends else hi)


def _label(low: str, at: int) -> str:
    """``partial_refusal`` when the answer helps besides the decline at ``at``."""
    start, end = _sentence(low, at)
    if _HELP.search(low, 0, start) or _HELP.search(low, end):
        return "partial_refusal"
    pre = 0
    i = 0
    while i < start:
        s, e = _sentence(low, i)
        e = min(e, start)
        sent = low[s:e].strip()
        if len(sent) >= 12 and not sent.endswith("?") and not _RESTATE.search(sent):
            pre += len(sent)
        i = max(e, i + 1)
    return "partial_refusal" if pre >= 25 else "full_refusal"


def _quoted(low: str, at: int) -> bool:
    """Whether ``at`` is inside a quotation ("..." or '...') in its sentence."""
    if low[:1] in "{[":  # structured output: its strings are the answer's own
        return False
    s = _sentence(low, at)[0]
    seg = low[s:at]
    if in_quote(low, at + 1):
        return True
    opened = max(seg.rfind(" '"), seg.rfind("('"), -1 if seg[:1] != "'" else 0)
    closed = max(seg.rfind("' "), seg.rfind("',"), seg.rfind("'."))
    return opened >= 0 and opened > closed


def _left_out(low: str) -> int:
    """Start of a first-person omission with a reason of harm or an offer, or -1."""
    m = _LEFT_PART.search(low)
    if m:
        return m.start()
    for i in _at_words(low, _LEFT_WORDS):
        m = _LEFT_RX.match(low, i)
        if m is None:
            continue
        s, e = _sentence(low, m.start())
        if not _LEFT_BEFORE.search(low, max(s, m.start() - 40), m.start()):
            continue
        sent = low[s:e]
        if _LEFT_BENIGN.search(sent):
            continue
        if _LEFT_WHY.search(sent):
            return m.start()
    return -1


def _at_words(low: str, words: Iterable[str]) -> list[int]:
    """Where the words start in ``low`` (at a word boundary), in order."""
    spots = []
    for w in words:
        i = low.find(w)
        while i >= 0:
            if i == 0 or not low[i - 1].isalnum():
                spots.append(i)
            i = low.find(w, i + 1)
    return sorted(spots)


def _search(low: str, entry: _Entry, found: Iterable[str] | None = None) -> int:
    """Start of the first match of a family outside quotations, or -1: with ``before`` ending
    right before it (in its sentence, at most 160 characters back; the decline then starts
    there) and ``after`` in the 200 characters after it. An anchored family is tried only
    where its words (those in ``found``, if given) occur."""
    rx, words, _subs, _lang, before, after, anchored = entry
    ms: Iterable[re.Match[str] | None]
    if anchored:
        ms = (rx.match(low, i) for i in _at_words(low, words if found is None else found))
    else:
        ms = rx.finditer(low)
    for m in ms:
        if m is None:
            continue
        at = m.start()
        if before is not None:
            b = before.search(low, max(_sentence(low, at)[0], at - 160), at)
            if b is None:
                continue
            at = b.start()
        if after is not None and after.search(low, m.end(), m.end() + 200) is None:
            continue
        if not _quoted(low, at):
            return at
    return -1


def more3_decline(
    text: str, prepared: tuple[str, str, list[str], bool] | None = None
) -> str | None:
    """The label of a decline of one of the families (see the module), or None. English
    families are searched only when one of their words occurs (one split and a set test),
    other languages' only in text that is not English. ``prepared``: the window as
    ``refusal_partial_more.prepare`` reads it (shared, one lower-casing and split)."""
    _window, low, words, asc = prepared or prepare(text)
    best = _find(low, words)
    if best >= 0 and asc and not text[:MORE3_CHARS].isascii():
        # made ASCII ("?" for the other characters): the sentences are read from the text
        low = text[:MORE3_CHARS].lower().replace("\u2019", "'")
        best = _find(low, low.split())
    return None if best < 0 else _label(low, best)


def _find(low: str, words: list[str]) -> int:
    """Start of the earliest decline of the families in ``low``, or -1."""
    hit = _ANCHORS.intersection(words)
    english = _english(low)
    if english and not hit:
        return -1
    has = low.__contains__
    found = {w.strip(_STRIP) for w in hit}
    best = -1
    for entry, wordset in zip(_COMPILED, _WORDSETS, strict=True):
        _rx, any_a, any_b, lang, _before, _after, anchored = entry
        if lang:
            if english or not any(map(has, any_a)):
                continue
        elif found.isdisjoint(wordset):
            continue
        # an anchored family's own ``before`` / ``after`` hold its no: tried where its words are
        if anchored:
            at = _search(low, entry, found & wordset)
        elif any_b and not any(map(has, any_b)):
            continue
        else:
            at = _search(low, entry)
        if at >= 0 and (best < 0 or at < best):
            best = at
    if not found.isdisjoint(_LEFT_GATE) and (not found.isdisjoint(_LEFT_END_GATE) or has("as is")):
        at = _left_out(low)
        if at >= 0 and (best < 0 or at < best):
            best = at
    return best


def more_any(text: str) -> str | None:
    """``refusal_partial_more.more_decline``, then the families of this module."""
    prepared = prepare(text)
    return more_decline(text, prepared) or more3_decline(text, prepared)


# --- redirect_fluff -------------------------------------------------------------------------
_REDIRECT = re.compile(
    r"(?i)\b(?:your|a|an|the)\s+(?:\w+\s+){0,2}?(?:gp|doctor|pharmacist|physician|nurse|lawyer|attorney"
    r"|solicitor|accountant|therapist|counsell?or|advis[eo]r|bank|landlord|employer|hr\s+team|support"
    r"\s+team|it\s+team|security\s+team|administrator|admin)s?\s+(?:or\s+(?:a|an|your|the)\s+\w+\s+)?"
    r"(?:can|could|will\s+be\s+able\s+to|is\s+best\s+placed\s+to)\s+(?:talk\s+(?:you\s+)?through"
    r"|go\s+(?:over|through)|discuss|advise\s+(?:you|on)|help\s+you\s+(?:with|explore|find|through))\b"
    r"[^.!?\n]{0,80}?\b(?:options|alternatives|choices|with\s+you|your\s+situation)\b"
    r"|(?:透過|通过|通過|經由|经由)官方"
)


def redirect_fluff(sent: str) -> bool:
    """Whether a sentence only sends the user to someone who "can talk through the options"."""
    return _REDIRECT.search(sent) is not None
