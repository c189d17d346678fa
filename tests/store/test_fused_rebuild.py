"""The fused record rebuilt piece by piece (club by club, coach by coach) is the one fusion of
all the documents at once gives."""

from __future__ import annotations

from pathlib import Path

import panchina
from panchina.resolve import fuse
from panchina.store import Store

ROOT = Path(__file__).resolve().parents[2]


def test_streamed_rebuild_equals_fusing_everything_at_once(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    panchina.ingest([ROOT / "examples", ROOT / "corpus" / "it" / "fusion"], db=db)
    with Store(db) as store:
        events, stints = fuse(store.extractions(light=True), store.duplicates())
        stored_events, stored_stints = store.events(), store.stints()

    def facts(es):
        return sorted((e.id, e.type, e.status, e.club.id, e.coach.id, str(e.date)) for e in es)

    assert stored_events and facts(stored_events) == facts(events)
    assert sorted(s.id for s in stored_stints) == sorted(s.id for s in stints)
    assert sum(len(e.evidence) for e in stored_events) == sum(len(e.evidence) for e in events)
