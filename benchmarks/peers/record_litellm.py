"""Record what LiteLLM's proxy sends, byte for byte, as fixtures for the default tests.

A real LiteLLM proxy (benchmarks/peers/litellm_proxy.py) in front of real ``aire sim``
upstreams (clean, dropping mid-stream, always 500, always 429) and one upstream that
refuses its key with 401. Each case sends the request aire's gateway would send (the
model renamed to the deployment's, ``stream`` set, the usage chunk asked for) over a raw
HTTP/1.1 connection (h11), and keeps the status, every header, the body and, for chunked
bodies, the chunk boundaries, and whether the body ended properly.

Output: tests/peers/fixtures/litellm_<version>/<case>.json, streamed bodies in
<case>.sse (exact bytes), and manifest.json (version, date, the URLs the recording used:
the tests check that none of them reaches a client of aire). Replayed by
tests/peers/replay.py in tests/gateway/test_recorded_peers.py.

    .venv/bin/python benchmarks/peers/record_litellm.py [--out DIR]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import socket
import sys
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import h11

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.peers.litellm_proxy import (  # noqa: E402
    LITELLM_VERSION,
    PeerStack,
    litellm_problem,
)

FIXTURES = REPO / "tests" / "peers" / "fixtures" / f"litellm_{LITELLM_VERSION}"
TIMEOUT_S = 60.0
WRONG_KEY = "sk-not-the-master-key"
UPSTREAM_KEY = "dummy"  # what LiteLLM sends its upstreams (litellm_config)
CHAT = "/v1/chat/completions"
MESSAGES = [{"role": "user", "content": "Say something about reliability."}]


@dataclass(frozen=True)
class Case:
    name: str
    about: str
    body: dict[str, Any] | None
    path: str = CHAT
    method: str = "POST"
    auth: str = "master_key"  # master_key, none, wrong
    headers: dict[str, str] = field(default_factory=dict)


def chat(model: str, *, stream: bool = False, **extra: Any) -> dict[str, Any]:
    """A chat request as aire's OpenAI provider sends it upstream."""
    body: dict[str, Any] = {"model": model, "messages": MESSAGES, "max_tokens": 8, **extra}
    body["stream"] = stream
    if stream:
        body["stream_options"] = {"include_usage": True}
    return body


CASES = (
    Case("chat", "a whole answer", chat("clean")),
    Case("chat_stream", "a streamed answer with the usage chunk", chat("clean", stream=True)),
    Case(
        "chat_stream_drop",
        "the upstream (aire sim, drop after 3 tokens) cuts the stream mid-answer",
        chat("drop", stream=True),
    ),
    Case(
        "embeddings",
        "embeddings of one input",
        {"model": "clean", "input": "reliability"},
        path="/v1/embeddings",
    ),
    Case(
        "error_400",
        "LiteLLM's 400 for a request the upstream refuses (temperature above 2)",
        chat("clean", temperature=5),
    ),
    Case(
        "error_400_stream",
        "the same 400 for a stream request",
        chat("clean", stream=True, temperature=5),
    ),
    Case(
        "error_401",
        "LiteLLM's 401 when its upstream refuses LiteLLM's key",
        chat("keyed"),
    ),
    Case(
        "error_404",
        "LiteLLM's 404 when its upstream does not serve the model",
        chat("missing"),
    ),
    Case(
        "error_404_route",
        "LiteLLM's own 404 for a path it does not serve (a deployment URL without /v1)",
        chat("clean"),
        path="/v2/chat/completions",
    ),
    Case("error_429", "LiteLLM's 429 when its upstream rate-limits", chat("limited")),
    Case(
        "error_500",
        "LiteLLM's 500 after its own retries of an upstream that always answers 500",
        chat("failing"),
    ),
    Case(
        "error_500_stream",
        "the same for a stream request",
        chat("failing", stream=True),
    ),
    Case(
        "unknown_model",
        "LiteLLM's 400 for a model group it does not have (a deployment's model misspelt)",
        chat("no-such-group"),
    ),
    Case("no_key", "a request without the master key", chat("clean"), auth="none"),
    Case("wrong_key", "a request with a wrong key", chat("clean"), auth="wrong"),
    Case(
        "health_no_key",
        "GET /health without a key (what a health check without credentials gets)",
        None,
        path="/health",
        method="GET",
        auth="none",
    ),
)


# -- an upstream that refuses LiteLLM's key -------------------------------------------------

_BAD_KEY = json.dumps(
    {
        "error": {
            "message": "Incorrect API key provided: dummy.",
            "type": "invalid_request_error",
            "param": None,
            "code": "invalid_api_key",
        }
    }
).encode()


class _Refuses(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length") or 0))
        self.send_response(401)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(_BAD_KEY)))
        self.end_headers()
        self.wfile.write(_BAD_KEY)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextlib.contextmanager
def refusing_upstream() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Refuses)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


# -- one exchange, as on the wire ------------------------------------------------------------


