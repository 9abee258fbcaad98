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
import re
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
from aire.config.loader import ConfigDocument, parse_yaml, read_document
from aire.config.state import StateConfig
from aire.errors import AireError, ConfigError
from aire.http_limits import ServerConfig
from aire.server import Server, bind, handle_stop_signals, stop_without_parent

__all__ = ["ConfigSource", "run"]

log = logging.getLogger("aire.gateway.server")
_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
#: settings a SIGHUP cannot apply: the socket and the worker processes stay as they are
_RESTART_ONLY = ("host", "port", "workers", "header_timeout_s", "max_connections")


@dataclass(frozen=True)
class ConfigSource:
    """Loads (and on SIGHUP re-loads) the gateway config: defaults < file < flags.

    The file is aire's, or LiteLLM's proxy config (translated; its unsupported settings
    refuse the file unless ``ignore_unsupported``). Picklable, so spawned workers can
    load it themselves.
    """

    path: Path | None = None
    overrides: dict[str, Any] = field(default_factory=dict)
    defaults: dict[str, Any] = field(default_factory=dict)
    ignore_unsupported: bool = False

    def read(self) -> ConfigDocument:
        """The file, parsed (and translated when it is LiteLLM's)."""
        return read_document(self.path, litellm=True, ignore_unsupported=self.ignore_unsupported)

    def __call__(self) -> GatewayConfig:
        return self._gateway(self.read())

    def _gateway(self, document: ConfigDocument) -> GatewayConfig:
        return document.section("gateway", GatewayConfig, self.overrides, defaults=self.defaults)

    def load(self, document: ConfigDocument | None = None) -> tuple[GatewayConfig, GuardConfig]:
        """The gateway and guard sections, checked against each other and servable: at
        least one alias, and every guard policy in use compiles (scanner names and params
        are only known to the scanners)."""
        document = document or self.read()
        gateway = self._gateway(document)
        file = str(self.path) if self.path else None
        if not gateway.models:
            where = (
                "entries under model_list"
                if document.translation
                else "aliases under gateway.models"
            )
            raise ConfigError(f"no models: add {where}", file=file)
        guard = document.section("guard", GuardConfig)
        if check_guard_policies(gateway, guard, file):
            from aire.guard import compile_guards

            try:
                compile_guards(guard, observer=None)
            except ConfigError as exc:
                raise self._located(exc) from None
        return gateway, guard

    def app_options(self, document: ConfigDocument | None = None) -> dict[str, Any]:
        """The other sections the gateway app uses (shared state, prices, the audit log),
        validated; they take effect at start (a SIGHUP does not change them)."""
        from aire.config.audit import AuditConfig
        from aire.config.governance import PricingConfig

        document = document or self.read()
        audit = None
        if document.data.get("audit") is not None:  # the section's presence turns it on
            audit = document.section("audit", AuditConfig)
        return {
            "state": document.section("state", StateConfig),
            "pricing": document.section("pricing", PricingConfig),
            "audit": audit,
        }

    def _located(self, exc: ConfigError) -> ConfigError:
        """A guard compile error (path ``guard.policies.p.input[0].params.x``) with the
        file and the line of that path."""
        if self.path is None or not exc.path:
            return exc
        loc: list[str | int] = []
        for part in re.findall(r"[^.\[\]]+|\[\d+\]", exc.path):
            loc.append(int(part[1:-1]) if part.startswith("[") else part)
        try:
            _, lines = parse_yaml(self.path.read_text(encoding="utf-8"), source=str(self.path))
        except (OSError, UnicodeDecodeError, ConfigError):
            lines = None
        line = lines.line_for(tuple(loc)) if lines is not None else None
        return ConfigError(exc.message, file=str(self.path), line=line, path=exc.path)


def _uvicorn_config(app: Any, config: GatewayConfig) -> uvicorn.Config:
    return ServerConfig(
        app,
        header_timeout_s=config.header_timeout_s,
        max_connections=config.max_connections,
        fds_per_connection=2,  # the client's and an upstream one
        loop="uvloop" if sys.platform != "win32" else "asyncio",
        lifespan="on",
        log_level="warning",
        access_log=False,
        proxy_headers=False,  # nothing reads the client address: skip the middleware
        timeout_keep_alive=30,
        timeout_graceful_shutdown=int(config.shutdown_grace_s) or None,
        server_header=False,
        date_header=False,
    )


