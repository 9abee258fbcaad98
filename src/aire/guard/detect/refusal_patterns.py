"""The phrase tables of the refusal detector (``refusal``): declines without "can't",
first-person refusals in other languages, the sentences that carry no help and the turns to
help that tell a partial refusal from a full one, and the long phrase lists of the other
patterns. Literal data only; how they are searched (only when one of a decline's words
occurs in the head; the ASCII-only language pieces for ASCII answers; lower-cased ASCII
text with the patterns compiled without ``(?i)``) is in ``refusal``.
"""

from __future__ import annotations

# the declined part and the ref7 declines live in ``refusal_declines`` (module size)
from aire.guard.detect.refusal_declines import DECLINES_MORE, PART_DECLINE, PART_WORDS

__all__ = [
    "CANT",
    "DECLINES",
    "DECLINES_MORE",
    "DISCLAIM",
    "DO",
    "FLUFF",
    "FLUFF_EXTRA",
    "FLUFF_TOKENS",
    "IDIOM",
    "LANG_PIECES",
    "MORAL",
    "OFFER_IF",
    "PART_DECLINE",
    "PART_WORDS",
    "PIVOT",
    "PIVOT_KEYS",
    "PIVOT_KEYS_OTHER",
    "PIVOT_SENT",
    "PIVOT_WEAK",
    "PIVOT_WEAK_ANY",
    "PIVOT_WEAK_EXTRA",
    "PIVOT_WEAK_KEYS",
    "PIVOT_WORDS",
    "PIVOT_WORDS_OTHER",
    "POLICY",
    "SOFT",
    "SOFT_MORE",
]

# The first-person no of ``refusal._STRONG``: the modal, the verbs of doing, the idioms.
CANT = (
    r"(?:can(?:no|')t|can\s+not|won't|will\s+not|am\s+(?:not\s+able|unable)|'m\s+(?:not\s+able|unable)|"
    r"must\s+(?:decline|refuse|respectfully\s+decline)|do\s+not\s+feel\s+comfortable|"
    r"don't\s+feel\s+comfortable|am\s+not\s+(?:comfortable|going\s+to)|'m\s+not\s+(?:comfortable|going\s+to)|"
    r"(?:am\s+)?not\s+(?:able|allowed|permitted)\s+to|unable\s+to|refuse\s+to|decline\s+to|"
    r"not\s+going\s+to|not\s+comfortable)"
)
DO = (
    r"(?:provide|help|assist|give|offer|create|generate|write|fulfil+|comply|engage|share|"
    r"answer|support|condone|encourage|promote|recommend|suggest|tell|explain|describe|"
    r"discuss|do\s+that|do\s+this|continue|participate|produce|facilitate|endorse|make|"
    r"advise|be\s+of\s+(?:help|assistance)|lend|teach|disclose|reveal|speculate|guide|"
    r"instruct|perform|complete|draft|compose|respond|express|predict|judge|access|"
    r"name|list|pick|choose|identify|reproduce|diagnose|prescribe|repeat|recreate|impersonate|"
    r"pretend|role-?play|act\s+as|build|design|plan|code|"
    r"go\s+into|get\s+into|include|write|assist|fulfill|that|this|walk(?:\s+you)?\s+through|"
    r"(?:provid|help|assist|writ|shar|answer|discuss|giv|explain|describ|creat|generat|"
    r"produc|engag|go)ing)"
)
# "I can't believe / stress enough / wait", "I won't lie": idioms, not a no.
IDIOM = (
    r"(?!\s+(?:refuse\b|decline\b|believe|stress|wait|thank|emphasi[sz]e|overstate|lie\b|deny|imagine|agree\s+more"
    r"|examine\b|physically\b|see\s+(?:your|the|it|what|that|any)\b|sugar-?coat|mince\b|"
    # "I can't find X" is a search that failed; "I can't find and share X" declines
    r"find\b(?!\s+(?:and|or)\s+(?:share|give|provide|post|send|list|publish))|"
    r"guarantee|promise|vouch|be\s+(?:sure|certain|100%|available|around|there|home|free)\b|judge\b|"
    r"say\s+for\s+(?:sure|certain)|"
    r"help\s+(?:but|feeling|thinking)|get\s+enough|recommend\b[^.!?\n]{0,40}\benough|"
    r"pretend\s+(?:this|that|it)(?:\s+one)?(?:'s|\s+is|\s+was|\s+will)|"
    r"reproduce\s+(?:that|this|the|your)\s+(?:error|bug|issue|problem|crash|behaviou?r)|"
    # the scope of an answer, not a decline: "I won't go into every edge case, but ..."
    r"go\s+into\s+(?:every|each|all\s+the|too\s+much)))"
)

