"""Ingest: turning files, streams and dumps into Documents, or into explained failures.

Text, JSON Lines, HTML pages, saved RSS/Atom feeds and WARC archives are all read here; each input
yields a Document or an InputError, so one bad file never stops a batch. ``readers`` dispatches to
the format readers (``text``, ``html``, ``feeds``, ``warc``), which share the checks of ``checks``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from eventdesk.ingest.formats import INPUT_FORMATS, InputFormat, detect_format
from eventdesk.ingest.readers import count_documents, read_file, read_inputs
from eventdesk.ingest.text import read_jsonl, read_text

if TYPE_CHECKING:
    from eventdesk.ingest.feeds import read_feed
    from eventdesk.ingest.html import read_html
    from eventdesk.ingest.warc import read_warc

_LAZY = {"read_feed": "feeds", "read_html": "html", "read_warc": "warc"}  # their libraries load slowly

__all__ = [
    "INPUT_FORMATS",
    "InputFormat",
    "count_documents",
    "detect_format",
    "read_feed",
    "read_file",
    "read_html",
    "read_inputs",
    "read_jsonl",
    "read_text",
    "read_warc",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f"eventdesk.ingest.{_LAZY[name]}"), name)
    raise AttributeError(f"module 'eventdesk.ingest' has no attribute {name!r}")
