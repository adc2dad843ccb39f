"""When an event happened: a date in its clause, else its citation's date, else the publication's.

Dates in the text ("on May 18", "last Tuesday", "this week", "last month", "in 2007") are resolved
with dateparser against the publication date, preferring the past as news reports it (and the
future for events the text plans). A citation's day refines a coarser text date it falls in.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from dateparser.date import DateDataParser
from spacy.tokens import Span, Token

from eventdesk.models import Citation, DateBasis, DatePrecision

_PRECISIONS: dict[str, DatePrecision] = {"day": "day", "week": "week", "month": "month", "year": "year"}
# "two years", "for the past three months": durations, not dates
_DURATION = re.compile(
    r"^(?:for |over |within )?(?:the )?(?:past |next |last )?(?:\w+ )?(?:years|months|weeks|days|decades)$", re.I
)
_RELATIVE = re.compile(
    r"\b(last|this|next|ago|yesterday|today|tomorrow|week|month|year|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)\b",
    re.I,
)


@dataclass(frozen=True)
class EventDate:
    date: dt.date
    precision: DatePrecision
    basis: DateBasis

    def contains(self, day: dt.date) -> bool:
        if self.precision == "day":
            return day == self.date
        if self.precision == "week":
            return self.date <= day < self.date + dt.timedelta(days=7)
        if self.precision == "month":
            return (day.year, day.month) == (self.date.year, self.date.month)
        return day.year == self.date.year


@lru_cache(maxsize=64)
def _parser(prefer: str, published: dt.date | None) -> DateDataParser:
    settings: dict[str, object] = {"PREFER_DATES_FROM": prefer}
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(published, dt.time())
    return DateDataParser(languages=["en"], settings=settings)


def _start_of(date: dt.date, precision: DatePrecision) -> dt.date:
    if precision == "week":
        return date - dt.timedelta(days=date.weekday())
    if precision == "month":
        return date.replace(day=1)
    if precision == "year":
        return date.replace(month=1, day=1)
    return date


def parse_date_text(text: str, published: dt.date | None, future: bool = False) -> tuple[dt.date, DatePrecision] | None:
    """One date expression resolved against the publication date; None when it is not a date."""
    cleaned = re.sub(r"^(on|in|during|since|by|from|until|as of|at)\s+", "", text.strip(), flags=re.I)
    if not cleaned or _DURATION.match(cleaned) or re.search(r"\b\d{4}s\b|\bthe \d+s\b", cleaned):
        return None
    try:
        data = _parser("future" if future else "past", published).get_date_data(cleaned)
    except (ValueError, OverflowError):
        return None
    if data.date_obj is None:
        return None
    precision = _PRECISIONS.get(data.period or "day", "day")
    has_year = re.search(r"\b\d{4}\b", cleaned) is not None
    relative = _RELATIVE.search(cleaned)
    if published is None and not has_year and not relative:
        return None  # "May 18" with no year to anchor it: unknown, not guessed
    if published is None and relative:
        return None
    return _start_of(data.date_obj.date(), precision), precision


def event_date(
    trigger: Token, sent: Span, published: dt.date | None, citations: list[Citation],
    excluded: list[tuple[int, int]], future: bool = False,
) -> EventDate | None:
    """The date of an event from its clause, its citation, or the publication."""
    text_date: EventDate | None = None
    for ent in _dates_for(trigger, sent, excluded):
        parsed = parse_date_text(ent.text, published, future)
        if parsed is not None:
            text_date = EventDate(parsed[0], parsed[1], "text")
            break
    cited = [c.date for c in citations if c.date is not None]
    if text_date is not None:
        if text_date.precision != "day":
            for day in cited:
                if text_date.contains(day):
                    return EventDate(day, "day", "citation")
        return text_date
    if cited:
        return EventDate(min(cited), "day", "citation")
    if published is not None:
        return EventDate(published, "day", "published")
    return None


def _dates_for(trigger: Token, sent: Span, excluded: list[tuple[int, int]]) -> list[Span]:
    """Date expressions of the trigger's own clause first, then those of the whole sentence."""
    ents = [
        e for e in sent.ents
        if e.label_ == "DATE" and not any(s <= e.start_char and e.end_char <= t for s, t in excluded)
    ]
    own = [e for e in ents if trigger in e.root.ancestors or e.root.head == trigger]

    def attached_to_root(e: Span) -> bool:
        head = e.root.head
        if head.dep_ == "prep":
            head = head.head
        return head == sent.root

    sentence_level = [e for e in ents if attached_to_root(e) and e not in own]
    return own + sentence_level
