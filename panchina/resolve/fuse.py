"""Fuse per-document events and stints into one record, every fact keeping all its evidence.

Events are the same real event when they share type family, club, coach and season; stints
when they share coach, team, role and start year (or one has no start). Ids are hashes of
those keys, so the same corpus ingested in any order gives the same ids. The status ranks
official > denied > rumour, in time order: rumours before the official news are kept as
`rumour_since`, and an official change called off later becomes `denied` with
`revoked_since`. A date is the written one most reports back.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import replace
from itertools import pairwise

from rapidfuzz.distance import DamerauLevenshtein

from panchina.analyse.gazetteer import fold
from panchina.models import Event, Evidence, Extraction, PartialDate, Ref, Stint
from panchina.resolve.enrich import enrich

_STATUS_RANK = {"official": 3, "denied": 2, "rumour": 1}
_RANK = {"day": 3, "month": 2, "year": 1}


def stable_id(prefix: str, *parts: object) -> str:
    digest = hashlib.sha1("|".join("" if p is None else str(p) for p in parts).encode()).hexdigest()
    return f"{prefix}-{digest[:12]}"


# Types of one family are one real event told differently: a sacking one outlet calls a
# resignation, a caretaker one outlet calls the new coach. The fused type is the one most
# official reports give; on a tie, the more specific (interim, mutual consent) wins.
_FAMILY = {
    "dismissal": "departure",
    "resignation": "departure",
    "mutual_termination": "departure",
    "appointment": "arrival",
    "interim_appointment": "arrival",
}
_SPECIFIC = {"interim_appointment": 2, "mutual_termination": 2, "resignation": 1}


def _event_key(e: Event) -> tuple:
    when = e.season or (e.date.season() if e.date else None)
    return (_FAMILY.get(e.type, e.type), e.club.id, e.coach.id, when)


def _fused_type(group: list[Event], status: str) -> str:
    counts = Counter(e.type for e in group if e.status == status)
    # "ad interim" is said when true; its absence proves little, so an interim report weighs two.
    weight = {t: n * (2 if t == "interim_appointment" else 1) for t, n in counts.items()}
    return max(weight, key=lambda t: (weight[t], _SPECIFIC.get(t, 0), t))


def _contains(coarse: PartialDate, fine: PartialDate) -> bool:
    if coarse.year != fine.year or _RANK[coarse.precision] > _RANK[fine.precision]:
        return False
    if coarse.precision == "day":
        return coarse.month == fine.month and coarse.day == fine.day
    return coarse.precision == "year" or coarse.month == fine.month


def _best_date(dates: list[PartialDate]) -> PartialDate | None:
    """The written date most reports agree with; "a novembre" agrees with "14 novembre", so a
    coarse date backs the precise one it contains instead of competing with it."""
    if not dates:
        return None
    written = [d for d in dates if not d.inferred] or dates
    support = {d.iso(): sum(_contains(o, d) for o in written) for d in written}
    return max(written, key=lambda d: (support[d.iso()], _RANK[d.precision], d.iso()))


def _most_common(values: list):
    present = [v for v in values if v is not None]
    return Counter(present).most_common(1)[0][0] if present else None


def _merge_evidence(groups: list[list[Evidence]]) -> list[Evidence]:
    """Every distinct span once, in document order (a much-copied story has thousands)."""
    out = {ev: None for group in groups for ev in group}
    return sorted(out, key=lambda ev: (ev.document, ev.start, ev.end))


def fuse_events(
    events: list[Event],
    published: dict[str, PartialDate | None] | None = None,
    roots: dict[str, str] | None = None,
) -> list[Event]:
    groups: dict[tuple, list[Event]] = {}
    undated: list[Event] = []
    for e in events:
        key = _event_key(e)
        if key[3] is None:
            undated.append(e)
        else:
            groups.setdefault(key, []).append(e)
    for e in undated:  # an undated report joins the one dated change it can be about
        key = _event_key(e)
        same = [k for k in groups if k[:3] == key[:3]]
        groups.setdefault(same[0] if len(same) == 1 else key, []).append(e)
    fused = []
    for key, group in groups.items():
        first = group[0]
        roots = roots or {}
        docs = {roots.get(ev.document, ev.document) for e in group for ev in e.evidence}
        status = max((e.status for e in group), key=_STATUS_RANK.__getitem__)
        revoked = _revoked_since(group, published or {})
        conf = 1.0
        counted: set[str] = set()
        for e in group:  # one factor per independent source (a copy is not one)
            source = roots.get(e.evidence[0].document, e.evidence[0].document) if e.evidence else ""
            if source in counted:
                continue
            counted.add(source)
            conf *= 1 - e.confidence
        extra: dict[str, str] = _lifecycle(group, published or {}, roots)
        if revoked:  # rumour -> official -> called off: the record says so and keeps both days
            status, extra["revoked_since"] = "denied", revoked
        for e in group:
            for k, v in e.extra.items():
                extra.setdefault(k, v)
        dates = [e.date for e in group if e.date]
        alternatives = sorted({d.iso() for d in dates})
        if len(alternatives) > 1:
            extra["date_alternatives"] = ", ".join(alternatives)
        fused.append(
            Event(
                type=_fused_type(group, status),
                status=status,
                club=first.club,
                coach=first.coach,
                replaces=_most_common([e.replaces for e in group]),
                replaced_by=_most_common([e.replaced_by for e in group]),
                date=_best_date(dates),
                league=_most_common([e.league for e in group]),
                season=key[3],
                position=_most_common([e.position for e in group]),
                reason=_most_common([e.reason for e in group]),
                confidence=round(min(0.99, 1 - conf) if len(docs) > 1 else first.confidence, 2),
                evidence=_merge_evidence([e.evidence for e in group]),
                extra=extra,
                id=stable_id("e", *key),
            )
        )
    return sorted(fused, key=lambda e: e.id)


def fuse_stints(stints: list[Stint]) -> list[Stint]:
    out: list[Stint] = []
    by_key: dict[tuple[str, str, str], list[Stint]] = {}
    for s in sorted(stints, key=lambda s: (s.start is None, s.start.iso() if s.start else "")):
        match = next(
            (
                o
                for o in by_key.get((s.coach.id, s.team.id, s.role), ())
                if (o.start is None or s.start is None or o.start.year == s.start.year)
                and (o.end is None or s.end is None or o.end.year == s.end.year)
            ),
            None,
        )
        if match is None:
            out.append(
                Stint(
                    s.coach,
                    s.team,
                    s.role,
                    s.start,
                    s.end,
                    s.end_reason,
                    list(s.honours),
                    list(s.evidence),
                )
            )
            by_key.setdefault((s.coach.id, s.team.id, s.role), []).append(out[-1])
            continue
        if s.start and (
            match.start is None or _RANK[s.start.precision] > _RANK[match.start.precision]
        ):
            match.start = s.start
        match.end = match.end or s.end
        match.end_reason = match.end_reason or s.end_reason
        match.honours.extend(h for h in s.honours if h not in match.honours)
        match.evidence = _merge_evidence([match.evidence, s.evidence])
    for s in out:
        s.id = stable_id(
            "s",
            s.coach.id,
            s.team.id,
            s.role,
            s.start.iso() if s.start else None,
            s.end.iso() if s.end else None,
        )
    return sorted(out, key=lambda s: (s.coach.name, s.start.iso() if s.start else "9999", s.id))


def canonical_people(extractions: list[Extraction]) -> dict[str, Ref]:
    """Person id -> the full-name Ref it stands for across documents.

    A surname-only person ("Zanetti") joins the one full name with that surname seen anywhere
    ("Paolo Zanetti"); with two candidates ("Simone"/"Filippo Inzaghi") it stays apart.
    """
    refs: dict[str, Ref] = {}
    seen: Counter[str] = Counter()
    for x in extractions:
        for e in x.events:
            for r in (e.coach, e.replaces, e.replaced_by):
                if r is not None:
                    refs[r.id] = r
                    seen[r.id] += 1
        for st in x.stints:
            refs[st.coach.id] = st.coach
            seen[st.coach.id] += 1
    return canonical_people_from(refs, seen)


def canonical_people_from(refs: dict[str, Ref], seen: Counter[str]) -> dict[str, Ref]:
    """`canonical_people` from the people named (id -> Ref) and how often each is named."""
    out: dict[str, Ref] = {}
    # A misspelled full name ("Massimo Carerra": one typo, fewer mentions) joins the
    # better-attested spelling with the same first name ("Massimo Carrera").
    full_names = sorted(
        (r for r in refs.values() if len(r.name.split()) >= 2), key=lambda r: (-seen[r.id], r.id)
    )
    for i, r in enumerate(full_names):
        if r.id in out:
            continue
        first, last = fold(r.name.split()[0]), fold(r.name.split()[-1])
        for other in full_names[i + 1 :]:
            o_first, o_last = fold(other.name.split()[0]), fold(other.name.split()[-1])
            if (
                other.id not in out
                and o_first == first
                and o_last != last
                and len(last) >= 6
                and seen[other.id] < seen[r.id]
                and DamerauLevenshtein.distance(o_last, last) <= 1
            ):
                out[other.id] = r
    by_surname: dict[str, set[str]] = {}
    for r in refs.values():
        if len(r.name.split()) >= 2:
            by_surname.setdefault(fold(r.name.split()[-1]), set()).add(r.id)
    for r in refs.values():
        if len(r.name.split()) == 1:
            full = by_surname.get(fold(r.name), set())
            if len(full) == 1:
                out[r.id] = refs[next(iter(full))]
    return out


def _rename(ref: Ref | None, people: dict[str, Ref]) -> Ref | None:
    return people.get(ref.id, ref) if ref is not None else None


def _first_published(e: Event, published: dict[str, PartialDate | None]) -> str | None:
    days = [published[ev.document].iso() for ev in e.evidence if published.get(ev.document)]
    return min(days) if days else None


def _revoked_since(events: list[Event], published: dict[str, PartialDate | None]) -> str | None:
    """The day a change already official was called off ("revocato l'esonero", "salta tutto"):
    a denial published after the first official report, with no official report after it."""
    dated = [(d, e.status) for e in events if (d := _first_published(e, published))]
    official = sorted(d for d, st in dated if st == "official")
    if not official:
        return None
    later = sorted(d for d, st in dated if st == "denied" and d > official[-1])
    return later[0] if later else None


def _lifecycle(
    events: list[Event], published: dict[str, PartialDate | None], roots: dict[str, str]
) -> dict[str, str]:
    """When the change was first reported, first rumoured, first official; how many sources."""
    firsts: dict[str, str] = {}
    sources = set()
    for e in events:
        for ev in e.evidence:
            sources.add(roots.get(ev.document, ev.document))
            day = published.get(ev.document)
            if day is None:
                continue
            for key in ("first_reported", f"{e.status}_since"):
                if key not in firsts or day.iso() < firsts[key]:
                    firsts[key] = day.iso()
    firsts["sources"] = str(len(sources))
    return firsts


CONFLICT_DAYS = 3


def _support(e: Event) -> tuple[int, float]:
    return int(e.extra.get("sources", "1")), e.confidence


def resolve_conflicts(events: list[Event]) -> list[Event]:
    """One change of a kind per club at a time: of two official events of the same type at the
    same club within a few days (two coaches "sacked" by Napoli on 14 November), the one with
    more independent sources stands; the other is kept, marked as conflicting, and left out
    of the season table and of `who`."""
    official = sorted(
        (e for e in events if e.status == "official" and e.date is not None),
        key=lambda e: (e.club.id, e.type, e.date.to_date()),
    )
    for a, b in pairwise(official):
        if (a.club.id, a.type) != (b.club.id, b.type) or a.coach.id == b.coach.id:
            continue
        if abs((b.date.to_date() - a.date.to_date()).days) > CONFLICT_DAYS:
            continue
        if a.date.precision != "day" or b.date.precision != "day":
            continue
        loser, winner = (a, b) if _support(a) < _support(b) else (b, a)
        if "conflict_with" not in winner.extra:
            loser.extra["conflict_with"] = winner.id
    return events


def fuse(
    extractions: list[Extraction], duplicates: dict[str, str] | None = None
) -> tuple[list[Event], list[Stint]]:
    """The fused record of a set of per-document extractions (order does not matter).

    `duplicates` maps a document to the one it copies: a copy adds evidence, not confidence.
    """
    ordered = sorted(extractions, key=lambda x: x.document.id)
    people = canonical_people(ordered)
    return fuse_events_of(ordered, people, duplicates), fuse_stints_of(ordered, people)


def fuse_events_of(
    extractions: list[Extraction], people: dict[str, Ref], duplicates: dict[str, str] | None
) -> list[Event]:
    """The fused events of some extractions (those of one club suffice: events of two clubs
    never fuse), people named as `canonical_people` says."""
    ordered = sorted(extractions, key=lambda x: x.document.id)
    roots = dict(duplicates or {})
    published = {x.document.id: x.document.published for x in ordered}
    raw_events = []
    for x in ordered:
        for e in x.events:
            e = replace(
                e,
                coach=_rename(e.coach, people),
                replaces=_rename(e.replaces, people),
                replaced_by=_rename(e.replaced_by, people),
            )
            raw_events.append(e)
    return resolve_conflicts([enrich(e) for e in fuse_events(raw_events, published, roots)])


def fuse_stints_of(extractions: list[Extraction], people: dict[str, Ref]) -> list[Stint]:
    """The fused stints of some extractions (those of one coach suffice)."""
    ordered = sorted(extractions, key=lambda x: x.document.id)
    return fuse_stints(
        [replace(st, coach=_rename(st.coach, people)) for x in ordered for st in x.stints]
    )
