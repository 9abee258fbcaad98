"""Personal data by pattern: every regex is compiled once, every number is checked.

Entity kinds: ``email``, ``phone``, ``credit_card`` (Luhn), ``iban`` (mod-97 and
country length), ``ssn`` (US area/group/serial rules), ``ip_address`` (IPv4, IPv6 checked
by ``ipaddress``), ``url``, ``date_of_birth`` (a date next to birth words), ``person``
and ``address`` (best effort without an NER model: names after titles and labels, street
lines with a number and a street word).

Short phone numbers (7-9 digits without country code or area-code parentheses) look like
many other numbers, so they count only next to a phone word ("call", "fax", "mobile"...).
"""

from __future__ import annotations

import bisect
import ipaddress
import itertools
import re
from collections.abc import Callable, Iterable, Iterator

from aire.guard.detect.addresses import (
    ADDRESS,
    ADDRESS_MORE,
    COMMA_CODE,
    LOWER_ADDRESS,
    LOWER_LAST,
    MORE_SUFFIXES,
    MORE_WORDS,
    PLAIN_STREET,
    STREET_SUFFIXES,
    STREET_WORDS,
    UNIT_BEFORE,
    find_cued_addresses,
    is_plain_street,
    lower_street,
)
from aire.guard.detect.addresses_blocks import block_addresses
from aire.guard.detect.addresses_intl import more_addresses
from aire.guard.detect.checksums import card_brand_valid, iban_valid, luhn_valid, ssn_valid
from aire.guard.detect.features import FORMAT_CHARS, may_have_format_chars
from aire.guard.detect.letter_led import by_first_char, letter_led
from aire.guard.detect.names_base import known_name_word
from aire.guard.detect.names_more2 import not_a_person
from aire.guard.detect.names_scripts import find_person_spans, name_line_before
from aire.guard.detect.shapes import digit_shape, ends_before, may_hold_card, may_hold_ipv6
from aire.guard.detect.unicode import latin1
from aire.guard.types import Finding

__all__ = ["ALL_KINDS", "PATTERN_KINDS", "find_pii"]

PATTERN_KINDS: tuple[str, ...] = (
    "email", "phone", "credit_card", "iban", "ssn", "ip_address", "url",
)  # fmt: skip
ALL_KINDS: tuple[str, ...] = (*PATTERN_KINDS, "date_of_birth", "person", "address")

