#!/usr/bin/env python3
"""Write ``pii_heldout.jsonl``: hand-written sentences with person names and street
addresses of many countries, never used to build or tune the finders.

Markup: ``[[P:...]]`` a person's name, ``[[A:...]]`` a street address (the street line,
with the city and postcode when they follow it in the same run). Rows: ``text`` and
``spans`` of ``kind`` (``person``/``address``), ``start``, ``end``.

    python benchmarks/guard/heldout/make_pii_heldout.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

OUT = Path(__file__).with_name("pii_heldout.jsonl")

SENTENCES = [
    "Please forward the contract to [[P:Margaret Okafor]] before Monday.",
    "Yesterday [[P:Hiroshi Tanaka]] presented the quarterly numbers to the board.",
    "The package should go to [[A:742 Evergreen Terrace, Springfield, IL 62704]].",
    "[[P:Anna Kowalska]] will take over the project while [[P:Tomasz Nowak]] is on leave.",
    "Our new office is at [[A:1600 Pennsylvania Avenue NW, Washington, DC 20500]].",
    "Can you ask [[P:Lars Eriksson]] whether the invoice was paid?",
    "Send the samples to [[A:Hauptstraße 15, 10115 Berlin]], attention of [[P:Jürgen Weber]].",
    "The tenant, [[P:Fatima Al-Sayed]], reported a leak in the bathroom.",
    "I met [[P:Carlos Mendoza]] at the conference in Madrid last year.",
    "Deliver to [[A:221B Baker Street, London NW1 6XE]] between 9 and 5.",
    "[[P:Priya Raghunathan]] signed the NDA on behalf of the supplier.",
    "The meeting with [[P:Olusegun Adeyemi]] has been moved to Thursday.",
    "Ship it to [[A:350 Fifth Avenue, New York, NY 10118]] please.",
    "According to [[P:Chloé Dubois]], the launch is on track.",
    "Her address is [[A:12 Rue de Rivoli, 75004 Paris]].",
    "[[P:Nguyen Van An]] and [[P:Tran Thi Mai]] joined the Hanoi team in May.",
    "The witness, [[P:Sean O'Brien]], lives at [[A:48 Grafton Street, Dublin 2]].",
    "Could [[P:Aleksandr Petrov]] confirm the delivery date?",
    "Return the form to [[A:Calle de Alcalá 48, 28014 Madrid]].",
    "Thanks to [[P:Mei Ling Chen]] for reviewing the draft so quickly.",
    "Invoice recipient: [[P:Giulia Romano]], [[A:Via Roma 22, 00184 Roma]].",
    "[[P:Kwame Mensah]] is the point of contact for the Accra office.",
    "The doctor, [[P:Ingrid Johansson]], prescribed two weeks of rest.",
    "Mail the cheque to [[A:10 Downing Street, London SW1A 2AA]].",
    "We hired [[P:Rafael Oliveira]] as lead designer.",
    "I'm staying with [[P:Sofia Andersson]] at [[A:Drottninggatan 53, 111 21 Stockholm]].",
    "The complaint was filed by [[P:Daniel Goldberg]] on 3 June.",
    "Pick-up address: [[A:1 Infinite Loop, Cupertino, CA 95014]].",
    "[[P:Aisha Bello]] asked for a copy of the minutes.",
    "Reach out to [[P:Matteo Ricci]] about the Milan showroom.",
    "Our warehouse moved to [[A:4500 Industrial Parkway, Dayton, OH 45414]].",
    "Congratulations to [[P:Emily Zhang]] on her promotion!",
    "[[P:Ravi Shankar Iyer]] will chair the panel.",
    "Please update the record for [[P:Zeynep Yılmaz]], who changed her phone number.",
    "The keys are with [[P:Pieter de Vries]] at [[A:Prinsengracht 263, 1016 GV Amsterdam]].",
    "Send flowers to [[A:88 Queen Street West, Toronto, ON M5H 2N2]].",
    "I spoke with [[P:Dmitri Volkov]] and he agreed to the terms.",
    "The apartment at [[A:27 Maple Drive, Austin, TX 78701]] is available in July.",
    "[[P:Keiko Yamamoto]] translated the manual into Japanese.",
    "Lead author: [[P:Björn Halvorsen]]; corresponding author: [[P:Sara Lindqvist]].",
    "Write to [[A:Avenida Paulista 1578, São Paulo, SP 01310-200]] for the catalogue.",
    "[[P:Omar Farouk]] booked the flight for the whole team.",
    "My neighbour [[P:Grace Mwangi]] looks after the cat when I travel.",
    "Forward all correspondence to [[A:500 Oracle Parkway, Redwood City, CA 94065]].",
    "The scholarship went to [[P:Lucía Fernández]].",
    "Our courier could not find [[A:Bahnhofstrasse 10, 8001 Zürich]].",
    "[[P:Jean-Pierre Lefèvre]] approved the budget.",
    "Emergency contact: [[P:Hannah Schmidt]].",
    "The café at [[A:15 Collins Street, Melbourne VIC 3000]] closes at six.",
    "[[P:Wei Zhang]] from procurement requested three quotes.",
    "Interview scheduled with [[P:Amara Nwosu]] at 2 pm.",
    "Please invoice [[P:Henrik Larsen]], [[A:Strøget 24, 1160 København]].",
    "[[P:Maria Santos]] and her husband moved to [[A:9 Harbour Road, Cape Town 8001]].",
    # negatives: capitalised words that are not people, numbers that are not addresses
    "The Supreme Court ruled on Monday that the New York law was unconstitutional.",
    "Apple and Microsoft both reported strong earnings in the third quarter.",
    "We visited Buckingham Palace and the British Museum on the same day.",
    "Version 2 of the Python SDK drops support for Windows 7.",
    "The Golden Gate Bridge is 2737 metres long.",
    "Read chapter 12 of Pride and Prejudice before the seminar.",
    "Order 4471 shipped in 3 boxes via DHL Express.",
    "Turn left after 200 metres and take the second exit.",
    "The United Nations General Assembly meets in September.",
    "Machine Learning Engineer roles grew 30% at Google and Amazon.",
    "Dear Customer, Thank you for your order. Best Regards, The Team",
    "Paris Saint-Germain beat Real Madrid 2-1 in the Champions League.",
    "I drove 15 miles down the highway before the Main Street exit.",
    "Mount Everest and K2 are both in Asia.",
]


def rows() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    mark = re.compile(r"\[\[([PA]):(.+?)\]\]")
    for raw in SENTENCES:
        text, spans, pos = "", [], 0
        for m in mark.finditer(raw):
            text += raw[pos : m.start()]
            start = len(text)
            text += m.group(2)
            spans.append(
                {
                    "kind": "person" if m.group(1) == "P" else "address",
                    "start": start,
                    "end": len(text),
                }  # fmt: skip
            )
            pos = m.end()
        text += raw[pos:]
        out.append({"text": text, "spans": spans, "source": "aire-heldout"})
    return out


def main() -> None:
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows():
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
