"""Publication metadata written at the top of a plain-text article, and dates in every common form.

Columns of a periodical start with a title line and a line such as
"Publication: Northern Ledger Review Volume: 3 Issue: 41"; others carry "Date: May 20, 2010",
"Published: 2010-05-20", "Updated Dec 17, 2016 11:08 AM CT", "This story is from April 2, 2004", or a
bare stamp ("Sep 9 , 2001 , 01.04 PM IST", "2009-03-25 00:26:04.358077-05"). Only the day is kept: the
time and its zone do not change which day the article is dated. A date field that cannot be read is kept
in ``Header.warnings`` for the reader to report. A publication date given by the user always wins.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import dateparser

from eventdesk.months import NUMBERS as MONTH_NUMBERS
from eventdesk.months import PATTERN as MONTH_PATTERN

_FIELD = re.compile(
    r"\b(Publication|Publisher|Source|Volume|Issue|Date|Dated|Published|Updated|Last updated|Posted|By|Author)"
    r"\s*:\s*", re.I,
)
_DATE_FIELDS = ("date", "dated", "published", "updated", "last updated", "posted")
_HEADER_LINES = 6
_MONTHS = MONTH_NUMBERS
_MONTH = MONTH_PATTERN
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})(?=\b|T)")
_WORDY = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH})\.?\s*,?\s*(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*(?P<y2>\d{{4}}))\b", re.I,
)
# A line that is only a date stamp, or says when the story is from.
_STAMP_LINE = re.compile(
    rf"^\s*(?:(?:this story is from|first published(?: on)?|published(?: on)?|updated(?: on)?|last updated"
    rf"|posted(?: on)?)\s*:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:{_MONTH}\.?\s+\d|\d{{1,2}}\s+"
    rf"{_MONTH}|\d{{4}}-\d{{1,2}}-\d{{1,2}})", re.I,
)
_STAMP_PREFIX = re.compile(r"^\s*(?:this story is from|first published|published|updated|last updated|posted)\b",
                           re.I)


@dataclass
class Header:
    title: str | None = None
    publisher: str | None = None
    volume: str | None = None
    issue: str | None = None
    published: dt.date | None = None
    author: str | None = None
    warnings: list[str] = field(default_factory=list)  # what could not be read, for the reader to report


def read_date(text: str) -> dt.date | None:
    """The day a date stamp gives, in any common form; None when it gives none.

    >>> read_date("Sep 9 , 2001 , 01.04 PM IST")
    datetime.date(2001, 9, 9)
    """
    iso = _ISO.search(text)
    if iso:
        return _day(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    wordy = _WORDY.search(text)
    if wordy:
        g = wordy.groupdict()
        month = _MONTHS.get((g["m1"] or g["m2"]).lower().rstrip("."))
        day, year = int(g["d1"] or g["d2"]), int(g["y1"] or g["y2"])
        return _day(year, month, day) if month else None
    if not re.search(r"\d{4}", text):
        return None  # "Monday", "3 hours ago": no day of its own
    cleaned = _STAMP_PREFIX.sub("", text).strip(" :")[:100]
    try:
        parsed = dateparser.parse(cleaned, languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed.date() if parsed is not None else None


def _day(year: int, month: int | None, day: int) -> dt.date | None:
    try:
        return dt.date(year, month or 0, day)
    except ValueError:
        return None


def _fields(line: str) -> dict[str, str]:
    """"Publication: EDM Volume: 7 Issue: 98" -> {"publication": "EDM", "volume": "7", "issue": "98"}."""
    marks = list(_FIELD.finditer(line))
    out: dict[str, str] = {}
    for n, m in enumerate(marks):
        end = marks[n + 1].start() if n + 1 < len(marks) else len(line)
        out[m.group(1).lower()] = line[m.end():end].strip()
    return out


def parse_header(text: str) -> Header:
    """Title, publication fields and date from the first lines of a text, where present."""
    header = Header()
    lines = [ln.strip() for ln in text.strip().splitlines()[: _HEADER_LINES * 2] if ln.strip()][:_HEADER_LINES]
    for index, line in enumerate(lines):
        fields = _fields(line)
        if fields and _FIELD.match(line):
            header.publisher = fields.get("publication") or fields.get("publisher") or header.publisher
            header.publisher = header.publisher or fields.get("source")
            header.volume = fields.get("volume") or header.volume
            header.issue = fields.get("issue") or header.issue
            header.author = fields.get("by") or fields.get("author") or header.author
            when = next((fields[k] for k in _DATE_FIELDS if fields.get(k)), None)
            if when:
                _set_date(header, when)
        elif len(line) < 80 and _STAMP_LINE.match(line):
            _set_date(header, line)
        elif index == 0 and len(line) < 200 and not line.endswith((".", "?", "!", "”", '"')):
            header.title = line
    return header


def _set_date(header: Header, value: str) -> None:
    """The first readable date of the header is the publication date; an unreadable one is reported."""
    day = read_date(value)
    if day is None:
        header.warnings.append(f"unreadable date in the header: {value!r}; the article is coded without it")
    elif header.published is None:
        header.published = day
