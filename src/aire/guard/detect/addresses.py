"""Street addresses of many countries, by pattern: the street line and, when it follows
in the same run, the city, region and postcode.

Three shapes cover most of the world's street lines:

- number first, street word last (US, UK, Canada, Australia, Ireland, South Africa...):
  "742 Evergreen Terrace", "221B Baker Street", "4500 Industrial Parkway NW";
- street word first (French, Spanish, Italian, Portuguese, Romanian...), number before
  or after: "12 Rue de Rivoli", "Calle de Alcalá 48", "Via Roma 22", "Avenida Paulista
  1578";
- one word ending in a street suffix, number after (German, Dutch, Nordic, Hungarian...):
  "Hauptstraße 15", "Prinsengracht 263", "Drottninggatan 53", "Strøget 24".

The tail ("Springfield, IL 62704", "10115 Berlin", "London NW1 6XE", "Toronto, ON M5H
2N2") is matched only right after a street line. Every address holds a number, so the
patterns run only in the windows around numbers that the PII scanner computes anyway.
"""

from __future__ import annotations

import re

__all__ = [
    "ADDRESS", "ADDRESS_MORE", "COMMA_CODE", "LOWER_ADDRESS", "LOWER_LAST", "LOWER_STREET",
    "MORE_SUFFIXES", "MORE_WORDS", "PLAIN_STREET", "STREET_SUFFIXES", "STREET_WORDS",
    "UNIT_BEFORE", "by_first_letter", "find_cued_addresses", "is_plain_street", "lower_street",
]  # fmt: skip

_L = r"[^\W\d_]"  # a letter of any script
# a capitalised word (capitals of Latin Extended-A too: "Şişli", "İstanbul", "Łódź")
_W = rf"[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ]{_L}*(?:[-'’]{_L}+)*(?!\w)\.?"
# (addr9: Dutch and French house-number additions: "422-III", "12-hs", "7-bis")
_NUM = r"\d{1,5}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?|-(?:[IVX]{1,4}|hs|bis|ter)(?!\w)|/[A-Za-z](?!\w))?"
_STREET_LAST = (
    r"street|st|str|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|"
    r"terrace|parkway|pkwy|circle|cir|highway|hwy|square|sq|trail|alley|crescent|cres|close|"
    r"loop|row|mews|quay|walk|grove|gardens|green|hill|rise|park|plaza|expressway|freeway|"
    r"turnpike|pike|broadway|esplanade|promenade|wharf|view|vale|heights|"
    # Indian street and locality words (pii7): "12 Rajaji Salai", "12/4 Gandhi Nagar"
    r"salai|marg|nagar"
)
_STREET_FIRST = (
    r"rue|avenue|av|boulevard|bd|chemin|place|allée|impasse|quai|calle|c/|avenida|avda|"
    r"paseo|plaza|carrer|camino|via|viale|vicolo|piazza|corso|largo|rua|travessa|praça|strada|"
    r"bulevardul|ulica|ul\.|aleja|al\.|utca|jl|jalan|jln|carrera|calzada|calz|rodovia|estrada|"
    r"alameda|ulitsa|odos|odós|leoforos|leof\.|"
    # Welsh (pii7): "12 Heol y Nant", "Ffordd Pentre 4"
    r"heol|ffordd|stryd|"
    # addr9: Latin-American passages and numbered streets ("Pasaje San Martín 455",
    # "Transversal 5 # 12-40"), Thai lanes and roads ("Soi Thonglor 10"), Vietnamese
    # streets ("Phố Hàng Bông 8")
    r"pasaje|psje|pje|diagonal|transversal|jirón|jr|soi|thanon|phố|"
    # Romanian (addr9): "Str. Lipscani nr. 12", "Calea Victoriei 45", "Aleea Rozelor 3"
    r"str\.|calea|aleea|splaiul|intrarea|"
    # Albanian, Maltese, Malay, Irish, Catalan, Italian, Portuguese, French-Belgian street
    # words (addr9): "Rruga Myslym Shyri 12", "Triq il-Kbira 5", "Lorong Kurau 3", "Passeig
    # de Gràcia 92", "Lungotevere Flaminio 20", "Calçada do Combro 8", "Chaussée de Wavre 5"
    r"rruga|triq|lorong|persiaran|lebuh|bóthar|sráid|passeig|rambla|ronda|travessera|vico|"
    r"contrada|borgo|lungomare|lungotevere|salita|località|beco|calçada|ladeira|chaussée|"
    r"faubourg"
)
_SUFFIX = (
    r"straße|strasse|str\.|weg|gasse|allee|platz|damm|ufer|gracht|straat|laan|kade|"
    r"plein|singel|dijk|gatan|gata|vägen|väg|gränd|torget|veien|gade|vej|stræde|"
    r"torv|katu|utca|út|tér|ulice|náměstí|cesta|strada|"
    # Danish, Norwegian, Finnish (pii6)
    r"plads|allé|gate|vei|tie|kuja|polku|väylä|tori|"
    # Icelandic (addr9): "Suðurlandsvegur 4", "Skólavörðustígur 8", "Miklabraut 20"
    r"vegur|stígur|braut"
)


def _ends_with(alternatives: str) -> str:
    """A test, after a word, that it ends in one of ``alternatives`` (a letter or a
    hyphen before it): one fixed-width look-behind per length. Matching the suffix
    itself after ``\\w*`` made re try it at every letter of every capitalised word (the
    address regex's costliest part)."""
    by_len: dict[int, list[str]] = {}
    for alt in alternatives.split("|"):
        by_len.setdefault(len(alt.replace("\\", "")), []).append(alt)
    tests = [rf"(?<=(?:[^\W\d_]|-)(?i:{'|'.join(alts)}))" for _, alts in sorted(by_len.items())]
    return "(?:" + "|".join(tests) + ")"


