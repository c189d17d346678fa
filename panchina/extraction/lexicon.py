"""The event rules' vocabulary, compiled once per language from the pack (events.toml,
persons.toml, reasons.toml, competitions.toml, text.toml)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from panchina.analyse.gazetteer import fold
from panchina.analyse.nlp import normalise
from panchina.lang import load_pack


@dataclass(frozen=True)
class EventLexicon:
    coach_words: re.Pattern[str]
    interim: re.Pattern[str]
    not_coach_before: frozenset[str]
    not_coach_after: tuple[str, ...]
    not_coach_names: frozenset[str]
    coach_cues: frozenset[str]
    opponent_before: frozenset[str]
    temporal_before: frozenset[str]
    past_before: frozenset[str]
    come_words: frozenset[str]
    from_words: frozenset[str]
    attach: frozenset[str]
    place_cues: tuple[str, ...]
    result_words: dict[str, str]
    match_words: frozenset[str]
    fixture_words: frozenset[str]
    background_before: frozenset[str]
    in_his_place: re.Pattern[str]
    stand_in: re.Pattern[str]
    elapsed_units: frozenset[str]
    subordinate_before: tuple[str, ...]
    same_announcement: re.Pattern[str]
    respectively: re.Pattern[str]
    league_sizes: dict[str, int]
    league_sizes_history: dict[str, list[list[int]]]
    participle_endings: tuple[str, ...]
    active_auxiliaries: frozenset[str]
    object_clitics: frozenset[str]
    noun_markers: frozenset[str]
    pronoun_objects: frozenset[str]
    state_lemmas: frozenset[str]
    choice_lemmas: frozenset[str]
    remote_past_endings: tuple[str, ...]
    choice_of_coach: frozenset[str]
    choice_articles: frozenset[str]
    imperfect_endings: dict[str, tuple[str, ...]]
    pluperfect_auxiliaries: frozenset[str]
    anaphora: re.Pattern[str]
    followup: re.Pattern[str]
    dative_relatives: tuple[str, ...]
    substitution_words: tuple[str, ...]
    co_coach_nouns: frozenset[str]
    side_words: frozenset[str]
    first_team: re.Pattern[str]
    side_articles: frozenset[str]
    side_of: frozenset[str]
    side_heads: frozenset[str]
    side_benches: frozenset[str]
    interim_roles: re.Pattern[str]
    match_frame: frozenset[str]
    promoted: tuple[str, ...]
    dated_by: re.Pattern[str]
    history: re.Pattern[str]
    pairs_successor_first: frozenset[str]
    pairs_predecessor_first: frozenset[str]
    pairs_opener: str
    pairs_dashes: frozenset[str]
    pairs_dash_openers: frozenset[str]
    pairs_framed: tuple[tuple[str, str], ...]
    apposition_heads: frozenset[str]
    successor_nouns: re.Pattern[str]
    relation_nouns: frozenset[str]
    predecessor_before: frozenset[str]
    predecessor_of: frozenset[str]
    predecessor_departures: frozenset[str]
    predecessor_links: frozenset[str]
    in_place_of: tuple[str, ...]
    no_longer: tuple[str, ...]
    permanent: re.Pattern[str]
    new_coach: re.Pattern[str]
    place_before: frozenset[str]
    successor_words: tuple[str, ...]


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
        not_coach_names=frozenset(fold(w) for w in persons["not_coach"].get("names", [])),
        coach_cues=frozenset(
            {"tecnico", "allenatore", "mister", "coach", "trainer", "traghettatore"}
        ),
        opponent_before=frozenset(normalise(w) for w in ev["club_context"]["opponent_before"]),
        temporal_before=frozenset(normalise(w) for w in ev["club_context"]["temporal_before"]),
        past_before=frozenset(normalise(w) for w in ev["club_context"]["past_before"]),
        come_words=frozenset(normalise(w) for w in ev["club_context"]["come_words"]),
        from_words=frozenset(normalise(w) for w in ev["club_context"]["from_words"]),
        attach=frozenset(normalise(w) for w in ev["club_context"]["attach"]),
        place_cues=tuple(normalise(w) for w in ev["presentation"]["place_cues"]),
        result_words=results,
        match_words=frozenset({*(normalise(w) for w in ev["context"]["match_words"]), *results}),
        fixture_words=frozenset(normalise(w) for w in ev["context"]["match_words"]),
        background_before=frozenset(normalise(w) for w in ev["context"]["background_before"]),
        elapsed_units=frozenset(normalise(w) for w in ev["context"]["elapsed_units"]),
        in_his_place=_words_regex(ev["context"]["in_his_place"]),
        stand_in=_words_regex(ev["context"]["stand_in"]),
        subordinate_before=tuple(normalise(w) for w in ev["context"]["subordinate_before"]),
        same_announcement=_words_regex(ev["context"]["same_announcement"]),
        respectively=_words_regex(ev["context"]["respectively"]),
        league_sizes=dict(pack["competitions"]["league_sizes"]),
        league_sizes_history=dict(pack["competitions"].get("league_sizes_history", {})),
        participle_endings=tuple(pack["text"]["verbs"]["participle_endings"]),
        active_auxiliaries=frozenset(pack["text"]["verbs"]["active_auxiliaries"]),
        object_clitics=frozenset(pack["text"]["verbs"]["object_clitics"]),
        noun_markers=frozenset(pack["text"]["verbs"]["noun_markers"]),
        pronoun_objects=frozenset(pack["text"]["verbs"]["pronoun_objects"]),
        state_lemmas=frozenset(pack["text"]["verbs"]["state_lemmas"]),
        choice_lemmas=frozenset(pack["text"]["verbs"]["choice_lemmas"]),
        remote_past_endings=tuple(pack["text"]["verbs"]["remote_past_endings"]),
        choice_of_coach=frozenset(pack["text"]["verbs"]["choice_of_coach"]),
        choice_articles=frozenset(pack["text"]["verbs"]["choice_articles"]),
        imperfect_endings={
            k: tuple(v) for k, v in pack["text"]["verbs"]["imperfect_endings"].items()
        },
        pluperfect_auxiliaries=frozenset(pack["text"]["verbs"]["pluperfect_auxiliaries"]),
        anaphora=_words_regex(ev["context"]["anaphora"]),
        followup=_words_regex(ev["context"]["followup_nouns"]),
        dative_relatives=tuple(normalise(w) for w in ev["context"]["dative_relatives"]),
        substitution_words=tuple(normalise(w) for w in ev["pairs"]["substitution_words"]),
        co_coach_nouns=frozenset(ev["context"]["co_coach_nouns"]),
        side_words=frozenset(ev["club_context"]["side_words"]),
        first_team=_words_regex(ev["club_context"]["first_team"]),
        side_articles=frozenset(ev["club_context"]["side_articles"]),
        side_of=frozenset(ev["club_context"]["side_of"]),
        side_heads=frozenset(ev["club_context"]["side_heads"]),
        side_benches=frozenset(ev["club_context"]["side_benches"]),
        interim_roles=_words_regex(ev["modifiers"]["interim_roles"]),
        match_frame=frozenset(normalise(w) for w in ev["modifiers"]["match_frame"]),
        promoted=tuple(normalise(w) for w in ev["modifiers"]["promoted"]),
        dated_by=re.compile(
            r"(?<!\w)(?:"
            + "|".join(re.escape(normalise(w)) for w in ev["context"]["dated_by"])
            + r")\s*$"
        ),
        history=_words_regex(ev["context"]["history"]),
        pairs_successor_first=frozenset(ev["pairs"]["successor_first"]),
        pairs_predecessor_first=frozenset(ev["pairs"]["predecessor_first"]),
        pairs_opener=ev["pairs"]["predecessor_opener"],
        pairs_dashes=frozenset(ev["pairs"]["dashes"]),
        pairs_dash_openers=frozenset(ev["pairs"]["dash_openers"]),
        pairs_framed=tuple((normalise(o), normalise(j)) for o, j in ev["pairs"]["framed"]),
        apposition_heads=frozenset(ev["club_context"]["apposition_heads"]),
        successor_nouns=_words_regex(ev["context"]["successor_nouns"]),
        relation_nouns=frozenset(persons["relations"]["of"]),
        predecessor_before=frozenset(persons["predecessors"]["before"]),
        predecessor_of=frozenset(persons["predecessors"]["of"]),
        predecessor_departures=frozenset(persons["predecessors"]["departures"]),
        predecessor_links=frozenset(persons["predecessors"]["links"]),
        in_place_of=tuple(normalise(w) for w in persons["predecessors"]["in_place_of"]),
        no_longer=tuple(normalise(w) for w in ev["modifiers"]["no_longer"]),
        permanent=_words_regex(ev["modifiers"]["permanent"]),
        new_coach=_words_regex(ev["modifiers"]["new_coach"]),
        place_before=frozenset(ev["club_context"]["place_before"]),
        successor_words=tuple(ev["context"]["successor_nouns"]),
    )
