"""Sixteen short articles of our own writing with their expected facts: every fact must hold.

Each fixture is scored with the evaluation's own matching rules (panchina.evaluate), so the
facts are checked, not a snapshot of the output.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from panchina.evaluate import Report, predict, score_article

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"
GOLD = (
    [
        json.loads(line)
        for line in (FIXTURES / "expected.jsonl").read_text().splitlines()
        if line.strip()
    ]
    if (FIXTURES / "expected.jsonl").is_file()
    else []
)


@pytest.mark.parametrize("gold", GOLD, ids=[g["file"] for g in GOLD])
def test_fixture_article_facts(gold):
    events, stints = predict(FIXTURES / gold["file"], gold.get("published"))
    report = Report()
    score_article(report, gold, events, stints)
    result = report.as_dict()
    problems = [c for c in result["confusion"] if c["kind"] != "date"]
    assert result["events"]["fn"] == 0 and result["events"]["fp"] == 0, problems
    assert result["false_official"] == 0
    assert result["status_accuracy"] in (None, 1.0), problems
    assert result["stints"]["fn"] == 0, problems


def test_fixtures_are_present():
    assert len(GOLD) >= 15