_DIRECTION = r"(?:\s+(?:North|South|East|West|N|S|E|W|NW|NE|SW|SE)\b)?"
# the characters that match an ASCII letter case-insensitively (re's own rules)
# ("\u212a", the Kelvin sign, spelt as an escape: written as itself, it had been saved as a
# second "K"; no group started with "k" until the unit words, perf10)
_CASES = {"i": "iIİı", "k": "kK\u212a", "s": "sSſ"}


def by_first_letter(alternatives: str) -> str:
    """``(?i:alternatives)`` grouped by first letter, each group led by the class of the
    characters that letter matches ("[sSſ](?i:treet|t|tr|...)"): re skips a group on its
    first character in C, where the case-insensitive alternatives were each tried in turn
    (after every house number, after each of the words before the street word). The
    order within a letter is kept, and two letters never match the same character."""
    by_first: dict[str, list[str]] = {}
    for a in alternatives.split("|"):
        by_first.setdefault(a[0], []).append(a[1:])
    groups = []
    for ch, rests in by_first.items():
        # an ASCII letter, in every case re matches it in; or "#", which has none
        cls = _CASES.get(ch, ch + ch.upper()) if ch.isascii() and ch.isalpha() else None
        cls = re.escape(ch) if ch == "#" else cls
        assert cls is not None, ch  # every alternative starts with an ASCII letter or "#"
        groups.append(f"[{cls}](?i:{'|'.join(rests)})")
    return "(?:" + "|".join(groups) + ")"


# the words of a unit after a street line, grouped by first letter where they are used
# (by_first_letter: one case-insensitive alternation of them was tried word by word after
# every street line and at each of its spaces; perf10)
_UNIT_ALTERNATIVES = (
    r"apt|apartment|suite|ste|unit|floor|fl|flat|room|rm|bldg|daire|lgh|"
    # pii7: "apto 72", "depto 56", "kv. 45", "D:5", "piso 3"; "3º izq."
    r"lok|m(?=\.)|apto|depto|dpto|piso|kv|d(?=:)|#|"
    # addr9: Italian, Serbian/Croatian, Portuguese, French units ("scala C, interno 12",
    # "stan 9", "conj. 141", "bloco 2", "bte 3")
    r"scala|sc|interno|int|stan|conj|cj|sala|bloco|andar|bte|whg|top|"
    # Romanian blocks and sectors ("bl. A, sc. 2, ap. 14, sector 3"), Singapore "#05-67"
    r"bl|ap|sector|"
    # Spanish doors and stairs, Czech flats, Turkish floors ("puerta B", "byt 5", "Kat: 3")
    r"puerta|pta|esc|escalera|byt|kat|"
    # French flats and buildings (addr9): "app. 4", "appt 12", "Bât. C"
    r"app|appt|bât|bat|bâtiment"
)
_UNIT = (
    # a house letter apart from its number (addr9): "Kungsgatan 9 A", "Via Roma 22 A"
    r"(?:(?<=\d)[ ][A-H](?![\w'’:-]))?"
    r"(?:[,.]?[ \t]*\n?[ \t]*(?:"
    + by_first_letter(_UNIT_ALTERNATIVES)
    + r"(?![^\W\d_])\.?:?\s*#?\s*\w{1,6}(?:-\w{1,4})?"
    # Indonesian neighbourhood numbers: "RT 02/RW 05", "RT.003/RW.011"
    r"|(?i:rt)\.?[ \t]*\d{1,3}[ \t]*/[ \t]*(?i:rw)\.?[ \t]*\d{1,3}"
    r"|\d{1,2}\.?[º°ª](?:[ \t]*(?i:izq|izda|dcha|der|esq|dto|frente|piano|andar|planta|[a-d]))?\.?"
    # a French floor: "3e étage", "1er étage"
    r"|\d{1,2}(?:e|er|ère|ème)[ \t]+(?i:étage|etage)"
    # a floor and side (addr9): "3. th.", "2. OG rechts", "2. sal", "III. em. 4.", "3rd floor"
    r"|(?:\d{1,2}|[IVX]{1,4})\.[ \t]?(?i:th|tv|mf|sal|og|stock|etg|et|em|emelet|étage|kat)\.?"
    r"(?:[ \t]+(?i:links|rechts|li|re)\b|[ \t]*\d{1,3}\.?)?"
    r"|\d{1,2}(?i:st|nd|rd|th)[ \t]+(?i:floor|fl)\b\.?)){0,4}"
)
_POSTCODE = (
    r"(?:\d{6}(?!\d)|\d{3}-\d{4}|[A-Z]\d{4}[A-Z]{0,3}|\d{5}(?:-\d{3,4})?|\d{4}(?:\s?[A-Z]{2})?|\d{3}\s\d{2}|\d{2}-\d{3}|\d{4}-\d{3}|"
    r"[A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|"
    r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4}|"  # an Eircode (addr9): "H91 X2C4"
    r"(?:LT|LV|EE|FI|SE|DK|NO|CZ|SK|GR|PL|CH|AT|DE|D|A|F|B|L|I|H)-\d{3,5}|\d{1,2})"
    r"(?![^\W\d_])"  # not the start of a word ("14th Cross")
)
# a capitalised word, taken whole (no backtracking into it: where it is followed by a
# space, a shorter piece of it could never match)
_WA = rf"(?>{_W})"
# (addr9: a province in brackets after the town, "Montréal (Québec)", "Napoli (NA)"; no
# word after a full stop that ends a word of five letters or more, which ends a sentence:
# "Lyon. Ask Mr. Girard", where "St. Louis", "Co. Tipperary", "Brgy. San Isidro" go on)
# words between the capitalised words of a town ("Castellón de la Plana", "Newcastle upon
# Tyne", "Bad Homburg vor der Höhe", "Bergen op Zoom"; addr9: two of them, more words)
_PARTICLE = (
    r"de|del|da|do|dos|das|di|della|dei|am|an|der|den|la|le|les|el|sur|sous|upon|en|y|im|"
    r"ob|bei|vor|zum|zur|van|von|aan|op|al"
)
_PLACE = (
    rf"{_W}(?:(?<![^\W\d_]{{5}}\.)\s(?:(?:{_PARTICLE})\s){{0,2}}{_W}){{0,3}}"
    rf"(?:/{_W})?"
    rf"(?:[ ]\((?:{_W}|[A-Z]{{2,3}})\))?"
)
# ", Springfield, IL 62704" / ", 10115 Berlin" / ", London NW1 6XE" / ", Dublin 2"
# (pii7: up to four comma-separated places: "Rua Augusta, 1508, apto 72, Consolação, São
# Paulo - SP, 01304-001", "House 23, Road 11, Banani, Dhaka 1213")
_TAIL = (
    # (addr9: or a dash after a number, "Av. Paulista, 1578 - Bela Vista, São Paulo - SP")
    rf"(?:(?:,[ \t]*|(?<=\d)[ \t]+[-–][ \t]+)(?:(?:{_POSTCODE}|\d{{3}})\s+{_PLACE}"
    r"(?:[ ]\d{1,2}(?![\w.:/]))?"  # a district after the town: "110 00 Praha 1", "Genève 3"
    # an ordinal street or floor (addr9): "5th Main, Jayanagar", "2nd floor, Hamra"
    rf"|\d{{1,3}}(?:st|nd|rd|th)\s+(?:{_PLACE}|(?i:floor|fl)\b\.?)"
    rf"|{_PLACE}(?:,?\s+{_POSTCODE}(?![ \t]+[A-ZÀ-Þ][a-zà-ÿ]|\d)"
    rf"|(?:,?\s+|\s+[-–]\s+)(?:[A-Z]{{2,3}}|[A-Z]\.[A-Z]\.)(?:,?\s+{_POSTCODE})?)?)){{0,4}}"
    rf"(?:,\s*(?:{_PLACE}\s+)?[A-Z]{{2,3}}\s+{_POSTCODE}|,\s*{_POSTCODE})?"
)
# further lines of a block address: each only capitalised words, codes and numbers
# ("BARMOLLOCH", "United Kingdom", ", CO", "Iceland 80296"), at most four
_LINE_ITEM = rf"(?:{_W}|[A-Z]{{2,3}}|\d{{2,6}}(?:-\d{{3,4}})?)"
_LINES = (
    rf"(?:\n[ \t]*,?[ \t]*{_LINE_ITEM}(?:[ \t,]+{_LINE_ITEM}){{0,4}}"
    rf"(?=[ \t]*(?:\n|$|[.,;])))"
    r"{0,4}"
)


