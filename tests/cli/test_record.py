"""One record from many articles: copies, corrections, the season table and who was in charge."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from panchina.cli.app import app

SACKED = """Salernitana, esonerato Filippo Inzaghi

SALERNO - La Salernitana ha esonerato l'allenatore Filippo Inzaghi dopo la sconfitta contro \
l'Empoli. La squadra campana è ultima in classifica. Al suo posto la società ha scelto Fabio \
Liverani, che ha firmato fino a giugno.
"""
RUMOUR = """Salernitana, Inzaghi in bilico: Liverani in pole

Filippo Inzaghi rischia la panchina della Salernitana. Per la successione è in pole Fabio \
Liverani, già contattato dalla società granata.
"""
COPY = SACKED.replace("Salernitana, esonerato Filippo Inzaghi", "Esonero a Salerno: via Inzaghi")


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    feed = tmp_path / "feed.jsonl"
    rows = [
        {"source": "rumour", "published": "2024-02-10", "text": RUMOUR},
        {"source": "report", "published": "2024-02-12", "text": SACKED},
        {"source": "copy", "published": "2024-02-12", "text": COPY},
    ]
    feed.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    path = tmp_path / "r.db"
    result = CliRunner().invoke(app, ["ingest", str(feed), "--db", str(path), "--quiet"])
    assert result.exit_code == 0, result.output
    return path


def _events(db: Path) -> list[dict]:
    out = CliRunner().invoke(app, ["changes", "--format", "json", "--db", str(db)]).stdout
    return json.loads(out)


def test_record_copy_is_evidence_not_a_new_source(db):
    (e,) = [e for e in _events(db) if e["type"] == "dismissal"]
    assert len({ev["document"] for ev in e["evidence"]}) == 2
    assert e["sources"] == "1"


def test_record_rumour_then_official_keeps_both_dates(db):
    (e,) = [e for e in _events(db) if e["type"] == "appointment"]
    assert e["status"] == "official"
    assert e["rumour_since"] == "2024-02-10" and e["official_since"] == "2024-02-12"


def test_record_correction_survives_reingest(db, tmp_path):
    (e,) = [e for e in _events(db) if e["type"] == "dismissal"]
    runner = CliRunner()
    result = runner.invoke(
        app,
        [
            "correct",
            e["id"],
            "--field",
            "date",
            "--value",
            "2024-02-11",
            "--note",
            "club statement",
            "--db",
            str(db),
        ],
    )
    assert result.exit_code == 0, result.output
    extra = tmp_path / "again.txt"
    extra.write_text(SACKED + "\nAggiornamento.\n", encoding="utf-8")
    runner.invoke(app, ["ingest", str(extra), "--db", str(db), "--quiet"])
    (again,) = [x for x in _events(db) if x["id"] == e["id"]]
    assert again["date"] == "2024-02-11" and "club statement" in again["corrections"]


def test_record_bad_correction_is_a_usage_error(db):
    (e,) = [e for e in _events(db) if e["type"] == "dismissal"]
    result = CliRunner().invoke(
        app, ["correct", e["id"], "--field", "colour", "--value", "x", "--db", str(db)]
    )
    assert result.exit_code == 2 and "cannot correct" in result.stderr


@pytest.mark.parametrize("fmt", ["json", "csv", "markdown", "wikitext"])
def test_record_season_table_formats(db, fmt):
    result = CliRunner().invoke(
        app, ["changes", "--season", "2023-24", "--table", "--format", fmt, "--db", str(db)]
    )
    assert result.exit_code == 0, result.output
    if fmt == "json":
        (row,) = json.loads(result.stdout)
        assert (row["team"], row["outgoing"], row["manner_of_departure"], row["incoming"]) == (
            "Salernitana",
            "Filippo Inzaghi",
            "sacked",
            "Fabio Liverani",
        )
    elif fmt == "wikitext":
        assert result.stdout.startswith('{| class="wikitable') and "<ref>" in result.stdout


def test_record_who_was_in_charge(db):
    result = CliRunner().invoke(
        app,
        [
            "who",
            "--club",
            "Salernitana",
            "--date",
            "2024-02-20",
            "--format",
            "json",
            "--db",
            str(db),
        ],
    )
    assert json.loads(result.stdout)["coach"] == "Fabio Liverani"
