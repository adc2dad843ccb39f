"""Named days ("New Year's Day", "Christmas") and seasons ("the spring of 2011", "last summer") as dates.

The date parser knows neither; the calendar facts are data (``data/calendar.yaml``). A named day is the
most recent one up to the publication day (the next one for a planned act); a season is dated to the year
it begins in, with year precision, since its months straddle what a month or a week could say.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from eventdesk.datafiles import LINE, Problems, data_path, read_yaml

_MONTHS = range(1, 13)


@dataclass(frozen=True)
class Calendar:
    days: dict[str, tuple[int, int]]  # lower-cased name -> (month, day)
    seasons: dict[str, int]  # lower-cased name -> the month it begins in


@lru_cache(maxsize=1)
def calendar() -> Calendar:
    """The bundled ``data/calendar.yaml``."""
    return load_calendar(data_path("enrich", "data/calendar.yaml"))


def load_calendar(path: Path) -> Calendar:
    """A calendar file, validated: every bad entry is reported with file and line."""
    problems = Problems()
    data = read_yaml(path, problems) or {}
    days: dict[str, tuple[int, int]] = {}
    for entry in data.get("days") or []:
        line = int(entry.get(LINE, 1)) if isinstance(entry, dict) else 1
        try:
            month, day = int(entry["month"]), int(entry["day"])
            dt.date(2000, month, day)  # a leap year: 29 February is a day
            names = [str(entry["name"]), *(str(a) for a in entry.get("aliases") or [])]
        except (KeyError, TypeError, ValueError):
            problems.add(path, line, "days: expected {name, aliases?, month, day} of a real date")
            continue
        days.update((name.lower(), (month, day)) for name in names)
    seasons: dict[str, int] = {}
    for entry in data.get("seasons") or []:
        line = int(entry.get(LINE, 1)) if isinstance(entry, dict) else 1
        begins = entry.get("month") if isinstance(entry, dict) else None
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not isinstance(begins, int) \
                or begins not in _MONTHS:
            problems.add(path, line, "seasons: expected {name, month} with a month of 1-12")
            continue
        seasons[entry["name"].lower()] = begins
    problems.raise_if_any()
    return Calendar(days, seasons)


_SEASON = re.compile(r"^(?:(?P<rel>last|this|next|past|coming)\s+|the\s+)?(?:(?P<early>early|late|mid)[\s-]+)?"
                     r"(?P<season>[a-z]+)(?:\s+of)?(?:\s+(?P<year>\d{4}))?$")


def nearest_day(month: int, day: int, published: dt.date | None, future: bool) -> dt.date | None:
    """The day of a month and day without a year nearest the publication: the last one on or before it, or for a
    planned act the next one on or after it ("on March 3", "on Christmas Day")."""
    if published is None:
        return None
    for year in (published.year, published.year - 1) if not future else (published.year, published.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue  # 29 February of a common year
        if candidate == published or (candidate < published) != future:
            return candidate
    return None


def calendar_date(text: str, published: dt.date | None, future: bool) -> tuple[dt.date, str] | None:
    """A named day or a season as (first day, precision "day" or "year"); None when the text is neither."""
    key = " ".join(text.lower().replace("\u2019", "'").split())
    key = key[4:] if key.startswith("the ") and key[4:] in calendar().days else key
    if key in calendar().days:
        month, day = calendar().days[key]
        found = nearest_day(month, day, published, future)
        return (found, "day") if found else None
    m = _SEASON.match(key)
    if m is None or m["season"] not in calendar().seasons:
        return None
    if m["year"]:
        return dt.date(int(m["year"]), 1, 1), "year"
    if published is None:
        return None
    start = calendar().seasons[m["season"]]
    begun = published.year if published.month >= start else published.year - 1  # the latest begun by publication
    rel = m["rel"]
    if rel in ("next", "coming") or (future and rel is None):
        year = begun + 1
    elif rel == "last" and published.month < start + 3 and published.year == begun:
        year = begun - 1  # "last summer" in a July story is the summer before
    else:
        year = begun
    return dt.date(year, 1, 1), "year"
