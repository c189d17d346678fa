"""Page furniture out: copyright lines, share buttons, cookie banners, related-headline lists.

The lines are data (boilerplate.toml); this module only applies them, line by line, and
recognises the shape of a numbered list of related headlines at the end of a page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from panchina.lang import load_pack

_NUMBER = re.compile(r"^\d{1,2}[.)]?$")
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+\S")


@dataclass(frozen=True)
class Furniture:
    lines: frozenset[str]
    patterns: re.Pattern[str]
    ends: re.Pattern[str]


@cache
def get_furniture(lang: str = "it") -> Furniture:
    data = load_pack(lang)["boilerplate"]
    pats = data["furniture"]["patterns"]
    ends = data["boundaries"]["article_end"]
    return Furniture(
        lines=frozenset(s.casefold() for s in data["furniture"]["lines"]),
        patterns=re.compile("^(?:" + "|".join(pats) + ")$", re.I),
        ends=re.compile("^(?:" + "|".join(ends) + ")$", re.I),
    )


def classify(lines: list[str], lang: str = "it") -> list[str]:
    """A label per line: "text", "blank", "furniture" or "end" (an article boundary)."""
    f = get_furniture(lang)
    labels = []
    for line in lines:
        s = line.strip()
        if not s:
            labels.append("blank")
        elif f.ends.match(s):
            labels.append("end")
        elif s.casefold() in f.lines or f.patterns.match(s):
            labels.append("furniture")
        else:
            labels.append("text")
    _related_lists(lines, labels)
    return labels


def _related_lists(lines: list[str], labels: list[str]) -> None:
    """Mark numbered related-headline lists ("1" / "Headline" / "2" / "Headline", or "1. H")."""
    i, n = 0, len(lines)
    while i < n:
        j, items = i, 0
        while j < n:
            s = lines[j].strip()
            if _NUMBER.match(s) and j + 1 < n and lines[j + 1].strip() and len(lines[j + 1]) < 200:
                j += 2
                items += 1
            elif _NUMBERED.match(s) and len(s) < 200 and not s.endswith("."):
                j += 1
                items += 1
            elif not s and items:
                j += 1
            else:
                break
        if items >= 2:
            for k in range(i, j):
                if labels[k] != "blank":
                    labels[k] = "furniture"
            i = j
        else:
            i += 1
