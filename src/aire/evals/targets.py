"""Clients for what a suite tests: any OpenAI-compatible endpoint (the gateway, ``aire
sim``, vLLM, OpenAI), Anthropic's messages API, or an application's own HTTP endpoint
(a JSON request template with ``{{prompt}}``/``{{var}}`` and a path to the answer).

One pooled aiohttp session per run. A call never raises for an answer the endpoint gave
(an HTTP error is an ``error`` result); a connection that cannot be made at all is
``TargetUnreachable`` (exit 3) when ``probe`` runs before the suite.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import orjson
import yaml

from aire import __version__
from aire.errors import TargetUnreachable
from aire.evals.assertions import ToolCall
from aire.evals.model import TargetSpec
from aire.evals.template import js_string, render
from aire.gateway.pricing import PriceTable

__all__ = ["CallResult", "Caller", "build_request", "chat_messages", "probe"]

_PRICES = PriceTable()


@dataclass(slots=True)
class CallResult:
    output: str = ""
    tool_calls: list[ToolCall] = field(default_factory=list)
    latency_ms: float = 0.0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost: float | None = None
    error: str | None = None
    message: dict[str, Any] | None = None  # the assistant message, for agent turns
    contexts: list[Any] | None = None  # an HTTP app's retrieved documents (context_path)

    def to_json(self) -> dict[str, Any]:
        return {
            "output": self.output,
            "tool_calls": [{"name": c.name, "arguments": c.arguments} for c in self.tool_calls],
            "latency_ms": self.latency_ms,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "cost": self.cost,
            "error": self.error,
            "message": self.message,
            "contexts": self.contexts,
        }

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> CallResult:
        return cls(
            output=d["output"],
            tool_calls=[ToolCall(c["name"], c["arguments"]) for c in d["tool_calls"]],
            latency_ms=d["latency_ms"],
            prompt_tokens=d["prompt_tokens"],
            completion_tokens=d["completion_tokens"],
            cost=d["cost"],
            error=d["error"],
            message=d.get("message"),
            contexts=d.get("contexts"),
        )


def chat_messages(prompt: str, system: str | None = None) -> list[dict[str, Any]]:
    """promptfoo's ``parseChatPrompt``: a prompt that is a JSON list (or YAML ``- role:``
    list) of messages is sent as those messages; any other text is one user message."""
    stripped = prompt.strip()
    messages: Any = None
    if stripped.startswith("- role:"):
        messages = yaml.safe_load(prompt)
    elif stripped.startswith(("[", "{")):
        try:
            messages = json.loads(prompt)
        except ValueError:
            messages = None
    if not (isinstance(messages, list) and all(isinstance(m, dict) for m in messages)):
        messages = [{"role": "user", "content": prompt}]
    if system:
        messages = [{"role": "system", "content": system}, *messages]
    return list(messages)


def build_request(
    target: TargetSpec,
    messages: list[dict[str, Any]],
    vars_: Mapping[str, Any],
    prompt: str,
    tools: tuple[Mapping[str, Any], ...] = (),
) -> tuple[str, dict[str, str], Any]:
    """(URL, headers, JSON body) of one call: what the cache key is made of."""
    headers = dict(target.headers)
    base = target.url.rstrip("/")
    if target.kind == "openai":
        if target.api_key:
            headers["Authorization"] = f"Bearer {target.api_key}"
        body: dict[str, Any] = {"model": target.model, "messages": messages, **target.params}
        if tools and "tools" not in body:
            body["tools"] = list(tools)
        url = base if base.endswith("/chat/completions") else base + "/chat/completions"
        return url, headers, body
    if target.kind == "anthropic":
        if target.api_key:
            headers["x-api-key"] = target.api_key
        headers.setdefault("anthropic-version", "2023-06-01")
        system = "\n".join(str(m["content"]) for m in messages if m.get("role") == "system")
        rest = [m for m in messages if m.get("role") != "system"]
        body = {"model": target.model, "messages": rest, "max_tokens": 1024, **target.params}
        if system:
            body["system"] = system
        url = base if base.endswith("/messages") else base + "/messages"
        return url, headers, body
    variables = {**vars_, "prompt": prompt}
    return target.url, headers, _render_body(target.body, variables)


def _render_body(body: Any, variables: Mapping[str, Any]) -> Any:
    if body is None:
        return {"prompt": variables["prompt"]}
    if isinstance(body, str):
        return render(body, variables)
    if isinstance(body, dict):
        return {k: _render_body(v, variables) for k, v in body.items()}
    if isinstance(body, list):
        return [_render_body(v, variables) for v in body]
    return body


def _path(document: Any, path: str) -> Any:
    node = document
    for step in [s for s in path.replace("[", ".").replace("]", "").split(".") if s]:
        if isinstance(node, list) and step.isdigit() and int(step) < len(node):
            node = node[int(step)]
        elif isinstance(node, dict) and step in node:
            node = node[step]
        else:
            raise KeyError(path)
    return node


def _tool_calls(raw: Any) -> list[ToolCall]:
    out = []
    for call in raw or []:
        fn = call.get("function") or {}
        args: Any = fn.get("arguments", "")
        if isinstance(args, str):
            with contextlib.suppress(ValueError):
                args = json.loads(args) if args else {}
        out.append(ToolCall(str(fn.get("name", "")), args))
    return out


class Caller:
    """Sends requests; use as ``async with Caller() as c``."""

    def __init__(self, timeout_s: float = 120.0) -> None:
        self._timeout = aiohttp.ClientTimeout(total=timeout_s, sock_connect=10.0)
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> Caller:
        self._session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=0, ttl_dns_cache=300),
            timeout=self._timeout,
            headers={"User-Agent": f"aire-eval/{__version__}"},
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def call(
        self, target: TargetSpec, url: str, headers: dict[str, str], body: Any
    ) -> CallResult:
        session = self._session
        assert session is not None, "use Caller as an async context manager"
        started = time.perf_counter()
        try:
            async with session.request(
                target.method,
                url,
                data=orjson.dumps(body),
                headers={"Content-Type": "application/json", **headers},
            ) as resp:
                raw = await resp.read()
                status = resp.status
        except TimeoutError:
            return CallResult(error=f"no answer within {self._timeout.total:g} s")
        except (aiohttp.ClientError, OSError) as exc:
            return CallResult(
                error=f"request failed: {' '.join(str(exc).split()) or type(exc).__name__}"
            )
        latency_ms = (time.perf_counter() - started) * 1000.0
        if status >= 400:
            return CallResult(
                latency_ms=latency_ms, error=f"HTTP {status}: {raw[:300].decode(errors='replace')}"
            )
        try:
            data: Any = orjson.loads(raw)
        except orjson.JSONDecodeError:
            if target.kind == "http" and not target.response_path:
                return CallResult(output=raw.decode(errors="replace"), latency_ms=latency_ms)
            return CallResult(latency_ms=latency_ms, error="the answer is not JSON")
        try:
            result = _parse(target, data)
        except (KeyError, IndexError, TypeError) as exc:
            return CallResult(latency_ms=latency_ms, error=f"unexpected answer shape ({exc})")
        result.latency_ms = latency_ms
        if result.cost is None and target.kind != "http":
            result.cost = _PRICES.cost_usd(
                target.model, result.prompt_tokens, result.completion_tokens
            )
        return result


def _parse(target: TargetSpec, data: Any) -> CallResult:
    if target.kind == "openai":
        message = data["choices"][0]["message"]
        usage = data.get("usage") or {}
        calls = _tool_calls(message.get("tool_calls"))
        content = message.get("content")
        if calls and not content:
            output = json.dumps(message.get("tool_calls"))
        else:
            output = content if isinstance(content, str) else js_string(content)
        return CallResult(
            output=output,
            tool_calls=calls,
            prompt_tokens=int(usage.get("prompt_tokens") or 0),
            completion_tokens=int(usage.get("completion_tokens") or 0),
            message={k: v for k, v in message.items() if k in ("role", "content", "tool_calls")},
        )
    if target.kind == "anthropic":
        texts = [b.get("text", "") for b in data["content"] if b.get("type") == "text"]
        calls = [
            ToolCall(str(b.get("name", "")), b.get("input"))
            for b in data["content"]
            if b.get("type") == "tool_use"
        ]
        usage = data.get("usage") or {}
        return CallResult(
            output="".join(texts),
            tool_calls=calls,
            prompt_tokens=int(usage.get("input_tokens") or 0),
            completion_tokens=int(usage.get("output_tokens") or 0),
        )
    value = _path(data, target.response_path) if target.response_path else data
    contexts = None
    if target.context_path:
        found = _path(data, target.context_path)
        contexts = found if isinstance(found, list) else [found]
    return CallResult(
        output=value if isinstance(value, str) else json.dumps(value), contexts=contexts
    )


async def probe(targets: list[TargetSpec], timeout_s: float = 10.0) -> list[TargetSpec]:
    """Raise ``TargetUnreachable`` when nothing answers at a target's address (any HTTP
    answer, even a 404, counts as reachable). A target with no model gets the first one
    its ``/models`` lists."""
    import dataclasses

    resolved: list[TargetSpec] = []
    timeout = aiohttp.ClientTimeout(total=timeout_s)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        seen: set[str] = set()
        for target in targets:
            url = target.url.rstrip("/")
            if target.kind != "http":
                url += "/models"
            if url in seen and target.model:
                resolved.append(target)
                continue
            seen.add(url)
            try:
                async with session.get(url) as resp:
                    body = await resp.read()
                    status = resp.status
            except TimeoutError:
                raise TargetUnreachable(
                    f"cannot reach {target.url}: no answer within {timeout_s:g} s"
                ) from None
            except (aiohttp.ClientError, OSError) as exc:
                detail = " ".join(str(exc).split()) or type(exc).__name__
                raise TargetUnreachable(f"cannot reach {target.url}: {detail}") from None
            if not target.model and target.kind != "http":
                try:
                    first = orjson.loads(body)["data"][0]["id"] if status == 200 else None
                except (orjson.JSONDecodeError, KeyError, IndexError, TypeError):
                    first = None
                if not isinstance(first, str):
                    from aire.errors import UsageError

                    raise UsageError(f"{url} names no model; give one with --model")
                target = dataclasses.replace(target, model=first)
            resolved.append(target)
    return resolved
