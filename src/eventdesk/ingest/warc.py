"""Web archives (WARC, plain or gzipped) as Documents: one per archived HTML page.

Crawls keep everything they fetched: requests, images, scripts, redirects and error pages. Only a
successful (2xx) ``response`` record with an HTML content type is an article; the other records are
not documents and are skipped without a word. A damaged archive is reported once, after the pages
that could be read before the damage, because a crawl is too costly to throw away whole.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.limitreader import LimitReader

from eventdesk.errors import InputError
from eventdesk.ingest.checks import metadata_date
from eventdesk.ingest.html import read_html
from eventdesk.models import Document

_REPAIR = "re-download the archive, or cut it at the last whole record"
_SKIPPED = "warcio: record not followed by a newline, perhaps Content-Length is invalid or the file was cut"


def read_warc(path: Path, published: dt.date | None = None) -> Iterator[Document | InputError]:
    """Every HTML page of a WARC file, or why a record (or the rest of the file) could not be read.

    A page's date is its metadata's, else the day it was archived (WARC-Date); a ``published``
    date given by the user wins over both.
    """
    source = str(path)
    try:
        with open(path, "rb") as stream:
            yield from read_warc_stream(stream, source, os.fstat(stream.fileno()).st_size, published)
    except OSError as e:
        yield InputError(f"cannot read file: {e.strerror or e}", source)


def read_warc_stream(
    stream: IO[bytes], source: str, size: int | None = None, published: dt.date | None = None
) -> Iterator[Document | InputError]:
    """The HTML pages of a WARC stream of ``size`` bytes (when known, to notice a cut-off end)."""
    records = ArchiveIterator(stream)
    iterator = iter(records)
    number = 0
    documents = 0
    while True:
        skipped = records.err_count
        try:
            record = next(iterator, None)
        except Exception as e:  # warcio reports damage with assorted exceptions; none may stop the batch
            said = " ".join(str(e).split())  # some warcio messages span several indented lines
            yield _damaged(source, number + 1, documents, f"warcio: {type(e).__name__}: {said}")
            return
        if records.err_count > skipped:  # warcio skipped bytes it could not parse, then went on
            yield _damaged(source, number + 1, documents, _SKIPPED, lost=False)
        if record is None:
            break
        number += 1
        if record.format != "warc":
            yield InputError(
                f"not a WARC file (record {number} is not a WARC record); pass a .warc or .warc.gz file "
                "written by a crawler, or --input-format text if it is an article",
                source,
            )
            return
        page = _read_record(record, number, source, published)
        if _is_cut_off(record):
            yield _damaged(source, number, documents, "the file ends inside this record")
            return
        if page is not None:
            documents += isinstance(page, Document)
            yield page
    if number == 0 and size:
        yield InputError(f"not a WARC file: no WARC record found; {_REPAIR} if it is one", source)
    elif size is not None and records.offset < size:
        yield _damaged(source, number + 1, documents, f"unreadable data from byte {records.offset} of {size}")


def _read_record(record: Any, number: int, source: str, published: dt.date | None) -> Document | InputError | None:
    """The page of one record, an InputError naming its URI, or None when it is not a page."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    status = str(record.http_headers.get_statuscode() or "")
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if not status.startswith("2") or "html" not in content_type:
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or None
    try:
        data = record.content_stream().read()
    except Exception as e:  # e.g. a body whose Content-Encoding does not decode; the next record may be fine
        return InputError(
            f"record {number} ({uri or 'no WARC-Target-URI'}): cannot decode the HTTP body ({type(e).__name__}: {e})",
            source,
            number,
        )
    try:
        document = read_html(data, source, published, uri)
    except InputError as e:
        return InputError(f"record {number} ({uri or 'no WARC-Target-URI'}): {e.reason}", source, number)
    document.published = document.published or metadata_date(
        _warc_day(record.rec_headers.get_header("WARC-Date")), source, number)
    return document


def _is_cut_off(record: Any) -> bool:
    """True when the file ended inside this record: warcio then stops without complaint."""
    raw = record.raw_stream
    if not isinstance(raw, LimitReader):
        return True  # no Content-Length: the record's header itself was cut
    while raw.read(65536):
        pass
    return bool(raw.limit > 0)


def _damaged(source: str, number: int, documents: int, what: str, lost: bool = True) -> InputError:
    rest = "the rest is lost" if lost else "reading went on after the unreadable bytes"
    return InputError(
        f"WARC file is truncated or corrupt at record {number} ({what}); the {documents} page(s) before it "
        f"were read, {rest}: {_REPAIR}",
        source,
    )


def _warc_day(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
