"""Careers told in prose: role, team, start, end, end reason and honours of each stint.

A biography is read clause by clause in order, as a reader does: a clause about the subject
with a role phrase (stints.toml) opens a stint; once a coaching career is being told, a club
after a preposition with a year opens one too ("poi al Nizza dal 2018 al 2020"); later clauses
date it, end it ("viene esonerato", "resta solo un anno", "tra febbraio ed aprile 2021") or add
honours ("vince il campionato"). Season phrases ("nella stagione successiva") are anchored on
the last year the text gave. Whom a sentence is about is worked out sentence by sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from panchina.analyse import Analysis
from panchina.analyse.gazetteer import fold, slug
from panchina.analyse.mentions import get_lexicon
from panchina.analyse.nlp import get_nlp, normalise, vocab_bound
from panchina.extraction.events import club_ref, coaches, evidence_for, not_coaches, person_ref
from panchina.extraction.lexicon import get_event_lexicon
from panchina.extraction.status import split_clauses
from panchina.extraction.triggers import Anchors, compile_phrase, not_anchors
from panchina.lang import load_pack
from panchina.models import Event, PartialDate, Ref, Stint

# Words between a role phrase and a name that make the role that person's: "l'arrivo sulla
# panchina di Conte", "affidata al tandem formato da Criscito e Murgita".
_OWNER_BEFORE = frozenset({"di", "del", "dello", "da", "a", "ad"})
_LIST_JOINERS = frozenset({"", "e", "il", "lo", "la", "l'", "poi", "infine", "quindi"})
_ARTICLES = frozenset({"il", "lo", "la", "l", "i", "gli", "le", "e", "infine", "poi"})
# What may stand right before a sentence's topic: its start, a clause boundary, "per".
_HEAD_AFTER = frozenset({"", ",", ":", ";", "(", "-", "–", "—", "per", '"', "«"})
# Object pronouns after a name: the name is an agent acting on the topic ("Zanin lo vuole").
_CLITICS = frozenset({"lo", "gli"})
# Words before a name that make it a complement, not the sentence's topic.
_OBJECT_BEFORE = frozenset(
    {
        "di",
        "del",
        "dello",
        "a",
        "al",
        "allo",
        "ad",
        "da",
        "dal",
        "dallo",
        "con",
        "col",
        "su",
        "sul",
        "tra",
        "fra",
        "che",
        "e",
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
    match_words: frozenset[str]
    unknown_before: frozenset[str]
    not_teams: frozenset[str]
    youth_sides: re.Pattern[str]
    side_of: re.Pattern[str]  # "del", "della" ending a text: a side's club follows
    apposition: frozenset[str]  # first words of a clause that describes the name before it
    club_after: frozenset[str]  # prepositions before a club a career step names
    career: re.Pattern[str]  # words that say a career is being told
    coaching: re.Pattern[str]  # words that say it is a coaching career
    playing: re.Pattern[str]  # words that say a playing career is being told
    playing_headings: frozenset[str]  # "Giocatore": a section of the playing days
    former: dict[str, frozenset[str]]  # "ex allenatore di X e Y": past benches of a name
    coached_by: frozenset[str]  # "il Como di Longo": the word between a club and its coach
    since: tuple[str, ...]  # "(Cosenza, dal 2020)": an open stint's start


@vocab_bound
def get_stint_lexicon(lang: str = "it") -> StintLexicon:
    pack = load_pack(lang)
    data = pack["stints"]
    nlp = get_nlp(lang)
    anchors = Anchors(nlp.vocab, not_anchors(lang))
    groups = [
        (f"role:{g['role']}:{'weak' if g.get('weak') else 'strong'}", g["patterns"])
        for g in data["role"]
    ]
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
        match_words=frozenset(data["club_context"]["match_words"]),
        unknown_before=frozenset(data["unknown_teams"]["before"]),
        not_teams=frozenset(data["unknown_teams"]["not_teams"]),
        youth_sides=re.compile(r"(?<!\w)(?:" + "|".join(data["youth"]["sides"]) + r")(?!\w)"),
        side_of=re.compile(
            r"\s+(?:" + "|".join(map(re.escape, data["youth"]["of"])) + r")\s*$", re.IGNORECASE
        ),
        apposition=frozenset(data["apposition"]["openers"]),
        club_after=frozenset(v for w in data["career"]["club_after"] for v in (w, w.rstrip("'"))),
        career=_words(data["career"]["cues"]),
        coaching=_words(data["career"]["coaching"]),
        playing=_words(data["career"]["playing"]),
        playing_headings=frozenset(data["career"]["playing_headings"]),
        former={k: frozenset(normalise(w) for w in v) for k, v in data["former"].items()},
        coached_by=frozenset(data["coached_by"]["links"]),
        since=tuple(data["bracketed"]["since"]),
    )


def _words(phrases: list[str]) -> re.Pattern[str]:
    alts = sorted({normalise(p) for p in phrases}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in alts) + r")(?!\w)")


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


def read_careers(a: Analysis, events: list[Event]) -> list[Stint]:
    """The stints the document's careers tell, whoever they belong to."""
    doc_subject = biography_subject(a, events)
    candidates = {e.coach.name for e in events} | {
        e.replaces.name for e in events if e.replaces is not None
    }
    lex = get_stint_lexicon(a.lang)
    if doc_subject is None and not candidates:
        found = _former_benches(a, lex, not_coaches(a), [], events)
        return found + _clubs_of_coaches(a, lex, found, events)
    reader = _CareerReader(a, lex, events)
    # Also whoever heads a sentence, but players and officials: a list of careers has no news
    # events ("Fanton aveva allenato ..."); a mentor is named as an object ("segue Emery").
    others = not_coaches(a)
    heads = {k for k in _heads(a, None).values() if k not in others}
    people = candidates | heads | {doc_subject} - {None}
    leaving = {e.coach.name for e in events if e.type in ("dismissal", "resignation")}
    leaving -= {e.coach.name for e in events if e.type not in ("dismissal", "resignation")}
    subjects = _sentence_subjects(a, doc_subject, people, leaving)
    clauses = split_clauses(a.doc, a.lang)
    carried: tuple[int, str] | None = None  # (sentence, person) of an apposition chain
    for n_clause, (lo, hi) in enumerate(clauses):
        sentence = a.sentence_of(a.doc[lo].idx)
        subject = subjects[sentence]
        described = _described(a, lo)  # "Semplici, senza panchina dopo ...": about Semplici
        if described is None and carried and carried[0] == sentence and a.doc[lo - 1].text == ",":
            described = carried[1]  # "X, ex centrocampista del Chelsea, che finora allenava"
        carried = (sentence, described) if described is not None else None
        passing = False  # a coach described in passing: "Gasperini, sulla panchina dal 2016"
        if described is not None and described != subject:
            subject, passing = described, described not in people
        if subject is not None:
            nxt = clauses[n_clause + 1] if n_clause + 1 < len(clauses) else None
            reader.read(subject, lo, hi, nxt, passing)
    if doc_subject is not None:
        reader.stints.extend(_career_table(a, doc_subject, lex, reader.stints))
    reader.stints.extend(_former_benches(a, lex, others, reader.stints, events))
    reader.stints.extend(_bracketed_benches(a, lex, reader.stints, events))
    reader.stints.extend(_clubs_of_coaches(a, lex, reader.stints, events))
    return reader.stints


