"""Match results and league tables, so an event can carry its table position and trigger match.

Data: openfootball (CC0), bundled under `data/ref/openfootball` and never fetched at run time.
`football.json/SEASON/it.{1,2}.json` and `italy/SEASON/*.txt` cover the same Serie A/B seasons;
the text files add Serie B 2021-22..2023-24, Serie C 2024-25 and the Coppa Italia. For each
league and season the source with more played matches wins (ties: JSON), because the two are
updated at different times.

Conventions (kept simple on purpose, see the README beside the data):
- `league` is "Serie A", "Serie B", "Serie C Girone A|B|C" (2024-25 only) or "Coppa Italia".
- Regular-season rounds are "Matchday N"; other stages are "Playoff, Final", "Playout, Final"...
  Only "Matchday" rounds count for tables, so playoffs, playouts and cups never do.
- Cancelled matches (annulled results of excluded clubs) are dropped; postponed or unplayed
  ones are kept with `None` goals. Awarded results count as given. Goals are after extra time
  when there was any; penalty shoot-outs are not goals.
- Table order: points, goal difference, goals scored, then club id. Italian head-to-head rules
  and penalty points (deductions) are out of scope, so a table may differ from the official one.
- Club ids come from the gazetteer; a name it does not know gets a slug of the openfootball name
  (reserve sides such as "Juventus II" rightly stay apart from the first team that way).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from panchina.analyse.gazetteer import load_gazetteer, slug
from panchina.models import PartialDate

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "ref" / "openfootball"
CUP = "Coppa Italia"
LEAGUES = ("Serie A", "Serie B", "Serie C Girone A", "Serie C Girone B", "Serie C Girone C")
_JSON_FILES = {"it.1": "Serie A", "it.2": "Serie B"}
_TEXT_FILES = {
    "1-seriea": "Serie A",
    "2-serieb": "Serie B",
    "3-seriec_a": "Serie C Girone A",
    "3-seriec_b": "Serie C Girone B",
    "3-seriec_c": "Serie C Girone C",
    "cup": CUP,
}
_STAGES = {
    "aufstieg": "Playoff",
    "playoffs": "Playoff",
    "playoff": "Playoff",
    "relegation": "Playout",
    "playoffs - relegation": "Playout",
    "playout": "Playout",
}
_MONTHS = {
    m: i
    for i, m in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
        start=1,
    )
}
_WD = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
_DATE_LINE = re.compile(rf"^\s*{_WD}\s+([A-Z][a-z]{{2}})\s+(\d{{1,2}})(?:\s+(\d{{4}}))?\s*$")
_SPAN = re.compile(
    rf"^#\s*Date\s+{_WD}\s+(\w{{3}})\s+(\d{{1,2}})\s+(\d{{4}})\s*-\s*"
    rf"{_WD}\s+(\w{{3}})\s+(\d{{1,2}})\s+(\d{{4}})"
)
_STAGE_COMMENT = re.compile(
    r"(?i)^(?:regular season|play-?offs?\b.*|playouts?|aufstieg"
    r"|relegation|finals?)$"
)
_SCORE = r"\d+-\d+(?:\s+pen\.)?(?:\s+\d+-\d+\s+a\.e\.t\.|\s+a\.e\.t\.)?(?:\s+\([\d\s,-]*\))?"
_TIME = re.compile(r"^\s*(?:\d{1,2}[:.]\d{2}\s+)?")
_STATUS = re.compile(r"\s*\[([a-z. ]+)\]\s*", re.I)
_OLD = re.compile(rf"^(.+?)\s+v\s+(.+?)(?:\s+({_SCORE}))?$")  # Home v Away  2-1 (1-1)
_NEW = re.compile(rf"^(.+?)\s+({_SCORE})\s+([^\s\d(].*)$")  # Home  2-1 (1-1)  Away
_UNPLAYED = {"postponed", "abandoned", "suspended"}
_DROPPED = {"cancelled", "canceled", "annulled"}


@dataclass(frozen=True, slots=True)
class Match:
    """One fixture; goals are None until it is played. Clubs are gazetteer ids."""

    league: str
    season: str  # "2023-24"
    round: str | None  # "Matchday 5" in the regular season, "Playoff, Final", "Round of 16"...
    date: date
    home: str  # club id
    away: str
    home_goals: int | None  # None: not played (yet)
    away_goals: int | None

    @property
    def played(self) -> bool:
        return self.home_goals is not None and self.away_goals is not None


@dataclass(frozen=True, slots=True)
class Row:
    """A club's line in a table; `position` is unique (ties broken as the module doc says)."""

    club: str
    played: int
    won: int
    drawn: int
    lost: int
    goals_for: int
    goals_against: int
    points: int
    position: int


@cache
def _club_id(name: str) -> str:
    """The gazetteer id of an openfootball team name, or a slug of the name when unknown."""
    club = load_gazetteer().lookup(name)
    return club.id if club else slug(name)


