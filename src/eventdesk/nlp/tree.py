"""Fast access to the dependency tree and the sentences of a parsed document.

spaCy's ``Token.children`` walks the token's whole subtree span to find its children, and
``Token.sent`` searches for the sentence's bounds, so asking them costs the length of the sentence,
every time. Event extraction asks such questions thousands of times per document: the children and
the sentence of every token are listed once per document here instead.
"""

from __future__ import annotations

from spacy.attrs import HEAD
from spacy.tokens import Doc, Token

_CHILDREN = "eventdesk_children"
_TOKENS = "eventdesk_tokens"
_SENTENCES = "eventdesk_sentences"


def kids(tok: Token) -> list[Token]:
    """The syntactic children of ``tok``, left to right (as ``tok.children``), from a per-document table."""
    doc = tok.doc
    table: list[list[Token]] | None = doc.user_data.get(_CHILDREN)
    if table is None or len(table) != len(doc):
        table = _children_table(doc)
    return table[tok.i]


def tokens(doc: Doc) -> list[Token]:
    """The document's tokens, made once: iterating a ``Doc`` builds every ``Token`` object anew, each time."""
    found: list[Token] | None = doc.user_data.get(_TOKENS)
    if found is None or len(found) != len(doc):
        found = doc.user_data[_TOKENS] = list(doc)
    return found


def _children_table(doc: Doc) -> list[list[Token]]:
    made = tokens(doc)
    table: list[list[Token]] = [[] for _ in made]
    # relative head offsets in one call (a token is its own head at offset 0)
    for i, offset in enumerate(doc.to_array([HEAD]).astype("int64").tolist()):
        if offset:
            table[i + offset].append(made[i])
    doc.user_data[_CHILDREN] = table
    return table


def release(doc: Doc) -> None:
    """Drop the document's tables once it is coded: its tokens refer back to it, and a table of them would keep
    a finished document alive until the cycle collector ran."""
    doc.user_data.pop(_CHILDREN, None)
    doc.user_data.pop(_TOKENS, None)


def sentence_bounds(tok: Token) -> tuple[int, int]:
    """The token range ``(start, end)`` of the sentence holding ``tok``."""
    doc = tok.doc
    table: list[tuple[int, int]] | None = doc.user_data.get(_SENTENCES)
    if table is None or len(table) != len(doc):
        table = []
        for sent in doc.sents:
            table.extend([(sent.start, sent.end)] * (sent.end - sent.start))
        doc.user_data[_SENTENCES] = table
    return table[tok.i]


def in_question(tok: Token) -> bool:
    """Whether the sentence holding ``tok`` ends with a question mark."""
    doc = tok.doc
    start, end = sentence_bounds(tok)
    for i in range(end - 1, start - 1, -1):
        if not doc[i].is_space:
            return doc[i].text.endswith("?")
    return False