def _after_first(alternatives: str) -> str:
    """``alternatives`` ("rue|avenue|c/") for a pattern that has already taken their
    first character: that character checked behind once per first letter, then the rest
    of each ("(?<=r)(?:ue|ua)"; one look-behind per alternative, tried in turn at every
    capital, cost a third of the address pattern). The order of the alternatives is
    kept within a letter, and two letters never match the same character."""
    by_first: dict[str, list[str]] = {}
    for a in alternatives.split("|"):
        by_first.setdefault(a[0], []).append(a[1:])
    return "|".join(f"(?<={k})(?:{'|'.join(rest)})" for k, rest in by_first.items())


_NUM_REST = _NUM.replace("1,5", "0,4", 1)  # _NUM after its first digit
_W_REST = rf"{_L}*(?:[-'’]{_L}+)*(?!\w)\.?"  # _W after its capital
_NO = r"(?:(?i:no|nr|n[º°]|n\.[º°])\.?[ \t]*:?[ \t]*)"  # "No. 10", "Nr 5", "No: 15", "Nº 3"
# after a street word: its name, and a number after it (also after a comma or "No."):
# "Rua Oscar Freire, 379", "Jl. Sudirman No. 10"; or a numbered street ("Calle 26 # 59-51")
_FIRST_TAIL = (
    r"\.?\s+(?:(?:de|del|de\s+la|des|du|da|do|dos|das|di|della|dei|degli|delle|la|le|les|el|y|yr)\s+"
    r"|(?:il|ir|is|it|ix|id|in|iż|l)-)?"  # Maltese "Triq il-Kbira"
    rf"(?:{_W}(?:\s+(?:(?:de|da|do|dos|das|del|di|y|e)\s+)?{_W}){{0,3}}"
    rf"(?:\s+{_NO}?{_NUM}|,\s*{_NO}?{_NUM}(?!\w|\s+{_L})"
    # no number (addr9): "Calle Mayor s/n, 28013 Madrid", "Via Roma snc"
    r"|,?\s+(?:s/n|S/N|snc|SNC)(?!\w))?"
    rf"|\d{{1,3}}[A-Za-z]?[ \t]*(?:#|{_NO})[ \t]*\d{{1,3}}[A-Za-z]?(?:-\d{{1,3}})?"
    # a street named after a date (addr9): "Calle 16 de Septiembre 80", "Av. 20 de Noviembre 45"
    rf"|\d{{1,2}}\s+de\s+{_W}(?:\s+{_NO}?{_NUM}|,\s*{_NO}?{_NUM}(?!\w|\s+{_L}))?)"
)
# street words written in lower case after a house number: "15 avenue des Champs-Élysées",
# "3 bis rue Victor Hugo"
_LOWER_FIRST = (
    r"rue|avenue|boulevard|bd|chemin|allée|impasse|quai|place|calle|rua|avenida|viale|"
    r"piazza|strada|ulica"
)
# a street word after the street's name, then the number: "Berliner Straße 5", "Váci utca
# 12", "Václavské náměstí 1", "Atatürk Caddesi No: 15"
_AFTER_NAME = (
    r"utca|út|tér|körút|náměstí|nábřeží|třída|ulice|Caddesi|Cad\.|Sokak|Sokağı|Sk\.|Bulvarı|"
    r"Straße|Strasse|Str\.|Weg|Allee|Platz|Ring|Gasse|Damm|Chaussee|Ufer|Markt|"
    # Latvian, Lithuanian, Estonian street words (pii6): "Brīvības iela 55", "Gedimino
    # pr. 9", "Laisvės al. 12", "Narva mnt 7", "Tartu tänav 3"
    r"iela|gatvė|g\.|pr\.|prospektas|al\.|alėja|mnt\.?|maantee|tänav|tn\.?|pst\.?|puiestee|"
    # Nordic street words written apart: "Bygdøy allé 5", "Thorvald Meyers gate 5"
    r"gate|gata|vei|vej|gade|allé|plass|plads|tie|katu"
)
# The first character of every address is taken first, by one character class: re then
# skips in C to the digits and capitals (and "p", "a", "b": "p.o. box", "apartado"),
# where an alternation of look-behinds was tried at every character of every window.
# Each shape then checks that character behind it.
# The shapes that start with a house number, tried only where the first character is a
# digit (one look-behind for all: a capital tried each of them, and a digit each of the
# others); two groups that never match at the same position, each in its shapes' order.
_DIGIT_SHAPES = (
    # a street word in lower case after the number: "15 avenue des Champs-Élysées"
    rf"(?<=\d)(?<![\w-]\d){_NUM_REST},?\s+(?:(?:bis|ter),?\s+)?(?:{_LOWER_FIRST})"
    rf"(?=\s+(?:(?:de|des|du|la|le|del|da|do)\s+){{0,2}}[A-ZÀ-Þ]){_FIRST_TAIL}",
    # number first, street word last: "742 Evergreen Terrace", "221B Baker Street"
    rf"(?<=\d)(?<![\w.,-]\d)(?:\d{{1,4}}[ \t]+{_NUM}|{_NUM_REST}),?[ \t]+(?:{_WA}[ \t]+){{0,3}}"
    # (addr9: a numbered avenue or street before a comma, "Ang Mo Kio Ave 3, #05-67")
    # (East Africa, the Gulf: "Ngong Road 55, Kilimani")
    rf"{by_first_letter(_STREET_LAST)}\b\.?{_DIRECTION}(?:[ ]\d{{1,4}}[A-Za-z]?(?=,))?",
    # street word first, a number before or after: "12 Rue de Rivoli", "Via Roma 22"
    rf"(?<=\d)(?<![\w-]\d){_NUM_REST},?\s+(?:(?:bis|ter),?\s+)?(?=[A-ZÀ-Þ])"
    rf"{by_first_letter(_STREET_FIRST)}{_FIRST_TAIL}",
    # a house number, a street name without a street word and its own number, then a
    # unit or the next line: "08615 Luddingsbo Mekanikusv 11\n Suite 041", "6614 Luite 87"
    rf"(?<=\d)(?<![\w.,-]\d)\d{{0,4}}[ \t]+{_WA}(?:[ \t]+{_WA}){{0,2}}[ \t]+\d{{1,5}}[A-Za-z]?\.?"
    rf"(?=,?[ \t]*\n[ \t]*(?i:apt|apartment|suite|ste|unit)\b|[ \t]+(?i:apt|suite|unit)\b)",
)
# the capitals that start a street word of _STREET_FIRST (all ASCII letters; in A-ZÀ-Þ,
# case-insensitive "r" is "R" alone, "i" is "I", "s" is "S")
_FIRST_CAPITALS = "".join(sorted({a[0].upper() for a in _STREET_FIRST.split("|")}))
assert _FIRST_CAPITALS.isascii()
assert _FIRST_CAPITALS.isalpha()
_OTHER_SHAPES = (
    # street word first: "Rue de Rivoli 12", "Via Roma 22"
    # (a capital that starts none of them is told by one test: "What", "Monday")
    rf"(?<=[{_FIRST_CAPITALS}])(?<![\w-].)(?i:{_after_first(_STREET_FIRST)}){_FIRST_TAIL}",
    # Polish streets in lower case, with their number: "ul. Marszałkowska 84/92"
    rf"(?<=[uv])(?<![\w-].)(?:(?<=v)ul|(?<=u)l)\.[ \t]*(?=[A-ZÀ-Þ]){_W}(?:\s+{_W}){{0,2}}\s+{_NUM}",
    # "Hauptstraße 15", "Karl-Marx-Allee 90", "Hauptstr. 5": the word, then its ending
    # (what the shape needs in the cheapest terms first: a digit after one or two whole words)
    rf"(?<=[A-ZÀ-ÖØ-Þ])(?<![\w-].)(?=\S*+\s(?:[A-ZÀ-ÖØ-Þ]\S*+\s)?\s*\d)"
    rf"(?:(?>{_W_REST})\s(?>[A-ZÀ-ÖØ-Þ]{_L}*(?:-{_L}+)*\.?)"
    rf"|(?>{_L}*(?:-{_L}+)*\.?))(?=\s+\d){_ends_with(_SUFFIX)}\s+{_NUM}",
    # (addr9: a name of two words before a street word in lower case, "Petőfi Sándor utca
    # 12", "Thorvald Meyers gate 5"; a capitalised one takes one: "Adres Atatürk Caddesi")
    rf"(?<=[A-ZÀ-ÖØ-Þ])(?<![\w-].)(?>{_W_REST})"
    rf"(?:[ ]{_WA}(?=\s(?:{'|'.join(w for w in _AFTER_NAME.split('|') if w.islower())})\s))?"
    rf"\s(?:{_AFTER_NAME})"
    rf"(?:\s+{_NO})?\s*{_NUM}",
    # Indian and other house numbers: "House No. 45, Sector 17", "Plot No. 7, ..."
    rf"(?<=[HPFD])(?<![\w-].)(?:(?<=H)ouse|(?<=H)\.?|(?<=P)lot|(?<=F)lat|(?<=D)oor)"
    rf"\.?[ \t]*(?i:no\.?|number|\#)[ \t]*{_NUM}(?:[-/]\d{{1,4}}){{0,2}}(?=,[ \t]*[A-Z\d])",
    r"(?=[.\soOpPmMrR])(?i:(?<=p)\.?\s?O\.?\s+Box|(?<=p)ostfach|(?<=a)partado(?:\s+de\s+correos)?|(?<=b)oîte\s+postale"
    # (perf11: the second characters of all, looked at first: "and", "but" go at once)
    # other post boxes (addr9): "Postbus 1020", "Private Bag X12", "PMB 1234", "GPO Box 88",
    # "Locked Bag 7", "Post Office Box 9"; capitalised only (a "casilla" is also a form's
    # box, "B.P. 120/80" a blood pressure): "Caixa Postal 1234", "Casilla 45", "B.P. 2345, Dakar"
    r"|(?<=p)ostbus|(?<=p)ostboks|(?<=p)mb|(?<=p)rivate\s+bag|(?<=g)po\s+box|(?<=l)ocked\s+bag"
    r"|(?<=p)ost\s+office\s+box)"
    r"\s+(?:X|x)?\d{1,6}(?:-\d{3,5}|(?:[ ]\d{2}){1,3}(?!\d))?(?![/\d])",  # "Postfach 10 20 30"
    r"(?<=[CB])(?<![\w-].)(?:(?<=C)(?:aixa\s+[Pp]ostal|asilla(?:\s+de\s+[Cc]orreos?)?"
    r"|ase\s+[Pp]ostale|asella\s+[Pp]ostale)\s+\d{1,6}"
    r"|(?<=B)\.\s?P\.\s+\d{1,6}(?=,?[ \t]+(?:\d{4,5}[ \t]+)?[A-Z][a-zé]))(?![/\d])",
    # rural routes (addr9): "RR 2 Site 5 Box 14", "R.R. 1, Box 45", "HC 1 Box 23"
    r"(?<=[RH])(?<![\w-].)(?:(?<=R)(?:R|\.R\.|ural\s+Route)|(?<=H)C)\s*\d{1,3}"
    r"(?:,?\s+Site\s+\d{1,4})?,?\s+(?:Comp|Box)\s+\d{1,5}",
    # US military and diplomatic mail: "PSC 6477, Box 2981 APO AE 83700", "USS Mahler FPO AA"
    rf"(?<!\w.)(?:(?:(?<=P)SC|(?<=C)MR|(?<=U)nit)\s+\d{{3,5}},?\s+Box\s+\d{{3,5}}"
    rf"|(?:(?<=U)SS|(?<=U)SNS|(?<=U)SNV|(?<=U)SCGC)\s+{_W})\s+"
    rf"(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{{5}}",
)
ADDRESS = re.compile(
    # every shape wants no word character before its first: tested once, before them all
    # (inside a word, every digit, capital and "p", "a", "b" tried each shape in turn)
    r"[0-9A-ZÀ-Þpabuv](?<!\w.)"
    rf"(?:(?<=\d)(?:{'|'.join(_DIGIT_SHAPES)})|(?<!\d)(?:{'|'.join(_OTHER_SHAPES)}))"
    rf"{_UNIT}{_TAIL}{_LINES}"
)