def _goals(score: str | None) -> tuple[int | None, int | None]:
    """Goals from a text score: `2-1 (1-1)`, `1-2 a.e.t. (1-1, 0-1)`, `5-4 pen. 1-1 a.e.t. (...)`.

    With penalties the first pair is the shoot-out, so the match score is the second one.
    """
    if not score:
        return None, None
    pairs = re.findall(r"(\d+)-(\d+)", score)
    pair = pairs[1] if "pen." in score else pairs[0]
    return int(pair[0]), int(pair[1])


def _round(name: str, stage: str | None) -> str:
    """One naming for rounds: "Matchday N" for the regular season, "Stage, Round" otherwise."""
    name = " ".join(name.split())
    m = re.fullmatch(r"Matchday\s+(\d+)|(\d+)\.\s*Round", name)
    if m and stage is None:
        return f"Matchday {m.group(1) or m.group(2)}"
    if stage and "," not in name:
        name = f"{stage}, {name}"
    head, sep, tail = name.partition(", ")
    return f"{_STAGES.get(head.lower(), head)}{sep}{tail}"


def _day(
    month: str, day: int, year: int | None, season: str, span: tuple[date, date] | None
) -> date:
    """The date of a heading without a year: inside the file's `# Date` span (the 2019-20 season
    ran into August 2020), else Jul-Dec in the season's first year and Jan-Jun in the second."""
    mon = _MONTHS[month]
    if year:
        return date(year, mon, day)
    first = int(season[:4])
    if span:
        for y in (first, first + 1):
            try:
                d = date(y, mon, day)
            except ValueError:  # 29 Feb in the other year
                continue
            if span[0] <= d <= span[1]:
                return d
    return date(first if mon >= 7 else first + 1, mon, day)


def _parse_text(text: str, league: str, season: str) -> list[Match]:
    """Matches from openfootball's text format (both the `v` layout and the score-between one)."""
    matches: list[Match] = []
    span: tuple[date, date] | None = None
    stage: str | None = None
    rnd: str | None = None
    day: date | None = None
    for raw in text.splitlines():
        line = raw.rstrip()
        body = line.strip()
        if not body or body.startswith("= "):
            continue
        if body.startswith("#") or body.startswith("=="):
            if m := _SPAN.match(body):
                a, b = (
                    date(int(y), _MONTHS[mo], int(d))
                    for mo, d, y in (m.group(1, 2, 3), m.group(4, 5, 6))
                )
                span = (a, b)
                continue
            heading = body.lstrip("#=").strip()
            if body.startswith("==") or _STAGE_COMMENT.match(heading):
                stage = None if heading.lower() == "regular season" else heading
                rnd = None
            continue
        if body.startswith("▪"):
            rnd = _round(body.lstrip("▪").strip(), stage)
            continue
        if m := _DATE_LINE.match(line):
            if m.group(1) in _MONTHS:
                day = _day(m.group(1), int(m.group(2)), int(m.group(3) or 0), season, span)
            continue
        if day is None:
            continue
        rest = _TIME.sub("", line, count=1).strip()
        status = ""
        if sm := _STATUS.search(rest):  # `[awarded]` after the score, or instead of it
            status = sm.group(1).lower()
            after = rest[sm.end() :]
            rest = f"{rest[: sm.start()]} v {after}" if after else rest[: sm.start()]
        if mo := _OLD.match(rest):
            home, away, score = mo.group(1), mo.group(2), mo.group(3)
        elif mn := _NEW.match(rest):
            home, score, away = mn.group(1), mn.group(2), mn.group(3)
        else:
            continue
        if status in _DROPPED:
            continue
        hg, ag = (None, None) if status in _UNPLAYED else _goals(score)
        matches.append(
            Match(league, season, rnd, day, _club_id(home.strip()), _club_id(away.strip()), hg, ag)
        )
    return matches


def _parse_json(data: dict, league: str, season: str) -> list[Match]:
    """Matches from football.json (`round`, optional `stage`, `score.ft`/`score.et`)."""
    matches: list[Match] = []
    for m in data.get("matches", []):
        status = str(m.get("status", "")).lower()
        if status in _DROPPED:
            continue
        score = m.get("score") or {}
        goals = score.get("et") or score.get("ft")
        if status in _UNPLAYED or not goals:
            goals = (None, None)
        matches.append(
            Match(
                league,
                season,
                _round(m.get("round", ""), m.get("stage")),
                date.fromisoformat(m["date"]),
                _club_id(m["team1"]),
                _club_id(m["team2"]),
                goals[0],
                goals[1],
            )
        )
    return matches


