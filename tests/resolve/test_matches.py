"""Match results and tables from the bundled openfootball data (expected values checked by hand
against the data files and the published 2023-24 standings)."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date

import pytest

from panchina.analyse.gazetteer import load_gazetteer
from panchina.resolve.matches import (
    CUP,
    DATA_DIR,
    Match,
    _parse_json,
    _parse_text,
    _regular,
    _standings,
    last_match,
    league_of,
    load_matches,
    position,
    table,
)

# Serie A 2023-24 after matchday 1 (19-21 Aug 2023): e.g. Genoa 1-4 Fiorentina, Frosinone 1-3
# Napoli, Udinese 0-3 Juventus, Roma 2-2 Salernitana.
AFTER_MD1 = date(2023, 8, 22)


@pytest.mark.parametrize(
    "name",
    [
        "Ascoli Calcio",
        "Sampdoria",
        "SSC Napoli",
        "ACF Fiorentina",
        "Juventus FC",
        "Udinese Calcio",
        "Genoa CFC",
        "AS Roma",
        "Frosinone Calcio",
        "FC Internazionale Milano",
        "Empoli FC",
        "Feralpisalò",
        "Calcio Lecco 1912",
        "Ternana Calcio",
    ],
)
def test_gazetteer_knows_the_openfootball_names_used_here(name):
    assert load_gazetteer().lookup(name) is not None


@pytest.mark.parametrize(
    ("club", "points", "goals", "pos"),
    [
        ("fiorentina", 3, (4, 1), 1),
        ("juventus", 3, (3, 0), 2),  # same goal difference as Fiorentina, fewer goals scored
        ("napoli", 3, (3, 1), 3),
        ("atalanta", 3, (2, 0), 4),  # atalanta, inter, milan: all level, ordered by club id
        ("milan", 3, (2, 0), 6),
        ("roma", 1, (2, 2), 9),
        ("genoa", 0, (1, 4), 19),
        ("udinese", 0, (0, 3), 20),
    ],
)
def test_serie_a_table_after_matchday_1(club, points, goals, pos):
    rows = {r.club: r for r in table("Serie A", "2023-24", AFTER_MD1)}
    assert len(rows) == 20
    row = rows[club]
    assert (row.played, row.points, (row.goals_for, row.goals_against), row.position) == (
        1,
        points,
        goals,
        pos,
    )


def test_table_is_empty_before_the_first_match_and_final_at_the_end():
    assert all(r.played == 0 for r in table("Serie A", "2023-24", date(2023, 8, 19)))
    final = table("Serie A", "2023-24", date(2024, 7, 1))
    assert [(r.club, r.points) for r in final[:3]] == [
        ("inter", 94),
        ("milan", 75),
        ("juventus", 71),
    ]
    assert {r.played for r in final} == {38}


@pytest.mark.parametrize(
    ("club", "on", "expected"),
    [
        ("napoli", AFTER_MD1, 3),
        ("napoli", date(2023, 11, 14), 4),  # after the 0-1 home defeat to Empoli on 12 Nov
        ("inter", date(2024, 6, 1), 1),
        ("juventus", date(2020, 7, 20), 1),  # 2019-20 ran into August 2020
    ],
)
def test_position_in_serie_a(club, on, expected):
    assert position(club, on) == expected


def test_ascoli_last_match_before_dismissal_is_the_defeat_at_sampdoria():
    m = last_match("ascoli", date(2024, 3, 12))
    assert m == Match(
        "Serie B", "2023-24", "Matchday 29", date(2024, 3, 11), "sampdoria", "ascoli", 2, 1
    )


def test_ascoli_third_from_bottom_on_12_march_2024():
    assert league_of("ascoli", "2023-24") == "Serie B"
    rows = table("Serie B", "2023-24", date(2024, 3, 12))
    ascoli = next(r for r in rows if r.club == "ascoli")
    assert (ascoli.played, ascoli.points, ascoli.position) == (29, 28, 18)
    assert position("ascoli", date(2024, 3, 12)) == 18 == len(rows) - 2


@pytest.mark.parametrize(
    ("club", "on", "league", "season"),
    [
        ("ascoli", date(2023, 10, 1), "Serie A", None),  # Serie B that season
        ("inter", date(2022, 1, 10), "Serie B", "2021-22"),
        ("no-such-club", date(2024, 3, 12), None, None),
        ("ascoli", date(2024, 7, 15), None, None),  # 2024-25 fixtures exist, none played yet
    ],
)
def test_position_none_without_a_standing(club, on, league, season):
    assert position(club, on, league, season) is None


@pytest.mark.parametrize(
    ("club", "before"), [("no-such-club", date(2024, 3, 12)), ("ascoli", date(2013, 8, 1))]
)
def test_last_match_none(club, before):
    assert last_match(club, before) is None


def test_last_match_includes_the_cup():
    m = last_match("napoli", date(2023, 12, 20))
    assert m is not None
    assert (m.league, m.home, m.away, m.home_goals, m.away_goals) == (
        CUP,
        "napoli",
        "frosinone",
        0,
        4,
    )


def test_playoffs_and_cups_stay_out_of_tables():
    final = table("Serie B", "2023-24", date(2024, 7, 1))
    assert {r.played for r in final} == {38}
    assert any(not _regular(m) for m in load_matches("Serie B", "2023-24"))
    assert table(CUP, "2023-24", date(2024, 7, 1)) == []


def test_no_two_teams_share_an_id_within_a_league_season():
    """A gazetteer hit that merges two clubs would give one id twice the fixtures."""
    per_season: dict[tuple[str, str], Counter[str]] = {}
    for m in load_matches():
        if _regular(m):
            c = per_season.setdefault((m.league, m.season), Counter())
            c.update((m.home, m.away))
    assert len(per_season) == 29  # 13 Serie A, 13 Serie B, 3 Serie C groups
    for key, counts in per_season.items():
        assert max(counts.values()) <= 2 * (len(counts) - 1), key


def test_text_format_agrees_with_json():
    season = DATA_DIR / "football.json" / "2023-24" / "it.1.json"
    text = DATA_DIR / "italy" / "2023-24" / "1-seriea.txt"
    from_json = _parse_json(json.loads(season.read_text(encoding="utf-8")), "Serie A", "2023-24")
    from_text = _parse_text(text.read_text(encoding="utf-8"), "Serie A", "2023-24")
    assert len(from_text) == 380 and sorted(from_text, key=repr) == sorted(from_json, key=repr)


SAMPLE = """\
= Italian Serie B 2019/20

