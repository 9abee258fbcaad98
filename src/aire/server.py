"""Run an ASGI app on uvicorn (httptools + uvloop), binding the socket ourselves.

Binding first turns "address already in use" into a clear aire error (exit 3) instead
of a server log line, and lets callers ask for port 0 and learn the port. Every server
has a request-head timeout and a connection cap (``aire.http_limits``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import socket
import sys
import threading
from collections.abc import Iterator

import uvicorn

from aire.asgi import ASGIApp
from aire.errors import ListenError
from aire.http_limits import ServerConfig, ensure_fd_limit

__all__ = [
    "DEFAULT_HEADER_TIMEOUT_S",
    "DEFAULT_MAX_CONNECTIONS",
    "Server",
    "bind",
    "handle_stop_signals",
    "serve",
    "serve_in_thread",
    "stop_without_parent",
]

PARENT_CHECK_S = 1.0
DEFAULT_HEADER_TIMEOUT_S = 10.0
DEFAULT_MAX_CONNECTIONS = 2048


def bind(host: str, port: int, *, reuse_port: bool = False) -> socket.socket:
    """A listening TCP socket on host:port (port 0: any free port)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if reuse_port and hasattr(socket, "SO_REUSEPORT"):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise ListenError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


class Server(uvicorn.Server):
    """uvicorn's server without its own signal capture.

    uvicorn re-raises SIGTERM/SIGINT after draining, so a clean shutdown would end in
    "killed by signal"; ``handle_stop_signals`` asks for the same graceful stop and lets
    the process exit 0. A second signal forces the exit.
    """

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        if isinstance(self.config, ServerConfig):
            ensure_fd_limit(self.config.fds_needed())
        await super().startup(sockets)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        await super().shutdown(sockets)
        if self.force_exit:
            # What is still running (requests in flight, the lifespan task that uvicorn
            # no longer shuts down) is cancelled as the loop closes, and uvicorn would log
            # each cancellation as an error with a traceback: say it once, plainly.
            logging.getLogger("uvicorn.error").addFilter(_drop_cancellations)
            cut = len(self.server_state.tasks)
            if cut:
                print(f"forced exit: {cut} request(s) in flight cut off", file=sys.stderr)


def _drop_cancellations(record: logging.LogRecord) -> bool:
    exc = record.exc_info[1] if record.exc_info else None
    return not isinstance(exc, asyncio.CancelledError)


def handle_stop_signals(
    server: uvicorn.Server, signals: tuple[int, ...] = (signal.SIGINT, signal.SIGTERM)
) -> None:
    """Stop signals on the running loop: graceful stop, then forced on a second one."""
    loop = asyncio.get_running_loop()

    def stop() -> None:
        if server.should_exit:
            server.force_exit = True
        server.should_exit = True

    for sig in signals:
        loop.add_signal_handler(sig, stop)


def _config(
    app: ASGIApp, log_level: str, header_timeout_s: float, max_connections: int
) -> uvicorn.Config:
    return ServerConfig(
        app,
        header_timeout_s=header_timeout_s,
        max_connections=max_connections,
        loop="uvloop" if sys.platform != "win32" else "asyncio",
        lifespan="on",
        log_level=log_level,
        access_log=False,
        timeout_keep_alive=30,
        timeout_graceful_shutdown=30,
        server_header=False,
        date_header=False,
    )


async def stop_without_parent(server: uvicorn.Server, parent: int, what: str) -> None:
    """Stop ``server`` gracefully once ``parent`` is no longer this process's parent (it
    was killed, even with SIGKILL): a child server must not outlive what started it."""
    while not server.should_exit:
        await asyncio.sleep(PARENT_CHECK_S)
        if os.getppid() != parent:
            print(f"{what} {os.getpid()}: parent {parent} is gone; stopping", file=sys.stderr)
            server.should_exit = True


def serve(
    app: ASGIApp,
    sock: socket.socket,
    *,
    log_level: str = "warning",
    parent: int | None = None,
    header_timeout_s: float = DEFAULT_HEADER_TIMEOUT_S,
    max_connections: int = DEFAULT_MAX_CONNECTIONS,
) -> None:
    """Serve until SIGINT/SIGTERM (or, with ``parent``, until that process is gone);
    in-flight responses finish before exit."""
    import uvloop

    server = Server(_config(app, log_level, header_timeout_s, max_connections))

    async def main() -> None:
        handle_stop_signals(server)
        watcher = None
        if parent is not None:
            watcher = asyncio.get_running_loop().create_task(
                stop_without_parent(server, parent, "server")
            )
        await server.serve(sockets=[sock])
        if watcher is not None:
            watcher.cancel()

    uvloop.run(main())


@contextlib.contextmanager
def serve_in_thread(
    app: ASGIApp,
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    log_level: str = "warning",
    header_timeout_s: float = DEFAULT_HEADER_TIMEOUT_S,
    max_connections: int = DEFAULT_MAX_CONNECTIONS,
) -> Iterator[str]:
    """Serve ``app`` from a background thread (its own event loop); yields the base URL."""
    sock = bind(host, port)
    server = Server(_config(app, log_level, header_timeout_s, max_connections))
    loop_ready = threading.Event()

    def run() -> None:
        import uvloop

        async def main() -> None:
            loop_ready.set()
            await server.serve(sockets=[sock])

        uvloop.run(main())

    thread = threading.Thread(target=run, name=f"aire-server-{sock.getsockname()[1]}", daemon=True)
    thread.start()
    loop_ready.wait(5)
    deadline = 200
    while not server.started and deadline and thread.is_alive():
        threading.Event().wait(0.01)
        deadline -= 1
    if not server.started:
        raise ListenError("server did not start")
    try:
        yield f"http://{host}:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()
