"""A hashed n-gram logistic regression loaded from ``.npz`` with numpy only.

The file holds ``weights`` (float16, one per hash bucket), ``bias``, ``threshold``, the
``spec`` of the features and their ``norm``; ``scripts/train_injection.py`` writes it.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import numpy.typing as npt

from aire.errors import ConfigError
from aire.guard.detect.features import FeatureSpec, featurize

__all__ = ["LinearModel"]


class LinearModel:
    """``predict(text)`` is the probability of the positive class."""

    __slots__ = ("bias", "spec", "threshold", "weights")

    def __init__(
        self,
        weights: npt.NDArray[np.float32],
        bias: float,
        spec: FeatureSpec,
        threshold: float = 0.5,
    ) -> None:
        if weights.shape != (spec.dim,):
            raise ConfigError(f"model has {weights.shape[0]} weights, features need {spec.dim}")
        self.weights = weights.astype(np.float32)
        self.bias = float(bias)
        self.spec = spec
        self.threshold = float(threshold)

    @classmethod
    def load(cls, path: str | Path) -> LinearModel:
        try:
            with np.load(path, allow_pickle=False) as data:
                # files without "norm" predate it and used the sqrt_n scaling
                norm = str(data["norm"]) if "norm" in data.files else "sqrt_n"
                # files without "mask" predate it and hashed links and addresses as text
                mask = bool(data["mask"]) if "mask" in data.files else False
                return cls(
                    data["weights"].astype(np.float32),
                    float(data["bias"]),
                    FeatureSpec.from_array(data["spec"], norm=norm, mask=mask),
                    float(data["threshold"]),
                )
        except (OSError, KeyError, ValueError) as exc:
            raise ConfigError(f"cannot load classifier weights from {path}: {exc}") from exc

    def save(self, path: str | Path) -> None:
        np.savez_compressed(
            path,
            weights=self.weights.astype(np.float16),
            bias=np.float64(self.bias),
            threshold=np.float64(self.threshold),
            spec=self.spec.to_array(),
            norm=np.str_(self.spec.norm),
            mask=np.bool_(self.spec.mask),
        )

    def decision(self, text: str) -> float:
        idx, values = featurize(text, self.spec)
        return float(np.dot(self.weights[idx], values)) + self.bias

    def predict(self, text: str) -> float:
        z = self.decision(text)
        return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0
