"""Marking a document's triggers and actors: the text cut into segments, each with what covers it."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Segment:
    text: str
    kinds: set[str] = field(default_factory=set)  # trigger, source, target
    events: list[str] = field(default_factory=list)  # ids of the events whose trigger covers it

    @property
    def css(self) -> str:
        return " ".join(sorted(self.kinds))


def spans(events: list[dict[str, Any]]) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, event id) of every trigger and actor of the events."""
    out = []
    for e in events:
        out.append((e["trigger"]["start"], e["trigger"]["end"], "trigger", e["id"]))
        for role in ("source", "target"):
            out.extend((a["start"], a["end"], role, e["id"]) for a in e[role])
    return out


def segments(text: str, events: list[dict[str, Any]]) -> list[Segment]:
    """The text in pieces that are each covered by the same triggers and actors (offsets out of range are
    clipped, so a record that does not fit its text still shows the text)."""
    marks = [(max(0, s), min(len(text), e), k, i) for s, e, k, i in spans(events) if e > s]
    marks = [m for m in marks if m[1] > m[0]]
    cuts = sorted({0, len(text), *(m[0] for m in marks), *(m[1] for m in marks)})
    out: list[Segment] = []
    for a, b in itertools.pairwise(cuts):
        covering = [m for m in marks if m[0] <= a and b <= m[1]]
        seg = Segment(text[a:b], {m[2] for m in covering},
                      list(dict.fromkeys(m[3] for m in covering if m[2] == "trigger")))
        if out and not seg.kinds and not out[-1].kinds:
            out[-1].text += seg.text
        else:
            out.append(seg)
    return out
