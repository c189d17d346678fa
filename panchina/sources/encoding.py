"""Bytes to text: refuse what is not text, decode what is, whatever its encoding.

Italian pages still come in Latin-1 or cp1252 ("è" as 0xE8, "’" as 0x92); UTF-8 is tried
first, then a declared `<meta charset>`, then cp1252, and charset-normalizer's guess only for
bytes cp1252 cannot read (its guess for short Italian text is often Central European).
"""

from __future__ import annotations

import re

from charset_normalizer import from_bytes

from panchina.errors import SourceReadError

_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)


def decode(data: bytes) -> str:
    """The text of `data`, or a SourceReadError saying in a few words why not."""
    if not data.strip():
        raise SourceReadError("empty file")
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if b"\x00" in sample or controls > len(sample) * 0.05:
        raise SourceReadError("binary file, not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _META.search(data[:4096])
    if declared:
        try:
            return data.decode(_fix_latin(declared.group(1).decode("ascii", "ignore")))
        except (LookupError, UnicodeDecodeError):
            pass
    try:  # Italian pages that are not UTF-8 are Western: cp1252 (a superset of Latin-1's text)
        return data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:65536]).best()
    encoding = _fix_latin(best.encoding) if best else "cp1252"
    try:
        return data.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return data.decode("cp1252", errors="replace")


def _fix_latin(name: str) -> str:
    """Latin-1 as declared by Western pages is cp1252 in practice (curly quotes at 0x91-0x94)."""
    return (
        "cp1252" if name.lower().replace("_", "-") in ("iso-8859-1", "latin-1", "latin1") else name
    )
