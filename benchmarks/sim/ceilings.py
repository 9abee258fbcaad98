"""The ceilings: the simplest servers that answer a POST with fixed bytes.

    python ceilings.py {asgi|starlette|aiohttp} PORT BODY_FILE CONTENT_TYPE

Each reads the request body (as the simulator must) and returns BODY_FILE's bytes. The
ASGI and Starlette apps run on uvicorn with httptools and uvloop, one worker, like
``aire sim``; aiohttp.web runs on uvloop.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any


def asgi_app(body: bytes, content_type: bytes) -> Any:
    headers = [(b"content-type", content_type), (b"content-length", b"%d" % len(body))]

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            if scope["type"] == "lifespan":
                while True:
                    message = await receive()
                    if message["type"] == "lifespan.startup":
                        await send({"type": "lifespan.startup.complete"})
                    else:
                        await send({"type": "lifespan.shutdown.complete"})
                        return
            return
        message = await receive()
        while message.get("more_body"):
            message = await receive()
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    return app


def starlette_app(body: bytes, content_type: bytes) -> Any:
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    media_type = content_type.decode()

    async def handler(request: Request) -> Response:
        await request.body()
        return Response(body, media_type=media_type)

    paths = ["/v1/chat/completions", "/v1/completions"]
    return Starlette(routes=[Route(p, handler, methods=["POST"]) for p in paths])


def run_aiohttp(port: int, body: bytes, content_type: bytes) -> None:
    import uvloop
    from aiohttp import web

    async def handler(request: web.Request) -> web.Response:
        await request.read()
        return web.Response(body=body, headers={"Content-Type": content_type.decode()})

    app = web.Application()
    app.router.add_post("/v1/chat/completions", handler)
    app.router.add_post("/v1/completions", handler)
    uvloop.install()
    web.run_app(app, host="127.0.0.1", port=port, access_log=None, print=None)


def main() -> None:
    kind, port, body_file, content_type = sys.argv[1:5]
    body = Path(body_file).read_bytes()
    ctype = content_type.encode()
    if kind == "aiohttp":
        run_aiohttp(int(port), body, ctype)
        return
    import uvicorn

    app = asgi_app(body, ctype) if kind == "asgi" else starlette_app(body, ctype)
    uvicorn.run(
        app,
        host="127.0.0.1",
        port=int(port),
        loop="uvloop",
        http="httptools",
        log_level="warning",
        access_log=False,
        server_header=False,
        date_header=False,
    )


if __name__ == "__main__":
    main()
