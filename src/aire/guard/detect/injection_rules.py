"""Rules for prompt injection the training data underrepresents.

The classifier learns from chat prompts; these rules cover what it rarely saw:
instructions planted in documents and tool output (role markers, notes "to the AI",
exfiltration links), encodings (base64, hex, leetspeak, spaced letters) and the classic
override phrases in other languages. Each rule has a weight; the rule score of a text is
the highest weight that matched.

The rules themselves are the table in ``injection_patterns``.

Speed: a rule is a set of lead words and a pattern that starts with one of them. The text
is lower-cased once, each lead is found with ``str.find`` and the pattern is only tried,
anchored, where a lead occurs. A 2 KB prompt costs tens of microseconds, not a regex
alternation tried at every position.
"""

from __future__ import annotations

import base64
import binascii
import functools
import re

from aire.guard.detect.injection_address import address_hits
from aire.guard.detect.injection_patterns import COMBINED, PERSONA, RULES
from aire.guard.detect.unicode import runs_of

__all__ = ["COMBINED", "PERSONA", "RuleHit", "rule_hits", "rule_score"]

RuleHit = tuple[str, float, int, int]  # (rule kind, weight, start, end)


# A lead is a whole word, unless it ends with "*" (a prefix) or is not plain ASCII letters
# (then it is looked for as a substring). "do>not": the lead "do", only tried when the
# text also has the word "not" (which the pattern needs): "do" is everywhere.
# (text, is a whole ASCII word, words the pattern needs: one of them, if any)
_Lead = tuple[str, bool, frozenset[str]]


def _lead(spec: str) -> _Lead:
    text, _, need = spec.partition(">")
    return (
        text.rstrip("*"),
        not text.endswith("*") and text.isascii() and text.isalpha(),
        frozenset(need.split(",")) if need else frozenset(),
    )


_Rule = tuple[str, float, tuple[_Lead, ...], re.Pattern[str]]
_COMPILED: tuple[_Rule, ...] = tuple(
    (kind, weight, tuple(_lead(lead) for lead in leads.split()), re.compile(rx))
    for kind, weight, leads, rx in RULES
)
# Per rule, what must be in a text before its leads are looked at one by one: its
# whole-word leads (one set intersection per text finds the rules any of them starts) and
# its substring leads, ASCII ones and others (skipped at once in an ASCII text).
_PREFILTER: tuple[tuple[frozenset[str], tuple[str, ...], tuple[str, ...]], ...] = tuple(
    (
        frozenset(lead for lead, whole, _ in rule[2] if whole),
        tuple(lead for lead, whole, _ in rule[2] if not whole and lead.isascii()),
        tuple(lead for lead, whole, _ in rule[2] if not whole and not lead.isascii()),
    )
    for rule in _COMPILED
)
_ALL_WHOLE = frozenset().union(*(p[0] for p in _PREFILTER))
# Weak cues (weight PERSONA) only count as the second cue of a combination: they are
# searched only in a text that already has a real one (see _combined), not in every text.
_LAZY: tuple[int, ...] = tuple(i for i, rule in enumerate(_COMPILED) if rule[1] == PERSONA)


_Places = tuple[tuple[int, int], ...]  # (rule, the lead's place in the rule's leads)
_Subs = tuple[tuple[str, _Places], ...]  # (lead, the rules it starts)


