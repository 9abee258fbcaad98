"""A zero-latency OpenAI-compatible endpoint, to measure the load generator's own ceiling.

Raw ASGI on uvicorn (httptools, uvloop): it answers every chat completion at once with a
fixed body (or a fixed SSE stream of 4 content chunks, a usage chunk and [DONE]), so the
client, not the server, is what runs out of CPU.

    python benchmarks/load/zero_server.py PORT
"""

from __future__ import annotations

import sys

import orjson

from aire.asgi import Receive, Scope, Send
from aire.server import bind, serve

_BODY = orjson.dumps(
    {
        "id": "z",
        "object": "chat.completion",
        "created": 0,
        "model": "zero",
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": "ok"}, "finish_reason": "stop"}
        ],
        "usage": {"prompt_tokens": 8, "completion_tokens": 1, "total_tokens": 9},
    }
)
_HEAD = b'data: {"id":"z","object":"chat.completion.chunk","created":0,"model":"zero",'
_CHUNK = _HEAD + b'"choices":[{"index":0,"delta":{"content":"%s"},"finish_reason":null}]}\n\n'
_STREAM = (
    b"".join(_CHUNK % w for w in (b"a", b" b", b" c", b" d"))
    + _HEAD
    + b'"choices":[],"usage":{"prompt_tokens":8,"completion_tokens":4,"total_tokens":12}}\n\n'
    + b"data: [DONE]\n\n"
)
_MODELS = b'{"object":"list","data":[{"id":"zero","object":"model"}]}'


async def app(scope: Scope, receive: Receive, send: Send) -> None:
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            await send({"type": message["type"] + ".complete"})
            if message["type"] == "lifespan.shutdown":
                return
    body = b""
    more = True
    while more:
        message = await receive()
        body += message.get("body", b"")
        more = message.get("more_body", False)
    if scope["path"].endswith("/models"):
        payload, ctype = _MODELS, b"application/json"
    elif b'"stream":true' in body:
        payload, ctype = _STREAM, b"text/event-stream"
    else:
        payload, ctype = _BODY, b"application/json"
    headers = [(b"content-type", ctype), (b"content-length", str(len(payload)).encode())]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": payload})


if __name__ == "__main__":
    serve(app, bind("127.0.0.1", int(sys.argv[1])))
