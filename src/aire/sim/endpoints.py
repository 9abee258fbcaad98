"""Translate each API's request into the simulator's GenRequest, and compute embeddings."""

from __future__ import annotations

import base64
import math
import struct
import zlib
from collections.abc import Sequence
from typing import Any

import orjson

from aire.errors import ContextLengthExceeded, InvalidRequest
from aire.protocol.anthropic import MessagesRequest, blocks_text
from aire.protocol.openai import (
    ChatCompletionRequest,
    CompletionRequest,
    EmbeddingRequest,
    message_text,
)
from aire.sim.generate import GenRequest, ToolDef
from aire.tokenizer import count_tokens, tokenize

__all__ = [
    "chat_request",
    "completion_requests",
    "embed",
    "messages_request",
    "simple_chat",
    "simple_chat_request",
]

_counts: dict[str, int] = {}


def _count(text: str) -> int:
    """count_tokens, remembered: system prompts and few-shot turns repeat in every request."""
    n = _counts.get(text)
    if n is None:
        n = count_tokens(text)
        if len(_counts) >= 8192:
            _counts.clear()  # bounded: a cheap reset beats bookkeeping on the hot path
        if len(text) <= 4096:
            _counts[text] = n
    return n


# Tokens a chat template adds around each message and before the answer (OpenAI's rule).
_PER_MESSAGE = 4
_PER_REPLY = 3


def _limit(requested: int | None, prompt_tokens: int, max_model_len: int, param: str) -> int:
    limit = requested if requested is not None else max_model_len - prompt_tokens
    if prompt_tokens + max(limit, 1) > max_model_len:
        raise ContextLengthExceeded(
            f"This model's maximum context length is {max_model_len} tokens. However, you "
            f"requested {prompt_tokens + max(limit, 0)} tokens ({prompt_tokens} in the "
            f"messages, {max(limit, 0)} in the completion). Please reduce the length of the "
            "messages or completion.",
            param=param,
        )
    return limit


def _json_request(fmt: Any) -> tuple[bool, dict[str, Any] | None]:
    if fmt is None or fmt.type == "text":
        return False, None
    if fmt.type == "json_object":
        return True, None
    if fmt.json_schema is None or fmt.json_schema.schema_ is None:
        raise InvalidRequest(
            "response_format.json_schema.schema is required for type json_schema",
            param="response_format",
        )
    return True, fmt.json_schema.schema_


def chat_request(req: ChatCompletionRequest, max_model_len: int) -> GenRequest:
    prompt_tokens = _PER_REPLY
    last_user = ""
    for message in req.messages:
        content = message.content
        text = content if isinstance(content, str) else message_text(content)
        prompt_tokens += _count(text) + _PER_MESSAGE
        if message.role == "user":
            last_user = text
    tools: Sequence[ToolDef] = ()
    tool_choice = "auto"
    if req.tools:
        tools = [
            ToolDef(t.function.name, t.function.description or "", t.function.parameters)
            for t in req.tools
        ]
        prompt_tokens += _count(orjson.dumps([t.model_dump() for t in req.tools]).decode())
    choice = req.tool_choice
    if isinstance(choice, dict):
        function = choice.get("function")
        name = function.get("name") if isinstance(function, dict) else None
        if not name or not isinstance(name, str):
            raise InvalidRequest("tool_choice.function.name is required", param="tool_choice")
        if name not in {t.name for t in tools}:
            raise InvalidRequest(
                f"tool_choice names an unknown function {name!r}", param="tool_choice"
            )
        tool_choice = str(name)
    elif choice:
        tool_choice = choice
    json_mode, schema = _json_request(req.response_format) if req.response_format else (False, None)
    stop = req.stop
    return GenRequest(
        model=req.model,
        prompt_tokens=prompt_tokens,
        last_user=last_user,
        limit=_limit(req.output_limit(), prompt_tokens, max_model_len, "messages"),
        n=req.n,
        stop=[] if stop is None else req.stop_list(),
        seed=req.seed,
        ignore_eos=req.ignore_eos,
        json_mode=json_mode,
        json_schema=schema,
        tools=tools,
        tool_choice=tool_choice,
        last_role=req.messages[-1].role,
    )


