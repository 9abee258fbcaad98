"""Entry point of the ``aire`` command: a group whose verbs load lazily by name.

Exit codes (every verb): 0 ok / PASS or WARN, 1 FAIL, 2 usage or config error,
3 a probe, eval or upstream could not be run. A user mistake never prints a traceback.
"""

from __future__ import annotations

import sys
from typing import Any

import click

from aire import __version__
from aire.errors import AireError
from aire.registry import import_from_string

__all__ = ["VERBS", "cli", "main"]

#: verb -> ("module:attr" of its click command, one-line help shown by ``aire --help``)
VERBS: dict[str, tuple[str, str]] = {
    "audit": ("aire.cli.audit:audit", "Audit log: verify its hash chains, show recent records."),
    "check": ("aire.cli.check:check", "Readiness gate: one verdict before traffic moves."),
    "diagnose": ("aire.cli.diagnose:diagnose", "Why a target is slow or failing."),
    "doctor": ("aire.cli.doctor:doctor", "Check the environment: extras, services, tools."),
    "drift": ("aire.cli.drift:drift", "Drift: compare datasets, build profiles, check bias."),
    "eval": ("aire.cli.eval:eval_", "Evals: run suites (aire or promptfoo), compare, red-team."),
    "guard": ("aire.cli.guard:guard", "Guardrails: scan text, evaluate a scanner on data."),
    "keys": ("aire.cli.admin:keys", "Virtual keys of a running gateway: create, list, revoke."),
    "load": ("aire.cli.load:load", "Load test an endpoint, find its capacity, compare runs."),
    "serve": ("aire.cli.serve:serve", "Run the gateway from a config file."),
    "sim": ("aire.cli.sim:sim", "Run the inference simulator (OpenAI/Anthropic compatible)."),
    "slo": ("aire.cli.slo:slo", "SLOs: burn-rate rules from specs, rule checks, budget status."),
    "spend": ("aire.cli.admin:spend", "Spend per key and team of a running gateway."),
    "tokens": ("aire.cli.admin:tokens", "Short-lived scoped tokens: mint, revoke."),
    "up": ("aire.cli.up:up", "Run the gateway in front of an embedded simulator, zero config."),
    "version": ("aire.cli.version:version", "Print the aire version."),
}

_debug = False


class LazyGroup(click.Group):
    """A group that imports a verb's module only when that verb runs."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(VERBS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        entry = VERBS.get(cmd_name)
        if entry is None:
            return None
        command = import_from_string(entry[0])
        if not isinstance(command, click.Command):
            raise TypeError(f"{entry[0]} is not a click command")
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, VERBS[name][1]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="aire")
@click.option("--debug", is_flag=True, help="Show tracebacks of internal errors.")
def cli(debug: bool) -> None:
    """aire: AI Reliability Engineering for LLM applications and inference endpoints.

    Exit codes: 0 ok, 1 a gate or threshold failed, 2 usage or config error,
    3 something could not be run (upstream down, probe failed).
    """
    global _debug
    _debug = debug


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code (``sys.exit`` is left to the caller's wrapper)."""
    code = _run(argv)
    sys.stdout.flush()
    return code


def _run(argv: list[str] | None) -> int:
    try:
        result: Any = cli.main(args=argv, prog_name="aire", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.ClickException as exc:
        if isinstance(exc, click.NoSuchOption):
            _drop_hidden_suggestions(exc)
        exc.show()
        return int(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        return 130
    except AireError as exc:
        click.echo(exc.show(), err=True)
        return exc.exit_code
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if _debug:
            raise
        click.echo(
            f"internal error: {type(exc).__name__}: {exc}\n"
            "This is a bug in aire; run again with `aire --debug ...` for the traceback.",
            err=True,
        )
        return 3
    return int(result) if isinstance(result, int) else 0


def _drop_hidden_suggestions(exc: click.NoSuchOption) -> None:
    """ "Did you mean" must not offer options kept out of ``--help`` (``--fd``)."""
    if exc.ctx is None or not exc.possibilities:
        return
    hidden = {
        opt
        for param in exc.ctx.command.params
        if isinstance(param, click.Option) and param.hidden
        for opt in (*param.opts, *param.secondary_opts)
    }
    # possibilities is Final for click's own use; this is the one place that narrows it
    object.__setattr__(exc, "possibilities", [p for p in exc.possibilities if p not in hidden])


def entrypoint() -> None:
    sys.exit(main())