# Date       Fri Aug 23 2019 - Thu Aug 20 2020 (363d)
# Regular Season

▪ Matchday 1
Fri Aug 23
  20:30  SSC Bari                 0-0  Palermo FC
Sat Aug 24
  20:30  Ternana Calcio           1-2 (0-1)  Sampdoria
         US Cremonese             0-0  US Catanzaro
  Empoli FC                3-0  Brescia Calcio           [awarded]
         Modena FC                [postponed]  Pisa SC
▪ 2. Round
  Sat Jan 4 2020
    15:00  Spezia Calcio           v US Cremonese
           Ascoli Calcio           v Venezia FC               2-1 (1-1)
           Giugliano               v Taranto FC               [cancelled]
  Wed Jul 1
           AC Monza                v AS Cittadella            1-1 (0-0)

# Playoff
▪ Semifinals
Sun Aug 2
  20:30  US Catanzaro             4-2 a.e.t. (2-2, 1-1)  Brescia Calcio
== Playout
▪ Final
  Mon Aug 3
    21:00  Venezia FC              v US Salernitana 1919      2-4 pen. 1-0 a.e.t. (1-0, 1-0)
"""


@pytest.mark.parametrize(
    ("i", "round_", "day", "home", "away", "goals"),
    [
        (0, "Matchday 1", date(2019, 8, 23), "bari", "palermo", (0, 0)),
        (1, "Matchday 1", date(2019, 8, 24), "ternana", "sampdoria", (1, 2)),
        (2, "Matchday 1", date(2019, 8, 24), "cremonese", "catanzaro", (0, 0)),  # same date
        (3, "Matchday 1", date(2019, 8, 24), "empoli", "brescia", (3, 0)),  # awarded
        (4, "Matchday 1", date(2019, 8, 24), "modena", "pisa", (None, None)),  # postponed
        (5, "Matchday 2", date(2020, 1, 4), "spezia", "cremonese", (None, None)),  # no score
        (6, "Matchday 2", date(2020, 1, 4), "ascoli", "venezia", (2, 1)),  # cancelled one dropped
        (7, "Matchday 2", date(2020, 7, 1), "monza", "cittadella", (1, 1)),  # July in the 2nd year
        (8, "Playoff, Semifinals", date(2020, 8, 2), "catanzaro", "brescia", (4, 2)),
        (9, "Playout, Final", date(2020, 8, 3), "venezia", "salernitana", (1, 0)),
    ],
)
def test_parse_text_variants(i, round_, day, home, away, goals):
    ms = _parse_text(SAMPLE, "Serie B", "2019-20")
    assert len(ms) == 10
    m = ms[i]
    assert (m.round, m.date, m.home, m.away, (m.home_goals, m.away_goals)) == (
        round_,
        day,
        home,
        away,
        goals,
    )


def test_standings_tie_order_and_regular_season_only():
    d = date(2024, 1, 7)
    ms = [
        Match("Serie B", "2023-24", "Matchday 1", d, "b", "a", 2, 2),
        Match("Serie B", "2023-24", "Matchday 1", d, "c", "d", 1, 0),
        Match("Serie B", "2023-24", "Matchday 2", date(2024, 1, 14), "e", "c", 0, 0),
        Match("Serie B", "2023-24", "Playout, Final", d, "d", "c", 5, 0),
    ]
    rows = _standings(ms, date(2024, 1, 8))
    assert [(r.club, r.points, r.position) for r in rows] == [
        ("c", 3, 1),
        ("a", 1, 2),
        ("b", 1, 3),
        ("e", 0, 4),
        ("d", 0, 5),
    ]
