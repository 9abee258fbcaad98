#!/usr/bin/env python3
"""Build aire/guard/data/names.json.gz: the word lists of the person-name finder.

Sources (see src/aire/guard/data/NOTICE):
- given names and surnames: the US Census Bureau's 1990 frequency lists
  (public domain, U.S. government work), as shipped by the PyPI package ``names`` 0.3.0
  (MIT): 5,494 given names, 88,799 surnames. The US population makes the surname list
  international (Nguyen, Okafor, Kowalski, Tanaka, Mensah...).
- more given names of many cultures: ``EXTRA_GIVEN`` below, a list of common given
  names compiled here from general knowledge (no third-party list copied; not Faker's).
- common words: lower-case words frequent in running English prose (the docstrings of
  Python's standard library, PSF licence, read from this interpreter, and the README
  files of the Debian system that builds it, DFSG-free licences); a capitalised
  token that is mostly an ordinary word ("May", "Will", "Long", "Golden") needs more
  evidence than a list match to count as a name.

    pip install names==0.3.0 && python scripts/build_name_data.py
"""

from __future__ import annotations

import gzip
import inspect
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "aire" / "guard" / "data" / "names.json.gz"

EXTRA_GIVEN = """
aarav aditi aditya ahmed ahmad aiko aisha akira akosua alejandro aleksandr aleksandra
alexei ali amara amina amir anan ananya andrei anil anja anjali antoine arjun arnav
ayaan ayumi bao björn bjorn bogdan busisiwe camila chen chidi chidinma chioma chinedu
chloé cristiano daiki dmitri dmitry efua elif emeka emre enrique esra fatima fatma farid
femi florin giulia giuseppe gonzalo guadalupe gunnar haruka haruto hamza hana hiroshi
hiroko hyun ibrahim ifeanyi ingrid isabela jae jiho jin jun junaid jürgen kaito kamal
kemal kenji keiko kofi kwame kwabena lakshmi lars leila lucía luca magnus mahmoud mai
malak mamadou maryam matteo mei mehmet minh ming mohamed mohammed moritz musa nadia
naveen ngozi nikhil nkosi noor nuno olga olumide olusegun oluwaseun omar oren pedro
pieter pooja priya qiang rafael rahul raj ravi rania reza riya rodrigo rohan ryo ryota
sakura santiago sanjay sara seo-yeon shreya siddharth sipho sofía sören sunil sven
takeshi tariq thabo thiago tomasz tunde uchenna vikram wei xavier xin yara yasmin yerlan
yi yuki yusuf zainab zanele zeynep zhang zhi ziyad wojciech katarzyna agnieszka
małgorzata krzysztof piotr jan jana lukas jakub tereza petra miroslav stefan stefano
francesca alessandro giovanni lorenzo chiara margarethe ole nils henrik håkan åsa eero
aino juhani mikko pekka anneli sirpa tuomas ilkka joão joao tiago inês rui bruno gonçalo
afonso beatriz
""".split()  # noqa: SIM905
_WORD = re.compile(r"[A-Za-z]+")


def common_words() -> list[str]:
    import warnings

    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for name in sorted(sys.stdlib_module_names):
        if name.startswith("_") or name in ("antigravity", "this", "idlelib", "tkinter", "turtle"):
            continue
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                mod = __import__(name)
        except Exception:
            continue
        docs = [inspect.getdoc(mod) or ""]
        docs += [inspect.getdoc(o) or "" for _, o in inspect.getmembers(mod, inspect.isroutine)]
        for doc in docs:
            for w in _WORD.findall(doc):
                (lower if w.islower() else upper)[w.lower()] += 1
    import gzip as gz

    for path in sorted(Path("/usr/share/doc").glob("*/README*")):  # Debian's READMEs
        try:
            raw = path.read_bytes()
            text = (gz.decompress(raw) if path.suffix == ".gz" else raw).decode("utf-8")
        except (OSError, UnicodeDecodeError, EOFError, gz.BadGzipFile):
            continue
        text = re.sub(r"\S+@\S+|\S+://\S+", " ", text)  # no e-mail addresses, URLs
        for w in _WORD.findall(text):
            (lower if w.islower() else upper)[w.lower()] += 1
    # words seen lower case at least 3 times, and more often lower case than capitalised
    # (names appear lower case in e-mail addresses and user names, but mostly capitalised)
    return sorted(w for w, n in lower.items() if n >= 3 and n >= 2 * upper[w] and len(w) > 1)


def main() -> int:
    import names

    base = Path(names.__file__).parent

    def read(fname: str) -> list[str]:
        return [line.split()[0].lower() for line in (base / fname).read_text().splitlines()]

    given = sorted(set(read("dist.male.first") + read("dist.female.first") + EXTRA_GIVEN))
    surnames = read("dist.all.last")
    data = {"given": given, "surnames": surnames, "common": common_words()}
    OUT.write_bytes(gzip.compress(json.dumps(data).encode(), mtime=0))
    print(f"wrote {OUT} ({OUT.stat().st_size / 1e3:.0f} kB):",
          {k: len(v) for k, v in data.items()})  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