class _Index:
    """The rules of some kinds, indexed by lead: a text's candidate rules, and which of
    their leads it holds, come from one pass over its lead words and a few substring
    scans, not from a check of every lead of every rule (the other-language rules cost
    nothing on English text; a rule has up to 40 leads, a text holds a few)."""

    __slots__ = ("ascii_subs", "by_word", "other_subs", "whole")

    def __init__(self, kinds: str | tuple[str, ...]) -> None:
        keep = [
            i
            for i, rule in enumerate(_COMPILED)
            if i not in _LAZY and (not kinds or rule[0].startswith(kinds))
        ]
        self.whole = frozenset().union(*(_PREFILTER[i][0] for i in keep))
        # (lead, whether a whole-word lead) -> where it stands in the leads of these rules
        places: dict[tuple[str, bool], list[tuple[int, int]]] = {}
        for i in keep:
            for k, (lead, whole, _) in enumerate(_COMPILED[i][2]):
                places.setdefault((lead, whole), []).append((i, k))
        self.by_word: dict[str, _Places] = {w: tuple(places[w, True]) for w in self.whole}
        # each ASCII substring lead once, with the rules it starts, in groups that share a
        # substring looked for first ("<" for "<|" and "<!--", "ignor" for "ignore" and
        # "ignoruj"): a text without it skips the group
        subs = sorted({lead for i in keep for lead in _PREFILTER[i][1]})
        groups: dict[str, list[tuple[str, _Places]]] = {}
        for lead in subs:
            groups.setdefault(_gate(lead, subs), []).append((lead, tuple(places[lead, False])))
        self.ascii_subs: tuple[tuple[str, _Subs], ...] = tuple(
            (gate, tuple(group)) for gate, group in groups.items()
        )
        # each non-ASCII lead under its first non-ASCII character: a text holds the lead
        # only if it holds that character, and most texts hold few such characters
        by_char: dict[str, dict[str, _Places]] = {}
        for i in keep:
            for lead in _PREFILTER[i][2]:
                first = next(ch for ch in lead if not ch.isascii())
                by_char.setdefault(first, {})[lead] = tuple(places[lead, False])
        self.other_subs: dict[str, _Subs] = {
            ch: tuple(leads.items()) for ch, leads in by_char.items()
        }


def _gate(lead: str, leads: list[str]) -> str:
    """What a text must hold before ``lead`` is looked for: its first character that is
    not a lower-case letter, else its first five letters if another lead starts with
    them, else nothing ("")."""
    other = next((ch for ch in lead if not "a" <= ch <= "z"), "")
    if other:
        return other
    head = lead[:5]
    return head if len(head) == 5 and sum(x.startswith(head) for x in leads) > 1 else ""


@functools.cache
def _index(kinds: str | tuple[str, ...]) -> _Index:
    return _Index(kinds)


_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_NON_ASCII = runs_of("^\x00-\x7f")
# bytes.translate table: ASCII letters kept, every other byte a space
_LETTERS_ONLY = bytes(b if 97 <= b <= 122 else 32 for b in range(256))


def _tokens(low: str) -> list[str]:
    """``_WORD.findall(low)`` (the runs of a-z), twice as fast: every other character
    becomes a space (non-ASCII ones through ``?``) in bytes, then the text is split."""
    data = low.encode("ascii") if low.isascii() else low.encode("ascii", "replace")
    return data.translate(_LETTERS_ONLY).decode("ascii").split()


_LETTERS_AS_A = bytes(97 if 97 <= b <= 122 else b for b in range(256))
_FIVE_SINGLES = b" a a a a a "  # five one-letter words in a row, in that shape
_WORD = re.compile(r"[a-z]+")
_LINE_START = frozenset({"role_marker"})  # "system:" counts only at the start of a line

_B64 = re.compile(r"[A-Za-z0-9+/]{24,}={0,2}")  # finditer yields maximal runs
_HEX = re.compile(r"[0-9a-fA-F][0-9a-fA-F](?: ?[0-9a-fA-F]{2}){15,}")  # a charset first: fast
_LEET_WORD = re.compile(r"[a-z][0-9@$!|]+[a-z]")  # searched in lower-cased text
_LEET_RUN_SHAPE = re.compile(rb"11*a")  # in _LEET_SHAPE: digits or symbols, then a letter
_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
# bytes.translate tables (texts are encoded to ASCII, "?" for any other character):
# lower-case letters -> "a", the digits and symbols of leetspeak -> "1", others -> " "
_LEET_SHAPE = bytes(
    97 if 97 <= b <= 122 else 49 if chr(b) in "0123456789@$!|" else 32 for b in range(256)
)
# white space (as str.split sees it) -> " ", anything else -> "a"
_SPACE = frozenset(b for b in range(128) if chr(b).isspace())
_NON_SPACE_SHAPE = bytes(32 if b in _SPACE else 97 for b in range(256))
# white space and "?" (maybe a character that is not ASCII) -> " ", hex digits -> "h"
_HEX_SHAPE = bytes(
    32 if b in _SPACE or b == 63 else 104 if chr(b) in "0123456789abcdefABCDEF" else 97
    for b in range(256)
)
# hex digits and spaces -> "h", anything else -> "x"
_HEX_RUN_SHAPE = bytes(104 if chr(b) in "0123456789abcdefABCDEF " else 120 for b in range(256))


