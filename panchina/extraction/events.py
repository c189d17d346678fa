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
from dataclasses import dataclass, field, replace
from itertools import pairwise

from panchina.analyse import Analysis, is_match_opponent
from panchina.analyse.gazetteer import fold, load_gazetteer, slug
from panchina.analyse.nlp import normalise
from panchina.extraction.arguments import (
    HISTORY_DAYS,
    choose_club,
    date_for,
    framing_match,
    in_background,
    is_historical,
    league_of,
    list_item,
    paragraph_club,
    paragraph_label,
    place_of,
    position_stated,
    reason_of,
)
from panchina.extraction.lexicon import EventLexicon, get_event_lexicon
from panchina.extraction.status import clause_bounds, get_cues, is_hypothesis, status_of
from panchina.extraction.tables import table_rows
from panchina.extraction.triggers import Hit, Trigger, find_triggers
from panchina.models import CHANGE_TYPES, Event, Evidence, Mention, PartialDate, Ref

_SKIPPABLE = frozenset({"del", "della", "dello", "dell'", "dei", "degli", "delle"})
DEPARTURES = frozenset({"dismissal", "resignation", "mutual_termination"})
ARRIVALS = frozenset({"appointment", "interim_appointment"})
_STATUS_RANK = {"official": 3, "denied": 2, "rumour": 1}


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
    date_borrowed: bool = False  # from the next sentence's, not its own
    announced: bool = False  # a rumour by its future tense alone ("sarà affidata ad interim")
    anaphoric: bool = False  # its coach is "il tecnico", resolved to a name told elsewhere
    club_guessed: bool = False  # its sentence names no club: the paragraph's or the topic
    background: bool = False  # told in the pluperfect, weeks before the news


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
        nick = load_gazetteer(a.lang).nicknames  # "l'attaccante gialloblù X", named or not
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
            while k > 0 and (
                k - 1 in named or doc[k - 1].norm_ in _SKIPPABLE or fold(doc[k - 1].text) in nick
            ):
                k -= 1  # "l'attaccante gialloblù Thomas Henry", "il presidente del Bari X"
            before = [t.norm_ for t in doc[max(0, k - 3) : k]]
            after = normalise(doc[span.end : span.end + 4].text).lstrip(",: ")
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
            said = [" ".join(before[k:]).rstrip(".") for k in range(len(before))]
            if before[-1:] == [","]:  # "un nuovo collaboratore tecnico, Giulio X"
                apposed = [t.norm_ for t in doc[max(0, k - 4) : k - 1]]
                said += [" ".join(apposed[j:]) for j in range(len(apposed))]
            if (
                set(said) & lex.not_coach_before
                or after.startswith(lex.not_coach_after)
                or fold(m.key) in lex.not_coach_names
            ):
                self.other.add(m.key)
                cued_other.add(m.key)
            elif before and before[-1] in lex.coach_cues and not relation:
                cued_coach.add(m.key)
            if after.split(" ")[0] in lex.coach_cues:  # "Zanin, allenatore dell'Under 17"
                cued_coach.add(m.key)
        # "Castori per Baldini": both halves of a replacement pair are coaches.
        people = [m for m in a.mentions if m.kind == "person" and m.key]
        for m1, m2 in pairwise(people):
            if m1.sentence == m2.sentence:
                between = normalise(a.document.text[m1.end : m2.start]).strip()
                if between in lex.pairs_successor_first:
                    cued_coach.update((m1.key, m2.key))
                    self.coach.update((m1.key, m2.key))
        # A person called a player or a president anywhere is not a coach, unless also
        # called a coach by a cue of his own.
        self.other -= cued_coach
        self.coach -= cued_other - cued_coach
        self.coach_document = bool(lex.coach_words.search(normalise(a.document.text)))


def _roles_of(a: Analysis) -> _PersonRoles:
    """The document's people's roles, read once per document (events and careers ask)."""
    memo = a.doc.user_data
    if "person_roles" not in memo:
        memo["person_roles"] = _PersonRoles(a, get_event_lexicon(a.lang))
    return memo["person_roles"]


def not_coaches(a: Analysis) -> set[str]:
    """People the document calls players, presidents or directors, and never coaches."""
    return _roles_of(a).other


def coaches(a: Analysis) -> set[str]:
    """People the document calls coaches, or names in a sentence about a bench."""
    return _roles_of(a).coach - _roles_of(a).other


def extract_events(a: Analysis) -> list[Event]:
    """All events the document reports, merged per (type, club, coach)."""
    lex = get_event_lexicon(a.lang)
    roles = _roles_of(a)
    rows = {row.sentence for row in table_rows(a, lex)}
    # a table row's cells say who left and who came: its words are read by the row's reader
    hits = [
        h for h in find_triggers(a.doc, a.lang) if a.sentence_of(a.doc[h.start].idx) not in rows
    ]
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
        d = _draft(a, hit, lex, roles, taken_by_departure, rivals=hits)
        if d is None:
            continue
        if d.type in DEPARTURES:
            taken_by_departure.setdefault(d.sentence, set()).add(d.coach)
        drafts.append(d)
    drafts.extend(_pair_drafts(a, lex, roles, drafts))
    drafts.extend(_table_drafts(a, lex, roles))
    drafts = _respectively(a, lex, drafts)
    drafts += _co_coaches(a, drafts)
    _resolve_anaphora(drafts)
    drafts = _presented(drafts)
    leaving = {d.coach for d in drafts if d.type in DEPARTURES}
    leaving |= {d.replaces for d in drafts if d.type in ARRIVALS and d.replaces}
    leaving |= {p for gone in taken_by_departure.values() for p in gone}  # "al posto di X"
    # "Galimberti era subentrato a gennaio": the sacked (or replaced) coach's arrival is the
    # story's past.
    drafts = [d for d in drafts if not (d.background and d.coach in leaving)]
    merged = _drop_guessed(_merge(drafts, a.lang))
    extended = {(d.club, d.coach) for d in merged if d.type == "contract_extension"}
    merged = [  # a coach whose contract is extended is in charge already: no arrival
        d
        for d in merged
        if not (d.type in ARRIVALS and (d.club, d.coach) in extended and d.replaces is None)
    ]
    merged = _newcomers_presented(merged)
    merged = _old_news(a, merged)
    merged = _stand_ins(a, merged, lex)
    merged = _framed_resignations(a, merged)
    merged = _refused_resignations(a, merged)
    _link(a, merged, lex)
    _denied_in_document(a, merged)
    merged = _drop_kept(a, merged)
    return [_to_event(a, d) for d in merged]


_PAIR_TRIGGER = Trigger(type="appointment", coach="before", strength="strong", replaces="after")
_PAIR_DEPARTURE = Trigger(type="dismissal", coach="after", strength="strong", vague=True)


def _co_coaches(a: Analysis, drafts: list[_Draft]) -> list[_Draft]:
    """A second coach coordinated with the first by the same preposition ("guidata in coppia
    da Fioretti, finora allenatore dell'Under 17, e da Pompei") arrives with him."""
    doc = a.doc
    pairs = get_event_lexicon(a.lang).co_coach_nouns
    out: list[_Draft] = []
    for d in drafts:
        if d.type not in ARRIVALS:
            continue
        people = [m for _, m in a.in_sentence(d.sentence) if m.kind == "person" and m.key]
        first = next((m for m in people if m.key == d.coach), None)
        if first is None:
            continue
        span = doc.char_span(first.start, first.end, alignment_mode="expand")
        if span is None or span.start < 1 or doc[span.start - 1].norm_ not in ("da", "a", "ad"):
            continue
        prep = doc[span.start - 1].norm_
        # "al tandem formato da Criscito e Murgita": a pair's noun just before the first name
        paired = bool({t.norm_ for t in doc[max(0, span.start - 4) : span.start]} & pairs)
        for m in people:
            sp = doc.char_span(m.start, m.end, alignment_mode="expand")
            if m.start <= first.start or sp is None or sp.start < 2 or m.key == d.coach:
                continue
            coordinated = doc[sp.start - 1].norm_ == prep and doc[sp.start - 2].norm_ == "e"
            coordinated |= paired and sp.start == span.end + 1 and doc[span.end].norm_ == "e"
            known = any(o.coach == m.key and o.type in ARRIVALS for o in [*drafts, *out])
            if coordinated and not known:
                co = replace(d, coach=m.key, extra=dict(d.extra))
                co.evidence = list(d.evidence)
                out.append(co)
    return out


