"""The evaluation gate: extraction quality on both corpus splits stays above pinned floors."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from panchina.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[2]
BASELINE = json.loads((Path(__file__).parent / "eval_baseline.json").read_text())


@pytest.fixture(scope="module", params=["dev", "test"])
def split(request) -> tuple[str, dict]:
    return request.param, evaluate(ROOT / "corpus" / "it" / request.param)


def test_gate_gold_is_the_one_the_floors_were_measured_on(split):
    name, _ = split
    gold = (ROOT / "corpus" / "it" / name / "gold.jsonl").read_bytes()
    assert hashlib.sha256(gold).hexdigest() == BASELINE[name]["fingerprint"]


def test_gate_events_f1_and_status(split):
    name, report = split
    floor = BASELINE[name]
    assert report["events"]["f1"] >= floor["events_f1"]
    assert report["status_accuracy"] >= floor["status_accuracy"]
    assert report["stints"]["f1"] >= floor["stints_f1"]


def test_gate_no_new_official_events_on_distractors(split):
    name, report = split
    assert report["false_official"] <= BASELINE[name]["false_official"]


def test_gate_every_article_was_read(split):
    _, report = split
    assert report["failures"] == []
