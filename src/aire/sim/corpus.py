"""Built-in text the simulator answers with (written for aire; no third-party text).

Degraded answers (refusals, other languages) are composed in ``aire.sim.paraphrase``;
``REFUSALS`` and ``FOREIGN`` are a few fixed examples kept for callers that want them.
"""

from __future__ import annotations

__all__ = ["CORPUS", "FOREIGN", "OFF_TOPIC", "REFUSALS"]

CORPUS = (
    "Reliable systems are built from unreliable parts, so the first step is to measure "
    "what users actually experience. A service level objective turns that measurement "
    "into a promise: for example, ninety-nine percent of requests answered within two "
    "seconds over thirty days. The error budget is what remains of the promise, and it "
    "tells a team when to ship faster and when to slow down. When a dependency fails, a "
    "well designed client retries with exponential backoff and jitter, but only a limited "
    "share of its traffic, so that a struggling server is not buried under repeated "
    "calls. A circuit breaker watches the recent failures of each upstream and stops "
    "sending work to one that keeps failing, then lets a few probe requests through to "
    "see whether it has recovered. Timeouts matter as much as retries: a request that "
    "waits forever holds a connection, a worker and a user. Streaming responses need "
    "their own timeouts, one for the first token and one for the silence between tokens. "
    "Capacity planning starts from a load test that raises concurrency step by step and "
    "records latency at each step. The knee of the curve is where queueing begins, and a "
    "system should run comfortably below it. Caches help when the same question comes "
    "back often, while rate limits and budgets protect shared resources from a single "
    "noisy client. Good dashboards show the rate of requests, the rate of errors and the "
    "distribution of latency, and they make it easy to compare today with last week. "
    "Language models add new ways to fail: an answer can be fluent and wrong, a format "
    "can drift, and a model update can change behaviour without any error at all. That "
    "is why evaluations run on a fixed set of questions before every release, and why "
    "production traffic is watched for drift in length, tone and structure. Guardrails "
    "check inputs for injected instructions and leaked secrets, and check outputs for "
    "personal data and broken schemas. None of these measures is perfect on its own, "
    "but together they turn a clever demo into a service that people can depend on. "
    "The weather today is mild, with light wind from the west and a chance of rain in "
    "the evening. Bread rises when yeast ferments the sugars in the dough, which is why "
    "warm kitchens bake faster. Rivers carry sediment from the mountains to the sea, "
    "shaping valleys over thousands of years. "
)

FOREIGN = {
    "de": (
        "Zuverlässige Systeme entstehen aus unzuverlässigen Teilen, deshalb misst man "
        "zuerst, was die Nutzer tatsächlich erleben. Ein Dienstziel macht aus dieser "
        "Messung ein Versprechen, und das Fehlerbudget zeigt, wie viel davon noch übrig "
        "ist. Wenn ein Dienst ausfällt, versucht ein guter Client es später erneut, aber "
        "nur in begrenztem Umfang. Das Wetter ist heute mild, am Abend kann es regnen. "
    ),
    "fr": (
        "Les systèmes fiables sont construits à partir de pièces peu fiables, c'est "
        "pourquoi on mesure d'abord ce que vivent vraiment les utilisateurs. Un objectif "
        "de niveau de service transforme cette mesure en promesse, et le budget d'erreur "
        "indique ce qu'il en reste. Quand une dépendance tombe en panne, un bon client "
        "réessaie plus tard, mais avec modération. Il fait doux aujourd'hui. "
    ),
    "es": (
        "Los sistemas fiables se construyen con piezas poco fiables, por eso primero se "
        "mide lo que realmente viven los usuarios. Un objetivo de nivel de servicio "
        "convierte esa medida en una promesa, y el presupuesto de errores dice cuánto "
        "queda. Cuando una dependencia falla, un buen cliente vuelve a intentarlo más "
        "tarde, pero con moderación. Hoy hace un tiempo agradable. "
    ),
}

OFF_TOPIC = (
    "As an interesting fact, the banana is botanically a berry. As an interesting fact, "
    "the banana is botanically a berry. As an interesting fact, the banana is "
    "botanically a berry. "
)

REFUSALS = (
    "I'm sorry, but I can't help with that request.",
    "I'm sorry, I cannot assist with that.",
    "I apologize, but I am unable to provide that information.",
    "As an AI language model, I can't help with this request.",
    "I won't be able to help with that, but I'm happy to help with something else.",
)
