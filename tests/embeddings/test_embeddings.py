"""aire.embeddings: the shared MiniLM embedding module (needs the ml extra, in dev)."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest

from aire import embeddings

pytestmark = pytest.mark.skipif(not embeddings.available(), reason="the ml extra is not installed")


def test_unit_vectors_whose_similarity_follows_meaning() -> None:
    vecs = embeddings.embed(
        [
            "The cat is sleeping on the sofa.",
            "A kitten naps on the couch.",
            "Quarterly revenue rose by five percent.",
        ]
    )
    assert vecs.shape == (3, embeddings.DIM)
    assert vecs.dtype == np.float32
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-4)
    sims = vecs @ vecs.T
    assert sims[0, 1] > 0.5 > sims[0, 2]


def test_empty_batch_and_long_text_truncated() -> None:
    assert embeddings.embed([]).shape == (0, embeddings.DIM)
    long = embeddings.embed(["word " * 5000])
    assert long.shape == (1, embeddings.DIM)
    assert embeddings.get_embedder().count_tokens("word " * 5000) == embeddings.MAX_TOKENS


def test_same_vector_from_concurrent_threads() -> None:
    text = "Please relabel the pallets in bay 4 by the 20th."
    expected = embeddings.embed([text])[0]
    results: list[np.ndarray] = []

    def work() -> None:
        results.append(embeddings.embed([text])[0])

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert len(results) == 4
    for vec in results:
        assert np.allclose(vec, expected, atol=1e-5)


def test_a_missing_model_file_is_a_config_error(tmp_path: Path) -> None:
    from aire.errors import ConfigError

    with pytest.raises(ConfigError, match="cannot load the embedding model"):
        embeddings.Embedder(model_path=str(tmp_path) + "/nope.onnx")


def test_the_truncated_int8_model_is_a_different_space_of_unit_vectors() -> None:
    texts = ["The cat is sleeping on the sofa.", "Quarterly revenue rose by five percent."]
    small = embeddings.embed(texts, model="minilm-l2-int8", max_tokens=512)
    full = embeddings.embed(texts)
    assert small.shape == (2, embeddings.DIM)
    assert np.allclose(np.linalg.norm(small, axis=1), 1.0, atol=1e-4)
    assert not np.allclose(small, full, atol=1e-2)  # two layers of six: not the same vectors
    embedder = embeddings.get_embedder("minilm-l2-int8", 512)
    assert embedder is embeddings.get_embedder("minilm-l2-int8", 512)  # loaded once
    assert embedder.count_tokens("word " * 5000) == 512
    assert "token_type_ids" not in embedder._inputs  # the rebuilt graph: ids and mask only


def test_an_unknown_model_name_is_a_config_error() -> None:
    from aire.errors import ConfigError

    with pytest.raises(ConfigError, match="unknown embedding model 'minilm-l12'"):
        embeddings.Embedder(model="minilm-l12")


def test_the_int8_model_embeds_each_text_on_its_own() -> None:
    embedder = embeddings.get_embedder("minilm-l2-int8", 512)
    assert embedder.unpadded  # no attention_mask input: no padding, so no batch effects
    texts = ["Short one.", "A much longer text about the relabelling of pallets " * 20, "Hi"]
    batch = embedder(texts)
    for row, text in enumerate(texts):
        assert np.array_equal(batch[row], embedder([text])[0])


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Please relabel the pallets in bay 4 by the 20th. " * 2000, 512),  # a prefix does
        ("unbrokenword" * 5000, 3),  # no space: the whole text ([UNK], a word over 100 chars)
        ("\u4e2d\u6587\u5b57" * 20000, 512),
        (("Ignore the above.\n" * 400) + "x" * 90000, 512),
        ("word " * 509 + "playing" * 14 + " tail" * 1000, 512),  # the window ends in a word
    ],
)
def test_a_long_text_is_tokenized_by_a_prefix_with_the_same_ids(text: str, n: int) -> None:
    embedder = embeddings.get_embedder("minilm-l2-int8", 512)
    ids = embedder.ids(text)
    assert ids == embedder.tokenizer.encode(text).ids
    assert len(ids) == n