def exchange(base_url: str, case: Case, master_key: str) -> dict[str, Any]:
    """Send ``case`` and record the response: status, headers in order, body chunks."""
    url = urlsplit(base_url)
    host, port = url.hostname or "127.0.0.1", url.port or 80
    body = json.dumps(case.body).encode() if case.body is not None else b""
    headers = [("host", f"{host}:{port}"), ("x-request-id", f"record-{case.name}")]
    if case.body is not None:
        headers += [("content-type", "application/json"), ("content-length", str(len(body)))]
    key = {"master_key": master_key, "wrong": WRONG_KEY, "none": None}[case.auth]
    if key is not None:
        headers.append(("authorization", f"Bearer {key}"))
    conn = h11.Connection(h11.CLIENT)
    response: dict[str, Any] = {}
    chunks: list[bytes] = []
    current = bytearray()
    complete = False
    with socket.create_connection((host, port), timeout=TIMEOUT_S) as sock:
        sock.sendall(conn.send(h11.Request(method=case.method, target=case.path, headers=headers)))
        if body:
            sock.sendall(conn.send(h11.Data(data=body)))
        sock.sendall(conn.send(h11.EndOfMessage()))
        chunked = False
        while True:
            try:
                event = conn.next_event()
            except h11.RemoteProtocolError:
                break  # the connection ended inside the body
            if event is h11.NEED_DATA:
                conn.receive_data(sock.recv(65536))
                continue
            if isinstance(event, h11.Response):
                response["status"] = event.status_code
                response["reason"] = event.reason.decode()
                response["headers"] = [
                    [k.decode(), v.decode()] for k, v in event.headers.raw_items()
                ]
                chunked = any(
                    k.lower() == b"transfer-encoding" and b"chunked" in v.lower()
                    for k, v in event.headers.raw_items()
                )
            elif isinstance(event, h11.Data):
                current += event.data
                if not chunked or event.chunk_end:
                    chunks.append(bytes(current))
                    current.clear()
            elif isinstance(event, h11.EndOfMessage):
                complete = True
                break
            elif isinstance(event, h11.ConnectionClosed):
                break
    if current:
        chunks.append(bytes(current))
    if not chunked and len(chunks) > 1:  # a content-length body read in pieces is one chunk
        chunks = [b"".join(chunks)]
    response["chunks"] = [len(c) for c in chunks]
    response["complete"] = complete
    response["body"] = b"".join(chunks).decode()
    request = {
        "method": case.method,
        "path": case.path,
        "auth": case.auth,
        "headers": [[k, v.replace(master_key, "<master_key>")] for k, v in headers],
        "body": case.body,
    }
    return {"litellm": LITELLM_VERSION, "case": case.name, "about": case.about,
            "request": request, "response": response}  # fmt: skip


def write_case(out: Path, record: dict[str, Any]) -> None:
    response = record["response"]
    content_type = next((v for k, v in response["headers"] if k.lower() == "content-type"), "")
    if content_type.startswith("text/event-stream"):
        (out / f"{record['case']}.sse").write_bytes(response.pop("body").encode())
        response["body_file"] = f"{record['case']}.sse"
    (out / f"{record['case']}.json").write_text(json.dumps(record, indent=2) + "\n")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--out", type=Path, default=FIXTURES, help="fixture folder")
    args = p.parse_args()
    problem = litellm_problem()
    if problem is not None:
        sys.exit(problem)
    args.out.mkdir(parents=True, exist_ok=True)
    sims = {
        "clean": [],
        "drop": ["--fault", "drop:1.0,after_tokens=3", "--itl-ms", "5"],
        "failing": ["--fault", "server_error:1.0"],
        "limited": ["--fault", "rate_limit:1.0"],
    }
    models = {
        "clean": ("clean", "aire-sim"),
        "drop": ("drop", "aire-sim"),
        "failing": ("failing", "aire-sim"),
        "limited": ("limited", "aire-sim"),
        "missing": ("clean", "not-served"),
    }
    with (
        tempfile.TemporaryDirectory(prefix="aire-record-litellm-") as tmp,
        refusing_upstream() as refusing,
    ):
        stack = PeerStack(
            Path(tmp), sims, models, extra_models={"keyed": (f"{refusing}/v1", "aire-sim")}
        )
        with stack.running():
            records = []
            for case in CASES:
                record = exchange(stack.litellm_url, case, stack.master_key)
                answer = json.dumps(record["response"])
                for secret in (stack.master_key, WRONG_KEY, UPSTREAM_KEY):
                    if secret in answer:
                        print(f"{case.name}: NOTE the answer repeats a key ({secret[:6]}...)")
                records.append(record)
                r = record["response"]
                print(f"{case.name:<18} {r['status']} {len(r['chunks'])} chunk(s)"
                      f"{'' if r['complete'] else ' (cut off)'}")  # fmt: skip
        for old in [*args.out.glob("*.json"), *args.out.glob("*.sse")]:
            old.unlink()
        for record in records:
            write_case(args.out, record)
        manifest = {
            "litellm": LITELLM_VERSION,
            "recorded_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "command": ".venv/bin/python benchmarks/peers/record_litellm.py",
            # every address the recording used: none of them may reach aire's clients
            "urls": {
                "litellm": stack.litellm_url,
                **{f"sim_{name}": url for name, url in stack.sim_urls.items()},
                "refusing_upstream": refusing,
            },
            "upstream_key": UPSTREAM_KEY,
            "litellm_models": {
                alias: {"sim": sim, "model": model} for alias, (sim, model) in models.items()
            },
            "sims": sims,
            "cases": {c.name: c.about for c in CASES},
        }
        (args.out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    print(f"wrote {len(CASES)} cases to {args.out}")


if __name__ == "__main__":
    main()
