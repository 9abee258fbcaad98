"""Varied degraded answers: refusals and foreign-language text drawn from templates.

A handful of fixed strings would let a detector pass by matching them; these are composed
from independent parts (opening, the refusal itself, what is refused, a closing), about
ten thousand distinct refusals, and foreign answers from shuffled sentences built from
subjects, verbs and objects in each language. Everything is written for aire.
"""

from __future__ import annotations

import random

__all__ = ["FOREIGN_PARTS", "REFUSAL_CORES", "foreign_text", "refusal_text"]

_OPENINGS = (
    "",
    "I'm sorry, but ",
    "Sorry, ",
    "Unfortunately, ",
    "I apologize, but ",
    "I'm afraid ",
    "Regrettably, ",
    "Thanks for asking, but ",
    "I understand the question, but ",
    "I appreciate the request, however ",
    "Hmm, ",
    "I see what you're after, but ",
)
# each takes what is refused after it
_REFUSING = (
    "I can't help with",
    "I cannot assist with",
    "I'm not able to provide",
    "I won't be able to help with",
    "I must decline",
    "I'm unable to support",
    "I have to pass on",
    "I am not able to produce",
    "I can not go into",
    "I'm not comfortable writing",
    "I don't think I should provide",
    "I'd rather not help with",
    "I'm not in a position to share",
    "I will not generate",
)
# whole refusals (no object)
_WHOLE = (
    "that's not something I can help with",
    "this falls outside what I can assist with",
    "that request goes against the guidelines I follow",
    "this isn't a topic I'm able to discuss",
    "it wouldn't be appropriate for me to answer that",
    "as an AI assistant, I can't weigh in on this one",
)
#: the part every refusal contains one of (what tests recognise a simulated refusal by)
REFUSAL_CORES = _REFUSING + _WHOLE
_OBJECTS = (
    "that request",
    "this",
    "the instructions you asked for",
    "that kind of content",
    "a detailed answer here",
    "the specifics of that",
    "step-by-step guidance on this",
    "information like that",
    "what you've described",
    "an answer to this question",
)
_CLOSINGS = (
    ".",
    ". Is there something else I can do for you?",
    ", but I'd be glad to help with a related question.",
    ". If you rephrase the question, I can try again.",
    ". You may want to consult a qualified professional instead.",
    ". Let me know if there's another way I can help.",
    " - maybe we could approach it from a different angle?",
)


def refusal_text(rng: random.Random) -> str:
    """One refusal, composed at random (opening, refusal, object, closing)."""
    opening = rng.choice(_OPENINGS)
    if rng.random() < 0.3:
        core = rng.choice(_WHOLE)
    else:
        core = f"{rng.choice(_REFUSING)} {rng.choice(_OBJECTS)}"
    text = opening + core
    text = text[0].upper() + text[1:]
    return text + rng.choice(_CLOSINGS)


#: per language: (subjects, verbs with their object, adverbial endings)
FOREIGN_PARTS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "de": (
        (
            "Das Team",
            "Der Dienst",
            "Jeder Client",
            "Die Messung",
            "Unser System",
            "Die Warteschlange",
        ),
        (
            "prüft die Antwortzeiten",
            "misst die Fehlerquote",
            "verteilt die Last auf mehrere Server",
            "schreibt jede Anfrage ins Protokoll",
            "wartet auf das erste Token",
            "wiederholt fehlgeschlagene Aufrufe",
        ),
        (
            "jeden Morgen",
            "nach jeder Änderung",
            "ohne Unterbrechung",
            "in kurzen Abständen",
            "sehr sorgfältig",
        ),
    ),
    "fr": (
        (
            "L'équipe",
            "Le service",
            "Chaque client",
            "La mesure",
            "Notre système",
            "La file d'attente",
        ),
        (
            "vérifie les temps de réponse",
            "mesure le taux d'erreurs",
            "répartit la charge sur plusieurs serveurs",
            "enregistre chaque requête dans le journal",
            "attend le premier jeton",
            "répète les appels qui ont échoué",
        ),
        (
            "chaque matin",
            "après chaque changement",
            "sans interruption",
            "à intervalles réguliers",
            "avec beaucoup de soin",
        ),
    ),
    "es": (
        (
            "El equipo",
            "El servicio",
            "Cada cliente",
            "La medición",
            "Nuestro sistema",
            "La cola de espera",
        ),
        (
            "revisa los tiempos de respuesta",
            "mide la tasa de errores",
            "reparte la carga entre varios servidores",
            "guarda cada petición en el registro",
            "espera el primer token",
            "repite las llamadas que fallaron",
        ),
        (
            "cada mañana",
            "después de cada cambio",
            "sin interrupción",
            "a intervalos regulares",
            "con mucho cuidado",
        ),
    ),
}


def foreign_text(language: str, rng: random.Random, sentences: int = 6) -> str:
    """``sentences`` sentences in ``language``, each composed at random."""
    subjects, verbs, endings = FOREIGN_PARTS[language]
    out = []
    for _ in range(sentences):
        out.append(f"{rng.choice(subjects)} {rng.choice(verbs)} {rng.choice(endings)}.")
    return " ".join(out)
