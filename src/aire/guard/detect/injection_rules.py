"""Rules for prompt injection the training data underrepresents.

The classifier learns from chat prompts; these rules cover what it rarely saw:
instructions planted in documents and tool output (role markers, notes "to the AI",
exfiltration links), encodings (base64, hex, leetspeak, spaced letters) and the classic
override phrases in other languages. Each rule has a weight; the rule score of a text is
the highest weight that matched.
"""

from __future__ import annotations

import base64
import binascii
import re

__all__ = ["RuleHit", "rule_hits", "rule_score"]

RuleHit = tuple[str, float, int, int]  # (rule kind, weight, start, end)

_IGNORE = r"(?:ignore|disregard|forget|override|bypass|skip|drop|abandon|neglect|discard)"
_PRIOR = r"(?:all|any|every|the|your|my|these|those|previous|prior|above|earlier|preceding|initial|original|old|system|developer|safety|default|other)"
_RULES_OBJ = (
    r"(?:instructions?|rules|prompts?|directives?|guidelines|guardrails|constraints|context|"
    r"messages|conversation|commands?|orders|programming|restrictions|policies|tasks?|"
    r"everything|anything|all)"
)

_EN: list[tuple[str, float, str]] = [
    ("override", 0.95, rf"\b{_IGNORE}\s+(?:{_PRIOR}\s+){{1,4}}{_RULES_OBJ}\b"),
    ("override", 0.9, rf"\b{_IGNORE}\s+(?:everything|anything|all)\b(?:\s+(?:above|before|said|else|previously|i\s+said|you\s+(?:were|have\s+been)\s+told))?"),
    ("override", 0.85, r"\b(?:new|updated|real|actual|true|secret|hidden|additional)\s+(?:instructions?|task|rules|system\s+prompt|directive)s?\s*[:\-]"),
    ("override", 0.8, r"\b(?:from\s+now\s+on|henceforth|starting\s+now),?\s+(?:you\s+(?:will|are|must|shall)|act|respond|answer|only)"),
    ("override", 0.8, r"\b(?:instead|rather),?\s+(?:you\s+(?:must|will|should)|do\s+the\s+following|say|print|output|write)\b"),
    ("jailbreak", 0.9, r"\b(?:do\s+anything\s+now|developer\s+mode|jail\s?-?broken|jailbreak(?:ed)?|dan\s+mode|god\s+mode|evil\s+(?:mode|confidant|bot)|anti-?dan|stan\s+mode|dude\s+mode)\b"),
    ("jailbreak", 0.85, r"\b(?:no|without(?:\s+any)?|free\s+(?:of|from)|not\s+bound\s+by|break\s+free\s+of|ignores?)\s+(?:\w+\s+){0,2}(?:restrictions|limitations|filters|filtering|censorship|guidelines|morals|ethics|ethical\s+(?:guidelines|constraints)|content\s+polic(?:y|ies)|safety\s+(?:guidelines|measures))\b"),
    ("jailbreak", 0.8, r"\b(?:stay|remain|keep)\s+in\s+character\b"),
    ("jailbreak", 0.8, r"\b(?:unfiltered|uncensored|amoral|unrestricted|unethical)\s+(?:ai|assistant|chatbot|model|language\s+model|version|mode|persona|character|response)"),
    ("jailbreak", 0.75, r"\b(?:pretend|imagine|act\s+as\s+if|roleplay\s+as|simulate)\b[^.\n]{0,80}\b(?:no|without)\s+(?:rules|restrictions|limits|filters|guidelines)"),
    ("jailbreak", 0.75, r"\bopenai(?:'s)?\s+(?:content\s+)?polic(?:y|ies)\b[^.\n]{0,60}\b(?:ignore|don't|do\s+not|no\s+longer|bypass|violate)"),
    ("prompt_leak", 0.9, r"\b(?:reveal|show|print|output|repeat|tell\s+me|leak|display|dump|spell\s+out|write\s+out|give\s+me)\s+(?:\w+\s+){0,3}(?:system\s+prompt|initial\s+prompt|original\s+prompt|hidden\s+prompt|prompt\s+text|(?:system|initial|hidden|secret)\s+instructions|instructions\s+(?:you\s+were|above)|everything\s+above)"),
    ("role_marker", 0.9, r"<\|(?:im_start|im_end|system|user|assistant|endoftext|begin_of_text|start_header_id)\|>|\[/?INST\]|<</?SYS>>|\bBEGIN\s+SYSTEM\s+PROMPT\b"),
    ("role_marker", 0.75, r"(?:^|\n)\s*(?:#{2,}\s*)?(?:system|assistant|developer)\s*(?:prompt|message|instructions?)?\s*:\s*\S"),
    ("indirect", 0.9, r"\b(?:if|when)\s+you\s+are\s+(?:an?\s+)?(?:ai|llm|large\s+language\s+model|language\s+model|assistant|chatbot|gpt|agent|bot)\b"),
    ("indirect", 0.9, r"\b(?:note|message|instructions?|attention)\s+(?:to|for)\s+(?:the\s+|any\s+)?(?:ai|llm|assistant|language\s+model|chatbot|agent|bot|model)s?\b"),
    ("indirect", 0.85, r"\b(?:ai|llm|assistant|model|agent|bot)s?\s+(?:reading|processing|summari[sz]ing|parsing|analy[sz]ing)\s+(?:this|these)\b"),
    ("indirect", 0.85, r"\b(?:do\s+not|don't|never)\s+(?:tell|inform|mention\s+(?:this\s+)?to|alert|notify)\s+the\s+user\b|\bwithout\s+(?:telling|informing|alerting)\s+the\s+user\b"),
    ("exfiltration", 0.9, r"!\[[^\]]{0,100}\]\(\s*https?://[^)\s]{1,300}[?&][\w-]{1,30}=[^)\s]*(?:\{|\$|%7B|<|data|secret|key|token|prompt|history|conversation)"),
    ("exfiltration", 0.85, r"\b(?:send|forward|post|upload|exfiltrate|transmit|email|leak)\s+(?:\w+\s+){0,6}(?:to|at)\s+(?:https?://|[\w.+-]+@[\w-]+\.)"),
    ("hidden", 0.85, r"<!--[^>]{0,500}?\b(?:ignore|instruction|assistant|ai|llm|system|prompt)\b[^>]{0,500}?-->"),
    ("encoding", 0.8, r"\b(?:decode|decrypt|translate|convert)\s+(?:this|the\s+following|it|these)?\s*(?:from\s+)?(?:base64|b64|rot13|rot-13|hex|hexadecimal|binary|morse)\b[^.\n]{0,80}\b(?:follow|execute|obey|do|run|perform|act\s+on)\b"),
]

