"""Fill what articles leave out from the match data, and flag what they get wrong.

For a change event with a club and a day-precise date: the league the club played in (it
outranks a league the articles name, often a past one: "aveva allenato in Serie B"), its table
position on that date, and the last match before it (the usual trigger of a sacking). A position
an article states is kept; when the computed table disagrees, both are shown (`extra`), the
article's as `position` and the table's as `position_computed`.
"""

from __future__ import annotations

from datetime import date

from panchina.models import CHANGE_TYPES, Event
from panchina.resolve import matches

_DEPARTURES = {"dismissal", "resignation", "mutual_termination"}


def _club_id(event: Event) -> str:
    return event.club.id.removeprefix("c-")


def _outcome(m: matches.Match, club: str) -> tuple[str, str] | None:
    if m.home_goals is None or m.away_goals is None:
        return None
    ours, theirs = (m.home_goals, m.away_goals) if m.home == club else (m.away_goals, m.home_goals)
    other = m.away if m.home == club else m.home
    label = "defeat" if ours < theirs else "draw" if ours == theirs else "win"
    return label, f"{other} {ours}-{theirs}"


def enrich(event: Event) -> Event:
    """The event with league, position and reason filled from match data where possible."""
    if event.type not in CHANGE_TYPES or event.date is None or event.date.day is None:
        return event
    club = _club_id(event)
    on = event.date.to_date()
    if event.season:  # the league the club played in that season outranks a passing mention
        league = matches.league_of(club, event.season)
        if league:
            league = league.split(" Girone")[0]
            if event.league and event.league != league:
                event.extra["league_stated"] = event.league
            event.league = league
    from_bottom = event.extra.pop("position_from_bottom", None)
    if from_bottom and event.league and event.season:  # "penultimo" in a league of 22 is 21st
        size = len(matches.table(event.league, event.season, on)) or len(
            matches.table(event.league, event.season, date(on.year + 1, 7, 1))
        )
        if size:
            event.position = size - int(from_bottom) + 1
    computed = matches.position(club, on)
    if computed is not None:
        if event.position is None:
            event.position = computed
            event.extra["position_source"] = "match data"
        elif event.position != computed:
            event.extra["position_computed"] = str(computed)
            event.extra["position_source"] = "article (the computed table differs)"
    if event.type in _DEPARTURES and event.status == "official" and event.reason is None:
        last = matches.last_match(club, on)
        if last is not None and (on - last.date).days <= 10:
            result = _outcome(last, club)
            if result and result[0] != "win":
                label, detail = result
                names = matches.load_gazetteer().clubs
                other_id, score = detail.rsplit(" ", 1)
                other = names[other_id].name if other_id in names else other_id
                event.reason = f"{label} vs {other} ({score})"
                event.extra["reason_source"] = "match data"
    return event
