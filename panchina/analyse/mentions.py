"""Find what a coaching story is about: people, clubs, nicknames, stadia, competitions, positions.

All of it is lexicon-driven (gazetteer, first names, cues, ordinal words from the pack) over the
tokens of the blank spaCy pipeline; nothing here is trained. Club names and stadia must be
capitalised in the text (proper nouns), which keeps "porto" (I bring) from being FC Porto.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass

from rapidfuzz import fuzz
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from panchina.analyse.gazetteer import Gazetteer, fold, load_gazetteer
from panchina.analyse.nlp import get_nlp, normalise, vocab_bound
from panchina.lang import LangPack, load_pack
from panchina.lang.loader import DATA_DIR
from panchina.models import Mention

_PARTICLES = {"de", "di", "del", "della", "da", "dal", "lo", "la", "van", "von", "der", "dos", "d'"}
_CAMEL = re.compile(r"^#?([A-ZÀ-Ý][a-zà-ÿ]+)([A-ZÀ-Ý][a-zà-ÿ']+(?:[A-ZÀ-Ý][a-zà-ÿ]+)?)$")


@dataclass(frozen=True)
class Lexicon:
    """Matchers and word sets compiled once per language."""

    gazetteer: Gazetteer
    clubs: PhraseMatcher
    nicknames: PhraseMatcher
    stadia: PhraseMatcher
    cities: PhraseMatcher
    leagues: PhraseMatcher
    league_names: dict[str, str]
    first_names: frozenset[str]
    person_cues: frozenset[str]
    person_of_cues: frozenset[str]  # "l'esonero di X": X is a person
    surname_cues: frozenset[str]  # "affidandosi a X": X is a coach's surname
    determiners: frozenset[str]
    bench_nouns: frozenset[str]
    known_coaches: dict[str, str]  # folded surname -> full name, when the surname is unique
    from_bottom: dict[str, int]
    ordinals: dict[str, int]
    position_nouns: frozenset[str]
    position_alone: tuple[str, ...]
    position_not_before: frozenset[str]
    copulas: frozenset[str]
    position_follow: tuple[str, ...]  # what may follow an ordinal that stands alone
    place_before: frozenset[str]  # "via Cesare Battisti": a street, not a person
    not_names: frozenset[str]  # "Santo Stefano": a feast day shaped like a name
    pair_joins: frozenset[str]  # "Morandi per Fazzini": words between successor and predecessor
    pair_opener: str  # "da Cerretti a Pellegrini"
    pair_dashes: frozenset[str]  # "staffetta Ruggeri-Lamberti"
    change_words: re.Pattern[str]  # the relevance gate's stems: the sentence tells a change


def _phrase_matcher(nlp, phrases: dict[str, str]) -> PhraseMatcher:
    matcher = PhraseMatcher(nlp.vocab, attr="NORM")
    for key, phrases_of_key in _group(phrases).items():
        nlp.vocab.strings.add(key)
        matcher.add(key, list(nlp.pipe(phrases_of_key)))
    return matcher


def _group(phrases: dict[str, str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for phrase, key in phrases.items():
        out.setdefault(key, []).append(phrase)
    return out


@vocab_bound
def get_lexicon(lang: str = "it") -> Lexicon:
    pack: LangPack = load_pack(lang)
    nlp = get_nlp(lang)
    gaz = load_gazetteer(lang)
    club_phrases = {}
    for club in gaz.clubs.values():
        for alias in club.aliases:
            if gaz.aliases.get(fold(alias)) == club.id:
                club_phrases[alias.replace("’", "'")] = club.id
    nick_phrases = {k: "nick:" + k for k in gaz.nicknames}
    stadium_phrases = {k: "stadium:" + k for k in gaz.stadia}
    for written, key in gaz.spellings.items():  # the text keeps its accents: "rossoblù"
        if key in gaz.nicknames:
            nick_phrases[written] = "nick:" + key
        if key in gaz.stadia:
            stadium_phrases[written] = "stadium:" + key
    by_city: dict[str, list[str]] = {}
    for club in gaz.clubs.values():
        if club.city and club.region not in ("estero", "nazionale"):
            by_city.setdefault(club.city, []).append(club.id)
    city_phrases = {
        city: "city:" + ids[0]
        for city, ids in by_city.items()
        if len(ids) == 1 and fold(city) not in gaz.aliases
    }
    league_phrases = {}
    league_names = {}
    for name, variants in pack["competitions"]["leagues"].items():
        for v in variants:
            league_phrases[v] = "league:" + name
        league_names["league:" + name] = name
    positions = pack["positions"]
    fw = pack["text"]["function_words"]
    known = _known_coaches()
    pairs = pack["events"]["pairs"]
    return Lexicon(
        gazetteer=gaz,
        clubs=_phrase_matcher(nlp, club_phrases),
        nicknames=_phrase_matcher(nlp, nick_phrases),
        stadia=_phrase_matcher(nlp, stadium_phrases),
        cities=_phrase_matcher(nlp, city_phrases),
        leagues=_phrase_matcher(nlp, league_phrases),
        league_names=league_names,
        first_names=frozenset(fold(n) for n in pack["persons"]["first_names"]["names"])
        | {fold(name.split()[0]) for name in known.values()},  # "Devis Mangia"
        person_cues=frozenset(c.rstrip(".") for c in pack["persons"]["cues"]["before_person"]),
        person_of_cues=frozenset(pack["persons"]["cues"]["before_of_person"]),
        surname_cues=frozenset(  # as the tokens join: "nell' ordine"
            normalise(w).replace("'", "' ") for w in pack["persons"]["cues"]["before_surname"]
        ),
        determiners=frozenset(fw["determiners"]),
        bench_nouns=frozenset(fw["bench_nouns"]),
        known_coaches=known,
        not_names=frozenset(fold(h) for h in pack["dates"].get("holidays", {}) if " " in h),
        from_bottom=dict(positions["from_bottom"]),
        ordinals=dict(positions["ordinals"]),
        position_nouns=frozenset(positions["nouns"]["words"]),
        position_alone=tuple(positions["nouns"]["alone"]),
        position_not_before=frozenset(positions["nouns"]["not_before"]),
        copulas=frozenset(positions["nouns"]["copulas"]),
        position_follow=tuple(positions["nouns"]["follow"]),
        place_before=frozenset(pack["persons"]["places"]["before"]),
        pair_joins=frozenset(
            normalise(w) for w in [*pairs["successor_first"], *pairs["predecessor_first"]]
        ),
        pair_opener=pairs["predecessor_opener"],
        pair_dashes=frozenset(pairs["dashes"]),
        change_words=re.compile(
            r"(?<!\w)(?:" + "|".join(re.escape(s) for s in pack["events"]["gate"]["stems"]) + ")"
        ),
    )


def _known_coaches() -> dict[str, str]:
    """Head coaches of Europe's top leagues 2015-2024 (bundled reference data, MIT): a bare
    surname of one of them ("Sarri esonerato") is that coach when no other is so named."""
    path = DATA_DIR / "ref" / "head_coach_dismissal" / "head_coach.csv"
    if not path.is_file():
        return {}
    by_surname: dict[str, set[str]] = {}
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            name = " ".join(row["HeadCoach"].split())
            if len(name.split()) >= 2:
                by_surname.setdefault(fold(name.split()[-1]), set()).add(name)
    return {k: next(iter(v)) for k, v in by_surname.items() if len(v) == 1 and len(k) >= 4}


def _is_cap(token) -> bool:
    t = token.text
    return t[:1].isupper() and any(c.isalpha() for c in t)


def _sentence_index(doc: Doc) -> list[int]:
    """Sentence number of every token."""
    out = [0] * len(doc)
    for n, sent in enumerate(doc.sents):
        out[sent.start : sent.end] = [n] * (sent.end - sent.start)
    return out


def _mention(kind: str, span: Span, key: str | None, sent: list[int]) -> Mention:
    return Mention(kind, span.start_char, span.end_char, span.text, key, sent[span.start])


def find_mentions(doc: Doc, lang: str = "it", known: dict[str, str] | None = None) -> list[Mention]:
    """Every person, club, nickname, stadium, competition and position mention, in text order.

    `known` maps surnames to full names met elsewhere (the other articles of the same page), so
    "Carrera" alone is recognised as Massimo Carrera.
    """
    lex = get_lexicon(lang)
    vocab = doc.vocab.strings
    sent = _sentence_index(doc)
    out: list[Mention] = []
    taken = [False] * len(doc)

    def prev_norm(i: int) -> str:
        return doc[i - 1].norm_ if i > 0 else ""

    full_spans = set(_full_names(doc, lex))
    for start, end in full_spans:  # "Fabio Caserta" before the city of Caserta
        taken[start:end] = [True] * (end - start)
    full_name_taken = list(taken)
    stadia = _longest(lex.stadia(doc))

    league_tokens: set[int] = set()  # leagues and stadia: never part of a person's name

    def take_stadia(min_tokens: int) -> None:
        for match_id, start, end in stadia:
            lead = start - 1 if start > 0 and doc[start - 1].is_quote else start
            before = prev_norm(lead)
            # a stadium named after a person is the stadium after "al", "stadio" ("al Romeo
            # Menti"), the person elsewhere
            named_after = (start, end) in full_spans and before in {"al", "allo", "a", "stadio"}
            if end - start < min_tokens or not _is_cap(doc[start]):
                continue
            if any(taken[start:end]) and not named_after:
                continue
            if before not in lex.determiners and before not in {"a", "stadio"}:
                continue
            key = vocab[match_id].split(":", 1)[1]
            homes = "|".join(lex.gazetteer.stadia[key])
            out.append(_mention("stadium", doc[start:end], homes, sent))
            taken[start:end] = [True] * (end - start)
            if named_after:
                league_tokens.update(range(start, end))  # never the person too

    take_stadia(3)  # "al Città di Arezzo" before the club Arezzo
    for match_id, start, end in _longest(lex.clubs(doc)):
        if not _is_cap(doc[start]) or any(taken[start:end]):
            continue
        out.append(_mention("club", doc[start:end], vocab[match_id], sent))
        taken[start:end] = [True] * (end - start)
    take_stadia(1)
    for match_id, start, end in _longest(lex.cities(doc)):  # "a Firenze": the city's one club
        if any(taken[start:end]) or not _is_cap(doc[start]):
            continue
        if prev_norm(start) not in {"a", "ad", "di", "da", "in"}:
            continue
        key = vocab[match_id].split(":", 1)[1]
        out.append(_mention("city", doc[start:end], key, sent))
        taken[start:end] = [True] * (end - start)
    for match_id, start, end in _longest(lex.nicknames(doc)):
        if any(taken[start:end]):
            continue
        before = prev_norm(start)
        if before not in lex.determiners and before not in lex.bench_nouns:
            continue
        if end < len(doc) and _is_cap(doc[end]) and doc[end].is_alpha:
            continue  # "il Picchio Village" is a place named after the club
        key = vocab[match_id].split(":", 1)[1]
        out.append(_mention("nickname", doc[start:end], key, sent))
        taken[start:end] = [True] * (end - start)
    for match_id, start, end in _longest(lex.leagues(doc)):
        out.append(_mention("competition", doc[start:end], lex.league_names[vocab[match_id]], sent))
        taken[start:end] = [True] * (end - start)
        league_tokens.update(range(start, end))
    out.extend(_descriptors(doc, lex, sent, taken))
    out.extend(_positions(doc, lex, sent))
    club_taken = [  # a league is never a person ("una panchina di Serie B")
        (t and not f) or k in league_tokens
        for k, (t, f) in enumerate(zip(taken, full_name_taken, strict=True))
    ]
    out.extend(_persons(doc, lex, sent, club_taken, known or {}))
    out.sort(key=lambda m: (m.start, m.end))
    return out


def _longest(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Keep the longest of overlapping matches ("Ascoli Calcio 1898 FC" over "Ascoli")."""
    chosen: list[tuple[int, int, int]] = []
    used: set[int] = set()
    for m in sorted(matches, key=lambda m: (m[1] - m[2], m[1])):
        if not used.intersection(range(m[1], m[2])):
            chosen.append(m)
            used.update(range(m[1], m[2]))
    return sorted(chosen, key=lambda m: m[1])


