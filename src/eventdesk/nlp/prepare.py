"""Text made safe for the spaCy pass: bounded punctuation runs, and pieces the parser takes whole.

Both keep every character offset: a long run of punctuation is shortened by turning its tail into
spaces (same length), and a long document is cut into consecutive pieces that join back into exactly
its text, so trigger and actor offsets still point into the document as it was given.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")

# spaCy's tokenizer strips prefixes and suffixes one by one from a token without spaces: a run of
# 10,000 apostrophes (or "!", "(", "*", dashes) takes 10-30 s. No text needs more than a few in a row.
_PUNCTUATION_RUN = re.compile(r"[^\w\s]{9,}")
KEEP = 3
# Pieces of a long document: the parser's memory grows with the length of what it parses at once (a 1 MB
# document in 100,000-character pieces, 32 at a time, peaked at 2.9 GB; in 20,000-character pieces, 100,000
# characters at a time, at 0.55 GB). A paragraph is never cut in two below this size.
PIECE = 20_000
# Characters parsed in one batch at most (as well as at most PARSE_BATCH texts): 6 articles of 600 words, or
# one piece of a long document. Coding 60 such articles peaked at 339 MB with it, 562 MB with 100,000 (32
# short articles stay one batch), for the same CPU time (8.2-8.6 s either way).
BATCH_CHARS = 25_000
_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?][\"'”’)\]]*\s"), re.compile(r"\s"))


def tame(text: str) -> str:
    """``text`` with every run of 9 or more punctuation marks cut to its first 3 (the rest become spaces)."""
    if _PUNCTUATION_RUN.search(text) is None:
        return text
    return _PUNCTUATION_RUN.sub(lambda m: m.group()[:KEEP] + " " * (len(m.group()) - KEEP), text)


def pieces(text: str, size: int = PIECE) -> list[str]:
    """Consecutive pieces of at most ``size`` characters that join back into ``text``.

    Each piece ends at the last paragraph break before the limit, else the last line break, sentence end
    or space; a text without any is cut at the limit.
    """
    out: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = size
        for pattern in _BREAKS:
            ends = [m.end() for m in pattern.finditer(window)]
            if ends and ends[-1] > size // 4:
                cut = ends[-1]
                break
        out.append(text[start:start + cut])
        start += cut
    out.append(text[start:])
    return out


def text_batches(texts: Iterable[tuple[str, T]], size: int, chars: int) -> Iterator[list[tuple[str, T]]]:
    """Batches of at most ``size`` texts and, unless one text alone is longer, at most ``chars`` characters."""
    batch: list[tuple[str, T]] = []
    total = 0
    for item in texts:
        if batch and (len(batch) >= size or total + len(item[0]) > chars):
            yield batch
            batch, total = [], 0
        batch.append(item)
        total += len(item[0])
    if batch:
        yield batch
