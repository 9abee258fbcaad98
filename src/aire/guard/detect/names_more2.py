"""Person-name families the lists and cues miss, and spans that are not persons (pii12).

Added: a name after a role label ("From: Farhana Akter", "- Coordinator: Neema
Mwakalinga"), after a title of other languages ("la señora María José Quispe Mamani",
"M. Jean-Paul Mbarga Essomba", "Kedves Szabó Eszter"), a romanised East Asian name with a
hyphenated given name ("Park Ji-woo", "Wang Po-han"), a lower-case Arabic name with its
particle ("abdulrahman al-harbi"), a name joined by "and" to a found one ("Siosaia Taufa
(Tonga office) and Ana Lemoto"). Extended: an Irish particle and its surname ("Cathal Ó
Súilleabháin"), two found names one space apart ("Nguyễn Thị Hồng" + "Nhung"). Dropped:
names of teams, products and places ("Finance Team", "Grafana Cloud", "Safari Planner
Pro", "Grand Canal", "Saudi Arabia"), hotel chains ("Hilton"), a street named as such
("her street as 'Hang Bai'").
"""

from __future__ import annotations

import re

from aire.guard.detect.names_base import known_name_word

__all__ = ["more_person_spans", "not_a_person"]

Span = tuple[int, int, float]

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_N = rf"[{_UP}][a-zà-öø-ÿā-žạ-ỹ]+(?:[-'’][{_UP}a-z][a-zà-öø-ÿā-ž]+)?"  # "Jean-Paul", "O'Neil"
_NAMES = rf"{_N}(?:[ ]{_N}){{1,3}}"
_END = r"(?=[ \t]*(?:[,.;!)\n(]|$)|[ ][a-zà-ÿ])"  # then punctuation or a lower-case word
_ROLES = (
    "From", "Coordinator", "Driver", "Engineer", "Technician", "Contact", "Beneficiary",
    "Recipient", "Sender", "Assignee", "Owner", "Reporter", "Requester", "Caller", "Approver",
    "Manager", "Supervisor", "Witness", "Applicant", "Landlord", "Host", "Attendee",
    "Volunteer", "Interpreter", "Requested for", "Prepared by", "Approved by", "Submitted by",
    "Assigned to", "Attn",
)  # fmt: skip
_ROLE_KEYS = tuple(r + ":" for r in _ROLES) + tuple(r + " :" for r in _ROLES)
_AFTER_COLON = re.compile(rf"[ \t]*({_NAMES}){_END}")
_TITLES = (
    "la señora", "el señor", "la sra.", "el sr.", "M.", "Kedves", "Sayın", "Szanowny Pan",
    "Szanowna Pani", "Sig.ra", "Sig.", "Dott.ssa", "Dott.", "Mw.", "Dhr.",
)  # fmt: skip
_ASCII_TITLES = tuple(t for t in _TITLES if t.isascii())
_AFTER_TITLE = re.compile(rf"[ ]({_NAMES}){_END}")
_HYPHEN = re.compile(r"-[a-z]{1,12}(?![\w-])")  # "Ji-woo", "al-harbi": a literal first
_ASIAN_BEFORE = re.compile(rf"(?<![\w-])([{_UP}][a-z]{{1,5}})[ ][{_UP}][a-z]{{1,5}}\Z")
_ARABIC_LOW = re.compile(r"(?<![\w-])([a-z]{3,12})[ ][ae]l-[a-z]{3,12}(?![\w-])")
_AND_BEFORE = re.compile(rf"(?<![\w-])({_N}[ ]{_N})(?:[ ]\([^()\n]{{1,30}}\))?[ ]and[ ]\Z")
_PARTICLE = re.compile(rf"[ ](?:Ó|Ní|Nic|Mac|Mc|Ua|Uí)[ ]{_N}|[ ]{_N}")
_EAST_ASIAN = frozenset(
    [
        "Park",
        "Kim",
        "Lee",
        "Choi",
        "Jung",
        "Kang",
        "Cho",
        "Yoon",
        "Jang",
        "Lim",
        "Han",
        "Oh",
        "Seo",
        "Shin",
        "Kwon",
        "Hwang",
        "Ahn",
        "Song",
        "Yoo",
        "Hong",
        "Jeon",
        "Ko",
        "Moon",
        "Yang",
        "Son",
        "Bae",
        "Baek",
        "Heo",
        "Nam",
        "Wang",
        "Chen",
        "Lin",
        "Huang",
        "Chang",
        "Liu",
        "Li",
        "Wu",
        "Tsai",
        "Hsu",
        "Cheng",
        "Yeh",
        "Kuo",
        "Hsieh",
        "Lai",
        "Chou",
        "Tseng",
        "Lu",
        "Chiu",
        "Chung",
        "Lo",
        "Kao",
        "Chan",
        "Wong",
        "Cheung",
        "Leung",
        "Ho",
        "Ng",
        "Lau",
        "Zhang",
        "Zhao",
        "Zhou",
        "Sun",
        "Ma",
        "Zhu",
        "Hu",
        "Guo",
        "He",
        "Luo",
        "Liang",
        "Xu",
        "Tang",
        "Feng",
        "Deng",
        "Cao",
        "Peng",
        "Zeng",
        "Xiao",
        "Tian",
        "Dong",
        "Pan",
        "Yuan",
        "Cai",
        "Jiang",
        "Yu",
        "Du",
        "Ye",
        "Wei",
        "Su",
        "Ding",
        "Ren",
        "Shen",
        "Yao",
        "Fang",
        "Tan",
        "Liao",
        "Jin",
        "Kong",
        "Bai",
        "Cui",
        "Mao",
        "Qiu",
        "Qin",
        "Gu",
        "Hou",
        "Shao",
        "Meng",
        "Hsiao",
        "Chien",
        "Teng",
        "Chu",
        "Yen",
        "Chao",
        "Fu",
        "Lo",
        "Kuan",
    ]
)
_FUNCTION = frozenset(
    ("On", "In", "At", "The", "For", "With", "By", "From", "To", "Of", "Both", "Dear")
)
_GREETINGS = frozenset(("Kedves", "Beste", "Liebe", "Lieber", "Querida", "Querido", "Caro", "Cara"))
_PARTICLES = ("Ó", "Ní", "Nic", "Mac", "Mc", "Ua", "Uí")
_ENDS = tuple(" " + p for p in _PARTICLES)
_ORG = frozenset(
    [
        "Team",
        "Cloud",
        "Pro",
        "Planner",
        "Canal",
        "Group",
        "Support",
        "Desk",
        "Office",
        "Department",
        "Services",
        "Solutions",
        "Systems",
        "Labs",
        "Inc",
        "Ltd",
        "Hotel",
        "Airlines",
        "Care",
        "App",
        "Studio",
        "Bank",
        "Island",
        "Arabia",
        "Emirates",
    ]
)
_NOT_NAMES = frozenset(
    [
        "Hilton",
        "Marriott",
        "Hyatt",
        "Accor",
        "Sheraton",
        "Radisson",
        "Wyndham",
        "Novotel",
        "Saudi Arabia",
        "New Zealand",
        "South Africa",
        "Costa Rica",
        "Sri Lanka",
        "Hong Kong",
    ]
)
_STREET_CUE = re.compile(
    r"(?i:street|road|avenue|address)(?:[ ]\w+){0,2}[ ](?:as|is|was)?[ ]?['\"‘“]?\Z"
)


