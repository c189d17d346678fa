"""Split: several articles on one page become documents; a sub-heading does not split."""

from __future__ import annotations

import pytest

from panchina.clean import clean
from panchina.clean.shapes import looks_like_headline
from panchina.clean.split import is_standfirst
from panchina.models import RawDocument

A_HEAD = "Cosenza, via Viali"
A_STAND = "Il club calabrese cambia guida tecnica dopo la sconfitta nel derby con il Catanzaro"
A_BODY = (
    "Il Cosenza ha esonerato l'allenatore William Viali dopo la sconfitta interna contro il "
    "Catanzaro. La società ha ringraziato il tecnico per il lavoro svolto."
)
A_SUB = "Caserta il successore"
A_MORE = "Al suo posto arriva Fabio Caserta, che ha firmato un contratto fino a giugno."
B_HEAD = "Chi è Fabio Caserta"
B_BODY = (
    "Nato a Melito di Porto Salvo, Caserta ha allenato la Juve Stabia e il Perugia prima di "
    "arrivare in Calabria, dove ritrova un ambiente che conosce bene."
)
C_HEAD = "Sampdoria, Pirlo resta al suo posto"
C_STAND = "La dirigenza blucerchiata conferma la fiducia all'allenatore nonostante il ko"
C_BODY = (
    "Nessun cambio in panchina a Genova: Andrea Pirlo guiderà la squadra anche nella "
    "prossima partita di campionato contro il Palermo."
)


def docs(text: str) -> list:
    return clean(RawDocument("page.txt", text))


@pytest.mark.parametrize(
    "marker", ["© RIPRODUZIONE RISERVATA", "Riproduzione riservata", "-----", "***", "____"]
)
def test_split_at_an_end_marker(marker: str):
    first, second = docs(f"{A_HEAD}\n\n{A_BODY}\n\n{marker}\n\n{B_HEAD}\n\n{B_BODY}")
    assert (first.title, first.text) == (A_HEAD, f"{A_HEAD}\n\n{A_BODY}")
    assert (second.title, second.text) == (B_HEAD, f"{B_HEAD}\n\n{B_BODY}")
    assert (first.source, second.source) == ("page.txt", "page.txt#2")
    assert first.id != second.id


def test_split_no_split_on_a_subheading():
    (doc,) = docs(f"{A_HEAD}\n\n{A_STAND}\n\n{A_BODY}\n\n{A_SUB}\n\n{A_MORE}")
    assert doc.title == A_HEAD and f"\n\n{A_SUB}\n\n{A_MORE}" in doc.text
    assert doc.text.split("\n\n")[1] == A_STAND  # the standfirst belongs to the article


def test_split_subheading_and_end_marker_together():
    text = (
        f"{A_HEAD}\n\n{A_BODY}\n\n{A_SUB}\n\n{A_MORE}\n\n© RIPRODUZIONE RISERVATA\n\n"
        f"{B_HEAD}\n\n{B_BODY}\n\n© RIPRODUZIONE RISERVATA"
    )
    first, second = docs(text)
    assert A_SUB in first.text and second.title == B_HEAD


def test_split_headline_with_standfirst_starts_an_article():
    first, second = docs(f"{A_HEAD}\n\n{A_STAND}\n\n{A_BODY}\n\n{C_HEAD}\n\n{C_STAND}\n\n{C_BODY}")
    assert first.title == A_HEAD and C_HEAD not in first.text
    assert second.title == C_HEAD and second.text.split("\n\n")[1] == C_STAND


def test_split_headline_with_standfirst_about_the_same_story_continues_it():
    sub = "Viali, le prime parole"
    stand = "Il tecnico saluta il Cosenza e ringrazia i tifosi per il sostegno ricevuto"
    quote = "«Auguro il meglio a questa squadra», ha detto Viali lasciando il centro sportivo."
    (doc,) = docs(f"{A_HEAD}\n\n{A_BODY}\n\n{sub}\n\n{stand}\n\n{quote}")
    assert doc.text.endswith(quote) and sub in doc.text


def test_split_subheading_naming_someone_new_does_not_split():
    sub = "Il successore: Pasquale Marino"
    line = "Marino è il favorito per sostituire Viali sulla panchina del Cosenza."
    (doc,) = docs(f"{A_HEAD}\n\n{A_BODY}\n\n{sub}\n\n{line}\n\n{B_BODY}")
    assert doc.text.endswith(B_BODY) and sub in doc.text


def test_split_without_a_boundary_a_lone_stray_headline_stays():
    (doc,) = docs(f"{A_HEAD}\n\n{A_BODY}\n\n{B_HEAD}\n\n{B_BODY}")
    assert doc.title == A_HEAD and B_BODY in doc.text


def test_split_lone_headline_after_a_boundary_is_not_an_article():
    (doc,) = docs(f"{A_HEAD}\n\n{A_BODY}\n\n© RIPRODUZIONE RISERVATA\n\n{C_HEAD}")
    assert doc.text == f"{A_HEAD}\n\n{A_BODY}"


def test_split_untitled_text_after_a_boundary_is_its_own_document():
    first, second = docs(f"{A_HEAD}\n\n{A_BODY}\n\n-----\n\n{B_BODY}\n\n{A_MORE}")
    assert first.text == f"{A_HEAD}\n\n{A_BODY}"
    assert second.title is None and second.text == f"{B_BODY}\n\n{A_MORE}"


@pytest.mark.parametrize(
    "line, expected",
    [
        (A_HEAD, True),
        ('Un altro ex Juve in Serie B: l\'Ascoli sceglie un "contiano"', True),
        ("Mignani esonerato?", True),
        ("3 punti in 5 gare: il Bari cambia", True),
        ("Il Bari esonera Mignani.", False),
        ("«Non mi dimetto»", False),
        ("Calciomercato", False),
        ("ecco le formazioni", False),
        ("Il Bari ha deciso:", False),
        ("Il Bari " * 30, False),
    ],
)
def test_split_headline_shape(line: str, expected: bool):
    assert looks_like_headline(line) is expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        (A_STAND, True),
        (C_STAND + ".", False),  # a one-sentence body paragraph
        (C_STAND + "?", False),
        (A_BODY, False),  # two sentences
        (A_SUB, False),  # too short
        ("«Sono felice di essere qui e di allenare questa squadra», ha detto", False),
    ],
)
def test_split_standfirst_shape(paragraph: str, expected: bool):
    assert is_standfirst(paragraph) is expected
