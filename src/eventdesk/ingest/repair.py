"""Mojibake repair: text that was once decoded with the wrong encoding, mended before it is coded.

Dumps of regional news often carry UTF-8 that was read as Windows-1252 or Latin-1 ("donâ€™t") and apostrophes a
database escaped by doubling them ("pakistan''s"); the tokenizer would split both into nonsense. Every format reader
repairs its text through ``check_text``; the document-label evaluation repairs gold texts the same way.
"""

from __future__ import annotations

import logging
import re

import ftfy

# UTF-8 read as Windows-1252 turns a closing quote's last byte (0x9D, no character there) into U+FFFD: "â€�"
_LOST_CLOSING_QUOTE = "\u00e2\u20ac\ufffd"
# A lead byte of UTF-8 (Â..ô as Windows-1252 shows it) before a continuation byte (0x80-0xBF as Windows-1252 shows
# them: the C1 range, the letters and marks of 0x80-0x9F, and U+00A0..U+00BF), or "Â " / "Ã " whose no-break space
# was flattened: the mark of mojibake, cheap to find ("Café said" is not)
_SUSPECT = re.compile(
    "[\u00c2\u00c3] |[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\ufffd]"
)
# An apostrophe doubled inside a word, as a database dump escapes it ("pakistan''s", "don''t"): one apostrophe
_ESCAPED_APOSTROPHE = re.compile(r"(?<=[^\W\d_])''(?=[^\W\d_])")
log = logging.getLogger("eventdesk.ingest")


def repair(text: str, source: str = "", line: int | None = None) -> str:
    """The text with its mojibake undone: UTF-8 that was once read as Windows-1252 or Latin-1 ("â€œnobodyâ€�",
    "donâ€™t") becomes the quotes and apostrophes it was, and an apostrophe a database escaped by doubling it
    ("pakistan''s") is one again, so that the tokenizer sees "nobody", "don't" and "pakistan's". Dumps of regional
    news often carry both; ftfy tells mojibake from real accented text ("Café", "São Paulo" stay)."""
    fixed = text
    if _SUSPECT.search(fixed) is not None:
        fixed = ftfy.fix_encoding(fixed.replace(_LOST_CLOSING_QUOTE, "\u00e2\u20ac\x9d"))
    if "''" in fixed:
        fixed = _ESCAPED_APOSTROPHE.sub("'", fixed)
    if fixed != text:
        where = f"{source}:{line}" if line is not None else source
        log.info("%s: mis-decoded or escaped characters repaired: %d characters shorter", where or "text",
                 len(text) - len(fixed))
    return fixed
