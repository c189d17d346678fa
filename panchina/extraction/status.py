"""Status of a reported event: official, rumour or denied, from cues in the pack (cues.toml).

Precision first: a denial cue or a negation right before the trigger makes it `denied`; any
rumour cue, a reporting frame ("secondo...") or a future/conditional verb makes it `rumour`,
unless the clause carries an official cue and the trigger may be announced ahead; only what is
left is `official`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc

from panchina.analyse.nlp import normalise
from panchina.extraction.triggers import Hit
from panchina.lang import load_pack

_CLAUSE_PUNCT = {
    *(",", ";", ":", "—", "–", "(", ")", '"', "«", "»", "“", "”", "|", "\n", "\n\n"),
    *(">", "→"),  # the arrows of table rows written as text
}


def _cue_regex(cues: list[str]) -> re.Pattern[str]:
    alts = sorted({normalise(c) for c in cues}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(a) for a in alts) + r")(?!\w)")


@dataclass(frozen=True)
class Cues:
    rumour: re.Pattern[str]
    denial: re.Pattern[str]
    official: re.Pattern[str]
    frame: re.Pattern[str]
    hypothesis: re.Pattern[str]
    pending: re.Pattern[str]
    framed_resignation: re.Pattern[str]
    refused_resignation: re.Pattern[str]
    confirmation: re.Pattern[str]
    idioms: re.Pattern[str]  # phrases holding a confirmation cue that confirm nobody
    document_denial: re.Pattern[str]
    denial_after: re.Pattern[str]
    negation: frozenset[str]
    negation_window: int
    future_suffixes: tuple[str, ...]
    conditional_suffixes: tuple[str, ...]
    clause_words: frozenset[str]


@cache
def get_cues(lang: str = "it") -> Cues:
    pack = load_pack(lang)
    c = pack["cues"]
    return Cues(
        rumour=_cue_regex(c["rumour"]["cues"]),
        denial=_cue_regex(c["denial"]["cues"]),
        official=_cue_regex(c["official"]["cues"]),
        frame=_cue_regex(c["frame"]["cues"]),
        hypothesis=_cue_regex(c["hypothesis"]["cues"]),
        pending=_cue_regex(c["pending"]["cues"]),
        framed_resignation=_cue_regex(c["framed_resignation"]["cues"]),
        refused_resignation=_cue_regex(c["refused_resignation"]["cues"]),
        confirmation=_cue_regex(c["confirmation"]["cues"]),
        idioms=_cue_regex(c["confirmation"]["idioms"]),
        document_denial=_cue_regex(c["document_denial"]["cues"]),
        denial_after=_cue_regex(c["denial_after"]["cues"]),
        negation=frozenset(c["negation"]["words"]),
        negation_window=int(c["negation"]["window"]),
        future_suffixes=tuple(c["morphology"]["future_conditional_suffixes"]),
        conditional_suffixes=tuple(c["morphology"]["conditional_suffixes"]),
        clause_words=frozenset(
            w for w in pack["text"]["function_words"]["clause_words"] if " " not in w
        ),
    )


def _is_boundary(token, cues: Cues) -> bool:
    return token.text.strip() in _CLAUSE_PUNCT or token.norm_ in cues.clause_words or token.is_space


def split_clauses(doc: Doc, lang: str = "it") -> list[tuple[int, int]]:
    """Token spans of every clause of the document, in order (boundaries excluded)."""
    cues = get_cues(lang)
    out: list[tuple[int, int]] = []
    for sent in doc.sents:
        lo = sent.start
        for i in range(sent.start, sent.end):
            if _is_boundary(doc[i], cues):
                if i > lo:
                    out.append((lo, i))
                lo = i + 1
        if sent.end > lo:
            out.append((lo, sent.end))
    return out


def clause_bounds(doc: Doc, start: int, end: int, lang: str = "it") -> tuple[int, int]:
    """Token span of the clause around [start, end): up to punctuation or a clause word.

    Asked many times of the same tokens, so kept in the doc's `user_data`."""
    memo = doc.user_data.setdefault("clause_bounds", {})
    key = (start, end, lang)
    found = memo.get(key)
    if found is not None:
        return found
    cues = get_cues(lang)
    sent = doc[start].sent
    lo = start
    while lo > sent.start and not _is_boundary(doc[lo - 1], cues):
        lo -= 1
    hi = end
    while hi < sent.end and not _is_boundary(doc[hi], cues):
        hi += 1
    memo[key] = (lo, hi)
    return lo, hi


def status_of(
    doc: Doc,
    hit: Hit,
    lang: str = "it",
    also: list[tuple[int, int]] | None = None,
    ignore_future: bool = False,
) -> str:
    """official, rumour or denied for the event reported by `hit`.

    Denial and rumour cues count in the trigger's clause and in the clauses `also` names (the
    coach's, and a "che ..." clause right after the coach); an official cue anywhere in the
    sentence ("...: lo ha comunicato il club") outweighs a future tense.
    """
    cues = get_cues(lang)
    lo, hi = clause_bounds(doc, hit.start, hit.end, lang)
    clause = normalise(doc[lo:hi].text)
    for a, b in also or ():  # the coach's clause and a relative clause about the coach
        if (a, b) != (lo, hi):
            clause += " | " + normalise(doc[a:b].text)
    sent = doc[hit.start].sent
    before = normalise(doc[sent.start : hit.start].text)
    if cues.denial.search(clause):
        return "denied"
    if hit.trigger.type != "contract_extension" and cues.confirmation.search(
        cues.idioms.sub(" ", clause)
    ):
        return "denied"  # "fiducia confermata", "resta in sella"; "lo blinda col rinnovo"
    nxt_lo, nxt_hi = (hi + 1, hi + 1)
    while nxt_hi < sent.end and not _is_boundary(doc[nxt_hi], cues):
        nxt_hi += 1
    if nxt_hi > nxt_lo and cues.denial_after.match(normalise(doc[nxt_lo:nxt_hi].text).strip()):
        return "denied"  # "Baldini offre le dimissioni: respinte dal presidente"
    window = doc[max(lo, hit.start - cues.negation_window) : hit.start]
    negated = any(t.norm_ in cues.negation for t in window) and hit.phrase.split()[0] != "non"
    if negated and not cues.rumour.search(clause):
        return "denied"
    framed = cues.frame.search(before) and not cues.official.search(clause)  # "è arrivata
    if negated or cues.rumour.search(clause) or framed:  # l'ufficialità" beats its frame
        return "rumour"
    if any(t.text == "?" for t in doc[hit.end : min(hi + 1, sent.end)]):
        return "rumour"  # "L'esonero dalla Roma?", "Sarà Rossi il nuovo allenatore?": asked
    if not hit.trigger.future_ok:
        future = any(
            t.is_alpha
            and len(t.text) >= 4
            and t.norm_.endswith(cues.future_suffixes)
            and not (ignore_future and not t.norm_.endswith(cues.conditional_suffixes))
            for t in doc[lo:hi]
        )
        if future and not cues.official.search(normalise(sent.text)):
            return "rumour"
    return "official"


def is_hypothesis(doc: Doc, hit: Hit, lang: str = "it") -> bool:
    """Is the event only a doubt about a coach's future ("rischia l'esonero")?"""
    lo, hi = clause_bounds(doc, hit.start, hit.end, lang)
    return get_cues(lang).hypothesis.search(normalise(doc[lo:hi].text)) is not None
