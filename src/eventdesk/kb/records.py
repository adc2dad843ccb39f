"""Typed records of the knowledge base: countries, organisations, people and their offices."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

TermKind = Literal[
    "country", "capital", "institution", "igo", "region", "adjective", "region_adjective", "igo_adjective",
    "sector", "person", "subnational",
]

SECTOR_CODES = (
    "GOV", "MIL", "COP", "JUD", "LEG", "REB", "OPP", "PTY", "SPY", "MED", "BUS", "EDU", "CVL", "REF",
    "NGO", "REL", "LAB", "HLH", "ENV", "AGR", "CRM", "ELI", "IGO", "UAF", "SET", "MOD", "RAD",
)


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    capital: str | None


@dataclass(frozen=True)
class Office:
    """A post held from ``start`` to ``end`` (None: still held)."""

    title: str
    sector: str
    start: dt.date
    end: dt.date | None
    country: str | None = None
    igo: str | None = None

    def covers(self, date: dt.date) -> bool:
        return self.start <= date and (self.end is None or date <= self.end)


@dataclass(frozen=True)
class Person:
    """Someone whose offices change over time: the document's date picks the office."""

    name: str
    aliases: tuple[str, ...]
    country: str | None
    offices: tuple[Office, ...] = field(default=())
    family_name: str | None = None

    @property
    def surname(self) -> str:
        """How later mentions name the person: given in the data, else the last word of the name."""
        return self.family_name or self.name.split()[-1]

    def office_at(self, date: dt.date | None) -> Office | None:
        """The office held on ``date``; without a date, the latest one."""
        if not self.offices:
            return None
        if date is None:
            return max(self.offices, key=lambda o: o.start)
        held = [o for o in self.offices if o.covers(date)]
        return max(held, key=lambda o: o.start) if held else None

    def in_office(self, date: dt.date | None) -> bool:
        return date is None or any(o.covers(date) for o in self.offices)


@dataclass(frozen=True)
class Term:
    """What a phrase of text means to the actor coder."""

    kind: TermKind
    name: str
    country: str | None = None
    sector: str | None = None
    igo: str | None = None
    person: Person | None = None
    exact_case: bool = False
