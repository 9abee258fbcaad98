"""The one exception tree of aire.

Every error a user or a client can see is an ``AireError``. Each class carries a
stable ``code`` (for JSON bodies and logs), the ``http_status`` a server answers with,
and the ``exit_code`` a CLI verb exits with (see ARCHITECTURE.md):
0 ok, 1 a gate or threshold said no, 2 usage or config error, 3 could not run.

    AireError                       code=internal_error      http 500  exit 3
    ├── UsageError                  code=usage_error         http 400  exit 2
    │   ├── ConfigError             code=config_error        http 400  exit 2
    │   │   └── UnsupportedSettings code=unsupported_settings (a LiteLLM config: all listed)
    │   ├── InputFileError          code=input_file_error    http 400  exit 2
    │   ├── InvalidRequest          code=invalid_request     http 400  exit 2
    │   │   ├── ContextLengthExceeded code=context_length_exceeded
    │   │   ├── BodyTooLarge        code=request_too_large   http 413
    │   │   ├── UnsupportedMediaType code=unsupported_media_type http 415
    │   │   └── InvalidSetting      code=invalid_setting     (simulator: admin change, fault header)
    │   └── RequestHeadTimeout      code=request_timeout     http 408
    ├── NotFound                    code=not_found           http 404  exit 2
    │   └── ModelNotFound           code=model_not_found
    ├── MethodNotAllowed            code=method_not_allowed  http 405  exit 2 (``allow``)
    ├── ClientDisconnected          code=client_disconnected http 499  exit 2
    ├── AuthenticationError         code=invalid_api_key     http 401  exit 2
    │   ├── MissingCredentials      code=missing_api_key     (no key or token sent)
    │   ├── KeyExpired              code=key_expired
    │   ├── KeyRevoked              code=key_revoked
    │   └── TokenExpired            code=token_expired
    ├── PermissionDenied            code=permission_denied   http 403  exit 2
    │   ├── ModelNotAllowed         code=model_not_allowed   (not in the key's allowlist)
    │   └── OutOfScope              code=token_out_of_scope  (a token's action/resources)
    ├── RateLimited                 code=rate_limited        http 429  exit 3
    │   ├── CapacityExceeded        code=capacity_exceeded   (every deployment at max_concurrency)
    │   ├── ConcurrencyLimited      code=concurrency_limited (a key's/team's max_concurrency)
    │   └── BudgetExceeded          code=budget_exceeded     (a spend budget is used up)
    ├── TooManyConnections          code=too_many_connections http 503 exit 3
    ├── GuardBlocked                code=guard_blocked       http 400  exit 1
    │   └── ToolCallBlocked         code=tool_call_blocked   (a model's tool call)
    ├── CheckFailed                 code=check_failed        http 500  exit 1
    ├── GateRunError                code=gate_run_error      exit 3    (no evidence for a gate)
    ├── ListenError                 code=listen_error        exit 3    (port busy, bad address)
    ├── SimStartError               code=sim_start_failed    exit 3    (aire up's simulator)
    ├── SimServerError              code=server_error        http 500  (simulated upstream failure)
    ├── SimUnavailable              code=service_unavailable http 503  (simulated, Retry-After)
    ├── EngineOverloaded            code=overloaded          http 503  (simulator queue full)
    ├── StateError                  code=state_error         http 500  exit 3  (aire.state)
    │   └── StateUnavailable        code=state_unavailable   http 503  (the store cannot be reached)
    ├── AuditUnavailable            code=audit_unavailable   exit 3   (the audit log cannot be read)
    ├── RulesInvalid                code=rules_invalid       exit 1    (a rule file is wrong)
    ├── PrometheusUnavailable       code=prometheus_unavailable exit 3 (its HTTP API failed)
    ├── LoadError                   code=load_error          exit 3
    │   ├── TargetUnreachable       code=target_unreachable  exit 3    (nothing answers at the URL)
    │   └── ResultFileError         code=result_file_error   exit 2    (not a summary file)
    └── UpstreamError               code=upstream_error      http 502  exit 3
        ├── UpstreamConnectError    code=upstream_connect_error
        │   └── UpstreamTLSError    code=upstream_tls_error (handshake: certificate, host name)
        ├── UpstreamTimeout         code=upstream_timeout    http 504
        ├── UpstreamStatusError     code=upstream_http_error (status of the upstream)
        ├── UpstreamProtocolError   code=upstream_protocol_error
        │   └── StreamInterrupted   code=upstream_stream_interrupted (after the first byte)
        └── NoHealthyUpstream       code=no_healthy_upstream http 503

Every error class of aire lives in this module (a test walks the subclasses), so that a
``code`` means one thing everywhere. Third-party exceptions are mapped to these at the
edge with ``raise ... from exc``.
"""

