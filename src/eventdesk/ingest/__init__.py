"""Ingest: turning files, streams and dumps into Documents, or into explained failures.

Text, JSON Lines, HTML pages, saved RSS/Atom feeds and WARC archives are all read here; each input
yields a Document or an InputError, so one bad file never stops a batch.
"""

from eventdesk.ingest.feeds import read_feed
from eventdesk.ingest.html import read_html
from eventdesk.ingest.readers import (
    INPUT_FORMATS,
    InputFormat,
    detect_format,
    read_file,
    read_inputs,
    read_jsonl,
    read_text,
)
from eventdesk.ingest.warc import read_warc

__all__ = [
    "INPUT_FORMATS",
    "InputFormat",
    "detect_format",
    "read_feed",
    "read_file",
    "read_html",
    "read_inputs",
    "read_jsonl",
    "read_text",
    "read_warc",
]
