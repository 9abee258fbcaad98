"""Reversible anonymization: a per-request vault of placeholders and their originals.

A redacted prompt carries placeholders such as ``[EMAIL_1]``; the model answers with
them, and the gateway puts the originals back into the answer with ``Vault.restore`` or,
for a streamed answer, a ``StreamRestorer`` that holds back only a possible placeholder
prefix (``[EMA`` at the end of a chunk) until the next chunk says what it is.
"""

from __future__ import annotations

import re

__all__ = ["PLACEHOLDER_MAX_CHARS", "StreamRestorer", "Vault"]

_PLACEHOLDER = re.compile(r"\[([A-Z][A-Z0-9_]{0,30}_\d{1,6})\]")
#: Longest placeholder the vault makes; a streamed tail longer than this is not one.
PLACEHOLDER_MAX_CHARS = 40


class Vault:
    """Placeholders of one request. The same original always gets the same placeholder."""

    __slots__ = ("_by_placeholder", "_by_value", "_counts")

    def __init__(self) -> None:
        self._by_value: dict[tuple[str, str], str] = {}
        self._by_placeholder: dict[str, str] = {}
        self._counts: dict[str, int] = {}

    def placeholder(self, kind: str, value: str) -> str:
        """The placeholder standing for ``value`` (of ``kind``), made on first use."""
        key = (kind, value)
        found = self._by_value.get(key)
        if found is not None:
            return found
        label = re.sub(r"[^A-Z0-9]+", "_", kind.upper()).strip("_")[:30] or "PII"
        n = self._counts.get(label, 0) + 1
        self._counts[label] = n
        ph = f"[{label}_{n}]"
        self._by_value[key] = ph
        self._by_placeholder[ph] = value
        return ph

    def original(self, placeholder: str) -> str | None:
        return self._by_placeholder.get(placeholder)

    def __len__(self) -> int:
        return len(self._by_placeholder)

    def __bool__(self) -> bool:
        return True

    def restore(self, text: str) -> str:
        """``text`` with every known placeholder replaced by its original."""
        if not self._by_placeholder or "[" not in text:
            return text
        return _PLACEHOLDER.sub(lambda m: self._by_placeholder.get(m.group(0), m.group(0)), text)

    def restorer(self) -> StreamRestorer:
        return StreamRestorer(self)


class StreamRestorer:
    """Restores placeholders in a stream of chunks, even when one is split across chunks.

    ``feed(chunk)`` returns the text that can be released now; ``finish()`` the rest.
    At most ``PLACEHOLDER_MAX_CHARS`` characters are ever held back.
    """

    __slots__ = ("_pending", "_vault")

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._pending = ""

    def feed(self, chunk: str) -> str:
        text = self._pending + chunk
        cut = text.rfind("[")
        if cut != -1 and "]" not in text[cut:] and len(text) - cut < PLACEHOLDER_MAX_CHARS:
            # the tail may be the start of a placeholder: keep it until we know
            self._pending = text[cut:]
            text = text[:cut]
        else:
            self._pending = ""
        return self._vault.restore(text)

    def finish(self) -> str:
        text, self._pending = self._pending, ""
        return self._vault.restore(text)
