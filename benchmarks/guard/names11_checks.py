#!/usr/bin/env python3
"""Person names in non-Latin scripts (names11): precision / recall per script on the
hand-labelled checks of ``names11_data.py``, and person findings per 1,000 benign sentences
(the hand-written ones, and the translated messages of the system's gettext catalogs
under /usr/share/locale: msgstr of every .mo file, header and translator credits left
out, one line a sentence).

    PYTHONPATH=$PWD/src .venv/bin/python benchmarks/guard/names11_checks.py [--show] [--cap N]
"""

from __future__ import annotations

import argparse
import gettext
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from names11_data import BENIGN, FRESH_BENIGN, FRESH_POSITIVE, POSITIVE  # noqa: E402

from aire.guard.detect.names_scripts import _GATE  # noqa: E402
from aire.guard.detect.pii import find_pii  # noqa: E402

LOCALES = {
    "zh": ("zh_CN", "zh_TW"), "ja": ("ja",), "ko": ("ko",),
    "cyr": ("ru", "uk", "sr", "bg", "kk", "be"), "el": ("el",), "ar": ("ar", "fa"),
    "he": ("he",), "hi": ("hi",),
}  # fmt: skip


def persons(text: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in find_pii(text) if f.kind == "person"]


def overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter >= 0.5 * (a[1] - a[0]) and inter >= 0.5 * (b[1] - b[0])


def locale_lines(langs: tuple[str, ...], cap: int) -> list[str]:
    out: set[str] = set()
    for lang in langs:
        for mo in sorted(Path("/usr/share/locale", lang, "LC_MESSAGES").glob("*.mo")):
            try:
                with mo.open("rb") as fh:
                    cat = gettext.GNUTranslations(fh)._catalog  # type: ignore[attr-defined]
            except Exception:
                continue
            for key, value in cat.items():
                msgid = key[0] if isinstance(key, tuple) else key
                if (
                    not msgid
                    or "credit" in str(msgid).lower()
                    or "translator" in str(msgid).lower()
                ):
                    continue
                for line in str(value).splitlines():
                    line = line.strip()
                    if len(line) >= 8 and not line.isascii():
                        out.add(line)
    lines = sorted(out)
    random.Random(11).shuffle(lines)
    return lines[:cap]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--cap", type=int, default=5000)
    ap.add_argument("--fresh", action="store_true", help="the second, untuned set (no locales)")
    args = ap.parse_args()
    positive, benign_sets = (FRESH_POSITIVE, FRESH_BENIGN) if args.fresh else (POSITIVE, BENIGN)
    tot = [0, 0, 0, 0]
    print(
        "script  pos  tp  fp  fn  exact   P      R      | benign FP/1000 (n) | locale FP/1000 (n)"
    )
    for script, rows in positive.items():
        tp = fp = fn = exact = 0
        for text, names in rows:
            gold = []
            for n in names:
                i = text.find(n)
                gold.append((i, i + len(n)))
            pred = persons(text)
            matched = set()
            for g in gold:
                hit = next((p for p in pred if overlap(g, p) and p not in matched), None)
                if hit:
                    tp += 1
                    matched.add(hit)
                    exact += hit == g
                else:
                    fn += 1
                    if args.show:
                        got = [text[a:b] for a, b in pred]
                        print(f"  MISS {text!r}: {text[g[0] : g[1]]!r} got {got}")
            for p in pred:
                if p not in matched:
                    fp += 1
                    if args.show:
                        print(f"  FP   {text!r}: {text[p[0] : p[1]]!r}")
        benign = [t for t in benign_sets.get(script, []) if t.strip()]
        bfp = 0
        for t in benign:
            for a, b in persons(t):
                bfp += 1
                if args.show:
                    print(f"  BENIGN FP {t!r}: {t[a:b]!r}")
        lines = [] if args.fresh else locale_lines(LOCALES[script], args.cap)
        lfp = latin = 0
        for t in lines:
            for a, b in persons(t):
                if not _GATE.search(t, a, b):  # a Latin-script name: the finder before names11
                    latin += 1
                    continue
                lfp += 1
                if args.show:
                    print(f"  LOCALE FP {t!r}: {t[a:b]!r}")
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        print(
            f"{script:6s} {len(rows):4d} {tp:3d} {fp:3d} {fn:3d} {exact:4d}   {p:.3f}  {r:.3f}  | "
            f"{1000 * bfp / max(1, len(benign)):6.1f} ({len(benign)})      | "
            f"{1000 * lfp / max(1, len(lines)):6.1f} ({len(lines)}; Latin-script spans {latin})"
        )
        tot = [tot[0] + tp, tot[1] + fp, tot[2] + fn, tot[3] + exact]
    tp, fp, fn, exact = tot
    p, r = tp / (tp + fp), tp / (tp + fn)
    print(f"all    tp {tp} fp {fp} fn {fn} exact {exact}  P {p:.3f} R {r:.3f}")


if __name__ == "__main__":
    main()
