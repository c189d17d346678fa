"""HTML pages: the main content through trafilatura, title and date from the page's metadata.

trafilatura drops navigation, cookie banners, share bars and footers; its XML body keeps the
page's block structure, so each paragraph, heading, list item or table row becomes one
paragraph here (blank-line separated) and a `<br>` a line break inside it. Pages too short
for trafilatura's thresholds (a brief, a malformed fragment) fall back to the text of the
page's block elements without its furniture elements, so a short real article is not lost.
"""

from __future__ import annotations

import logging
import re

import lxml.html
import trafilatura
from lxml import etree

from panchina.errors import SourceReadError
from panchina.models import PartialDate, RawDocument
from panchina.sources.dates import parse_published

logging.getLogger("trafilatura").addHandler(logging.NullHandler())  # no stray warnings on stderr

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_SPACES = re.compile(r"[ \t\r\f\v\xa0]+")
_LETTER = re.compile(r"[^\W\d_]")
_PUBLISHED_META = frozenset(
    {
        "article:published_time", "og:published_time", "datepublished", "date", "pubdate",
        "publishdate", "publish-date", "publish_date", "dc.date", "dc.date.issued",
        "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date",
    }
)  # fmt: skip
_TITLE_META = ("og:title", "twitter:title")
_BLOCKS = frozenset({"p", "head", "quote", "list", "item", "table", "code", "div", "section"})
# Elements that are page furniture, never article text (used by the fallback only).
_FURNITURE = (
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button",
    "iframe", "svg", "template", "select", "figcaption",
)  # fmt: skip
_HTML_BLOCKS = (
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
    "ol", "blockquote", "pre", "table", "tr", "dd", "dt", "br", "hr", "figure",
)  # fmt: skip


def _tree(html: str) -> lxml.html.HtmlElement | None:
    try:
        return lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def _line(text: str) -> str:
    return "\n".join(_SPACES.sub(" ", s).strip() for s in text.split("\n")).strip()


def _body_paragraphs(body: etree._Element) -> list[str]:
    """Paragraphs from trafilatura's XML body: one per block, `<lb/>` kept as a line break."""
    out: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        text = _line("".join(buf))
        buf.clear()
        if text:
            out.append(text)

    def walk(node: etree._Element) -> None:
        buf.append(node.text or "")
        for child in node:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag == "lb":
                buf.append("\n")
            elif tag == "row":
                flush()
                cells = (_line(" ".join(c.itertext())) for c in child if c.tag == "cell")
                buf.append(" | ".join(c for c in cells if c))
                flush()
            elif tag == "item":
                flush()
                buf.append("- ")
                walk(child)
                flush()
            elif tag in _BLOCKS:
                flush()
                walk(child)
                flush()
            elif tag and tag != "graphic":
                walk(child)  # inline markup: hi, ref, del...
            buf.append(child.tail or "")

    walk(body)
    flush()
    return out


def _fallback_paragraphs(tree: lxml.html.HtmlElement | None) -> list[str]:
    """Block texts of the page without its furniture elements (when trafilatura finds none)."""
    if tree is None:
        return []
    for el in list(tree.iter(*_FURNITURE)):
        if el.getparent() is not None:
            el.drop_tree()
    for el in tree.iter(*_HTML_BLOCKS):
        el.tail = "\n" + (el.tail or "")
        if el.tag != "br":
            el.text = "\n" + (el.text or "")
    root = next(tree.iter("body"), tree)
    return [s for s in (_line(x) for x in root.text_content().split("\n")) if s]


def _meta(tree: lxml.html.HtmlElement | None, names: frozenset[str] | tuple[str, ...]) -> list[str]:
    if tree is None:
        return []
    found = []
    for m in tree.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        if key in names and (m.get("content") or "").strip():
            found.append(m.get("content").strip())
    return found


def _published(tree: lxml.html.HtmlElement | None, found: str | None) -> PartialDate | None:
    """Explicit publication metadata first, then trafilatura's date, then any `<time>`."""
    times = [] if tree is None else [t for t in tree.iter("time") if t.get("datetime")]
    marked = [
        t.get("datetime")
        for t in times
        if (t.get("itemprop") or "").lower() == "datepublished" or t.get("pubdate") is not None
    ]
    candidates = [
        *_meta(tree, _PUBLISHED_META),
        *marked,
        found,
        *(t.get("datetime") for t in times),
    ]
    for value in candidates:
        if (date := parse_published(value)) is not None:
            return date
    return None


def _title(data: dict, tree: lxml.html.HtmlElement | None) -> str | None:
    candidates = [data.get("title"), *_meta(tree, _TITLE_META)]
    if tree is not None:
        candidates += [h.text_content() for h in tree.iter("h1")]
        candidates += [t.text_content() for t in tree.iter("title")]
    for value in candidates:
        if value and (title := _line(value).replace("\n", " ")):
            return title
    return None


def _same(a: str, b: str) -> bool:
    fold = str.maketrans({"’": "'", "“": '"', "”": '"'})
    return " ".join(a.casefold().translate(fold).split()) == " ".join(
        b.casefold().translate(fold).split()
    )


def read_html(
    html: str, source: str, published: PartialDate | None = None, url: str | None = None
) -> RawDocument:
    """One page -> a RawDocument holding its main text (paragraphs separated by blank lines).

    Never raises on malformed markup; raises SourceReadError only when no text is found.
    """
    html = _XML_DECL.sub("", html, count=1)
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            include_comments=False,
            include_tables=True,
            favor_precision=True,
            with_metadata=True,
            fast=True,  # no fallback extractors: ours below is cheaper and keeps short briefs
        )
    except Exception:  # trafilatura on hostile markup: fall back rather than fail the page
        doc = None
    data = {} if doc is None else doc if isinstance(doc, dict) else doc.as_dict()
    body = data.get("body")
    paragraphs = _body_paragraphs(body) if body is not None else []
    if not paragraphs and data.get("text"):
        paragraphs = [p for p in (_line(x) for x in data["text"].split("\n")) if p]
    tree = _tree(html)
    title = _title(data, tree)
    date = published or _published(tree, data.get("date"))
    h1s = [] if tree is None else [_line(h.text_content()) for h in tree.iter("h1")]
    if not paragraphs:
        paragraphs = _fallback_paragraphs(tree)  # mutates the tree: metadata read above
    if paragraphs and any(_same(paragraphs[0], h) for h in [title or "", *h1s]):
        title, paragraphs = paragraphs[0], paragraphs[1:]  # the page's own headline
    if not any(_LETTER.search(p) for p in paragraphs):
        raise SourceReadError("no article text found")
    return RawDocument(
        source=source,
        text="\n\n".join(paragraphs),
        title=title,
        published=date,
        url=url or data.get("url") or None,
        format="html",
    )
