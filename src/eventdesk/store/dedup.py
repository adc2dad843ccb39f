"""Near-duplicate articles (wire copies): MinHash signatures of word shingles, looked up with LSH.

A wire story reprinted by ten sites is one report, not ten: the copy is linked to the first one
seen (``documents.duplicate_of``) and not coded again, so event counts are not inflated by syndication.
"""

from __future__ import annotations

import re

import numpy as np
import numpy.typing as npt
from datasketch import MinHash

NUM_PERM = 128
THRESHOLD = 0.8
SCHEME = "affine32"  # stored signatures must be read back with the scheme that made them
_WORD = re.compile(r"\w+")
# the random permutations depend only on the seed: made once, not once per document (a third of the time)
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations


Signature = npt.NDArray[np.uint64]  # the NUM_PERM minimum hash values of a text

# Bands of the LSH index: 25 bands of 5 values, the split datasketch's ``MinHashLSH`` picks for a look-up
# threshold of 0.5 with 128 permutations. Two texts are candidates when any band is equal.
BANDS, ROWS = 25, 5


def signature(text: str, shingle: int = 5) -> Signature:
    """The MinHash of a text's overlapping five-word shingles (case and punctuation ignored)."""
    words = _WORD.findall(text.lower())
    m = MinHash(num_perm=NUM_PERM, scheme=SCHEME, permutations=_PERMUTATIONS)
    grams = {" ".join(words[i:i + shingle]) for i in range(max(1, len(words) - shingle + 1))}
    m.update_batch([g.encode("utf-8") for g in grams])
    return np.asarray(m.hashvalues, dtype=np.uint64)


def to_bytes(sig: Signature) -> bytes:
    return sig.astype(np.uint64, copy=False).tobytes()


def from_bytes(data: bytes) -> Signature:
    return np.frombuffer(data, dtype=np.uint64)


def similarity(a: Signature, b: Signature) -> float:
    """The estimated Jaccard similarity of two texts' shingle sets: the share of equal minimum hashes."""
    return float(np.count_nonzero(a == b)) / len(a)


class NearDuplicates:
    """An index of the documents seen so far; ``find`` names the one a new text nearly copies.

    Candidates are looked up generously (any equal band: ~0.5 similarity) and then checked against the real
    threshold, so that a copy with an edited headline is not missed by an unlucky band.
    """

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._signatures: dict[str, Signature] = {}
        self._bands: list[dict[bytes, list[str]]] = [{} for _ in range(BANDS)]

    @staticmethod
    def _keys(sig: Signature) -> list[bytes]:
        return [row.tobytes() for row in sig[: BANDS * ROWS].reshape(BANDS, ROWS)]

    def add(self, key: str, sig: Signature) -> None:
        if key in self._signatures:
            return
        self._signatures[key] = sig
        for band, k in zip(self._bands, self._keys(sig), strict=True):
            band.setdefault(k, []).append(key)

    def remove(self, key: str) -> None:
        sig = self._signatures.pop(key, None)
        if sig is None:
            return
        for band, k in zip(self._bands, self._keys(sig), strict=True):
            keys = band[k]
            keys.remove(key)
            if not keys:
                del band[k]

    def find(self, sig: Signature) -> str | None:
        candidates = {c for band, k in zip(self._bands, self._keys(sig), strict=True) for c in band.get(k, ())}
        best: tuple[float, str] | None = None
        for key in sorted(candidates):
            score = similarity(sig, self._signatures[key])
            if score >= self.threshold and (best is None or score > best[0]):
                best = (score, key)
        return best[1] if best else None

    def __len__(self) -> int:
        return len(self._signatures)
