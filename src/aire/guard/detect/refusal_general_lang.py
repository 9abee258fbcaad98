"""The other-language declines of ``refusal_general`` (issue 15, ref11): the request as
subject of a no ("Essa solicitação não pode ser atendida", "该请求无法满足"), a first-person
future no ("no voy a ayudar", "werde ich jedoch nicht ...", "я не буду помогать"), a no with
the object first ("Das mache ich nicht."), a declined part ("Lo que no haré es ...") and
regret that something is not possible ("Leider ist das nicht möglich."), in about twenty
languages; and the words of contrast and apology ``refusal_general.general_part`` reads.
Literal data only."""

from __future__ import annotations

import re

__all__ = [
    "APOLOGY_ANY",
    "CONTRAST",
    "LANG_FAMILIES",
    "PART_OTHER",
    "REGRET_IMPOSSIBLE",
    "REGRET_WORDS",
]

# Other languages (searched only when the head is not English): (name, pattern, ASCII-able)
_LANG_REQUEST = (
    # es / pt: "(esta) solicitud no puede ser atendida", "foi recusada", "no se puede atender"
    r"\b(?:solicitud|petici[oó]n|consulta|pedido|solicita[cç][aã]o|requisi[cç][aã]o)\s+(?:\w+\s+){0,2}?"
    r"(?:no\s+(?:puede|podemos|podr[aá]|es\s+posible)|n[aã]o\s+(?:pode|podemos|poder[aá]|[eé]\s+poss[ií]vel))"
    r"\s+(?:ser\s+)?(?:atendid[ao]|atender|procesad[ao]|procesar|processad[ao]|processar|completad[ao]"
    r"|satisfech[ao]|satisfacer|cumplid[ao]|cumplir|cumprid[ao]|aceptad[ao]|aceit[ao]|tramitad[ao]"
    r"|realizad[ao]|conclu[ií]d[ao]|respondid[ao])\b(?=\s*[.!;:\n]|\s*$|[^.!?\n]{0,60}?(?:pol[ií]tica|norma"
    r"|directri|diretri|regla|regra|t[eé]rminos|termos))"
    r"|\b(?:solicitud|petici[oó]n|pedido|solicita[cç][aã]o)\s+(?:\w+\s+){0,1}?(?:ha\s+sido|fue|queda|foi|est[aá]"
    r"|ficou)\s+(?:rechazad[ao]|denegad[ao]|declinad[ao]|recusad[ao]|negad[ao]|rejeitad[ao]|indeferid[ao])"
    r"(?=\s*[.!;:\n]|\s*$|[^.!?\n]{0,60}?(?:pol[ií]tica|norma|directri|diretri|regla|regra|fraude|ilegal"
    r"|n[aã]o\s+fornecemos|no\s+facilitamos))"
    # fr / it
    r"|\b(?:demande|requ[eê]te|richiesta)\s+(?:\w+\s+){0,1}?(?:ne\s+(?:peut|pourra|saurait)\s+(?:pas\s+)?(?:[eê]tre\s+)?"
    r"(?:trait[ée]e|satisfaite|honor[ée]e|accept[ée]e|aboutir)|non\s+(?:pu[oò]|potr[aà]|possiamo)\s+(?:essere\s+)?"
    r"(?:soddisfatta|elaborata|accolta|evasa|eseguita|esaudita))\b(?=\s*[.!;:\n]|\s*$|[^.!?\n]{0,60}?(?:politi"
    r"|r[eè]gle|regol|linee\s+guida|conform))"
    r"|\b(?:demande|requ[eê]te|richiesta)\s+(?:\w+\s+){0,1}?(?:a\s+[ée]t[ée]|est|[eè]\s+stata|viene)\s+(?:refus[ée]e"
    r"|rejet[ée]e|d[ée]clin[ée]e|rifiutata|respinta|declinata)(?=\s*[.!;:\n]|\s*$|[^.!?\n]{0,60}?(?:politi"
    r"|r[eè]gle|regol|conform))"
    # de / nl
    r"|\b(?:anfrage|bitte|anliegen|verzoek|vraag)\s+(?:\w+\s+){0,2}?(?:kann|k[öo]nnen|konnte|wird|kan|kunnen|zal)\s+(?:ich\s+|wir\s+"
    r"|je\s+|u\s+)?(?:leider\s+|helaas\s+)?(?:nicht|niet)\s+(?:worden\s+)?(?:bearbeitet|erf[üu]llt|beantwortet"
    r"|ausgef[üu]hrt|umgesetzt|entsprochen|uitgevoerd|ingewilligd|behandeld|gehonoreerd|beantwoord)(?:\s+werden)?"
    r"(?=\s*[.!;:\n]|\s*$|[^.!?\n]{0,60}?(?:richtlinie|regel|grunds[äa]tz|beleid|voorwaarden))"
    r"|\b(?:anfrage|bitte|verzoek)\s+(?:\w+\s+){0,1}?(?:wurde|wird|is|werd)\s+(?:leider\s+|helaas\s+)?(?:abgelehnt"
    r"|afgewezen|geweigerd)(?=\s*[.!;:\n]|\s*$|[^.!?\n]{0,60}?(?:richtlinie|regel|beleid|voorwaarden))"
    # pl / tr
    r"|\b(?:pro[śs]ba|pro[śs]b[eę]|zapytanie|[żz][ąa]danie)\s+(?:\w+\s+){0,1}?nie\s+(?:mo[żz]e|mog[ąa])\s+"
    r"(?:zosta[ćc]|by[ćc])\s+(?:spe[łl]nion[aey]|zrealizowan[aey]|wykonan[aey]|obs[łl]u[żz]on[aey])"
    r"|\b(?:pro[śs]ba|zapytanie|[żz][ąa]danie)\s+(?:\w+\s+){0,1}?(?:zosta[łl]a|zosta[łl]o|jest)\s+odrzucon[aey]"
    r"(?=\s*[.!;:\n]|\s*$|[^.!?\n]{0,60}?(?:zasad|polityk|regulamin))"
    r"|\b(?:bu|bu\s+t[üu]r|talebiniz|iste[ğg]iniz|talebin|iste[ğg]in)\s*(?:talep|istek)?\s+(?:yerine\s+getirilemez"
    r"|kar[şs][ıi]lanamaz|i[şs]leme\s+al[ıi]namaz|kabul\s+edilemez|yan[ıi]tlanamaz|reddedildi)"
)
_LANG_REQUEST_U = (
    # ru / uk
    r"(?:запрос|просьб[ауы]|запит|прохання)\s+(?:\w+\s+){0,1}?не\s+мо(?:жет|же)\s+(?:быть|бути)\s+(?:выполнен|обработан"
    r"|удовлетворен|исполнен|виконан|оброблен|задоволен)\w*"
    r"|(?:запрос|просьба|запит|прохання)\s+(?:\w+\s+){0,1}?(?:отклон[её]н\w*|відхилено|відхилен\w*)"
    r"(?=\s*[.!;:\n]|\s*$|[^.!?\n]{0,60}?(?:политик|правил|політик))"
    # zh / ja / ko
    r"|(?:请求|要求|需求)(?:已被|已|被)?(?:无法|不能|不予|恕难|难以)(?:满足|处理|完成|提供|受理|执行|办理)"
    r"|(?:请求|要求)已?被拒绝"
    r"|(?:依頼|リクエスト|要望|要請|ご質問)(?:には|は|に)?(?:お応え|対応|お答え|お受け|応じること|お引き受け)"
    r"(?:でき|いたしかね|致しかね|しかね)"
    r"|요청(?:은|을|에는|하신\s*내용은|하신\s*사항은)?\s*(?:처리|수행|응답|수락|들어\s*드릴|도와\s*드릴|제공)\s*"
    r"(?:해\s*드릴|할|하실|받을)?\s*수\s*없"
    # ar / hi
    r"|(?:لا\s+يمكن(?:نا)?|لا\s+نستطيع|لا\s+يسعنا|لا\s+أستطيع)\s+(?:تلبية|تنفيذ|معالجة|قبول)\s+(?:هذا|طلبك|الطلب)"
    r"|تم\s+رفض\s+(?:هذا\s+)?(?:الطلب|طلبك)"
    r"|अनुरोध\s+(?:को\s+)?(?:पूरा|स्वीकार|संसाधित)\s+नहीं\s+(?:किया\s+जा\s+सकता|हो\s+सकता)"
    r"|अनुरोध\s+(?:को\s+)?अस्वीकार"
)
_LANG_REQUEST_ID = (
    # id / vi / sw
    r"\bpermintaan\s+(?:ini|anda|tersebut|itu|kamu)\s+(?:tidak|tak)\s+(?:dapat|bisa|akan)\s+(?:kami\s+)?"
    r"(?:dipenuhi|diproses|dilayani|dikabulkan|penuhi|proses)"
    r"|\bpermintaan\s+(?:ini|anda|tersebut|kamu)\s+(?:telah\s+|sudah\s+)?ditolak"
    r"|y[eê]u\s+c[aầ]u\s+(?:n[aà]y|c[uủ]a\s+b[aạ]n|đó|do)\s+(?:kh[oô]ng\s+th[eể]|kh[oô]ng\s+đư[oợ]c)\s+"
    r"(?:đư[oợ]c\s+)?(?:đáp\s+ứng|x[ửu]\s+l[ýy]|th[ựu]c\s+hi[ệe]n|ch[ấa]p\s+nh[ậa]n)"
    r"|y[eê]u\s+c[aầ]u\s+(?:n[aà]y|c[uủ]a\s+b[aạ]n)\s+(?:đã\s+)?b[ịi]\s+t[ừu]\s+ch[ốo]i"
    r"|\bombi\s+(?:hili|lako|hilo)\s+(?:haliwezi|halitaweza|haliwezekani)|\bombi\s+(?:hili|lako)\s+limekataliwa"
)
_LANG_WILL_NOT = (
    # es / pt / it
    r"\bno\s+(?:te\s+|le\s+|les\s+|os\s+)?(?:voy\s+a|pienso|vamos\s+a)\s+(?:ayudar|hacer|escribir|redactar|dar"
    r"|proporcionar|facilitar|crear|inventar|generar|falsificar|compartir|revelar|participar|colaborar)"
    r"|\bno\s+(?:te\s+|le\s+)?(?:ayudar[eé]|escribir[eé]|redactar[eé]|proporcionar[eé]|facilitar[eé]|inventar[eé]"
    r"|falsificar[eé])\b|\bme\s+niego\s+a\b"
    r"|\bn[aã]o\s+(?:vou|irei|pretendo|vamos)\s+(?:te\s+|lhe\s+)?(?:ajudar|fazer|escrever|redigir|dar|fornecer"
    r"|criar|inventar|gerar|falsificar|compartilhar|revelar|desbloquear)"
    r"|\b(?:me\s+)?recuso(?:-me)?\s+a\b"
    r"|\bnon\s+(?:ti\s+|la\s+|lo\s+|li\s+|le\s+|vi\s+)?(?:aiuter[oò]|scriver[oò]|fornir[oò]|dar[oò]|creer[oò]"
    r"|far[oò]|rediger[oò]|inventer[oò]|condivider[oò]|riveler[oò]|falsificher[oò])\b|\bmi\s+rifiuto\s+di\b"
    # de / nl / pl
    r"|\b(?:werde\s+ich|ich\s+werde)\s+(?:\w+\s+){0,3}?nicht\s+(?:\w+\s+){0,2}?(?:liefern|schreiben|erstellen"
    r"|verfassen|geben|nachbilden|f[äa]lschen|erfinden|bereitstellen|weitergeben|herausgeben|nachmachen"
    r"|helfen|unterst[üu]tzen|mitmachen|anfertigen|generieren)\b|\bich\s+weigere\s+mich\b|\blehne\s+ich\s+ab\b"
    r"|\b(?:voeg|schrijf|geef|help|maak|deel|stuur|verzin|lever|vervals)\s+ik\s+(?:je\s+|u\s+|jou\s+)?(?:\w+\s+)?"
    r"(?:niet|geen)\b|\bik\s+(?:ga|zal)\s+(?:je\s+|u\s+)?(?:daar\s+)?niet\s+(?:mee\s+)?(?:helpen|schrijven|maken"
    r"|geven|vervalsen|delen)|\bik\s+weiger\b"
    r"|\bnie\s+(?:pomog[eę]|napisz[eę]|podam|stworz[eę]|zrobi[eę]|udost[eę]pni[eę]|wygeneruj[eę]|przygotuj[eę]"
    r"|sfa[łl]szuj[eę])\b|\bodmawiam\b"
    # tr / id / sw
    r"|\b(?:yard[ıi]m\s+etmeyece[ğg]im|yard[ıi]mc[ıi]\s+olmayaca[ğg][ıi]m|yazmayaca[ğg][ıi]m|vermeyece[ğg]im"
    r"|yapmayaca[ğg][ıi]m|haz[ıi]rlamayaca[ğg][ıi]m|payla[şs]mayaca[ğg][ıi]m|sa[ğg]lamayaca[ğg][ıi]m"
    r"|olu[şs]turmayaca[ğg][ıi]m|reddediyorum)\b"
    r"|\bsaya\s+(?:tidak|takkan|tak)\s+(?:akan\s+)?(?:membantu|menulis|memberikan|membuat|menyediakan|membagikan"
    r"|mengungkapkan|memalsukan)|\bsaya\s+menolak\b"
    # sw: "sita-" + verb is the first-person negative future ("sitatoa", "sitakusaidia")
    r"|\bsita(?:toa|weza|fanya|andika|saidia|kusaidia|tengeneza|shiriki|fichua|eleza|kupa|mpa|wapa"
    r"|kueleza|kuandikia|kutengenezea)\b|\b(?:ninakataa|nakataa)\b"
)
_LANG_WILL_NOT_U = (
    # ru / uk
    r"\bя\s+не\s+(?:буду|стану)\s+(?:\w+\s+)?(?:помогать|писать|давать|предоставлять|создавать|составлять|делать"
    r"|раскрывать|добавлять|подделывать|генерировать|участвовать|допомагати|писати|надавати|створювати|робити"
    r"|розкривати|додавати|підробляти)"
    r"|(?:помогать|писать|давать|предоставлять|создавать|составлять|делать|раскрывать|добавлять|подделывать)\s+"
    r"не\s+(?:буду|стану)|\bне\s+(?:допомагатиму|писатиму|надаватиму|створюватиму|робитиму|розкриватиму"
    r"|додаватиму)|\bотказываюсь\b|\bвідмовляюся\b"
    # zh / ja / ko
    r"|我(?:不会|不打算|不愿意|拒绝)(?:帮|协助|提供|写|编写|生成|制作|告诉|透露|参与|做|伪造|替你)"
    r"|(?:这|那)(?:部分|个|件事|一点|一部分)?我(?:不会|不能|无法|不)(?:做|写|提供|帮)"
    r"|(?:お手伝い|協力|作成|提供|お教え|お伝え|手伝い|代筆)(?:いたし|し)(?:ません|かねます)"
    r"|(?:お断り|遠慮)(?:します|いたします|させていただきます)|控えさせていただきます"
    r"|(?:도와\s*드리지|작성하지|제공하지|만들어\s*드리지|알려\s*드리지|돕지|작성해\s*드리지)\s*않(?:겠|을\s*것)"
    r"|거절(?:하겠습니다|합니다|할게요)"
    # ar / hi / vi
    r"|لن\s+(?:أساعد|أقدم|أكتب|أشارك|أنشئ|أزود|أفصح|أقوم)|\bأرفض\b"
    r"|(?:मदद|सहायता)\s+नहीं\s+(?:करूंगा|करूँगा|करूंगी|करूँगी|करेंगे)"
    r"|नहीं\s+(?:लिखूंगा|लिखूँगा|लिखूंगी|दूंगा|दूँगा|दूंगी|बनाऊंगा|बनाऊँगा|बनाऊंगी)"
    # vi "tôi không thực hiện được", "tôi không thể làm"
    r"|t[ôo]i\s+kh[ôo]ng\s+(?:th[ểe]\s+)?(?:th[ựu]c\s+hi[ệe]n|l[àa]m|h[ỗo]\s+tr[ợo])\s*(?:đư[ợo]c|vi[ệe]c"
    r"|đi[ềe]u)"
    r"|t[ôo]i\s+(?:s[ẽe]\s+)?kh[ôo]ng\s+(?:giúp|gi[uú]p|vi[ếe]t|cung\s+c[ấa]p|t[ạa]o|chia\s+s[ẻe]|ti[ếe]t\s+l[ộo]"
    r"|l[àa]m\s+gi[ảa])|t[ôo]i\s+t[ừu]\s+ch[ốo]i"
)
PART_OTHER = (
    r"\blo\s+que\s+no\s+(?:voy\s+a|vamos\s+a|har[eé]|puedo|te\s+voy\s+a|pienso)\b"
    r"|\bo\s+que\s+(?:eu\s+)?n[aã]o\s+(?:vou|farei|posso|irei)\b"
    r"|\bce\s+que\s+je\s+ne\s+(?:ferai|vais|peux|pourrai)\b"
    r"|\bwas\s+ich\s+(?:\w+\s+)?nicht\s+(?:tun|machen|schreiben|liefern|[üu]bernehmen)\s+(?:werde|kann)\b"
    r"|\b(?:quello|ci[oò])\s+che\s+non\s+(?:far[oò]|posso|scriver[oò])\b"
    r"|\bwat\s+ik\s+niet\s+(?:ga\s+)?(?:doe|doen|zal\s+doen|kan\s+doen)\b"
    r"|\bczego\s+nie\s+(?:zrobi[eę]|napisz[eę])\b"
    r"|\b(?:то,?\s+)?чего\s+я\s+не\s+(?:буду|сделаю|стану)\b"
    r"|我不会做的(?:是|事)"
)

