"""JSONL: one document per record; a bad line is reported with its number, the rest read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from panchina.models import PartialDate, RawDocument, SourceError
from panchina.sources import iter_sources
from panchina.sources.dates import parse_published
from panchina.sources.jsonl import read_jsonl

TEXT = "Il Bari esonera Mignani\n\nIl Bari ha esonerato l'allenatore Michele Mignani."
HTML = (
    "<html><head><title>Cosenza, via Viali</title></head><body><article><h1>Cosenza, via Viali"
    "</h1><p>Il Cosenza ha esonerato William Viali dopo il derby perso.</p></article></body>"
    "</html>"
)


def write(path: Path, *lines: object) -> Path:
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n")
    return path


def test_jsonl_bad_lines_reported_the_good_ones_read(tmp_path: Path):
    p = write(
        tmp_path / "feed.jsonl",
        {"text": TEXT, "published": "2023-10-10", "url": "https://example.org/a"},
        "{not json",
        {"title": "senza testo"},
        "[1, 2]",
        "",
        {"html": HTML, "source": "gazzetta-42"},
    )
    out = list(iter_sources([p]))
    assert [type(x).__name__ for x in out] == [
        "RawDocument",
        "SourceError",
        "SourceError",
        "SourceError",
        "RawDocument",
    ]
    assert out[0].source == out[0].url == "https://example.org/a"
    assert out[0].published == PartialDate(2023, 10, 10) and out[0].format == "jsonl"
    assert out[1] == SourceError(f"{p}:2", "invalid JSON on line 2")
    assert out[2] == SourceError(f"{p}:3", "line 3: no text or html")
    assert out[3] == SourceError(f"{p}:4", "line 4 is not a JSON object")
    assert out[4].source == "gazzetta-42" and out[4].format == "html"
    assert out[4].title == "Cosenza, via Viali" and "esonerato William Viali" in out[4].text


def test_jsonl_label_is_file_and_line_without_url(tmp_path: Path):
    p = write(tmp_path / "feed.ndjson", {"text": TEXT, "title": "Bari, via Mignani"})
    (raw,) = iter_sources([p])
    assert raw.source == f"{p}:1" and raw.title == "Bari, via Mignani"


def test_jsonl_html_without_text_is_reported(tmp_path: Path):
    p = write(tmp_path / "feed.jsonl", {"html": "<html><body></body></html>"})
    (err,) = iter_sources([p])
    assert err == SourceError(f"{p}:1", "line 1: no article text found")


@pytest.mark.parametrize("content", [b"", b"\n\n  \n"])
def test_jsonl_empty_feed(tmp_path: Path, content: bytes):
    p = tmp_path / "feed.jsonl"
    p.write_bytes(content)
    assert list(iter_sources([p])) == [SourceError(str(p), "empty file")]


def test_jsonl_binary_feed_is_one_error(tmp_path: Path):
    p = tmp_path / "feed.jsonl"
    p.write_bytes(bytes(range(256)) * 4)
    assert list(iter_sources([p])) == [SourceError(str(p), "binary file, not text")]


def test_jsonl_streams_lines_an_overlong_one_is_refused(tmp_path: Path):
    p = write(tmp_path / "feed.jsonl", {"text": "x" * 5000}, {"text": TEXT})
    out = list(iter_sources([p], max_bytes=1000))
    assert isinstance(out[0], SourceError) and out[0].message.startswith("line 1 too large")
    assert isinstance(out[1], RawDocument) and out[1].text == TEXT


def test_jsonl_feed_larger_than_the_file_limit_is_read(tmp_path: Path):
    p = write(tmp_path / "feed.jsonl", *({"text": f"{TEXT} {i}"} for i in range(50)))
    out = list(iter_sources([p], max_bytes=200))
    assert len(out) == 50 and all(isinstance(x, RawDocument) for x in out)


def test_jsonl_from_a_string():
    out = list(read_jsonl('{"text": "Il Bari esonera Mignani."}\n\nnope\n', "inline"))
    assert isinstance(out[0], RawDocument) and out[0].source == "inline:1"
    assert out[1] == SourceError("inline:3", "invalid JSON on line 3")


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2023-10-10", PartialDate(2023, 10, 10)),
        ("2023-10", PartialDate(2023, 10)),
        ("2023-10-10T09:00:00+02:00", PartialDate(2023, 10, 10)),
        ("2023-10-10T22:30:00Z", PartialDate(2023, 10, 11)),  # 00:30 in Rome
        (1696924800, PartialDate(2023, 10, 10)),  # epoch seconds
        (1696924800000, PartialDate(2023, 10, 10)),  # epoch milliseconds
        ("1696924800", PartialDate(2023, 10, 10)),
        ("ieri", None),
        ("2023-02-30", None),
        ("0001-01-01", None),
        (None, None),
        (True, None),
        ({"date": "2023-10-10"}, None),
    ],
)
def test_jsonl_published_values(value: object, expected: PartialDate | None):
    assert parse_published(value) == expected
