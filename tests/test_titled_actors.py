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


def test_the_town_a_title_is_of_places_its_holder_not_the_story(code) -> None:  # type: ignore[no-untyped-def]
    # a story set in Paris: the mayor of another country's city is that country's, by modifier or by "of"
    events = code(
        "French ministers welcomed a delegation of Syrian officials in Paris on Monday. The mayor of Paris, "
        "Anne Roe, hosted the visitors at the Paris city hall. The mayor of Aleppo thanked the French government "
        "for its help. Aleppo mayor Karim Haddad praised Paris.", "2018-05-01")
    assert sources(events, "thanked") == [("mayor", "SYRGOV")]
    assert sources(events, "praised") == [("Karim Haddad", "SYRGOV")]
    assert ("Anne Roe", "FRAGOV") in sources(events, "hosted")


def test_a_judge_named_by_title_serves_the_court_the_story_names(code) -> None:  # type: ignore[no-untyped-def]
    # a story mostly about New Zealanders, tried in a court of an Australian state: the court's country, for the
    # judge named by title alone and for the court that jailed (an implicit agent), not the story's
    events = code(
        "A Darwin woman was jailed in the Queensland Supreme Court on Friday for robbing a New Zealand student in "
        "Auckland in 2015. Justice Helen Marsh sentenced Kay Brown to six years in prison. The student's family "
        "in Auckland said the New Zealand police had worked hard on the case.", "2018-05-01")
    assert sources(events, "sentenced") == [("Helen Marsh", "AUSJUD")]
    assert [a.code for e in events if e.trigger.text == "jailed" for a in e.source] == ["AUSJUD"]