_EMAIL = re.compile(
    r"(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])"
)
# Each number pattern starts with the character class of its first character and checks
# what stands before it behind that character: re skips to those characters in C (a
# pattern that starts with a look-behind is tried at every position of every window).
_CARD = re.compile(
    r"[0-6](?<![\w+-][0-6])(?:(?<=[1-6])\d{3}|(?<=0)604)(?:[ -]?\d{2,6}){2,4}(?![\w]|-\d)"
)
_IBAN = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![\w])")
_NOT_CARD_BEFORE = re.compile(r"(?i)\b(?:ean|gtin|upc|isbn|sku|barcode|imei)\b\W{0,4}$")
_IBAN_CONTEXT = re.compile(r"(?i)\b(?:iban|bank|account|transfer|wire|sepa|swift|bic)")
_SSN = re.compile(r"(\d(?<![\w-]\d)\d{2})([- ])(\d{2})\2(\d{4})(?![\w]|-\d)")
_SSN_BARE = re.compile(r"(\d(?<![\w-]\d)\d{2})(\d{2})(\d{4})(?![\w-])")
_SSN_CONTEXT = re.compile(r"(?i)\b(?:ssn|social security|soc\.? sec)")
# led by a digit (re skips to digits in C; a leading look-behind was tried at every
# position): the first octet's alternatives after its first digit, in the same order
_IPV4 = re.compile(
    r"\d(?<![\w.]\d)(?:(?<=2)5[0-5]|(?<=2)[0-4]\d|(?<=1)\d\d|(?<=[1-9])\d|)\."
    r"(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){2}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
    r"(?![\w]|\.\d)"
)
_IPV6 = re.compile(  # led by its first character (re skips to it), then as it was
    r"[0-9A-Fa-f:](?<![\w:].)(?:(?<=[0-9A-Fa-f])[0-9A-Fa-f]{0,3}:|(?<=:):?)(?:[0-9A-Fa-f]{0,4}:){1,7}"
    r"(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?![\w.])"
    r"|[0-9A-Fa-f]{0,4}(?![\w:]))"
)
# led by the class of its first letter (both cases: a case-insensitive class is tried at
# every position), "\b" checked behind it; the rest case-insensitive as before
_URL = re.compile(
    r"[hfwHFW](?<!\w.)(?i:(?<=h)ttps?://|(?<=f)tp://|(?<=w)ww\.)"
    r"(?i:[^\s<>\"'`\]\[(){}|\\^]{2,2048})"
)
_URL_TRAIL = ".,;:!?*'\""
# led by the class of its first character ("+", "(" or a digit: re skips to those in C,
# where a leading look-behind was tried at every position of every window); the paths
# through the optional prefixes of "(?:(?:\+|00)\d{1,3}[ .-]?|\+?\(\+?\d{1,3}\)[ .-]?)?
# (?:\(\d{1,5}\)[ ./-]?)?\d{1,15}" spelt out after that character, in the same order
_PHONE = re.compile(
    r"[+(\d](?<![\w+@/.:#$€£-].)(?:"
    r"(?:(?<=\+)\d{1,3}[ .-]?|(?<=0)0\d{1,3}[ .-]?"  # +49, 0049
    r"|(?<=\+)\(\+?\d{1,3}\)[ .-]?|(?<=\()\+?\d{1,3}\)[ .-]?)"  # +(371), (+30)
    r"(?:\(\d{1,5}\)[ ./-]?)?\d{1,15}"
    r"|(?<=\()\d{1,5}\)[ ./-]?\d{1,15}"
    r"|(?<=\d)\d{0,14})"
    r"(?:(?:[ .-]|/ ?|[ .-]?\(\d{1,4}\)[ .-]?)\d{1,8}){0,5}"
    r"(?:[ ]?(?:x|ext\.?|#)[ ]?\d{1,6})?"
    r"(?![\w@/:]|[-.,]\d)"
)
# The context words below: case-insensitive, led by one class of their first letters
# (letter_led: re skips in C to a letter that can start one, where each word was tried at
# every position of the 40 characters before a number). Only whether they match counts.
_NOT_PHONE_BEFORE = re.compile(
    letter_led(
        r"licen[cs]e|account|acct|order|invoice|serial|passport|card|ssn|id|iban|"
        r"zip|postal|isbn|tracking|policy|version|release|build|box",
        boundary=True,
    )
    + r"\b[^\n\d]{0,24}$"
)
# "version 1.2.3.4", "upgrade to 10.0.0.1": a dotted version number, not an address
_NOT_IP_BEFORE = re.compile(
    r"(?i)\b(?:version|release|v|ver|build|firmware|update|upgrade|patch|chapter|section)"
    r"\.?(?:\s+(?:to|is|of|from))?\s*$"
)
_EXTENSION = re.compile(r"[ ]?(?:x|ext\.?|#)")
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
_NANP = re.compile(r"^(?:\+?1[ .-]?|001[ .-])?(?:\(\d{3}\)[ .-]?|\d{3}[.-])\d{3}[ .-]\d{4}")
_PHONE_BEFORE = re.compile(
    letter_led(
        r"phone|tel|telephone|mobile|cell|fax|call|calling|ring|dial|text|sms|whatsapp|"
        r"contact|reach|number|no\.|nr\.?|answering|messages?|voicemail|office|desk|landline|"
        r"hotline|helpline|telefon|téléphone|teléfono|handy"
    )
    + r"\b[^\n\d]{0,24}$"
)
_PHONE_AFTER = re.compile(
    r"(?i)^[ \t]*[-(,]?[ \t]*(?:office|fax|mobile|cell|home|work|tel|phone)\b"
)
_MONTH = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
# led by the class of its first character (not case-insensitive as a whole: re then skips
# to digits and month initials in C); the month's first letter is checked behind it
_DATE = re.compile(
    r"[0-9JFMASONDjfmasond](?<![\w/.-].)(?:"
    r"(?<=\d)\d?[/.-]\d{1,2}[/.-](?:19|20)?\d{2}"
    r"|(?:(?<=1)9|(?<=2)0)\d{2}-\d{1,2}-\d{1,2}"
    rf"|(?<=\d)\d?(?i:st|nd|rd|th)?\s+(?i:{_MONTH})[a-zA-Z]*\.?,?\s+(?:19|20)\d{{2}}"
    rf"|(?i:{'|'.join(f'(?<={m[0]}){m[1:]}' for m in _MONTH.split('|'))})[a-zA-Z]*\.?\s+"
    r"\d{1,2}(?i:st|nd|rd|th)?,?\s+(?:19|20)\d{2}"
    r")(?![\w/])"
)
_BIRTH_WORDS = (
    r"born|birth|birthday|birthdate|dob|d\.o\.b\.?|date of birth|geboren|"
    r"geburtsdatum|né|née|nacimiento"
)
_BIRTH = re.compile(letter_led(_BIRTH_WORDS, boundary=True) + r"\b[^\n]{0,40}$")  # a match?
_BIRTH_WORD = re.compile(letter_led(_BIRTH_WORDS))  # its words alone (_dates_of_birth)
_TITLES = (
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sir", "Madam", "Herr", "Frau", "Mme", "Mlle",
    "Sr", "Sra",
)  # fmt: skip
# one C-level pass tells which titles occur at all (a title never occurs inside another
# except at its start: "Mr" in "Mrs"), so absent ones cost no str.find
_ANY_TITLE = re.compile("|".join(sorted(_TITLES, key=len, reverse=True)))
_TITLE_HEADS = {s: {t for t in _TITLES if s.startswith(t)} for s in _TITLES}  # "Mrs": Mr, Mrs
_NAME_LABELS = (
    "my name is", "name:", "named", "signed", "regards,", "sincerely,", "contact person:",
    "patient:", "customer:", "employee:", "full name:", "je m'appelle", "ich heiße", "me llamo",
    "tenant:", "guest:", "your name?",
)  # fmt: skip
_COLON_REACH = max(len(label) - 1 for label in _NAME_LABELS if label[-1] == ":")  # perf11
_NAME = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿā-ž'’-]+"
_AFTER_TITLE = re.compile(rf"\.?[ ]({_NAME}(?:[ ]{_NAME}){{0,2}})")
_AFTER_LABEL = re.compile(rf"\s*({_NAME}(?:[ ](?:[A-Z]\.?(?=[ ])|{_NAME})){{1,3}})")
_STREET_WORDS = (
    r"street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|"
    r"terrace|parkway|pkwy|circle|cir|highway|hwy|square|sq|trail|alley|crescent|close|"
    r"straße|strasse|str|weg|gasse|allee|platz|rue|avenida|calle|via|vej|veien|gatan|"
    r"vägen|laan|straat|utca|út"
)
_ISO_DATE = re.compile(r"(?:19|20)\d{2}[-./](?:0?[1-9]|1[0-2])[-./]\d{1,2}\b")
_STREET_AFTER = re.compile(  # (by_first_char: re rejects a word on its first letter in C; perf11)
    r"\s+(?:(?i:[A-Za-zÀ-ÖØ-öø-ÿ.'’-])+\s+){0,3}" + by_first_char(_STREET_WORDS) + r"\b"
)


