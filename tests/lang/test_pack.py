"""The Italian language pack loads, validates, and rejects broken data."""

from __future__ import annotations

import pytest

from panchina.errors import LanguageDataError
from panchina.extraction.triggers import compile_phrase, get_triggers
from panchina.lang import load_pack
from panchina.lang.loader import _check


def test_pack_loads_every_file():
    pack = load_pack("it")
    for name in (
        "clubs",
        "cues",
        "events",
        "persons",
        "positions",
        "stints",
        "text",
        "competitions",
        "reasons",
        "stadia",
    ):
        assert pack[name], name


def test_pack_missing_file_is_a_clear_error():
    with pytest.raises(LanguageDataError, match=r"has no nothing\.toml"):
        load_pack("it")["nothing"]


def test_pack_unknown_language_is_a_clear_error():
    with pytest.raises(LanguageDataError, match="no language pack"):
        load_pack("xx")


@pytest.mark.parametrize(
    "data, message",
    [
        ({"a": {"words": []}}, "empty list"),
        ({"a": {"words": ["Esonero", "esonero"]}}, "duplicate entry"),
    ],
)
def test_pack_check_rejects_empty_and_duplicate_lists(data, message):
    with pytest.raises(LanguageDataError, match=message):
        _check(data, "x.toml")


def test_trigger_phrases_all_compile():
    assert len(get_triggers("it").triggers) > 50


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("~esonerare", [{"LEMMA": {"IN": ["esonerare"]}}]),
        (
            "nuovo allenatore|tecnico",
            [{"NORM": {"IN": ["nuovo"]}}, {"NORM": {"IN": ["allenatore", "tecnico"]}}],
        ),
        ("ufficialmente?", None),
    ],
)
def test_trigger_compile_phrase(phrase, expected):
    if expected is None:
        with pytest.raises(LanguageDataError):
            compile_phrase(phrase)
    else:
        assert compile_phrase(phrase) == expected
