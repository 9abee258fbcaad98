"""Street addresses of round addr9: other scripts (Cyrillic, Greek, Chinese, Japanese,
Korean, Arabic, Hebrew), Vietnamese lanes, Irish addresses ended by an Eircode, rural
routes and post boxes of many countries, units and floors in many languages, house-number
additions, the postcode and town before the street, street lines without a street word
above their postcode; and what stays out (counts, dates, product codes, a street named
without a number)."""

from __future__ import annotations

import pytest

from aire.guard.detect.addresses_intl import find_intl_addresses, with_place_before
from aire.guard.detect.pii import find_pii


def _addresses(text: str) -> list[str]:
    found = find_pii(text, ("person", "address"))
    return [text[f.start : f.end] for f in found if f.kind == "address"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # Cyrillic: the street word first or after the name, "д." and "кв.", the town first
        ("Пожалуйста, отправьте счёт на адрес: г. Казань, ул. Баумана, д. 44, кв. 8, 420111.",
         "г. Казань, ул. Баумана, д. 44, кв. 8, 420111"),
        ("Мой адрес: 630099, г. Новосибирск, Красный проспект, 25, офис 301.",
         "630099, г. Новосибирск, Красный проспект, 25, офис 301"),
        ("Надішліть, будь ласка, на просп. Перемоги, 12, кв. 40, Київ, 03056.",
         "просп. Перемоги, 12, кв. 40, Київ, 03056"),
        ("Адресът ми е ул. Граф Игнатиев 15, София 1000.", "ул. Граф Игнатиев 15, София 1000"),
        # Greek, with and without a street word
        ("Στείλτε το δέμα στη Λεωφ. Κηφισίας 124, 115 26 Αθήνα παρακαλώ.",
         "Λεωφ. Κηφισίας 124, 115 26 Αθήνα"),
        ("Η διεύθυνσή μου είναι Τσιμισκή 45, 546 23 Θεσσαλονίκη.",
         "Τσιμισκή 45, 546 23 Θεσσαλονίκη"),
        # Chinese (simplified, traditional), Japanese, Korean
        ("请寄到北京市朝阳区建国路93号万达广场8号楼2单元1502室，谢谢。",
         "北京市朝阳区建国路93号万达广场8号楼2单元1502室"),
        ("台北市大安區忠孝東路四段100號5樓，請在週五前送達。", "台北市大安區忠孝東路四段100號5樓"),
        ("お届け先：東京都渋谷区神南1丁目2-3 渋谷ビル5階 までお願いします。",
         "東京都渋谷区神南1丁目2-3 渋谷ビル5階"),
        ("大阪府大阪市北区梅田3-1-1にお送りください。", "大阪府大阪市北区梅田3-1-1"),
        ("부산광역시 해운대구 센텀중앙로 79, 1203호로 보내주세요.",
         "부산광역시 해운대구 센텀중앙로 79, 1203호"),
        ("주소는 경기도 성남시 분당구 판교역로 235입니다.", "경기도 성남시 분당구 판교역로 235"),
        ("주소: 서울시 강남구 역삼동 123-45번지 2층", "서울시 강남구 역삼동 123-45번지 2층"),
        # Arabic and Hebrew
        ("العنوان: شارع التحرير 25، الدقي، الجيزة", "شارع التحرير 25، الدقي، الجيزة"),
        ("أرسل الطرد إلى عمارة 14، شارع الملك فهد، الرياض 12271",
         "عمارة 14، شارع الملك فهد، الرياض 12271"),
        ("הכתובת שלי: רחוב הרצל 12, תל אביב", "רחוב הרצל 12, תל אביב"),
        # Vietnamese lanes and streets, with and without diacritics
        ("Giao hàng tới số 8 ngõ 102 Trường Chinh, Đống Đa, Hà Nội giúp em.",
         "số 8 ngõ 102 Trường Chinh, Đống Đa, Hà Nội"),
        ("Địa chỉ: 45 Đường Lê Lợi, Quận 1, TP. Hồ Chí Minh",
         "45 Đường Lê Lợi, Quận 1, TP. Hồ Chí Minh"),
        # Ireland: no house number, an Eircode at the end
        ("Please send it to Drumcliffe, Ballymote, Co. Sligo, F56 KX20 before Christmas.",
         "Drumcliffe, Ballymote, Co. Sligo, F56 KX20"),
        ("Our new place: 14 Bóthar na Trá, Salthill, Galway H91 T2K3 - drop by!",
         "14 Bóthar na Trá, Salthill, Galway H91 T2K3"),
        # rural routes and post boxes
        ("Send the form to RR 3 Box 118, Hinton, WV 25951.", "RR 3 Box 118, Hinton, WV 25951"),
        ("My address: P.O. Box 10230-00100, Nairobi, Kenya.",
         "P.O. Box 10230-00100, Nairobi, Kenya"),
        ("Envie para Caixa Postal 1234, Curitiba - PR, 80010-970.",
         "Caixa Postal 1234, Curitiba - PR, 80010-970"),
        ("Adresse: B.P. 2345, Dakar, Sénégal", "B.P. 2345, Dakar, Sénégal"),
        ("Please write to Private Bag X12, Gaborone.", "Private Bag X12, Gaborone"),
        ("Stuur naar Postbus 1020, 1000 BA Amsterdam.", "Postbus 1020, 1000 BA Amsterdam"),
        # units, floors and house-number additions in many languages
        ("Lieferung an Bergstraße 17, 2. OG rechts, 69120 Heidelberg bitte.",
         "Bergstraße 17, 2. OG rechts, 69120 Heidelberg"),
        ("Spedire a Corso Vittorio Emanuele 210, scala C, interno 12, 10138 Torino.",
         "Corso Vittorio Emanuele 210, scala C, interno 12, 10138 Torino"),
        ("Leveres til Vesterbrogade 63, 4. tv., 1620 København V i morgen.",
         "Vesterbrogade 63, 4. tv., 1620 København V"),
        ("Skickas till Kungsgatan 9 A, lgh 1204, 411 19 Göteborg.",
         "Kungsgatan 9 A, lgh 1204, 411 19 Göteborg"),
        ("Verzenden naar Keizersgracht 174-II, 1016 DW Amsterdam graag.",
         "Keizersgracht 174-II, 1016 DW Amsterdam"),
        ("Mande para Rua Conde de Bonfim 255, bloco 2, apto 804, Tijuca, Rio de Janeiro.",
         "Rua Conde de Bonfim 255, bloco 2, apto 804, Tijuca, Rio de Janeiro"),
        ("He's at Odos Patision 76, 2nd floor, 104 34 Athens now.",
         "Odos Patision 76, 2nd floor, 104 34 Athens"),
        ("Pošaljite na Ilica 45, stan 3, 10000 Zagreb.", "Ilica 45, stan 3, 10000 Zagreb"),
        # street words and orders: Icelandic, Latin-American, Thai, Gulf, Indian
        ("Sendið til Skólavörðustígur 12, 101 Reykjavík.", "Skólavörðustígur 12, 101 Reykjavík"),
        ("Envíelo a Pasaje San Martín 455, Providencia, Santiago.",
         "Pasaje San Martín 455, Providencia, Santiago"),
        ("La entrega es en Transversal 24 # 45-10, Apto 302, Medellín.",
         "Transversal 24 # 45-10, Apto 302, Medellín"),
        ("Nuestra oficina: (Av. Santa Fe 1860, 4° A, C1123 CABA) abre a las 10.",
         "Av. Santa Fe 1860, 4° A, C1123 CABA"),
        ("Our Bangkok office: 55/3 Soi Ari 4, Samsen Nai, Phaya Thai, Bangkok 10400.",
         "55/3 Soi Ari 4, Samsen Nai, Phaya Thai, Bangkok 10400"),
        ("Deliver to Villa 7, Street 32, Al Wasl, Dubai please.",
         "Villa 7, Street 32, Al Wasl, Dubai"),
        ("Kindly courier it to flat 12, Green Park Residency, 5th Main Road, Jayanagar, "
         "Bengaluru 560041.",
         "flat 12, Green Park Residency, 5th Main Road, Jayanagar, Bengaluru 560041"),
        # the postcode and town first; a block address without a street word
        ("Sz. Anna, 1052 Budapest, Petőfi Sándor utca 12. III. em. 4.",
         "1052 Budapest, Petőfi Sándor utca 12. III. em. 4"),
        # (a postal block's locality line is its own span since pii12: test_pii12.py)
        # a British address without a house number, more units, post boxes, scripts
        ("Post it to Rose Cottage, Mill Lane, Little Snoring, Norfolk NR21 0AB please.",
         "Rose Cottage, Mill Lane, Little Snoring, Norfolk NR21 0AB"),
        ("Indirizzo: Via Roma 5, 2° piano, 00100 Roma", "Via Roma 5, 2° piano, 00100 Roma"),
        ("Livraison au 12 rue des Lilas, 3e étage, 75011 Paris",
         "12 rue des Lilas, 3e étage, 75011 Paris"),
        ("Calle Mayor 5, esc. B, puerta 3, 28013 Madrid",
         "Calle Mayor 5, esc. B, puerta 3, 28013 Madrid"),
        ("Adresse: Case postale 123, 1211 Genève 3", "Case postale 123, 1211 Genève 3"),
        ("Envíe a Apartado de Correos 123, 28080 Madrid", "Apartado de Correos 123, 28080 Madrid"),
        ("Адрес: Москва, Тверская ул., д. 7, кв. 12", "Тверская ул., д. 7, кв. 12"),
        ("Η διεύθυνση: Ερμού 15, Αθήνα 105 63", "Ερμού 15, Αθήνα 105 63"),
        ("〒150-0041 東京都渋谷区神南1-2-3", "〒150-0041 東京都渋谷区神南1-2-3"),
        # more street words and particles; Eircodes and "D.C." after a town
        ("Dërgojeni në Rruga Myslym Shyri 12, Tiranë", "Rruga Myslym Shyri 12, Tiranë"),
        ("Ibgħat lil Triq il-Kbira 5, Mosta", "Triq il-Kbira 5, Mosta"),
        ("Envia-ho a Passeig de Gràcia 92, 08008 Barcelona",
         "Passeig de Gràcia 92, 08008 Barcelona"),
        ("Bitte an An der Alster 5, 20099 Hamburg senden", "An der Alster 5, 20099 Hamburg"),
        ("Ship to 12 Grey Street, Newcastle upon Tyne NE1 6AE today",
         "12 Grey Street, Newcastle upon Tyne NE1 6AE"),
        ("Send to 12 Main Street, Galway H91 X2C4 now", "12 Main Street, Galway H91 X2C4"),
        ("The office is at 815 Vermont Avenue NW, Washington, D.C. 20005.",
         "815 Vermont Avenue NW, Washington, D.C. 20005"),
        # "bis/ter" with a comma, French units, a number after an English street word,
        # spaces in a Chinese address, a street named after a date
        ("Livraison au 7 ter, rue Victor Hugo, Bât. B, 33000 Bordeaux.",
         "7 ter, rue Victor Hugo, Bât. B, 33000 Bordeaux"),
        ("New address: 3100 Rue Sherbrooke Est, app. 12, Montréal QC H1W 1B4.",
         "3100 Rue Sherbrooke Est, app. 12, Montréal QC H1W 1B4"),
        ("She lives at Flat 4, Ngong Road 55, Kilimani, Nairobi.",
         "Flat 4, Ngong Road 55, Kilimani, Nairobi"),
        ("寄到北京市朝阳区建国路 88 号 2 单元 301 室，谢谢",
         "北京市朝阳区建国路 88 号 2 单元 301 室"),
        ("Entregar en Av. 20 de Noviembre 45, Centro, Puebla.",
         "Av. 20 de Noviembre 45, Centro, Puebla"),
        # Persian, Hindi, Thai
        ("آدرس: تهران، خیابان ولیعصر، کوچه نیلوفر، پلاک ۱۲", "خیابان ولیعصر، کوچه نیلوفر، پلاک ۱۲"),
        ("कृपया मकान नं. 12, गांधी नगर, जयपुर - 302015 पर भेजें।",
         "मकान नं. 12, गांधी नगर, जयपुर - 302015"),
        ("ส่งของที่ 45/2 ซอยทองหล่อ 10 แขวงคลองตันเหนือ เขตวัฒนา กรุงเทพฯ 10110 ค่ะ",
         "45/2 ซอยทองหล่อ 10 แขวงคลองตันเหนือ เขตวัฒนา กรุงเทพฯ 10110"),
        # no house number, a dash between the parts, a post box in pairs of digits
        ("Entrega en Calle Mayor s/n, 28013 Madrid por la mañana.",
         "Calle Mayor s/n, 28013 Madrid"),
        ("Endereço: Rua Haddock Lobo, 595 - Cerqueira César, São Paulo - SP, 01414-001",
         "Rua Haddock Lobo, 595 - Cerqueira César, São Paulo - SP, 01414-001"),
        ("Bitte an Postfach 10 20 30, 10115 Berlin senden.", "Postfach 10 20 30, 10115 Berlin"),
        # a province in brackets, a letter after the slash, Singapore and Romanian units
        ("Send it to 123 rue Saint-Paul Ouest, Montréal (Québec) H2Y 1Z5 please.",
         "123 rue Saint-Paul Ouest, Montréal (Québec) H2Y 1Z5"),
        ("Spedire a Via dei Mille 14/B, 80121 Napoli (NA).",
         "Via dei Mille 14/B, 80121 Napoli (NA)"),
        ("Send it to Blk 123 Ang Mo Kio Ave 3, #05-67, Singapore 560123.",
         "Blk 123 Ang Mo Kio Ave 3, #05-67, Singapore 560123"),
        ("Str. Lipscani nr. 12, bl. A, sc. 2, ap. 14, sector 3, București",
         "Str. Lipscani nr. 12, bl. A, sc. 2, ap. 14, sector 3, București"),
    ],
)  # fmt: skip
def test_addresses_of_round_addr9(text: str, address: str) -> None:
    assert _addresses(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "The night bus on Jalan Besar leaves at 11 pm from the stop near the temple.",
        "Мы встретимся в 5 часов на улице, если будет 20 градусов.",
        "Книга вышла в 2019 году, тираж 5000 экземпляров.",
        "Η συνάντηση είναι στις 10 και θα διαρκέσει 2 ώρες.",
        "我们在2023年卖出了3000台设备，增长了15%。",
        "会議は3月15日の10時から始まります。",
        "앞으로 3년 동안 5명의 직원을 더 뽑을 예정입니다.",
        "회의는 오후 3시에 2층 회의실에서 합니다.",
        "서울시 강남구 역삼동 5명이 왔다",
        "Có 3 người đi đường này mỗi ngày lúc 7 giờ.",
        "في عام 2020 زار 5000 شخص المعرض في 3 أيام.",
        "יש לי 3 ילדים ו-2 כלבים.",
        "Chapter 3\n2024 Results",
        "BP 120/80, pulse 72, patient stable.",
        "Patient B.P. 120/80, pulse 72.",
        "Marque la casilla 5 del formulario y firme.",
        "Use the RR 20 measurement and box 3 of the form.",
        "Our SKU is A12 B3C4, ships in 5 days.",
        "The London SW1A office and the Leeds LS1 team met.",
        "Route Planning 5 is done and Ronda 5 of the talks starts.",
        "The talk moved to Room 4.02 after lunch.",
        "Boarding moved to Gate 22 at 9.",
        "Scored 3rd place, 2nd floor seats were sold out at 10 am.",
    ],
)
def test_no_address(text: str) -> None:
    assert _addresses(text) == []


