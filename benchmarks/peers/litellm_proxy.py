"""LiteLLM's proxy as a peer: where it is installed, its config, and how to start it.

One launcher for everything that runs LiteLLM next to aire: the gateway benchmark
(benchmarks/gateway/bench.py), the fixture recorder (benchmarks/peers/record_litellm.py),
the chaos comparison (benchmarks/peers/litellm_chaos.py) and the peer tests
(tests/peers, ``pytest -m peers``). Processes are ``procs.Server`` (own session, stopped
as a group). Import it as ``benchmarks.peers.litellm_proxy`` with the repository root
on ``sys.path`` (pytest's ``pythonpath`` has it; the scripts insert it).

LiteLLM lives in its own venv (default /work/venvs/litellm, or $LITELLM_VENV):

    python3 -m venv /work/venvs/litellm
    /work/venvs/litellm/bin/pip install 'litellm[proxy]==1.106.2' httptools

(httptools: without it uvicorn parses HTTP with h11 in Python; aire's uvicorn uses it.)
It runs with ``LITELLM_LOCAL_MODEL_COST_MAP=True`` (no download of the cost map at start)
and a master key generated per run.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.gateway.procs import Server, free_port

__all__ = [
    "INSTALL",
    "LITELLM_VERSION",
    "PeerStack",
    "litellm_config",
    "litellm_problem",
    "litellm_server",
    "litellm_venv",
    "new_master_key",
    "sim_server",
]

LITELLM_VERSION = "1.106.2"
INSTALL = (
    "python3 -m venv /work/venvs/litellm && /work/venvs/litellm/bin/pip install "
    f"'litellm[proxy]=={LITELLM_VERSION}' httptools"
)
#: LiteLLM fetches its model cost map from GitHub at start-up unless told not to
LITELLM_ENV = {"LITELLM_LOCAL_MODEL_COST_MAP": "True"}
READY_PATH = "/health/liveliness"  # answers without a key (/health wants one)


def litellm_venv() -> Path:
    return Path(os.environ.get("LITELLM_VENV", "/work/venvs/litellm"))


def litellm_problem(venv: Path | None = None) -> str | None:
    """Why LiteLLM cannot be run from ``venv`` (missing, another version), or None."""
    venv = venv or litellm_venv()
    if not (venv / "bin" / "litellm").exists():
        return f"LiteLLM not found in {venv} (install: {INSTALL}; or set LITELLM_VENV)"
    found = sorted(p.name for p in venv.glob("lib/python*/site-packages/litellm-*.dist-info"))
    wanted = f"litellm-{LITELLM_VERSION}.dist-info"
    if wanted not in found:
        return f"{venv} has {', '.join(found) or 'no litellm'}, not LiteLLM {LITELLM_VERSION}"
    return None


def new_master_key() -> str:
    return "sk-peer-" + secrets.token_hex(16)


def litellm_config(
    models: Mapping[str, tuple[str, str]],
    master_key: str,
    *,
    upstream_key: str = "dummy",
) -> str:
    """LiteLLM's config: ``models`` maps each model group (alias) to (OpenAI-compatible
    base URL, model name there); everything else is LiteLLM's default (its own retries
    included), as a user would run it, without spend logs (no database)."""
    lines = ["model_list:"]
    for alias, (api_base, model) in models.items():
        lines += [
            f"  - model_name: {alias}",
            f"    litellm_params: {{model: 'openai/{model}', api_base: '{api_base}', "
            f"api_key: '{upstream_key}'}}",
        ]
    lines += ["general_settings:", f"  master_key: {master_key}", "  disable_spend_logs: true"]
    return "\n".join(lines) + "\n"


def litellm_server(
    config_path: Path,
    port: int,
    log_path: Path,
    *,
    core: int | None = None,
    workers: int = 1,
    venv: Path | None = None,
) -> Server:
    """LiteLLM's proxy on 127.0.0.1:``port`` (not started)."""
    venv = venv or litellm_venv()
    cmd = [
        str(venv / "bin" / "litellm"),
        "--config",
        str(config_path),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--num_workers",
        str(workers),
    ]
    ready = f"http://127.0.0.1:{port}{READY_PATH}"
    return Server("litellm", cmd, core, ready, log_path, env=dict(LITELLM_ENV))


def sim_server(name: str, port: int, flags: list[str], log_path: Path) -> Server:
    """``aire sim`` on 127.0.0.1:``port`` with ``flags`` (faults, latency; not started)."""
    cmd = [sys.executable, "-m", "aire", "sim", "--port", str(port), *flags]
    return Server(name, cmd, None, f"http://127.0.0.1:{port}/health", log_path)


@dataclass
class PeerStack:
    """``aire sim`` upstreams and one LiteLLM proxy in front of them, all on 127.0.0.1.

    ``sims`` maps a name to ``aire sim`` flags; ``models`` maps a LiteLLM model group to
    (sim name, model name at the sim); ``extra_models`` to (base URL, model) of upstreams
    started elsewhere.
    """

    workdir: Path
    sims: Mapping[str, list[str]]
    models: Mapping[str, tuple[str, str]]
    extra_models: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    master_key: str = field(default_factory=new_master_key)
    sim_urls: dict[str, str] = field(default_factory=dict)
    litellm_url: str = ""
    servers: list[Server] = field(default_factory=list)

    @contextlib.contextmanager
    def running(self, timeout_s: float = 180.0) -> Iterator[PeerStack]:
        self.workdir.mkdir(parents=True, exist_ok=True)
        try:
            for name, flags in self.sims.items():
                port = free_port()
                self.sim_urls[name] = f"http://127.0.0.1:{port}"
                self.servers.append(sim_server(name, port, flags, self.workdir / f"{name}.log"))
            upstreams = {
                alias: (f"{self.sim_urls[sim]}/v1", model)
                for alias, (sim, model) in self.models.items()
            }
            config = self.workdir / "litellm.yaml"
            config.write_text(litellm_config({**upstreams, **self.extra_models}, self.master_key))
            port = free_port()
            self.litellm_url = f"http://127.0.0.1:{port}"
            self.servers.append(litellm_server(config, port, self.workdir / "litellm.log"))
            for server in self.servers:
                server.start()
            for server in self.servers:
                server.wait_ready(timeout_s)
            yield self
        finally:
            for server in reversed(self.servers):
                server.stop()

    @property
    def litellm(self) -> Server:
        return self.servers[-1]