from __future__ import annotations

from typing import Any, ClassVar

__all__ = [
    "AireError",
    "AuditUnavailable",
    "AuthenticationError",
    "BodyTooLarge",
    "BudgetExceeded",
    "CapacityExceeded",
    "CheckFailed",
    "ClientDisconnected",
    "ConcurrencyLimited",
    "ConfigError",
    "ContextLengthExceeded",
    "EngineOverloaded",
    "GateRunError",
    "GuardBlocked",
    "InputFileError",
    "InvalidRequest",
    "InvalidSetting",
    "KeyExpired",
    "KeyRevoked",
    "ListenError",
    "LoadError",
    "MethodNotAllowed",
    "MissingCredentials",
    "ModelNotAllowed",
    "ModelNotFound",
    "NoHealthyUpstream",
    "NotFound",
    "OutOfScope",
    "PermissionDenied",
    "PrometheusUnavailable",
    "RateLimited",
    "RequestHeadTimeout",
    "ResultFileError",
    "RulesInvalid",
    "SimServerError",
    "SimStartError",
    "SimUnavailable",
    "StateError",
    "StateUnavailable",
    "StreamInterrupted",
    "TargetUnreachable",
    "TokenExpired",
    "TooManyConnections",
    "ToolCallBlocked",
    "UnsupportedMediaType",
    "UnsupportedSettings",
    "UpstreamConnectError",
    "UpstreamError",
    "UpstreamProtocolError",
    "UpstreamStatusError",
    "UpstreamTLSError",
    "UpstreamTimeout",
    "UsageError",
]


class AireError(Exception):
    """Root of every aire error. ``message`` is safe to show to a user or a client."""

    code: ClassVar[str] = "internal_error"
    http_status: ClassVar[int] = 500
    exit_code: ClassVar[int] = 3
    #: OpenAI-style error ``type`` for HTTP bodies.
    error_type: ClassVar[str] = "server_error"

    def __init__(self, message: str, *, param: str | None = None, **detail: Any) -> None:
        super().__init__(message)
        self.message = message
        self.param = param
        self.detail = detail

    def status(self) -> int:
        """HTTP status for this instance (subclasses may depend on their fields)."""
        return self.http_status

    def to_body(self) -> dict[str, Any]:
        """An OpenAI-shaped error body: ``{"error": {"message", "type", "param", "code"}}``."""
        return {
            "error": {
                "message": self.message,
                "type": self.error_type,
                "param": self.param,
                "code": self.code,
            }
        }

    def show(self) -> str:
        """One line for a terminal."""
        return f"error: {self.message}"


class UsageError(AireError):
    code = "usage_error"
    http_status = 400
    exit_code = 2
    error_type = "invalid_request_error"


class ConfigError(UsageError):
    """A configuration file or value is wrong; names the file, line and field path."""

    code = "config_error"

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(message)
        self.file = file
        self.line = line
        self.path = path

    def show(self) -> str:
        where = ""
        if self.file:
            where = self.file + (f":{self.line}" if self.line else "") + ": "
        field = f"{self.path}: " if self.path else ""
        return f"config error: {where}{field}{self.message}"


class UnsupportedSettings(ConfigError):
    """Settings of a translated config (LiteLLM's) that aire does not support: all of
    them at once, each as ``file:line: path: why``, so that one run lists what to change."""

    code = "unsupported_settings"

    def __init__(self, settings: list[str], *, file: str) -> None:
        self.settings = tuple(settings)
        listing = "\n".join(f"  {s}" for s in settings)
        super().__init__(
            f"{len(settings)} LiteLLM setting(s) that aire does not support; change or remove "
            f"them, or pass --ignore-unsupported to start without them:\n{listing}",
            file=file,
        )


