"""The public Python API; the CLI is a thin face over these functions.

Every function takes plain arguments and returns dataclasses from `panchina.models` (or plain
dicts for the export contract), so programs use Panchina exactly as the command line does.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from panchina.analyse import date_pages
from panchina.analyse.gazetteer import fold, load_gazetteer
from panchina.analyse.nlp import recycle
from panchina.clean import clean
from panchina.errors import NotFoundError, SourceReadError, UsageError
from panchina.extraction import extract_page
from panchina.models import (
    Document,
    Event,
    Extraction,
    PartialDate,
    RawDocument,
    SourceError,
    Stint,
)
from panchina.present.export import export_dict
from panchina.present.season import Row, season_table
from panchina.resolve import fuse
from panchina.resolve.bench import Spell, on_bench
from panchina.resolve.bench import bench as bench_of
from panchina.resolve.corrections import apply_correction, check_correction
from panchina.resolve.duplicates import band_keys, best_copy, signature, to_bytes
from panchina.resolve.fuse import canonical_people_from, fuse_events_of, fuse_stints_of
from panchina.sources import iter_sources
from panchina.store import FusionInput, Store

DEFAULT_DB = "panchina.db"


def default_db() -> str:
    """`PANCHINA_DB` if set, else ./panchina.db."""
    return os.environ.get("PANCHINA_DB") or DEFAULT_DB


def _date(value: str | PartialDate | None) -> PartialDate | None:
    if value is None or isinstance(value, PartialDate):
        return value
    try:
        return PartialDate.parse(value)
    except ValueError:
        raise UsageError(f"not a date: {value!r} (use YYYY-MM-DD, YYYY-MM or YYYY)") from None


@dataclass
class Result:
    """What one text says: its documents (a page may hold several), events and stints."""

    documents: list[Document]
    events: list[Event]
    stints: list[Stint]
    extractions: list[Extraction] = field(default_factory=list, repr=False)


@dataclass
class IngestReport:
    """The summary of an ingest batch."""

    documents: int = 0
    new: int = 0
    duplicates: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    events: int = 0
    stints: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed


def process(raw: RawDocument, lang: str = "it") -> list[Extraction]:
    """Clean and extract one raw document: pure, so a cluster engine can map it over a corpus."""
    return extract_page(date_pages(clean(raw), lang), lang)


def extract(
    text: str,
    published: str | PartialDate | None = None,
    title: str | None = None,
    source: str = "<text>",
) -> Result:
    """Read one article (or a scraped page) from a string, without a database."""
    raw = RawDocument(source=source, text=text, title=title, published=_date(published))
    extractions = process(raw)
    events, stints = fuse(extractions)
    return Result([x.document for x in extractions], events, stints, extractions)


def ingest(
    paths: Iterable[str | Path],
    db: str | Path | None = None,
    published: str | PartialDate | None = None,
    progress: Callable[[str], None] | None = None,
) -> IngestReport:
    """Read files, folders or JSONL into the database; a bad input is reported, never fatal."""
    report = IngestReport()
    with Store(db or default_db()) as store:
        store.backfill_bands(band_keys)
        for item in iter_sources(paths, published=_date(published)):
            if progress:
                progress(item.source)
            if isinstance(item, SourceError):
                report.failed.append((item.source, item.message))
                store.log_failure(item.source, item.message)
                continue
            try:
                extractions = process(item)
            except SourceReadError as err:
                report.failed.append((item.source, str(err)))
                continue
            if not extractions:
                msg = "no article text after cleaning"
                report.failed.append((item.source, msg))
                store.log_failure(item.source, msg)
                continue
            recycle()  # keep the vocabulary, and so memory, flat over a long run
            for x in extractions:
                report.documents += 1
                if store.add_document(x):
                    report.new += 1
                    _link_copy(store, x.document)
                else:
                    report.duplicates += 1
        refresh(store)
        counts = store.counts()
    report.events, report.stints = counts["events"], counts["stints"]
    return report


def _link_copy(store: Store, document: Document) -> None:
    """Record a new document that nearly copies a stored one (a syndicated article)."""
    data = to_bytes(signature(document.text))
    bands = band_keys(data)
    candidates = [c for c in store.band_candidates(bands) if c[0] != document.id]
    hit = best_copy(data, candidates)
    if hit is not None:  # a copy: linked to its original, and not indexed itself, so that a
        store.link_duplicate(document.id, hit[0], round(hit[1], 3))  # much-copied story
        return  # keeps one entry in the index, not one per copy
    store.add_signature(document.id, data, bands)


def refresh(store: Store, force: bool = False) -> None:
    """Rebuild the fused record when documents were added since the last rebuild."""
    if force or store.fused_stale():
        store.rebuild_fused(_fused_pieces)


def _fused_pieces(source: FusionInput) -> Iterator[tuple[list[Event], list[Stint]]]:
    """The fused record club by club (events of two clubs never fuse), then coach by coach
    (the canonical coach: "Zanetti" and "Paolo Zanetti" are one), people named across all."""
    people = canonical_people_from(*source.people())
    duplicates = source.duplicates()
    for club in source.clubs():
        yield fuse_events_of(source.events_of(club), people, duplicates), []
    groups: dict[str, list[str]] = {}
    for coach in source.coaches():
        groups.setdefault(people[coach].id if coach in people else coach, []).append(coach)
    for ids in groups.values():
        yield [], fuse_stints_of(source.stints_of(ids), people)


def _corrected(store: Store, events: list[Event]) -> list[Event]:
    """Events with the human corrections applied (they outlive every rebuild)."""
    fixes = store.corrections()
    if not fixes:
        return events
    by_id = {e.id: e for e in events}
    for event_id, field_name, value, note, at in fixes:
        event = by_id.get(event_id)
        if event is not None:
            apply_correction(event, field_name, value, note, at)
    return events


def _open(db: str | Path | None) -> Store:
    store = Store(db or default_db(), create=False)
    refresh(store)
    return store


def _club_id(name: str) -> str | None:
    club = load_gazetteer().lookup(name)
    return "c-" + club.id if club else None


def _matches_person(ref_name: str, query: str) -> bool:
    q, n = fold(query), fold(ref_name)
    return q == n or q == n.split()[-1] or q in n


def changes(
    db: str | Path | None = None,
    club: str | None = None,
    coach: str | None = None,
    league: str | None = None,
    season: str | None = None,
    status: str | None = None,
    type: str | None = None,
) -> list[Event]:
    """Fused events, newest first, narrowed by the given filters."""
    with _open(db) as store:
        events = _corrected(store, store.events())
    club_id = _club_id(club) if club else None
    out = []
    for e in events:
        if club and e.club.id != club_id and fold(club) not in fold(e.club.name):
            continue
        if coach and not _matches_person(e.coach.name, coach):
            continue
        if league and fold(e.league or "") != fold(league):
            continue
        if season and e.season != season:
            continue
        if status and e.status != status:
            continue
        if type and e.type != type:
            continue
        out.append(e)
    return sorted(
        out, key=lambda e: (e.date.to_date().toordinal() if e.date else 0, e.id), reverse=True
    )


def coach_career(name: str, db: str | Path | None = None) -> tuple[list[Stint], list[Event]]:
    """A coach's stints (oldest first) and the events about them."""
    with _open(db) as store:
        stints = [s for s in store.stints() if _matches_person(s.coach.name, name)]
        events = [
            e for e in _corrected(store, store.events()) if _matches_person(e.coach.name, name)
        ]
    if not stints and not events:
        raise NotFoundError(f"no coach matching {name!r} in the database")
    stints.sort(key=lambda s: s.start.to_date() if s.start else PartialDate(9999).to_date())
    return stints, events