def _descriptors(doc: Doc, lex: Lexicon, sent: list[int], taken: list[bool]) -> list[Mention]:
    """ "la squadra marchigiana", "il club pugliese", "il club": a club named by description."""
    out = []
    nouns = set(lex.gazetteer.descriptor_nouns)
    for i, token in enumerate(doc):
        if token.norm_ not in nouns or taken[i] or i == 0:
            continue
        if doc[i - 1].norm_ not in lex.determiners:
            continue
        region = None
        end = i + 1
        if i + 1 < len(doc):
            region = lex.gazetteer.region_adjectives.get(fold(doc[i + 1].text))
            if region:
                end = i + 2
        if region is None and end < len(doc) and doc[end].text[:1].isupper():
            continue  # "la società Ascoli": the name follows, found as a club
        out.append(_mention("club_ref", doc[i - 1 : end], region, sent))
    return out


def _positions(doc: Doc, lex: Lexicon, sent: list[int]) -> list[Mention]:
    """Table positions: "terzultimo posto", "18° posto", "ultimo in classifica"."""
    out = []
    for i, token in enumerate(doc):
        word = token.norm_
        nxt = doc[i + 1].norm_ if i + 1 < len(doc) else ""
        key = None
        if (
            word not in lex.from_bottom
            and word not in lex.ordinals
            and not token.text[:1].isdigit()
        ):
            continue
        after_copula = i > 0 and doc[i - 1].norm_ in lex.copulas
        tail = doc[i + 1 : i + 4].text.lower()
        # "i felsinei sono penultimi", "I galletti, undicesimi con venti punti"
        alone = (after_copula and tail.startswith(",")) or (
            (after_copula or (i > 1 and doc[i - 1].text == ","))
            and tail.startswith(lex.position_follow)
        )
        if word in lex.from_bottom:
            placed = nxt in lex.position_nouns or tail.startswith(lex.position_alone)
            if placed or after_copula or alone:
                key = f"bottom:{lex.from_bottom[word]}"
            elif word.startswith("fanalino"):
                key = "bottom:1"
        elif word in lex.ordinals and (nxt in lex.position_nouns or alone):
            key = f"top:{lex.ordinals[word]}"
        else:
            m = re.fullmatch(r"(\d{1,2})[°ºª]", token.text)
            if m and nxt in lex.position_nouns:
                key = f"top:{int(m.group(1))}"
        before = [t.norm_ for t in doc[max(0, i - 2) : i] if t.norm_ not in ("il", "la", "l'")]
        if key and not (before and before[-1] in lex.position_not_before):
            out.append(_mention("position", doc[i : i + 2], key, sent))
    for i in range(len(doc) - 2):  # "fanalino di coda"
        if doc[i].norm_ == "fanalino" and doc[i + 2].norm_ == "coda":
            out.append(_mention("position", doc[i : i + 3], "bottom:1", sent))
    return out


