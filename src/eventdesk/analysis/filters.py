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
        where: list[str] = []
        params: dict[str, Any] = {}
        a = alias
        if self.start is not None:
            where.append(f"{a}.date >= $f_start")
            params["f_start"] = self.start
        if self.end is not None:
            where.append(f"{a}.date <= $f_end")
            params["f_end"] = self.end
        if self.actor:
            params["f_actor"] = self.actor
            sides = ["source", "target"] if self.role == "either" else [self.role]
            where.append("(" + " OR ".join(actor_match(s, "f_actor", a) for s in sides) + ")")
        if self.source:
            params["f_source"] = self.source
            where.append(actor_match("source", "f_source", a))
        if self.target:
            params["f_target"] = self.target
            where.append(actor_match("target", "f_target", a))
        if self.event:
            where.append(f"{a}.event = $f_event")
            params["f_event"] = self.event.upper()
        if self.cameo:
            where.append(f"starts_with({a}.cameo, $f_cameo)")
            params["f_cameo"] = self.cameo
        if self.quad_class is not None:
            where.append(f"{a}.quad_class = $f_quad")
            params["f_quad"] = self.quad_class
        if self.status:
            where.append(f"{a}.status = $f_status")
            params["f_status"] = self.status
        if self.document:
            where.append(f"({a}.doc_hash = $f_doc OR {a}.doc_id = $f_doc)")
            params["f_doc"] = self.document
        if self.text:
            where.append(f"contains(lower({a}.text), lower($f_text))")
            params["f_text"] = self.text
        return (" AND ".join(where) or "TRUE"), params
