"""The spaCy pipeline: blank Italian tokenizer, lookup lemmas on lower case, sentence bounds.

No statistical model exists for Italian on PyPI, so the pipeline is spaCy's blank `it` plus two
small components of ours: a lemmatizer that looks up the *lower-cased* form in
spacy-lookups-data (spaCy's own lookup mode is case-sensitive and misses "Esonerato" at a
sentence start) and sets a normalised form (’ → '), and a rule sentencizer that knows paragraph
breaks and Italian abbreviations ("Sig.", "S.p.A.").
"""

from __future__ import annotations

import re
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from panchina.lang import LangPack, load_pack

_TERMINALS = {".", "!", "?", "…", "...", "!!", "?!"}


def normalise(text: str) -> str:
    """The form rules match on: lower case, typographic apostrophes made plain."""
    return text.lower().replace("’", "'").replace("`", "'")


@cache
def _lemma_table(lang: str):
    """spacy-lookups-data's table, loaded once: it outlives the pipelines built on it."""
    from spacy.lookups import load_lookups

    return load_lookups(lang, ["lemma_lookup"]).get_table("lemma_lookup")


@Language.factory("panchina_lemmas", default_config={"lang": "it"})
def make_lemmas(nlp: Language, name: str, lang: str) -> LookupLemmas:
    return LookupLemmas(lang)


class LookupLemmas:
    """Set `lemma_` from the lookup table on the lower-cased form, and `norm_`.

    The pack's `lemmas.toml` corrects the table where it is wrong for sports prose
    ("torna" is not a form of "tornire").
    """

    def __init__(self, lang: str) -> None:
        self.table = _lemma_table(lang)
        self.overrides = dict(load_pack(lang).get("lemmas").get("overrides", {}))

    def __call__(self, doc: Doc) -> Doc:
        get, fixed = self.table.get, self.overrides
        for token in doc:
            low = normalise(token.text)
            token.norm_ = low
            token.lemma_ = fixed.get(low) or get(low, low)
        return doc


@Language.factory("panchina_sentences", default_config={"lang": "it"})
def make_sentences(nlp: Language, name: str, lang: str) -> RuleSentences:
    return RuleSentences(load_pack(lang))


class RuleSentences:
    """Sentences start at paragraph breaks and after terminal punctuation, not abbreviations."""

    def __init__(self, pack: LangPack) -> None:
        sentences = pack["text"]["sentences"]
        self.abbreviations = {a.rstrip(".") for a in sentences["abbreviations"]}
        self.letter_names_after = set(sentences["letter_names_after"])

    def _letter_name_end(self, doc: Doc, i: int) -> bool:
        """ "Serie C." as one token at the end of a sentence."""
        t = doc[i].text
        return (
            len(t) == 2
            and t[0].isupper()
            and t[1] == "."
            and i > 0
            and normalise(doc[i - 1].text) in self.letter_names_after
        )

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        for i, token in enumerate(doc):
            token.is_sent_start = i == 0
        for i in range(n - 1):
            token, nxt = doc[i], doc[i + 1]
            if nxt.is_space:
                nxt.is_sent_start = False  # a blank line belongs to the sentence before it
                continue
            if "\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
                nxt.is_sent_start = True
            elif token.text in _TERMINALS or self._letter_name_end(doc, i):
                prev = normalise(doc[i - 1].text) if i else ""
                before = normalise(doc[i - 2].text) if i > 1 else ""
                initial = (
                    len(prev) == 1 and prev.isalnum() and before not in self.letter_names_after
                )
                lettered = before in self.letter_names_after  # "Serie C" "." closes it
                if token.text == "." and not lettered and (prev in self.abbreviations or initial):
                    continue
                j = i + 1
                while j < n and (
                    doc[j].is_quote or doc[j].text in _TERMINALS or doc[j].text == ")"
                ):
                    j += 1
                while j < n and doc[j].is_space:  # the blank after a sentence stays with it
                    j += 1
                if j < n and (
                    doc[j].text[:1].isupper()
                    or doc[j].text[:1].isdigit()
                    or doc[j].is_quote
                    or (j > i + 1 and doc[j - 1].is_space)
                ):
                    doc[j].is_sent_start = True
                    for k in range(i + 1, j):
                        doc[k].is_sent_start = False
        return doc


