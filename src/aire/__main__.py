"""``python -m aire``: the same as the ``aire`` command."""

from aire.cli.main import entrypoint

entrypoint()
