"""Which tokens of a document are one of a set of words, found for the whole document at once.

Most tokens of a news sentence can trigger nothing. Reading each token's lemma and part of speech
as Python strings costs more than the rest of the matching, so the candidates are picked out of the
document's attribute arrays in one vectorised pass, and only they are read.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable

import numpy as np
from spacy.attrs import LEMMA, LOWER, POS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

_IDS = itertools.count()


class WordScan:
    """Positions of the tokens whose lemma or lower-case form is one of ``words`` (optionally of given parts of
    speech), in any of the casings a lemma comes in ("meet", "Meet", "MEET")."""

    def __init__(self, words: Iterable[str], parts_of_speech: Iterable[int] = ()) -> None:
        variants = {v for w in words for v in (w.lower(), w.capitalize(), w.title(), w.upper())}
        self._hashes = np.array(sorted(get_string_id(v) for v in variants), dtype=np.uint64)
        self._pos = np.array(sorted(parts_of_speech), dtype=np.uint64)
        self._key = f"eventdesk_wordscan_{next(_IDS)}"

    def positions(self, doc: Doc) -> list[int]:
        """The matching token indexes of the document, ascending (computed once per document)."""
        found: list[int] | None = doc.user_data.get(self._key)
        if found is None:
            if len(doc) == 0:
                found = []
            else:
                attrs = doc.to_array([POS, LEMMA, LOWER])
                hit = np.isin(attrs[:, 1], self._hashes) | np.isin(attrs[:, 2], self._hashes)
                if len(self._pos):
                    hit &= np.isin(attrs[:, 0], self._pos)
                found = np.flatnonzero(hit).tolist()
            doc.user_data[self._key] = found
        return found

    def in_span(self, span: Span) -> list[int]:
        """The matching token indexes within a sentence (or any span)."""
        found = self.positions(span.doc)
        return found[bisect.bisect_left(found, span.start):bisect.bisect_left(found, span.end)]
