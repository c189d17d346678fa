"""Italian temporal expressions: spans, kinds and values, one behaviour per case."""

from __future__ import annotations

import time

import pytest

from panchina.analyse.dates import (
    TimeExpr,
    _grammar,
    find_time_expressions,
    infer_published,
    season_of,
)
from panchina.lang import load_pack
from panchina.models import PartialDate as P

MAR12 = P(2024, 3, 12)  # a Tuesday
MAR13 = P(2024, 3, 13)  # a Wednesday

FOUNDING = (
    "Il Perugia ha scelto il nuovo allenatore: torna in panchina dopo la breve esperienza al "
    "Bari, tra febbraio ed aprile 2021. Adesso una nuova grande chance dopo quasi tre anni. Il "
    "tecnico sarà presentato agli organi di informazione domani, mercoledì 13 marzo, alle ore "
    "18:00 presso la sala stampa dello stadio."
)


def one(text: str, published: P | None = None) -> TimeExpr:
    """The single expression of `text`, checked against its own span."""
    found = find_time_expressions(text, published)
    assert len(found) == 1, found
    e = found[0]
    assert text[e.start : e.end] == e.text
    return e


def value(e: TimeExpr) -> tuple[str | None, bool | None]:
    return (e.value.iso(), e.value.inferred) if e.value else (None, None)


@pytest.mark.parametrize(
    ("text", "published", "span", "iso", "inferred"),
    [
        (
            "Il club lo ha esonerato il 13 marzo 2024 dopo il ko.",
            None,
            "13 marzo 2024",
            "2024-03-13",
            False,
        ),
        ("Ufficiale il 13/03/2024 l'esonero del tecnico.", None, "13/03/2024", "2024-03-13", False),
        ("Contratto firmato il 13.3.2024 in sede.", None, "13.3.2024", "2024-03-13", False),
        ("Comunicato del 13/03/24 sul sito.", None, "13/03/24", "2024-03-13", False),
        ("Il verbale porta la data 2024-03-13.", None, "2024-03-13", "2024-03-13", False),
        (
            "Il ritiro comincia il 1° luglio a Folgaria.",
            P(2024, 6, 20),
            "1° luglio",
            "2024-07-01",
            True,
        ),
        (
            "Il ritiro comincia il primo luglio a Folgaria.",
            P(2024, 6, 20),
            "primo luglio",
            "2024-07-01",
            True,
        ),
        ("Il tecnico era arrivato l'11 aprile.", P(2024, 5, 2), "11 aprile", "2024-04-11", True),
        ("Esonerato il 13 MARZO 2024.", None, "13 MARZO 2024", "2024-03-13", False),
        ("Esonerato il 13 set. 2023 dopo tre ko.", None, "13 set. 2023", "2023-09-13", False),
        ("Nominato il 13 marzo del 2024.", None, "13 marzo del 2024", "2024-03-13", False),
    ],
)
def test_absolute_date(text, published, span, iso, inferred):
    e = one(text, published)
    assert (e.kind, e.text, e.start) == ("date", span, text.index(span))
    assert value(e) == (iso, inferred)


@pytest.mark.parametrize(
    ("text", "published", "iso"),
    [
        ("Esonerato il 13/11 dopo il derby.", MAR12, "2023-11-13"),  # past: last November
        ("Sarà presentato il 13 marzo.", MAR12, "2024-03-13"),
        ("Si torna in campo il 10 aprile.", MAR12, "2024-04-10"),  # within a month ahead
        ("Aveva debuttato il 20 aprile.", MAR12, "2023-04-20"),  # more than a month ahead: past
        ("Il ritiro invernale inizia il 5 gennaio.", P(2024, 12, 20), "2025-01-05"),
        ("Il mercato di gennaio si chiude il 31 gennaio.", MAR12, "2024-01-31"),
    ],
)
def test_missing_year_comes_from_publication(text, published, iso):
    e = next(e for e in find_time_expressions(text, published) if e.kind == "date")
    assert value(e) == (iso, True)


def test_missing_year_without_publication_has_no_value():
    e = one("Sarà presentato il 13 marzo.")
    assert (e.kind, e.value, e.candidates) == ("date", None, ())