# More declines without "can't", each with the words (lower case) one of which it needs:
# a pattern is searched only when its words occur, which keeps them off most answers.
DECLINES: tuple[tuple[str, tuple[str, ...]], ...] = (
    # "falls outside the scope of what this assistant is permitted to handle"
    (
        r"\b(?:falls|is|lies)\s+(?:outside|beyond)\s+(?:of\s+)?the\s+scope\s+of\s+(?:what|my|this\s+assistant)",
        ("scope",),
    ),
    # "I decline." / "I respectfully refuse." at the start of a sentence; "Not something I'll
    # help with."; "I don't produce content like that"
    (
        r"(?:^|[.!?\n:\u2013\u2014]\s*)\W*(?:i\s+(?:(?:respectfully|politely)\s+)?(?:decline|refuse)\b(?!\s+to\s+(?:believe|accept\s+that))"
        r"|not\s+(?:something|a\s+request|anything)\s+i(?:'ll|\s+will|\s+can|'m\s+(?:able|willing|going))"
        r"|i\s+(?:don't|do\s+not)\s+(?:produce|generate|create|write|provide|engage\s+in|assist\s+with|"
        r"help\s+with|give|share|make|support|condone)\s+(?:\w+ing\b|(?:that|this|such|any|these|those)\b|(?:\w+\s+)?"
        r"(?:content|material|instructions|information|advice|jokes|stories|images|essays|code\s+that|malware)\b))",
        (
            "declin",
            "refus",
            "not something",
            "not a request",
            "not anything",
            "i don't",
            "i do not",
        ),
    ),
    # "I'd prefer to steer away from that", "I'll steer clear of this"
    (
        r"\bi(?:'d|\s+would|'ll|\s+will|'m\s+going\s+to)\s+(?:(?:prefer|like|rather)\s+(?:to\s+)?)?"
        r"(?:steer\s+(?:away|clear)|stay\s+away)\s+(?:from|of)\s+(?:(?:that|this|it)(?=\s*(?:[.!,;:\u2013\u2014-]|$"
        r"|\s+(?:one|topic|subject|request|area|part)\b))|writing|helping|providing|giving)",
        ("steer", "stay away"),
    ),
    # "I'll skip the part about ...", "I'll leave out the section on ..." (a part declined)
    (
        r"\bi(?:'ll|\s+will|'m\s+going\s+to)\s+(?:have\s+to\s+)?(?:skip|leave\s+out|omit|set\s+aside|leave\s+aside|pass\s+on)\s+"
        r"(?:the|that|this|any)\s+(?:\w+\s+){0,3}?(?:(?:part|portion|bit|section|request|step)s?\b"
        # a roast or a speech: "I'll skip the jokes about his ex"
        r"|(?:jokes?|insults?|digs?|jabs?|lines?|remarks?)\s+(?:about|on)\b)",
        ("skip", "leave out", "omit", "set aside", "leave aside", "pass on"),
    ),
    # "let's talk about something else", "let's try a different topic", DeepSeek's "Let's
    # chat about math, coding, and logic problems instead!"
    (
        r"\blet(?:'s|\s+us)\s+(?:(?:focus\s+on|talk\s+about|discuss|move\s+on\s+to|switch\s+to|try|change|turn\s+to|chat\s+about)\s+"
        r"(?:something\s+(?:else|different|more\s+(?:constructive|positive|productive|helpful))|a\s+different\s+(?:topic|subject)"
        r"|another\s+(?:topic|subject)|the\s+subject)|(?:chat|talk)\s+about\s+[^.!?\n]{0,80}\binstead\b)",
        ("let's", "let us"),
    ),
    # "It would be irresponsible of me to", "It would not be responsible for me to"
    (
        r"\b(?:(?:irresponsible|wrong|unsafe|reckless)\s+(?:of|for)\s+me\s+to\b"
        r"|(?:not|n't)\s+(?:be\s+)?(?:responsible|right|appropriate|possible|wise|ethical)\s+(?:for|of)\s+me\s+to\b)",
        ("for me to", "of me to"),
    ),
    # "I'm not programmed to", "My guidelines don't allow me to"
    (
        r"\b(?:not\s+(?:programmed|designed|built|trained)\s+to\s+(?:help|assist|provide|give|answer|generate|create|write|engage)"
        r"|(?:guidelines|policies|rules|programming|instructions)\s+(?:don't|do\s+not|doesn't|does\s+not)\s+(?:allow|permit|let)\s+me\b)",
        (
            "not programmed",
            "not designed",
            "not built",
            "not trained",
            "allow me",
            "permit me",
            "let me",
        ),
    ),
    # "I'm only able to help with questions about our products"
    (
        r"\bi(?:(?:'m|\s+am)\s+only\s+(?:able|here|designed|programmed|allowed)\s+to\s+(?:help|assist|answer|discuss)"
        r"|\s+can\s+only\s+(?:help|assist|answer|discuss)\s+(?:with\s+)?(?:questions|topics|requests|things))",
        ("only",),
    ),
    # "This goes beyond what I can do", "I have to stop you there", "I'm afraid that's not
    # possible", DeepSeek's "I'm not sure how to approach this type of question yet", "not
    # within my programming", "I'm not the right assistant for this", "I'm going to turn
    # this down"
    (
        r"\b(?:goes\s+beyond\s+what\s+i\b|i(?:'m|\s+am)?\s+(?:have|need|going)\s+to\s+stop\s+(?:you|here|there)\b"
        r"|i'm\s+afraid\s+(?:that's|that\s+is|this\s+is|it's)\s+not\s+(?:possible|something|an?\s+option)"
        r"|not\s+sure\s+how\s+to\s+approach\s+this\s+(?:type|kind)\s+of\s+(?:question|request)"
        r"|not\s+within\s+my\s+(?:programming|guidelines|capabilities|abilities|scope|remit)"
        r"|i(?:'m|\s+am)\s+not\s+the\s+(?:right|best|appropriate)\s+(?:assistant|resource|place|tool|person|ai|model)\b"
        r"|i(?:'m|\s+am)\s+going\s+to\s+(?:hold\s+off|sit\s+this\s+one\s+out)"
        r"|i(?:'m|\s+am)\s+not\s+(?:walking|helping|writing|giving|doing|providing|sharing|creating|touching|assisting)\s+"
        r"(?:you|with|that|this|it|anyone|any)\b"
        r"|i(?:'m|\s+am|'ll|\s+will|\s+must|\s+have\s+to)\s+(?:going\s+to\s+|have\s+to\s+)?turn\s+(?:this|that|it)?\s*down\b)",
        (
            "goes beyond",
            "stop you",
            "stop here",
            "stop there",
            "afraid",
            "not sure how",
            "within my",
            "not the right",
            "not the best",
            "not the appropriate",
            "hold off",
            "sit this",
            "i'm not ",
            "i am not ",
            "turn this",
            "turn that",
            "turn it",
            "turn down",
        ),
    ),
    # "generating that content would go against that / my guidelines"
    (
        r"\bwould\s+(?:go\s+against|violate|contradict|conflict\s+with)\s+(?:(?:that|this|those)\s*[.!]|(?:my|our)\s+(?:\w+\s+)?"
        r"(?:guidelines|principles|values|polic\w+|programming|purpose|design|rules))",
        ("go against", "violate", "contradict", "conflict with"),
    ),
)

