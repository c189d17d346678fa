"""Query commands: `changes`, `coach`, `club`, `show`, `export`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.panel import Panel

from panchina import api
from panchina.cli.common import DbOption, Format, FormatOption, emit, out, run
from panchina.errors import UsageError
from panchina.models import STATUSES
from panchina.present.export import event_dict, stint_dict
from panchina.present.season import COLUMNS as SEASON_COLUMNS
from panchina.present.season import to_wikitext
from panchina.present.tables import (
    EVENT_COLUMNS,
    STINT_COLUMNS,
    event_row,
    stint_row,
    to_json,
)

ClubOpt = Annotated[str | None, typer.Option(help="Only this club (name or nickname).")]
CoachOpt = Annotated[str | None, typer.Option(help="Only this coach (full name or surname).")]
LeagueOpt = Annotated[str | None, typer.Option(help='Only this league, e.g. "Serie B".')]
SeasonOpt = Annotated[str | None, typer.Option(help="Only this season, e.g. 2023-24.")]
StatusOpt = Annotated[str | None, typer.Option(help="official, rumour or denied.")]


def _check_status(status: str | None) -> None:
    if status and status not in STATUSES:
        raise UsageError(f"unknown status {status!r}: use one of {', '.join(STATUSES)}")


def changes_cli(
    club: ClubOpt = None,
    coach: CoachOpt = None,
    league: LeagueOpt = None,
    season: SeasonOpt = None,
    status: StatusOpt = None,
    table: Annotated[
        bool,
        typer.Option("--table", help="The season's managerial-changes table (needs --season)."),
    ] = False,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Coaching events found, newest first (dates marked * are inferred).

    Examples:

        panchina changes
        panchina changes --club Ascoli --status official
        panchina changes --status rumour
        panchina changes --league "Serie B" --season 2023-24 --table --format wikitext
    """
    if table:
        _season_table(season, league, db, fmt)
        return

    def go():
        _check_status(status)
        if fmt is Format.wikitext:
            raise UsageError("--format wikitext goes with --table")
        return api.changes(db, club=club, coach=coach, league=league, season=season, status=status)

    events = run(go)
    emit(
        [event_row(e) for e in events],
        EVENT_COLUMNS,
        fmt,
        "Coaching changes",
        payload=[event_dict(e) for e in events],
    )


def _season_table(season: str | None, league: str | None, db, fmt: Format) -> None:
    def go():
        if not season:
            raise UsageError("--table needs --season, e.g. --season 2023-24")
        return api.season_changes(season, league, db)

    rows, sources = run(go)
    title = f"{league or 'All leagues'} {season}: managerial changes"
    if fmt is Format.wikitext:
        sys.stdout.write(to_wikitext(rows, sources, title))
        return
    dicts = [r.as_dict() for r in rows]
    emit(
        [{k: ("" if v is None else v) for k, v in d.items() if k != "evidence"} for d in dicts],
        SEASON_COLUMNS,
        fmt,
        title,
        payload=dicts,
    )


