"""What every command shares: options, output formats and the one error funnel."""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import StrEnum
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from panchina.errors import ExitCode, PanchinaError
from panchina.present.tables import to_csv, to_json, to_markdown

T = TypeVar("T")
out = Console(soft_wrap=True)
if not out.is_terminal:  # piped or in CI: lay tables out at a readable width, not 80 columns
    out = Console(soft_wrap=True, width=200)
err = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", envvar="PANCHINA_DB", help="SQLite database file [default: ./panchina.db]."
    ),
]


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"
    wikitext = "wikitext"  # the season table only


FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]


def run(fn: Callable[[], T]) -> T:
    """Call `fn`; a PanchinaError becomes one line on stderr and its exit code."""
    try:
        return fn()
    except PanchinaError as error:
        err.print(f"[red]Error:[/red] {error}", highlight=False)
        raise typer.Exit(int(error.exit_code)) from None


def emit(
    rows: list[dict[str, Any]],
    columns: list[str],
    fmt: Format,
    title: str = "",
    payload: Any = None,
) -> None:
    """Print rows as a rich table, or as json/csv/markdown on stdout for programs."""
    if fmt is Format.json:
        sys.stdout.write(to_json(payload if payload is not None else rows))
    elif fmt is Format.csv:
        sys.stdout.write(to_csv(rows, columns))
    elif fmt is Format.markdown:
        sys.stdout.write(to_markdown(rows, columns))
    else:
        table = Table(title=title or None, show_lines=False)
        for c in columns:
            table.add_column(c, overflow="fold")
        for row in rows:
            table.add_row(*(str(row.get(c, "")) for c in columns))
        out.print(table)


def exit_code(code: ExitCode) -> None:
    if code:
        raise typer.Exit(int(code))
