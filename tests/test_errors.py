"""The exception tree: stable codes, statuses and exit codes; OpenAI-shaped bodies."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

from aire import errors
from aire.errors import (
    AireError,
    ConfigError,
    ContextLengthExceeded,
    RateLimited,
    UpstreamStatusError,
    UpstreamTimeout,
)


def test_every_error_is_an_aire_error_with_a_code() -> None:
    for name in errors.__all__:
        cls = getattr(errors, name)
        assert issubclass(cls, AireError)
        assert cls.code
        assert 400 <= cls.http_status <= 599
        assert cls.exit_code in (1, 2, 3)


def test_codes_are_unique() -> None:
    codes = [getattr(errors, name).code for name in errors.__all__]
    assert len(codes) == len(set(codes))


def _subclasses(cls: type[AireError]) -> list[type[AireError]]:
    out = []
    for sub in cls.__subclasses__():
        out += [sub, *_subclasses(sub)]
    return out


def test_every_error_class_of_aire_lives_in_the_one_tree() -> None:
    """Import every module, then walk AireError's subclasses: each is defined (and
    exported) in aire.errors, and no two share a code."""
    import aire

    for info in pkgutil.walk_packages(aire.__path__, "aire."):
        if info.name != "aire.__main__":  # running it runs the CLI
            importlib.import_module(info.name)
    found = [c for c in _subclasses(AireError) if c.__module__.startswith("aire")]
    assert len(found) > 20
    stray = [f"{c.__module__}.{c.__qualname__}" for c in found if c.__module__ != "aire.errors"]
    assert not stray, f"define these in aire/errors.py: {stray}"
    assert {c.__name__ for c in found} <= set(errors.__all__)
    codes = [c.code for c in (AireError, *found)]
    assert len(codes) == len(set(codes)), sorted(c for c in codes if codes.count(c) > 1)


@pytest.mark.parametrize(
    ("cls", "status", "exit_code"),
    [
        (errors.UsageError, 400, 2),
        (errors.ConfigError, 400, 2),
        (errors.NotFound, 404, 2),
        (errors.AuthenticationError, 401, 2),
        (errors.PermissionDenied, 403, 2),
        (errors.RateLimited, 429, 3),
        (errors.GuardBlocked, 400, 1),
        (errors.CheckFailed, 500, 1),
        (errors.UpstreamError, 502, 3),
        (errors.UpstreamTimeout, 504, 3),
        (errors.NoHealthyUpstream, 503, 3),
    ],
)
def test_contract(cls: type[AireError], status: int, exit_code: int) -> None:
    assert cls.http_status == status
    assert cls.exit_code == exit_code


def test_openai_shaped_body() -> None:
    exc = ContextLengthExceeded("too long", param="messages")
    assert exc.to_body() == {
        "error": {
            "message": "too long",
            "type": "invalid_request_error",
            "param": "messages",
            "code": "context_length_exceeded",
        }
    }
    assert exc.status() == 400
    assert exc.show() == "error: too long"


def test_config_error_show() -> None:
    assert ConfigError("bad", file="a.yaml", line=3, path="sim.x").show() == (
        "config error: a.yaml:3: sim.x: bad"
    )
    assert ConfigError("bad").show() == "config error: bad"
    assert ConfigError("bad", file="a.yaml").show() == "config error: a.yaml: bad"


def test_structured_fields() -> None:
    assert RateLimited("slow down", retry_after_s=2.0).retry_after_s == 2.0
    assert UpstreamTimeout("late", phase="first_token").phase == "first_token"
    assert AireError("x", param="p", model="m").detail == {"model": "m"}


def test_upstream_status_passes_client_errors_through() -> None:
    client = UpstreamStatusError("bad", upstream_status=400)
    server = UpstreamStatusError("down", upstream_status=503, retry_after_s=1.0)
    assert client.status() == 400
    assert not client.retryable
    assert server.status() == 502
    assert server.retryable
    assert UpstreamStatusError("slow", upstream_status=429).retryable
