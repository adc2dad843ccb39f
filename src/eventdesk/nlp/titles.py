"""Abbreviated titles ("Det.", "Supt.", "Cllr.") are words, not the end of a sentence.

spaCy's English tokenizer knows some abbreviations ("Sen.", "Gov.") but splits the stop off others
("Det" + "."), and the parser then ends the sentence there: "Det. Sgt. Ann Roe said ..." becomes three
sentences and the statement loses its speaker. The fix is made where the error starts: a tokenizer
special case keeps each abbreviation of the data file one token, and a component run before the parser
says that the word after such a title never starts a sentence. The list is data
(``nlp/data/title_abbreviations.csv``). What is written after a name ("Sr.", "Jr.", "QC":
``nlp/data/name_suffixes.csv``) is no part of the surname and never a person of its own; its abbreviations are kept
whole too: split, "John Roe, Sr., 56" reads as three people, "Sr" and "." among them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from eventdesk.datafiles import Problems, data_path, read_csv

TITLES_FILE = data_path("nlp/data", "title_abbreviations.csv")
SUFFIXES_FILE = data_path("nlp/data", "name_suffixes.csv")


@lru_cache(maxsize=1)
def title_abbreviations() -> frozenset[str]:
    """The abbreviated titles of the data file (each a word ending in a stop); bad rows are reported."""
    return _words(TITLES_FILE, "abbreviation", "title", _ABBREVIATION, "one capitalised word ending in '.'")


@lru_cache(maxsize=1)
def name_suffixes() -> frozenset[str]:
    """What is written after a name, as the data file writes it ("Sr.", "QC", "III"); bad rows are reported."""
    return _words(SUFFIXES_FILE, "suffix", "meaning", _SUFFIX, "one word of capitals, letters and stops")


@lru_cache(maxsize=1)
def suffix_words() -> frozenset[str]:
    """The name suffixes lower-cased, with and without their stop, for matching text ("jr", "Jr.", "JR.")."""
    return frozenset(w for s in name_suffixes() for w in (s.lower(), s.lower().rstrip(".")))


_ABBREVIATION = re.compile(r"[A-Z][A-Za-z]*\.")
_SUFFIX = re.compile(r"[A-Z][A-Za-z.]*")


def _words(path: Path, column: str, meaning: str, shape: re.Pattern[str], expected: str) -> frozenset[str]:
    problems = Problems()
    found: set[str] = set()
    for line, row in read_csv(path, [column, meaning], problems):
        word = row[column]
        if not shape.fullmatch(word):
            problems.add(path, line, f"{column} {word!r}: expected {expected}")
            continue
        found.add(word)
    problems.raise_if_any()
    return frozenset(found)


def keep_titles(nlp: Language) -> int:
    """Tokenize every abbreviated title and name suffix whole ("Det." not "Det" + "."), in title and upper case.

    Returns the number of forms added (0 for a custom tokenizer, which is left alone).
    """
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return 0
    added = 0
    for abbr in title_abbreviations() | {s for s in name_suffixes() if s.endswith(".")}:
        for form in {abbr, abbr.upper()}:
            tokenizer.add_special_case(form, [{ORTH: form}])
            added += 1
    return added


_STOPS = frozenset({".", "!", "?"})
_CLOSERS = frozenset({'"', "'", "\u201d", "\u2019", ")"})


def join_titles(doc: Doc) -> Doc:
    """The word after an abbreviated title goes on its sentence ("Det. | Sgt. | Ann Roe said"); a title
    right after a full stop starts one ("... said no. Cllr. Tom Ryan agreed")."""
    titles = title_abbreviations()
    for tok in doc[:-1]:
        if tok.text not in titles:
            continue
        if tok.i > 0 and _after_stop(doc, tok.i):
            tok.is_sent_start = True
        nxt = doc[tok.i + 1]
        if "\n" not in tok.whitespace_ and nxt.text[:1].isupper():
            nxt.is_sent_start = False
    return doc


def _after_stop(doc: Doc, i: int) -> bool:
    """Whether the token before ``i`` (past closing quotes) is a sentence's final stop."""
    j = i - 1
    while j > 0 and doc[j].text in _CLOSERS:
        j -= 1
    return doc[j].text in _STOPS


@Language.component("eventdesk_titles", assigns=["token.is_sent_start"])
def titles_component(doc: Doc) -> Doc:
    """Run before the parser: see :func:`join_titles`."""
    return join_titles(doc)
