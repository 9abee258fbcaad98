"""Person names in non-Latin scripts: Chinese, Japanese, Korean, Cyrillic, Greek, Arabic,
Persian, Hebrew and Hindi (Devanagari).

Han and Hangul text has no capitals and no word breaks, so a name is only taken where the
text announces one: a label before it ("联系人：", "担当者:", "담당자:", "顧客の"), an
honorific after it ("先生", "様", "さん", "님", "씨"), or a self-introduction
("박서준입니다"); the candidate must then have a name's shape (a known surname, then one to
three given-name characters, Korean given-name syllables). Cyrillic and Greek names are
runs of capitalised words holding a known given name (inflected forms too: "Олени",
"Дмитрию") next to a surname ending ("-енко", "-ов", "-όπουλος") or after a title ("пан",
"κ."). Arabic, Persian, Hebrew and Hindi names start at a known given name and go on
over particles ("بن", "عبد", "آل"), other given names, nisba surnames ("الحربي") and
known surnames; a lone given name needs a title or label ("السيد", "آقای", "श्री").
Lists: ``names_scripts_data`` (written for aire from general knowledge).

Cost: text of ASCII or Latin-1 characters is told apart by ``str.isascii`` / ``latin1``
(no regex); any other text by one regex search for a character of these scripts, then
per script cue regexes in C; Python only looks at the places they match.
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
from aire.guard.detect.unicode import latin1

__all__ = ["find_person_spans", "name_line_before", "script_person_spans"]

Span = tuple[int, int, float]

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\u3005\uf900-\ufaff"
_KANA = "\u3041-\u309f\u30a0-\u30ff"
_HANGUL = "\uac00-\ud7a3"
_CYR = "\u0400-\u04ff"
_GREEK = "\u0370-\u03ff\u1f00-\u1fff"
_ARABIC = "\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u064b-\u065f\u0640"
_HEBREW = "\u05d0-\u05ea"
_DEVA = "\u0900-\u0963\u0971-\u097f"
_GATE = re.compile(f"[{_HAN}{_KANA}{_HANGUL}{_CYR}{_GREEK}{_ARABIC}{_HEBREW}{_DEVA}]")


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


def _alt(words: frozenset[str] | set[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def find_person_spans(text: str, *, cued: bool = True) -> list[Span]:
    """``names.find_person_spans`` (Latin script) plus the names of other scripts that do
    not overlap them."""
    spans = _latin_person_spans(text, cued=cued)
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


# --- Chinese ------------------------------------------------------------------------------

_ZH_SUR = _words(_d.ZH_SURNAMES)
_ZH_COMPOUND = _words(_d.ZH_COMPOUND)
_ZH_TITLES = _words(_d.ZH_TITLES)
_ZH_STOP2 = _words(_d.ZH_STOP2) | _ZH_TITLES
_ZH_STOP1 = _words(_d.ZH_STOP1)
# labels that name the person outright; the others ("客户", "用户") only before a name that
# ends where a word ends
_ZH_STRONG = frozenset(w for w in _words(_d.ZH_LABELS) if w.endswith(("人", "者"))) | {
    "我叫", "名叫", "叫做",
}  # fmt: skip
_ZH_LABEL = re.compile(f"({_alt(_words(_d.ZH_LABELS) | {'我是'})})[ \t]*([:：]?)[ \t]*")
_ZH_TITLE = re.compile(_alt(_ZH_TITLES))
_ZH_ROLE = re.compile(f"(?<=[{_HAN}])[人者][ \t]*[:：][ \t]*")
_ZH_THANKS = _words(
    "谢谢 感谢 感謝 謝謝 联系 聯繫 通知 告诉 告訴 提醒 邀请 邀請 欢迎 歡迎 恭喜 问候 問候 拜访 拜訪"
)
_IS_HAN = re.compile(f"[{_HAN}]")
# first two characters of ordinary words that start with a surname character
_ZH_COMMON = _words(
    "范围 範圍 关联 關聯 储存 儲存 关系 關係 管理 高速 高级 高級 高兴 高興 王国 王國 金融 "
    "金额 金額 "
    "方面 方法 方式 方案 "
    "文件 文化 文字 安全 安排 安装 安裝 常见 常見 常用 程序 程度 黄金 黃金 石油 周末 周年 "
    "林业 余额 餘額 包括 包装 包裝 华为 華為 连接 連接 连续 連續 车辆 車輛 车票 車票 易于 "
    "温度 溫度 康复 康復 苏州 蘇州 毛巾 江苏 江蘇 江西 马上 馬上 史上 田地 孔子 龙头 龍頭 "
    "任何 任务 任務 申请 申請 申报 尚未 宁可 寧可 时间 時間 顾问 顧問 童年 席位 季度 景点 "
    "景點 游戏 遊戲 许多 許多 谢谢 謝謝 曾经 曾經 程序 付款 付费 付費 方便 方向 白色 白天 "
    "万元 萬元 钱包 錢包 严重 嚴重 武汉 武漢 齐全 齊全 乔迁 冯氏 杜绝 柯南 梅花 童装 翁婿 "
    "甘肃 甘肅 祝贺 祝賀 祝您 简单 簡單 简介 簡介 项目 項目 费用 費用 卫生 衛生 朱红 董事 "
    "潘多 蒋介 邱比 江湖 尹氏 段落 雷达 雷達 侯爵 龙年 龍年 陶瓷 顾客 顧客 贺卡 賀卡 毛病"
)


def _zh_stop(text: str, i: int) -> bool:
    return i >= len(text) or text[i : i + 2] in _ZH_STOP2 or text[i] in _ZH_STOP1


def _zh_forward(text: str, p: int, strong: bool) -> Span | None:
    if text[p : p + 2] in _ZH_COMPOUND:
        q = p + 2
    elif p < len(text) and text[p] in _ZH_SUR:
        q = p + 1
    else:
        return None
    n = 0
    while n < 2 and q + n < len(text) and _IS_HAN.match(text, q + n) and not _zh_stop(text, q + n):
        n += 1
    end = q + n
    if n == 0:  # a surname alone: only with a title ("联系人：王经理" is not a name)
        return (p, end, 0.5) if _ZH_TITLE.match(text, end) else None
    if text[p : p + 2] in _ZH_COMMON:
        return None
    if end < len(text) and _IS_HAN.match(text, end) and not _zh_stop(text, end) and not strong:
        return None  # "客户关系管理": no name ends there
    return (p, end, 0.7)


def _zh_before(text: str, h: int) -> Span | None:
    k = 0
    while k < 4 and h - k - 1 >= 0 and _IS_HAN.match(text, h - k - 1):
        k += 1
    if k >= 4 and text[h - 4 : h - 2] in _ZH_COMPOUND:
        return (h - 4, h, 0.7)
    if (
        k >= 3
        and text[h - 3] in _ZH_SUR
        and text[h - 5 : h - 3] not in _ZH_THANKS  # "谢谢李明先生"
        and not (_zh_stop(text, h - 2) or _zh_stop(text, h - 1))
        and text[h - 3 : h - 1] not in _ZH_COMMON
    ):
        return (h - 3, h, 0.7)
    if (
        k >= 2
        and text[h - 2] in _ZH_SUR
        and not _zh_stop(text, h - 1)
        and text[h - 2 : h] not in _ZH_COMMON
    ):
        return (h - 2, h, 0.7)
    if k >= 1 and text[h - 1] in _ZH_SUR:
        return (h - 1, h, 0.5)
    return None


def _zh(text: str) -> Iterator[Span]:
    for m in _ZH_LABEL.finditer(text):
        span = _zh_forward(text, m.end(), m.group(1) in _ZH_STRONG or bool(m.group(2)))
        if span:
            yield span
    for m in _ZH_ROLE.finditer(text):  # any role noun with a colon: "提交人：", "報案人："
        span = _zh_forward(text, m.end(), True)
        if span:
            yield span
    for m in _ZH_TITLE.finditer(text):
        if not m.start() or not _IS_HAN.match(text, m.start() - 1):
            continue
        span = _zh_before(text, m.start())
        if span:
            yield span


# --- Japanese -----------------------------------------------------------------------------

_JA_SUR = _words(_d.JA_SURNAMES)
_JA_SUR_RX = re.compile(_alt(_JA_SUR))
_JA_TITLES = _words(_d.JA_TITLES)
_JA_TITLE = re.compile(_alt(_JA_TITLES))
_JA_LABEL = re.compile(f"(?:{_alt(_words(_d.JA_LABELS))})[ \t]*(?:[のはが:：]|さん|様)?[ \t]*")
_JA_STRONG_LABEL = re.compile("(?:氏名|お名前|名前)[ \t]*[:：][ \t]*")
_JA_COLON_LABEL = re.compile(f"(?:{_alt(_words(_d.JA_LABELS) | {'連絡先'})})[ \t]*[:：][ \t]*")
_JA_PAIR = re.compile(
    f"[{_HAN}]{{1,3}} [{_HAN}]{{1,3}}(?![{_HAN}])|[{_HAN}]{{1,3}} [{_KANA}]{{2,4}}(?![{_KANA}])"
)
_IS_KANA = re.compile(f"[{_KANA}]")
_IS_JA = re.compile(f"[{_HAN}{_KANA}]")
_IS_HIRA = re.compile("[\u3041-\u309f]")
_JA_COMMON = _words(
    "関数 関係 関連 関西 関東 東京 東北 東海 東側 東口 南側 南口 南北 原因 原則 原稿 原価 原本 "
    "森林 "
    "林業 岡山 菅理 辻褄 堀端 関心 関与 東洋 南米 原発 東西"
)
_JA_NAME = re.compile(f"[{_HAN}]{{1,3}}|[{_KANA}]{{2,5}}")


def _ja_given_ok(given: str) -> bool:
    """The part after the surname: empty, up to 3 kanji, or 2-5 kana (not both)."""
    return not given or bool(_JA_NAME.fullmatch(given))


def _ja_before(text: str, h: int) -> Span | None:
    j = h - 1 if h and text[h - 1] == " " else h
    i, spaces = j, 0
    while i > 0 and j - i < 9:
        ch = text[i - 1]
        if ch == " ":
            if spaces or i == j:
                break
            spaces += 1
        elif not (_IS_HAN.match(ch) or _IS_KANA.match(ch)):
            break
        i -= 1
    for s in range(i, j):
        if s > i and not (_IS_HIRA.match(text, s - 1) or text[s - 1] == " "):
            continue  # a name starts the run or follows a particle ("顧客の", "受取人は")
        m = _JA_SUR_RX.match(text, s, j)
        if not m:
            continue
        rest = text[m.end() : j]
        given = rest[1:] if rest.startswith(" ") else rest
        if " " in given or not _ja_given_ok(given) or text[s : s + 2] in _JA_COMMON:
            continue
        return (s, j if given else m.end(), 0.7 if given else 0.5)
    return None


def _ja_forward(text: str, p: int) -> Span | None:
    m = _JA_SUR_RX.match(text, p)
    if not m or text[p : p + 2] in _JA_COMMON:
        return None
    end = m.end()
    q = end + 1 if text[end : end + 1] == " " else end
    g = q
    while g < len(text) and g - q < 4 and _IS_HAN.match(text, g):
        if _JA_TITLE.match(text, g):
            break
        g += 1
    if 0 < g - q <= 3:
        return (p, g, 0.7)
    if g == q and (g >= len(text) or not _IS_KANA.match(text, g) or _IS_HIRA.match(text, g)):
        return (p, end, 0.5)  # a surname, then a particle or punctuation ("担当の鈴木より")
    return None


def _ja(text: str) -> Iterator[Span]:
    for m in _JA_TITLE.finditer(text):
        if not m.start() or not (text[m.start() - 1] == " " or _IS_JA.match(text, m.start() - 1)):
            continue
        span = _ja_before(text, m.start())
        if span:
            yield span
    for m in _JA_LABEL.finditer(text):
        span = _ja_forward(text, m.end())
        if span:
            yield span
    for m in _JA_COLON_LABEL.finditer(text):  # "連絡先：小野寺 恵": two words, a name's shape
        n = _JA_PAIR.match(text, m.end())
        if n:
            yield (n.start(), n.end(), 0.6)
    for m in _JA_STRONG_LABEL.finditer(text):
        n = re.compile(f"[{_HAN}]{{1,4}}(?: [{_HAN}{_KANA}]{{1,4}})?").match(text, m.end())
        if n and len(n.group(0)) >= 2:
            yield (n.start(), n.end(), 0.7)


# --- Korean -------------------------------------------------------------------------------

_KO_SUR = _words(_d.KO_SURNAMES)
_KO_COMPOUND = _words(_d.KO_COMPOUND)
_KO_GIVEN = _words(_d.KO_GIVEN)
_KO_COMMON = _words(_d.KO_COMMON)
_KO_TITLES = _alt(_words(_d.KO_TITLES) - {"군", "양", "기자", "의원"})
_KO_JOBS = _words("대리 과장 부장 팀장 차장 실장 주임 사원 이사")  # after a space only
_KO_HONORIFIC = re.compile(_KO_TITLES)
_IS_HANGUL = re.compile(f"[{_HANGUL}]")
_HANGUL_RUN = re.compile(f"[{_HANGUL}]+")
# a self-introduction starts the text, a line or a clause ("안녕하세요, 박서준입니다")
_KO_INTRO = ("입니다", "이에요", "예요")
_KO_INTRO_AFTER = frozenset(",.!?，。:：\n")


def _ko_name_before(text: str, i: int) -> tuple[int, str] | None:
    """The 3 (or 4) syllables before ``i`` that make a whole word: (start, word)."""
    for n in (3, 4):
        a = i - n
        if a < 0:
            break
        if _HANGUL_RUN.fullmatch(text, a, i) and (not a or not _IS_HANGUL.match(text, a - 1)):
            return a, text[a:i]
    return None


# labels that name a person's role take a name without a colon; "이름", "성명" need one
_KO_ROLES = _words(_d.KO_LABELS) - _words(
    "이름 성명 성함 담당 대표 회원 학생 직원 사원 기자 저는 제이름은"
)
_KO_PAIRS = _words("받는_사람 받는사람 보내는_사람 보내는사람 받는_분 받는분")
_KO_ROLES |= frozenset(w.replace("_", " ") for w in _KO_PAIRS)
# one flat alternation of literals: re skips in C to where a label's first letter is
_KO_LABEL = re.compile(
    f"({_alt(_words(_d.KO_LABELS) | _KO_ROLES)})[ \t]*([:：]?)[ \t]*([{_HANGUL}]{{2,8}})"
)
_KO_SUFFIXES = _words(_d.KO_SUFFIXES)


def _ko_shape(base: str, short: bool) -> bool:
    if base in _KO_COMMON:
        return False
    if len(base) == 4 and base[:2] in _KO_COMPOUND:
        return all(c in _KO_GIVEN for c in base[2:])
    if len(base) == 3 or (short and len(base) == 2):
        return base[0] in _KO_SUR and all(c in _KO_GIVEN for c in base[1:])
    return False


def _ko(text: str) -> Iterator[Span]:
    for m in _KO_HONORIFIC.finditer(text):
        spaced = m.start() > 0 and text[m.start() - 1] == " "
        if not spaced and m.group(0) in _KO_JOBS:
            continue
        i = m.start() - spaced
        found = _ko_name_before(text, i)
        if found and _ko_shape(found[1], False):
            yield (found[0], i, 0.7)
    for suffix in _KO_INTRO:
        i = text.find(suffix)
        while i != -1:
            found = _ko_name_before(text, i)
            if found and _ko_shape(found[1], False):
                a = found[0]
                prev = text[max(0, a - 4) : a].rstrip(" ")
                if not prev or prev[-1] in _KO_INTRO_AFTER or prev.endswith("저는"):
                    yield (a, i, 0.7)
            i = text.find(suffix, i + 1)
    for m in _KO_LABEL.finditer(text):
        if (m.group(1) not in _KO_ROLES and not m.group(2)) or (
            m.start() and _IS_HANGUL.match(text, m.start() - 1)
        ):
            continue
        word = m.group(3)
        for n in (3, 4, 2):  # a name of n syllables, then nothing or a particle
            rest = word[n:]
            if (
                len(word) >= n
                and (not rest or rest in _KO_SUFFIXES)
                and _ko_shape(word[:n], bool(m.group(2)))
            ):
                yield (m.start(3), m.start(3) + n, 0.7)
                break


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
