"""Fast access to the dependency tree.

spaCy's ``Token.children`` walks the token's whole subtree span to find its children, so asking a
sentence's root for its children costs the length of the sentence, every time. Event extraction
asks that question thousands of times per document: the children of every token are listed once per
document here instead.
"""

from __future__ import annotations

from spacy.attrs import HEAD
from spacy.tokens import Token

_KEY = "eventdesk_children"


def kids(tok: Token) -> list[Token]:
    """The syntactic children of ``tok``, left to right (as ``tok.children``), from a per-document table."""
    doc = tok.doc
    table: list[list[Token]] | None = doc.user_data.get(_KEY)
    if table is None or len(table) != len(doc):
        tokens = list(doc)
        table = [[] for _ in tokens]
        # relative head offsets in one call (a token is its own head at offset 0)
        for i, offset in enumerate(doc.to_array([HEAD]).astype("int64").tolist()):
            if offset:
                table[i + offset].append(tokens[i])
        doc.user_data[_KEY] = table
    return table[tok.i]
