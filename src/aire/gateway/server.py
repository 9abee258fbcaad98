"""Run the gateway: one process, or a supervisor with worker processes sharing one socket.

Signals: SIGINT/SIGTERM drain in-flight requests and streams (up to ``shutdown_grace_s``)
and exit; SIGHUP reloads the config file. A file that fails validation on reload is
reported and the running config stays. Workers that die unexpectedly are restarted.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import multiprocessing.process
import os
import shutil
import signal
import socket
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import uvicorn

from aire.config.gateway import GatewayConfig, check_guard_policies
from aire.config.guard import GuardConfig
from aire.config.loader import load_section
from aire.errors import AireError
from aire.server import Server, bind, handle_stop_signals

__all__ = ["ConfigSource", "run"]

log = logging.getLogger("aire.gateway.server")
_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


@dataclass(frozen=True)
class ConfigSource:
    """Loads (and on SIGHUP re-loads) the gateway config: defaults < file < flags.

    Picklable, so spawned workers can load it themselves.
    """

    path: Path | None = None
    overrides: dict[str, Any] = field(default_factory=dict)
    defaults: dict[str, Any] = field(default_factory=dict)

    def __call__(self) -> GatewayConfig:
        return load_section(
            self.path, "gateway", GatewayConfig, self.overrides, defaults=self.defaults
        )

    def load(self) -> tuple[GatewayConfig, GuardConfig]:
        """The gateway and guard sections, checked against each other."""
        gateway = self()
        guard = load_section(self.path, "guard", GuardConfig)
        check_guard_policies(gateway, guard, str(self.path) if self.path else None)
        return gateway, guard


def _uvicorn_config(app: Any, config: GatewayConfig) -> uvicorn.Config:
    return uvicorn.Config(
        app,
        loop="uvloop" if sys.platform != "win32" else "asyncio",
        http="httptools",
        lifespan="on",
        log_level="warning",
        access_log=False,
        timeout_keep_alive=30,
        timeout_graceful_shutdown=int(config.shutdown_grace_s) or None,
        server_header=False,
        date_header=False,
    )


def _serve_one(
    source: ConfigSource, sock: socket.socket, stop_signals: tuple[int, ...] = _STOP_SIGNALS
) -> None:
    """Serve in this process until SIGINT/SIGTERM; SIGHUP reloads."""
    from aire.gateway.app import GatewayApp
    from aire.gateway.logs import setup_logging

    config, guard = source.load()
    setup_logging(config.log_level)
    app = GatewayApp(config, guard)
    server = Server(_uvicorn_config(app, config))

    async def main() -> None:
        loop = asyncio.get_running_loop()
        reloads: set[asyncio.Task[None]] = set()

        def on_hup() -> None:
            try:
                new, new_guard = source.load()
            except AireError as exc:
                log.error("reload failed, keeping the running config: %s", exc.show())
                return
            reloads.add(task := loop.create_task(app.reload(new, new_guard)))
            task.add_done_callback(reloads.discard)

        loop.add_signal_handler(signal.SIGHUP, on_hup)
        handle_stop_signals(server, stop_signals)
        await server.serve(sockets=[sock])

    import uvloop

    uvloop.run(main())


def _worker(source: ConfigSource, sock: socket.socket) -> None:
    # Ctrl-C reaches the whole process group; workers stop when the supervisor says so.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _serve_one(source, sock, (signal.SIGTERM,))


def run(source: ConfigSource, *, on_ready: Callable[[str, int], None] | None = None) -> None:
    config, _ = source.load()
    sock = bind(config.host, config.port, reuse_port=False)
    host, port = sock.getsockname()[:2]
    if on_ready is not None:
        on_ready(host, port)
    if config.workers == 1:
        _serve_one(source, sock)
        return
    _supervise(source, config, sock)


def _supervise(source: ConfigSource, config: GatewayConfig, sock: socket.socket) -> None:
    metrics_dir = tempfile.mkdtemp(prefix="aire-metrics-")
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = metrics_dir  # inherited by spawned workers
    ctx = multiprocessing.get_context("spawn")
    workers: list[multiprocessing.process.BaseProcess] = []
    stopping = False
    reload_requested = False

    def start_worker() -> multiprocessing.process.BaseProcess:
        proc = ctx.Process(target=_worker, args=(source, sock), daemon=False)
        proc.start()
        return proc

    def on_stop(signum: int, frame: object) -> None:
        nonlocal stopping
        stopping = True

    def on_hup(signum: int, frame: object) -> None:
        nonlocal reload_requested
        reload_requested = True

    signal.signal(signal.SIGINT, on_stop)
    signal.signal(signal.SIGTERM, on_stop)
    signal.signal(signal.SIGHUP, on_hup)
    try:
        workers = [start_worker() for _ in range(config.workers)]
        while not stopping:
            time.sleep(0.2)
            if reload_requested:
                reload_requested = False
                try:
                    source.load()  # validate here: one clear error, not one per worker
                except AireError as exc:
                    print(
                        f"reload failed, keeping the running config: {exc.show()}", file=sys.stderr
                    )
                else:
                    for proc in workers:
                        if proc.pid is not None and proc.is_alive():
                            os.kill(proc.pid, signal.SIGHUP)
            for i, proc in enumerate(workers):
                if not proc.is_alive() and not stopping:
                    print(
                        f"worker {proc.pid} exited with {proc.exitcode}; restarting",
                        file=sys.stderr,
                    )
                    workers[i] = start_worker()
    finally:
        for proc in workers:
            if proc.is_alive() and proc.pid is not None:
                os.kill(proc.pid, signal.SIGTERM)
        deadline = time.monotonic() + config.shutdown_grace_s + 5
        for proc in workers:
            proc.join(max(0.0, deadline - time.monotonic()))
            if proc.is_alive():
                proc.kill()
        shutil.rmtree(metrics_dir, ignore_errors=True)