_Windows = list[tuple[int, int]]
# Digits, and what joins the digits of one number; a charset first, so re can skip fast.
_NUMERIC = re.compile(r"[0-9][0-9 ().+/:x#-]*")
_MARGIN = 48


def _windows(text: str) -> _Windows:
    """Regions around every number: the only places a number-based entity can be."""
    out: _Windows = []
    end = len(text)
    a = b = -1  # the open window, unclamped (a tuple per number cost a third of the pass)
    for m in _NUMERIC.finditer(text):
        start, stop = m.span()
        if start - _MARGIN > b:  # the same test on clamped ends: a number starts in text
            if b >= 0:
                out.append((max(0, a), min(end, b)))
            a = start - _MARGIN
        b = stop + _MARGIN
    if b >= 0:
        out.append((max(0, a), min(end, b)))
    return out


def _within(rx: re.Pattern[str], text: str, windows: _Windows) -> Iterator[re.Match[str]]:
    last = -1
    for start, stop in windows:
        for m in rx.finditer(text, start, stop):
            if m.start() >= last:  # windows do not overlap, but be safe
                last = m.end()
                yield m


def _emails(text: str, windows: _Windows) -> Iterable[Finding]:
    # every address has an "@" at most 64 characters after its start: each search starts
    # there (the same matches as finditer, without trying the text before the first "@")
    pos = 0
    while True:
        at = text.find("@", pos)
        if at < 0:
            return
        m = _EMAIL.search(text, max(pos, at - 64))
        if m is None:
            return
        yield Finding("email", m.start(), m.end())
        pos = m.end()