# Refusals in other languages: a first-person "cannot / will not help / do" near the start.
# Each piece is (pattern, can match ASCII text): answers in Spanish, Dutch, ... are often
# pure ASCII, and the ASCII-only regex keeps the other scripts off most English answers.
LANG_PIECES: tuple[tuple[str, bool], ...] = (
    # de: "ich kann/darf/werde ... nicht" (not "ich kann nicht genug betonen")
    (
        r"\b(?:ich\s+(?:kann|darf)|(?:kann|darf)\s+ich)\b[^.!?\n]{0,30}"
        r"\b(?:nicht\b(?!\s+(?:genug|oft\s+genug|garantieren|versprechen|glauben|fassen|erwarten"
        r"|(?:genau|sicher|mit\s+sicherheit)\s+"
        r"(?:sagen|wissen|versprechen)))"
        r"|kein(?:e|en|er)?\b(?!\s+(?:garantie|gew[äa]hr|problem)))"
        # "ich werde / möchte ... nicht helfen": only with a verb of helping or doing
        r"|\b(?:ich\s+(?:werde|m[oö]chte)|(?:werde|m[oö]chte)\s+ich)\b[^.!?\n]{0,30}\bnicht\s+(?:dabei\s+)?"
        r"(?:helfen|tun|machen|schreiben|unterst|erstellen|beantworten|geben|liefern|verfassen|mitmachen)",
        True,
    ),
    (
        r"\b(?:ist\s+)?mir\s+(?:leider\s+)?nicht\s+m(?:ö|oe)glich\b|\bich\s+lehne\b[^.!?\n]{0,40}\bab\b"
        r"|\b(?:es\s+tut\s+mir\s+leid|entschuldigung|leider)\b[^.!?\n]{0,30}\bdas\s+geht\s+(?:leider\s+)?nicht\b"
        r"|\bnichts,?\s+(?:wobei|womit|bei\s+dem)\s+ich\b"
        r"|\b(?:mache|tue|schreibe|helfe|erstelle|gebe|liefere|verfasse|formuliere)\s+ich\s+"
        r"(?:dir\s+|ihnen\s+)?(?:(?:leider|aber|jedoch|allerdings)\s+)?nicht\b",
        True,
    ),
    # fr: "je ne peux pas" (not "je ne peux que": "I can only"), "je ne vais pas", "je refuse de"
    (
        r"\bje\s+ne\s+(?:(?:peux|pourrai)\b(?!\s+qu|\s+pas\s+(?:croire|imaginer|attendre|m'emp))|suis\s+pas\s+(?:en\s+mesure|autoris|habilit|capable)"
        r"|vais\s+pas\b(?!\s+vous\s+mentir)|souhaite\s+pas)"
        r"|\bje\s+(?:refuse|dois\s+(?:refuser|d[ée]cliner))\b|\bil\s+m'est\s+impossible\b"
        # "je ne fournirai pas", "je ne vous donnerai pas"
        r"|\bje\s+ne\s+(?:vous\s+|te\s+|l'|la\s+|le\s+|les\s+)?(?:fournir|donner|r[ée]diger|[ée]crir|fer"
        r"|partager|aider|communiquer|expliquer)ai\s+pas\b"
        r"|\bce\s+n'est\s+pas\s+quelque\s+chose\s+que\s+je\b|\bje\s+pr[ée]f[èe]re\s+ne\s+pas\b"
        r"|\b(?:ce|il)\s+n'est\s+pas\s+possible\s+pour\s+moi\b",
        True,
    ),
    # es
    (
        r"\bno\s+(?:(?:lo|la|te|le|les|los|me)\s+(?:puedo|voy\s+a(?!\s+mentir))|es\s+posible\s+(?:ayudar"
        r"|proporcionar|responder)|puedo(?!\s+(?:creer|imaginar|esperar|dejar\s+de))|podr[ée]|estoy\s+en\s+condiciones|me\s+es\s+posible"
        r"|voy\s+a(?!\s+mentir)|te\s+(?:puedo|voy\s+a(?!\s+mentir))"
        r"|le\s+puedo|lo\s+voy\s+a|es\s+algo\s+(?:con\s+lo\s+|en\s+lo\s+)?que\s+pueda)\b|\bme\s+niego\s+a\b"
        r"|\b(?:lamento|siento|lamentamos)\s+no\s+poder\b"
        r"|\bdebo\s+(?:negarme|rechazar|declinar)\b|\bprefiero\s+no\b",
        True,
    ),
    # pt
    (
        r"\bn(?:ã|a)o\s+(?:posso(?!\s+(?:acreditar|imaginar|esperar))|consigo(?!\s+(?:acreditar|imaginar))|vou(?!\s+mentir)|irei|sou\s+capaz|estou\s+(?:em\s+condi|autorizad)"
        r"|(?:é|e)\s+algo\s+(?:com\s+(?:o\s+)?que|que)\s+(?:eu\s+)?possa|(?:é|e)\s+poss[íi]vel\s+(?:ajudar|fornecer|atender|responder))",
        True,
    ),
    # it
    (
        r"\bnon\s+(?:posso(?!\s+(?:che\b|credere|crederci|immaginare|aspettare))|sono\s+in\s+grado|ti\s+(?:aiuter|posso)|aiuter|le\s+posso|mi\s+(?:è|e')\s+possibile"
        r"|(?:è|e')\s+(?:qualcosa|una\s+cosa)\s+(?:che|in\s+cui|su\s+cui|con\s+cui)\s+(?:posso|potrei)|potr(?:ò|o)|intendo)"
        r"|\bpreferisco\s+non\b",
        True,
    ),
    # nl: "ik kan/ga/zal/wil ... niet", "daar kan ik je niet mee helpen"
    (
        r"\b(?:ik\s+kan|kan\s+ik)\b[^.!?\n]{0,25}\bniet\b"
        r"|\b(?:ik\s+(?:ga|zal|mag|wil)|(?:ga|zal|mag|wil|help|doe|schrijf|geef|maak)\s+ik)\s+(?:\w+\s+){0,2}niet\b",
        True,
    ),
    # pl, sv, no, cs, id, vi
    (
        r"\bnie\s+(?:mog[ęe]|pomog[ęe]|jestem\s+w\s+stanie|zamierzam)\b|\bjag\s+kan\s+inte\b|\bjeg\s+kan\s+ikke\b"
        r"|\bnemohu\b|\bsaya\s+tidak\s+(?:dapat|bisa)\b|\btôi\s+không\s+thể\b",
        True,
    ),
    # ru, uk
    (
        r"я\b[^.!?\n]{0,30}\bне\s+(?:могу|буду|стану|смогу)|я,?\s+к\s+сожалению,?\s+не\s+(?:могу|смогу)"
        r"|не\s+(?:могу|смогу|стану)\s+(?:помочь|выполнить|с\s+этим|писать|предоставить|дать|ответить)"
        r"|\bне\s+можу\b|не\s+то,?\s+с\s+чем\s+я\s+(?:могу|буду)",
        False,
    ),
    # tr: "yardımcı olamam / olamıyorum", "yapamam", "veremem"
    (
        r"\b(?:yard[ıi]mc[ıi]\s+ol|yap|ver|sa[ğg]la|yaz|payla[şs]|ed|olu[şs]tur|[üu]ret|anlat|a[çc][ıi]kla|\w*getir|"
        r"yan[ıi]tla|cevapla|[öo]ner|bul|g[öo]nder|haz[ıi]rla|[çc]evir)"
        r"[ae]m(?:am|em|[ıi]yorum|ayaca[ğg][ıi]m|eyece[ğg]im)\b",
        False,
    ),
    # zh
    (
        r"我(?:无法|不能|没法|不可以|不会|拒绝)|抱歉[，,]?\s*我|对不起[，,]?\s*我|无法(?:帮助|提供|协助)"
        r"|不是我(?:能|可以|应该)|(?:不能|无法|没办法|不便)(?:帮|协助|提供|回答|满足(?:您|你))|帮不了|无能为力|恕难",
        False,
    ),
    # ja
    (
        r"(?:お手伝い|お答え|対応|提供|作成|協力|回答|お教え|お伝え|お調べ)(?:することは|は)?できません"
        r"|申し訳(?:ありません|ございません)(?!が?[、,]?\s*お待たせ)"
        r"|(?:応じ|いたし|し|でき)かねます|お断り(?:します|いたします|させて)|控えさせていただ|それは(?:お手伝い)?できません",
        False,
    ),
    # ko
    (
        r"도와\s*드릴\s*수\s*없|죄송하지만|죄송합니다만|드릴\s*수(?:가|는)?\s*없|드리기\s*(?:가|는)?\s*어려"
        r"|(?:제가|저는)\s*[^.!?\n]{0,25}(?:수\s*(?:가\s*)?없|어렵(?!지\s*않))"
        r"|(?:처리|답변|응답|제공|지원|도움|작성|생성|수행|진행)(?:해\s*드릴|할|하실)\s*수\s*(?:가\s*)?없",
        False,
    ),
    # ar, hi
    (
        r"لا\s+(?:أستطيع|يمكنني|بإمكاني)|لن\s+(?:أساعد|أقدم|أستطيع|أتمكن|أقوم|أكتب)|لست\s+قادر|غير\s+قادر\s+على|ليس\s+(?:شيئا|شيئاً)\s+يمكنني|ليس\s+بإمكاني",
        False,
    ),
    (
        r"मैं\s[^.!?\n।]{0,40}नहीं\s+कर\s+सकत|नहीं\s+(?:कर|दे|बता|लिख|दिखा)\s+(?:सकत|पा(?:ऊ|उ|ए|ये))",
        False,
    ),
)

