"""Lemmas that spaCy's rule lemmatizer gets wrong for the verbs eventdesk reads.

The lemmatizer strips "-ed", "-s", "-ing" and keeps the first stem found in its word list, so "hoped"
becomes "hop", "staged" "stag" and "waged" "wag": the pattern for "hope" never matches, and "Iran hoped
to sign a deal" would read as a signing, not a hope. English doubles the consonant of a short stem
("hop" → "hopped"), so "hoped" can only come from "hope": for the verbs eventdesk knows that end in
"e", an inflection read back to the stem without its "e" is corrected. A hyphenated word of the patterns
("toyi-toyi", "sit-in"), which the tokenizer keeps whole with its inflections (``hyphenated.keep_hyphenated``), is
not in the lemmatizer's word list at all ("toyi-toyied" becomes "toyi-toyie"): its inflections are read back to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc

_ANY = 0  # in place of the wrong lemma: whatever spaCy read


def inflections(word: str) -> set[str]:
    """The regular inflections of a word ("toyi-toyi": "toyi-toyis", "toyi-toyied", "toyi-toying", "toyi-toyiing";
    "sit-in": "sit-ins"; "tear-gas", whose short last syllable doubles its consonant: "tear-gassed", "tear-gasses")."""
    stem = word[:-1] if word.endswith("e") else word
    forms = {word + "s", word + "d" if word.endswith("e") else word + "ed", stem + "ing"}
    if word.endswith("i"):
        forms.add(word[:-1] + "ing")
    if word.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(word + "es")
    if _SHORT_SYLLABLE.search(word):
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing", word + word[-1] + "es"}
    return forms - {word}


_SHORT_SYLLABLE = re.compile(r"(?:^|[^aeiou])[aeiou][bdgklmnprstz]$")


class LemmaFixes:
    """Corrects the lemma of "hoped", "hopes", "hoping" (and the like) to "hope" in a parsed document."""

    def __init__(self, verbs: Iterable[str]) -> None:
        # hash of the lower-case inflected form -> (hash of the wrong lemma, the right lemma)
        self._fixes: dict[int, tuple[int, str]] = {}
        for verb in {v.lower() for v in verbs}:
            if "-" in verb.strip("-"):
                for form in inflections(verb):
                    self._fixes[get_string_id(form)] = (_ANY, verb)
                continue
            if len(verb) < 4 or not verb.isalpha() or not verb.endswith("e"):
                continue
            stem = verb[:-1]
            for form in (verb + "d", verb + "s", stem + "ing"):
                self._fixes[get_string_id(form)] = (get_string_id(stem), verb)

    def __call__(self, doc: Doc) -> int:
        """Fix the document's lemmas in place; returns how many were fixed."""
        fixes, fixed = self._fixes, 0
        for i, (lower, lemma) in enumerate(doc.to_array([LOWER, LEMMA]).tolist() if len(doc) else []):
            fix = fixes.get(lower)
            if fix is not None and lemma != get_string_id(fix[1]) and fix[0] in (lemma, _ANY):
                doc[i].lemma_ = fix[1]
                fixed += 1
        return fixed