class InputFileError(UsageError):
    """A data file (JSONL rows, a dataset) cannot be read or has a bad record at ``line``."""

    code = "input_file_error"

    def __init__(self, message: str, *, file: str, line: int | None = None) -> None:
        super().__init__(message)
        self.file = file
        self.line = line

    def show(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "")
        return f"error: {where}: {self.message}"


class InvalidRequest(UsageError):
    code = "invalid_request"


class ContextLengthExceeded(InvalidRequest):
    code = "context_length_exceeded"


class RequestHeadTimeout(UsageError):
    """A client did not send a complete request head in time (slowloris)."""

    code = "request_timeout"
    http_status = 408


class NotFound(AireError):
    code = "not_found"
    http_status = 404
    exit_code = 2
    error_type = "invalid_request_error"


class AuthenticationError(AireError):
    code = "invalid_api_key"
    http_status = 401
    exit_code = 2
    error_type = "authentication_error"


class PermissionDenied(AireError):
    code = "permission_denied"
    http_status = 403
    exit_code = 2
    error_type = "permission_error"


class RateLimited(AireError):
    code = "rate_limited"
    http_status = 429
    exit_code = 3
    error_type = "rate_limit_error"

    def __init__(self, message: str, *, retry_after_s: float | None = None, **detail: Any) -> None:
        super().__init__(message, **detail)
        self.retry_after_s = retry_after_s


class TooManyConnections(AireError):
    """The server is at its cap of concurrent connections."""

    code = "too_many_connections"
    http_status = 503
    exit_code = 3


class GuardBlocked(AireError):
    code = "guard_blocked"
    http_status = 400
    exit_code = 1
    error_type = "invalid_request_error"


class ToolCallBlocked(GuardBlocked):
    """A tool call of the model broke an action guardrail: the answer is not delivered.

    The body names the tool and the rule (its config path) in two extra fields beside
    OpenAI's, so that a client can act on them (drop the tool, ask the model again); the
    message says what was wrong without the argument's value."""

    code = "tool_call_blocked"

    def __init__(self, message: str, *, tool: str, rule: str | None) -> None:
        super().__init__(message)
        self.tool = tool
        self.rule = rule

    def to_body(self) -> dict[str, Any]:
        body = super().to_body()
        body["error"]["tool"] = self.tool
        body["error"]["rule"] = self.rule
        return body


class CheckFailed(AireError):
    code = "check_failed"
    exit_code = 1


class GateRunError(AireError):
    """A readiness check could not gather its evidence: a probe run, an eval command
    that printed no JSON, a results file that is not the contract's JSON (``aire check``
    exits 3: nothing can be said about readiness)."""

    code = "gate_run_error"
    exit_code = 3


class UpstreamError(AireError):
    """The upstream model server failed; ``retryable`` says whether another try may help."""

    code = "upstream_error"
    http_status = 502
    exit_code = 3
    retryable: bool = True


class UpstreamConnectError(UpstreamError):
    code = "upstream_connect_error"


class UpstreamTLSError(UpstreamConnectError):
    """The TLS handshake with the upstream failed: its certificate was not accepted (an
    unknown CA, expired, for another host name) or no TLS version was agreed on."""

    code = "upstream_tls_error"


class UpstreamTimeout(UpstreamError):
    code = "upstream_timeout"
    http_status = 504

    def __init__(self, message: str, *, phase: str = "total", **detail: Any) -> None:
        super().__init__(message, **detail)
        self.phase = phase


class UpstreamStatusError(UpstreamError):
    """The upstream answered with an HTTP error status."""

    code = "upstream_http_error"

    def __init__(
        self,
        message: str,
        *,
        upstream_status: int,
        upstream_code: str | None = None,
        retry_after_s: float | None = None,
        body: dict[str, Any] | None = None,
        **detail: Any,
    ) -> None:
        super().__init__(message, **detail)
        self.upstream_status = upstream_status
        self.upstream_code = upstream_code
        self.retry_after_s = retry_after_s
        self.body = body
        # 401/403/404 say the deployment is set up wrong (its key, URL or model name), not
        # that the client's request is: another deployment or a fallback may serve it.
        self.deployment_fault = upstream_status in (401, 403, 404)
        self.retryable = (
            upstream_status in (408, 409, 429) or upstream_status >= 500 or self.deployment_fault
        )

    def status(self) -> int:
        # The client's own errors (400, 413, 422, 429...) pass through as they are; a
        # misconfigured deployment and server-side failures become a 502.
        if 400 <= self.upstream_status < 500 and not self.deployment_fault:
            return self.upstream_status
        return self.http_status


