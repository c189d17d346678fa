"""Sources stage: files, folders and JSONL feeds -> RawDocument (or SourceError, never raised).

One bad input never aborts a batch: every problem becomes a SourceError with a one-line
message fit for a user, and the iteration goes on. Readers are pure apart from reading the
file; `published` (the user's `--published`) overrides any date a page carries.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from panchina.errors import SourceReadError
from panchina.models import PartialDate, RawDocument, SourceError
from panchina.sources.encoding import decode
from panchina.sources.html import read_html
from panchina.sources.jsonl import read_jsonl, read_jsonl_file
from panchina.sources.limits import MAX_BYTES, size_label
from panchina.sources.text import read_text

TEXT = frozenset({".txt", ".md", ".text"})
MARKDOWN = frozenset({".md"})
HTML = frozenset({".html", ".htm", ".xhtml"})
JSONL = frozenset({".jsonl", ".ndjson"})
_LOOKS_HTML = re.compile(
    r"\A(?:\s|<!--.*?-->)*<(?:!doctype\s+html|html|head|body|meta|title|article|div|p|h1)\b",
    re.I | re.S,
)


def _why(err: OSError) -> str:
    return f"cannot read ({err.strerror or type(err).__name__})"


def looks_like_html(text: str) -> bool:
    """True when a file of unknown type starts like an HTML page."""
    return bool(_LOOKS_HTML.match(text[:4096]))


def _read_bounded(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refused unread when larger than `max_bytes` (stat, then a capped read)."""
    size = path.stat().st_size
    if size <= max_bytes:
        with path.open("rb") as f:
            data = f.read(max_bytes + 1)  # the file may have grown since stat
        size = len(data)
    if size > max_bytes:
        limit = size_label(max_bytes)
        raise SourceReadError(f"file too large ({size_label(size)} > {limit} limit)")
    return data


def _read(path: Path, published: PartialDate | None, max_bytes: int) -> Iterator[RawDocument]:
    """The document of a text or HTML file; raises SourceReadError or OSError for the caller."""
    suffix = path.suffix.lower()
    text = decode(_read_bounded(path, max_bytes))
    if suffix in HTML or (suffix not in TEXT and looks_like_html(text)):
        yield read_html(text, str(path), published)
    else:
        yield read_text(text, str(path), published, markdown=suffix in MARKDOWN)


def read_file(
    path: Path, published: PartialDate | None = None, max_bytes: int = MAX_BYTES
) -> Iterator[RawDocument | SourceError]:
    """The documents of one file (several for a JSONL feed); problems become SourceErrors."""
    source = str(path)
    try:
        if path.suffix.lower() in JSONL:
            yield from read_jsonl_file(path, published, max_bytes)
        else:
            yield from _read(path, published, max_bytes)
    except SourceReadError as err:
        yield SourceError(source, str(err))
    except OSError as err:
        yield SourceError(source, _why(err))
    except Exception as err:  # a reader bug must not end a batch of thousands of files
        detail = (str(err).splitlines() or [""])[0][:120]
        yield SourceError(source, f"internal error while reading ({type(err).__name__}: {detail})")


def _folder(folder: Path) -> Iterator[Path | SourceError]:
    """Files of known types under `folder`, depth first in name order; hidden entries skipped.

    Symbolic links to folders are not followed (they can loop); links to files are read.
    """
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as err:
        yield SourceError(str(folder), _why(err))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _folder(path)
            elif entry.is_file() and path.suffix.lower() in TEXT | HTML | JSONL:
                yield path
        except OSError as err:
            yield SourceError(str(path), _why(err))


def iter_sources(
    paths: Iterable[str | Path], published: PartialDate | None = None, max_bytes: int = MAX_BYTES
) -> Iterator[RawDocument | SourceError]:
    """Every document the paths hold; folders are read recursively in sorted order.

    Inside a folder only known extensions are read (.txt .md .text, .html .htm .xhtml,
    .jsonl .ndjson); a file named explicitly is read whatever its extension (HTML if it looks
    like HTML, else text).
    """
    if isinstance(paths, str | Path):  # one path given bare, not in a list
        paths = [paths]
    for raw in paths:
        path = Path(raw).expanduser()
        try:
            if path.is_dir():
                for item in _folder(path):
                    if isinstance(item, SourceError):
                        yield item
                    else:
                        yield from read_file(item, published, max_bytes)
            elif path.is_file():
                yield from read_file(path, published, max_bytes)
            elif path.exists():
                yield SourceError(str(path), "not a regular file")
            else:
                yield SourceError(str(path), "not found")
        except (OSError, ValueError) as err:  # permission denied on stat, a NUL in the name
            message = _why(err) if isinstance(err, OSError) else "invalid path"
            yield SourceError(str(raw), message)


__all__ = [
    "MAX_BYTES",
    "iter_sources",
    "looks_like_html",
    "read_file",
    "read_html",
    "read_jsonl",
    "read_text",
]