_MULTI: list[tuple[str, float, str]] = [
    # German
    ("override_de", 0.9, r"\b(?:ignorier(?:e|en|t)?|vergiss|vergesst|vergessen\s+sie|missachte(?:n)?)\s+(?:\w+\s+){0,3}(?:anweisungen|instruktionen|befehle|regeln|vorgaben|aufgaben|informationen)\b"),
    ("override_de", 0.85, r"\b(?:vergiss|vergesst|vergessen\s+sie)\s+(?:alles|alle)\b"),
    ("override_de", 0.8, r"\b(?:neue|neuen)\s+(?:anweisung(?:en)?|aufgabe)\s*:"),
    # French
    ("override_fr", 0.9, r"\b(?:ignore[zr]?|oublie[zr]?|néglige[zr]?)\s+(?:\w+\s+){0,3}(?:instructions|consignes|règles|directives)\b"),
    ("override_fr", 0.85, r"\b(?:oublie[zr]?)\s+tout\b"),
    # Spanish / Portuguese / Italian
    ("override_es", 0.9, r"\b(?:ignora|ignore|ignorar|olvida|olvide|olvidar|omite)\s+(?:\w+\s+){0,3}(?:instrucciones|reglas|indicaciones|órdenes)\b"),
    ("override_es", 0.85, r"\b(?:olvida|olvide)\s+todo\b"),
    ("override_pt", 0.9, r"\b(?:ignore|ignora|esqueça|esqueca|esquece)\s+(?:\w+\s+){0,3}(?:instruções|instrucoes|regras|orientações)\b"),
    ("override_pt", 0.85, r"\b(?:esqueça|esqueca|esquece)\s+tudo\b"),
    ("override_it", 0.9, r"\b(?:ignora|ignorate|dimentica|dimenticate)\s+(?:\w+\s+){0,3}(?:istruzioni|regole|indicazioni)\b"),
    ("override_it", 0.85, r"\b(?:dimentica|dimenticate)\s+tutto\b"),
    # Dutch, Polish, Croatian/Serbian/Bosnian, Turkish
    ("override_nl", 0.9, r"\b(?:negeer|vergeet)\s+(?:\w+\s+){0,3}(?:instructies|regels|opdrachten)\b|\bvergeet\s+alles\b"),
    ("override_pl", 0.9, r"\b(?:zignoruj|ignoruj|zapomnij)\s+(?:\w+\s+){0,3}(?:instrukcje|polecenia|zasady)\b|\bzapomnij\s+o\s+wszystkim\b"),
    ("override_hr", 0.85, r"\b(?:zaboravi|ignoriraj|ignoriši)\s+(?:sve|\w+\s+){0,3}(?:instrukcije|upute|uputstva|pravila)?\b(?<=sve)|\b(?:zaboravi|ignoriraj)\s+(?:sve\s+)?(?:instrukcije|upute|uputstva)\b"),
    ("override_tr", 0.9, r"\b(?:önceki|tüm)\s+(?:\w+\s+){0,2}talimatları\s+(?:yok\s+say|görmezden\s+gel|unut)"),
    # Russian / Ukrainian
    ("override_ru", 0.9, r"(?:игнорируй(?:те)?|забудь(?:те)?|проигнорируй(?:те)?|ігноруй|забудь)\s+(?:\w+\s+){0,3}(?:инструкции|указания|правила|інструкції)"),
    ("override_ru", 0.85, r"(?:забудь(?:те)?)\s+(?:всё|все)\b"),
    # Chinese, Japanese, Korean, Arabic
    ("override_zh", 0.9, r"(?:忽略|无视|忘记|忘掉|不要理会|忽視|無視)(?:掉)?(?:你)?(?:之前|以上|前面|上面|先前|所有|全部|一切)?(?:的)?(?:所有|全部)?(?:的)?(?:指令|指示|说明|規則|规则|提示|命令|設定|设定)"),
    ("override_ja", 0.9, r"(?:以前|前|上記|これまで)の(?:すべての|全ての)?(?:指示|命令|ルール)を(?:無視|忘れ)"),
    ("override_ko", 0.9, r"(?:이전|모든|위의)\s*(?:지시|명령|지침)(?:을|를|사항을)?\s*(?:무시|잊어)"),
    ("override_ar", 0.9, r"(?:تجاهل|انس)\s+(?:\S+\s+){0,2}(?:التعليمات|الأوامر|القواعد)"),
]

