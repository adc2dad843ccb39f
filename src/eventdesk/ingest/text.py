"""Plain-text files and JSON Lines streams as Documents.

JSON Lines are split at ``\\n`` only (a record may hold U+2028 or a lone ``\\r`` inside a string), and a
file is read exactly as standard input is, so an error names the same line and column either way.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from eventdesk.datafiles import LINE, json_lines
from eventdesk.errors import InputError
from eventdesk.ingest.checks import check_text, decode, encoding_of, metadata_date, parse_published
from eventdesk.ingest.header import parse_header
from eventdesk.models import Document

log = logging.getLogger("eventdesk.ingest")


def read_text(path: Path, published: dt.date | None = None, encoding: str = "utf-8") -> Document:
    """One plain-text file as a Document; the file's stem is its id."""
    source = str(path)
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise InputError(f"cannot read file: {e.strerror or e}", source) from None
    return document_from_bytes(raw, source, path.stem, published, encoding)


def document_from_bytes(
    raw: bytes, source: str, doc_id: str, published: dt.date | None, encoding: str
) -> Document:
    """A plain-text document; a header of publication metadata, if any, gives its title and date."""
    text = check_text(decode(raw, source, encoding), source)
    header = parse_header(text)
    for warning in header.warnings:  # the article is still coded; the date that could not be read is reported
        log.warning("%s: %s", source, warning)
    return Document(
        id=doc_id, text=text, published=published or metadata_date(header.published, source), title=header.title,
        publisher=header.publisher,
    )


def jsonl_lines(stream: io.BufferedReader, encoding: str) -> io.TextIOWrapper:
    """The lines of a JSON Lines byte stream: decoded by its byte-order mark or ``encoding``, split at ``\\n`` only."""
    name = encoding_of(stream.peek(4)[:4], encoding)
    return io.TextIOWrapper(stream, encoding=name, errors="strict", newline="\n")


def read_jsonl_bytes(
    stream: io.BufferedReader, source: str, published: dt.date | None = None, encoding: str = "utf-8"
) -> Iterator[Document | InputError]:
    """Documents of a JSON Lines byte stream (a file or standard input), or why a line failed."""
    try:
        with jsonl_lines(stream, encoding) as lines:  # closes the stream too
            yield from read_jsonl(lines, source, published)
    except UnicodeDecodeError as e:
        yield InputError(f"is not valid {encoding} ({e.reason}); pass --encoding", source)
    except LookupError:
        yield InputError(f"unknown encoding {encoding!r}", source)


def read_jsonl(
    stream: IO[str] | Iterable[str], source: str, published: dt.date | None = None
) -> Iterator[Document | InputError]:
    """Documents of a JSON Lines stream: ``{"id", "text", "published"?, "title"?, "url"?, "publisher"?}``."""
    for record in json_lines(stream, source, "a JSON object with 'id' and 'text'"):
        if isinstance(record, InputError):
            yield record
            continue
        number = int(record.pop(LINE))
        text = record.get("text")
        if not isinstance(text, str):
            yield InputError("missing or non-string 'text' field", source, number)
            continue
        doc_id = record.get("id")
        doc_id = str(doc_id) if doc_id not in (None, "") else f"{Path(source).stem}-{number}"
        try:
            text = check_text(text, source, number)
            date = parse_published(record.get("published"), source, number) or published
        except InputError as e:
            yield e
            continue
        yield Document(
            id=doc_id, text=text, published=date, title=_str(record.get("title")), url=_str(record.get("url")),
            publisher=_str(record.get("publisher")),
        )


def _str(value: object) -> str | None:
    return None if value is None else str(value)
