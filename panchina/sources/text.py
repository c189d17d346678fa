"""Plain text and Markdown files.

Plain text is passed on as found (cleaning is the next stage's job). Markdown loses its markup
so that "# Bari, via Mignani" is a headline like any other and "[Mignani](url)" reads as a
name; a front-matter block (`---` ... `---` at the top) gives the title and the date.
"""

from __future__ import annotations

import re

import yaml

from panchina.models import PartialDate, RawDocument
from panchina.sources.dates import parse_published

_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.S)
_MARKUP = (
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links: keep the words
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", re.M), r"\1"),  # ATX headings
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.M), ""),  # block quotes
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),  # italics
    (re.compile(r"`([^`\n]+)`"), r"\1"),  # inline code
)


def _front_matter(text: str) -> tuple[dict, str]:
    m = _FRONT.match(text)
    if not m:
        return {}, text
    try:
        data = yaml.safe_load(m.group(1))
    except yaml.YAMLError:
        return {}, text
    return (data, text[m.end() :]) if isinstance(data, dict) else ({}, text)


def strip_markdown(text: str) -> str:
    """The text of a Markdown document, without its markup (line structure kept)."""
    for pattern, replacement in _MARKUP:
        text = pattern.sub(replacement, text)
    return text


def read_text(
    text: str, source: str, published: PartialDate | None = None, markdown: bool = False
) -> RawDocument:
    """A text file as a RawDocument; Markdown is unmarked and its front matter read."""
    title = date = None
    if markdown:
        meta, text = _front_matter(text.lstrip("\ufeff"))
        title = str(meta["title"]).strip() or None if meta.get("title") else None
        date = parse_published(str(meta.get("published") or meta.get("date") or ""))
        text = strip_markdown(text)
    return RawDocument(source, text, title, published or date, None, "text")
