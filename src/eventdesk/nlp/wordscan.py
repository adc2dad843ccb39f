"""Which tokens of a document are one of a set of words, found for the whole document at once.

Most tokens of a news sentence can trigger nothing. Reading each token's lemma and part of speech
as Python strings costs more than the rest of the matching, so the candidates are picked out of the
document's attribute array (plain integers) in one pass, and only they are read.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable

from spacy.attrs import LEMMA, LOWER, POS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

_IDS = itertools.count()


class WordScan:
    """Positions of the tokens whose lemma or lower-case form is one of ``words`` (optionally of given parts of
    speech), in any of the casings a lemma comes in ("meet", "Meet", "MEET")."""

    def __init__(self, words: Iterable[str], parts_of_speech: Iterable[int] = ()) -> None:
        variants = {v for w in words for v in (w.lower(), w.capitalize(), w.title(), w.upper())}
        self._hashes = frozenset(get_string_id(v) for v in variants)
        self._pos = frozenset(parts_of_speech)
        self._key = f"eventdesk_wordscan_{next(_IDS)}"

    def positions(self, doc: Doc) -> list[int]:
        """The matching token indexes of the document, ascending (computed once per document)."""
        found: list[int] | None = doc.user_data.get(self._key)
        if found is None:
            # set look-ups on the plain integers: cheaper than numpy's isin against thousands of hashes
            words, pos = self._hashes, self._pos
            rows = doc.to_array([POS, LEMMA, LOWER]).tolist() if len(doc) else []
            found = [i for i, (p, lemma, lower) in enumerate(rows)
                     if (lemma in words or lower in words) and (not pos or p in pos)]
            doc.user_data[self._key] = found
        return found

    def in_span(self, span: Span) -> list[int]:
        """The matching token indexes within a sentence (or any span)."""
        found = self.positions(span.doc)
        return found[bisect.bisect_left(found, span.start):bisect.bisect_left(found, span.end)]