def _respectively(a: Analysis, lex: EventLexicon, drafts: list[_Draft]) -> list[_Draft]:
    """ "Pro Sesto e Pergolettese hanno dato il ben servito rispettivamente a Rota (19 ottobre)
    e a Frezza (21 ottobre)": the n people after the cue go, in order, with the n clubs named
    before it in the sentence (else at the head of its paragraph), each dated by the date in
    brackets after him."""
    text = a.document.text
    out = list(drafts)
    for n, (start, end) in enumerate(a.sentence_bounds):
        m = lex.respectively.search(normalise(text[start:end]))
        if m is None:
            continue
        cue = start + m.start()
        stop = text.find(". ", cue, end)  # the list ends with its sentence ("...). I successori")
        stop = end if stop < 0 else stop
        people = [p for _, p in a.in_sentence(n) if p.kind == "person" and cue < p.start < stop]
        keys = list(dict.fromkeys(p.key for p in people))
        mine = [d for d in out if d.sentence == n and d.coach in keys]
        if len(keys) < 2 or not mine:
            continue
        clubs = _clubs_before(a, n, cue)
        if len(clubs) != len(keys):
            para_start = a.paragraph_starts[a.paragraph_of(start)]
            clubs = _clubs_before(a, a.sentence_of(para_start), end)[: len(keys)]
        if len(clubs) != len(keys):
            continue
        model = mine[0]
        out = [d for d in out if d not in mine]
        for key, club in zip(keys, clubs, strict=True):
            d = replace(model, coach=key, club=club, replaces=None, extra={}, anaphoric=False)
            d.evidence = list(model.evidence)
            after = next((p for p in people if p.key == key), None)
            d.date = _bracket_date(a, after.end) or model.date if after else model.date
            out.append(d)
    return out


def _clubs_before(a: Analysis, sentence: int, before: int) -> list[str]:
    """The distinct clubs a sentence names before a character offset, in order."""
    out: list[str] = []
    for i, m in a.in_sentence(sentence):
        club = a.clubs.get(i)
        if club is not None and m.start < before and club not in out and m.kind != "stadium":
            out.append(club)
    return out


def _bracket_date(a: Analysis, char: int) -> PartialDate | None:
    """The date in brackets right after a name ("Rota (19 ottobre)")."""
    for t in a.times:
        if 0 <= t.start - char <= 3 and "(" in a.document.text[char : t.start] and t.value:
            return t.value
    return None


def _pair_opens_item(a: Analysis, k: int) -> bool:
    """Does "da X a Y" open a sentence or a club's item ("Sampdoria, da Zenga a Montella"),
    rather than list examples ("gli allenatori di campo, da Foscarini a Venturato")?"""
    doc = a.doc
    if k == doc[k].sent.start or doc[k - 1].text in (":", "-", "–", "—"):
        return True
    if doc[k - 1].text != "," or k < 2:
        return False
    end = doc[k - 2].idx + len(doc[k - 2])
    return any(m.end == end and i in a.clubs for i, m in enumerate(a.mentions))


def _table_drafts(a: Analysis, lex: EventLexicon, roles: _PersonRoles) -> list[_Draft]:
    """The changes of text tables' rows (see `tables.py`): the newcomer's arrival (dated by
    the cell after his name), and the way out of the one he replaced (by its own cell)."""
    out = []
    for row in table_rows(a, lex):
        doc = a.doc
        start = min(row.came_at, doc[row.manner_at].sent.end - 1)
        hit = Hit(_PAIR_TRIGGER, start, start + 1, "|")
        came = _draft(a, hit, lex, roles, {}, forced=(row.came.key, row.gone.key))
        if came is None:
            continue
        came.type = "interim_appointment" if row.interim else "appointment"
        out.append(came)
        if row.manner == "":
            continue
        trig = replace(_PAIR_DEPARTURE, type=row.manner or "dismissal", vague=row.manner is None)
        hit = Hit(trig, row.manner_at, row.manner_at + 1, "|")
        gone = _draft(a, hit, lex, roles, {}, forced=(row.gone.key, None))
        if gone is not None:
            out.append(gone)
    return out


def _framed_pair(before: str, between: str, lex: EventLexicon) -> bool:
    plain = " ".join(re.sub(r"\([^)]*\)", " ", between).split()).replace(" ,", ",")
    return any(before == o and plain.endswith(j) for o, j in lex.pairs_framed)


def _after_item_club(a: Analysis, k: int) -> bool:
    """Does token k follow a club heading its item ("Avellino: Toscano-Novellino (4/10)"), or
    a club whose bracket it opens ("Cosenza (Dionigi → Viali, 8 novembre)")?"""
    doc = a.doc
    if k < 2 or doc[k - 1].text not in (":", "-", "–", "—", "("):
        return False
    bracket = doc[k - 1].text == "("
    end = doc[k - 2].idx + len(doc[k - 2])
    return any(
        m.end == end
        and i in a.clubs
        and a.sentence_of(m.start) == a.sentence_of(doc[k].idx)
        and (
            bracket
            or a.doc.char_span(m.start, m.end, alignment_mode="expand").start == doc[k].sent.start
        )
        for i, m in enumerate(a.mentions)
    )


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
    chained: set[int] = set()  # sentences whose "da X a Y" pairs open an item
    for (m1, s1), (m2, s2) in pairwise(people):
        if m1.sentence != m2.sentence or m1.key == m2.key or {m1.key, m2.key} & roles.other:
            continue
        between = normalise(doc[s1.end : s2.start].text)
        before = doc[s1.start - 1].norm_ if s1.start > 0 else ""
        if between in lex.pairs_successor_first:
            coach, gone, hit_at = m1.key, m2.key, (s1.end, s2.start)
        elif (
            between in lex.pairs_predecessor_first
            and before == lex.pairs_opener
            and (_pair_opens_item(a, s1.start - 1) or m1.sentence in chained)
        ):
            coach, gone, hit_at = m2.key, m1.key, (s1.end, s2.start)
            chained.add(m1.sentence)  # "Da Pieri a Sciarra, da Sciarra a Bellucci"
        elif between in lex.pairs_dashes and (
            before in lex.pairs_dash_openers or _after_item_club(a, s1.start)
        ):
            coach, gone, hit_at = m2.key, m1.key, (s1.end, s2.start)  # "staffetta Ruggeri-Lamberti"
        elif _framed_pair(before, between, lex):
            coach, gone, hit_at = m2.key, m1.key, (s2.start - 1, s2.start)  # "fuori X, dentro Y"
        else:
            continue
        known = [d for d in drafts if d.coach == coach and d.type in ARRIVALS]
        hit = Hit(_PAIR_TRIGGER, hit_at[0], max(hit_at[1], hit_at[0] + 1), between)
        if known:  # the arrival is told in prose too: the pair only names the predecessor
            for d in known:
                if d.replaces is None and d.coach != gone:
                    d.replaces = gone
            d = known[0]
            lead = {t.norm_ for t in doc[doc[s1.start].sent.start : s1.start]}
            if d.background or lead & lex.pluperfect_auxiliaries:
                continue  # "dopo quello di ottobre che aveva portato X al posto di Y"
        else:
            trig = replace(_PAIR_TRIGGER, excludes=lex.substitution_words)
            d = _draft(a, replace(hit, trigger=trig), lex, roles, {}, forced=(coach, gone))
            if d is None or d.club_guessed:  # "colleghi, da Italiano a Palladino"
                continue
            out.append(d)
        if not any(o.coach == gone and o.type in DEPARTURES for o in [*drafts, *out]):
            # "Grosso per Corini": Corini left; the manner, if the article tells it
            # elsewhere, outranks this vague departure.
            leave = replace(
                d,
                type="dismissal",
                coach=gone,
                replaces=None,
                hit=replace(hit, trigger=_PAIR_DEPARTURE),
            )
            leave.evidence, leave.extra = list(d.evidence), {}
            out.append(leave)
    return out


def _imperfect(tok, lex: EventLexicon) -> bool:
    """A verb of a state in the imperfect ("sedeva", "guidava", "allenava"): its ending matches
    its lemma's conjugation ("solleva" is sollevare's present, "arriva" arrivare's)."""
    lemma = tok.lemma_.lower()
    if lemma not in lex.state_lemmas:
        return False
    return tok.norm_.endswith(lex.imperfect_endings.get(lemma[-3:], ()))


def _remote_past(tok, lex: EventLexicon) -> bool:
    """A verb in the passato remoto ("esonerò", "richiamarono"), the tense of history: news
    is told in the passato prossimo. The form must be a verb's (its lemma an infinitive)."""
    lemma, form = tok.lemma_.lower(), tok.norm_
    if lemma == form or not lemma.endswith(("are", "ere", "ire")):
        return False
    return form.endswith(lex.remote_past_endings)