#: street lines of the shapes added in round 7 (pii7), in their own pattern: it runs only
#: in the windows that hold one of ``MORE_WORDS`` or a word ending in ``MORE_SUFFIXES``
#: (most windows hold neither: the main pattern's cost stays where it was)
ADDRESS_MORE = re.compile(
    r"[0-9HPFVfB](?:"
    # a house or plot number before the street (pii7): "House 23, Road 11, Banani", "PLOT
    # 12, ADMIRALTY WAY", "Flat 3B, Lakeview Apartments, 22 Residency Road"
    # (addr9: "Villa 7, Street 32, Al Wasl", "flat 12, Green Park Residency")
    rf"(?<=[HPFVfB])(?<![\w-].)(?:(?<=H)(?:ouse|OUSE)|(?<=P)(?:lot|LOT)|(?<=[Ff])(?:lat|LAT)"
    rf"|(?<=V)(?:illa|ILLA)|(?<=B)(?:lk|LK|lock|LOCK)\.?)"
    rf"[ \t]+{_NUM}(?:[ \t]+(?:Lot|LOT)[ \t]+{_NUM})?"  # "Blk 5 Lot 12" (the Philippines)
    rf"(?=,[ \t]*(?:\d{{1,5}}[ \t]+)?[A-Z][\w'’-]+[ \t,])"
    # a numbered building, then the street line (pii7): "301 Sunshine Towers, Linking Road"
    rf"|(?<=\d)(?<![\w.,-]\d){_NUM_REST},?[ \t]+(?:{_WA}[ \t]+){{1,3}}(?:Apartments|Towers?"
    rf"|House|Building|Residency|Mansions?|Heights|Complex|Chambers|Plaza|Enclave)(?=,[ \t]*[A-Z])"
    # Korean road names (pii7): "45 Haeundae-ro", "35 Teheran-ro 10-gil"
    rf"|(?<=\d)(?<![\w.,-]\d){_NUM_REST}[ \t]+[A-Z][a-z]+-(?:ro|gil|daero)\b"
    rf"(?:[ \t]+\d{{1,3}}-(?:gil|ro)\b)?"
    # Japanese block numbers before a ward (pii7): "2-11-3 Meguro, Meguro-ku"
    rf"|(?<=\d)(?<![\w.,-]\d)\d?-\d{{1,2}}-\d{{1,3}}[ \t]+{_W}(?:[ \t]+{_W})?"
    rf"(?=,[ \t]*[A-Z][a-z]+-(?:ku|shi|cho|machi|gun)\b)"
    # a house number and a street name without a street word, then a ward, district or
    # the like (Vietnam, the Philippines, Mexico...; pii7): "182 Le Lai, Ben Thanh Ward"
    rf"|(?<=\d)(?<![\w.,-]\d){_NUM_REST}[ \t]+{_WA}(?:[ \t]+{_WA}){{0,3}}"
    rf"(?=,[ \t]*(?:(?:{_W}[ \t]+){{0,3}}(?:Ward|District|Province|Barangay|Brgy\.|Colonia)"
    rf"(?=[ \t]+\d|[ \t]*[,.\n]|$)"
    rf"|(?:Quận|Phường|Huyện|Q\.|P\.|Col\.)[ \t]))"
    rf"){_UNIT}{_TAIL}{_LINES}"
)
MORE_WORDS = frozenset(
    "ward district province barangay brgy colonia quận phường huyện towers tower apartments "  # noqa: SIM905
    "residency building heights house plot flat complex mansion mansions chambers plaza "
    "enclave villa blk block".split()
)
MORE_SUFFIXES = ("-ro", "-gil", "-daero", "-ku", "-shi", "-cho", "-machi", "-gun")