_BOUND: list = []  # cached builders of objects tied to the pipeline's vocabulary
_FRESH_LEXEMES = 2000  # new words a long run may add before the vocabulary is recycled
_base: dict[str, int] = {}


def vocab_bound(builder):
    """Cache a builder whose result holds the pipeline's vocabulary (matchers, lexicons), so
    that `recycle` drops it with the pipeline and it is built again on the fresh one."""
    cached = cache(builder)
    _BOUND.append(cached)
    return cached


def recycle(lang: str = "it") -> bool:
    """Start a fresh pipeline when the documents read so far have grown its vocabulary.

    spaCy's vocabulary only grows (every new word of every document stays in it), so a long
    ingest would use more memory the longer it runs; starting afresh every couple of thousand
    new words keeps it flat, at the cost of rebuilding the matchers (well under a second).
    """
    size = len(get_nlp(lang).vocab)
    base = _base.setdefault(lang, size)
    if size - base < _FRESH_LEXEMES:
        return False
    for builder in _BOUND:
        builder.cache_clear()
    _base.pop(lang, None)
    return True


def get_nlp(lang: str = "it") -> Language:
    """The shared pipeline for `lang` (built once per process: it loads lookup tables)."""
    return _build(lang)


_NAME_DASH = re.compile(
    r"(?<![\w'’-])([A-ZÀ-Ý][a-zà-ÿ']{2,})([-–])([A-ZÀ-Ý][a-zà-ÿ']{2,})(?![\w-])"
)


@Language.component("panchina_name_dashes")
def split_name_dashes(doc: Doc) -> Doc:
    """Split two names joined by a dash ("Ruggeri-Lamberti", "Juventus-Milan") into name, dash,
    name, so each is a token of its own. The tokenizer keeps them whole; "Al-Nassr" (a short
    first part) and "dopo-Allegri" (a lower-case one) stay whole. Gazetteer patterns go through
    the same pipeline, so "Emilia-Romagna" still matches itself. Found in the text, not token by
    token: most documents have none."""
    hits = []
    for m in _NAME_DASH.finditer(doc.text):
        span = doc.char_span(m.start(), m.end())
        if span is not None and len(span) == 1:
            hits.append((span[0], m))
    if hits:
        with doc.retokenize() as retok:
            for token, m in hits:
                a, dash, b = m.groups()
                retok.split(token, [a, dash, b], heads=[token, token, token])
    return doc


@Language.factory("panchina_letter_names", default_config={"lang": "it"})
def make_letter_names(nlp: Language, name: str, lang: str) -> SplitLetterNames:
    return SplitLetterNames(load_pack(lang))


class SplitLetterNames:
    """Split "B." into "B" and "." after "Serie" ("una panchina di Serie B."): the tokenizer
    takes a capital and a full stop for an initial, and the league would go unseen."""

    def __init__(self, pack: LangPack) -> None:
        self.after = set(pack["text"]["sentences"]["letter_names_after"])

    def __call__(self, doc: Doc) -> Doc:
        hits = [
            t
            for t in doc[1:]
            if len(t.text) == 2
            and t.text[0].isupper()
            and t.text[1] == "."
            and normalise(doc[t.i - 1].text) in self.after
        ]
        if hits:
            with doc.retokenize() as retok:
                for t in hits:
                    retok.split(t, [t.text[0], "."], heads=[t, t])
        return doc


@vocab_bound
def _build(lang: str) -> Language:
    nlp = spacy.blank(lang)
    nlp.add_pipe("panchina_name_dashes")
    nlp.add_pipe("panchina_letter_names", config={"lang": lang})
    nlp.add_pipe("panchina_lemmas", config={"lang": lang})
    nlp.add_pipe("panchina_sentences", config={"lang": lang})
    return nlp


@cache
def get_tokenizer_only(lang: str = "it") -> Language:
    """Bare spaCy tokenization, the yardstick of `panchina bench`."""
    return spacy.blank(lang)
