"""The dateline of an article: "AHMEDABAD:", "NEW DELHI, March 3 (Reuters) -", "LONDON (AP) —".

A wire story opens with the place it was filed from, in capitals or (in lower-cased dumps) followed by
a colon, sometimes with a qualifier ("MANILA, Philippines –", "HELENA, Mont."), a date and the agency.
It may come after a title and a byline on the same line. The dateline is no sentence of the story: its
words name no actor, and its place is where the article's events happened unless the text says where.

An article with no publication date often still says when it was filed: in its dateline ("TIJUANA,
MARCH 29, 2018 --"), in a stamp at the top ("Published Sunday, May 6, 2018 4:05PM", "The Evening
Post June 02, 2018 09:40 AM") or in an agency line at the end ("AGENCY 05 April 2018"). That day is
the article's reference date (``filing_date``): "said Monday" counts from it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from eventdesk.months import NUMBERS as MONTH_NUMBERS
from eventdesk.months import PATTERN as MONTH_PATTERN

_MONTH = rf"(?i:\b{MONTH_PATTERN}\b\.?)"
_UPPER_PLACE = r"[A-Z][A-Z'\-]+\.?(?:\s[A-Z][A-Z'\-]+\.?){0,3}"
_ANY_PLACE = r"[A-Za-z][A-Za-z'\-]+\.?(?:\s[A-Za-z][A-Za-z'\-]+\.?){0,3}"
# "TIJUANA & SAN DIEGO,": a story filed from two places is placed at the first
_ALSO = rf"(?:\s*(?:&|/|\band\b)\s*{_UPPER_PLACE})?"
_QUALIFIER = r"(?:,\s*(?P<qualifier>[A-Z][A-Za-z]*\.?(?:\s?[A-Z][A-Za-z]*\.?){0,2}))?"
_DAY_MONTH = rf"(?:{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?)"
_DATE = rf"(?:,+\s*(?P<date>{_DAY_MONTH}))?"
_AGENCY = r"(?:\s*\((?P<agency>[A-Za-z][A-Za-z0-9 .&/-]{0,30})\))?"
_DASH = r"\s*(?:--|[-–—:])"
# At the start of the text or of a line: a place in capitals (or any case before a colon), then a dash.
_LINE_START = re.compile(
    rf"(?:^|\n)[ \t]*(?P<place>{_UPPER_PLACE}){_ALSO}{_QUALIFIER}{_DATE}{_AGENCY}(?P<dash>{_DASH})"
)
_LOWER_START = re.compile(rf"(?:^|\n)[ \t]*(?P<place>{_ANY_PLACE})\s*:(?!//)")
# Any case with a date: "new delhi, march 3 (reuters) -" in a lower-cased dump
_DATED_START = re.compile(
    rf"(?:^|\n)[ \t]*(?P<place>{_ANY_PLACE}),+\s*(?P<date>{_DAY_MONTH})"
    rf"(?:\s*\((?P<agency>[A-Za-z][A-Za-z0-9 .&/-]{{0,30}})\))?{_DASH}"
)
# Anywhere in the first lines, after a title or a byline: a place in capitals with a date or an agency.
_INLINE = re.compile(
    rf"(?<![A-Za-z])(?P<place>{_UPPER_PLACE}){_ALSO}{_QUALIFIER}"
    rf"(?:,+\s*(?P<date>{_DAY_MONTH}){_AGENCY}|\s*\((?P<agency2>[A-Z][A-Za-z0-9 .&/-]{{0,30}})\))\s*(?:--|[-–—:\"“”])?"
)
# No separator at all: "WASHINGTON Barack Obama pardoned ...": a place in capitals opening the text.
_BARE = re.compile(rf"^\s*(?P<place>{_UPPER_PLACE})\s+(?=[A-Z][a-z])")
_SEARCH = 400  # characters: a dateline is at the top


@dataclass(frozen=True)
class Dateline:
    """Where in the text the dateline is, and what it says; ``strong`` when a dash, date or agency marks it."""

    start: int
    end: int
    place: str
    place_start: int
    qualifier: str | None = None
    date: str | None = None
    agency: str | None = None
    strong: bool = True


def datelines(text: str, uncased: bool = False) -> list[Dateline]:
    """What may be the dateline of an article, most likely first.

    "RUGBY-WRAP: ... CAPE TOWN, June 2 (ANA):" has two: the caller takes the first whose place is a
    real place, so that a section label or a headline in capitals is passed over. In a lower-cased text
    ("wausau, wis. (wsaw) --") the dateline is read as if its place were in capitals, as wire copy has it.
    """
    if uncased:
        shouted = "".join(c.upper() if len(c.upper()) == 1 else c for c in text[:_SEARCH])  # same offsets
        read = [replace(d, place=text[d.place_start: d.place_start + len(d.place)],
                         qualifier=_as_written(text, shouted, d.qualifier, d.place_start),
                         date=_as_written(text, shouted, d.date, d.place_start),
                         agency=_as_written(text, shouted, d.agency, d.place_start))
                 for d in datelines(shouted)]
        return read + [d for d in datelines(text) if all(d.start != f.start for f in read)]
    head = text[:_SEARCH]
    found: list[Dateline] = []
    for pattern in (_LINE_START, _INLINE):
        for m in pattern.finditer(head):
            if not _too_short(m.group("place")):
                agency = m.groupdict().get("agency") or m.groupdict().get("agency2")
                found.append(Dateline(m.start("place"), m.end(), m.group("place").rstrip(". "), m.start("place"),
                                      m.group("qualifier"), m.group("date"), agency))
    for m in _DATED_START.finditer(head):
        found.append(Dateline(m.start("place"), m.end(), m.group("place").rstrip(". "), m.start("place"),
                              date=m.group("date"), agency=m.group("agency")))
    for m in _LOWER_START.finditer(head):
        found.append(Dateline(m.start("place"), m.end(), m.group("place").rstrip(". "), m.start("place")))
    bare = _BARE.match(head)
    if bare:
        m = bare
        found.append(Dateline(m.start("place"), m.end("place"), m.group("place"), m.start("place"), strong=False))
    return found


def _as_written(text: str, shouted: str, part: str | None, start: int) -> str | None:
    """A part of a dateline read in the capitalised copy, as the text writes it."""
    if part is None:
        return None
    at = shouted.find(part, start)
    return text[at: at + len(part)] if at >= 0 else part


def _too_short(place: str) -> bool:
    """A run of capitals that is one or two letters, such as "A" or "US", is no dateline place."""
    return len(place.replace(".", "")) < 3


# -- the day the article was filed -----------------------------------------------------------------

_MONTHS = MONTH_NUMBERS
_WEEKDAY = r"(?i:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?,?\s+)"
_FULL = (rf"(?P<full>{_WEEKDAY}?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,*\s+\d{{4}}"
         rf"|\d{{1,2}}(?:st|nd|rd|th)?\.?\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\b)")
_CLOCK = r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?!\d)\s*(?i:[ap]\.?m\b\.?)?)"
# "Published Sunday, May 6, 2018", "Updated at 4:20 p.m. on Tuesday, May 8, 2018"
_STAMPED = re.compile(
    rf"(?i:\b(?:first published|published|last updated|updated|posted|filed)\b)[\w:. ]{{0,25}}?\s*:?\s*{_FULL}"
)
# "The Daily Star March 31, 2018 2:36 pm", "5. Apr 2018 at 13:51": a date with its time is a stamp
_CLOCKED = re.compile(rf"{_FULL}{_CLOCK}")
# "Edmonton, Ky. (November 28, 2016) –", "LOUISVILLE--(Newswire - December 23, 2010) -"
_BRACKETED = re.compile(rf"\((?:[A-Z][\w .&/]{{0,30}}[-–,]\s*)?{_FULL}\)")
_OPENING = re.compile(rf"^\s*{_FULL}")  # "April 5, 2018 Honolulu ..."
# The last line: "AGENCY 05 April 2018", "(Xinhua News Agency April 6, 2018)"
_TRAILER = re.compile(
    rf"(?:^|[.!?\"”)\n])\s*\(?(?P<who>(?:[A-Z][\w.&'-]*\s+){{0,5}})[-–,]?\s*{_FULL}\s*\)?\s*\.?\s*$"
)
_TAIL = 120  # characters: an agency line closes the text


@dataclass(frozen=True)
class FilingDate:
    """The day an article says it was filed, where the text says so, and how (``form``)."""

    day: dt.date
    start: int
    end: int
    form: str  # dateline, stamp, trailer


def filing_date(text: str) -> FilingDate | None:
    """The reference day an article gives itself: its dateline's, a stamp's at the top, else its closing agency line's.

    Only dates in these places and forms count, never one in a sentence of the story ("met on June 17,
    2015"), and only full dates: "March 3" says no year.
    """
    head = text[:_SEARCH]
    found: list[FilingDate] = []
    for dl in datelines(text):
        day = _read_day(dl.date or "")
        if day is not None:
            found.append(FilingDate(day, dl.start, dl.end, "dateline"))
    for pattern in (_STAMPED, _CLOCKED, _BRACKETED, _OPENING):
        for m in pattern.finditer(head):
            day = _read_day(m.group("full"))
            if day is not None:
                found.append(FilingDate(day, m.start(), m.end(), "stamp"))
    if found:
        return min(found, key=lambda f: f.start)
    tail_start = max(0, len(text) - _TAIL)
    trailer = _TRAILER.search(text, tail_start)
    if trailer is not None:
        day = _read_day(trailer.group("full"))
        if day is not None:
            return FilingDate(day, trailer.start("who"), trailer.end(), "trailer")
    for clocked in _CLOCKED.finditer(text, tail_start):  # "7. Jun 2018 at 09:12 | Written by staff"
        day = _read_day(clocked.group("full"))
        if day is not None:
            return FilingDate(day, clocked.start(), clocked.end(), "stamp")
    return None


def _read_day(text: str) -> dt.date | None:
    """ "MARCH 29, 2018", "Saturday, 05 April 2018", "5. Apr 2018", "2018-04-05" -> the day; None without a year."""
    iso = re.search(r"(\d{4})-(\d{2})-(\d{2})", text)
    words = re.findall(r"[A-Za-z]+|\d+", text)
    try:
        if iso:
            return dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        numbers = [int(w) for w in words if w.isdigit()]
        month = next((_MONTHS[w.lower()] for w in words if w.lower() in _MONTHS), None)
        years = [n for n in numbers if n >= 1000]
        days = [n for n in numbers if n < 100]
        if month is None or len(years) != 1 or len(days) != 1:
            return None
        return dt.date(years[0], month, days[0])
    except ValueError:
        return None
