"""The JSON export contract (shared/spec/export-format.md): dataclasses -> plain dicts.

Field names and enum values here are a contract: add fields, never rename or drop them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from panchina import __version__
from panchina.models import Document, Event, Evidence, PartialDate, Ref, Stint


def _date(d: PartialDate | None) -> str | None:
    return d.iso() if d else None


def _ref(r: Ref | None) -> dict[str, str] | None:
    return {"id": r.id, "name": r.name} if r else None


def evidence_dict(ev: Evidence) -> dict[str, Any]:
    return {"document": ev.document, "quote": ev.quote, "start": ev.start, "end": ev.end}


def document_dict(doc: Document, with_text: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": doc.id,
        "source": doc.source,
        "title": doc.title,
        "published": _date(doc.published),
        "published_inferred": bool(doc.published_inferred),
        "language": doc.language,
    }
    if doc.url:
        out["url"] = doc.url
    if with_text:
        out["text"] = doc.text
    return out


def event_dict(e: Event) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": e.id,
        "type": e.type,
        "status": e.status,
        "club": _ref(e.club),
        "coach": _ref(e.coach),
        "replaces": _ref(e.replaces),
        "replaced_by": _ref(e.replaced_by),
        "date": _date(e.date),
        "date_inferred": bool(e.date and e.date.inferred),
        "league": e.league,
        "season": e.season,
        "position": e.position,
        "reason": e.reason,
        "confidence": e.confidence,
        "evidence": [evidence_dict(ev) for ev in e.evidence],
    }
    for key, value in e.extra.items():
        out.setdefault(key, value)
    return out


def stint_dict(s: Stint) -> dict[str, Any]:
    return {
        "id": s.id,
        "coach": _ref(s.coach),
        "team": _ref(s.team),
        "role": s.role,
        "start": _date(s.start),
        "end": _date(s.end),
        "start_inferred": bool(s.start and s.start.inferred),
        "end_inferred": bool(s.end and s.end.inferred),
        "end_reason": s.end_reason,
        "honours": list(s.honours),
        "evidence": [evidence_dict(ev) for ev in s.evidence],
    }


def export_dict(
    documents: list[Document],
    events: list[Event],
    stints: list[Stint],
    with_text: bool = False,
) -> dict[str, Any]:
    return {
        "panchina_version": __version__,
        "generated_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "documents": [document_dict(d, with_text) for d in documents],
        "events": [event_dict(e) for e in events],
        "stints": [stint_dict(s) for s in stints],
    }