def _may_hide_encoded(text: str) -> bool:
    """False when ``_decoded_segments`` would find nothing for want of a token of 24
    characters or more and of 16 tokens that are hex pairs (one bytes search and one
    count, in C, instead of splitting the text). Most texts get False."""
    data = text.encode("ascii", "replace")
    if b"a" * 24 in data.translate(_NON_SPACE_SHAPE):
        return True
    # each hex-pair token shows as " hh "; count() does not overlap, so of pairs in a row
    # (" hh hh hh ") it finds every other one: 16 pairs show at least 8 times
    return (b" " + data.translate(_HEX_SHAPE) + b" ").count(b" hh ") >= 8


def _leet_words(low: str, need: int = 2) -> bool:
    """Whether ``_LEET_WORD.findall(low)`` has ``need`` matches, found from the runs of
    digits and symbols (rarer than letters) with the letters on both sides checked here;
    a letter that closed one match cannot open the next, as in findall."""
    # found in the text's shape in bytes (one byte per character): the runs followed by a
    # letter start with a literal re skips to in C, not a class tried at every position
    shape = low.encode("ascii", "replace").translate(_LEET_SHAPE)
    found, consumed = 0, 0
    for m in _LEET_RUN_SHAPE.finditer(shape):
        s, e = m.start(), m.end() - 1  # e: the letter after the run
        if s - 1 >= consumed and s and shape[s - 1] == 97:
            found += 1
            if found >= need:
                return True
            consumed = e + 1
    return False


_LEET = str.maketrans("0134578@$!|", "oieastbasil")
_LEET_PAIRS = tuple(zip("0134578@$!|", "oieastbasil", strict=True))


def _unleet(text: str) -> str:
    """``text.translate(_LEET)``. translate is fast on ASCII text only; elsewhere one
    ``replace`` per digit or symbol is faster, and the same (the replacements are letters,
    never replaced in turn)."""
    if text.isascii():
        return text.translate(_LEET)
    for digit, letter in _LEET_PAIRS:
        text = text.replace(digit, letter)
    return text


# "1" read as "l": doubled ("a11", "he11o") or before e/a ("ru1es", "1eak")
_ONE_AS_L = re.compile(r"11*")  # "1+" with a literal first: re skips to each run of ones
# letters apart by one separator; words apart by two or more spaces
_SPACED = re.compile(r"\b(?:[A-Za-z](?:[ ._\-]| {2,})){4,}[A-Za-z]\b")


def _readable(data: bytes) -> str | None:
    decoded = data.decode("utf-8", "ignore")
    if len(decoded) >= 12 and sum(ch.isprintable() for ch in decoded) >= 0.9 * len(decoded):
        return decoded
    return None


_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
_HEX_PAIRS = frozenset(a + b for a in _HEX_DIGITS for b in _HEX_DIGITS)


def _hex_pairs_run(tokens: list[str], need: int = 16) -> bool:
    """Whether ``need`` tokens in a row are hex pairs ("69 67 6e ...")."""
    run = 0
    for token in tokens:
        if len(token) == 2 and token[0] in _HEX_DIGITS and token[1] in _HEX_DIGITS:
            run += 1
            if run >= need:
                return True
        else:
            run = 0
    return False