def club_history(name: str, db: str | Path | None = None) -> tuple[list[Stint], list[Event]]:
    """A club's bench: its coaches' stints and its events, oldest first."""
    club_id = _club_id(name)
    with _open(db) as store:
        stints = [
            s for s in store.stints() if s.team.id == club_id or fold(name) == fold(s.team.name)
        ]
        events = [
            e
            for e in _corrected(store, store.events())
            if e.club.id == club_id or fold(name) == fold(e.club.name)
        ]
    if not stints and not events:
        raise NotFoundError(f"no club matching {name!r} in the database")
    stints.sort(key=lambda s: s.start.to_date() if s.start else PartialDate(1).to_date())
    events.sort(key=lambda e: e.date.to_date() if e.date else PartialDate(1).to_date())
    return stints, events


def show(event_id: str, db: str | Path | None = None) -> tuple[Event, dict[str, Document]]:
    """One event and the documents its evidence points into."""
    with _open(db) as store:
        event = store.event(event_id)
        if event is None:
            raise NotFoundError(f"no event with id {event_id!r}; see `panchina changes`")
        event = _corrected(store, [event])[0]
        docs = {d.id: d for d in store.documents({ev.document for ev in event.evidence})}
    return event, docs


def export(
    db: str | Path | None = None,
    with_text: bool = False,
    **filters: Any,
) -> dict[str, Any]:
    """The export contract as a dict; filters as in `changes` narrow events and stints."""
    with _open(db) as store:
        documents = store.documents()
        stints = store.stints()
    events = changes(db, **filters) if any(filters.values()) else None
    with _open(db) as store:
        events = events if events is not None else _corrected(store, store.events())
    if any(filters.values()):
        keep = {ev.document for e in events for ev in e.evidence}
        coach = filters.get("coach")
        club = filters.get("club")
        stints = [
            s
            for s in stints
            if (not coach or _matches_person(s.coach.name, coach))
            and (not club or s.team.id == _club_id(club))
        ]
        keep |= {ev.document for s in stints for ev in s.evidence}
        documents = [d for d in documents if d.id in keep]
    return export_dict(documents, events, stints, with_text=with_text)


