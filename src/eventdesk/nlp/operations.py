"""The code name of an operation ("Operation Zulia", "Operation Desert Storm") names no place and no actor.

The recognizer labels such names a body or leaves them bare, and their words then read as places: Zulia is
a state of Venezuela, so a police story from Leeds became Venezuelan. The name, from "Operation" to its last
capitalised word, is relabelled OPERATION (a label of ours, which no reader of places or actors takes) before
the places and actors of the document are read.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

LABEL = "OPERATION"
_MAX_WORDS = 3  # "Operation Lafiya Dole", "Operation Enduring Freedom": a code name is short


def name_operations(doc: Doc) -> int:
    """Relabel every "Operation <Name>" as one OPERATION entity; returns how many."""
    spans: list[Span] = []
    for tok in doc[:-1]:
        if tok.lower_ != "operation" or not (tok.is_title or tok.is_upper or doc[tok.i + 1].is_title):
            continue  # "Operation Zulia", "OPERATION ZULIA", a re-cased "operation Zulia"; not "the operation was"
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= _MAX_WORDS and (doc[end].is_title or doc[end].is_upper) and (
                doc[end].is_alpha):
            end += 1
        if end > tok.i + 1:
            spans.append(Span(doc, tok.i, end, label=LABEL))
    # an entity that runs past a code name's end keeps its place, and the code name gives way
    spans = [s for s in spans if not any(e.start < s.end and s.start < e.end and not (
        s.start <= e.start and e.end <= s.end) for e in doc.ents)]
    if not spans:
        return 0
    kept = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in spans)]
    doc.ents = sorted([*kept, *spans], key=lambda e: e.start)
    return len(spans)
