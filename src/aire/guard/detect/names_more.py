"""More passes of the person-name finder (``names``), added in round 7 (pii7): names in
capitals ("CONSIGNEE: AMIT KUMAR SINGH"), a name signing a message off ("Cheers, Rhys",
"- Aaliyah"), names in a list next to a name found ("Chiara Bianchi, Tomás Ó
Súilleabháin", "Arjun & Kavya Patel"), the surname and title patterns of the main pass,
and a name on a line of its own (moved here from ``names`` to keep it short).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from aire.guard.detect import names_words as _words
from aire.guard.detect.names_base import (
    _UP,
    _UP1,
    _given_key,
    _key,
    _lists,
    _surname_key,
    _Taken,
)

__all__ = ["_caps_names", "_casual", "_join_lists", "_on_own_line", "_sign_off", "_take_line"]

_BLOCK = _words.BLOCK
_LEADERS = _words.LEADERS
_PLACES = _words.PLACES
_TITLES = _words.TITLES


def _join_lists(
    text: str,
    out: list[tuple[int, int, float]],
    candidates: list[tuple[int, int]],
    seps: tuple[str, ...],
) -> None:
    """Add the candidates joined by one of ``seps`` to a name found (chains too)."""
    left = list(candidates)
    while left:
        ends = {b for _, b, _ in out}
        starts = {a for a, _, _ in out}
        rest = []
        for a, b in left:
            if any(
                (text.startswith(sep, b) and b + len(sep) in starts)
                or (text.startswith(sep, a - len(sep)) and a - len(sep) in ends)
                for sep in seps
            ):
                out.append((a, b, 0.6))
            else:
                rest.append((a, b))
        if len(rest) == len(left):
            return
        left = rest


def _casual(text: str) -> bool:
    """Text typed without care for capitals ("hey its kim min-jun, ... Seoul 06234"):
    names in it may be lower case even where other words are capitalised."""
    return text[:1].islower() or " i " in text or " u " in text or " im " in text


# a run of two to four words in capitals ("CONSIGNEE: AMIT KUMAR SINGH", "ATTN DWAYNE
# WASHINGTON"); a charset-led regex: re skips to capitals in C, most fail at the second letter
_CAPS = re.compile(
    rf"[{_UP1}](?<![\w@.'’-][{_UP1}])[{_UP}'’-]+(?:[ ][{_UP}][{_UP}'’-]*){{1,4}}(?![\w@])"
)


def _caps_names(
    text: str,
    given: frozenset[str],
    surnames: frozenset[str],
    common: frozenset[str],
    taken: _Taken,
) -> list[tuple[int, int, float]]:
    """Names written in capitals: a known given name and a known surname (either order),
    no word a place's, organisation's or ordinary word; words around them that are
    neither (labels: "SHIP TO", "ATTN") are left out."""
    out: list[tuple[int, int, float]] = []
    for m in _CAPS.finditer(text):
        words = m.group(0).split(" ")
        keys = [_key(w) for w in words]
        pos = [m.start()]
        for w in words[:-1]:
            pos.append(pos[-1] + len(w) + 1)

        def known(k: str) -> bool:
            parts = k.split("-") if "-" in k else ()
            return (
                _given_key(k, given) or k in surnames or any(p in surnames for p in parts)
            ) and k not in common

        i, j = 0, len(keys)
        while i < j and not known(keys[i]):
            i += 1
        before = text[max(0, m.start() - 24) : pos[i] if i < j else m.start()].rstrip().lower()
        # after a label ("NAME: SVETLANA KUZNETSOVA"): one of them known is enough
        labelled = before.endswith((":", "attn", "attention", "to", "for"))
        while j > i and not known(keys[j - 1]) and not (labelled and j - i <= 3):
            if keys[j - 1] in _BLOCK and len(keys[j - 1]) > 1:
                i = j  # "JOHN F KENNEDY BLVD": a street's or firm's name
                break
            j -= 1
        if j - i < 2 or j - i > 4:
            continue
        ks = keys[i:j]
        if "-" in ks[-1] and ks[-1] not in surnames:  # "ADEBAYO-JOHNSON"
            ks[-1] = next((p for p in ks[-1].split("-") if p in surnames), ks[-1])
        if any(k in _BLOCK or k in _PLACES or k in _LEADERS or k in _TITLES for k in ks):
            continue
        first, last = ks[0], _surname_key(ks[-1], surnames)
        if not all(known(k) or len(k) == 1 for k in ks[1:-1]):
            continue
        if (
            (_given_key(first, given) and last in surnames and first not in common)
            or (first in surnames and _given_key(last, given) and len(last) > 1)
            or (labelled and (_given_key(first, given) or last in surnames))
        ):
            a, b = pos[i], pos[j - 1] + len(words[j - 1])
            if taken.free(a, b):
                out.append((a, b, 0.7))
                taken.add(a, b)
    return out


_NW_SIGN = rf"[{_UP}][a-zà-öø-ÿā-žạ-ỹ'’]+(?:[A-Z][a-zà-öø-ÿ]+)?(?:-[{_UP}]?[a-zà-öø-ÿā-žạ-ỹ'’]+)?"
# a name signing a message off at its end: "Cheers, Rhys", "Let him in please - Aaliyah",
# "Thanks!\nJi-ho": the last one or two words of the text (cut by str methods), then
# the cue right before them (a regex on ~30 characters)
_NAME_WORD = re.compile(_NW_SIGN)
_SIGN_CUE = re.compile(
    r"(?:(?<![^\W\d_])(?i:cheers|thanks|thank[ ]you|best|regards|best[ ]wishes|love|warmly|ta|"
    r"sincerely|yours|xo|xx|br)[ \t]*[,!.]?[ \t]*\n?[ \t]*|[ \t\n][-–—~][ \t]*)\Z"
)


def _sign_off(
    text: str,
    given: frozenset[str],
    surnames: frozenset[str],
    common: frozenset[str],
    taken: _Taken,
) -> list[tuple[int, int, float]]:
    b = len(text.rstrip(" \t\n.!"))
    if not b or not text[b - 1].isalpha():
        return []
    a = max(text.rfind(" ", 0, b), text.rfind("\n", 0, b), text.rfind("\t", 0, b)) + 1
    if not _NAME_WORD.fullmatch(text, a, b):
        return []  # the text does not end in a capitalised word: most texts
    starts = [a]
    if a > 1 and text[a - 1] == " ":  # a second name word before: "Euan MacLeod"
        a2 = max(text.rfind(" ", 0, a - 1), text.rfind("\n", 0, a - 1), text.rfind("\t", 0, a - 1))
        if _NAME_WORD.fullmatch(text, a2 + 1, a - 1):
            starts.insert(0, a2 + 1)
    own_line = starts[0] > 0 and text[starts[0] - 1] == "\n"  # a signature line: "\n\nBridget"
    for a in starts:
        if _SIGN_CUE.search(text, max(0, a - 24), a):
            break
    else:
        if not own_line:
            return []
        a = starts[0]
        k = _key(text[a:b].split(" ")[0])
        if not _given_key(k, given) or k in common:
            return []  # alone on the last line: only a known given name first
    words = text[a:b].split(" ")
    keys = [_key(w) for w in words]
    if any(
        k in common or k in _BLOCK or k in _LEADERS or k in _TITLES or k in _PLACES for k in keys
    ):
        return []
    if len(keys) == 1 and not _given_key(keys[0], given) and keys[0] not in surnames:  # noqa: SIM102
        if len(keys[0]) < 3:
            return []
    if not taken.free(a, b):
        return []
    taken.add(a, b)
    return [(a, b, 0.6)]


# endings that only surnames have (Slavic, Baltic, Balkan, Romanian, Greek, Turkish,
# Armenian, Georgian, Persian, Nordic, Kazakh): tested on the word as written ("Petrović",
# not "Atlantic"), at least six letters
_SURNAME_SHAPE = re.compile(
    r"(?<=\w{3})(?:enko|chuk|czyk|wicz|vich|ović|ević|vić|escu|poulos|opoulou|akis|idis|"
    r"oğlu|oglu|yan|zadeh|ssen|sson|ova|eva|ov|ev|ski|ska|skaya|shvili|dze|uly|kyzy|"
    r"ayev|iyev)(?:['’]s)?$"
)
_SHAPES = tuple(
    "enko chuk czyk wicz vich ović ević vić escu poulos opoulou akis idis oğlu oglu yan zadeh "  # noqa: SIM905
    "ssen sson ova eva ov ev ski ska skaya shvili dze uly kyzy ayev iyev 's ’s".split()
)
_FEMININE = ("ova", "eva", "ina", "ska", "cka", "zka")
# a title inside a run ("Bitte Frau Öztürk"): tested in C before any word is looked up
_TITLE_INSIDE = re.compile(
    r" (?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Madam|Dame|Lord|Lady|Herr|Frau|Mme|Mlle|Sr|Sra|Srta|"
    r"Don|Doña|Dott|Ing|Mag|Mgr)\.? "
)
# a thing named after a person: "the Ada Lovelace room", "the Harry Potter exhibit"
_THING_AFTER = re.compile(
    r"[ ](?:room|lab|laboratory|exhibit|exhibition|award|prize|medal|fellowship|scholarship|"
    r"lecture|building|wing|suite|hall|stadium|theorem|effect|principle|prize|trophy|cup|"
    r"franchise|movies?|films?|books?|novels?|series|fans?|brand|collection|institute|fund)\b"
)


def _on_own_line(text: str, a: int, b: int) -> bool:
    start = text.rfind("\n", 0, a) + 1
    stop = text.find("\n", b)
    return (
        not text[start:a].strip(" \t?*•>-")
        and not text[b : stop if stop != -1 else len(text)].strip()
    )


def _take_line(
    run: str,
    a: int,
    b: int,
    add: Callable[[int, int, float], None],
    plain: Callable[[str], bool],
) -> None:
    """A name on a line of its own: first a given name or last a surname."""
    given, surnames, common = _lists()
    words = run.split(" ")
    if not 2 <= len(words) <= 3:
        return
    keys = [_key(w) for w in words]
    if any(plain(k) or k in common for k in keys):
        return
    first, last = keys[0], keys[-1]
    if (first in given and (last in surnames or not words[-1].islower())) or (
        last in surnames and not words[0].islower()
    ):
        add(a, b, 0.6)
