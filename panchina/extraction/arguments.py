"""The arguments of an event found by a trigger: its club, date, league, table position, the
result that caused it, a presentation's place, and whether the sentence is history.

Each chooser reads the trigger's sentence first and widens only when it has to (the clause,
the sentence, the paragraph, the document), as a reader does.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from panchina.analyse import Analysis, is_birthplace, is_match_opponent
from panchina.analyse.nlp import normalise
from panchina.extraction.lexicon import EventLexicon, get_event_lexicon
from panchina.extraction.status import clause_bounds
from panchina.extraction.triggers import Hit
from panchina.lang import load_pack
from panchina.models import PartialDate

_SCORE = re.compile(r"\b\d{1,2}\s?-\s?\d{1,2}\b")
_ARRIVING = frozenset({"appointment", "interim_appointment"})
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


def is_historical(a: Analysis, sentence: int, clause: tuple[int, int] | None = None) -> bool:
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
    # News reach back half a year, and, to the day, to the start of the season (a round-up
    # of the season's changes in March tells "il 13/9" as news, not "a fine agosto").
    limit = pub.to_date() - timedelta(days=HISTORY_DAYS)
    season_start = date(int(pub.season()[:4]), 7, 1)
    title = a.document.title or a.document.text[:200].split("\n", 1)[0]
    if re.search(rf"(?<!\d){pub.year}(?!\d)", title):  # "Tutti gli esoneri del 2019"
        season_start = min(season_start, date(pub.year, 1, 1))
    return all(_before(t.end_value or t.value, limit, season_start) for t in dated)


def _before(v, limit: date, season_start: date) -> bool:
    """Is the date older than news reach? A day or a month whose year the writer left out ("a
    novembre" in a May round-up) counts back to the season's start; a month or a year written
    out counts back half a year ("nel novembre 2021 approda all'Udinese" is a career's)."""
    if v.day:
        return v.to_date() < min(limit, season_start)
    if v.month and v.inferred:
        return v.last_date() < min(limit, season_start)
    return v.to_date() < limit


def choose_club(a: Analysis, hit: Hit, sentence: int, lex: EventLexicon) -> str | None:
    doc = a.doc
    lo, hi = clause_bounds(doc, hit.start, hit.end, a.lang)
    best, best_score, best_kind = None, None, None
    for i, m in a.in_sentence(sentence):
        club = a.clubs.get(i)
        if club is None:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        prev = _before_list(doc, span.start, a, sentence)
        if _not_the_club(a, span.start, m.kind, sentence, lex):
            continue
        if _apposition_club(doc, span.start, lex):
            continue
        opener = doc[span.start - 1] if span.start >= 1 else None
        framed = _place_frame(opener, lex)
        if _item_head(doc, span) or _bracketed_after_name(a, span) or framed:
            score = 0  # "PISA - Maran -> esonerato", "Liverani per Inzaghi (Salernitana)",
            # "A Trapani, invece, esonerato Aronica": the story's place opens the sentence
        elif span.start >= hit.end:
            dist = span.start - hit.end
            score = dist + (0 if dist <= 3 and prev and prev[-1] in lex.attach else 6)
        else:
            dist = hit.start - span.end
            score = dist + (0 if lo <= span.start else 4)
        if not (lo <= span.start < hi):
            score += 8  # a club outside the trigger's clause is a weaker guess than the topic
        if best_score is None or score < best_score:
            best, best_score, best_kind = club, score, m.kind
    if best is None or best_score > 14:
        return paragraph_club(a, doc[hit.start].idx, lex) or best or a.topic
    if best_kind == "club_ref":  # "la squadra" in a list item labelled "ROMA –" is Roma
        return paragraph_label(a, a.paragraph_of(doc[hit.start].idx)) or best
    return best


def paragraph_label(a: Analysis, para: int) -> str | None:
    """The club a list item's paragraph opens with as a label ("RECANATESE. Doppio ribaltone
    ...", "Fermana: ..."), or the label of the short heading right above it ("1. Rimini: fuori
    Ferrandi, dentro Menichini"): every change the item tells without naming a club is its."""
    own = _label_at(a, para)
    if own is None and para > 0 and _is_heading(a, para - 1):
        own = _label_at(a, para - 1)
    if own is None:  # "PALERMO" alone on a line over its dated items
        for k in range(para - 1, max(-1, para - 9), -1):
            club = _bare_heading(a, k)
            if club is not None:
                return club
            if _label_at(a, k) is not None or _paragraph_len(a, k) > 300:
                break
    return own


def _paragraph_span(a: Analysis, para: int) -> tuple[int, int]:
    starts = a.paragraph_starts
    return starts[para], starts[para + 1] if para + 1 < len(starts) else len(a.document.text)


def _paragraph_len(a: Analysis, para: int) -> int:
    start, end = _paragraph_span(a, para)
    return len(a.document.text[start:end].strip())


def _bare_heading(a: Analysis, para: int) -> str | None:
    """The club a paragraph consists of, alone ("PALERMO", "Genoa:")."""
    start, end = _paragraph_span(a, para)
    text = a.document.text[start:end].strip().rstrip(":.")
    if not text or len(text) > 40:
        return None
    for i, m in enumerate(a.mentions):
        if start <= m.start < end and i in a.clubs and m.kind in ("club", "city"):
            return a.clubs[i] if m.text == text else None
    return None


def _is_heading(a: Analysis, para: int) -> bool:
    return _paragraph_len(a, para) <= 90


def _label_at(a: Analysis, para: int) -> str | None:
    start = a.paragraph_starts[para] if para < len(a.paragraph_starts) else None
    if start is None:
        return None
    text = a.document.text
    while start < len(text) and text[start].isspace():
        start += 1
    item = re.match(r"(?:\d{1,2}[.)]|[-•*])\s+", text[start : start + 5])
    if item:  # "1. Rimini: fuori Ferrandi, dentro Menichini"
        start += item.end()
    for i, m in enumerate(a.mentions):
        if m.start < start:
            continue
        if m.start > start or i not in a.clubs or m.kind not in ("club", "city"):
            return None
        after = text[m.end : m.end + 2]
        if after[:1] in (".", ":") and after[1:2] in (" ", "\n"):
            return a.clubs[i]
        # a heading "TERAMO – da Asta a Zichella" (not a dateline: "PALERMO - Una sconfitta"),
        # or one of several paragraphs that open so: a list by club ("GENOA – Il primo ...")
        dashed = after in (" –", " -", " —")
        return a.clubs[i] if dashed and (_is_heading(a, para) or _dash_labels(a) >= 2) else None
    return None


def _dash_labels(a: Analysis) -> int:
    """How many paragraphs open with a club's name and a dash ("ROMA – L'ultimo ...")."""
    memo = a.doc.user_data
    if "dash_labels" not in memo:
        text, count = a.document.text, 0
        opening = {m.start: i for i, m in enumerate(a.mentions) if m.kind in ("club", "city")}
        for start in a.paragraph_starts:
            while start < len(text) and text[start].isspace():
                start += 1
            i = opening.get(start)
            if i is not None and i in a.clubs:
                m = a.mentions[i]
                count += text[m.end : m.end + 2] in (" –", " -", " —")
        memo["dash_labels"] = count
    return memo["dash_labels"]


def paragraph_club(a: Analysis, char: int, lex: EventLexicon) -> str | None:
    """The document's club if its paragraph names it, else the club last named before `char`
    in the paragraph (list articles change club paragraph by paragraph); past clubs and
    opponents do not count."""
    para = a.paragraph_of(char)
    label = paragraph_label(a, para)
    if label is not None:
        return label
    seen: list[str] = []
    for i, m in enumerate(a.mentions):
        if m.start >= char:
            break
        if i not in a.clubs or a.paragraph_of(m.start) != para or m.kind == "stadium":
            continue
        span = a.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and _not_the_club(a, span.start, m.kind, m.sentence, lex):
            continue
        seen.append(a.clubs[i])
    if a.topic in seen:
        return a.topic
    return seen[-1] if seen else a.topic


def _bracketed_after_name(a: Analysis, span) -> bool:
    """A club in brackets right after a person's name: "Castori per Baldini (Perugia)"."""
    doc = a.doc
    if span.start < 2 or doc[span.start - 1].text != "(" or span.end >= len(doc):
        return False
    if doc[span.end].text != ")":
        return False
    before = doc[span.start - 2]
    return any(m.kind == "person" and m.end == before.idx + len(before) for m in a.mentions)


_ITEM_MARKS = frozenset({"•", "·", "▪", "●", "*", "-", "–"})


def _item_head(doc, span) -> bool:
    """A club opening its sentence as the head of a list item or table row ("PISA - Maran ->",
    "Napoli: Calzona per Mazzarri"); not a dateline ("ROMA, 8 MAR -")."""
    first = span.sent.start
    if doc[first].text in _ITEM_MARKS:  # "• Milan: fuori Giampaolo, dentro Pioli"
        first += 1
    if span.start != first or span.end >= span.sent.end:
        return False
    nxt = doc[span.end].text
    if span.text.isupper():  # "CERIGNOLA - La Salernitana ...": a dateline, unless a table row
        return nxt in ("-", "–") and any(t.text in (">", "→") for t in span.sent)
    if nxt == "(":  # "- Roma (2 febbraio) – la società esonera Zeman"
        close = next((t.i for t in doc[span.end : span.sent.end] if t.text == ")"), None)
        return (
            close is not None
            and close + 1 < span.sent.end
            and doc[close + 1].text
            in (
                "-",
                "–",
                ":",
            )
        )
    return nxt in ("-", "–", ":", ",", "|")


def _not_the_club(a: Analysis, start: int, kind: str, sentence: int, lex: EventLexicon) -> bool:
    """A past club ("ex allenatore del Bari"), an opponent ("contro il Monza"), a birthplace
    ("il tecnico di Ascoli") or the place of a result ("lo 0-3 di Monza")."""
    doc = a.doc
    if any(p in lex.past_before for p in _before_list(doc, start, a, sentence)):
        return True
    if is_birthplace(a.document.text, doc[start].idx, a.lang):
        return True  # "il tecnico di Ascoli": where he was born (his club takes an article)
    first = doc[start].sent.start  # the words before it in its own sentence only
    direct = [
        t.norm_
        for t in doc[max(first, start - 3) : start]
        if not (t.i >= 1 and doc[t.i - 1].norm_ in lex.temporal_before)
    ]  # "il giorno dopo il Milan": a time, not an opponent
    opener = doc[start - 1] if start >= 1 else None
    if _place_frame(opener, lex):
        direct = []  # "A Catanzaro il presidente revoca l'incarico": the story's place
    if kind != "city" and any(p in lex.opponent_before for p in direct):
        return True
    if start >= 2 and doc[start - 1].norm_ in lex.opponent_before:
        cut = doc[start - 2].idx + len(doc[start - 2])
        if any(t.end == cut for t in a.times):
            return True  # "lunedì a Bologna e sabato contro il Monza": fixtures
    if framing_match(doc, start, first, lex):
        return True
    if _origin(doc, start, first, lex):
        return True  # "Chivu arriva dall'Inter": where he comes from
    if is_match_opponent(a.document.text, doc[start].idx, a.lang):
        return True  # "nella sfida interna con il Taranto"
    window = doc[max(first, start - 5) : start]
    wider = doc[max(first, start - 7) : start]  # "lo 0-1 interno con l'Empoli"
    if any(t.norm_ in lex.result_words for t in window):
        return True
    # the score's own club, not the one after a comma ("il 4-0 al Genk, il Napoli esonera")
    return any("," not in wider.text[m.end() :] for m in _SCORE.finditer(wider.text))


def _origin(doc, start: int, first: int, lex: EventLexicon) -> bool:
    """Is the club where someone comes from ("arriva dall'Inter", "proviene dal Lecce")?"""
    k = start - 1
    if k >= first and doc[k].norm_ in ("il", "lo", "la", "l'", "i", "gli", "le"):
        k -= 1
    return k - 1 >= first and doc[k].norm_ in lex.from_words and doc[k - 1].norm_ in lex.come_words


def framing_match(doc, start: int, first: int, lex: EventLexicon) -> bool:
    """ "Con il Taranto in panchina va Aiello": a club opening a clause after a match word,
    with the bench right after it, is the opponent of the match the bench is named for."""
    lo = start - 1
    while lo > first and doc[lo].norm_ not in lex.match_frame and start - lo < 3:
        lo -= 1
    opens = lo == first or doc[lo - 1].text in (",", ":", ".", ";")
    if doc[lo].norm_ not in lex.match_frame or not opens:
        return False
    return "panchina" in {t.norm_ for t in doc[start + 1 : start + 5]}


def _place_frame(opener, lex: EventLexicon) -> bool:
    """ "A Catanzaro il presidente revoca l'incarico", "il Lecce vola, a Palermo salta X": a
    place opening its sentence or clause is the story's place, hence its club."""
    if opener is None or opener.norm_ not in lex.place_before:
        return False
    return opener.is_sent_start or (
        opener.i > 0 and opener.doc[opener.i - 1].text in (",", ":", ";")
    )


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
    first = doc[start].sent.start  # never words of the sentence before
    i = start
    while i > first and (doc[i - 1].norm_ in _LIST_GLUE or (i - 1) in club_tokens):
        i -= 1
    if i == start:
        return [t.norm_ for t in doc[max(first, start - 3) : start]]
    return [t.norm_ for t in doc[max(first, i - 3) : i]] + [
        t.norm_ for t in doc[max(first, start - 3) : start]
    ][-1:]


def date_for(
    a: Analysis, hit: Hit, sentence: int, lex: EventLexicon, others=(), coach: str | None = None
):
    """(date, clock, written, borrowed) of the event: a dated phrase of its sentence that is
    not a match's; else of the next sentence when that one is about the decision ("La
    decisione è stata comunicata ieri sera": borrowed, a weaker witness than the event's own
    sentence); else the publication date (written=False)."""
    borrowed = False
    best, clock = _dated(a, hit, sentence, lex, a.doc[hit.start].idx, others)
    shifted = _story_shift(a, hit, sentence, lex)
    if shifted is not None:  # "Il 16 ottobre l'esonero, il giorno dopo l'ingaggio di X"
        best = shifted
    back = _shifted_back(a, hit, sentence) if shifted is None else None
    if back is not None and (best is None or not _own_time(a, hit, sentence, others)):
        best = back  # "Ventiquattro ore dopo l'esonero di X, stamattina il club ha ..."
    nxt = sentence + 1
    if best is None and nxt < len(a.sentence_bounds):
        s, e = a.sentence_bounds[nxt]
        about = _about_decision(normalise(a.document.text[s:e]), lex)
        if about == "noun" or (about == "verb" and not _tells_other(a, hit, s, e, others)):
            best, _ = _dated(a, hit, nxt, lex, s)
            borrowed = best is not None
    if best is None:
        best = _heading_date(a, hit, sentence, lex)
    if best is None:
        best = _item_date(a, hit, sentence, lex)
    if best is not None:
        return best, clock, True, borrowed
    # a list item's or a section's date: weaker than one the event's own sentence gives
    best = _item_ahead_date(a, hit, sentence, lex, coach) or _section_month(a, sentence)
    if best is not None:
        return best, clock, True, True
    if in_background(a, hit, lex):
        return None, clock, False, False
    if a.document.published is not None:
        return a.document.published.with_inferred(True), clock, False, False
    return None, clock, False, False


def _about_decision(text: str, lex: EventLexicon) -> str | None:
    """Does the sentence speak of the decision ("La decisione è stata comunicata ieri sera")?
    "noun" when it names it, "verb" when the word is a verb ("il club ha comunicato ieri di
    aver ..."), which may tell another change."""
    found = None
    for m in lex.followup.finditer(text):
        before = text[: m.start()].split()
        if not before or before[-1] not in lex.active_auxiliaries:
            return "noun"
        found = "verb"
    return found


def _day_before(a: Analysis, hit: Hit, sentence: int, t, lex: EventLexicon):
    """The day one of the two sentences before named last, for a part of a day opening its
    sentence and coming later in a day than that one's ("ieri pomeriggio ... In serata è
    arrivata l'ufficialità"; not "domenica sera ... In mattinata")."""
    start, _ = a.sentence_bounds[sentence]
    text = a.document.text
    if text[start : t.start].strip(" \n\"'«-–"):
        return None
    for prev in range(sentence - 1, max(-1, sentence - 3), -1):  # the last day told
        prev_start, prev_end = a.sentence_bounds[prev]
        found, _ = _dated(a, hit, prev, lex, prev_end)
        if found is not None:
            break
    if found is None or not found.day:
        return None
    stated = [p for p in a.times if prev_start <= p.start < prev_end and p.value == found]
    if not stated or stated[-1].kind != "relative":
        return None  # "dopo l'esonero deciso venerdì. Nel pomeriggio ...": another day's story
    said = " ".join(text[stated[-1].start :].split()[:5])  # "ieri in tarda serata"
    if _day_part(said, a.lang) >= _day_part(text[t.start : t.end], a.lang):
        return None
    return found.with_inferred(True)


def _day_part(phrase: str, lang: str) -> int:
    parts = load_pack(lang)["dates"].get("same_day", {}).get("parts", {})
    return max((parts.get(w.strip(",.;:"), 0) for w in normalise(phrase).split()), default=0)


def _tells_other(a: Analysis, hit: Hit, start: int, end: int, others) -> bool:
    """Does the sentence tell a change of the other family and none of this one's ("X
    esonerato. Il club ha comunicato in mattinata di aver affidato la squadra a Y")?"""
    families = {
        _family(o.trigger.type)
        for o in others
        if start <= a.doc[o.start].idx < end and o.trigger.strength == "strong"
    }
    return bool(families) and _family(hit.trigger.type) not in families


def _club_at(a: Analysis, char: int, reach: int) -> bool:
    return any(
        i in a.clubs and char <= m.start <= char + reach and m.kind in ("club", "city")
        for i, m in enumerate(a.mentions)
    )


def in_background(a: Analysis, hit: Hit, lex: EventLexicon) -> bool:
    """A change named as the time of something else ("la Lazio è nona dopo le dimissioni di
    Sarri") is not news of the day: the publication date does not date it."""
    before = [t.norm_ for t in a.doc[max(0, hit.start - 3) : hit.start]]
    return any(w in lex.background_before for w in before)


@cache
def _story_shifts(lang: str) -> list[tuple[re.Pattern[str], int]]:
    shifts = load_pack(lang)["dates"].get("story_shift", {})
    return [
        (re.compile(r"(?<!\w)" + re.escape(normalise(k)) + r"(?!\w)"), int(v))
        for k, v in sorted(shifts.items(), key=lambda kv: -len(kv[0]))
    ]


def _story_shift(a: Analysis, hit: Hit, sentence: int, lex: EventLexicon):
    """ "Il 16 ottobre l'esonero di Pieri e il giorno dopo l'ingaggio di Sciarra": a day counted
    from the last day the story named before the phrase (in its sentence or the one before)."""
    start, end = a.sentence_bounds[sentence]
    text = a.document.text
    hit_char = a.doc[hit.start].idx
    window = normalise(text[start:end])
    for rx, days in _story_shifts(a.lang):
        m = rx.search(window)
        if m is None or not 0 <= hit_char - (start + m.start()) <= 80:
            continue  # the phrase leads to the trigger it dates
        phrase_at = start + m.start()
        for n in (sentence, sentence - 1):
            if n < 0:
                continue
            s0, _ = a.sentence_bounds[n]
            stated = [
                t
                for t in a.times
                if s0 <= t.start < min(phrase_at, a.sentence_bounds[n][1])
                and t.value is not None
                and t.value.day
                and t.kind != "time"
            ]
            if stated:
                day = stated[-1].end_value or stated[-1].value
                shifted = day.to_date() + timedelta(days=days)
                pub = a.document.published
                if pub is not None and pub.day and shifted > pub.to_date():
                    return None  # "lunedì, ventiquattro ore dopo l'esonero": the other way
                return PartialDate.from_date(shifted, True)
    return None


def _shifted_back(a: Analysis, hit: Hit, sentence: int) -> PartialDate | None:
    """ "Ventiquattro ore dopo l'esonero di X, il Genoa ...": the change the opening phrase
    counts from is that many days before the main clause's day."""
    start = a.sentence_bounds[sentence][0]
    hit_char = a.doc[hit.start].idx
    window = normalise(a.document.text[start:hit_char])
    for rx, days in _story_shifts(a.lang):
        m = rx.search(window)
        if (
            m is not None
            and days
            and m.group(0).endswith(" dopo")  # "ventiquattro ore dopo l'esonero di X"
            and _opens_sentence(a, sentence, start + m.start(), hit_char)
        ):
            return _shift_back(a, hit, sentence, days)
    return None


def _own_time(a: Analysis, hit: Hit, sentence: int, others) -> bool:
    """Is the first time after the change its own ("l'esonero di X, comunicato domenica
    sera")? A participle comes before it, and no other change."""
    doc = a.doc
    later = _times_after(a, hit, sentence)
    if not later:
        return False
    endings = tuple(get_event_lexicon(a.lang).participle_endings)
    between = [t for t in doc[hit.end :] if t.idx < later[0].start]
    if any(o.start >= hit.end and doc[o.start].idx < later[0].start for o in others):
        return False
    return any(t.norm_.endswith(endings) for t in between)


def _times_after(a: Analysis, hit: Hit, sentence: int) -> list:
    """The sentence's valued time expressions after the trigger, in order."""
    _, end = a.sentence_bounds[sentence]
    after = a.doc[hit.end - 1].idx
    return [t for t in a.times if after < t.start < end and t.value is not None]


def _opens_sentence(a: Analysis, sentence: int, phrase_at: int, hit_char: int) -> bool:
    """ "Ventiquattro ore dopo l'esonero di X, il Genoa ...": the phrase opens the sentence and
    the change right after it is what the main clause is counted from."""
    start = a.sentence_bounds[sentence][0]
    lead = a.document.text[start:phrase_at].strip(" \n\"'«-–")
    between = a.document.text[phrase_at:hit_char].split()
    return not lead and len(between) <= 5


def _shift_back(a: Analysis, hit: Hit, sentence: int, days: int) -> PartialDate | None:
    """The change is `days` before the main clause's day: the day the sentence states after
    the change, else the publication day."""
    later = [t for t in _times_after(a, hit, sentence) if t.value.day and t.kind != "time"]
    anchor = later[0].value if later else a.document.published
    if anchor is None or not anchor.day:
        return None
    return PartialDate.from_date(anchor.to_date() - timedelta(days=days), True)


def _item_date(a: Analysis, hit: Hit, sentence: int, lex: EventLexicon):
    """In a list item (a paragraph under a club's label: "OLBIA. Staffetta Piras-Deiana, il 14
    novembre. Il club ha salutato Piras ..."), an undated sentence takes the last day the item
    stated before it, a match's day aside."""
    para = a.paragraph_of(a.sentence_bounds[sentence][0])
    if paragraph_label(a, para) is None:
        return None
    first = sentence
    while first > 0 and a.paragraph_of(a.sentence_bounds[first - 1][0]) == para:
        first -= 1
    for n in range(sentence - 1, first - 1, -1):
        found, _ = _dated(a, hit, n, lex, a.sentence_bounds[n][1])
        if found is not None and found.day:
            return found
    return None


def list_item(a: Analysis, para: int) -> bool:
    """Does the paragraph open a list item: a bullet or number, or a club's label?"""
    start, _ = _paragraph_span(a, para)
    head = a.document.text[start : start + 6].lstrip()
    return bool(re.match(r"(?:\d{1,2}[.)]|[-•*–])\s", head)) or paragraph_label(a, para) is not None


def _item_ahead_date(a: Analysis, hit: Hit, sentence: int, lex: EventLexicon, coach=None):
    """A list item's opening sentence says who went and who came ("• Brescia: fuori Suazo,
    dentro Corini."), the next ones when ("a settembre il presidente ha cambiato idea"): the
    first date the item states, or that of the sentence naming the coach again (when it names
    nobody else: "X salutato il 1°, Y dal giorno successivo" is resolved elsewhere)."""
    para = a.paragraph_of(a.sentence_bounds[sentence][0])
    if sentence > 0 and a.paragraph_of(a.sentence_bounds[sentence - 1][0]) == para:
        return None  # not the item's opening sentence
    if not list_item(a, para):
        return None
    first = None
    n = sentence + 1
    while n < len(a.sentence_bounds) and a.paragraph_of(a.sentence_bounds[n][0]) == para:
        found, _ = _dated(a, hit, n, lex, a.sentence_bounds[n][1])
        if found is not None and is_historical(a, n):
            found = None  # not "che aveva guidato dal novembre 2013"
        people = {m.key for _, m in a.in_sentence(n) if m.kind == "person" and m.key}
        if coach in people:  # his own sentence tells his day, unless it tells another's too
            return found if people == {coach} else None  # ("X salutato il 1°, Y dal giorno
            # successivo")
        first = first or found
        n += 1
    return first


def _section_month(a: Analysis, sentence: int):
    """A month alone on a line ("SETTEMBRE") heads the items under it, up to the next one."""
    text = a.document.text
    para = a.paragraph_of(a.sentence_bounds[sentence][0])
    for k in range(para - 1, max(-1, para - 12), -1):
        start, end = _paragraph_span(a, k)
        line = text[start:end].strip().rstrip(":.")
        if not line or len(line) > 20:
            continue
        for t in a.times:
            whole = text[t.start : t.end].strip().lower() == line.lower()
            if start <= t.start < end and t.value is not None and t.value.month and whole:
                return t.value
    return None


def _heading_date(a: Analysis, hit: Hit, sentence: int, lex: EventLexicon):
    """The date a list item gives in brackets at its head ("Napoli, Mazzarri per Garcia (14
    novembre). ... De Laurentiis ha richiamato Mazzarri."), for the item's other sentences."""
    para = a.paragraph_of(a.sentence_bounds[sentence][0])
    first = sentence
    while first > 0 and a.paragraph_of(a.sentence_bounds[first - 1][0]) == para:
        first -= 1
    if first == sentence:
        return None
    start, end = a.sentence_bounds[first]
    text = a.document.text
    for t in a.times:
        if not (start <= t.start < end and t.value is not None and t.value.day):
            continue
        if not (text[start : t.start] + text[t.end : end]).strip(" .:-–\n"):
            return t.value  # a diary's entry: "5 ottobre. A Catanzaro il presidente ..."
        if (
            text[max(start, t.start - 2) : t.start].strip().endswith("(")
            and ")" in text[t.end : t.end + 2]
        ):
            return t.value
    return None


def _other_event_time(a: Analysis, hit: Hit, t, others) -> bool:
    """Is the time that of another change told as background? Its clause (with the clause a
    participle hangs on: "Dopo l'esonero di Zanetti, comunicato ieri sera, l'Empoli ha
    affidato ...") holds a backgrounded trigger of the other family and not this one."""
    doc = a.doc
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    lo, hi = clause_bounds(doc, span.start, span.end, a.lang)
    sent = doc[lo].sent
    family = _family(hit.trigger.type)
    told = any(
        o.start == lo and _family(o.trigger.type) != family for o in others
    ) and _after_person(a, lo, [hit, *others])
    if (
        lo > sent.start + 1
        and not told  # "Mazzarri, richiamato a novembre,": the participle's own change
        and doc[lo].norm_.endswith(tuple(get_event_lexicon(a.lang).participle_endings))
    ):
        lo = clause_bounds(doc, lo - 2, lo - 1, a.lang)[0]  # the participle's own clause
    if lo <= hit.start < hi:
        return False
    relative = {t.norm_ for t in doc[lo : lo + 2]} & _RELATIVES  # "X, al quale ieri ..."
    lex = get_event_lexicon(a.lang)
    return any(
        lo <= o.start < hi
        and _family(o.trigger.type) != family
        and (
            relative
            or in_background(a, o, lex)
            or (_apposed_participle(doc, o, lex) and _after_person(a, o.start, [hit, *others]))
        )
        for o in others
    )


def _after_person(a: Analysis, k: int, others) -> bool:
    """Does a person's name end right before the comma before token k ("Mazzarri, richiamato
    a novembre": his arrival; not "l'esonero di X, arrivato sabato": the dismissal's)?"""
    doc = a.doc
    if k < 2 or doc[k - 1].text != ",":
        return False
    end = doc[k - 2].idx + len(doc[k - 2])
    for m in a.mentions:
        if m.kind != "person" or m.end != end:
            continue
        first = doc.char_span(m.start, m.end, alignment_mode="expand")
        if first is None or first.start < 2:
            return True
        of = doc[first.start - 1].norm_ in ("di", "del", "dello", "della", "dell'")
        return not (of and any(o.start <= first.start - 2 < o.end for o in others))
    return False


def _apposed_participle(doc, o: Hit, lex: EventLexicon) -> bool:
    """ "ha esonerato Mazzarri, richiamato a novembre, e ...": a participle set off by a comma
    tells the person's past, not the news."""
    return (
        o.start > 0
        and doc[o.start - 1].text == ","
        and doc[o.start].norm_.endswith(tuple(lex.participle_endings))
    )


_RELATIVES = frozenset({"che", "cui", "quale", "quali"})


def _family(etype: str) -> str:
    return "arrival" if etype in _ARRIVING else etype


def _dated(a: Analysis, hit: Hit, sentence: int, lex: EventLexicon, anchor: int, others=()):
    start, end = a.sentence_bounds[sentence]
    clock = None
    best, best_dist = None, None
    days = []  # the days the sentence named so far, matches' days left out
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
        if others and _other_event_time(a, hit, t, others):
            continue
        pub = a.document.published
        if (
            hit.trigger.type != "presentation"
            and pub is not None
            and pub.day
            and t.value.day
            and t.value.to_date() > pub.to_date()
        ):
            continue  # "che dirigerà la seduta di domani": a change is not dated after the news
        lead = normalise(a.document.text[max(start, t.start - 40) : t.start])
        before = lead.split()[-5:]
        if lex.dated_by.search(lead):
            pass  # "l'avvicendamento ... è del 2 novembre"
        elif any(w.strip(",.") in lex.match_words for w in before) or _SCORE.search(
            a.document.text[max(start, t.start - 16) : t.start]
        ):
            continue  # "la sfida con il Verona, persa 1-0 domenica": the match's day
        after = normalise(a.document.text[t.end : min(end, t.end + 30)]).split()[:2]
        if after and after[0] != "dopo" and any(w in lex.fixture_words for w in after):
            continue
        if after and after[0] in lex.opponent_before and _club_at(a, t.end, 12):
            continue  # "lunedì a Bologna": the fixture
            continue  # "sarà in panchina mercoledì nel recupero col Napoli"
        line = a.document.text[a.document.text.rfind("\n", 0, t.start) + 1 : t.start]
        dateline = line.rstrip().endswith(",") and len(line) < 40  # "ROMA, 8 MAR -"
        if a.document.text[t.end : t.end + 3].strip()[:1] in ("-", "–", "—") and dateline:
            continue  # a dateline ("ROMA, 8 MAR -") dates the article; "16 gennaio - Roma:"
            # opening a line is a list item's date
        value = t.value
        if (
            hit.trigger.type == "presentation"
            and t.kind == "weekday"
            and pub is not None
            and pub.day
            and value.day
            and value.to_date() < pub.to_date()
        ):  # "sarà presentato mercoledì": the one to come
            value = PartialDate.from_date(value.to_date() + timedelta(days=7), True)
        if t.same_day and days:  # "Domenica il vertice ...; in serata la nota"
            value = days[-1].value.with_inferred(True)
        elif t.same_day and sentence > 0:  # "... ieri pomeriggio. In serata l'ufficialità"
            value = _day_before(a, hit, sentence, t, lex) or value
        if value.day and not t.same_day:
            days.append(t)
        dist = abs(t.start - anchor) + (0 if value.day else 150)  # a day beats a month
        if ";" in a.document.text[min(t.start, anchor) : max(t.start, anchor)]:
            dist += 100  # "il Napoli esonera Ancelotti; l'11 firma Gattuso": another clause's day
        if best_dist is None or dist < best_dist:
            best, best_dist = value, dist
            if t.end_value is not None and hit.trigger.type in _ARRIVING:
                best = t.end_value  # "Ballardini per Dionisi (26-29 febbraio)": the arrival ends it
    return best, clock


@cache
def get_lexicon_past_leagues(lang: str) -> tuple[str, ...]:
    return tuple(normalise(w) + " " for w in load_pack(lang)["competitions"]["past"]["before"])


def league_of(a: Analysis, sentence: int) -> str | None:
    """The league the sentence names, else the one the document names most; a league left
    behind ("dopo la promozione dalla Serie B") names none."""
    past = get_lexicon_past_leagues(a.lang)
    named = [
        m
        for m in a.mentions
        if m.kind == "competition"
        and m.key
        and not normalise(a.document.text[max(0, m.start - 8) : m.start]).endswith(past)
    ]
    here = [m.key for m in named if m.sentence == sentence]
    if here:
        return here[0]
    counts: dict[str, int] = {}
    for m in named:
        if not is_historical(a, m.sentence):
            counts[m.key] = counts.get(m.key, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def league_size(league: str | None, published, lex) -> int:
    """Clubs in the league in the season of the publication date (Serie B had 22 until 2018)."""
    size = lex.league_sizes.get(league or "", 20)
    if published is None:
        return size
    season = published.year if (published.month or 1) >= 7 else published.year - 1
    for first, last, clubs in lex.league_sizes_history.get(league or "", ()):
        if first <= season <= last:
            return clubs
    return size


def position_stated(
    a: Analysis, sentence: int, club: str, league: str | None, lex
) -> tuple[int, int | None] | None:
    """Table position in the event's sentence, else in a sentence about the same club: (the
    position, places from the bottom when so written: "penultimo" is 2), counted in a league
    of the size its season had."""
    size = league_size(league, a.document.published, lex)
    candidates = [m for m in a.mentions if m.kind == "position" and m.key]
    ordered = sorted(candidates, key=lambda m: (m.sentence != sentence, abs(m.sentence - sentence)))
    for m in ordered:
        if m.sentence != sentence:
            clubs_there = {  # opponents aside: "dopo lo 0-2 contro il Pordenone ... penultimo"
                a.clubs[i]
                for i, x in a.in_sentence(m.sentence)
                if i in a.clubs and not _opponent_mention(a, x, lex)
            }
            if clubs_there and club not in clubs_there:
                continue
            if abs(m.sentence - sentence) > 3 and club not in clubs_there:
                continue  # far off, only a sentence naming the club tells its place
        where, n = m.key.split(":")
        return (size - int(n) + 1, int(n)) if where == "bottom" else (int(n), None)
    return None


def _opponent_mention(a: Analysis, m, lex: EventLexicon) -> bool:
    span = a.doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and _not_the_club(a, span.start, m.kind, m.sentence, lex)


def reason_of(a: Analysis, sentence: int, club: str, lex: EventLexicon) -> str | None:
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


def place_of(doc, sent, lex: EventLexicon) -> str | None:
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