#: a unit or flat named before the street line: "Apt. 4B, 310 Maple Avenue", "Flat 3,
#: 27 Kensington Gardens Square", "Suite 200\n1200 Peachtree St" (tested on the text
#: right before an address found, anchored at its end)
UNIT_BEFORE = re.compile(
    r"(?<![\w.])(?:(?i:apt|apartment|suite|ste|unit|flat|room)\.?[ \t]*#?[ \t]*\d{1,5}[A-Za-z]?"
    r"|\d{1,4}-dong(?:[ \t]+\d{1,4}-ho)?"  # Korean building and flat: "1203-dong 501-ho"
    r"|(?i:apt|apartment|suite|flat|unit)\.?[ \t]+[A-Z](?![\w]))"
    r"(?:,[ \t]*|[ \t]*\n[ \t]*|[ \t]+)\Z"
)
# a street line without a street word, then a postcode and a place: "Strøget 24, 1160
# København", "Husova 12, 602 00 Brno", "Gedimino 9, LT-01103 Vilnius" (Nordic, Baltic,
# Czech, Dutch, Swiss streets often carry none); not a thing's name and number
_NOT_STREET = frozenset(
    """
version windows room level chapter page section article table figure step item gate
platform terminal model phase season episode part volume vol issue release build office
floor suite unit apt flat box lot line route bus tram exit row seat class grade year
week day mac ios android python java iphone galaxy pixel series type rev no nr
""".split()  # noqa: SIM905
)
PLAIN_STREET = re.compile(
    # (addr9: with a particle, "An der Alster 5, 20099 Hamburg", "Triq il-Kbira")
    rf"([A-ZÀ-ÖØ-Þ](?<![\w-].){_W_REST}"
    rf"(?:[ ](?:(?:der|den|dem|de|het|la|le|van|von)[ ])?{_W}){{0,2}})"
    r"[ ]\d{1,4}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?)?"
    r"(?:[ ][A-Z](?:[ ]\d{1,3})?)?"  # "Mannerheimintie 5 A 7"
    # a flat after it (addr9): "Ilica 45, stan 3, 10000 Zagreb"
    r"(?:,[ ](?i:stan|apt|lgh|kv|app|whg|top|bus|bte|apto|piso|local|lok)\.?[ ]?\w{1,5})?"
    r",[ \t]*(?:\d{4}|\d{5}|\d{3}[ ]\d{2}|[A-Z]{1,2}-\d{4,5})[ ]"
    rf"(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])(?!{_L}*\d)"
)