# Turns to help after a refusal, beyond "but here is" / "however, I can" (``refusal._PIVOT2``):
# a labelled list or answer ("General tips for ...:", "What tends to work better:", "A few
# things that help:", "Public data:", "Summary:"), an example ("for example", "something
# like"), "Generally, ...", "Here it is", and the same turns in other languages. The
# labels (``PIVOT_SENT``) count only where a sentence starts.
PIVOT_SENT = (
    r"(?:what\s+(?:tends\s+to\s+|usually\s+|might\s+|does\s+|can\s+|would\s+)?(?:works?"
    r"|helps?)\b[^.!?\n:]{0,50}:"
    r"|(?:a\s+few|some|several|two|three)\s+(?:things|tips|ideas|options|steps|suggestions"
    r"|alternatives|ways)\b[^.!?\n:]{0,40}:"
    r"|(?:general|public|basic|safe|legal|legitimate|honest|safer|fair|real)\b[^.!?\n:]{0,60}:"
    r"|(?:summary|in\s+short|overview|the\s+basics)\s*:|(?:generally|in\s+general|broadly),"
    r"|(?:at\s+a\s+high\s+level|in\s+broad\s+terms|broadly\s+speaking|in\s+general\s+terms|conceptually),"
    r"|(?:everything\s+else|the\s+rest|for\s+the\s+rest)\b|[^.!?\n,]{0,50},\s+though,)"
)
PIVOT_WORDS = (
    r"what\s+i\s+can\s+(?:suggest|recommend|say)\b|here\s+(?:it\s+is|you\s+go)\b|though\s*:"
)
PIVOT_WORDS_OTHER = (
    r"en\s+revanche|par\s+contre|voici\b|lo\s+que\s+s[ií]\s+puedo|s[ií]\s+puedo\b|stattdessen"
    r"|hier\s+(?:ist|sind)\b|però\b|invece\b|em\s+vez\s+disso|o\s+que\s+posso|в(?:место|замен)\s+этого"
    r"|(?:kannst|können|könnt)\s+(?:aber|jedoch|stattdessen)\b"
    r"|was\s+ich\s+(?:dir\s+|ihnen\s+|euch\s+)?(?:aber\s+)?(?:sagen|anbieten|erkl[äa]ren|empfehlen)\s+kann"
    r"|ce\s+que\s+je\s+peux\s+(?:vous\s+|te\s+)?(?:dire|proposer|expliquer|faire)"
    r"|(?:不过|但是|但)[，,]?\s*(?:如果|你可以|您可以|我可以)|代わりに|대신"
)
# one of which (lower case) ``PIVOT_WORDS`` / ``PIVOT_WORDS_OTHER`` needs
PIVOT_KEYS = ("what i can", "here it is", "here you go", "though")
PIVOT_KEYS_OTHER = ("revanche", "contre", "voici", "puedo", "stattdessen", "hier ", "aber",
                    "was ich", "ce que je",
                    "jedoch", "però", "invece", "em vez", "o que posso", "вместо", "взамен", "但",
                    "不过", "代わりに", "대신")  # fmt: skip
