#!/usr/bin/env python3
"""Write ``pii_dev7.jsonl``: person names and street addresses of many countries, in many
writing styles, with negatives (firms, products, cities, rooms, events that look like
names or addresses).

Provenance: written by hand for aire on 2026-12-05 (round 7 of issue 15) from general
knowledge; no third-party text, no list copied, no Faker values. The people are
invented; street names are common or real public streets with invented numbers and
pairings. Licence as the repository (CC0 / Apache-2.0).

Caveat: written by the same helper who wrote the round-7 rules, after reading the misses
of the spent late4/late5 sets, so it knows the families the rules target; it was
measured before and after the change, and the rules were not changed in response to it.

Markup: ``[[P:...]]`` a person, ``[[A:...]]`` an address; the markers are removed and the
spans recorded (kind ``person`` / ``address``), source ``aire-dev7``.

    python benchmarks/guard/heldout/make_pii_dev7.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "pii_dev7.jsonl"

ROWS = [
    # chat and casual messages
    "yo [[P:tomasz]] can u grab my keys from [[A:14 elm st apt 2, columbus, oh 43215]] before 6",
    "omg [[P:priyanka]] just texted, she's stuck at the airport lol",
    "lmk if [[P:joaquín]] still lives at [[A:Calle Mayor 12, 2º dcha., 28013 Madrid]] pls",
    "Hey [[P:Aditi]]! Dinner at ours on Sat? We moved to [[A:27 Kingsway, Hove BN3 2RB]]. "
    "- [[P:Callum]]",
    "[[P:Nkechi]], the plumber says he can come Tuesday morning.",
    # e-mails and letters
    "Dear Mr [[P:Kwabena Asante-Boateng]],\nThank you for your application. Your interview is "
    "on 12 March in Meeting Room Kilimanjaro.\nKind regards,\n[[P:Hannah Lindgren]]",
    "Good morning [[P:Fiona]], please find the revised lease for [[A:Flat 2, 18 Marchmont Road, "
    "Edinburgh EH9 1HZ]] attached. Best, [[P:Euan MacLeod]]",
    "Bonjour Mme [[P:Ginette Rabemananjara]], votre colis sera livré au [[A:7 rue du Faubourg "
    "Saint-Denis, 75010 Paris]] jeudi.",
    "Sehr geehrter Herr [[P:Wojciechowski]], Ihre Bestellung wird an [[A:Schillerstraße 41, "
    "04109 Leipzig]] geliefert.",
    "Caro [[P:Giacomo Ferraresi]], ti aspettiamo in [[A:Via Garibaldi 9, 10122 Torino]] alle 18.",
    # forms, labels, CSV-like records
    "NAME: [[P:SVETLANA KUZNETSOVA]]\nADDRESS: [[A:UL. LENINA 45, KV. 12, NOVOSIBIRSK 630004]]",
    "Recipient: [[P:Oyelaran Temitope]] | Address: [[A:15 Awolowo Road, Ikoyi, Lagos]] | Qty: 3",
    "id,name,city\n1041,[[P:Marisol Quispe Huamán]],Cusco\n1042,[[P:Anders Bjørnstad]],Bergen",
    "Emergency contact: [[P:Ravi Shankar Iyer]] (brother)",
    "Deliver to: Mrs [[P:Leilani Kahananui]], [[A:2250 Kalakaua Ave, Honolulu, HI 96815]]",
    "Bill to:\n[[P:Teodora Petrović]]\n[[A:Knez Mihailova 22\n11000 Beograd]]",
    # meeting notes, tickets, logs
    "Attendees: [[P:Ngozi Eze]], [[P:Dmitri Volkov]], [[P:Sun Li]], [[P:Beatriz Almeida]]. "
    "Notes taken by [[P:Omar]].",
    "Ticket 8812 reassigned from [[P:Lukas Brenner]] to [[P:Aigerim Serikbayeva]].",
    "[09:14] [[P:Siddharth]]: build is green\n[09:15] [[P:Maja Kowalczyk]]: merging now",
    "Interviewers: [[P:Kenji Watanabe]] and [[P:Oluwaseyi Bankole]]; the candidate, "
    "[[P:Iman Farouk]], asked for a step-free room.",
    # Asia-Pacific addresses
    "Please send the samples to [[A:Room 805, 168 Queen's Road Central, Central, Hong Kong]].",
    "新しい住所: [[A:3-14-2 Shibuya, Shibuya-ku, Tokyo 150-0002]] です。",
    "Kiriman untuk [[P:Putu Ayu Lestari]], [[A:Jl. Raya Ubud No. 18, Gianyar, Bali 80571]].",
    "My grandmother [[P:Lakshmi Narayanan]] lives at [[A:No. 7, 2nd Cross Street, "
    "Besant Nagar, Chennai 600090]].",
    "Ship it to [[A:88 Sukhumvit Soi 11, Khlong Toei Nuea, Watthana, Bangkok 10110]], "
    "attention [[P:Somchai Rattanakorn]].",
    "[[A:Unit 4, 22 Ponsonby Road, Grey Lynn, Auckland 1011]] is where [[P:Tama]] works now.",
    # Americas, Africa, Middle East
    "Mi dirección nueva es [[A:Av. Corrientes 1847, piso 5, C1045 Buenos Aires]].",
    "Entregar a [[P:Luana Ferreira da Silva]] na [[A:Rua das Laranjeiras, 212, apto 301, "
    "Rio de Janeiro - RJ, 22240-003]].",
    "The clinic moved to [[A:41 Jan Smuts Avenue, Parktown, Johannesburg 2193]].",
    "[[P:Abena Owusu-Ansah]] can be reached at her office, [[A:6 Independence Avenue, Accra]].",
    "Send the contract to [[P:Tariq Al-Mansouri]], [[A:Office 1204, Al Moosa Tower 2, "
    "Sheikh Zayed Road, Dubai]].",
    "PO Box delivery only: [[A:P.O. Box 4410, Gaborone]] (attn [[P:Kagiso Molefe]]).",
    # negatives (no person, no address)
    "Morgan Stanley and Goldman Sachs both raised their forecasts for Q3.",
    "Book the Ada Lovelace room on floor 4 for the sprint review.",
    "Santa Clara and San Mateo counties issued new water guidance.",
    "The Harry Potter exhibit opens next week at the Science Museum, tickets 25 EUR.",
    "We ship to 40 countries; orders over 50 GBP ship free.",
    "Try the Margherita at Luigi's Pizzeria, it's the best in Naples.",
    "Version 3 of Victoria Metrics and Grafana 10 were released on the same day.",
    "Take Route 66 past Amarillo and stop at the Cadillac Ranch.",
    "The Jackson Five played Madison Square Garden in 1971.",
    "Our Marie Curie lab uses 2 Bunsen burners and a Tesla coil.",
    "Meet us in Hall B, Booth 214, at the Berlin ExpoCenter.",
    "ALL ORDERS SHIP FROM OUR WAREHOUSE IN NEW JERSEY WITHIN 2 BUSINESS DAYS.",
]

# A second set, ``pii_dev7_check.jsonl``, written after the rules were final (after the
# rows above had been measured and looked at) and measured only before and after: the
# rules were not changed in response to it.
CHECK_ROWS = [
    "Can you remind [[P:Olumide]] that the van arrives at [[A:9 Bode Thomas Street, Surulere, "
    "Lagos]] at noon?",
    "[[P:Ayşe Karaca]] will send the keys to [[A:Atatürk Bulvarı No: 112 D: 4, Çankaya, "
    "Ankara 06680]].",
    "Thanks again, [[P:Mateo]]! See you in Valparaíso.",
    "Forwarding address: [[A:47 Raglan Street, Mosman NSW 2088]], Australia.",
    "sooo [[P:kaveh]] said the party is at [[A:221 maple ave, toronto]] lol",
    "Please contact our agent [[P:Dagny Halvorsen]] in Tromsø for the quote.",
    "SHIPPER: [[P:HUANG MEILING]] / CONSIGNEE: [[P:RAFAEL ECHEVERRÍA]]",
    "Lieber [[P:Florian]], das Paket liegt bei Frau [[P:Yıldırım]] im Erdgeschoss.",
    "The Nelson Mandela Foundation and the Steve Biko Centre hosted the event.",
    "Our office at [[A:Av. Paulista, 2064, conj. 141, Bela Vista, São Paulo - SP, "
    "01310-200]] reopens Monday.",
    "Witnesses: [[P:Aroon Pillai]], [[P:Grete Vogel]] and [[P:Tadhg Ó Conaill]].",
    "[[P:Nomsa]], your order has shipped to [[A:Unit 12, 30 Buitengracht Street, Cape Town "
    "8001]].",
    "I'm [[P:Yerlan Abenov]], I moved to Almaty last year.",
    "Reservations for the Rembrandt Suite and the Van Gogh Room are full.",
    "Pick up at [[A:Carrer de Mallorca 401, 08013 Barcelona]], ask for [[P:Núria]].",
    "Regards,\n[[P:Chinedu Okeke]]\nHead of Sales",
    "The new Harbour Bridge walk opens at 6 for 40 people.",
    "Send the invoice c/o [[P:Wiremu Tane]] to [[A:PO Box 3112, Rotorua 3046]].",
    "Not the old office - [[A:15 Jong-ro 3-gil, Jongno-gu, Seoul 03154]].",
    "Delivery for Mr [[P:Hiroshi Tanabe]]: [[A:1-5-7 Nishi-Shinjuku, Shinjuku-ku, Tokyo "
    "160-0023]].",
    "[[P:Jordan Peterson]] and [[P:Taylor Swift]] trended on Monday.",
]

# A third set, ``pii_dev7_fresh.jsonl``, written after the last rule change of the round
# and measured once before and once after; nothing was changed in response to it.
FRESH_ROWS = [
    "Pls tell [[P:Gwen]] the dog sitter is [[P:Marcus Oyelowo]], he'll come by at 8.",
    "Factura a nombre de [[P:Ximena Carrasco Ibarra]], [[A:Av. Javier Prado Este 4200, "
    "Surco, Lima 15023]].",
    "The Nobel Peace Center in Oslo reopens on Tuesday.",
    "Kindly dispatch to [[A:Plot 17, Kampala Road, Kampala]] - contact [[P:Nakato Sarah]].",
    "On behalf of Dr [[P:Eilidh Fraser]], thank you for attending.",
    "[[P:Jakub Dvořák]] a [[P:Lenka Horáková]] bydlí na adrese [[A:Vinohradská 45, "
    "120 00 Praha 2]].",
    "Re: lease renewal\n\nHi [[P:Tomasz]],\nAll good from our side.\n\n[[P:Bridget]]",
    "Pick-up from [[A:Shop 3, 120 Queen Street, Brisbane City QLD 4000]] after 2pm.",
    "Microsoft Teams and Google Meet links are in the invite.",
    "Order for [[P:ALEKSANDRA NOWICKA]] - [[A:UL. PIOTRKOWSKA 104/6, 90-926 ŁÓDŹ]]",
    "Call [[P:Hemi]] when you get to Rotorua, he knows the way.",
    "Address for the visa letter: [[A:Flat 6B, Al Noor Building, Hamdan Street, Abu Dhabi]].",
    "Our new hire [[P:Chiamaka Obi-Nwosu]] starts Monday in the Lagos office.",
    "Dinner at Nando's on Oxford Street, 7 pm?",
    "[[P:nguyen thi mai]] ordered two, ship to [[A:12 ngo 45 hang bac, hoan kiem, ha noi]]",
    "Studio apartment for rent at [[A:Karl-Liebknecht-Straße 9, 10178 Berlin]], ask for "
    "Herr [[P:Brandt]].",
    "The Royal Albert Hall seats 5,272 people.",
    "[[P:Rahel Tesfaye]] and [[P:Yohannes Girma]] signed as witnesses.",
    "Send replacement to [[A:4521 W Diversey Ave Unit 2, Chicago, IL 60639]].",
    "From the desk of [[P:Ingrid Solberg]], Head of Research",
]

_MARK = re.compile(r"\[\[([PA]):(.+?)\]\]", re.S)


def parse(marked: str) -> dict[str, object]:
    text, spans, pos = [], [], 0
    out_len = 0
    for m in _MARK.finditer(marked):
        chunk = marked[pos : m.start()]
        text.append(chunk)
        out_len += len(chunk)
        value = m.group(2)
        kind = "person" if m.group(1) == "P" else "address"
        spans.append({"start": out_len, "end": out_len + len(value), "kind": kind})
        text.append(value)
        out_len += len(value)
        pos = m.end()
    text.append(marked[pos:])
    return {"text": "".join(text), "spans": spans, "source": "aire-dev7"}


def main() -> None:
    for out, marked in (
        (OUT, ROWS),
        (HERE / "pii_dev7_check.jsonl", CHECK_ROWS),
        (HERE / "pii_dev7_fresh.jsonl", FRESH_ROWS),
    ):
        rows = [parse(r) for r in marked]
        with out.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        n = sum(len(r["spans"]) for r in rows)  # type: ignore[arg-type]
        print(f"wrote {out} ({len(rows)} rows, {n} spans)")


if __name__ == "__main__":
    main()