@cache
def _by_league_season() -> dict[tuple[str, str], tuple[Match, ...]]:
    """Every bundled match, one source per league and season: the one with more results."""
    found: dict[tuple[str, str], list[list[Match]]] = defaultdict(list)
    for path in sorted((DATA_DIR / "football.json").glob("*/it.*.json")):
        if league := _JSON_FILES.get(path.stem):
            data = json.loads(path.read_text(encoding="utf-8"))
            found[league, path.parent.name].append(_parse_json(data, league, path.parent.name))
    for path in sorted((DATA_DIR / "italy").glob("*/*.txt")):
        if league := _TEXT_FILES.get(path.stem):
            text = path.read_text(encoding="utf-8")
            found[league, path.parent.name].append(_parse_text(text, league, path.parent.name))
    out: dict[tuple[str, str], tuple[Match, ...]] = {}
    for key, sources in found.items():
        best = max(sources, key=lambda ms: sum(m.played for m in ms))  # first (JSON) on a tie
        out[key] = tuple(sorted(best, key=lambda m: (m.date, m.home)))
    return out


@cache
def _by_club() -> dict[str, tuple[Match, ...]]:
    """Played matches per club in date order; on one date a league match sorts after a cup one."""
    clubs: dict[str, list[Match]] = defaultdict(list)
    for ms in _by_league_season().values():
        for m in ms:
            if m.played:
                clubs[m.home].append(m)
                clubs[m.away].append(m)
    return {
        c: tuple(sorted(ms, key=lambda m: (m.date, m.league != CUP))) for c, ms in clubs.items()
    }


def load_matches(league: str | None = None, season: str | None = None) -> list[Match]:
    """Bundled matches (all stages and competitions), filtered by league and/or season."""
    return [
        m
        for (lg, s), ms in _by_league_season().items()
        if league in (None, lg) and season in (None, s)
        for m in ms
    ]


def _regular(m: Match) -> bool:
    return m.league != CUP and (m.round or "").startswith("Matchday ")


def _standings(matches: list[Match], on: date) -> list[Row]:
    """The table from regular-season `matches` played strictly before `on` (every club that has
    a fixture is listed, so a club whose games were postponed still has a place)."""
    stats: dict[str, list[int]] = {}  # played won drawn lost for against
    for m in matches:
        if not _regular(m):
            continue
        home, away = stats.setdefault(m.home, [0] * 6), stats.setdefault(m.away, [0] * 6)
        if m.date >= on or m.home_goals is None or m.away_goals is None:
            continue
        for s, gf, ga in ((home, m.home_goals, m.away_goals), (away, m.away_goals, m.home_goals)):
            s[0] += 1
            s[1 if gf > ga else 2 if gf == ga else 3] += 1
            s[4] += gf
            s[5] += ga

    def key(item: tuple[str, list[int]]) -> tuple[int, int, int, str]:
        club, s = item
        return (-(3 * s[1] + s[2]), -(s[4] - s[5]), -s[4], club)

    ranked = sorted(stats.items(), key=key)
    return [
        Row(c, *s, points=3 * s[1] + s[2], position=i) for i, (c, s) in enumerate(ranked, start=1)
    ]


def table(league: str, season: str, on: date) -> list[Row]:
    """Standings of `league` in `season` after all matches played strictly before `on`."""
    return _standings(list(_by_league_season().get((league, season), ())), on)


def league_of(club_id: str, season: str) -> str | None:
    """The league (not cup) the club played its regular season in; the higher one if several."""
    for league in LEAGUES:
        ms = _by_league_season().get((league, season), ())
        if any(_regular(m) and club_id in (m.home, m.away) for m in ms):
            return league
    return None


def _previous(season: str) -> str:
    first = int(season[:4]) - 1
    return f"{first}-{(first + 1) % 100:02d}"


def _season_on(club_id: str, on: date) -> str:
    """The season running on `on` for the club: July-June, unless the club's previous season
    still had fixtures left (2019-20 ended in August 2020)."""
    season = PartialDate.from_date(on).season()
    prev = _previous(season)
    league = league_of(club_id, prev)
    if league and any(_regular(m) and m.date >= on for m in _by_league_season()[league, prev]):
        return prev
    return season


def position(
    club_id: str, on: date, league: str | None = None, season: str | None = None
) -> int | None:
    """The club's place in its league table before `on`; None when it has no fixture there or
    no match of that season has been played yet (a pre-season table of zeros says nothing)."""
    season = season or _season_on(club_id, on)
    league = league or league_of(club_id, season)
    if league is None:
        return None
    rows = table(league, season, on)
    if not any(r.played for r in rows):
        return None
    return next((r.position for r in rows if r.club == club_id), None)


def last_match(club_id: str, before: date) -> Match | None:
    """The club's last played match strictly before `before`, in any bundled competition (a
    Coppa Italia defeat can be the trigger too); on one date the league match wins."""
    found = None
    for m in _by_club().get(club_id, ()):
        if m.date >= before:
            break
        found = m
    return found
