"""A date written day first ("3rd Nov 2016", "12 Sept. 2015") is one phrase, never the end of a sentence.

The parser now and then cuts such a date after its day ("... toured the barracks on 3rd | Nov 2016."): the
event of the first half loses its date and the second half is a sentence of a date alone. A component run
before the parser says that a month's name right after a day's number starts no sentence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from eventdesk.months import NUMBERS as MONTH_NUMBERS

_MONTHS = frozenset(MONTH_NUMBERS)
_ORDINAL_ENDS = ("st", "nd", "rd", "th")


def _day_number(text: str) -> bool:
    """ "1", "21", "1st", "23rd": a day of a month."""
    digits = text[:-2] if text.lower().endswith(_ORDINAL_ENDS) else text
    return digits.isdigit() and 1 <= int(digits) <= 31


def join_day_months(doc: Doc) -> Doc:
    """The month after a day's number goes on the day's sentence ("on 1st | Oct 2017")."""
    for tok in doc[1:]:
        before = doc[tok.i - 1]
        if tok.lower_.rstrip(".") in _MONTHS and _day_number(before.text) and "\n" not in before.whitespace_:
            tok.is_sent_start = False
    return doc


@Language.component("eventdesk_day_months", assigns=["token.is_sent_start"])
def day_months_component(doc: Doc) -> Doc:
    """Run before the parser: see :func:`join_day_months`."""
    return join_day_months(doc)