def correct(
    event_id: str,
    field: str,
    value: str | None,
    note: str | None = None,
    db: str | Path | None = None,
) -> Event:
    """Record a human correction of one field of an event; returns the corrected event."""
    check_correction(field, value)
    with _open(db) as store:
        event = store.event(event_id)
        if event is None:
            raise NotFoundError(f"no event with id {event_id!r}; see `panchina changes`")
        store.add_correction(event.id, field, value, note)
        return _corrected(store, [event])[0]


def season_changes(
    season: str, league: str | None = None, db: str | Path | None = None
) -> tuple[list[Row], dict[str, str]]:
    """The season's managerial-changes table and a citation (URL or title) per document."""
    with _open(db) as store:
        events = _corrected(store, store.events())
        docs = store.documents()
    sources = {d.id: d.url or (f"{d.title} ({d.source})" if d.title else d.source) for d in docs}
    return season_table(events, season, league), sources


def bench(club: str, db: str | Path | None = None) -> list[Spell]:
    """A club's bench over time: one spell per coach in charge, from fused events and
    biography stints together, oldest first."""
    club_id = _club_id(club)
    if club_id is None:
        raise NotFoundError(f"unknown club {club!r}")
    with _open(db) as store:
        events = _corrected(store, store.events())
        stints = store.stints()
    ref = next((e.club for e in events if e.club.id == club_id), None)
    ref = ref or next((s.team for s in stints if s.team.id == club_id), None)
    if ref is None:
        raise NotFoundError(f"no club matching {club!r} in the database")
    return bench_of(ref, events, stints)


def who(
    club: str, on: str | PartialDate, db: str | Path | None = None
) -> tuple[Spell | None, list[Spell]]:
    """Who sat on `club`'s bench on a date, and the club's whole bench (the same spells
    `panchina club` shows): the spell covering the day, from news events or biographies."""
    day = _date(on)
    if day is None or day.day is None:
        raise UsageError(f"--date needs a day (YYYY-MM-DD), not {on!r}")
    if _club_id(club) is None:
        raise NotFoundError(f"unknown club {club!r}")
    try:
        spells = bench(club, db)
    except NotFoundError:
        return None, []
    return on_bench(spells, day.to_date()), spells
