"""Address shapes the street patterns miss (pii12).

* postal blocks: the locality line under a street line is its own span ("Jeddah 23432",
  "Chicago, IL 60610", "Dublin 2, D02 XK42", "Beirut, Lebanon", "City: Casablanca 20250"),
  the Japanese postcode line ("〒150-0041"); a country alone on its line is not one;
* street lines without an English street word, closed by a postcode and place
  ("Keizersgracht 452-H, 1016 GE Amsterdam", "Kabanbay Batyr 53, Astana 010000",
  "prospekt Svobody 28, Lviv 79000", "Av. Paseo de la Reforma 296, Piso 12, Col. Juárez,
  06600 Ciudad de México"), Indian "12, 4th Cross, Indiranagar, Bengaluru 560038";
* a street word before the name ("8 Avenue Cheikh Anta Diop, Dakar") and Vietnamese
  streets before a district and city ("25 Hàng Bài, Hoàn Kiếm, Hà Nội").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aire.guard.detect.unicode import latin1

__all__ = ["block_addresses"]

Spans = list[tuple[int, int]]

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽẠ-Ỹ"
# possessive: a word is taken whole, never given back letter by letter (backtracking)
_W = rf"[{_UP}][^\W\d_]*+(?:[-'’][^\W\d_]++)*+\.?"  # a capitalised word ("Al-Kindi", "Av.")
_PW = rf"[{_UP}][^\W\d_]*+(?:[-'’][^\W\d_]++)*+(?!\w)"  # a place word: no "Madrid."
_LINK = r"(?:de|del|la|las|los|do|da|dos|das|di|van|der|den|von|el|al|e|y)"
_PLACE = rf"{_PW}(?:[ ](?:(?:{_LINK}|es)[ ])?{_PW}){{0,2}}"  # "Ciudad de México", "Dar es Salaam"
_YEAR = r"(?:19|20)\d\d(?!\d)"
_CODE_PLACE = (
    rf"(?:\d{{4}}[ ][A-Z]{{2}}[ ]|(?!{_YEAR})\d{{4}}[ ]|\d{{5,6}}[ ]|\d{{3}}[ ]\d{{2}}[ ]){_PLACE}"
)
_PLACE_CODE = rf"{_PLACE}[ ](?:[A-Z]{{2,3}}[ ])?\d{{5,6}}(?![\w-])"
_UNIT = (
    r"(?:apt|apartment|flat|unit|suite|piso|floor|fl|col|colonia|depto|dpto|oficina|of|kv|"
    rf"office|bldg|block|int|interior)\.?[ ]?[\w./-]+(?:[ ]{_W}){{0,2}}"
)
_TAIL = rf"(?:,[ ](?i:{_UNIT}))*,[ ](?:{_CODE_PLACE}|{_PLACE_CODE})"
_STREET_LOW = r"(?:prospekt|prosp\.|pr\.|ulitsa|ul\.|vulytsia|vul\.|ulica|utca|aleja|al\.)"
# a street line with its number after the name, then a postcode and place
_NUMBER_AFTER = re.compile(
    rf"(?<![\w.,-])(?:{_STREET_LOW}[ ])?{_W}(?:[ ](?:{_LINK}[ ]){{0,2}}(?:{_W}|cesta|út|utca|"
    rf"ulica|gracht|straat|laan|prospekt|ulitsa)){{0,4}}[ ]\d{{1,4}}[A-Za-z]?"
    rf"(?:[-/][A-Za-z0-9]{{1,3}})?(?!\w){_TAIL}"
)
_INDIAN = re.compile(
    rf"(?<![\w,])\d{{1,4}}(?:/\d{{1,4}})?,[ ]\d{{1,2}}(?:st|nd|rd|th)[ ](?:Cross|Main|Block|"
    rf"Stage|Phase|Sector)(?:[ ](?:Road|Rd\.?|Street))?(?:,[ ]{_PLACE}){{1,3}}"
    rf"(?:[ ]-)?[ ]\d{{6}}(?!\d)"
)
_STREET_FIRST = re.compile(
    rf"(?:Avenue|Av\.|Ave\.|Avenida|Rue|Boulevard|Bd|Blvd\.?|Route|Chemin|Calle|Rua|Via)"
    rf"((?:[ ](?:{_LINK}[ ])?{_W}){{1,4}}(?:,[ ]{_PLACE}(?=[.;)]?(?:\s|$)))?)"
)
_VN_CITY = r"(?:Hà Nội|Ha Noi|Hanoi|Hồ Chí Minh|Ho Chi Minh|Đà Nẵng|Da Nang|Hải Phòng|Huế|Cần Thơ)"
_VN_STREET = re.compile(
    rf"(?<![\w,])\d{{1,4}}[A-Z]?[ ]{_W}(?:[ ]{_W}){{1,3}},[ ](?:{_W}[ ]?){{1,3}},[ ]{_VN_CITY}"
)
# a locality line in a postal block (the whole line, after an optional "City:" label)
_LOCALITY = re.compile(
    rf"(?:(?:City|Town|Ciudad|Ville|Stadt|Locality)[ ]?:[ ]*)?"
    rf"((?:{_CODE_PLACE}|{_PLACE_CODE}|{_PLACE},[ ][A-Z]{{2}}[ ]\d{{5}}(?:-\d{{4}})?|"
    rf"{_PLACE}[ ]\d{{1,2}},[ ][A-Z]\d{{2}}[ ]?[A-Z\d]{{4}}|{_PLACE},[ ](?P<country>{_PLACE})|"
    rf"{_PLACE}[ ][A-Z]{{1,2}}\d[A-Z\d]?[ ]\d[A-Z]{{2}})"
    rf"(?:,[ ]{_PLACE})?)[ \t]*$"
)
_NOT_PLACE = frozenset(
    ("Thanks", "Thank", "Regards", "Kind", "Best", "Cheers", "Sincerely", "Dear", "Hi", "Hello")
)
# counted things, not streets or places ("Table 4, 10000 Samples", "Version 2, Build 10240")
_NOT_STREET = frozenset(
    [
        "See",
        "Model",
        "Table",
        "Version",
        "Build",
        "Figure",
        "Fig",
        "Chapter",
        "Section",
        "Page",
        "Step",
        "Item",
        "Line",
        "Row",
        "Column",
        "Level",
        "Stage",
        "Phase",
        "Part",
        "Volume",
        "Vol",
        "Issue",
        "Release",
        "Update",
        "Patch",
        "Episode",
        "Season",
        "Round",
        "Game",
        "Week",
        "Day",
        "Year",
        "Note",
        "Rule",
        "Article",
        "Clause",
        "Test",
        "Case",
        "Sample",
        "Samples",
        "Group",
        "Team",
        "Batch",
        "Order",
        "Invoice",
        "Ticket",
        "Option",
        "Plan",
        "Tier",
        "Grade",
        "Class",
        "Exhibit",
        "Appendix",
        "Schedule",
        "Series",
        "Type",
        "Size",
        "Number",
        "Units",
        "Items",
        "Users",
        "Steps",
        "Tests",
        "Points",
        "Files",
        "Records",
        "Rows",
        "People",
        "Views",
        "Hours",
        "Days",
        "Words",
        "Pages",
        "Lines",
        "Runs",
        "Epochs",
        "Tokens",
        "Samples",
        "Players",
        "Votes",
        "Sales",
        "Orders",
        "Tickets",
    ]
)
_BARE_CODE = re.compile(r",[ ]\d{4}[ ][^\W\d_]+\Z")
_LOWER_NEXT = re.compile(r"[ ]+[a-z]")
_VN_LETTER = re.compile("[\u1ea0-\u1ef9]")
_NUM_COMMA = re.compile(r"\d[A-Za-z0-9/-]{0,4},[ ]")
_TAIL_ANCHOR = re.compile(
    r",[ ](?:[^\W\d_][^\W\d_'’.-]*[ ]){0,4}(?:[A-Z]{2,3}[ ])?(\d{4,6}|\d{3}[ ]\d{2})(?![\d])"
)
_MILITARY = re.compile(r"[ \t]*[AFD]PO[ ][A-Z]{2}[ ]\d{5}")
_DIGIT = re.compile(r"\d")
_JP_CODE = re.compile(r"〒[ ]?\d{3}-\d{4}")
_FIRST_WORDS = frozenset(
    {"Avenue", "Av.", "Ave.", "Avenida", "Rue", "Boulevard", "Bd", "Blvd", "Blvd.", "Route"}
    | {"Chemin", "Calle", "Rua", "Via"}
)


def _code_shape(text: str, c: int, i: int, n: int) -> bool:
    """A postcode at text[c:i] (n digits): after ", " and before a capitalised place
    ("1016 GE Amsterdam", "10000 Zagreb"; not a year), or after a capitalised place and
    before no word ("Almaty 050046")."""
    if text[c - 2 : c] == ", ":
        if n == 4 and text[c : c + 2] in ("19", "20"):
            return False
        return text[i : i + 1] == " " and text[i + 1 : i + 2].isupper()
    if text[c - 1 : c] != " " or not text[c - 2 : c - 1].isalpha() or n < 5:
        return False
    if text[i : i + 1].isalnum():
        return False
    k = text.rfind(" ", max(0, c - 30), c - 1)  # the place word's first letter
    return text[k + 1 : k + 2].isupper() or text[k - 2 : k + 1].isupper()  # "IL 60610"


def _street_ok(text: str, m: re.Match[str]) -> bool:
    words = re.findall(r"[^\W\d_]+", m.group())
    if _NOT_STREET.intersection(words):  # "Table 4, 10000 Samples"
        return False
    # "Room 12, 1015 Delegates attended": a bare 4-digit code, then a lower-case word
    return not (_BARE_CODE.search(m.group()) and _LOWER_NEXT.match(text, m.end()))


def _locality(text: str, a: int, b: int) -> tuple[int, int] | None:
    if b - a > 80 or (text.find(", ", a, b) == -1 and not _DIGIT.search(text, a, b)):
        return None  # a place line holds a postcode or "City, Country"
    if _MILITARY.match(text, a, b):  # "APO AE 25990": one span with the line above
        return None
    m = _LOCALITY.match(text, a, b)
    if not m or text[m.start(1) : m.end(1)].split(" ")[0].rstrip(",") in _NOT_PLACE:
        return None
    if m.group("country") and not _DIGIT.search(text, max(0, a - 200), a):
        return None
    return m.start(1), m.end(1)


def block_addresses(
    text: str, spans: Sequence[Sequence[int]], windows: Sequence[tuple[int, int]] = ()
) -> Spans:
    """``spans`` (merged address spans, sorted) with the shapes above added: a span that
    runs over a locality line is cut before it and the line is a span of its own.
    ``windows``: the regions around numbers (``pii._widened``), the only places a street
    line closed by a postcode can be; each is searched only around a postcode in it."""
    out: Spans = []
    plain = latin1(text)
    for start, stop in windows if ", " in text else ():
        # a postcode after ", " ("1016 GE Amsterdam") or after ", " and a place ("Almaty
        # 050046"): a literal ", " leads the pattern, so re skips to it fast
        for tail in _TAIL_ANCHOR.finditer(text, start, stop) if "," in text[start:stop] else ():
            c, i = tail.span(1)
            n = i - c
            if not _code_shape(text, c, i, n):
                continue
            # the patterns end at (or a place after) the postcode: search just before it
            # on its line, after a house number and a comma ("Keizersgracht 452-H, 1016 GE")
            a = max(start, c - 90, text.rfind("\n", 0, c) + 1)
            if not _NUM_COMMA.search(text, a, c):
                continue
            b = min(stop, i + 40)
            for rx in (_NUMBER_AFTER, _INDIAN) if n == 6 else (_NUMBER_AFTER,):
                for m in rx.finditer(text, a, b):
                    if m.start() <= c < m.end() and _street_ok(text, m):
                        out.append(m.span())
        # Vietnamese city names hold letters of Latin Extended Additional ("Hà Nội", "Huế")
        if not plain and _VN_LETTER.search(text, start, stop):
            out.extend(m.span() for m in _VN_STREET.finditer(text, start, stop))
    if "〒" in text:
        out.extend(m.span() for m in _JP_CODE.finditer(text))
    for a, b in spans:
        # a street word before its name ("8 Avenue Cheikh Anta Diop, Dakar")
        if text[text.rfind(" ", a, b) + 1 : b] in _FIRST_WORDS:
            sf = _STREET_FIRST.search(text, max(a, b - 9))
            if sf and sf.start(1) == b:
                b = sf.end()
        # the lines of a block: a locality line is its own span; a first line without a
        # digit is the end of a name line ("Baumgartner\nLindenstraße 17a")
        first = text.find("\n", a, b)
        if (
            first != -1
            and a
            and text[a - 1] == " "  # the span starts inside a line: a name's last word
            and not _DIGIT.search(text, a, first)
            and _DIGIT.search(text, first, b)
            and not _MILITARY.match(text, first + 1)  # "USS Mahler\nFPO AA 70489"
        ):
            a = first + 1
        pieces: Spans = []
        start = a
        nl = text.find("\n", a, b)
        while nl != -1:
            end = text.find("\n", nl + 1)
            end = len(text) if end == -1 else end
            loc = _locality(text, nl + 1, end)
            if loc:
                pieces.extend(((start, nl), loc))
                start = min(end + 1, b)
            nl = text.find("\n", nl + 1, b)
        if start == a or _DIGIT.search(text, start, b):  # not a country line after the block
            pieces.append((start, b))
        out.extend(p for p in pieces if p[1] > p[0])
        # the line after the block's last line
        line_end = text.find("\n", b)
        if line_end != -1 and line_end - b < 4 and text[b:line_end].strip(" \t,.") == "":
            nxt = text.find("\n", line_end + 1)
            loc = _locality(text, line_end + 1, len(text) if nxt == -1 else nxt)
            if loc:
                out.append(loc)
    if not out:
        return [(a, b) for a, b in spans]
    out.sort()
    merged: list[list[int]] = []
    for a, b in out:
        if merged and a < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(a, b) for a, b in merged]
