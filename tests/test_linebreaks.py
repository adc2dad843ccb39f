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
        "One paragraph per line, each of them long enough to be far wider than any wrapped copy ever is (wire copy "
        "wraps at 120 columns at most), and more\nSo the next line starts a new sentence even though the line before "
        "it did not end with any stop mark at all\nAnd a third line makes sure that there is enough text to judge "
        "the width of the lines by the rule of the module",
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


# Our own web copy re-flowed by a feed: every line after the first indented by 12 spaces, wrapped at ~100
# columns (ragged), paragraphs apart by nothing but a stop at the end of a line.
PAD = " " * 12
INDENTED = (
    "LIMA — Peru's foreign minister on Monday summoned the ambassador of Chile over remarks made by a\n"
    f"{PAD}senior Chilean officer about the disputed sea border, and warned that talks on fishing rights\n"
    f"{PAD}would stop.\n"
    f"{PAD}Image caption The border post at the edge of the Atacama desert\n"  # a caption: short, no stop
    f"{PAD}The officer, a general of the Chilean navy, had said that the sea border was \"a line drawn by\n"
    f"{PAD}judges who never sailed\". Chile's defence ministry said on Tuesday that it would look into the\n"
    f"{PAD}remarks of the general, who commands the northern fleet, and apologised to the government of\n"
    f"{PAD}Peru.\n"
    f"{PAD}Bolivia's president, who met the two envoys in La Paz, said he hoped that the dispute would end\n"
    f"{PAD}soon, and that the two countries would return to the table in\n"
    f"{PAD}Geneva before the end of the year.\n"
)


def _lines_after_wraps(text: str) -> list[str]:
    return [text[at + 1:].split("\n")[0].strip() for at in wrapped_breaks(text)]


def test_indented_wire_copy_is_unwrapped_and_its_paragraphs_kept() -> None:
    after = _lines_after_wraps(INDENTED)
    assert after[:2] == [INDENTED.split("\n")[1].strip(), "would stop."]
    assert "Peru." in after and "Geneva before the end of the year." in after  # a short line inside a sentence
    assert "junk" not in after
    flat = unwrap(INDENTED)
    assert "by a" + " " * 13 + "senior Chilean officer" in flat  # same length: the newline is a space
    assert "stop.\n" + PAD + "Image caption" in flat  # a stop then a capital: a new paragraph
    assert "Atacama desert\n" + PAD + "The officer" in flat  # a caption stays apart
    assert len(flat) == len(INDENTED)


def test_a_paragraph_marked_by_a_deeper_indent_is_not_run_on() -> None:
    text = (
        "    The foreign ministers of Peru and Chile met in Lima on Monday to talk about\n"
        "the sea border and the fishing rights that both countries claim in the\n"
        "disputed waters off the coast\n"
        "    Chile's navy said on Tuesday that its ships would stay in port for a\n"
        "week while the ministers talked about the fishing rights in the waters.\n"
    )
    assert _lines_after_wraps(text) == [
        "the sea border and the fishing rights that both countries claim in the",
        "disputed waters off the coast",
        "week while the ministers talked about the fishing rights in the waters.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a list: every item its own line, though the line before has no stop
        "The ministers of the three countries agreed on the following steps for the talks\n"
        "- a meeting of the envoys in Lima on Monday morning at the ministry\n"
        "- a meeting of the ministers in Santiago in the week after that one\n"
        "- a summit of the presidents in La Paz before the end of the year\n",
        # a table: columns apart by runs of spaces
        "Fishing boats held by the navy of each country in the disputed waters\n"
        "Peru      12 boats      4 crews released      8 crews still held\n"
        "Chile     9 boats       6 crews released      3 crews still held\n"
        "Bolivia   0 boats       0 crews released      0 crews still held\n",
    ],
)
def test_lists_and_tables_are_not_run_together(text: str) -> None:
    assert wrapped_breaks(text) == []


def test_a_stray_break_in_text_of_long_lines_is_joined_when_the_sentence_goes_on() -> None:
    text = (
        "Hours after the strike of the port workers began on Monday, two hundred trucks from the country's largest\n"
        "            farm cooperative were stuck at the border crossing, and their drivers slept in the cabs.\n"
        "The cooperative said that the losses of the strike would run into millions of dollars within a week, and it "
        "asked the government to send the army to unload the ships.\n"
        "Ann Roe, the editor of the farm page, wrote the story in the small hours of the morning on Tuesday.\n"
        "aroe@example.org\n"
    )
    assert _lines_after_wraps(text) == [text.split("\n")[1].strip()]


