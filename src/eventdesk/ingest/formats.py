"""Which reader an input needs: by its file extension, else by its first bytes.

Kept apart from the readers so that a feed can ask what a linked file is without importing the
dispatcher that imports the feed reader.
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Literal

from eventdesk.ingest.checks import encoding_of

InputFormat = Literal["auto", "text", "jsonl", "html", "feed", "warc"]
INPUT_FORMATS: tuple[InputFormat, ...] = ("auto", "text", "jsonl", "html", "feed", "warc")
_SUFFIXES: dict[str, InputFormat] = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
    ".warc": "warc", ".warc.gz": "warc", ".warc.gzip": "warc",
}
SNIFF_BYTES = 4096


def detect_format(path: Path) -> InputFormat:
    """The reader for one file: by its extension, else by its first bytes, else plain text."""
    name = path.name.lower()
    for suffix in (".warc.gz", ".warc.gzip", path.suffix.lower()):
        if name.endswith(suffix) and suffix in _SUFFIXES:
            return _SUFFIXES[suffix]
    try:
        with path.open("rb") as f:
            head = f.read(SNIFF_BYTES)
    except OSError:
        return "text"  # the text reader reports why the file cannot be read
    return sniff_format(head)


def sniff_format(head: bytes) -> InputFormat:
    """The reader for content of unknown kind (a file without a known extension, or stdin)."""
    if head.startswith(b"\x1f\x8b"):  # gzip: a compressed WARC, or something no reader knows
        try:
            inner = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16)
        except zlib.error:
            return "text"
        return "warc" if inner.startswith(b"WARC/") else "text"
    encoding = encoding_of(head[:4], "ascii")
    if encoding != "ascii":  # UTF-16 or UTF-32 with a byte-order mark: look at its first characters
        head = head[: len(head) // 4 * 4].decode(encoding, "replace").lstrip("\ufeff").encode("ascii", "replace")
    start = head.lstrip(b" \t\r\n").lower()
    if start.startswith(b"warc/"):
        return "warc"
    if start.startswith((b"<!doctype html", b"<html")):
        return "html"
    if start.startswith(b"<") and any(tag in start for tag in (b"<rss", b"<feed", b"<rdf:rdf")):
        return "feed"
    if start.startswith(b"{"):
        return "jsonl"
    return "text"