def not_a_person(text: str, a: int, b: int) -> bool:
    """True when ``text[a:b]`` names a team, product, place or hotel chain, or a street."""
    name = text[a:b].rstrip("'’\".,")
    if name in _NOT_NAMES or _ORG.intersection(name.split(" ")):
        return True
    before = text[max(0, a - 30) : a].lower()
    if not ("street" in before or "road" in before or "avenue" in before or "addr" in before):
        return False  # most spans: no regex
    return bool(_STREET_CUE.search(text, max(0, a - 30), a))


def _found(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    colon = text.find(":")
    seen = 0
    while colon != -1 and seen < 64:  # a role label before a colon: str.endswith, no regex
        seen += 1
        head = text[max(0, colon - 14) : colon + 1]
        if head.endswith(_ROLE_KEYS):
            role = next(k for k in _ROLE_KEYS if head.endswith(k))
            at = colon + 1 - len(role)
            if at == 0 or text[at - 1] == "\n" or text[max(0, at - 2) : at] in ("- ", "• ", "* "):
                m = _AFTER_COLON.match(text, colon + 1)
                if m:
                    out.append(m.span(1))
        colon = text.find(":", colon + 1)
    for title in _ASCII_TITLES if text.isascii() else _TITLES:  # other languages' titles
        i = text.find(title)
        while i != -1:
            if i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "."):
                m = _AFTER_TITLE.match(text, i + len(title))
                if m:
                    out.append(m.span(1))
            i = text.find(title, i + 1)
    i = text.find(" name is ")  # "the name is Park Ji-woo": from the phrase, no regex scan
    while i != -1:
        if text[max(0, i - 5) : i].lower().endswith(("the", "her", "his", "their")):
            m = _AFTER_TITLE.match(text, i + 8)
            if m:
                out.append(m.span(1))
        i = text.find(" name is ", i + 1)
    for h in _HYPHEN.finditer(text):  # "Park Ji-woo", "abdulrahman al-harbi": from "-"
        at = h.start()
        if h.end() - at <= 6:
            m = _ASIAN_BEFORE.search(text, max(0, at - 14), at)
            if m and m.group(1) in _EAST_ASIAN:
                out.append((m.start(), h.end()))
                continue
        if text[at - 2 : at] in ("al", "el"):
            m = _ARABIC_LOW.search(text, max(0, at - 16), h.end())
            if m and known_name_word(m.group(1).capitalize()):
                out.append(m.span())
    return out


