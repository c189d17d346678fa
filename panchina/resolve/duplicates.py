"""Near-duplicate documents: syndicated and re-published copies count as one source.

MinHash over word 5-shingles with datasketch's LSH index; a new document whose estimated
Jaccard similarity to a stored one reaches the threshold is linked to it as a copy.
"""

from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash, MinHashLSH

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


class NearDuplicates:
    """An LSH index of documents; `check` finds the earlier document a new one copies."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.sigs: dict[str, MinHash] = {}
        self.threshold = threshold

    def add(self, doc_id: str, mh: MinHash) -> None:
        if doc_id not in self.sigs:
            self.lsh.insert(doc_id, mh)
            self.sigs[doc_id] = mh

    def check(self, doc_id: str, mh: MinHash) -> tuple[str, float] | None:
        """The most similar earlier document at or above the threshold, if any."""
        best = None
        for other in self.lsh.query(mh)[:50]:  # a few candidates suffice to find the original
            if other == doc_id:
                continue
            sim = mh.jaccard(self.sigs[other])
            if sim >= self.threshold and (best is None or (sim, other) > (best[1], best[0])):
                best = (other, sim)
        return best
