"""Saved RSS 2.0 and Atom feeds as Documents, one per entry.

A feed is an index of articles with their title, link and date. When the linked page was saved
next to the feed (or the link is a ``file://`` URL) the whole article is read from that file;
otherwise the entry's own content or summary is the text. Nothing is fetched from the network:
eventdesk codes what was collected, so a run can be repeated.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit
from xml.sax import SAXParseException

import feedparser

from eventdesk.errors import InputError
from eventdesk.ingest.checks import check_text, metadata_date
from eventdesk.ingest.formats import detect_format
from eventdesk.ingest.html import fragment_text, read_html, url_id
from eventdesk.ingest.text import read_text
from eventdesk.models import Document

log = logging.getLogger("eventdesk.ingest")


def read_feed(path: Path, published: dt.date | None = None, encoding: str = "utf-8") -> Iterator[Document | InputError]:
    """Every entry of a saved feed file, or why it could not be read; a bad entry does not stop the rest.

    ``published`` (given by the user) wins over the entries' dates; ``encoding`` is used for
    linked plain-text files (the feed itself declares its own).
    """
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        yield InputError(f"cannot read file: {e.strerror or e}", source)
        return
    yield from parse_feed(data, source, path.parent, published, encoding)


def parse_feed(
    data: bytes, source: str, folder: Path, published: dt.date | None = None, encoding: str = "utf-8"
) -> Iterator[Document | InputError]:
    """The entries of feed bytes read from ``source``; relative links are looked up in ``folder``."""
    feed = feedparser.parse(data)
    entries: list[Any] = list(feed.entries)
    if not entries:
        if feed.bozo:
            reason = feed.get("bozo_exception") or "unknown error"
            yield InputError(
                f"not a readable RSS or Atom feed (feedparser: {reason}); pass a saved RSS 2.0 or Atom file, "
                "or --input-format text if it is an article",
                source,
            )
        elif not feed.version:
            yield InputError(
                "no feed entries found: this XML is not an RSS or Atom feed; leave it out of the input", source
            )
        return  # a well-formed feed without entries has nothing to code
    if feed.bozo and isinstance(feed.get("bozo_exception"), SAXParseException):  # cut short, or a stray "&nbsp;"
        log.warning("%s: not well-formed XML (%s); read leniently, %d entries found: if some are missing, "
                    "the file was cut or damaged", source, feed.bozo_exception, len(entries))
    publisher = _str(feed.feed.get("title"))
    for number, entry in enumerate(entries, start=1):
        try:
            yield _entry_document(entry, number, source, folder, publisher, published, encoding)
        except InputError as e:
            yield e


def linked_files(path: Path) -> set[Path]:
    """The local files a saved feed links to (resolved), so a folder walk reads each article once.

    The feed's entry has the better metadata (link, date), so the walk leaves these files to it.
    """
    try:
        feed = feedparser.parse(path.read_bytes())
    except OSError:
        return set()
    found = set()
    for entry in feed.entries:
        local = _local_file(_str(entry.get("link")), path.parent)
        if local is not None:
            found.add(local.resolve())
    return found


def _entry_document(
    entry: Any, number: int, source: str, folder: Path, publisher: str | None, published: dt.date | None,
    encoding: str,
) -> Document:
    title = _str(entry.get("title"))
    link = _str(entry.get("link"))
    label = f"entry {number}" + (f" ({title!r})" if title else f" ({link})" if link else "")
    local = _local_file(link, folder)
    try:
        date = published or metadata_date(_entry_date(entry), source, number)
        if local is not None:
            document = _read_local(local, date, encoding)
        else:
            document = _inline_document(entry, source, number, link, date)
    except InputError as e:
        raise InputError(f"{label}: {e.reason}", source, number) from None
    document.title = title or document.title
    document.url = document.url or link
    document.publisher = document.publisher or publisher
    return document


def _read_local(local: Path, published: dt.date | None, encoding: str) -> Document:
    """The linked file, read whole; its id is its stem, as when the file is read on its own."""
    if detect_format(local) == "html":
        try:
            data = local.read_bytes()
        except OSError as e:
            raise InputError(f"cannot read linked file {local}: {e.strerror or e}", str(local)) from None
        try:
            return read_html(data, str(local), published)
        except InputError as e:
            raise InputError(f"linked file {local}: {e.reason}", str(local)) from None
    try:
        return read_text(local, published, encoding)
    except InputError as e:
        raise InputError(f"linked file {local}: {e.reason}", str(local)) from None


def _inline_document(entry: Any, source: str, number: int, link: str | None, published: dt.date | None) -> Document:
    """The entry's own content (the fullest one) or summary, as text."""
    parts = [(c.get("type"), c.get("value")) for c in entry.get("content") or []]
    parts.append((entry.get("summary_detail", {}).get("type"), entry.get("summary")))
    values = [(kind, value) for kind, value in parts if isinstance(value, str) and value.strip()]
    if not values:
        where = f"its link {link!r} is not a saved local file" if link else "it has no link"
        raise InputError(
            f"no text: the entry has no content or summary and {where}; save the article next to the feed "
            "and link it, or code the article file directly",
            source,
            number,
        )
    kind, value = max(values, key=lambda item: len(item[1]))
    text = value.strip() if kind == "text/plain" else fragment_text(value)
    text = check_text(text, source, number)
    guid = _str(entry.get("id"))
    doc_id = url_id(link) if link else url_id(guid) if guid else f"{Path(source).stem}-{number}"
    return Document(id=doc_id, text=text, published=published)


def _local_file(link: str | None, folder: Path) -> Path | None:
    """The existing local file a link names: relative to the feed's folder, or a ``file://`` URL."""
    if not link:
        return None
    parts = urlsplit(link)
    if parts.scheme == "file":
        # feedparser turns "file:///srv/a.html" into "file://srv/a.html": the host is the first folder.
        host = "" if parts.netloc in ("", "localhost") else "/" + parts.netloc
        candidate = Path(host + unquote(parts.path))
    elif not parts.scheme and not parts.netloc and parts.path:
        candidate = folder / unquote(parts.path)
    else:
        return None
    return candidate if candidate.is_file() else None


def _entry_date(entry: Any) -> dt.date | None:
    # the plain dict's lookup: feedparser's own maps a missing published_parsed to updated_parsed with a warning
    parsed = dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")
    if isinstance(parsed, time.struct_time):
        try:
            return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
        except ValueError:
            return None
    return None


def _str(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None
