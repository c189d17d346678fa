"""Fusion across documents: one event per real change, stable ids, all evidence kept."""

from __future__ import annotations

import random

from panchina.models import Document, Event, Evidence, Extraction, PartialDate, Ref
from panchina.resolve import fuse

ASCOLI, CASTORI = Ref("c-ascoli", "Ascoli"), Ref("p-fabrizio-castori", "Fabrizio Castori")


def _x(doc_id: str, date: PartialDate, status: str = "official") -> Extraction:
    doc = Document(doc_id, doc_id, None, "testo")
    ev = Event(
        "dismissal",
        status,
        ASCOLI,
        CASTORI,
        date=date,
        season=date.season(),
        evidence=[Evidence(doc_id, 0, 5, "testo")],
        confidence=0.8,
    )
    return Extraction(doc, events=[ev])


def test_fuse_merges_reports_of_one_change():
    events, _ = fuse([_x("d-1", PartialDate(2024, 3, 11)), _x("d-2", PartialDate(2024, 3, 11))])
    (e,) = events
    assert [ev.document for ev in e.evidence] == ["d-1", "d-2"]
    assert e.confidence > 0.8


def test_fuse_prefers_a_written_date_and_keeps_alternatives():
    events, _ = fuse(
        [_x("d-1", PartialDate(2024, 3, 12, inferred=True)), _x("d-2", PartialDate(2024, 3, 11))]
    )
    (e,) = events
    assert e.date == PartialDate(2024, 3, 11) and not e.date.inferred
    assert e.extra["date_alternatives"] == "2024-03-11, 2024-03-12"


def test_fuse_official_outranks_rumour():
    events, _ = fuse(
        [_x("d-1", PartialDate(2024, 3, 10), "rumour"), _x("d-2", PartialDate(2024, 3, 11))]
    )
    assert [e.status for e in events] == ["official"]


def test_fuse_ids_do_not_depend_on_order():
    xs = [_x(f"d-{i}", PartialDate(2024, 3, 11)) for i in range(5)]
    first = fuse(xs)[0][0].id
    random.Random(7).shuffle(xs)
    assert fuse(xs)[0][0].id == first


def _appointment(doc_id: str, coach: str) -> Extraction:
    ref = Ref("p-" + coach.lower().replace(" ", "-"), coach)
    ev = Event(
        "appointment",
        "official",
        ASCOLI,
        ref,
        date=PartialDate(2024, 3, 12),
        season="2023-24",
        evidence=[Evidence(doc_id, 0, 5, "testo")],
    )
    return Extraction(Document(doc_id, doc_id, None, "testo"), events=[ev])


def test_fuse_misspelled_name_joins_the_attested_one():
    xs = [
        _appointment("d-1", "Massimo Carrera"),
        _appointment("d-2", "Massimo Carrera"),
        _appointment("d-3", "Massimo Carerra"),
    ]
    events, _ = fuse(xs)
    assert [e.coach.name for e in events] == ["Massimo Carrera"]


def test_fuse_surname_only_joins_the_one_full_name():
    events, _ = fuse([_appointment("d-1", "Massimo Carrera"), _appointment("d-2", "Carrera")])
    assert [e.coach.name for e in events] == ["Massimo Carrera"]


def test_fuse_two_people_sharing_a_surname_stay_apart():
    events, _ = fuse(
        [
            _appointment("d-1", "Simone Inzaghi"),
            _appointment("d-2", "Filippo Inzaghi"),
            _appointment("d-3", "Inzaghi"),
        ]
    )
    assert sorted(e.coach.name for e in events) == ["Filippo Inzaghi", "Inzaghi", "Simone Inzaghi"]


def _typed(doc_id: str, etype: str, date: PartialDate) -> Extraction:
    x = _x(doc_id, date)
    x.events[0].type = etype
    return x


def test_fuse_a_month_backs_the_day_it_contains():
    events, _ = fuse(
        [
            _x("d-1", PartialDate(2024, 3, 11)),
            _x("d-2", PartialDate(2024, 3)),
            _x("d-3", PartialDate(2024, 3, 12)),
        ]
    )
    (e,) = events
    assert e.date.precision == "day"  # the month backs both days; it never wins over them
    events, _ = fuse(
        [
            _x("d-1", PartialDate(2024, 3, 11)),
            _x("d-2", PartialDate(2024, 3, 11)),
            _x("d-3", PartialDate(2024, 3)),
        ]
    )
    assert events[0].date == PartialDate(2024, 3, 11)


def test_fuse_one_departure_told_as_a_sacking_and_as_a_resignation_is_one_event():
    events, _ = fuse(
        [
            _typed("d-1", "dismissal", PartialDate(2024, 3, 11)),
            _typed("d-2", "dismissal", PartialDate(2024, 3, 11)),
            _typed("d-3", "resignation", PartialDate(2024, 3, 11)),
        ]
    )
    assert [e.type for e in events] == ["dismissal"]


def test_fuse_an_interim_report_outweighs_one_plain_appointment():
    events, _ = fuse(
        [
            _typed("d-1", "appointment", PartialDate(2024, 3, 11)),
            _typed("d-2", "interim_appointment", PartialDate(2024, 3, 11)),
        ]
    )
    assert [e.type for e in events] == ["interim_appointment"]
    events, _ = fuse(
        [_typed(f"d-{n}", "appointment", PartialDate(2024, 3, 11)) for n in range(3)]
        + [_typed("d-9", "interim_appointment", PartialDate(2024, 3, 11))]
    )
    assert [e.type for e in events] == ["appointment"]


def pub(doc_id: str, day: PartialDate, status: str) -> Extraction:
    """A report of the 11 March change, published on `day`."""
    x = _x(doc_id, PartialDate(2024, 3, 11), status)
    x.document.published = day
    return x


def test_fuse_a_change_called_off_after_it_was_official_is_revoked():
    events, _ = fuse(
        [
            pub("d-1", PartialDate(2024, 3, 10), "rumour"),
            pub("d-2", PartialDate(2024, 3, 11), "official"),
            pub("d-3", PartialDate(2024, 3, 13), "denied"),
        ]
    )
    (e,) = events
    assert e.status == "denied"
    assert (e.extra["rumour_since"], e.extra["official_since"], e.extra["revoked_since"]) == (
        "2024-03-10",
        "2024-03-11",
        "2024-03-13",
    )


def test_fuse_a_denial_before_the_official_news_does_not_revoke_it():
    events, _ = fuse(
        [
            pub("d-1", PartialDate(2024, 3, 9), "denied"),
            pub("d-2", PartialDate(2024, 3, 11), "official"),
        ]
    )
    assert [(e.status, "revoked_since" in e.extra) for e in events] == [("official", False)]
