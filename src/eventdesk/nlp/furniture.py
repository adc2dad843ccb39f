"""Page furniture in plain text: the lists of other stories and the share buttons a copied web page keeps.

A page saved as text keeps what sat around the article: "Related stories: ... · ... · ...", "Also read:", a row
of share buttons ("Facebook Twitter Linkedin Mail"). The headlines of such a list are other stories' (the list
under a riot report names arrests of another day), so no event is coded from them. The markers are data
(``nlp/data/furniture.csv``): a ``list`` marker that opens a line or follows a sentence's end, with a colon or a
break after it, starts furniture that runs to the end of its paragraph (of its line, in a text with no blank
line between paragraphs); a line made only of ``bar`` words (a share bar) is furniture. The text keeps every
character: the spans are skipped, so offsets stay those of the text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from eventdesk.datafiles import Problems, data_path, read_csv

FURNITURE_FILE = data_path("nlp/data", "furniture.csv")
_KINDS = ("list", "bar")
_BLANK_LINE = re.compile(r"\r?\n[ \t\r]*\n")  # a paragraph break, however the lines end ("\n\n", "\r\n\r\n", "\n \n")


@lru_cache(maxsize=1)
def _markers() -> dict[str, tuple[str, ...]]:
    """The markers of each kind, longest first; a bad row is reported with its line."""
    problems = Problems()
    found: dict[str, list[str]] = {kind: [] for kind in _KINDS}
    for line, row in read_csv(FURNITURE_FILE, ["marker", "kind"], problems):
        marker, kind = row["marker"].lower(), row["kind"]
        if kind not in _KINDS:
            problems.add(FURNITURE_FILE, line, f"kind {kind!r}: expected one of {', '.join(_KINDS)}")
        elif not marker or not all(part.replace("-", "").isalpha() for part in marker.split()):
            problems.add(FURNITURE_FILE, line, f"marker {marker!r}: expected words of letters")
        else:
            found[kind].append(marker)
    for kind in (k for k, words in found.items() if not words):  # an empty alternation would match every line
        problems.add(FURNITURE_FILE, 1, f"no marker of kind {kind!r}: expected at least one row of each kind")
    problems.raise_if_any()
    return {kind: tuple(sorted(words, key=len, reverse=True)) for kind, words in found.items()}


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    markers = _markers()
    lists = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in markers["list"])
    bar = "|".join(re.escape(m) for m in markers["bar"])
    # a list marker at a line's start or after a sentence's end, then a colon, a (no-break) space run or a break
    opening = re.compile(rf"(?:^|(?<=[.!?\"'”’)])\s)[ \t]*(?:{lists})(?=\s*[:\u00a0\n]|\s*$)",
                         re.IGNORECASE | re.MULTILINE)
    share_bar = re.compile(rf"^[ \t]*(?:(?:{bar})[ \t|·•/,]*){{2,}}$", re.IGNORECASE | re.MULTILINE)
    return opening, share_bar


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the text that are page furniture, in order."""
    opening, share_bar = _patterns()
    spans = [(m.start(), m.end()) for m in share_bar.finditer(text)]
    paragraphs = _BLANK_LINE.search(text) is not None
    for m in opening.finditer(text):
        spans.append((m.start(), _list_end(text, m.end(), paragraphs)))
    return sorted(spans)


def _list_end(text: str, after: int, paragraphs: bool) -> int:
    """Where a list whose marker ends at ``after`` ends: at the end of its paragraph; in a text that parts its
    paragraphs by single line breaks (no blank line anywhere), at the end of its line, or of the next line when the
    marker stands alone on its own ("ALSO READ\nTroops fire ..."), so that the article after it is still read."""
    if paragraphs:
        blank = _BLANK_LINE.search(text, after)
        return len(text) if blank is None else blank.start()
    end = text.find("\n", after)
    if end >= 0 and not text[after:end].strip(" \t\r:\u00a0"):
        end = text.find("\n", end + 1)
    end = len(text) if end < 0 else end
    return end - 1 if text[end - 1: end] == "\r" else end
