"""The tamper-evident audit log: one record per gateway request, in keyed hash chains.

``chain`` signs (one chain per writer process, plus signed head checkpoints), ``writer``
batches records off the request path into a ``store`` (SQLite or PostgreSQL) or, while
the store is down, a ``spool`` file; ``verify`` finds the first broken link of each
chain. The gateway feeds it through ``aire.gateway.observers.audit.AuditObserver``; the
CLI is ``aire audit verify|tail``.
"""

from aire.audit.chain import Chain, Checkpoint, SealedRecord, new_writer_id
from aire.audit.store import AuditStore, open_store
from aire.audit.verify import Break, ChainReport, Report, verify_store
from aire.audit.writer import AuditStats, AuditWriter

__all__ = [
    "AuditStats",
    "AuditStore",
    "AuditWriter",
    "Break",
    "Chain",
    "ChainReport",
    "Checkpoint",
    "Report",
    "SealedRecord",
    "new_writer_id",
    "open_store",
    "verify_store",
]
