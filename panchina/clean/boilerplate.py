"""Page furniture out: copyright lines, share buttons, cookie banners, related-headline lists.

The vocabulary is data (boilerplate.toml); this module applies it line by line and adds two
shape rules no word list can express: the headlines that follow a "Leggi anche" lead-in, and
a numbered list of headlines ("1" / "Headline" / "2" / "Headline", or "1. Headline"). Such a
list is dropped when it ends the page, follows a lead-in, or uses bare numbers on their own
lines (a shape prose never has); a numbered list inside an article ("1. Il modulo...") stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from panchina.clean.shapes import HEADLINE_MAX, has_bullet, looks_like_headline, strip_bullet
from panchina.errors import LanguageDataError
from panchina.lang.loader import LangPack

TEXT, BLANK, FURNITURE, END = "text", "blank", "furniture", "end"
_NUMBER = re.compile(r"^\d{1,2}[.)]?$")
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+\S")
_LEAD_IN_ITEMS = 8  # at most this many headlines are dropped after one lead-in


@dataclass(frozen=True)
class Furniture:
    lines: frozenset[str]
    lead_ins: frozenset[str]
    patterns: re.Pattern[str]
    ends: re.Pattern[str]
    menu_split: re.Pattern[str]
    menu_items: int
    menu_words: int
    comment: re.Pattern[str]


def _compile(patterns: list[str], where: str) -> re.Pattern[str]:
    for p in patterns:
        try:
            re.compile(p)
        except re.error as err:
            message = f"boilerplate.toml: {where}: bad pattern {p!r} ({err})"
            raise LanguageDataError(message) from None
    return re.compile("^(?:" + "|".join(f"(?:{p})" for p in patterns) + ")$", re.I)


_CACHE: dict[int, tuple[LangPack, Furniture]] = {}


def get_furniture(pack: LangPack) -> Furniture:
    """The compiled furniture of a pack (compiled once per pack object)."""
    hit = _CACHE.get(id(pack))
    if hit is not None and hit[0] is pack:
        return hit[1]
    data: dict[str, Any] = pack["boilerplate"]
    try:
        furniture = Furniture(
            lines=frozenset(s.casefold() for s in data["furniture"]["lines"]),
            lead_ins=frozenset(s.casefold() for s in data["related"]["lead_ins"]),
            patterns=_compile(data["furniture"]["patterns"], "furniture.patterns"),
            ends=_compile(data["boundaries"]["article_end"], "boundaries.article_end"),
            menu_split=re.compile(
                r"\s*(?:" + "|".join(re.escape(c) for c in data["menus"]["separators"]) + r")\s*"
            ),
            menu_items=int(data["menus"]["min_items"]),
            menu_words=int(data["menus"]["max_words"]),
            comment=_compile([data["comments"]["header"]], "comments.header"),
        )
    except KeyError as err:
        raise LanguageDataError(f"boilerplate.toml: missing key {err}") from None
    _CACHE[id(pack)] = (pack, furniture)
    return furniture


def _key(line: str) -> str:
    return strip_bullet(line).rstrip(": ").casefold()


def classify(lines: list[str], pack: LangPack) -> list[str]:
    """A label per line: "text", "blank", "furniture" or "end" (an article boundary)."""
    f = get_furniture(pack)
    labels = []
    for line in lines:
        s = strip_bullet(line)
        if not s:
            labels.append(BLANK if not line.strip() else FURNITURE)  # a lone bullet mark
        elif f.ends.match(s):
            labels.append(END)
        elif _key(line) in f.lines or _lead_in(line, f) or f.patterns.match(s) or _menu(s, f):
            labels.append(FURNITURE)
        else:
            labels.append(TEXT)
    _numbered_lists(lines, labels, f)
    _after_lead_ins(lines, labels, f)
    _comments(lines, labels, f)
    return labels


def _comments(lines: list[str], labels: list[str], f: Furniture) -> None:
    """A reader's comment goes with its header: "pippo_77 · 2 ore fa" and the line after."""
    for i, line in enumerate(lines):
        if labels[i] == TEXT and f.comment.match(line.strip()):
            labels[i] = FURNITURE
            if i + 1 < len(lines) and labels[i + 1] == TEXT:
                labels[i + 1] = FURNITURE


def _lead_in(line: str, f: Furniture) -> bool:
    """A lead-in alone on its line, or one a few words extend ("Altre notizie di sport")."""
    key = _key(line)
    if key in f.lead_ins:
        return True
    words = key.split()
    return len(words) <= 6 and any(" ".join(words[:k]) in f.lead_ins for k in range(2, len(words)))


def _menu(line: str, f: Furniture) -> bool:
    """A navigation bar or a breadcrumb: short items between separators, no digits (see
    boilerplate.toml)."""
    items = [i for i in f.menu_split.split(line) if i]
    if len(items) < 2 or len(items) == 1 + line.count(" "):
        return False
    if all(i.strip(": 0123456789").casefold() in f.lines for i in items):  # "Mi piace 0"
        return True
    short = all(len(i.split()) <= f.menu_words and not any(c.isdigit() for c in i) for i in items)
    breadcrumb = items[0].casefold() in f.lines  # "Home » Calcio » Serie C"
    return short and (len(items) >= f.menu_items or breadcrumb)


def _list_end(lines: list[str], start: int) -> tuple[int, int, bool]:
    """(end, items, bare) of a numbered headline list from `start`; bare: numbers on own lines."""
    j, items, bare, n = start, 0, False, len(lines)
    while j < n:
        s = lines[j].strip()
        nxt = lines[j + 1].strip() if j + 1 < n else ""
        if _NUMBER.match(s) and nxt and len(nxt) <= HEADLINE_MAX + 50:
            j, items, bare = j + 2, items + 1, True
        elif _NUMBERED.match(s) and len(s) <= HEADLINE_MAX + 5 and not s.endswith("."):
            j, items = j + 1, items + 1
        elif not s and items:
            j += 1
        else:
            break
    return j, items, bare


def _numbered_lists(lines: list[str], labels: list[str], f: Furniture) -> None:
    spans = []
    i = 0
    while i < len(lines):
        end, items, bare = _list_end(lines, i)
        if items >= 2:
            spans.append((i, end, bare))
            i = end
        else:
            i += 1
    for start, end, bare in reversed(spans):  # the last first: a list may end the page after
        trailing = all(label != TEXT for label in labels[end:])  # another one is dropped
        before = [k for k in range(start) if labels[k] != BLANK]
        after_lead_in = bool(before) and _lead_in(lines[before[-1]], f)
        if trailing or after_lead_in or bare:
            for k in range(start, end):
                if labels[k] != BLANK:
                    labels[k] = FURNITURE


def _after_lead_ins(lines: list[str], labels: list[str], f: Furniture) -> None:
    """Drop the headlines a lead-in introduces: its next block, or its bulleted items."""
    for i, line in enumerate(lines):
        if labels[i] != FURNITURE or not _lead_in(line, f):
            continue
        taken, blanks, bulleted = 0, 0, False
        for j in range(i + 1, len(lines)):
            s = lines[j].strip()
            if not s:
                blanks += 1
                if (taken == 0 and blanks > 1) or (taken and not bulleted):
                    break
                continue
            if labels[j] == FURNITURE:
                continue
            if labels[j] != TEXT or taken >= _LEAD_IN_ITEMS:
                break
            bulleted = has_bullet(s)
            if not looks_like_headline(strip_bullet(s)) or (taken and blanks and not bulleted):
                break
            labels[j] = FURNITURE
            taken, blanks = taken + 1, 0
