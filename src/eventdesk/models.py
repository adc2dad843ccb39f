"""The records of the domain, shared by every stage.

They are plain dataclasses so that a failed test prints something a person can read, and
``to_dict`` gives exactly the JSON output contract of DESIGN.md section 4.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

Status = Literal["asserted", "negated", "hypothetical", "future"]
STATUSES: tuple[Status, ...] = ("asserted", "negated", "hypothetical", "future")
DateBasis = Literal["text", "citation", "mention", "published", "background"]
DatePrecision = Literal["day", "week", "month", "year"]


# Publication dates outside this range are bad input (a typo, a fuzzer), refused before coding.
PUBLISHED_RANGE = (dt.date(1800, 1, 1), dt.date(2200, 12, 31))


def published_problem(published: dt.date | None) -> str | None:
    """Why a publication date cannot be used (None when it can)."""
    if published is None or PUBLISHED_RANGE[0] <= published <= PUBLISHED_RANGE[1]:
        return None
    low, high = PUBLISHED_RANGE
    return f"publication date {published.isoformat()} is outside {low.year}-{high.year}; check the input"


@dataclass
class Document:
    """One article: the unit of work of every stage."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: dt.date | None = None


@dataclass
class Actor:
    """Who acts or is acted upon, coded CAMEO-style (country + sector, or an IGO).

    An actor that fits nothing in the knowledge base keeps its ``text`` with ``code=None``, so the
    gaps of the dictionaries can be counted instead of silently dropped.
    """

    text: str
    start: int
    end: int
    name: str | None = None
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    igo: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "code": self.code,
            "country": self.country,
            "sector": self.sector,
            "igo": self.igo,
            "start": self.start,
            "end": self.end,
        }

    def copy(self) -> Actor:
        return Actor(self.text, self.start, self.end, self.name, self.code, self.country, self.sector, self.igo)

    def __repr__(self) -> str:
        return f"Actor({self.text!r} -> {self.code or 'uncoded'})"


@dataclass
class Location:
    """Where an event happened, resolved to a gazetteer entry when possible."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon,
                "geonameid": self.geonameid}


@dataclass
class Citation:
    """A source the text cites for a claim, e.g. ``(Interfax, May 18)``."""

    source: str
    date: dt.date | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "date": self.date.isoformat() if self.date else None}


@dataclass
class Trigger:
    """The words that carry the event, with character offsets into the document."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class Event:
    """Who did what to whom, with its evidence, certainty and provenance."""

    id: str
    doc_id: str
    sentence: int
    text: str
    event: str | None
    cameo: str
    cameo_root: str
    goldstein: float
    quad_class: int
    status: Status
    source: list[Actor]
    target: list[Actor]
    trigger: Trigger
    rule: str
    confidence: float
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    date: dt.date | None = None
    date_precision: DatePrecision | None = None
    date_basis: DateBasis | None = None
    location: Location | None = None
    speaker: Actor | None = None
    cited: list[Citation] = field(default_factory=list)
    sentence_start: int = 0
    depth: int = 0  # of the trigger in the parse: the shallowest event is the sentence's main one
    main: bool = False  # the sentence's main act: one per sentence that has events

    def to_dict(self) -> dict[str, Any]:
        """The JSON record of the output contract (DESIGN.md section 4)."""
        return {
            "id": self.id,
            "doc_id": self.doc_id,
            "sentence": self.sentence,
            "text": self.text,
            "event": self.event,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "status": self.status,
            "source": [a.to_dict() for a in self.source],
            "target": [a.to_dict() for a in self.target],
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision,
            "date_basis": self.date_basis,
            "location": self.location.to_dict() if self.location else None,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cited": [c.to_dict() for c in self.cited],
            "trigger": self.trigger.to_dict(),
            "rule": self.rule,
            "confidence": self.confidence,
            "main": self.main,
        }

    def __repr__(self) -> str:
        src = ",".join(a.code or a.text for a in self.source) or "-"
        tgt = ",".join(a.code or a.text for a in self.target) or "-"
        main = " main" if self.main else ""
        return f"Event({src} {self.event or self.cameo} {tgt} [{self.status}]{main} rule={self.rule})"
