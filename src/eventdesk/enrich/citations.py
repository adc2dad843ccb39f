"""Parenthetical source citations: "(Interfax, May 18; Kommersant, May 19)".

Analysis columns cite their sources in parentheses at the end of a sentence or a paragraph. Each
is parsed into dated sources; a citation covers the events of the sentence it closes, and when it
closes a paragraph, the events of that paragraph that cite nothing themselves.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from eventdesk.models import Citation
from eventdesk.months import NUMBERS as MONTH_NUMBERS

_MONTHS = MONTH_NUMBERS
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = (
    rf"(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})(?:\s+(?P<y2>\d{{4}}))?)"
)
_PART = re.compile(rf"^\s*(?P<source>[A-Z][\w.&'’\- ]{{0,60}}?)\s*,\s*{_DATE}\s*$")
_PAREN = re.compile(r"\(([^()]{3,400})\)")


@dataclass(frozen=True)
class CitationGroup:
    """One parenthetical list of sources, with its character span in the document."""

    start: int
    end: int
    citations: tuple[Citation, ...]


def _month(name: str) -> int:
    return _MONTHS[name.rstrip(".").lower()[:3]]


def resolve_day(month: int, day: int, year: int | None, published: dt.date | None) -> dt.date | None:
    """A day without a year takes the publication's year, or the year before if it would be later."""
    if year is None:
        if published is None:
            return None
        year = published.year
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            return None
        if candidate > published and (candidate - published).days > 1:  # no date past 9999-12-31 needed
            year -= 1
    try:
        return dt.date(year, month, day)
    except ValueError:  # also year 0 (a day of 0001-01-01's year before): unknown, never an error
        return None


def parse_part(part: str, published: dt.date | None) -> Citation | None:
    m = _PART.match(part)
    if m is None:
        return None
    month = _month(m["m1"] or m["m2"])
    day = int(m["d1"] or m["d2"])
    year_text = m["y1"] or m["y2"]
    return Citation(m["source"].strip(), resolve_day(month, day, int(year_text) if year_text else None, published))


def find_citations(text: str, published: dt.date | None) -> list[CitationGroup]:
    """Every parenthetical whose parts all read "Source, Date"."""
    groups: list[CitationGroup] = []
    for m in _PAREN.finditer(text):
        parts = [p for p in m.group(1).split(";") if p.strip()]
        cites = [parse_part(p, published) for p in parts]
        if parts and all(c is not None for c in cites):
            groups.append(CitationGroup(m.start(), m.end(), tuple(c for c in cites if c is not None)))
    return groups


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character spans of paragraphs (separated by blank lines or single newlines)."""
    spans = []
    for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        if m.group().strip():
            spans.append((m.start(), m.end()))
    return spans


class CitationIndex:
    """Which citations cover a sentence: its own, else those closing its paragraph."""

    def __init__(self, text: str, published: dt.date | None) -> None:
        self.groups = find_citations(text, published)
        self.paragraphs = paragraphs(text)
        self._text = text

    def for_sentence(self, start: int, end: int) -> list[Citation]:
        own = [c for g in self.groups if start <= g.start < end + 3 for c in g.citations]
        if own:
            return own
        for p_start, p_end in self.paragraphs:
            if p_start <= start < p_end:
                closing = [g for g in self.groups if p_start <= g.start < p_end and self._closes(g, p_end)]
                return [c for g in closing for c in g.citations]
        return []

    def inside(self, start: int, end: int) -> bool:
        return any(g.start <= start and end <= g.end for g in self.groups)

    def _closes(self, group: CitationGroup, p_end: int) -> bool:
        return not self._text[group.end:p_end].strip(" .;:\u201d\"'")
