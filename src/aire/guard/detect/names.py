"""Person names in free text, without an NER model: name lists plus context.

A candidate is a run of capitalised words (with particles such as "de", "van", "bin",
"O'"), found by one regex that only fires where a capital letter starts a word. It is a
name when the evidence adds up: a known given name first, a known surname last (the US
Census lists are international, see ``scripts/build_name_data.py``), a title ("Dr",
"Frau") or label ("signed", "Dear", "contact:") before it, a person's verb after it
("said", "will", "asked", "signed"), or a preposition that takes people ("with", "to",
"by"). Words that name places, organisations or things ("Street", "Bank", "Museum",
"Monday") and ordinary words at the start of a sentence ("Please", "The") break or
veto a candidate. Lists load once, lazily (~30 ms), as frozensets: a lookup per word.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from aire.guard.detect import names_words as _words
from aire.guard.detect.letter_led import by_first_char
from aire.guard.detect.names_base import (
    _UP,
    _UP1,
    _given_key,
    _key,
    _lists,
    _surname_key,
    _Taken,
    known_name_word,
)
from aire.guard.detect.names_more import (
    _FEMININE,
    _SHAPES,
    _SURNAME_SHAPE,
    _THING_AFTER,
    _TITLE_INSIDE,
    _caps_names,
    _casual,
    _join_lists,
    _on_own_line,
    _sign_off,
    _take_line,
)

__all__ = ["find_person_spans", "known_name_word", "name_line_before"]

# word lists (literal data in names_words), bound here once
_BLOCK = _words.BLOCK
_CUE_PHRASES = _words.CUE_PHRASES
_CUE_WORDS = _words.CUE_WORDS
_LEADERS = _words.LEADERS
_SLOTS = _words.SLOTS
_TITLES = _words.TITLES
_PLACES = _words.PLACES

# (_UP: the capitals of a name word; _UP1: where a scan starts, Latin-1 capitals only, a
# bitmap test in C; "Šimon" and "Łukasz" are found when a cue or a first name comes
# before them)
_CAP = (
    rf"(?:[{_UP}][a-zà-öø-ÿā-žạ-ỹ'’]+(?:-[A-Z][a-zà-öø-ÿā-žạ-ỹ'’]+|-[a-z]{{2,4}}(?![a-z]))?|O['’][A-Z][a-z]+|Mc[A-Z][a-z]+"
    r"|[A-Z]\.|[A-ZÓ](?=[ ][A-ZÁÉÍÓÚ]))"  # an initial, with or without its full stop; Irish Ó
)
_PARTICLE = (
    r"(?:de|da|di|do|dos|das|del|della|dela|delos|van|von|der|den|ter|ten|le|la|du|bin|binti|bint|"
    r"ibn|al|el|y|zu|af|av)"
)
# two to four words: a lone capitalised word is a name only after a title (pii.py's
# title and label rules find those); scanning every sentence-initial word would cost
# more than all the other PII finders together
# the pattern starts with a character class, so re skips to capitals in C; the first word's
# letters taken whole (perf11: a space or "-" must follow, never one of them; -5 us on 2 KB)
_CAP_REST = (
    r"(?:(?>[a-zà-öø-ÿā-žạ-ỹ'’]+)(?:-[A-Z][a-zà-öø-ÿā-žạ-ỹ'’]+|-[a-z]{2,4}(?![a-z]))?"
    r"|['’][A-Z][a-z]+|c[A-Z][a-z]+|\.)"
)
_RUN = re.compile(
    rf"[{_UP1}](?<![\w@.][{_UP1}]){_CAP_REST}"
    # a possessive ends a run: "Alice Goldberg's | Cautionary Tales"
    rf"(?:(?<!['’]s)[ ](?:{_PARTICLE}[ ]){{0,2}}{_CAP}){{1,3}}(?![\w@])"
)


def _cue_before(before: str) -> bool:
    words = before.replace(":", " ").replace(",", " ").replace("(", " ").lower().split()[-2:]
    if not words:
        return False
    return words[-1] in _CUE_WORDS or " ".join(words) in _CUE_PHRASES


_AFTER = re.compile(  # (by_first_char: re rejects a word on its first letter in C; perf11)
    r"(?:,?\s+" + by_first_char(
        r"said|says|wrote|writes|asked|asks|signed|will|would|has|had|is|was|"
        r"and\s+(?:her|his|their)|who|joined|approved|booked|reported|presented|requested|"
        r"translated|agreed|called|emailed|replied|confirmed|lives|moved|works|began|started|"
        r"explained|told|gave|had\s+given|says|from\s+(?:the\s+)?[a-z]+"
    ) + r"\b|,\s+" + by_first_char("the|our|a|an|who|ceo|cto|head") + r"\b|['’](?i:s)\b|:\s)"
)  # fmt: skip


_ONE = r"([A-Z](?<![\w@.][A-Z])(?>[a-zà-öø-ÿā-žạ-ỹ]+))"
# a lone capitalised word with a person's verb after it, found by a regex in C; its letters
# taken whole (what follows is never a letter; perf11, -6 us on 2 KB); Python reads the match
_SINGLE = re.compile(
    rf"{_ONE}(?=,?\s+(?:said|says|wrote|asked|signed|lives|joined|approved|booked|"
    r"reported|presented|requested|translated|agreed|replied|confirmed|began|started|"
    r"explained|had\s+given|is\s+from|was\s+born)\b|['’]s\s+(?:daughter|son|wife|husband|"
    r"mother|father|friend|brother|sister)|:\s)"
)


def find_person_spans(text: str, *, cued: bool = True) -> list[tuple[int, int, float]]:
    """(start, end, score) of person names in ``text``. ``cued``: also the names the
    sentence announces in cased text ("my name is ...", lone known first names as a verb's
    subject): a second pass, ~0.1 ms on 2 KB. Text typed without capitals ("talked to
    priya") is always read for the names its cues announce (no other pass runs on it)."""
    given, surnames, common = _lists()
    if not any(ch.isupper() for ch in text):
        return sorted(_cued(text, given, surnames, common, _Taken(()), cased=False))
    out: list[tuple[int, int, float]] = []
    unsure: list[tuple[int, int]] = []  # two unknown capitalised words, no context
    weak: list[tuple[int, int]] = []  # a known given name, an unknown word, no context
    for m in _RUN.finditer(text):
        start, end = m.start(), m.end()
        run = m.group(0)
        if " " not in run:
            # one capitalised word (most runs: sentence starts): the rules below keep it
            # only if it is a given name or surname, not an ordinary or block word, and
            # titled or said of a person; decided here without building offsets
            k = _key(run)
            if k in _LEADERS or k in _TITLES or k in _BLOCK or run.islower():
                continue
            if (k in common or (k not in given and k not in surnames)) and not _titled(text, start):
                continue
        tokens = run.split(" ")
        # drop sentence-initial ordinary words ("Please", "Yesterday") and block words
        offsets = []
        pos = start
        for tok in tokens:
            offsets.append((pos, pos + len(tok), tok))
            pos += len(tok) + 1
        # "Evans-Bonilla's Tânia Souza": the name starts after the possessive (a word
        # before the last one ends in "'s": "s " is in the run; most runs go without)
        for i in range(len(offsets) - 1, 0, -1) if "s " in run else ():
            if offsets[i - 1][2].endswith(("'s", "’s")):
                offsets = offsets[i:]
                break
        while len(offsets) > 1 and _key(offsets[-1][2]) in _TITLES:
            offsets.pop()
        # a title inside the run starts the name: "Bitte Frau Öztürk" is "Frau Öztürk"
        for i in range(len(offsets) - 2, 0, -1) if _TITLE_INSIDE.search(run) else ():
            if _key(offsets[i][2]) in _TITLES:
                offsets = offsets[i:]
                break
        titled_run = slot = False
        while offsets:
            k0 = _key(offsets[0][2])
            if k0 in _LEADERS:
                titled_run = False
            elif k0 in _TITLES:
                titled_run = len(offsets) > 1
                if k0 in ("herr", "frau"):  # German nouns are capitalised too
                    while len(offsets) > 2 and not known_name_word(offsets[-1][2]):
                        offsets.pop()
            elif k0 in _SLOTS:
                titled_run, slot = False, True
            else:
                break
            offsets.pop(0)
        if len(offsets) == 2 and offsets[1][2] == "Park" and _KOREAN_GIVEN.fullmatch(offsets[0][2]):
            # "Hyun-woo Park": a Korean given name, then the surname Park
            out.append((offsets[0][0], offsets[1][1], 0.8))
            continue
        for i, (_, _, t) in enumerate(offsets):  # a block word (a loop: any() cost more)
            if _key(t) in _BLOCK and not (
                # "Nguyen Van An": a Vietnamese given name after a middle name
                i == len(offsets) - 1 and i > 1 and _key(offsets[i - 1][2]) in _VIET_MIDDLE
            ):
                break
        else:
            i = -1
        if i >= 0:
            continue
        while offsets and offsets[-1][2].islower():
            offsets.pop()  # a trailing particle
        names = [o for o in offsets if not o[2].islower()]
        if not names:
            continue
        start, end = offsets[0][0], offsets[-1][1]
        first, last = _key(names[0][2]), _key(names[-1][2])
        if last not in surnames and last.endswith(_FEMININE):
            last = _surname_key(last, surnames)  # "Nováková" -> "novak"
        lone_word = first in common or (first not in given and first not in surnames)
        if len(names) == 1 and lone_word and not _titled(text, start):
            continue
        titled = titled_run or _titled(text, start)
        before = text[max(0, start - 30) : start]  # the context, inline (no call per run)
        ctx = titled or _cue_before(before) or _AFTER.match(text, end, end + 30) is not None
        g = (
            (1.0 if first not in common else 0.5)
            if first in given or ("-" in first and _given_key(first, given))
            else 0.0
        )
        if len(names) == 1:
            if slot and not titled and (first not in given and not _AFTER.match(text, end)):
                continue  # "Tenant Portal", "Customer Service"
            # one word: a given name or surname said of a person ("Anna is from...")
            if titled or (ctx and (first in given or first in surnames) and first not in common):
                out.append((start, end, 0.6))
            continue
        if last not in surnames and "-" in last and first in given:
            # "Adebayo-Smith", "Gómez-Rangel": a double surname, one part known, after a
            # known given name ("Börse Aktienmarkt Corona-Krise" stays out)
            part = next((p for p in last.split("-") if p in surnames and p not in common), "")
            last = part or last
        if last in surnames:
            sur = 1.0 if last not in common else 0.4
        else:
            sur = 0.3 if last not in common and len(last) > 2 else 0.0
            if sur and g == 1.0 and len(offsets) > len(names):
                sur = 1.0  # a known given name, a particle, a surname: "Sanne de Vries"
            elif sur and names[-1][2].endswith(_SHAPES) and _SURNAME_SHAPE.search(names[-1][2]):
                sur = 1.0  # "Serikbayeva", "Petrović", "Kovalenko", "Beridze": a surname's ending
        score = g + sur + (1.0 if ctx else 0.0)
        unknown_first = g == 0.0 and first not in common and len(first) > 2
        if (
            titled
            or (
                # two unknown words: said of a person, not after a preposition that
                # takes organisations too ("work for Bluewater Analytics")
                ctx
                and unknown_first
                and sur == 0.3
                and (len(names) == 2 or (len(names) == 3 and len(names[1][2].rstrip(".")) == 1))
                and _word_before(text, start) not in _PREPOSITIONS
            )
            or (g >= 0.5 and sur >= 0.3 and score >= 1.5)
            or (sur >= 1.0 and (ctx or unknown_first))
            # surname first, given name last ("Kim Min-jun", "Wang Xiaoming", "Nguyễn
            # Văn An"): both known, neither an ordinary word
            or (
                first in surnames
                and first not in common
                and (last in given or (len(names) == 3 and _key(names[1][2]) in _VIET_MIDDLE))
                and (last not in common or len(names) == 3)
                and len(last) > 1
            )
        ):
            if not (
                text.startswith(" ", end)
                and not names[-1][2].endswith(("'s", "’s"))  # "Quentin Tarantino's films"
                and _THING_AFTER.match(text, end)
            ):  # "the Ada Lovelace room", "our Marie Curie lab"
                out.append((start, end, min(0.95, 0.4 + score / 5)))
        elif (
            len(names) == 2
            and g == 0.0
            and unknown_first
            and sur == 0.3
            and _word_before(text, start) not in _PREPOSITIONS - {"and"}
        ):
            unsure.append((start, end))
        elif g >= 0.5 and sur >= 0.3 and len(names) <= 3:
            weak.append((start, end))  # a known given name, an unknown surname
    # two unknown words joined by "and" to a name found: "Chidi Okonkwo and Ngozi Adeyemi";
    # a known given name and another word in a list of names: "Chiara Bianchi, Tomás Ó
    # Súilleabháin", "Grace Mwangi, Liam O'Connor"
    if (unsure or weak) and out:
        _join_lists(text, out, unsure, (" and ", " & "))
        _join_lists(text, out, weak, (" and ", " & ", ", "))
    taken = _Taken((a, b) for a, b, _ in out)
    for m in _SINGLE.finditer(text):
        g = 1
        key = _key(m.group(g))
        if key in given and key not in common and key not in _BLOCK:
            a, b = m.start(g), m.end(g)
            if taken.free(a, b):
                out.append((a, b, 0.6))
                taken.add(a, b)
    if cued:
        out.extend(_cued(text, given, surnames, common, taken, casual=_casual(text)))
        # names in capitals: a scan of every capital (~10 us on 2 KB), so with the cues
        out.extend(_caps_names(text, given, surnames, common, taken))
    out.extend(_sign_off(text, given, surnames, common, taken))
    out.sort()
    return out


# English words that are given names too: in lower case, a word
_LOWER_NOT_NAMES = frozenset(
    """
mark bill will grace joy hope faith rose summer june may april august art pat sue rob
jack frank hunter drew dean chase miles guy max bob ray sky river dawn eve ivy lily daisy
holly amber ruby pearl crystal angel honey candy cash chance gene rich norm sandy rusty
""".split()  # noqa: SIM905
)
# Vietnamese middle names that stand between a surname and a given name
_VIET_MIDDLE = frozenset("van thi huu duc ngoc xuan thanh minh quoc dinh".split())  # noqa: SIM905
_PREPOSITIONS = frozenset("for from and with at by to of in on into".split())  # noqa: SIM905


# a Korean given name written with a hyphen: "Hyun-woo", "Ji-hoon", "Seo-yeon"
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,4}")


