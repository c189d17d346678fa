"""Rows to dataclasses and back: the whole field-to-column mapping in one readable place.

The column tuples below are the single source of column order: the INSERTs here and the SELECTs
in `db.py` are built from them, so a field cannot be written in one order and read in another.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from panchina.models import (
    Document,
    Event,
    Evidence,
    Extraction,
    Mention,
    PartialDate,
    Ref,
    Stint,
)

Row = Sequence[Any]

DOCUMENT_COLUMNS = (
    "id",
    "source",
    "title",
    "text",
    "published",
    "published_inferred",
    "language",
    "url",
)
MENTION_COLUMNS = ("kind", "start", "end", "text", "key", "sentence")
EVENT_COLUMNS = (
    "type",
    "status",
    "club_id",
    "club_name",
    "coach_id",
    "coach_name",
    "replaces_id",
    "replaces_name",
    "replaced_by_id",
    "replaced_by_name",
    "date",
    "date_inferred",
    "league",
    "season",
    "position",
    "reason",
    "confidence",
    "extra",
)
STINT_COLUMNS = (
    "coach_id",
    "coach_name",
    "team_id",
    "team_name",
    "role",
    "start",
    "start_inferred",
    "end",
    "end_inferred",
    "end_reason",
    "honours",
)
EVIDENCE_COLUMNS = ("document_id", "start", "end", "quote")


def columns(names: Sequence[str]) -> str:
    """A column list for SQL, quoting `end` (a keyword) so every tool reads the statement."""
    return ", ".join(f'"{n}"' if n == "end" else n for n in names)


def marks(n: int) -> str:
    return ", ".join("?" * n)


def insert(table: str, names: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({columns(names)}) VALUES ({marks(len(names))})"


_FACT_KEYS = ("id", "document_id", "ordinal", "extracted_id")
INSERT_DOCUMENT = insert("documents", (*DOCUMENT_COLUMNS, "ingested_at"))
INSERT_MENTION = insert("mentions", ("document_id", "ordinal", *MENTION_COLUMNS))
INSERT_EVENT_MENTION = insert("event_mentions", (*_FACT_KEYS, *EVENT_COLUMNS))
INSERT_STINT_MENTION = insert("stint_mentions", (*_FACT_KEYS, *STINT_COLUMNS))
INSERT_EVENT = insert("events", ("id", *EVENT_COLUMNS))
INSERT_STINT = insert("stints", ("id", *STINT_COLUMNS))
INSERT_EVIDENCE = insert("evidence", ("fact_kind", "fact_id", "ordinal", *EVIDENCE_COLUMNS))


def _date(value: PartialDate | None) -> tuple[str | None, int]:
    return (value.iso(), int(value.inferred)) if value else (None, 0)


def _read_date(iso: str | None, inferred: int) -> PartialDate | None:
    return PartialDate.parse(iso, inferred=bool(inferred)) if iso is not None else None


def _ref(ref: Ref | None) -> tuple[str | None, str | None]:
    return (ref.id, ref.name) if ref else (None, None)


def _read_ref(ref_id: str | None, name: Any) -> Ref | None:
    return Ref(ref_id, name) if ref_id is not None else None


def document_row(doc: Document) -> tuple[Any, ...]:
    published = doc.published.iso() if doc.published else None
    return (
        doc.id,
        doc.source,
        doc.title,
        doc.text,
        published,
        int(doc.published_inferred),
        doc.language,
        doc.url,
    )


def read_document(row: Row) -> Document:
    """The inverse of `document_row`; the date's own flag mirrors `published_inferred`."""
    doc_id, source, title, text, published, inferred, language, url = row
    return Document(
        doc_id, source, title, text, _read_date(published, inferred), bool(inferred), language, url
    )


def mention_row(m: Mention) -> tuple[Any, ...]:
    return (m.kind, m.start, m.end, m.text, m.key, m.sentence)


def read_mention(row: Row) -> Mention:
    return Mention(*row)


def event_row(e: Event) -> tuple[Any, ...]:
    return (
        e.type,
        e.status,
        *_ref(e.club),
        *_ref(e.coach),
        *_ref(e.replaces),
        *_ref(e.replaced_by),
        *_date(e.date),
        e.league,
        e.season,
        e.position,
        e.reason,
        e.confidence,
        json.dumps(e.extra, ensure_ascii=False),
    )


