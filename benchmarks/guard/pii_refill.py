"""PII on unseen values: pii_dev.jsonl's sentences refilled with fresh Faker values.

Each pattern-type span (email, phone, card, IBAN, SSN, IP, URL) of every row is replaced
by a newly generated value (phones, e-mails and IBANs of a random locale among ~50, or
en_US only), spans are recomputed, and find_pii is scored by exact span match. A proxy
for the held-out half of synth_dataset_v2: same templates, values it has never seen.
Faker is not a dependency of aire:

    pip install --target /tmp/fakerlib faker
    REPS=20 PYTHONPATH=/tmp/fakerlib .venv/bin/python benchmarks/guard/pii_refill.py SEED mixed|us [-v]
"""

import collections
import json
import os
import random
import sys
from pathlib import Path

from faker import Faker

from aire.guard.detect.pii import PATTERN_KINDS, find_pii
from aire.guard.evaluate import PRESIDIO_KINDS

random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
LOC = [
    "en_US",
    "en_GB",
    "de_DE",
    "fr_FR",
    "nl_NL",
    "nl_BE",
    "sv_SE",
    "pt_BR",
    "it_IT",
    "es_ES",
    "en_AU",
    "fi_FI",
    "da_DK",
    "pl_PL",
    "cs_CZ",
    "de_AT",
    "de_CH",
    "fr_CH",
    "no_NO",
    "en_CA",
    "en_NZ",
    "ja_JP",
    "zh_CN",
    "ru_RU",
    "pt_PT",
    "en_IE",
    "hu_HU",
    "el_GR",
    "tr_TR",
    "en_IN",
    "ko_KR",
    "he_IL",
    "uk_UA",
    "ro_RO",
    "hr_HR",
    "sk_SK",
    "lt_LT",
    "lv_LV",
    "et_EE",
    "bg_BG",
    "sl_SI",
    "zh_TW",
    "es_MX",
    "en_PH",
    "fil_PH",
    "th_TH",
    "id_ID",
    "vi_VN",
    "ar_AA",
    "fa_IR",
    "hi_IN",
    "az_AZ",
    "ka_GE",
    "hy_AM",
]
fakers = {}
for l in LOC:
    try:
        fakers[l] = Faker(l)
        fakers[l].seed_instance(random.randrange(1 << 30))
        fakers[l].phone_number()
        fakers[l].email()
    except Exception:
        fakers.pop(l, None)
us = fakers["en_US"]
mode = sys.argv[2] if len(sys.argv) > 2 else "mixed"


def gen(kind):
    f = us if mode == "us" else random.choice(list(fakers.values()))
    if kind == "PHONE_NUMBER":
        return f.phone_number()
    if kind == "EMAIL_ADDRESS":
        return f.email() if random.random() < 0.5 else f.free_email()
    if kind == "CREDIT_CARD":
        return us.credit_card_number()
    if kind == "IBAN_CODE":
        try:
            return f.iban()
        except Exception:
            return us.iban()
    if kind == "US_SSN":
        return us.ssn()
    if kind == "IP_ADDRESS":
        return random.choice([us.ipv4(), us.ipv4_public(), us.ipv6(), us.ipv4_private()])
    if kind == "DOMAIN_NAME":
        return random.choice(
            [us.url(), us.url(), "https://" + us.domain_name() + "/" + us.uri_path(), us.uri()]
        )


DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "pii" / "pii_dev.jsonl"
rows = [json.loads(line) for line in DATA.open()]
stats = collections.Counter()
misses = collections.defaultdict(list)
fps = collections.defaultdict(list)
for r in rows * int(os.environ.get("REPS", "1")):
    text = r["full_text"]
    spans = sorted(r["spans"], key=lambda s: s["start_position"])
    out = []
    pos = 0
    gold = []
    for s in spans:
        out.append(text[pos : s["start_position"]])
        cur = sum(map(len, out))
        val = gen(s["entity_type"]) if s["entity_type"] in PRESIDIO_KINDS else s["entity_value"]
        if s["entity_type"] in PRESIDIO_KINDS:
            gold.append((PRESIDIO_KINDS[s["entity_type"]], cur, cur + len(val)))
        out.append(val)
        pos = s["end_position"]
    out.append(text[pos:])
    t = "".join(out)
    pred = {(f.kind, f.start, f.end) for f in find_pii(t, PATTERN_KINDS)}
    g = set(gold)
    for k, a, b in g:
        if (k, a, b) in pred:
            stats[k, "tp"] += 1
        else:
            stats[k, "fn"] += 1
            misses[k].append((t[a:b], t[max(0, a - 30) : b + 15]))
    for k, a, b in pred - g:
        stats[k, "fp"] += 1
        fps[k].append((t[a:b], t[max(0, a - 30) : b + 15]))
for k in sorted({k for k, _ in stats}):
    tp, fp, fn = stats[k, "tp"], stats[k, "fp"], stats[k, "fn"]
    print(
        f"{k:12} tp {tp:4} fp {fp:3} fn {fn:3} R {tp / max(1, tp + fn):.3f} P {tp / max(1, tp + fp):.3f}"
    )
TP = sum(v for (k, x), v in stats.items() if x == "tp")
FP = sum(v for (k, x), v in stats.items() if x == "fp")
FN = sum(v for (k, x), v in stats.items() if x == "fn")
p = TP / (TP + FP)
rr = TP / (TP + FN)
print(f"ALL P {p:.3f} R {rr:.3f} F1 {2 * p * rr / (p + rr):.3f}")
if "-v" in sys.argv:
    for k in misses:
        print("MISS", k, misses[k][:25])
    for k in fps:
        print("FP", k, fps[k][:25])
