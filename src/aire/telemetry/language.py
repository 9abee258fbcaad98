"""Language identification of answers and prompts (the one place aire does it).

``py3langid`` (a maintained fork of langid.py: a naive Bayes model over byte n-grams, 97
languages, its model shipped inside the package, 4.5 MB) when installed (extra
``quality``); measured here at 0.1-0.8 ms for a paragraph after a 1.7 s load, which
happens once in the quality worker process, never on the event loop. Texts shorter
than ``MIN_CHARS`` or identified with a probability below ``MIN_PROB`` get None (too
short to tell), as does everything when the package is missing.
"""

from __future__ import annotations

import functools
import threading
from typing import Any

__all__ = ["MIN_CHARS", "MIN_PROB", "LanguageIdentifier"]

MIN_CHARS = 24
MIN_PROB = 0.6
_HEAD = 400  # the first characters are enough, and bound the cost


class LanguageIdentifier:
    def __init__(self) -> None:
        self._model: Any = None
        self._tried = False
        self._lock = threading.Lock()

    @property
    def available(self) -> bool:
        return self._load() is not None

    def _load(self) -> Any:
        if not self._tried:
            with self._lock:
                if not self._tried:
                    try:
                        from py3langid.langid import MODEL_FILE
                        from py3langid.langid import LanguageIdentifier as Model
                    except ImportError:
                        self._model = None
                    else:
                        self._model = Model.from_model_file(MODEL_FILE, norm_probs=True)
                    self._tried = True
        return self._model

    @functools.lru_cache(maxsize=1024)  # noqa: B019 (one identifier per process)
    def identify_cached(self, text: str) -> str | None:
        """``identify`` for texts that repeat (prompts, system prompts)."""
        return self.identify(text)

    def identify(self, text: str) -> str | None:
        """ISO 639-1 code of ``text``'s language, or None when it cannot tell."""
        text = text.strip()
        if len(text) < MIN_CHARS:
            return None
        model = self._load()
        if model is None:
            return None
        lang, prob = model.classify(text[:_HEAD])
        return str(lang) if prob >= MIN_PROB else None
