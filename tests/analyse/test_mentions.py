"""Mentions: people, clubs, nicknames, descriptions, stadia, competitions, positions."""

from __future__ import annotations

import pytest

from panchina.analyse.context import resolve_clubs, topic_club
from panchina.analyse.gazetteer import load_gazetteer
from panchina.analyse.mentions import find_mentions


def mentions(nlp, text, kind=None):
    found = find_mentions(nlp(text))
    return [(m.text, m.key) for m in found if kind is None or m.kind == kind]


@pytest.mark.parametrize(
    "name, club",
    [
        ("Ascoli Calcio 1898 FC", "ascoli"),
        ("Sudtirol", "sudtirol"),
        ("Feralpi Salò", "feralpisalo"),
        ("Verona", "hellas-verona"),
        ("Spartak Mosca", "spartak-moscow"),
        ("Juve", "juventus"),
    ],
)
def test_gazetteer_lookup_aliases(name, club):
    assert load_gazetteer().lookup(name).id == club


def test_gazetteer_lookup_unknown_is_none():
    assert load_gazetteer().lookup("Pasticceria Rossi") is None


def test_mentions_full_name_then_surname(nlp):
    text = "Il Cosenza ha scelto Fabio Caserta. Caserta ha firmato un biennale."
    assert mentions(nlp, text, "person") == [
        ("Fabio Caserta", "Fabio Caserta"),
        ("Caserta", "Fabio Caserta"),
    ]


def test_mentions_cued_surname_is_a_person(nlp):
    assert ("Zanetti", "Zanetti") in mentions(
        nlp, "Il tecnico Zanetti parla alla squadra.", "person"
    )


def test_mentions_fused_hashtag_name(nlp):
    found = mentions(nlp, "Ufficiale #DavideBallardini al Sassuolo", "person")
    assert [k for _, k in found] == ["Davide Ballardini"]


def test_mentions_misspelled_surname_joins_full_name(nlp):
    text = "Arriva Luca Belingheri in panchina. Belinghieri ha diretto il primo allenamento."
    assert [k for _, k in mentions(nlp, text, "person")] == ["Luca Belingheri"] * 2


def test_mentions_lowercase_word_is_not_a_club(nlp):
    assert mentions(nlp, "Ti porto il caffè al porto.", "club") == []


@pytest.mark.parametrize(
    "text, key",
    [
        ("La squadra è al terzultimo posto in classifica.", "bottom:3"),
        ("Il Lecco è ultimo in classifica con 12 punti.", "bottom:1"),
        ("Il Bari occupa il 16° posto.", "top:16"),
        ("Siamo al dodicesimo posto.", "top:12"),
    ],
)
def test_mentions_positions(nlp, text, key):
    assert [k for _, k in mentions(nlp, text, "position")] == [key]


def test_mentions_zona_playout_is_not_a_position(nlp):
    assert mentions(nlp, "La squadra è in zona playout.", "position") == []


def test_mentions_stadium_is_not_a_club(nlp):
    found = mentions(nlp, "Il Palermo ha perso al Barbera contro il Bari.")
    assert ("Barbera", "palermo") in found
    assert ("Palermo", "palermo") in found


def test_mentions_competitions(nlp):
    assert [
        k for _, k in mentions(nlp, "Torna in cadetteria dopo la Lega Pro.", "competition")
    ] == ["Serie B", "Serie C"]


def _resolve(nlp, text):
    doc = nlp(text)
    found = find_mentions(doc)
    topic = topic_club(found, 0, len(text))
    resolved = resolve_clubs(found, load_gazetteer(), topic)
    return {found[i].text: club for i, club in resolved.items()}


def test_context_bianconeri_follow_the_document_club(nlp):
    text = (
        "L'Udinese cambia guida tecnica. I bianconeri hanno scelto un tecnico che in passato "
        "ha lavorato alla Juventus."
    )
    assert _resolve(nlp, text)["bianconeri"] == "udinese"


def test_context_region_descriptor(nlp):
    text = "Il Monopoli esonera il tecnico. Il club pugliese ha già scelto il successore."
    assert _resolve(nlp, text)["Il club pugliese"] == "monopoli"


