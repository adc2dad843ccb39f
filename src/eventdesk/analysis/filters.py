"""Which events a question is about: one filter, turned into a SQL condition with bound parameters.

Actors are matched on the events' own columns (``source_code``, ``source_country``, ...: the ``;``-joined
codes of an event's actors), so a filter never needs a join: an actor given as ``RUS`` matches every event
with a Russian actor, one given as ``RUSGOV`` only the Russian government.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

STATUSES = ("asserted", "negated", "hypothetical", "future")
QUAD_CLASSES = (1, 2, 3, 4)
Role = Literal["source", "target", "either"]


def actor_match(side: str, param: str, alias: str = "e") -> str:
    """The condition: an actor of ``side`` (source or target) has the code or country bound to ``param``."""
    return (f"(list_contains(string_split({alias}.{side}_code, ';'), ${param})"
            f" OR list_contains(string_split({alias}.{side}_country, ';'), ${param}))")


@dataclass(frozen=True)
class EventFilter:
    """A filter over events; every field is optional and all given ones must hold."""

    start: dt.date | None = None  # first day, inclusive
    end: dt.date | None = None  # last day, inclusive
    actor: str | None = None  # code or country of an actor in ``role``
    role: Role = "either"
    source: str | None = None  # a dyad: source -> target
    target: str | None = None
    event: str | None = None  # PLOVER type
    cameo: str | None = None  # CAMEO code prefix
    quad_class: int | None = None
    status: str | None = None
    document: str | None = None  # doc_hash or the document's own id
    text: str | None = None  # words in the sentence (case-insensitive)

    def sql(self, alias: str = "e") -> tuple[str, dict[str, Any]]:
        """A condition (``TRUE`` when nothing is filtered) and its parameters."""
        a = alias
        sides = ["source", "target"] if self.role == "either" else [self.role]
        # (whether the field is given, its condition, the parameter the condition names, its value)
        fields: list[tuple[bool, str, str, Any]] = [
            (self.start is not None, f"{a}.date >= $f_start", "f_start", self.start),
            (self.end is not None, f"{a}.date <= $f_end", "f_end", self.end),
            (bool(self.actor), "(" + " OR ".join(actor_match(s, "f_actor", a) for s in sides) + ")", "f_actor",
             self.actor),
            (bool(self.source), actor_match("source", "f_source", a), "f_source", self.source),
            (bool(self.target), actor_match("target", "f_target", a), "f_target", self.target),
            (bool(self.event), f"{a}.event = $f_event", "f_event", (self.event or "").upper()),
            (bool(self.cameo), f"starts_with({a}.cameo, $f_cameo)", "f_cameo", self.cameo),
            (self.quad_class is not None, f"{a}.quad_class = $f_quad", "f_quad", self.quad_class),
            (bool(self.status), f"{a}.status = $f_status", "f_status", self.status),
            (bool(self.document), f"({a}.doc_hash = $f_doc OR {a}.doc_id = $f_doc)", "f_doc", self.document),
            (bool(self.text), f"contains(lower({a}.text), lower($f_text))", "f_text", self.text),
        ]
        given = [(condition, name, value) for on, condition, name, value in fields if on]
        return (" AND ".join(c for c, _, _ in given) or "TRUE"), {name: value for _, name, value in given}
