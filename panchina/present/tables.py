"""Rows for people and programs: events, stints and the season table as table/json/csv/markdown.

Rendering to the terminal (rich) happens in the CLI; this module only shapes rows and writes
text formats, so the same rows serve every face.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from panchina.models import Event, Stint

EVENT_COLUMNS = [
    "id",
    "date",
    "type",
    "status",
    "club",
    "coach",
    "replaces",
    "replaced_by",
    "league",
    "season",
    "position",
    "reason",
    "sources",
]
STINT_COLUMNS = ["coach", "team", "role", "start", "end", "end_reason", "honours"]


def event_row(e: Event) -> dict[str, Any]:
    return {
        "id": e.id,
        "date": (e.date.iso() + ("*" if e.date.inferred else "")) if e.date else "",
        "type": e.type,
        "status": e.status,
        "club": e.club.name,
        "coach": e.coach.name,
        "replaces": e.replaces.name if e.replaces else "",
        "replaced_by": e.replaced_by.name if e.replaced_by else "",
        "league": e.league or "",
        "season": e.season or "",
        "position": e.position if e.position is not None else "",
        "reason": e.reason or "",
        "sources": len({ev.document for ev in e.evidence}),
    }


def stint_row(s: Stint) -> dict[str, Any]:
    return {
        "coach": s.coach.name,
        "team": s.team.name,
        "role": s.role,
        "start": s.start.iso() if s.start else "",
        "end": s.end.iso() if s.end else "",
        "end_reason": s.end_reason or "",
        "honours": "; ".join(s.honours),
    }


def to_csv(rows: list[dict[str, Any]], columns: list[str]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def _md_cell(value: Any) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def to_markdown(rows: list[dict[str, Any]], columns: list[str]) -> str:
    lines = ["| " + " | ".join(columns) + " |", "|" + "|".join("---" for _ in columns) + "|"]
    for row in rows:
        lines.append("| " + " | ".join(_md_cell(row.get(c, "")) for c in columns) + " |")
    return "\n".join(lines) + "\n"


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"
