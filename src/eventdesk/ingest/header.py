"""Publication metadata written at the top of a plain-text article.

Columns like the Eurasia Daily Monitor start with a title line and a line such as
"Publication: Eurasia Daily Monitor Volume: 7 Issue: 98"; others carry "Date: May 20, 2010" or
"Published: 2010-05-20". A publication date given by the user always wins over the header's.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import dateparser

_FIELD = re.compile(r"\b(Publication|Publisher|Source|Volume|Issue|Date|Published|By|Author)\s*:\s*", re.I)
_HEADER_LINES = 6


@dataclass
class Header:
    title: str | None = None
    publisher: str | None = None
    volume: str | None = None
    issue: str | None = None
    published: dt.date | None = None
    author: str | None = None


def _fields(line: str) -> dict[str, str]:
    """"Publication: EDM Volume: 7 Issue: 98" -> {"publication": "EDM", "volume": "7", "issue": "98"}."""
    marks = list(_FIELD.finditer(line))
    out: dict[str, str] = {}
    for n, m in enumerate(marks):
        end = marks[n + 1].start() if n + 1 < len(marks) else len(line)
        out[m.group(1).lower()] = line[m.end():end].strip()
    return out


def parse_header(text: str) -> Header:
    """Title and publication fields from the first lines of a text, where present."""
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
            when = fields.get("date") or fields.get("published")
            if when and re.search(r"\d{4}", when):
                parsed = dateparser.parse(when, languages=["en"], settings={"STRICT_PARSING": True})
                if parsed is not None:
                    header.published = parsed.date()
        elif index == 0 and len(line) < 200 and not line.endswith((".", "?", "!", "”", '"')):
            header.title = line
    return header
