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
``nlp/data/name_openers.csv`` (the word, whether a head or a name must follow it, an example).
"""

from __future__ import annotations

from functools import lru_cache

from eventdesk.datafiles import Problems, data_path, read_csv

HEADS_FILE = data_path("nlp/data", "name_heads.csv")
OPENERS_FILE = data_path("nlp/data", "name_openers.csv")
_KINDS = ("body", "place", "street", "event")
_OPENS = ("head", "name")  # what must follow an opener for it to open a name


@lru_cache(maxsize=1)
def _heads() -> dict[str, tuple[bool, str]]:
    problems = Problems()
    found: dict[str, tuple[bool, str]] = {}
    for line, row in read_csv(HEADS_FILE, ["head", "of", "kind", "example"], problems):
        head, of, kind = row["head"], row["of"], row["kind"]
        if not head.isalpha() or not head.islower():
            problems.add(HEADS_FILE, line, f"head {head!r}: expected one word in lower case")
        elif of not in ("yes", "no"):
            problems.add(HEADS_FILE, line, f"of {of!r}: expected yes or no")
        elif kind not in _KINDS:
            problems.add(HEADS_FILE, line, f"kind {kind!r}: expected one of {', '.join(_KINDS)}")
        elif head in found:
            problems.add(HEADS_FILE, line, f"head {head!r} listed twice")
        else:
            found[head] = (of == "yes", kind)
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
    problems = Problems()
    found: dict[str, str] = {}
    for line, row in read_csv(OPENERS_FILE, ["word", "opens", "example"], problems):
        word, opens = row["word"], row["opens"]
        if not word.isalpha() or not word.islower():
            problems.add(OPENERS_FILE, line, f"word {word!r}: expected one word in lower case")
        elif opens not in _OPENS:
            problems.add(OPENERS_FILE, line, f"opens {opens!r}: expected one of {', '.join(_OPENS)}")
        elif word in found:
            problems.add(OPENERS_FILE, line, f"word {word!r} listed twice")
        else:
            found[word] = opens
    problems.raise_if_any()
    return found


def name_openers() -> frozenset[str]:
    """Adjectives that open names of bodies ("national", "international"): with a head after them, a name."""
    return frozenset(w for w, opens in _openers().items() if opens == "head")


def name_prefixes() -> frozenset[str]:
    """Words that open a name when a name follows them ("air" in "Air Malawi", "mount" in "Mount Kenya")."""
    return frozenset(w for w, opens in _openers().items() if opens == "name")
