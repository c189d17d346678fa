"""Near-duplicate documents: syndicated and re-published copies count as one source.

MinHash over word 5-shingles (datasketch); locality-sensitive hashing splits a signature into
bands, and documents sharing a band are candidates whose estimated Jaccard similarity is then
checked against the threshold. The bands live in the database (`Store.band_candidates`), not
in memory, so that ingesting 10,000 documents takes no more memory than ingesting 1,000.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

import numpy as np
from datasketch import MinHash

NUM_PERM = 128
THRESHOLD = 0.7
_WORD = re.compile(r"\w+", re.UNICODE)


def signature(text: str) -> MinHash:
    words = _WORD.findall(text.casefold())
    shingles = {" ".join(words[i : i + 5]) for i in range(max(1, len(words) - 4))}
    mh = MinHash(num_perm=NUM_PERM, seed=7, scheme="affine32")
    mh.update_batch([s.encode("utf-8") for s in shingles])
    return mh


def to_bytes(mh: MinHash) -> bytes:
    return np.asarray(mh.hashvalues, dtype="<u4").tobytes()


def from_bytes(data: bytes) -> MinHash:
    return MinHash(
        num_perm=NUM_PERM,
        seed=7,
        scheme="affine32",
        hashvalues=np.frombuffer(data, dtype="<u4").astype(np.uint64),
    )


@cache
def lsh_params(threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """(bands, rows) whose S-curve best separates pairs above and below the threshold (equal
    weight to false positives and false negatives, as datasketch's MinHashLSH chooses)."""
    x = np.linspace(0.0, 1.0, 2001)
    best: tuple[float, int, int] | None = None
    for bands in range(1, num_perm + 1):
        rows = num_perm // bands
        p = 1.0 - (1.0 - x**rows) ** bands
        below, above = x < threshold, x >= threshold
        error = _area(x[below], p[below]) + _area(x[above], 1.0 - p[above])
        if best is None or error < best[0]:
            best = (float(error), bands, rows)
    assert best is not None
    return best[1], best[2]


def _area(x: np.ndarray, y: np.ndarray) -> float:
    return float(np.sum((y[1:] + y[:-1]) / 2 * np.diff(x))) if len(x) > 1 else 0.0


def band_keys(data: bytes) -> list[bytes]:
    """The LSH bands of a signature (as stored bytes), one key per band."""
    bands, rows = lsh_params()
    width = rows * 4  # uint32 values
    return [data[b * width : (b + 1) * width] for b in range(bands)]


def best_copy(
    data: bytes, candidates: Iterable[tuple[str, bytes]], threshold: float = THRESHOLD
) -> tuple[str, float] | None:
    """The most similar candidate at or above the threshold, if any."""
    mh = from_bytes(data)
    best = None
    for other, other_data in candidates:
        sim = mh.jaccard(from_bytes(other_data))
        if sim >= threshold and (best is None or (sim, other) > (best[1], best[0])):
            best = (other, sim)
    return best
