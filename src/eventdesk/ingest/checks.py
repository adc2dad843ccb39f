"""Checks shared by every format reader: decoding bytes, refusing what is not English text, dates.

These sit below the format readers (text, JSON Lines, HTML, feeds, WARC), so that each reader says
"binary", "not English" or "bad date" the same way, and a UTF-16 file is read, not called binary.
"""

from __future__ import annotations

import codecs
import datetime as dt
import logging
import re

from eventdesk.errors import InputError
from eventdesk.ingest.header import read_date
from eventdesk.ingest.repair import repair
from eventdesk.models import published_problem

# The byte-order marks that name a Unicode encoding; UTF-32 first (its little-endian mark starts with UTF-16's).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_FUNCTION_WORDS = {
    "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "was", "as", "by", "it", "he", "at",
    "from", "his", "an", "are", "have", "has", "be", "this", "which", "not", "but", "were", "their", "said",
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
log = logging.getLogger("eventdesk.ingest")
BINARY = "looks like a binary file, not text; pass text, HTML or JSON Lines"
# Packed files people pass by mistake, known by their first bytes: say what to do with each.
_PACKED: tuple[tuple[bytes, str], ...] = (
    (b"\x1f\x8b", "is gzip-compressed: decompress it first (zcat FILE | eventdesk code -); "
                  "a compressed web archive is read when named .warc.gz"),
    (b"PK\x03\x04", "is a ZIP archive (or a Word or OpenDocument file): unpack it or save the article as text"),
    (b"%PDF-", "is a PDF: extract its text first (for example with pdftotext) and pass the text"),
)


def encoding_of(head: bytes, encoding: str) -> str:
    """The encoding to read bytes starting with ``head``: the one their byte-order mark names, else ``encoding``."""
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    return encoding


def _wide(encoding: str) -> bool:
    """True for encodings whose text has NUL bytes (UTF-16, UTF-32): NULs there are no sign of a binary file."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return False
    return name.startswith(("utf-16", "utf-32"))


def decode(raw: bytes, source: str, encoding: str = "utf-8", line: int | None = None) -> str:
    """The text of ``raw``: decoded by its byte-order mark or ``encoding``, then checked for binary content."""
    for magic, what in _PACKED:
        if raw.startswith(magic):
            raise InputError(what, source, line)
    name = encoding_of(raw[:4], encoding)
    if not _wide(name) and b"\x00" in raw[:4000]:
        raise InputError(BINARY, source, line)
    try:
        text = raw.decode(name)
    except UnicodeDecodeError as e:
        raise InputError(
            f"is not valid {name} (byte {e.start}: {raw[e.start:e.start + 1]!r}). "
            "Pass --encoding with the file's encoding; it's often worth trying: --encoding=latin-1",
            source, line,
        ) from None
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}", source, line) from None
    return text.lstrip("\ufeff")


def check_text(text: str, source: str, line: int | None = None) -> str:
    """The text, repaired of mojibake (``repair``), or an InputError when it is empty, binary or not English."""
    if not text.strip():
        raise InputError("empty document: there is no text to code", source, line)
    sample = text[:4000]
    if "\x00" in sample or sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f") > len(sample) * 0.05:
        raise InputError(BINARY, source, line)
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) >= 25 and sum(w in _FUNCTION_WORDS for w in words) < 0.06 * len(words):
        raise InputError(
            "does not look like English text (eventdesk codes English news); skipped", source, line
        )
    return repair(text, source, line)


def parse_published(value: object, source: str, line: int | None = None) -> dt.date | None:
    """A publication date from input data: YYYY-MM-DD, a timestamp, or a stamp such as "Dec 17, 2016 11:08 AM".

    A date outside the years eventdesk takes is refused here, where the file and line are known.
    """
    if value in (None, ""):
        return None
    text = str(value).strip()
    try:
        day: dt.date | None = dt.date.fromisoformat(text[:10])
    except ValueError:
        day = read_date(text)
    if day is None:
        raise InputError(f"invalid 'published' value {text!r} (expected a date such as YYYY-MM-DD)", source, line)
    return checked_date(day, source, line)


def checked_date(day: dt.date | None, source: str, line: int | None = None) -> dt.date | None:
    """A date the input gives as its publication date, or an InputError naming the input when eventdesk
    cannot take it (year 1, year 9999)."""
    problem = published_problem(day)
    if problem is not None:
        raise InputError(problem, source, line)
    return day


def metadata_date(day: dt.date | None, source: str, line: int | None = None) -> dt.date | None:
    """A date a page's or feed's metadata carries: one eventdesk cannot take is left out, with a warning.

    The article is still worth coding, as when a header's date cannot be read at all.
    """
    problem = published_problem(day)
    if problem is not None:
        where = f"{source}:{line}" if line is not None else source
        log.warning("%s: %s; the document is coded without it", where, problem.replace("; check the input", ""))
        return None
    return day