def _excluded(text: str, words: set[str], trig) -> bool:
    """Does the sentence hold one of the trigger's excluding words ("il nuovo direttore
    sportivo"), other than after a word that makes it a bystander ("dopo un colloquio con il
    direttore sportivo, X ha firmato")?"""
    found = [w for w in trig.excludes if w in words or (" " in w and w in text)]
    if not trig.excused_after:
        return bool(found)
    for w in found:
        for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", text):
            if not text[: m.start()].rstrip().endswith(trig.excused_after):
                return True
    return False


def _draft(
    a,
    hit: Hit,
    lex: EventLexicon,
    roles: _PersonRoles,
    taken: dict[int, set[str]],
    forced: tuple[str, str] | None = None,
    rivals: list[Hit] = (),
):
    doc = a.doc
    trig = hit.trigger
    sent_span = doc[hit.start].sent
    sentence = a.sentence_of(doc[hit.start].idx)
    sent_text = normalise(sent_span.text)
    words = set(sent_text.replace("'", "' ").split())
    words |= {re.sub(r"\d+", "#", w) for w in words if w[:1].isdigit()}  # "60'" is "#'"
    if (
        trig.requires
        and not any(w in words or w in sent_text for w in trig.requires)
        and not any(
            t.clock for t in a.times if sent_span.start_char <= t.start < sent_span.end_char
        )
    ):
        return None  # a presentation needs its press words, or at least a time of day
    if trig.excludes and _excluded(sent_text, words, trig):
        return None
    if any(_imperfect(t, lex) or _remote_past(t, lex) for t in doc[hit.start : hit.end]):
        return None  # "quando sedeva in panchina", "Thohir richiamò Mancini": history
    persons = [(i, m) for i, m in a.in_sentence(sentence) if m.kind == "person" and m.key]
    replaces = _replaced_person(a, hit, sentence) if trig.replaces == "after" else None
    if forced:
        replaces = forced[1]
    exclude = {replaces} | roles.other
    if trig.type in ARRIVALS or trig.type == "presentation":
        exclude |= taken.get(sentence, set())
    side = "any" if trig.coach == "after" and _passive(a, hit, lex) else trig.coach
    # An active verb that wants its coach after takes nobody before it: "Giacomazzi, dal
    # canto suo, ha scelto il silenzio" chose nobody.
    auxiliary = {t.norm_ for t in doc[max(0, hit.start - 2) : hit.start]} & lex.active_auxiliaries
    ahead = set()
    if side == "after" and (auxiliary or _finite_active(a, hit, lex)):
        ahead = {m.key for _, m in persons if m.end <= doc[hit.start].idx}
    if trig.type in DEPARTURES:
        exclude |= _successors(a, sentence, lex) | _arrival_objects(a, sent_span, rivals)
    exclude |= _referenced(a, sentence, lex, arrival=trig.type in (*ARRIVALS, "presentation"))
    # "ha esonerato Ancelotti e l'11 ha ufficializzato Gattuso": the sentence tells a change
    leaving_hits = [
        r
        for r in rivals
        if r.trigger.type in DEPARTURES
        and r.end <= hit.start
        and r.start >= sent_span.start
        # not "esonerato il direttore generale": a coach's departure
        and not {t.norm_ for t in doc[r.end : r.end + 3]} & lex.not_coach_before
    ]
    told_leaving = bool(leaving_hits)
    if trig.after_departure and not told_leaving:
        return None
    # "Giampaolo esonerato. Al suo posto arriva Pioli": the sentence before told it
    prev_start = doc[sent_span.start - 1].sent.start if sent_span.start > 0 else sent_span.start
    left_before = told_leaving or any(
        r.trigger.type in DEPARTURES
        and prev_start <= r.start < sent_span.start
        and not {t.norm_ for t in doc[r.end : r.end + 3]} & lex.not_coach_before
        for r in rivals
    )
    # A predecessor ("subentra a Giampaolo, sollevato lunedì") is the departure's own coach.
    rivals = [
        r
        for r in rivals
        if r is not hit and r.trigger.replaces != "after" and not r.trigger.after_departure
    ]
    coach = forced[0] if forced else _choose_coach(a, hit, persons, exclude | ahead, side, rivals)
    if not forced and side == "after":
        coach = _dative_antecedent(a, hit, persons, lex, exclude) or coach
    if not forced and _thing_object(a, hit, coach, lex):
        return None  # "Pirlo sceglie la difesa a tre con Ghilardi": the choice is no coach
    anaphoric = False
    if (
        not forced
        and trig.coach == "after"
        and hit.start > 0
        and doc[hit.start - 1].norm_ in lex.pronoun_objects
    ):  # "Semplici: il Cagliari lo esonera e affida la squadra a Mazzarri"
        told = [  # named before it in the sentence: a pronoun reaching further is a guess
            m.key for _, m in persons if m.key not in exclude and m.end <= doc[hit.start].idx
        ]
        coach, anaphoric = (told[-1], True) if told else (coach, anaphoric)
    elif not forced and side == "after" and _anaphor_slot(a, hit, lex, coach):
        coach = _antecedent(a, sentence, exclude, before=doc[hit.start].idx) or coach
        anaphoric = True
    if coach is not None and trig.adjacent is not None and not forced and not anaphoric:
        near = [m for _, m in persons if m.key == coach and _token_gap(a, hit.end, m) >= 0]
        if not any(_token_gap(a, hit.end, m) <= trig.adjacent - 1 for m in near):
            return None
    # "La società ha ringraziato il tecnico", not "Il tecnico ha ringraziato": a verb that
    # wants its coach after it finds the pronoun there
    told = normalise(doc[hit.end : sent_span.end].text) if side == "after" else sent_text
    if coach is None and trig.type not in ARRIVALS and lex.anaphora.search(told):
        coach = _antecedent(a, sentence, exclude)
        anaphoric = True
    if coach is None and trig.type == "presentation":
        # "La presentazione alla stampa si terrà domani": the coach the story is about
        coach = _antecedent(a, sentence, exclude | roles.other)
        coach = coach if coach in roles.coach else None
        anaphoric = True
    if coach is None:
        return None
    if trig.strength == "weak" and not forced and not _in_clause(a, hit, sentence, coach):
        return None  # "È arrivata da una società ..., da Foscarini a Venturato": too far
    if trig.strength == "weak" and not (
        lex.coach_words.search(sent_text)
        or coach in roles.coach
        or (trig.type in ARRIVALS and left_before)
        or (trig.type not in ARRIVALS and roles.coach_document)
    ):
        return None  # an arrival needs coaching words in its own sentence (players arrive too)
    lo, hi = clause_bounds(doc, hit.start, hit.end, a.lang)
    if is_historical(a, sentence, (doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]))):
        return None
    if lex.history.search(normalise(doc[lo:hi].text)):
        return None
    club = choose_club(a, hit, sentence, lex)
    named_here = {a.clubs.get(i) for i, _ in a.in_sentence(sentence)}
    if trig.type in ARRIVALS and leaving_hits and club not in named_here:
        # "la Sampdoria ha chiuso con Di Francesco e il 12 ha annunciato Ranieri": the club
        # that let its coach go earlier in the sentence
        gone_from = choose_club(a, leaving_hits[-1], sentence, lex)
        club = gone_from if gone_from in named_here else club
    if club is None or _national_team(a, club) or _other_side(a, sentence, club, lex):
        return None  # a national side's or a youth side's bench is no club's change
    if _side_after(a, hit, lex) or _side_story(a, sentence, club, lex):
        return None  # "il nuovo allenatore della Primavera"; a story about "Juventus Women"
    if trig.type in DEPARTURES and _youth_coach_apposed(a, coach, lex):
        return None  # "sollevato dall'incarico Malagoli, allenatore della Primavera"
    etype = trig.type
    if etype == "appointment" and _interim(a, hit, sentence, coach, lex):
        etype = "interim_appointment"
    if is_hypothesis(doc, hit, a.lang):
        if trig.type in DEPARTURES:  # "Braglia rischia l'esonero": no event, but the coach
            doc.user_data.setdefault("at_risk", set()).add((club, coach))  # a rumour replaces
        return None
    if trig.type == "interim_appointment" and normalise(
        a.document.text[max(0, doc[hit.start].idx - 16) : doc[hit.start].idx]
    ).rstrip().endswith(lex.no_longer):
        return None  # "non è più un traghettatore": confirmed
    if trig.type == "interim_appointment" and lex.permanent.search(_sentences(a)[sentence]):
        return None  # "Nessun traghettatore", "non per fare il traghettatore": for good
    lead = normalise(a.document.text[max(0, doc[hit.start].idx - 12) : doc[hit.start].idx])
    if lead.rstrip().endswith(lex.subordinate_before) or lead.endswith(lex.subordinate_before):
        return None  # "prima di approdare a Chiavari": the time of something else
    if trig.type in ARRIVALS and _background(a, hit, lex):
        return None
    if trig.type in ARRIVALS and _directors_place(a, sentence, roles, lex):
        return None  # "via il ds Bellandi. Al suo posto è stato scelto Garbini"
    clauses = _coach_clauses(a, sentence, coach)
    status = status_of(doc, hit, a.lang, clauses)
    if trig.only_status and status not in trig.only_status:
        return None
    d = _Draft(etype, status, club, coach, hit, sentence, replaces=replaces, anaphoric=anaphoric)
    if {m.key for _, m in persons} <= {coach}:
        d.extra["alone"] = "1"  # the sentence speaks of him only (see `_pending`)
    d.club_guessed = not any(a.clubs.get(i) == club for i, _ in a.in_sentence(sentence)) and (
        club != paragraph_label(a, a.paragraph_of(a.sentence_bounds[sentence][0]))
    )
    if status == "rumour" and etype == "interim_appointment":
        d.announced = status_of(doc, hit, a.lang, clauses, ignore_future=True) == "official"
    d.evidence.append(evidence_for(a, sentence))
    d.date, clock, d.date_written, d.date_borrowed = date_for(a, hit, sentence, lex, rivals, coach)
    if _told_in_passing(a, hit, d, lex):
        return None  # "Breda, subentrato lo scorso ottobre", "a un anno dall'esonero con la Roma"
    if etype in ARRIVALS and _last_summer(a, hit):
        return None  # "Viali è arrivato in estate": the season's start, months before the news
    past = _pluperfect_past(a, hit, d, lex, clause=True)
    if etype in ARRIVALS and past and d.date_written:
        return None  # "Zanetti si era seduto sulla panchina lo scorso giugno": weeks back
    d.background = etype in ARRIVALS and past
    if etype in DEPARTURES and d.date_written and _pluperfect_past(a, hit, d, lex, clause=True):
        return None  # "Neri era stato esonerato dal Pisa il 12 ottobre": his past, not news
    if etype in CHANGE_TYPES:
        d.league = league_of(a, sentence)
        stated = position_stated(a, sentence, club, d.league, lex)
        if stated is not None:
            d.position, from_bottom = stated
            if from_bottom is not None and d.league is None:  # counted once the league is known
                d.extra["position_from_bottom"] = str(from_bottom)
        if etype in DEPARTURES:
            d.reason = reason_of(a, sentence, club, lex)
    if etype == "presentation":
        if clock:
            d.extra["time"] = clock
        place = place_of(doc, sent_span, lex)
        if place:
            d.extra["place"] = place
    return d


