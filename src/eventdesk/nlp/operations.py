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
        if tok.text != "Operation":
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= _MAX_WORDS and doc[end].is_title and doc[end].is_alpha:
            end += 1
        if end > tok.i + 1:
            spans.append(Span(doc, tok.i, end, label=LABEL))
    if not spans:
        return 0
    kept = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in spans)]
    crossing = [e for e in doc.ents if e not in kept and not any(s.start <= e.start and e.end <= s.end
                                                                 for s in spans)]
    spans = [s for s in spans if not any(e.start < s.end and s.start < e.end for e in crossing)]
    doc.ents = sorted([*kept, *crossing, *spans], key=lambda e: e.start)
    return len(spans)