def _word_before(text: str, start: int) -> str:
    words = text[max(0, start - 20) : start].lower().split()
    return words[-1].strip(",:;") if words else ""


def _titled(text: str, start: int) -> bool:
    before = text[max(0, start - 8) : start].rstrip().split(" ")[-1:]
    return bool(before) and _key(before[0]) in _TITLES


# --- names said to be names by the sentence around them --------------------------------
# A name word: capitalised ("Ávalos", "Jean-Luc"), an initial ("A.", "L") inside a run,
# or a particle between name words.
_NW = rf"[{_UP}][a-zà-öø-ÿā-žạ-ỹ'’]+(?:-[{_UP}][a-zà-öø-ÿā-žạ-ỹ'’]+|-[a-z]{{2,4}}(?![a-z]))?"
_LW = r"[a-zà-öø-ÿā-žạ-ỹ][a-zà-öø-ÿā-žạ-ỹ'’-]+"
_NAME_RUN = (
    rf"{_NW}(?:[ ](?:[{_UP}]\.?(?=[ ])|{_PARTICLE}(?=[ ](?:{_PARTICLE}[ ])?[{_UP}])|{_NW})){{0,3}}"
)
# Cues that say a person's name follows whatever the word: "my name is Siiri", "directed
# by", "Producer X", "speak to X". Lower-case names count after these when the lists
# know every word ("follow up with monika žilková").
_STRONG = frozenset(
    """
my name is|my name's|name is|name was|names are|name's|call me|named|i'm|i am|dear|hi|hello|
hey|calls me|signed|regards|sincerely|cc|attn|follow up with|follow-up with|directed by|starring|
written by|sung by|performed by|produced by|producer|commenter|songwriter|singer|guitarist|
drummer|author|maiden name is|my kid|my son|my daughter|my wife|my husband|my partner|
my friend|my boss|my colleague|my mother|my father|my brother|my sister|my child|
my neighbour|my neighbor|partner's name|assistant to|shouted at|speak to|speak with|talk to|
talked to|spoke to|spoke with|including|guardian|beneficiary|was called|is called|married|
says|said|heard|thanks|thank you|ask|tell|contact|invite|email|meet|met|remove|add|under
""".replace("\n", "").split("|")
)
_STRONG_LAST = frozenset(c.split(" ")[-1] for c in _STRONG)
# the strong cues that also take a lower-case name ("my name is vitoria")
_LOWER_CUES = tuple(
    "my name is|name is|call me|calls me|named|i'm|i am|follow up with|name's|gender of|dear|hello|"  # noqa: SIM905
    "maiden name is|directed by|starring|written by|speak to|talk to|my kid|my son|"
    "my daughter|my wife|my husband|assistant to|shouted at|my sister|my brother|my mom|"
    "my mum|my dad|my mother|my father|my friend|my boss|my cousin|my aunt|my uncle|"
    "my partner|my roommate|my flatmate|my coworker|my colleague|my neighbour|my neighbor|"
    "talked to|talking to|spoke to|spoke with|ask|asked|tell|told|text|texted|this is|"
    "thanks|thank you|married|dating|with my|attn|its|it's|remind|ping|my landlord|"
    "my landlady|my aunt|my uncle|my teacher|cc|hey|hi|yo".split("|")
)
# a lower-case given name as the subject of a verb, in casual text ("aisha is doing")
_LOWER_SUBJECT = re.compile(
    r"(?<![\w'’@.-])([a-zà-öø-ÿ][a-zà-öø-ÿ'’-]{2,})(?=[ ](?:said|says|is|was|will|wants|told|"
    r"asked|texted|called|just|still|lives|lived|can|could|has|had|and[ ][a-z]+[ ]"
    r"(?:are|were|said))\b)"
)
# after a cue: an optional title, then the name (capitalised, or lower-case)
_AFTER_CUE = re.compile(
    rf"[:,]?[ \t]+(?:(?i:mr|mrs|ms|dr|miss|prof)\.?[ ]+)?"
    rf"(?:(?P<cap>{_NAME_RUN})|(?P<low>{_LW}(?:[ ](?:[a-z]\.?(?=[ ])|{_LW})){{0,2}}))(?![\w@])"
)
# a capitalised run at a word start, found by a charset-led regex in C
# a lone known name said of a person: subject of a verb, or called to ("Leif, can I",
# "Don't go to town, Lori!")
_SUBJECT_AFTER = re.compile(
    r",?[ ]+(?:is|was|has|had|lives|lived|spent|shouted|just|went|wants|needs|loves|likes|"
    r"says|said|gave|got|told|asked|smiled|laughed|and[ ][A-Z][a-z]+[ ](?:were|are|have|had)|"
    # pii7: more verbs of people
    r"opened|closed|works|worked|reported|thanked|will|would|left|arrived|joined|called|"
    r"wrote|sent|replied|confirmed|agreed|approved|thinks|knows|brought|met|booked|missed|"
    r"forgot|helped|fixed|emailed|texted|phoned|paid|chaired|presented|organised|organized)"
    r"\b|,[ ](?:can|could|would|will|please|i|you|we|do|are|have|what|how|where|why|when|"
    # a name called to at a sentence start: "Kevin, the locksmith is coming"
    r"the|your|my|our|this|just|thanks|thank|sorry|hope|did|is|remember|pls|quick|welcome|"
    r"congrats|great|good|don't|let's|here's|see)\b"
)
# capitalised runs at a word start, found by a charset-led regex in C: inside a sentence
# (after a lower-case word, a comma or a colon), two or more words anywhere, or one word
# at a sentence start said of a person; a lone word starting a sentence ("However",
# "Python") is most capitalised words, and is not even handed to Python
_REST = _NAME_RUN[len(_UP) + 2 :]
_NW_REST = _NW[len(_UP) + 2 :]
# (the capital is taken before the alternatives: a pattern that starts with a character
# class lets re skip to the next capital in C; an alternation of classes does not)
_CAP_RUN = re.compile(
    rf"[{_UP1}](?:(?<=[a-z,:;][ ][{_UP1}]){_REST}(?![\w@])"
    rf"|(?<![\w'’@.-][{_UP1}]){_NW_REST}"
    rf"(?:[ ](?:[{_UP}]\.?(?=[ ])|{_PARTICLE}(?=[ ][{_UP}])|{_NW})){{1,3}}(?![\w@])"
    rf"|(?<![\w'’@.-][{_UP1}]){_NW_REST}(?![\w@])(?={_SUBJECT_AFTER.pattern}|[ ](?:and|&)[ ][A-Z]))"
)
# the word before a lone known given name that takes people ("given Alexandra", "to Gary")
_WEAK = frozenset(
    "with to by and given gave for told asked thank tell ask invited hired met called than "  # noqa: SIM905
    "like about at is ping remind".split()
)
_ARTICLES = frozenset(("the", "a", "an", "this", "that", "our", "your"))
_WH = frozenset("how why what who whom whose where when which whether".split())  # noqa: SIM905
# a name on a line of its own (letter heads, signatures, contact blocks)
_LINE = re.compile(
    rf"(?m)^[ \t?*•>-]*({_NW}(?:[ ](?:[{_UP}]\.?|{_NW})){{1,2}}|{_LW}[ ]{_LW})[ \t]*$"
)


