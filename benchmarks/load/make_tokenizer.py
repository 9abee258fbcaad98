"""Build a local Hugging Face tokenizer for guidellm, with no download.

guidellm needs a tokenizer to build synthetic prompts and count tokens, and the usual
ones come from the Hugging Face Hub, which this machine cannot reach. This writes a
word-level ``tokenizer.json`` (one token per word or punctuation mark, like aire's
built-in tokenizer) over Faker's lorem vocabulary, which guidellm's synthetic text uses.
``AutoTokenizer.from_pretrained(DIR)`` then loads it offline (HF_HUB_OFFLINE=1).

Run with the guidellm venv's python (it has ``tokenizers``, ``transformers``, ``faker``):

    /work/venvs/guidellm/bin/python benchmarks/load/make_tokenizer.py /work/venvs/word-tokenizer
"""

from __future__ import annotations

import json
import string
import sys
from pathlib import Path

from faker.providers.lorem.en_US import Provider
from tokenizers import Tokenizer, decoders, models, pre_tokenizers


def main(out: Path) -> None:
    words = sorted(
        {w.lower() for w in Provider.word_list} | {w.title() for w in Provider.word_list}
    )
    vocab = {"[UNK]": 0}
    for token in [*words, *string.punctuation, *string.digits]:
        vocab.setdefault(token, len(vocab))
    tok = Tokenizer(models.WordLevel(vocab=vocab, unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    tok.decoder = decoders.WordPiece(prefix="##")  # joins words with spaces
    out.mkdir(parents=True, exist_ok=True)
    tok.save(str(out / "tokenizer.json"))
    config = {
        "tokenizer_class": "PreTrainedTokenizerFast",
        "unk_token": "[UNK]",
        "model_max_length": 1_000_000,
    }
    (out / "tokenizer_config.json").write_text(json.dumps(config, indent=2))
    print(f"wrote {out} ({len(vocab)} tokens)")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/venvs/word-tokenizer"))