def test_missing_year_takes_the_year_stated_earlier_in_the_sentence():
    text = "Nel 2012 ha guidato il Bari fino ad ottobre."
    year, until = find_time_expressions(text, MAR12)
    assert (year.text, year.value) == ("2012", P(2012))
    assert (until.kind, until.text, until.value) == ("range", "fino ad ottobre", None)
    assert (until.end_value.iso(), until.end_value.inferred) == ("2012-10", True)


def test_stated_year_does_not_reach_the_next_sentence():
    e = find_time_expressions("Nel 2012 ha guidato il Bari. Tornerà a ottobre.", MAR12)[1]
    assert (e.kind, e.text, e.value.iso()) == ("month", "ottobre", "2023-10")


@pytest.mark.parametrize(
    ("text", "published", "kind", "span", "iso", "inferred"),
    [
        (
            "L'accordo è stato raggiunto a marzo 2024.",
            None,
            "month",
            "marzo 2024",
            "2024-03",
            False,
        ),
        ("Era arrivato a gennaio.", MAR12, "month", "gennaio", "2024-01", True),
        ("Resterà in carica ad ottobre.", P(2024, 9, 20), "month", "ottobre", "2024-10", True),
        ("Ha vinto il campionato nel 2016.", None, "year", "2016", "2016", False),
        ("Debuttò in Serie A nel 2008.", None, "year", "2008", "2008", False),
        ("Arrivò nell'estate del 2016.", None, "year", "2016", "2016", False),
        ("Fu esonerato a fine 2019.", None, "year", "2019", "2019", False),
    ],
)
def test_month_and_year(text, published, kind, span, iso, inferred):
    e = one(text, published)
    assert (e.kind, e.text, e.start) == (kind, span, text.index(span))
    assert value(e) == (iso, inferred)


@pytest.mark.parametrize(
    "text",
    [
        "L'Ascoli Calcio 1898 FC ha cambiato allenatore.",
        "Il Bari ha vinto 4-2 in casa.",
        "Finisce 2-1 al 90' con il gol di Rossi.",
        "La squadra è al 18° posto in classifica.",
        "Il Pisa ha 30 punti.",
        "Servono 3 punti.",
        "Ha segnato al minuto 90.",
        "Schierato con il 4-3-3.",
        "Il gol di Maggio chiude la gara.",  # a surname, not the month
        "Davanti a 2000 tifosi.",
        "Il Bari scende in campo alle 3 partite dal termine.",
        "Ha perso 1-0 ai quarti di finale, 1/8 di finale l'anno prima.",
    ],
)
def test_not_a_date(text):
    assert find_time_expressions(text, MAR12) == []


@pytest.mark.parametrize(
    ("text", "span", "season"),
    [
        ("Il bilancio della 2023-24 è positivo.", "2023-24", "2023-24"),
        ("Obiettivo salvezza per il 2023/24.", "2023/24", "2023-24"),
        ("Ha firmato per la stagione 2023-2024.", "stagione 2023-2024", "2023-24"),
        ("Era il campionato 2019/2020.", "campionato 2019/2020", "2019-20"),
        ("Nella stagione 1999-00 vinse tutto.", "stagione 1999-00", "1999-00"),
    ],
)
def test_numeric_season(text, span, season):
    e = one(text)
    assert (e.kind, e.text, e.start, e.season) == ("season", span, text.index(span), season)
    assert e.value == P(int(season[:4]))


@pytest.mark.parametrize(
    ("text", "published", "span", "offset", "iso", "season"),
    [
        (
            "Passò al Bari nella stagione successiva.",
            MAR12,
            "nella stagione successiva",
            1,
            None,
            None,
        ),
        (
            "Ha chiuso la scorsa stagione al decimo posto.",
            None,
            "la scorsa stagione",
            -1,
            None,
            None,
        ),
        (
            "Ha chiuso la scorsa stagione al decimo posto.",
            MAR12,
            "la scorsa stagione",
            -1,
            "2022",
            "2022-23",
        ),
        (
            "Ha vinto sei gare in questa stagione.",
            MAR12,
            "in questa stagione",
            0,
            "2023",
            "2023-24",
        ),
        ("Era arrivato in estate dal Pisa.", MAR12, "in estate", 0, None, None),
    ],
)
def test_season_phrase(text, published, span, offset, iso, season):
    e = one(text, published)
    assert (e.kind, e.text, e.season_offset, e.season, e.relative_days) == (
        "season",
        span,
        offset,
        season,
        None,
    )
    assert (e.value.iso() if e.value else None) == iso


