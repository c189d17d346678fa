"""The founding example end to end: ingest the seed page, export, check every expected fact.

Written against the facts of shared/seed/expected.json (not a snapshot of our output), and also
through the independent checker shared/tools/check_seed.py when it is beside the checkout.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

import panchina
from tests.conftest import SHARED


@pytest.fixture(scope="module")
def export(seed_path, tmp_path_factory) -> dict:
    db = tmp_path_factory.mktemp("seed") / "seed.db"
    report = panchina.ingest([seed_path], db=db)
    assert report.ok and report.documents == 2
    return panchina.export(db, with_text=True)


def _events(export: dict, type_: str) -> list[dict]:
    return [e for e in export["events"] if e["type"] == type_]


def test_seed_export_validates_against_the_contract_schema(export):
    schema = json.loads((SHARED / "spec" / "export.schema.json").read_text())
    jsonschema.validate(export, schema)


def test_seed_two_documents_with_their_titles_and_inferred_date(export):
    docs = export["documents"]
    assert sorted(d["title"] for d in docs) == sorted(
        [
            'Un altro ex Juve su una panchina di Serie B: l\'Ascoli sceglie un "contiano"',
            "Dalla Juve allo Spartak Mosca: tutto su Carrera",
        ]
    )
    assert all(d["published"] == "2024-03-12" and d["published_inferred"] for d in docs)


def test_seed_body_once_and_no_furniture(export):
    texts = " ".join(d["text"] for d in export["documents"])
    assert texts.count("l'Ascoli ha deciso di esonerare Fabrizio Castori") == 1
    assert "RIPRODUZIONE RISERVATA" not in texts and "Loading..." not in texts


def test_seed_dismissal(export):
    (e,) = _events(export, "dismissal")
    assert (e["status"], e["club"]["name"], e["coach"]["name"]) == (
        "official",
        "Ascoli",
        "Fabrizio Castori",
    )
    assert e["replaced_by"]["name"] == "Massimo Carrera"
    assert (e["league"], e["season"], e["position"]) == ("Serie B", "2023-24", 18)
    assert "Sampdoria" in e["reason"]


def test_seed_appointment_and_presentation(export):
    (a,) = _events(export, "appointment")
    assert a["coach"]["name"] == "Massimo Carrera" and a["replaces"]["name"] == "Fabrizio Castori"
    assert a["date"] in ("2024-03-12", "2024-03")
    (p,) = _events(export, "presentation")
    assert (p["date"], p["time"]) == ("2024-03-13", "18:00") and "Picchio Village" in p["place"]


def test_seed_no_other_change_events(export):
    kinds = {"dismissal", "appointment", "resignation", "mutual_termination", "interim_appointment"}
    assert len([e for e in export["events"] if e["type"] in kinds]) == 2


@pytest.mark.parametrize(
    "team, role, start, end",
    [
        ("Juventus", "youth_coordinator", "2008", None),
        ("Juventus", "assistant_coach", "2011", None),
        ("Juventus", "interim_head_coach", "2012", "2012-10"),
        ("Spartak Moscow", "head_coach", "2016", "2018"),
        ("Bari", "head_coach", "2021-02", "2021-04"),
        ("Ascoli", "head_coach", "2024-03-12", None),
    ],
)
def test_seed_career_stints(export, team, role, start, end):
    found = [
        s
        for s in export["stints"]
        if s["coach"]["name"] == "Massimo Carrera"
        and s["team"]["name"] == team
        and s["role"] == role
    ]
    assert any(s["start"] == start and s["end"] == end for s in found), found


def test_seed_every_evidence_quote_is_its_span(export):
    texts = {d["id"]: d["text"] for d in export["documents"]}
    for fact in export["events"] + export["stints"]:
        for ev in fact["evidence"]:
            assert texts[ev["document"]][ev["start"] : ev["end"]] == ev["quote"]


def test_seed_independent_checker_passes(export, tmp_path: Path):
    checker = SHARED / "tools" / "check_seed.py"
    if not checker.is_file():
        pytest.skip("shared/tools/check_seed.py is not beside this checkout")
    path = tmp_path / "seed.json"
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(checker), str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout
