"""`panchina ingest`: files, folders and JSONL into the database."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from panchina import api
from panchina.cli.common import DbOption, Format, FormatOption, emit, err, out, run
from panchina.errors import ExitCode


def ingest_cli(
    paths: Annotated[list[str], typer.Argument(help="Files (.txt .md .html .jsonl) or folders.")],
    db: DbOption = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date for every input (YYYY-MM-DD).")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    fmt: FormatOption = Format.table,
) -> None:
    """Read articles into the database; a bad file is reported and the rest lands.

    Examples:

        panchina ingest examples/
        panchina ingest page.html --published 2024-03-12 --db bench.db
        panchina ingest feed.jsonl --quiet

    Exit code 0 when every input landed, 1 when some failed (the others are stored).
    """
    show = not quiet and fmt is Format.table and err.is_terminal
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed} read"),
        TimeElapsedColumn(),
        console=err,
        disable=not show,
        transient=True,
    ) as bar:
        task = bar.add_task("ingesting", total=None)

        def tick(source: str) -> None:
            bar.update(task, advance=1, description=source[-40:])

        report = run(
            lambda: api.ingest(paths, db=db or api.default_db(), published=published, progress=tick)
        )
    rows = [
        {
            "documents": report.documents,
            "new": report.new,
            "duplicates": report.duplicates,
            "failed": len(report.failed),
            "events": report.events,
            "stints": report.stints,
        }
    ]
    if fmt is Format.json:
        payload = dict(rows[0], failures=[{"source": s, "error": m} for s, m in report.failed])
        emit(rows, list(rows[0]), fmt, payload=payload)
    else:
        for source, message in report.failed:
            err.print(f"[red]failed:[/red] {source}: {message}", highlight=False)
        if fmt is Format.table and quiet:
            pass
        if fmt is Format.table:
            out.print(
                f"{report.documents} documents ({report.new} new, {report.duplicates} duplicates), "
                f"{len(report.failed)} failed; database holds {report.events} events and "
                f"{report.stints} stints.",
                highlight=False,
            )
        else:
            emit(rows, list(rows[0]), fmt)
    if report.failed:
        raise typer.Exit(int(ExitCode.ERROR))