def _decoded_segments(text: str, tokens: list[str]) -> list[tuple[int, int, str]]:
    """Readable text hidden in base64 or hex, with the span it came from."""
    out: list[tuple[int, int, str]] = []
    if not tokens:
        return out
    longest = max(map(len, tokens))
    # a run of 16 hex pairs ("69 67 6e ...") needs 16 tokens that are pairs: count in C
    # first, then look for the run (ordinary text has a few: "be", "ad", "de")
    hex_run = sum(map(_HEX_PAIRS.__contains__, tokens)) >= 16 and _hex_pairs_run(tokens)
    if longest < 24 and not hex_run:
        return out  # no long token (base64, hex) and no run of hex pairs: nothing hidden
    pos = 0
    for token in tokens if longest >= 24 else ():
        if len(token) < 24:
            continue
        at = text.find(token, pos)
        pos = at + len(token)
        for m in _B64.finditer(token):
            raw = m.group(0)
            try:
                decoded = _readable(base64.b64decode(raw + "=" * (-len(raw) % 4)))
            except (binascii.Error, ValueError):
                continue
            if decoded:
                out.append((at + m.start(), at + m.end(), decoded))
    if longest < 32 and not hex_run:
        return out
    # a hex match is 32 or more hex digits and single spaces in a row: most texts with a
    # long token (a URL, an e-mail address) have no such run, found in bytes, in C
    if b"h" * 32 not in text.encode("ascii", "replace").translate(_HEX_RUN_SHAPE):
        return out
    for m in _HEX.finditer(text):
        try:
            decoded = _readable(bytes.fromhex(m.group(0).replace(" ", "")))
        except ValueError:
            continue
        if decoded:
            out.append((m.start(), m.end(), decoded))
    return out


# kind -> (closing text, farthest it can be after the lead): a lead with no closer in
# reach is skipped without trying the pattern ("<!--" repeated 100,000 times stays cheap).
_CLOSERS: dict[str, tuple[str, int]] = {"hidden": ("-->", 1010)}


def _starts(low: str, lead: str) -> list[int]:
    """Where ``lead`` occurs in ``low`` at the start of a word (a Latin lead must start a
    word; CJK text has no spaces to look for)."""
    out = []
    latin = lead[0].isascii() and lead[0].isalnum()
    i = low.find(lead)
    while i != -1:
        if i == 0 or not (latin and low[i - 1].isalnum()):
            out.append(i)
        i = low.find(lead, i + 1)
    return out


# a text's lead -> _starts(low, lead), shared by the rules with that lead (a lead such as
# "what" or "you" starts several): one scan of the text per lead, not per rule
_Found = dict[str, list[int]]


def _search(i: int, low: str, words: set[str], found: _Found) -> re.Match[str] | None:
    """Rule ``i``'s first match (a rule outside the index: every lead checked here)."""
    leads = _COMPILED[i][2]
    held = [
        k for k, (lead, whole, _) in enumerate(leads) if (lead in words if whole else lead in low)
    ]
    return _search_leads(i, held, low, words, found)


def _search_leads(
    i: int, held: list[int], low: str, words: set[str], found: _Found
) -> re.Match[str] | None:
    """Rule ``i``'s first match: its leads that the text holds (``held``, places in its
    list, in order), each tried where it starts a word, left to right."""
    kind, _, leads, rx = _COMPILED[i]
    closer = _CLOSERS.get(kind)
    line_start = kind in _LINE_START
    for k in held:
        lead, _, need = leads[k]
        if need and need.isdisjoint(words):
            continue
        if closer is not None:
            m = _search_closed(lead, rx, low, closer)
            if m is not None:
                return m
            continue
        starts = found.get(lead)
        if starts is None:
            starts = found[lead] = _starts(low, lead)
        for at in starts:
            if (
                line_start
                and lead[0] not in "<["
                and low[low.rfind("\n", 0, at) + 1 : at].strip(" \t#>*-")
            ):
                continue  # "system:" counts only at the start of a line
            m = rx.match(low, at)
            if m is not None:
                return m
    return None


def _search_closed(
    lead: str, rx: re.Pattern[str], low: str, closer: tuple[str, int]
) -> re.Match[str] | None:
    """A rule with a closing text: ``lead`` tried only where the closer is in reach."""
    i = low.find(lead)
    close = -1
    while i != -1:
        if close < i:
            close = low.find(closer[0], i)
            if close == -1:
                break  # no closer after this lead, nor after any later one
        if close - i > closer[1]:
            i = low.find(lead, close - closer[1])  # leads in reach of the closer
            continue
        if i == 0 or not (lead[0].isascii() and lead[0].isalnum() and low[i - 1].isalnum()):
            m = rx.match(low, i)
            if m is not None:
                return m
        i = low.find(lead, i + 1)
    return None


