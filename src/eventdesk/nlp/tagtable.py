"""The model's attribute ruler, applied over the document's token arrays instead of by spaCy's ``Matcher``.

spaCy's English pipelines set every token's part of speech and morphology with an ``attribute_ruler``:
~180 rules (56 of them "this tag is this part of speech", the rest words, dependencies and spaces),
matched by a ``Matcher`` that tries every rule at every token and then applies each match in Python.
On news that is ~11% of the whole parse, for what is mostly a lookup. :class:`ArrayRuler` reads the same
rules and applies them with NumPy over the document's tag, word, dependency and space arrays: the tag-only
rules as one table lookup, every other rule only if the words or tags it names occur in the document.
Rules are applied in the model's order (a later rule overwrites an earlier one, as in spaCy), so every
token gets exactly the POS, morphology, lemma, tag and dependency the model's ruler gives it. A rule
this does not handle (quantifiers, other attributes or predicates) leaves the model's ruler in place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, cast

import numpy as np
import numpy.typing as npt
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG, intify_attrs
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

Array = npt.NDArray[np.uint64]
# token attributes a rule may test (string-valued, and the one flag the English rules use)
_TESTED = {"TAG": TAG, "LOWER": LOWER, "ORTH": ORTH, "DEP": DEP}
_FLAGS = {"IS_SPACE": IS_SPACE}
# attributes a rule may set, in the order of the columns written back
_SET = {"POS": POS, "MORPH": MORPH, "LEMMA": LEMMA, "TAG": TAG, "DEP": DEP}
_READ = (TAG, LOWER, ORTH, DEP, IS_SPACE, POS, MORPH, LEMMA)
_COL = {attr: i for i, attr in enumerate(_READ)}
_OUT = (POS, MORPH, LEMMA, TAG, DEP)


class Unsupported(ValueError):
    """A rule that :class:`ArrayRuler` cannot apply exactly as spaCy's ``Matcher`` does."""


@dataclass(frozen=True)
class _Test:
    """One condition on one token attribute: equal to, in, not in, or matching a regular expression."""

    col: int
    kind: str  # "eq", "in", "not_in", "regex"
    values: tuple[int, ...] = ()
    regex: re.Pattern[str] | None = None

    def mask(self, column: Array, strings: Any) -> npt.NDArray[np.bool_]:
        if self.kind == "eq":
            return np.equal(column, self.values[0])
        if self.kind == "in":
            return np.isin(column, self.values)
        if self.kind == "not_in":
            return ~np.isin(column, self.values)
        assert self.regex is not None
        unique = np.unique(column)
        hits = [v for v in unique.tolist() if self.regex.search(strings[v])]
        return np.isin(column, np.array(hits, dtype=np.uint64))


def _tests(token: dict[str, Any]) -> list[_Test]:
    tests: list[_Test] = []
    for key, value in token.items():
        if key in _FLAGS:
            if not isinstance(value, bool):
                raise Unsupported(f"{key}: {value!r}")
            tests.append(_Test(_COL[_FLAGS[key]], "eq", (int(value),)))
            continue
        if key not in _TESTED:
            raise Unsupported(key)
        col = _COL[_TESTED[key]]
        if isinstance(value, str):
            tests.append(_Test(col, "eq", (get_string_id(value),)))
        elif isinstance(value, dict) and len(value) == 1:
            (op, arg), = value.items()
            if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
                tests.append(_Test(col, op.lower(), tuple(get_string_id(a) for a in arg)))
            elif op == "REGEX" and isinstance(arg, str):
                tests.append(_Test(col, "regex", regex=re.compile(arg)))
            else:
                raise Unsupported(f"{key}: {value!r}")
        else:
            raise Unsupported(f"{key}: {value!r}")
    return tests


@dataclass(frozen=True)
class _Rule:
    """One pattern of a rule: per token, its tests; which token gets the attributes; the attributes."""

    steps: tuple[tuple[_Test, ...], ...]
    index: int
    attrs: tuple[tuple[int, int], ...]  # (column in _OUT, value)
    needs: tuple[tuple[int, tuple[int, ...]], ...]  # (column, values): no match unless one of them occurs

    def targets(self, values: Array, present: dict[int, set[int]], strings: Any) -> npt.NDArray[np.intp]:
        """Indices of the tokens this rule sets, in the document whose attribute array is ``values``."""
        for col, wanted in self.needs:
            if present[col].isdisjoint(wanted):
                return np.zeros(0, dtype=np.intp)
        n, width = len(values), len(self.steps)
        if n < width:
            return np.zeros(0, dtype=np.intp)
        mask = np.ones(n - width + 1, dtype=bool)
        for offset, tests in enumerate(self.steps):
            for test in tests:
                mask &= test.mask(values[offset:n - width + 1 + offset, test.col], strings)
        starts = np.flatnonzero(mask)
        return starts + (self.index if self.index >= 0 else width + self.index)


