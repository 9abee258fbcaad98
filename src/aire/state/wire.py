"""The framed protocol between workers and the supervisor's memory store (Unix socket).

A frame is a header ``<IIB``: body length, request id, op (requests) or status
(answers), then the body. Request ids let one connection per worker carry many requests
at once (pipelined); answers come back in order but are matched by id. Integers are
little-endian; keys are UTF-8.

    op        request body                      answer body
    TAKE      <qqI amount limit window_s, key   <Bqqd ok used limit reset_s
    GIVE      <qI amount window_s, key          -
    ACQUIRE   <qd limit ttl_s, key              lease (empty: none free)
    RELEASE   <H len(lease), lease, key         -
    GET       key                               <B found, value
    SET       <dH ttl_s (NaN: none) len(key), key, value   -
    DELETE    key                               -
    INCR      <q amount, key                    <q value
    PING      -                                 -

Status 0 is success; status 1 carries an error message (UTF-8).
"""

from __future__ import annotations

import struct

__all__ = [
    "ACQUIRE",
    "DELETE",
    "ERROR",
    "GET",
    "GIVE",
    "HEAD",
    "HOST_STORE_ENV",
    "INCR",
    "MAX_BODY",
    "OK",
    "PING",
    "RELEASE",
    "SET",
    "TAKE",
    "frame",
]

#: set by the supervisor of ``aire serve --workers N``; its workers connect to this path
HOST_STORE_ENV = "AIRE_STATE_SOCKET"

HEAD = struct.Struct("<IIB")
MAX_BODY = 64 * 1024 * 1024  # a larger frame is a broken peer: the connection is closed

TAKE, GIVE, ACQUIRE, RELEASE, GET, SET, DELETE, INCR, PING = range(1, 10)
OK, ERROR = 0, 1

TAKE_ARGS = struct.Struct("<qqI")
TAKEN = struct.Struct("<Bqqd")
GIVE_ARGS = struct.Struct("<qI")
ACQUIRE_ARGS = struct.Struct("<qd")
RELEASE_ARGS = struct.Struct("<H")
SET_ARGS = struct.Struct("<dH")
INT = struct.Struct("<q")
FOUND = b"\x01"
MISSING = b"\x00"


def frame(request_id: int, code: int, body: bytes) -> bytes:
    return HEAD.pack(len(body), request_id, code) + body
