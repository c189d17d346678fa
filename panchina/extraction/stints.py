"""Career stints from biographies: role, team, start, end, end reason, honours.

A biography is read clause by clause in order, as a reader does: a clause about the subject
with a role phrase (stints.toml) opens a stint; later clauses date it, end it ("viene esonerato",
"resta solo un anno", "tra febbraio ed aprile 2021") or add honours ("vince il campionato").
Season phrases ("nella stagione successiva") are anchored on the last year the text gave.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from panchina.analyse import Analysis
from panchina.analyse.nlp import get_nlp, normalise
from panchina.extraction.events import club_ref, evidence_for, person_ref
from panchina.extraction.status import split_clauses
from panchina.extraction.triggers import Anchors, compile_phrase, not_anchors
from panchina.lang import load_pack
from panchina.models import Event, PartialDate, Stint

# Words that open an apposition describing a person ("Angelo Alessio, vice di Conte").
_APPOSITION_HEADS = frozenset(
    {
        "vice",
        "ex",
        "allenatore",
        "tecnico",
        "collaboratore",
        "assistente",
        "secondo",
        "già",
        "attuale",
        "storico",
        "braccio",
        "fedele",
    }
)
_ROLE_ORDER = (
    "youth_coordinator",
    "youth_coach",
    "assistant_coach",
    "interim_head_coach",
    "head_coach",
)


@dataclass(frozen=True)
class StintLexicon:
    anchors: Anchors
    durations: dict[str, int]
    win: re.Pattern[str]
    honours: list[tuple[str, re.Pattern[str]]]
    skip_before: frozenset[str]
    unknown_before: frozenset[str]
    not_teams: frozenset[str]


@cache
def get_stint_lexicon(lang: str = "it") -> StintLexicon:
    pack = load_pack(lang)
    data = pack["stints"]
    nlp = get_nlp(lang)
    anchors = Anchors(nlp.vocab, not_anchors(lang))
    groups = [(f"role:{g['role']}", g["patterns"]) for g in data["role"]]
    groups += [(f"end:{reason}", phrases) for reason, phrases in data["end"].items()]
    for prefix, phrases in groups:
        for n, phrase in enumerate(phrases):
            key = f"{prefix}:{n}"
            nlp.vocab.strings.add(key)
            anchors.add(key, compile_phrase(phrase))
    win = data["honours"]["win_words"]
    honours = []
    for label, forms in pack["competitions"]["honours"].items():
        for form in forms:
            honours.append((label, re.compile(r"(?<!\w)" + re.escape(form) + r"(?!\w)")))
    honours.sort(key=lambda h: -len(h[1].pattern))
    return StintLexicon(
        anchors=anchors,
        durations={normalise(k): v for k, v in data["durations"].items()},
        win=re.compile(r"(?<!\w)(?:" + "|".join(re.escape(normalise(w)) for w in win) + r")(?!\w)"),
        honours=honours,
        skip_before=frozenset(data["club_context"]["skip_before"]),
        unknown_before=frozenset(data["unknown_teams"]["before"]),
        not_teams=frozenset(data["unknown_teams"]["not_teams"]),
    )


def biography_subject(a: Analysis, events: list[Event] | None = None) -> str | None:
    """The person a biography is about: named in the headline, else the most mentioned.

    Italian drops subject pronouns, so the subject is under-counted ("Nel 2016 si trasferisce
    allo Spartak"): the headline and the first person named weigh more than mere counts.
    """
    title_end = len(a.document.title or "") if a.document.title else 0
    counts: Counter[str] = Counter()
    first = None
    for m in a.mentions:
        if m.kind != "person" or not m.key:
            continue
        counts[m.key] += 1 + (3 if m.start < title_end else 0)
        if first is None and m.start >= title_end:
            first = m.key
            counts[m.key] += 2
    for e in events or ():  # the portrait of a new coach is about the new coach
        if e.type in ("appointment", "interim_appointment") and e.status == "official":
            counts[e.coach.name] += 2
    if not counts:
        return None
    name, n = counts.most_common(1)[0]
    return name if n >= 3 else None


def _add_months(d: PartialDate, months: int) -> PartialDate:
    if d.month is None:
        return PartialDate(d.year + round(months / 12), None, None, True)
    total = d.year * 12 + (d.month - 1) + months
    return PartialDate(total // 12, total % 12 + 1, None, True)


def extract_stints(a: Analysis, events: list[Event]) -> list[Stint]:
    """Stints told in the document's biography plus those its official events open or close."""
    stints = _biography(a, events)
    for e in events:
        if e.status != "official":
            continue
        if e.type in ("appointment", "interim_appointment"):
            role = "head_coach" if e.type == "appointment" else "interim_head_coach"
            if not any(s.team == e.club and s.coach == e.coach and s.role == role for s in stints):
                stints.append(
                    Stint(e.coach, e.club, role, e.date, None, None, [], list(e.evidence))
                )
        elif e.type in ("dismissal", "resignation", "mutual_termination"):
            stints.append(
                Stint(e.coach, e.club, "head_coach", None, e.date, e.type, [], list(e.evidence))
            )
    return stints


def _biography(a: Analysis, events: list[Event]) -> list[Stint]:
    subject = biography_subject(a, events)
    if subject is None:
        return []
    lex = get_stint_lexicon(a.lang)
    doc = a.doc
    strings = doc.vocab.strings
    coach = person_ref(subject)
    stints: list[Stint] = []
    current: Stint | None = None
    anchor: int | None = None  # last year the text stated
    matches = sorted(lex.anchors.match(doc), key=lambda m: m[1])
    clauses = split_clauses(doc, a.lang)
    for n_clause, (lo, hi) in enumerate(clauses):
        span = doc[lo:hi]
        text = normalise(span.text)
        start_char, end_char = span.start_char, span.end_char
        sentence = a.sentence_of(start_char)
        times = [t for t in a.times if start_char <= t.start < end_char and t.kind != "time"]
        persons = [m for m in a.mentions if m.kind == "person" and start_char <= m.start < end_char]
        here = [(strings[mid], s, e) for mid, s, e in matches if lo <= s < hi]
        roles = [k.split(":")[1] for k, _, _ in here if k.startswith("role:")]
        ends = [(k.split(":")[1], s) for k, s, _ in here if k.startswith("end:")]
        cue_start = min((s for _, s, _ in here), default=hi)
        focus = doc[cue_start].idx if here else _first_win(lex, text, start_char, end_char)
        others_first = any(m.key != subject and m.start < focus for m in persons)
        # "l'arrivo sulla panchina di Conte" is Conte's stint; "vice di Conte" is the subject's.
        assistant_at = [s for key, s, _ in here if key.startswith("role:assistant_coach")]
        owner_after = any(
            m.key != subject
            and 0 <= _gap_tokens(a, cue_end, m) <= 6
            and doc[_token_of(a, m) - 1].norm_ in ("di", "del", "dello")
            and not any(cue_end <= s < _token_of(a, m) for s in assistant_at)
            for m in persons
            for key, _, cue_end in here
            if not key.startswith("role:assistant_coach")
        )
        about_subject = not (others_first or owner_after or _apposition(a, lo, subject))
        year_values = [t for t in times if t.value is not None and not t.value.inferred]
        if roles and about_subject:
            role = min(roles, key=_ROLE_ORDER.index)
            team = _team(a, lo, hi, lex)
            if team is None and n_clause + 1 < len(clauses):  # "..., al Guangzhou Evergrande"
                nlo, nhi = clauses[n_clause + 1]
                if a.sentence_of(doc[nlo].idx) == sentence:
                    team = _team(a, nlo, nhi, lex)
            if team is None and current is not None:
                team = current.team.id[2:]
            if team is not None:
                season_anchor = current.end.year if current and current.end else anchor
                start = _start(
                    a, times, sentence, start_char, doc[cue_start].idx, text, season_anchor, lex
                )
                current = Stint(
                    coach,
                    club_ref(a, team),
                    role,
                    start,
                    None,
                    None,
                    [],
                    [evidence_for(a, sentence)],
                )
                stints.append(current)
        elif ends and current is not None and about_subject and current.end is None:
            current.end = _start(
                a, times, sentence, start_char, doc[cue_start].idx, text, None, lex
            )
            current.end_reason = ends[0][0]
            current.evidence.append(evidence_for(a, sentence))
        if current is not None and about_subject:
            _dates_and_length(current, times, text, lex, stints[-1] is current and roles != [])
            if lex.win.search(text):
                for label, rx in lex.honours:
                    if rx.search(text):
                        year = re.search(rx.pattern + r"\s+(?:del\s+|nel\s+)?(\d{4})", text)
                        name = f"{label} {year.group(1)}" if year else label
                        if not any(h.startswith(label) for h in current.honours):
                            current.honours.append(name)
                        text = rx.sub(" ", text)
        for t in year_values:
            anchor = (t.end_value or t.value).year
    return stints


def _apposition(a: Analysis, lo: int, subject: str) -> bool:
    """Does the clause describe someone else named right before it ("Alessio, vice di Conte")?"""
    if lo < 2 or a.doc[lo - 1].text != "," or a.doc[lo].norm_ not in _APPOSITION_HEADS:
        return False
    end = a.doc[lo - 2].idx + len(a.doc[lo - 2])
    return any(m.kind == "person" and m.key != subject and m.end == end for m in a.mentions)


def _first_win(lex: StintLexicon, text: str, start_char: int, end_char: int) -> int:
    """Character offset of the first word of winning in a clause (its end if none)."""
    m = lex.win.search(text)
    return start_char + m.start() if m else end_char


def _token_of(a: Analysis, m) -> int:
    span = a.doc.char_span(m.start, m.end, alignment_mode="expand")
    return span.start if span is not None else 0


def _gap_tokens(a: Analysis, end_token: int, m) -> int:
    span = a.doc.char_span(m.start, m.end, alignment_mode="expand")
    return -1 if span is None else span.start - end_token


def _team(a: Analysis, lo: int, hi: int, lex: StintLexicon) -> str | None:
    doc = a.doc
    for i, m in enumerate(a.mentions):
        if not (doc[lo].idx <= m.start < doc[hi - 1].idx + len(doc[hi - 1])):
            continue
        club = a.clubs.get(i)
        if club is None:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        prev = [t.norm_.rstrip("'") for t in doc[max(lo, span.start - 2) : span.start]]
        if any(p in lex.skip_before for p in prev):
            continue
        return club
    return _unknown_team(a, lo, hi, lex)


def _unknown_team(a: Analysis, lo: int, hi: int, lex: StintLexicon) -> str | None:
    """A capitalised name after an article or preposition that no gazetteer entry knows."""
    doc = a.doc
    people = {
        i
        for m in a.mentions
        if m.kind in ("person", "competition", "stadium", "city")
        for sp in [doc.char_span(m.start, m.end, alignment_mode="expand")]
        if sp
        for i in range(sp.start, sp.end)
    }
    for i in range(lo, hi - 1):
        if doc[i].norm_ not in lex.unknown_before:
            continue
        j = i + 1
        while (
            j < hi
            and j - i <= 3
            and j not in people
            and doc[j].text[:1].isupper()
            and any(c.isalpha() for c in doc[j].text)
        ):
            j += 1
        if j > i + 1 and doc[i + 1].text not in lex.not_teams:
            name = doc[i + 1 : j].text
            return a.gazetteer.add_unknown(name)
    return None


def _start(
    a,
    times,
    sentence: int,
    clause_start: int,
    cue_char: int,
    text: str,
    anchor: int | None,
    lex: StintLexicon,
) -> PartialDate | None:
    """When a stint began: a date before the role phrase, else earlier in the sentence, else
    a season phrase anchored on the last stated year, else a date after the phrase that is
    not a trophy's ("lo scudetto nel 2012")."""

    def stated(t) -> bool:
        return t.value is not None and not t.value.inferred and t.kind not in ("time", "season")

    before = [t for t in times if t.start < cue_char and stated(t)]
    if before:
        return before[-1].value
    start, _ = a.sentence_bounds[sentence]
    earlier = [t for t in a.times if start <= t.start < clause_start and stated(t)]
    if earlier:
        return earlier[-1].value
    for t in times:
        offset = getattr(t, "season_offset", None)
        if offset is not None and anchor is not None:
            # A bare year closes a season: the season after it starts that same year.
            return PartialDate(
                anchor + max(offset - 1, 0) if offset > 0 else anchor + offset, None, None, True
            )
    doc_text = a.document.text
    for t in times:
        if stated(t):
            lead = normalise(doc_text[max(0, t.start - 30) : t.start])
            if not any(rx.search(lead) for _, rx in lex.honours):
                return t.value
    return None


def _dates_and_length(stint: Stint, times, text: str, lex: StintLexicon, opened_here: bool) -> None:
    """A range dates the stint; "fino a ottobre" ends it; "solo un anno" gives its length."""
    for t in times:
        if t.kind == "range" and t.value is not None and t.end_value is not None:
            if stint.start is None or stint.start.precision != "day":
                stint.start = t.value
            stint.end = t.end_value
            return
        if t.kind == "range" and t.value is None and t.end_value is not None:
            end = t.end_value
            if end.inferred and stint.start is not None and end.month:
                year = stint.start.year if end.month >= 7 else stint.start.year + 1
                end = PartialDate(year, end.month, None, True)
            stint.end = end
            return
    if stint.end is None and stint.start is not None:
        for phrase, months in lex.durations.items():
            if re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text) and not opened_here:
                stint.end = _add_months(stint.start, months)
                return
