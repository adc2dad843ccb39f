"""Any casing: a lower-cased article gives the events, actors and places of the same article properly cased."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _arrests(events):  # type: ignore[no-untyped-def]
    return [(a.sector, a.country) for e in events if e.cameo == "173" for a in e.source]


def test_a_dateline_after_the_headline_and_byline_on_one_line_is_read(coder, code) -> None:  # type: ignore[no-untyped-def]
    text = ("Taxi drivers block roads in fare row By Lindiwe Roe DURBAN, June 3 (ANA) - Police arrested two men on "
            "Friday after the protest, spokesman Jan Mokoena said.")
    restored = coder.truecase(text.lower())
    assert "by Lindiwe Roe DURBAN, June 3 (ANA) - Police arrested" in restored
    cased, lower = code(text), code(text.lower())
    assert _arrests(cased) == _arrests(lower) == [("COP", "ZAF")]
    assert [e.location.name for e in lower if e.location is not None and e.cameo == "173"] == ["Durban"]
    # no agency and no date: a place in a sentence, not a dateline
    assert "in Durban - police" in coder.truecase("we met in durban - police were there. they left. it rained.")