def _match(
    text: str,
    span: tuple[int, int] | None = None,
    tag: str = "",
    kinds: str | tuple[str, ...] = "",
    words: set[str] | None = None,
    low: str | None = None,
    found: _Found | None = None,
) -> list[RuleHit]:
    if low is None:
        low = text.lower()  # same length for the scripts the rules cover, so spans line up
    if words is None:
        words = set(_tokens(low))
    if found is None:
        found = {}
    hits: list[RuleHit] = []
    index = _index(kinds)
    # rule -> the places of the leads the text holds
    held: dict[int, list[int]] = {}
    for word in words & index.whole:
        for i, k in index.by_word[word]:
            held.setdefault(i, []).append(k)
    for gate, group in index.ascii_subs:
        if gate and gate not in low:
            continue
        for lead, places in group:
            if lead in low:
                for i, k in places:
                    held.setdefault(i, []).append(k)
    if not low.isascii():
        chars = set("".join(_NON_ASCII.findall(low)))
        for ch in chars.intersection(index.other_subs):
            for lead, places in index.other_subs[ch]:
                if lead in low:
                    for i, k in places:
                        held.setdefault(i, []).append(k)
    for i in sorted(held):  # in table order, as before
        ks = held[i]
        ks.sort()  # in the order of the rule's leads
        m = _search_leads(i, ks, low, words, found)
        if m is not None:
            rule = _COMPILED[i]
            start, end = span if span is not None else (m.start(), m.end())
            hits.append((rule[0] + tag, rule[1], start, end))
    return hits


def _collapse(m: re.Match[str]) -> str:
    run = m.group(0)
    if "  " in run:  # words apart by two or more spaces, letters by one
        return " ".join(re.sub(r"[ ._\-]", "", w) for w in re.split(r" {2,}", run))
    if any(sep in run for sep in "._-"):  # letters apart by . _ -, words by spaces
        return re.sub(r"[._\-]", "", run)
    return run.replace(" ", "")


def rule_hits(text: str, *, decode: bool = True) -> list[RuleHit]:
    """Every rule that matched, also inside base64/hex, leetspeak and spaced-out text."""
    low = text.lower()
    tokens_low = _tokens(low)
    words = set(tokens_low)
    found: _Found = {}
    hits = _match(text, words=words, low=low, found=found)
    hits.extend(address_hits(low, words))  # notes and vocatives to an automated reader
    if not decode:
        return hits
    tokens = text.split() if _may_hide_encoded(text) else []
    for start, end, decoded in _decoded_segments(text, tokens):
        hits.extend(_match(decoded, span=(start, end), tag="_encoded"))
    if _leet_words(low):  # two leet words: one "mp3" or "b2b" is not leetspeak
        # "1" stands for "l" when doubled or before e/a ("a11", "ru1es"), else for "i"
        # ("1gn0re", "1nstruct10ns"); one view, the override and leak rules only (each
        # view costs a whole pass of the rules: leetspeak texts are the latency tail)
        unleet = _unleet(_ONE_AS_L.sub(_ells, low))
        hits.extend(_match(unleet, span=(0, len(text)), tag="_leet", kinds=_LEET_KINDS))
    hits.extend(_other_views(low, words, len(text)))
    # "i g n o r e" leaves single letters as words; ordinary text has only a few ("a", "i")
    # ... and a spaced-out match needs five one-letter words in a row: one bytes search
    # over the words, joined by single spaces with every letter an "a" (all in C), spares
    # the regex on most texts with a few "a"s and "i"s
    if (
        len(_LETTERS.intersection(words)) >= 5
        and _FIVE_SINGLES
        in (" " + " ".join(tokens_low) + " ").encode("ascii").translate(_LETTERS_AS_A)
        and _SPACED.search(text)
    ):
        # "i-g-n-o-r-e a-l-l p-r-e-v-i-o-u-s ...": collapse each spaced-out word
        collapsed = _SPACED.sub(_collapse, text)
        hits.extend(_match(collapsed, span=(0, len(text)), tag="_spaced", kinds=_LEET_KINDS))
    return _combined(hits, low, words, found)