# a street line typed in lower case, number first: "742 evergreen terrace", "36 rue de
# pologne", "12 baker st apt 4"; the words between are not ordinary words ("2 blocks
# down the road", "5 minutes by road")
_LOWER_STOP = (
    r"the|a|an|of|to|down|up|on|in|at|by|from|my|your|our|their|his|her|and|or|for|more|"
    r"other|each|per|miles|mile|km|minutes|mins|hours|blocks|block|times|ways|lanes|"
    r"different|same|new|old|main|this|that|one|two|three|is|are|was|off|into|onto|across"
)
LOWER_LAST = frozenset(
    "street st avenue ave road rd drive dr lane ln boulevard blvd terrace parkway "  # noqa: SIM905
    "circle court ct place crescent close highway hwy".split()
)
LOWER_ADDRESS = re.compile(
    r"\d(?<![\w.,-]\d)\d{0,4}[a-z]?,?[ ](?:"
    rf"(?:[nsew][ ])?(?:(?!(?:{_LOWER_STOP})[ ])[a-zà-öø-ÿ'’-]{{2,}}[ ]){{1,3}}"
    rf"(?:{'|'.join(sorted(LOWER_LAST, key=len, reverse=True))})\b\.?"
    r"(?:,?[ ](?:apt|apartment|suite|ste|unit|flat|#)\.?[ ]?#?\w{1,5})?"
    # ", springfield, il 62704" (pii7): a town, a state and a ZIP code
    r"(?:,[ ]?[a-z]{3,}(?:[ ][a-z]{3,})?,?[ ][a-z]{2}[ ]\d{5}(?:-\d{4})?)?"
    # "36 rue de pologne", "5 calle mayor", "12 avenue des lilas" ("15 avenue tickets",
    # "4 place cards" stay out: those words only with a particle after them)
    r"|(?:(?:rue|calle|rua|carrer|ulica)[ ](?:(?:de|des|du|la|le|del|da|do)[ ]){0,2}"
    r"|(?:avenue|avenida|boulevard|place|piazza|viale|chemin|impasse|quai|allée)[ ]"
    r"(?:de|des|du|la|le|del|da|do|della|di)[ ])"
    r"[a-zà-öø-ÿ'’-]{3,}(?:[ ][a-zà-öø-ÿ'’-]{3,})?(?![\w]))"
)


