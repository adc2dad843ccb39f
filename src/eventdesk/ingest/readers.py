"""The one dispatcher above the format readers: which reader each input gets, in order.

A reader never raises in the middle of a batch: each input yields either a :class:`Document` or an
:class:`InputError` that names the input (and line, entry or record) and says what was wrong, so the
caller records it and goes on with the rest. HTML, feeds and WARC archives are imported only when
such a file turns up (their libraries take a while to load).
"""

from __future__ import annotations

import datetime as dt
import io
import os
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
        elif path.is_symlink() and not path.exists():
            yield InputError(f"a broken link (to {os.readlink(path)})", name)
        elif not path.exists():
            yield InputError("no such file", name)
        else:
            yield from read_file(path, input_format, published, encoding)


def read_file(
    path: Path, input_format: InputFormat = "auto", published: dt.date | None = None, encoding: str = "utf-8"
) -> Iterator[Document | InputError]:
    """The documents of one file read as ``input_format`` (``auto`` picks by extension and content).

    A pipe or device named as a file (``<(zcat a.gz)``, ``/dev/stdin``) is read once, as standard input is:
    looking at its first bytes to pick the reader would consume them.
    """
    name = str(path)
    if not path.is_file() and path.exists():
        try:
            raw = path.read_bytes()
        except OSError as e:
            yield InputError(f"cannot read file: {e.strerror or e}", name)
            return
        yield from _read_bytes(raw, input_format, published, encoding, name, path.stem, path.parent)
        return
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


def walk(folder: Path) -> list[Path | InputError]:
    """The visible files under ``folder``, sorted, and an InputError for each entry that cannot be read as one.

    A broken link, a pipe or device, a link to a folder (not followed: links may loop) and a folder that
    cannot be listed are each reported in their place, never dropped without a word.
    """
    found: list[tuple[str, Path | InputError]] = []

    def unreadable(e: OSError) -> None:
        where = str(e.filename or folder)
        found.append((where, InputError(f"cannot read folder: {e.strerror or e}; its files are not read", where)))

    for root, dirs, names in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in [*dirs, *names]:
            if name.startswith("."):
                continue
            path = Path(root) / name
            if name in dirs:
                if path.is_symlink():
                    found.append((str(path), InputError(
                        "a link to a folder, not followed (links may loop); pass the folder itself to read it",
                        str(path))))
                continue
            if path.is_file():
                found.append((str(path), path))
            elif path.is_symlink() and not path.exists():
                found.append((str(path), InputError(f"a broken link (to {os.readlink(path)}); skipped", str(path))))
            else:
                found.append((str(path), InputError(
                    "not a regular file (a pipe, socket or device); skipped: name it on its own to read it",
                    str(path))))
    return [item for _, item in sorted(found, key=lambda pair: pair[0])]


def _read_folder(
    folder: Path, input_format: InputFormat, published: dt.date | None, encoding: str
) -> Iterator[Document | InputError]:
    """Every visible file under ``folder``, sorted; files a feed there links to are read through the feed."""
    entries = walk(folder)
    files = [p for p in entries if isinstance(p, Path)]
    walk_format: InputFormat = "auto" if input_format in ("auto", "text") else input_format
    kinds = {p: detect_format(p) if walk_format == "auto" else walk_format for p in files}
    linked: set[Path] = set()
    if "feed" in kinds.values():
        from eventdesk.ingest.feeds import linked_files

        for p, kind in kinds.items():
            if kind == "feed":
                linked |= linked_files(p)
    for entry in entries:
        if isinstance(entry, InputError):
            yield entry
        elif entry.resolve() not in linked:
            yield from read_file(entry, kinds[entry], published, encoding)


def _read_stdin(
    raw: bytes, input_format: InputFormat, published: dt.date | None, encoding: str
) -> Iterator[Document | InputError]:
    yield from _read_bytes(raw, input_format, published, encoding, "<stdin>", "stdin", Path.cwd())


def _read_bytes(
    raw: bytes, input_format: InputFormat, published: dt.date | None, encoding: str, source: str, doc_id: str,
    folder: Path,
) -> Iterator[Document | InputError]:
    """The documents of bytes read whole from a stream; a feed's relative links are looked up in ``folder``."""
    kind = sniff_format(raw[:SNIFF_BYTES]) if input_format == "auto" else input_format
    if kind == "jsonl":
        yield from read_jsonl_bytes(io.BufferedReader(io.BytesIO(raw)), source, published, encoding)
    elif kind == "html":
        from eventdesk.ingest.html import read_html

        try:
            yield read_html(raw, source, published, doc_id=doc_id)
        except InputError as e:
            yield e
    elif kind == "feed":
        from eventdesk.ingest.feeds import parse_feed

        yield from parse_feed(raw, source, folder, published, encoding)
    elif kind == "warc":
        from eventdesk.ingest.warc import read_warc_stream

        yield from read_warc_stream(io.BytesIO(raw), source, len(raw), published)
    else:
        try:
            yield document_from_bytes(raw, source, doc_id, published, encoding)
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
            kinds: InputFormat = "auto" if input_format in ("auto", "text") else input_format
            entries = walk(path)
        else:
            entries, kinds = [path], input_format
        for p in entries:
            if isinstance(p, InputError) or not p.is_file():
                total += 1  # reported as it is met; a pipe is not opened twice
                continue
            kind = detect_format(p) if kinds == "auto" else kinds
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
