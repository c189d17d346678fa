"""Extract stage: events and career stints from an analysed document."""

from __future__ import annotations

import re
from functools import cache

from panchina.analyse import Analysis, analyse, known_names
from panchina.analyse.nlp import normalise
from panchina.extraction.events import extract_events
from panchina.extraction.stints import extract_stints
from panchina.lang import load_pack
from panchina.models import Document, Extraction


@cache
def _gate(lang: str) -> re.Pattern[str]:
    stems = load_pack(lang)["events"]["gate"]["stems"]
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in stems) + ")")


@cache
def _sports(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load_pack(lang)["events"]["sports"]

    def rx(words: list[str], unless: list[str] = ()) -> re.Pattern[str]:
        # "la Serie A di basket" is basketball's league
        tail = "(?!\\s+(?:" + "|".join(map(re.escape, unless)) + "))" if unless else ""
        alt = "|".join(re.escape(w) for w in words)
        return re.compile(r"(?<!\w)(?:" + alt + r")(?!\w)" + tail)

    return rx(data["football"], data.get("of_other", [])), rx(data["other"])


def is_relevant(text: str, lang: str = "it") -> bool:
    """Cheap relevance gate: coaching words, and more football than any other sport."""
    low = normalise(text)
    if _gate(lang).search(low) is None:
        return False
    football, other = _sports(lang)
    return len(other.findall(low)) <= len(football.findall(low))


def extract_from(a: Analysis) -> Extraction:
    events = extract_events(a)
    stints = extract_stints(a, events)
    return Extraction(a.document, a.mentions, events, stints)


def extract_page(documents: list[Document], lang: str = "it") -> list[Extraction]:
    """Extract the articles of one page in order; later ones know the names earlier ones gave."""
    known: dict[str, str] = {}
    out = []
    for document in documents:
        x = extract_document(document, lang, known)
        known.update(known_names(x.mentions))
        out.append(x)
    return out


def extract_document(
    document: Document, lang: str = "it", known: dict[str, str] | None = None
) -> Extraction:
    """Analyse and extract one cleaned document: a pure function of its text and metadata.

    A document without coaching vocabulary skips the analysis (the relevance gate).
    """
    if not is_relevant(document.text, lang):
        return Extraction(document)
    return extract_from(analyse(document, lang, known))


__all__ = ["extract_document", "extract_from", "extract_page", "is_relevant"]
