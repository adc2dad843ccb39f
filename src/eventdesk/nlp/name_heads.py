"""Nouns that end a name made of common words: "Lagos State", "Karl Bremer Hospital", "the Supreme Court".

With the capitals gone a reader still sees such names: a head noun of a body or a place ("county", "hospital",
"ministry") right after a name ("marion county", "lufthansa group"), or a head that takes "of" after "the"
("the department of fish and wildlife", "the university of ghana"). The re-caser (``nlp.truecase``) restores
their capitals, so that the parser and entity recognizer read one name, not a list of common nouns. The list
is data (``nlp/data/name_heads.csv``: the head, whether "the HEAD of ..." is a name, an example).
"""

from __future__ import annotations

from functools import lru_cache

from eventdesk.datafiles import Problems, data_path, read_csv

HEADS_FILE = data_path("nlp/data", "name_heads.csv")


@lru_cache(maxsize=1)
def name_heads() -> dict[str, bool]:
    """Each head noun (lower case) and whether "the HEAD of ..." is a name; bad rows are reported."""
    problems = Problems()
    found: dict[str, bool] = {}
    for line, row in read_csv(HEADS_FILE, ["head", "of", "example"], problems):
        head, of = row["head"], row["of"]
        if not head.isalpha() or not head.islower():
            problems.add(HEADS_FILE, line, f"head {head!r}: expected one word in lower case")
        elif of not in ("yes", "no"):
            problems.add(HEADS_FILE, line, f"of {of!r}: expected yes or no")
        elif head in found:
            problems.add(HEADS_FILE, line, f"head {head!r} listed twice")
        else:
            found[head] = of == "yes"
    problems.raise_if_any()
    return found