def _cards(text: str, windows: _Windows) -> Iterable[Finding]:
    for m in _within(_CARD, text, windows) if may_hold_card(text) else ():
        raw = m.group(0)
        digits = raw.replace(" ", "").replace("-", "")
        if (
            12 <= len(digits) <= 19
            and len(set(raw) - set("0123456789")) <= 1
            and luhn_valid(digits)
            and card_brand_valid(digits)
            and not _NOT_CARD_BEFORE.search(text, max(0, m.start() - 16), m.start())
        ):
            yield Finding("credit_card", m.start(), m.end())


def _ibans(text: str, windows: _Windows) -> Iterable[Finding]:
    for m in _within(_IBAN, text, windows):
        iban = m.group(0).replace(" ", "")
        if iban_valid(iban) or (
            # said to be an IBAN: any length the format allows (a new country, an old length)
            _IBAN_CONTEXT.search(text, max(0, m.start() - 40), m.start())
            and iban_valid(iban, any_length=True)
        ):
            yield Finding("iban", m.start(), m.end())


def _ssns(text: str, windows: _Windows) -> Iterable[Finding]:
    shape = digit_shape(text)  # most texts hold neither shape: no pattern runs
    dashed = b"ddd-dd-dddd" in shape or b"ddd dd dddd" in shape
    for m in _within(_SSN, text, windows) if dashed else ():
        if ssn_valid(m.group(1), m.group(3), m.group(4)):
            yield Finding("ssn", m.start(), m.end())
    bare = list(_within(_SSN_BARE, text, windows)) if b"d" * 9 in shape else []
    if bare and _SSN_CONTEXT.search(text):  # nine bare digits: only where an SSN is talked of
        for m in bare:
            if ssn_valid(m.group(1), m.group(2), m.group(3)):
                yield Finding("ssn", m.start(), m.end())


def _ips(text: str, windows: _Windows) -> Iterable[Finding]:
    dotted = [(a, b) for a, b in windows if text.count(".", a, b) >= 3]  # an IPv4 has three
    for m in _within(_IPV4, text, dotted):
        if not _NOT_IP_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            yield Finding("ip_address", m.start(), m.end())
    if ("::" in text or text.count(":") >= 7) and may_hold_ipv6(text):
        for m in _within(_IPV6, text, windows):
            try:
                ipaddress.IPv6Address(m.group(0))
            except ValueError:
                continue
            yield Finding("ip_address", m.start(), m.end())


def _urls(text: str, windows: _Windows) -> Iterable[Finding]:
    # (perf11) without "w." or "W." no "www." is in text.lower(): no other character lower-cases
    # to "w" or "." (two substring tests, where lower-casing 2 KB cost ~5 us)
    dotted_w = "w." in text or "W." in text
    if "://" not in text and not (dotted_w and "www." in text.lower()):
        return
    for m in _URL.finditer(text):
        end = m.end()
        while end > m.start() and text[end - 1] in _URL_TRAIL:
            end -= 1
        yield Finding("url", m.start(), end)


def _phones(text: str, windows: _Windows) -> Iterable[Finding]:
    for m in _within(_PHONE, text, windows):
        raw = m.group(0)
        if len(raw) < 7:
            continue  # fewer than 7 digits (most matches: "12", "2024")
        main = _EXTENSION.split(raw, maxsplit=1)[0]
        n = len(_DIGIT.findall(main))
        if n < 7 or n > 15:
            continue
        separated = n != len(main)
        if ("." in main and ("-" in main or "/" in main)) or main.count("/") > 1:
            continue  # mixed separators or two slashes: a version, a range or a date
        strong = (
            raw.startswith(("+", "("))
            or "(" in main
            or (raw is not main and len(raw) != len(main))
            or bool(_NANP.match(raw))
            or (separated and n >= 10 and not _THOUSANDS.fullmatch(main))
        )
        before = text[max(0, m.start() - 40) : m.start()]
        cut = before.rfind("\n", 0, len(before) - 1) + 1  # a cue's match spans no line (perf11)
        worded = _LETTER.search(before, cut) is not None  # else no context word can be there
        if _ISO_DATE.match(main) or (worded and _NOT_PHONE_BEFORE.search(before, cut)):
            continue
        if not strong:
            after = text[m.end() : m.end() + 40]
            if _STREET_AFTER.match(after):
                continue  # "17031 2202 Rissik St": house numbers
            if not (_PHONE_AFTER.match(after) or (worded and _PHONE_BEFORE.search(before, cut))):
                continue
        yield Finding("phone", m.start(), m.end(), 0.9 if strong else 0.7)


