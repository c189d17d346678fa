"""Changes told as table rows in text: "Monterosi | Menichini | esonerato 25/9 | Taurino | 26/9".

A row is a line of at least four cells split by a separator (`[tables] separators` of the
pack). Its first cell names the club; the first cell naming a person holds the coach who left,
the next such cell the coach who came (a caretaker is marked there by an interim word: "Losacco
(ad interim)"). The words of the cells between them tell how the first one left (`[tables]
manners`: a type, or nothing for an end that is no event, such as a caretaker's "fine
incarico"). A header row names nobody and gives no event.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from panchina.analyse import Analysis
from panchina.analyse.nlp import normalise
from panchina.extraction.lexicon import EventLexicon
from panchina.lang import load_pack
from panchina.models import Mention


@dataclass(frozen=True)
class Row:
    """One row's change: who left and how (token of the cell telling it), who came."""

    sentence: int
    gone: Mention | None
    came: Mention | None
    manner: str | None  # event type of the way out; None: not said; "": no event
    manner_at: int  # first token of the cells between the two people
    came_at: int  # first token after the newcomer's cell (its date), else his name
    interim: bool


@cache
def _tables(lang: str) -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    data = load_pack(lang)["events"]["tables"]
    manners = tuple(
        (normalise(word), "" if kind == "none" else kind)
        for kind, words in data["manners"].items()
        for word in words
    )
    return frozenset(data["separators"]), manners


def table_rows(a: Analysis, lex: EventLexicon) -> list[Row]:
    """The change rows of the document's text tables (read once per document)."""
    memo = a.doc.user_data
    if "table_rows" not in memo:
        memo["table_rows"] = _read_rows(a, lex)
    return memo["table_rows"]


def _read_rows(a: Analysis, lex: EventLexicon) -> list[Row]:
    separators, manners = _tables(a.lang)
    doc = a.doc
    rows = []
    for sent in doc.sents:
        bars = [t.i for t in sent if t.text in separators]
        if len(bars) < 3:
            continue
        edges = [sent.start, *[b + 1 for b in bars], sent.end]
        cells = [(edges[k], bars[k] if k < len(bars) else sent.end) for k in range(len(edges) - 1)]
        people = []  # (cell index, mention)
        for k, (lo, hi) in enumerate(cells[1:], start=1):
            if hi <= lo:
                continue
            start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
            named = [
                m for m in a.mentions if m.kind == "person" and m.key and start <= m.start < end
            ]
            if named:
                people.append((k, named[0]))
        if not people:
            continue  # a header row
        (k_out, gone), came_cell = people[0], people[1] if len(people) > 1 else None
        if came_cell is None:
            continue
        k_in, came = came_cell
        between = normalise(doc[cells[k_out][1] : cells[k_in][0]].text)
        out_cell = normalise(doc[cells[k_out][0] : cells[k_out][1]].text)
        manner = next((kind for word, kind in manners if word in between), None)
        if lex.interim.search(out_cell) and manner is None:
            manner = ""  # the caretaker's time ends: no departure of his to report
        in_cell = normalise(doc[cells[k_in][0] : cells[k_in][1]].text)
        after = cells[k_in + 1][0] if k_in + 1 < len(cells) else cells[k_in][0]
        rows.append(
            Row(
                sentence=a.sentence_of(sent.start_char),
                gone=gone,
                came=came,
                manner=manner,
                manner_at=cells[k_out][1] + 1,
                came_at=after,
                interim=lex.interim.search(in_cell) is not None,
            )
        )
    return rows