#: a number, a comma, then a postcode: the windows ``PLAIN_STREET`` is tried in
COMMA_CODE = re.compile(r",(?<=\d,)[ \t]*(?:[A-Z]{1,2}-)?\d{3}")  # "," first: re skips to it

#: lower-case words one of which every address has (a cheap pre-check)
STREET_WORDS = frozenset(
    w.rstrip(".")
    for w in [
        *f"{_STREET_LAST}|{_STREET_FIRST}".replace("\\", "").split("|"),
        *("p.o.", "po", "box", "postfach", "apartado", "apo", "fpo", "dpo"),
        *("caixa", "casilla", "case", "casella", "postbus", "postboks", "b.p", "bag", "pmb"),
        "gpo",
        *("apt", "suite", "house", "plot", "flat", "door", "h.no"),
        *(w.lower().rstrip(".") for w in _AFTER_NAME.replace("\\", "").split("|")),
    ]
)
#: street words written in lower case, in an address's shape: before a capitalised name
#: ("rue Victor Hugo", "ul. Marszałkowska") or after one, before the number ("Váci utca
#: 12"); the windows the capitalised street words miss are scanned only where this is.
#: Only whether it matches counts (``search``). Led by one class of the first characters
#: of both shapes (re skips to those in C; a leading look-behind was tried at every
#: position), each shape checking its own behind it: "(?<!\w)(?:rue|...|v?ul\.)\s+...",
#: "[A-ZÀ-ÖØ-Þ]\w*\s(?:utca|...)\s+\d"
_LOWER_WORDS = rf"{_LOWER_FIRST}|vul\.|ul\."
_AFTER_LOWER = "|".join(w for w in _AFTER_NAME.split("|") if w.islower())
_LOWER_INITIALS = "".join(sorted({w[0] for w in _LOWER_WORDS.split("|")}))
LOWER_STREET = re.compile(
    rf"[{_LOWER_INITIALS}A-ZÀ-ÖØ-Þ](?:(?<=[{_LOWER_INITIALS}])(?<!\w.)(?:{_after_first(_LOWER_WORDS)})"
    r"\s+(?:(?:de|des|du|la|le|del|da|do)\s+){0,2}[A-ZÀ-Þ]"
    rf"|(?<=[A-ZÀ-ÖØ-Þ]){_L}*\s(?:{_AFTER_LOWER})\s+\d)"
)
# (perf11) a match holds one of these words as a token, or glued to a sign before it (".rue")
_ALL_LOWER = f"{_LOWER_WORDS}|{_AFTER_LOWER}".replace("\\", "").split("|")  # "mnt.?": "mnt." "mnt"
_TOKENS = frozenset(w.replace(".?", dot) for w in _ALL_LOWER for dot in (".", ""))
_GLUED = re.compile(rf"[^\w\s,(](?:{_LOWER_WORDS})\s")


def lower_street(text: str, start: int, stop: int, tokens: list[str]) -> bool:
    """Whether ``LOWER_STREET`` matches in ``text[start:stop]``, whose tokens (split after
    "," and "(" became spaces) are ``tokens``: most windows hold none of its words, and go
    without the search (~12 us a window of a 2 KB prompt)."""
    if _TOKENS.isdisjoint(tokens) and not _GLUED.search(text, start, stop):
        return False
    return LOWER_STREET.search(text, start, stop) is not None


#: word endings of the one-word street names ("Hauptstraße", "Drottninggatan")
STREET_SUFFIXES = tuple(s.replace("\\", "") for s in _SUFFIX.split("|"))


# --- an address the sentence announces: "my address is ...", "lives at ...", "sent to ..."
# phrases that announce an address, found with str.find in the lower-cased text; what
# may stand between the phrase and the address is matched after it
_CUES = (
    "address", "lives at", "live at", "living at", "lived in", "live in", "located at",
    "located in", "moved to", "sent to", "send", "deliver", "ship", "mail", "taxi to",
    "meet", "office is at", "off at", "office is", "home is", "house is", "flat is",
    "arrived at", "here they are", "based at",
)  # fmt: skip
_VERB_CUES = frozenset(("send", "deliver", "ship", "mail", "meet"))
# the phrases as one pattern, grouped by first letter: re skips to those letters in C
# (one str.find per phrase and region cost more than the rest of the pass); the longest
# phrase first where one starts another ("lives at" before "live at")
_CUE_RX = re.compile(
    "|".join(
        re.escape(first)
        + "(?:"
        + "|".join(
            re.escape(c[1:])
            for c in sorted((c for c in _CUES if c[0] == first), key=len, reverse=True)
        )
        + ")"
        for first in sorted({c[0] for c in _CUES})
    )
)
# "address(es) is / to the same", "send it to", "meet you at"
_CUE_TAIL = re.compile(r"(?:es)?(?:[ ](?:is|was|to|are|of)(?:[ ]the[ ]same)?)?")
_VERB_TAIL = re.compile(
    r"(?:s|ed|ing)?(?:[ ](?:it|this|them|a[ ]new[ ]one|the[ ]\w+|you))?[ ](?:to|at)\b"
)
# (its lower-case words grouped by first letter: tried one by one, where a token ends)
_TOKEN = (
    rf"(?:\d[\w/-]*\.?|{_W}|[dlDL]['’]{_W}|[A-Z]{{2,3}}\b|#\d+|"
    + by_first_letter(
        "apt|suite|unit|ste|fl|floor|box|str|u|"
        "ul|rkp|de|del|la|le|da|do|dos|das|di|van|von|der|den|du|des|e|y|el|al"
    )
    + r"\b\.?)"
)
_SEP = r"(?:[ \t]+|,[ \t]*|[ \t]*\n[ \t]*,?[ \t]*)"
CUED_ADDRESS = re.compile(
    rf"[ \t]*:?[ \t]*\n?[ \t]*(?P<addr>(?:\d[\w/-]*|{_W}){_SEP}{_TOKEN}(?:{_SEP}{_TOKEN}){{0,14}})"
)
_CORNER = re.compile(
    rf"(?i:the[ ]corner[ ]of)[ ](?:[^\s,;]+[ ]){{1,5}}?and[ ]"
    rf"(?:{_W}|\d\w*)(?:[ ](?:{_W}|\d\w*)){{0,3}}"
)
_UNIT_WORDS = frozenset("apt apartment suite ste unit floor fl flat".split())  # noqa: SIM905
# a sentence ends inside the captured text: "... Street. Please call me" (but "Apt. 4",
# "u. 94.\n Suite 741", "Str., Klirou" go on)
_SENTENCE_END = re.compile(r"[.?!][ \t]*\n?[ \t]*([^\W\d_]+)")
_FOR_WHOM = re.compile(r"(?i)[ \t,;/]+(?:attn|attention|c/o|recipient|tel|phone)\b")
_NOT_FIRST = _NOT_STREET - {"suite", "unit", "apt", "flat", "floor", "box", "lot", "office"}
_ABBREVIATION = re.compile(r"(?i)\b(?:apt|u|str|rkp|ul|st|ave|rd|dr)$")


