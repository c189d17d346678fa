"""Clean: furniture out, a repeated body once, several articles on a page apart."""

from __future__ import annotations

import pytest

from panchina.clean import clean, document_id
from panchina.errors import SourceReadError
from panchina.models import RawDocument

BODY = (
    "Il Cosenza ha esonerato l'allenatore William Viali dopo la sconfitta interna contro "
    "il Catanzaro nel derby calabrese."
)
SECOND = "La società ha affidato la squadra a Fabio Caserta, che ha firmato fino a giugno."


def page(text: str) -> list:
    return clean(RawDocument("page.txt", text))


def test_clean_title_from_first_line_and_text_starts_with_it():
    (doc,) = page(f"Cosenza, via Viali\n\n{BODY}\n\n{SECOND}\n")
    assert doc.title == "Cosenza, via Viali"
    assert doc.text == f"Cosenza, via Viali\n\n{BODY}\n\n{SECOND}"


@pytest.mark.parametrize(
    "junk",
    [
        "© RIPRODUZIONE RISERVATA",
        "Loading...",
        "Leggi anche",
        "Condividi su Facebook",
        "Questo sito utilizza cookie tecnici e di profilazione.",
        "1\nAltra notizia\n2\nAncora",
    ],
)
def test_clean_removes_furniture(junk):
    (doc,) = page(f"Cosenza, via Viali\n\n{BODY}\n\n{junk}\n")
    assert junk.split("\n")[0] not in doc.text.split("\n\n", 1)[1]


def test_clean_keeps_a_repeated_body_once():
    (doc,) = page(f"Cosenza, via Viali\n\n{BODY}\n\n{SECOND}\n\n{BODY}\n\n{SECOND}\n")
    assert doc.text.count(BODY) == 1 and doc.text.count(SECOND) == 1


def test_clean_splits_articles_at_an_end_marker_but_not_at_a_subheading():
    text = (
        f"Cosenza, via Viali\n\n{BODY}\n\nCaserta il successore\n\n{SECOND}\n\n"
        "© RIPRODUZIONE RISERVATA\n\nChi è Fabio Caserta\n\nNato a Melito di Porto Salvo, "
        "Caserta ha allenato la Juve Stabia e il Perugia prima di arrivare in Calabria.\n"
    )
    first, second = page(text)
    assert first.title == "Cosenza, via Viali" and "Caserta il successore" in first.text
    assert second.title == "Chi è Fabio Caserta" and second.source == "page.txt#2"


def test_clean_id_depends_on_content_only():
    a = clean(RawDocument("one.txt", f"Titolo\n\n{BODY}"))[0]
    b = clean(RawDocument("two.txt", f"Titolo\n\n{BODY}\n"))[0]
    assert a.id == b.id == document_id(a.text)


def test_clean_refuses_another_language():
    with pytest.raises(SourceReadError, match="not 'it' text"):
        page(
            "How to make risotto\n\nMelt the butter in a wide pan and add the rice, then stir "
            "it with the stock until it is absorbed and creamy for the family."
        )
