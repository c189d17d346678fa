"""Match data fills league, position and reason, and flags a position that disagrees."""

from __future__ import annotations

from panchina.models import Event, PartialDate, Ref
from panchina.resolve.enrich import enrich

ASCOLI, CASTORI = Ref("c-ascoli", "Ascoli"), Ref("p-fabrizio-castori", "Fabrizio Castori")


def _dismissal(**kw) -> Event:
    base = dict(date=PartialDate(2024, 3, 12), season="2023-24")
    base.update(kw)
    return Event("dismissal", "official", ASCOLI, CASTORI, **base)


def test_enrich_fills_league_position_and_last_match():
    e = enrich(_dismissal())
    assert (e.league, e.position) == ("Serie B", 18)
    assert e.reason == "defeat vs Sampdoria (1-2)"
    assert e.extra["position_source"] == "match data"


def test_enrich_keeps_the_article_position_and_flags_a_disagreement():
    e = enrich(_dismissal(position=16, reason="defeat vs Sampdoria"))
    assert e.position == 16 and e.extra["position_computed"] == "18"
    assert e.reason == "defeat vs Sampdoria"


def test_enrich_leaves_undated_events_alone():
    e = enrich(_dismissal(date=PartialDate(2024, 3)))
    assert e.position is None and e.reason is None


def test_enrich_the_league_played_outranks_a_league_named_in_passing():
    e = enrich(_dismissal(league="Serie C"))
    assert e.league == "Serie B" and e.extra["league_stated"] == "Serie C"


def test_enrich_counts_a_place_from_the_bottom_in_the_league_the_club_played():
    # "penultimo" read without a league (counted in 22 clubs: 21st); Serie B 2023-24 had 20
    e = enrich(_dismissal(position=21, extra={"position_from_bottom": "2"}))
    assert (e.league, e.position) == ("Serie B", 19)
    assert "position_from_bottom" not in e.extra