PASSING_DAYS = 20  # a change named in passing this long before publication is background


def _told_in_passing(a: Analysis, hit: Hit, d: _Draft, lex: EventLexicon) -> bool:
    """A change named in passing, weeks back, is background, not news: as an anniversary ("a
    oltre un anno dall'esonero con la Roma"), as the dated time of something else (older than
    half a year), or in an apposition to its coach ("Breda, subentrato lo scorso ottobre")."""
    doc, k = a.doc, hit.start
    background = in_background(a, hit, lex) or doc[k].norm_ in lex.background_before
    if background and any(t.norm_ in lex.elapsed_units for t in doc[max(0, k - 5) : k]):
        return True
    pub = a.document.published
    if background and pub is not None and pub.day is not None:
        near = doc[hit.end : hit.end + 6]  # "dopo l'esonero di settembre a Empoli"
        lo, hi = (near.start_char, near.end_char) if len(near) else (0, 0)
        for t in a.times:
            v = t.value
            month_only = v is not None and v.month and v.day is None
            if (
                lo <= t.start < hi
                and month_only
                and (pub.to_date() - v.last_date()).days > PASSING_DAYS
            ):
                return True
    if not d.date_written or pub is None or d.date is None or pub.day is None:
        return False
    age = (pub.to_date() - d.date.last_date()).days
    if background and (age > HISTORY_DAYS or (age > PASSING_DAYS and d.date.day is None)):
        return True
    if k < 2 or doc[k - 1].text != "," or age <= PASSING_DAYS or d.date.day is not None:
        return False  # a round-up's "Ballardini, esonerato il 9 ottobre" is told to the day
    if not doc[k].text.lower().endswith(lex.participle_endings):
        return False  # a participle: "X, subentrato ...", "X, esonerato ..."
    before = doc[k - 2].idx + len(doc[k - 2])
    return any(m.kind == "person" and m.end == before for m in a.mentions)


def _directors_place(a: Analysis, sentence: int, roles: _PersonRoles, lex: EventLexicon) -> bool:
    """Does the sentence put someone in the place of a director named just before, with no
    coach in sight?"""
    text = a.document.text
    for _, m in a.in_sentence(sentence):  # "Al posto di Ferrario arriva Bernardi"
        lead = normalise(text[max(0, m.start - 16) : m.start]).rstrip()
        if m.kind == "person" and m.key in roles.other and lead.endswith(lex.in_place_of):
            return m.key not in roles.coach
    if sentence == 0 or not lex.in_his_place.search(_sentences(a)[sentence]):
        return False
    before = {m.key for _, m in a.in_sentence(sentence - 1) if m.kind == "person" and m.key}
    return bool(before & roles.other) and not before & roles.coach


def _last_summer(a: Analysis, hit: Hit) -> bool:
    """Is the arrival dated by this season's summer ("in estate", "la scorsa estate") in a
    story told after it (from October to May)?"""
    pub = a.document.published
    if pub is None or pub.month is None or 6 <= pub.month <= 9:
        return False
    lo, hi = clause_bounds(a.doc, hit.start, hit.end, a.lang)
    start, end = a.doc[lo].idx, a.doc[hi - 1].idx + len(a.doc[hi - 1])
    return any(
        start <= t.start < end and t.kind == "season" and t.season_offset == 0 and t.value is None
        for t in a.times
    )


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


def _antecedent(a: Analysis, sentence: int, exclude: set, before: int | None = None) -> str | None:
    """The person "il tecnico" stands for: the last one named before it in its own sentence
    (when `before` is given), else in the two sentences before."""
    for s in (sentence, sentence - 1, sentence - 2):
        if s < 0 or (s == sentence and before is None):
            continue
        people = [
            m.key
            for _, m in a.in_sentence(s)
            if m.kind == "person"
            and m.key
            and m.key not in exclude
            and (s != sentence or m.end <= before)
        ]
        if people:
            return people[-1]
    return None


def _interim(a: Analysis, hit: Hit, sentence: int, coach: str, lex: EventLexicon) -> bool:
    """Is the appointment for a while only? Said in the trigger's clause or the coach's ("la
    squadra a Bigica, che farà da traghettatore"), not anywhere in the sentence ("senza contare
    gli allenatori ad interim")."""
    doc = a.doc
    told = {m.sentence for m in a.mentions if m.kind == "person" and m.key == coach}
    said = _sentences(a)
    if any(lex.permanent.search(said[n]) for n in told | {sentence}):
        return False  # "nessun traghettatore": for good, whatever else is said
    lo, hi = clause_bounds(doc, hit.start, hit.end, a.lang)
    spans = [(lo, hi), *_coach_clauses(a, sentence, coach)]
    after = [c for c in spans[1:] if c[0] >= hi]
    if after:  # "è affidata, fino a nuova comunicazione, a Martusciello": the words between
        spans.append((hi, min(c[0] for c in after)))
    first = doc[lo].sent.start
    if first < lo <= first + 14:  # an opening frame: "In attesa del successore, la squadra ..."
        spans.append((first, lo))
        if _match_ahead(a, first, lo, lex):
            return True  # "Domenica, nella sfida con il Pisa, la squadra sarà guidata da X"
    if _match_framed(a, lo, hit, lex):
        return True
    for lo_, hi_ in spans:
        text = normalise(doc[lo_:hi_].text)
        for m in lex.interim.finditer(text):
            if not text[: m.start()].rstrip().endswith(lex.no_longer):
                return True  # not "non è più un traghettatore": confirmed
    for n in told | {sentence}:  # "Chi è X, il nuovo allenatore": his youth bench is his past
        if lex.new_coach.search(said[n]) and not lex.interim.search(said[n]):
            return False
    for c_lo, c_hi in spans[1:]:  # "a Galloppa, allenatore della Primavera"
        text = normalise(doc[c_lo:c_hi].text)
        for m in lex.interim_roles.finditer(text):
            if not text[: m.start()].rstrip(" ,").endswith(lex.promoted):
                return True
    return False


