"""Street addresses in shapes the Latin-script patterns of ``addresses`` do not cover
(round addr9):

- Cyrillic (Russian, Ukrainian, Bulgarian, Serbian): "ул. Баумана, д. 44, кв. 8,
  Казань, 420111", "просп. Перемоги, 12, кв. 40, Київ", "Красный проспект, 25";
- Greek: "Λεωφ. Κηφισίας 124, 115 26 Αθήνα", "Τσιμισκή 45, 546 23 Θεσσαλονίκη";
- Chinese and Japanese, written without spaces, from the largest unit down:
  "北京市朝阳区建国路93号8号楼", "台北市大安區忠孝東路四段100號5樓",
  "東京都渋谷区神南1丁目2-3", "大阪市北区梅田3-1-1";
- Korean road and lot addresses: "부산광역시 해운대구 센텀중앙로 79, 1203호", "강남구 역삼동
  123-45번지";
- Arabic and Persian ("شارع التحرير 25، الدقي", "خیابان ولیعصر، کوچه نیلوفر، پلاک ۱۲"),
  Hebrew ("רחוב הרצל 12, תל אביב"), Hindi ("मकान नं. 12, गांधी नगर, जयपुर - 302015"), Thai
  ("45/2 ซอยทองหล่อ 10 แขวงคลองตันเหนือ");
- Vietnamese lanes and streets: "số 8 ngõ 102 Trường Chinh, Đống Đa, Hà Nội",
  "23 hem 51 nguyen trai, quan 5", "45 Đường Lê Lợi, Quận 1";
- Irish addresses without a house number, anchored on their Eircode: "Drumcliffe, Ballymote,
  Co. Sligo, F56 KX20", "14 Bóthar na Trá, Salthill, Galway H91 T2K3";
- British addresses without a house number, anchored on their postcode, one of the
  places a street: "Rose Cottage, Mill Lane, Little Snoring, Norfolk NR21 0AB";
- a street line without a street word above its postcode and town: "Bulevar Oslobođenja
  88\\n21000 Novi Sad";

and the postcode and town written before the street line ("1052 Budapest, Petőfi Sándor
utca 12."), added to a street line found by any pattern (``with_place_before``).
Every shape holds a number: the patterns run only in the PII scanner's number windows.
"""

from __future__ import annotations

import re

from aire.guard.detect.addresses import is_plain_street
from aire.guard.detect.unicode import latin1

__all__ = ["find_intl_addresses", "more_addresses", "with_place_before"]

