"""What the simulated model answers: text, JSON or a tool call, as a list of tokens.

The answer is decided up front (a real engine does not know it, but the simulator must
know its length to reserve KV cache); timing is applied later by the runner.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import orjson

from aire.config.sim import DegradationSpec, SimConfig
from aire.sim.corpus import CORPUS, OFF_TOPIC
from aire.sim.paraphrase import foreign_text, refusal_text
from aire.sim.schema import SchemaError, synthesize, violate
from aire.sim.script import Script
from aire.tokenizer import tokenize

__all__ = ["Choice", "GenRequest", "Generator", "ToolDef"]

# a leading space and no trailing one: the text wraps around with its words kept apart
_CORPUS_TOKENS = tokenize(" " + CORPUS.strip())
_SENTENCE_STARTS = [0] + [
    i + 1
    for i, tok in enumerate(_CORPUS_TOKENS[:-1])
    if tok == "." and _CORPUS_TOKENS[i + 1].strip()  # not the corpus's trailing space
]
_CORPUS_JSON = [orjson.dumps(t) for t in _CORPUS_TOKENS]
_SQRT6 = math.sqrt(6.0)  # (U1 + U2 - 1) * sqrt(6) has mean 0 and standard deviation 1
_OFF_TOPIC_TOKENS = tokenize(" " + OFF_TOPIC.strip())


@dataclass(frozen=True, slots=True)
class ToolDef:
    name: str
    description: str = ""
    parameters: dict[str, Any] | None = None


@dataclass(slots=True)
class GenRequest:
    """A model request, whatever API it came from."""

    model: str
    prompt_tokens: int
    last_user: str
    limit: int
    n: int = 1
    stop: Sequence[str] = ()
    seed: int | None = None
    ignore_eos: bool = False
    json_mode: bool = False
    json_schema: dict[str, Any] | None = None
    tools: Sequence[ToolDef] = ()
    tool_choice: str = "auto"  # none | auto | required | <function name>
    last_role: str = "user"


@dataclass(slots=True)
class Choice:
    """One answer: its tokens (for a tool call, the arguments' JSON text)."""

    tokens: list[str]
    finish_reason: str  # stop | length | tool_calls
    tool_name: str | None = None
    tool_id: str | None = None
    stop_sequence: str | None = None
    degraded: str | None = None
    #: each token as a JSON string, valid while ``tokens`` is still the list ``encoded_for``
    #: (any reassignment of ``tokens`` drops it); built for free from the corpus
    encoded: list[bytes] | None = None
    encoded_for: list[str] | None = None

    @property
    def text(self) -> str:
        return "".join(self.tokens)

    def encoded_tokens(self) -> list[bytes] | None:
        """The JSON strings of ``tokens`` if they are known, else None."""
        return self.encoded if self.encoded_for is self.tokens else None


class Generator:
    def __init__(self, config: SimConfig, script: Script | None) -> None:
        self.config = config
        self.script = script

    def plan(
        self, req: GenRequest, rng: random.Random, degradation: DegradationSpec | None
    ) -> list[Choice]:
        content_rng = random.Random(req.seed) if req.seed is not None else rng
        if req.n == 1 and degradation is None:  # the common case, without the loop
            return [self._finish(self._one(req, content_rng, req.limit), req)]
        # without a degradation (which needs the natural length) the answer can stop at the
        # token limit as it is drawn, instead of being drawn whole and cut
        cap = req.limit if degradation is None else None
        choices: list[Choice] = []
        for _ in range(req.n):
            choice = self._one(req, content_rng, cap)
            for _retry in range(4 if choices else 0):  # n samples rarely coincide: draw again
                head = choice.tokens[: req.limit]
                if not any(c.tokens == head for c in choices):
                    break
                choice = self._one(req, content_rng, cap)
            if degradation is not None:
                choice = self._degrade(choice, req, content_rng, degradation)
            choices.append(self._finish(choice, req))
        return choices

    def _one(self, req: GenRequest, rng: random.Random, cap: int | None = None) -> Choice:
        cfg = self.config
        matched = None
        if cfg.mode == "script" and self.script is not None:
            matched = self.script.match(req.last_user, req.model)
        tool = None
        if req.tools:
            tool = self._pick_tool(
                req, matched.tool_call.name if matched and matched.tool_call else None
            )
        if tool is not None:
            if matched is not None and matched.tool_call is not None:
                args: Any = matched.tool_call.arguments
            else:
                args = self._synth(tool.parameters or {"type": "object"}, rng)
            return Choice(
                tokenize(orjson.dumps(args).decode()),
                "tool_calls",
                tool_name=tool.name,
                tool_id=f"call_{rng.getrandbits(64):016x}",
            )
        if matched is not None and matched.text is not None:
            text = matched.text
            if req.json_schema is not None or req.json_mode:
                text = self._as_json(text, req, rng)
            return Choice(tokenize(text), matched.finish_reason or "stop")
        if req.json_schema is not None or req.json_mode:
            base = req.last_user if cfg.mode == "echo" else self._random_text(rng, 24)
            return Choice(tokenize(self._as_json(base, req, rng)), "stop")
        if cfg.mode == "echo":
            return Choice(tokenize(req.last_user), "stop")
        length = self._length(req, rng)
        if cap is not None and length > cap:
            return self._random_choice(rng, cap, "length")
        return self._random_choice(rng, length, "stop")

    def _pick_tool(self, req: GenRequest, scripted: str | None) -> ToolDef | None:
        if not req.tools or req.tool_choice == "none":
            return None
        by_name = {t.name: t for t in req.tools}
        if req.tool_choice not in ("auto", "required"):
            return by_name.get(req.tool_choice)
        if scripted is not None:
            return by_name.get(scripted, ToolDef(scripted))
        if req.tool_choice == "auto" and req.last_role == "tool":
            return None  # the tool result came back: now answer in text
        words = set(req.last_user.lower().replace("_", " ").split())
        for tool in req.tools:
            name_words = set(tool.name.lower().replace("_", " ").replace("-", " ").split())
            if name_words & words:
                return tool
        return req.tools[0] if req.tool_choice == "required" else None

    def _synth(self, schema: dict[str, Any], rng: random.Random) -> Any:
        try:
            return synthesize(schema, rng)
        except SchemaError:
            return {}

    def _as_json(self, text: str, req: GenRequest, rng: random.Random) -> str:
        try:
            value = orjson.loads(text)
            if req.json_schema is None or isinstance(value, dict):
                return text
        except orjson.JSONDecodeError:
            pass
        if req.json_schema is not None:
            return orjson.dumps(self._synth(req.json_schema, rng)).decode()
        return orjson.dumps({"answer": text}).decode()

    def _length(self, req: GenRequest, rng: random.Random) -> int:
        if req.ignore_eos:
            return req.limit
        cfg = self.config
        mean = cfg.output_tokens
        if not cfg.output_tokens_jitter:
            return mean
        # a triangular spread with the configured standard deviation: two uniform draws
        # cost a fifth of a gauss() and the tails stay within 2.45 sd
        spread = (rng.random() + rng.random() - 1.0) * _SQRT6
        return max(1, round(mean * (1.0 + cfg.output_tokens_jitter * spread)))

    def _random_choice(self, rng: random.Random, n: int, finish_reason: str) -> Choice:
        """An answer of ``n`` corpus tokens, with their JSON strings sliced alongside."""
        start = _SENTENCE_STARTS[int(rng.random() * len(_SENTENCE_STARTS))]
        end = start + n
        if end > len(_CORPUS_TOKENS) or n <= 0:  # wraps around the corpus: the general way
            return Choice(self._random_tokens(rng, n), finish_reason)
        tokens = _CORPUS_TOKENS[start:end]
        encoded = _CORPUS_JSON[start:end]
        first = tokens[0]
        if first.startswith(" ") and len(first) > 1:  # the answer does not start with a space
            tokens[0] = first = first[1:]
            encoded[0] = orjson.dumps(first)
        return Choice(tokens, finish_reason, encoded=encoded, encoded_for=tokens)

    def _random_tokens(self, rng: random.Random, n: int, first: bool = True) -> list[str]:
        """``n`` corpus tokens from a sentence start (``first``: the start of the answer)."""
        start = _SENTENCE_STARTS[int(rng.random() * len(_SENTENCE_STARTS))]
        out: list[str] = []
        size = len(_CORPUS_TOKENS)
        while len(out) < n:
            take = min(n - len(out), size - start)
            out.extend(_CORPUS_TOKENS[start : start + take])
            start = 0
        if first and out and out[0].startswith(" "):
            out[0] = out[0][1:] or out[0]
        elif not first and out and not out[0].startswith(" "):
            out[0] = " " + out[0]  # a continuation: keep the words apart
        return out

    def _random_text(self, rng: random.Random, n: int) -> str:
        return "".join(self._random_tokens(rng, n))

    def _degrade(
        self, choice: Choice, req: GenRequest, rng: random.Random, spec: DegradationSpec
    ) -> Choice:
        n = max(1, len(choice.tokens))
        kind = spec.kind
        if kind == "schema":
            if choice.tool_name is not None:
                tool = next((t for t in req.tools if t.name == choice.tool_name), None)
                bad = violate((tool.parameters if tool else None) or {"type": "object"}, rng)
                choice.tokens = tokenize(orjson.dumps(bad).decode())
            elif req.json_schema is not None:
                choice.tokens = tokenize(orjson.dumps(violate(req.json_schema, rng)).decode())
            elif req.json_mode:
                text = choice.text
                choice.tokens = tokenize(text[: max(1, len(text) // 2)])  # truncated JSON
            else:
                return choice
        elif kind == "refusal":
            return Choice(tokenize(refusal_text(rng)), "stop", degraded=kind)
        elif kind == "length":
            target = max(1, round(n * spec.factor))
            if choice.tool_name is not None:
                return choice
            if target <= n:
                choice.tokens = choice.tokens[:target]
            else:
                choice.tokens = choice.tokens + self._random_tokens(rng, target - n, first=False)
        elif kind == "language":
            foreign = tokenize(" " + foreign_text(spec.language, rng, sentences=3 + n // 8))
            choice = Choice(_cycle(foreign, n), "stop")
        elif kind == "content":
            choice = Choice(_cycle(_OFF_TOPIC_TOKENS, n), "stop")
        choice.degraded = kind
        return choice

    def _finish(self, choice: Choice, req: GenRequest) -> Choice:
        """Apply stop sequences and the token limit, which a model cannot ignore."""
        if req.stop and choice.tool_name is None:
            text = choice.text
            cut, hit = len(text), None
            for stop in req.stop:
                at = text.find(stop)
                if 0 <= at < cut:
                    cut, hit = at, stop
            if hit is not None:
                choice.tokens = tokenize(text[:cut])
                choice.finish_reason = "stop"
                choice.stop_sequence = hit
        if len(choice.tokens) > req.limit:
            choice.tokens = choice.tokens[: req.limit]
            choice.finish_reason = "length"
        elif req.ignore_eos and len(choice.tokens) == req.limit and choice.stop_sequence is None:
            choice.finish_reason = "length"  # it ran to max_tokens, as vLLM reports it
        return choice


def _cycle(tokens: list[str], n: int) -> list[str]:
    """``n`` tokens of a text repeated; the answer does not start with a space."""
    out: list[str] = []
    while len(out) < n:
        out.extend(tokens[: n - len(out)])
    if out:
        out[0] = out[0].lstrip() or out[0]
    return out
