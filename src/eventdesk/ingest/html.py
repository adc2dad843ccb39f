"""Web pages as Documents: the article text and its metadata, without the navigation around it.

A saved page is mostly menus, footers and comments; coding those would invent events from link
texts and "related stories". trafilatura finds the main text and reads the page's own metadata
(title, canonical URL, site name, publication date), so one reader serves files, feed items and
WARC records alike.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from html import unescape
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import lxml.html
import trafilatura

from eventdesk.errors import InputError
from eventdesk.ingest.checks import check_text, decode, encoding_of, metadata_date
from eventdesk.models import Document

# Only the page's metadata may date the document: an "extensive search" would take the first date in
# the text, which is usually the date of an event, not of publication.
_DATE_SEARCH: dict[str, Any] = {"extensive_search": False, "original_date": True}
_BLOCKS = (
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "table",
    "section", "article", "header", "footer", "figcaption", "dd", "dt",
)
_UNSAFE_ID = re.compile(r"[^A-Za-z0-9.-]+")
# Three words or more closed by sentence punctuation: what remains of a menu-only page ("Home | World")
# never has one, and events are coded from sentences.
_SENTENCE = re.compile(r"(?:[^\W_]+\W+){2,}[^\W_]+[.!?][\"'”’)]*(?:\s|$)")

NO_TEXT = (
    "no article text found in HTML (the page is empty, only scripts and menus, or not an article); "
    "if the file is plain text, name it .txt or pass --input-format text"
)


def url_id(url: str) -> str:
    """A short stable id for a page known by its URL: ``example.org-1a2b3c4d5e6f``.

    Items of a feed or a WARC file have no file name of their own, and the same URL met again (in a
    later crawl, in a feed and in an archive) must get the same id so that ingest stays idempotent.
    """
    host = _UNSAFE_ID.sub("-", urlsplit(url).hostname or "").strip("-")
    digest = hashlib.sha1(url.encode("utf-8")).hexdigest()[:12]
    return f"{host}-{digest}" if host else digest


def read_html(
    data: bytes | str, source: str, published: dt.date | None = None, url: str | None = None, *,
    doc_id: str | None = None,
) -> Document:
    """The main text of one HTML page, with its title, URL, publisher and publication date.

    ``url`` (the address the page was fetched from) wins over the page's own canonical URL; a
    ``published`` date given by the user wins over the page's. The id is ``doc_id``, else a hash of
    ``url`` when one is given, else the stem of ``source``.
    """
    if isinstance(data, bytes) and encoding_of(data[:4], "") in ("utf-16", "utf-32"):
        data = decode(data, source)  # a page saved as UTF-16 or UTF-32 has NUL bytes: no sign of binary
    head = data[:4000]
    if (b"\x00" in head) if isinstance(head, bytes) else ("\x00" in head):
        raise InputError("looks like a binary file, not HTML; check the file or leave it out of the input", source)
    try:
        extracted = trafilatura.bare_extraction(
            data, url=url, with_metadata=True, include_comments=False, date_extraction_params=_DATE_SEARCH
        )
    except Exception as e:  # a parser failure on one page must not stop the batch
        raise InputError(f"cannot parse HTML ({type(e).__name__}: {e})", source) from None
    if extracted is None:
        raise InputError(NO_TEXT, source)
    fields = extracted if isinstance(extracted, dict) else extracted.as_dict()
    text = _clean(fields.get("text"))
    if text is None or not _SENTENCE.search(text):
        raise InputError(NO_TEXT, source)
    text = check_text(text, source)
    return Document(
        id=doc_id or (url_id(url) if url else Path(source).stem),
        text=text,
        title=_clean(fields.get("title")),
        url=url or _clean(fields.get("url")),
        publisher=_clean(fields.get("sitename")),
        published=published or metadata_date(page_date(fields.get("date")), source),
    )


def page_date(value: object) -> dt.date | None:
    """The day of a metadata date (``2008-08-08`` or a longer ISO timestamp), or None if unreadable."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def fragment_text(markup: str) -> str:
    """The text of an HTML snippet (a feed summary), one line per paragraph.

    Feed summaries are too short for trafilatura's article detection, so the text is taken whole;
    block elements become line breaks so that sentences of two paragraphs are not glued together.
    """
    if "<" not in markup:
        return unescape(markup).strip()
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except Exception:  # lxml rejects some broken snippets; their text is still worth a try
        return unescape(re.sub(r"<[^>]*>", " ", markup)).strip()
    for element in root.iter("script", "style"):
        element.drop_tree()
    for element in root.iter(*_BLOCKS):
        element.text = "\n" + (element.text or "")
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in str(root.text_content()).splitlines())
    return "\n".join(line for line in lines if line)


def _clean(value: object) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    return value.strip()
