"""A body pasted twice is kept once: later copies of a paragraph are dropped.

Paragraphs compare by a normal form (case, spaces and quote styles folded); a near-identical
repeat (a typo fixed, a word changed) of a long paragraph counts as the same. A repeated long
paragraph is always a copy, and so is any run of repeats around it or a run of two or more
repeats in their original order; a lone short repeat (a sub-heading such as "Le formazioni"
used by two stories on one page) is kept unless it repeats the paragraph right before it.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

_SPACES = re.compile(r"\s+")
_FOLD = str.maketrans({"’": "'", "‘": "'", "`": "'", "“": '"', "”": '"', "«": '"', "»": '"'})
LONG = 80  # characters: shorter paragraphs are compared exactly, never approximately
NEAR = 95.0  # rapidfuzz ratio (0-100) from which two long paragraphs are the same
_LENGTH_RATIO = NEAR / (200 - NEAR)  # ratio >= NEAR is impossible below this length ratio
_SKETCH = 8  # smallest trigram hashes kept per paragraph


def normal_form(paragraph: str) -> str:
    """Case, spacing and quote styles folded: what two copies of a paragraph share."""
    return _SPACES.sub(" ", paragraph.casefold().translate(_FOLD)).strip()


def _sketch(key: str) -> list[int]:
    """A bottom-k sketch of the paragraph's word trigrams (a MinHash with one hash function).

    A near copy (a typo, a word changed) differs in the few trigrams around the change, so it
    shares some of its smallest trigram hashes with the original; unrelated paragraphs share
    none. Candidates found this way are then confirmed by the character-level ratio.
    """
    words = key.split()
    grams = {" ".join(words[i : i + 3]) for i in range(max(1, len(words) - 2))}
    return sorted(hash(g) for g in grams)[:_SKETCH]


class _LongSeen:
    """Long paragraphs seen so far, indexed by their sketches for the near-copy search."""

    def __init__(self) -> None:
        self.by_hash: dict[int, list[int]] = {}
        self.keys: dict[int, str] = {}

    def add(self, key: str, index: int) -> None:
        self.keys[index] = key
        for h in _sketch(key):
            self.by_hash.setdefault(h, []).append(index)

    def find(self, key: str) -> int | None:
        candidates = sorted({i for h in _sketch(key) for i in self.by_hash.get(h, ())})
        for index in candidates:
            other = self.keys[index]
            ratio = min(len(key), len(other)) / max(len(key), len(other))
            if ratio >= _LENGTH_RATIO and fuzz.ratio(key, other, score_cutoff=NEAR):
                return index
        return None


def copies_of(paragraphs: list[str]) -> list[int | None]:
    """For each paragraph, the index of its first copy on the page (None for a first copy)."""
    exact: dict[str, int] = {}
    long_seen = _LongSeen()
    out: list[int | None] = []
    for i, paragraph in enumerate(paragraphs):
        key = normal_form(paragraph)
        first = exact.get(key)
        if first is None and len(key) > LONG:
            first = long_seen.find(key)
        out.append(first)
        if first is None:
            exact[key] = i
            if len(key) > LONG:
                long_seen.add(key, i)
    return out


def first_copies(paragraphs: list[str]) -> list[bool]:
    """For each paragraph: True if it is kept (it is not a later copy of an earlier one)."""
    origin = copies_of(paragraphs)
    keep = [True] * len(paragraphs)
    i = 0
    while i < len(paragraphs):
        if origin[i] is None:
            i += 1
            continue
        j = i
        while j < len(paragraphs) and origin[j] is not None:
            j += 1
        run = range(i, j)  # a run of consecutive repeats
        has_long = any(len(normal_form(paragraphs[k])) > LONG for k in run)
        in_order = len(run) >= 2 and all(
            origin[k + 1] == origin[k] + 1
            for k in range(i, j - 1)  # type: ignore[operator]
        )
        for k in run:
            if has_long or in_order or origin[k] == k - 1:
                keep[k] = False
        i = j
    return keep
