"""``aire up``: the gateway in front of an embedded simulator, with zero config."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from aire.config.loader import load_section
from aire.config.sim import SimConfig
from aire.errors import ListenError, SimStartError
from aire.server import bind


def _bind_simulator(host: str, port: int) -> socket.socket:
    # Bind here and hand the socket to the child: a busy port is a clear error at once, and
    # the health check below cannot mistake another server on that port for our simulator.
    try:
        return bind(host, port)
    except ListenError as exc:
        raise ListenError(f"simulator: {exc.message}") from None


@contextlib.contextmanager
def _simulator(config_path: Path | None, sock: socket.socket) -> Iterator[str]:
    host, port = sock.getsockname()[:2]
    cmd = [sys.executable, "-m", "aire", "sim", "--host", host, "--port", str(port)]
    cmd += ["--fd", str(sock.fileno()), "--parent-pid", str(os.getpid())]
    if config_path is not None:
        cmd += ["-c", str(config_path)]
    try:
        proc = subprocess.Popen(cmd, pass_fds=(sock.fileno(),))
    finally:
        sock.close()  # the child has its own copy
    url = f"http://{host}:{port}"
    try:
        deadline = time.monotonic() + 15
        while True:
            if proc.poll() is not None:
                raise SimStartError(f"the simulator exited with code {proc.returncode}")
            try:
                with urllib.request.urlopen(url + "/health", timeout=1):
                    break
            except (urllib.error.URLError, OSError):
                if time.monotonic() > deadline:
                    raise SimStartError("the simulator did not start within 15 s") from None
                time.sleep(0.05)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


@click.command(context_settings={"max_content_width": 100})
@click.option(
    "-c",
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Optional YAML file: its `sim:` and `gateway:` sections are used.",
)
@click.option("--host", default=None, help="Gateway address [default: the file's, else 127.0.0.1].")
@click.option(
    "--port", type=int, default=None, help="Gateway port [default: the file's, else 8080]."
)
@click.option(
    "--sim-port",
    type=click.IntRange(0, 65535),
    default=0,
    help="Simulator port on 127.0.0.1 [default: any free port].",
)
@click.option("--workers", type=click.IntRange(1, 64), default=None, help="Gateway workers.")
def up(
    config_path: Path | None,
    host: str | None,
    port: int | None,
    sim_port: int,
    workers: int | None,
) -> None:
    """Run the gateway in front of an embedded `aire sim` upstream, and print how to call it.

    With no config, every model the simulator serves gets an alias of the same name.
    A config's deployments can reach the simulator as ${AIRE_SIM_URL}.
    """
    from aire.gateway.server import ConfigSource, run

    sock = _bind_simulator("127.0.0.1", sim_port)
    # ${AIRE_SIM_URL} in the file: set before the file is read, here and by the simulator
    # (which reads the whole file too), so it needs no ${AIRE_SIM_URL:-default}
    os.environ["AIRE_SIM_URL"] = f"http://127.0.0.1:{sock.getsockname()[1]}"
    try:
        sim_config = load_section(config_path, "sim", SimConfig, {})
    except BaseException:
        sock.close()
        raise
    with _simulator(config_path, sock) as sim_url:
        models = [m for m in sim_config.models if m != "*"] or ["aire-sim"]
        defaults: dict[str, Any] = {
            "models": {
                name: {
                    "deployments": [
                        {
                            "url": f"{sim_url}/v1",
                            "model": name,
                            "name": "sim" if len(models) == 1 else f"sim/{name}",
                            "health_path": "/health",  # the simulator has one
                        }
                    ]
                }
                for name in models
            }
        }
        source = ConfigSource(
            config_path, {"host": host, "port": port, "workers": workers}, defaults
        )
        config, _ = source.load()

        def ready(bound_host: str, bound_port: int) -> None:
            base = f"http://{bound_host}:{bound_port}"
            alias = next(iter(config.models))
            click.echo(
                f"\naire is up: gateway {base}/v1 -> simulator {sim_url}\n\n"
                f"  curl {base}/v1/chat/completions -H 'content-type: application/json' \\\n"
                f'    -d \'{{"model": "{alias}", "messages": '
                f'[{{"role": "user", "content": "Hello!"}}]}}\'\n\n'
                f'  OpenAI SDK: OpenAI(base_url="{base}/v1", api_key="unused")\n'
                f'  Anthropic SDK: Anthropic(base_url="{base}", api_key="unused")\n'
                f"  models: {', '.join(config.models)}   status: {base}/status   "
                f"metrics: {base}/metrics   stop: Ctrl-C\n",
                err=True,
            )

        run(source, on_ready=ready)
