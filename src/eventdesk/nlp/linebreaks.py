"""Which line breaks end a sentence: paragraphs and headings do, the wrapping of e-mail and wire copy does not.

Copy wrapped at a fixed width breaks lines inside sentences, often with every line indented alike (web
copy re-flowed by a feed: a newline and 12 spaces). A break is a wrap when the line before it does not
end a sentence and the sentence plainly goes on: the next line begins in lower case, the line ends in a
word no sentence ends in ("of", "the", a comma), the line itself began inside a sentence, or the line is
full (the first word of the next line would not have fitted, with the slack of ragged web wrapping). A
blank line, a heading (short, or in capitals), a list item, a table row, or a line indented deeper than
the text's margin (a paragraph's first line) ends the sentence. Text with long lines (one paragraph per
line) is not wrapped: every break ends a sentence. The indentation is measured, never assumed: where every
line is indented alike, the indent is the margin and says nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from spacy.tokens import Doc, Token

from eventdesk.datafiles import Problems, data_path, read_csv
from eventdesk.nlp.titles import title_abbreviations

MAX_WRAP_WIDTH = 120  # text wider than this (indent not counted) is one paragraph per line, not wrapped copy
MIN_WRAP_WIDTH = 40
SLACK = 8  # a ragged wrap leaves up to 1/SLACK of the width free at the end of a full line
OPEN_ENDS_FILE = data_path("nlp/data", "open_line_ends.csv")
_ENDS_SENTENCE = re.compile(r"""[.!?:…]["'”’)\]]*\s*$""")
_OPEN_PUNCT = re.compile(r"""(?:[,;]|\w-)$""")  # "Zappos," or a word cut at its hyphen ("long-")
_GOES_ON = re.compile(r"[a-z][a-z'’-]*(?:[\s,;:.!?)]|$)")  # a word in lower case begins the line
_STARTS_ITEM = re.compile(r"^\s*(?:[-*•–—]\s|\d+[.)]\s|[A-Z][A-Z .,'-]+:)")
_TABLE_ROW = re.compile(r"\S(?:\t| {3,}|\s\|\s)\S")  # columns apart by a tab, a run of spaces or a bar


@lru_cache(maxsize=1)
def open_line_ends() -> frozenset[str]:
    """Words no sentence ends in (articles, prepositions, conjunctions, possessives): a line ending in one
    goes on in the next line. The list is data (``nlp/data/open_line_ends.csv``); bad rows are reported."""
    problems = Problems()
    found: set[str] = set()
    for line, row in read_csv(OPEN_ENDS_FILE, ["word", "kind"], problems):
        word = row["word"]
        if not word or " " in word or not word.isalpha():
            problems.add(OPEN_ENDS_FILE, line, f"word {word!r}: expected one word of letters")
            continue
        found.add(word.lower())
    problems.raise_if_any()
    return frozenset(found)


@dataclass(frozen=True)
class _Layout:
    width: int  # the column the text was wrapped at, indentation not counted
    margin: int  # the indentation of most lines: deeper marks a paragraph's first line


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _layout(lines: list[str]) -> _Layout | None:
    """How the text was wrapped, or None when it is not wrapped.

    Only lines that run on into the next one (inside a paragraph, not a heading in capitals) say where the text
    was wrapped: one longer headline or byline must not raise the width, or no wrap below it would be found.
    The margin is the commonest indentation of the lines after the first (a feed often strips the first's)."""
    lengths = [len(line.strip()) for line in lines if line.strip()]
    if len(lengths) < 3:
        return None
    wide = sum(n > MAX_WRAP_WIDTH for n in lengths)
    if wide * 5 > len(lengths):
        return None
    inner = [len(line.strip()) for line, following in pairwise(lines)
             if line.strip() and following.strip() and not _capitals(line) and len(line.strip()) <= MAX_WRAP_WIDTH]
    width = max(inner or [n for n in lengths if n <= MAX_WRAP_WIDTH])
    if width < MIN_WRAP_WIDTH:
        return None
    indents = Counter(_indent(line) for line in lines[1:] if line.strip())
    margin = indents.most_common(1)[0][0] if indents else 0
    return _Layout(width, margin)


def _capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def wrapped_breaks(text: str) -> list[int]:
    """Offsets of the line breaks ("\\n") that fall inside a sentence."""
    if "\n" not in text:
        return []
    lines = text.split("\n")
    layout = _layout(lines)
    cased = any(c.isupper() for c in text)
    if layout is None and not cased:
        return []  # one paragraph per line, written in lower case: no line's case says it goes on
    found = []
    offset = 0
    inside = False  # whether the line began inside a sentence (the break before it was a wrap)
    for line, following in pairwise(lines):
        offset += len(line)
        inside = _is_wrap(line.rstrip(), following, layout, inside, cased)
        if inside:
            found.append(offset)
        offset += 1
    return found


def _is_wrap(line: str, following: str, layout: _Layout | None, inside: bool, cased: bool = True) -> bool:
    """Whether the break between two lines is inside a sentence; ``inside``: the line began inside one.

    In text that is not wrapped (``layout`` None: one paragraph per line) a stray break is still found where
    the next line goes on in lower case. In a text written all in lower case (``cased`` False) every line
    begins so: that says nothing, and a stop at a line's end ends its sentence ('as a "scam".\nmr trump')."""
    text, next_text = line.strip(), following.strip()
    if not text or not next_text or _STARTS_ITEM.match(following) or _TABLE_ROW.search(text) or _TABLE_ROW.search(
            next_text) or _capitals(text):
        return False  # a blank line, a list item, a table row, a heading in capitals
    goes_on = cased and _GOES_ON.match(next_text) is not None  # "the U.S.\nembassy"; not "ann@example.org"
    if _ENDS_SENTENCE.search(text) and not goes_on and not _ends_in_title(text):
        return False  # a stop, unless the next line goes on in lower case or the stop is a title's ("Det.\nSgt.")
    if layout is None:
        return goes_on
    open_end = _open_end(text)
    if _indent(following) > layout.margin and not (goes_on or open_end):
        return False  # a paragraph's first line, indented deeper than the text
    if goes_on or open_end or inside:
        return True
    first_word = next_text.split()[0]
    return len(text) + 1 + len(first_word) > layout.width - layout.width // SLACK  # a full line


def _open_end(text: str) -> bool:
    """Whether the line ends where no sentence ends: a comma, a cut word, "of", "the", an abbreviated title."""
    if _OPEN_PUNCT.search(text) or _ends_in_title(text):
        return True
    last = text.split()[-1].lower()
    return last in open_line_ends()


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
        if tok.i > 0 and _closes_line(tok):
            tok.is_sent_start = False  # 'exonerated."' at the end of a paragraph: the quote closes, opens nothing
        before = ("wrap" if wrapped else "break") if ends_line else ""
    return doc


def _closes_line(tok: Token) -> bool:
    """A quotation mark or bracket that ends its line (nothing but space after it before the break)."""
    if not (tok.is_quote or tok.is_right_punct):
        return False
    if "\n" in tok.whitespace_:
        return True
    after = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return after is not None and after.is_space and "\n" in after.text


def _holds_wrap(tok: Token, wraps: list[int]) -> bool:
    """Whether the token or the whitespace after it holds one of the (sorted) wrap offsets."""
    at = bisect_left(wraps, tok.idx)
    return at < len(wraps) and wraps[at] < tok.idx + len(tok.text_with_ws)
