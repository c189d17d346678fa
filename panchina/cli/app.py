"""The `panchina` command: one Typer app, one module per command."""

from __future__ import annotations

import os
import sys

import typer

from panchina.cli import bench, ingest, query
from panchina.cli.common import err

app = typer.Typer(
    name="panchina",
    help="Read Italian football news into an evidence-linked record of coaching changes.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode="rich",
)
app.command("ingest")(ingest.ingest_cli)
app.command("changes")(query.changes_cli)
app.command("coach")(query.coach_cli)
app.command("club")(query.club_cli)
app.command("show")(query.show_cli)
app.command("who")(query.who_cli)
app.command("correct")(query.correct_cli)
app.command("export")(query.export_cli)
app.command("bench")(bench.bench_cli)


def _register_optional() -> None:
    try:
        from panchina.cli import evaluate
    except ImportError:  # the evaluation tools are optional in a slim install
        return
    app.command("evaluate")(evaluate.evaluate_cli)


_register_optional()


def main() -> None:
    """Entry point: a bug is reported in one line (the traceback with PANCHINA_DEBUG=1)."""
    try:
        app()
    except SystemExit:
        raise
    except KeyboardInterrupt:
        err.print("Interrupted.")
        sys.exit(130)
    except Exception as error:
        if os.environ.get("PANCHINA_DEBUG"):
            raise
        err.print(
            f"[red]Internal error:[/red] {type(error).__name__}: {error} "
            "(a bug: rerun with PANCHINA_DEBUG=1 for the traceback and report it)",
            highlight=False,
        )
        sys.exit(1)
