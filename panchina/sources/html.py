"""HTML pages: the main content through trafilatura, title and date from the page's metadata."""

from __future__ import annotations

import re

import trafilatura

from panchina.errors import SourceReadError
from panchina.models import PartialDate, RawDocument

_PUBLISHED = re.compile(
    r"""<meta[^>]+(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|datePublished|"""
    r"""date|pubdate|publish-date|dc\.date)["'][^>]*content\s*=\s*["'](\d{4}-\d{2}-\d{2})""",
    re.I,
)
_TIME = re.compile(r"""<time[^>]+datetime\s*=\s*["'](\d{4}-\d{2}-\d{2})""", re.I)


def _published(html: str, found: str | None) -> PartialDate | None:
    for candidate in (m.group(1) for rx in (_PUBLISHED, _TIME) if (m := rx.search(html))):
        try:
            return PartialDate.parse(candidate)
        except ValueError:
            continue
    if found:
        try:
            return PartialDate.parse(found)
        except ValueError:
            return None
    return None


def read_html(
    html: str, source: str, published: PartialDate | None = None, url: str | None = None
) -> RawDocument:
    """One page -> a RawDocument holding its main text (paragraphs separated by blank lines)."""
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            include_comments=False,
            include_tables=True,
            favor_precision=True,
            with_metadata=True,
            fast=True,  # no fallback extractors: news pages hold one article
        )
    except Exception as err:
        raise SourceReadError(f"unreadable HTML ({type(err).__name__})") from None
    if doc is None:
        raise SourceReadError("no article text found")
    data = doc if isinstance(doc, dict) else doc.as_dict()
    text = (data.get("text") or "").strip()
    if not text:
        raise SourceReadError("no article text found")
    title = (data.get("title") or "").strip() or None
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    if title and paragraphs and paragraphs[0].strip() == title:
        paragraphs = paragraphs[1:]
    body = "\n\n".join(paragraphs)
    return RawDocument(
        source=source,
        text=body,
        title=title,
        published=published or _published(html, data.get("date")),
        url=url or data.get("url"),
        format="html",
    )