def _joined(text: str, kept: list[Span]) -> list[Span]:
    """Names joined by "and" to a found full name ("Siosaia Taufa (Tonga office) and Ana
    Lemoto"; not "Windows and Mac")."""
    out: list[Span] = []
    for a, b, _s in kept:
        if " " not in text[a:b] or not text.endswith(" and ", 0, a):
            continue
        m = _AND_BEFORE.search(text, max(0, a - 60), a)
        if m and m.group(1).split(" ")[0] not in _FUNCTION and not not_a_person(text, *m.span(1)):
            out.append((m.start(1), m.end(1), 0.6))
    return out


def more_person_spans(text: str, spans: list[Span], cued: bool = True) -> list[Span]:
    """``spans`` (start, end, score) with the families above added, extended or dropped."""
    spans = sorted(spans)
    kept: list[Span] = []
    for a, b, s in spans:
        if not_a_person(text, a, b):
            continue
        head = text[a:b].split(" ", 1)
        if len(head) == 2 and head[0] in _GREETINGS:  # "Kedves Nagy Péter": the name
            a += len(head[0]) + 1
        if kept and a == kept[-1][1] + 1 and text[kept[-1][1]] == " ":  # "Hồng" + "Nhung"
            prev = kept.pop()
            a, s = prev[0], max(s, prev[2])
        if text[b : b + 1] == " " and (
            text[b + 1 : b + 5].split(" ")[0] in _PARTICLES or text[a:b].endswith(_ENDS)
        ):  # "Cathal Ó" + "Súilleabháin", "Aoife" + "Ní Bhriain"
            m = _PARTICLE.match(text, b)
            b = m.end() if m else b
        kept.append((a, b, s))
    if cued:  # the families below on short texts only (~10 us on a 2 KB prompt)
        kept.extend(_joined(text, kept))
        kept.extend((a, b, 0.6) for a, b in _found(text) if not not_a_person(text, a, b))
    if len(kept) < 2:
        return kept
    # overlapping: the longer span wins
    kept.sort()
    out = [kept[0]]
    for span in kept[1:]:
        last = out[-1]
        if span[0] >= last[1]:
            out.append(span)
        elif span[1] - span[0] > last[1] - last[0]:
            out[-1] = span
    return out