@pytest.mark.parametrize(
    ("text", "span", "days", "iso"),
    [
        ("Il club ha esonerato ieri il tecnico.", "ieri", -1, "2024-03-11"),
        ("L'annuncio è arrivato ieri sera.", "ieri sera", -1, "2024-03-11"),
        ("Oggi la firma.", "Oggi", 0, "2024-03-12"),
        (
            "Il nuovo tecnico ha diretto stamattina il primo allenamento.",
            "stamattina",
            0,
            "2024-03-12",
        ),
        ("L'ufficialità è attesa in serata.", "in serata", 0, "2024-03-12"),
        ("Sarà presentato domani.", "domani", 1, "2024-03-13"),
        ("La firma è prevista dopodomani.", "dopodomani", 2, "2024-03-14"),
        ("Si era dimesso l’altro ieri.", "l’altro ieri", -2, "2024-03-10"),
    ],
)
def test_relative_day(text, span, days, iso):
    e = one(text, MAR12)
    assert (e.kind, e.text, e.start, e.relative_days) == ("relative", span, text.index(span), days)
    assert value(e) == (iso, True)


def test_relative_day_without_publication_keeps_the_offset():
    e = one("Il club ha esonerato ieri il tecnico.")
    assert (e.kind, e.value, e.relative_days) == ("relative", None, -1)


@pytest.mark.parametrize(
    ("text", "span", "iso", "days"),
    [
        ("La squadra si è allenata lunedì.", "lunedì", "2024-03-11", -2),
        ("Lunedi la decisione.", "Lunedi", "2024-03-11", -2),  # no accent, capital
        ("Mercoledì la firma.", "Mercoledì", "2024-03-13", 0),  # on the day itself
        ("La gara di domenica ha deciso tutto.", "domenica", "2024-03-10", -3),
        ("La sconfitta di lunedì scorso.", "lunedì scorso", "2024-03-11", -2),
        ("La sconfitta di mercoledì scorso.", "mercoledì scorso", "2024-03-06", -7),
        ("Lo scorso lunedì il ko.", "scorso lunedì", "2024-03-11", -2),
        ("Si giocherà lunedì prossimo.", "lunedì prossimo", "2024-03-18", 5),
        ("Debutto la prossima domenica.", "prossima domenica", "2024-03-17", 4),
    ],
)
def test_weekday(text, span, iso, days):
    e = one(text, MAR13)
    assert (e.kind, e.text, e.start, e.relative_days) == ("weekday", span, text.index(span), days)
    assert value(e) == (iso, True)


@pytest.mark.parametrize(
    ("text", "published", "kind", "span", "iso"),
    [
        (
            "Esonerato nella notte tra lunedì e martedì.",
            MAR13,
            "weekday",
            "nella notte tra lunedì e martedì",
            "2024-03-12",
        ),
        (
            "Esonerato nella notte tra il 12 e il 13 marzo.",
            MAR13,
            "date",
            "nella notte tra il 12 e il 13 marzo",
            "2024-03-13",
        ),
    ],
)
def test_night_dates_the_second_day(text, published, kind, span, iso):
    e = one(text, published)
    assert (e.kind, e.text, e.end_value) == (kind, span, None)
    assert value(e) == (iso, True)


def test_weekday_and_date_with_publication():
    e = one("Sarà presentato mercoledì 13 marzo.", MAR12)
    assert (e.kind, e.text, value(e)) == ("date", "mercoledì 13 marzo", ("2024-03-13", True))
    assert P(2024, 3, 13) in e.candidates


def test_weekday_and_date_without_publication_lists_years():
    e = one("Sarà presentato Mercoledi 13 marzo.")
    assert (e.kind, e.text, e.value) == ("date", "Mercoledi 13 marzo", None)
    assert [c.year for c in e.candidates] == [2002, 2013, 2019, 2024, 2030]
    assert all(c.inferred and (c.month, c.day) == (3, 13) for c in e.candidates)


