"""Build tests/guard/data/pii_check6.jsonl: each row a text with [[P:...]] / [[A:...]] marks.

Written by hand (CC0, like the tests) for branch pii6 *before* its rules were changed,
and measured only before and after (never tuned on): a check of the recall work on
names and addresses across many cultures and form/chat shapes.
"""

import json
import re
from pathlib import Path

ROWS = r"""
Hi team, please ship the replacement to [[A:Apt. 4B, 310 Maple Avenue, Denver, CO 80203]].
Tenant: [[P:Bongani Khumalo]], unit 7, rent paid in full.
Regards,\n[[P:Oluwaseun Adebayo-Smith]]\nProcurement lead
From: [[P:Thandiwe Mokoena]]\nSubject: invoice 4471
Customer [[P:Yerlan Abenov]] called about the refund again.
Can you cc [[P:J. R. Okafor]] on the final report?
The patient [[P:Mehmet Yıldırım]] reports mild pain after surgery.
Thanks, [[P:Hyun-woo Park]]
Name: [[P:Siobhán Ní Bhriain]]
Contact person: [[P:Dagny Øvergaard]], phone on file.
Send the keys c/o [[P:Ana Tavares]], [[A:Rua das Flores 88, 4050-265 Porto]].
Vores kontor ligger på [[A:Nørregade 14, 1165 København K]].
Pakke sendes til [[A:Storgata 21, 0184 Oslo]] innen fredag.
Adresas: [[A:Gedimino pr. 9, LT-01103 Vilnius]].
Mój adres: [[A:ul. Długa 17 m. 4, 80-827 Gdańsk]].
Bydlím na adrese [[A:Husova 12, 602 00 Brno]].
Η διεύθυνση είναι [[A:Odos Ermou 25, 105 63 Athina]].
Teslimat adresi: [[A:Bağdat Caddesi No: 112 Daire 5, Kadıköy]].
Office: [[A:Suite 200, 1200 Peachtree St NE, Atlanta, GA 30309]]
Send it to [[A:Flat 3, 27 Kensington Gardens Square, London W2 4BH]], thanks.
Our new place is [[A:18 Rosebank Road, Apt 12]], come by Sunday.
Postadresse: [[A:Mannerheimintie 5 A 7, 00100 Helsinki]].
Aadress: [[A:Narva mnt 7, 10117 Tallinn]].
Adrese: [[A:Brīvības iela 55, LV-1010 Rīga]].
Bitte an [[A:Schillerstraße 3a, 8010 Graz]] liefern.
Ring [[P:Ingrid Sæther-Holm]] before noon.
We met [[P:Nguyen Thi Mai]] and [[P:Tran Van Duc]] at the conference.
Dear [[P:Ms. Abimbola Okonjo-Iweala]],
Prepared by [[P:Carlos Eduardo da Silva]] for the board.
Guest: [[P:Aigerim Bekova]], room 412.
Emergency contact: [[P:Tomasz Wiśniewski]] (brother).
the new hire is [[P:zanele dlamini]], starts monday.
Deliver to [[A:Kungsgatan 44, 411 19 Göteborg]] please.
Our studio: [[A:Calle 85 # 11-53, Bogotá]].
Billing address\n[[A:742 Evergreen Terrace\nSpringfield]]
I live at [[A:Apartment 5, 9 Harbour View Road, Auckland 1010]].
Signed,\n[[P:Kwame Asante-Boateng]]
Assigned to [[P:Priya Raghunathan]] and [[P:Arjun Menon]].
Reviewer: [[P:A. K. Sharma]]
The Nordic Council meets in Copenhagen in June.
Park Avenue Dental has a new branch downtown.
Suite 4 of the manual explains the settings.
Call the Apple Store before 5 pm.
Our Greek office handles all Balkan orders.
Unit 3 tests failed on Friday after the merge.
Turkey Hill Road is closed for repairs.
"""


def build() -> list[dict[str, object]]:
    out = []
    for line in ROWS.strip().splitlines():
        line = line.replace("\\n", "\n")
        text, spans, pos = "", [], 0
        for m in re.finditer(r"\[\[([PA]):(.*?)\]\]", line, re.S):
            text += line[pos : m.start()]
            kind = "person" if m.group(1) == "P" else "address"
            spans.append({"kind": kind, "start": len(text), "end": len(text) + len(m.group(2))})
            text += m.group(2)
            pos = m.end()
        text += line[pos:]
        out.append(
            {"text": text, "spans": spans, "source": "aire-check6 (hand-written, not tuned on)"}
        )
    return out


if __name__ == "__main__":
    path = Path(__file__).with_name("pii_check6.jsonl")
    with path.open("w", encoding="utf-8") as f:
        for row in build():
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(build()), "rows ->", path)
