"""``aire version``."""

from __future__ import annotations

import platform

import click

from aire import __version__


@click.command()
def version() -> None:
    """Print the aire version, the Python version and the platform."""
    click.echo(
        f"aire {__version__} (Python {platform.python_version()}, "
        f"{platform.system().lower()}-{platform.machine()})"
    )