_LANG_INFO = (
    r"\b(?:esta|esa|essa|esta|estas|esas|essas)\s+informa(?:ci[oó]n|[cç](?:[aã]o|[oõ]es))\s+n[oã]o?\s+(?:puede|pueden|pode"
    r"|podem)\s+ser\s+(?:compartid|divulgad|proporcionad|fornecid|facilitad|revelad)[ao]s?\s*[.!]"
    r"|\bces\s+informations\s+ne\s+(?:peuvent|pourront)\s+pas\s+[êe]tre\s+(?:communiqu|divulgu|partag|fourni)[ée]es\s*[.!]"
    r"|\bdiese\s+(?:informationen|daten|angaben)\s+(?:k[öo]nnen|d[üu]rfen)\s+(?:wir\s+|ich\s+)?(?:leider\s+)?nicht"
    r"\s+(?:weitergegeben|herausgegeben|mitgeteilt|geteilt|offengelegt)\s+werden\s*[.!]"
    r"|(?:эта|эти|ця|ці)\s+(?:информаци|данные|інформаці|дані)\w*\s+не\s+мо\w+\s+(?:быть|бути)\s+"
    r"(?:предоставлен|раскрыт|передан|надан|розкрит|передан)\w*\s*[.!]"
    # object first, then a first-person no: "Eso no lo voy a hacer.", "Das mache ich nicht."
    r"|\b(?:eso|esto)\s+no\s+lo\s+(?:hago|har[eé]|voy\s+a\s+hacer)\s*[.!]|\bisso\s+eu\s+n[aã]o\s+(?:fa[cç]o|farei"
    r"|vou\s+fazer)\s*[.!]|\b(?:questo|quello)\s+non\s+lo\s+(?:faccio|far[oò])\s*[.!]|\bdas\s+(?:mache|tue)\s+ich"
    r"\s+nicht\s*[.!]|\bdat\s+doe\s+ik\s+niet\s*[.!]|\b[çc]a,?\s+je\s+ne\s+le\s+(?:fais|ferai)\s+pas\b"
    r"|\btego\s+nie\s+(?:zrobi[eę]|robi[eę])\s*[.!]|\bbunu\s+(?:yapamam|yapmam|yapmayaca[ğg][ıi]m)\b"
    r"|这(?:个|件事)?我(?:做不到|不做|不会做)|\bitu\s+tidak\s+(?:bisa|dapat|akan)\s+saya\s+lakukan"
    r"|\bdat\s+is\s+niet\s+iets\s+waar(?:mee)?\s+ik\s+(?:je\s+|u\s+)?(?:mee\s+)?(?:kan|ga|zal|wil)\s+helpen"
)


