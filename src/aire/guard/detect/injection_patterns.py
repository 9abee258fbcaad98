"""The table of prompt-injection rules: (kind, weight, lead words, pattern).

Kept apart from the matching machinery in ``injection_rules`` (which indexes the rules by
their lead words, runs them on decoded and de-obfuscated views of a text, and combines
weak cues): adding or changing a rule is an edit here only. All patterns are lower case
and start at one of their leads; see ``injection_rules`` for the lead syntax.
"""

# ruff: noqa: E501  (pattern tables read better unwrapped)
from __future__ import annotations

from aire.guard.detect.injection_direct import DIRECT_RULES

__all__ = ["COMBINED", "PERSONA", "RULES"]

PERSONA = 0.5  # "you are X, an AI...": no lift alone, one of the two cues of a combination
COMBINED = 0.9  # two different role-play / "no rules" cues in one text

_CORE_LEADS = "ignore disregard forget neglect discard overlook abandon"
_CORE = r"(?:ignore|disregard|forget|neglect|discard|overlook|abandon)"
_TECH_LEADS = "override bypass skip drop"
_TECH = r"(?:override|bypass|skip|drop)"
_OWN_PRIOR = r"(?:your|previous|prior|above|earlier|preceding|initial|original|system|developer|safety|these|those)"
_RULE_SET = r"(?:instructions?|rules|directives?|guidelines|guardrails|restrictions|programming|policies|system\s+prompt)"
# "drop all", "skip everything" are ordinary technical talk: only these lead "... all"
_IGNORE_ALL_LEADS = "ignore disregard forget abandon discard overlook"
_IGNORE_ALL = r"(?:ignore|disregard|forget|abandon|discard|overlook)"
_PRIOR = r"(?:all|any|every|the|your|my|these|those|previous|prior|above|earlier|preceding|initial|original|old|system|developer|safety|default|other|provided|given)"
_LEAK_VERB = (
    r"(?:repeat|print|copy|quote|reproduce|paste|output|show|tell|list|translate|spell|give|say)"
)
# a fixed answer: a quoted string or "the word(s) X", not a choice ("'yes' or 'no'")
_FIXED = r"""(?:only\s+|just\s+|nothing\s+but\s+)?(?:the\s+(?:single\s+)?(?:words?|phrase|sentence|string)\b|["\u201c'])(?![^.\n]{0,30}\bor\b)"""
_RULES_OBJ = (
    r"(?:instructions?|rules|prompts?|directives?|guidelines|guardrails|constraints|context|guidance|directions|direction(?!\s+(?:of|signs?|arrows?|on|in|to|from|for)\b)|briefing|"
    r"messages|conversation|commands?|orders|programming|restrictions|policies|tasks?|inputs?|"
    r"everything|anything|all)"
)

