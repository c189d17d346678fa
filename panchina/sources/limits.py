"""How much is read: a size limit that keeps one odd file from filling the memory."""

from __future__ import annotations

#: Largest file read (5 MiB); a news article is ~10 KB, so anything bigger is not one, and a
#: file is refused before it is read. JSONL feeds are streamed: the limit applies per line.
MAX_BYTES = 5 * 1024 * 1024


def size_label(n: int) -> str:
    """A byte count for a message: "52.4 MiB", "12 KiB", "800 bytes"."""
    for unit, scale in (("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= scale:
            return f"{n / scale:.1f}".removesuffix(".0") + " " + unit
    return f"{n} bytes"
