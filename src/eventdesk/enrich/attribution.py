"""Who says so: the speaker of reported speech ("Ivanov told reporters that ...", "according to X").

Reported speech keeps its event; the speaker is recorded beside it so that an analyst can weigh a
claim by its source.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

REPORTING_VERBS = {
    "say", "tell", "announce", "claim", "state", "add", "note", "stress", "insist", "warn", "report", "declare",
    "confirm", "reiterate", "emphasize", "emphasise", "explain", "assert", "allege", "argue", "write", "quote",
    "acknowledge", "admit", "believe", "suggest", "indicate", "reveal", "disclose", "maintain", "contend",
    "predict", "estimate", "remark", "comment", "observe",
}


def speaker_token(trigger: Token, sent: Span) -> Token | None:
    """The subject of the nearest verb of saying above the trigger, or the X of "according to X"."""
    tok = trigger
    while tok.head.i != tok.i:
        edge = tok.dep_
        tok = tok.head
        if edge in ("ccomp", "parataxis") and tok.lemma_.lower() in REPORTING_VERBS:
            for c in tok.children:
                if c.dep_ in ("nsubj",):
                    return c
            return None
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < len(sent.doc) and sent.doc[t.i + 1].lower_ == "to":
            for c in sent.doc[t.i + 1].children:
                if c.dep_ == "pobj":
                    return c
    return None
