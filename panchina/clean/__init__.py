"""Clean stage: a raw page -> clean article documents (pure; no I/O).

Steps: furniture lines out (boilerplate.py), paragraphs built from the remaining lines, later
copies of a paragraph dropped (dedupe.py), the page split at article boundaries (split.py),
then one Document per article whose text starts with its headline.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache

from panchina.clean.boilerplate import classify
from panchina.clean.dedupe import first_copies, normal_form
from panchina.clean.split import looks_like_headline, split_articles
from panchina.errors import SourceReadError
from panchina.lang import load_pack
from panchina.models import Document, RawDocument

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def document_id(text: str) -> str:
    """Content-derived id: the same cleaned text always gets the same id."""
    return "d-" + hashlib.sha256(normal_form(text).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class _Language:
    stopwords: frozenset[str]
    foreign: frozenset[str]


@cache
def _language(lang: str) -> _Language:
    data = load_pack(lang)["text"]["language"]
    return _Language(frozenset(data["stopwords"]), frozenset(data["foreign"]))


def check_language(text: str, lang: str = "it") -> None:
    """Refuse a text clearly in another language (the pack reads `lang` only)."""
    words = [w.lower() for w in _WORD.findall(text[:5000])]
    if len(words) < 12:
        return
    ours = sum(w in _language(lang).stopwords for w in words)
    theirs = sum(w in _language(lang).foreign for w in words)
    if theirs > ours and ours / len(words) < 0.08:
        raise SourceReadError(f"not {lang!r} text (this language is not supported yet)")


def _paragraphs(text: str, lang: str) -> list[tuple[str, bool]]:
    """(paragraph, starts_after_boundary) from the page text, furniture removed."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    labels = classify(lines, lang)
    out: list[tuple[str, bool]] = []
    buf: list[str] = []
    boundary = False
    pending_boundary = False

    def flush() -> None:
        nonlocal buf, pending_boundary
        if buf:
            out.append((" ".join(s.strip() for s in buf), pending_boundary))
            pending_boundary = False
        buf = []

    for line, label in zip(lines, labels, strict=True):
        if label == "text":
            buf.append(line)
            continue
        flush()
        if label == "end":
            boundary = True
            pending_boundary = True
    del boundary
    flush()
    return out


def clean(raw: RawDocument, lang: str = "it") -> list[Document]:
    """The articles of a raw page as documents (an empty list if nothing is left)."""
    blocks = _paragraphs(raw.text, lang)
    keep = first_copies([p for p, _ in blocks])
    kept: list[tuple[str, bool]] = []
    carry = False
    for (paragraph, after), k in zip(blocks, keep, strict=True):
        carry = carry or after
        if k:
            kept.append((paragraph, carry))
            carry = False
    documents = []
    for n, paragraphs in enumerate(split_articles(kept)):
        title = raw.title if n == 0 and raw.title else None
        if title is None and len(paragraphs) > 1 and looks_like_headline(paragraphs[0]):
            title, paragraphs = paragraphs[0], paragraphs[1:]
        body = "\n\n".join(paragraphs)
        if not _WORD.search(body):
            continue
        text = f"{title}\n\n{body}" if title else body
        check_language(text, lang)
        source = raw.source if n == 0 else f"{raw.source}#{n + 1}"
        documents.append(
            Document(document_id(text), source, title, text, raw.published, False, lang, raw.url)
        )
    return documents
