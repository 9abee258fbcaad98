"""The injection detector's model tier: a logistic head on MiniLM sentence embeddings.

Used only where the fast tier (classifier + rules) is unsure, i.e. its score falls in
the ``uncertain`` band of the scanner (default 0.35-0.8): a clear yes (an override
phrase, a chat-template marker) or a clear no (most traffic) never pays for it. The
head (``aire/guard/data/injection_head.npz``: 384 weights, its threshold, the name of the
embedding model it was trained on and its window) is trained by
``scripts/train_injection_head.py``; the embeddings come from ``aire.embeddings`` (the
``ml`` extra): the shipped head uses ``minilm-l2-int8`` (the first two layers of
all-MiniLM-L6-v2, int8 compute) on a 512-token window, ~23 ms CPU on one core. Loaded at
the first use; ``onnxruntime`` releases the GIL while it runs, and the gateway runs a
policy with the model tier in a worker thread, so the event loop is never held.

A head file may also name its own graph (``model_file``, a file next to it): an ONNX graph
of the same architecture with other weights, e.g. the end-to-end fine-tuned layers that
``scripts/finetune_injection.py --ship`` writes. None ships yet: on 2026-12-05 the
fine-tuned model was better in grouped CV but worse across sources than this head (see
benchmarks/guard/RESULTS.md).
"""

from __future__ import annotations

import functools
import math
import threading
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from aire.errors import ConfigError

if TYPE_CHECKING:
    from aire.embeddings import Embedder

__all__ = ["InjectionHead", "default_head"]


class InjectionHead:
    """``predict(text)``: probability that ``text`` is an injection, from its embedding."""

    __slots__ = (
        "band",
        "bias",
        "blend_weight",
        "max_tokens",
        "model",
        "model_file",
        "threshold",
        "weights",
    )

    def __init__(
        self,
        weights: npt.NDArray[np.float32],
        bias: float,
        threshold: float,
        *,
        model: str = "minilm-l6",
        max_tokens: int = 256,
        band: tuple[float, float] = (0.35, 0.8),
        blend_weight: float = 0.3,
        model_file: str | Path | None = None,
    ) -> None:
        if weights.shape != (384,):
            raise ConfigError(f"model-tier head has {weights.shape} weights, needs (384,)")
        self.weights = weights.astype(np.float32)
        self.bias = float(bias)
        self.threshold = float(threshold)
        #: the aire.embeddings model and window the head was trained on
        self.model = model
        self.max_tokens = max_tokens
        #: the fast scores [low, high) sent to the model and its share of the blended
        #: score, chosen on development data by scripts/calibrate_model_tier.py
        self.band = band
        self.blend_weight = blend_weight
        #: an ONNX graph of ``model``'s architecture with its own (fine-tuned) weights,
        #: used instead of the ``aire.embeddings`` file of that name; None: that file
        self.model_file = Path(model_file) if model_file is not None else None

    @classmethod
    def load(cls, path: str | Path) -> InjectionHead:
        try:
            with np.load(path, allow_pickle=False) as data:
                # heads written before the model name was stored used minilm-l6, 256 tokens
                model = str(data["model_id"]) if "model_id" in data.files else "minilm-l6"
                if model == "all-MiniLM-L6-v2-onnx-int8":
                    model = "minilm-l6"
                tokens = int(data["max_tokens"]) if "max_tokens" in data.files else 256
                band = (
                    (float(data["band_low"]), float(data["band_high"]))
                    if "band_low" in data.files
                    else (0.35, 0.8)
                )
                weight = float(data["blend_weight"]) if "blend_weight" in data.files else 0.3
                # a fine-tuned graph: a file name next to the head's file
                model_file = (
                    Path(path).parent / str(data["model_file"])
                    if "model_file" in data.files
                    else None
                )
                if model_file is not None and not model_file.is_file():
                    raise ConfigError(f"the model-tier graph {model_file} is missing")
                return cls(
                    data["weights"],
                    float(data["bias"]),
                    float(data["threshold"]),
                    model=model,
                    max_tokens=tokens,
                    band=band,
                    blend_weight=weight,
                    model_file=model_file,
                )
        except (OSError, KeyError, ValueError) as exc:
            raise ConfigError(f"cannot load the model-tier head from {path}: {exc}") from exc

    def predict_vectors(self, vectors: npt.NDArray[np.float32]) -> list[float]:
        z = vectors @ self.weights + self.bias
        return [1.0 / (1.0 + math.exp(-float(v))) if v > -30 else 0.0 for v in z]

    def predict(self, text: str) -> float:
        if self.model_file is not None:
            vectors = _embedder(str(self.model_file), self.model, self.max_tokens)([text])
        else:
            from aire.embeddings import embed

            vectors = embed([text], model=self.model, max_tokens=self.max_tokens)
        return self.predict_vectors(vectors)[0]


_EMBED_LOCK = threading.Lock()


@functools.cache
def _load_embedder(path: str, model: str, max_tokens: int) -> Embedder:
    from aire.embeddings import Embedder

    return Embedder(path, model=model, max_tokens=max_tokens, threads=1)


def _embedder(path: str, model: str, max_tokens: int) -> Embedder:
    """The process-wide session of a fine-tuned graph, loaded at the first use."""
    with _EMBED_LOCK:
        return _load_embedder(path, model, max_tokens)


@functools.cache
def default_head() -> InjectionHead:
    """The shipped head; checks that the ``ml`` extra is there, loads nothing else yet."""
    from aire.embeddings import available

    if not available():
        raise ConfigError("prompt_injection model_tier needs the ml extra: pip install 'aire[ml]'")
    ref = resources.files("aire.guard") / "data" / "injection_head.npz"
    with resources.as_file(ref) as path:
        return InjectionHead.load(path)
