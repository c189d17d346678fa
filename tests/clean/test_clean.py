"""Clean: a raw page in, clean article documents out (titles, ids, sources, text)."""

from __future__ import annotations

import re

import pytest

from panchina.clean import clean, document_id
from panchina.errors import SourceReadError
from panchina.lang import load_pack
from panchina.models import PartialDate, RawDocument
from panchina.sources.html import read_html

BODY = (
    "Il Cosenza ha esonerato l'allenatore William Viali dopo la sconfitta interna contro "
    "il Catanzaro nel derby calabrese."
)
SECOND = "La società ha affidato la squadra a Fabio Caserta, che ha firmato fino a giugno."


def page(text: str, **kw) -> list:
    return clean(RawDocument("page.txt", text, **kw))


def test_clean_single_article_title_from_first_line():
    (doc,) = page(f"Cosenza, via Viali\n\n{BODY}\n\n{SECOND}\n")
    assert doc.title == "Cosenza, via Viali"
    assert doc.text == f"Cosenza, via Viali\n\n{BODY}\n\n{SECOND}"
    assert (doc.source, doc.language, doc.published, doc.published_inferred) == (
        "page.txt",
        "it",
        None,
        False,
    )


@pytest.mark.parametrize(
    "first",
    [
        BODY,  # a sentence with a full stop
        "«Non mi dimetto», dice l'allenatore del Cosenza",  # a quotation
        "il derby è andato male",  # no capital
        "Calciomercato",  # one word: a section label
    ],
)
def test_clean_no_headline_first_line_title_none_all_text_kept(first: str):
    (doc,) = page(f"{first}\n\n{SECOND}")
    assert doc.title is None and doc.text == f"{first}\n\n{SECOND}"


def test_clean_single_line_is_body_not_title():
    (doc,) = page("Cosenza, via Viali")
    assert doc.title is None and doc.text == "Cosenza, via Viali"


def test_clean_raw_title_used_and_not_repeated():
    (doc,) = page(f"Cosenza, via Viali\n\n{BODY}", title="Cosenza, via Viali")
    assert doc.title == "Cosenza, via Viali" and doc.text == f"Cosenza, via Viali\n\n{BODY}"
    (doc,) = page(BODY, title="Cosenza, via Viali")
    assert doc.text == f"Cosenza, via Viali\n\n{BODY}"


def test_clean_copies_metadata():
    raw = RawDocument("feed.jsonl:3", BODY, None, PartialDate(2023, 10, 9), "https://x.it/a")
    (doc,) = clean(raw)
    assert (doc.source, doc.published, doc.url) == (raw.source, raw.published, raw.url)


def test_clean_id_depends_on_content_only():
    a = clean(RawDocument("one.txt", f"Titolo del pezzo\n\n{BODY}"))[0]
    b = clean(RawDocument("/tmp/two.html", f"Titolo del pezzo\r\n\r\n{BODY}\n\n\n"))[0]
    c = clean(RawDocument("one.txt", f"Titolo del pezzo\n\n{SECOND}"))[0]
    assert a.id == b.id == document_id(a.text) != c.id
    assert re.fullmatch(r"d-[0-9a-f]{16}", a.id)


@pytest.mark.parametrize(
    "text",
    ["", "   \n\n", "© RIPRODUZIONE RISERVATA\nLoading...\nCondividi", "12 - 3 / 2024", "----"],
)
def test_clean_nothing_left_gives_no_document(text: str):
    assert page(text) == []


def test_clean_evidence_offsets_index_the_text():
    (doc,) = page(f"Cosenza, via Viali\n\n{BODY}")
    start = doc.text.index("William Viali")
    assert doc.text[start : start + 13] == "William Viali"


def test_clean_normalises_whitespace_and_keeps_paragraphs():
    raw = (
        "  Cosenza,\u00a0via   Viali \r\n\r\n\r\nIl Cosenza\tha esonerato\u200b Viali.\r\n\r\nFine."
    )
    (doc,) = page(raw)
    assert doc.text == "Cosenza, via Viali\n\nIl Cosenza ha esonerato Viali.\n\nFine."


def test_clean_accepts_a_pack_or_its_code():
    text = f"Cosenza, via Viali\n\n{BODY}"
    assert page(text) == clean(RawDocument("page.txt", text), "it")
    assert page(text) == clean(RawDocument("page.txt", text), load_pack("it"))


def test_clean_html_page_gives_one_article_document():
    page = (
        "<html><head><title>Cosenza, via Viali</title></head><body><nav><a>Home</a> "
        "<a>Serie B</a></nav><div>Questo sito utilizza cookie. <button>Accetta</button></div>"
        f"<article><h1>Cosenza, via Viali</h1><p>{BODY}</p><p>{SECOND}</p>"
        "<p>© RIPRODUZIONE RISERVATA</p><div><a>Facebook</a> <a>WhatsApp</a></div></article>"
        "<footer>Tutti i diritti riservati</footer></body></html>"
    )
    (doc,) = clean(read_html(page, "a.html"))
    assert (doc.title, doc.source) == ("Cosenza, via Viali", "a.html")
    assert doc.text == f"Cosenza, via Viali\n\n{BODY}\n\n{SECOND}"


def test_clean_refuses_another_language():
    with pytest.raises(SourceReadError, match="not 'it' text"):
        page(
            "How to make risotto\n\nMelt the butter in a wide pan and add the rice, then stir "
            "it with the stock until it is absorbed and creamy for the family."
        )