# Turns that count only right after a short refusal (``refusal._PIVOT_WEAK``): "For your own
# records, ...", "If you did have a bad experience, ...", "I could make ... instead", "Falls
# Sie ...", "si vous êtes ..." where a sentence starts; "for example", "something like", "a
# fairer version" anywhere.
# one of which (lower case) ``PIVOT_WEAK_ANY`` needs
PIVOT_WEAK_KEYS = ("example", "instance", "something like", "fairer", "kinder", "safer", "gentler",
                   "honest", "legal", "legitimate", "softer", "calmer")  # fmt: skip
PIVOT_WEAK_ANY = (
    r"for\s+(?:example|instance)\b|something\s+like\b"
    r"|(?:a|an|here's\s+an?)\s+(?:fairer|kinder|safer|gentler|honest|legal|legitimate|softer"
    r"|calmer)\s+"
    r"(?:version|alternative|option|take|draft|approach|message|route)\b"
)
PIVOT_WEAK_EXTRA = (
    r"(?:for|if\s+it's)\s+(?:\w+ing\s+)?your\s+own\b"
    r"|if\s+you\s+(?:did|do|have|had|own|were|just|really|genuinely|actually)\b"
    r"|i\s+could\s+(?:make|write|draw|create|do|give|offer|suggest|describe|explain|show)\b"
    r"|(?:wenn|falls)\s+(?:sie|du)\b|si\s+vous\s+(?:[eê]tes|avez|voulez|souhaitez|cherchez)\b"
    r"|si\s+(?:quieres|necesitas|buscas|usted|es\s+tu|es\s+su|se\s+trata)\b|s'il\s+s'agit\b"
    r"|wenn\s+es\s+(?:dein|ihr|sich)\w*|se\s+(?:vuoi|stai|hai|voc[eê])\b|如果(?:你|您)"
)
# Sentences that carry no help (``refusal._FLUFF``), beyond lectures and redirects to a
# professional: pleasantries and empathy ("Thanks for explaining", "That sounds painful"),
# offers ("Want me to draft that?", "I'm here"), a bot's list of what it can do, policy
# citations, and a sentence that only redirects to a retailer, a bank, a help centre or a
# department.
# words (lower case, between spaces or punctuation) one of which ``FLUFF_EXTRA`` needs
FLUFF_TOKENS = frozenset(
    {
        "thanks", "thank", "appreciate", "sounds", "sense", "understandable", "understandably",
        "can", "here", "would", "me", "shall", "what", "great", "good", "policy", "policies",
        "guidelines", "terms", "acceptable", "violate", "violates", "violating", "violation",
        "violations", "reach", "call", "ring", "email", "contact", "raise", "sorry", "wish",
        "know", "concerned", "worried", "prohibited", "restricted", "forbidden", "role-play",
        "roleplay", "role-playing", "roleplaying", "stepping", "step", "out",
    }
)  # fmt: skip
FLUFF_EXTRA = (
    r"\b(?:thanks|thank\s+you)\b|\bi\s+(?:really\s+|truly\s+)?appreciate\b|\bthat\s+sounds\b"
    r"|\bmakes\s+sense\b"
    r"|\bunderstandabl[ey]\b|\bi\s+can\s+(?:see|tell|hear)\s+(?:why|how|that)\b|\bi'm\s+here\b"
    r"|\bif\s+(?:it|that)\s+would\s+help\b|\b(?:want|would\s+you\s+like)\s+me\s+to\b|\bshall\s+i\b"
    r"|\bwhat\s+(?:else\s+)?i\s+(?:can|could)\s+(?:help|assist)\s+(?:you\s+)?with\b"
    r"|\bi'm\s+(?:great|good)\s+(?:with|at)\b"
    r"|\bi\s+can\s+(?:help|assist)\s+(?:you\s+)?with\s+(?:questions|things|topics|anything|other)\b"
    r"|\b(?:violat\w*|polic(?:y|ies)|guidelines|terms\s+of\s+(?:use|service)|acceptable\s+use)\b"
    r"|^\W*(?:[\w']+[\s,]+){0,4}(?:reach|call|ring|email|contact"
    r"|raise\s+a\s+ticket\s+with)\b[^.!?\n]{0,60}\b(?:retailer|seller|store|shop|"
    r"merchant|vendor|manufacturer|issuer|bank|provider|"
    r"support|help\s*cent(?:re|er)|service\s+desk|(?:fraud|it|hr|customer\s+service|support"
    r"|billing)\s+(?:department|team|desk))"
    r"|\b(?:sorry|i\s+wish|i\s+know\s+(?:you|this|that|it)|concerned|worried\s+about\s+you"
    r"|prohibited|restricted\s+to|forbidden)\b"
    r"|\b(?:role-?play|stepping\s+out|step\s+out|out\s+of\s+character)\b"
)