_COMPILED: tuple[tuple[str, float, re.Pattern[str]], ...] = tuple(
    (kind, weight, re.compile(rx, re.IGNORECASE)) for kind, weight, rx in (*_EN, *_MULTI)
)
_B64 = re.compile(r"(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{24,}={0,2}(?![A-Za-z0-9+/=])")
_HEX = re.compile(r"(?<![0-9a-fA-F])(?:[0-9a-fA-F]{2}[ ]?){16,}(?![0-9a-fA-F])")
_LEET_WORD = re.compile(r"\b\w*[a-z][0-9@$!|]+\w*|\w*[0-9@$|]+[a-z]\w*\b", re.IGNORECASE)
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", "$": "s", "!": "i", "|": "l"})
_SPACED = re.compile(r"\b(?:[A-Za-z][ ._\-]){4,}[A-Za-z]\b")


def _decoded_segments(text: str) -> list[tuple[int, int, str]]:
    """Readable text hidden in base64 or hex, with the span it came from."""
    out: list[tuple[int, int, str]] = []
    for m in _B64.finditer(text):
        raw = m.group(0)
        try:
            data = base64.b64decode(raw + "=" * (-len(raw) % 4), validate=False)
        except (binascii.Error, ValueError):
            continue
        decoded = data.decode("utf-8", "ignore")
        if len(decoded) >= 12 and sum(ch.isprintable() for ch in decoded) >= 0.9 * len(decoded):
            out.append((m.start(), m.end(), decoded))
    for m in _HEX.finditer(text):
        try:
            decoded = bytes.fromhex(m.group(0).replace(" ", "")).decode("utf-8", "ignore")
        except ValueError:
            continue
        if len(decoded) >= 12 and sum(ch.isprintable() for ch in decoded) >= 0.9 * len(decoded):
            out.append((m.start(), m.end(), decoded))
    return out


def _match(text: str, offset: int = 0, span: tuple[int, int] | None = None, tag: str = "") -> list[RuleHit]:
    hits: list[RuleHit] = []
    for kind, weight, rx in _COMPILED:
        m = rx.search(text)
        if m is not None:
            start, end = span if span is not None else (m.start() + offset, m.end() + offset)
            hits.append((kind + tag, weight, start, end))
    return hits


def rule_hits(text: str, *, decode: bool = True) -> list[RuleHit]:
    """Every rule that matched, also inside base64/hex, leetspeak and spaced-out text."""
    hits = _match(text)
    if not decode:
        return hits
    for start, end, decoded in _decoded_segments(text):
        hits.extend(_match(decoded, span=(start, end), tag="_encoded"))
    if _LEET_WORD.search(text):
        unleet = text.translate(_LEET)
        if unleet != text:
            hits.extend(h for h in _match(unleet, tag="_leet") if h[0].startswith("override"))
    if _SPACED.search(text):
        collapsed = _SPACED.sub(lambda m: re.sub(r"[ ._\-]", "", m.group(0)), text)
        hits.extend(_match(collapsed, span=(0, len(text)), tag="_spaced"))
    return hits


def rule_score(text: str) -> float:
    hits = rule_hits(text)
    return max((h[1] for h in hits), default=0.0)