# a name on the line right above an address (envelopes, signatures, "Billing address:
# Sophie Lang\n 3482 Via Franscini 71"): an optional label, then two to four words
_LINE_ABOVE = re.compile(
    rf"[ \t?*•>-]*(?:[^\n:]{{1,30}}:[ \t]*)?({_NW}(?:[ ](?:[{_UP}]\.?|{_NW})){{1,3}})[ \t]*"
)


def name_line_before(text: str, start: int) -> tuple[int, int] | None:
    """The span of a person's name on the line right above ``start`` (where an address
    begins), or None: its first word a known given name or its last a known surname,
    no word a place's, organisation's or ordinary word."""
    lo = max(0, start - 120)
    head = text[lo:start]
    above = head.rstrip(" \t\n")
    if "\n" not in head[len(above) :]:
        return None  # the address does not start a line
    line_start = above.rfind("\n") + 1
    m = _LINE_ABOVE.fullmatch(above, line_start)
    if m is None:
        return None
    given, surnames, common = _lists()
    words = [_key(w) for w in m.group(1).split(" ")]
    if any(w in _BLOCK or w in _LEADERS or w in _PLACES for w in words):
        return None
    first, last = words[0], words[-1]
    if (first in given and first not in common) or (last in surnames and last not in common):
        return lo + m.start(1), lo + m.end(1)
    return None


