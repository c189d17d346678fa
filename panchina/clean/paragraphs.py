"""Text normalisation and paragraphs: the unit every later cleaning step works on.

Pages come with their paragraphs marked in different ways: blank lines between them, one
paragraph per line, or text hard-wrapped at a fixed width with blank lines only between
paragraphs. Lines are grouped into paragraphs accordingly: in a hard-wrapped page (most lines
close to one width of at most 120 characters) a line ends its paragraph when the next word
would have fitted on it, and is joined to the next line otherwise; elsewhere a line break
inside a block is a paragraph break when the line ends a sentence or is a headline and the
next line starts like a new sentence, and a joined continuation otherwise.
"""

from __future__ import annotations

import html
import re
import unicodedata
from itertools import pairwise
from typing import NamedTuple

from panchina.clean.boilerplate import END, TEXT
from panchina.clean.shapes import ends_sentence, looks_like_headline

_NEWLINES = re.compile(r"\r\n?|[\v\f\x1c-\x1e\x85\u2028\u2029]")
_SPACES = re.compile(r"[ \t\xa0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_ENTITY = re.compile(r"&(?:#\d{2,5}|#x[0-9a-fA-F]{2,4}|[a-zA-Z]{2,8});")
_CONT = re.escape(bytes(range(0x80, 0xC0)).decode("cp1252", errors="ignore"))
# UTF-8 read as cp1252 upstream: "Ã¨" for "è", "Â°" for "°", "â€™" for "’" (the leads that
# Italian text produces; other leads would also catch real text such as "È’").
_MOJIBAKE = re.compile(f"[ÂÃ][{_CONT}]|â[{_CONT}]{{2}}")
_LOST_NBSP = re.compile(r"(?<=[a-z])Ã ")  # "à" is C3 A0: its NBSP often became a space
_WRAP_MAX = 120  # hard-wrapped text is wrapped at 60-100 columns, never wider


class Block(NamedTuple):
    """A paragraph, and whether an article boundary (an `article_end` line) came before it."""

    text: str
    after_end: bool


def _unmangle(m: re.Match[str]) -> str:
    try:
        return m.group().encode("cp1252").decode("utf-8")
    except UnicodeError:
        return m.group()


def normalise(text: str) -> str:
    """One form for any page: NFC, "\\n" line ends, single spaces, no invisible characters."""
    if _MOJIBAKE.search(text) or _LOST_NBSP.search(text):
        text = _LOST_NBSP.sub("à", _MOJIBAKE.sub(_unmangle, text))
    if _ENTITY.search(text):
        text = html.unescape(text)
    text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
    text = _NEWLINES.sub("\n", text)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def _groups(lines: list[str], labels: list[str]) -> list[tuple[list[str], bool]]:
    """Runs of consecutive text lines, each with whether an article end came before it."""
    groups: list[tuple[list[str], bool]] = []
    current: list[str] = []
    after_end = pending = False
    for line, label in zip(lines, labels, strict=True):
        if label == TEXT:
            if not current:
                after_end, pending = pending, False
            current.append(line)
            continue
        if current:
            groups.append((current, after_end))
            current = []
        if label == END:
            pending = True
    if current:
        groups.append((current, after_end))
    return groups


def _width(groups: list[tuple[list[str], bool]]) -> int:
    """The wrap width of a hard-wrapped page, or 0 when lines are not wrapped."""
    inner = [len(line) for lines, _ in groups for line in lines[:-1]]  # lines a break follows
    if len(inner) < 3:
        return 0
    width = max(len(line) for lines, _ in groups for line in lines)
    if width > _WRAP_MAX:
        return 0
    near = sum(1 for n in inner if n >= 0.6 * width)
    return width if near >= 0.7 * len(inner) else 0


def _starts_sentence(line: str) -> bool:
    c = line[:1]
    return c.isupper() or c.isdigit() or c in "«\"“'‘-–—•*("


_BULLET = re.compile(r"[•·▪●◦*]\s")  # a bullet always opens a list item
_ITEM = re.compile(r"(?:[-–—]|\d{1,2}[.)])\s+\S")  # a dash or a number, when items repeat


def _item(prev: str, line: str) -> bool:
    """Is `line` a list item of its own ("• Milan: fuori Giampaolo ...", a second "- Roma ...")?"""
    if _BULLET.match(line):
        return True
    marker = _ITEM.match(line)
    return marker is not None and _ITEM.match(prev) is not None and prev[:1] == line[:1]


def _breaks(prev: str, line: str, width: int) -> bool:
    """True when the line break between `prev` and `line` separates two paragraphs.

    In hard-wrapped text a break is meant when the next word would have fitted on the line.
    List items stay apart either way.
    """
    if _item(prev, line):
        return True
    if not width and (_BULLET.match(prev) or _ITEM.match(prev)) and _starts_sentence(line):
        return True  # the line after an item, unwrapped text: a new unit
    if prev.isupper() and len(prev.split()) <= 4 and _starts_sentence(line):
        return True  # a label in capitals over its lines ("PALERMO")
    if width:
        return len(prev) + 1 + len(line.split(" ", 1)[0]) <= width
    if not _starts_sentence(line):
        return False
    return (
        ends_sentence(prev)
        or looks_like_headline(prev)
        or prev.endswith(":")
        or _section_label(prev)
    )


def _section_label(line: str) -> bool:
    """A short capitalised label over a section ("Giocatore", "Stile di gioco")."""
    words = line.split()
    return 1 <= len(words) <= 3 and line[:1].isupper() and line[-1:].isalpha()


def build_blocks(lines: list[str], labels: list[str]) -> list[Block]:
    """The text lines grouped into paragraphs (furniture and end lines already labelled)."""
    groups = _groups(lines, labels)
    width = _width(groups)
    blocks = []
    for group, after_end in groups:
        current = [group[0]]
        for prev, line in pairwise(group):
            if _breaks(prev, line, width):
                blocks.append(Block(" ".join(current), after_end))
                current, after_end = [], False
            current.append(line)
        blocks.append(Block(" ".join(current), after_end))
    return blocks
