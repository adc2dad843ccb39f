"""Readers of every input kind, and the dispatch that picks one per file.

A reader never raises in the middle of a batch: each input yields either a :class:`Document` or an
:class:`InputError` that names the input (and line, entry or record) and says what was wrong, so the
caller records it and goes on with the rest. Plain text and JSON Lines are read here; HTML, feeds and
WARC archives have their own modules, imported only when such a file turns up.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Literal

from eventdesk.datafiles import LINE, json_lines
from eventdesk.errors import InputError
from eventdesk.ingest.header import parse_header
from eventdesk.models import Document

InputFormat = Literal["auto", "text", "jsonl", "html", "feed", "warc"]
INPUT_FORMATS: tuple[InputFormat, ...] = ("auto", "text", "jsonl", "html", "feed", "warc")
_SUFFIXES: dict[str, InputFormat] = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
    ".warc": "warc", ".warc.gz": "warc", ".warc.gzip": "warc",
}
_SNIFF_BYTES = 4096
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


def detect_format(path: Path) -> InputFormat:
    """The reader for one file: by its extension, else by its first bytes, else plain text."""
    name = path.name.lower()
    for suffix in (".warc.gz", ".warc.gzip", path.suffix.lower()):
        if name.endswith(suffix) and suffix in _SUFFIXES:
            return _SUFFIXES[suffix]
    try:
        with path.open("rb") as f:
            head = f.read(_SNIFF_BYTES)
    except OSError:
        return "text"  # read_text reports why the file cannot be read
    return sniff_format(head)


def sniff_format(head: bytes) -> InputFormat:
    """The reader for content of unknown kind (a file without a known extension, or stdin)."""
    if head.startswith(b"\x1f\x8b"):  # gzip: a compressed WARC, or something no reader knows
        try:
            inner = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16)
        except zlib.error:
            return "text"
        return "warc" if inner.startswith(b"WARC/") else "text"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(b"warc/"):
        return "warc"
    if start.startswith((b"<!doctype html", b"<html")):
        return "html"
    if start.startswith(b"<") and any(tag in start for tag in (b"<rss", b"<feed", b"<rdf:rdf")):
        return "feed"
    if start.startswith(b"{"):
        return "jsonl"
    return "text"


def read_inputs(
    inputs: Iterable[str], input_format: InputFormat = "text", published: dt.date | None = None,
    encoding: str = "utf-8", stdin: IO[bytes] | None = None,
) -> Iterator[Document | InputError]:
    """Every document of the given paths (``-`` is standard input), in order, or why it failed.

    Folders are walked with ``auto`` detection when the format is ``auto`` or ``text`` (the default,
    so that a folder of mixed sources just works); any other format is applied to every file.
    """
    for name in inputs:
        if name == "-":
            raw = (stdin or sys.stdin.buffer).read()
            yield from _read_stdin(raw, input_format, published, encoding)
            continue
        path = Path(name)
        if path.is_dir():
            yield from _read_folder(path, input_format, published, encoding)
        elif not path.exists():
            yield InputError("no such file", name)
        else:
            yield from read_file(path, input_format, published, encoding)


def read_file(
    path: Path, input_format: InputFormat = "auto", published: dt.date | None = None, encoding: str = "utf-8"
) -> Iterator[Document | InputError]:
    """The documents of one file read as ``input_format`` (``auto`` picks by extension and content)."""
    name = str(path)
    kind = detect_format(path) if input_format == "auto" else input_format
    if kind == "jsonl":
        try:
            with path.open(encoding=encoding, errors="strict") as f:
                yield from read_jsonl(f, name, published)
        except UnicodeDecodeError as e:
            yield InputError(f"is not valid {encoding} ({e.reason}); pass --encoding", name)
        except OSError as e:
            yield InputError(f"cannot read file: {e.strerror or e}", name)
    elif kind == "html":
        from eventdesk.ingest.html import read_html

        try:
            yield read_html(path.read_bytes(), name, published)
        except OSError as e:
            yield InputError(f"cannot read file: {e.strerror or e}", name)
        except InputError as e:
            yield e
    elif kind == "feed":
        from eventdesk.ingest.feeds import read_feed

        yield from read_feed(path, published, encoding)
    elif kind == "warc":
        from eventdesk.ingest.warc import read_warc

        yield from read_warc(path, published)
    else:
        try:
            yield read_text(path, published, encoding)
        except InputError as e:
            yield e


def _read_folder(
    folder: Path, input_format: InputFormat, published: dt.date | None, encoding: str
) -> Iterator[Document | InputError]:
    """Every visible file under ``folder``, sorted; files a feed there links to are read through the feed."""
    files = sorted(
        p for p in folder.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )
    walk_format: InputFormat = "auto" if input_format in ("auto", "text") else input_format
    kinds = {p: detect_format(p) if walk_format == "auto" else walk_format for p in files}
    linked: set[Path] = set()
    if "feed" in kinds.values():
        from eventdesk.ingest.feeds import linked_files

        for p, kind in kinds.items():
            if kind == "feed":
                linked |= linked_files(p)
    for p in files:
        if p.resolve() not in linked:
            yield from read_file(p, kinds[p], published, encoding)


def _read_stdin(
    raw: bytes, input_format: InputFormat, published: dt.date | None, encoding: str
) -> Iterator[Document | InputError]:
    source = "<stdin>"
    kind = sniff_format(raw[:_SNIFF_BYTES]) if input_format == "auto" else input_format
    if kind == "jsonl":
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            yield InputError(f"standard input is not valid {encoding}; pass --encoding", source)
            return
        yield from read_jsonl(text.splitlines(), source, published)
    elif kind == "html":
        from eventdesk.ingest.html import read_html

        try:
            yield read_html(raw, source, published, doc_id="stdin")
        except InputError as e:
            yield e
    elif kind == "feed":
        from eventdesk.ingest.feeds import parse_feed

        yield from parse_feed(raw, source, Path.cwd(), published, encoding)
    elif kind == "warc":
        import io

        from eventdesk.ingest.warc import read_warc_stream

        yield from read_warc_stream(io.BytesIO(raw), source, len(raw), published)
    else:
        try:
            yield _document_from_bytes(raw, source, "stdin", published, encoding)
        except InputError as e:
            yield e