_W_PART = ("lo que no", "o que", "ce que je", "was ich", "che non", "wat ik", "czego", "чего",
           "我不会做的")  # fmt: skip
_W_REQ = ("solicit", "petici", "consulta", "pedido", "requisi", "demande", "requ", "richiesta",
          "anfrage", "bitte", "anliegen", "verzoek", "vraag", "pro\u015b", "pros", "zapytanie",
          "danie", "talep", "iste", " bu ")  # fmt: skip
_W_REQ_ID = ("permintaan", "y\u00eau", "yeu c", "ombi")
_W_REQ_U = ("запрос", "просьб", "запит", "прохання", "请求", "要求", "需求", "依頼", "リクエスト",
            "要望", "要請", "質問", "요청", "لا ", "تم رفض", "अनुरोध")  # fmt: skip
_W_WILL = (" no ", "não", "nao ", "niego", "recuso", " non ", "rifiuto", "werde", "weigere",
           "lehne", " ik ", " nie ", "odmawiam", "yard", "mayaca", "meyece", "reddediyorum",
           "saya", " sita", "nakataa")  # fmt: skip
_W_WILL_U = ("не ", "отказыва", "відмовля", "我", "这", "那", "お", "遠慮", "控え", "않", "거절",
             "لن ", "أرفض", "नहीं", "tôi", "toi ")  # fmt: skip
