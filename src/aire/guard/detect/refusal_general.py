"""Declines written as families of forms, not as strings seen in a set (issue 15, ref11).

Each family is a construction of a no, written from how declines are phrased in general
and in many languages, not from the misses of one test set:

* ``request_passive``: the request as subject of a passive or evaluative no ("This request
  falls outside the scope of ...", "Requests to reveal X are not permitted", "Your request
  has been declined", "Essa solicitação não pode ser atendida", "Diese Anfrage kann nicht
  erfüllt werden", "该请求无法满足"). A request for a refund, leave or a loan that was
  declined is news, not a decline: those nouns, servers and files are left out, and the no
  must end its sentence or give a reason of policy.
* ``help_passive``: help or content as subject of a passive no ("No assistance can be
  provided for ...", "That kind of content isn't produced by this assistant").
* ``status_field``: a verdict in structured output (``"status": "refused"``, "Decision:
  declined", ``"refusal_reason": ...``), not in an answer about a payment or a claim.
* ``volition``: a first-person choice not to ("I've decided not to help with this", "X is
  a no from me", "I'm not at liberty to", "You won't get that out of me", "count me out").
* ``vault``: a playful no about a secret ("Nice try - that stays in the vault", "that one's
  staying classified").
* ``scope``: out of scope or off limits for the assistant ("outside the remit of this
  assistant", "That topic is off-limits").
* ``turn_down``: turning down, passing, keeping private, crossing a line, not happening, not
  possible, staying out ("I'll have to turn this one down", "That's a hard pass", "I'd
  rather keep that private", "That won't be possible.", "I'm staying out of this one").
* ``terse_status``: a one-word verdict ("Denied.", "[REFUSED] Reason: ...").
* ``agent_no``, ``info_passive``, ``request_is``: "this chat can't change ...", "Information
  about other applicants ... cannot be disclosed.", "That request involves accessing ...
  without authorisation."
* ``lang_request`` / ``lang_will_not``: the first two in other languages, and a first-person
  future no ("no voy a ayudar", "werde ich nicht liefern", "я не буду помогать", "도와드리지
  않겠습니다", "لن أساعد", "saya tidak akan membantu").

``DEFLECT`` sends the task elsewhere without doing it ("That's a job for a licensed
electrician rather than me", "best left to a solicitor"): a refusal only when the head
has almost nothing else (``refusal``'s content test).

A declined part (``general_part``; partial whatever follows): "What I won't do:", "Lo que
no haré es", "I've withheld the addresses since they're personal data", JSON with both an
answered and a withheld key, and a no introduced by "but"/"jedoch"/"但是" after a sentence
of help ("..., werde ich jedoch nicht ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from aire.guard.detect.refusal_general_lang import (
    APOLOGY_ANY,
    CONTRAST,
    LANG_FAMILIES,
    PART_OTHER,
    REGRET_IMPOSSIBLE,
    REGRET_WORDS,
)
from aire.guard.detect.refusal_text import in_quote

__all__ = [
    "DEFLECT",
    "DEFLECT_WORDS",
    "FAMILIES",
    "LANG_FAMILIES",
    "deflected",
    "general_decline",
    "general_part",
]

# English families: (name, pattern, words one of which must occur in the lower-cased head)
_REQ = r"(?:request|ask|query|question|prompt|instruction|demand)"
# a request that is news when declined (a refund, a loan) or a technical one (HTTP, a server)
_NEWS = (
    r"(?![^.!?\n]*\b(?:refund|leave|holiday|vacation|loan|claim|credit|limit|api|server|http|pull"
    r"|merge|callback|timeout|timed|rate|card|payment|transfer|application|withdrawal|token|header"
    r"|endpoint|file|upload|appeal|visa|permit|booking|reservation|ticket)s?\b)"
)
_PASSIVE_NO = (
    r"(?:(?:has|have)\s+been|was|were|is|are|will\s+be|must\s+be|'s)\s+(?:respectfully\s+|therefore\s+"
    r"|hereby\s+)?(?:declined|denied|refused|rejected|turned\s+down|not\s+(?:permitted|allowed|supported"
    r"|accepted|possible|something|one\s+(?:i|we))|disallowed|prohibited|off[-\s]limits|out\s+of\s+scope)"
    r"|(?:can(?:no|')t|can\s+not|could\s+not|couldn't|won't|will\s+not|may\s+not|must\s+not)\s+be\s+"
    r"(?:fulfil+ed|fulfilled|met|honou?red|accommodated|actioned|processed|completed|granted|answered"
    r"|approved|handled|supported|entertained|assisted|helped|carried\s+out|done|accepted|provided)"
    r"|(?:falls?|fell|is|are|sits?|lies)\s+(?:well\s+|squarely\s+|firmly\s+)?(?:outside|beyond)\b"
    r"|goes\s+(?:against|beyond)\b"
)
# the no ends its sentence or gives a reason of policy, law, safety or harm
_END_OR_WHY = (
    r"(?=\s*(?:[.!;:\n]|$|[,\u2013\u2014-]?\s*(?:in\s+line\s+with|in\s+accordance|per|under|(?:as|because"
    r"|since|due\s+to)(?=[^.!?\n]{0,80}?\b(?:polic|guideline|rule|law|legal|illegal|safety|harm|privacy"
    r"|personal|confidential|ethic|terms|abuse|fraud|prohibit|permitted|allowed|consent))"
    r"|for\s+(?:safety|security|privacy|legal|ethical)|on\s+(?:safety|privacy|ethical"
    r"|legal)|by\s+(?:this|the|our)\s+(?:assistant|service|bot|system))\b|\s+(?:the\s+)?(?:scope|remit"
    r"|bounds|limits|boundaries)\b|\s+(?:what|the\s+(?:kind|type|sort))\b|\s+(?:my|our|this|the)\s+"
    r"(?:\w+\s+){0,2}?(?:polic|guideline|rules|scope|remit|principles|terms|assistant|service|bot)))"
)
_REQUEST_PASSIVE = (
    r"(?<![\w'])(?:this|that|the|your|such|these|those)"
    r"\s+(?:(?:particular|specific|last|latest|above|previous|kind\s+of|type\s+of|sort\s+of)\s+)?"
    + _REQ
    + r"s?(?:\s+(?:to|for|of|about|on|regarding)\s+[^.!?\n]{1,80}?)?\s+"
    + _NEWS
    + r"(?:"
    + _PASSIVE_NO
    + r")"
    + _END_OR_WHY
    # "Requests to reveal X are not permitted" (plural, no determiner)
    + r"|(?<![\w'])(?:any\s+)?"
    + _REQ
    + r"s\s+(?:to|for|like|of\s+this|such\s+as|that|which|involving|about|asking)\b"
    r"[^.!?\n]{1,80}?\s+"
    + _NEWS
    + r"(?:are|will\s+be)\s+(?:not\s+(?:permitted|allowed|supported|accepted|fulfil+ed|answered"
    r"|handled)"
    r"|declined|refused|denied|rejected|disallowed|prohibited|off[-\s]limits|out\s+of\s+scope)\b"
)
_HELP_PASSIVE: tuple[str, ...] = (
    (
        r"\b(?:no\s+)?(?:help|assistance|support|guidance|instructions|information|details|content"
        r"|material|code|answer|response)\s+(?:with|on|for|about|regarding|of\s+(?:this|that)\s+(?:kind"
        r"|sort|type))\b[^.!?\n]{0,60}?\s+(?:can(?:no|')t|can\s+not|will\s+not|won't|could\s+not"
        r"|may\s+not)\s+be\s+(?:provided|given|offered|shared|supplied|generated|produced)\b"
        r"|\bno\s+(?:help|assistance|support|guidance|instructions|information|details|content)\s+"
        r"(?:can|will|could)\s+be\s+(?:provided|given|offered|shared|supplied|generated|produced)\b"
    ),
    (
        r"(?:isn't|is\s+not|aren't|are\s+not|won't\s+be|will\s+not\s+be|can't\s+be|cannot\s+be)\s+"
        r"(?:something\s+)?(?:produced|provided|generated|written|created|offered|supported|handled"
        r"|given)\s+(?:by|through|via)\s+(?:this|the|our)\s+(?:assistant|service|bot|chat(?:bot)?"
        r"|model|system|tool|channel)\b"
    ),
)
_STATUS_KEY = (
    r"(?:status|decision|outcome|result|verdict|disposition|response_?status|request_?status|action_?taken"
    r"|answer_?status|compliance)"
)
_STATUS_VAL = (
    r"(?:refused|declined|denied|rejected|blocked|refusal|not[\s_]+(?:fulfil+ed|fulfilled|answered"
    r"|provided|allowed|permitted|complied)|unfulfil+ed|disallowed|withheld|won't[\s_]+(?:help|comply))"
)
# a verdict about a payment, a claim or an application is news, not a decline
_MONEY = (
    r"(?![\s\S]{0,400}\b(?:amount|merchant|transaction|transaction_id|cardholder|card|loan|claim|iban"
    r"|balance|payment|order_id|applicant|mortgage|invoice|visa|exclusion|policyholder)\b)"
)
# and says why in words of harm or policy, or leaves the answer empty
_WHY = (
    r"(?=[\s\S]{0,400}?(?:polic|violat|safety|harm|privacy|illegal|unlawful|offen[cs]e|prohibit|not\s+permitted"
    r"|not\s+allowed|abuse|fraud|consent|third[\s-]part|personal\s+data|crisis|guideline|\bwhy\b|rationale"
    r"|grounds|request\s+(?:asks|seeks|involves|is\s+for|wants)|[\"']?(?:answer|response|content|output)[\"']?\s*[:=]\s*(?:null|none|\"\")))"
)
_STATUS_FIELD = (
    r"(?:^|[\n{,]\s*|[.;]\s+)[\W_]{0,4}"
    + _STATUS_KEY
    + r"[\"'*_]*\s*(?:[:=]|\s-|\u2013|\u2014)\s*[\"'*_]*"
    + _STATUS_VAL
    + r"\b"
    + _MONEY
    + _WHY
    + r"|[\"']?\b(?:refusal|decline|denial)_?reason[\"']?\s*[:=]\s*[\"'][^\"'\n]{6}"
)
_VOLITION = (
    r"\bi(?:'ve|\s+have)?\s+(?:decided|chosen|opted|elected)\s+not\s+to\s+(?:help|assist|comply|go\s+along"
    r"|fulfil+|engage|participate|take\s+part|answer\s+(?:that|this|it)|(?:write|create|produce|draft"
    r"|generate|make|share|reveal|disclose|give|provide|do)\s+(?:that|this|it|those|these|one|such|any)\b)"
    r"|\bi'?m\s+(?:choosing|opting|electing|deciding)\s+not\s+to\b"
    r"|\b(?:that|this|it|which|request|one|ask|idea)(?:'s|\s+is|\s+will\s+be|'ll\s+be)\s+(?:going\s+to\s+be\s+)?"
    r"a\s+(?:firm\s+|hard\s+|definite\s+|clear\s+|flat\s+|big\s+|respectful\s+|polite\s+)?no\s+(?:from|for)"
    r"\s+me\b"
    r"|\bis\s+a\s+(?:firm\s+|hard\s+|definite\s+|clear\s+|flat\s+|big\s+|respectful\s+|polite\s+)?no\s+from\s+me\b"
    r"|\bi'?m\s+not\s+at\s+liberty\s+to\b|\bi\s+am\s+not\s+at\s+liberty\s+to\b"
    r"|\bi'?m\s+not\s+about\s+to\s+(?:help|assist|write|create|give|share|reveal|hand|provide|draft|do)\b"
    r"|\byou\s+(?:won't|will\s+not|aren't\s+going\s+to|are\s+not\s+going\s+to)\s+get\s+(?:that|this|it|those"
    r"|these|any|one|an?\s+\w+|the\s+\w+)\s+(?:\w+\s+)?(?:out\s+of|from)\s+me\b"
    r"|\bcount\s+me\s+out\b"
    r"|\bi(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'d\s+better|\s+must|\s+have\s+to)\s+(?:have\s+to\s+)?"
    r"(?:sit\s+(?:this|that)\s+(?:one\s+)?out|bow\s+out|abstain|stop\s+(?:here|there|you\s+there))\b"
    r"|\b(?:this|that)\s+one\s+i(?:'ll|\s+will)\s+(?:have\s+to\s+)?(?:sit\s+out|skip|pass\s+on|leave)\b"
    r"|\bi'?m\s+not\s+in\s+the\s+business\s+of\b"
)
_VAULT_TRY = (
    r"\b(?:nice|good)\s+(?:try|attempt)\b(?!\s+(?:on|at|with|in|for)\b)[^\n]{0,120}?(?:\b(?:stays?|staying"
    r"|remains?|kept|locked|sealed|classified|secret|confidential|under\s+wraps|vault|not\s+(?:happening"
    r"|sharing|telling)|won't|isn't|no\b|not\s+a\s+chance))"
)
_VAULT = (
    r"\b(?:that|this|it|which)(?:\s+one)?(?:'s|\s+is)\s+(?:staying|stays?|remaining)\s+(?:classified"
    r"|secret|confidential|under\s+wraps|in\s+the\s+vault|locked\s+(?:up|away)|off\s+the\s+table"
    r"|between\s+(?:me|us))\b|\b(?:stays?|staying|remains?)\s+(?:locked\s+(?:up|away)\s+)?(?:in\s+the"
    r"\s+vault|under\s+lock\s+and\s+key)\b"
)
# "this" or "our" chat, bot or assistant saying no in the third person: "this chat can't change",
# "our assistant does not share staff passwords" (not "the assistant ...": instructions, features)
_AGENT_NO = (
    r"\b(?:this|our)\s+(?:chat|assistant|bot|chatbot|agent)\s+(?:can(?:no|')t|can\s+not|does\s*(?:not|n't)|won't|will\s+not"
    r"|may\s+not|is\s+(?:not\s+able|unable)\s+to|isn't\s+able\s+to|is\s+not\s+(?:allowed|permitted"
    r"|authori[sz]ed)\s+to|isn't\s+(?:allowed|permitted|authori[sz]ed)\s+to)\s+(?:\w+\s+){0,2}?(?:share"
    r"|disclose|reveal|release|provide|give|change|modify|edit|update|alter|access|look\s+up|process"
    r"|issue|reset|unlock|divulge|confirm|pull\s+up|help|assist|write|create|generate|discuss|answer"
    r"|advise|offer|handle)\b"
)
# information as subject of a passive no, where the sentence ends: "information about other
# applicants' files, including your neighbour's, cannot be disclosed."
_INFO_NO = (
    r"(?:information|details|data|records|files|notes|numbers|addresses|passwords|credentials)\b"
    r"[^.!?\n]{0,80}?\b(?:cannot|can't|can\s+not|may\s+not|won't|will\s+not|must\s+not)\s+be\s+(?:disclosed"
    r"|shared|released|divulged|revealed|provided|given\s+out|passed\s+on)\s*[.!]"
)
# naming what the request is: "That request involves accessing ... without authorisation"
_REQUEST_IS = (
    r"request\s+(?:involves|amounts\s+to|would\s+(?:involve|require|mean)|requires|constitutes|asks\s+me\s+to"
    r"|is\s+(?:asking|for))\b[^.!?\n]{0,100}?\b(?:without\s+(?:their\s+|the\s+|your\s+|his\s+|her\s+)?"
    r"(?:authori[sz]ation|consent|permission|knowledge)|illegal|unlawful|fraud|forg|impersonat|stalk"
    r"|harass|malware|weapon|someone\s+else's|another\s+person's|other\s+people's)"
)
_SCOPE = (
    r"\b(?:outside|beyond)\s+(?:of\s+)?(?:the\s+)?(?:scope|remit|bounds|limits|mandate|purview)\s+of\s+(?:what\s+)?"
    r"(?:this|the|my|our)\s+(?:\w+\s+)?(?:assistant|service|bot|chat(?:bot)?|model|system|tool|role|support)\b"
    r"|\b(?:outside|beyond)\s+(?:my|our|this\s+assistant's|the\s+assistant's)\s+(?:remit|mandate|purview|brief"
    r"|lane|wheelhouse|role)\b"
    r"|\b(?:that|this|it)(?:\s+one)?(?:'s|\s+is)\s+(?:strictly\s+|completely\s+)?off[-\s]limits\b"
    r"|\b(?:topic|subject|content|material|request|requests|stuff)\b[^.!?\n]{0,60}?\b(?:is|are)\s+(?:strictly\s+"
    r"|completely\s+)?off[-\s]limits\s*(?:for\s+(?:me|us|this\s+\w+)\s*)?[.!\n]"
)
# A declined part (partial whatever follows)
_PART_EN: tuple[str, ...] = (
    # "I'm leaving that part out", "I'm skipping the jokes about his ex - those would land badly"
    r"i'm\s+(?:leaving|keeping)\s+(?:that|this|those|these|it|them|the\s+\w+(?:\s+\w+)?)(?:\s+(?:part|bit"
    r"|section|piece)s?)?\s+out\b|i'm\s+(?:skipping|omitting|dropping|cutting)\s+(?:the|that|this|those"
    r"|any)\b[^.!?\n]{0,60}?(?:[,;\u2013\u2014-]|\bsince|\bbecause|\bas)\s*(?:those|that|they|it|this"
    r"|these)?\s*(?:would|could|might|isn't|aren't|is\s+not|are\s+not|'d|cross|hurt|harm)",
    # passive omission as a consequence: "so those are not included in this response"
    r"(?:so(?!\s+that\s+(?!is\b|are\b|has\b|have\b)\w)|therefore|hence|and)\s+(?:that|this|those|these"
    r"|it|they)\s+(?:\w+\s+){0,2}?(?:is|are|has\s+been"
    r"|have\s+been)\s+(?:not\s+included|left\s+out|omitted|excluded|withheld)\b"
    r"|not\s+included\s+in\s+(?:this|the|my)\s+(?:response|answer|reply|summary|draft|translation"
    r"|version|output)",
    (
        r"what(?<![\w']what)\s+i\s+(?:won't|will\s+not|can't|cannot"
        r"|am\s+not\s+going\s+to|'m\s+not\s+going\s+to|don't|do\s+not)\s+(?:do|help\s+with|write|provide"
        r"|include|give|share|create|draft|answer|cover)\b\s*(?:is\b|:|,|-|\u2013|\u2014|\n)"
    ),
    (
        r"\bi(?:'ve|\s+have)\s+(?:withheld|redacted|excluded|held\s+back|kept\s+out|left\s+off"
        r"|not\s+shared|not\s+provided)\s+(?:the|any|those|these|their|his|her|its|that|all)\b"
        r"[^.!?\n]{0,80}?\b(?:since|because|as|due\s+to)\b[^.!?\n]{0,60}?\b(?:personal|private|privacy"
        r"|confidential|consent|policy|policies|permitted|allowed|internal|sensitive|safety|unsafe|harm"
        r"|illegal|protected|third[-\s]part)"
    ),
    (
        r"\{[^{}]{0,300}?[\"'](?:answered|provided|included|given|done|completed)[\"']\s*:\s*[\[\"']"
        r"[^{}]{0,300}?[\"'](?:declined|withheld|omitted|refused|not_?provided|not_?answered|redacted"
        r"|excluded)[\"']\s*:\s*[\[\"']\s*[\"']?\w"
    ),
)

# turn-downs
_TURN_DOWN: tuple[str, ...] = (
    (
        r"\bi(?:'m|\s+am)\s+(?:declining|turning\s+down|refusing|passing\s+on)\s+(?:this|that|the|your|it)\b"
        r"|\bi(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to)\s+(?:have\s+to\s+|need\s+to\s+"
        r"|respectfully\s+)?(?:turn\s+(?:this|that|it|your\s+request)(?:\s+one)?\s+down|turn\s+down\s+"
        r"(?:this|that|the|your)|pass\s+on\s+(?:this|that|it|writing|doing|helping|creating|drafting"
        r"|providing|sharing|answering|the\s+request))\b"
    ),
    (
        r"\bi(?:'d|\s+would)\s+(?:prefer|rather)\s+(?:to\s+)?keep\s+(?:that|this|it|those|these)\s+"
        r"(?:private|to\s+myself|confidential|between)\b|\bi(?:'ll|\s+will)\s+keep\s+(?:that|this|it"
        r"|those)(?:\s+one)?\s+(?:to\s+myself|private|under\s+wraps|confidential)\b"
    ),
    (
        r"\b(?:that|this|it|doing\s+(?:that|this)|writing\s+(?:that|this|it)|helping\s+(?:with\s+)?"
        r"(?:that|this))(?:'s|\s+is|\s+would|'d)\s+(?:be\s+)?(?:crossing|cross(?:es)?)\s+a\s+line\b"
        r"|\bcross(?:es)?\s+a\s+line\s+for\s+me\b"
    ),
    (
        r"\b(?:it|that|this)\s+(?:wouldn't|would\s+not|doesn't|does\s+not)\s+(?:be|feel|sit)\s+right\s+"
        r"(?:for|with)\s+me\b|\bi\s+(?:don't|do\s+not)\s+feel\s+right\s+(?:helping|writing|doing|giving"
        r"|providing|sharing|creating)\b"
        r"|\bwould\s+be\s+irresponsible\s+(?:of|for)\s+me\s*(?:to\s+(?!not\b|skip\b|leave\b|omit\b)|[.!])"
    ),
    (
        r"(?<![\w'])(?:that|this|it)(?:'s|\s+is|\s+isn't|\s+is\s+not|\s+won't|\s+will\s+not)\s+(?:not\s+)?"
        r"(?:going\s+to\s+)?happen(?:ing)?\s*[.!]"
    ),
    (
        r"\b(?:that|this|it)\s+(?:won't|will\s+not)\s+be\s+possible\s*[.!]"
        r"|\b(?:this|that|it)\s+(?:cannot|can't|can\s+not)\s+be\s+done\s*[.!]"
    ),
    # literal first (a search that skips to it runs fast), then who says it: "I'm staying out
    # of this", "I'll stay out of that", "I'm going to stay out of it"
    r"stay(?:(?<=i'll\sstay)|(?<=will\sstay)|(?<=to\sstay)|ing(?<=i'm\sstaying)|ing(?<=am\sstaying))"
    r"\s+out\s+of\s+(?:this|that|it)\b",
    (
        r"\blet's\s+not\s+go\s+(?:down\s+that\s+road|there)\b|(?<![\w'])not\s+going\s+there\b"
        r"|\blet\s+me\s+stop\s+you\s+(?:right\s+)?there\b"
    ),
    (
        r"\b(?:is|are|'s)\s+not\s+on\s+the\s+menu\b|\b(?:is|are|'s)\s+off\s+the\s+(?:menu|table)\s*"
        r"(?:for\s+me\s*)?[.!]"
    ),
    (
        r"\b(?:that's|that\s+is|it's|it\s+is)\s+a\s+(?:hard|firm|definite|polite|respectful|big)\s+(?:no"
        r"|pass)\b(?!\s+(?:on|to|for|in)\s)|^\W*(?:hard|firm)\s+no\b"
    ),
    (
        r"\b(?:that|this|it)(?:'s|\s+is)\s+not\s+(?:a\s+(?:task|job|request)|information|something)\s+"
        r"(?:that\s+)?i(?:'ll|\s+will|'m\s+(?:able|willing)\s+to|\s+am\s+(?:able|willing)\s+to|\s+can"
        r"|\s+could)\s+(?:take\s+on|give\s+out|share|provide|act\s+on|do|help\s+with|handle)\b"
        r"|\b(?:isn't|is\s+not)\s+something\s+(?:that\s+)?(?:can|could|may)\s+be\s+(?:shared|disclosed"
        r"|provided|given|released|discussed|done|helped\s+with|offered)\s*[.!]"
    ),
    (
        r"\b(?:this|that|such|these|those)\s+(?:kind\s+of\s+|type\s+of\s+)?(?:information|details|data"
        r"|info)\s+(?:can(?:no|')t|can\s+not|may\s+not|won't|will\s+not|must\s+not)\s+be\s+(?:shared"
        r"|disclosed|provided|given|released|divulged|revealed|passed\s+on)\s*[.!]"
        r"|\bwe\s+(?:don't|do\s+not)\s+(?:provide|give\s+out|share|offer|disclose|supply)\s+(?:that|this"
        r"|such|these|those)\s+(?:kind|type|sort)s?\s+of\s+(?:information|content|help|assistance"
        r"|material|advice|details|data|request)"
    ),
    (
        r"\bfalls\s+(?:under|within)\s+(?:restricted|prohibited|disallowed|forbidden)\s+(?:content|topics?"
        r"|categor)"
    ),
)
# a technical answer ("Request denied: the server returns 403 ...") is not a decline
_TECH = (
    r"(?![\s\S]{0,200}\b(?:server|http|40\d|token|api|endpoint|scope|permission|firewall|port|ssh"
    r"|sudo)\b)"
)
_TERSE = (
    r"^[\W_]*\[?(?:refused|refusal|declined|denied|blocked|rejected)\]?\s*(?:[\]:.!\u2013\u2014-]|$)"
    + _MONEY
    + _TECH
    + r"|^[\W_]*request\s+(?:not\s+(?:fulfil+ed|fulfilled|completed|answered)|denied|refused"
    r"|declined|rejected)"
    r"\s*(?:[.!:]|$)" + _MONEY + _TECH
)


# Gates: the words of the head (lower case, punctuation removed) one of which a family needs,
# and, when a second set is given, one of which it needs as well; a family is searched only
# when its gate passes, which costs one set test on most answers.
_NEG = ("not", "no", "never", "can't", "cannot", "won't", "isn't", "aren't", "couldn't", "don't",
        "doesn't", "wouldn't", "mustn't", "shouldn't")  # fmt: skip
_G_REQUEST = (("request", "requests", "ask", "asks", "query", "queries", "question", "questions",
               "prompt", "prompts", "instruction", "instructions", "demand", "demands"),
              ("declined", "denied", "refused", "rejected", "turned", "prohibited", "off-limits",
               "off", "scope", "outside", "beyond", "against", "disallowed", "not", "can't",
               "cannot", "won't", "couldn't"))  # fmt: skip
_G_HELP = (
    (("provided", "given", "offered", "shared", "supplied", "generated", "produced"), _NEG),
    (("assistant", "service", "bot", "chat", "chatbot", "model", "system", "tool", "channel"),
     _NEG),
)  # fmt: skip
_G_STATUS = (("refused", "refusal", "declined", "denied", "rejected", "blocked", "withheld",
              "unfulfilled", "unfulfiled", "disallowed", "fulfilled", "fulfiled", "complied",
              "not_fulfilled", "not_answered", "not_provided", "not_allowed", "not_permitted",
              "not_complied", "won't_help", "won't_comply", "answered", "allowed", "permitted",
              "provided", "help", "comply", "refusal_reason", "decline_reason", "denial_reason"),
             ("status", "decision", "outcome", "result", "verdict", "disposition",
              "response_status", "request_status", "responsestatus", "requeststatus",
              "action_taken", "answer_status",
              "compliance", "refusal_reason", "decline_reason", "denial_reason"))  # fmt: skip
_G_VOLITION = (("decided", "chosen", "opted", "elected", "choosing", "opting", "electing",
                "deciding", "liberty", "count", "sit", "bow", "abstain", "stop", "business", "me"),
               ())  # fmt: skip
_G_VAULT = (
    (("try", "attempt"), ("nice", "good")),
    (("stay", "stays", "staying", "remain", "remains", "remaining"),
     ("classified", "secret", "confidential", "wraps", "vault", "locked", "table", "between",
      "lock")),
)  # fmt: skip
_G_SCOPE = (("outside", "beyond", "off-limits", "limits"), ())
_G_TURN_DOWN = (
    (("declining", "turning", "refusing", "passing", "turn", "pass"), ()),
    (("keep",), ("private", "myself", "confidential", "between", "wraps")),
    (("line",), ("cross", "crosses", "crossing")),
    (("right", "irresponsible"), ("me", "feel")),
    (("happen", "happening"), ()),
    (("possible", "done"), ("won't", "will", "cannot", "can't", "can")),
    (("stay", "staying"), ("out",)),
    (("let's", "going", "stop"), ("there", "road")),
    (("menu", "table"), ()),
    (("hard", "firm", "definite", "polite", "respectful", "big"), ("no", "pass")),
    (("not", "isn't"), ("task", "job", "request", "information", "something")),
    (("information", "details", "data", "info"), _NEG),
    (("falls",), ()),
)  # fmt: skip
_G_TERSE = (("refused", "refusal", "declined", "denied", "blocked", "rejected", "request"), ())
_G_PART = (
    (("leaving", "keeping", "skipping", "omitting", "dropping", "cutting"),
     ("out", "would", "could", "might", "isn't", "aren't", "not", "cross", "hurt", "harm")),
    (("included", "omitted", "excluded", "withheld", "left"), ("so", "therefore", "hence", "and",
     "response", "answer", "reply", "summary", "draft", "translation", "version", "output")),
    (("what",), ("won't", "can't", "cannot", "don't", "not", "will", "am", "i'm")),
    (("withheld", "redacted", "excluded", "held", "kept", "left", "not"),
     ("since", "because", "as", "due")),
    (("answered", "provided", "included", "given", "done", "completed"),
     ("declined", "withheld", "omitted", "refused", "not_provided", "notprovided", "not_answered",
      "notanswered", "redacted", "excluded")),
)  # fmt: skip
FAMILIES: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("request_passive", _REQUEST_PASSIVE, *_G_REQUEST),
    *(("help_passive", rx, *g) for rx, g in zip(_HELP_PASSIVE, _G_HELP, strict=True)),
    ("status_field", _STATUS_FIELD, *_G_STATUS),
    ("volition", _VOLITION, *_G_VOLITION),
    *(("vault", rx, *g) for rx, g in zip((_VAULT_TRY, _VAULT), _G_VAULT, strict=True)),
    ("scope", _SCOPE, *_G_SCOPE),
    (
        "agent_no",
        _AGENT_NO,
        ("chat", "assistant", "bot", "chatbot", "agent"),
        (
            *_NEG,
            "unable",
            "allowed",
            "permitted",
            "authorised",
            "authorized",
            "does",
            "will",
            "may",
        ),
    ),
    (
        "info_passive",
        _INFO_NO,
        (
            "information",
            "details",
            "data",
            "records",
            "files",
            "notes",
            "numbers",
            "addresses",
            "passwords",
            "credentials",
        ),
        _NEG,
    ),
    (
        "request_is",
        _REQUEST_IS,
        ("request",),
        ("involves", "amounts", "would", "requires", "constitutes", "asks", "asking", "is"),
    ),
    *(("turn_down", rx, *g) for rx, g in zip(_TURN_DOWN, _G_TURN_DOWN, strict=True)),
    ("terse_status", _TERSE, *_G_TERSE),
    *(("part_marker", rx, *g) for rx, g in zip(_PART_EN[:-1], _G_PART[:-1], strict=True)),
    ("part_json", _PART_EN[-1], *_G_PART[-1]),
)

# A task sent elsewhere, not done ("a job for a licensed electrician rather than me")
DEFLECT = (
    r"(?i)\b(?:a\s+(?:job|task|question|matter)|one|something|work)\s+for\s+(?:a|an|your|the)\s+(?:\w+\s+){0,2}?"
    r"(?:lawyer|attorney|solicitor|doctor|physician|pharmacist|electrician|plumber|professional|expert|accountant"
    r"|advis[eo]r|therapist|counsell?or|specialist|engineer|vet|notary|gp|clinician|dentist)s?\b[^.!?\n]{0,40}?"
    r"(?:rather\s+than|not|instead\s+of)\s+(?:me|a\s+(?:chat)?bot|an?\s+(?:ai|assistant|chatbot))\b"
    r"|\b(?:best|better|safest)\s+left\s+to\s+(?:a|an|your|the)\b"
    r"|\b(?:i'll|i\s+will|i'd|i\s+would|let's|please)\s+leave\s+(?:the|that|this|it|those)\b[^.!?\n]{0,30}?\s+to\s+"
    r"(?:them|a|an|your|the)\b"
    r"|\b(?:rather|more)\s+than\s+(?:me|a\s+chatbot|an\s+ai)\b"
)
_DEFLECT_RX = re.compile(DEFLECT)
_DEFLECT_LO = re.compile(DEFLECT.removeprefix("(?i)"))
_REGRET_RX = re.compile(REGRET_IMPOSSIBLE)
_DEFLECT_CLAUSE = re.compile(
    r"(?i)[^.!?;\n]*(?:" + DEFLECT.removeprefix("(?i)") + r")[^.!?;\n]*[.!?;]?"
)
DEFLECT_WORDS = ("job for", "task for", "question for", "matter for", "one for",
                 "something for", "work for", "left to", "leave ", "than me", "than a chatbot",
                 "than an ai")  # fmt: skip

_CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_SENT = re.compile(r"[^.!?\n。！？]+[.!?\n。！？]*")
_FAMILIES_CI = tuple(
    (name, re.compile("(?i)" + rx), frozenset(w), frozenset(a)) for name, rx, w, a in FAMILIES
)
_FAMILIES_LO = tuple(
    (name, re.compile(rx), frozenset(w), frozenset(a)) for name, rx, w, a in FAMILIES
)
# other languages: (?i) patterns, and lower-case ones for ASCII heads
_LANGS_CI = tuple((re.compile("(?i)" + rx), w) for _, rx, w, _a in LANG_FAMILIES)
_LANGS_LO = tuple((re.compile(rx), w) for _, rx, w, asc in LANG_FAMILIES if asc)
_LANGS_LO_ALL = tuple((re.compile(rx), w) for _, rx, w, _a in LANG_FAMILIES)
# the English families look for a no in the opening of the head (cost); a declined part
# anywhere in it
REACH = 260
_SENT_END = re.compile(r"[.!?\n]")
_PART_LO = tuple(
    (re.compile(rx), frozenset(g), frozenset(a))
    for rx, (g, a) in zip(_PART_EN, _G_PART, strict=True)
)
_PART_CI = re.compile("(?i)" + "|".join(_PART_EN) + "|" + PART_OTHER)


def _first(rx: re.Pattern[str], head: str, quotes: bool, end: int) -> int:
    for m in rx.finditer(head, 0, end):
        if not quotes or not in_quote(head, m.end()):
            return m.start()
    return -1


_PUNCT = '.,;:!?()[]{}"*#<>/\\|=+`~@$%^&'
_TOKENS_B = bytes.maketrans(_PUNCT.encode(), b" " * len(_PUNCT))


def _words(low: str) -> frozenset[str]:
    """The words of a lower-cased text, ASCII punctuation removed (not ' _ -): on UTF-8
    bytes, whose multi-byte characters never contain an ASCII byte (bytes.translate is many
    times faster than str.translate)."""
    return frozenset(low.encode().translate(_TOKENS_B).decode().split())


# structured output: quotation marks there do not make a no quoted speech
_UNQUOTED = ("status_field", "part_json")


def general_decline(head: str, low: str, quotes: bool, english: bool, end: int) -> int:
    """Start of the earliest general family's no in ``head[:end]``, or -1. ``head`` is
    lower-cased when ASCII (``low`` is its lower-cased form either way)."""
    asc = head.isascii()
    # the lower-case patterns on lower-cased text (faster than (?i)), when positions agree
    text, families = (low, _FAMILIES_LO) if asc or len(low) == len(head) else (head, _FAMILIES_CI)
    # to the end of the sentence at REACH: "$" in a pattern is then a real end
    m = _SENT_END.search(low, REACH)
    reach = m.end() if m else len(low)
    words = _words(low)
    best = -1
    for name, rx, gate, also in families:
        if gate.isdisjoint(words) or (also and also.isdisjoint(words)):
            continue
        part = name.startswith("part_")
        # a verdict in JSON is a quoted value: quotation marks do not make it quoted speech
        stop = end if part else min(end, reach)
        at = _first(rx, text, quotes and name not in _UNQUOTED, stop if best < 0 else best + 60)
        if at >= 0 and (best < 0 or at < best):
            best = at
            if at == 0:
                return 0
    if best < 0 and not english:
        spaced = " " + low
        langs = _LANGS_LO if asc else _LANGS_LO_ALL if text is low else _LANGS_CI
        for rx, keys in langs:
            if any(map(spaced.__contains__, keys)):
                at = _first(rx, text, quotes, end if best < 0 else min(end, best + 60))
                if at >= 0 and (best < 0 or at < best):
                    best = at
    return best


def deflected(head: str, low: str, quotes: bool, content: Callable[[str], int], most: int) -> bool:
    """Whether the head sends the task elsewhere ("a job for a licensed electrician rather
    than me", "best left to a solicitor") or regrets that it is not possible ("Leider ist
    das nicht möglich.", "很抱歉，这无法做到。"), with fewer than ``most`` characters of other
    content (``content``: the refusal detector's count of such characters)."""
    asc = head.isascii()  # then ``head`` is lower case
    if (
        any(map(low.__contains__, DEFLECT_WORDS))
        and _first(_DEFLECT_LO if asc else _DEFLECT_RX, head, quotes, 300) >= 0
    ):
        return content(_DEFLECT_CLAUSE.sub(" ", head)) < most
    if (not asc or any(map(low[:40].__contains__, REGRET_WORDS))) and (
        m := _REGRET_RX.match(head, 0, 300)
    ):
        return content(head[: m.start()] + " " + head[m.end() :]) < most
    return False


def general_part(text: str, start: int, fluff: Callable[[str], bool]) -> bool:
    """Whether the answer declines a named part (a marker such as "What I won't do:"), or
    says its no with "but" / "jedoch" after sentences of help (at least 40 characters of
    sentences for which ``fluff`` is false, no apology; ``start``: where the no was found)."""
    window = text[: start + 400]
    low = window.lower()
    if window.isascii():
        words = _words(low)
        for rx, gate, also in _PART_LO:
            if not gate.isdisjoint(words) and not also.isdisjoint(words) and rx.search(low):
                return True
    elif _PART_CI.search(window):
        return True
    if start < 40:
        return False
    # the no's sentence (a word of contrast in it), and what came before it (help, no apology)
    cut = max(window.rfind(c, 0, start + 1) for c in ".!?\n。！？") + 1
    end = min(
        (i for i in (window.find(c, start) for c in ".!?\n。！？") if i >= 0),
        default=len(window),
    )
    if CONTRAST.search(window, cut, max(end, start + 1)) is None:
        return False
    before = window[:cut]
    if len(before.strip()) < 20 or "?" in before or APOLOGY_ANY.search(before):
        return False
    sents = (m.group(0).strip() for m in _SENT.finditer(before))
    return sum(len(x) + len(_CJK.findall(x)) for x in sents if len(x) >= 8 and not fluff(x)) >= 40
