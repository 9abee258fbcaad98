"""Unicode tricks: invisible and bidirectional control characters, homoglyphs.

- invisible: zero-width characters, word joiners, soft hyphens, BOMs, the tag block
  (U+E0000..U+E007F, used to smuggle ASCII no one sees) and variation selectors beyond
  the emoji ones. A zero-width joiner inside an emoji sequence is legitimate and kept.
- bidi: embedding, override and isolate controls (the "Trojan Source" trick).
- homoglyphs: words that mix Latin with look-alike Cyrillic/Greek letters, and
  fullwidth or mathematical letters that NFKC folds to ASCII.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "BIDI",
    "INVISIBLE",
    "CharsCheck",
    "astral",
    "class_members",
    "confusable_skeleton",
    "find_homoglyph_words",
    "find_invisible",
    "has_confusables",
    "latin1",
    "printable_but_breaks",
    "runs_of",
]

_BIDI_CLASS = "\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c"
_INVISIBLE_CLASS = (
    "\u200b-\u200d\u2060-\u2064\ufeff\u00ad\u180e\u034f\u115f\u1160\u3164\uffa0"
    "\U000e0000-\U000e007f\U000e0100-\U000e01ef\ufe00-\ufe0d"
)


def runs_of(char_class: str) -> re.Pattern[str]:
    """The runs of a class's characters: ``[c]+``, written ``[c][c]*`` (same matches).
    A pattern that starts with a class lets re skip in C to where one occurs; one that
    starts with a repeat (``[c]+``, ``x{2,}``) runs its matcher at every position."""
    return re.compile(f"[{char_class}][{char_class}]*")


BIDI = runs_of(_BIDI_CLASS)
INVISIBLE = runs_of(_INVISIBLE_CLASS)


def class_members(char_class: str) -> str:
    """The characters of a regex class written as single characters and ``a-b`` ranges."""
    out: list[str] = []
    i = 0
    while i < len(char_class):
        if i + 2 < len(char_class) and char_class[i + 1] == "-":
            out += map(chr, range(ord(char_class[i]), ord(char_class[i + 2]) + 1))
            i += 3
        else:
            out.append(char_class[i])
            i += 1
    return "".join(out)


# The scanners of one request ask these of the same text object several times (the
# invisible-text scanner twice, then the injection and PII scanners' normalisation): the
# last text each was asked about, and the answer, kept (a str is immutable, so the same
# object has the same answer; one tuple, swapped whole, is safe across threads).
_LAST_LATIN1: tuple[str, bool] = ("", True)
_LAST_ASTRAL: tuple[str, bool] = ("", False)
_LAST_PRINTABLE: tuple[str, bool] = ("", True)


def latin1(text: str) -> bool:
    """Whether every character of ``text`` is below U+0100 (one C pass, no regex)."""
    global _LAST_LATIN1
    last = _LAST_LATIN1
    if last[0] is text:
        return last[1]
    answer = len(text.encode("latin-1", "ignore")) == len(text)
    _LAST_LATIN1 = (text, answer)
    return answer


def astral(text: str) -> bool:
    """Whether ``text`` has a character beyond the BMP (above U+FFFF)."""
    global _LAST_ASTRAL
    last = _LAST_ASTRAL
    if last[0] is text:
        return last[1]
    answer = len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)
    _LAST_ASTRAL = (text, answer)
    return answer


def printable_but_breaks(text: str) -> bool:
    """Whether every character of ``text`` is printable (``str.isprintable``) or a line
    break or tab: then it has no control, format (Cf), separator or unassigned character,
    a check that runs in C several times faster than a regex character class."""
    global _LAST_PRINTABLE
    last = _LAST_PRINTABLE
    if last[0] is text:
        return last[1]
    answer = text.replace("\n", "").replace("\t", "").replace("\r", "").isprintable()
    _LAST_PRINTABLE = (text, answer)
    return answer


class CharsCheck:
    """Whether a text may hold one of ``chars`` (a regex class's members), told mostly
    without a regex (a character class tried at every position): a text of Latin-1
    characters can hold only the members below U+0100; a printable one (but for line
    breaks) only the printable members; any other only those of its planes, each looked
    for with ``in`` (a C scan) when there are few enough. False means none is there."""

    __slots__ = ("any_astral", "ascii", "astral_printable", "bmp", "last", "latin1", "printable")

    def __init__(self, chars: str) -> None:
        self.ascii = tuple(ch for ch in chars if ch.isascii())
        self.latin1 = tuple(ch for ch in chars if ord(ch) < 0x100)
        printable = [ch for ch in chars if ch.isprintable()]
        self.printable = tuple(ch for ch in printable if ord(ch) <= 0xFFFF)
        self.astral_printable = any(ord(ch) > 0xFFFF for ch in printable)
        bmp = tuple(ch for ch in chars if ord(ch) <= 0xFFFF)
        self.bmp = bmp if len(bmp) <= 64 else None  # else the regex is as fast
        self.any_astral = any(ord(ch) > 0xFFFF for ch in chars)
        self.last: tuple[str, bool] = ("", False)  # the last text asked about, and the answer

    def __call__(self, text: str) -> bool:
        last = self.last
        if last[0] is text:
            return last[1]
        answer = self._check(text)
        self.last = (text, answer)
        return answer

    def _check(self, text: str) -> bool:
        if text.isascii():
            return any(ch in text for ch in self.ascii)
        if latin1(text):
            return any(ch in text for ch in self.latin1)
        if printable_but_breaks(text):
            return any(ch in text for ch in self.printable) or (
                self.astral_printable and astral(text)
            )
        if self.bmp is None or (self.any_astral and astral(text)):
            return True
        return any(ch in text for ch in self.bmp)


_MAY_BE_INVISIBLE = CharsCheck(class_members(_INVISIBLE_CLASS))
_MAY_BE_BIDI = CharsCheck(class_members(_BIDI_CLASS))
_EMOJI_ZWJ = re.compile(
    "(?<=[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f])\u200d(?=[\u2600-\u27bf\U0001f000-\U0001faff])"
)
_FLAG_TAGS = re.compile("(?<=\U0001f3f4)[\U000e0020-\U000e007e]+\U000e007f")

# Look-alikes of Latin letters in Cyrillic, Greek and other scripts (Unicode confusables).
_CONFUSABLES: dict[str, str] = {
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "һ": "h",
    "ԁ": "d", "ԛ": "q", "ԝ": "w", "ɡ": "g", "ո": "n", "ս": "u", "օ": "o",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "У": "Y", "Х": "X", "Ѕ": "S", "І": "I", "Ј": "J",
    "α": "a", "ο": "o", "ρ": "p", "ν": "v", "τ": "t", "ι": "i", "κ": "k", "υ": "u",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
    "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    "ı": "i", "ℓ": "l", "Ꭺ": "A", "Ᏼ": "B", "Ꮯ": "C", "Ꭼ": "E", "Ꮋ": "H", "Ꮶ": "K",
}  # fmt: skip
_CONFUSABLE_TABLE = str.maketrans(_CONFUSABLES)
_ANY_CONFUSABLE = re.compile("[" + "".join(_CONFUSABLES) + "]")
_CONFUSABLES_ABOVE_LATIN1 = min(map(ord, _CONFUSABLES)) > 0xFF


def has_confusables(text: str) -> bool:
    """Whether ``text`` holds any letter that looks Latin but is not (a cheap pre-check)."""
    if text.isascii() or (_CONFUSABLES_ABOVE_LATIN1 and latin1(text)):
        return False
    return _ANY_CONFUSABLE.search(text) is not None


_NON_ASCII = runs_of("^\x00-\x7f")
_ASCII_LETTER = re.compile("[A-Za-z]")


def _legit(text: str, start: int, end: int) -> bool:
    if text[start:end] == "\u200d":
        return _EMOJI_ZWJ.match(text, start) is not None
    m = _FLAG_TAGS.match(text, start)
    return m is not None and m.end() == end


def find_invisible(text: str) -> list[tuple[str, int, int]]:
    """(kind, start, end) runs of invisible (``invisible``/``tag_smuggling``) and bidi
    (``bidi_control``) characters."""
    if text.isascii():
        return []
    out: list[tuple[str, int, int]] = []
    for m in INVISIBLE.finditer(text) if _MAY_BE_INVISIBLE(text) else ():
        if _legit(text, m.start(), m.end()):
            continue
        tags = any(0xE0000 <= ord(ch) <= 0xE007F for ch in m.group(0))
        out.append(("tag_smuggling" if tags else "invisible", m.start(), m.end()))
    for m in BIDI.finditer(text) if _MAY_BE_BIDI(text) else ():
        out.append(("bidi_control", m.start(), m.end()))
    return out


def confusable_skeleton(word: str) -> str:
    """ASCII look of ``word``: NFKC (fullwidth, math letters) then Latin look-alikes."""
    return unicodedata.normalize("NFKC", word).translate(_CONFUSABLE_TABLE)


def _script_mix(word: str) -> bool:
    latin = other = False
    for ch in word:
        if ch.isascii():
            latin = latin or ch.isalpha()
        elif ch in _CONFUSABLES:
            other = True
        elif ch.isalpha():
            return False  # a real word of another script (or a mixed one) is not a trick
    return latin and other


def _non_ascii_words(text: str) -> list[tuple[int, int]]:
    """Spans of the words holding a non-ASCII character (found from those characters)."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    for m in _NON_ASCII.finditer(text):
        start, end = m.start(), m.end()
        if spans and start < spans[-1][1]:
            continue
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
            start -= 1
        while end < n and (text[end].isalnum() or text[end] == "_"):
            end += 1
        spans.append((start, end))
    return spans


def find_homoglyph_words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, skeleton) of words that hide Latin letters behind look-alikes."""
    if text.isascii():
        return []
    out: list[tuple[int, int, str]] = []
    for start, end in _non_ascii_words(text):
        word = text[start:end]
        if not word or not any(ch.isalpha() for ch in word):
            continue
        # (quick checks first: most words of other scripts are NFKC already and hold no
        # ASCII letter, so neither can apply)
        folded = word
        if not unicodedata.is_normalized("NFKC", word):
            folded = unicodedata.normalize("NFKC", word)
        if folded != word and folded.isascii():
            out.append((start, end, folded))  # fullwidth / mathematical letters
        elif _ASCII_LETTER.search(word) is not None and _script_mix(word):
            out.append((start, end, word.translate(_CONFUSABLE_TABLE)))
    return out