def _cued(doc: Doc, i: int, tok, lex: Lexicon, found: list[tuple[int, int, str]]) -> bool:
    """Is the capitalised token i introduced as a person: by a role word ("il tecnico X"), by
    "l'esonero di X", by the slot of a change ("affidandosi a X"), or in a list of names?"""
    if i > 0 and doc[i - 1].norm_.rstrip(".") in lex.person_cues:
        return True
    if tok.i == tok.sent.start:
        return False
    if i > 1 and doc[i - 1].norm_ in ("di", "del") and doc[i - 2].norm_ in lex.person_of_cues:
        return fold(tok.text) not in lex.first_names
    lead = [t.norm_ for t in doc[max(0, i - 3) : i]]
    if any(" ".join(lead[k:]) in lex.surname_cues for k in range(len(lead))):
        return True
    return _listed_after_name(doc, i, found)


def _shouting(sent: Span) -> bool:
    """Is the sentence written in capitals (a headline or a flash's title)?"""
    words = [t for t in sent if t.is_alpha and len(t) > 1]
    return len(words) >= 3 and sum(t.text.isupper() for t in words) >= 0.8 * len(words)


def _apposed(doc: Doc, i: int, lex: Lexicon, taken: list[bool]) -> bool:
    """Do two or three capitalised words at i stand before a comma and a role noun ("Abdoulay
    Konko, allenatore della Primavera")? A first name the list lacks then opens a name."""
    j = i
    while j < len(doc) and j - i < 3 and not taken[j] and _is_cap(doc[j]) and doc[j].is_alpha:
        j += 1
    if j - i == 3 and fold(doc[i + 1].text) in lex.first_names:
        return False  # "Sarà Luca Gerace, allenatore ...": the name starts at the first name
    if j - i == 2 and fold(doc[i + 1].text) in lex.known_coaches:
        return False  # "Proprio Oddo, allenatore del Padova": a word before a known surname
    return (
        j - i >= 2
        and j + 1 < len(doc)
        and doc[j].text == ","
        and doc[j + 1].norm_.rstrip(".") in lex.person_cues
    )