def _cued(
    text: str,
    given: frozenset[str],
    surnames: frozenset[str],
    common: frozenset[str],
    taken: _Taken,
    cased: bool = True,
    casual: bool = False,
) -> list[tuple[int, int, float]]:
    """Names the sentence announces; ``cased`` is False for text without capitals,
    ``casual`` True for text typed mostly in lower case (lower-case names are read too)."""
    out: list[tuple[int, int, float]] = []

    def add(a: int, b: int, score: float) -> None:
        while b > a and text[b - 1] in "'’":
            b -= 1
        if a < b and taken.free(a, b):
            out.append((a, b, score))
            taken.add(a, b)

    def plain(k: str) -> bool:  # a word that is not a name
        return k in _BLOCK or k in _LEADERS or k in _TITLES or k in _WH or k.startswith("i'")

    # capitalised runs: a strong cue before (up to three words), a weak cue or a
    # lower-case word before a lone known name
    has_newline = "\n" in text
    for m in _CAP_RUN.finditer(text):
        run = m.group(0)
        a = m.start()
        end = m.end()
        lone = " " not in run
        prev = ""
        if lone:
            k = run.lower()
            if k in _LEADERS or k in _WH or (k in common and k not in surnames):
                continue  # "The", "However": most capitalised words, dropped in one step
        else:
            head = run[: run.index(" ")]
            kh = head.lower()
            if kh in _STRONG or kh in _LEADERS or kh.startswith("i'"):
                # the cue is capitalised too: "Producer Liviana Palerma", "Hi Vinicio"
                run = run[len(head) + 1 :]
                a += len(head) + 1
                lone = " " not in run
                prev = kh
        before = text[max(0, a - 2) : a]
        # a word that starts a sentence or line has no cue before it (most of them)
        if not prev and len(before) == 2 and before[1] == " " and before[0] not in ".!?\n\"'":
            j = text.rfind(" ", max(0, a - 30), a - 1)
            prev = text[j + 1 : a].lower().rstrip(" \t\n:,")
        if prev and (prev in _STRONG_LAST or prev.rstrip(".") in _TITLES):
            words = text[max(0, a - 40) : a].lower().replace(",", " ").replace(":", " ").split()
            if words and words[-1].rstrip(".") in _TITLES:
                words.pop()  # "named Mr. Thompson"
            if (
                words
                and (
                    words[-1] in _STRONG
                    or " ".join(words[-2:]) in _STRONG
                    or " ".join(words[-3:]) in _STRONG
                )
                and _take_cued(run, a, end, False, add, plain)
            ):
                continue
        if not lone:
            if has_newline and _on_own_line(text, a, end):
                _take_line(run, a, end, add, plain)
            continue
        k = _key(run)
        if k not in given or k in common or k in _PLACES or plain(k):
            continue
        if text.endswith(f"{run} and ", 0, a):
            continue  # "Johnson and Johnson": a firm's name
        after = text[end : end + 2]
        if (
            _SUBJECT_AFTER.match(text, end)
            or (before == ", " and after[:1] in "!?")
            # "Thanks for your patience, Aroha. Your card": called to at a sentence end
            or (before == ", " and after[:1] == "." and after[1:] in ("", " ", "\n"))
        ):
            add(a, end, 0.6)  # "Leif, can I", "Anna said", "Don't go to town, Lori!"
        elif text.startswith((" and ", " & "), end) and not taken.free(
            end + (5 if text[end + 1] == "a" else 3), end + 6
        ):
            add(a, end, 0.6)  # "Rajesh and Sunita Iyer", "Arjun & Kavya Patel"
        elif prev in _WEAK and before.endswith(" "):
            add(a, end, 0.6)
        elif (
            k in surnames
            and (before[:1].islower() or before == ", ")
            and prev not in _ARTICLES  # "the Milan showroom"
        ):
            add(a, end, 0.5)
    # lower-case names only in text typed without capitals ("my name is vitoria"): in
    # cased text a lower-case word after a cue is rarely a name
    if not cased or casual:
        low = text.lower()
        for m in _LOWER_SUBJECT.finditer(low):  # "ok so mohammed said he'd bring"
            k = m.group(1)
            if (
                k in given
                and k not in common
                and k not in _LOWER_NOT_NAMES
                and k not in _PLACES
                and not plain(k)
                and text[m.start(1)].islower()
            ):
                add(m.start(1), m.end(1), 0.6)
        for cue in _LOWER_CUES:
            i = low.find(cue)
            while i != -1:
                j = i + len(cue)
                if (i == 0 or not low[i - 1].isalnum()) and (j == len(low) or not low[j].isalnum()):
                    mm = _AFTER_CUE.match(text, j)
                    if mm and mm.group("low"):
                        _take_cued(mm.group("low"), *mm.span("low"), True, add, plain)
                i = low.find(cue, j)
    if "\n" in text and not cased:
        for m in _LINE.finditer(text):  # lower-case contact blocks ("naomi ryan")
            _take_line(m.group(1), *m.span(1), add, plain)
    return out


