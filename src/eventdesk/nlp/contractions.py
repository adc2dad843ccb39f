""""She's condemned the bill" is "she has condemned", not "she is condemned": the parser reads a passive.

The tagger takes the contracted "'s" before a past participle for "is", and the parser then makes the subject the
one acted upon: "She's also condemned the farm bill" came out as the bill condemning her. A participle with
a direct object of its own is active, so there the "'s" is "has": it is relabelled an auxiliary of the perfect and
the subject the doer, before any event is read.
"""

from __future__ import annotations

from spacy.tokens import Doc

_CONTRACTED = frozenset(("'s", "\u2019s"))


def perfect_contractions(doc: Doc) -> int:
    """Relabel "'s" + participle + object as a present perfect (in place); returns how many."""
    fixed = 0
    for tok in doc:
        if tok.lower_ not in _CONTRACTED or tok.dep_ != "auxpass":
            continue
        verb = tok.head
        if verb.tag_ != "VBN" or not any(c.dep_ == "dobj" for c in verb.children):
            continue
        tok.dep_, tok.lemma_ = "aux", "have"
        for child in verb.children:
            if child.dep_ == "nsubjpass":
                child.dep_ = "nsubj"
        fixed += 1
    return fixed