class UpstreamProtocolError(UpstreamError):
    code = "upstream_protocol_error"


class NoHealthyUpstream(UpstreamError):
    code = "no_healthy_upstream"
    http_status = 503


class StreamInterrupted(UpstreamProtocolError):
    """The upstream failed after the answer had started: the client gets an error event."""

    code = "upstream_stream_interrupted"


class BodyTooLarge(InvalidRequest):
    code = "request_too_large"
    http_status = 413


class UnsupportedMediaType(InvalidRequest):
    code = "unsupported_media_type"
    http_status = 415


class InvalidSetting(InvalidRequest):
    """A bad setting in a request to the simulator: an admin change or the fault header."""

    code = "invalid_setting"


class ModelNotFound(NotFound):
    code = "model_not_found"


class MethodNotAllowed(AireError):
    code = "method_not_allowed"
    http_status = 405
    exit_code = 2
    error_type = "invalid_request_error"

    def __init__(self, message: str, *, allow: list[str]) -> None:
        super().__init__(message)
        self.allow = allow


class ClientDisconnected(AireError):
    """The client left before it sent the whole request body: nothing to answer."""

    code = "client_disconnected"
    http_status = 499
    exit_code = 2
    error_type = "invalid_request_error"


class CapacityExceeded(RateLimited):
    """Every deployment of a model is at its ``max_concurrency``: try again shortly."""

    code = "capacity_exceeded"


class ListenError(AireError):
    code = "listen_error"
    exit_code = 3


class SimStartError(AireError):
    code = "sim_start_failed"
    exit_code = 3


class SimServerError(AireError):
    """A simulated upstream failure (``aire sim`` fault injection)."""

    code = "server_error"
    http_status = 500


class SimUnavailable(AireError):
    """A simulated 503 with an optional Retry-After."""

    code = "service_unavailable"
    http_status = 503

    def __init__(self, message: str, *, retry_after_s: float | None = None) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class EngineOverloaded(AireError):
    """The simulator's queue is full."""

    code = "overloaded"
    http_status = 503
    error_type = "server_error"


class StateError(AireError):
    """The shared-state store (``aire.state``) refused an operation (a value that is not
    an integer for ``incr``, a malformed reply)."""

    code = "state_error"


class StateUnavailable(StateError):
    """The shared-state store cannot be reached (connection refused, timed out, closed)."""

    code = "state_unavailable"
    http_status = 503


class AuditUnavailable(AireError):
    """The audit store cannot be opened or read (no such database, not an audit log, the
    server unreachable, a schema newer than this aire)."""

    code = "audit_unavailable"
    exit_code = 3


class RulesInvalid(AireError):
    """A Prometheus rule file fails the checks ``promtool check rules`` makes."""

    code = "rules_invalid"
    exit_code = 1


class PrometheusUnavailable(AireError):
    """A Prometheus server's HTTP API could not be queried (down, not Prometheus, an error)."""

    code = "prometheus_unavailable"
    exit_code = 3


class LoadError(AireError):
    """The load generator could not run."""

    code = "load_error"
    exit_code = 3


class TargetUnreachable(LoadError):
    code = "target_unreachable"
    exit_code = 3


class ResultFileError(LoadError):
    code = "result_file_error"
    exit_code = 2


class MissingCredentials(AuthenticationError):
    code = "missing_api_key"


class KeyExpired(AuthenticationError):
    code = "key_expired"


class KeyRevoked(AuthenticationError):
    code = "key_revoked"


class TokenExpired(AuthenticationError):
    code = "token_expired"


class ModelNotAllowed(PermissionDenied):
    code = "model_not_allowed"


class OutOfScope(PermissionDenied):
    code = "token_out_of_scope"


class ConcurrencyLimited(RateLimited):
    code = "concurrency_limited"


class BudgetExceeded(RateLimited):
    code = "budget_exceeded"
