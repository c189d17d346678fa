"""A club's bench from fused events and biography stints; `who` reads the same spells."""

from __future__ import annotations

from datetime import date

from panchina.models import Event, Evidence, PartialDate, Ref, Stint
from panchina.resolve.bench import bench, on_bench

BARI = Ref("c-bari", "Bari")
MIGNANI, MARINO, IACHINI = (
    Ref("p-michele-mignani", "Michele Mignani"),
    Ref("p-pasquale-marino", "Pasquale Marino"),
    Ref("p-giuseppe-iachini", "Giuseppe Iachini"),
)
VIVARINI = Ref("p-vincenzo-vivarini", "Vincenzo Vivarini")


def _event(etype: str, coach: Ref, day: PartialDate, eid: str) -> Event:
    return Event(
        etype,
        "official",
        BARI,
        coach,
        date=day,
        season=day.season(),
        evidence=[Evidence("d-" + eid, 0, 4, "nota")],
        id="e-" + eid,
    )


EVENTS = [
    _event("dismissal", MIGNANI, PartialDate(2023, 10, 10), "1"),
    _event("appointment", MARINO, PartialDate(2023, 10, 10), "2"),
    _event("dismissal", MARINO, PartialDate(2024, 2, 19), "3"),
    _event("appointment", IACHINI, PartialDate(2024, 2, 19), "4"),
]
STINTS = [
    Stint(MIGNANI, BARI, "head_coach", PartialDate(2021), None, id="s-1"),
    Stint(VIVARINI, BARI, "head_coach", PartialDate(2019), PartialDate(2020), id="s-2"),
    Stint(IACHINI, Ref("c-parma", "Parma"), "head_coach", PartialDate(2021), None, id="s-3"),
]


def test_bench_joins_news_and_biography():
    spells = bench(BARI, EVENTS, STINTS)
    assert [(s.coach.name, s.start and s.start.iso(), s.end and s.end.iso()) for s in spells] == [
        ("Vincenzo Vivarini", "2019", "2020"),
        ("Michele Mignani", "2021", "2023-10-10"),
        ("Pasquale Marino", "2023-10-10", "2024-02-19"),
        ("Giuseppe Iachini", "2024-02-19", None),
    ]
    assert spells[1].stints and spells[1].events  # the stint filled the start of a news spell


def test_who_on_a_day_of_news_and_a_day_only_a_biography_knows():
    spells = bench(BARI, EVENTS, STINTS)
    assert on_bench(spells, date(2024, 2, 1)).coach == MARINO
    assert on_bench(spells, date(2024, 2, 19)).coach == IACHINI
    assert on_bench(spells, date(2020, 3, 1)).coach == VIVARINI
    assert on_bench(spells, date(2018, 3, 1)) is None


def test_conflicting_and_rumoured_events_do_not_make_spells():
    rumour = _event("appointment", VIVARINI, PartialDate(2024, 3, 1), "9")
    rumour.status = "rumour"
    spells = bench(BARI, [*EVENTS, rumour], [])
    assert VIVARINI not in {s.coach for s in spells}
