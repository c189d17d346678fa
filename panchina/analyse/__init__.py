"""Analyse stage: tokens, sentences, mentions, temporal expressions and club coreference.

`analyse(document)` is a pure function of the document and the language pack; its result is
what the extractors read.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import cache

from spacy.tokens import Doc

from panchina.analyse.context import resolve_clubs, topic_club
from panchina.analyse.dates import TimeExpr, find_time_expressions, infer_published
from panchina.analyse.gazetteer import Gazetteer, load_gazetteer
from panchina.analyse.mentions import find_mentions
from panchina.analyse.nlp import get_nlp
from panchina.lang import load_pack
from panchina.models import Document, Mention


@dataclass
class Analysis:
    """A document read closely: what the extractors work from."""

    document: Document
    doc: Doc
    mentions: list[Mention]
    times: list[TimeExpr]
    clubs: dict[int, str]  # mention index -> club id, for names, nicknames and descriptions
    topic: str | None
    gazetteer: Gazetteer
    lang: str = "it"
    sentence_bounds: list[tuple[int, int]] = field(default_factory=list)  # char spans
    paragraph_starts: list[int] = field(default_factory=list)

    def paragraph_of(self, char: int) -> int:
        """Index of the paragraph (blank-line separated block) holding offset `char`."""
        return bisect_right(self.paragraph_starts, char) - 1

    def sentence_of(self, char: int) -> int:
        """Index of the sentence holding character offset `char`."""
        lo, hi = 0, len(self.sentence_bounds) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.sentence_bounds[mid][0] <= char:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def in_sentence(self, index: int) -> list[tuple[int, Mention]]:
        return [(i, m) for i, m in enumerate(self.mentions) if m.sentence == index]


@cache
def _opponent_words(lang: str) -> re.Pattern[str]:
    pack = load_pack(lang)
    words = set(pack["events"]["club_context"]["opponent_before"]) - {"a"}
    words |= {w for ws in pack["reasons"]["results"].values() for w in ws}
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(words)) + r")(?!\w)")


@cache
def _birthplace_words(lang: str) -> re.Pattern[str]:
    words = load_pack(lang)["persons"]["birthplace"]["before"]
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")\s*$")


def is_birthplace(text: str, start: int, lang: str = "it") -> bool:
    """Is the town at `start` named as where a person comes from ("il tecnico di Ascoli")?"""
    return _birthplace_words(lang).search(text[max(0, start - 20) : start].lower()) is not None


def _birthplace_test(text: str, lang: str):
    return lambda m: is_birthplace(text, m.start, lang)


_DASHES = (" - ", " – ", " — ")


def _without_dateline(mentions: list[Mention], text: str) -> list[Mention]:
    """Drop a dateline ("TORINO - La Juventus ha scelto ..."): where the story was filed, not a
    club of it. Only one paragraph opens so; several are a list by club ("GENOA – ...")."""
    opening = [
        m
        for m in mentions
        if m.kind in ("club", "city")
        and (m.start == 0 or text[m.start - 1] == "\n")
        and text[m.start : m.end].isupper()
        and text[m.end : m.end + 3] in _DASHES
    ]
    if len(opening) != 1:
        return mentions
    return [m for m in mentions if m is not opening[0]]


_SCORE = re.compile(r"(?<!\w)\d{1,2} ?[-–] ?\d{1,2}(?!\w)")


@cache
def _match_with(lang: str) -> re.Pattern[str]:
    """ "nella sfida interna con il", "la gara di sabato con l'": a match against the club next."""
    words = load_pack(lang)["events"]["context"]["match_words"]
    alt = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<!\w)(?:{alt})(?:\s+\S+){{0,2}}\s+con\s+(?:\S+\s+|l'|l’)?$")


def is_match_opponent(text: str, start: int, lang: str = "it") -> bool:
    """Is the club at `start` the one a match is played with ("la sfida con il Taranto")?"""
    return _match_with(lang).search(text[max(0, start - 40) : start].lower()) is not None


def _opponent_test(text: str, lang: str):
    """A test telling a club named as an opponent ("contro il Monza", "il ko di Trento")."""
    rx = _opponent_words(lang)
    days = "|".join(re.escape(d) for d in load_pack(lang)["dates"]["weekdays"])
    fixture = re.compile(rf"(?<!\w)(?:{days})\s+(?:a|ad|al|all'|in)\s*$")
    places = load_pack(lang)["events"]["club_context"]["place_before"]
    venue = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, places)) + r")\s+$")
    motion = load_pack(lang)["events"]["club_context"]["motion_before"]
    moved = re.compile(
        r"(?<!\w)(?:"
        + "|".join(map(re.escape, motion))
        + r")\s+(?:"
        + "|".join(map(re.escape, places))
        + r")\s+$"
    )

    agents = load_pack(lang)["events"]["club_context"]["conceded_to"]
    by = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, agents)) + r")\s*$")

    def is_opponent(m: Mention) -> bool:
        before = text[max(0, m.start - 25) : m.start].lower()
        # "contro il Monza", "il ko di Trento", "lunedì a Bologna"
        if rx.search(before) is not None or fixture.search(before) is not None:
            return True
        if is_match_opponent(text, m.start, lang):  # "nella sfida interna con il Taranto"
            return True
        # "il ko del turno infrasettimanale a Caldiero": the town of a result told just before
        wider = text[max(0, m.start - 60) : m.start].lower()
        result = rx.search(wider) is not None or _SCORE.search(before) is not None
        if venue.search(before) is not None and result:
            return True  # "il 3-0 subito ad Ascoli"
        if _SCORE.search(wider) is not None and by.search(before) is not None:
            return True  # "lo 0-4 subito in casa dall'Atalanta"
        return m.kind == "club" and moved.search(before) is not None  # "arrivato a Torino"

    return is_opponent


def date_pages(documents: list[Document], lang: str = "it") -> list[Document]:
    """Give undated documents of one page the publication date the whole page implies.

    Articles split from one page share its date, and the clue may sit in any of them ("domani,
    mercoledì 13 marzo" in one, "tra febbraio ed aprile 2021" in another).
    """
    if not documents or all(d.published is not None for d in documents):
        return documents
    pack = load_pack(lang)
    text = "\n\n".join(d.text for d in documents)
    guess = infer_published(text, find_time_expressions(text, None, pack), pack)
    if guess is None:
        return documents
    guess = guess.with_inferred(True)
    return [
        d if d.published else replace(d, published=guess, published_inferred=True)
        for d in documents
    ]


def known_names(mentions: list[Mention]) -> dict[str, str]:
    """Surname -> full name of the people a document names in full."""
    return {
        m.key.split()[-1]: m.key
        for m in mentions
        if m.kind == "person" and m.key and len(m.key.split()) >= 2
    }


def analyse(document: Document, lang: str = "it", known: dict[str, str] | None = None) -> Analysis:
    """Read `document`; infer its publication date from the text when the page had none.

    `known` carries full names from the other articles of the same page (see `known_names`).
    """
    nlp = get_nlp(lang)
    doc = nlp(document.text)
    pack = load_pack(lang)
    bounds = [(s.start_char, s.end_char) for s in doc.sents]
    mentions = _without_dateline(find_mentions(doc, lang, known), document.text)
    published = document.published
    times = find_time_expressions(document.text, published, pack)
    if published is None:
        guess = infer_published(document.text, times, pack)
        if guess is not None:
            published = guess.with_inferred(True)
            document = replace(document, published=published, published_inferred=True)
            times = find_time_expressions(document.text, published, pack)
    title_end = len(document.title or "") if document.text.startswith(document.title or "\0") else 0
    para = document.text.find("\n\n", title_end + 2)
    first_para_end = para if para > 0 else len(document.text)
    gaz = load_gazetteer(lang).for_document()
    opponent = _opponent_test(document.text, lang)
    birthplace = _birthplace_test(document.text, lang)
    topic = topic_club(mentions, title_end, first_para_end, birthplace, opponent)
    paragraphs = [0] + [m.end() for m in re.finditer(r"\n\s*\n", document.text)]
    clubs = resolve_clubs(mentions, gaz, topic, paragraphs, opponent)
    return Analysis(document, doc, mentions, times, clubs, topic, gaz, lang, bounds, paragraphs)
