"""Several articles on one page become several documents.

The rule, by signal strength:

1. An article boundary (an `article_end` line of boilerplate.toml, such as "© RIPRODUZIONE
   RISERVATA", or a rule of dashes) ends the article; the next paragraph starts a new one.
2. Without a boundary, a new article starts at a headline followed by a standfirst (one short
   sentence summing the story up, with no final full stop) and then body text, provided the
   headline names someone or something (a capitalised word) and shares no name with the
   article so far.
3. Any other headline-like paragraph is a sub-heading and the story goes on: "Ascoli, Carrera
   è ufficialmente il nuovo allenatore" inside the Ascoli story is followed by body, not by a
   standfirst, and it names Carrera, whom the story already named.

A lone headline after a boundary (a related link the furniture lists missed) is not an article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from panchina.clean.paragraphs import Block
from panchina.clean.shapes import HEADLINE_MAX, ends_sentence, looks_like_headline

STANDFIRST = (40, 350)  # characters: a standfirst is one sentence, longer than a headline
_WORD = re.compile(r"[^\W\d_][\w-]*")
_SENTENCE_BREAK = re.compile(r"[.!?…]\s+[«\"“]?[A-ZÀ-Ý]")
_INITIAL = '.!?:;«"“(–—-'


def names(text: str, function_words: frozenset[str], initial: bool = False) -> set[str]:
    """Capitalised words (casefolded), the cheap stand-in for named entities.

    With `initial` False a capitalised word that starts a sentence is skipped ("Dopo la
    sconfitta..."), since there a capital says nothing.
    """
    found = set()
    for m in _WORD.finditer(text):
        word = m.group()
        if not word[0].isupper() or len(word) < 3 or word.casefold() in function_words:
            continue
        before = text[max(0, m.start() - 8) : m.start()].rstrip()
        if not initial and (not before or before[-1] in _INITIAL):
            continue
        found.add(word.casefold())
    return found


def is_standfirst(paragraph: str) -> bool:
    """One sentence of standfirst length, capitalised, not a quotation, no closing stop.

    Italian standfirsts (the "sommario") carry no final full stop; a one-sentence body
    paragraph does, so "Marino è il favorito." after a sub-heading is not taken for one.
    """
    s = paragraph.strip()
    return (
        STANDFIRST[0] <= len(s) <= STANDFIRST[1]
        and s[:1].isupper()
        and not s.endswith((":", ",", ";"))
        and not ends_sentence(s)
        and not _SENTENCE_BREAK.search(s)
    )


def _has_body(article: list[str]) -> bool:
    return len(article) > 1 or not looks_like_headline(article[0])


def _starts_article(
    blocks: list[Block], i: int, article: list[str], told: set[str], function_words: frozenset[str]
) -> bool:
    """Rule 2: a headline, a standfirst and body, naming nobody the article (`told`) named."""
    if i + 2 >= len(blocks) or not _has_body(article):
        return False
    headline, standfirst, body = (b.text for b in blocks[i : i + 3])
    if not (looks_like_headline(headline) and is_standfirst(standfirst)):
        return False
    if not (ends_sentence(body) or len(body) > HEADLINE_MAX):
        return False
    own = names(headline, function_words, initial=True)
    if not own:
        return False
    return not (own | names(standfirst, function_words)) & told


def split_articles(blocks: Iterable[Block], function_words: frozenset[str]) -> list[list[str]]:
    """Paragraph groups, one per article, from the page's kept paragraphs."""
    blocks = list(blocks)
    articles: list[list[str]] = []
    current: list[str] = []
    told: set[str] = set()  # the names the current article has used so far
    for i, block in enumerate(blocks):
        if current and (
            block.after_end or _starts_article(blocks, i, current, told, function_words)
        ):
            articles.append(current)
            current, told = [], set()
        current.append(block.text)
        told |= names(block.text, function_words)
    if current:
        articles.append(current)
    if len(articles) > 1:  # a lone headline after a boundary is a stray related link
        articles = [a for a in articles if len(a) > 1 or not looks_like_headline(a[0])]
    return articles
