"""One LiteLLM proxy config, served by LiteLLM and by ``aire serve -c``: the same
deployments (named by model_info.id) answer, the same fallback is taken after the same
number of calls to the failing upstream.

Peer test: needs LiteLLM 1.106.2 in its own venv (``pytest -m peers``). The file is the
one of tests/cli/test_serve.py's end-to-end test; its upstreams are ``aire sim``s, one of
which fails every request.
"""

from __future__ import annotations

import re
import sys
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass

import aiohttp
import pytest
from benchmarks.gateway.procs import Server, free_port
from benchmarks.peers.litellm_proxy import litellm_problem, litellm_server, sim_server
from tests.cli.test_serve import LITELLM

pytestmark = [pytest.mark.peers, pytest.mark.timeout(600)]

MASTER = "sk-master-0123456789"
ENV = {"SIM_KEY": "sim-key", "MASTER": MASTER}
MESSAGES = [{"role": "user", "content": "hello"}]


@dataclass
class Stack:
    litellm: str
    aire: str
    broken: str


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    problem = litellm_problem()
    if problem is not None:
        pytest.fail(problem)  # asked for (-m peers): a missing peer is a failure
    workdir = tmp_path_factory.mktemp("litellm-config")
    good_port, broken_port = free_port(), free_port()
    good, broken = f"http://127.0.0.1:{good_port}", f"http://127.0.0.1:{broken_port}"
    servers = [
        sim_server("good", good_port, [], workdir / "good.log"),
        sim_server("broken", broken_port, ["--fault", "server_error:1.0"], workdir / "bad.log"),
    ]
    config = workdir / "litellm.yaml"
    config.write_text(LITELLM.format(broken=broken, good=good))
    litellm_port, aire_port = free_port(), free_port()
    peer = litellm_server(config, litellm_port, workdir / "litellm.log")
    peer.env.update(ENV)
    aire = Server(
        "aire",
        [sys.executable, "-m", "aire", "serve", "-c", str(config), "--port", str(aire_port)],
        None,
        f"http://127.0.0.1:{aire_port}/health",
        workdir / "aire.log",
        env=dict(ENV),
    )
    servers += [peer, aire]
    try:
        for server in servers:
            server.start()
        for server in servers:
            server.wait_ready(180)
        yield Stack(f"http://127.0.0.1:{litellm_port}", f"http://127.0.0.1:{aire_port}", broken)
    finally:
        for server in reversed(servers):
            server.stop()


def _faults(sim: str) -> float:
    """Requests the failing simulator has failed so far."""
    with urllib.request.urlopen(f"{sim}/metrics", timeout=5) as r:
        text = r.read().decode()
    found = re.search(r'^aire_sim_faults_injected_total\{kind="server_error"\} (\S+)', text, re.M)
    return float(found.group(1)) if found else 0.0


async def _call(url: str, model: str) -> tuple[int, str]:
    """Status and the serving deployment's model_info.id, as each gateway names it."""
    async with (
        aiohttp.ClientSession() as session,
        session.post(
            f"{url}/v1/chat/completions",
            json={"model": model, "messages": MESSAGES, "max_tokens": 5},
            headers={"Authorization": f"Bearer {MASTER}"},
        ) as r,
    ):
        await r.read()
        return r.status, r.headers.get("x-litellm-model-id") or r.headers.get(
            "x-aire-deployment", ""
        )


@pytest.mark.parametrize("gateway", ["litellm", "aire"])
async def test_the_fallback_after_the_same_calls(stack: Stack, gateway: str) -> None:
    url = getattr(stack, gateway)
    before = _faults(stack.broken)
    status, deployment = await _call(url, "chat")
    assert status == 200
    assert deployment in ("good-a", "good-b")
    assert _faults(stack.broken) - before == 2  # num_retries: 1, then the fallback


@pytest.mark.parametrize("gateway", ["litellm", "aire"])
async def test_the_same_deployments_serve(stack: Stack, gateway: str) -> None:
    url = getattr(stack, gateway)
    seen = {await _call(url, "backup") for _ in range(20)}  # LiteLLM's pick is random
    assert seen == {(200, "good-a"), (200, "good-b")}
    assert await _call(url, "claude") == (200, "sim-messages")
