"""Which entries of the language pack a corpus exercises: every reviewed phrasing should be
backed by at least one real sentence, or it is a guess nobody checked.

Covered here: trigger phrases (events.toml), career phrases (stints.toml), status cues
(cues.toml), club nicknames (clubs.toml), interim modifiers and the argument-role word lists
(successors, relations, predecessors, fixtures, background, position references), and the
career words of biographies (career, coaching and playing cues, club context).
Phrases are matched the way the extractor matches them (spaCy Matcher over lemmas and
normal forms), the other entries as words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from spacy.matcher import Matcher

from panchina.analyse.nlp import get_nlp, normalise
from panchina.extraction.triggers import compile_phrase
from panchina.lang import load_pack

SUFFIXES = {".txt", ".md", ".html", ".htm"}


def corpus_texts(folders: Iterable[Path]) -> list[str]:
    texts = []
    for folder in folders:
        for path in sorted(Path(folder).rglob("*")):
            if path.suffix.lower() in SUFFIXES and path.name.lower() != "readme.md":
                texts.append(path.read_text(encoding="utf-8", errors="replace"))
    return texts


def entries(lang: str = "it") -> dict[str, list[str]]:
    """Entry lists by kind: "phrase" (matched by the Matcher) and "word" (matched as words)."""
    pack = load_pack(lang)
    phrases = [p for group in pack["events"]["trigger"] for p in group["patterns"]]
    phrases += [p for group in pack["stints"]["role"] for p in group["patterns"]]
    words = []
    for section in (
        "rumour",
        "denial",
        "official",
        "frame",
        "hypothesis",
        "confirmation",
        "pending",
        "document_denial",
        "framed_resignation",
        "refused_resignation",
    ):
        words += pack["cues"][section]["cues"]
    words += pack["cues"]["confirmation"]["idioms"]
    words += list(pack["clubs"]["nicknames"])
    context = pack["events"]["context"]
    for key in (
        "successor_nouns",
        "match_words",
        "background_before",
        "elapsed_units",
        "in_his_place",
        "subordinate_before",
        "same_announcement",
        "respectively",
        "dated_by",
        "co_coach_nouns",
    ):
        words += context[key]
    words += pack["events"]["pairs"]["dash_openers"]
    words += pack["events"]["modifiers"]["interim"]
    words += pack["events"]["modifiers"]["permanent"] + pack["events"]["modifiers"]["new_coach"]
    words += pack["persons"]["relations"]["of"] + pack["persons"]["predecessors"]["before"]
    words += pack["persons"]["predecessors"]["of"]
    words += pack["positions"]["nouns"]["not_before"]
    career = pack["stints"]["career"]
    words += career["cues"] + career["coaching"] + career["playing"]
    words += pack["events"]["club_context"]["motion_before"]
    context = pack["stints"]["club_context"]
    words += context["skip_before"] + context["match_words"]
    return {"phrase": phrases, "word": words}


def unexercised(texts: list[str], lang: str = "it") -> list[str]:
    """The entries no sentence of `texts` exercises."""
    nlp = get_nlp(lang)
    found = entries(lang)
    matcher = Matcher(nlp.vocab)
    for n, phrase in enumerate(found["phrase"]):
        matcher.add(f"cov{n}", [compile_phrase(phrase)])
    hit: set[str] = set()
    for doc in nlp.pipe(texts):
        for mid, _, _ in matcher(doc):
            hit.add(found["phrase"][int(nlp.vocab.strings[mid][3:])])
    joined = normalise("\n".join(texts))
    missing = [p for p in found["phrase"] if p not in hit]
    for word in found["word"]:
        tail = "" if word.endswith("'") else r"(?!\w)"  # "dall'" is glued to its noun
        if not re.search(r"(?<!\w)" + re.escape(normalise(word)) + tail, joined):
            missing.append(word)
    return missing