def _match_framed(a: Analysis, lo: int, hit: Hit, lex: EventLexicon) -> bool:
    """Does a match open the trigger's clause ("Contro il Potenza in panchina va Longo", "Con il
    Taranto in panchina Aiello")? A bench named for one match is a caretaker's."""
    doc = a.doc
    if "panchina" not in {t.norm_ for t in doc[hit.start : hit.end]}:
        return False
    lo = max(lo, doc[hit.start].sent.start)
    if hit.start - lo > 6:
        return False
    start, end = doc[lo].idx, doc[hit.start].idx
    clubs = [m for m in a.mentions if m.kind == "club" and start < m.start < end]
    spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in clubs]
    # the club the match is against, as `choose_club` sees it
    return any(sp is not None and framing_match(doc, sp.start, lo, lex) for sp in spans)


def _match_ahead(a: Analysis, lo: int, hi: int, lex: EventLexicon) -> bool:
    """Does the frame name a match to come against a club ("nella sfida interna con il
    Taranto"), not a result that caused the change ("dopo il ko con il Taranto")?"""
    doc = a.doc
    words = {t.norm_ for t in doc[lo:hi]}
    if words & lex.background_before or any(w in lex.result_words for w in words):
        return False
    start, end, text = doc[lo].idx, doc[hi - 1].idx, a.document.text
    return any(
        m.kind == "club" and start < m.start < end and is_match_opponent(text, m.start, a.lang)
        for m in a.mentions
    )


def _pluperfect_past(
    a: Analysis, hit: Hit, d: _Draft, lex: EventLexicon, clause: bool = False
) -> bool:
    """A change told in the pluperfect, undated or dated weeks before the news, is
    background: an arrival is kept only for a coach the document does not see leave; a
    departure is dropped. `clause`: the auxiliary anywhere before the trigger in its clause
    ("Verdi era arrivato il 10 ottobre al posto dell'esonerato Bianchi")."""
    lo = clause_bounds(a.doc, hit.start, hit.end, a.lang)[0] if clause else hit.start - 3
    head = a.doc[max(0, lo)].norm_
    if clause and head.endswith(("ando", "endo", *lex.participle_endings)):
        # a gerund or participle clause hangs on the one before: "avevano esonerato X,
        # affidando la squadra a Y", "era arrivato a ottobre, chiamato al posto di Z"
        lo = a.doc[hit.start].sent.start
    before = {t.norm_ for t in a.doc[max(0, lo) : hit.start]}
    if not before & lex.pluperfect_auxiliaries:
        return False
    pub = a.document.published
    if not (d.date_written and d.date is not None and pub is not None and pub.day):
        return True  # "Ranaldi era stato scelto in estate": undated, the story's past
    return (d.date.last_date() - pub.to_date()).days < -14


def _in_clause(a: Analysis, hit: Hit, sentence: int, coach: str) -> bool:
    """Is the coach named in the trigger's clause (or is he the document's, unnamed here)?"""
    lo, hi = clause_bounds(a.doc, hit.start, hit.end, a.lang)
    # The clause, or the name right before it ("Mister Carrera, che sarà presentato domani").
    lo_char = a.doc[max(0, lo - 2)].idx
    hi_char = a.doc[hi - 1].idx + len(a.doc[hi - 1])
    named = [m for _, m in a.in_sentence(sentence) if m.kind == "person" and m.key == coach]
    return not named or any(lo_char <= m.end and m.start < hi_char for m in named)


def _dative_antecedent(a: Analysis, hit: Hit, persons, lex: EventLexicon, exclude: set):
    """ "Nicola, al quale il club ha dato ieri il benservito": the person right before the
    relative pronoun that opens the trigger's clause, when nobody is named after the trigger
    in that clause."""
    doc = a.doc
    _, hi = clause_bounds(doc, hit.start, hit.end, a.lang)
    end_char = doc[hi - 1].idx + len(doc[hi - 1])
    if any(doc[hit.end - 1].idx < m.start < end_char for _, m in persons):
        return None
    before = [m for _, m in persons if m.end <= doc[hit.start].idx]
    if not before:
        return None
    m = before[-1]
    gap = normalise(a.document.text[m.end : doc[hit.start].idx]).strip()
    if not gap.startswith(","):
        return None
    gap = gap[1:].strip()
    if not gap.startswith(lex.dative_relatives) or "," in gap or m.key in exclude:
        return None
    return m.key


def _anaphor_slot(a: Analysis, hit: Hit, lex: EventLexicon, chosen: str | None) -> bool:
    """Does a noun phrase for a coach named before ("ha esonerato il tecnico toscano e
    affidato la squadra a Calzona") fill the trigger's object, rather than a name?"""
    doc = a.doc
    end = doc[hit.end - 1].idx + len(doc[hit.end - 1])
    m = lex.anaphora.match(normalise(a.document.text[end : end + 40]).lstrip())
    if m is None:  # the trigger may end on the phrase's preposition: "la squadra al tecnico"
        last = doc[hit.end - 1].idx
        m = lex.anaphora.match(normalise(a.document.text[last : last + 40]))
    if m is None and hit.end - hit.start > 2:  # or hold it: "sollevato il tecnico dall'incarico"
        verb = doc[hit.start].idx + len(doc[hit.start])
        m = lex.anaphora.match(normalise(a.document.text[verb : verb + 40]).lstrip())
        end = verb if m is not None else end
    if m is None:
        return False
    words = normalise(a.document.text[doc[hit.end - 1].idx : end + 60]).split()
    tail = m.group(0).split()[-1]
    after = words[words.index(tail) + 1 : words.index(tail) + 2] if tail in words else []
    if after and after[0].rstrip("'") in ("del", "della", "dell", "dello"):  # not "di Massarosa"
        return False  # "al tecnico della Primavera" is somebody new, not the coach named before
    gap = len(m.group(0).split()) + 2  # "il tecnico Rudi Garcia": a cue before the name
    for _, p in a.in_sentence(a.sentence_of(doc[hit.start].idx)):
        if p.kind == "person" and p.key == chosen and 0 <= _token_gap(a, hit.end, p) <= gap:
            return False
    return True


# First words of a comma-joined clause that goes on about the person before it.
_GOES_ON = frozenset({"in", "per", "fino", "solo", "almeno", "nell'attesa"})


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
            continue
        # Comma-joined clauses that name nobody else go on about him: "a Zanin, allenatore
        # dell'Under 17, in attesa della scelta del nuovo tecnico".
        end = doc[hi - 1].sent.end
        lex = get_event_lexicon(a.lang)
        while (
            hi < end
            and doc[hi].text in (",", "(", ":")
            and hi + 1 < end
            and (
                doc[hi].text == "("  # "Paolo Cerquetti (ad interim)"
                or (doc[hi].text == ":" and doc[hi + 1].norm_ in ("una", "un", "uno"))
                or doc[hi + 1].norm_ in _GOES_ON
                or doc[hi + 1].norm_ in lex.coach_cues
                or doc[hi + 1].norm_.endswith(lex.participle_endings)  # ", promosso ... ad interim"
            )
        ):
            nlo, nhi = clause_bounds(doc, hi + 1, hi + 2, a.lang)
            chars = (doc[nlo].idx, doc[nhi - 1].idx + len(doc[nhi - 1]))
            if any(
                p.kind == "person" and chars[0] <= p.start < chars[1]
                for _, p in a.in_sentence(sentence)
            ):
                break
            out.append((nlo, nhi))
            hi = nhi
    return out


def _background(a: Analysis, hit: Hit, lex: EventLexicon) -> bool:
    """A participle in an apposition about someone: "Breda, arrivato in estate, ..."."""
    doc = a.doc
    lo, _ = clause_bounds(doc, hit.start, hit.end, a.lang)
    if hit.start != lo or lo < 2 or doc[lo - 1].text != "," or not _passive(a, hit, lex):
        return False
    end = doc[lo - 2].idx + len(doc[lo - 2])
    return any(m.kind == "person" and m.end == end for m in a.mentions)


