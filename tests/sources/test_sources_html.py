"""HTML: the article and its metadata, without the page around it; bad markup never raises."""

from __future__ import annotations

import pytest

from panchina.errors import SourceReadError
from panchina.models import PartialDate
from panchina.sources.html import read_html

BODY_1 = (
    "Il Bari ha esonerato l’allenatore Michele Mignani dopo il pareggio con il Cosenza. "
    "La società è già al lavoro per scegliere il successore, atteso in città domani."
)
BODY_2 = (
    "In pole c’è Pasquale Marino, già allenatore di Vicenza e Spezia, che potrebbe firmare "
    "un contratto fino a giugno con un’opzione per la prossima stagione."
)
FURNISHED = f"""<!DOCTYPE html><html lang="it"><head><title>Bari, via Mignani</title>
<meta property="article:published_time" content="2023-10-10T09:00:00+02:00"></head>
<body><header><nav><a href="/">Home</a> | <a href="/b">Serie B</a> | <a>Calciomercato</a></nav>
</header><div id="cookie"><p>Questo sito utilizza cookie tecnici e di profilazione.</p>
<button>Accetta</button></div>
<main><article><h1>Bari, via Mignani</h1><p>{BODY_1}</p><p>{BODY_2}</p>
<div class="share"><a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a></div></article></main>
<aside><h3>Leggi anche</h3><ul><li><a href="/x">Cosenza, Viali resta al suo posto</a></li>
</ul></aside><footer><p>© 2023 Calcio News Srl - Tutti i diritti riservati</p>
<a>Cookie policy</a></footer></body></html>"""


def test_html_keeps_only_the_article():
    raw = read_html(FURNISHED, "a.html")
    assert raw.text == f"{BODY_1}\n\n{BODY_2}"
    assert (raw.title, raw.format, raw.source) == ("Bari, via Mignani", "html", "a.html")


def test_html_publication_date_from_metadata():
    assert read_html(FURNISHED, "a.html").published == PartialDate(2023, 10, 10)


@pytest.mark.parametrize(
    "head, body, expected",
    [
        ('<meta content="2023-10-11" property="article:published_time">', "", (2023, 10, 11)),
        ('<meta name="pubdate" content="2023-10-12T10:00:00">', "", (2023, 10, 12)),
        ("", '<time datetime="2023-10-13T18:00:00+02:00">13 ottobre</time>', (2023, 10, 13)),
        # a UTC timestamp late at night is already the next day in Italy
        ('<meta property="article:published_time" content="2023-10-13T23:30:00Z">', "",
         (2023, 10, 14)),
    ],
)  # fmt: skip
def test_html_publication_date_sources(head: str, body: str, expected: tuple[int, int, int]):
    page = f"<html><head>{head}</head><body>{body}<article><p>{BODY_1}</p></article></body></html>"
    assert read_html(page, "a.html").published == PartialDate(*expected)


def test_html_published_argument_wins():
    raw = read_html(FURNISHED, "a.html", published=PartialDate(2024, 1))
    assert raw.published == PartialDate(2024, 1)


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><p>Il Bari esonera Mignani<div><p>Il club ha deciso di sollevare il tecnico",
        "<p>Il Bari esonera Mignani</p></div></span><p>Il club ha deciso di sollevare il tecnico",
        "<?xml version='1.0' encoding='iso-8859-1'?><html><body><p>Il Bari esonera Mignani</p>"
        "<p>Il club ha deciso di sollevare il tecnico</p></body></html>",
    ],
)
def test_html_malformed_still_yields_the_text(page: str):
    raw = read_html(page, "a.html")
    assert "Il Bari esonera Mignani" in raw.text
    assert "Il club ha deciso di sollevare il tecnico" in raw.text


@pytest.mark.parametrize(
    "page",
    [
        "",
        "<html><body></body></html>",
        "<html><body><nav><a>Home</a> <a>Serie A</a></nav><footer>© 2024</footer></body></html>",
        "<html><head><script>var a = 1;</script><style>p {}</style></head></html>",
        "<<<>>>",
    ],
)
def test_html_without_text_is_an_error(page: str):
    with pytest.raises(SourceReadError, match=r"^no article text found$"):
        read_html(page, "a.html")


def test_html_paragraphs_are_blank_line_separated_and_title_not_repeated():
    page = (
        "<html><head><title>Cosenza, arriva Caserta</title></head><body><article>"
        "<h1>Cosenza, arriva Caserta</h1><p>Primo paragrafo.</p><h2>Il contratto</h2>"
        "<p>Secondo paragrafo,<br>con un a capo.</p><ul><li>Uno</li><li>Due</li></ul>"
        "</article></body></html>"
    )
    raw = read_html(page, "a.html")
    assert raw.title == "Cosenza, arriva Caserta"
    assert raw.text.startswith("Primo paragrafo.\n\nIl contratto\n\nSecondo paragrafo,\ncon")
    assert raw.text.count("Cosenza, arriva Caserta") == 0


def test_html_headline_of_the_page_preferred_to_a_site_title():
    page = (
        "<html><head><title>Cosenza | Calcio News</title></head><body><article>"
        f"<h1>Cosenza, arriva Caserta</h1><p>{BODY_1}</p></article></body></html>"
    )
    raw = read_html(page, "a.html")
    assert (raw.title, raw.text) == ("Cosenza, arriva Caserta", BODY_1)


def test_html_long_article_goes_through_trafilatura():
    paragraphs = "".join(f"<p>{BODY_1} Paragrafo numero {i}.</p>" for i in range(8))
    nav = "<nav>Home Serie A Serie B</nav>"
    page = f"<html><body>{nav}<article>{paragraphs}</article></body></html>"
    raw = read_html(page, "a.html")
    assert raw.text.count("\n\n") == 7 and "Serie B" not in raw.text
