"""Encoding: Western code pages decode right; empty and binary files are refused."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from panchina.errors import SourceReadError
from panchina.models import RawDocument, SourceError
from panchina.sources import iter_sources
from panchina.sources.encoding import decode

ITALIAN = "La società è già al lavoro: “è finita”, dice il presidente. Più forte, però!"
LATIN1 = "La società è già al lavoro: «è finita», dice il presidente. Più forte, però!"


@pytest.mark.parametrize(
    "text, encoding",
    [
        (ITALIAN, "utf-8"),
        (ITALIAN, "utf-8-sig"),
        (ITALIAN, "cp1252"),
        (LATIN1, "latin-1"),
        (ITALIAN, "utf-16"),  # with a BOM
    ],
)
def test_encoding_decodes_italian(text: str, encoding: str):
    assert decode(text.encode(encoding)) == text


def test_encoding_cp1252_curly_apostrophe():
    assert decode("L’Ascoli ha scelto Carrera".encode("cp1252")) == "L’Ascoli ha scelto Carrera"


def test_encoding_respects_a_declared_charset():
    page = '<html><head><meta charset="iso-8859-15"></head><body><p>Costa 5 €</p></body></html>'
    assert "5 €" in decode(page.encode("iso-8859-15"))


def test_encoding_not_western_falls_back_to_a_guess():
    text = "Спартак Москва уволил главного тренера после поражения в чемпионате. " * 5
    assert decode(text.encode("cp1251")) == text


@pytest.mark.parametrize("data", [b"", b"   \n\t ", b"\xef\xbb\xbf\n"])
def test_encoding_refuses_empty(data: bytes):
    with pytest.raises(SourceReadError, match=r"^empty file$"):
        decode(data)


def test_encoding_refuses_binary():
    rng = random.Random(7)
    data = bytes(rng.randrange(256) for _ in range(4096)) + b"\x00"
    with pytest.raises(SourceReadError, match=r"^binary file, not text$"):
        decode(data)


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_encoding_files_read_through_sources(tmp_path: Path, encoding: str):
    text = LATIN1 if encoding == "latin-1" else ITALIAN
    page = f"<html><body><article><h1>Il Napoli cambia</h1><p>{text}</p></article></body></html>"
    (tmp_path / "a.txt").write_bytes(text.encode(encoding))
    (tmp_path / "b.html").write_bytes(page.encode(encoding))
    first, second = iter_sources([tmp_path])
    assert isinstance(first, RawDocument) and first.text == text
    assert isinstance(second, RawDocument) and text in second.text


def test_encoding_errors_through_sources(tmp_path: Path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(bytes(range(256)))
    first, second = iter_sources([tmp_path])
    assert first == SourceError(str(tmp_path / "a.txt"), "empty file")
    assert second == SourceError(str(tmp_path / "b.txt"), "binary file, not text")