def test_a_sentence_after_the_town_is_not_part_of_the_address() -> None:
    text = "The studio is at Rue Monot, Building 7, 2nd floor, Achrafieh, Beirut. Ask Ms. Rahal."
    assert _addresses(text) == ["Rue Monot, Building 7, 2nd floor, Achrafieh, Beirut"]
    assert _addresses("Mail to 12 Main St, St. Louis, MO 63101.") == [
        "12 Main St, St. Louis, MO 63101"
    ]


def test_a_name_after_a_dash_stays_a_name() -> None:
    text = "Ship to 12 Main St - John Smith will sign"
    found = [(f.kind, text[f.start : f.end]) for f in find_pii(text)]
    assert found == [("address", "12 Main St"), ("person", "John Smith")]


def test_a_name_before_a_postcode_ended_address_stays_a_name() -> None:
    text = "Return it to me, Morag Baird, 14 Larchfield Gardens, Perth PH1 2RT, thanks"
    found = [(f.kind, text[f.start : f.end]) for f in find_pii(text)]
    assert found == [("person", "Morag Baird"), ("address", "14 Larchfield Gardens, Perth PH1 2RT")]


def test_an_eircode_address_next_to_another_address() -> None:
    text = "From: Knockbrack, Claremorris, Co. Mayo, F12 KX20\nTo: PO Box 45, Austin, TX 78701"
    assert _addresses(text) == [
        "Knockbrack, Claremorris, Co. Mayo, F12 KX20",
        "PO Box 45, Austin, TX 78701",
    ]


def test_a_post_box_number_is_not_a_phone() -> None:
    found = find_pii("Mail it to P.O. Box 41877-00100, Nairobi today.")
    assert [(f.kind, f.start) for f in found] == [("address", 11)]


def test_place_before_needs_the_comma_and_a_number_in_the_street() -> None:
    text = "1052 Budapest, Váci utca 19."
    a = text.index("Váci")
    assert with_place_before(text, [(a, len(text) - 1)]) == [(0, len(text) - 1)]
    assert with_place_before("Jalan Alor", [(0, 10)]) == []


def test_intl_patterns_run_only_in_the_windows() -> None:
    text = "ул. Баумана, д. 44, кв. 8"
    assert find_intl_addresses(text, []) == []
    assert find_intl_addresses(text, [(0, len(text))]) == [(0, len(text))]


@pytest.mark.parametrize("n", [300, 3000])
def test_long_runs_of_unit_characters_stay_linear(n: int) -> None:
    # "市" split every way between the units made the pattern exponential
    assert _addresses("市" * n + "1") == []
    assert isinstance(_addresses("東京都" + "区" * n + "1-2"), list)  # it returns