def _thing_object(a: Analysis, hit: Hit, coach: str | None, lex: EventLexicon) -> bool:
    """Is the verb's object a thing, an article and a common noun right after it ("sceglie la
    difesa a tre", "ha scelto la strada"), not a coach ("ha scelto il tecnico Rossi")?"""
    doc = a.doc
    if hit.end - hit.start != 1 or doc[hit.start].lemma_.lower() not in lex.choice_lemmas:
        return False
    if hit.end + 1 >= len(doc) or doc[hit.end].norm_ not in lex.choice_articles:
        return False
    noun = doc[hit.end + 1]
    if not noun.is_alpha or not noun.text.islower() or noun.norm_ in lex.coach_cues:
        return False
    if lex.coach_words.search(noun.norm_) or noun.norm_ in lex.choice_of_coach:
        return False  # "ha scelto la soluzione interna": a coach after all
    after = noun.idx + len(noun.text) + 1
    return not any(  # "ha scelto il quarantenne Rossi": the man follows at once
        m.kind == "person" and m.key == coach and doc[hit.end].idx <= m.start <= after
        for m in a.mentions
    )


def _finite_active(a: Analysis, hit: Hit, lex: EventLexicon) -> bool:
    """A verb in a finite active form ("sceglie", "affida"): the person before it is its
    subject, who chooses, not the coach chosen ("Per ripartire Inzaghi sceglie la strada più
    lunga"), unless a club is its object ("Pazienza sceglie la Casertana")."""
    if not hit.trigger.club_subject or not hit.phrase.startswith("~"):
        return False
    first = a.doc[hit.start]
    if first.norm_.endswith(lex.participle_endings) or first.norm_.endswith(_INFINITIVES):
        return False
    before = a.doc[hit.start - 1].norm_ if hit.start > 0 else ""
    if before in lex.object_clitics or before in lex.noun_markers:
        return False  # "il Bologna lo solleva dall'incarico", "nessun esonero"
    after = a.doc[hit.end : hit.end + 3]
    lo, hi = after.start_char, after.end_char
    return not any(m.kind in ("club", "nickname") and lo <= m.start < hi for m in a.mentions)


_INFINITIVES = ("are", "ere", "ire", "arsi", "ersi", "irsi", "ando", "endo")


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


def _kind(etype: str) -> str:
    return "departure" if etype in DEPARTURES else "arrival" if etype in ARRIVALS else etype


def _distance(hit: Hit, span) -> tuple[int, str]:
    if span.start >= hit.end:
        return span.start - hit.end, "after"
    if span.end <= hit.start:
        return hit.start - span.end, "before"
    return 0, "inside"


_LIST_TOKENS = frozenset({",", "e", "ed", "lo", "la", "il", "stesso", "stessa", "anche", "di"})


def _referenced(a: Analysis, sentence: int, lex: EventLexicon, arrival: bool) -> set[str]:
    """People named only as a reference point ("il vice di Sarri"), and, for an arrival, the
    predecessors a list names ("dopo Paulo Sousa, Filippo Inzaghi e lo stesso Liverani")."""
    doc = a.doc
    people = [
        (m, doc.char_span(m.start, m.end, alignment_mode="expand"))
        for _, m in a.in_sentence(sentence)
        if m.kind == "person" and m.key
    ]
    in_names = {k for _, sp in people if sp is not None for k in range(sp.start, sp.end)}
    out = set()
    for m, sp in people:
        if sp is None:
            continue
        k = sp.start
        if k >= 2 and doc[k - 1].norm_ in ("di", "del") and doc[k - 2].norm_ in lex.relation_nouns:
            out.add(m.key)
            continue
        if not arrival:
            continue
        if k >= 2 and doc[k - 1].norm_ in ("di", "del") and doc[k - 2].norm_ in lex.predecessor_of:
            out.add(m.key)  # "l'eredità di Juric"
            continue
        while k > 0 and (k - 1 in in_names or doc[k - 1].norm_ in _LIST_TOKENS):
            k -= 1
        if k > 0 and doc[k - 1].norm_ in lex.predecessor_before:
            out.add(m.key)
    return out


def _other_side(a: Analysis, sentence: int, club: str, lex: EventLexicon) -> bool:
    """Is the club named in the sentence only as another of its sides ("la Roma femminile",
    "la Primavera dell'Inter")?"""
    text = a.document.text
    named = [
        m
        for i, m in a.in_sentence(sentence)
        if a.clubs.get(i) == club and m.kind in ("club", "nickname", "city")
    ]
    if not named:  # "La Primavera, dopo l'esonero di X, è stata affidata a Y": the subject
        start, end = a.sentence_bounds[sentence]
        words = re.findall(r"\w+'?", normalise(text[start:end]))[:3]
        if words[1:2] and words[1] in lex.side_heads:
            del words[1]  # "la formazione Primavera"
        return len(words) > 1 and words[0] in lex.side_articles and words[1] in lex.side_words

    def side(m: Mention) -> bool:
        after = re.findall(r"\w+", normalise(text[m.end : m.end + 12].split("\n")[0]))[:1]
        lead = text[max(0, m.start - 20) : m.start].split("\n")[-1]  # a line break ends it
        before = normalise(lead).replace("'", "' ").split()[-2:]
        return bool(after and after[0] in lex.side_words) or (
            len(before) == 2 and before[0] in lex.side_words
        )

    return all(side(m) for m in named)


def _side_after(a: Analysis, hit: Hit, lex: EventLexicon) -> bool:
    """Does the trigger name another side right after it ("è il nuovo allenatore della
    Primavera", "la panchina dell'Under 17"), or right before ("alla guida della Primavera
    arriva X")?"""
    lead = [t.norm_ for t in a.doc[max(0, hit.start - 3) : hit.start]]
    if len(lead) == 3 and lead[0] in lex.side_benches and lead[2] in lex.side_words:
        return True  # "Alla guida della Primavera arriva X"
    sent = [t.norm_ for t in a.doc[a.doc[hit.start].sent.start : hit.start]]
    if any(  # "cambia la panchina della Primavera: via Guidi, tocca a Falsini"
        w in lex.side_benches and sent[k + 1] in lex.side_of and sent[k + 2] in lex.side_words
        for k, w in enumerate(sent[:-2])
    ):
        return True
    words = [t.norm_ for t in a.doc[hit.end : hit.end + 4]]
    if words and words[0] in lex.coach_cues:
        del words[0]  # "è il nuovo | allenatore della Primavera"
    return (
        len(words) >= 2
        and words[0] in lex.side_of
        and (
            words[1] in lex.side_words
            or (words[1] in lex.side_heads and words[2:3] and words[2] in lex.side_words)
        )
    )


def _youth_coach_apposed(a: Analysis, coach: str, lex: EventLexicon) -> bool:
    """Is the coach described, right after his name, as a youth side's coach ("Malagoli,
    allenatore della Primavera dall'estate 2022")? His departure, told there or anywhere in
    the story ("Ringraziamo Fabio"), is that side's."""
    text = a.document.text
    for m in a.mentions:
        if m.kind == "person" and m.key == coach:
            after = normalise(text[m.end : m.end + 40]).lstrip()
            if after.startswith(",") and lex.interim_roles.match(after[1:].lstrip()):
                return True
    return False


def _side_story(a: Analysis, sentence: int, club: str, lex: EventLexicon) -> bool:
    """Is the whole story about another side of the club ("Juventus Women, è Canzi il nuovo
    allenatore")? Its headline names the club only as that side; a sentence that speaks of
    the first team still counts."""
    if sentence == 0 or not _other_side(a, 0, club, lex):
        return False
    return lex.first_team.search(_sentences(a)[sentence]) is None


def _national_team(a: Analysis, club: str) -> bool:
    known = a.gazetteer.clubs.get(club)
    return known is not None and known.region == "nazionale"


def _arrival_objects(a: Analysis, sent, hits) -> set[str]:
    """People right after an arrival's words in the sentence ("la squadra era stata affidata
    per una gara a Pellicani"): the one who comes, never the one who leaves."""
    starts = {
        h.end
        for h in hits
        if sent.start <= h.start < sent.end
        and h.trigger.type in ARRIVALS
        and h.trigger.coach == "after"
        and h.trigger.replaces is None
        and h.trigger.adjacent is None  # not an elliptic "squadra a X" inside other words
    }
    out = set()
    for m in a.mentions:
        if m.kind == "person" and m.key and sent.start_char <= m.start < sent.end_char:
            span = a.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.start in starts:
                out.add(m.key)
    return out


def _successors(a: Analysis, sentence: int, lex: EventLexicon) -> set[str]:
    """People named right after "il sostituto", "il nuovo allenatore": arriving, not leaving."""
    out = set()
    text = a.document.text
    for _, m in a.in_sentence(sentence):
        if m.kind == "person" and m.key:
            before = normalise(text[max(0, m.start - 30) : m.start]).rstrip(" :,")
            if lex.successor_nouns.search(before[-24:]) and before.endswith(
                tuple(normalise(w) for w in lex.successor_words)
            ):
                out.add(m.key)
    return out