def _take_cued(
    run: str,
    a: int,
    b: int,
    lower: bool,
    add: Callable[[int, int, float], None],
    plain: Callable[[str], bool],
) -> bool:
    """Keep the name a strong cue points at, if its words can be a name."""
    given, surnames, common = _lists()
    words = run.split(" ")
    keys = [_key(w) for w in words]
    # trailing ordinary words are not part of the name ("Key in", "benjamin tomorrow")
    while len(keys) > 1 and (
        plain(keys[-1]) or (keys[-1] in common and keys[-1] not in surnames and len(keys[-1]) > 1)
    ):
        b -= len(words[-1]) + 1
        words.pop()
        keys.pop()
    if plain(keys[0]) or any(k in _BLOCK for k in keys if len(k) > 1):
        return False
    if lower:
        if (
            not _given_key(keys[0], given)
            or keys[0] in common
            or keys[0] in _LOWER_NOT_NAMES
            or keys[0] in _PLACES
        ):
            return False
        # every further word a known name or an initial: "bertram has been" is "bertram"
        for i in range(1, len(keys)):
            if len(keys[i]) > 1 and not _given_key(keys[i], given) and keys[i] not in surnames:
                b = a + len(" ".join(words[:i]))
                break
        add(a, b, 0.6)
        return True
    k = keys[0]
    if len(keys) == 1 and k in common and k not in given and k not in surnames:
        return False
    if len(keys) == 1 and k in _PLACES:
        return False  # "including Brazil, Peru and Colombia"
    if len(keys) > 1 and all(k in common for k in keys if len(k) > 1):
        return False
    add(a, b, 0.7)
    return True
