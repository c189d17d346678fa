"""Clean stage: a raw page -> clean article documents (pure; no I/O).

Steps: one normal form for the text (paragraphs.py), furniture lines out (boilerplate.py),
paragraphs built from the remaining lines, later copies of a paragraph dropped (dedupe.py),
the page split at article boundaries (split.py), then one Document per article whose text
is its headline, a blank line and its body: evidence offsets index into that text.
"""

from __future__ import annotations

import hashlib
import re

from panchina.clean.boilerplate import classify
from panchina.clean.dedupe import first_copies, normal_form
from panchina.clean.paragraphs import Block, build_blocks, normalise
from panchina.clean.shapes import has_letters, looks_like_headline
from panchina.clean.split import split_articles
from panchina.errors import SourceReadError
from panchina.lang import load_pack
from panchina.lang.loader import LangPack
from panchina.models import Document, RawDocument

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def document_id(text: str) -> str:
    """Content-derived id: the same cleaned text always gets the same id, whatever its source."""
    return "d-" + hashlib.sha256(normal_form(text).encode("utf-8")).hexdigest()[:16]


def _pack(pack: LangPack | str | None) -> LangPack:
    return pack if isinstance(pack, LangPack) else load_pack(pack or "it")


_Words = tuple[frozenset[str], frozenset[str], frozenset[str]]
_WORDS: dict[int, tuple[LangPack, _Words]] = {}


def _words(pack: LangPack) -> _Words:
    """(stopwords, foreign words, function words) of a pack, casefolded; once per pack."""
    hit = _WORDS.get(id(pack))
    if hit is not None and hit[0] is pack:
        return hit[1]
    text = pack["text"]
    fw = text["function_words"]
    stop = frozenset(w.casefold() for w in text["language"]["stopwords"])
    foreign = frozenset(w.casefold() for w in text["language"]["foreign"])
    function = frozenset(
        w.casefold().rstrip("'") for w in [*fw["determiners"], *fw["not_anchors"], *stop]
    )
    _WORDS[id(pack)] = (pack, (stop, foreign, function))
    return stop, foreign, function


def check_language(text: str, pack: LangPack | str | None = None) -> None:
    """Refuse a text clearly in another language (a pack reads its own language only)."""
    pack = _pack(pack)
    words = [w.casefold() for w in _WORD.findall(text[:5000])]
    if len(words) < 12:
        return
    stop, foreign, _ = _words(pack)
    ours = sum(w in stop for w in words)
    theirs = sum(w in foreign for w in words)
    if theirs > ours and ours / len(words) < 0.08:
        raise SourceReadError(f"not {pack.code!r} text (this language is not supported yet)")


def page_blocks(text: str, pack: LangPack | str | None = None) -> list[Block]:
    """The page's paragraphs after normalisation, furniture removal and de-duplication.

    A dropped copy passes its "after an article end" mark on to the next kept paragraph.
    """
    lines = normalise(text).split("\n")
    blocks = build_blocks(lines, classify(lines, _pack(pack)))
    kept: list[Block] = []
    carry = False
    for block, keep in zip(blocks, first_copies([b.text for b in blocks]), strict=True):
        carry = carry or block.after_end
        if keep:
            kept.append(Block(block.text, carry))
            carry = False
    return kept


def clean(raw: RawDocument, pack: LangPack | str | None = None) -> list[Document]:
    """The articles of a raw page as documents (an empty list if nothing is left).

    `pack` is a language pack or its code (default "it"). Raises SourceReadError only for
    text in another language; a page with no article text gives an empty list.
    """
    pack = _pack(pack)
    blocks = page_blocks(raw.text, pack)
    check_language("\n".join(b.text for b in blocks), pack)
    raw_title = normalise(raw.title).replace("\n", " ").strip() if raw.title else None
    documents = []
    for n, paragraphs in enumerate(split_articles(blocks, _words(pack)[2])):
        title = None
        if n == 0 and raw_title:
            title = raw_title
            if paragraphs and normal_form(paragraphs[0]) == normal_form(title):
                paragraphs = paragraphs[1:]
        elif len(paragraphs) > 1 and looks_like_headline(paragraphs[0]):
            title, paragraphs = paragraphs[0], paragraphs[1:]
        body = "\n\n".join(paragraphs)
        if not has_letters(body):
            continue
        text = f"{title}\n\n{body}" if title else body
        source = raw.source if n == 0 else f"{raw.source}#{n + 1}"
        documents.append(
            Document(
                id=document_id(text),
                source=source,
                title=title,
                text=text,
                published=raw.published,
                published_inferred=False,
                language=pack.code,
                url=raw.url,
            )
        )
    return documents


__all__ = ["check_language", "clean", "document_id", "page_blocks"]
