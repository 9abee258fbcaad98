"""Who a request is from, once authenticated: the master key, a virtual key, or a scoped
token minted with one (anonymous when auth is off)."""

from __future__ import annotations

from dataclasses import dataclass, field

from aire.config.governance import LimitSpec
from aire.gateway.auth.tokens import TokenClaims

__all__ = ["ANONYMOUS", "ENDPOINT_ACTIONS", "Principal"]

#: actions that name an API (a token's other actions are tool names)
ENDPOINT_ACTIONS = frozenset({"chat", "completions", "embeddings"})


@dataclass(frozen=True, slots=True)
class Principal:
    kind: str  # "anonymous" | "master" | "key" | "token"
    key_id: str | None = None
    team: str | None = None
    owner: str | None = None
    limits: LimitSpec = field(default_factory=LimitSpec)
    token: TokenClaims | None = None

    @property
    def tools(self) -> tuple[str, ...] | None:
        """Tool names a token allows the model to call (None: no restriction here)."""
        if self.token is None:
            return None
        names = tuple(a for a in self.token.actions if a not in ENDPOINT_ACTIONS)
        return names or None

    def label(self) -> str:
        """For logs and audit: never a secret."""
        if self.kind == "token" and self.token is not None:
            return f"token:{self.token.token_id}@{self.key_id}"
        return self.key_id or self.kind


ANONYMOUS = Principal("anonymous")
