"""The injection detector's model tier: a logistic head on MiniLM sentence embeddings.

Used only where the fast tier (classifier + rules) is unsure, i.e. its score falls in
the ``uncertain`` band of the scanner (default 0.35-0.8): a clear yes (an override
phrase, a chat-template marker) or a clear no (most traffic) never pays for it. The
head (``aire/guard/data/injection_head.npz``, 384 weights) is trained by
``scripts/train_injection_head.py``; the embeddings come from ``aire.embeddings`` (the
``ml`` extra). Loaded at the first use; ``onnxruntime`` releases the GIL while it runs,
and the gateway runs a policy with the model tier in a worker thread, so the event loop
is never held for the ~30-100 ms it costs.
"""

from __future__ import annotations

import functools
import math
from importlib import resources
from pathlib import Path

import numpy as np
import numpy.typing as npt

from aire.errors import ConfigError

__all__ = ["InjectionHead", "default_head"]


class InjectionHead:
    """``predict(text)``: probability that ``text`` is an injection, from its embedding."""

    __slots__ = ("bias", "threshold", "weights")

    def __init__(self, weights: npt.NDArray[np.float32], bias: float, threshold: float) -> None:
        if weights.shape != (384,):
            raise ConfigError(f"model-tier head has {weights.shape} weights, needs (384,)")
        self.weights = weights.astype(np.float32)
        self.bias = float(bias)
        self.threshold = float(threshold)

    @classmethod
    def load(cls, path: str | Path) -> InjectionHead:
        try:
            with np.load(path, allow_pickle=False) as data:
                return cls(data["weights"], float(data["bias"]), float(data["threshold"]))
        except (OSError, KeyError, ValueError) as exc:
            raise ConfigError(f"cannot load the model-tier head from {path}: {exc}") from exc

    def predict_vectors(self, vectors: npt.NDArray[np.float32]) -> list[float]:
        z = vectors @ self.weights + self.bias
        return [1.0 / (1.0 + math.exp(-float(v))) if v > -30 else 0.0 for v in z]

    def predict(self, text: str) -> float:
        from aire.embeddings import embed

        return self.predict_vectors(embed([text]))[0]


@functools.cache
def default_head() -> InjectionHead:
    """The shipped head; checks that the ``ml`` extra is there, loads nothing else yet."""
    from aire.embeddings import available

    if not available():
        raise ConfigError("prompt_injection model_tier needs the ml extra: pip install 'aire[ml]'")
    ref = resources.files("aire.guard") / "data" / "injection_head.npz"
    with resources.as_file(ref) as path:
        return InjectionHead.load(path)
