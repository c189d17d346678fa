"""The command line end to end: ingest, query, export, exit codes and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from panchina.cli.app import app

ARTICLE = """Lecco, esonerato Luciano Foschi: al suo posto arriva Alfredo Aglietti

Il Lecco ha esonerato il tecnico Luciano Foschi dopo la sconfitta contro il Cittadella. \
La società ha affidato la guida tecnica della prima squadra ad Alfredo Aglietti, che ha \
firmato fino al 30 giugno 2024.
"""


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    path = tmp_path / "lecco.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def invoke(runner, *args, db=None):
    extra = ["--db", str(db)] if db else []
    return runner.invoke(app, [*args, *extra])


def test_cli_help_lists_every_command(runner):
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("ingest", "changes", "coach", "club", "show", "export", "bench", "evaluate"):
        assert command in result.output


@pytest.mark.parametrize(
    "command", ["ingest", "changes", "coach", "club", "show", "export", "bench", "evaluate"]
)
def test_cli_every_command_has_help_with_an_example(runner, command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "panchina " + command in result.output


def test_cli_ingest_then_changes_json(runner, article, db_path):
    result = invoke(
        runner, "ingest", str(article), "--published", "2023-11-14", "--quiet", db=db_path
    )
    assert result.exit_code == 0, result.output
    result = invoke(runner, "changes", "--format", "json", db=db_path)
    events = json.loads(result.stdout)
    assert {(e["type"], e["coach"]["name"]) for e in events} >= {
        ("dismissal", "Luciano Foschi"),
        ("appointment", "Alfredo Aglietti"),
    }


def test_cli_reingest_changes_nothing(runner, article, db_path):
    invoke(runner, "ingest", str(article), "--quiet", db=db_path)
    first = invoke(runner, "export", db=db_path).stdout
    result = invoke(runner, "ingest", str(article), "--quiet", "--format", "json", db=db_path)
    assert json.loads(result.stdout)["duplicates"] == 1
    again = invoke(runner, "export", db=db_path).stdout
    strip = lambda s: {k: v for k, v in json.loads(s).items() if k != "generated_at"}  # noqa: E731
    assert strip(first) == strip(again)


def test_cli_changes_csv_and_markdown(runner, article, db_path):
    invoke(runner, "ingest", str(article), "--quiet", db=db_path)
    csv_out = invoke(runner, "changes", "--format", "csv", db=db_path).stdout
    assert csv_out.splitlines()[0].startswith("id,date,type,status,club,coach")
    md = invoke(runner, "changes", "--format", "markdown", db=db_path).stdout
    assert md.startswith("| id | date | type |")


def test_cli_show_coach_and_club(runner, article, db_path):
    invoke(runner, "ingest", str(article), "--quiet", db=db_path)
    events = json.loads(invoke(runner, "changes", "--format", "json", db=db_path).stdout)
    shown = invoke(runner, "show", events[0]["id"][:8], db=db_path)
    assert shown.exit_code == 0 and "Lecco" in shown.stdout
    assert invoke(runner, "coach", "Aglietti", db=db_path).exit_code == 0
    assert invoke(runner, "club", "Lecco", db=db_path).exit_code == 0


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["show", "e-doesnotexist"], 1, "no event with id"),
        (["coach", "Nessuno Mai"], 1, "no coach matching"),
        (["changes", "--status", "maybe"], 2, "unknown status"),
        (["export", "--format", "xml"], 2, "json only"),
    ],
)
def test_cli_user_errors_are_one_line(runner, article, db_path, args, code, message):
    invoke(runner, "ingest", str(article), "--quiet", db=db_path)
    result = invoke(runner, *args, db=db_path)
    assert result.exit_code == code
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_cli_missing_database_is_a_clear_error(runner, tmp_path):
    result = invoke(runner, "changes", db=tmp_path / "none.db")
    assert result.exit_code == 1 and "no database" in result.stderr


def test_cli_foreign_database_is_a_clear_error(runner, tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes")
    result = invoke(runner, "changes", db=path)
    assert result.exit_code == 1 and "not a Panchina database" in result.stderr


def test_cli_unknown_option_is_a_usage_error(runner):
    assert runner.invoke(app, ["changes", "--colour", "red"]).exit_code == 2
