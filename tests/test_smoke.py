import aiohttp


async def test_sim_answers_chat(sim: str) -> None:
    async with aiohttp.ClientSession() as s:
        body = {
            "model": "aire-sim",
            "messages": [{"role": "user", "content": "hi"}],
            "max_tokens": 5,
        }
        async with s.post(f"{sim}/v1/chat/completions", json=body) as r:
            assert r.status == 200
            data = await r.json()
    assert data["usage"]["completion_tokens"] == 5
    assert data["choices"][0]["finish_reason"] == "length"