def test_weekday_disagreeing_with_date_keeps_date_without_candidates():
    e = one("Sarà presentato giovedì 13 marzo.", MAR12)
    assert (value(e), e.candidates) == (("2024-03-13", True), ())


def test_relative_word_weekday_and_date_are_one_expression():
    text = "Sarà presentato domani, mercoledì 13 marzo, alle ore 18:00."
    day, clock = find_time_expressions(text, MAR12)
    assert (day.kind, day.text, day.relative_days) == ("date", "domani, mercoledì 13 marzo", 1)
    assert (day.value, day.clock) == (P(2024, 3, 13), "18:00")
    assert (clock.kind, clock.text, clock.clock, clock.value) == (
        "time",
        "alle ore 18:00",
        "18:00",
        None,
    )


@pytest.mark.parametrize(
    ("text", "published", "span", "start", "end"),
    [
        (
            "Ha allenato il Bari tra febbraio ed aprile 2021.",
            None,
            "tra febbraio ed aprile 2021",
            "2021-02",
            "2021-04",
        ),
        ("Ha allenato il Bari dal 2016 al 2018.", None, "dal 2016 al 2018", "2016", "2018"),
        (
            "Ha allenato il Bari tra il 2016 e il 2018.",
            None,
            "tra il 2016 e il 2018",
            "2016",
            "2018",
        ),
        ("Ha allenato il Bari 2016-2018.", None, "2016-2018", "2016", "2018"),
        (
            "In panchina da novembre a febbraio 2021.",
            None,
            "da novembre a febbraio 2021",
            "2020-11",
            "2021-02",
        ),
        (
            "In panchina da novembre 2020 a febbraio 2021.",
            None,
            "da novembre 2020 a febbraio 2021",
            "2020-11",
            "2021-02",
        ),
        (
            "Ritiro dal 13 al 20 luglio 2023.",
            None,
            "dal 13 al 20 luglio 2023",
            "2023-07-13",
            "2023-07-20",
        ),
        ("Squalificato dal 13 novembre.", MAR12, "dal 13 novembre", "2023-11-13", None),
        ("Ai box dall’8 marzo.", MAR12, "dall’8 marzo", "2024-03-08", None),
        ("Resterà fino a ottobre.", P(2024, 9, 1), "fino a ottobre", None, "2024-10"),
        ("Ha un contratto fino al 2026.", None, "fino al 2026", None, "2026"),
    ],
)
def test_range(text, published, span, start, end):
    e = one(text, published)
    assert (e.kind, e.text, e.start) == ("range", span, text.index(span))
    assert (e.value.iso() if e.value else None) == start
    assert (e.end_value.iso() if e.end_value else None) == end


def test_range_with_stated_year_is_not_inferred():
    e = one("Ha allenato il Bari tra febbraio ed aprile 2021.")
    assert not e.value.inferred and not e.end_value.inferred


@pytest.mark.parametrize(
    ("text", "span", "clock"),
    [
        ("Conferenza alle ore 18:00 in sede.", "alle ore 18:00", "18:00"),
        ("Conferenza alle 18 in sede.", "alle 18", "18:00"),
        ("Allenamento ore 12.30 al centro sportivo.", "ore 12.30", "12:30"),
        ("Si gioca alle 21.15 al Tardini.", "alle 21.15", "21:15"),
        ("Appuntamento alle 9 a Coverciano.", "alle 9", "09:00"),
    ],
)
def test_clock_time(text, span, clock):
    e = one(text)
    assert (e.kind, e.text, e.start, e.clock, e.value) == (
        "time",
        span,
        text.index(span),
        clock,
        None,
    )


def test_infer_published_founding_example():
    assert infer_published(FOUNDING) == P(2024, 3, 12)
    assert infer_published(FOUNDING).inferred