_THOUSANDS = re.compile(r"\d{1,3}(?: \d{3}){2,}")  # thousands groups "1 000 000"


def _dates_of_birth(text: str, windows: _Windows) -> Iterable[Finding]:
    # no birth word in a window or the 60 characters before it (most texts): no date parsed
    if not any(_BIRTH_WORD.search(text, max(0, a - 60), b) for a, b in windows):
        return
    for m in _within(_DATE, text, windows):
        if _BIRTH.search(text[max(0, m.start() - 60) : m.start()]):
            yield Finding("date_of_birth", m.start(), m.end())


#: texts up to this long get the sentence-cue pass for names even with ``cues`` off (chat,
#: form fields, short requests): ~0.1 ms on 2 KB, a few us here; long prompts go without
CUED_SHORT = 600


def _persons(text: str, windows: _Windows, cues: bool = False) -> Iterable[Finding]:
    found = find_person_spans(text, cued=cues or len(text) <= CUED_SHORT)
    for start, end, score in found:
        yield Finding("person", start, end, score)

    # overlap with a found span by bisection (a scan was quadratic: 200 KB of "Mr Aa " 19 s)
    spans = sorted((a, b) for a, b, _ in found)
    starts = [a for a, _ in spans]
    reach = list(itertools.accumulate((b for _, b in spans), max))  # max end so far

    def free(start: int, end: int) -> bool:
        k = bisect.bisect_left(starts, end)  # the spans that start before ``end``
        return k == 0 or reach[k - 1] <= start

    # names after titles and labels that the lists do not know; str.find per keyword,
    # then an anchored match: far cheaper than a regex alternation
    seen = set().union(*(_TITLE_HEADS[s] for s in set(_ANY_TITLE.findall(text))))
    for title in _TITLES:
        if title not in seen:
            continue
        i = text.find(title)
        while i != -1:
            if i == 0 or not text[i - 1].isalnum():
                m = _AFTER_TITLE.match(text, i + len(title))
                if m:
                    a, b = m.span(1)
                    if title in ("Herr", "Frau"):  # German nouns are capitalised too
                        words = m.group(1).split(" ")
                        while len(words) > 1 and not known_name_word(words[-1]):
                            b -= len(words.pop()) + 1
                    if free(a, b):
                        yield Finding("person", a, b, 0.6)
            i = text.find(title, i + 1)
    # a label's letters after its first, as typed ("Name:", "signed"), or no label at all: a few
    # substring tests spare lower-casing (after a label in capitals no name has its shape);
    # those ending in ":" in the characters up to each colon when there are few (perf11)
    heads = ends_before(text, ":", _COLON_REACH)
    present = [lab for lab in _NAME_LABELS if lab[1:] in (heads if lab[-1] == ":" else text)]
    if not present:
        return
    low = text.lower()
    if len(low) != len(text):  # a character whose lower case is longer: offsets move
        return
    for label in present:  # str.find per label: faster than one regex (common letters)
        i = low.find(label)
        while i != -1:
            if i == 0 or not low[i - 1].isalnum():
                m = _AFTER_LABEL.match(text, i + len(label))
                if m and free(m.start(1), m.end(1)) and not not_a_person(text, *m.span(1)):
                    yield Finding("person", m.start(1), m.end(1), 0.6)
            i = low.find(label, i + 1)