def _ells(m: re.Match[str]) -> str:
    """A run of "1"s read as "l"s when doubled ("a11"), after a letter and before e/a
    ("ru1es"), or starting a word before e/a and a letter ("1eak"); else kept (-> "i")."""
    run, text, a, b = m.group(0), m.string, m.start(), m.end()
    if len(run) > 1:
        return "l" * len(run)
    after = text[b : b + 2]
    if not after or after[0] not in "e3a4":
        return run
    before = text[a - 1] if a else " "
    if before in _ASCII_LOWER or (not before.isalnum() and after[1:2] in _ASCII_LOWER):
        return "l"
    return run


def _combined(hits: list[RuleHit], low: str, words: set[str], found: _Found) -> list[RuleHit]:
    """Two different role-play / "no rules" cues in one text decide ("you are Nyx, an AI
    with no filters ... never refuses"); one alone only lifts the classifier. One of them
    must be a real cue: weak ones together ("you are a pirate in a story", "stay in
    character") are benign role play as often as not."""
    if not any(
        k.startswith("jailbreak") and PERSONA < w < COMBINED and k not in _WEAK_IN_COMBINATION
        for k, w, *_ in hits
    ):
        return hits
    for i in _LAZY:  # the weak cues, only now
        rule = _COMPILED[i]
        m = _search(i, low, words, found)
        if m is not None:
            hits = [*hits, (rule[0], rule[1], m.start(), m.end())]
    cues = sorted((a, b) for k, w, a, b in hits if k.startswith("jailbreak") and w < COMBINED)
    if len(cues) < 2:
        return hits
    # cues that overlap are one cue ("has no filters" matches two rules)
    apart, last_end = 0, -1
    for a, b in cues:
        if a >= last_end:
            apart += 1
            last_end = b
        else:
            last_end = max(last_end, b)
    if apart < 2:
        return hits
    return [*hits, ("jailbreak_combined", COMBINED, cues[0][0], max(b for _, b in cues))]


_VIEW_KINDS = ("override", "prompt_leak", "jailbreak")
_LEET_KINDS = ("override", "prompt_leak")
_WEAK_IN_COMBINATION = frozenset({"jailbreak_stay"})
# reversed text ("snoitcurtsni suoiverp lla erongi"): these reversed words are not English
_REVERSED_WORDS = frozenset(
    w[::-1] for w in ("ignore", "disregard", "forget", "instructions", "prompt", "rules")
)
# ROT13: the word "rot13" or these ROT13 forms of ignore/disregard/forget/instructions/
# rules/prompt/system
_ROT13_WORDS = frozenset(
    {"rot", "vtaber", "qvfertneq", "sbetrg", "vafgehpgvbaf", "ehyrf", "cebzcg", "flfgrz"}
)
_ROT13 = str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")
# each starts with a literal, so re skips to it (a repeat or an alternation first would be
# tried at every position)
_PERCENT = re.compile(r"%[0-9a-f]{2}(?:%[0-9a-f]{2}){5,}")  # (?:%[0-9a-f]{2}){6,}
_BACKSLASH_X = re.compile(r"\\x[0-9a-f]{2}(?:\\x[0-9a-f]{2}){5,}")


def _other_views(low: str, words: set[str], n: int) -> list[RuleHit]:
    """The rules on the text reversed, ROT13-decoded or URL/\\x-unescaped, when it shows
    signs of one of these (a reversed keyword, a ROT13 keyword, an escaped run)."""
    out: list[RuleHit] = []
    if not _REVERSED_WORDS.isdisjoint(words):
        out += _match(low[::-1], span=(0, n), tag="_reversed", kinds=_VIEW_KINDS)
    if not _ROT13_WORDS.isdisjoint(words):  # "rot13" gives the word "rot"
        out += _match(low.translate(_ROT13), span=(0, n), tag="_rot13", kinds=_VIEW_KINDS)
    for escaped, mark in ((_PERCENT, "%"), (_BACKSLASH_X, "\\x")):
        if low.count(mark) >= 6 and (m := escaped.search(low)) is not None:
            raw = escaped.sub(_unescape, low)
            out += _match(raw, span=(m.start(), n), tag="_encoded", kinds=_VIEW_KINDS)
    return out


def _unescape(m: re.Match[str]) -> str:
    run = m.group(0).replace("\\x", "%")
    return bytes.fromhex(run.replace("%", "")).decode("utf-8", "replace")


def rule_score(text: str) -> float:
    hits = rule_hits(text)
    return max((h[1] for h in hits), default=0.0)