# The plain chat request (text messages, sampling knobs) is most of the traffic: it is
# checked by hand here, so it skips building pydantic models. Anything else (tools,
# response_format, content parts, an unusual type) goes through the full validation.
_SIMPLE_ROLES = frozenset(("system", "developer", "user", "assistant"))
_MESSAGE_KEYS = frozenset(("role", "content", "name"))


def _is_number(value: Any, low: float, high: float) -> bool:
    return type(value) in (int, float) and low <= value <= high


class SimpleChat:
    """A plain chat request checked by ``simple_chat``, with its prompt already counted."""

    __slots__ = ("data", "last_user", "prompt_tokens")

    def __init__(self, data: dict[str, Any], prompt_tokens: int, last_user: str) -> None:
        self.data = data
        self.prompt_tokens = prompt_tokens
        self.last_user = last_user


def simple_chat(body: bytes) -> SimpleChat | None:
    """The request if it is a valid plain chat request; None: validate it fully."""
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        return None
    if type(data) is not dict:
        return None
    model, messages = data.get("model"), data.get("messages")
    if type(model) is not str or not model or type(messages) is not list or not messages:
        return None
    prompt_tokens, last_user = _PER_REPLY, ""
    for message in messages:
        if type(message) is not dict or not _MESSAGE_KEYS.issuperset(message):
            return None
        role, text = message.get("role"), message.get("content")
        if type(role) is not str or role not in _SIMPLE_ROLES or type(text) is not str:
            return None
        if "name" in message and type(message["name"]) is not str:
            return None
        prompt_tokens += _count(text) + _PER_MESSAGE
        if role == "user":
            last_user = text
    for key, value in data.items():
        if key in ("model", "messages"):
            continue
        if key in ("max_tokens", "max_completion_tokens"):
            ok = value is None or (type(value) is int and value >= 1)
        elif key in ("stream", "ignore_eos"):
            ok = type(value) is bool
        elif key == "n":
            ok = type(value) is int and 1 <= value <= 128
        elif key == "seed":
            ok = value is None or type(value) is int
        elif key == "stop":
            ok = (
                value is None
                or type(value) is str
                or (type(value) is list and all(type(x) is str for x in value))
            )
        elif key == "temperature":
            ok = value is None or _is_number(value, 0.0, 2.0)
        elif key == "top_p":
            ok = value is None or _is_number(value, 0.0, 1.0)
        elif key == "stream_options":
            ok = value is None or (
                type(value) is dict
                and set(value) <= {"include_usage"}
                and type(value.get("include_usage", False)) is bool
            )
        elif key == "user":
            ok = type(value) is str
        else:
            ok = False  # a field the fast path does not know: full validation
        if not ok:
            return None
    return SimpleChat(data, prompt_tokens, last_user)


def simple_chat_request(simple: SimpleChat, max_model_len: int) -> GenRequest:
    """``chat_request`` for a request that ``simple_chat`` accepted."""
    data = simple.data
    get = data.get
    stop = get("stop")
    stops = [] if stop is None else [stop] if type(stop) is str else [x for x in stop if x]
    limit = get("max_completion_tokens") or get("max_tokens")
    return GenRequest(
        model=data["model"],
        prompt_tokens=simple.prompt_tokens,
        last_user=simple.last_user,
        limit=_limit(limit, simple.prompt_tokens, max_model_len, "messages"),
        n=get("n", 1),
        stop=stops,
        seed=get("seed"),
        ignore_eos=get("ignore_eos", False),
        last_role=data["messages"][-1]["role"],
    )


