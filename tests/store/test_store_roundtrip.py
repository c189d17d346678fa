"""What goes into the store comes out equal, and writes are whole or absent."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from panchina.errors import DatabaseError
from panchina.models import (
    Document,
    Event,
    Evidence,
    Extraction,
    Mention,
    PartialDate,
    Ref,
    Stint,
)
from panchina.store import Store

TEXT = (
    "Esonerato Carrera, l'Ascoli sceglie Castori. "
    "Il club ha comunicato ieri di aver sollevato Massimo Carrera dall'incarico."
)
ASCOLI = Ref("c-ascoli", "Ascoli")
CARRERA = Ref("p-massimo-carrera", "Massimo Carrera")
CASTORI = Ref("p-fabrizio-castori", "Fabrizio Castori")


def _extraction(doc_id: str = "d-0001") -> Extraction:
    doc = Document(
        id=doc_id,
        source="articles/ascoli.txt",
        title="Esonerato Carrera, l'Ascoli sceglie Castori",
        text=TEXT,
        published=PartialDate(2023, 10, 3, inferred=True),
        published_inferred=True,
        url="https://example.org/ascoli",
    )
    first, second = Evidence(doc_id, 0, 45, TEXT[:45]), Evidence(doc_id, 46, len(TEXT), TEXT[46:])
    dismissal = Event(
        type="dismissal",
        status="official",
        club=ASCOLI,
        coach=CARRERA,
        replaced_by=CASTORI,
        date=PartialDate(2023, 10, 2, inferred=True),
        league="Serie B",
        season="2023-24",
        position=18,
        reason="defeat vs Sampdoria",
        confidence=0.85,
        evidence=[second, first],  # stored order, not sorted
        extra={"time": "12:30", "place": "Picchio Village"},
    )
    appointment = Event(
        "appointment",
        "rumour",
        ASCOLI,
        CASTORI,
        replaces=CARRERA,
        confidence=0.4,
        evidence=[first],
        id="given-id",
    )
    stint = Stint(
        CARRERA,
        ASCOLI,
        "head_coach",
        start=PartialDate(2023, 6, inferred=True),
        end=PartialDate(2023, 10, 2),
        end_reason="dismissal",
        honours=["Supercoppa Italiana 2012"],
        evidence=[second],
    )
    mentions = [
        Mention("person", 10, 17, "Carrera", "Massimo Carrera", 0),
        Mention("club", 21, 27, "Ascoli", "ascoli", 0),
        Mention("date", 62, 66, "ieri", None),
    ]
    return Extraction(doc, mentions, [dismissal, appointment], [stint])


def _fused(doc_id: str = "d-0001") -> tuple[list[Event], list[Stint]]:
    x = _extraction(doc_id)
    events = [dataclasses.replace(e, id=f"e-{i:04d}{e.type}") for i, e in enumerate(x.events)]
    stints = [dataclasses.replace(s, id=f"s-{i:04d}") for i, s in enumerate(x.stints)]
    return events, stints


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "panchina.db") as s:
        yield s


def test_store_roundtrip_extraction_is_equal(store: Store) -> None:
    x = _extraction()
    assert store.add_document(x) is True
    [back] = store.extractions()
    assert back == x
    dates = (back.document.published, back.events[0].date, back.stints[0].start, back.stints[0].end)
    # PartialDate equality ignores `inferred`, so the flag is checked on its own.
    assert [d.inferred if d else None for d in dates] == [True, True, True, False]


def test_store_roundtrip_survives_reopen(tmp_path: Path) -> None:
    with Store(tmp_path / "p.db") as s:
        s.add_document(_extraction())
    with Store(tmp_path / "p.db", create=False) as s:
        assert s.extractions() == [_extraction()]


def test_store_readd_is_noop(store: Store) -> None:
    store.add_document(_extraction())
    store.replace_fused(*_fused())
    before = store.counts()
    assert store.add_document(_extraction()) is False
    assert store.counts() == before
    assert store.fused_stale() is False


def test_store_documents_by_id(store: Store) -> None:
    for doc_id in ("d-3", "d-1", "d-2"):
        store.add_document(_extraction(doc_id))
    assert [d.id for d in store.documents()] == ["d-1", "d-2", "d-3"]
    assert [d.id for d in store.documents({"d-3", "d-2", "missing"})] == ["d-2", "d-3"]
    assert store.documents([]) == []
    assert store.has_document("d-2") and not store.has_document("missing")
    assert store.document_text("d-1") == TEXT
    assert store.document_text("missing") is None


def test_store_extractions_ordered_by_document_id(store: Store) -> None:
    for doc_id in ("d-b", "d-a"):
        store.add_document(_extraction(doc_id))
    assert [x.document.id for x in store.extractions()] == ["d-a", "d-b"]


def test_store_add_document_sets_fused_stale(store: Store) -> None:
    assert store.fused_stale() is False
    store.add_document(_extraction())
    assert store.fused_stale() is True


def test_store_replace_fused_roundtrip_and_clears_stale(store: Store) -> None:
    store.add_document(_extraction())
    events, stints = _fused()
    store.replace_fused(events, stints)
    assert store.fused_stale() is False
    assert store.stints() == stints
    assert sorted(store.events(), key=lambda e: e.id) == sorted(events, key=lambda e: e.id)
    found = store.event(events[0].id)
    assert found is not None and found.evidence == events[0].evidence


def test_store_replace_fused_replaces_everything(store: Store, tmp_path: Path) -> None:
    store.replace_fused(*_fused())
    other = Event("presentation", "official", Ref("c-bari", "Bari"), Ref("p-x", "X"), id="e-new")
    store.replace_fused([other], [])
    assert store.events() == [other]
    assert store.stints() == []
    counts = store.counts()
    assert (counts["events"], counts["stints"]) == (1, 0)
    db = sqlite3.connect(tmp_path / "panchina.db")
    assert db.execute("SELECT id, name FROM clubs").fetchall() == [("c-bari", "Bari")]
    assert db.execute("SELECT count(*) FROM evidence WHERE fact_kind = 'event'").fetchone() == (0,)
    db.close()


def test_store_replace_fused_keeps_stale_when_documents_arrived_meanwhile(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with Store(path) as reader, Store(path) as writer:
        reader.add_document(_extraction("d-1"))
        snapshot = reader.extractions()
        writer.add_document(_extraction("d-2"))  # after the snapshot the fusion reads
        assert len(snapshot) == 1
        reader.replace_fused(*_fused())
        assert reader.fused_stale() is True


def test_store_replace_fused_refuses_duplicate_ids(store: Store) -> None:
    events, stints = _fused()
    store.replace_fused(events, stints)
    with pytest.raises(ValueError, match="share the id 's-0000'"):
        store.replace_fused(events, stints + stints)
    assert store.stints() == stints  # the old record is intact


def test_store_events_newest_first_undated_last(store: Store) -> None:
    def ev(eid: str, date: PartialDate | None) -> Event:
        return Event("appointment", "official", ASCOLI, CASTORI, date=date, id=eid)

    events = [
        ev("e-a", None),
        ev("e-b", PartialDate(2023)),
        ev("e-c", PartialDate(2024, 1, 5)),
        ev("e-d", PartialDate(2023)),
        ev("e-e", PartialDate(2023, 12)),
    ]
    store.replace_fused(events, [])
    assert [e.id for e in store.events()] == ["e-c", "e-e", "e-b", "e-d", "e-a"]


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("e-abc123", "e-abc123"),
        ("e-abc1", "e-abc123"),
        ("e-abd", "e-abd999"),
        ("e-ab", None),
        ("e-zzz", None),
        ("", None),
    ],
)
def test_store_event_by_id_or_unique_prefix(store: Store, query: str, found: str | None) -> None:
    ids = ("e-abc123", "e-abd999")
    events = [Event("dismissal", "official", ASCOLI, CARRERA, id=i) for i in ids]
    store.replace_fused(events, [])
    event = store.event(query)
    assert (event.id if event else None) == found


def test_store_failed_add_leaves_nothing(store: Store) -> None:
    x = _extraction()
    x.stints[0].evidence.append(Evidence("d-0001", 0, 1, None))  # type: ignore[arg-type]
    with pytest.raises(DatabaseError, match="NOT NULL"):
        store.add_document(x)
    assert not store.has_document("d-0001")
    assert store.counts() == dict.fromkeys(store.counts(), 0)
    assert store.fused_stale() is False
    assert store.add_document(_extraction()) is True


def test_store_log_failure(store: Store, tmp_path: Path) -> None:
    store.log_failure("bad.html", "no article text after cleaning")
    db = sqlite3.connect(tmp_path / "panchina.db")
    [(source, message, at)] = db.execute("SELECT source, message, at FROM ingest_failures")
    db.close()
    assert (source, message) == ("bad.html", "no article text after cleaning")
    assert at.endswith("Z") and len(at) == 20


def test_store_in_memory() -> None:
    with Store(":memory:") as s:
        s.add_document(_extraction())
        assert s.counts()["documents"] == 1