def _listed_after_name(doc: Doc, i: int, found: list[tuple[int, int, str]]) -> bool:
    """Does token i go on a list of surnames ("rispettivamente a Rota (19 ottobre) e a Frezza",
    "nell'ordine Marcolin e Tosi")? It follows "e"/"," (and "a") after a name found."""
    k = i - 1
    if k >= 1 and doc[k].norm_ == "a" and doc[k - 1].norm_ == "e":
        k -= 1
    if k < 1 or doc[k].norm_ not in ("e", ","):
        return False
    k -= 1
    if doc[k].text == ")":  # a bracketed date between the names
        while k > 0 and doc[k].text != "(":
            k -= 1
        k -= 1
    return any(end - 1 == k for _, end, _ in found)


def _name_part(doc: Doc, j: int) -> bool:
    """A capitalised word of a name, or an elided particle glued to the next one ("Dell'Anna",
    "D'Angelo": the tokenizer splits them at the apostrophe)."""
    tok = doc[j]
    if _is_cap(tok) and tok.is_alpha:
        return True
    return (
        tok.text[:1].isupper()
        and tok.text.endswith(("'", "’"))
        and j + 1 < len(doc)
        and _is_cap(doc[j + 1])
        and doc[j + 1].is_alpha
        and tok.whitespace_ == ""
    )


