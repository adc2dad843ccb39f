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


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_NAMES = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december"), start=1)}
_MONTH_NAMES.update({k[:3]: v for k, v in list(_MONTH_NAMES.items())})
_MONTH_NAMES["sept"] = 9
_SIMPLE = re.compile(
    r"^(?:(?P<rel>last|this|next|past|coming)\s+)?(?P<unit>week|month|year|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)$|^(?P<word>today|yesterday|tomorrow)$|^(?P<year>\d{4})$"
    r"|^(?P<m1>[a-z]{3,9})\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{4}))?$"
    r"|^(?P<d2>\d{1,2})\s+(?P<m2>[a-z]{3,9})\.?(?:\s+(?P<y2>\d{4}))?$|^(?P<m3>[a-z]{3,9})\s+(?P<y3>\d{4})$"
)


def _simple_date(text: str, published: dt.date | None, future: bool) -> tuple[dt.date, DatePrecision] | None:
    """The frequent expressions of news ("Thursday", "last week", "May 18", "2007") without dateparser.

    Same results as dateparser for these; anything else goes to dateparser.
    """
    m = _SIMPLE.match(text.lower())
    if m is None:
        return None
    if m["year"]:
        return dt.date(int(m["year"]), 1, 1), "year"
    month_name = m["m1"] or m["m2"] or m["m3"]
    if month_name:
        month = _MONTH_NAMES.get(month_name)
        if month is None:
            return None
        year_text = m["y1"] or m["y2"] or m["y3"]
        if m["m3"]:
            return dt.date(int(year_text), month, 1), "month"
        day = int(m["d1"] or m["d2"])
        if year_text:
            try:
                return dt.date(int(year_text), month, day), "day"
            except ValueError:
                return None
        if published is None:
            return None
        for year in (published.year, published.year - 1) if not future else (published.year, published.year + 1):
            try:
                candidate = dt.date(year, month, day)
            except ValueError:
                return None
            if (candidate <= published) != future or candidate == published:
                return candidate, "day"
        return None
    if published is None:
        return None
    word = m["word"]
    if word:
        return published + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[word]), "day"
    unit, rel = m["unit"], m["rel"]
    step = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0, None: 0}[rel]
    if unit in _WEEKDAYS:
        if rel in ("this", None) and not future:
            step = -1
        elif rel is None and future:
            step = 1
        delta = (_WEEKDAYS.index(unit) - published.weekday()) % 7
        if step < 0:
            delta = delta - 7 if delta else -7
        elif step > 0:
            delta = delta or 7
        return published + dt.timedelta(days=delta), "day"
    if rel is None:
        return None
    if unit == "week":
        return published + dt.timedelta(weeks=step), "week"
    if unit == "month":
        month_index = published.year * 12 + published.month - 1 + step
        return dt.date(month_index // 12, month_index % 12 + 1, 1), "month"
    return dt.date(published.year + step, 1, 1), "year"


@lru_cache(maxsize=4096)
def parse_date_text(text: str, published: dt.date | None, future: bool = False) -> tuple[dt.date, DatePrecision] | None:
    """One date expression resolved against the publication date; None when it is not a date."""
    cleaned = re.sub(r"^(on|in|during|since|by|from|until|as of|at)\s+", "", text.strip(), flags=re.I)
    if not cleaned or _DURATION.match(cleaned) or re.search(r"\b\d{4}s\b|\bthe \d+s\b", cleaned):
        return None
    simple = _simple_date(cleaned, published, future)
    if simple is None:
        # the recognizer sometimes glues a place to the date ("Kyiv next month"): try without it
        words = cleaned.split()
        while len(words) > 1 and words[0][:1].isupper() and words[0].lower() not in _MONTH_NAMES \
                and words[0].lower() not in _WEEKDAYS:
            words = words[1:]
        if len(words) < len(cleaned.split()):
            simple = _simple_date(" ".join(words), published, future)
    if simple is not None:
        return _start_of(simple[0], simple[1]), simple[1]
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
    excluded: list[tuple[int, int]], future: bool = False, date_ents: list[Span] | None = None,
) -> EventDate | None:
    """The date of an event from its clause, its citation, or the publication."""
    text_date: EventDate | None = None
    for ent in _dates_for(trigger, sent, excluded, date_ents):
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


def date_entities(ents: list[Span], excluded: list[tuple[int, int]]) -> list[Span]:
    """The DATE entities (of a sentence) outside source citations."""
    return [
        e for e in ents
        if e.label_ == "DATE" and not any(s <= e.start_char and e.end_char <= t for s, t in excluded)
    ]


def _dates_for(trigger: Token, sent: Span, excluded: list[tuple[int, int]], ents: list[Span] | None) -> list[Span]:
    """Date expressions of the trigger's own clause first, then those of the whole sentence."""
    if ents is None:
        ents = date_entities(list(sent.ents), excluded)
    if not ents:
        return []
    own = [e for e in ents if trigger in e.root.ancestors or e.root.head == trigger]

    def attached_to_root(e: Span) -> bool:
        head = e.root.head
        if head.dep_ == "prep":
            head = head.head
        return head == sent.root

    sentence_level = [e for e in ents if attached_to_root(e) and e not in own]
    return own + sentence_level
