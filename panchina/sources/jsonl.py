"""JSONL feeds: one article per line (`text` or `html`, optional `url`, `title`, `published`)."""

from __future__ import annotations

import json
from collections.abc import Iterator

from panchina.errors import SourceReadError
from panchina.models import PartialDate, RawDocument, SourceError
from panchina.sources.html import read_html


def _date(value: object) -> PartialDate | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return PartialDate.parse(value)
    except ValueError:
        return None


def read_jsonl(
    text: str, source: str, published: PartialDate | None = None
) -> Iterator[RawDocument | SourceError]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        label = f"{source}:{n}"
        try:
            record = json.loads(line)
        except ValueError:
            yield SourceError(label, f"invalid JSON on line {n}")
            continue
        if not isinstance(record, dict):
            yield SourceError(label, f"line {n} is not a JSON object")
            continue
        label = str(record.get("source") or record.get("url") or label)
        date = published or _date(record.get("published"))
        try:
            if isinstance(record.get("html"), str) and record["html"].strip():
                raw = read_html(record["html"], label, date, record.get("url"))
                raw.title = record.get("title") or raw.title
                yield raw
            elif isinstance(record.get("text"), str) and record["text"].strip():
                yield RawDocument(
                    label, record["text"], record.get("title"), date, record.get("url"), "jsonl"
                )
            else:
                yield SourceError(label, f"line {n} has no text or html")
        except SourceReadError as err:
            yield SourceError(label, str(err))
