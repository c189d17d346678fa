"""Compile the pack's trigger phrases (events.toml) into spaCy Matcher patterns and find them.

The mini-syntax of a phrase is documented at the top of events.toml; this module is its only
reader, so adding a phrasing is a data change.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.matcher import Matcher
from spacy.tokens import Doc

from panchina.analyse.nlp import get_nlp, normalise
from panchina.errors import LanguageDataError
from panchina.lang import load_pack


@dataclass(frozen=True)
class Trigger:
    """One group of phrases of events.toml and what they say about their arguments."""

    type: str
    coach: str  # after | before | any
    strength: str  # strong | weak
    replaces: str | None = None
    future_ok: bool = False
    requires: tuple[str, ...] = ()
    excludes: tuple[str, ...] = ()
    only_status: tuple[str, ...] = ()  # speculation triggers: no event unless rumour/denied
    vague: bool = False  # its type yields to a more precise one for the same coach
    not_followed_by: tuple[str, ...] = ()
    adjacent: int | None = None  # the coach follows within this many words
    masks: bool = False  # hides the other groups' hits inside its own ("costare la panchina a")


@dataclass(frozen=True)
class Hit:
    """A trigger found in a document: token span [start, end)."""

    trigger: Trigger
    start: int
    end: int
    phrase: str


def compile_phrase(phrase: str) -> list[dict]:
    """One phrase of the mini-syntax -> one Matcher pattern."""
    pattern: list[dict] = []
    for raw in phrase.split():
        optional = raw.endswith("?") and len(raw) > 1
        word = raw[:-1] if optional else raw
        if word == "*":
            pattern.append({"OP": "?"})
            continue
        forms = [normalise(w) for w in word.split("|")]
        if all(f.startswith("~") for f in forms):
            spec: dict = {"LEMMA": {"IN": [f[1:] for f in forms]}}
        elif any(f.startswith("~") for f in forms):
            raise LanguageDataError(f"events.toml: mixed lemma and word forms in {phrase!r}")
        else:
            spec = {"NORM": {"IN": forms}}
        if optional:
            spec["OP"] = "?"
        pattern.append(spec)
    if not pattern or all(p.get("OP") == "?" for p in pattern):
        raise LanguageDataError(f"events.toml: phrase {phrase!r} could match nothing or anything")
    return pattern


@dataclass(frozen=True)
class TriggerSet:
    matcher: Matcher
    triggers: dict[str, Trigger]
    anchors: Anchors


def not_anchors(lang: str) -> frozenset[str]:
    return frozenset(load_pack(lang)["text"]["function_words"]["not_anchors"])


@dataclass
class Anchors:
    """The forms a pattern can start with: sentences without any skip the Matcher (speed)."""

    lemmas: set[str]
    norms: set[str]
    skip: frozenset[str] = frozenset()  # function words, never anchors

    def add(self, pattern: list[dict]) -> None:
        """Anchor a pattern on its first required content word (a function word such as "il"
        or "per" is in every sentence and would anchor nothing)."""
        required = [spec for spec in pattern if spec.get("OP") != "?" and len(spec) > 0]
        for spec in required:
            values = (spec.get("LEMMA") or spec.get("NORM") or {}).get("IN", [])
            if "LEMMA" in spec or not set(values) <= self.skip:
                self._take(spec)
                return
        for spec in pattern:  # only function words: anchor on the first possible token
            self._take(spec)
            if spec.get("OP") != "?":
                return

    def _take(self, spec: dict) -> None:
        if "LEMMA" in spec:
            self.lemmas.update(spec["LEMMA"]["IN"])
        elif "NORM" in spec:
            self.norms.update(spec["NORM"]["IN"])

    def spans(self, doc: Doc, before: int = 5, after: int = 9):
        """Windows of `doc` around anchor words, within their sentence, overlaps merged: the
        only places a pattern can match (the Matcher's cost grows with the tokens it reads)."""
        lemmas, norms = self.lemmas, self.norms
        for sent in doc.sents:
            lo = hi = None
            for t in sent:
                if t.lemma_ in lemmas or t.norm_ in norms:
                    a, b = max(sent.start, t.i - before), min(sent.end, t.i + after)
                    if hi is not None and a <= hi:
                        hi = max(hi, b)
                    else:
                        if hi is not None:
                            yield doc[lo:hi]
                        lo, hi = a, b
            if hi is not None:
                yield doc[lo:hi]


def match_sentences(matcher: Matcher, anchors: Anchors, doc: Doc) -> list[tuple[int, int, int]]:
    """Matcher results over the anchored windows only, in document token offsets."""
    out = set()
    for span in anchors.spans(doc):
        out.update((mid, s + span.start, e + span.start) for mid, s, e in matcher(span))
    return sorted(out, key=lambda m: (m[1], m[2], m[0]))


@cache
def get_triggers(lang: str = "it") -> TriggerSet:
    nlp = get_nlp(lang)
    matcher = Matcher(nlp.vocab)
    anchors = Anchors(set(), set(), not_anchors(lang))
    triggers: dict[str, Trigger] = {}
    for n, group in enumerate(load_pack(lang)["events"]["trigger"]):
        trig = Trigger(
            type=group["type"],
            coach=group.get("coach", "any"),
            strength=group.get("strength", "strong"),
            replaces=group.get("replaces"),
            future_ok=group.get("future_ok", False),
            requires=tuple(normalise(w) for w in group.get("requires", ())),
            excludes=tuple(normalise(w) for w in group.get("excludes", ())),
            only_status=tuple(group.get("only_status", ())),
            vague=bool(group.get("vague", False)),
            masks=bool(group.get("masks", False)),
            not_followed_by=tuple(normalise(w) for w in group.get("not_followed_by", ())),
            adjacent=group.get("adjacent"),
        )
        for m, phrase in enumerate(group["patterns"]):
            key = f"trigger:{n}:{m}:{phrase}"
            nlp.vocab.strings.add(key)
            pattern = compile_phrase(phrase)
            matcher.add(key, [pattern])
            anchors.add(pattern)
            triggers[key] = trig
    return TriggerSet(matcher, triggers, anchors)


def find_triggers(doc: Doc, lang: str = "it") -> list[Hit]:
    """Trigger hits, the longest where phrases of one group overlap, in text order."""
    ts = get_triggers(lang)
    strings = doc.vocab.strings
    hits = [
        Hit(ts.triggers[strings[mid]], s, e, strings[mid].split(":", 3)[3])
        for mid, s, e in match_sentences(ts.matcher, ts.anchors, doc)
    ]
    hits = [
        h
        for h in hits
        if not (h.trigger.not_followed_by and h.end < len(doc))
        or doc[h.end].norm_ not in h.trigger.not_followed_by
    ]
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[Hit] = []
    for hit in hits:
        if any(k.trigger == hit.trigger and k.start <= hit.start < k.end for k in kept):
            continue
        if any(
            k.trigger.type == hit.trigger.type and k.start == hit.start and k.end >= hit.end
            for k in kept
        ):
            continue  # "prende il posto di" holds "prende il posto": the longer phrase speaks
        if any(k.trigger.type == hit.trigger.type and hit.start <= k.start < hit.end for k in kept):
            kept = [
                k
                for k in kept
                if not (k.trigger.type == hit.trigger.type and hit.start <= k.start < hit.end)
            ]
        kept.append(hit)
    masking = [k for k in kept if k.trigger.masks]
    return [
        h
        for h in kept
        if not any(
            m is not h and m.trigger != h.trigger and m.start <= h.start and h.end <= m.end
            for m in masking
        )
    ]
