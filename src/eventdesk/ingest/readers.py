"""Readers of plain text and JSON Lines documents.

A reader never raises in the middle of a batch: each input yields either a :class:`Document` or an
:class:`InputError` that names the input (and line) and says what was wrong, so the caller records
it and goes on with the rest.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Literal

from eventdesk.errors import InputError
from eventdesk.ingest.header import parse_header
from eventdesk.models import Document

InputFormat = Literal["text", "jsonl"]
_FUNCTION_WORDS = {
    "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "was", "as", "by", "it", "he", "at",
    "from", "his", "an", "are", "have", "has", "be", "this", "which", "not", "but", "were", "their", "said",
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def check_text(text: str, source: str, line: int | None = None) -> str:
    """The text, or an InputError when it is empty, binary or not English."""
    if not text.strip():
        raise InputError("empty document: there is no text to code", source, line)
    sample = text[:4000]
    if "\x00" in sample or sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f") > len(sample) * 0.05:
        raise InputError("looks like a binary file, not text; pass text, HTML or JSON Lines", source, line)
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) >= 25 and sum(w in _FUNCTION_WORDS for w in words) < 0.06 * len(words):
        raise InputError(
            "does not look like English text (eventdesk codes English news); skipped", source, line
        )
    return text


def parse_published(value: object, source: str, line: int | None = None) -> dt.date | None:
    """A publication date from input data: YYYY-MM-DD (a longer ISO timestamp is cut to its day)."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise InputError(f"invalid 'published' value {text!r} (expected YYYY-MM-DD)", source, line) from None


def read_text(path: Path, published: dt.date | None = None, encoding: str = "utf-8") -> Document:
    """One plain-text file as a Document; the file's stem is its id."""
    source = str(path)
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise InputError(f"cannot read file: {e.strerror or e}", source) from None
    return _document_from_bytes(raw, source, path.stem, published, encoding)


def _document_from_bytes(raw: bytes, source: str, doc_id: str, published: dt.date | None, encoding: str) -> Document:
    if b"\x00" in raw[:4000]:
        raise InputError("looks like a binary file, not text; pass text, HTML or JSON Lines", source)
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as e:
        raise InputError(
            f"is not valid {encoding} (byte {e.start}: {raw[e.start:e.start + 1]!r}). "
            "Pass --encoding with the file's encoding; it's often worth trying: --encoding=latin-1",
            source,
        ) from None
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}", source) from None
    text = text.lstrip("\ufeff")
    check_text(text, source)
    header = parse_header(text)
    return Document(
        id=doc_id, text=text, published=published or header.published, title=header.title,
        publisher=header.publisher,
    )


def read_jsonl(
    stream: IO[str] | Iterable[str], source: str, published: dt.date | None = None
) -> Iterator[Document | InputError]:
    """Documents of a JSON Lines stream: ``{"id", "text", "published"?, "title"?, "url"?, "publisher"?}``."""
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            yield InputError(f"malformed JSON ({e.msg} at column {e.colno})", source, number)
            continue
        if not isinstance(record, dict):
            yield InputError("expected a JSON object with 'id' and 'text'", source, number)
            continue
        text = record.get("text")
        if not isinstance(text, str):
            yield InputError("missing or non-string 'text' field", source, number)
            continue
        doc_id = record.get("id")
        doc_id = str(doc_id) if doc_id not in (None, "") else f"{Path(source).stem}-{number}"
        try:
            check_text(text, source, number)
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


def read_inputs(
    inputs: Iterable[str], input_format: InputFormat = "text", published: dt.date | None = None,
    encoding: str = "utf-8", stdin: IO[bytes] | None = None,
) -> Iterator[Document | InputError]:
    """Every document of the given paths (``-`` is standard input), in order, or why it failed."""
    for name in inputs:
        if name == "-":
            raw = (stdin or sys.stdin.buffer).read()
            if input_format == "jsonl":
                try:
                    text = raw.decode(encoding)
                except UnicodeDecodeError:
                    yield InputError(f"standard input is not valid {encoding}; pass --encoding", "<stdin>")
                    continue
                yield from read_jsonl(text.splitlines(), "<stdin>", published)
            else:
                try:
                    yield _document_from_bytes(raw, "<stdin>", "stdin", published, encoding)
                except InputError as e:
                    yield e
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            yield from read_inputs([str(p) for p in files], input_format, published, encoding)
            continue
        if not path.exists():
            yield InputError("no such file", name)
            continue
        if input_format == "jsonl":
            try:
                with path.open(encoding=encoding, errors="strict") as f:
                    yield from read_jsonl(f, name, published)
            except UnicodeDecodeError as e:
                yield InputError(f"is not valid {encoding} ({e.reason}); pass --encoding", name)
            except OSError as e:
                yield InputError(f"cannot read file: {e.strerror or e}", name)
        else:
            try:
                yield read_text(path, published, encoding)
            except InputError as e:
                yield e
