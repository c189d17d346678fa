"""Compile the pack's trigger phrases (events.toml) into spaCy Matcher patterns and find them.

The mini-syntax of a phrase is documented at the top of events.toml; this module is its only
reader, so adding a phrasing is a data change.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.matcher import Matcher
from spacy.tokens import Doc

from panchina.analyse.nlp import get_nlp, normalise, vocab_bound
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
    excused_after: tuple[str, ...] = ()  # an excluding word after these is a bystander
    club_subject: bool = False  # a person before its finite active form is no coach
    strict_side: bool = False  # a person on the other side of `coach` is never its coach
    only_status: tuple[str, ...] = ()  # speculation triggers: no event unless rumour/denied
    vague: bool = False  # its type yields to a more precise one for the same coach
    not_followed_by: tuple[str, ...] = ()
    not_preceded_by: tuple[str, ...] = ()
    adjacent: int | None = None  # the coach follows within this many words
    masks: bool = False  # hides the other groups' hits inside its own ("costare la panchina a")
    after_departure: bool = False  # only after a departure earlier in the same sentence


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
    triggers: dict[str, Trigger]
    anchors: Anchors


def not_anchors(lang: str) -> frozenset[str]:
    return frozenset(load_pack(lang)["text"]["function_words"]["not_anchors"])


class Anchors:
    """Patterns grouped by their anchor word, each group in a Matcher of its own.

    A sentence without an anchor word costs nothing; around an anchor word only the patterns
    anchored on it run (the Matcher's cost grows with tokens x patterns it reads).
    """

    def __init__(self, vocab, skip: frozenset[str] = frozenset()) -> None:
        self.vocab = vocab
        self.skip = skip  # function words, never anchors
        self.by_lemma: dict[str, Matcher] = {}
        self.by_norm: dict[str, Matcher] = {}

    def add(self, key: str, pattern: list[dict]) -> None:
        """Anchor a pattern on its first required content word (a function word such as "il"
        or "per" is in every sentence and would anchor nothing)."""
        required = [spec for spec in pattern if spec.get("OP") != "?" and len(spec) > 0]
        for spec in required:
            values = (spec.get("LEMMA") or spec.get("NORM") or {}).get("IN", [])
            if not set(values) <= self.skip:  # "~essere il favorito" anchors on "favorito"
                self._take(spec, key, pattern)
                return
        for spec in pattern:  # only function words: anchor on the first possible token
            self._take(spec, key, pattern)
            if spec.get("OP") != "?":
                return

    def _take(self, spec: dict, key: str, pattern: list[dict]) -> None:
        table = self.by_lemma if "LEMMA" in spec else self.by_norm if "NORM" in spec else None
        if table is None:
            return
        for value in (spec.get("LEMMA") or spec.get("NORM"))["IN"]:
            if value not in table:
                table[value] = Matcher(self.vocab)
            table[value].add(key, [pattern])

    def windows(self, doc: Doc, before: int = 5, after: int = 9):
        """(span, matchers) around anchor words, within their sentence, overlaps merged."""
        by_lemma, by_norm = self.by_lemma, self.by_norm
        for sent in doc.sents:
            lo = hi = None
            found: list[Matcher] = []
            for t in sent:
                here = [m for m in (by_lemma.get(t.lemma_), by_norm.get(t.norm_)) if m is not None]
                if not here:
                    continue
                a, b = max(sent.start, t.i - before), min(sent.end, t.i + after)
                if hi is not None and a <= hi:
                    hi = max(hi, b)
                    found.extend(m for m in here if m not in found)
                else:
                    if hi is not None:
                        yield doc[lo:hi], found
                    lo, hi, found = a, b, list(here)
            if hi is not None:
                yield doc[lo:hi], found

    def match(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Matches over the anchored windows only, in document token offsets, sorted."""
        out = set()
        for span, matchers in self.windows(doc):
            for matcher in matchers:
                out.update((mid, s + span.start, e + span.start) for mid, s, e in matcher(span))
        return sorted(out, key=lambda m: (m[1], m[2], m[0]))


@vocab_bound
def get_triggers(lang: str = "it") -> TriggerSet:
    nlp = get_nlp(lang)
    anchors = Anchors(nlp.vocab, not_anchors(lang))
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
            excused_after=tuple(normalise(w) for w in group.get("excused_after", ())),
            club_subject=bool(group.get("club_subject", False)),
            strict_side=bool(group.get("strict_side", False)),
            only_status=tuple(group.get("only_status", ())),
            vague=bool(group.get("vague", False)),
            masks=bool(group.get("masks", False)),
            not_followed_by=tuple(normalise(w) for w in group.get("not_followed_by", ())),
            not_preceded_by=tuple(normalise(w) for w in group.get("not_preceded_by", ())),
            adjacent=group.get("adjacent"),
            after_departure=bool(group.get("after_departure", False)),
        )
        for m, phrase in enumerate(group["patterns"]):
            key = f"trigger:{n}:{m}:{phrase}"
            nlp.vocab.strings.add(key)
            anchors.add(key, compile_phrase(phrase))
            triggers[key] = trig
    return TriggerSet(triggers, anchors)


def find_triggers(doc: Doc, lang: str = "it") -> list[Hit]:
    """Trigger hits, the longest where phrases of one group overlap, in text order."""
    ts = get_triggers(lang)
    strings = doc.vocab.strings
    hits = [
        Hit(ts.triggers[strings[mid]], s, e, strings[mid].split(":", 3)[3])
        for mid, s, e in ts.anchors.match(doc)
    ]
    hits = [
        h
        for h in hits
        if not (h.trigger.not_followed_by and h.end < len(doc))
        or not _followed_by(doc, h.end, h.trigger.not_followed_by)
    ]
    hits = [
        h
        for h in hits
        if not (h.trigger.not_preceded_by and h.start > 0)
        or not {t.norm_ for t in doc[max(0, h.start - 3) : h.start]}
        & set(h.trigger.not_preceded_by)
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


def _followed_by(doc, end: int, words: tuple[str, ...]) -> bool:
    """Do the words after a hit start with one of `words` (one or two words: "di", "la
    sfida")?"""
    one = doc[end].norm_
    two = f"{one} {doc[end + 1].norm_}" if end + 1 < len(doc) else one
    return one in words or two in words
