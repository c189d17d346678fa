"""Sources: files and folders in; a bad input is a SourceError, never an exception."""

from __future__ import annotations

import os
import tracemalloc
from pathlib import Path

import pytest

from panchina.models import PartialDate, RawDocument, SourceError
from panchina.sources import MAX_BYTES, iter_sources, looks_like_html

ARTICLE = (
    "Il Bari esonera Mignani\n\nIl Bari ha esonerato l'allenatore Michele Mignani dopo il "
    "pareggio interno con il Cosenza.\n"
)
PAGE = (
    "<html><head><title>Bari, via Mignani</title></head><body><article><h1>Bari, via Mignani"
    "</h1><p>Il Bari ha esonerato l'allenatore Michele Mignani dopo il pareggio con il "
    "Cosenza.</p></article></body></html>"
)


def items(*paths, **kw) -> list[RawDocument | SourceError]:
    return list(iter_sources(paths, **kw))


def test_sources_text_file_read_as_found(tmp_path: Path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    (raw,) = items(p)
    assert isinstance(raw, RawDocument)
    assert (raw.text, raw.format, raw.source, raw.title) == (ARTICLE, "text", str(p), None)


def test_sources_accepts_strings_and_a_bare_path(tmp_path: Path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (raw,) = items(str(tmp_path / "a.txt"))
    assert isinstance(raw, RawDocument)
    assert list(iter_sources(tmp_path / "a.txt")) == [raw]


@pytest.mark.parametrize("name", ["a.txt", "a.html", "a.jsonl"])
def test_sources_published_overrides_any_date_found(tmp_path: Path, name: str):
    content = {
        "a.txt": ARTICLE,
        "a.html": PAGE.replace(
            "<head>", '<head><meta property="article:published_time" content="2020-01-02">'
        ),
        "a.jsonl": '{"text": "Il Bari esonera Mignani.", "published": "2020-01-02"}\n',
    }[name]
    (tmp_path / name).write_text(content)
    (raw,) = items(tmp_path / name, published=PartialDate(2023, 10, 9))
    assert raw.published == PartialDate(2023, 10, 9)


def test_sources_missing_path_is_not_found(tmp_path: Path):
    (err,) = items(tmp_path / "nope.txt")
    assert isinstance(err, SourceError) and err.message == "not found"
    assert err.source == str(tmp_path / "nope.txt")


def test_sources_large_file_refused_unread(tmp_path: Path):
    p = tmp_path / "big.txt"
    with p.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: takes no disk space
    tracemalloc.start()
    try:
        (err,) = items(p)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert isinstance(err, SourceError)
    assert err.message == "file too large (50 MiB > 5 MiB limit)"
    assert peak < MAX_BYTES  # the 50 MiB were never read into memory


def test_sources_max_bytes_is_configurable(tmp_path: Path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE)
    (err,) = items(p, max_bytes=10)
    assert isinstance(err, SourceError) and err.message.startswith("file too large (")


def test_sources_one_bad_file_does_not_stop_the_batch(tmp_path: Path):
    (tmp_path / "a.txt").write_bytes(b"\x00\x01\x02" * 50)
    (tmp_path / "b.txt").write_text(ARTICLE)
    out = items(tmp_path / "a.txt", tmp_path / "missing.txt", tmp_path / "b.txt")
    assert [type(x).__name__ for x in out] == ["SourceError", "SourceError", "RawDocument"]


def test_sources_folder_recursive_sorted_skipping_hidden_and_unknown(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(ARTICLE)
    (tmp_path / "b" / "1.html").write_text(PAGE)
    (tmp_path / "a.md").write_text(ARTICLE)
    (tmp_path / "c.jsonl").write_text('{"text": "Il Bari esonera Mignani."}\n')
    (tmp_path / ".hidden.txt").write_text(ARTICLE)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(ARTICLE)
    (tmp_path / "notes.csv").write_text("a,b")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00\x00")
    out = items(tmp_path)
    assert all(isinstance(x, RawDocument) for x in out)
    assert [Path(r.source.split(":")[0]).relative_to(tmp_path).as_posix() for r in out] == [
        "a.md",
        "b/1.html",
        "b/2.txt",
        "c.jsonl",
    ]
    assert [r.format for r in out] == ["text", "html", "text", "jsonl"]


def test_sources_folder_reports_bad_files_and_goes_on(tmp_path: Path):
    (tmp_path / "a.txt").write_text("")
    (tmp_path / "b.txt").write_text(ARTICLE)
    out = items(tmp_path)
    assert isinstance(out[0], SourceError) and out[0].message == "empty file"
    assert isinstance(out[1], RawDocument)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_sources_folder_does_not_follow_a_link_loop(tmp_path: Path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert len(items(tmp_path)) == 1


@pytest.mark.parametrize(
    "content, fmt",
    [(PAGE, "html"), ("<!DOCTYPE html>\n" + PAGE, "html"), (ARTICLE, "text")],
)
def test_sources_named_file_with_unknown_extension_is_sniffed(tmp_path: Path, content, fmt):
    p = tmp_path / "pagina.dat"
    p.write_text(content)
    (raw,) = items(p)
    assert isinstance(raw, RawDocument) and raw.format == fmt
    assert "Mignani" in raw.text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("  <!-- saved -->\n<html><body>", True),
        ("<p>Il Bari esonera Mignani</p>", True),
        ("Il Bari <b>esonera</b> Mignani", False),
        ("<3 Bari", False),
    ],
)
def test_sources_looks_like_html(text: str, expected: bool):
    assert looks_like_html(text) is expected


def test_sources_markdown_loses_its_markup_and_gives_front_matter(tmp_path: Path):
    p = tmp_path / "a.md"
    p.write_text(
        "---\ntitle: Bari, via Mignani\ndate: 2023-10-10\n---\n# Bari, via Mignani\n\n"
        "Il **Bari** ha esonerato [Michele Mignani](https://example.org/mignani).\n"
    )
    (raw,) = items(p)
    assert raw.title == "Bari, via Mignani" and raw.published == PartialDate(2023, 10, 10)
    assert raw.text == "Bari, via Mignani\n\nIl Bari ha esonerato Michele Mignani.\n"