def _serve_one(
    source: ConfigSource,
    sock: socket.socket,
    stop_signals: tuple[int, ...] = _STOP_SIGNALS,
    loaded: tuple[GatewayConfig, GuardConfig] | None = None,
    parent: int | None = None,
    options: dict[str, Any] | None = None,
) -> None:
    """Serve in this process until SIGINT/SIGTERM; SIGHUP reloads. A worker (``parent``:
    its supervisor's pid) also stops, gracefully, when its supervisor is gone (killed with
    SIGKILL, say): no orphan keeps serving the port unsupervised."""
    from aire.gateway.app import GatewayApp
    from aire.gateway.logs import setup_logging
    from aire.malloc import tune

    tune()  # before the app allocates: see aire.malloc
    config, guard = loaded or source.load()
    setup_logging(config.log_level)
    app = GatewayApp(config, guard, **(options if options is not None else source.app_options()))
    server = Server(_uvicorn_config(app, config))

    async def main() -> None:
        loop = asyncio.get_running_loop()
        reloads: set[asyncio.Task[None]] = set()

        async def reload(new: GatewayConfig, new_guard: GuardConfig) -> None:
            try:
                await app.reload(new, new_guard)
            except Exception as exc:
                shown = exc.show() if isinstance(exc, AireError) else f"{type(exc).__name__}: {exc}"
                log.error("reload failed, keeping the running config: %s", shown)

        def on_hup() -> None:
            try:
                new, new_guard = source.load()
            except AireError as exc:
                log.error("reload failed, keeping the running config: %s", exc.show())
                return
            fixed = [f for f in _RESTART_ONLY if getattr(new, f) != getattr(config, f)]
            if fixed:
                log.warning(
                    "reload: %s cannot change without a restart; keeping %s",
                    ", ".join(f"gateway.{f}" for f in fixed),
                    ", ".join(f"{f}={getattr(config, f)}" for f in fixed),
                )
            reloads.add(task := loop.create_task(reload(new, new_guard)))
            task.add_done_callback(reloads.discard)

        loop.add_signal_handler(signal.SIGHUP, on_hup)
        handle_stop_signals(server, stop_signals)
        if parent is not None:
            watcher = loop.create_task(stop_without_parent(server, parent, "worker"))
        await server.serve(sockets=[sock])
        if parent is not None:
            watcher.cancel()

    import uvloop

    uvloop.run(main())


def _worker(
    source: ConfigSource,
    sock: socket.socket,
    loaded: tuple[GatewayConfig, GuardConfig],
    options: dict[str, Any],
) -> None:
    # Ctrl-C reaches the whole process group; workers stop when the supervisor says so.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        _serve_one(source, sock, (signal.SIGTERM,), loaded, parent=os.getppid(), options=options)
    except AireError as exc:  # one line, not a multiprocessing traceback
        print(f"worker {os.getpid()}: {exc.show()}", file=sys.stderr)
        sys.exit(exc.exit_code)


def run(source: ConfigSource, *, on_ready: Callable[[str, int], None] | None = None) -> None:
    config, guard = source.load()
    options = source.app_options()  # a bad state: or pricing: fails here, before binding
    if hasattr(signal, "SIGHUP"):  # until the reload handler is in place, a HUP must not kill
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
    sock = bind(config.host, config.port, reuse_port=False)
    host, port = sock.getsockname()[:2]
    if on_ready is not None:
        on_ready(host, port)
    if config.workers == 1:
        _serve_one(source, sock, loaded=(config, guard), options=options)  # as announced
        return
    _supervise(source, (config, guard), sock, options)


QUICK_EXIT_S = 10.0
MAX_BACKOFF_S = 30.0


def backoff_s(quick_exits: int) -> float:
    """Delay before restarting a worker slot after its ``quick_exits``-th exit in a row
    within ``QUICK_EXIT_S`` of starting: none after one, then 0.5 s doubling to 30 s."""
    if quick_exits <= 1:
        return 0.0
    return min(MAX_BACKOFF_S, 0.5 * 2.0 ** (quick_exits - 2))


