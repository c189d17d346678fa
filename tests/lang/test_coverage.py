"""Every reviewed phrasing of the language pack is backed by a sentence of our corpora."""

from __future__ import annotations

from pathlib import Path

from panchina.lang.coverage import corpus_texts, entries, unexercised

ROOT = Path(__file__).resolve().parents[2]
CORPORA = [ROOT / "corpus" / "it", ROOT / "tests" / "fixtures" / "articles", ROOT / "examples"]


def test_coverage_every_entry_is_exercised():
    missing = unexercised(corpus_texts(CORPORA))
    assert missing == [], f"language-data entries no corpus sentence uses: {missing}"


def test_coverage_lists_triggers_cues_and_nicknames():
    found = entries()
    assert "~esonerare" in found["phrase"] and "in pole" in found["word"]
    assert "galletti" in found["word"]