def test_the_wrap_width_is_measured_without_the_indentation() -> None:
    # wrapped at 60 columns, indented by 30: the lines are 90 columns wide, the text only 60
    pad = " " * 30
    text = (
        f"{pad}The minister of Chile said on Monday that the envoys would\n"
        f"{pad}meet again in Lima after the talks of last week had failed\n"
        f"{pad}Bolivia hoped that the two countries would agree on a plan\n"
        f"{pad}for the sea border within a year, its foreign ministry said.\n"
    )
    assert _lines_after_wraps(text) == [text.split("\n")[i].strip() for i in (1, 2, 3)]


@pytest.mark.model
def test_offsets_of_unwrapped_indented_copy_point_into_the_text_as_given(code) -> None:  # type: ignore[no-untyped-def]
    events = code(INDENTED, "2019-09-16")
    assert events
    for e in events:
        assert INDENTED[e.trigger.start:e.trigger.end] == e.trigger.text
        for actor in [*e.source, *e.target]:
            if actor.text:
                assert INDENTED[actor.start:actor.end] == actor.text
        assert "\n" not in e.text.strip()
    apology = [e for e in events if e.trigger.text == "apologised"]
    assert apology and apology[0].source[0].country == "CHL"
    assert apology[0].text.endswith("apologised to the government of Peru.")  # one line, run to its stop


@pytest.mark.model
def test_a_quotation_mark_that_ends_a_paragraph_is_no_sentence() -> None:
    from eventdesk.nlp import load_pipeline

    text = (
        'The minister said: "We will talk. We will not give in."\n'
        "Chile's navy said on Tuesday that its ships would stay in port.\n"
    )
    sentences = [s.text.strip() for s in load_pipeline()(text).sents if s.text.strip()]
    assert '"' not in sentences and sentences[-1].startswith("Chile's navy")


def test_a_byline_and_a_dateline_above_indented_copy_stay_lines_of_their_own() -> None:
    text = (
        "By Ann Roe and Joe Doe\n"
        f"{PAD}SANTIAGO, Chile (Wire) —\n"
        f"{PAD}Chile's navy said on Tuesday that its ships would stay in port for a week while the ministers of\n"
        f"{PAD}the two countries talked about the fishing rights in the disputed waters off the coast of Arica.\n"
        f"{PAD}Peru did not comment on the talks or on the ships that its own navy keeps in the port of Callao.\n"
    )
    assert _lines_after_wraps(text) == [text.split("\n")[3].strip()]


def test_in_lower_cased_copy_a_stop_at_a_line_end_still_ends_the_sentence() -> None:
    # every line of a lower-cased dump begins in lower case: that is no sign the sentence goes on
    text = (
        "santiago, may 4 -- chile expelled two peruvian diplomats on\n"
        "tuesday after a row over fishing rights, and the foreign ministry\n"
        "in lima accused the chilean government of breaking an accord.\n"
        "bolivia urged both sides to return to the talks within a week\n"
        "and ecuador offered to mediate between the two neighbours.\n"
        "peru said nothing.\n"
    )
    lines = text.split("\n")
    assert _lines_after_wraps(text) == [lines[1], lines[2], lines[4]]


def test_a_sentence_told_again_without_its_label_is_coded_once(code) -> None:  # type: ignore[no-untyped-def]
    events = code("In Brief The Jamaican army arrested three gang members in Kingston on Friday. The minister"
                  " spoke. The Jamaican army arrested three gang members in Kingston on Friday.", "2018-04-05")
    assert [e.cameo for e in events] == ["173"]
    two = code("Jane Roe said the talks would resume next week in Geneva with Russia. John Doe said the talks would"
               " resume next week in Geneva with Russia.")
    assert len(two) == 2


def test_a_sentence_that_ends_like_another_is_no_repeat_of_it(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan army arrested three gang members in Kisumu on Friday. In a separate raid that began at"
                  " dawn and lasted all day, the Kenyan army arrested three gang members in Kisumu on Friday.")
    assert len([e for e in events if e.cameo == "173"]) == 2
