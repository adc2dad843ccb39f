"""Hard-wrapped copy: a wrap inside a sentence is no boundary; a blank line or a heading is."""

from __future__ import annotations

import pytest

from eventdesk.nlp.linebreaks import unwrap, wrapped_breaks

# Our own wire-style copy, wrapped at 64 columns.
WIRE = (
    "CHILE EXPELS DIPLOMATS\n"
    "\n"
    "SANTIAGO, May 4 -- Chile expelled two Peruvian diplomats on\n"
    "Tuesday after a row over fishing rights, and the foreign ministry\n"
    "in Lima accused the Chilean government of breaking a 2014 accord.\n"
    "\n"
    "Reaction\n"
    "Bolivia urged both sides to return to the talks.\n"
    "Ecuador offered to mediate.\n"
)


def test_wraps_inside_sentences_are_found_and_nothing_else() -> None:
    lines = WIRE.split("\n")
    wraps = wrapped_breaks(WIRE)
    after = [WIRE[at + 1:].split("\n")[0] for at in wraps]
    assert after == [lines[3], lines[4]]


def test_unwrapping_keeps_length_and_offsets() -> None:
    flat = unwrap(WIRE)
    assert len(flat) == len(WIRE)
    assert "diplomats on Tuesday after" in flat and "ministry in Lima" in flat
    assert "Reaction\nBolivia" in flat and "talks.\nEcuador" in flat and "DIPLOMATS\n\n" in flat


@pytest.mark.parametrize(
    "text",
    [
        "One paragraph per line, each of them long enough to be far wider than any wrapped copy ever is, and "
        "more\nso the next line starts a new sentence even though the line before it did not end with any stop "
        "mark\nand a third line makes sure that there is enough text to judge the width of the lines by the rule",
        "Peru protests\nChile answers\nBolivia waits\n",  # short lines: headlines, not wrapped copy
    ],
)
def test_text_that_is_not_wrapped_keeps_every_break(text: str) -> None:
    assert wrapped_breaks(text) == []
    assert unwrap(text) == text


def test_windows_line_ends_unwrap_too() -> None:
    text = WIRE.replace("\n", "\r\n")
    flat = unwrap(text)
    assert len(flat) == len(text) and "diplomats on  Tuesday" in flat


@pytest.mark.model
def test_a_wrapped_sentence_is_one_sentence_for_the_coder(code) -> None:  # type: ignore[no-untyped-def]
    events = code(WIRE, "2019-09-16")
    accusation = [e for e in events if e.trigger.text == "accused"]
    assert accusation and accusation[0].target and accusation[0].target[0].country == "CHL"
    assert "\n" not in accusation[0].text.strip()
    expulsion = [e for e in events if e.trigger.text == "expelled"]
    assert expulsion and "breaking a 2014 accord" in expulsion[0].text
    assert {e.sentence for e in events if e.trigger.text in ("urged", "offered")} and all(
        e.text.startswith(("Bolivia", "Ecuador")) for e in events if e.trigger.text in ("urged", "offered"))


@pytest.mark.model
def test_the_spacy_component_reads_a_wrapped_sentence_whole() -> None:
    from eventdesk.nlp import load_pipeline

    doc = load_pipeline()(WIRE)
    sentences = [s.text for s in doc.sents]
    assert any("expelled" in s and "breaking a 2014 accord" in s for s in sentences)
    assert any(s.startswith("Reaction") and "Bolivia" not in s for s in sentences)


def test_an_abbreviation_at_the_end_of_a_wrapped_line_does_not_end_the_sentence() -> None:
    text = (
        "Chile's foreign minister said on Tuesday that talks with the U.S.\n"
        "embassy in Santiago would resume within a week, and that the two\n"
        "governments had agreed on a schedule. Peru welcomed the news.\n"
        "Bolivia did not comment on the talks in the capital on Tuesday.\n"
    )
    assert unwrap(text).startswith("Chile's foreign minister said on Tuesday that talks with the U.S. embassy")
    assert "news.\nBolivia" in unwrap(text)


def test_an_abbreviated_title_at_the_end_of_a_wrapped_line_does_not_end_the_sentence() -> None:
    text = (
        "Two men were questioned overnight about the fire at the depot, and\n"
        "the officer who led the search of the depot on Saturday night, Det.\n"
        "Insp. Mary Kane, said on Sunday that both men had been released.\n"
        "Nobody else was held at the station in the town on Sunday morning.\n"
    )
    assert "night, Det. Insp. Mary Kane, said" in unwrap(text)
    assert "released.\nNobody" in unwrap(text)


@pytest.mark.model
def test_abbreviated_titles_do_not_cut_the_sentence_off_its_speaker(code) -> None:  # type: ignore[no-untyped-def]
    from eventdesk.nlp import load_pipeline

    text = ("Two men were held in Cork on Friday. Det. Supt. Liam Daly said they would be charged. "
            "Cllr. Ann Burke agreed.")
    sentences = [s.text for s in load_pipeline()(text).sents]
    assert "Det. Supt. Liam Daly said they would be charged." in sentences
    assert "Cllr. Ann Burke agreed." in sentences
    said = [e for e in code(text, "2018-03-09") if e.trigger.text == "said"]
    assert said and said[0].source and said[0].source[0].text == "Liam Daly"


def test_a_longer_headline_does_not_hide_the_wraps_below_it() -> None:
    text = (
        "FARM MINISTERS OF KENYA AND UGANDA AGREE ON A NEW GRAIN DEAL AFTER LONG TALKS\n"
        "\n"
        "The farm minister of Kenya said on Tuesday that talks with the\n"
        "Ugandan government would resume within a week, and that the two\n"
        "governments had agreed on a schedule for the meetings in Kampala.\n"
        "Uganda welcomed the news.\n"
    )
    assert "with the Ugandan government would resume within a week, and that the two governments had" in unwrap(text)
    assert "TALKS\n\nThe farm" in unwrap(text) and "Kampala.\nUganda" in unwrap(text)