# --- Cyrillic
_CYR_UP = "А-ЯЁЂЃЄЅІЇЈЉЊЋЌЎЏҐ"
_CYR_W = rf"[{_CYR_UP}][а-яёђѓєѕіїјљњћќўџґА-ЯЁЂЃЄЅІЇЈЉЊЋЌЎЏҐ'’]*(?:-[а-яёіїєґА-ЯЁІЇЄҐ]+)*"
_CYR_STREET = (
    r"ул|улица|вул|вулиця|пр|пр-т|просп|проспект|пер|переулок|пров|провулок|бул|бульв|"
    r"бульвар|б-р|пл|площадь|площа|наб|набережная|набережна|ш|шоссе|туп|тупик|пр-д|проезд|"
    r"мкр|микрорайон|мкрн"
)
_CYR_AFTER = (
    r"улица|проспект|переулок|бульвар|шоссе|площадь|набережная|вулиця|проезд|"
    r"ул\.|пр\.|просп\.|пер\.|б-р|ш\.|наб\.|пл\.|вул\."  # "Тверская ул., д. 7"
)
_CYR_HOUSE = r"(?:(?:д|дом|буд|будинок|№)\.?[ \t]*)?\d{1,4}[а-яА-Я]?(?:/\d{1,4}[а-я]?)?(?![\w])"
_CYR_UNIT = (
    r"(?:корп|к|стр|строение|кв|квартира|оф|офис|под|подъезд|эт|этаж|пом|лит)\.?[ \t]*"
    r"\d{1,4}[а-я]?"
)
_CYR_PLACE = rf"(?:(?:г|м|гор|город|місто|с|село|пос|пгт|смт)\.?[ \t]*)?{_CYR_W}(?:[ \t]{_CYR_W})?"
_CYRILLIC = re.compile(
    # "191023, г. Санкт-Петербург, ": the postcode and town first
    rf"(?:\d{{5,6}},?[ \t]*)?(?:(?:г|м)\.[ \t]*{_CYR_W},[ \t]*)?"
    rf"(?:(?<![\w.])(?:{_CYR_STREET})\.?[ \t]+{_CYR_W}(?:[ \t]+{_CYR_W}){{0,2}}"
    rf"|(?<![\w.]){_CYR_W}(?:[ \t]+{_CYR_W})?[ \t]+(?:{_CYR_AFTER}))"
    rf",?[ \t]*{_CYR_HOUSE}(?:,?[ \t]*{_CYR_UNIT}){{0,3}}"
    rf"(?:,[ \t]*(?:{_CYR_PLACE}(?:[ \t]+\d{{4,6}}(?!\d))?|\d{{5,6}}(?!\d))){{0,3}}"
)
# --- Greek
_GR_W = r"[Α-ΩΆΈΉΊΌΎΏ][\u0370-\u03ff]*"
_GREEK = re.compile(
    rf"(?:(?<![\w.])(?:Οδός|Οδ\.|οδός|Λεωφόρος|Λεωφ\.|Πλατεία|Πλ\.)[ \t]+{_GR_W}"
    rf"(?:[ \t]+{_GR_W}){{0,2}}[ \t]+\d{{1,4}}[α-ω]?(?![\w])"
    # a street name without a street word, then its postcode: "Τσιμισκή 45, 546 23 Θεσσαλονίκη"
    rf"|(?<![\w.]){_GR_W}(?:[ \t]+{_GR_W})?[ \t]+\d{{1,4}}[α-ω]?"
    rf"(?=,[ \t]*(?:\d{{3}}[ ]?\d{{2}}[ \t]+{_GR_W}|{_GR_W}[ \t]+\d{{3}}[ ]?\d{{2}}(?!\d))))"
    rf"(?:,[ \t]*(?:\d{{1,2}}(?:ος|ο)[ \t]+όροφος|\d{{3}}[ ]?\d{{2}}[ \t]+{_GR_W}"
    rf"|{_GR_W}(?:[ \t]+\d{{3}}[ ]?\d{{2}}(?!\d))?)){{0,3}}"
)
# --- Arabic and Hebrew: a street word, its name and a number (digits of any script are
# folded to ASCII before the PII scanner runs): "شارع التحرير 25، الدقي، الجيزة",
# "عمارة 12، شارع الملك فهد، الرياض", "ص.ب 1234", "רחוב הרצל 12, תל אביב"
_AR = r"[\u0621-\u064a\u066e-\u06d3]+"
_ARABIC = re.compile(
    rf"(?:(?:مبنى|عمارة|فيلا|شقة|منزل|رقم)[ \t]*\d{{1,5}}[ \t]*[،,]?[ \t]*)?(?:\d{{1,5}}[ \t]+)?"
    # (Persian too: "خیابان ولیعصر، کوچه نیلوفر، پلاک ۱۲")
    r"(?:(?<![\u0621-\u064a])(?:شارع|ش\.|طريق|جادة|زقاق|درب|خیابان|کوچه|بلوار)"
    rf"[ \t]+{_AR}(?:[ \t]+{_AR}){{0,3}}"
    rf"(?:[ \t]*[،,]?[ \t]*(?:رقم|پلاک|شماره)?[ \t]*\d{{1,5}}(?!\d))?"
    rf"|ص\.?[ \t]?ب\.?[ \t]*\d{{1,6}})"
    rf"(?:[ \t]*[،,][ \t]*(?:{_AR}(?:[ \t]+{_AR})?(?:[ \t]+\d{{1,6}})?|\d{{4,6}})){{0,3}}"
)
_HE = r"[\u05d0-\u05ea][\u05d0-\u05ea\"'׳״-]*"
_HEBREW = re.compile(
    rf"(?:רחוב|רח['׳]|שדרות|שד['׳]|דרך|סמטת|כיכר)[ \t]+{_HE}(?:[ \t]+{_HE}){{0,2}}[ \t]+"
    rf"\d{{1,4}}(?:/\d{{1,4}})?(?:[ \t]*,[ \t]*(?:{_HE}(?:[ \t]+{_HE})?|\d{{5,7}})){{0,2}}"
)
# --- Hindi (Devanagari): a house number ("मकान नं. 12") or a number before a road, lane or
# colony ("45 गांधी मार्ग"), then places and a PIN code
_DEV = r"[\u0900-\u097f]+"
_DEVANAGARI = re.compile(
    r"(?:(?:मकान|फ्लैट|प्लॉट|हाउस|भवन)[ \t]*(?:नं\.?|नंबर|संख्या|क्र\.?)?[ \t]*\d{1,5}[A-Za-z]?"
    rf"(?:[-/]\d{{1,4}})*|\d{{1,5}}(?:[-/]\d{{1,4}})*,?[ \t]+{_DEV}(?:[ \t]+{_DEV}){{0,2}}[ \t]+"
    r"(?:मार्ग|रोड|गली|नगर|चौक|सड़क|लेन))"
    rf"(?:[ \t]*,[ \t]*(?:{_DEV}(?:[ \t]+{_DEV}){{0,2}}(?:[ \t]*[-–]?[ \t]*\d{{6}})?"
    r"|\d{6})){0,4}"
)
# --- Thai: a house number, a village, a lane or road ("45/2 ซอยทองหล่อ 10"), districts
_TH = r"[\u0e00-\u0e7f]+"
_THAI = re.compile(
    r"\d{1,4}(?:/\d{1,4})?[ \t]*(?:หมู่(?:ที่)?[ \t]*\d{1,3}[ \t]*)?(?:ซอย|ซ\.|ถนน|ถ\.)[ \t]*"
    rf"{_TH}(?:[ \t]*\d{{1,3}}(?!\d))?(?:[ \t]+{_TH}){{0,5}}(?:[ \t]+\d{{5}}(?!\d))?"
)
# --- Chinese (simplified and traditional) and Japanese
_HAN = r"[\u4e00-\u9fff]"
_CHINESE = re.compile(
    # (not from a verb or particle before the address: "寄到北京市..."; the units taken
    # whole: "市市市..." split every way made this exponential)
    r"(?!寄到|送到|发到|寄往|送往|到|在|于|至|往|住|是|的|为|寄|送)"
    rf"(?>(?:{_HAN}{{1,4}}(?:省|自治区|市|区|區|县|縣|镇|鎮|乡|鄉|州))*)"
    rf"{_HAN}{{1,8}}?(?:路|街|道|巷|弄|胡同|大街|大道)(?:{_HAN}{{1,2}}段)?"
    # (spaces around the numbers: "建国路 88 号 2 单元 301 室")
    rf"(?:[ ]?\d{{1,4}}[ ]?(?:巷|弄))?[ ]?\d{{1,5}}(?:之\d{{1,3}})?[ ]?(?:号|號)"
    rf"(?:{_HAN}{{1,6}}(?:小区|大厦|大廈|花园|公寓|广场|廣場|中心))?"
    rf"(?:[ ]?(?:\d{{1,4}}|[A-Z])[ ]?(?:号楼|號樓|楼|樓|层|層|室|栋|棟|幢|座|单元|單元|号|號|F))*"
)
_KANA = r"[\u3040-\u30ff\u4e00-\u9fff]"
_JAPANESE = re.compile(
    rf"(?:〒?\d{{3}}-\d{{4}}[ \t]*)?(?:{_KANA}{{1,4}}(?:都|道|府|県))?"
    rf"(?>(?:{_KANA}{{1,6}}?(?:市|区|町|村|郡))+){_KANA}{{0,6}}"
    rf"(?:\d{{1,2}}丁目[ \t]*\d{{1,3}}(?:番地?|[-－‐])\d{{1,3}}(?:号|[-－‐]\d{{1,4}})?"
    rf"|\d{{1,4}}[-－‐]\d{{1,4}}(?:[-－‐]\d{{1,4}})?)"
    rf"(?:[ \t]*{_KANA}{{1,12}}?\d{{1,4}}(?:号室|階|F))?"
)
# --- Korean road addresses: a city, district or town first, or a floor or flat after
_HG = r"[가-힣]"
_KR_ROAD = (
    rf"{_HG}[가-힣\d]*(?:로|길)(?:[ \t]*\d{{1,4}}번?길)?[ \t]+\d{{1,4}}(?:-\d{{1,4}})?"
    # not a count ("3년", "5명"); a particle may follow ("235입니다", "112로")
    r"(?!\d|[년명개원시분초일월회세살권장대달주위])"
)
_KR_UNIT = r"(?:,?[ \t]*\d{1,4}(?:층|호|동)(?:[ \t]*\d{1,4}호)?)"
_KOREAN = re.compile(
    rf"(?:(?:{_HG}+(?:특별시|광역시|특별자치시|특별자치도|도|시)[ \t]+){{0,2}}"
    rf"{_HG}+(?:구|군|시)[ \t]+"
    rf"(?:(?:{_HG}+(?:읍|면|동)[ \t]+)?{_KR_ROAD}{_KR_UNIT}?"
    # a lot number after the neighbourhood (the older form): "강남구 역삼동 123-45번지"
    rf"|{_HG}+(?:동|읍|면|리|가)[ \t]+\d{{1,4}}(?:-\d{{1,4}})?(?:번지)?"
    r"(?![\d년명개원시분초일월회세살])"
    rf"{_KR_UNIT}?)"
    rf"|(?<![가-힣]){_KR_ROAD}{_KR_UNIT})"
)
# --- Vietnamese: a house number, a lane ("ngõ", "hẻm") or a street word, the street
_VN_UP = r"[A-ZĐÀ-ÝĂÂÊÔƠƯẠ-Ỹ]"
_VN_CAP = rf"{_VN_UP}[^\W\d_]*"
_VN_LOW = r"[a-zđà-ÿăâêôơưạ-ỹ][^\W\d_]*"
_VN_NAME = rf"(?:{_VN_CAP}(?:[ \t]+{_VN_CAP}){{0,3}}|{_VN_LOW}(?:[ \t]+{_VN_LOW}){{0,3}})"
_VIETNAMESE = re.compile(
    r"(?<![\w/])(?:(?:Số|số|So|so)[ \t]+)?\d{1,4}[A-Za-z]?(?:/\d{1,4})*[ \t]+"
    r"(?:(?i:ngõ|ngo|ngách|ngach|hẻm|hem|kiệt|kiet)[ \t]+\d{1,4}(?:/\d{1,4})*"
    r"(?:[ \t]+(?i:ngách|ngach)[ \t]+\d{1,4})?(?:[ \t]+(?i:phố|pho|đường|duong))?"
    rf"|(?:Đường|đường|Phố|phố))[ \t]+{_VN_NAME}"
    r"(?:,[ \t]*(?:(?i:quận|quan|q\.|phường|phuong|p\.|huyện|huyen|xã|tp\.?)[ \t]*)?"
    rf"(?:\d{{1,2}}|{_VN_NAME})){{0,3}}"
)
# --- Ireland: a run of places ended by an Eircode (rural addresses have no number)
_W = r"[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]*(?:[-'’][^\W\d_]+)*"
_EIR_ITEM = (
    rf"(?:\d{{1,4}}[A-Za-z]?[ \t]+)?(?:Co\.[ \t]+)?{_W}"
    rf"(?:[ \t]+(?:(?:na|an|de|le|la|of|on|the)[ \t]+)?{_W}){{0,3}}"
)
_EIR_BEFORE = re.compile(
    # at most three places (a name before them stays out: "Orla Byrne, Knockbrack, ...")
    rf"(?<![\w])(?:{_EIR_ITEM},[ \t]*){{1,2}}(?:{_EIR_ITEM}[ \t,]+)?\Z"
)
# --- a street line without a street word, its postcode and town on the next line
# (the postcode line found first, from its line break: re skips to those in C; then the
# line above it, matched whole)
_CODE_LINE = re.compile(rf"\n[ \t]*(?:[A-Z]{{1,2}}-)?\d{{4,5}}[ ]{_W}(?:[ ]{_W})?[ \t]*(?=\n|\Z)")
_STREET_LINE = re.compile(
    rf"[ \t]*({_W}(?:[ ]{_W}){{0,2}})[ ]\d{{1,4}}[A-Za-z]?(?:/\d{{1,4}})?[ \t]*"
)
_DIGIT = re.compile(r"\d")
_ANY_NON_LATIN = re.compile(
    r"[\u0370-\u04ff\u05d0-\u05ea\u0621-\u064a\u0915-\u0939\u0e01-\u0e2e\u3040-\u30ff\u4e00-\u9fff가-힣]"
)
# an Eircode ("E45 K2P7", "D6W XY12"), a British postcode ("NR21 0AB"): the first letter
# first, the look-behind after it (a leading look-behind, or a digit first, was tried at
# many more characters)
_EIRCODE = re.compile(
    r"[AC-FHKNPRTV-Y](?<![\w-].)(?:\d\d|(?<=D)6W)[ ]?[0-9AC-FHKNPRTV-Y]{4}(?![\w-])"
)
_UK_POSTCODE = re.compile(r"[A-Z](?<![\w-].)[A-Z]?\d[A-Z\d]?[ ]\d[A-Z]{2}(?![\w-])")
# a British address without a house number names its street: "Rose Cottage, Mill Lane,
# Little Snoring, Norfolk NR21 0AB" (up to four places before the postcode)
_UK_BEFORE = re.compile(rf"(?<![\w])(?:{_EIR_ITEM},[ \t]*){{1,3}}(?:{_EIR_ITEM}[ \t,]+)?\Z")
_HOUSE_ITEM = re.compile(r"(?:^|,[ \t]*)(\d)")
_UK_STREET = re.compile(
    r"(?i:\b(?:street|road|lane|avenue|drive|close|way|crescent|terrace|gardens|green|hill"
    r"|row|mews|walk|grove|park|square|place|court|rise|view)\b)"
)
# the lane and street words of _VIETNAMESE, as typed without and with diacritics: a
# window holds one before the pattern runs there (one regex: substring tests cost more)
_VN_ASCII = re.compile(r" (?:ngo|ngach|hem|kiet|duong|Duong) ")
# (perf11: whether one of " ngo ", ..., " Hẻm ", "ường ", "Phố ", "phố " is in a window, led by
# a rarer letter of each, the rest checked behind it; searched in the window cut out, so
# that nothing before it is looked at; was led by the space, tried at every one)
_VN_ANY = re.compile(
    r"[gmkẻưố](?:(?<=g)(?:(?<= ng)(?:o|ach|õ|ách) |(?<= Ng)õ |(?<= [dD]uong) )|(?<= hem) "
    r"|(?<= k)(?:iet|iệt) |(?<=ẻ)(?<= [hH]ẻ)m |(?<=ư)ờng |(?<=ố)(?<=[Pp]hố) )"
)