def _addresses(text: str, windows: _Windows, cues: bool = False) -> Iterable[Finding]:
    # a window without a street word or suffix cannot hold an address: one pass of
    # str.split and set/endswith checks in C, before any regex
    wanted: _Windows = []
    lower: _Windows = []
    more: _Windows = []  # the shapes of ADDRESS_MORE ("182 Le Lai, Ben Thanh Ward")
    widened = _widened(windows, len(text))
    for start, stop in widened:
        # street words are capitalised in an address ("Maple Drive", "Rue de", "Hauptstraße")
        seg = text[start:stop]
        split = seg.replace(",", " ").replace("(", " ").split()  # "(Av. Santa Fe 1860"
        words = [w.lower().rstrip(".") for w in split if w[:1].isupper()]
        if LOWER_LAST.intersection(split) or "rue" in split or "calle" in split:
            lower.append((start, stop))  # a street line typed in lower case
        if (
            STREET_WORDS.intersection(words)
            or any(w.endswith(STREET_SUFFIXES) for w in words)
            or lower_street(text, start, stop, split)
        ):
            wanted.append((start, stop))
        if MORE_WORDS.intersection(words) or (
            "-" in seg and any(w.endswith(MORE_SUFFIXES) for w in words if "-" in w)
        ):
            more.append((start, stop))
    spans = []
    for m in itertools.chain(_within(ADDRESS, text, wanted), _within(ADDRESS_MORE, text, more)):
        end = m.end()
        while end > m.start() and text[end - 1] in ",. \n":
            end -= 1
        spans.append((m.start(), end))
    for m in _within(LOWER_ADDRESS, text, lower):
        spans.append((m.start(), m.end() - (m.group(0)[-1] == ".")))
    # a street line without a street word before a postcode and place ("Strøget 24, 1160
    # København"): looked for only in windows with a comma after a number
    for start, stop in widened if COMMA_CODE.search(text) else ():
        for m in PLAIN_STREET.finditer(text, start, stop):
            if is_plain_street(m.group(1)):
                rest = ADDRESS.match(text, m.start())
                end = rest.end() if rest else 0
                while end > m.start() and text[end - 1] in ",. \n":
                    end -= 1
                spans.append((m.start(), max(m.end() - 1, end)))
                tail = _PLACE_AFTER.match(text, m.end())
                if tail:
                    spans.append((m.start(), tail.end()))
    spans = more_addresses(text, widened, spans, wanted)  # other scripts, Eircodes (addr9)
    # a unit named before the street line: "Apt. 4B, 310 Maple Avenue"
    for i, (a, b) in enumerate(spans):
        before = text[max(0, a - 24) : a].lower()
        if not any(k in before for k in _UNIT_KEYS):
            continue  # most addresses: no regex
        unit = UNIT_BEFORE.search(text, max(0, a - 24), a)
        if unit:
            spans[i] = (unit.start(), b)
    # addresses a sentence announces ("lives at ..."): always (~20 us a 2 KB prompt)
    if windows:
        spans.extend(find_cued_addresses(text, widened))  # _widened(windows, ..., before=40)
    # an announced address and a pattern's street line are one address: the union
    spans.sort()
    merged: list[list[int]] = []
    for a, b in spans:
        if merged and a < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    for a, b in block_addresses(text, merged, widened):  # postal blocks, other streets (pii12)
        yield Finding("address", a, b, 0.6)


_UNIT_KEYS = ("apt", "suite", "ste", "unit", "flat", "room", "apartment")
_PLACE_AFTER = re.compile(r"[^\W\d_][\w'’-]*(?:[ ][A-ZÀ-ÖØ-Þ][\w'’-]*)?(?:[ ][A-Z](?![\w]))?")


def _widened(windows: _Windows, n: int, before: int = 40) -> _Windows:
    """The number windows, reaching further back: "Avenida Paulista 1578" starts 20
    characters before its number."""
    out: _Windows = []
    for start, stop in windows:
        start = max(0, start - before)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], stop)
        else:
            out.append((start, stop))
    return out


#: kind -> finder; a kind missing from a scanner's entity list is never searched for.
FINDERS: dict[str, Callable[[str, _Windows], Iterable[Finding]]] = {
    "email": _emails,
    "credit_card": _cards,
    "iban": _ibans,
    "ssn": _ssns,
    "ip_address": _ips,
    "url": _urls,
    "phone": _phones,
    "date_of_birth": _dates_of_birth,
    "person": _persons,
    "address": _addresses,
}
#: person and address finders with the sentence's cues (``find_pii(..., cues=True)``)
_CUED: dict[str, Callable[[str, _Windows, bool], Iterable[Finding]]] = {
    "person": _persons,
    "address": _addresses,
}

