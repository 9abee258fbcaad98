import pytest

from aire.guard.detect.names import find_person_spans as latin_person_spans
from aire.guard.detect.names_scripts import find_person_spans, script_person_spans
from aire.guard.detect.pii import find_pii


def persons(text: str) -> list[str]:
    return [text[f.start : f.end] for f in find_pii(text) if f.kind == "person"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Chinese: labels, honorifics, simplified and traditional
        ("客户王伟先生要求退款。", ["王伟"]),
        ("聯絡人：陳怡君，電話 02-2345-6789", ["陳怡君"]),
        ("客户王晓梅来电，要求改送。", ["王晓梅"]),
        ("收件人：林晓雯，地址见下。", ["林晓雯"]),
        ("姓名：欧阳娜娜", ["欧阳娜娜"]),
        ("请联系张丽女士确认订单。", ["张丽"]),
        # Japanese: with and without a space, kana given names, surname + honorific
        ("担当者: 山本 健太 さんに連絡してください。", ["山本 健太"]),
        ("顧客の田中美咲様から問い合わせがありました。", ["田中美咲"]),
        ("受取人は佐藤 美咲様です。", ["佐藤 美咲"]),
        ("お名前: 伊藤 さくら", ["伊藤 さくら"]),
        ("高橋さんに資料を送ってください。", ["高橋"]),
        ("橋本 真由美 様", ["橋本 真由美"]),
        # Korean: honorific attached or apart, labels, self-introduction
        ("고객 김민준 님이 환불을 요청했습니다.", ["김민준"]),
        ("담당자: 박서연", ["박서연"]),
        ("안녕하세요, 박서준입니다.", ["박서준"]),
        ("정수빈님께 자료를 전달해 주세요.", ["정수빈"]),
        ("남궁민수 님이 방문하셨습니다.", ["남궁민수"]),
        # Cyrillic: Ukrainian, Russian (inflected), Serbian, Bulgarian, Kazakh
        ("Клієнт Олена Коваленко просить змінити адресу.", ["Олена Коваленко"]),
        ("Звонил Дмитрий Соколов по поводу заказа.", ["Дмитрий Соколов"]),
        ("Прошу переслать документы Дмитрию Волкову.", ["Дмитрию Волкову"]),
        ("Иванов Иван Иванович, паспорт серии 4510.", ["Иванов Иван Иванович"]),
        ("Јелена Јовановић живи у Новом Саду.", ["Јелена Јовановић"]),
        ("Обади се Мария Петрова от счетоводството.", ["Мария Петрова"]),
        ("Айгерім Сейітова тапсырыс берді.", ["Айгерім Сейітова"]),
        ("Г-н Петров ждёт ответа.", ["Петров"]),
        # Greek
        ("Ο πελάτης Γιώργος Παπαδόπουλος ζήτησε επιστροφή χρημάτων.", ["Γιώργος Παπαδόπουλος"]),
        ("Ο κ. Αλεξίου δεν είναι διαθέσιμος.", ["Αλεξίου"]),
        # Arabic and Persian
        ("المسافر محمد عبد الله الحربي طلب تغيير الحجز.", ["محمد عبد الله الحربي"]),
        ("اسم المتقدم: فاطمة الزهراء بن علي", ["فاطمة الزهراء بن علي"]),
        ("مسافر: علی رضایی، شماره پرواز ۴۲۱", ["علی رضایی"]),
        ("مرحبا، أنا ليلى حداد. أرجو تغيير العنوان.", ["ليلى حداد"]),
        ("آقای رضا احمدی درخواست بازپرداخت داده است.", ["رضا احمدی"]),
        # Hebrew and Hindi
        ("הלקוח דוד כהן ביקש החזר.", ["דוד כהן"]),
        ("ग्राहक राहुल शर्मा ने रिफंड माँगा है।", ["राहुल शर्मा"]),
        # mixed with English, and several names
        ("Please update the record for 联系人：李明 and send it back.", ["李明"]),
        ("收件人：刘洋。抄送：张丽女士。", ["刘洋", "张丽"]),
    ],
)
def test_names_in_other_scripts_are_found_with_exact_spans(text: str, names: list[str]) -> None:
    assert persons(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "王国的历史可以追溯到公元前。",
        "高速公路今天免费通行。",
        "金融市场本周波动较大。",
        "客户关系管理系统需要升级。",
        "用户名或密码错误，请重试。",
        "各位女士、先生，晚上好。",
        "函數的名字儲存在變數",
        "関係者以外立ち入り禁止です。",
        "お客様各位、システムメンテナンスのお知らせです。",
        "東京駅の近くに新しいホテルができました。",
        "이번 주말에 비가 온다고 합니다.",
        "이용 약관을 확인해 주세요.",
        "고객 정보를 안전하게 보관합니다.",
        "고객님, 주문이 완료되었습니다.",
        "담당자 연락처를 알려 주세요.",
        "문단 배경색 이름 문자열",
        "기능을 이미 사용중입니다",
        "Москва является столицей России.",
        "Надежда умирает последней.",
        "Ростов-на-Дону — крупный город.",
        "Ο Άγιος Νικόλαος είναι πόλη της Κρήτης.",
        "Ο Ερυθρός Σταυρός βοηθά τους πρόσφυγες.",
        "أمل كبير في نجاح المشروع.",
        "نور الشمس يدخل من النافذة.",
        "مطار الملك خالد الدولي.",
        "أسهم يونيكود و معاملات الرياضيات على المستوى المبدئي",
        "ترکی عثمانی (۱۵۰۰-۱۹۲۸)",
        "امید داریم از خرید خود راضی باشید.",
        "תל אביב היא עיר גדולה.",
        "आपका ऑर्डर भेज दिया गया है।",
    ],
)
def test_ordinary_text_in_other_scripts_has_no_person(text: str) -> None:
    assert persons(text) == []


def test_latin_script_text_is_left_to_the_latin_finder() -> None:
    for text in (
        "Please ask Maria Lopez to review the attached report.",
        "Bitte rufen Sie Frau Müller an, sie wartet auf Rückmeldung.",
        "Zadzwoń do Łukasza Nowaka w sprawie umowy.",
    ):
        assert script_person_spans(text) == []
        assert find_person_spans(text) == latin_person_spans(text)


def test_full_width_forms_and_invisible_characters_keep_offsets() -> None:
    text = "担当者：山本\u3000健太\u200bさんに連絡してください。"
    found = [f for f in find_pii(text) if f.kind == "person"]
    assert [text[f.start : f.end] for f in found] == ["山本\u3000健太"]


def test_a_name_next_to_an_address_keeps_both() -> None:
    text = "收件人：林晓雯，地址：上海市徐汇区漕溪北路88号12楼，邮编200030。"
    kinds = {(f.kind, text[f.start : f.end]) for f in find_pii(text)}
    assert ("person", "林晓雯") in kinds
    assert any(kind == "address" for kind, _ in kinds)


def test_many_names_stay_linear() -> None:
    text = "联系人：王伟。" * 2000 + "Клієнт Олена Коваленко. " * 500
    spans = script_person_spans(text)
    assert len(spans) == 2500
    assert all(a < b for a, b, _ in spans)
