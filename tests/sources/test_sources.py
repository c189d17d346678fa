"""Sources: files, folders and JSONL in; a bad input is a SourceError, never an exception."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from panchina.errors import SourceReadError
from panchina.models import PartialDate, RawDocument, SourceError
from panchina.sources import iter_sources
from panchina.sources.encoding import decode

ARTICLE = "Il Bari esonera Mignani\n\nIl Bari ha esonerato l'allenatore Michele Mignani.\n"


def items(*paths, **kw):
    return list(iter_sources(paths, **kw))


def test_sources_text_file(tmp_path: Path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    (raw,) = items(p)
    assert isinstance(raw, RawDocument) and raw.text == ARTICLE and raw.format == "text"


def test_sources_published_overrides(tmp_path: Path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    (raw,) = items(p, published=PartialDate(2023, 10, 9))
    assert raw.published == PartialDate(2023, 10, 9)


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_sources_western_encodings_decode(encoding):
    text = "La società è già al lavoro: “è finita”, dice il presidente."
    if encoding == "latin-1":
        text = text.replace("“", '"').replace("”", '"')
    assert decode(text.encode(encoding)) == text


@pytest.mark.parametrize(
    "data, message",
    [(b"", "empty file"), (b"   \n ", "empty file"), (b"\x00\x01\x02abc" * 100, "binary file")],
)
def test_sources_refuses_what_is_not_text(data, message):
    with pytest.raises(SourceReadError, match=message):
        decode(data)


def test_sources_large_file_refused_unread(tmp_path: Path):
    p = tmp_path / "big.txt"
    with p.open("wb") as f:
        f.truncate(6 * 1024 * 1024)
    (err,) = items(p)
    assert isinstance(err, SourceError) and "too large" in err.message


def test_sources_missing_path(tmp_path: Path):
    (err,) = items(tmp_path / "nope.txt")
    assert isinstance(err, SourceError) and err.message == "not found"


def test_sources_html_main_content_and_metadata(tmp_path: Path):
    page = """<html><head><title>Bari, via Mignani</title>
    <meta property="article:published_time" content="2023-10-10T09:00:00+02:00"></head>
    <body><nav><a href="/">Home</a> <a href="/b">Serie B</a></nav>
    <article><h1>Bari, via Mignani</h1><p>Il Bari ha esonerato l'allenatore Michele Mignani
    dopo il pareggio con il Cosenza. La società ha già scelto il successore.</p>
    <p>Il nuovo tecnico sarà presentato domani alla stampa al San Nicola.</p></article>
    <footer>Cookie policy - Tutti i diritti riservati</footer></body></html>"""
    p = tmp_path / "a.html"
    p.write_text(page, encoding="utf-8")
    (raw,) = items(p)
    assert raw.title == "Bari, via Mignani" and raw.published == PartialDate(2023, 10, 10)
    assert "esonerato l'allenatore Michele Mignani" in raw.text and "Cookie" not in raw.text


def test_sources_jsonl_bad_line_is_reported_the_rest_read(tmp_path: Path):
    p = tmp_path / "feed.jsonl"
    good = {"text": ARTICLE, "published": "2023-10-10", "url": "https://example.org/a"}
    p.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({"title": "x"}) + "\n")
    out = items(p)
    assert isinstance(out[0], RawDocument) and out[0].published == PartialDate(2023, 10, 10)
    assert isinstance(out[1], SourceError) and "line 2" in out[1].message
    assert isinstance(out[2], SourceError) and "no text or html" in out[2].message


def test_sources_folder_recursive_sorted_skipping_hidden(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(ARTICLE)
    (tmp_path / "1.md").write_text(ARTICLE)
    (tmp_path / ".hidden.txt").write_text(ARTICLE)
    (tmp_path / "notes.csv").write_text("a,b")
    names = [Path(r.source).name for r in items(tmp_path)]
    assert names == ["1.md", "2.txt"]