def test_context_single_club_nickname_without_name(nlp):
    assert _resolve(nlp, "Cambio in panchina per le Rondinelle.")["Rondinelle"] == "brescia"


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Lucchese - Morandi per Fazzini (7 novembre): fatale al tecnico il pari.",
            {"Morandi", "Fazzini"},
        ),
        (
            "Imolese - Da Cerretti a Pellegrini: l'avvicendamento del 2 novembre.",
            {"Cerretti", "Pellegrini"},
        ),
        ("Vibonese - Staffetta Ruggeri-Lamberti il 3 novembre.", {"Ruggeri", "Lamberti"}),
    ],
)
def test_mentions_surnames_of_a_replacement_pair(nlp, text, names):
    assert {name for name, _ in mentions(nlp, text, "person")} == names


def test_mentions_pair_words_without_a_change_name_nobody(nlp):
    text = "Domenica si gioca Morandi per Fazzini, un concerto in piazza."
    assert mentions(nlp, text, "person") == []


def test_mentions_a_dash_between_names_splits_them_but_not_short_or_lower_prefixes(nlp):
    words = [t.text for t in nlp("Juventus-Milan, Al-Nassr e il dopo-Allegri")]
    assert words[:3] == ["Juventus", "-", "Milan"]
    assert "Al-Nassr" in words and "dopo-Allegri" in words


def test_mentions_a_name_before_a_role_apposition_is_a_person(nlp):
    text = "La squadra sarà guidata da Abdoulay Konko, allenatore della Primavera."
    assert ("Abdoulay Konko", "Abdoulay Konko") in mentions(nlp, text, "person")


def test_mentions_first_names_of_known_coaches_start_a_name():
    from panchina.analyse import analyse
    from panchina.models import Document, PartialDate

    text = "Devis Mangia è stato sollevato dall'incarico dopo il pareggio con il Trapani."
    a = analyse(Document("d", "t", None, text, PartialDate(2014, 11, 12)))
    assert [m.key for m in a.mentions if m.kind == "person"] == ["Devis Mangia"]


def test_topic_is_not_the_opponent_of_the_next_match():
    from panchina.analyse import analyse
    from panchina.models import Document, PartialDate

    text = (
        "Gozzano, la prima settimana di Rigamonti. Domani l'esordio con la Pro Vercelli\n\n"
        "Claudio Rigamonti prepara il debutto sulla panchina rossoblù, domani contro la Pro "
        "Vercelli."
    )
    a = analyse(Document("d", "t", None, text, PartialDate(2018, 12, 1)))
    assert a.topic == "gozzano"


def test_mentions_a_league_letter_ending_a_sentence_is_the_league():
    from panchina.analyse import analyse
    from panchina.models import Document, PartialDate

    text = "Per la prima volta si siede su una panchina di Serie B. Alessio Montanari è di Fano."
    a = analyse(Document("d", "t", None, text, PartialDate(2020, 1, 1)))
    assert [m.key for m in a.mentions if m.kind == "person"] == ["Alessio Montanari"]
    assert any(m.kind == "competition" for m in a.mentions)
    assert len(a.sentence_bounds) == 2


def test_mentions_a_stadium_named_after_a_person_and_a_verb_before_a_name():
    from panchina.analyse import analyse
    from panchina.models import Document, PartialDate

    text = (
        'Il nuovo allenatore dirigerà il primo allenamento al "Romeo Menti". Sarà Luca Gerace, '
        "allenatore della Primavera, a sedere in panchina."
    )
    a = analyse(Document("d", "t", None, text, PartialDate(2022, 1, 10)))
    assert [m.key for m in a.mentions if m.kind == "person"] == ["Luca Gerace"]
    assert any(m.kind == "stadium" for m in a.mentions)


def test_mentions_a_word_before_a_known_surname_is_no_first_name(nlp):
    found = mentions(nlp, "Proprio Oddo, allenatore del Padova dal 2021, era stato accostato.")
    assert not any("Proprio" in text for text, _ in found)
    assert ("Oddo", "Massimo Oddo") in found
