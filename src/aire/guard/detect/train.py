"""Training of the hashed n-gram classifiers (needs the ``train`` extra: scikit-learn).

Only ``scripts/train_injection.py`` and the tests import this module; run time needs
numpy alone (``linear.LinearModel``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from aire.guard.detect.features import FeatureSpec, featurize
from aire.guard.detect.linear import LinearModel

__all__ = ["feature_matrix", "train_linear"]


def feature_matrix(texts: Sequence[str], spec: FeatureSpec) -> Any:
    """A scipy CSR matrix of ``featurize`` rows."""
    from scipy.sparse import csr_matrix  # type: ignore[import-untyped]

    indptr = [0]
    indices: list[npt.NDArray[np.int64]] = []
    data: list[npt.NDArray[np.float32]] = []
    for text in texts:
        idx, values = featurize(text, spec)
        indices.append(idx)
        data.append(values)
        indptr.append(indptr[-1] + len(idx))
    matrix = csr_matrix(
        (
            np.concatenate(data) if data else np.zeros(0, np.float32),
            np.concatenate(indices) if indices else np.zeros(0, np.int64),
            np.array(indptr),
        ),
        shape=(len(texts), spec.dim),
    )
    matrix.sum_duplicates()  # repeated n-grams become counts
    return matrix


def train_linear(
    texts: Sequence[str],
    labels: Sequence[int],
    *,
    spec: FeatureSpec | None = None,
    c: float = 4.0,
    threshold: float = 0.5,
    sample_weight: Sequence[float] | None = None,
) -> tuple[LinearModel, Any]:
    """Fit an L2 logistic regression (classes balanced by total weight); the model and the
    sklearn estimator."""
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    spec = spec or FeatureSpec()
    x = feature_matrix(texts, spec)
    y = np.asarray(labels)
    w = np.ones(len(y)) if sample_weight is None else np.asarray(sample_weight, dtype=float)
    # balanced classes by weight, so down-weighted rows do not shift the balance
    for cls in (0, 1):
        mask = y == cls
        if mask.any():
            w[mask] *= w.sum() / (2 * w[mask].sum())
    clf = LogisticRegression(C=c, max_iter=2000, solver="liblinear")
    clf.fit(x, y, sample_weight=w)
    weights = clf.coef_[0].astype(np.float32)
    # shipped weights are float16: train-time predictions must match what is shipped
    weights = weights.astype(np.float16).astype(np.float32)
    return LinearModel(weights, float(clf.intercept_[0]), spec, threshold), clf