def who_cli(
    club: Annotated[str, typer.Option(help="The club, e.g. Bari.")],
    date: Annotated[str, typer.Option(help="The day, YYYY-MM-DD.")],
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Who coached a club on a given day, with the evidence.

    Example:

        panchina who --club Bari --date 2024-02-01
    """
    current, _ = run(lambda: api.who(club, date, db))
    if fmt is Format.json:
        sys.stdout.write(
            to_json(
                {
                    "club": club,
                    "date": date,
                    "coach": current.coach.name if current else None,
                    "role": current.role if current else None,
                    "since": current.start.iso() if current and current.start else None,
                    "until": current.end.iso() if current and current.end else None,
                    "events": [event_dict(e) for e in current.events] if current else [],
                    "evidence": [
                        {
                            "document": ev.document,
                            "quote": ev.quote,
                            "start": ev.start,
                            "end": ev.end,
                        }
                        for ev in (current.evidence if current else [])
                    ],
                }
            )
        )
        return
    if current is None:
        out.print(f"No coach of {club} on {date} is known from the articles.")
        return
    since = current.start.iso() if current.start else "?"
    until = current.end.iso() if current.end else "…"
    role = " (interim)" if current.role == "interim_head_coach" else ""
    out.print(
        f"{current.club.name} on {date}: [bold]{current.coach.name}[/bold]{role}, "
        f"in charge {since} – {until}"
    )
    for ev in current.evidence[:3]:
        out.print(f"  [dim]{ev.document}[/dim] {escape(ev.quote)}")


def correct_cli(
    event_id: Annotated[str, typer.Argument(help="Event id (or a unique prefix).")],
    field: Annotated[
        str,
        typer.Option(
            help="date, status, type, position, league, season, reason, replaces or replaced_by."
        ),
    ],
    value: Annotated[str, typer.Option(help="The right value (empty to clear).")],
    note: Annotated[str | None, typer.Option(help="Why, for the record.")] = None,
    db: DbOption = None,
) -> None:
    """Record a human correction of an event; it survives re-ingestion and re-extraction.

    Example:

        panchina correct e-1a2b3c --field date --value 2024-03-11 --note "club statement"
    """
    event = run(lambda: api.correct(event_id, field, value, note, db))
    out.print(f"Corrected {event.id}: {field} = {value or '(cleared)'}", highlight=False)


def _stints_and_events(stints, events, fmt: Format, title: str) -> None:
    """A career or a bench: stints as the main table, events under it (or both as JSON)."""
    if fmt is Format.json:
        payload = {
            "stints": [stint_dict(s) for s in stints],
            "events": [event_dict(e) for e in events],
        }
        emit([], [], fmt, payload=payload)
        return
    emit([stint_row(s) for s in stints], STINT_COLUMNS, fmt, title)
    if fmt is Format.table and events:
        emit([event_row(e) for e in events], EVENT_COLUMNS, fmt, "Events")


def coach_cli(
    name: Annotated[str, typer.Argument(help="Full name or surname.")],
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """A coach's career: stints (role, team, start, end, honours) and events.

    Example:

        panchina coach "Massimo Carrera"
    """
    stints, events = run(lambda: api.coach_career(name, db))
    _stints_and_events(stints, events, fmt, f"Career of {name}")


def club_cli(
    name: Annotated[str, typer.Argument(help="Club name, e.g. Ascoli.")],
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """A club's bench over time: one row per coach in charge (from news and biographies),
    then the events behind it.

    Example:

        panchina club Ascoli
    """
    stints, events = run(lambda: api.club_history(name, db))
    spells = run(lambda: api.bench(name, db))
    if fmt is Format.json:
        payload = {
            "bench": [s.as_dict() for s in spells],
            "stints": [stint_dict(s) for s in stints],
            "events": [event_dict(e) for e in events],
        }
        emit([], [], fmt, payload=payload)
        return
    rows = [
        {
            "coach": s.coach.name,
            "role": s.role,
            "start": s.start.iso() if s.start else "",
            "end": s.end.iso() if s.end else "",
            "from": "news" if s.events else "biography",
        }
        for s in spells
    ]
    emit(rows, ["coach", "role", "start", "end", "from"], fmt, f"Bench of {name}")
    if fmt is Format.table and events:
        emit([event_row(e) for e in events], EVENT_COLUMNS, fmt, "Events")


def show_cli(
    event_id: Annotated[str, typer.Argument(help="Event id (or a unique prefix).")],
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """An event with its evidence sentences, the supporting words highlighted.

    Example:

        panchina show e-1a2b3c
    """
    event, docs = run(lambda: api.show(event_id, db))
    if fmt is not Format.table:
        sys.stdout.write(to_json(event_dict(event)))
        return
    row = event_row(event)
    out.print(
        Panel(
            "\n".join(f"[bold]{k}[/bold]: {escape(str(v))}" for k, v in row.items()),
            title=f"{event.type} — {event.coach.name} ({event.club.name})",
        )
    )
    for k, v in event.extra.items():
        out.print(f"[bold]{k}[/bold]: {escape(v)}")
    names = [event.coach.name.split()[-1], event.club.name]
    for ev in event.evidence:
        doc = docs.get(ev.document)
        title = doc.title if doc else ev.document
        quote = escape(ev.quote)
        for word in names:
            quote = quote.replace(word, f"[bold yellow]{word}[/bold yellow]")
        out.print(
            f"\n[dim]{escape(title or '')} ({ev.document}:{ev.start}-{ev.end})[/dim]\n{quote}"
        )


def export_cli(
    fmt: Annotated[str, typer.Option("--format", "-f", help="Only json.")] = "json",
    with_text: Annotated[bool, typer.Option(help="Add each document's cleaned text.")] = False,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to a file.")] = None,
    club: ClubOpt = None,
    coach: CoachOpt = None,
    league: LeagueOpt = None,
    season: SeasonOpt = None,
    status: StatusOpt = None,
    db: DbOption = None,
) -> None:
    """Everything in the database as the JSON export contract.

    Examples:

        panchina export --format json --with-text > panchina.json
        panchina export --club Ascoli --output ascoli.json
    """

    def go():
        if fmt != "json":
            raise UsageError(f"export writes json only (got --format {fmt})")
        _check_status(status)
        return api.export(
            db,
            with_text=with_text,
            club=club,
            coach=coach,
            league=league,
            season=season,
            status=status,
        )

    data = run(go)
    text = to_json(data)
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
