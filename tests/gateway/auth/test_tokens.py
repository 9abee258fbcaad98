"""Scoped tokens: minted, verified locally, expired by an injected clock, never forged."""

from __future__ import annotations

import pytest

from aire.errors import AuthenticationError, TokenExpired
from aire.gateway.auth.tokens import PREFIX, TokenSigner


class Clock:
    now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def test_a_minted_token_verifies_with_its_scope() -> None:
    clock = Clock()
    signer = TokenSigner("master-key", clock=clock)
    token, claims = signer.mint("k1", actions=["chat"], resources=["gpt"], max_tokens=500)
    assert token.startswith(PREFIX)
    got = signer.verify(token)
    assert got == claims
    assert got.allows("chat", "gpt")
    assert not got.allows("embeddings", "gpt")
    assert not got.allows("chat", "other")
    assert got.max_tokens == 500


def test_expiry_is_five_minutes_by_default() -> None:
    clock = Clock()
    signer = TokenSigner("master-key", clock=clock)
    token, _ = signer.mint("k1", actions=["chat"], resources=["*"])
    clock.now += 299
    assert signer.verify(token).allows("chat", "anything")
    clock.now += 2
    with pytest.raises(TokenExpired):
        signer.verify(token)


@pytest.mark.parametrize(
    "mangle",
    [
        lambda t: t[:-2] + ("AA" if not t.endswith("AA") else "BB"),  # a flipped tag
        lambda t: t.replace(PREFIX, "v4.public."),
        lambda t: "v4.local.garbage",
        lambda t: "",
    ],
)
def test_a_damaged_token_is_refused(mangle: object) -> None:
    signer = TokenSigner("master-key")
    token, _ = signer.mint("k1", actions=["chat"], resources=["*"])
    with pytest.raises(AuthenticationError) as caught:
        signer.verify(mangle(token))  # type: ignore[operator]
    assert token not in caught.value.message


def test_another_master_key_cannot_verify_or_forge() -> None:
    token, _ = TokenSigner("key-a").mint("k1", actions=["chat"], resources=["*"])
    with pytest.raises(AuthenticationError):
        TokenSigner("key-b").verify(token)
