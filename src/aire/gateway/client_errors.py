"""What a client sees of a failure: an OpenAI-shaped body with a stable ``code``.

Nothing here names an upstream's URL, host or key: an upstream failure is described in
the gateway's own words (what failed and after how many attempts); the upstream's
message (which may name its URL) goes to the log only. The exception is an upstream's
4xx about the client's own request (a bad field, a context too long), whose message is
passed on, because the client needs it to fix the request.
"""

from __future__ import annotations

from typing import Any

import orjson

from aire.errors import AireError, RateLimited, UpstreamError, UpstreamStatusError
from aire.gateway.context import RequestContext

__all__ = ["client_error", "stream_error_body", "stream_error_event"]

Headers = list[tuple[bytes, bytes]]

_UPSTREAM_MESSAGES = {
    "upstream_timeout": "the upstream model did not answer in time",
    "upstream_connect_error": "the upstream model could not be reached",
    "upstream_tls_error": "the upstream model could not be reached: the TLS handshake failed "
    "(its certificate is not trusted or not valid for its host name; check the "
    "deployment's tls settings)",
    "upstream_protocol_error": "the upstream model sent an invalid response",
    "upstream_http_error": "the upstream model failed",
    "no_healthy_upstream": "no upstream is available for this model",
}

_MID_STREAM = {
    "upstream_timeout": "the upstream model stopped sending in the middle of the answer (timeout)",
    "upstream_connect_error": "the connection to the upstream model broke mid-answer",
    "upstream_protocol_error": "the upstream model sent an invalid or cut-off stream",
    "upstream_http_error": "the upstream model reported an error in the middle of the answer",
}


def _is_client_fault(exc: AireError) -> bool:
    return (
        isinstance(exc, UpstreamStatusError)
        and 400 <= exc.upstream_status < 500
        and not exc.deployment_fault
    )


def client_error(exc: AireError, ctx: RequestContext) -> tuple[int, dict[str, Any], Headers]:
    """(HTTP status, body, extra headers) of an error answer."""
    extra: Headers = []
    retry_after = getattr(exc, "retry_after_s", None)
    if isinstance(exc, UpstreamStatusError | RateLimited) and retry_after is not None:
        extra.append((b"retry-after", str(max(1, round(retry_after))).encode()))
    if isinstance(exc, UpstreamStatusError) and _is_client_fault(exc):
        status = exc.upstream_status
        kind = "rate_limit_error" if status == 429 else "invalid_request_error"
        # status_error() gives the upstream's own message, or a neutral one without its URL
        message = exc.detail.get("client_message", exc.message)
        err = exc.body.get("error") if exc.body else None
        param = err.get("param") if isinstance(err, dict) else None
        body = {
            "message": message,
            "type": kind,
            "param": param if isinstance(param, str) else None,
            "code": _client_code(exc),
        }
        return status, {"error": body}, extra
    if isinstance(exc, UpstreamError):
        return exc.status(), {"error": _upstream_body(exc, ctx.attempts)}, extra
    return exc.status(), exc.to_body(), extra


_CLIENT_CODES = {413: "request_too_large", 429: "rate_limited"}


def _client_code(exc: UpstreamStatusError) -> str:
    """The upstream's own code when it has a meaningful one; some proxies (LiteLLM) send
    the status as a string ("400"): then aire's code for that status."""
    code = exc.upstream_code
    if code and not code.isdigit():
        return code
    return _CLIENT_CODES.get(exc.upstream_status, "invalid_request")


def _upstream_body(exc: UpstreamError, attempts: int) -> dict[str, Any]:
    message = _UPSTREAM_MESSAGES.get(exc.code, "the upstream model failed")
    if isinstance(exc, UpstreamStatusError) and exc.deployment_fault:
        # not the client's fault: say so without the upstream's own words (its model
        # name, its account)
        check = "api_key" if exc.upstream_status in (401, 403) else "url and model"
        message = (
            f"the upstream model refused the gateway's request with HTTP "
            f"{exc.upstream_status} (check the deployment's {check})"
        )
    if attempts:
        message += f" ({attempts} attempt{'s' if attempts != 1 else ''})"
    return {"message": message, "type": "upstream_error", "param": None, "code": exc.code}


def stream_error_event(err: AireError) -> bytes:
    """The SSE event that ends a stream which failed after it started (no [DONE])."""
    return b"data: " + orjson.dumps({"error": stream_error_body(err)}) + b"\n\n"


def stream_error_body(err: AireError) -> dict[str, Any]:
    """What a client is told of a failure after its stream started."""
    if isinstance(err, UpstreamError):
        body = {
            "message": _MID_STREAM.get(err.code, _MID_STREAM["upstream_http_error"]),
            "type": "upstream_error",
            "param": None,
            "code": "upstream_stream_interrupted",
        }
    else:
        body = err.to_body()["error"]  # an error's own extra fields too (a blocked tool's name)
    return body
