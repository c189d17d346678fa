"""Dates of changes as a story tells them: our own sentences, one behaviour each."""

from __future__ import annotations

import panchina


def dated(text: str, published: str) -> dict[tuple[str, str], str | None]:
    result = panchina.extract(text, published=published)
    return {(e.type, e.coach.name): (e.date.iso() if e.date else None) for e in result.events}


def test_a_part_of_the_day_takes_the_day_the_sentence_named():
    got = dated(
        "Domenica pomeriggio la dirigenza del Pisa ha deciso di esonerare Aldo Neri; in serata "
        "una nota ufficiale ha annunciato l'ingaggio di Renzo Galli.",
        "2024-11-18",  # a Monday
    )
    assert got[("dismissal", "Aldo Neri")] == "2024-11-17"


def test_a_change_is_never_dated_after_the_news():
    got = dated(
        "Il Pisa ha affidato la squadra a Renzo Galli, finora allenatore della Primavera, che "
        "dirigerà la seduta di domani pomeriggio.",
        "2024-11-18",
    )
    assert got[("appointment", "Renzo Galli")] == "2024-11-18"


def test_the_day_after_counts_from_the_day_the_story_named():
    got = dated(
        "Il 16 ottobre il Pisa ha esonerato Aldo Neri e il giorno dopo ha ufficializzato "
        "l'ingaggio del nuovo allenatore Renzo Galli.",
        "2024-11-18",
    )
    assert got[("dismissal", "Aldo Neri")] == "2024-10-16"
    assert got[("appointment", "Renzo Galli")] == "2024-10-17"


def test_a_list_item_dates_its_sentences_by_the_day_it_stated():
    text = (
        "Serie C, i cambi in panchina\n\n"
        "OLBIA. Cambio consumato in un solo giorno, il 14 novembre. Il club ha esonerato "
        "l'allenatore Stefano Piras e ha affidato la squadra a Marco Deiana.\n\n"
        "FERMANA. Il 27 novembre il club ha esonerato l'allenatore Gianluca Terrenzi."
    )
    got = dated(text, "2024-12-20")
    assert got[("dismissal", "Stefano Piras")] == "2024-11-14"
    assert got[("dismissal", "Gianluca Terrenzi")] == "2024-11-27"


def test_a_date_predicated_of_the_change_is_its_date_whatever_match_came_before():
    got = dated(
        "Imolese - Da Marco Verdi a Luca Neri: l'avvicendamento, deciso all'indomani del quarto "
        "ko consecutivo, è del 2 novembre.",
        "2021-11-09",
    )
    assert got[("appointment", "Luca Neri")] == "2021-11-02"


def test_a_diary_entry_dates_the_sentences_under_it():
    got = dated(
        "Il diario delle panchine del girone.\n\n"
        "5 ottobre. A Catanzaro il presidente revoca l'incarico all'allenatore Marco Verdi.",
        "2016-02-10",
    )
    assert got[("dismissal", "Marco Verdi")] == "2015-10-05"


def test_yesterdays_part_of_the_day_in_long_form_dates_the_change():
    text = (
        "Nella giornata di ieri il Cesena ha comunicato di aver sollevato "
        "dall'incarico l'allenatore William Viali."
    )
    (e,) = panchina.extract(text, published="2023-03-14").events
    assert e.date.iso() == "2023-03-13"


def test_a_change_counted_back_from_the_main_clause():
    got = dated(
        "Ventiquattro ore dopo l'esonero di Aldo Neri, il Pisa ha un nuovo allenatore: "
        "stamattina la società ha affidato la squadra a Renzo Galli.",
        "2024-11-20",
    )
    assert got[("dismissal", "Aldo Neri")] == "2024-11-19"
    assert got[("appointment", "Renzo Galli")] == "2024-11-20"


def test_a_verb_of_announcing_about_another_change_does_not_date_this_one():
    got = dated(
        "Il Pisa ha un nuovo allenatore dopo l'esonero di Aldo Neri, comunicato ieri sera. "
        "Il club ha comunicato in tarda mattinata di aver affidato la squadra a Renzo Galli.",
        "2024-11-20",
    )
    assert got[("dismissal", "Aldo Neri")] == "2024-11-19"


def test_a_part_of_the_day_opening_a_sentence_takes_yesterday_told_before():
    got = dated(
        "Il Pisa ha comunicato ieri pomeriggio di aver esonerato Aldo Neri. La squadra è "
        "sedicesima.\n\nIn serata è arrivata l'ufficialità del successore: Renzo Galli è il "
        "nuovo allenatore.",
        "2024-11-20",
    )
    assert got[("appointment", "Renzo Galli")] == "2024-11-19"


def test_a_morning_after_last_nights_news_is_not_that_day():
    got = dated(
        "Il Pisa ha esonerato ieri in tarda serata Aldo Neri. In mattinata il club ha "
        "affidato la squadra a Renzo Galli.",
        "2024-11-20",
    )
    assert got[("appointment", "Renzo Galli")] == "2024-11-20"


def test_the_next_day_after_a_dated_dismissal():
    got = dated(
        "Il Forlì ha sollevato dall'incarico Aldo Neri il 3 ottobre e l'indomani ha "
        "presentato come nuovo allenatore Renzo Galli.",
        "2016-05-09",
    )
    assert got[("appointment", "Renzo Galli")] == "2015-10-04"


def test_a_participle_set_off_after_a_name_dates_that_persons_past():
    got = dated(
        "Il Napoli ha esonerato Walter Mazzarri, richiamato a novembre, e ha affidato la "
        "squadra a Francesco Calzona.",
        "2024-02-19",
    )
    assert got[("dismissal", "Walter Mazzarri")] == "2024-02-19"


def test_a_list_item_is_dated_by_the_sentences_that_follow_its_head():
    text = (
        "Serie B 2018-19: tutti gli esoneri della stagione.\n\n"
        "• Brescia: fuori David Suazo, dentro Eugenio Corini. L'honduregno è durato tre "
        "giornate: a settembre il presidente ha cambiato idea.\n\n"
        "• Livorno: fuori Cristiano Lucarelli, dentro Roberto Breda. Ai primi di ottobre il club "
        "ha salutato il tecnico della promozione."
    )
    got = dated(text, "2019-05-20")
    assert got[("dismissal", "David Suazo")] == "2018-09"
    assert got[("appointment", "Roberto Breda")] == "2018-10"


def test_a_month_alone_on_a_line_dates_the_items_below_it():
    text = (
        "Serie A 2021-22, il riepilogo dei cambi in panchina.\n\nNOVEMBRE\n\n"
        "- Genoa, Shevchenko per Ballardini. La nuova proprietà cambia guida tecnica.\n\n"
        "DICEMBRE\n\n- Udinese, Cioffi per Gotti. Promosso il vice."
    )
    got = dated(text, "2022-05-24")
    assert got[("appointment", "Andriy Shevchenko")] == "2021-11"
    assert got[("appointment", "Gabriele Cioffi")] == "2021-12"
