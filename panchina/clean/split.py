"""Several articles on one page become several documents.

A new article starts after an article boundary (a "© RIPRODUZIONE RISERVATA" line, a rule of
dashes: boilerplate.toml `article_end`). A headline-like line inside an article (a sub-heading
such as "Ascoli, Carrera è ufficialmente il nuovo allenatore") does not split it: without a
boundary, the story goes on.
"""

from __future__ import annotations


def looks_like_headline(paragraph: str) -> bool:
    """Short, one line, no closing full stop, not a quotation."""
    s = paragraph.strip()
    return (
        0 < len(s) <= 160
        and "\n" not in s
        and not s.endswith((".", ";", ","))
        and not s.startswith(("«", '"', "“", "-"))
        and s[:1].isupper()
    )


def split_articles(blocks: list[tuple[str, bool]]) -> list[list[str]]:
    """Paragraph groups from (paragraph, starts_after_boundary) pairs; empty groups dropped."""
    articles: list[list[str]] = []
    current: list[str] = []
    for paragraph, after_boundary in blocks:
        if after_boundary and current:
            articles.append(current)
            current = []
        current.append(paragraph)
    if current:
        articles.append(current)
    return [a for a in articles if a]