# compiled once (re.search(pattern, ...) looks its pattern up in re's cache on every call)
_DIGIT = re.compile(r"\d")
_LETTERS3 = re.compile(r"[^\W\d_]{3}")


def find_cued_addresses(
    text: str, regions: list[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """(start, end) of addresses right after a phrase that announces one; the phrase is
    looked for only inside ``regions`` (the stretches before and around numbers, where
    the PII scanner looks anyway) when they are given."""
    out: list[tuple[int, int]] = []
    if "orner of" in text or "ORNER OF" in text:  # "the corner of Main Street and 5th Avenue"
        for corner in _CORNER.finditer(text):
            out.append((corner.start(), corner.start() + len(corner.group(0).rstrip(".,"))))
    starts = []
    # only the regions are lower-cased (the whole text cost more than the rest of the pass)
    for lo, hi in regions if regions is not None else [(0, len(text))]:
        low = text[lo : min(len(text), hi + 24)].lower()  # + what a phrase's tail may need
        if len(low) != min(len(text), hi + 24) - lo:
            continue  # a character whose lower case is longer: offsets would move
        for cue in _CUE_RX.finditer(low, 0, hi - lo):
            i, j = cue.span()
            if (i == 0 and (lo == 0 or not text[lo - 1].isalnum())) or (
                i > 0 and not low[i - 1].isalnum()
            ):
                verb = cue.group(0) in _VERB_CUES
                tail = (_VERB_TAIL if verb else _CUE_TAIL).match(low, j)
                if tail:
                    starts.append(lo + tail.end())
    last = -1
    for start in sorted(set(starts)):
        if start < last:
            continue
        m = CUED_ADDRESS.match(text, start)
        if m is None:
            continue
        last = m.end()
        a, b = m.span("addr")
        body = text[a:b]
        first, nl, rest = body.partition("\n")
        if not _DIGIT.search(first) and nl:
            # "Billing address: Sophie Lang\n 3482 Via Franscini 71": a name line first
            skip = len(first) + 1 + len(rest) - len(rest.lstrip(" \t,"))
            a, body = a + skip, body[skip:]
        # a sentence ends inside: "... Street. Please call me" (not "Apt. 4", "u. 94.")
        for stop in _SENTENCE_END.finditer(body):
            # (an abbreviation that ends there starts in its last 5 characters: searched
            # there, where the whole text before was searched; the same answer, ~5 us less)
            at = stop.start()
            near = max(0, at - 5)
            if stop.group(1).lower() in _UNIT_WORDS or _ABBREVIATION.search(body, near, at):
                continue
            body = body[: stop.start()]
            break
        # "Ahmad Karimi, Flat 12, 40 Valiasr Street": the name before the street line
        while True:
            head, comma, after = body.partition(",")
            words = head.lower().replace(".", " ").split()
            if not comma or any(ch.isdigit() for ch in head) or len(words) > 4:
                break
            if STREET_WORDS.intersection(words) or not _DIGIT.search(after[:60]):
                break
            skip = len(head) + 1 + len(after) - len(after.lstrip(" \t\n"))
            a, body = a + skip, body[skip:]
        # "... PA 19103 ATTN DWAYNE WASHINGTON": whom it is for ends the address
        stop_at = _FOR_WHOM.search(body)
        if stop_at:
            body = body[: stop_at.start()]
        body = body.rstrip(" \t\n,.")
        if len(body) < 6 or not _DIGIT.search(body) or not _LETTERS3.search(body):
            continue
        # "moved to Room 4.02", "sent to Gate 12": a thing that takes a number (addr9)
        words = body.lower().replace(".", " ").replace(",", " ").split()
        if words[0] in _NOT_FIRST and not STREET_WORDS.intersection(words[1:]):
            continue
        if not _DIGIT.match(body) and not _DIGIT.search(body[:40]):
            continue
        out.append((a, a + len(body)))
    return out


def is_plain_street(name: str) -> bool:
    """Whether ``name`` (the words before the number of a ``PLAIN_STREET`` match) can be a
    street's name: not a thing that takes a number ("Version 3, 2024 ...")."""
    words = name.lower().replace(".", " ").split()
    return bool(words) and not any(w in _NOT_STREET for w in words)