def find_intl_addresses(
    text: str, windows: list[tuple[int, int]], streets: list[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """(start, end) of the addresses of the shapes above, looked for in ``windows`` (each
    pattern only where its script, lane word or Eircode is); British postcodes only in
    ``streets``, the windows that hold a street word (all windows when not given)."""
    out: list[tuple[int, int]] = []
    plain = latin1(text)  # most texts: no letter of another script
    lines = "\n" in text
    for a, b in windows:
        patterns = [] if plain else _patterns(text, a, b)
        if _VN_ASCII.search(text, a, b) if plain else _VN_ANY.search(text[a:b]):
            patterns.append(_VIETNAMESE)
        for rx in patterns:
            for m in rx.finditer(text, a, b):
                if _DIGIT.search(m.group(0)):
                    out.append((m.start(), len(m.group(0).rstrip(" ,.")) + m.start()))
        # a run of places before a postcode: two commas at least (str.count, where the
        # pattern scan cost ~4 us a 2 KB prompt; two windows in three hold fewer)
        places = text.count(",", a, b) >= 2
        eircode = _EIRCODE.search(text, a, b) if places else None
        while eircode:
            start = eircode.start()
            _before_code(text, _EIR_BEFORE.search(text, max(0, start - 120), start), eircode, out)
            eircode = _EIRCODE.search(text, eircode.end(), b)
        code = _CODE_LINE.search(text, a, b) if lines else None
        while code:
            start = text.rfind("\n", 0, code.start()) + 1
            line = _STREET_LINE.fullmatch(text, start, code.start())
            if line and is_plain_street(line.group(1)):
                out.append((line.start(1), code.start() + len(code.group(0).rstrip())))
            code = _CODE_LINE.search(text, code.end(), b)
    for a, b in windows if streets is None else streets:
        uk = _UK_POSTCODE.search(text, a, b) if text.count(",", a, b) >= 2 else None
        while uk:
            before = _UK_BEFORE.search(text, max(0, uk.start() - 160), uk.start())
            if before and _UK_STREET.search(before.group(0)):
                _before_code(text, before, uk, out)
            uk = _UK_POSTCODE.search(text, uk.end(), b)
    return out


def _patterns(text: str, a: int, b: int) -> list[re.Pattern[str]]:
    """The patterns of the scripts whose letters are in ``text[a:b]``."""
    scripts = {_script(ch) for ch in _ANY_NON_LATIN.findall(text, a, b)}
    return list(dict.fromkeys(p for s, p in _SCRIPTS if s in scripts)) if scripts else []


def _before_code(
    text: str, before: re.Match[str] | None, code: re.Match[str], out: list[tuple[int, int]]
) -> None:
    """The places before a postcode, and the postcode, as one address; a house number
    starts it ("Morag Baird, 14 Larchfield Gardens, Perth PH1 2RT")."""
    if before:
        house = _HOUSE_ITEM.search(before.group(0))
        out.append((before.start() + (house.start(1) if house else 0), code.end()))


_SCRIPTS = (("cyr", _CYRILLIC), ("gr", _GREEK), ("han", _CHINESE), ("han", _JAPANESE),
            ("kana", _JAPANESE), ("ko", _KOREAN), ("ar", _ARABIC), ("he", _HEBREW),
            ("dev", _DEVANAGARI), ("th", _THAI))  # fmt: skip


def _script(ch: str) -> str:
    o = ord(ch)
    if o < 0x400:
        return "gr"
    if o < 0x500:
        return "cyr"
    if o < 0x600:
        return "he"
    if o < 0x700:
        return "ar"
    if o < 0xA00:
        return "dev"
    if o < 0xF00:
        return "th"
    if o < 0x3100:
        return "kana"
    if o < 0xA000:
        return "han"
    return "ko"


# "1061 Budapest, " / "75001 Paris, " / "191023, г. Москва, ": a postcode and town before
_PLACE_BEFORE = re.compile(rf"(?<![\w,.])\d{{4,6}}[ \t]+{_W}(?:[ -]{_W})?,[ \t]*\Z")


def with_place_before(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with the postcode and town written right before a street line added to it;
    a street named without any number ("the night market on Jalan Alor") is left out."""
    out = []
    for a, b in spans:
        if not _DIGIT.search(text, a, b):
            continue
        m = _PLACE_BEFORE.search(text, max(0, a - 40), a) if a and text[a - 1] in ", \t" else None
        out.append((m.start(), b) if m else (a, b))
    return out


def more_addresses(
    text: str,
    windows: list[tuple[int, int]],
    spans: list[tuple[int, int]],
    streets: list[tuple[int, int]] | None = None,
) -> list[tuple[int, int]]:
    """``spans`` (street lines the other patterns found) with a postcode and town written
    before them, and the addresses of the shapes above (``find_intl_addresses``)."""
    return with_place_before(text, spans) + find_intl_addresses(text, windows, streets)