def completion_requests(req: CompletionRequest, max_model_len: int) -> list[GenRequest]:
    prompts: list[tuple[str, int]]
    p = req.prompt
    if isinstance(p, str):
        prompts = [(p, _count(p))]
    elif p and all(isinstance(x, int) for x in p):
        prompts = [(" ".join(map(str, p)), len(p))]
    elif all(isinstance(x, str) for x in p):
        prompts = [(str(x), _count(str(x))) for x in p]
    else:
        prompts = [(" ".join(map(str, x)), len(x)) for x in p]  # type: ignore[arg-type]
    if not prompts:
        raise InvalidRequest("prompt must not be empty", param="prompt")
    return [
        GenRequest(
            model=req.model,
            prompt_tokens=tokens,
            last_user=text,
            limit=_limit(req.output_limit(), tokens, max_model_len, "prompt"),
            n=req.n,
            stop=req.stop_list(),
            seed=req.seed,
            ignore_eos=req.ignore_eos,
        )
        for text, tokens in prompts
    ]


def messages_request(req: MessagesRequest, max_model_len: int) -> GenRequest:
    system = blocks_text(req.system)
    texts = [blocks_text(m.content) for m in req.messages]
    prompt_tokens = _count(system) + sum(_count(t) for t in texts)
    prompt_tokens += _PER_MESSAGE * (len(req.messages) + (1 if system else 0)) + _PER_REPLY
    tools = [ToolDef(t.name, t.description or "", t.input_schema) for t in req.tools or []]
    if req.tools:
        prompt_tokens += _count(orjson.dumps([t.model_dump() for t in req.tools]).decode())
    tool_choice = "auto"
    if req.tool_choice is not None:
        kind = req.tool_choice.type
        tool_choice = {"any": "required", "tool": req.tool_choice.name or "auto"}.get(kind, kind)
    last = req.messages[-1]
    has_result = isinstance(last.content, list) and any(
        b.get("type") == "tool_result" for b in last.content
    )
    last_user = next(
        (texts[i] for i in range(len(texts) - 1, -1, -1) if req.messages[i].role == "user"), ""
    )
    return GenRequest(
        model=req.model,
        prompt_tokens=prompt_tokens,
        last_user=last_user,
        limit=_limit(req.max_tokens, prompt_tokens, max_model_len, "max_tokens"),
        stop=list(req.stop_sequences or []),
        tools=tools,
        tool_choice=tool_choice,
        last_role="tool" if has_result else last.role,
    )


def embed(req: EmbeddingRequest, dim: int) -> tuple[list[Any], int]:
    """Feature-hashed bag-of-words vectors: similar texts get similar vectors."""
    if req.dimensions is not None and req.dimensions > dim:
        raise InvalidRequest(f"dimensions must be at most {dim} for this model", param="dimensions")
    out_dim = req.dimensions or dim
    inp = req.input
    texts: list[str]
    if isinstance(inp, str):
        texts = [inp]
    elif inp and all(isinstance(x, int) for x in inp):
        texts = [" ".join(map(str, inp))]
    else:
        texts = [x if isinstance(x, str) else " ".join(map(str, x)) for x in inp]  # type: ignore[arg-type]
    if not texts or any(not t for t in texts):
        raise InvalidRequest("input must not be empty", param="input")
    vectors: list[Any] = []
    total = 0
    for text in texts:
        tokens = tokenize(text)
        total += len(tokens)
        vec = [0.0] * out_dim
        for tok in tokens:
            word = tok.strip().lower()
            if not word:
                continue
            h = zlib.crc32(word.encode())
            vec[h % out_dim] += 1.0 if (h >> 31) & 1 else -1.0
        norm = math.sqrt(sum(v * v for v in vec))
        if norm > 0:
            vec = [v / norm for v in vec]
        if req.encoding_format == "base64":
            vectors.append(base64.b64encode(struct.pack(f"<{out_dim}f", *vec)).decode())
        else:
            vectors.append(vec)
    return vectors, total
