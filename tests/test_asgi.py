"""The ASGI helpers shared by the gateway and the simulator."""

from __future__ import annotations

import asyncio

import pytest

from aire.asgi import DisconnectWatch, Message


class Client:
    """An ASGI ``receive`` whose client leaves when ``leave()`` is called."""

    def __init__(self) -> None:
        self.left = asyncio.Event()
        self.receives = 0

    def leave(self) -> None:
        self.left.set()

    async def receive(self) -> Message:
        self.receives += 1
        await self.left.wait()
        return {"type": "http.disconnect"}


@pytest.mark.parametrize("start_after_s", [0.0, 0.05])
async def test_a_client_that_leaves_cancels_the_handler(start_after_s: float) -> None:
    client = Client()

    async def handler() -> str:
        watch = DisconnectWatch(client.receive, start_after_s)
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            if watch.absorb():
                return "client gone"
            raise
        finally:
            watch.stop()
        return "done"

    task = asyncio.get_running_loop().create_task(handler())
    await asyncio.sleep(0.01)
    client.leave()  # before the delayed watch starts: seen when it does
    assert await asyncio.wait_for(task, 2) == "client gone"


async def test_a_delayed_watch_is_never_started_for_a_quick_handler() -> None:
    client = Client()
    watch = DisconnectWatch(client.receive, 0.05)
    await asyncio.sleep(0)
    watch.stop()
    await asyncio.sleep(0.1)
    assert client.receives == 0
    assert not watch.client_gone


async def test_a_stopped_watch_does_not_cancel() -> None:
    client = Client()
    watch = DisconnectWatch(client.receive)
    await asyncio.sleep(0)
    watch.stop()
    client.leave()
    await asyncio.sleep(0.01)  # still running: not cancelled
    assert not watch.absorb()
