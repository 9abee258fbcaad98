"""``/status``: in-process SLO burn rates (JSON and HTML), breakers, alerts; and the page
in headless Chromium (Debian ``chromium``, Playwright) showing a burning SLO and an open
breaker, with a screenshot kept (``$AIRE_STATUS_SCREENSHOT`` or the test's tmp dir)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from tests.gateway.conftest import StartGateway
from tests.gateway.helpers import deployment

from aire.gateway.status import StatusAlerts, burn_rates
from aire.telemetry.sli_windows import SliWindows


def test_windows_and_burn_rates_with_an_injected_clock() -> None:
    now = [1_000_000.0]
    w = SliWindows(clock=lambda: now[0])
    for i in range(100):
        w.add("chat", "availability", bad=i < 10)  # 10% errors, now
    now[0] += 1200  # 20 minutes later: out of the 5 min window, in 30 min and more
    w.add("chat", "availability", bad=False)
    counts = w.counts()
    assert counts["chat"]["availability"] == {
        "300": [0, 1],
        "1800": [10, 101],
        "3600": [10, 101],
        "21600": [10, 101],
    }
    now[0] += 21600  # past the horizon: forgotten
    w.add("chat", "availability", bad=False)
    assert w.counts()["chat"]["availability"]["21600"] == [0, 1]


def test_page_needs_both_windows_and_enough_events() -> None:
    burning = {"300": [5, 20], "1800": [5, 20], "3600": [5, 20], "21600": [5, 20]}
    (slo,) = burn_rates({"chat": {"availability": burning}}, {"availability": 99.9})
    assert slo["burn_rate"]["300"] == pytest.approx(250)
    assert slo["state"] == "page"
    few = {k: [1, 3] for k in burning}  # 33% errors but 3 events: the low-traffic guard
    assert burn_rates({"c": {"availability": few}}, {"availability": 99.9})[0]["state"] == "ok"
    recovered = {**burning, "300": [0, 20]}
    states = burn_rates({"c": {"availability": recovered}}, {"availability": 99.9})
    assert states[0]["state"] == "page"  # the slow pair (30 min and 6 h) still burns
    alerts = StatusAlerts()
    assert [a["severity"] for a in alerts.update(states)] == ["page"]
    assert alerts.update([])[0]["resolved"] is not None


async def _traffic(start_sim: Callable[..., Any], start_gateway: StartGateway) -> str:
    refusing, _ = start_sim(degradations=[{"kind": "refusal"}])
    broken, _ = start_sim(faults=[{"kind": "server_error"}])
    url, app = start_gateway(
        models={
            "ask": {"deployments": [deployment(refusing, "ask-1")]},
            "chat": {"deployments": [deployment(broken, "chat-1")]},
        },
        retries={"max_attempts": 1},
    )
    msgs = [{"role": "user", "content": "Tell me about error budgets in two sentences."}]
    ask = {"model": "ask", "messages": msgs, "max_tokens": 30}
    chat = {"model": "chat", "messages": msgs}
    async with aiohttp.ClientSession() as s:
        for _ in range(30):
            async with s.post(f"{url}/v1/chat/completions", json=ask) as r:
                assert r.status == 200
        for _ in range(12):
            async with s.post(f"{url}/v1/chat/completions", json=chat) as r:
                assert r.status >= 500
    assert app.quality is not None
    assert app.quality.flush()
    return url


async def test_status_json_shows_burning_slos_and_the_open_breaker(
    start_sim: Callable[..., Any], start_gateway: StartGateway
) -> None:
    url = await _traffic(start_sim, start_gateway)
    async with aiohttp.ClientSession() as s, s.get(f"{url}/status") as r:
        status = await r.json()
    assert status["status"] == "burning"
    by = {(x["alias"], x["sli"]): x for x in status["slos"]}
    assert by[("ask", "refusal")]["state"] == "page"
    assert by[("ask", "availability")]["state"] == "ok"  # refusing, yet available
    assert by[("chat", "availability")]["state"] == "page"
    assert status["models"]["chat"]["deployments"]["chat-1"]["breaker"] == {"open": 1}
    assert {(a["alias"], a["sli"]) for a in status["alerts"]} >= {("ask", "refusal")}
    assert any(e["kind"] == "breaker" and e["state"] == "open" for e in status["events"])
    async with aiohttp.ClientSession() as s, s.get(f"{url}/status?format=html") as r:
        assert r.content_type == "text/html"
        assert "<table id=slos>" in await r.text()


CHROMIUM = shutil.which("chromium")


async def test_status_page_in_headless_chromium(
    start_sim: Callable[..., Any], start_gateway: StartGateway, tmp_path: Path
) -> None:
    if CHROMIUM is None or not _playwright():
        if os.environ.get("CI"):
            pytest.fail("chromium and playwright are needed (.ci/run installs them)")
        pytest.skip("chromium (Debian) or playwright missing")
    from playwright.async_api import async_playwright

    url = await _traffic(start_sim, start_gateway)
    shot = Path(os.environ.get("AIRE_STATUS_SCREENSHOT") or tmp_path / "status.png")
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            page = await browser.new_page(viewport={"width": 1100, "height": 1000})
            await page.goto(f"{url}/status")
            assert (await page.inner_text("#overall")) == "burning"
            slos = await page.inner_text("#slos")
            row = next(line for line in slos.splitlines() if line.startswith("ask\trefusal"))
            assert row.endswith("page")
            deps = await page.inner_text("#deployments")
            assert any("chat-1" in line and "open: 1" in line for line in deps.splitlines())
            await page.screenshot(path=str(shot), full_page=True)
        finally:
            await browser.close()
    assert os.path.getsize(shot) > 10_000  # noqa: ASYNC240 (after the browser closed)


def _playwright() -> bool:
    try:
        import playwright.async_api  # noqa: F401
    except ImportError:
        return False
    return True


def test_drift_canary_and_shadow_merge_over_workers_and_render() -> None:
    from aire.gateway.shadow_compare import ShadowResult, ShadowSummary
    from aire.gateway.status import _merge_canary, _merge_drift
    from aire.gateway.status_page import render_status

    def worker(alarm: bool, rolled: str | None, weight: float) -> dict[str, Any]:
        shadow = ShadowSummary()
        shadow.on_shadow(
            ShadowResult("chat", "next", "ok", 0.5, 1.0, 0.1, 0.2, shadow_refused=alarm)
        )
        return {
            "drift": {
                "chat": {
                    "state": "armed",
                    "answers": 1500,
                    "detectors": {
                        "refused": {"score": 1.2 if alarm else 0.1, "alarm": alarm},
                        "answer_chars": {"score": 0.3, "alarm": False},
                    },
                }
            },
            "canary": {"chat": {"deployment": "new", "weight": weight, "rolled_back": rolled}},
            "shadow": shadow.snapshot(),
        }

    snaps = [worker(True, "refused", 0.0), worker(False, None, 0.2)]
    drift = _merge_drift(snaps)
    assert drift["chat"]["answers"] == 3000
    assert drift["chat"]["armed_workers"] == 2
    assert drift["chat"]["alarms"] == ["refused"]
    assert drift["chat"]["scores"] == {"refused": 1.2, "answer_chars": 0.3}
    canary = _merge_canary(snaps)
    assert canary == {"chat": {"deployment": "new", "weight": 0.0, "rolled_back": ["refused"]}}
    from aire.gateway.shadow_compare import merge

    shadow = merge([s["shadow"] for s in snaps])
    assert shadow[0]["refusal_rate"] == {"primary": 0.0, "shadow": 0.5}
    page = render_status(
        {
            "status": "ok",
            "version": "x",
            "workers": 2,
            "uptime_s": 1,
            "drift": drift,
            "canary": canary,
            "shadow": shadow,
        }
    ).decode()
    assert "<table id=drift>" in page
    assert "refused 1.20" in page
    assert "rolled back: refused" in page
    assert "<table id=shadow>" in page
    assert "0.00% / 50.00%" in page
