"""The season's managerial-changes table (the columns of Wikipedia's season articles).

Built from fused official events of one league and season: every departure is a row, filled
with the arrival that followed it at the same club; an interim coach replaced by a permanent
one is a row of its own ("end of interim").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from panchina.models import Event, Evidence, PartialDate

MANNER = {"dismissal": "sacked", "resignation": "resigned", "mutual_termination": "mutual consent"}
_DEPARTURES = set(MANNER)
_ARRIVALS = {"appointment", "interim_appointment"}
COLUMNS = [
    "team",
    "outgoing",
    "manner_of_departure",
    "date_of_vacancy",
    "position_in_table",
    "incoming",
    "date_of_appointment",
    "interim",
]


@dataclass
class Row:
    team: str
    outgoing: str | None
    manner_of_departure: str | None
    date_of_vacancy: PartialDate | None
    position_in_table: int | None
    incoming: str | None
    date_of_appointment: PartialDate | None
    interim: bool = False
    evidence: list[Evidence] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "team": self.team,
            "outgoing": self.outgoing,
            "manner_of_departure": self.manner_of_departure,
            "date_of_vacancy": self.date_of_vacancy.iso() if self.date_of_vacancy else None,
            "position_in_table": self.position_in_table,
            "incoming": self.incoming,
            "date_of_appointment": (
                self.date_of_appointment.iso() if self.date_of_appointment else None
            ),
            "interim": self.interim,
            "evidence": [
                {"document": e.document, "quote": e.quote, "start": e.start, "end": e.end}
                for e in self.evidence
            ],
        }


def _key(e: Event) -> tuple:
    return (e.date.to_date() if e.date else PartialDate(9999).to_date(), e.type in _ARRIVALS)


def season_table(events: list[Event], season: str, league: str | None = None) -> list[Row]:
    """Rows ordered by date of vacancy, then team."""
    chosen = [
        e
        for e in events
        if e.status == "official"
        and "conflict_with" not in e.extra
        and e.season == season
        and (league is None or e.league is None or e.league == league)
        and (e.type in _DEPARTURES or e.type in _ARRIVALS)
    ]
    by_club: dict[str, list[Event]] = {}
    for e in chosen:
        by_club.setdefault(e.club.id, []).append(e)
    rows: list[Row] = []
    for group in by_club.values():
        group.sort(key=_key)
        used: set[str] = set()
        for i, e in enumerate(group):
            if e.type not in _DEPARTURES:
                continue
            arrival = _arrival_after(group, i, e, used)
            rows.append(_row(e, arrival, MANNER[e.type]))
        for i, e in enumerate(group):  # arrivals no departure explains
            if e.type not in _ARRIVALS or e.id in used:
                continue
            previous = next(
                (
                    p
                    for p in reversed(group[:i])
                    if p.type in _ARRIVALS and p.coach.id != e.coach.id
                ),
                None,
            )
            if previous is not None and previous.type == "interim_appointment":
                rows.append(_arrival_row(e, previous.coach.name, "end of interim"))
            elif e.replaces is not None:
                rows.append(_arrival_row(e, e.replaces.name, None))
            used.add(e.id)
    rows.sort(
        key=lambda r: (
            r.date_of_vacancy.to_date() if r.date_of_vacancy else PartialDate(9999).to_date(),
            r.team,
        )
    )
    return rows


def _arrival_after(group: list[Event], i: int, gone: Event, used: set[str]) -> Event | None:
    for e in group:  # an arrival that names this predecessor
        named = e.replaces is not None and e.replaces.id == gone.coach.id
        if e.type in _ARRIVALS and e.id not in used and named:
            used.add(e.id)
            return e
    for e in group[i + 1 :]:
        if e.type in _DEPARTURES and e.coach.id != gone.coach.id:
            break
        if e.type in _ARRIVALS and e.id not in used and e.coach.id != gone.coach.id:
            used.add(e.id)
            return e
    named = gone.replaced_by
    for e in group:
        if named and e.type in _ARRIVALS and e.coach.id == named.id and e.id not in used:
            used.add(e.id)
            return e
    return None


def _arrival_row(e: Event, outgoing: str, manner: str | None) -> Row:
    """A row known from the arrival alone (the departure was not reported)."""
    interim = e.type == "interim_appointment"
    return Row(
        e.club.name,
        outgoing,
        manner,
        e.date,
        e.position,
        e.coach.name,
        e.date,
        interim,
        list(e.evidence),
    )


def _row(gone: Event, arrival: Event | None, manner: str) -> Row:
    return Row(
        team=gone.club.name,
        outgoing=gone.coach.name,
        manner_of_departure=manner,
        date_of_vacancy=gone.date,
        position_in_table=gone.position,
        incoming=arrival.coach.name
        if arrival
        else (gone.replaced_by.name if gone.replaced_by else None),
        date_of_appointment=arrival.date if arrival else None,
        interim=bool(arrival and arrival.type == "interim_appointment"),
        evidence=list(gone.evidence) + (list(arrival.evidence) if arrival else []),
    )


def to_wikitext(rows: list[Row], sources: dict[str, str], title: str = "") -> str:
    """A `{| class="wikitable"` table with one <ref> per row citing its first source."""
    head = [
        "Team",
        "Outgoing manager",
        "Manner of departure",
        "Date of vacancy",
        "Position in table",
        "Incoming manager",
        "Date of appointment",
    ]
    lines = ['{| class="wikitable sortable"']
    if title:
        lines.append(f"|+ {title}")
    lines.append("! " + " !! ".join(head))
    for r in rows:
        incoming = (r.incoming or "") + (" (interim)" if r.interim and r.incoming else "")
        cite = sources.get(r.evidence[0].document, r.evidence[0].document) if r.evidence else ""
        ref = f"<ref>{cite}</ref>" if cite else ""
        cells = [
            r.team,
            r.outgoing or "",
            r.manner_of_departure or "",
            r.date_of_vacancy.iso() if r.date_of_vacancy else "",
            str(r.position_in_table or ""),
            incoming,
            (r.date_of_appointment.iso() if r.date_of_appointment else "") + ref,
        ]
        lines.append("|-")
        lines.append("| " + " || ".join(cells))
    lines.append("|}")
    return "\n".join(lines) + "\n"
