"""A club's bench over time, from fused events and biography stints together.

Events give the news of the day (an arrival opens a spell, a departure or the next arrival
closes it); biography stints give the years no news article covered ("al Bari dal 2019 al
2021"). A stint of the same coach overlapping an event-made spell fills its missing ends
instead of standing as a second spell. `club`, `coach` and `who` read the same spells, so
they agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from panchina.models import Event, Evidence, PartialDate, Ref, Stint

ARRIVALS = frozenset({"appointment", "interim_appointment"})
DEPARTURES = frozenset({"dismissal", "resignation", "mutual_termination"})
BENCH_ROLES = frozenset({"head_coach", "interim_head_coach"})


@dataclass
class Spell:
    """One coach in charge of one club, from `start` to `end` (None: not known / ongoing)."""

    coach: Ref
    club: Ref
    role: str  # head_coach | interim_head_coach
    start: PartialDate | None = None
    end: PartialDate | None = None
    events: list[Event] = field(default_factory=list)
    stints: list[Stint] = field(default_factory=list)

    @property
    def evidence(self) -> list[Evidence]:
        seen = [ev for e in self.events for ev in e.evidence]
        seen += [ev for s in self.stints for ev in s.evidence]
        return list(dict.fromkeys(seen))

    def covers(self, day: date) -> bool:
        """Could the coach have been in charge on `day`? Partial ends count generously."""
        starts = first_day(self.start) if self.start else date.min
        ends = last_day(self.end) if self.end else date.max
        return starts <= day <= ends

    def as_dict(self) -> dict:
        return {
            "coach": self.coach.name,
            "club": self.club.name,
            "role": self.role,
            "start": self.start.iso() if self.start else None,
            "end": self.end.iso() if self.end else None,
            "events": [e.id for e in self.events],
            "stints": [s.id for s in self.stints],
        }


def first_day(d: PartialDate) -> date:
    return d.to_date()


def last_day(d: PartialDate) -> date:
    return d.last_date()


def _official(events: list[Event], club_id: str) -> list[Event]:
    chosen = [
        e
        for e in events
        if e.club.id == club_id
        and e.status == "official"
        and e.date is not None
        and "conflict_with" not in e.extra
        and (e.type in ARRIVALS or e.type in DEPARTURES)
    ]
    # On one day the departure comes before the arrival it makes room for.
    return sorted(chosen, key=lambda e: (e.date.to_date(), e.type in ARRIVALS, e.id))


def _from_events(events: list[Event]) -> list[Spell]:
    spells: list[Spell] = []
    current: Spell | None = None
    for e in events:
        if e.type in ARRIVALS:
            if current is not None and current.coach.id != e.coach.id and current.end is None:
                current.end = e.date
            if current is not None and current.coach.id == e.coach.id and current.end is None:
                current.events.append(e)  # the same arrival told twice (appointment, presentation)
                continue
            role = "interim_head_coach" if e.type == "interim_appointment" else "head_coach"
            current = Spell(e.coach, e.club, role, start=e.date, events=[e])
            spells.append(current)
            continue
        mine = next(
            (s for s in reversed(spells) if s.coach.id == e.coach.id and s.end is None), None
        )
        if mine is None:  # a departure whose arrival no article told
            mine = Spell(e.coach, e.club, "head_coach", start=None, end=e.date, events=[e])
            spells.append(mine)
        else:
            mine.end = e.date
            mine.events.append(e)
        if current is mine:
            current = None
    return spells


def _overlaps(spell: Spell, stint: Stint) -> bool:
    lo = max(
        first_day(spell.start) if spell.start else date.min,
        first_day(stint.start) if stint.start else date.min,
    )
    hi = min(
        last_day(spell.end) if spell.end else date.max,
        last_day(stint.end) if stint.end else date.max,
    )
    return lo <= hi


def bench(club: Ref, events: list[Event], stints: list[Stint]) -> list[Spell]:
    """The club's spells, oldest first."""
    spells = _from_events(_official(events, club.id))
    for st in stints:
        if (
            st.team.id != club.id
            or st.role not in BENCH_ROLES
            or (st.start is None and st.end is None)
        ):
            continue
        same = [s for s in spells if s.coach.id == st.coach.id and _overlaps(s, st)]
        if same:
            s = same[0]
            s.start = s.start or st.start
            s.end = s.end or st.end
            s.stints.append(st)
        else:
            spells.append(Spell(st.coach, st.team, st.role, st.start, st.end, stints=[st]))
    return sorted(spells, key=lambda s: (first_day(s.start) if s.start else date.min, s.coach.id))


def on_bench(spells: list[Spell], day: date) -> Spell | None:
    """The spell covering `day`; of several (imprecise ends), the one that began last."""
    covering = [s for s in spells if s.covers(day)]
    if not covering:
        return None
    return max(
        covering, key=lambda s: (first_day(s.start) if s.start else date.min, bool(s.events))
    )
