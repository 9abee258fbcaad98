"""Errors of the load generator.

    LoadError                 code=load_error          exit 3
    ├── TargetUnreachable     code=target_unreachable  exit 3  (nothing answers at the URL)
    └── ResultFileError       code=result_file_error   exit 2  (compare: not a summary file)

A bad dataset line is a ``ConfigError`` naming file:line (exit 2).
"""

from __future__ import annotations

from aire.errors import AireError

__all__ = ["LoadError", "ResultFileError", "TargetUnreachable"]


class LoadError(AireError):
    code = "load_error"
    exit_code = 3


class TargetUnreachable(LoadError):
    code = "target_unreachable"
    exit_code = 3


class ResultFileError(LoadError):
    code = "result_file_error"
    exit_code = 2
