"""Bytes to text: refuse what is not text, decode what is, whatever its encoding.

Italian pages still come in Latin-1 or cp1252 ("è" as 0xE8, "’" as 0x92). The order is:
a BOM; UTF-8 (it almost never decodes by accident); a `<meta charset>` or XML declaration
that decodes cleanly; cp1252 when the result reads like a Western language (accented letters
are a small share of the letters); charset-normalizer's guess otherwise. charset-normalizer is
not asked first because, on short Italian text, it often guesses a Central European code page.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from panchina.errors import SourceReadError

SNIFF_BYTES = 8192  # the sample the binary test and the declared charset are read from
_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?([\w:.-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w:.-]+)""",
    re.I,
)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_WESTERN_MAX = 0.3  # above this share of non-ASCII letters, cp1252 is likely the wrong guess


def check_text(sample: bytes) -> None:
    """Refuse an empty or binary sample (NUL bytes, or more than 5% control characters)."""
    if not sample.strip():
        raise SourceReadError("empty file")
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return  # UTF-16 text is full of NUL bytes
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if b"\x00" in sample or controls > len(sample) * 0.05:
        raise SourceReadError("binary file, not text")


def decode(data: bytes) -> str:
    """The text of `data`, or a SourceReadError saying in a few words why not."""
    if not data.strip():
        raise SourceReadError("empty file")
    check_text(data[:SNIFF_BYTES])
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError:
                raise SourceReadError(f"invalid {codec[:6].upper()} text") from None
            if not text.strip():
                raise SourceReadError("empty file")
            return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _DECLARED.search(data[:SNIFF_BYTES])
    if declared:
        name = (declared.group(1) or declared.group(2)).decode("ascii", "ignore")
        try:
            return data.decode(_western(name))
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        text = data.decode("cp1252")
        if _reads_western(text):
            return text
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:65536]).best()
    encoding = _western(best.encoding) if best else "cp1252"
    try:
        return data.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return data.decode("cp1252", errors="replace")


def _reads_western(text: str) -> bool:
    """True when accented letters are a minority, as in Italian (not Cyrillic read as cp1252)."""
    letters = [c for c in text[:20000] if c.isalpha()]
    if not letters:
        return True
    return sum(1 for c in letters if ord(c) > 127) / len(letters) <= _WESTERN_MAX


def _western(name: str) -> str:
    """Latin-1 as declared by Western pages is cp1252 in practice (curly quotes at 0x91-0x94)."""
    key = name.lower().replace("_", "-")
    return "cp1252" if key in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii") else name
