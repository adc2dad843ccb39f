"""Actors the base does not list: families, people named by a given name, firms, related states, police bodies."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def actors(events, trigger: str, role: str = "source"):  # type: ignore[no-untyped-def]
    return [(a.text, a.code) for e in events if e.trigger.text == trigger for a in getattr(e, role)]


def test_a_family_named_by_its_plural_surname_is_private_people_of_the_story(code) -> None:  # type: ignore[no-untyped-def]
    events = code("TORONTO \u2014 The Hendersons accused the city council of ignoring their complaints.", "2018-03-14")
    assert actors(events, "accused") == [("Hendersons", "CANCVL")]


def test_a_family_beside_a_government_in_a_list_keeps_its_own_sector(code) -> None:  # type: ignore[no-untyped-def]
    events = code("OTTAWA \u2014 The province bought a farm owned by the Tremblays. The agreement was signed on "
                  "Tuesday by the Tremblays and the Ontario government.", "2018-03-14")
    assert ("Tremblays", "CANCVL") in actors(events, "signed")


def test_a_person_the_story_names_by_a_given_name_alone_is_a_civilian(code) -> None:  # type: ignore[no-untyped-def]
    events = code("TORONTO \u2014 Police arrested a man after a fight at a bar on Friday. Kevin accused the police of "
                  "ignoring his calls for help.", "2018-03-14")
    assert actors(events, "accused") == [("Kevin", "CANCVL")]


def test_a_brand_the_base_does_not_know_is_a_firm_of_no_country_the_text_does_not_give(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Irish government and the French government praised Norvax for its response to the storm.",
                  "2018-03-14")
    firms = [a for e in events if e.trigger.text == "praised" for a in e.target]
    assert firms and all((a.text, a.sector, a.country) == ("Norvax", "BUS", None) for a in firms)


def test_a_brand_the_base_does_not_know_is_a_firm_of_the_story_it_is_told_in(code) -> None:  # type: ignore[no-untyped-def]
    events = code("DUBLIN \u2014 The government praised Norvax for its response to the storm.", "2018-03-14")
    assert actors(events, "praised", "target") == [("Norvax", "IRLBUS")]


def test_a_firm_named_by_its_head_takes_no_country_from_the_other_actors(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Peruvian government and Chile's foreign ministry accused Zorblax Holdings of polluting "
                  "the river.", "2018-03-14")
    (firm,) = [a for e in events if e.trigger.text == "accused" for a in e.target]
    assert (firm.text, firm.sector, firm.country) == ("Zorblax Holdings", "BUS", None)


def test_a_firm_the_text_places_is_of_that_country(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Canadian firm Quillmark Energy signed a deal with the government of Alberta on Monday.",
                  "2018-03-14")
    assert actors(events, "signed") == [("Quillmark Energy", "CANBUS")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States will sell a close US partner in the region, Oman, 24 fighter jets, officials said.", "OMN"),
        ("The United States will sell a longtime US ally in Asia, Japan, 40 helicopters, officials said.", "JPN"),
    ],
)
def test_the_related_state_set_off_after_the_relation_is_the_actor(code, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert {c for e in code(text, "2018-03-14") for _, c in actors([e], "sell", "target")} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AMMAN \u2014 Jordan's Public Security Directorate detained two suspects after the attacks.", "JORCOP"),
        ("Beijing's public security bureau detained three activists on Friday.", "CHNCOP"),
    ],
)
def test_a_police_body_named_as_a_public_security_directorate_is_the_police(code, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert [c for _, c in actors(code(text, "2018-03-14"), "detained")] == [expected]


def test_a_given_name_before_a_quoted_nickname_is_no_other_persons(code) -> None:  # type: ignore[no-untyped-def]
    # the base's George Mitchell was an envoy in 2010; this Mitchell is a contractor the text names Darnell
    events = code('WASHINGTON \u2014 U.S. prosecutors on Monday charged a city contractor, Darnell "D.J." Mitchell '
                  "Jr., with fraud. The United States says Mitchell paid bribes. Mitchell criticized the prosecutors "
                  "on Tuesday.", "2010-03-14")
    assert [c for _, c in actors(events, "criticized")] != ["USAGOV"]
    assert [t for t, _ in actors(events, "criticized")] == ["Mitchell"]


def test_a_possessive_in_a_fronted_phrase_is_the_subject_after_a_dateline(code) -> None:  # type: ignore[no-untyped-def]
    # the visitor is the president of his own country, not of the place he visits nor the place filed from
    events = code("VATICAN CITY \u2014 On his state visit to the Vatican, President Serzh Sargsyan handed Pope "
                  "Francis a medal.", "2016-06-25")
    assert [c for _, c in actors(events, "visit")] == ["ARMGOV"]


def test_a_bare_title_the_story_country_has_no_holder_of_is_the_named_country_holders(code) -> None:  # type: ignore[no-untyped-def]
    # a republic has no crown prince: the crown prince of the country the story names beside it
    events = code("Lebanon's prime minister quit in a televised address from Riyadh. Critics said the crown prince "
                  "arrested the Lebanese prime minister.", "2017-11-20")
    assert actors(events, "arrested") == [("crown prince", "SAUGOV")]


def test_an_officer_of_a_firm_of_no_stated_country_takes_none_from_the_sentence(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Jane Roe, marketing director of Zorblax Holdings, accused the Chinese and Indian governments of "
                  "blocking the firm's imports.", "2018-03-14")
    roe = [a for e in events for a in e.source if a.text == "Jane Roe"]
    assert roe and all((a.sector, a.country) == ("BUS", None) for a in roe)


def test_a_counterpart_holds_the_office_of_the_one_whose_counterpart_it_is(code) -> None:  # type: ignore[no-untyped-def]
    events = code("OTTAWA \u2014 Canada's foreign minister will meet her American and Mexican counterparts on Friday.",
                  "2018-03-14")
    assert {c for e in events for _, c in actors([e], e.trigger.text, "target")} == {"USAGOV", "MEXGOV"}
