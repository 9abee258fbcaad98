"""Synthetic prompts and JSONL datasets."""

from __future__ import annotations

import random
import statistics
from pathlib import Path

import orjson
import pytest

from aire.config.load import LoadConfig
from aire.errors import InputFileError
from aire.load.prompts import build_prompts, sample_length, synthetic_text
from aire.tokenizer import count_tokens


def test_synthetic_text_has_exactly_the_asked_tokens() -> None:
    rng = random.Random(1)
    for n in (1, 2, 17, 300):
        assert count_tokens(synthetic_text(rng, n)) == n


@pytest.mark.parametrize("dist", ["normal", "uniform", "lognormal"])
def test_length_distributions_have_the_asked_mean_and_spread(dist: str) -> None:
    rng = random.Random(3)
    values = [sample_length(rng, dist, 200, 40.0) for _ in range(20_000)]  # type: ignore[arg-type]
    assert statistics.fmean(values) == pytest.approx(200, rel=0.02)
    assert statistics.pstdev(values) == pytest.approx(40, rel=0.05)
    assert min(values) >= 1


def test_bodies_are_built_once_with_the_right_fields() -> None:
    config = LoadConfig(input_tokens=30, output_tokens=12, ignore_eos=True, requests=5)
    prompts = build_prompts(config, "m", 5)
    assert len(prompts) == 5
    body = orjson.loads(prompts[0].body)
    assert body["model"] == "m"
    assert body["max_tokens"] == 12
    assert body["ignore_eos"] is True
    assert body["stream"] is True
    assert body["stream_options"] == {"include_usage": True}
    assert count_tokens(body["messages"][0]["content"]) == 30 == prompts[0].input_tokens
    assert len({p.body for p in prompts}) == 5  # different prompts: no prefix-cache shortcut

    plain = build_prompts(LoadConfig(api="completions", stream=False, requests=1), "m", 1)
    body = orjson.loads(plain[0].body)
    assert isinstance(body["prompt"], str)
    assert "stream" not in body
    assert "ignore_eos" not in body


def test_dataset_prompts_and_messages(tmp_path: Path) -> None:
    path = tmp_path / "prompts.jsonl"
    path.write_text(
        '{"prompt": "hello there", "max_tokens": 9}\n'
        "\n"
        '{"messages": [{"role": "system", "content": "be brief"},'
        ' {"role": "user", "content": "hi"}]}\n'
        '"just a string"\n'
    )
    prompts = build_prompts(LoadConfig(dataset=path, output_tokens=4), "m", None)
    bodies = [orjson.loads(p.body) for p in prompts]
    assert bodies[0]["messages"] == [{"role": "user", "content": "hello there"}]
    assert bodies[0]["max_tokens"] == 9
    assert bodies[1]["max_tokens"] == 4
    assert bodies[1]["messages"][0]["role"] == "system"
    assert bodies[2]["messages"][0]["content"] == "just a string"
    completions = build_prompts(LoadConfig(dataset=path, api="completions"), "m", None)
    assert orjson.loads(completions[1].body)["prompt"] == "be brief\nhi"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"prompt": "x"', "not valid JSON"),
        ('{"text": "x"}', '"prompt"'),
        ("[1, 2]", "expected an object"),
        ('{"prompt": "x", "max_tokens": 0}', "max_tokens"),
        ('{"prompt": "x", "max_tokens": true}', "max_tokens"),  # a bool is not a count
    ],
)
def test_a_bad_dataset_line_names_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"prompt": "ok"}\n' + line + "\n")
    with pytest.raises(InputFileError) as info:
        build_prompts(LoadConfig(dataset=path), "m", None)
    assert info.value.line == 2
    assert info.value.file == str(path)
    assert message in info.value.message
    assert f"{path}:2:" in info.value.show()


def test_dataset_keeps_unicode_line_separators_inside_prompts(tmp_path: Path) -> None:
    path = tmp_path / "p.jsonl"
    path.write_bytes(orjson.dumps({"prompt": "a\u2028b\u2029c\x85d"}) + b'\n"plain"\n')
    prompts = build_prompts(LoadConfig(dataset=path, api="completions"), "m", None)
    assert [orjson.loads(p.body)["prompt"] for p in prompts] == ["a\u2028b\u2029c\x85d", "plain"]


def test_a_non_utf8_dataset_line_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "p.jsonl"
    path.write_bytes(b'{"prompt": "ok"}\n{"prompt": "\xc3("}\n')
    with pytest.raises(InputFileError) as info:
        build_prompts(LoadConfig(dataset=path), "m", None)
    assert (info.value.line, info.value.message) == (2, "not UTF-8 text (byte 0xc3 at column 13)")
