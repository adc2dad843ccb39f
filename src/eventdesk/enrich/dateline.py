"""The dateline of an article: "AHMEDABAD:", "NEW DELHI, March 3 (Reuters) -", "LONDON (AP) —".

A wire story opens with the place it was filed from, in capitals or (in lower-cased dumps) followed by
a colon, sometimes with a qualifier ("MANILA, Philippines –", "HELENA, Mont."), a date and the agency.
It may come after a title and a byline on the same line. The dateline is no sentence of the story: its
words name no actor, and its place is where the article's events happened unless the text says where.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
_UPPER_PLACE = r"[A-Z][A-Z'\-]+\.?(?:\s[A-Z][A-Z'\-]+\.?){0,3}"
_ANY_PLACE = r"[A-Za-z][A-Za-z'\-]+\.?(?:\s[A-Za-z][A-Za-z'\-]+\.?){0,3}"
_QUALIFIER = r"(?:,\s*(?P<qualifier>[A-Z][A-Za-z]*\.?(?:\s?[A-Z][A-Za-z]*\.?){0,2}))?"
_DATE = rf"(?:,\s*(?P<date>{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?))?"
_AGENCY = r"(?:\s*\((?P<agency>[A-Za-z][A-Za-z0-9 .&/-]{0,30})\))?"
_DASH = r"\s*(?:--|[-–—:])"
# At the start of the text or of a line: a place in capitals (or any case before a colon), then a dash.
_LINE_START = re.compile(
    rf"(?:^|\n)[ \t]*(?P<place>{_UPPER_PLACE}){_QUALIFIER}{_DATE}{_AGENCY}(?P<dash>{_DASH})"
)
_LOWER_START = re.compile(rf"(?:^|\n)[ \t]*(?P<place>{_ANY_PLACE})\s*:(?!//)")
# Anywhere in the first lines, after a title or a byline: a place in capitals with a date or an agency.
_INLINE = re.compile(
    rf"(?<![A-Za-z])(?P<place>{_UPPER_PLACE}){_QUALIFIER}"
    rf"(?:,\s*(?P<date>{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?)"
    rf"{_AGENCY}|\s*\((?P<agency2>[A-Z][A-Za-z0-9 .&/-]{{0,30}})\))\s*(?:--|[-–—:\"“”])?"
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


def datelines(text: str) -> list[Dateline]:
    """What may be the dateline of an article, most likely first.

    "RUGBY-WRAP: ... CAPE TOWN, June 2 (ANA):" has two: the caller takes the first whose place is a
    real place, so that a section label or a headline in capitals is passed over.
    """
    head = text[:_SEARCH]
    found: list[Dateline] = []
    for pattern in (_LINE_START, _INLINE):
        for m in pattern.finditer(head):
            if not _too_short(m.group("place")):
                agency = m.groupdict().get("agency") or m.groupdict().get("agency2")
                found.append(Dateline(m.start("place"), m.end(), m.group("place").rstrip(". "), m.start("place"),
                                      m.group("qualifier"), m.group("date"), agency))
    for m in _LOWER_START.finditer(head):
        found.append(Dateline(m.start("place"), m.end(), m.group("place").rstrip(". "), m.start("place")))
    bare = _BARE.match(head)
    if bare:
        m = bare
        found.append(Dateline(m.start("place"), m.end("place"), m.group("place"), m.start("place"), strong=False))
    return found


def _too_short(place: str) -> bool:
    """A run of capitals that is one or two letters, such as "A" or "US", is no dateline place."""
    return len(place.replace(".", "")) < 3
