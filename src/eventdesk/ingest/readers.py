"""The one dispatcher above the format readers: which reader each input gets, in order.

A reader never raises in the middle of a batch: each input yields either a :class:`Document` or an
:class:`InputError` that names the input (and line, entry or record) and says what was wrong, so the
caller records it and goes on with the rest. HTML, feeds and WARC archives are imported only when
such a file turns up (their libraries take a while to load).
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from eventdesk.errors import InputError
from eventdesk.ingest.formats import SNIFF_BYTES, InputFormat, detect_format, sniff_format
from eventdesk.ingest.text import document_from_bytes, read_jsonl_bytes, read_text
from eventdesk.models import Document


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
            with path.open("rb") as f:
                yield from read_jsonl_bytes(f, name, published, encoding)
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
    kind = sniff_format(raw[:SNIFF_BYTES]) if input_format == "auto" else input_format
    if kind == "jsonl":
        yield from read_jsonl_bytes(io.BufferedReader(io.BytesIO(raw)), source, published, encoding)
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
        from eventdesk.ingest.warc import read_warc_stream

        yield from read_warc_stream(io.BytesIO(raw), source, len(raw), published)
    else:
        try:
            yield document_from_bytes(raw, source, "stdin", published, encoding)
        except InputError as e:
            yield e


def count_documents(inputs: Iterable[str], input_format: InputFormat = "text") -> int | None:
    """How many documents the inputs hold, when that is cheap to know (text, HTML, JSON Lines), else None.

    For the progress bar's total and time left: feeds and WARC archives would have to be read twice.
    """
    total = 0
    for name in inputs:
        if name == "-":
            return None
        path = Path(name)
        if path.is_dir():
            walk: InputFormat = "auto" if input_format in ("auto", "text") else input_format
            files = [p for p in sorted(path.rglob("*"))
                     if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)]
        else:
            files, walk = [path], input_format
        for p in files:
            kind = detect_format(p) if walk == "auto" else walk
            if kind in ("feed", "warc"):
                return None
            if kind == "jsonl":
                try:
                    with p.open("rb") as f:
                        total += sum(1 for line in f if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total
