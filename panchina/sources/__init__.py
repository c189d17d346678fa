"""Sources stage: files, folders and JSONL feeds -> RawDocument (or SourceError, never raised).

One bad input never aborts a batch: every problem becomes a SourceError with a one-line
message, and the iteration goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from panchina.errors import SourceReadError
from panchina.models import PartialDate, RawDocument, SourceError
from panchina.sources.encoding import decode
from panchina.sources.html import read_html
from panchina.sources.jsonl import read_jsonl

MAX_BYTES = 5 * 1024 * 1024  # larger files are refused unread (a news article is ~10 KB)
TEXT = {".txt", ".md", ".text"}
HTML = {".html", ".htm", ".xhtml"}
JSONL = {".jsonl", ".ndjson"}


def _files(path: Path) -> Iterator[Path]:
    for p in sorted(path.rglob("*")):
        hidden = any(part.startswith(".") for part in p.relative_to(path).parts)
        if p.is_file() and not hidden and p.suffix.lower() in TEXT | HTML | JSONL:
            yield p


def read_file(
    path: Path, published: PartialDate | None = None, max_bytes: int = MAX_BYTES
) -> Iterator[RawDocument | SourceError]:
    source = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise SourceReadError(
                f"file too large ({size / 1e6:.1f} MB > {max_bytes / 1e6:.0f} MB limit)"
            )
        text = decode(path.read_bytes())
    except SourceReadError as err:
        yield SourceError(source, str(err))
        return
    except OSError as err:
        yield SourceError(source, f"cannot read ({err.strerror or err})")
        return
    suffix = path.suffix.lower()
    if suffix in JSONL:
        yield from read_jsonl(text, source, published)
        return
    if suffix in HTML or (
        suffix not in TEXT
        and text.lstrip()[:200]
        .lower()
        .startswith(("<!doctype html", "<html", "<head", "<body", "<article", "<div", "<p"))
    ):
        try:
            yield read_html(text, source, published)
        except SourceReadError as err:
            yield SourceError(source, str(err))
        return
    yield RawDocument(source, text, None, published, None, "text")


def iter_sources(
    paths: Iterable[str | Path], published: PartialDate | None = None, max_bytes: int = MAX_BYTES
) -> Iterator[RawDocument | SourceError]:
    """Every document the paths hold; folders are read recursively in sorted order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for file in _files(path):
                yield from read_file(file, published, max_bytes)
        elif path.is_file():
            yield from read_file(path, published, max_bytes)
        elif path.exists():
            yield SourceError(str(path), "not a regular file")
        else:
            yield SourceError(str(path), "not found")


__all__ = ["MAX_BYTES", "iter_sources", "read_file", "read_html"]