# (kind, weight, leads separated by "|", pattern starting at a lead; all lower case)
RULES: list[tuple[str, float, str, str]] = [
    ("override", 0.95, _CORE_LEADS, rf"{_CORE}\s+(?:{_PRIOR}\s+){{1,4}}{_RULES_OBJ}\b"),
    # "skip the prompt", "drop the other tasks", "override the default rules" are ordinary
    # technical talk: these verbs need "all/your/previous..." and a set of rules
    (
        "override",
        0.9,
        _TECH_LEADS,
        rf"{_TECH}\s+(?:(?:all\s+|any\s+|every\s+|the\s+)?(?:of\s+)?{_OWN_PRIOR}\s+(?:{_PRIOR}\s+){{0,3}}|(?:all|any|every)\s+(?:\w+\s+){{0,2}}){_RULE_SET}\b",
    ),
    (
        "override",
        0.9,
        _IGNORE_ALL_LEADS,
        rf"{_IGNORE_ALL}\s+(?:(?:everything|anything)\b(?!\s+(?:(?:you|u)\s+(?:know|learned|learnt|heard)\s+about|about|on|regarding|older|newer|larger|smaller|bigger|longer|shorter|over|under|past|beyond|expired|damaged|broken|stale|unused|leftover|opened|marked|labell?ed|dated|spoil(?:ed|t)|cracked|torn|mouldy|moldy)\b)(?:\s+(?:above|before|said|else|previously|i\s+said|you\s+(?:were|have\s+been)\s+told))?|all\b(?:\s+(?:above|before|said|else|previously|i\s+said|you\s+(?:were|have\s+been)\s+told)\b|\s+(?:of\s+)?(?:your|the|my|previous|prior|provided|given|earlier|above|those|these|that)\b|(?:\s+of\s+(?:it|that|this|them))?(?=\s*(?:[.,;:!](?![\w/])|\n|$|and\b|then\b|now\b))))",
    ),
    (
        "override",
        0.85,
        "new updated real actual true secret hidden additional",
        r"(?:new|updated|real|actual|true|secret|hidden|additional)\s+(?:instructions?|task|rules|system\s+prompt|directive)s?\s*[:\-]",
    ),
    (
        "override",
        0.8,
        "from henceforth starting",
        r"(?:from\s+now\s+on|henceforth|starting\s+now),?\s+(?:you\s+(?:will|are|must|shall)|act|respond|answer|only)",
    ),
    (
        "override",
        0.8,
        "instead rather",
        r"(?:instead|rather),?\s+(?:you\s+(?:must|will|should)|do\s+the\s+following|say|print|output|write)\b",
    ),
    (
        "jailbreak",
        0.9,
        "do>anything developer jail* dan god evil anti stan dude",
        r"(?:do\s+anything\s+now|developer\s+mode\s+(?:enabled|output|response|activated|on\b(?=\s*(?:[.,;:!)\n]|$)))|jail\s?-?broken\s+(?:mode|version|ai|response)|dan\s+mode|god\s+mode(?!\s+(?:in|on|for|folder|cheat|cheats|command|console|trick)\b)|evil\s+(?:mode|confidant|bot)|anti-?dan|stan\s+mode|dude\s+mode)\b",
    ),
    # "jailbreak", "developer mode": also the words of stories and browser questions, so
    # they only lift the classifier's score
    (
        "jailbreak",
        0.7,
        "developer jail*",
        r"(?:developer\s+mode\b(?!['\"]?\s+(?:flag|setting|settings|option|toggle|switch|menu|button|in\s+(?:the\s+)?(?:settings|config|browser|chrome|android|windows))\b)|jail\s?-?broken\b|jailbreak(?:ed)?\b)",
    ),
    # "your safety settings": addressed to the model, decisive; "the content filter" may
    # be a router's, so it only lifts the classifier
    (
        "override",
        0.9,
        "override bypass disable deactivate turn",
        r"(?:override|bypass|disable|deactivate|turn\s+off)\s+your\s+(?:own\s+)?(?:safety|content|ethical|moderation)\s+(?:settings|filters?|protocols?|guidelines|restrictions|measures|systems?)\b",
    ),
    (
        "override",
        0.85,
        "override bypass disable deactivate turn",
        r"(?:override|bypass|disable|deactivate|turn\s+off)\s+(?:your|the|all|any)\s+(?:\w+\s+)?(?:safety|content|ethical|moderation)\s+(?:settings|filters?|protocols?|guidelines|restrictions|measures|systems?)\b",
    ),
    (
        "override",
        0.9,
        "pay never",
        rf"(?:pay\s+no\s+attention\s+to|never\s+mind)\s+(?:{_PRIOR}\s+){{1,4}}{_RULES_OBJ}\b",
    ),
    (
        "jailbreak",
        0.85,
        "no without free not break ignore*",
        r"(?:no|without(?:\s+any)?|free\s+(?:of|from)|not\s+bound\s+by|break\s+free\s+of|ignores?)\s+(?:\w+\s+){0,2}(?:restrictions|limitations|filters|filtering|censorship|guidelines|morals|ethics|ethical\s+(?:guidelines|constraints)|content\s+polic(?:y|ies)|safety\s+(?:guidelines|measures))\b(?!\s+(?:on|of|for)\s+(?:the\s+)?(?:length|size|words?|word\s+count|time|format|budget|number|style|tone|topic))",
    ),
    (
        "jailbreak_stay",
        0.8,
        "stay remain keep",
        r"(?:stay|remain|keep)\s+in\s+(?:character|(?:the|your)\s+role)\b",
    ),
    (
        "jailbreak",
        0.8,
        "unfiltered uncensored amoral unrestricted unethical",
        r"(?:unfiltered|uncensored|amoral|unrestricted|unethical)\s+(?:ai|assistant|chatbot|model|language\s+model|version|mode|persona|character|response)",
    ),
    (
        "jailbreak",
        0.75,
        "pretend imagine act roleplay simulate",
        r"(?:pretend|imagine|act\s+as\s+if|roleplay\s+as|simulate)\b[^.\n]{0,80}\b(?:no|without)\s+(?:rules|restrictions|limits|filters|guidelines)",
    ),
    (
        "jailbreak",
        0.75,
        "openai*",
        r"openai(?:'s)?\s+(?:content\s+)?polic(?:y|ies)\b[^.\n]{0,60}\b(?:ignore|don't|do\s+not|no\s+longer|bypass|violate)",
    ),
    (
        "prompt_leak",
        0.9,
        "reveal show print output repeat tell leak display dump spell write give",
        r"(?:reveal|show|print|output|repeat|tell\s+me|leak|display|dump|spell\s+out|write\s+out|give\s+me)\s+(?:\w+\s+){0,3}(?:system\s+prompt|initial\s+prompt|original\s+prompt|hidden\s+prompt|prompt\s+text|(?:system|initial|hidden|secret)\s+instructions|instructions\s+(?:you\s+were|above)|everything\s+above)",
    ),
    # Prompt leaks without the words "system prompt" (inj6): the model's own setup text
    # ("your initial notes"), what precedes the user's message, what "you were told".
    (
        "leak_indirect",
        0.9,
        "repeat>setup,set-up,initial,hidden,secret,confidential,original,operator,operators,developer,developers,starting,opening print>setup,set-up,initial,hidden,secret,confidential,original,operator,operators,developer,developers,starting,opening copy>setup,set-up,initial,hidden,secret,confidential,original,operator,operators,developer,developers,starting,opening quote>setup,set-up,initial,hidden,secret,confidential,original,operator,operators,developer,developers,starting,opening reproduce>setup,set-up,initial,hidden,secret,confidential,original,operator,operators,developer,developers,starting,opening paste>setup,set-up,initial,hidden,secret,confidential,original,operator,operators,developer,developers,starting,opening output>setup,set-up,initial,hidden,secret,confidential,original,operator,operators,developer,developers,starting,opening show>setup,set-up,initial,hidden,secret,confidential,original,operator,operators,developer,developers,starting,opening tell>setup,set-up,initial,hidden,secret,confidential,original,operator,operators,developer,developers,starting,opening list>setup,set-up,initial,hidden,secret,confidential,original,operator,operators,developer,developers,starting,opening translate>setup,set-up,initial,hidden,secret,confidential,original,operator,operators,developer,developers,starting,opening spell>setup,set-up,initial,hidden,secret,confidential,original,operator,operators,developer,developers,starting,opening give>setup,set-up,initial,hidden,secret,confidential,original,operator,operators,developer,developers,starting,opening say>setup,set-up,initial,hidden,secret,confidential,original,operator,operators,developer,developers,starting,opening",
        _LEAK_VERB
        + r"\s+(?:\w+\s+){0,4}?your\s+(?:\w+\s+)?(?:setup|set-up|initial|hidden|secret|confidential|original|operator'?s?|developer'?s?|starting|opening)\s+(?:\w+\s+)?(?:text|message|notes?|instructions|rules|prompt|configuration|directions|briefing)\b",
    ),
    (
        "leak_indirect",
        0.9,
        "repeat>above,before,preceding,precedes,top,start,beginning print>above,before,preceding,precedes,top,start,beginning copy>above,before,preceding,precedes,top,start,beginning quote>above,before,preceding,precedes,top,start,beginning reproduce>above,before,preceding,precedes,top,start,beginning paste>above,before,preceding,precedes,top,start,beginning output>above,before,preceding,precedes,top,start,beginning",
        _LEAK_VERB
        + r"\s+(?:\w+\s+){0,4}?(?:text|message|words|paragraph|everything|content|contents|lines?)\s+(?:that\s+)?(?:\w+\s+){0,2}?(?:(?:above|before|preceding|precedes)\s+(?:this\s+line|my\s+(?:first\s+)?(?:message|question|prompt)|this\s+message)|at\s+the\s+(?:very\s+)?(?:top|start|beginning)\s+of\s+(?:this|the|our)\s+(?:conversation|chat|session|context))",
    ),
    (
        "leak_indirect",
        0.9,
        "repeat>given,configured,told,instructed,supposed print>given,configured,told,instructed,supposed copy>given,configured,told,instructed,supposed quote>given,configured,told,instructed,supposed reproduce>given,configured,told,instructed,supposed paste>given,configured,told,instructed,supposed output>given,configured,told,instructed,supposed show>given,configured,told,instructed,supposed tell>given,configured,told,instructed,supposed list>given,configured,told,instructed,supposed translate>given,configured,told,instructed,supposed spell>given,configured,told,instructed,supposed give>given,configured,told,instructed,supposed say>given,configured,told,instructed,supposed",
        _LEAK_VERB
        + r"\s+(?:\w+\s+){0,4}?(?:instructions|rules|text|message|notes?|word|passphrase|password|configuration|prompt)\s+(?:that\s+)?you\s+(?:were|have\s+been|are|got)\s+(?:given|configured|set\s+up|told|instructed|not\s+(?:supposed|allowed|meant))",
    ),
    (
        "leak_indirect",
        0.9,
        "what>context,conversation,chat,session,message",
        r"what(?:'s|\s+is|\s+was|\s+were|(?:\s+\w+)?\s+(?:came|comes|was|is))\s+(?:\w+\s+){0,4}?(?:(?:above|before)\s+my\s+(?:first\s+|very\s+first\s+)?(?:message|question|prompt)|(?:at|on)\s+the\s+(?:very\s+)?(?:top|start|beginning)\s+of\s+(?:this|the|our)\s+(?:conversation|chat|session)\b[^.?\n]{0,30}before\s+my|in\s+your\s+context(?:\s+window)?\b)",
    ),
    # A hijack to a fixed answer (inj6): "reply to everything with only 'X'", "whatever I
    # ask, answer with the word X", "your only answer is 'X'"; not "... 'yes' or 'no'".
    (
        "hijack",
        0.9,
        "reply>every,everything,all,any,each respond>every,everything,all,any,each answer>every,everything,all,any,each",
        r"(?:reply|respond|answer)\s+(?:to\s+)?(?:every(?:thing|one)?|all|any|each)\b[^.\n?]{0,50}?\bwith\s+"
        + _FIXED,
    ),
    (
        "hijack",
        0.9,
        "whatever no>matter",
        r"(?:no\s+matter\s+what|whatever)\b[^.\n]{0,60}?(?:(?:reply|respond|answer|say)\s+(?:only\s+|just\s+)?(?:with\s+)?|(?:answer|reply|response)\s+(?:must|will|should)\s+be\s+)"
        + _FIXED,
    ),
    (
        "hijack",
        0.9,
        "only>answer,reply,response,output",
        r"(?<=your\s)only\s+(?:answer|reply|response|output)\s+(?:is|will\s+be|must\s+be|should\s+be)\s+"
        + _FIXED,
    ),
    # Task and rule changes without an override word (inj6): only a lift, as "the task has
    # changed: the client wants blue" is benign.
    (
        "hijack",
        0.75,
        "new>rule,rules,policy,instruction,instructions,directive updated>rule,rules,policy,instruction,instructions,directive",
        r"(?:new|updated)\s+(?:rule|policy|instructions?|directive)s?\s*[:\-\u2014]\s*(?:you|your|from|safety|ignore|always|never|reveal|respond|answer|reply|the\s+(?:assistant|ai|model|bot))\b",
    ),
    (
        "hijack",
        0.75,
        "task>changed,replaced,finished,cancelled,canceled,suspended,revoked,void job>changed,replaced,finished,cancelled,canceled,suspended,revoked,void assignment>changed,replaced,finished,cancelled,canceled,suspended,revoked,void role>changed,replaced,finished,cancelled,canceled,suspended,revoked,void instructions>changed,replaced,finished,cancelled,canceled,suspended,revoked,void mission>changed,replaced,finished,cancelled,canceled,suspended,revoked,void",
        r"(?:task|job|assignment|role|instructions|mission)\s+(?:has|have|is|are)\s+(?:been\s+)?(?:changed|replaced|finished|cancelled|canceled|suspended|revoked|void)\b",
    ),
    (
        "hijack",
        0.75,
        "guidelines>suspended,disabled,lifted,deactivated,turned,switched,longer rules>suspended,disabled,lifted,deactivated,turned,switched,longer filter>suspended,disabled,lifted,deactivated,turned,switched,longer filters>suspended,disabled,lifted,deactivated,turned,switched,longer policy>suspended,disabled,lifted,deactivated,turned,switched,longer policies>suspended,disabled,lifted,deactivated,turned,switched,longer restrictions>suspended,disabled,lifted,deactivated,turned,switched,longer guardrails>suspended,disabled,lifted,deactivated,turned,switched,longer checks>suspended,disabled,lifted,deactivated,turned,switched,longer layer>suspended,disabled,lifted,deactivated,turned,switched,longer",
        r"(?:guidelines|rules|filters?|polic(?:y|ies)|restrictions|guardrails|checks|layer)\s+(?:are|is|have\s+been|has\s+been)\s+(?:now\s+)?(?:suspended|disabled|lifted|deactivated|turned\s+off|switched\s+off|no\s+longer\s+appl)",
    ),
    (
        "role_marker",
        0.9,
        "<| [inst [/inst <<sys <</sys begin",
        r"(?:<\|(?:im_start|im_end|system|user|assistant|endoftext|begin_of_text|start_header_id)\|>|\[/?inst\]|<</?sys>>|begin\s+system\s+prompt\b)",
    ),
    (
        "role_marker",
        0.75,
        "system assistant developer",
        r"(?:system|assistant|developer)\s*(?:prompt|message|instructions?)?\s*:\s*\S",
    ),
    (
        "indirect",
        0.9,
        "if when",
        r"(?:if|when)\s+you\s+are\s+(?:an?\s+)?(?:ai|llm|large\s+language\s+model|language\s+model|assistant|chatbot|gpt|agent|bot)\b",
    ),
    (
        "indirect",
        0.9,
        "note message instruction* attention",
        r"(?:note|message|instructions?|attention)\s+(?:to|for)\s+(?:the\s+|any\s+)?(?:ai|llm|assistant|language\s+model|chatbot|agent|bot|model)s?\b",
    ),
    (
        "indirect",
        0.85,
        "ai ais llm llms assistant assistants model models agent agents bot bots",
        r"(?:ai|llm|assistant|model|agent|bot)s?\s+(?:reading|processing|summari[sz]ing|parsing|analy[sz]ing)\s+(?:this|these)\b",
    ),
    (
        "indirect",
        0.85,
        "do>not don't never without",
        r"(?:(?:do\s+not|don't|never)\s+(?:tell|inform|mention\s+(?:this\s+)?to|alert|notify)\s+the\s+user\b|without\s+(?:telling|informing|alerting)\s+the\s+user\b)",
    ),
    (
        "exfiltration",
        0.9,
        "![",
        r"!\[[^\]]{0,100}\]\(\s*https?://[^)\s]{1,300}[?&][\w-]{1,30}=[^)\s]*(?:\{|\$|%7b|<|data|secret|key|token|prompt|history|conversation)",
    ),
    (
        "exfiltration",
        0.85,
        "send forward post upload exfiltrate transmit email leak",
        r"(?:send|forward|post|upload|exfiltrate|transmit|email|leak)\s+(?!(?:me|us)\b)(?:\w+\s+){0,6}(?:to|at)\s+(?:https?://|[\w.+-]+@[\w-]+\.)",  # not "email me at", "send us ... at": own address
    ),
    (
        "hidden",
        0.85,
        "<!--",
        r"<!--[^>]{0,500}?\b(?:ignore|instruction|assistant|ai|llm|system|prompt)\b[^>]{0,500}?-->",
    ),
    (
        "encoding",
        0.8,
        "decode decrypt translate convert",
        r"(?:decode|decrypt|translate|convert)\s+(?:this|the\s+following|it|these)?\s*(?:from\s+)?(?:base64|b64|rot13|rot-13|hex|hexadecimal|binary|morse)\b[^.\n]{0,80}\b(?:follow|execute|obey|do|run|perform|act\s+on)\b",
    ),
    # other languages
    (
        "override_de",
        0.9,
        "ignorier* vergiss vergesst vergessen missachte*",
        r"(?:ignorier(?:e|en|t)?|vergiss|vergesst|vergessen\s+sie|missachte(?:n)?)\s+(?:\w+\s+){0,3}(?:anweisungen|instruktionen|befehle|regeln|vorgaben|aufgaben|informationen)\b",
    ),
    (
        "override_de",
        0.85,
        "vergiss vergesst vergessen",
        r"(?:vergiss|vergesst|vergessen\s+sie)\s+(?:alles|alle)\b",
    ),
    ("override_de", 0.8, "neue*", r"neuen?\s+(?:anweisung(?:en)?|aufgabe)\s*:"),
    (
        "override_fr",
        0.9,
        "ignore* oublie* néglige*",
        r"(?:(?:ignore[zr]|oublie[zr]?|néglige[zr]?)\s+(?:\w+\s+){0,3}|ignore\s+(?:toutes\s+|tous\s+)?(?:les|tes|vos|mes|ces|des|toutes|tous)\s+(?:\w+\s+){0,2})(?:instructions|consignes|règles|directives|lignes\s+directrices)\b",
    ),
    ("override_fr", 0.85, "oublie*", r"oublie[zr]?\s+tout\b"),
    (
        "override_es",
        0.9,
        "ignora* ignore olvida olvide omite",
        r"(?:ignora|ignore|ignorar|olvida|olvide|olvidar|omite)\s+(?:\w+\s+){0,3}(?:instrucciones|reglas|indicaciones|órdenes|directrices|pautas|normas)\b",
    ),
    ("override_es", 0.85, "olvida olvide", r"(?:olvida|olvide)\s+todo\b"),
    (
        "override_pt",
        0.9,
        "ignore ignora esqueça esqueca esquece",
        r"(?:ignore|ignora|esqueça|esqueca|esquece)\s+(?:\w+\s+){0,3}(?:instruções|instrucoes|regras|orientações|diretrizes|normas)\b",
    ),
    ("override_pt", 0.85, "esqueça esqueca esquece", r"(?:esqueça|esqueca|esquece)\s+tudo\b"),
    (
        "override_it",
        0.9,
        "ignora* dimentica*",
        r"(?:ignora|ignorate|dimentica|dimenticate)\s+(?:\w+\s+){0,3}(?:istruzioni|regole|indicazioni|direttive|linee\s+guida)\b",
    ),
    ("override_it", 0.85, "dimentica*", r"dimenticate?\s+tutto\b"),
    (
        "override_nl",
        0.9,
        "negeer vergeet",
        r"(?:(?:negeer|vergeet)\s+(?:\w+\s+){0,3}(?:instructies|regels|opdrachten|richtlijnen|voorschriften)\b|vergeet\s+alles\b)",
    ),
    (
        "override_pl",
        0.9,
        "zignoruj ignoruj zapomnij",
        r"(?:(?:zignoruj|ignoruj|zapomnij)\s+(?:\w+\s+){0,3}(?:instrukcje|polecenia|zasady|wytyczne)\b|zapomnij\s+o\s+wszystkim\b)",
    ),
    (
        "override_hr",
        0.85,
        "zaboravi ignoriraj ignoriši",
        r"(?:zaboravi|ignoriraj|ignoriši)\s+(?:sve\b|(?:\w+\s+){0,3}(?:instrukcije|upute|uputstva|pravila)\b)",
    ),
    (
        "override_tr",
        0.9,
        "önceki tüm",
        r"(?:önceki|tüm)\s+(?:\w+\s+){0,2}talimatlar[ıi]\s+(?:yok\s+say|görmezden\s+gel|unut)",
    ),
    (
        "override_ru",
        0.9,
        "игнорируй* забудь* проигнорируй* ігноруй",
        r"(?:игнорируй(?:те)?|забудь(?:те)?|проигнорируй(?:те)?|ігноруй)\s+(?:\w+\s+){0,3}(?:инструкции|указания|правила|інструкції)",
    ),
    ("override_ru", 0.85, "забудь*", r"забудь(?:те)?\s+(?:всё|все)\b"),
    (
        "override_zh",
        0.9,
        "忽略 无视 忘记 忘掉 不要理会 忽視 無視",
        r"(?:忽略|无视|忘记|忘掉|不要理会|忽視|無視)(?:掉)?(?:你)?(?:之前|以上|前面|上面|先前|所有|全部|一切)?(?:的)?(?:所有|全部)?(?:的)?(?:指令|指示|说明|規則|规则|提示|命令|設定|设定)",
    ),
    (
        "override_ja",
        0.9,
        "以前の 前の 上記の これまでの",
        r"(?:以前|前|上記|これまで)の(?:すべての|全ての)?(?:指示|命令|ルール)を(?:すべて|全て|全部)?(?:無視|忘れ)",
    ),
    (
        "override_ko",
        0.9,
        "이전 모든 위의",
        r"(?:이전|모든|위의)\s*(?:지시|명령|지침)(?:을|를|사항을)?\s*(?:무시|잊어)",
    ),
    (
        "jailbreak_zh",
        0.85,
        "没有任何 不受任何 没有限制",
        r"(?:没有任何|不受任何|没有)(?:限制|约束|规则|过滤)",
    ),
    (
        "override_sv",
        0.9,
        "ignorera strunta glöm",
        r"(?:ignorera|strunta\s+i|glöm)\s+(?:\w+\s+){0,3}(?:instruktioner|regler|anvisningar)\b",
    ),
    (
        "override_cs",
        0.9,
        "ignoruj* zapomeň",
        r"(?:ignoruj(?:te)?|zapomeň)\s+(?:\w+\s+){0,3}(?:pokyny|instrukce|pravidla)\b",
    ),
    (
        "override_id",
        0.9,
        "abaikan lupakan",
        r"(?:abaikan|lupakan)\s+(?:\w+\s+){0,3}(?:instruksi|perintah|aturan)\b",
    ),
    (
        "override_vi",
        0.9,
        "bỏ quên",
        r"(?:bỏ\s+qua|quên)\s+(?:\S+\s+){0,4}(?:hướng\s+dẫn|chỉ\s+dẫn|chỉ\s+thị|quy\s+tắc)",
    ),
    (
        "override_hi",
        0.9,
        "निर्देशों",
        r"निर्देशों\s+को\s+(?:अनदेखा|नज़रअंदाज़|नजरअंदाज|भूल)",
    ),
    (
        "override_ar",
        0.9,
        "تجاهل انس",
        r"(?:تجاهل|انس)\s+(?:\S+\s+){0,2}(?:التعليمات|الأوامر|القواعد)",
    ),
    # other languages: "reveal your system prompt", "from now on you are", "no rules"
    (
        "prompt_leak_zh",
        0.9,
        "输出 显示 告诉 打印 泄露 给我 重复 说出 写出 公开 展示 透露",
        r"(?:输出|显示|告诉|打印|泄露|给我|重复|说出|写出|公开|展示|透露)[^。\n]{0,15}(?:系统提示|系统指令|初始指令|提示词|系統提示|保密的(?:内容|指令|设定)|秘密(?:指令|设定))",
    ),
    (
        "prompt_leak_zh",
        0.9,
        "系统提示 系统指令 初始指令 提示词 系統提示",
        r"(?:系统提示|系统指令|初始指令|提示词|系統提示)[^。\n？?]{0,12}(?:输出|显示|打印|泄露|说出|写出|公开|展示|透露|发给我|告诉我)",
    ),
    (
        "jailbreak_zh",
        0.8,
        "从现在开始 從現在開始 从现在起",
        r"(?:从现在开始|從現在開始|从现在起)[，,、\s]*(?:你|您)",
    ),
    (
        "prompt_leak_ja",
        0.9,
        "システムプロンプト 初期プロンプト システム指示",
        r"(?:システムプロンプト|初期プロンプト|システム指示)[^。\n]{0,20}(?:表示|出力|教え|見せ|書い|繰り返)",
    ),
    (
        "override_ja",
        0.9,
        "指示 命令 ルール",
        r"(?:指示|命令|ルール)(?:は|を)(?:すべて|全て|全部)?(?:無視|忘れ)",
    ),
    ("jailbreak_ja", 0.85, "制限 ルール", r"(?:制限|ルール|規則)(?:の|が)?(?:ない|なし|無い)"),
    ("jailbreak_ja", 0.8, "今から これから", r"(?:今から|これから)(?:あなた|君|お前)は"),
    (
        "prompt_leak_ko",
        0.9,
        "시스템 프롬프트 초기",
        r"(?:시스템\s*프롬프트|초기\s*프롬프트|시스템\s*지시)[^.\n]{0,20}(?:출력|보여|알려|공개|말해)",
    ),
    ("jailbreak_ko", 0.85, "제한 규칙", r"(?:제한|규칙|필터)(?:이|가)?\s*(?:없는|없이|없어)"),
    (
        "prompt_leak_ru",
        0.9,
        "покажи* выведи* напиши* раскрой* повтори* сообщи* скажи*",
        r"(?:покажи|выведи|напиши|раскрой|повтори|сообщи|скажи)(?:те)?\s+(?:\w+\s+){0,3}(?:системн\w+\s+(?:промпт|подсказк|инструкци|сообщени)|(?:исходн|начальн|скрыт)\w+\s+(?:промпт|инструкци))",
    ),
    (
        "jailbreak_ru",
        0.85,
        "нет без",
        r"(?:нет|без)\s+(?:\w+\s+)?(?:правил|ограничений|фильтров|цензуры|запретов)",
    ),
    ("jailbreak_ru", 0.8, "отныне теперь", r"(?:отныне|теперь)\s+ты\s+(?:—\s+|-\s+)?"),
    (
        "jailbreak_es",
        0.85,
        "sin ninguna",
        r"(?:sin|ninguna)\s+(?:\w+\s+){0,2}(?:restricciones|políticas\s+de\s+contenido|filtros|reglas|censura)\b",
    ),
    (
        "jailbreak_es",
        0.8,
        "a>partir",
        r"a\s+partir\s+de\s+ahora,?\s+(?:eres|serás|vas\s+a|responde|actúa|solo)",
    ),
    (
        "prompt_leak_es",
        0.9,
        "muestra muéstrame revela dime imprime repite escribe",
        r"(?:muestra|muéstrame|revela|dime|imprime|repite|escribe)\s+(?:\w+\s+){0,4}(?:prompt|instrucciones)\s+(?:del\s+sistema|de\s+sistema|iniciales|ocultas|secretas)",
    ),
    (
        "jailbreak_fr",
        0.85,
        "sans aucune aucun",
        r"(?:sans|aucune?)\s+(?:\w+\s+){0,2}(?:restrictions?|filtres?|règles|censure|limites)\b",
    ),
    (
        "jailbreak_fr",
        0.8,
        "à>partir dorénavant désormais",
        r"(?:à\s+partir\s+de\s+maintenant|dorénavant|désormais),?\s+(?:tu\s+(?:es|seras|vas|dois|réponds)|vous\s+(?:êtes|serez|devez))",
    ),
    (
        "prompt_leak_fr",
        0.9,
        "affiche montre révèle donne répète écris",
        r"(?:affiche|montre|révèle|donne|répète|écris)(?:-moi|z)?\s+(?:\w+\s+){0,4}(?:prompt|instructions|consignes)\s+(?:système|initiales|cachées|secrètes)",
    ),
    (
        "jailbreak_de",
        0.85,
        "ohne keine",
        r"(?:ohne|keine)\s+(?:jegliche\s+|irgendwelche\s+)?(?:einschränkungen|regeln|filter|zensur|beschränkungen|richtlinien)\b",
    ),
    (
        "jailbreak_de",
        0.8,
        "ab>jetzt von>nun",
        r"(?:ab\s+jetzt|von\s+nun\s+an),?\s+(?:bist\s+du|wirst\s+du|antwortest\s+du|du\s+bist)",
    ),
    (
        "prompt_leak_de",
        0.9,
        "zeig zeige gib verrat verrate wiederhol wiederhole schreib schreibe nenn nenne druck drucke",
        r"(?:zeige?|gib|verrate?|wiederhole?|schreibe?|nenne?|drucke?)\s+(?:\w+\s+){0,4}(?:system-?prompt|systemanweisung(?:en)?|(?:versteckten|geheimen|ursprünglichen)\s+anweisungen)",
    ),
    (
        "jailbreak_pt",
        0.85,
        "sem nenhuma",
        r"(?:sem|nenhuma)\s+(?:\w+\s+){0,2}(?:restrições|restricoes|regras|filtros|censura|limites)\b",
    ),
    (
        "jailbreak_pt",
        0.8,
        "a>partir",
        r"a\s+partir\s+de\s+agora,?\s+(?:você|voce|tu)\s+(?:é|e|és|será|vai)",
    ),
    (
        "jailbreak_it",
        0.85,
        "senza nessuna",
        r"(?:senza|nessuna)\s+(?:\w+\s+){0,2}(?:restrizioni|regole|filtri|censura|limiti)\b",
    ),
    ("jailbreak_it", 0.8, "d'ora", r"d'ora\s+in\s+poi,?\s+(?:sei|sarai|rispondi|devi)"),
    (
        "jailbreak_tr",
        0.85,
        "kural* kısıtlama* kisitlama*",
        r"(?:kural|k[ıi]s[ıi]tlama)\w*\s+(?:bağlı\s+değilsin|yok)",
    ),
    (
        "prompt_leak_tr",
        0.9,
        "sistem",
        r"sistem\s+(?:komutunu|istemini|talimatlar[ıi]n[ıi]|mesaj[ıi]n[ıi])\s+(?:\w+\s+){0,2}(?:yaz|göster|paylaş|söyle)",
    ),
    # role play used to lift the rules: each cue alone only lifts the classifier (stories
    # have personas too); two different ones together decide (see rule_hits)
    (
        "jailbreak_persona",
        0.8,
        "has>no have>no with>no",
        r"(?:has|have|with)\s+no\s+(?:\w+\s+){0,2}(?:rules|filters|limits|restrictions|guidelines|ethics|morals|boundaries|(?:ethical|safety)\s+training|censorship)\b",
    ),
    (
        "jailbreak_persona",
        0.8,
        "never always",
        r"(?:never\s+(?:refuses?|says?\s+no|declines?|says?\s+(?:it|he|she|they)\s+can't|adds?\s+(?:any\s+)?(?:disclaimers?|warnings?))|always\s+(?:answers?|complies|says?\s+yes)\s+(?:any|every|all|no\s+matter))\b",
    ),
    (
        "jailbreak_persona",
        0.8,
        "without no>warning,warnings,disclaimer,disclaimers,caveats,moralizing,moralising,lecture,lectures,refusal,refusals",
        r"(?:without|no)\s+(?:any\s+)?(?:warnings?|disclaimers?|caveats|moralizing|moralising|lectures?|refusals?)\b[^.\n]{0,60}\b(?:how|explain|tell|describe|write|give|step)",
    ),
    (
        "jailbreak_persona",
        0.8,
        "late dead deceased",
        r"(?:late|dead|deceased)\s+(?:grand\w*|granny|uncle|aunt|mother|father|mom|mum|dad)\b[^\n]{0,160}\bused\s+to\s+(?:tell|read|recite|explain|give|say)",
    ),
    (
        "jailbreak_persona",
        0.8,
        "does>care doesn>care don>care do>care",
        r"(?:does\s+not|doesn't|don't|do\s+not)\s+care\s+about\s+(?:ethics|morals|morality|rules|laws|safety|consequences|policies)\b",
    ),
    (
        "jailbreak_persona",
        0.8,
        "guardrails filters restrictions safety rules removed disabled lifted stripped",
        r"(?:(?:guardrails|filters|restrictions|safety\s+(?:training|features|filters)|rules)\s+(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+)?(?:removed|disabled|turned\s+off|lifted|stripped)|(?:removed|disabled|lifted|stripped)\s+(?:its|your|all|the|of)\s+(?:\w+\s+)?(?:guardrails|filters|restrictions|safety))\b",
    ),
    # weak cues: never a lift alone, only the second cue of a combination
    (
        "jailbreak_persona",
        PERSONA,
        "help>sleep,asleep put>sleep couldn't>sleep could>sleep can't>sleep cannot>sleep technical>detail real>commands,code,quantities",
        r"(?:help\s+me\s+(?:fall\s+a)?sleep|put\s+me\s+to\s+sleep|(?:couldn't|could\s+not|can't|cannot)\s+sleep|technical\s+detail|real\s+(?:working\s+)?(?:commands|code|quantities))\b",
    ),
    (
        "jailbreak_persona",
        PERSONA,
        "you>are,will,play you're pretend act>as roleplay play>role,as playing>role,as imagine>you want>you",
        r"(?:you\s+(?:are|will\s+be|play|now\s+play)|you're|pretend\s+(?:to\s+be|you\s+are|you're)|act\s+as|roleplay\s+as|play(?:ing)?\s+(?:the\s+role\s+of|as)|imagine\s+you\s+are|want\s+you\s+to\s+(?:be|act\s+as|play))\s+(?:\S+\s+){0,7}?(?:ai|assistant|model|chatbot|bot|persona|character|version|novel|story|film|movie|game|script|screenplay)\b",
    ),
]
RULES += DIRECT_RULES  # direct attacks, role play, split payloads (injection_direct)
