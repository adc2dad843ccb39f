"""The hyphenated words of the patterns kept whole ("cease-fire", "air-strikes", "toyi-toyied").

spaCy splits letters-hyphen-letters apart, so a pattern word like "cease-fire" would never match a token: the
parse would see "fire" with a "cease" compound. The word, its regular inflections ("sit-ins", "tear-gassed";
``lemmas.LemmaFixes`` reads them back to the word) and the casings news uses are kept as one token each.
Durations ("two-day", "48-hour") are left split, so that the entity recognizer still reads them as dates.

A tokenizer special case per form did this, but the ~2,900 forms cost ~0.2 s at every start-up. The pipeline
eventdesk loads merges them after tokenizing instead (:class:`HyphenatedWords`, the first component: a set of
forms, a lookup per hyphen), to exactly the tokens the special cases gave: a form inside a longer word is
chosen as spaCy's special-case matcher chooses ("anti-cease-fire-line": the longest, then the leftmost). Where
that matcher would also have weighed other things (a form's tokens spaced apart, "cease - fire"; a special
case of the model's beside a hyphen, "'re-run"; a form first in the text, whose sentence start spaCy leaves
unset or not by the way it was found), the text is tokenized again by a tokenizer with the special cases,
built on the first such text. A user's pipeline without the component gets the special cases, as before.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from eventdesk.nlp.lemmas import inflections

COMPONENT = "eventdesk_hyphenated"

_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                 "half", "first", "second", "third"}


def hyphenated_forms(words: Iterable[str]) -> tuple[set[str], int]:
    """The forms to keep whole of the hyphenated ones among ``words`` (each word, its inflections, in lower,
    capitalized, title and upper case), and how many words gave them."""
    forms: set[str] = set()
    count = 0
    for word in words:
        if "-" not in word.strip("-") or " " in word or word != word.strip("-"):
            continue
        if any(part.isdigit() or part.lower() in _NUMBER_WORDS for part in word.split("-")):
            continue
        for inflected in {word} | inflections(word):
            forms.update((inflected, inflected.lower(), inflected.capitalize(), inflected.title(), inflected.upper()))
        count += 1
    return forms, count


def keep_hyphenated(nlp: Language, words: Iterable[str]) -> int:
    """Keep the hyphenated words among ``words`` whole in ``nlp``: through its :class:`HyphenatedWords` if it
    has one (the pipeline ``loader.load_pipeline`` gives), else as special cases of a spaCy tokenizer (a
    custom tokenizer of the user's is left alone). The words of every coder sharing the pipeline are kept.
    Returns the number of words."""
    forms, count = hyphenated_forms(words)
    if COMPONENT in nlp.pipe_names:
        merger = nlp.get_pipe(COMPONENT)
        assert isinstance(merger, HyphenatedWords)
        merger.add(forms)
        return count if merger.tokenizer is not None else 0
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return 0
    for form in forms:
        tokenizer.add_special_case(form, [{ORTH: form}])
    return count


class HyphenatedWords:
    """Merges the tokens of a hyphenated form (word, "-", word ...) into one, as a special case would have
    kept it: run first, on the tokenizer's output."""

    def __init__(self, tokenizer: object) -> None:
        self.tokenizer = tokenizer if isinstance(tokenizer, Tokenizer) else None
        self.forms: set[str] = set()
        self._longest = 0  # tokens of the longest form
        self._with_forms: Tokenizer | None = None  # the tokenizer with the forms as special cases, once needed

    def add(self, forms: Iterable[str]) -> None:
        """Keep these forms whole too (letters and hyphens: "cease-fire", "Sit-Ins")."""
        new = set(forms) - self.forms
        self.forms |= new
        self._longest = max([self._longest, *(2 * form.count("-") + 1 for form in new)])
        if self._with_forms is not None:
            for form in new:
                self._with_forms.add_special_case(form, [{ORTH: form}])

    def __call__(self, doc: Doc) -> Doc:
        if not self.forms or self.tokenizer is None or "-" not in doc.text:
            return doc
        words = [t.text for t in doc]
        found = self._matches(words)
        if self._undecided(doc, words, found):
            again: Doc = self._tokenizer_with_forms()(doc.text)
            again._context = doc._context  # what nlp.pipe(as_tuples=True) hands back with the document
            return again
        kept = _special_case_order(found)
        if kept:
            with doc.retokenize() as retokenizer:
                for start, end in kept:
                    retokenizer.merge(doc[start:end])
        return doc

    def _matches(self, words: list[str]) -> list[tuple[int, int]]:
        """Every run of tokens that spells a form, wherever spaces fall (as spaCy's special-case matcher)."""
        found: list[tuple[int, int]] = []
        n = len(words)
        for hyphen in range(1, n - 1):
            if words[hyphen] != "-" or not words[hyphen - 1].isalpha():
                continue
            start, end, text = hyphen - 1, hyphen, words[hyphen - 1]
            while end + 1 < n and words[end] == "-" and words[end + 1].isalpha() and end + 2 - start <= self._longest:
                text += "-" + words[end + 1]
                end += 2
                if text in self.forms:
                    found.append((start, end))
        return found

    def _undecided(self, doc: Doc, words: list[str], found: list[tuple[int, int]]) -> bool:
        """Whether the special cases could have given other tokens than the merge: a form spaced apart, a form
        first in the text, or a special case of the model's beside a hyphen whose letters on that side a form
        could have taken ("'re-run", never "U.S.-led")."""
        if any(start == 0 or any(doc[i].whitespace_ for i in range(start, end - 1)) for start, end in found):
            return True
        assert self.tokenizer is not None
        rules = self.tokenizer.rules
        for i in range(1, len(words) - 1):
            if words[i] != "-":
                continue
            before, after = words[i - 1], words[i + 1]
            if after.isalpha() and not before.isalpha() and before[-1:].isalpha() and before in rules:
                return True
            if before.isalpha() and not after.isalpha() and after[:1].isalpha() and after in rules:
                return True
        return False

    def _tokenizer_with_forms(self) -> Tokenizer:
        if self._with_forms is None:
            assert self.tokenizer is not None
            tokenizer = Tokenizer(self.tokenizer.vocab)
            tokenizer.from_bytes(self.tokenizer.to_bytes(exclude=["vocab"]), exclude=["vocab"])
            for form in self.forms:
                tokenizer.add_special_case(form, [{ORTH: form}])
            self._with_forms = tokenizer
        return self._with_forms


def _special_case_order(found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The matches spaCy's tokenizer applies of overlapping ones: the longest first, then the leftmost; a match
    whose first or last token an earlier one took (kept or not) is dropped."""
    kept: list[tuple[int, int]] = []
    seen: set[int] = set()
    for start, end in sorted(found, key=lambda m: (m[0] - m[1], m[0])):
        if start not in seen and end - 1 not in seen:
            kept.append((start, end))
        seen.update(range(start, end))
    return kept
