"""Who a request is from, once authenticated: the master key, a virtual key, or a scoped
token minted with one (anonymous when auth is off)."""

from __future__ import annotations

from dataclasses import dataclass, field

from aire.config.governance import LimitSpec
from aire.config.tools import ToolPolicy
from aire.gateway.auth.tokens import TokenClaims

__all__ = ["ANONYMOUS", "ENDPOINT_ACTIONS", "Principal", "token_tools"]

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
    #: action guardrails for this caller (the key's policy, or a token's tool names)
    tools: ToolPolicy | None = None

    def label(self) -> str:
        """For logs and audit: never a secret."""
        if self.kind == "token" and self.token is not None:
            return f"token:{self.token.token_id}@{self.key_id}"
        return self.key_id or self.kind


ANONYMOUS = Principal("anonymous")


def token_tools(claims: TokenClaims, key_tools: ToolPolicy | None) -> ToolPolicy | None:
    """A token's tool policy: the tools its actions name (it may only narrow its key's:
    the key's rules and denials still hold), else its key's policy."""
    names = tuple(a for a in claims.actions if a not in ENDPOINT_ACTIONS)
    if not names:
        return key_tools
    if key_tools is None:
        return ToolPolicy(allowed=names)
    return key_tools.model_copy(update={"allowed": names})
