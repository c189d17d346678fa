"""Events from trigger hits: who, which club, when, in what standing, and how sure.

For each trigger hit the sentence is read for its arguments: the coach (the person on the
side of the trigger the pack says, skipping presidents, players and the predecessor), the club
(attached to the trigger or its subject; never an opponent or a past club; else the document's
club), the date (a date in the sentence that is not a match's, else the publication date,
marked inferred), the league, the table position and the result that triggered it. Hits about
the same (type, club, coach) in a document become one event with every sentence as evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cache
from itertools import pairwise

from panchina.analyse import Analysis
from panchina.analyse.gazetteer import slug
from panchina.analyse.nlp import normalise
from panchina.extraction.status import clause_bounds, is_hypothesis, status_of
from panchina.extraction.triggers import Hit, Trigger, find_triggers
from panchina.lang import load_pack
from panchina.models import CHANGE_TYPES, Event, Evidence, Mention, PartialDate, Ref

DEPARTURES = frozenset({"dismissal", "resignation", "mutual_termination"})
ARRIVALS = frozenset({"appointment", "interim_appointment"})
_STATUS_RANK = {"official": 3, "denied": 2, "rumour": 1}
_SCORE = re.compile(r"\b\d{1,2}\s?-\s?\d{1,2}\b")
HISTORY_DAYS = 180  # a dated sentence older than this before publication is history, not news
_SKIPPABLE = frozenset({"del", "della", "dello", "dell'", "dei", "degli", "delle"})
_LIST_GLUE = frozenset(
    {
        ",",
        "e",
        "ed",
        "il",
        "la",
        "lo",
        "l'",
        "in",
        "a",
        "al",
        "alla",
        "all'",
        "di",
        "del",
        "della",
        "dell'",
    }
)


@dataclass(frozen=True)
class EventLexicon:
    coach_words: re.Pattern[str]
    interim: re.Pattern[str]
    not_coach_before: frozenset[str]
    not_coach_after: tuple[str, ...]
    coach_cues: frozenset[str]
    opponent_before: frozenset[str]
    past_before: frozenset[str]
    attach: frozenset[str]
    place_cues: tuple[str, ...]
    result_words: dict[str, str]
    match_words: frozenset[str]
    league_sizes: dict[str, int]
    participle_endings: tuple[str, ...]
    active_auxiliaries: frozenset[str]
    anaphora: re.Pattern[str]
    followup: re.Pattern[str]
    history: re.Pattern[str]
    pairs_successor_first: frozenset[str]
    pairs_predecessor_first: frozenset[str]
    pairs_opener: str
    apposition_heads: frozenset[str]


def _words_regex(words: list[str]) -> re.Pattern[str]:
    alts = sorted({normalise(w) for w in words}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(a) for a in alts) + r")(?!\w)")


@cache
def get_event_lexicon(lang: str = "it") -> EventLexicon:
    pack = load_pack(lang)
    ev = pack["events"]
    persons = pack["persons"]
    results = {normalise(w): label for label, ws in pack["reasons"]["results"].items() for w in ws}
    return EventLexicon(
        coach_words=_words_regex(ev["context"]["coach_words"]),
        interim=_words_regex(ev["modifiers"]["interim"]),
        not_coach_before=frozenset(normalise(w) for w in persons["not_coach"]["before"]),
        not_coach_after=tuple(normalise(w) for w in persons["not_coach"]["after"]),
        coach_cues=frozenset(
            {"tecnico", "allenatore", "mister", "coach", "trainer", "traghettatore"}
        ),
        opponent_before=frozenset(normalise(w) for w in ev["club_context"]["opponent_before"]),
        past_before=frozenset(normalise(w) for w in ev["club_context"]["past_before"]),
        attach=frozenset(normalise(w) for w in ev["club_context"]["attach"]),
        place_cues=tuple(normalise(w) for w in ev["presentation"]["place_cues"]),
        result_words=results,
        match_words=frozenset(
            {"partita", "gara", "match", "turno", "giornata", "sfida", "derby", *results}
        ),
        league_sizes=dict(pack["competitions"]["league_sizes"]),
        participle_endings=tuple(pack["text"]["verbs"]["participle_endings"]),
        active_auxiliaries=frozenset(pack["text"]["verbs"]["active_auxiliaries"]),
        anaphora=_words_regex(ev["context"]["anaphora"]),
        followup=_words_regex(ev["context"]["followup_nouns"]),
        history=_words_regex(ev["context"]["history"]),
        pairs_successor_first=frozenset(ev["pairs"]["successor_first"]),
        pairs_predecessor_first=frozenset(ev["pairs"]["predecessor_first"]),
        pairs_opener=ev["pairs"]["predecessor_opener"],
        apposition_heads=frozenset(ev["club_context"]["apposition_heads"]),
    )


@dataclass
class _Draft:
    type: str
    status: str
    club: str
    coach: str
    hit: Hit
    sentence: int
    replaces: str | None = None
    date: PartialDate | None = None
    position: int | None = None
    league: str | None = None
    reason: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)
    support: int = 1
    date_written: bool = False  # from a time expression, not the publication date


def person_ref(name: str) -> Ref:
    return Ref("p-" + slug(name), name)


def club_ref(a: Analysis, club_id: str) -> Ref:
    return Ref("c-" + club_id, a.gazetteer.clubs[club_id].name)


def evidence_for(a: Analysis, sentence: int) -> Evidence:
    start, end = a.sentence_bounds[sentence]
    text = a.document.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Evidence(a.document.id, start, end, text[start:end])


class _PersonRoles:
    """Which people of the document are coaches, and which are something else."""

    def __init__(self, a: Analysis, lex: EventLexicon) -> None:
        self.coach: set[str] = set()
        self.other: set[str] = set()
        cued_coach: set[str] = set()
        cued_other: set[str] = set()
        named: set[int] = set()  # tokens of club names and nicknames
        doc = a.doc
        for m in a.mentions:
            if m.kind in ("club", "nickname", "city"):
                sp = doc.char_span(m.start, m.end, alignment_mode="expand")
                if sp is not None:
                    named.update(range(sp.start, sp.end))
        doc = a.doc
        for m in a.mentions:
            if m.kind != "person" or not m.key:
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            k = span.start
            while k > 0 and (k - 1 in named or doc[k - 1].norm_ in _SKIPPABLE):
                k -= 1  # "l'attaccante gialloblù Thomas Henry", "il presidente del Bari X"
            before = [t.norm_ for t in doc[max(0, k - 3) : k]]
            after = normalise(doc[span.end : span.end + 4].text).lstrip(", ")
            if before and before[-1] in ("di", "del", "dello", "da", "dal") and len(before) > 1:
                before = before[:-1]  # "il fratello di Marco Giampaolo", "il vice del tecnico"
                relation = True
            else:
                relation = False
            sent_start, sent_end = a.sentence_bounds[m.sentence]
            if (before and before[-1] in lex.coach_cues and not relation) or lex.coach_words.search(
                normalise(a.document.text[sent_start:sent_end])
            ):
                self.coach.add(m.key)
            if (before and before[-1].rstrip(".") in lex.not_coach_before) or after.startswith(
                lex.not_coach_after
            ):
                self.other.add(m.key)
                cued_other.add(m.key)
            elif before and before[-1] in lex.coach_cues and not relation:
                cued_coach.add(m.key)
        # A person called a player or a president anywhere is not a coach, unless also
        # called a coach by a cue of his own.
        self.other -= cued_coach
        self.coach -= cued_other - cued_coach
        self.coach_document = bool(lex.coach_words.search(normalise(a.document.text)))


def extract_events(a: Analysis) -> list[Event]:
    """All events the document reports, merged per (type, club, coach)."""
    lex = get_event_lexicon(a.lang)
    roles = _PersonRoles(a, lex)
    hits = find_triggers(a.doc, a.lang)
    drafts: list[_Draft] = []
    taken_by_departure: dict[int, set[str]] = {}
    for hit in hits:  # predecessors named in a sentence are nobody's appointee there
        if hit.trigger.replaces == "after":
            sentence = a.sentence_of(a.doc[hit.start].idx)
            gone = _replaced_person(a, hit, sentence)
            if gone:
                taken_by_departure.setdefault(sentence, set()).add(gone)
    # Departures first, so an appointment in the same sentence does not take their coach.
    ordered = sorted(hits, key=lambda h: (h.trigger.type not in DEPARTURES, h.start))
    for hit in ordered:
        d = _draft(a, hit, lex, roles, taken_by_departure)
        if d is None:
            continue
        if d.type in DEPARTURES:
            taken_by_departure.setdefault(d.sentence, set()).add(d.coach)
        drafts.append(d)
    drafts.extend(_pair_drafts(a, lex, roles, drafts))
    merged = _merge(drafts)
    _link(merged)
    return [_to_event(a, d) for d in merged]


_PAIR_TRIGGER = Trigger(type="appointment", coach="before", strength="strong", replaces="after")


def _pair_drafts(
    a: Analysis, lex: EventLexicon, roles: _PersonRoles, drafts: list[_Draft]
) -> list[_Draft]:
    """Appointments told as replacement pairs in list articles ("Pioli per Giampaolo")."""
    doc = a.doc
    people = [
        (m, doc.char_span(m.start, m.end, alignment_mode="expand"))
        for m in a.mentions
        if m.kind == "person" and m.key
    ]
    people = [(m, sp) for m, sp in people if sp is not None]
    out = []
    for (m1, s1), (m2, s2) in pairwise(people):
        if m1.sentence != m2.sentence or m1.key == m2.key or {m1.key, m2.key} & roles.other:
            continue
        between = normalise(doc[s1.end : s2.start].text)
        before = doc[s1.start - 1].norm_ if s1.start > 0 else ""
        if between in lex.pairs_successor_first:
            coach, gone, hit_at = m1.key, m2.key, (s1.end, s2.start)
        elif between in lex.pairs_predecessor_first and before == lex.pairs_opener:
            coach, gone, hit_at = m2.key, m1.key, (s1.end, s2.start)
        else:
            continue
        if any(d.coach == coach and d.type in ARRIVALS for d in drafts):
            continue
        hit = Hit(_PAIR_TRIGGER, hit_at[0], max(hit_at[1], hit_at[0] + 1), between)
        d = _draft(a, hit, lex, roles, {}, forced=(coach, gone))
        if d is not None:
            out.append(d)
    return out


def _draft(
    a,
    hit: Hit,
    lex: EventLexicon,
    roles: _PersonRoles,
    taken: dict[int, set[str]],
    forced: tuple[str, str] | None = None,
):
    doc = a.doc
    trig = hit.trigger
    sent_span = doc[hit.start].sent
    sentence = a.sentence_of(doc[hit.start].idx)
    sent_text = normalise(sent_span.text)
    words = set(sent_text.replace("'", "' ").split())
    if (
        trig.requires
        and not any(w in words or w in sent_text for w in trig.requires)
        and not any(
            t.clock for t in a.times if sent_span.start_char <= t.start < sent_span.end_char
        )
    ):
        return None  # a presentation needs its press words, or at least a time of day
    if trig.excludes and any(w in words for w in trig.excludes):
        return None
    persons = [(i, m) for i, m in a.in_sentence(sentence) if m.kind == "person" and m.key]
    replaces = _replaced_person(a, hit, sentence) if trig.replaces == "after" else None
    if forced:
        replaces = forced[1]
    exclude = {replaces} | roles.other
    if trig.type in ARRIVALS or trig.type == "presentation":
        exclude |= taken.get(sentence, set())
    side = "any" if trig.coach == "after" and _passive(a, hit, lex) else trig.coach
    coach = forced[0] if forced else _choose_coach(a, hit, persons, exclude, side)
    if coach is None and trig.type not in ARRIVALS and lex.anaphora.search(sent_text):
        coach = _antecedent(a, sentence, exclude)
    if coach is None:
        return None
    if trig.strength == "weak" and not (
        lex.coach_words.search(sent_text)
        or coach in roles.coach
        or (trig.type not in ARRIVALS and roles.coach_document)
    ):
        return None  # an arrival needs coaching words in its own sentence (players arrive too)
    lo, hi = clause_bounds(doc, hit.start, hit.end, a.lang)
    if _historical(a, sentence, (doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]))):
        return None
    if lex.history.search(normalise(doc[lo:hi].text)):
        return None
    club = _choose_club(a, hit, sentence, lex)
    if club is None:
        return None
    etype = trig.type
    if etype == "appointment" and lex.interim.search(sent_text):
        etype = "interim_appointment"
    if is_hypothesis(doc, hit, a.lang):
        return None
    if trig.type in ARRIVALS and _background(a, hit, lex):
        return None
    status = status_of(doc, hit, a.lang, _coach_clauses(a, sentence, coach))
    if trig.only_status and status not in trig.only_status:
        return None
    d = _Draft(etype, status, club, coach, hit, sentence, replaces=replaces)
    d.evidence.append(evidence_for(a, sentence))
    d.date, clock, d.date_written = _date_for(a, hit, sentence, lex)
    if etype in CHANGE_TYPES:
        d.league = _league(a, sentence)
        d.position = _position(a, sentence, club, d.league, lex)
        if etype in DEPARTURES:
            d.reason = _reason(a, sentence, club, lex)
    if etype == "presentation":
        if clock:
            d.extra["time"] = clock
        place = _place(doc, sent_span, lex)
        if place:
            d.extra["place"] = place
    return d


def _replaced_person(a: Analysis, hit: Hit, sentence: int) -> str | None:
    """The person right after a "replaces" trigger ("al posto di Castori")."""
    after = [
        m
        for _, m in a.in_sentence(sentence)
        if m.kind == "person" and m.key and m.start >= a.doc[hit.end - 1].idx
    ]
    if after and _token_gap(a, hit.end, after[0]) <= 3:
        return after[0].key
    return None


def _antecedent(a: Analysis, sentence: int, exclude: set) -> str | None:
    """The person "il tecnico" stands for: the last one named in the two sentences before."""
    for s in (sentence - 1, sentence - 2):
        if s < 0:
            break
        people = [
            m.key
            for _, m in a.in_sentence(s)
            if m.kind == "person" and m.key and m.key not in exclude
        ]
        if people:
            return people[-1]
    return None


def _coach_clauses(a: Analysis, sentence: int, coach: str) -> list[tuple[int, int]]:
    """Token spans of the clause naming the coach and of a "che ..." clause right after it."""
    doc = a.doc
    out = []
    for _, m in a.in_sentence(sentence):
        if m.kind != "person" or m.key != coach:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        lo, hi = clause_bounds(doc, span.start, span.end, a.lang)
        out.append((lo, hi))
        nxt = hi + 1
        if nxt < len(doc) and doc[nxt].norm_ in ("che", "il quale", "cui"):
            out.append(clause_bounds(doc, nxt, nxt + 1, a.lang))
    return out


def _background(a: Analysis, hit: Hit, lex: EventLexicon) -> bool:
    """A participle in an apposition about someone: "Breda, arrivato in estate, ..."."""
    doc = a.doc
    lo, _ = clause_bounds(doc, hit.start, hit.end, a.lang)
    if hit.start != lo or lo < 2 or doc[lo - 1].text != "," or not _passive(a, hit, lex):
        return False
    end = doc[lo - 2].idx + len(doc[lo - 2])
    return any(m.kind == "person" and m.end == end for m in a.mentions)


def _passive(a: Analysis, hit: Hit, lex: EventLexicon) -> bool:
    """A past participle with no active auxiliary before it: "Sottil, esonerato ieri"."""
    first = a.doc[hit.start]
    if not first.norm_.endswith(lex.participle_endings):
        return False
    prev = [t.norm_ for t in a.doc[max(0, hit.start - 2) : hit.start]]
    return not any(p in lex.active_auxiliaries for p in prev)


def _token_gap(a: Analysis, end_token: int, m: Mention) -> int:
    span = a.doc.char_span(m.start, m.end, alignment_mode="expand")
    return span.start - end_token if span is not None else 99


def _choose_coach(a: Analysis, hit: Hit, persons, exclude: set, side_wanted: str) -> str | None:
    doc = a.doc
    lo, hi = clause_bounds(doc, hit.start, hit.end, a.lang)
    best, best_score = None, None
    for _, m in persons:
        if m.key in exclude:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        if span.start >= hit.end:
            dist, side = span.start - hit.end, "after"
        elif span.end <= hit.start:
            dist, side = hit.start - span.end, "before"
        else:
            dist, side = 0, "inside"
        score = float(dist)
        if side_wanted in ("after", "before") and side not in (side_wanted, "inside"):
            score += 12
        if not (lo <= span.start < hi):
            score += 5
        prev = doc[span.start - 1].norm_ if span.start > 0 else ""
        if prev in {"di", "del", "dello", "della"} and span.start - 1 != hit.end - 1 and dist > 1:
            score += 6
        if best_score is None or score < best_score:
            best, best_score = m.key, score
    return best


def _historical(a: Analysis, sentence: int, clause: tuple[int, int] | None = None) -> bool:
    """Is the sentence (or the trigger's clause, when it is dated) about the past, not news?

    The clause's own dates count, else a sentence-opening frame ("Nel 2015, ..."). Without a
    publication date, a clause dated only by years or months ("Nel 2021 approda all'Udinese")
    is taken as a biography's history: the news of the day comes with days or no date at all.
    """
    pub = a.document.published
    start, end = a.sentence_bounds[sentence]
    dated = [
        t for t in a.times if start <= t.start < end and t.value is not None and t.kind != "time"
    ]
    if clause is not None:
        lo, hi = clause
        in_clause = [t for t in dated if lo <= t.start < hi]
        dated = in_clause or [t for t in dated if t.start < lo]
    if not dated:
        return False
    if pub is None:
        return all(t.value.day is None for t in dated)
    limit = pub.to_date() - timedelta(days=HISTORY_DAYS)
    return all((t.end_value or t.value).to_date() < limit for t in dated)


def _choose_club(a: Analysis, hit: Hit, sentence: int, lex: EventLexicon) -> str | None:
    doc = a.doc
    lo, hi = clause_bounds(doc, hit.start, hit.end, a.lang)
    best, best_score = None, None
    for i, m in a.in_sentence(sentence):
        club = a.clubs.get(i)
        if club is None:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        prev = _before_list(doc, span.start, a, sentence)
        direct = [t.norm_ for t in doc[max(0, span.start - 3) : span.start]]
        if m.kind != "city" and any(p in lex.opponent_before for p in direct):
            continue
        if any(p in lex.past_before for p in prev):
            continue
        window = doc[max(0, span.start - 5) : span.start]
        if any(t.norm_ in lex.result_words for t in window) or _SCORE.search(window.text):
            continue  # "la sconfitta interna con il Monza", "lo 0-3 di Monza": the opponent
        if _apposition_club(doc, span.start, lex):
            continue
        if span.start >= hit.end:
            dist = span.start - hit.end
            score = dist + (0 if dist <= 3 and prev and prev[-1] in lex.attach else 6)
        else:
            dist = hit.start - span.end
            score = dist + (0 if lo <= span.start else 4)
        if not (lo <= span.start < hi):
            score += 8  # a club outside the trigger's clause is a weaker guess than the topic
        if best_score is None or score < best_score:
            best, best_score = club, score
    if best is None or best_score > 14:
        return _paragraph_club(a, doc[hit.start].idx, lex) or best or a.topic
    return best


def _paragraph_club(a: Analysis, char: int, lex: EventLexicon) -> str | None:
    """The document's club if its paragraph names it, else the club last named before `char`
    in the paragraph (list articles change club paragraph by paragraph); past clubs and
    opponents do not count."""
    para = a.paragraph_of(char)
    seen: list[str] = []
    for i, m in enumerate(a.mentions):
        if m.start >= char:
            break
        if i not in a.clubs or a.paragraph_of(m.start) != para or m.kind == "stadium":
            continue
        span = a.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            prev = _before_list(a.doc, span.start, a, m.sentence)
            direct = [t.norm_ for t in a.doc[max(0, span.start - 3) : span.start]]
            if any(p in lex.past_before for p in prev) or (
                m.kind != "city" and any(p in lex.opponent_before for p in direct)
            ):
                continue
            window = a.doc[max(0, span.start - 5) : span.start]
            if any(t.norm_ in lex.result_words for t in window):
                continue
        seen.append(a.clubs[i])
    if a.topic in seen:
        return a.topic
    return seen[-1] if seen else a.topic


def _apposition_club(doc, start: int, lex: EventLexicon) -> bool:
    """ "X, (finora) allenatore della Primavera/Juventus Next Gen": the person's current job."""
    words = [t.norm_ for t in doc[max(0, start - 4) : start]]
    for k in range(len(words) - 1):
        if words[k + 1] in ("allenatore", "tecnico", "guida") and words[k] in lex.apposition_heads:
            return True
    return False


def _before_list(doc, start: int, a: Analysis, sentence: int) -> list[str]:
    """The three words before a club, looking past a list of clubs it closes
    ("ex allenatore di Sampdoria, Milan e Torino": Torino is a past club too)."""
    club_tokens = set()
    for i, m in a.in_sentence(sentence):
        if i in a.clubs:
            sp = doc.char_span(m.start, m.end, alignment_mode="expand")
            if sp is not None:
                club_tokens.update(range(sp.start, sp.end))
    i = start
    while i > 0 and (doc[i - 1].norm_ in _LIST_GLUE or (i - 1) in club_tokens):
        i -= 1
    if i == start:
        return [t.norm_ for t in doc[max(0, start - 3) : start]]
    return [t.norm_ for t in doc[max(0, i - 3) : i]] + [
        t.norm_ for t in doc[max(0, start - 3) : start]
    ][-1:]


def _date_for(a: Analysis, hit: Hit, sentence: int, lex: EventLexicon):
    """(date, clock, written) of the event: a dated phrase of its sentence that is not a
    match's; else of the next sentence when that one is about the decision ("La decisione è
    stata comunicata ieri sera"); else the publication date (written=False)."""
    best, clock = _dated(a, hit, sentence, lex, a.doc[hit.start].idx)
    nxt = sentence + 1
    if best is None and nxt < len(a.sentence_bounds):
        s, e = a.sentence_bounds[nxt]
        if lex.followup.search(normalise(a.document.text[s:e])):
            best, _ = _dated(a, hit, nxt, lex, s)
    if best is not None:
        return best, clock, True
    if a.document.published is not None:
        return a.document.published.with_inferred(True), clock, False
    return None, clock, False


def _dated(a: Analysis, hit: Hit, sentence: int, lex: EventLexicon, anchor: int):
    start, end = a.sentence_bounds[sentence]
    clock = None
    best, best_dist = None, None
    for t in a.times:
        if not (start <= t.start < end):
            continue
        if t.kind == "time" or (t.clock and t.value is None):
            clock = clock or t.clock
            continue
        if t.clock:
            clock = clock or t.clock
        if t.value is None or t.value.precision == "year" or t.kind == "season":
            continue  # a year or a season dates an era, not the day of a change
        before = normalise(a.document.text[max(start, t.start - 40) : t.start]).split()[-5:]
        if any(w.strip(",.") in lex.match_words for w in before):
            continue
        if a.document.text[t.end : t.end + 3].strip()[:1] in ("-", "–", "—"):
            continue  # a dateline ("ROMA, 8 MAR -") dates the article, not the change
        dist = abs(t.start - anchor) + (0 if t.value.day else 150)  # a day beats a month
        if best_dist is None or dist < best_dist:
            best, best_dist = t.value, dist
    return best, clock


def _league(a: Analysis, sentence: int) -> str | None:
    here = [m.key for m in a.mentions if m.kind == "competition" and m.sentence == sentence]
    if here:
        return here[0]
    counts: dict[str, int] = {}
    for m in a.mentions:
        if m.kind == "competition" and m.key and not _historical(a, m.sentence):
            counts[m.key] = counts.get(m.key, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def _position(a: Analysis, sentence: int, club: str, league: str | None, lex) -> int | None:
    """Table position in the event's sentence, else in a sentence about the same club."""
    size = lex.league_sizes.get(league or "", 20)
    candidates = [m for m in a.mentions if m.kind == "position" and m.key]
    ordered = sorted(candidates, key=lambda m: (m.sentence != sentence, abs(m.sentence - sentence)))
    for m in ordered:
        if m.sentence != sentence:
            clubs_there = {a.clubs[i] for i, x in a.in_sentence(m.sentence) if i in a.clubs}
            if clubs_there and club not in clubs_there:
                continue
            if abs(m.sentence - sentence) > 3:
                continue
        where, n = m.key.split(":")
        return size - int(n) + 1 if where == "bottom" else int(n)
    return None


def _reason(a: Analysis, sentence: int, club: str, lex: EventLexicon) -> str | None:
    """The result that triggered a departure: "defeat vs Sampdoria"."""
    doc = a.doc
    for s in (sentence, sentence - 1, sentence + 1):
        if s < 0 or s >= len(a.sentence_bounds):
            continue
        start, end = a.sentence_bounds[s]
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        for tok in span:
            label = lex.result_words.get(tok.norm_)
            if label is None:
                continue
            for i, m in a.in_sentence(s):
                other = a.clubs.get(i)
                if other and other != club and tok.idx < m.start <= tok.idx + 120:
                    return f"{label} vs {a.gazetteer.clubs[other].name}"
    return None


def _place(doc, sent, lex: EventLexicon) -> str | None:
    """Where a presentation takes place: after a place cue ("presso la sala stampa del
    Picchio Village"), else a capitalised name after "a/al/allo/alla" ("a Palazzo Reale")."""
    text = normalise(sent.text)
    m = re.search(r"\b(?:a|al|allo|alla|all')\s*((?:[A-ZÀ-Ý][\w'’]+\s?){1,4})", sent.text)
    for cue in lex.place_cues:
        i = text.find(cue + " ")
        if i < 0:
            continue
        rest = sent.text[i + len(cue) :].strip()
        rest = re.split(r"[,;.\"”»(]", rest, maxsplit=1)[0].strip()
        rest = re.sub(r"^(?:il|lo|la|l'|l’|i|gli|le)\s*", "", rest, flags=re.I)
        return rest or None
    return m.group(1).strip() if m else None


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    """One draft per (type, club, coach); departures of one coach from one club become one."""
    out: dict[tuple[str, str, str], _Draft] = {}
    for d in sorted(drafts, key=lambda d: d.hit.start):
        kind = "departure" if d.type in DEPARTURES else "arrival" if d.type in ARRIVALS else d.type
        key = (kind, d.club, d.coach)
        cur = out.get(key)
        if cur is None:
            out[key] = d
            continue
        cur.support += 1
        for ev in d.evidence:
            if ev not in cur.evidence:
                cur.evidence.append(ev)
        if _STATUS_RANK[d.status] > _STATUS_RANK[cur.status]:
            cur.status = d.status
        if d.type == "interim_appointment":
            cur.type = d.type
        if cur.hit.trigger.vague and not d.hit.trigger.vague:
            cur.type, cur.hit = d.type, d.hit
        elif d.type == "mutual_termination" and not d.hit.trigger.vague:
            cur.type = d.type
        cur.replaces = cur.replaces or d.replaces
        if d.date and (
            cur.date is None
            or (d.date_written and not cur.date_written)
            or (d.date_written == cur.date_written and cur.date.inferred and not d.date.inferred)
        ):
            cur.date, cur.date_written = d.date, d.date_written
        cur.position = cur.position or d.position
        cur.league = cur.league or d.league
        cur.reason = cur.reason or d.reason
        for k, v in d.extra.items():
            cur.extra.setdefault(k, v)
    return list(out.values())


def _link(drafts: list[_Draft]) -> None:
    """Predecessor and successor within one club when the document names one of each."""
    by_club: dict[str, list[_Draft]] = {}
    for d in drafts:
        by_club.setdefault(d.club, []).append(d)
    for group in by_club.values():
        gone = [d for d in group if d.type in DEPARTURES and d.status == "official"]
        came = [d for d in group if d.type in ARRIVALS and d.status != "denied"]
        if len(gone) == 1:
            for d in came:
                if d.replaces is None and d.coach != gone[0].coach:
                    d.replaces = gone[0].coach
        if len(gone) == 1 and len([d for d in came if d.status == "official"]) == 1:
            succ = next(d for d in came if d.status == "official")
            if succ.coach != gone[0].coach:
                gone[0].extra.setdefault("_replaced_by", succ.coach)


def _to_event(a: Analysis, d: _Draft) -> Event:
    replaced_by = d.extra.pop("_replaced_by", None)
    date = d.date
    season = None
    if d.type in CHANGE_TYPES or d.type == "contract_extension":
        ref_date = date or a.document.published
        season = ref_date.season() if ref_date else None
    confidence = {"official": 0.8, "rumour": 0.4, "denied": 0.6}[d.status]
    confidence = min(0.95, confidence + 0.05 * (d.support - 1))
    return Event(
        type=d.type,
        status=d.status,
        club=club_ref(a, d.club),
        coach=person_ref(d.coach),
        replaces=person_ref(d.replaces) if d.replaces and d.type in ARRIVALS else None,
        replaced_by=person_ref(replaced_by) if replaced_by else None,
        date=date,
        league=d.league,
        season=season,
        position=d.position,
        reason=d.reason,
        confidence=round(confidence, 2),
        evidence=d.evidence,
        extra=d.extra,
    )
