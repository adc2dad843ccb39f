"""Near-duplicate articles (wire copies): MinHash signatures of word shingles, looked up with LSH.

A wire story reprinted by ten sites is one report, not ten: the copy is linked to the first one
seen (``documents.duplicate_of``) and not coded again, so event counts are not inflated by syndication.
"""

from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
THRESHOLD = 0.8
SCHEME = "affine32"  # stored signatures must be read back with the scheme that made them
_WORD = re.compile(r"\w+")
# the random permutations depend only on the seed: made once, not once per document (a third of the time)
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations


def signature(text: str, shingle: int = 5) -> MinHash:
    """The MinHash of a text's overlapping five-word shingles (case and punctuation ignored)."""
    words = _WORD.findall(text.lower())
    m = MinHash(num_perm=NUM_PERM, scheme=SCHEME, permutations=_PERMUTATIONS)
    grams = {" ".join(words[i:i + shingle]) for i in range(max(1, len(words) - shingle + 1))}
    m.update_batch([g.encode("utf-8") for g in grams])
    return m


def to_bytes(m: MinHash) -> bytes:
    return bytes(np.asarray(m.hashvalues, dtype=np.uint64).tobytes())


def from_bytes(data: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, hashvalues=np.frombuffer(data, dtype=np.uint64), scheme=SCHEME,
                   permutations=_PERMUTATIONS)


class NearDuplicates:
    """An index of the documents seen so far; ``find`` names the one a new text nearly copies."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        # candidates are looked up generously (0.5) and then checked against the real threshold,
        # so that a copy with an edited headline is not missed by an unlucky band
        self.lsh = MinHashLSH(threshold=0.5, num_perm=NUM_PERM)
        self.threshold = threshold
        self._signatures: dict[str, MinHash] = {}

    def add(self, key: str, m: MinHash) -> None:
        if key not in self._signatures:
            self.lsh.insert(key, m)
            self._signatures[key] = m

    def remove(self, key: str) -> None:
        if self._signatures.pop(key, None) is not None:
            self.lsh.remove(key)

    def find(self, m: MinHash) -> str | None:
        best: tuple[float, str] | None = None
        for key in self.lsh.query(m):
            score = m.jaccard(self._signatures[key])
            if score >= self.threshold and (best is None or score > best[0]):
                best = (score, key)
        return best[1] if best else None

    def __len__(self) -> int:
        return len(self._signatures)
