"""Named and titled actors: whole names across a wrap, offices in apposition, the places that modify them."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def sources(events, trigger: str):  # type: ignore[no-untyped-def]
    return [(a.text, a.code) for e in events if e.trigger.text == trigger for a in e.source]


# Our own wire copy, indented and wrapped inside an organisation's name.
WRAPPED = (
    "        WASHINGTON -- Carmakers pressed the White House on Monday to\n"
    "        ease the new fuel rules. The Federation of Widget Makers and\n"
    "        the Council of Automobile Exporters both criticized the rules,\n"
    "        and the Council of Automobile\n"
    "        Exporters also called on Congress to hold hearings on the new\n"
    "        rules before the summer recess of the current session.\n"
)


def test_a_name_with_of_is_whole_across_a_wrapped_line(code) -> None:  # type: ignore[no-untyped-def]
    # the indentation of the wrapped line is no gap in the name: not "Council of" with no code
    found = sources(code(WRAPPED, "2018-05-01"), "called")
    assert found == [("Council of Automobile Exporters", "USABUS")]