def _supervise(
    source: ConfigSource,
    loaded: tuple[GatewayConfig, GuardConfig],
    sock: socket.socket,
    options: dict[str, Any],
) -> None:
    config = loaded[0]
    # The last config that passed validation: a restarted worker starts from it rather than
    # from the file, which may have been broken since (it would fail, be restarted, ...).
    current = loaded
    metrics_dir = tempfile.mkdtemp(prefix="aire-metrics-")
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = metrics_dir  # inherited by spawned workers
    ctx = multiprocessing.get_context("spawn")
    workers: list[multiprocessing.process.BaseProcess] = []
    stopping = False
    reload_requested = False

    def start_worker() -> multiprocessing.process.BaseProcess:
        proc = ctx.Process(target=_worker, args=(source, sock, current, options), daemon=False)
        proc.start()
        return proc

    def forget(pid: int | None) -> None:
        if pid is not None:  # its live gauges (in flight) must not count any more
            from prometheus_client import multiprocess

            from aire.gateway.status import forget_worker

            multiprocess.mark_process_dead(pid, metrics_dir)  # type: ignore[no-untyped-call]
            forget_worker(Path(metrics_dir), pid)

    def on_stop(signum: int, frame: object) -> None:
        nonlocal stopping
        stopping = True

    def on_hup(signum: int, frame: object) -> None:
        nonlocal reload_requested
        reload_requested = True

    signal.signal(signal.SIGINT, on_stop)
    signal.signal(signal.SIGTERM, on_stop)
    signal.signal(signal.SIGHUP, on_hup)
    from aire.gateway.logs import setup_logging

    setup_logging(config.log_level)  # the supervisor logs JSON lines too, as workers do
    from aire.state.host_server import HostStoreServer
    from aire.state.wire import HOST_STORE_ENV

    # One memory store for the host, so limits hold across workers (not limit x workers);
    # always started: a reload may switch state.backend to memory, and idle it costs a thread.
    host_store = HostStoreServer().start()
    os.environ[HOST_STORE_ENV] = host_store.path  # inherited by spawned workers
    try:
        workers = [start_worker() for _ in range(config.workers)]
        # Crash-loop backoff per worker slot: a worker that dies within QUICK_EXIT_S of its
        # start counts as a failed start; the first is restarted at once, the next ones
        # after 0.5, 1, 2, ... MAX_BACKOFF_S seconds, so a worker that cannot start (a
        # weights file gone, a broken plug-in) is not respawned five times a second forever.
        started_at = [time.monotonic()] * len(workers)
        quick_exits = [0] * len(workers)
        restart_at = [0.0] * len(workers)
        while not stopping:
            time.sleep(0.2)
            if reload_requested:
                reload_requested = False
                try:
                    current = source.load()  # validate here: one clear error, not one per worker
                except AireError as exc:
                    log.error("reload failed, keeping the running config: %s", exc.show())
                else:
                    for proc in workers:
                        if proc.pid is not None and proc.is_alive():
                            os.kill(proc.pid, signal.SIGHUP)
            now = time.monotonic()
            for i, proc in enumerate(workers):
                if stopping or proc.is_alive():
                    continue
                if restart_at[i] == 0.0:  # just found dead
                    forget(proc.pid)
                    lived = now - started_at[i]
                    quick_exits[i] = quick_exits[i] + 1 if lived < QUICK_EXIT_S else 1
                    delay = backoff_s(quick_exits[i])
                    restart_at[i] = now + delay
                    when = f" in {delay:g} s ({quick_exits[i]} quick exits)" if delay else ""
                    log.error(
                        "worker %s exited with %s; restarting%s",
                        proc.pid,
                        proc.exitcode,
                        when,
                        extra={"worker": proc.pid, "exit_code": proc.exitcode, "delay_s": delay},
                    )
                if now >= restart_at[i]:
                    workers[i] = start_worker()
                    started_at[i] = time.monotonic()
                    restart_at[i] = 0.0
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
        host_store.stop()
