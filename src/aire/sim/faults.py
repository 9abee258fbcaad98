"""Which fault or degradation hits a request, and the ``kind:rate,key=value`` spec syntax.

The same syntax is used by ``aire sim --fault/--degrade`` and by the
``x-aire-sim-fault`` request header, e.g. ``drop:0.05,after_tokens=10``.
"""

from __future__ import annotations

import contextlib
import random
import socket
import struct
from typing import Any, TypeVar

from pydantic import BaseModel

from aire.asgi import Send
from aire.config.loader import validate_config
from aire.config.sim import DegradationSpec, FaultSpec, SimConfig

__all__ = [
    "abort_connection",
    "parse_degradation",
    "parse_fault",
    "pick_degradation",
    "pick_fault",
]

S = TypeVar("S", bound=BaseModel)


def _parse(spec: str, model: type[S], source: str) -> S:
    head, _, rest = spec.strip().partition(",")
    kind, _, rate = head.partition(":")
    data: dict[str, Any] = {"kind": kind.strip()}
    if rate.strip():
        data["rate"] = rate.strip()
    for item in filter(None, (part.strip() for part in rest.split(","))):
        key, eq, value = item.partition("=")
        if not eq:
            data[key.strip()] = True
            continue
        value = value.strip()
        data[key.strip()] = tuple(value.split("|")) if key.strip() == "models" else value
    return validate_config(model, data, source=source)


def parse_fault(spec: str, source: str = "--fault") -> FaultSpec:
    """``"kind[:rate][,key=value...]"`` -> FaultSpec (ConfigError on a bad spec)."""
    return _parse(spec, FaultSpec, source)


def parse_degradation(spec: str, source: str = "--degrade") -> DegradationSpec:
    return _parse(spec, DegradationSpec, source)


def pick_fault(config: SimConfig, model: str, rng: random.Random) -> FaultSpec | None:
    """The first configured fault whose draw hits this request, or None."""
    for fault in config.faults:
        if fault.models and model not in fault.models:
            continue
        if fault.rate >= 1.0 or rng.random() < fault.rate:
            return fault
    return None


def pick_degradation(
    config: SimConfig, rng: random.Random, age_s: float, request_no: int
) -> DegradationSpec | None:
    """The first degradation in effect that hits request number ``request_no`` (1-based)."""
    for spec in config.degradations:
        if age_s < spec.after_s or request_no <= spec.after_requests:
            continue
        if spec.rate >= 1.0 or rng.random() < spec.rate:
            return spec
    return None


def abort_connection(send: Send) -> bool:
    """Reset the client's TCP connection (RST, not FIN). False when the server hides it.

    ASGI has no reset message; uvicorn's ``send`` is a bound method of the request cycle,
    which holds the transport.
    """
    transport = getattr(getattr(send, "__self__", None), "transport", None)
    if transport is None:
        return False
    sock = transport.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    transport.abort()
    return True
