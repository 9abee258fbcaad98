"""The injection model tier as it was before the tierlat branch (commit 6aef80b): the old
``minilm-l2-int8`` graph (``QAttention``, ``SkipLayerNormalization``, a mask input) read
from git, loaded with the old session options, tokenized with ``encode_batch`` and pooled
as ``aire.embeddings`` did. For the A/B timing (tierlat_ab.py) and the equivalence check
(tierlat_equiv.py) in one process with the new code."""

from __future__ import annotations

import math
import subprocess
import tempfile
from pathlib import Path

import numpy as np
import onnxruntime as ort  # type: ignore[import-untyped]

from aire.guard.detect.model_tier import InjectionHead

ROOT = Path(__file__).resolve().parents[2]
OLD_COMMIT = "6aef80b"
GRAPH = "src/aire/embeddings/data/minilm-l2-int8.onnx"


class OldTier:
    """``predict(text)`` exactly as ``InjectionHead.predict`` computed it at 6aef80b."""

    def __init__(self, head: InjectionHead, tokenizer_json: str) -> None:
        from tokenizers import Tokenizer

        blob = subprocess.run(
            ["git", "-C", str(ROOT), "show", f"{OLD_COMMIT}:{GRAPH}"],
            check=True,
            capture_output=True,
        ).stdout
        with tempfile.NamedTemporaryFile(suffix=".onnx", delete=False) as f:
            f.write(blob)
            path = f.name
        self.head = head
        self.tokenizer = Tokenizer.from_str(tokenizer_json)
        self.tokenizer.enable_truncation(max_length=head.max_tokens)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.session = ort.InferenceSession(
            path, sess_options=opts, providers=["CPUExecutionProvider"]
        )
        Path(path).unlink()

    def vectors(self, texts: list[str]) -> np.ndarray:
        encs = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encs], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encs], dtype=np.int64)
        hidden = self.session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)

    def predict(self, text: str) -> float:
        z = self.vectors([text]) @ self.head.weights + self.head.bias
        v = float(z[0])
        return 1.0 / (1.0 + math.exp(-v)) if v > -30 else 0.0