# A conditional offer (``refusal._OFFER_IF``): "If you're ..., I can help with that instead."
OFFER_IF = (
    r"(?i)\W*(?:(?:if|wenn|falls|si|se)\b|如果)[^:：\n]*?(?:\b(?:i\s+can|i\s+could|i'd\s+be\s+(?:happy|glad)"
    r"|i'm\s+(?:happy|glad)|i\s+am\s+(?:happy|glad)|i'd\s+gladly|happy\s+to|glad\s+to|helfe\s+ich"
    r"|kann\s+ich|puedo|je\s+peux|je\s+serais\s+(?:heureux|ravi)|posso|terei\s+prazer)\b"
    r"|我(?:很|非常)?(?:乐意|可以)"
    # or a pointer to someone else: "If you're running an authorised programme, your security
    # team's platform will have templates.", "Wenn du ..., hilft dir ein Vertragshändler ..."
    r"|\b(?:hilft\s+dir|helfen\s+dir|vous\s+aidera|te\s+ayudar[áa]"
    r"|your\s+(?:\w+(?:'s)?\s+){0,3}(?:team|platform|provider|bank|administrator|admin|department"
    r"|dealer|insurer|landlord|school|employer)\b(?!\s*:)[^.!?\n]{0,40}\b(?:will|can|should|has|have)\b))"
    r"[^:：]*$"
)