def test_founding_example_with_inferred_publication():
    found = find_time_expressions(FOUNDING, infer_published(FOUNDING))
    assert [(e.kind, e.text) for e in found] == [
        ("range", "tra febbraio ed aprile 2021"),
        ("date", "domani, mercoledì 13 marzo"),
        ("time", "alle ore 18:00"),
    ]
    assert (found[1].value, found[1].relative_days, found[1].clock) == (P(2024, 3, 13), 1, "18:00")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Esonero a Bari\n\nROMA, 2 ottobre 2023 - Il club ha esonerato il tecnico.",
            P(2023, 10, 2),
        ),
        (
            "Esonero a Bari\nPubblicato il 5 maggio 2022\nIl club ha esonerato il tecnico.",
            P(2022, 5, 5),
        ),
        ("Il tecnico sarà presentato domani, 13 marzo 2024, in sede.", P(2024, 3, 12)),
        ("Nel 2018 vinse il campionato. La firma è attesa sabato 13 marzo.", P(2021, 3)),
        (
            "Nel 2021 è retrocesso. Contratto fino al 2030: sarà presentato domani, mercoledì 13 "
            "marzo.",
            P(2024, 3, 12),
        ),  # an open end ("fino al 2030") is not a stated past year
    ],
)
def test_infer_published(text, expected):
    got = infer_published(text)
    assert (got, got.precision, got.inferred) == (expected, expected.precision, True)


@pytest.mark.parametrize(
    "text",
    [
        "Il Bari ha esonerato il tecnico.",
        "Il tecnico, arrivato il 2 ottobre 2023, lascia la panchina dopo il ko.",
        "Sarà presentato mercoledì.",
    ],
)
def test_infer_published_needs_support(text):
    assert infer_published(text) is None


@pytest.mark.parametrize(
    ("d", "season"), [(P(2024, 3, 12), "2023-24"), (P(2023, 7), "2023-24"), (P(2023), "2022-23")]
)
def test_season_of(d, season):
    assert season_of(d) == season


def test_pack_has_every_key_and_the_grammar_is_compiled_once():
    pack = load_pack("it")
    assert set(pack["dates"]) >= {
        "months",
        "month_abbreviations",
        "day_words",
        "weekdays",
        "weekday_shift",
        "relative_days",
        "ranges",
        "night",
        "years",
        "seasons",
        "clock",
        "numbers",
        "published",
    }
    assert _grammar(pack) is _grammar(pack) is _grammar(None)


def test_long_stream_is_fast():
    text = (FOUNDING + " Nel 2016 vinse 4-2, al 18° posto con 30 punti. ") * 400  # ~130 KB
    started = time.perf_counter()
    found = find_time_expressions(text, MAR12)
    assert time.perf_counter() - started < 2.0
    assert len(found) == 400 * 4


def test_a_lone_day_number_takes_the_month_named_last():
    text = (
        "Dicembre è stato il mese più duro. Il 10 il club ha esonerato Verdi, e l'11 ha scelto "
        "Neri."
    )
    found = find_time_expressions(text, P(2019, 12, 24))
    assert [(e.text, e.value.iso()) for e in found if e.kind == "date"] == [
        ("10", "2019-12-10"),
        ("11", "2019-12-11"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Il 10 del Napoli ha segnato due gol.",  # a shirt, not a day
        "Il 10 il club ha esonerato Verdi.",  # no month named before
    ],
)
def test_a_lone_day_number_needs_a_month_and_a_verb_or_article_after(text):
    assert [e for e in find_time_expressions(text, P(2019, 12, 24)) if e.kind == "date"] == []


def test_a_lone_day_ignores_a_month_named_in_passing_and_the_year_of_another_story():
    text = (
        "DICEMBRE. Il 10 il club esonera Verdi, arrivato nell'estate 2018; l'11 firma Neri, "
        "scelto anche lui a giugno, e il 12 parte."
    )
    found = [e for e in find_time_expressions(text, P(2019, 12, 31)) if e.kind == "date"]
    assert [(e.text, e.value.iso()) for e in found] == [
        ("10", "2019-12-10"),
        ("11", "2019-12-11"),
    ]


def test_feast_days_are_dates_of_their_season():
    got = {
        e.text: (e.value.iso() if e.value else None, e.end_value.iso() if e.end_value else None)
        for e in find_time_expressions(
            "Nella gara di Santo Stefano in panchina il vice. Tra Natale e Capodanno il cambio.",
            P(2016, 1, 5),
        )
    }
    assert got["Santo Stefano"] == ("2015-12-26", None)
    assert got["Tra Natale e Capodanno"] == ("2015-12-25", "2016-01-01")
