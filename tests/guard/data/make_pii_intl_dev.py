"""Build tests/guard/data/pii_intl_dev.jsonl: each row a text with [[P:...]] / [[A:...]] marks."""

import json
import re

ROWS = r"""
Please courier the signed lease to [[A:Lindenstraße 42, 04109 Leipzig]] by Friday.
The workshop is at [[A:Keizersgracht 123, 1015 CJ Amsterdam]], second floor.
Envoyez la facture à [[A:15 avenue des Champs-Élysées, 75008 Paris]] s'il vous plaît.
Il pacco va consegnato in [[A:Via Garibaldi 12, 20121 Milano]] entro martedì.
Mi dirección es [[A:Calle Mayor 5, 28013 Madrid]] y estoy en casa por la tarde.
Proszę wysłać dokumenty na adres [[A:ul. Marszałkowska 84/92, 00-514 Warszawa]].
Entregar na [[A:Rua Oscar Freire, 379, São Paulo - SP, 01426-001]] até sexta.
La oficina está en [[A:Av. Insurgentes Sur 1602, 03940 Ciudad de México]].
Deliver to [[A:Flat 12B, Shanti Apartments, MG Road, Bengaluru 560001]] before noon.
Our guest house is at [[A:House No. 45, Sector 17, Chandigarh 160017]].
The hotel address is [[A:1-2-3 Shibuya, Shibuya-ku, Tokyo 150-0002]].
Drop the parcel at [[A:12 Adeola Odeku Street, Victoria Island, Lagos]] and call me.
The clinic moved to [[A:Plot 45, Gimbiya Street, Garki, Abuja]] last month.
Mail it to [[A:P.O. Box 30123-00100, Nairobi]] with the receipt.
We stayed at [[A:45 Long Street, Cape Town, 8001]] for a week.
Her flat is [[A:Unit 3, 12 Jan Smuts Avenue, Rosebank]], near the mall.
Kancelář je na adrese [[A:Václavské náměstí 1, 110 00 Praha]].
Skicka paketet till [[A:Drottninggatan 12, 111 51 Stockholm]].
La muestra se envía a [[A:Av. Corrientes 1234, C1043 CABA]].
Kargo adresi: [[A:Atatürk Caddesi No: 15, Kadıköy, İstanbul]].
Kirim ke [[A:Jl. Sudirman No. 10, Jakarta 10220]] ya.
The branch is at [[A:123 Rizal Street, Barangay San Antonio, Makati City]].
The Seoul office is at [[A:152 Teheran-ro, Gangnam-gu, Seoul 06236]].
Visitors should go to [[A:No. 1 Jianguomenwai Avenue, Chaoyang District, Beijing 100004]].
Meet me outside [[A:Karl-Marx-Allee 90, 10243 Berlin]] at six.
The ceremony is held at [[A:Corso Vittorio Emanuele II 45, 10128 Torino]].
Send the keys to [[A:3 bis rue Victor Hugo, 69002 Lyon]].
[[P:Chidi Okonkwo]] and [[P:Ngozi Adeyemi]] will present the budget on Monday.
I spoke with [[P:Wanjiru Kamau]] about the tender from the Nairobi County office.
[[P:Thabo Mokoena]] signed for the delivery at reception.
Please copy [[P:Nomvula Dlamini]] on every email about the audit.
[[P:Priya Raghunathan]] is the new head of data at our Pune site.
Yesterday [[P:Arjun]] said the server was down again.
The contract was drafted by [[P:Nguyễn Văn An]] and reviewed by legal.
Our interpreter, [[P:Kim Min-jun]], arrives on the morning flight.
[[P:Wang Xiaoming]] will lead the Shanghai team from March.
Ask [[P:Aylin Yıldız]] whether the visa letter is ready.
[[P:Mehmet Öztürk]] has approved the travel request.
The award went to [[P:Siobhán Ní Bhriain]] for her thesis on Irish dialects.
[[P:Joaquín Pérez]] is out sick, so [[P:Giulia Bianchi]] will cover his shift.
Dr. [[P:Bartosz Wiśniewski]] will see you at 10:30.
[[P:Zofia Kamińska]] lives in Kraków with her two cats.
Thanks to [[P:Eero Virtanen]] for the translation.
[[P:Yusuf Abdullahi]] asked for a copy of the minutes.
[[P:Sipho]] said he would bring the keys tomorrow.
Can you tell [[P:Oluwaseun]] that the meeting moved to Thursday?
[[P:Kwame Mensah]] from Accra joined the call late.
talked to [[P:priya]] yesterday about the rent, she says it's fine
can you ask [[P:kwame]] if he's free on saturday?
my sister [[P:aylin]] is visiting next week so i'm off
hey, this is [[P:joaquín]], i lost my card and need a new one
i'm [[P:giulia rossi]], my order never arrived
[[P:Fatoumata Diallo]] and [[P:Mamadou Ndiaye]] are the new tenants in flat 4.
The referee's report came from Prof. [[P:Hiroko Yamamoto]].
Please reschedule my appointment; my name is [[P:Lwazi Ndlovu]].
The patient, [[P:Adaeze Nwosu]], was discharged this morning.
[[P:Rahul Verma]] and I will drive down to Goa.
I had dinner with [[P:Leilani]] and her brother last night.
My landlord Herr [[P:Schneider]] wants the rent on the first.
The Bank of Kenya raised interest rates again this quarter.
Victoria Falls is busiest between February and May.
The Santa Cruz River flooded the lower town in 2019.
Our team in Lagos uses Microsoft Teams for every call.
Mount Kenya Safari Club is fully booked in December.
Room 12 on Level 3 is reserved for the Finance Committee.
Version 3 of the Django guide covers 12 new settings.
Grace Hopper Celebration tickets sold out in 2 hours.
The Amazon Basin covers 40 percent of South America.
"""
out = []
for line in ROWS.strip().splitlines():
    text, spans = "", []
    pos = 0
    for m in re.finditer(r"\[\[([PA]):(.*?)\]\]", line):
        text += line[pos : m.start()]
        a = len(text)
        text += m.group(2)
        spans.append(
            {"kind": "person" if m.group(1) == "P" else "address", "start": a, "end": len(text)}
        )
        pos = m.end()
    text += line[pos:]
    out.append({"text": text, "spans": spans, "source": "aire-intl-dev (hand-written, tuned on)"})
with open("tests/guard/data/pii_intl_dev.jsonl", "w", encoding="utf-8") as fh:
    for r in out:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out))
