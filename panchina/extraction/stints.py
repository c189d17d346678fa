"""Career stints: those biographies tell (careers.py) and those a document's official
events open or close."""

from __future__ import annotations

from panchina.analyse import Analysis
from panchina.extraction.careers import read_careers
from panchina.models import Event, Stint


def extract_stints(a: Analysis, events: list[Event]) -> list[Stint]:
    """Stints told in the document's biography, those its official events open or close, and
    the current bench of a coach kept, extended or only rumoured to go."""
    stints = read_careers(a, events)
    for e in events:  # the coach who stays, is extended, or is only said to go, sits there now
        current = (e.type == "dismissal" and e.status != "official") or (
            e.type == "contract_extension" and e.status == "official"
        )
        if current and not any(s.team == e.club and s.coach == e.coach for s in stints):
            stints.append(
                Stint(e.coach, e.club, "head_coach", None, None, None, [], list(e.evidence))
            )
    for e in events:
        if e.status != "official":
            continue
        if e.type in ("appointment", "interim_appointment"):
            role = "head_coach" if e.type == "appointment" else "interim_head_coach"
            if not any(
                s.team == e.club
                and s.coach == e.coach
                and s.role == role
                and s.end is None
                and (s.start is None or e.date is None or s.start.year == e.date.year)
                for s in stints
            ):
                stints.append(
                    Stint(e.coach, e.club, role, e.date, None, None, [], list(e.evidence))
                )
        elif e.type in ("dismissal", "resignation", "mutual_termination"):
            stints.append(
                Stint(e.coach, e.club, "head_coach", None, e.date, e.type, [], list(e.evidence))
            )
    return stints