_W_INFO = ("informa", "diese", "эта", "эти", "ця", "ці", " eso", " esto", " isso", "questo",
           "quello", " das ", " dat ", "ça", " ca,", " ca ", " tego", " bunu", "这",
           " itu ")  # fmt: skip
# (name, pattern, words one of which it needs in " " + the lower-cased head, whether it can
# match ASCII text)
LANG_FAMILIES: tuple[tuple[str, str, tuple[str, ...], bool], ...] = (
    ("lang_part_marker", PART_OTHER, _W_PART, True),
    ("lang_request", _LANG_REQUEST, _W_REQ, True),
    ("lang_request", _LANG_REQUEST_ID, _W_REQ_ID, True),
    ("lang_request", _LANG_REQUEST_U, _W_REQ_U, False),
    ("lang_will_not", _LANG_WILL_NOT, _W_WILL, True),
    ("lang_will_not", _LANG_WILL_NOT_U, _W_WILL_U, False),
    ("lang_info_object", _LANG_INFO, _W_INFO, True),
)

# regret, then "not possible" (any language), where the answer opens: a no only when little
# else is said
REGRET_IMPOSSIBLE = (
    r"(?i)^\W*(?:sorry|apologies|unfortunately|regrettably|i'm\s+afraid|lamentablemente|lo\s+siento"
    r"|desafortunadamente|infelizmente|desculpe|lamento|malheureusement|d[ée]sol[ée]|leider|tut\s+mir\s+leid"
    r"|purtroppo|mi\s+dispiace|helaas|sorry|к\s+сожалению|извините|на\s+жаль|вибачте|很抱歉|抱歉|对不起|申し訳"
    r"|残念|죄송|유감|maaf|sayangnya|xin\s+l[ỗo]i|r[ấa]t\s+ti[ếe]c|samahani|przykro\s+mi|niestety|[üu]zg[üu]n[üu]m"
    r"|maalesef|عذرا|عذراً|للأسف|क्षमा|माफ़|दुर्भाग्य)[^.!?\n。]{0,40}?(?:not\s+possible|impossible|can't\s+be\s+done"
    r"|no\s+es\s+posible|imposible|n[aã]o\s+[ée]\s+poss[ií]vel|imposs[ií]vel|pas\s+possible|nicht\s+m[öo]glich"
    r"|unm[öo]glich|non\s+[èe]\s+possibile|impossibile|niet\s+mogelijk|onmogelijk|невозможно|неможливо"
    r"|не\s+можливо|无法|做不到|不可能|できません|できかねます|불가능|수\s*없|tidak\s+mungkin|kh[ôo]ng\s+th[ểe]"
    r"|haiwezekani|haliwezekani|niemo[żz]liwe|nie\s+jest\s+mo[żz]liwe|m[üu]mk[üu]n\s+de[ğg]il|غير\s+ممكن"
    r"|संभव\s+नहीं)"
)
REGRET_WORDS = ("sorry", "apolog", "unfortunately", "regrettably", "afraid", "lamentablemente",
                "lo siento", "desafortunadamente", "infelizmente", "desculpe", "lamento",
                "malheureusement", "desol", "leider", "purtroppo", "dispiace", "helaas", "maaf",
                "sayangnya", "samahani", "przykro", "niestety", "maalesef")  # fmt: skip

# a no brought in by "but" after a sentence of help: "..., werde ich jedoch nicht ..."
CONTRAST = re.compile(
    r"(?i)\b(?:but|however|though|jedoch|aber|allerdings|per[oò]|tuttavia|pero|sin\s+embargo|mas|por[eé]m"
    r"|no\s+entanto|cependant|toutefois|mais|maar|echter|jednak|ale|ancak|fakat|ama|но|однако|але|проте"
    r"|namun|tetapi|tapi|nh[uư]ng|lakini)\b|但是|但|不过|ただし|しかし|하지만|그러나|لكن|लेकिन|परंतु"
)
APOLOGY_ANY = re.compile(
    r"(?i)\b(?:sorry|apolog|unfortunately|lo\s+siento|lamentablemente|desculp|infelizmente|d[ée]sol[ée]"
    r"|malheureusement|leider|entschuldig|mi\s+dispiace|purtroppo|helaas|sorry|przepraszam|niestety|[üu]zg[üu]n"
    r"|maalesef|извин|к\s+сожалению|вибач|на\s+жаль|maaf|xin\s+l[ỗo]i|samahani)|抱歉|对不起|很遗憾|申し訳|残念|"
    r"죄송|유감|عذر|آسف|क्षमा|माफ़"
)