_YEARS = re.compile(
    r"\s*,?\s*(?:(?P<since>[^\W\d]+'?)\s*)?(?P<y1>\d{4})(?:\s*[-–/]\s*(?P<y2>\d{2,4}))?\s*\)"
)


def _bracketed_benches(
    a: Analysis, lex: StintLexicon, known: list[Stint], events: list[Event]
) -> list[Stint]:
    """A coach listed with his club and years in brackets: "Roberto Venturato (Cittadella,
    2015-2022)", "Sartori (Cosenza, dal 2020)". Only for people the story calls coaches."""
    text = a.document.text
    have = {(s.coach.name, s.team.id): s for s in known}
    news = {(e.coach.name, e.club.id) for e in events}
    told = _coaches_told(a)
    title = normalise(a.document.title or text[:200].split("\n", 1)[0])
    if get_event_lexicon(a.lang).coach_words.search(title):  # "I tecnici più longevi"
        named = {m.key for m in a.mentions if m.kind == "person" and m.key}
        told = named - not_coaches(a)
    clubs = {m.start: i for i, m in enumerate(a.mentions) if i in a.clubs}
    out: list[Stint] = []
    for m in a.mentions:
        if m.kind != "person" or m.key not in told:
            continue
        opened = re.match(r"\s*\(\s*", text[m.end : m.end + 4])
        i = clubs.get(m.end + opened.end()) if opened else None
        if i is None:
            continue
        years = _YEARS.match(text, a.mentions[i].end)
        if years is None or (years["since"] and years["since"] not in lex.since):
            continue
        start = PartialDate(int(years["y1"]))
        end = None
        if years["y2"]:
            y2 = int(years["y2"])
            end = PartialDate(y2 if y2 > 999 else start.year // 100 * 100 + y2)
        elif not years["since"]:
            end = start  # "(Sion, 2013)": that one year
        ref = club_ref(a, a.clubs[i])
        told_before = have.get((m.key, ref.id))
        if told_before is not None:  # the career told it: the brackets give its years
            told_before.start = told_before.start or start
            told_before.end = told_before.end or end
            continue
        if (m.key, ref.id) in news:
            continue
        proof = [evidence_for(a, m.sentence)]
        stint = Stint(person_ref(m.key), ref, "head_coach", start, end, None, [], proof)
        have[(m.key, ref.id)] = stint
        out.append(stint)
    return out


def _coaches_told(a: Analysis) -> set[str]:
    """The document's people the story calls coaches, or known coaches, and no one else."""
    known = get_lexicon(a.lang).known_coaches
    named = {m.key for m in a.mentions if m.kind == "person" and m.key}
    famous = {k for k in named if fold(k.split()[-1]) in known and known[fold(k.split()[-1])] == k}
    return (coaches(a) | famous) - not_coaches(a)


def _clubs_of_coaches(
    a: Analysis, lex: StintLexicon, known: list[Stint], events: list[Event]
) -> list[Stint]:
    """Benches named by a club and its coach: "il Como di Moreno Longo", "la Reggina di Pippo
    Inzaghi". A match report names every side this way; the person must be a coach in the
    story's eyes (or a known coach), so "il Napoli di De Laurentiis" names no bench."""
    doc = a.doc
    have = {(s.coach.name, s.team.id) for s in known}
    have |= {(e.coach.name, e.club.id) for e in events}
    told = _coaches_told(a)
    persons = {}
    for m in a.mentions:
        if m.kind == "person" and m.key:
            persons.setdefault(m.start, m)
    out: list[Stint] = []
    for i, m in enumerate(a.mentions):
        club = a.clubs.get(i)
        if club is None or m.kind not in ("club", "nickname"):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.end + 1 >= len(doc) or doc[span.end].norm_ not in lex.coached_by:
            continue
        person = persons.get(doc[span.end + 1].idx)
        if person is None or person.key not in told:
            continue
        ref = club_ref(a, club)
        if (person.key, ref.id) in have:
            continue
        have.add((person.key, ref.id))
        proof = [evidence_for(a, m.sentence)]
        out.append(Stint(person_ref(person.key), ref, "head_coach", None, None, None, [], proof))
    return out


def _former_benches(
    a: Analysis, lex: StintLexicon, others: set[str], known: list[Stint], events: list[Event]
) -> list[Stint]:
    """Past benches named in an apposition: "Ruocco, ex allenatore di Lucchese e Pontedera"."""
    doc, words = a.doc, lex.former
    club_at: dict[int, str] = {}
    for i, m in enumerate(a.mentions):
        club = a.clubs.get(i)
        sp = doc.char_span(m.start, m.end, alignment_mode="expand") if club else None
        if sp is not None:
            club_at[sp.start] = club
            for k in range(sp.start + 1, sp.end):
                club_at.setdefault(k, "")  # inside a club's name
    have = {(s.coach.name, s.team.id, s.role) for s in known}
    have |= {(e.coach.name, e.club.id, "head_coach") for e in events}
    out: list[Stint] = []
    for t in doc[:-2]:
        if t.norm_ not in words["heads"] or doc[t.i + 1].norm_ not in words["nouns"]:
            continue
        k = t.i + 2
        side = None
        named = doc[k + 1].text if k + 1 < len(doc) else ""
        if doc[k].norm_ in words["of"] and lex.youth_sides.match(named):
            side = named
            k += 2
        if k >= len(doc) or doc[k].norm_ not in words["of"]:
            continue
        clubs: list[str] = []
        while k < len(doc) and k - t.i < 16:
            if club_at.get(k):
                clubs.append(club_at[k])
            elif k in club_at or doc[k].norm_ in words["glue"]:
                pass
            else:
                break
            k += 1
        if not clubs:
            continue
        sentence = a.sentence_of(t.idx)
        person = _named_before(a, t.idx, sentence, others)
        if person is None:
            continue
        for club in clubs:
            role = "youth_coach" if side else "head_coach"
            ref = club_ref(a, club)
            if side:
                ref = Ref(f"{ref.id}/{slug(side)}", f"{ref.name} {side}")
            if (person, ref.id, role) in have:
                continue
            have.add((person, ref.id, role))
            proof = [evidence_for(a, sentence)]
            out.append(Stint(person_ref(person), ref, role, None, None, None, [], proof))
    return out


def _named_before(a: Analysis, char: int, sentence: int, others: set[str]) -> str | None:
    """The person named last before `char` in its sentence, else in the sentence before."""
    for n in (sentence, sentence - 1):
        named = [
            m
            for m in a.mentions
            if m.kind == "person" and m.key and m.sentence == n and m.start < char
        ]
        if named:
            key = named[-1].key
            return None if key in others else key
    return None


_ROW = re.compile(
    r"^\s*(?:[-•*]\s*)?(?P<a>(?:19|20)\d{2})(?:\s*[-–/]\s*(?P<b>(?:19|20)?\d{2})?)?\s*[-–:]\s+"
)


def _career_table(a: Analysis, subject: str, lex: StintLexicon, known: list[Stint]) -> list[Stint]:
    """A career written as a table ("La carriera in panchina" then "2003-2006 - Crotone",
    "1996-1998 - Juventus, Allievi", "2025- - Roma"): one stint a line, of the document's
    subject, its youth side after the club when named."""
    text = a.document.text
    out: list[Stint] = []
    for n, (start, end) in enumerate(a.sentence_bounds):
        line = text[start:end]
        m = _ROW.match(line)
        if m is None:
            continue
        here = start + m.end()
        clubs = [
            (i, x)
            for i, x in enumerate(a.mentions)
            if i in a.clubs and here <= x.start < here + 40 and x.kind in ("club", "city")
        ]
        if not clubs or clubs[0][1].start - here > 2:
            continue
        club = a.clubs[clubs[0][0]]
        first = int(m["a"])
        last = m["b"]
        end_year = None
        if last:
            end_year = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
        elif not re.search(r"[-–/]\s*$", text[start + m.start("a") : here].rstrip(" -–:")):
            end_year = first  # "2011 - Inter": one season's year
        rest = text[clubs[0][1].end : end]
        side = _youth_side(rest[:30], lex)  # "Juventus, Allievi"
        role = "youth_coach" if side else "head_coach"
        ref = club_ref(a, club)
        if side:
            ref = Ref(f"{ref.id}/{slug(side)}", f"{ref.name} {side}")
        if any(s.team.id == ref.id and s.start and s.start.year == first for s in known):
            continue
        out.append(
            Stint(
                person_ref(subject),
                ref,
                role,
                PartialDate(first),
                PartialDate(end_year) if end_year else None,
                None,
                [],
                [evidence_for(a, n)],
            )
        )
    return out


def _sentence_subjects(
    a: Analysis, default: str | None, people: set[str], leaving: set[str] = frozenset()
) -> list[str | None]:
    """Whom each sentence is about: a coach named at its head ("Vieira, 48 anni, ...", "Per
    Gilardino si chiude ..."); else, at a paragraph's start, one at the head of its first two
    sentences, or the coach named last before it (unless he is only leaving); else the subject
    of the sentence before; else the document's.

    Italian drops subject pronouns, so a career goes on for sentences after its name.
    """
    heads = _heads(a, people)
    last_named: dict[int, str] = {}  # sentence -> the last coach it names
    for m in a.mentions:
        if m.kind == "person" and m.key in people:
            last_named[m.sentence] = m.key
    out: list[str | None] = []
    current, named, paragraph = default, None, -1
    bounds = a.sentence_bounds
    for n, (start, _) in enumerate(bounds):
        new_paragraph = a.paragraph_of(start) != paragraph
        paragraph = a.paragraph_of(start)
        ahead = [  # "Cinque campionati sulla panchina dei liguri. Fanton aveva ..."
            heads[k] for k in (n, n + 1) if k in heads and a.paragraph_of(bounds[k][0]) == paragraph
        ]
        if n in heads:
            current = heads[n]
        elif new_paragraph and ahead:
            current = ahead[0]
        elif new_paragraph and named is not None and named not in leaving:
            current = named  # a sacked coach named in passing does not take the career over
        out.append(current)
        named = last_named.get(n, named)
    return out


def _heads(a: Analysis, people: set[str] | None) -> dict[int, str]:
    """Sentence -> the person at its head (within its first words, not after a preposition)."""
    heads: dict[int, str] = {}
    for m in a.mentions:
        if m.kind != "person" or not m.key or m.sentence in heads:
            continue
        if people is not None and m.key not in people:
            continue
        start, end = a.sentence_bounds[m.sentence]
        span = a.doc.char_span(m.start, m.end, alignment_mode="expand")
        first = a.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or first is None or span.start - first.start > 12:
            continue
        label = len(a.document.text[start:end].split()) <= 4  # "CHI È ROSSETTO.": a heading
        before = a.doc[span.start - 1].text.lower() if span.start > first.start else ""
        if before not in _HEAD_AFTER and not label:  # "ha sostituito X", "affidata a X"
            continue
        if _agent(a, m):  # "Carrera, che lo conosceva, lo porta con sé"
            continue
        heads[m.sentence] = m.key
    return heads


class _CareerReader:
    """Reads a career clause by clause, in order, as a reader does.

    A clause about the subject with a role phrase opens a stint at the club it names; once a
    career is being told, a club after a preposition with a year ("poi al Nizza dal 2018 al
    2020", "con il Genoa nel 2020") opens one in the role told last. Later clauses date,
    end or crown the current stint. Sentences about a playing career open none.
    """

    def __init__(self, a: Analysis, lex: StintLexicon, events: list[Event]) -> None:
        self.a = a
        self.lex = lex
        self.stints: list[Stint] = []
        self.current: dict[str, Stint] = {}
        self.career: set[str] = set()  # subjects whose coaching career is being told
        self.playing: set[str] = set()  # subjects whose playing career is being told
        self.playing_in: dict[str, int] = {}  # the paragraph that told it
        self.anchor: int | None = None  # last year the text stated
        self.pending: tuple[int, str] | None = None  # (sentence, club) named without a year
        self.now = {(e.coach.name, e.club.id) for e in events if e.status == "official"}
        self.news_club = {  # the club whose bench the news gives someone
            e.coach.name: e.club.id[2:].split("/")[0]
            for e in events
            if e.status == "official" and e.type in ("appointment", "interim_appointment")
        }
        strings = a.doc.vocab.strings
        named = _name_tokens(a)  # "Guido Pagliuca" is not a form of "guidare"
        self.matches = [
            (strings[k], s, e) for k, s, e in lex.anchors.match(a.doc) if s not in named
        ]

    def read(
        self, subject: str, lo: int, hi: int, nxt: tuple[int, int] | None, passing: bool = False
    ) -> None:
        """Read one clause about `subject`; one named `passing`ly gets a stint only from a
        strong role phrase with its club in the clause."""
        a, lex, doc = self.a, self.lex, self.a.doc
        span = doc[lo:hi]
        text = normalise(span.text)
        start_char, end_char = span.start_char, span.end_char
        sentence = a.sentence_of(start_char)
        times = [t for t in a.times if start_char <= t.start < end_char and t.kind != "time"]
        persons = [m for m in a.mentions if m.kind == "person" and start_char <= m.start < end_char]
        here = [(k, s, e) for k, s, e in self.matches if lo <= s < hi]
        roles = [k.split(":")[1] for k, _, _ in here if k.startswith("role:")]
        strong = any(":strong:" in k for k, _, _ in here if k.startswith("role:"))
        coaching = bool(lex.coaching.search(text))
        ends = [k.split(":")[1] for k, _, _ in here if k.startswith("end:")]
        cue_start = min((s for _, s, _ in here), default=hi)
        focus = doc[cue_start].idx if here else _first_win(lex, text, start_char, end_char)
        about = _about(a, subject, persons, here, focus) and not _named_after(a, subject, here)
        paragraph = a.paragraph_of(start_char)
        if _section_heading(a, paragraph) in lex.playing_headings:
            self.playing.add(subject)  # under "Giocatore" the clubs are a player's
            self.playing_in[subject] = paragraph
        if about and lex.playing.search(text) and not strong:
            self.playing.add(subject)  # "da calciatore ha vestito ...": until a coaching cue
            self.playing_in[subject] = paragraph
        elif about and (strong or coaching):
            self.playing.discard(subject)
        elif subject in self.playing and self.playing_in.get(subject) != paragraph:
            self.playing.discard(subject)  # a new paragraph moves on from the playing days
            if subject in self.news_club:
                self.career.add(subject)  # to the benches of the coach the news appoints
        playing = subject in self.playing
        cue = coaching or bool(lex.career.search(text))
        if roles and not strong and (playing or not (subject in self.career or cue)):
            roles = []  # "una parentesi al Milan" of a defender
        if passing and not (strong and _team(a, lo, hi, lex)):
            return
        current = before = self.current.get(subject)
        dated_list = False
        year_values = [t for t in times if t.value is not None and not t.value.inferred]
        if about and (roles or cue) and not playing:
            self.career.add(subject)
        if roles and about:
            role = min(roles, key=_ROLE_ORDER.index)
            team = _team(a, lo, hi, lex, cue_start)
            if team is None and self.pending and self.pending[0] == sentence:
                team = self.pending[1]  # "con la Salernitana, allenata dal 2020 ..."
            youth = role in ("youth_coach", "youth_coordinator")
            if (
                team is None
                and not youth
                and nxt is not None
                and a.sentence_of(doc[nxt[0]].idx) == sentence
                and not any(nxt[0] <= s < nxt[1] for _, s, _ in self.matches)
            ):
                team = _team(a, nxt[0], nxt[1], lex)  # "..., al Guangzhou Evergrande"
            if team is None and youth:  # "nel vivaio del Lecce, ... la Primavera giallorossa"
                first = a.doc.char_span(*a.sentence_bounds[sentence], alignment_mode="expand")
                if first is not None and first.start < lo:
                    team = _team(a, first.start, lo, lex)
            if team is None and role != "head_coach" and current is not None:
                team = current.team.id[2:].split("/")[0]  # "L'anno seguente fu promosso
                # alla Berretti": another side of the club he is at
            if team is None and youth and a.topic and times:
                team = a.topic  # "allenatore della Primavera dal 2019": the article's club's
            elif team is None and youth and not times and subject in self.news_club:
                team = self.news_club[subject]  # "a Vitali, allenatore della Berretti"
            continues = (
                team is None
                and current is not None
                and current.team.id.startswith("c-")
                and not (role == "head_coach" and current.role != role)
            )  # "Il debutto da primo allenatore" after youth benches is a new club's
            if continues and _opened_in(current, a, sentence):
                team = None  # "ha sostituito X in panchina, guidando la squadra": one stint
            elif continues:
                team = current.team.id[2:].split("/")[0]
            news_role = role in ("head_coach", "interim_head_coach")
            if news_role and (subject, f"c-{team}") in self.now and not times:
                team = None  # "torna sulla panchina della Ternana": the news event's stint
            if team is not None:
                anchor = current.end.year if current and current.end else self.anchor
                cue_char = doc[cue_start].idx
                start = _start(a, times, sentence, start_char, cue_char, text, anchor, lex)
                if not times and current and current.end and _opened_in(current, a, sentence):
                    start = current.end  # "dal 2008 al 2014 al X, poi per sei stagioni al Y"
                youthful = role in ("youth_coach", "head_coach")
                side = _youth_side(span.text, lex) if youthful else None
                if side is None and youthful:
                    side = _side_of_team(a, sentence, team, lex)  # "la Primavera del Pescara,
                    # guidata per quattro stagioni"
                if side and fold(side) in fold(club_ref(a, team).name):
                    side = None  # "la Juventus Next Gen" is a club of its own
                role = "youth_coach" if side else role  # "ha guidato l'Italia Under 19"
                current = self._open(subject, team, role, start, sentence, side)
                listed = _listed_after(a, lo, hi, lex, team)  # "ha allenato Foggia, Pescara"
                if listed and any(_career_time(t) for t in times):
                    # each club dated by the years between it and the next one
                    bounds = [*(at for _, at in listed), end_char]
                    own = [t for t in times if t.start < bounds[0]]
                    current.start = next((t.value for t in own if _career_time(t)), None)
                    _dates_and_length(current, own, text, lex, False)
                    for (more, at), until in zip(listed, bounds[1:], strict=True):
                        dated = [t for t in times if at <= t.start < until and _career_time(t)]
                        # "... al 2019 e poi il Padova": the next step starts where one ended
                        start = dated[0].value if dated else current.end
                        current = self._open(subject, more, role, start, sentence)
                        _dates_and_length(current, dated, text, lex, False)
                    dated_list = True  # dated already: not by the clause's times again
                else:
                    for more, _ in listed:
                        current = self._open(subject, more, role, None, sentence)
        elif ends and current is not None and about and current.end is None:
            cue_char = doc[cue_start].idx
            current.end = _start(a, times, sentence, start_char, cue_char, text, None, lex)
            current.end_reason = ends[0]
            current.evidence.append(evidence_for(a, sentence))
        elif about and subject in self.career and not playing:
            stepped = self._roleless(subject, lo, hi, times, text, sentence)
            if stepped is not None:  # dated by its own years already
                self._honours(stepped, text)
                current = None
        if current is not None and about:
            if not dated_list:
                _dates_and_length(current, times, text, lex, opened_here=current is not before)
            self._honours(current, text)
        for t in year_values:
            last = t.end_value or t.value
            season = t.kind == "season" and t.season_offset is None and t.end_value is None
            self.anchor = last.year + 1 if season else last.year  # "2015-16" ends in 2016

    def _roleless(self, subject: str, lo: int, hi: int, times, text: str, sentence: int):
        """Stints a career clause tells without a role word: each club after a preposition,
        dated by the years that follow it (or precede the first club)."""
        a, lex = self.a, self.lex
        current = self.current.get(subject)
        # "ha guidato la Giana Erminio dal 2015 al 2018, il Lecco nella stagione 2018/19, ...":
        # the objects of one role verb, listed clause after clause.
        listing = current is not None and _opened_in(current, a, sentence)
        clubs = _complement_clubs(a, lo, hi, lex, listing)
        if not clubs:
            dated = [t for t in times if _career_time(t)]
            if dated and self.pending and self.pending[0] == sentence:
                clubs = [(self.pending[1], a.doc[lo].idx)]
            else:
                return None
        opened = None
        for n, (club, at) in enumerate(clubs):
            until = clubs[n + 1][1] if n + 1 < len(clubs) else a.doc[hi - 1].idx + 1
            dated = [t for t in times if at <= t.start < until and _career_time(t)]
            if n == 0 and not dated:
                dated = [t for t in times if t.start < at and _career_time(t)]
            length = any(
                re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", text) for p in lex.durations
            )
            current = self.current.get(subject)
            if current is not None and current.team.id == "c-" + club:
                continue
            # A career step without a role word is a bench of his own, unless it goes on a
            # list of the same sentence ("vice al Taranto dal 2014, poi alla Pergolettese").
            same_list = current is not None and _opened_in(current, a, sentence)
            role = current.role if same_list and current.role == "assistant_coach" else "head_coach"
            if (subject, "c-" + club) in self.now:
                continue  # the stint the news opens is told by the event
            if not dated and not length:
                self.pending = (sentence, club)
                continue
            start = dated[0].value if dated else None
            if start is None and current is not None and current.end is not None:
                start = current.end
            elif start is None and self.anchor is not None:
                start = PartialDate(self.anchor, None, None, True)
            side = _youth_side(a.doc[lo:hi].text, lex)  # "poi la Primavera del Genoa"
            role = "youth_coach" if side else role
            opened = self._open(subject, club, role, start, sentence, side)
            if dated:
                _dates_and_length(opened, dated, text, lex, False)
            elif start is not None:
                _dates_and_length(opened, [], text, lex, False)
            self.pending = None
        return opened

    def _open(
        self, subject: str, team: str, role: str, start, sentence: int, side: str | None = None
    ) -> Stint:
        previous = self.current.get(subject)
        if (
            previous is not None
            and previous.end is None
            and start is not None
            and previous.start is not None
            and previous.start.year < start.year
            and previous.team.id != f"c-{team}"  # a stand-in at the same club stays its assistant
        ):
            previous.end = PartialDate(start.year, None, None, True)  # a career moves on
        club = club_ref(self.a, team)
        if side:  # the youth side is a team of its own: "Genoa Primavera"
            club = Ref(f"{club.id}/{slug(side)}", f"{club.name} {side}")
        stint = Stint(
            person_ref(subject),
            club,
            role,
            start,
            None,
            None,
            [],
            [evidence_for(self.a, sentence)],
        )
        self.stints.append(stint)
        self.current[subject] = stint
        self.pending = None
        return stint

    def _honours(self, current: Stint, text: str) -> None:
        if not self.lex.win.search(text):
            return
        for label, rx in self.lex.honours:
            if rx.search(text):
                year = re.search(rx.pattern + r"\s+(?:del\s+|nel\s+)?(\d{4})", text)
                name = f"{label} {year.group(1)}" if year else label
                if not any(h.startswith(label) for h in current.honours):
                    current.honours.append(name)
                text = rx.sub(" ", text)


def _section_heading(a: Analysis, paragraph: int) -> str:
    """The short heading over the paragraph ("Giocatore", "Allenatore"): its own first line,
    or the paragraph before."""
    starts, text = a.paragraph_starts, a.document.text
    start = starts[paragraph]
    end = starts[paragraph + 1] if paragraph + 1 < len(starts) else len(text)
    lines = text[start:end].strip().split("\n")
    if len(lines) > 1 and len(lines[0].split()) <= 4:
        return normalise(lines[0]).strip().rstrip(":.")
    if paragraph == 0:
        return ""
    line = normalise(text[starts[paragraph - 1] : start]).strip().rstrip(":.")
    return line if len(line.split()) <= 4 else ""


def _about(a: Analysis, subject: str, persons, here, focus: int) -> bool:
    """Is the clause about the subject? Not when someone else comes before its cue (unless he
    acts on the subject: "Rossi lo vuole come vice"), nor when the cue is someone else's ("l'arrivo
    sulla panchina di Conte"; but "vice di Conte" is the subject's role)."""
    doc = a.doc
    if any(m.key != subject and m.start < focus and not _agent(a, m) for m in persons):
        return False
    assistant_at = [s for key, s, _ in here if key.startswith("role:assistant_coach")]
    return not any(
        m.key != subject
        and 0 <= _gap_tokens(a, cue_end, m) <= 6
        and (
            doc[_token_of(a, m) - 1].norm_ in _OWNER_BEFORE
            or (_gap_tokens(a, cue_end, m) <= 2 and doc[_token_of(a, m) - 1].text == ",")
        )  # "l'arrivo di Conte", "il tecnico della Primavera, Giorgio Lanzi"
        and not any(cue_end <= s < _token_of(a, m) for s in assistant_at)
        for m in persons
        for key, _, cue_end in here
        if not key.startswith("role:assistant_coach")
    )


def _named_after(a: Analysis, subject: str, here) -> bool:
    """A role phrase followed by ", Name": the role is that person's ("il tecnico della
    Primavera, Giorgio Lanzi"), even past the clause's end."""
    doc = a.doc
    for _, _, end in here:
        if end + 1 < len(doc) and doc[end].text == ",":
            at = doc[end + 1].idx
            if any(m.kind == "person" and m.start == at and m.key != subject for m in a.mentions):
                return True
    return False


def _agent(a: Analysis, m) -> bool:
    """A name followed by an object pronoun acts on the subject: "Rossi lo vuole come vice",
    "Carrera, che lo conosceva" (not "Dionisi ha guidato lo Spezia": an article)."""
    span = a.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    doc = a.doc
    k = span.end + 2 if doc[span.end : span.end + 2].text.replace(" ", "") == ",che" else span.end
    return (
        k + 1 < len(doc)
        and doc[k].norm_ in _CLITICS
        and doc[k + 1].is_lower
        and doc[k + 1].is_alpha
    )


def _opened_in(stint: Stint, a: Analysis, sentence: int) -> bool:
    start, end = a.sentence_bounds[sentence]
    return bool(stint.evidence) and start <= stint.evidence[0].start < end


def _name_tokens(a: Analysis) -> set[int]:
    out: set[int] = set()
    for m in a.mentions:
        if m.kind in ("person", "club", "stadium"):
            sp = a.doc.char_span(m.start, m.end, alignment_mode="expand")
            if sp is not None:
                out.update(range(sp.start, sp.end))
    return out


def _side_of_team(a: Analysis, sentence: int, team: str, lex: StintLexicon) -> str | None:
    """A youth side written right before the team in the sentence ("la Berretti del Pisa")."""
    text = a.document.text
    for i, m in a.in_sentence(sentence):
        if a.clubs.get(i) != team:
            continue
        lead = text[max(0, m.start - 30) : m.start]
        of = lex.side_of.search(lead)
        if of is None:
            continue
        found = [x for x in lex.youth_sides.finditer(lead[: of.start()])]
        if found and found[-1].end() == of.start():
            return " ".join(found[-1].group(0).split())
    return None


def _youth_side(text: str, lex: StintLexicon) -> str | None:
    """The youth side a clause names ("della Primavera", "dell'Under 17"), as written."""
    m = lex.youth_sides.search(text)
    return " ".join(m.group(0).split()) if m else None


def _career_time(t) -> bool:
    """A time that can date a career step: a stated year, range or season."""
    if t.value is None and t.end_value is None:
        return False
    if t.kind in ("relative", "weekday", "time"):
        return False
    value = t.value or t.end_value
    return not value.inferred or t.kind == "season"


def _listed_after(
    a: Analysis, lo: int, hi: int, lex: StintLexicon, first: str
) -> list[tuple[str, int]]:
    """Clubs listed after the role phrase's club in its clause, joined by commas or "e"
    ("ha allenato Foggia, Pescara e Lecce"), each with where it is named; a club's own dates
    may stand between ("la FeralpiSalò dal 2016 al 2019 e il Cittadella dal 2019 al 2022")."""
    doc = a.doc
    lo_char = doc[lo].idx
    hi_char = a.sentence_bounds[a.sentence_of(lo_char)][1]  # the list crosses its commas
    clubs = [
        (m, a.clubs[i])
        for i, m in enumerate(a.mentions)
        if i in a.clubs and lo_char <= m.start < hi_char and m.kind in ("club", "nickname")
    ]
    out: list[tuple[str, int]] = []
    seen_first = False
    text = a.document.text
    for (m, club), nxt in zip(clubs, [*clubs[1:], (None, None)], strict=False):
        if club == first and not seen_first:
            seen_first = True
        elif not seen_first or club in (c for c, _ in out) or club == first:
            continue
        else:
            out.append((club, m.start))
        following = nxt[0]
        if following is None:
            break
        gap = text[m.end : following.start]
        for t in a.times:  # a club's own dates may stand between it and the next one
            if m.end <= t.start and t.end <= following.start and _career_time(t):
                gap = gap.replace(text[t.start : t.end], " ")
        between = normalise(gap).split()
        if not between or any(w.strip(",") not in _LIST_JOINERS for w in between):
            break  # the list ends where other words come between two clubs
    return out


def _skipped(doc, lo: int, at: int, lex: StintLexicon) -> bool:
    """Is the club at token `at` an opponent, a birthplace or a match ("prima dell'Ascoli",
    "nato a Lecce", "per il derby con il Milan")?"""
    near = [t.norm_.rstrip("'") for t in doc[max(lo, at - 2) : at]]
    wider = [t.norm_ for t in doc[max(lo, at - 5) : at]]
    return any(p in lex.skip_before for p in near) or any(p in lex.match_words for p in wider)


def _complement_clubs(
    a: Analysis, lo: int, hi: int, lex: StintLexicon, listing: bool = False
) -> list[tuple[str, int]]:
    """Clubs of a clause named after a preposition ("al Nizza", "con il Genoa"), or, in a
    list of a role verb's objects, after an article at the clause's head, in order."""
    doc = a.doc
    out = []
    lo_char, hi_char = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
    for i, m in enumerate(a.mentions):
        club = a.clubs.get(i)
        if club is None or not (lo_char <= m.start < hi_char):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or m.kind == "city":  # "a Torino" is where, not whom he coached
            continue
        if _skipped(doc, lo, span.start, lex):
            continue
        prev = [t.norm_.rstrip("'") for t in doc[max(lo, span.start - 2) : span.start]]
        listed = listing and span.start - lo <= 2 and all(p in _ARTICLES for p in prev)
        if not listed and not any(p in lex.club_after for p in prev[-2:]):
            continue
        out.append((club, m.start))
    at = lo
    while (unknown := _unknown_team_at(a, at, hi, lex, lex.unknown_before)) is not None:
        out.append(unknown)  # "allo Zurigo" (not "a Milano": a city takes no article)
        nxt = a.doc.char_span(unknown[1], unknown[1] + 1, alignment_mode="expand")
        at = nxt.end if nxt is not None else hi
    return sorted(out, key=lambda c: c[1])


def _described(a: Analysis, lo: int) -> str | None:
    """The person a clause describes when it follows his name and a comma ("Alessio, vice di
    Conte", "Longo, che ha guidato il Como"): Italian appositions and relative clauses."""
    if lo < 2 or a.doc[lo - 1].text != ",":
        return None
    first = a.doc[lo]
    if not (first.like_num or first.norm_ in get_stint_lexicon(a.lang).apposition):
        return None  # "di Antonio Conte, entra nello staff": a main clause goes on
    end = a.doc[lo - 2].idx + len(a.doc[lo - 2])
    return next((m.key for m in a.mentions if m.kind == "person" and m.end == end), None)


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


def _team(a: Analysis, lo: int, hi: int, lex: StintLexicon, cue: int | None = None) -> str | None:
    """The club a role clause names: a club or nickname first, then a city's club ("a Bari"),
    then a team no gazetteer entry knows; of several, the first after the role phrase ("era
    arrivato al Pisa dopo due stagioni alla guida del Lecco")."""
    doc = a.doc
    lo_char, hi_char = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
    found = []
    for i, m in enumerate(a.mentions):
        club = a.clubs.get(i)
        if club is None or not (lo_char <= m.start < hi_char):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or _skipped(doc, lo, span.start, lex):
            continue
        after = cue is None or span.start >= cue
        found.append((m.kind == "city", not after, m.start if after else -m.start, club))
    if found:
        return min(found)[3]
    return _unknown_team(a, lo, hi, lex)


def _unknown_team(a: Analysis, lo: int, hi: int, lex: StintLexicon) -> str | None:
    """A capitalised name after an article or preposition that no gazetteer entry knows."""
    found = _unknown_team_at(a, lo, hi, lex, lex.unknown_before)
    return found[0] if found else None


def _unknown_team_at(
    a: Analysis, lo: int, hi: int, lex: StintLexicon, before: frozenset[str]
) -> tuple[str, int] | None:
    doc = a.doc
    people = {
        i
        for m in a.mentions
        if m.kind in ("person", "competition", "stadium", "city", "club", "nickname")
        for sp in [doc.char_span(m.start, m.end, alignment_mode="expand")]
        if sp
        for i in range(sp.start, sp.end)
    }
    for i in range(lo, hi - 1):
        if doc[i].norm_ not in before:
            continue
        j = i + 1
        while (
            j < hi
            and j - i <= 3
            and j not in people
            and (j == i + 1 or doc[j].text not in lex.not_teams)  # "l'Italia Under 19"
            and doc[j].text[:1].isupper()
            and any(c.isalpha() for c in doc[j].text)
        ):
            j += 1
        if j > i + 1 and doc[i + 1].text not in lex.not_teams and not _skipped(doc, lo, i, lex):
            name = doc[i + 1 : j].text  # not "la gara di sabato al Manuzzi": a ground
            return a.gazetteer.add_unknown(name), doc[i + 1].idx
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
    """When a stint began: a date before the role phrase, else one after it in its clause that
    is not a trophy's ("lo scudetto nel 2012"), else a season phrase of the clause anchored on
    the last stated year ("l'anno seguente"), else a date earlier in the sentence."""

    def stated(t) -> bool:
        if t.kind == "season":  # "nella stagione 2023-24" is stated; "l'anno dopo" is not
            return t.value is not None and not t.value.inferred and t.season_offset is None
        return t.value is not None and not t.value.inferred and t.kind != "time"

    before = [t for t in times if t.start < cue_char and stated(t)]
    if before:
        return before[-1].value
    doc_text = a.document.text
    for t in times:  # the clause's own date after the phrase, unless a trophy's
        if stated(t):
            lead = normalise(doc_text[max(0, t.start - 30) : t.start])
            if not any(rx.search(lead) for _, rx in lex.honours):
                return t.value
    for t in times:
        offset = getattr(t, "season_offset", None)
        if offset is not None and anchor is not None:
            # A bare year closes a season: the season after it starts that same year.
            return PartialDate(
                anchor + max(offset - 1, 0) if offset > 0 else anchor + offset, None, None, True
            )
    start, _ = a.sentence_bounds[sentence]
    earlier = [t for t in a.times if start <= t.start < clause_start and stated(t)]
    if earlier:
        return earlier[-1].value
    return None


def _dates_and_length(stint: Stint, times, text: str, lex: StintLexicon, opened_here: bool) -> None:
    """A range dates the stint; "fino a ottobre" ends it; "solo un anno" gives its length."""
    for t in times:
        if t.kind == "season" and t.value is not None and t.season and stint.start == t.value:
            stint.end = PartialDate(t.value.year + 1, None, None, True)  # "nel 2016-17"
            return
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
