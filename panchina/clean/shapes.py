"""The shape of a line: headline, sentence end, list bullet (shared by the cleaning steps).

Shape, not vocabulary: these tests must hold for any Italian page, so they look at length,
capitals and punctuation only.
"""

from __future__ import annotations

import re

HEADLINE_MAX = 150  # longer lines are body text, even without a final full stop
_BULLET = re.compile(r"^(?:[-–—•*·▪►»›>]\s+|\d{1,2}[.)]\s+)")
_CLOSERS = "\"'”’»)]"
_OPENERS = ("«", '"', "“", "'", "‘", "-", "–", "—", "•", "*", "(")
_LETTER = re.compile(r"[^\W\d_]")


def strip_bullet(line: str) -> str:
    """The line without a leading list mark ("- ", "• ", "3. ")."""
    return _BULLET.sub("", line.strip(), count=1)


def has_bullet(line: str) -> bool:
    return bool(_BULLET.match(line.strip()))


def has_letters(text: str) -> bool:
    return bool(_LETTER.search(text))


def ends_sentence(line: str) -> bool:
    """True when the line ends a sentence: `.`, `!`, `?` or `…`, maybe inside closing quotes.

    'sceglie un "contiano"' does not end a sentence; '...ore 18:00".' does.
    """
    s = line.rstrip().rstrip(_CLOSERS)
    return s.endswith((".", "!", "?", "…"))


def looks_like_headline(paragraph: str) -> bool:
    """Short, one line, two words or more, capitalised, not a quotation, no closing full stop.

    A headline may end with "?" or "!" or an ellipsis, never with ".", ",", ";" or ":".
    """
    s = paragraph.strip()
    if not 0 < len(s) <= HEADLINE_MAX or "\n" in s or len(s.split()) < 2:
        return False
    if s.startswith(_OPENERS) or not (s[0].isupper() or s[0].isdigit()):
        return False
    if s.endswith((",", ";", ":")) or (s.endswith(".") and not s.endswith(("...", ".."))):
        return False
    return has_letters(s)
