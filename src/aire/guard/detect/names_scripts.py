"""Person names in non-Latin scripts: Chinese, Japanese, Korean, Cyrillic, Greek, Arabic,
Persian, Hebrew and Hindi (Devanagari).

Han and Hangul text (``names_scripts_cjk``) has no capitals and no word breaks, so a
name is only taken where the text announces one: a label, an honorific or a
self-introduction, and the candidate has a name's shape (a known surname, then given-name
characters). Cyrillic and Greek names are runs of capitalised words holding a known given
name (inflected forms too: "Олени", "Дмитрию") next to a surname ending ("-енко", "-ов",
"-όπουλος") or after a title ("пан", "κ."). Arabic, Persian, Hebrew and Hindi names start
at a known given name and go on over particles ("بن", "عبد", "آل"), other given names,
nisba surnames ("الحربي") and known surnames; a lone given name needs a title or label
("السيد", "آقای", "श्री"). Lists: ``names_scripts_data`` (written for aire from general knowledge).

Cost: text of ASCII or Latin-1 characters is told apart by ``str.isascii`` / ``latin1``
(no regex); any other text by one regex search for a character of these scripts, then a
search per script from there and the cue regexes in C; Python looks only at their hits
(Arabic, Hebrew, Hindi: the words near a known given name). ``find_person_spans`` is
``names.find_person_spans`` plus these: ``pii`` imports it from here (the hook).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator

from aire.guard.detect import names_scripts_data as _d
from aire.guard.detect.names import find_person_spans as _latin_person_spans
from aire.guard.detect.names import name_line_before
from aire.guard.detect.names_more2 import more_person_spans
from aire.guard.detect.names_scripts_cjk import (
    HAN as _HAN,
)
from aire.guard.detect.names_scripts_cjk import (
    HANGUL as _HANGUL,
)
from aire.guard.detect.names_scripts_cjk import (
    IS_HAN as _IS_HAN,
)
from aire.guard.detect.names_scripts_cjk import (
    IS_HANGUL as _IS_HANGUL,
)
from aire.guard.detect.names_scripts_cjk import (
    IS_KANA as _IS_KANA,
)
from aire.guard.detect.names_scripts_cjk import (
    KANA as _KANA,
)
from aire.guard.detect.names_scripts_cjk import (
    Span,
)
from aire.guard.detect.names_scripts_cjk import (
    ja as _ja,
)
from aire.guard.detect.names_scripts_cjk import (
    ko as _ko,
)
from aire.guard.detect.names_scripts_cjk import (
    words as _words,
)
from aire.guard.detect.names_scripts_cjk import (
    zh as _zh,
)
from aire.guard.detect.unicode import latin1

__all__ = ["find_person_spans", "name_line_before", "script_person_spans"]

_CYR = "\u0400-\u04ff"
_GREEK = "\u0370-\u03ff\u1f00-\u1fff"
_ARABIC = "\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u064b-\u065f\u0640"
_HEBREW = "\u05d0-\u05ea"
_DEVA = "\u0900-\u0963\u0971-\u097f"
_GATE = re.compile(f"[{_HAN}{_KANA}{_HANGUL}{_CYR}{_GREEK}{_ARABIC}{_HEBREW}{_DEVA}]")


def find_person_spans(text: str, *, cued: bool = True) -> list[Span]:
    """``names.find_person_spans`` (Latin script) plus the names of other scripts that do
    not overlap them."""
    spans = more_person_spans(text, _latin_person_spans(text, cued=cued), cued)  # pii12 families
    if text.isascii() or latin1(text):
        return spans
    more = script_person_spans(text)
    if not more:
        return spans
    taken = sorted((a, b) for a, b, _ in spans)
    starts = [a for a, _ in taken]
    reach = list(itertools.accumulate((b for _, b in taken), max))  # max end so far
    for a, b, s in more:
        k = bisect.bisect_left(starts, b)  # the Latin spans that start before this one ends
        if k == 0 or reach[k - 1] <= a:
            spans.append((a, b, s))
    return spans


def script_person_spans(text: str) -> list[Span]:
    """(start, end, score) of the person names of non-Latin scripts in ``text``."""
    if text.isascii() or latin1(text):
        return []
    first = _GATE.search(text)
    if not first:
        return []
    at = first.start()  # the searches below start at the first letter of these scripts
    found: list[Span] = []
    if _CJK.search(text, at):
        kana = _IS_KANA.search(text, at) is not None
        if kana or "様" in text or ":" in text or "：" in text:
            found.extend(_ja(text))
        if not kana and _IS_HAN.search(text, at):
            found.extend(_zh(text))
        if _IS_HANGUL.search(text, at):
            found.extend(_ko(text))
    if _OTHERS.search(text, at):
        for present, finder in _FINDERS:
            if present.search(text, at):
                found.extend(finder(text))
    if len(found) < 2:
        return found
    # overlapping candidates: the longer one wins (sorted by start, a sweep)
    found.sort()
    kept = [found[0]]
    for span in found[1:]:
        last = kept[-1]
        if span[0] >= last[1]:
            kept.append(span)
        elif span[1] - span[0] > last[1] - last[0]:
            kept[-1] = span
    return kept


# --- Cyrillic and Greek: capitalised words ----------------------------------------------


@functools.lru_cache(maxsize=4096)
def _fold(word: str) -> str:
    """Lower case, without accents, final sigma as sigma (Greek keys)."""
    nfd = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in nfd if not unicodedata.combining(c)).replace("ς", "σ")


_CYR_GIVEN = _words(_d.CYR_GIVEN)
_CYR_WEAK = _words(
    "Вера Надежда Любовь Роман Лев Марк Ева Дана Слава Надія Віра Любов Ана Лука Злата Кира"
)
_CYR_ENDINGS = tuple(_words(_d.CYR_SURNAME_ENDINGS))
_CYR_PATRONYMIC = ("вич", "вна", "ична", "івна", "ївна", "ович", "евич", "ұлы", "қызы")
_CYR_CUES = _words(_d.CYR_CUES)
# a surname before the given name ("Коваленко Олена"): only the endings common nouns lack
_CYR_FIRST_ENDINGS = tuple(
    _words("енко єнко ук юк чук ов ова ев ева ёв ский ская ський ська цкий цкая вич ић")
)
_CYR_CASES = (
    ("ы", "а"), ("и", "а"), ("е", "а"), ("у", "а"), ("ой", "а"), ("ою", "а"), ("і", "а"),
    ("ей", "я"), ("и", "я"), ("ю", "я"), ("е", "я"), ("і", "я"), ("ию", "ий"), ("ия", "ий"),
    ("ием", "ий"), ("ии", "ия"), ("ию", "ия"), ("ией", "ия"), ("а", ""), ("у", ""), ("ом", ""),
    ("е", ""), ("ем", ""), ("ові", ""), ("ові", "о"), ("а", "о"), ("у", "о"), ("я", "ь"),
    ("ю", "ь"), ("ем", "ь"), ("я", "й"), ("ю", "й"), ("ем", "й"), ("ії", "ія"), ("ію", "ія"),
    ("ія", "ій"), ("ію", "ій"), ("ієм", "ій"), ("ю", "о"), ("ові", "а"),
)  # fmt: skip
_CYR_UP, _CYR_LOW = "А-ЯЁЄІЇҐЂЈЉЊЋЏӘҒҚҢӨҰҮҺ", "а-яёєіїґђјљњћџәғқңөұүһ"
_CYR_WORD = f"[{_CYR_UP}][{_CYR_LOW}'’ʼ]+(?:-[{_CYR_UP}][{_CYR_LOW}]+)?"
_CYR_RUN = re.compile(f"{_CYR_WORD}(?:[ \t]+{_CYR_WORD})*")


@functools.lru_cache(maxsize=4096)
def _cyr_given(word: str) -> bool:
    if word in _CYR_GIVEN:
        return True
    return any(
        word.endswith(end) and word[: -len(end)] + repl in _CYR_GIVEN
        for end, repl in _CYR_CASES
        if len(word) > len(end) + 2
    )


@functools.lru_cache(maxsize=8192)
def _cyr_surname(word: str) -> bool:
    low = word.lower()
    return len(low) >= 4 and low.endswith(_CYR_ENDINGS)


_EL_GIVEN = frozenset(_fold(w) for w in _d.EL_GIVEN.split())
_EL_ENDINGS = tuple(_fold(w) for w in _d.EL_SURNAME_ENDINGS.split())
_EL_CUES = frozenset(_fold(w) for w in _d.EL_CUES.split())
_EL_WORD = "[Α-ΩΆΈΉΊΌΎΏΪΫ][α-ωάέήίόύώϊϋΐΰς]+(?:-[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]+)?"
_EL_RUN = re.compile(f"{_EL_WORD}(?:[ \t]+{_EL_WORD})*")


@functools.lru_cache(maxsize=4096)
def _el_given(word: str) -> bool:
    k = _fold(word)
    forms = (k, k + "σ", k[:-2] + "οσ", k[:-1], k[:-2] + "ησ", k[:-1] + "σ")
    return any(f in _EL_GIVEN for f in forms)


@functools.lru_cache(maxsize=8192)
def _el_surname(word: str) -> bool:
    k = _fold(word)
    return len(k) >= 5 and k.endswith(_EL_ENDINGS)


_NONSPACE = re.compile(r"\S+")


def _capitalised(
    text: str,
    run: re.Pattern[str],
    given: Callable[[str], bool],
    surname: Callable[[str], bool],
    cued: Callable[[str], bool],
    weak: frozenset[str],
    not_after: frozenset[str],
    surname_first: bool,
) -> Iterator[Span]:
    for m in run.finditer(text):
        word = m.group(0)
        if " " not in word and "\t" not in word and not (given(word) or surname(word)):
            continue  # one capitalised word (most runs: sentence starts), no name word
        toks: list[tuple[int, int, str]] = []
        for t in _NONSPACE.finditer(m.group(0)):
            toks.append((m.start() + t.start(), m.start() + t.end(), t.group(0)))
        before = text[max(0, m.start() - 12) : m.start()].split()
        cue = bool(before) and cued(before[-1].rstrip(":：,"))
        after_block = bool(before) and before[-1] in not_after
        i = 0
        while i < len(toks):
            w = toks[i][2]
            if (toks[i - 1][2] if i else "") in not_after or (i == 0 and after_block):
                i += 1
                continue  # "Άγιος Νικόλαος", "Святой Николай": a saint, a place
            if given(w):
                a, b = i, i + 1
                if (
                    surname_first
                    and i
                    and toks[i - 1][2].lower().endswith(_CYR_FIRST_ENDINGS)
                    and not given(toks[i - 1][2])
                ):
                    a = i - 1  # "Коваленко Олена", "Иванов Иван Иванович"
                nxt = toks[b][2] if b < len(toks) else ""
                if nxt and (surname(nxt) or given(nxt) or (w not in weak and len(toks) - b == 1)):
                    b += 1
                    if b < len(toks) and surname(toks[b][2]):
                        b += 1
                if b - a >= 2 or (cue and i == 0):
                    yield (toks[a][0], toks[b - 1][1], 0.7 if b - a >= 2 else 0.5)
                i = b
                continue
            if i == 0 and cue and surname(w):  # "пан Коваленко", "κ. Παπαδόπουλος"
                yield (toks[0][0], toks[0][1], 0.5)
            i += 1


def _cyr(text: str) -> Iterator[Span]:
    return _capitalised(
        text,
        _CYR_RUN,
        _cyr_given,
        _cyr_surname,
        lambda w: w in _CYR_CUES or w.lower() in _CYR_CUES,
        _CYR_WEAK,
        _words(
            "Святой Святого Святая Святой Святителя Св. Свети Света Свети Святий Свята Преподобный"
        ),
        True,
    )


def _el(text: str) -> Iterator[Span]:
    return _capitalised(
        text,
        _EL_RUN,
        _el_given,
        _el_surname,
        lambda w: _fold(w) in _EL_CUES,
        frozenset(),
        _words("Άγιος Αγίου Άγιο Αγία Αγίας Άγια Αγ. Σάντα Σαντα Σαν Όσιος Οσίου"),
        False,
    )


# --- Arabic, Persian, Hebrew, Hindi: known given names, then what continues a name ---------

# alef forms, Persian yeh and kaf folded; alef maksura kept ("على" is "on", "علي" is Ali)
_AR_FOLD_1 = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ی": "ي", "ک": "ك", "ة": "ه"}
_AR_FOLD = str.maketrans({**_AR_FOLD_1, "ـ": None})
_AR_MARKS = re.compile("[\u064b-\u065f\u0670]")


@functools.lru_cache(maxsize=8192)
def _ar_key(word: str) -> str:
    return _AR_MARKS.sub("", word).translate(_AR_FOLD)


_AR_GIVEN = frozenset(_ar_key(w) for w in _d.AR_GIVEN.split())
_AR_WEAK = frozenset(_ar_key(w) for w in _d.AR_WEAK.split())
_AR_PARTICLES = frozenset(_ar_key(w) for w in _d.AR_PARTICLES.split())
_AR_SURNAMES = frozenset(_ar_key(w) for w in _d.AR_SURNAMES.split())
_AR_NAME_WORDS = frozenset(_ar_key(w) for w in _d.AR_NAME_WORDS.split())
_AR_LABELS = frozenset(_ar_key(w) for w in _d.AR_LABELS.split())
_AR_STOP = frozenset(_ar_key(w) for w in _d.AR_STOP.split())
_AR_NOT_AFTER = frozenset(_ar_key(w) for w in _d.AR_NOT_AFTER.split())
_AR_PARTS = re.compile(f"[{_ARABIC}]+|[^{_ARABIC}]+")
_AR_WANTED = _AR_GIVEN | {"عبد"}
_AR_SPELLINGS = {"ا": "اأإآ", "ي": "يی", "ك": "كک", "ه": "هة"}


def _spellings(key: str) -> set[str]:
    out = {""}
    for ch in key:
        out = {w + c for w in out for c in _AR_SPELLINGS.get(ch, ch)}
        if len(out) > 256:
            return {key}
    return out


_AR_WANTED_RAW = frozenset(w for k in _AR_WANTED for w in _spellings(k))
_AR_TOKEN = re.compile(f"[{_ARABIC}]+")


def _ar_continues(tok: str, raw: str) -> bool:
    if tok in _AR_STOP:
        return False
    if tok in _AR_GIVEN or tok in _AR_SURNAMES or tok in _AR_NAME_WORDS:
        return True
    if tok.startswith("ال") and tok.endswith("ي") and len(tok) >= 5:
        return True  # a nisba: "الحربي", "القحطاني"
    # Persian surnames: "-زاده", "-پور", "-نیا", or "-ی" written with the Persian yeh
    return (
        len(raw) >= 4
        and raw.endswith(("زاده", "پور", "نیا", "یی", "ی"))
        and not raw.startswith("ال")
    )


Token = tuple[int, int, str, str]  # start, end, key, the word as written


def _token_regions(
    text: str,
    parts_rx: re.Pattern[str],
    token_rx: re.Pattern[str],
    key: Callable[[str], str] | None,
    wanted: Callable[[str], bool],
    before: int,
    after: int,
) -> Iterator[list[Token]]:
    """Runs of tokens around the tokens ``wanted`` says yes to (given names).

    ``parts_rx`` matches words and the runs between them (complementary classes, so the
    two alternate): one ``findall`` and running sums of the lengths give every word's
    offsets in C; Python builds tuples only near a wanted word, not for every word."""
    parts = parts_rx.findall(text)
    if not parts:
        return
    k = 0 if token_rx.match(parts[0]) else 1
    words = parts[k::2]
    keys = [key(w) for w in words] if key else words
    hits = [i for i, w in enumerate(keys) if wanted(w)]
    if not hits:
        return
    ends = list(itertools.accumulate(map(len, parts)))[k::2]
    regions: list[tuple[int, int]] = []
    for i in hits:
        a, b = max(0, i - before), min(len(words), i + after)
        if regions and a <= regions[-1][1]:
            regions[-1] = (regions[-1][0], b)
        else:
            regions.append((a, b))
    for a, b in regions:
        yield [(ends[i] - len(words[i]), ends[i], keys[i], words[i]) for i in range(a, b)]


def _ar(text: str) -> Iterator[Span]:
    # given names are looked up as written (all their spellings are in _AR_WANTED_RAW);
    # only a text with marks or tatweel has each word folded first
    slow = "ـ" in text or _AR_MARKS.search(text) is not None
    key, wanted = (
        (_ar_key, _AR_WANTED.__contains__) if slow else (None, _AR_WANTED_RAW.__contains__)
    )
    for toks in _token_regions(text, _AR_PARTS, _AR_TOKEN, key, wanted, 3, 8):
        yield from _ar_region(text, [(a, b, _ar_key(w), w) for a, b, _, w in toks])


def _ar_region(text: str, toks: list[Token]) -> Iterator[Span]:
    i = 0
    while i < len(toks):
        k = toks[i][2]
        if k not in _AR_GIVEN and not (k == "عبد" and i + 1 < len(toks)):
            i += 1
            continue
        prev = toks[i - 1] if i else None
        if prev and prev[2] in _AR_NOT_AFTER:  # "مطار الملك خالد", "شارع الملك عبد العزيز"
            i += 1
            continue
        gap_before = text[prev[1] : toks[i][0]] if prev else ""
        cue = (
            bool(prev)
            and prev is not None
            and prev[2] in _AR_LABELS
            and gap_before.strip(" :：\t") == ""
        )
        if (
            not cue
            and i >= 2
            and toks[i - 2][2] == "اسم"
            and gap_before.strip(" \t") in (":", "：")
        ):
            cue = True  # "اسم المتقدم: ..."
        j = i + 1 if k != "عبد" else i + 2
        strong_next = False
        while j < len(toks) and j - i < 6 and text[toks[j - 1][1] : toks[j][0]].strip(" \t") == "":
            t, raw = toks[j][2], toks[j][3]
            if t in _AR_PARTICLES and j + 1 < len(toks):
                j, strong_next = j + 2, True
            elif _ar_continues(t, raw):
                strong_next = (
                    strong_next or t in _AR_GIVEN or t in _AR_SURNAMES or t.startswith("ال")
                )
                j += 1
            else:
                break
        n = j - i
        if (
            k in _AR_WEAK
            and not cue
            and not (n >= 2 and strong_next and toks[i + 1][2] not in _AR_NAME_WORDS)
        ):
            i = j
            continue
        if n >= 2 or cue:
            yield (toks[i][0], toks[j - 1][1], 0.7 if n >= 2 else 0.5)
        i = j


def _listed(
    letters: str, given: frozenset[str], surnames: frozenset[str], cues: frozenset[str]
) -> Callable[[str], Iterator[Span]]:
    token = re.compile(f"[{letters}]+")
    parts = re.compile(f"[{letters}]+|[^{letters}]+")

    def find(text: str) -> Iterator[Span]:
        for run in _token_regions(text, parts, token, None, given.__contains__, 2, 4):
            yield from region(text, run)

    def region(text: str, toks: list[Token]) -> Iterator[Span]:
        for i, (a, _, w, _) in enumerate(toks):
            if w not in given:
                continue
            prev = toks[i - 1][2].rstrip(":") if i else ""
            near = i and text[toks[i - 1][1] : a].strip(" :\t") == ""
            j = i + 1
            while j < len(toks) and j - i < 3 and (toks[j][2] in surnames or toks[j][2] in given):
                if text[toks[j - 1][1] : toks[j][0]].strip(" \t"):
                    break
                j += 1
            if j - i >= 2 or (near and prev in cues):
                yield (a, toks[j - 1][1], 0.7 if j - i >= 2 else 0.5)

    return find


_HE = _listed(
    f"{_HEBREW}'\"׳״-",
    _words(_d.HE_GIVEN),
    _words(_d.HE_SURNAMES),
    _words(_d.HE_CUES),
)
_HI = _listed(
    f"{_DEVA}\u093c.",
    _words(_d.HI_GIVEN),
    _words(_d.HI_SURNAMES),
    _words(_d.HI_CUES),
)

_CJK = re.compile(f"[{_HAN}{_KANA}{_HANGUL}]")
_OTHERS = re.compile(f"[{_CYR}{_GREEK}{_ARABIC}{_HEBREW}{_DEVA}]")
_FINDERS: tuple[tuple[re.Pattern[str], Callable[[str], Iterator[Span]]], ...] = (
    (re.compile(f"[{_CYR}]"), _cyr),
    (re.compile(f"[{_GREEK}]"), _el),
    (re.compile(f"[{_ARABIC}]"), _ar),
    (re.compile(f"[{_HEBREW}]"), _HE),
    (re.compile(f"[{_DEVA}]"), _HI),
)