LEAD = "The budget plan drew fire in Washington and across the United States on Monday. "


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the head of a public agency or authority is the government's, not a private person's
        ("Jane Roe, administrator of the Federal Aviation Administration, criticized the government.", "USAGOV"),
        ("The tourism authority's chief executive, Jane Roe, criticized the government.", "USAGOV"),
        # an expert is the body's they work at or with
        ("Jane Roe, a senior economist at the consulting firm Vantor Economics, criticized the government.", "USABUS"),
        ("Jane Roe, an economist with the central bank, criticized the government.", "USAGOV"),
        # two titles of one person: the second says which body the first heads
        ("Jane Roe, president and CEO of Zorblat, criticized the government.", "USABUS"),
    ],
)
def test_an_office_in_apposition_codes_its_holder(code, sentence: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert sources(code(LEAD + sentence, "2018-05-01"), "criticized") == [("Jane Roe", expected)]


def test_a_firm_the_text_describes_as_one_is_business_there_and_after(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Police in Ohio reopened the case of a missing woman on Monday. Zorblat Farms, a convenience store chain, "
        "criticized the police. Zorblat Farms later praised the mayor.", "2018-05-01")
    assert sources(events, "criticized") == [("Zorblat Farms", "USABUS")]
    assert sources(events, "praised") == [("Zorblat Farms", "USABUS")]


def test_a_research_associate_is_the_university_s(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Police in Ohio reopened the case of a missing woman on Monday. Jane Roe, a research associate in geology "
        "at the University of Toledo, criticized the police.", "2018-05-01")
    assert sources(events, "criticized") == [("Jane Roe", "USAEDU")]


def test_a_courtesy_title_wrapped_off_its_surname_still_names_the_person(code) -> None:  # type: ignore[no-untyped-def]
    text = (
        "        VANCOUVER -- Police Chief Adam Roe called for more help for the\n"
        "        addicts of the city on Monday, and the mayor backed him. The deaths\n"
        "        occurred in the east side of the city, where drugs are sold, Mr\n"
        "        Roe said. The province said it would help the city soon after.\n"
    )
    assert sources(code(text, "2018-05-01"), "said") == [("Mr Roe", "CANCOP")]


def test_a_private_person_arrested_or_charged_is_a_suspect_of_the_acting_country(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Police in Winnipeg arrested Jane Roe on Monday. An Edmonton woman was charged with fraud. "
                  "Police arrested Minister Karl Testov.", "2018-05-01")
    targets = {a.text: a.code for e in events for a in e.target}
    assert targets["Jane Roe"] == "CANCRM" and targets["Edmonton woman"] == "CANCRM"
    assert targets["Karl Testov"] == "CANGOV"  # a person with an office keeps it


def test_a_region_that_ties_its_country_does_not_hide_the_story_s_country(code) -> None:  # type: ignore[no-untyped-def]
    # Dubai and the UAE twice, the Middle East twice: the story is the country's, and its titled official is too
    events = code(
        "Dubai will host the largest trade fair of the Middle East in May. The UAE expects visitors from across "
        "the Middle East. Deputy Minister Jane Roe criticized the delays.",
        "2018-05-01")
    assert sources(events, "criticized") == [("Jane Roe", "AREGOV")]


def test_a_town_s_namesake_abroad_is_no_seat_against_the_dateline(code) -> None:  # type: ignore[no-untyped-def]
    # the gazetteer's Glasgow is Scotland's: the dateline says which one the story's police are
    events = code(
        "GLASGOW, Ky. (WXYZ) -- A driver fled after a crash in Glasgow on Friday night.\n"
        "The Glasgow Police Department says officers were called to the crash just after 5 p.m.\n"
        "The driver was not hurt, Glasgow Police said.\n", "2018-05-01")
    assert {a.code for e in events for a in e.source if "Police" in a.text} == {"USACOP"}


def test_a_named_civilian_sentenced_is_a_suspect(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Manila police arrested three men on Monday. The Philippine court later sentenced Juan Dela Roca to "
        "twenty years in prison. Philippine police said the men were from Manila.", "2018-05-01")
    assert {a.text: a.code for e in events for a in e.target}.get("Juan Dela Roca") == "PHLCRM"


def test_a_suspect_is_one_actor_for_every_act_of_the_sentence(code) -> None:  # type: ignore[no-untyped-def]
    # the police's act and the arrest befall one person: one suspect, so one event, not a civilian besides
    events = code("Police officers in Toledo, responding to reports of vandalism, soon arrested Karl Vantor Roe, 47, "
                  "on Friday.", "2018-05-01")
    assert {(e.cameo, a.code) for e in events for a in e.target} == {("173", "USACRM")}


def test_letters_after_a_name_are_no_part_of_it_nor_a_person(code) -> None:  # type: ignore[no-untyped-def]
    events = code("MANCHESTER - Prosecutor Tom Ashby QC told the jury the fire was deliberate. Mr Ashby said the men"
                  " had lied.")
    said = next(e for e in events if e.trigger.text == "said")
    assert [(a.text, a.code) for a in said.source] == [("Mr Ashby", "GBRJUD")]
    (arrest,) = code("Police arrested Carl M. Hoyt, Jr., 44, on Monday in Denver.")
    assert [a.text for a in arrest.target] == ["Carl M. Hoyt"]


def test_a_hyphen_dateline_glued_to_the_subject_leaves_the_subject(code) -> None:  # type: ignore[no-untyped-def]
    (arrest,) = code("DENVER - Police arrested a man on Friday.")
    assert [(a.text, a.code) for a in arrest.source] == [("Police", "USACOP")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Amnesty International criticised the Nigerian army. A spokesman said the report was based on interviews.",
     "NGOAMN"),
    ("The Nigerian army rejected the report by Amnesty International. A spokesman said the report was false.",
     "NGAMIL"),
])
def test_a_bare_spokesman_speaks_for_the_body_that_spoke_last(code, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    said = [e for e in code(text) if e.sentence == 1]
    assert [a.code for e in said for a in e.source] == [expected]


def test_the_president_of_a_body_the_base_does_not_know_holds_no_office_of_state(code) -> None:  # type: ignore[no-untyped-def]
    events = code("TORONTO - Amy Kerr, president of Zorblat Realty, says sales are down.")
    assert all(a.sector != "GOV" for e in events for a in e.source)
    (said,) = code("Jane Roe, president of Ukraine, said the talks failed.")
    assert [a.code for a in said.source] == ["UKRGOV"]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    ("Kenyan church leaders criticised the police.", "criticised", "KENREL"),
    ("Hurriyat leaders rejected the offer of talks.", "rejected", "INDOPP"),
    ("BJP activists protested outside the court in Bhopal.", "protested", "INDPTY"),
    ("Union members in Mombasa rejected the offer of the Kenyan government.", "rejected", "KENLAB"),
    # with no body named, the word keeps its own sector
    ("Kenyan activists criticised the police.", "criticised", "KENNGO"),
])
def test_the_members_of_a_named_body_are_that_bodys(code, sentence: str, trigger: str,  # type: ignore[no-untyped-def]
                                                   expected: str) -> None:
    """"Hurriyat leaders", "church leaders", "BJP activists": members and leaders of a body act as that body."""
    assert [c for _, c in sources(code(sentence), trigger)] == [expected]


def test_indian_parties_movements_and_armed_groups_are_known(code) -> None:  # type: ignore[no-untyped-def]
    """The Hindu nationalist movements, Kashmir's separatist alliance and its armed groups are coded."""
    for text in ("The VHP blamed the Hizbul Mujahideen for the blast.",
                 "The Bajrang Dal accused the Hizbul Mujahideen of the attack."):
        events = code(text)
        assert [c for e in events for c in [a.code for a in e.source]] == ["INDRAD"], text
        assert [(a.text, a.code) for e in events for a in e.target] == [("Hizbul Mujahideen", "INDREB")], text


def test_the_plural_abbreviated_title_of_senators_names_a_legislator(code) -> None:  # type: ignore[no-untyped-def]
    """"Sens. Jane Roe and Mark Poe of Ohio": "Sens." is the senators' title, as "Sen." is one senator's."""
    events = code("Sens. Jane Roe and Mark Poe of Ohio criticised the Pentagon on Monday.")
    assert sources(events, "criticised")[0] == ("Jane Roe", "USALEG")
