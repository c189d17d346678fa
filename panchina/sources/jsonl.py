"""JSONL feeds: one article per line (`text` or `html`; optional `url`, `title`, `published`,
`source`).

A feed is an archive, often far larger than one article, so it is streamed a line at a time:
the size limit applies to each line (one record), not to the file. A bad line is a SourceError
named `file:LINE`; the other lines are still read. A record is labelled by its `url`, else its
`source` field, else `file:LINE`, so its documents can be traced back.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from panchina.errors import SourceReadError
from panchina.models import PartialDate, RawDocument, SourceError
from panchina.sources.dates import parse_published
from panchina.sources.encoding import SNIFF_BYTES, check_text, decode
from panchina.sources.html import read_html
from panchina.sources.limits import size_label


def _lines(stream: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """The file's lines, each read in bounded memory; an overlong line becomes None."""
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass  # skip the rest of the overlong line in 1 MiB steps
            yield None
        else:
            yield line


def _record(record: dict, label: str, published: PartialDate | None) -> RawDocument:
    name = record.get("url") or record.get("source")
    source = name.strip() if isinstance(name, str) and name.strip() else label
    url = record["url"] if isinstance(record.get("url"), str) else None
    title = record.get("title")
    title = title.strip() or None if isinstance(title, str) else None
    date = published or parse_published(record.get("published"))
    html, text = record.get("html"), record.get("text")
    if isinstance(html, str) and html.strip():
        raw = read_html(html, source, date, url)
        raw.title = title or raw.title
        return raw
    if isinstance(text, str) and text.strip():
        return RawDocument(source, text, title, date, url, "jsonl")
    raise SourceReadError("no text or html")


def read_jsonl_lines(
    lines: Iterable[bytes | str | None],
    source: str,
    published: PartialDate | None = None,
    max_bytes: int | None = None,
) -> Iterator[RawDocument | SourceError]:
    """One RawDocument per record; every bad line a SourceError naming `source:LINE`.

    A None line stands for one over the size limit, skipped unread.
    """
    records = 0
    for n, line in enumerate(lines, 1):
        label = f"{source}:{n}"
        if line is None:
            limit = f" (> {size_label(max_bytes)} limit)" if max_bytes else ""
            yield SourceError(label, f"line {n} too large{limit}")
            continue
        try:
            text = line if isinstance(line, str) else decode(line) if line.strip() else ""
        except SourceReadError as err:
            yield SourceError(label, f"line {n}: {err}")
            continue
        if not text.strip():
            continue
        records += 1
        try:
            record = json.loads(text)
        except ValueError:
            yield SourceError(label, f"invalid JSON on line {n}")
            continue
        if not isinstance(record, dict):
            yield SourceError(label, f"line {n} is not a JSON object")
            continue
        try:
            yield _record(record, label, published)
        except SourceReadError as err:
            yield SourceError(label, f"line {n}: {err}")
    if not records:
        yield SourceError(source, "empty file")


def read_jsonl(
    text: str, source: str, published: PartialDate | None = None
) -> Iterator[RawDocument | SourceError]:
    """Records of a feed already in memory (a string)."""
    yield from read_jsonl_lines(text.lstrip("\ufeff").splitlines(), source, published)


def read_jsonl_file(
    path: Path, published: PartialDate | None, max_bytes: int
) -> Iterator[RawDocument | SourceError]:
    """Records of a feed file, streamed; a binary or empty file is one SourceError."""
    source = str(path)
    with path.open("rb") as stream:
        sample = stream.read(SNIFF_BYTES)
        try:
            if sample.strip():  # an all-blank file is reported below, as having no record
                check_text(sample)
        except SourceReadError as err:
            yield SourceError(source, str(err))
            return
        stream.seek(0)
        if stream.read(3) != b"\xef\xbb\xbf":
            stream.seek(0)
        yield from read_jsonl_lines(_lines(stream, max_bytes), source, published, max_bytes)