def _full_names(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """Token spans of first name + capitalised surname(s): people before places and clubs."""
    out = []
    i, n = 0, len(doc)
    while i < n:
        if fold(doc[i].text) in lex.first_names and i + 1 < n and _name_part(doc, i + 1):
            j = i + 1
            while (
                j < n
                and j - i < 4
                and (
                    _name_part(doc, j)
                    or (doc[j].norm_ in _PARTICLES and j + 1 < n and _is_cap(doc[j + 1]))
                )
            ):
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def _persons(
    doc: Doc, lex: Lexicon, sent: list[int], taken: list[bool], known: dict[str, str]
) -> list[Mention]:
    """Full names (first name + surname), cued surnames, then surnames seen before."""
    found: list[tuple[int, int, str]] = []
    n = len(doc)
    i = 0
    while i < n:
        tok = doc[i]
        cued = _cued(doc, i, tok, lex, found) if tok.text[:1].isupper() else False
        camel = _CAMEL.match(tok.text)
        if camel and fold(camel.group(1)) in lex.first_names and not taken[i]:
            found.append((i, i + 1, f"{camel.group(1)} {camel.group(2)}"))
            i += 1
            continue
        if taken[i] or not _name_part(doc, i):
            i += 1
            continue
        if not cued and i + 1 < n and not taken[i + 1]:
            cued = _apposed(doc, i, lex, taken)  # "Abdoulay Konko, allenatore della Primavera"
        if fold(tok.text) in lex.first_names or cued:
            j = i + 1
            while (
                j < n
                and j - i < 4
                and not taken[j]
                and (
                    _name_part(doc, j)
                    or (doc[j].norm_ in _PARTICLES and j + 1 < n and _is_cap(doc[j + 1]))
                )
            ):
                j += 1
            if j - i >= 2 or (cued and fold(tok.text) not in lex.first_names):
                name = " ".join(doc[i:j].text.split())
                if name.isupper() and j - i >= 2 and fold(tok.text) in lex.first_names:
                    name = name.title()  # "BRUNO CARACCIOLO, IL MAGO DI LATINA": a heading
                found.append((i, j, name))
                i = j
                continue
        i += 1
    found.extend(_paired_surnames(doc, lex, taken, found))
    feasts = {k for s, e, name in found if fold(name) in lex.not_names for k in range(s, e)}
    found = [f for f in found if f[0] not in feasts]  # "la gara di Santo Stefano"
    # Resolve surnames to the full names they abbreviate, then find bare surnames later on.
    full = dict(known)
    full.update({name.split()[-1]: name for _, _, name in found if len(name.split()) >= 2})
    surnames = set(full)
    firsts = {
        name.split()[0]: name
        for name in full.values()
        if len(name.split()) >= 2 and fold(name.split()[0]) in lex.first_names
    }
    spans = {(s, e) for s, e, _ in found}
    covered = {k for s, e, _ in found for k in range(s, e)}
    covered |= feasts
    for i, tok in enumerate(doc):
        if i in covered or taken[i]:
            continue
        if tok.text.endswith("'") and i + 1 < n and tok.text + doc[i + 1].text in surnames:
            if i + 1 not in covered and not taken[i + 1]:  # "D'Aversa": two tokens
                spans.add((i, i + 2))
                found.append((i, i + 2, full[tok.text + doc[i + 1].text]))
                covered.add(i + 1)
            continue
        if not _is_cap(tok) or not tok.is_alpha or len(tok.text) < 3:
            continue
        if tok.text.isupper() and len(tok.text) >= 4 and tok.text.title() in surnames:
            found.append((i, i + 1, full[tok.text.title()]))  # "CHI È ROSSETTO"
            continue
        if tok.text in surnames:
            lo = i
            before = doc[i - 1] if i > 0 else None
            if (
                before is not None
                and before.norm_ in _PARTICLES
                and _is_cap(before)
                and f"{before.text} {tok.text}" in full[tok.text]  # not "Da Pieri a Sciarra"
            ):
                lo = i - 1 if not taken[i - 1] else i  # "De Rossi" for Daniele De Rossi
            spans.add((lo, i + 1))
            found.append((lo, i + 1, full[tok.text]))
        elif tok.text in firsts:  # "il club ringrazia Walter": Walter Mazzarri, named before
            found.append((i, i + 1, firsts[tok.text]))
        elif fold(tok.text) in lex.known_coaches and tok.i != tok.sent.start:
            found.append((i, i + 1, lex.known_coaches[fold(tok.text)]))
        elif len(tok.text) >= 6:
            best = max(surnames, key=lambda s: fuzz.ratio(s, tok.text), default=None)
            if best and fuzz.ratio(best, tok.text) >= 88 and best[0] == tok.text[0]:
                found.append((i, i + 1, full[best]))
    found.extend(_table_names(doc, taken, {k for s, e, _ in found for k in range(s, e)}, full))
    told: set[str] | None = None  # capitalised words in the body's case, when needed
    out = []
    for s, e, name in found:
        if s > 0 and doc[s - 1].text in lex.place_before:
            continue  # "in via Cesare Battisti", "al centro Bruseschi" (a headline's "Via X")
        shouted = all(t.text.isupper() for t in doc[s:e])
        if shouted and told is None and e - s >= 2:
            told = {t.text for t in doc if _is_cap(t) and not t.text.isupper()}
        if (
            shouted
            and _shouting(doc[s].sent)
            and doc[s:e].text.title() not in surnames
            and not (e - s >= 2 and name.split()[-1] in (told or ()))
        ):
            continue  # "SQUADRA AFFIDATA AL TECNICO DELLA PRIMAVERA": capitals name nobody
        if name.isupper() and len(name) >= 4 and name.title() in full:
            name = name.title()  # "ESONERATO ODDO": Massimo Oddo, named in the body
        key = full.get(name, name) if len(name.split()) == 1 else name
        longer = full.get(name.split()[-1], "")
        if longer != name and longer.endswith(" " + name):  # "Di Francesco": Eusebio Di Francesco
            key = longer
        out.append(_mention("person", doc[s:e], key, sent))
    return out


def _paired_surnames(
    doc: Doc, lex: Lexicon, taken: list[bool], found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Bare surnames a list writes as a replacement pair ("Morandi per Fazzini", "Da Cerretti a
    Pellegrini", "Staffetta Ruggeri-Lamberti", "Vitale in luogo dell'esonerato Bonfanti"): two
    capitalised words no other list knows, joined by a pair's words, in a sentence that tells a
    change (a word of the relevance gate)."""
    covered = {k for s, e, _ in found for k in range(s, e)}

    def free(i: int) -> bool:
        tok = doc[i]
        return (
            _is_cap(tok)
            and tok.is_alpha
            and len(tok.text) >= 3
            and not taken[i]
            and fold(tok.text) not in lex.first_names
            and not tok.text.isupper()
        )

    def named(i: int) -> bool:
        return i in covered or free(i)

    out: list[tuple[int, int, str]] = []
    for sent in doc.sents:
        # a change's words in the sentence, or a club heading it ("Avellino: Toscano-Novellino")
        changed = lex.change_words.search(normalise(sent.text)) is not None
        if not changed and not any(
            _opens_after_club(doc, i, taken)
            for i in range(sent.start, min(sent.start + 6, sent.end))
        ):
            continue
        for i in range(sent.start, sent.end - 2):
            if not named(i):
                continue
            for j in range(i + 2, min(i + 6, sent.end)):
                if not named(j) or (i in covered and j in covered):
                    continue
                between = normalise(doc[i + 1 : j].text)
                opener = doc[i - 1].norm_ if i > sent.start else ""
                dashed = between in lex.pair_dashes and doc[i].whitespace_ == ""
                if dashed and not changed and not _opens_after_club(doc, i, taken):
                    continue
                if between in lex.pair_joins and (between != "a" or opener == lex.pair_opener):
                    pass
                elif not dashed:
                    continue
                for k in (i, j):
                    if k not in covered:
                        out.append((k, k + 1, doc[k].text))
                        covered.add(k)
                break
    return out


def _opens_after_club(doc: Doc, i: int, taken: list[bool]) -> bool:
    """Does token i come right after a club that opens its sentence and a colon or dash?"""
    if i < 2 or doc[i - 1].text not in (":", "-", "–", "—") or not taken[i - 2]:
        return False
    k = i - 2
    while k > doc[i].sent.start and taken[k - 1]:
        k -= 1
    return k == doc[i].sent.start


_ARROWS = frozenset({">", "→", "⇒", "»"})


def _table_names(
    doc: Doc, taken: list[bool], covered: set[int], full: dict[str, str]
) -> list[tuple[int, int, str]]:
    """Names in table rows written as text ("PISA - Maran -> esonerato il 4/10 -> dal 4/10
    D'Angelo"): in a line with arrows, a capitalised word after a dash, an arrow or a date is a
    coach's surname, known or not."""
    out = []
    for sent in doc.sents:
        pipes = sum(t.text == "|" for t in sent) >= 3  # "Monterosi | Menichini | esonerato"
        if not pipes and not any(t.text in _ARROWS for t in sent):
            continue
        i = sent.start
        while i < sent.end:
            tok = doc[i]
            prev = doc[i - 1].text if i > sent.start else ""
            opens = prev in ("-", "–", *_ARROWS) or any(c.isdigit() for c in prev)
            opens |= pipes and prev == "|"
            # "PESCARA: Oddo → Breda", "Cosenza (Dionigi → Viali, 8 novembre)"
            opens |= prev in (":", "(") and i + 1 < sent.end and doc[i + 1].text in _ARROWS
            if i == sent.start:  # "Asta → sollevato il 23/10 → dal 24/10 Zichella"
                opens = i + 1 < sent.end and doc[i + 1].text in _ARROWS - {"»"}
            name_start = _is_cap(tok) and (tok.is_alpha or tok.text.endswith("'"))
            if not (opens and name_start) or taken[i] or i in covered or tok.text.isupper():
                i += 1
                continue
            j = i
            while (
                j < sent.end
                and not taken[j]
                and j not in covered
                and (
                    (_is_cap(doc[j]) and doc[j].is_alpha)
                    or (doc[j].text.endswith("'") and j + 1 < sent.end and _is_cap(doc[j + 1]))
                    or (doc[j].norm_ in _PARTICLES and j + 1 < sent.end and _is_cap(doc[j + 1]))
                )
            ):
                j += 1
            if j > i and not all(t.norm_ in _PARTICLES for t in doc[i:j]):
                name = " ".join(t.text for t in doc[i:j]).replace("' ", "'")
                out.append((i, j, full.get(name, name)))
            i = max(j, i + 1)
    return out


def normalise_text(text: str) -> str:
    return normalise(text)
