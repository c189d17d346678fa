"""Short coreference inside one document: which club a nickname or a description means.

"i bianconeri" is Juventus, Ascoli or Udinese; "la squadra marchigiana" is the document's club
from the Marche. The document decides: the club of the word's list mentioned most recently
before it, else one mentioned anywhere in the document, else the document's main club when it
fits. Resolution is deterministic and only looks backwards first, as a reader does.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from panchina.analyse.gazetteer import Gazetteer
from panchina.models import Mention


def topic_club(
    mentions: list[Mention],
    title_end: int,
    first_para_end: int,
    is_birthplace: Callable[[Mention], bool] | None = None,
    is_opponent: Callable[[Mention], bool] | None = None,
) -> str | None:
    """The club the document is about: explicit mentions, weighted towards title and lead; a
    town named as where someone comes from ("il tecnico di Ascoli") and an opponent ("l'esordio
    con la Pro Vercelli") do not count."""
    score: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    for m in mentions:
        if m.kind != "club" or not m.key or (is_birthplace and is_birthplace(m)):
            continue
        if is_opponent and is_opponent(m):
            continue
        weight = 3 if m.start < title_end else 2 if m.start < first_para_end else 1
        score[m.key] += weight
        first_seen.setdefault(m.key, m.start)
    if not score:
        return None
    return max(score, key=lambda k: (score[k], -first_seen[k]))


def resolve_clubs(
    mentions: list[Mention],
    gaz: Gazetteer,
    topic: str | None,
    paragraph_starts: list[int] | None = None,
    is_opponent: Callable[[Mention], bool] | None = None,
) -> dict[int, str]:
    """Club id for every club-like mention (index into `mentions`): names, nicknames, descriptions.

    "il club" or "la società" is the document's club when its paragraph names it, else the club
    last named in the paragraph (a list article talks of a new club in each).
    """
    resolved: dict[int, str] = {}
    explicit = [m.key for m in mentions if m.kind == "club" and m.key]
    recent: list[str] = []  # explicit clubs seen so far, most recent last
    starts = paragraph_starts or [0]
    in_paragraph: list[str] = []
    paragraph = 0
    for i, m in enumerate(mentions):
        while paragraph + 1 < len(starts) and m.start >= starts[paragraph + 1]:
            paragraph += 1
            in_paragraph = []
        if m.kind == "club" and m.key:
            resolved[i] = m.key
            recent.append(m.key)
            if not (is_opponent and is_opponent(m)):  # "dopo il ko di Trento": not "la società"
                in_paragraph.append(m.key)
        elif m.kind == "city" and m.key:
            resolved[i] = m.key
            if not (is_opponent and is_opponent(m)):  # "lo 0-3 di Firenze"
                in_paragraph.append(m.key)
        elif m.kind == "nickname" and m.key:
            choice = _reserve(
                _pick(gaz.nicknames.get(m.key, []), recent, explicit, topic), gaz, recent
            )
            if choice:
                resolved[i] = choice
                in_paragraph.append(choice)
        elif m.kind == "club_ref":
            if m.key:  # a region adjective
                in_region = [c for c in gaz.clubs.values() if c.region == m.key]
                choice = _pick([c.id for c in in_region], recent, explicit, topic, fallback=False)
            else:
                if topic in in_paragraph or not in_paragraph:
                    choice = topic or (recent[-1] if recent else None)
                else:
                    choice = in_paragraph[-1]
            if choice:
                resolved[i] = choice
    return resolved


def _reserve(choice: str | None, gaz: Gazetteer, recent: list[str]) -> str | None:
    """The club's reserve side when the story named it after the club itself."""
    reserve = gaz.reserves.get(choice or "")
    if reserve is None or reserve not in recent:
        return choice
    last = {club: k for k, club in enumerate(recent)}
    return reserve if last[reserve] > last.get(choice, -1) else choice


def _pick(
    candidates: list[str],
    recent: list[str],
    explicit: list[str],
    topic: str | None,
    fallback: bool = True,
) -> str | None:
    if not candidates:
        return None
    if topic in candidates and topic in recent:
        return topic
    for club in reversed(recent):
        if club in candidates:
            return club
    for club in explicit:
        if club in candidates:
            return club
    if topic in candidates:
        return topic
    if fallback and len(candidates) == 1:
        return candidates[0]
    return None