# When spans overlap, the better-checked kind wins.
_PRIORITY = {
    "email": 0, "iban": 1, "credit_card": 2, "ssn": 3, "ip_address": 4, "url": 5,
    "date_of_birth": 6, "phone": 7, "address": 8, "person": 9,
}  # fmt: skip


# Folded one to one before matching (spans stay put): fullwidth forms ("４１１１", "ｊａｎｅ＠"),
# the ideographic space and the decimal digits of the common scripts ("০১৭০৬", "٠١٢", "०१२").
_DIGIT_ZEROS = (
    0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
    0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810,
)  # fmt: skip
_FOLD: dict[int, int] = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD[0x3000] = 0x20
_FOLD.update({zero + d: 0x30 + d for zero in _DIGIT_ZEROS for d in range(10)})
_FOLDABLE = re.compile(
    "[\uff01-\uff5e\u3000" + "".join(f"{chr(z)}-{chr(z + 9)}" for z in _DIGIT_ZEROS) + "]"
)


def _plain(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with look-alikes folded and zero-width/bidi characters removed, and the
    removed runs as (offset in the plain text, characters removed before it)."""
    if text.isascii():
        return text, []
    if not latin1(text) and _FOLDABLE.search(text):  # all of them are beyond U+00FF
        text = text.translate(_FOLD)
    # most texts are told free of format characters without the regex (~30 us on 2 KB)
    if not may_have_format_chars(text) or not FORMAT_CHARS.search(text):
        return text, []
    shifts: list[tuple[int, int]] = []
    parts: list[str] = []
    pos = removed = 0
    for m in FORMAT_CHARS.finditer(text):
        parts.append(text[pos : m.start()])
        removed += m.end() - m.start()
        shifts.append((m.start() - removed + (m.end() - m.start()), removed))
        pos = m.end()
    parts.append(text[pos:])
    return "".join(parts), shifts


def _to_original(findings: list[Finding], shifts: list[tuple[int, int]]) -> list[Finding]:
    keys = [at for at, _ in shifts]

    def orig(i: int) -> int:
        k = bisect.bisect_right(keys, i)
        return i + (shifts[k - 1][1] if k else 0)

    # a span ends after its last visible character: map that one, not the gap behind it
    return [
        Finding(f.kind, orig(f.start), orig(f.end - 1) + 1, f.score, f.scanner, f.replacement)
        for f in findings
    ]


def find_pii(text: str, kinds: Iterable[str] = ALL_KINDS, *, cues: bool = False) -> list[Finding]:
    """Non-overlapping PII findings in ``text``, sorted by start.

    Fullwidth forms, other scripts' digits and zero-width characters do not hide a
    value ("４１１１ １１１１...", "jane\u200b@example.com"); spans are offsets in ``text``.
    """
    plain, shifts = _plain(text)
    found = _find(plain, kinds, cues)
    return _to_original(found, shifts) if shifts and found else found


def _find(text: str, kinds: Iterable[str], cues: bool = False) -> list[Finding]:
    found: list[Finding] = []
    windows = _windows(text)
    kinds = tuple(kinds)
    for kind in kinds:
        if cues and kind in _CUED:
            found.extend(_CUED[kind](text, windows, True))
        else:
            found.extend(FINDERS[kind](text, windows))
    if "person" in kinds and "address" in kinds and "\n" in text:
        # a name on the line above an address ("Sophie Lang\n3482 Via Franscini 71")
        for f in [f for f in found if f.kind == "address"]:
            span = name_line_before(text, f.start)
            if span:
                found.append(Finding("person", span[0], span[1], 0.6))
    if len(found) < 2:
        return found
    found.sort(key=lambda f: (_PRIORITY[f.kind], f.start))
    # kept spans never overlap, so sorted by start they are sorted by end too: a new span
    # can only collide with its neighbours (bisect, not a scan of all kept spans).
    starts: list[int] = []
    kept: list[Finding] = []
    for f in found:
        i = bisect.bisect_right(starts, f.start)
        if (i and kept[i - 1].end > f.start) or (i < len(kept) and kept[i].start < f.end):
            continue
        starts.insert(i, f.start)
        kept.insert(i, f)
    return kept
