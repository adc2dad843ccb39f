"""Nouns that end a name made of common words: "Lagos State", "Karl Bremer Hospital", "the Supreme Court".

With the capitals gone a reader still sees such names: a head noun of a body or a place ("county", "hospital",
"ministry") right after a name ("marion county", "lufthansa group"), or a head that takes "of" after "the"
("the department of fish and wildlife", "the university of ghana"). A body's head after "the" and its nouns
and before "of" and a name is one too ("the harbour board of kenya"), and so is a head after a word that
opens names of bodies ("national wool board", "international potash union"), a street's head after its
number ("ninth street"), and a word that opens a name before a name ("air malawi", "mount kenya"). The
re-caser (``nlp.truecase``) restores their capitals, so that the parser and entity recognizer read one name,
not a list of common nouns. The lists are data: ``nlp/data/name_heads.csv`` (the head, whether "the HEAD of
..." is a name, whether it heads a body, a place, a street or an event, an example) and
``nlp/data/name_openers.csv`` (the word, whether a head or a name must follow it, an example). Some heads
("hospital", "university", "times") are also ``name_heads`` of a sector in ``kb/data/sectors.yaml``, which says
the sector of an unknown body so named; the two lists answer different questions and share no column.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from eventdesk.datafiles import Problems, data_path, read_csv

HEADS_FILE = data_path("nlp/data", "name_heads.csv")
OPENERS_FILE = data_path("nlp/data", "name_openers.csv")
_KINDS = ("body", "place", "street", "event")
_OPENS = ("head", "name")  # what must follow an opener for it to open a name


@lru_cache(maxsize=1)
def _heads() -> dict[str, tuple[bool, str]]:
    rows = _table(HEADS_FILE, "head", ["head", "of", "kind", "example"], {"of": ("yes", "no"), "kind": _KINDS})
    return {head: (row["of"] == "yes", row["kind"]) for head, row in rows.items()}


def _table(path: Path, key: str, columns: list[str], choices: dict[str, tuple[str, ...]]) -> dict[str, dict[str, str]]:
    """The rows of a word table by their word (one word in lower case, listed once), each column of ``choices``
    holding one of its values; bad rows are reported with file and line."""
    problems = Problems()
    found: dict[str, dict[str, str]] = {}
    for line, row in read_csv(path, columns, problems):
        word = row[key]
        wrong = next((column for column, allowed in choices.items() if row[column] not in allowed), None)
        if not word.isalpha() or not word.islower():
            problems.add(path, line, f"{key} {word!r}: expected one word in lower case")
        elif wrong is not None:
            problems.add(path, line, f"{wrong} {row[wrong]!r}: expected one of {', '.join(choices[wrong])}")
        elif word in found:
            problems.add(path, line, f"{key} {word!r} listed twice")
        else:
            found[word] = row
    problems.raise_if_any()
    return found


def name_heads() -> dict[str, bool]:
    """Each head noun (lower case) and whether "the HEAD of ..." is a name; bad rows are reported."""
    return {head: of for head, (of, _) in _heads().items()}


def place_heads() -> frozenset[str]:
    """Heads of places and buildings ("city", "station"): "the old city of X" is no name, "the X board of Y" is."""
    return frozenset(head for head, (_, kind) in _heads().items() if kind in ("place", "street"))


def street_heads() -> frozenset[str]:
    """Heads of streets ("street", "avenue"): a number before them names one too ("Ninth Street", "5th Avenue")."""
    return frozenset(head for head, (_, kind) in _heads().items() if kind == "street")


@lru_cache(maxsize=1)
def _openers() -> dict[str, str]:
    rows = _table(OPENERS_FILE, "word", ["word", "opens", "example"], {"opens": _OPENS})
    return {word: row["opens"] for word, row in rows.items()}


def name_openers() -> frozenset[str]:
    """Adjectives that open names of bodies ("national", "international"): with a head after them, a name."""
    return frozenset(w for w, opens in _openers().items() if opens == "head")


def name_prefixes() -> frozenset[str]:
    """Words that open a name when a name follows them ("air" in "Air Malawi", "mount" in "Mount Kenya")."""
    return frozenset(w for w, opens in _openers().items() if opens == "name")