def _choose_coach(
    a: Analysis, hit: Hit, persons, exclude: set, side_wanted: str, rivals=()
) -> str | None:
    """The nearest person on the side the trigger wants; a person outside the trigger's clause
    is not taken when another trigger stands nearer to him ("Con l'arrivo di Tudor
    ..., senza contare gli allenatori ad interim")."""
    doc = a.doc
    lo, hi = clause_bounds(doc, hit.start, hit.end, a.lang)
    sent = doc[hit.start].sent
    # A participle of another family in an apposition does not compete: "Tedeschi, arrivato
    # in estate e sollevato ieri" is the sacking's man.
    family = _kind(hit.trigger.type)
    lex = get_event_lexicon(a.lang)
    rivals = [
        r
        for r in rivals
        if sent.start <= r.start < sent.end
        and (_kind(r.trigger.type) == family or not _background(a, r, lex))
        # "fuori Di Francesco (risoluzione consensuale il 7/10)": a vague word of the same
        # family does not keep the precise one from its man
        and not (r.trigger.vague and not hit.trigger.vague and _kind(r.trigger.type) == family)
    ]
    best, best_score = None, None
    for _, m in persons:
        if m.key in exclude:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        dist, side = _distance(hit, span)
        if not (lo <= span.start < hi) and any(_distance(r, span)[0] < dist for r in rivals):
            continue
        score = float(dist)
        if side_wanted in ("after", "before") and side not in (side_wanted, "inside"):
            if hit.trigger.strict_side:
                continue
            score += 12
        if not (lo <= span.start < hi):
            arrival = hit.trigger.type in ARRIVALS
            if arrival and side == "after" and _quote_between(doc, hit.end, span.start):
                continue  # "ha scelto la diplomazia: «Massimiliano è bravo»": a quote's man
            score += 5
        prev = doc[span.start - 1].norm_ if span.start > 0 else ""
        if prev in {"di", "del", "dello", "della"} and span.start - 1 != hit.end - 1 and dist > 1:
            score += 6
        if best_score is None or score < best_score:
            best, best_score = m.key, score
    return best


def _quote_between(doc, lo: int, hi: int) -> bool:
    """Does a quotation open between two tokens?"""
    return any(t.text in ('"', "«", "“") for t in doc[lo:hi])


def _presented(drafts: list[_Draft]) -> list[_Draft]:
    """A presentation that names nobody ("La presentazione alla stampa si terrà domani") is
    the club's one newcomer's; with none, or several, it is nobody's."""
    out = []
    for d in drafts:
        if d.type == "presentation" and d.anaphoric:
            came = {o.coach for o in drafts if o.type in ARRIVALS and o.club == d.club}
            if len(came) != 1:
                continue
            d.coach = next(iter(came))
        out.append(d)
    return out


def _newcomers_presented(drafts: list[_Draft]) -> list[_Draft]:
    """A coach the story sees leave who "si è presentato in sala stampa" met the press after
    a match: a presentation introduces a newcomer."""
    gone = {(d.club, d.coach) for d in drafts if d.type in DEPARTURES}
    came = {(d.club, d.coach) for d in drafts if d.type in ARRIVALS}
    return [
        d for d in drafts if not (d.type == "presentation" and (d.club, d.coach) in gone - came)
    ]


OLD_NEWS_DAYS = 30  # a change dated only by a month that ended this long ago is background


def _old_news(a: Analysis, drafts: list[_Draft]) -> list[_Draft]:
    """In a story about one or two clubs, a change dated only by its month, a month that ended
    weeks before the news ("si è seduto sulla panchina della Cremonese a giugno" in August),
    is background; a round-up of many clubs tells such months as its news."""
    pub = a.document.published
    clubs = {d.club for d in drafts if d.type in CHANGE_TYPES}
    if pub is None or pub.day is None or len(clubs) > 2:
        return drafts
    limit = pub.to_date().toordinal() - OLD_NEWS_DAYS
    return [
        d
        for d in drafts
        if not (
            d.type in CHANGE_TYPES
            and d.date_written
            and d.date is not None
            and d.date.month is not None
            and d.date.day is None
            and d.date.last_date().toordinal() < limit
            and d.support <= 1  # told once, in passing,
            and d.sentence > 2  # not by the headline or the lead, nor by a list's item
            and not list_item(a, a.paragraph_of(a.sentence_bounds[d.sentence][0]))
        )
    ]


def _stand_ins(a: Analysis, drafts: list[_Draft], lex: EventLexicon) -> list[_Draft]:
    """ "Juric, squalificato per un turno, ... In panchina va Paro": a bench for one match
    while the coach is suspended or ill is no change, when nobody leaves the club."""
    said = _sentences(a)
    gone = {d.club for d in drafts if d.type in DEPARTURES}
    return [
        d
        for d in drafts
        if not (
            d.type in ARRIVALS
            and d.club not in gone
            and any(lex.stand_in.search(said[k]) for k in (d.sentence - 1, d.sentence) if k >= 0)
        )
    ]


def _resolve_anaphora(drafts: list[_Draft]) -> None:
    """ "Due giorni fa alzava la Coppa, oggi non è più l'allenatore della Juventus. Allegri è
    stato esonerato": the coach leaving is the one the document names as leaving, when it names
    exactly one at that club, not merely the last name before the pronoun."""
    for d in drafts:
        if not d.anaphoric or d.type not in DEPARTURES:
            continue
        named = {
            o.coach
            for o in drafts
            if o.type in DEPARTURES and not o.anaphoric and (o.club, o.status) == (d.club, d.status)
        }
        if len(named) == 1:
            d.coach = next(iter(named))


def _predecessors_named(a: Analysis, lex: EventLexicon) -> tuple[set[str], dict[str, set[str]]]:
    """People the document names as someone's predecessor: outright ("l'eredità di Juric"),
    and by a departure framing the story ("Dopo l'addio di Di Francesco, il Frosinone ..."),
    the latter with the club of its sentence (else of its paragraph)."""
    doc = a.doc
    named: set[str] = set()
    framed: dict[str, set[str]] = {}
    for m in a.mentions:
        if m.kind != "person" or not m.key:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        k = span.start if span is not None else 0
        if k < 2 or doc[k - 1].norm_ not in lex.predecessor_links:
            continue
        noun = doc[k - 2].norm_
        if noun in lex.predecessor_of:
            named.add(m.key)
        elif (
            noun in lex.predecessor_departures
            and {t.norm_ for t in doc[max(0, k - 5) : k - 2]} & lex.predecessor_before
            and not is_historical(a, m.sentence)  # a biography's "dopo l'esonero di Stroppa"
        ):
            clubs = {a.clubs[i] for i, _ in a.in_sentence(m.sentence) if i in a.clubs}
            club = clubs or {paragraph_club(a, m.start, lex)}
            framed.setdefault(m.key, set()).update(c for c in club if c)
    return named, framed


def _sentences(a: Analysis) -> list[str]:
    """The document's sentences in the form cues match on, made once per document."""
    memo = a.doc.user_data
    if "sentences" not in memo:
        text = a.document.text
        memo["sentences"] = [normalise(text[s:e]) for s, e in a.sentence_bounds]
    return memo["sentences"]


def _named_where(a: Analysis, cue, skip=frozenset(), masked=None, back: bool = False) -> set[str]:
    """People named in the sentences a cue matches (`skip`: sentence numbers left out;
    `masked`: phrases removed first; `back`: a sentence naming nobody speaks of the people of
    the sentence before, "... le proprie dimissioni. Il presidente le ha respinte")."""
    out: set[str] = set()
    for n, text in enumerate(_sentences(a)):
        if n in skip:
            continue
        if cue.search(masked.sub(" ", text) if masked is not None else text):
            named = {m.key for _, m in a.in_sentence(n) if m.kind == "person" and m.key}
            if not named and back and n > 0:
                named = {m.key for _, m in a.in_sentence(n - 1) if m.kind == "person" and m.key}
            out |= named
    return out


def _denied_in_document(a: Analysis, drafts: list[_Draft]) -> None:
    """A rumour the document itself denies by name ("il club smentisce le voci: «Venturato non
    è in discussione»") is denied."""
    denying = _named_where(a, get_cues(a.lang).document_denial)
    for d in drafts:
        if d.status == "rumour" and d.coach in denying:
            d.status = "denied"
    # "il club smentisce l'esonero di Lorusso": the newcomer the rumour named goes with it
    for club in {d.club for d in drafts}:
        gone = [d for d in drafts if d.club == club and d.type in DEPARTURES]
        if gone and all(d.status == "denied" for d in gone):
            for d in drafts:
                if d.club == club and d.type in ARRIVALS and d.status == "rumour":
                    d.status = "denied"