def _compile(vocab: Vocab, rule: dict[str, Any]) -> list[_Rule]:
    attrs: list[tuple[int, int]] = []
    for key, value in rule["attrs"].items():
        if key not in _SET:
            raise Unsupported(f"sets {key}")
        if key == "MORPH":
            attrs.append((_OUT.index(MORPH), int(vocab.morphology.add(str(value)))))
        else:
            attr = _SET[key]
            attrs.append((_OUT.index(attr), int(intify_attrs({key: value}, strings_map=vocab.strings)[attr])))
    out: list[_Rule] = []
    index = int(rule.get("index", 0))
    for pattern in rule["patterns"]:
        if not pattern or not -len(pattern) <= index < len(pattern):
            raise Unsupported(f"index {index} of a {len(pattern)}-token pattern")
        steps = tuple(tuple(_tests(token)) for token in pattern)
        needs = tuple((t.col, t.values) for step in steps for t in step
                      if t.kind in ("eq", "in") and t.col in (_COL[TAG], _COL[LOWER], _COL[ORTH]))
        out.append(_Rule(steps, index, tuple(attrs), needs))
    return out


class ArrayRuler:
    """spaCy's attribute ruler, applied with NumPy over token arrays (see the module's docstring)."""

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler") -> None:
        self.name = name
        self.vocab = vocab
        self.rules: list[_Rule] = []
        self._keys: Array = np.zeros(0, dtype=np.uint64)  # the tag table: sorted tag hashes
        self._table: Array = np.zeros((0, len(_OUT)), dtype=np.uint64)  # the values each tag sets
        self._table_sets: npt.NDArray[np.bool_] = np.zeros((0, len(_OUT)), dtype=bool)  # which columns it sets

    def take(self, rules: list[dict[str, Any]]) -> ArrayRuler:
        """Use the rules of a spaCy ``AttributeRuler`` (its ``patterns``), in their order; raises
        :class:`Unsupported` for a rule it cannot apply exactly."""
        compiled = [_compile(self.vocab, rule) for rule in rules]
        # the leading rules that set attributes on every token of one tag become a table
        table: dict[int, dict[int, int]] = {}
        lead = 0
        for parts in compiled:
            if len(parts) != 1 or len(parts[0].steps) != 1 or len(parts[0].steps[0]) != 1:
                break
            (test,) = parts[0].steps[0]
            if test.col != _COL[TAG] or test.kind != "eq":
                break
            table.setdefault(test.values[0], {}).update(parts[0].attrs)
            lead += 1
        keys = sorted(table)
        self._keys = np.array(keys, dtype=np.uint64)
        self._table = np.array([[table[k].get(c, 0) for c in range(len(_OUT))] for k in keys],
                               dtype=np.uint64).reshape(len(keys), len(_OUT))
        self._table_sets = np.array([[c in table[k] for c in range(len(_OUT))] for k in keys],
                                    dtype=bool).reshape(len(keys), len(_OUT))
        self.rules = [part for parts in compiled[lead:] for part in parts]
        return self

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        values = np.asarray(doc.to_array(list(_READ)), dtype=np.uint64)  # uint64 already: no copy
        out = values[:, [_COL[a] for a in _OUT]].copy()
        written = np.zeros(len(_OUT), dtype=bool)
        if len(self._keys):
            tags = values[:, _COL[TAG]]
            at = np.minimum(np.searchsorted(self._keys, tags), len(self._keys) - 1)
            found = self._keys[at] == tags
            for c in range(len(_OUT)):
                sets = found & self._table_sets[at, c]
                if sets.any():
                    out[sets, c] = self._table[at[sets], c]
                    written[c] = True
        present = {_COL[a]: set(np.unique(values[:, _COL[a]]).tolist()) for a in (TAG, LOWER, ORTH)}
        strings = self.vocab.strings
        for rule in self.rules:
            targets = rule.targets(values, present, strings)
            if len(targets):
                for c, value in rule.attrs:
                    out[targets, c] = value
                    written[c] = True
        if written.any():
            cols = np.flatnonzero(written)
            doc.from_array([_OUT[c] for c in cols], cast(Any, out[:, cols]))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory("eventdesk_attribute_ruler", assigns=["token.pos", "token.morph", "token.lemma"])
def make_array_ruler(nlp: Language, name: str) -> ArrayRuler:
    return ArrayRuler(nlp.vocab, name)


def use_array_ruler(nlp: Language) -> bool:
    """Replace the pipeline's ``attribute_ruler`` by an :class:`ArrayRuler` with the same rules.

    Returns whether it was replaced: a pipeline without one, or with a rule the array ruler cannot apply
    exactly, keeps its own.
    """
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler):
        return False
    rules = ruler.patterns
    try:
        ArrayRuler(nlp.vocab).take(rules)
    except Unsupported:
        return False
    added = nlp.replace_pipe("attribute_ruler", "eventdesk_attribute_ruler")
    assert isinstance(added, ArrayRuler)
    added.take(rules)
    return True