def read_event(event_id: str, row: Row, evidence: list[Evidence]) -> Event:
    (
        etype,
        status,
        club_id,
        club_name,
        coach_id,
        coach_name,
        rep_id,
        rep_name,
        by_id,
        by_name,
        date,
        date_inferred,
        league,
        season,
        position,
        reason,
        confidence,
        extra,
    ) = row
    return Event(
        type=etype,
        status=status,
        club=Ref(club_id, club_name),
        coach=Ref(coach_id, coach_name),
        replaces=_read_ref(rep_id, rep_name),
        replaced_by=_read_ref(by_id, by_name),
        date=_read_date(date, date_inferred),
        league=league,
        season=season,
        position=position,
        reason=reason,
        confidence=confidence,
        evidence=evidence,
        extra=json.loads(extra),
        id=event_id,
    )


def stint_row(s: Stint) -> tuple[Any, ...]:
    return (
        *_ref(s.coach),
        *_ref(s.team),
        s.role,
        *_date(s.start),
        *_date(s.end),
        s.end_reason,
        json.dumps(s.honours, ensure_ascii=False),
    )


def read_stint(stint_id: str, row: Row, evidence: list[Evidence]) -> Stint:
    (
        coach_id,
        coach_name,
        team_id,
        team_name,
        role,
        start,
        start_inferred,
        end,
        end_inferred,
        end_reason,
        honours,
    ) = row
    return Stint(
        coach=Ref(coach_id, coach_name),
        team=Ref(team_id, team_name),
        role=role,
        start=_read_date(start, start_inferred),
        end=_read_date(end, end_inferred),
        end_reason=end_reason,
        honours=json.loads(honours),
        evidence=evidence,
        id=stint_id,
    )


def evidence_rows(kind: str, fact_id: str, evidence: list[Evidence]) -> list[tuple[Any, ...]]:
    return [
        (kind, fact_id, i, ev.document, ev.start, ev.end, ev.quote) for i, ev in enumerate(evidence)
    ]


def read_evidence(row: Row) -> Evidence:
    return Evidence(*row)


def fact_rows(x: Extraction) -> tuple[list[tuple[Any, ...]], ...]:
    """Mention, event mention, stint mention and evidence rows of one document.

    Event and stint mentions get ids of their own, "<document id>:e<n>" and ":s<n>", so their
    evidence can point at them; the extractor's own (usually empty) id is kept beside.
    """
    doc_id = x.document.id
    mentions = [(doc_id, i, *mention_row(m)) for i, m in enumerate(x.mentions)]
    events: list[tuple[Any, ...]] = []
    stints: list[tuple[Any, ...]] = []
    evidence: list[tuple[Any, ...]] = []
    for i, e in enumerate(x.events):
        fact_id = f"{doc_id}:e{i}"
        events.append((fact_id, doc_id, i, e.id, *event_row(e)))
        evidence += evidence_rows("event_mention", fact_id, e.evidence)
    for i, s in enumerate(x.stints):
        fact_id = f"{doc_id}:s{i}"
        stints.append((fact_id, doc_id, i, s.id, *stint_row(s)))
        evidence += evidence_rows("stint_mention", fact_id, s.evidence)
    return mentions, events, stints, evidence


def refs(events: list[Event], stints: list[Stint]) -> tuple[dict[str, str], dict[str, str]]:
    """Clubs and persons named by the fused record, id -> the first name seen for it."""
    clubs: dict[str, str] = {}
    persons: dict[str, str] = {}
    for e in events:
        clubs.setdefault(e.club.id, e.club.name)
        for ref in (e.coach, e.replaces, e.replaced_by):
            if ref is not None:
                persons.setdefault(ref.id, ref.name)
    for s in stints:
        clubs.setdefault(s.team.id, s.team.name)
        persons.setdefault(s.coach.id, s.coach.name)
    return clubs, persons


def check_ids(kind: str, ids: list[str]) -> None:
    """Fused ids are primary keys: refuse an empty or repeated one with a message naming it."""
    seen: set[str] = set()
    for fact_id in ids:
        if not fact_id:
            raise ValueError(f"a fused {kind} has no id")
        if fact_id in seen:
            raise ValueError(f"two fused {kind}s share the id {fact_id!r}")
        seen.add(fact_id)
