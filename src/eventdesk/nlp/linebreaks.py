"""Which line breaks end a sentence: paragraphs and headings do, the wrapping of e-mail and wire copy does not.

Copy wrapped at a fixed width (~70 columns) breaks lines inside sentences. A break is a wrap when the
line before it does not end a sentence and the first word of the next line would not have fitted on it
(the test every text reflow uses); a blank line, a short line (a heading, a byline) or a line in capitals
ends the sentence. Text with long lines (one paragraph per line) is not wrapped: every break ends a sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise

from spacy.tokens import Doc, Token

from eventdesk.nlp.titles import title_abbreviations

MAX_WRAP_WIDTH = 100  # wider lines are paragraphs, not wrapped copy
_ENDS_SENTENCE = re.compile(r"""[.!?:…]["'”’)\]]*\s*$""")
_STARTS_ITEM = re.compile(r"^\s*(?:[-*•–—]\s|\d+[.)]\s|[A-Z][A-Z .,'-]+:)")


def _width(lines: list[str]) -> int | None:
    """The column the text was wrapped at, or None when it is not wrapped.

    Only lines that run on into the next one (inside a paragraph, not a heading in capitals) say where the text
    was wrapped: one longer headline or byline must not raise the width, or no wrap below it would be found."""
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    if len(lengths) < 3:
        return None
    wide = sum(n > MAX_WRAP_WIDTH for n in lengths)
    if wide * 5 > len(lengths):
        return None
    inner = [len(line.rstrip()) for line, following in pairwise(lines)
             if line.strip() and following.strip() and not _capitals(line) and len(line.rstrip()) <= MAX_WRAP_WIDTH]
    return max(inner or [n for n in lengths if n <= MAX_WRAP_WIDTH])


def _capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def wrapped_breaks(text: str) -> list[int]:
    """Offsets of the line breaks ("\\n") that fall inside a sentence."""
    if "\n" not in text:
        return []
    lines = text.split("\n")
    width = _width(lines)
    if width is None or width < 40:
        return []
    found = []
    offset = 0
    for line, following in pairwise(lines):
        offset += len(line)
        if _is_wrap(line.rstrip(), following, width):
            found.append(offset)
        offset += 1
    return found


def _is_wrap(line: str, following: str, width: int) -> bool:
    if not line.strip() or not following.strip() or (following[:1].isspace() and following.strip()[:1].isupper()):
        return False  # a blank line, or an indented new paragraph
    if _STARTS_ITEM.match(following):
        return False
    if _ENDS_SENTENCE.search(line) and not following.lstrip()[:1].islower() and not _ends_in_title(line):
        return False  # a stop, unless the next line goes on in lower case ("the U.S.\nembassy") or a title's
    if _capitals(line):
        return False  # a heading in capitals
    first_word = following.split()[0]
    return len(line) + 1 + len(first_word) > width


def _ends_in_title(line: str) -> bool:
    """Whether the line ends in an abbreviated title ("... said Det.\nSgt. Ann Roe"): the stop ends no sentence."""
    words = line.split()
    return bool(words) and words[-1] in title_abbreviations()


def unwrap(text: str) -> str:
    """The text with every wrap inside a sentence made a space: same length, same offsets."""
    breaks = wrapped_breaks(text)
    if not breaks:
        return text
    chars = list(text)
    for at in breaks:
        chars[at] = " "
        if at > 0 and chars[at - 1] == "\r":
            chars[at - 1] = " "
    return "".join(chars)


def mark_line_breaks(doc: Doc) -> Doc:
    """A line break that is not a wrap ends a sentence: titles, bylines and paragraphs are never run together.

    The first word of a line does not make a sentence on its own either: after a header line such as
    "Published: 2012-03-04" the parser would otherwise cut "Norway | and Russia signed ...". A wrap inside a
    sentence is no boundary (a pipeline that does not :func:`unwrap` first still reads the sentence whole).
    """
    wraps = wrapped_breaks(doc.text)
    before = ""  # what ended the line before this token: "", "break" or "wrap"
    for tok in doc:
        wrapped = bool(wraps) and _holds_wrap(tok, wraps)
        if tok.i > 0 and (before == "wrap" or (tok.is_space and wrapped)):
            tok.is_sent_start = False
        elif before == "break" and tok.i > 0:
            tok.is_sent_start = True
            if tok.i + 1 < len(doc) and "\n" not in tok.whitespace_ and not doc[tok.i + 1].is_space:
                doc[tok.i + 1].is_sent_start = False
        ends_line = "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text)
        before = ("wrap" if wrapped else "break") if ends_line else ""
    return doc


def _holds_wrap(tok: Token, wraps: list[int]) -> bool:
    """Whether the token or the whitespace after it holds one of the (sorted) wrap offsets."""
    at = bisect_left(wraps, tok.idx)
    return at < len(wraps) and wraps[at] < tok.idx + len(tok.text_with_ws)
