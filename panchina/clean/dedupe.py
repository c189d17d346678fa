"""A body pasted twice is kept once: later copies of a paragraph are dropped.

Paragraphs compare by a normal form (case, spaces and quote styles folded); a near-identical
repeat (a typo fixed, a word changed) of a long paragraph counts as the same.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

_SPACES = re.compile(r"\s+")


def normal_form(paragraph: str) -> str:
    text = paragraph.casefold().replace("’", "'").replace("“", '"').replace("”", '"')
    return _SPACES.sub(" ", text).strip()


def first_copies(paragraphs: list[str], near: float = 95.0) -> list[bool]:
    """For each paragraph: True if it is the first copy on the page."""
    seen: set[str] = set()
    long_seen: list[str] = []
    keep = []
    for p in paragraphs:
        key = normal_form(p)
        if key in seen:
            keep.append(False)
            continue
        if len(key) > 80 and any(
            abs(len(key) - len(o)) < 10 and fuzz.ratio(key, o) >= near for o in long_seen
        ):
            keep.append(False)
            continue
        seen.add(key)
        if len(key) > 80:
            long_seen.append(key)
        keep.append(True)
    return keep
