"""Person names in Chinese, Japanese and Korean text (part of ``names_scripts``).

Han and Hangul text has no capitals and no word breaks, so a name is only taken where the
text announces one: a label before it ("联系人：", "担当者:", "담당자:", "顧客の"), an
honorific after it ("先生", "様", "さん", "님", "씨"), or a self-introduction
("박서준입니다"); the candidate must then have a name's shape (a known surname, then one to
three given-name characters; Korean: given-name syllables). Each cue is found by one regex
that starts with literal letters (re skips to them in C); Python looks only at the hits.
Lists: ``names_scripts_data`` (written for aire from general knowledge).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from aire.guard.detect import names_scripts_data as _d

__all__ = [
    "HAN",
    "HANGUL",
    "IS_HAN",
    "IS_HANGUL",
    "IS_KANA",
    "KANA",
    "Span",
    "alt",
    "ja",
    "ko",
    "words",
    "zh",
]

Span = tuple[int, int, float]

HAN = "\u3400-\u4dbf\u4e00-\u9fff\u3005\uf900-\ufaff"
KANA = "\u3041-\u309f\u30a0-\u30ff"
HANGUL = "\uac00-\ud7a3"


def words(s: str) -> frozenset[str]:
    return frozenset(s.split())


def alt(items: frozenset[str] | set[str]) -> str:
    """A regex alternation of literals, longest first."""
    return "|".join(re.escape(w) for w in sorted(items, key=lambda w: (-len(w), w)))


# --- Chinese ------------------------------------------------------------------------------

_ZH_SUR = words(_d.ZH_SURNAMES)
_ZH_COMPOUND = words(_d.ZH_COMPOUND)
_ZH_TITLES = words(_d.ZH_TITLES)
_ZH_STOP2 = words(_d.ZH_STOP2) | _ZH_TITLES
_ZH_STOP1 = words(_d.ZH_STOP1)
# labels that name the person outright; the others ("客户", "用户") only before a name that
# ends where a word ends
_ZH_STRONG = frozenset(w for w in words(_d.ZH_LABELS) if w.endswith(("人", "者"))) | {
    "我叫", "名叫", "叫做",
}  # fmt: skip
_ZH_LABEL = re.compile(f"({alt(words(_d.ZH_LABELS) | {'我是'})})[ \t]*([:：]?)[ \t]*")
_ZH_TITLE = re.compile(alt(_ZH_TITLES))
_ZH_ROLE = re.compile(f"(?<=[{HAN}])[人者][ \t]*[:：][ \t]*")
_ZH_THANKS = words(
    "谢谢 感谢 感謝 謝謝 联系 聯繫 通知 告诉 告訴 提醒 邀请 邀請 欢迎 歡迎 恭喜 问候 問候 拜访 拜訪"
)
IS_HAN = re.compile(f"[{HAN}]")
# first two characters of ordinary words that start with a surname character
_ZH_COMMON = words(
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
    while n < 2 and q + n < len(text) and IS_HAN.match(text, q + n) and not _zh_stop(text, q + n):
        n += 1
    end = q + n
    if n == 0:  # a surname alone: only with a title ("联系人：王经理" is not a name)
        return (p, end, 0.5) if _ZH_TITLE.match(text, end) else None
    if text[p : p + 2] in _ZH_COMMON:
        return None
    if end < len(text) and IS_HAN.match(text, end) and not _zh_stop(text, end) and not strong:
        return None  # "客户关系管理": no name ends there
    return (p, end, 0.7)


def _zh_before(text: str, h: int) -> Span | None:
    k = 0
    while k < 4 and h - k - 1 >= 0 and IS_HAN.match(text, h - k - 1):
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


def zh(text: str) -> Iterator[Span]:
    for m in _ZH_LABEL.finditer(text):
        span = _zh_forward(text, m.end(), m.group(1) in _ZH_STRONG or bool(m.group(2)))
        if span:
            yield span
    for m in _ZH_ROLE.finditer(text):  # any role noun with a colon: "提交人：", "報案人："
        span = _zh_forward(text, m.end(), True)
        if span:
            yield span
    for m in _ZH_TITLE.finditer(text):
        if not m.start() or not IS_HAN.match(text, m.start() - 1):
            continue
        span = _zh_before(text, m.start())
        if span:
            yield span


# --- Japanese -----------------------------------------------------------------------------

_JA_SUR = words(_d.JA_SURNAMES)
_JA_SUR_RX = re.compile(alt(_JA_SUR))
_JA_TITLES = words(_d.JA_TITLES)
_JA_TITLE = re.compile(alt(_JA_TITLES))
_JA_LABEL = re.compile(f"(?:{alt(words(_d.JA_LABELS))})[ \t]*(?:[のはが:：]|さん|様)?[ \t]*")
_JA_STRONG_LABEL = re.compile("(?:氏名|お名前|名前)[ \t]*[:：][ \t]*")
_JA_COLON_LABEL = re.compile(f"(?:{alt(words(_d.JA_LABELS) | {'連絡先'})})[ \t]*[:：][ \t]*")
_JA_PAIR = re.compile(
    f"[{HAN}]{{1,3}} [{HAN}]{{1,3}}(?![{HAN}])|[{HAN}]{{1,3}} [{KANA}]{{2,4}}(?![{KANA}])"
)
IS_KANA = re.compile(f"[{KANA}]")
_IS_JA = re.compile(f"[{HAN}{KANA}]")
_IS_HIRA = re.compile("[\u3041-\u309f]")
_JA_COMMON = words(
    "関数 関係 関連 関西 関東 東京 東北 東海 東側 東口 南側 南口 南北 原因 原則 原稿 原価 原本 "
    "森林 "
    "林業 岡山 菅理 辻褄 堀端 関心 関与 東洋 南米 原発 東西"
)
_JA_NAME = re.compile(f"[{HAN}]{{1,3}}|[{KANA}]{{2,5}}")


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
        elif not (IS_HAN.match(ch) or IS_KANA.match(ch)):
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
    while g < len(text) and g - q < 4 and IS_HAN.match(text, g):
        if _JA_TITLE.match(text, g):
            break
        g += 1
    if 0 < g - q <= 3:
        return (p, g, 0.7)
    if g == q and (g >= len(text) or not IS_KANA.match(text, g) or _IS_HIRA.match(text, g)):
        return (p, end, 0.5)  # a surname, then a particle or punctuation ("担当の鈴木より")
    return None


def ja(text: str) -> Iterator[Span]:
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
        n = re.compile(f"[{HAN}]{{1,4}}(?: [{HAN}{KANA}]{{1,4}})?").match(text, m.end())
        if n and len(n.group(0)) >= 2:
            yield (n.start(), n.end(), 0.7)


# --- Korean -------------------------------------------------------------------------------

_KO_SUR = words(_d.KO_SURNAMES)
_KO_COMPOUND = words(_d.KO_COMPOUND)
_KO_GIVEN = words(_d.KO_GIVEN)
_KO_COMMON = words(_d.KO_COMMON)
_KO_TITLES = alt(words(_d.KO_TITLES) - {"군", "양", "기자", "의원"})
_KO_JOBS = words("대리 과장 부장 팀장 차장 실장 주임 사원 이사")  # after a space only
_KO_HONORIFIC = re.compile(_KO_TITLES)
IS_HANGUL = re.compile(f"[{HANGUL}]")
_HANGUL_RUN = re.compile(f"[{HANGUL}]+")
# a self-introduction starts the text, a line or a clause ("안녕하세요, 박서준입니다")
_KO_INTRO = ("입니다", "이에요", "예요")
_KO_INTRO_AFTER = frozenset(",.!?，。:：\n")


def _ko_name_before(text: str, i: int) -> tuple[int, str] | None:
    """The 3 (or 4) syllables before ``i`` that make a whole word: (start, word)."""
    for n in (3, 4):
        a = i - n
        if a < 0:
            break
        if _HANGUL_RUN.fullmatch(text, a, i) and (not a or not IS_HANGUL.match(text, a - 1)):
            return a, text[a:i]
    return None


# labels that name a person's role take a name without a colon; "이름", "성명" need one
_KO_ROLES = words(_d.KO_LABELS) - words(
    "이름 성명 성함 담당 대표 회원 학생 직원 사원 기자 저는 제이름은"
)
_KO_PAIRS = words("받는_사람 받는사람 보내는_사람 보내는사람 받는_분 받는분")
_KO_ROLES |= frozenset(w.replace("_", " ") for w in _KO_PAIRS)
# one flat alternation of literals: re skips in C to where a label's first letter is
_KO_LABEL = re.compile(
    f"({alt(words(_d.KO_LABELS) | _KO_ROLES)})[ \t]*([:：]?)[ \t]*([{HANGUL}]{{2,8}})"
)
_KO_SUFFIXES = words(_d.KO_SUFFIXES)


def _ko_shape(base: str, short: bool) -> bool:
    if base in _KO_COMMON:
        return False
    if len(base) == 4 and base[:2] in _KO_COMPOUND:
        return all(c in _KO_GIVEN for c in base[2:])
    if len(base) == 3 or (short and len(base) == 2):
        return base[0] in _KO_SUR and all(c in _KO_GIVEN for c in base[1:])
    return False


def ko(text: str) -> Iterator[Span]:
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
            m.start() and IS_HANGUL.match(text, m.start() - 1)
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