def _refused_resignations(a: Analysis, drafts: list[_Draft]) -> list[_Draft]:
    """A resignation the club turned down ("le ha respinte") changes nothing: the coach stays."""
    refused = _named_where(a, get_cues(a.lang).refused_resignation, back=True)
    if not refused:
        return drafts
    return [d for d in drafts if not (d.type == "resignation" and d.coach in refused)]


def _framed_resignations(a: Analysis, drafts: list[_Draft]) -> list[_Draft]:
    """A document that calls a resignation a sacking in disguise ("un esonero mascherato", "le
    dimissioni sono state la formula concordata") reports a dismissal."""
    if not get_cues(a.lang).framed_resignation.search(normalise(a.document.text)):
        return drafts
    quit_ = [d for d in drafts if d.type == "resignation" and d.status == "official"]
    if len({d.coach for d in quit_}) != 1:
        return drafts
    coach = quit_[0].coach
    sacked = [d for d in drafts if d.type == "dismissal" and d.coach == coach]
    if not sacked:
        quit_[0].type = "dismissal"
        return drafts
    for d in sacked:
        d.status = "official"
        d.evidence += [e for e in quit_[0].evidence if e not in d.evidence]
    return [d for d in drafts if d is not quit_[0]]


def _drop_kept(a: Analysis, drafts: list[_Draft]) -> list[_Draft]:
    """A coach the document keeps in his job ("Dellisanti resta al suo posto", "la società
    blinda Dellisanti") is nobody's rumoured newcomer at his own club: "è il nostro allenatore
    e lo sarà anche domenica" speaks of the present bench."""
    cues = get_cues(a.lang)
    kept = _named_where(
        a,
        cues.confirmation,
        skip={d.sentence for d in drafts if d.type in DEPARTURES},  # "la fiducia dura tre
        masked=cues.idioms,  # giorni: Mancuso sollevato"; "il suo vice di fiducia"
    )
    leaving = {(d.club, d.coach) for d in drafts if d.type in DEPARTURES}
    changed = {d.club for d in drafts if d.type in DEPARTURES and d.status == "official"}
    return [
        d
        for d in drafts
        if not (
            d.type in ARRIVALS
            and d.coach in kept
            and (
                (d.status == "rumour" and (d.club, d.coach) not in leaving)
                # «Abbiamo scelto Nicola perché è l'uomo giusto»: the confirmed coach's own
                # arrival, quoted, at a club nobody leaves, is the story's past
                or (
                    d.status == "official"
                    and d.club not in changed
                    and _quoted(a, a.doc[d.hit.start].idx)
                )
            )
        )
    ]


def _quoted(a: Analysis, char: int) -> bool:
    """Is the character inside a quotation of its paragraph ("…", «…»)?"""
    start = a.paragraph_starts[a.paragraph_of(char)]
    before = a.document.text[start:char]
    if before.rfind("«") > before.rfind("»"):
        return True
    return (before.count('"') + before.count("“") - before.count("”")) % 2 == 1


def _drop_guessed(drafts: list[_Draft]) -> list[_Draft]:
    """An official arrival at a guessed club gives way to the same coach's official arrival at
    a club named outright ("Chi è X, il nuovo tecnico" then "X è il nuovo allenatore del
    Südtirol"): nobody starts at two clubs at once."""
    named = {
        d.coach
        for d in drafts
        if not d.club_guessed and d.type in ARRIVALS and d.status == "official"
    }
    return [
        d
        for d in drafts
        if not (d.club_guessed and d.type in ARRIVALS and d.status == "official")
        or d.coach not in named
        or any(o.club == d.club and not o.club_guessed for o in drafts if o.coach == d.coach)
    ]


def _pending(drafts: list[_Draft], lang: str) -> set[tuple[str, str]]:
    """(club, coach) of arrivals the document calls not done yet ("firmerà domani") and
    states done nowhere with an official cue of its own."""
    cues = get_cues(lang)
    pending, stated = set(), set()
    for d in drafts:
        # "L'esonero di X è deciso, si attende solo l'ufficialità": of a departure, only when
        # its sentence names nobody else (not "via X, si attende l'ufficialità di Y")
        if d.type not in ARRIVALS and not (d.type in DEPARTURES and d.extra.get("alone")):
            continue
        quotes = [normalise(ev.quote) for ev in d.evidence]
        if any(cues.pending.search(q) for q in quotes):
            pending.add((d.club, d.coach))
        elif d.status == "official" and any(cues.official.search(q) for q in quotes):
            stated.add((d.club, d.coach))
    return pending - stated


def _merge(drafts: list[_Draft], lang: str = "it") -> list[_Draft]:
    """One draft per (type, club, coach); departures of one coach from one club become one."""
    not_yet = _pending(drafts, lang)
    for d in drafts:
        if d.status == "official" and (d.club, d.coach) in not_yet:
            d.status = "rumour"
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
        if cur.anaphoric and not d.anaphoric:  # a name said outright outweighs "il tecnico"
            cur.status, cur.anaphoric = d.status, False
        elif _STATUS_RANK[d.status] > _STATUS_RANK[cur.status] and not d.anaphoric:
            cur.status = d.status
        if d.type == "interim_appointment" and d.status != "denied":
            cur.type = d.type
        if cur.hit.trigger.vague and not d.hit.trigger.vague:
            cur.type, cur.hit = d.type, d.hit
        elif d.type == "mutual_termination" and not d.hit.trigger.vague:
            cur.type = d.type
        cur.replaces = cur.replaces or d.replaces
        cur.announced = cur.announced or d.announced
        if d.date and (
            cur.date is None
            or (d.date_written and not cur.date_written)
            or (d.date_written and cur.date_borrowed and not d.date_borrowed)
            or (
                d.date_written == cur.date_written
                and d.date_borrowed == cur.date_borrowed
                and cur.date.inferred
                and not d.date.inferred
            )
        ):
            cur.date, cur.date_written = d.date, d.date_written
            cur.date_borrowed = d.date_borrowed
        cur.position = cur.position or d.position
        cur.league = cur.league or d.league
        cur.reason = cur.reason or d.reason
        for k, v in d.extra.items():
            cur.extra.setdefault(k, v)
    return list(out.values())


def _link(a: Analysis, drafts: list[_Draft], lex: EventLexicon) -> None:
    """Predecessor and successor within one club when the document names one of each."""
    named_before, framed = _predecessors_named(a, lex)
    by_club: dict[str, list[_Draft]] = {}
    for d in drafts:
        by_club.setdefault(d.club, []).append(d)
    for club, group in by_club.items():
        gone = [d for d in group if d.type in DEPARTURES and d.status == "official"]
        for d in group:  # "esonerato Allegri ... la squadra sarà affidata ad interim a Montero"
            if d.announced and gone:
                d.status = "official"  # the caretaker is part of the departure's decision
                d.date = d.date or gone[0].date
            if (
                d.type in ARRIVALS
                and len(gone) == 1
                and gone[0].date_written
                and any(lex.same_announcement.search(normalise(ev.quote)) for ev in d.evidence)
            ):
                d.date = gone[0].date  # "Nello stesso comunicato ... al suo posto X"
        came = [d for d in group if d.type in ARRIVALS]
        for d in came:  # "Sannino esonerato dopo tre giornate, al suo posto Gasperini"
            here = {o.coach for o in group if o.type in DEPARTURES and o.sentence == d.sentence}
            if d.replaces is None and len(here - {d.coach}) == 1:
                d.replaces = next(iter(here - {d.coach}))
        # The predecessor is the one coach the document sees leave the club: officially, else
        # by rumour or denied rumour ("Di Francesco verso l'addio, Ranieri in pole").
        leaving = gone or [d for d in group if d.type in DEPARTURES]
        if len({d.coach for d in leaving}) == 1:
            for d in came:
                if d.replaces is None and d.coach != leaving[0].coach:
                    d.replaces = leaving[0].coach
        # "l'eredità di Juric" (the document's one such person), else "dopo l'addio di X"
        # told of this club
        before = named_before or {p for p, clubs in framed.items() if club in clubs}
        if not leaving and not before:  # "Braglia rischia: in pole Marino"
            before = {c for k, c in a.doc.user_data.get("at_risk", ()) if k == club}
        if not leaving and len(before) == 1:
            for d in came:
                if d.replaces is None and d.coach not in before:
                    d.replaces = next(iter(before))
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