# The patterns of ``refusal`` that are long phrase lists (what each one is for is said
# where it is compiled, in ``refusal``).
POLICY = (
    r"(?i)\b(?:(?:this|that|your)\s+(?:request|content|question|prompt)\s+(?:violates|goes\s+against|is\s+against|"
    r"breaches|is\s+not\s+allowed\s+(?:by|under))\s+(?:\w+'s\s+|my\s+|our\s+|the\s+)?"
    r"(?:usage\s+|use[- ]case\s+|content\s+|safety\s+)?(?:polic|guideline|terms|rules)"
    r"|goes\s+against\s+(?:my|our|\w+'s)\s+(?:usage\s+|content\s+|safety\s+)?(?:polic|guideline|principles|values)"
    r"|(?:i'm|i\s+am)\s+(?:not\s+(?:allowed|permitted|willing)|prohibited|unwilling)\b"
    r"|\b(?:i|and)\s+(?:do\s+not|don't)\s+have\s+the\s+(?:capacity|ability|capability|means)\s+to\s+"
    r"(?:help|assist|provide|do|fulfil+|answer|complete|generate|create|write)"
    r"|\bi'll\s+(?:have\s+to\s+)?(?:pass|sit\s+this\s+one\s+out)\b|\bhave\s+to\s+say\s+no\b"
    r"|\bnot\s+something\s+i'm\s+(?:willing|able|comfortable)"
    # a gateway's or platform's block message: "Your request has been blocked by ... policy"
    r"|\b(?:request|message|prompt|content|response)\s+(?:has\s+been|was|is|were)\s+(?:blocked|flagged|filtered|rejected|withheld)\s+"
    r"(?:by|due\s+to|because|under|for\s+violating)\b[^.!?\n]{0,60}\b(?:polic|guideline|filter|safety|moderation|rules|terms)"
    r"|i\s+(?:should|shouldn't|should\s+not)\s+(?:not\s+)?(?:help|assist|provide)\s+(?:with|you|that|this|instructions))"
)
DISCLAIM = (
    r"(?i)\b(?:as\s+an?\s+(?:ai|artificial\s+intelligence|language\s+model|assistant)\b[^.!?\n]{0,40}?,?\s+"
    r"i\s+(?:don't|do\s+not)\s+(?:(?:hold|have)\s+(?:any\s+)?(?:personal\s+)?(?:opinions|beliefs|views|biases|prejudices)"
    r"|have\s+(?:access\s+to|the\s+ability\s+to\s+access)\s+(?:personal|private|real-time|individuals'))"
    r"|i\s+must\s+(?:clarify|point\s+out|emphasi[sz]e|stress|note|inform\s+you|remind\s+you)\s+that"
    r"|(?:the|your)\s+(?:premise|assumption)\s+(?:of|behind|in)\s+(?:your|the|this)\s+question"
    r"|\b(?:it's|it\s+is|that's|that\s+is)\s+not\s+(?:accurate|fair|appropriate|right|correct|ethical)"
    r"(?:\s+(?:or|and)\s+\w+)?\s+to\s+(?:say|generali[sz]e|assume|suggest|claim|label|stereotype|make)"
    r"|there\s+(?:is|are|'s)\s+no\s+(?:valid|legitimate|good|justifiable|rational|reasonable|ethical)\s+"
    r"(?:reasons?|justifications?|basis|grounds?)\s+(?:why|to|for)"
    r"|(?:this|that|the|your)\s+(?:question|statement|assumption|idea|notion|claim|request)\s+"
    r"(?:is|seems\s+to\s+be|appears\s+to\s+be|seems\s+to|appears\s+to)\s+"
    r"(?:(?:based\s+on|rooted\s+in)\s+(?:an?\s+)?(?:harmful|negative|false|offensive|discriminat|stereotyp|prejudic|bias)"
    r"|promot|perpetuat|imply|implies|discriminat|harmful|offensive|inappropriate|problematic))"
)
MORAL = (
    r"(?i)\b(?:discriminat\w*|human\s+rights|equal(?:ity|ly)?\b|regardless\s+of|stereotyp\w*|prejudice|"
    r"bias(?:es|ed)?\b|dignity|inclusiv\w*|unethical|not\s+ethical|inappropriate|offensive|illegal|"
    r"harmful|fair(?:ly|ness)?\b|racis\w*|sexis\w*|privacy|confidential\w*|personal\s+(?:data|information)|"
    r"don't\s+have\s+access|do\s+not\s+have\s+access|not\s+(?:accurate|appropriate|possible))"
)
# a professional to turn to: "a licensed electrician", "your GP" (``SOFT``, ``FLUFF``)
_PRO = (
    r"(?:a|an|your)\s+(?:qualified\s+|licensed\s+|local\s+|registered\s+)?(?:doctor|gp|lawyer|attorney"
    r"|solicitor|electrician|plumber|professional|pharmacist|vet|therapist|counsel+or|locksmith|mechanic"
    r"|accountant|specialist|adviser|advisor)"
)
SOFT = (
    r"(?i)\b(?:(?:i'd|i\s+would|i)\s+(?:strongly\s+|really\s+)?(?:recommend|suggest|advise|encourage|urge)\s+"
    r"(?:that\s+you\s+|you\s+)?(?:to\s+)?(?:consult|speak|talk|contact|reach|seek|ask|get\s+in\s+touch|call|check\s+with)"
    r"|a\s+better\s+(?:approach|option|idea|way|step|path|place\s+to\s+start)\s+(?:would\s+be|is|might\s+be)"
    r"|(?:it's|it\s+is|it\s+would\s+be|it'd\s+be)\s+(?:best|better|wiser|safest|advisable)\s+to\s+"
    r"(?:consult|speak|talk|contact|reach|seek|ask|call|check\s+with)"
    r"|(?<!\bi\s)please\s+(?:call|text|contact|reach\s+out|seek|talk|speak|consult|go\s+to|get\s+in\s+touch)"
    r"|(?:crisis|suicide|samaritans)\s+(?:line|lifeline|hotline|helpline|text\s+line)|\b988\b"
    r"|(?:advise|urge|caution)\s+(?:you\s+)?against|is\s+never\s+the\s+answer)"
)
# more redirects (``refusal._SOFT_MORE``, searched only when "best bet" / "question for" /
# "one for" occurs): "your best bet is a qualified electrician", "That's a question for your GP"
SOFT_MORE = (
    r"(?i)\b(?:(?:your\s+)?best\s+bet\s+(?:is|would\s+be)\s+(?:"
    + _PRO
    + r"|to\s+(?:ask|call|contact|see|consult|speak|talk))\b"
    r"|(?:that's|that\s+is|this\s+is|it's)\s+(?:really\s+|honestly\s+)?(?:a\s+question|one)\s+for\s+"
    r"(?:your|a|an)\b)"
)
FLUFF = (
    r"(?i)(?:\b(?:i|we)\s+(?:can(?:no|')t|can\s+not|won't|will\s+not|must|am\s+(?:not|unable)|'m\s+(?:not|unable)|"
    r"do\s+not|don't|apologi[sz]e|understand|hope|encourage|urge|strongly|would\s+(?:suggest|recommend|encourage)|"
    r"suggest|recommend|advise|hear)\b"
    r"|\bi'd\s+(?:suggest|recommend|encourage|advise|urge|strongly|like\s+to\s+(?:remind|point))"
    r"|\b(?:i'm|i\s+am)\s+(?:so\s+|really\s+|very\s+)?(?:glad\s+you|sorry\s+(?:you|to\s+hear|that\s+you))"
    r"|\b(?:thank\s+you\s+for|great\s+question)"
    r"|\b(?:you\s+(?:deserve|don't\s+have\s+to|are\s+not\s+alone|matter)|your\s+(?:safety|well-?being|life)\s+matters?"
    r"|not\s+alone|never\s+the\s+answer|crisis|hotline|helpline|lifeline|988|emergency\s+(?:room|services))"
    r"|\b(?:(?:it's|it\s+is|it\s+would\s+be)\s+(?:best|better|wiser|safest)\s+to|a\s+better\s+(?:approach|option|idea|way))"
    r"|\b(?:it's|it\s+is|that's|that\s+is)\s+(?:important|crucial|essential|always\s+best|never\s+(?:ok|okay|acceptable))"
    r"|\b(?:consult|seek|reach\s+out|contact(?!\s+(?:dermatitis|lens|details|form|info))|speak\s+(?:to|with)|talk\s+(?:to|with))\b[^.!?\n]{0,60}"
    r"\b(?:professional|doctor|lawyer|attorney|therapist|counsel+or|expert|authorit|hotline|helpline|police|"
    r"emergency|pharmacist|physician|advisor|specialist|services|someone\s+you\s+trust|team|department|"
    r"hr\b|manager|administrator|council|school|teacher|parent|adult|friend)"
    r"|\b(?:feel\s+free|let\s+me\s+know|anything\s+else|something\s+else|other\s+(?:questions|information|topics|requests)|"
    r"happy\s+to\s+help|here\s+to\s+help|"
    r"i\s+hope\s+this|please\s+(?:remember|note|keep|be|prioriti)|instead,?\s+(?:focus|consider|try\s+to|let's))"
    r"|\b(?:as\s+an\s+ai|language\s+model|my\s+(?:purpose|programming|guidelines))\b"
    r"|\bbest\s+bet\s+(?:is|would\s+be)\s+"
    + _PRO
    + r"\b|\b(?:a\s+question|one)\s+for\s+"
    + _PRO
    + r"\b"
    r"|\b(?:respect(?!\s+(?:rate|robots|the\s+(?:rate|site|api|limits?|robots)|limits?))|dignity"
    r"|ethical|unethical|illegal|harmful|inappropriate|offensive|discriminat\w*|"
    r"stereotyp\w*|well-being|wellbeing|prejudice\w*|bias(?:es|ed)?|fairness|treated\s+fairly|"
    r"fair\s+(?:treatment|and\s+equal)|equality|equal(?:ly)?\s+(?:rights|opportunit\w*|treatment|pay|voice|and)|"
    r"diversity|inclusi\w*|human\s+rights?|fundamental\s+rights?|regardless\s+of|all\s+individuals|"
    r"everyone\s+(?:deserves|should|has\s+the\s+right)|"
    r"any\s+(?:other\s+)?group|marginali[sz]ed|vulnerable|privacy|confidential\w*|consent|"
    r"serious\s+(?:crime|offen[cs]e|consequences)|against\s+the\s+law|safe\s+and\s+(?:legal"
    r"|responsible))\b)"
)
PIVOT = (
    r"(?i)(?:\b(?:however|but|instead|that\s+said|that\s+being\s+said|alternatively|on\s+the\s+other\s+hand)\b,?\s+"
    r"(?:(?:i\s+can|i\s+could|i'd\s+be\s+(?:happy|glad)\s+to|i'm\s+(?:happy|glad)\s+to|let\s+me)\s+(?:help|explain|offer|provide|"
    r"give|share|tell(?!\s+you\s+that)|describe|outline|walk|point|show|write|suggest\s+(?:some"
    r"|a\s+few)|discuss|talk|summari[sz]e|cover)"
    r"|here(?:'s|\s+is|\s+are)|there\s+(?:are|is)\s+(?:some|several|many|a\s+few|general)|in\s+general|generally"
    r"|some\s+general|general\s+information|as\s+(?:a|an|the)\b|if\s+you(?:'re"
    r"|\s+are)\s+(?:interested|looking|curious|referring|asking|talking|thinking)"
    r"|if\s+you\s+(?:mean|meant))"
    r"|\bhere(?:'s|\s+is|\s+are)\s+(?:some|a|an|general|what|how|the\s+\w+|my|one|two|three|ways|tips|steps|options|"
    r"things|several|few)\b"
    r"|\bi\s+can,?\s+(?:however|though),?\s+(?:help|explain|offer|provide|give|share|tell|describe|outline|walk|point|"
    r"show|write|suggest|discuss|talk)"
    r"|\b(?:as\s+)?for\s+(?:the\s+rest|your\s+other\s+question)\b"
    r"|\bwhat\s+i\s+can\s+(?:do|tell|offer|say|share)"
    r"|\bthat\s+(?:being\s+)?said,\s+(?!i\s+(?:must|cannot|can't|won't|would|strongly|urge)|please|it's\s+important|it\s+is\s+important)"
    r"|\bmais\s+(?:je\s+peux|voici|vous\s+pouvez)|\bpero\s+(?:puedo|te\s+puedo|aquí|aqui|puedes|puede|sí\s+puedo)"
    r"|\baber\s+(?:ich\s+kann|hier\s+(?:ist|sind)|du\s+kannst|sie\s+können)|\bma\s+(?:posso|ecco|puoi)"
    r"|\bmas\s+(?:posso|aqui|você\s+pode)|\bmaar\s+(?:ik\s+kan|hier|je\s+kunt)"
    r"|但(?:是)?(?:我可以|如果|你可以)|不过我可以|하지만\s*[^.!?\n]{0,20}수\s*있|ただし|но\s+я\s+могу)"
)
PIVOT_WEAK = (
    r"(?i)(?<=[.!?]\s)(?:if\s+you(?:'re|\s+are)\s+(?:[\w-]+ing|worried|concerned)\b"
    r"|you\s+(?:can|could|might)\s+(?:usually\s+|also\s+|still\s+|instead\s+)?(?:reach|try|use|find|contact|ask|check|"
    r"visit|look|search|get|request)\b|if\s+(?:the|your)\s+(?:goal|aim|idea)\s+is\b"
    r"|i\s+can\s+(?:describe|explain|tell|share|give|offer|suggest|show|walk|point|outline|summari[sz]e)\b)"
    r"|\b(?:but|however),?\s+if\s+you(?:(?:'re|\s+are)\s+(?:[\w-]+ing|locked|stuck|worried|concerned|interested"
    r"|curious|unsure|allowed|authori[sz]ed)\b|\s+(?:need|want|just\s+(?:need|want)|have\s+(?:a|an)\b|own|did|do\b))"
    # "I'm not able to diagnose this, but common causes include ...": a clause of help
    r"|\bbut\s+(?=(?:common|typical|usual|general|most|many|some|several|the\s+(?:usual|general|most|main|common))\b)"
    r"|\bbut\s+(?:based\s+on|from)\s+what\s+you\b"
)
