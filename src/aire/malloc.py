"""glibc malloc settings for aire's long-running processes (gateway workers, the quality
worker).

With glibc's defaults a gateway process kept ~15 MB more after a burst than it used: the
mmap threshold adapts upwards after a large block is freed (up to 32 MB), so later large
buffers (request bodies, pickled batches for the quality worker, streamed answers) are
carved out of the heap, whose freed top is rarely returned; and every thread that
allocates gets its own arena. ``tune()`` fixes the mmap threshold at 128 KiB (large
blocks are mapped and unmapped, back to the system when freed) and caps arenas at 2, as
``MALLOC_MMAP_THRESHOLD_=131072 MALLOC_ARENA_MAX=2`` would (measured in
``benchmarks/gateway/RESULTS.md``). A user who sets any ``MALLOC_*`` variable keeps their
own settings; on other C libraries (musl, macOS) nothing is changed.
"""

from __future__ import annotations

import ctypes
import os
import sys

__all__ = ["tune"]

_M_MMAP_THRESHOLD = -3
_M_ARENA_MAX = -8
MMAP_THRESHOLD = 128 * 1024
ARENA_MAX = 2


def tune() -> bool:
    """Apply the settings above; True when glibc took them."""
    if not sys.platform.startswith("linux"):
        return False
    if any(name.startswith("MALLOC_") for name in os.environ):
        return False  # the user's own tuning wins
    try:
        libc = ctypes.CDLL(None)
        libc.gnu_get_libc_version  # noqa: B018 (glibc only: musl's mallopt is a stub)
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(
        mallopt(_M_ARENA_MAX, ARENA_MAX)
    )
