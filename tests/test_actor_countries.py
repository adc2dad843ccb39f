"""Countries and sectors of actors named through places, offices and nationalities (issue 11, class 4): a body of
the European Union is coded as the Union's organisation (as the Commission is), a counterpart named by nationality
is that country's official, officials of a story's own state are of the country it is set in, a place named like a
city abroad is where the text puts it, a member named by constituency is a legislator of the article's country,
and an organisation whose name lists its members is one actor."""

from __future__ import annotations

import pytest


def _by(events, trigger: str, side: str = "source") -> list[str | None]:  # type: ignore[no-untyped-def]
    return [a.code for e in events if e.trigger.text == trigger for a in getattr(e, side)]


# -- bodies of the European Union ----------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "code_"),
    [
        ("The European Investment Bank lent 300 million euros to Portugal on Tuesday.", "lent", "IGOEIB"),
        ("Eurostat said on Monday that Greece's debt had fallen.", "said", "IGOESTAT"),
        ("The European Food Safety Authority warned Spain about the pesticide.", "warned", "IGOEFSA"),
        ("The European Court of Auditors criticised Romania over its use of farm funds.", "criticised", "IGOECA"),
    ],
)
def test_a_body_of_the_union_is_its_international_organisation(code, text: str, trigger: str, code_: str) -> None:  # type: ignore[no-untyped-def]
    assert _by(code(text, "2019-03-05"), trigger) == [code_]


@pytest.mark.model
def test_an_officer_of_an_eu_bank_is_of_the_bank_not_a_european_firm(code) -> None:  # type: ignore[no-untyped-def]
    text = ("The European Investment Bank agreed to fund a rail line in Slovakia. EIB Vice-President Tom Roe praised "
            "the Slovak government on Monday.")
    assert _by(code(text, "2019-03-05"), "praised") == ["IGOEIB"]


@pytest.mark.model
def test_the_bank_after_an_international_bank_is_that_bank(code) -> None:  # type: ignore[no-untyped-def]
    text = ("The EIB signed a loan with Kenya on Monday. The bank will also finance a new water plant in Nakuru, "
            "Kenyan officials said.")
    assert set(_by(code(text, "2019-03-05"), "finance")) == {"IGOEIB"}
    text = "The EIB signed a loan with Kenya on Monday. The bank's president, John Roe, met Kenyan officials."
    assert _by(code(text, "2019-03-05"), "met") == ["IGOEIB"]


@pytest.mark.model
def test_a_commission_vice_president_named_by_title_is_of_the_commission(code) -> None:  # type: ignore[no-untyped-def]
    text = ("The European Commission opened a case against Hungary. Commission Vice-President Jane Roe accused "
            "Budapest of ignoring the court.")
    assert _by(code(text, "2019-03-05"), "accused") == ["IGOEC"]


# -- counterparts named by nationality -------------------------------------------------------------------

@pytest.mark.model
def test_counterparts_named_by_nationality_are_officials_of_those_states(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Chile's trade minister held talks with her Brazilian and Argentine counterparts on Tuesday.",
                  "2019-03-05")
    assert sorted(_by(events, "held", "target")) == ["ARGGOV", "BRAGOV"]


@pytest.mark.model
def test_a_counterpart_takes_the_sector_of_the_one_whose_counterpart_he_is(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Japan's defence minister criticised his South Korean counterpart on Friday.", "2019-03-05")
    assert _by(events, "criticised", "target") == ["KORMIL"]
    # a counterpart noun of two words ("opposite number", descriptions.yaml) is one too
    events = code("The Kenyan defence minister met his Ugandan opposite number in Kampala on Monday.", "2019-03-05")
    assert _by(events, "met", "target") == ["UGAMIL"]


# -- officials of a level of government ------------------------------------------------------------------

@pytest.mark.model
def test_state_and_federal_agencies_are_of_the_country_the_story_is_set_in(code) -> None:  # type: ignore[no-untyped-def]
    text = ("Hundreds of Haitian families have settled in Boston this year. Haitian officials said the families had "
            "left legally, and the Haitian government thanked the city. State and federal agencies criticised the "
            "lack of housing.")
    assert _by(code(text, "2019-03-05"), "criticised") == ["USAGOV"]


@pytest.mark.model
def test_local_officials_in_a_story_of_refugees_are_of_the_host_country(code) -> None:  # type: ignore[no-untyped-def]
    text = ("Thousands of Eritrean refugees now live in Frankfurt. Eritrean community leaders praised the city. "
            "Local officials said more teachers would be hired.")
    assert _by(code(text, "2019-03-05"), "said") == ["DEUGOV"]


# -- places named like a city abroad ---------------------------------------------------------------------

@pytest.mark.model
def test_a_county_named_like_a_capital_abroad_is_not_that_capital(code) -> None:  # type: ignore[no-untyped-def]
    text = ("A jury in Athens County convicted the driver on Thursday. The county sheriff's office said the crash "
            "had been avoidable.")
    events = code(text, "2019-03-05")
    assert _by(events, "convicted") == ["USAJUD"]
    said = _by(events, "said")
    assert said and all(code_.startswith("USA") for code_ in said)


@pytest.mark.model
def test_a_county_named_like_a_country_places_its_officers_in_its_own_country(code) -> None:  # type: ignore[no-untyped-def]
    text = ("Lebanon County Sheriff Jane Roe said deputies arrested two men on Friday. The department said the men "
            "had stolen copper wire.")
    events = code(text, "2019-03-05")
    assert _by(events, "arrested", "target") == ["USACRM"]
    assert _by(events, "said") == ["USAGOV"]


@pytest.mark.model
def test_a_county_the_story_names_alone_places_its_courts_and_suspects(code) -> None:  # type: ignore[no-untyped-def]
    text = ("Tom Roe, who was jailed for a 2004 arson, asked for a retrial on Monday. The Marathon County sheriff "
            "opposed the request, and the department criticised his lawyers.")
    events = code(text, "2019-03-05")
    assert _by(events, "jailed") == ["USAJUD"]
    assert _by(events, "jailed", "target") == ["USACRM"]


@pytest.mark.model
def test_a_district_named_as_part_of_a_town_is_of_the_article_s_country(code) -> None:  # type: ignore[no-untyped-def]
    text = ("Three men were jailed for a robbery at a shop in Upper Richmond. Scotland Yard said the men had "
            "threatened staff with a knife.")
    events = code(text, "2019-03-05")
    assert _by(events, "jailed") == ["GBRJUD"]
    assert _by(events, "jailed", "target") == ["GBRCRM"]
    assert [e.location.country for e in events if e.trigger.text == "jailed" and e.location] == ["GBR"]


# -- legislators named by constituency and bodies whose name lists members ---------------------------------

@pytest.mark.model
def test_a_constituency_of_two_places_is_one_legislator_of_the_article_s_country(code) -> None:  # type: ignore[no-untyped-def]
    text = ("Kingston and the Islands MP Jane Roe criticised the Conservative Party on Tuesday. She said the party "
            "had misled Canadians about the budget in Ottawa.")
    events = code(text, "2019-03-05")
    assert _by(events, "criticised") == ["CANLEG"]
    assert _by(events, "misled") == ["CANLEG"]


@pytest.mark.model
def test_a_member_for_a_town_abroad_s_namesake_is_of_the_article_s_country(code) -> None:  # type: ignore[no-untyped-def]
    text = ("The British Columbia government will build a clinic in the valley. Jane Roe, the MLA for Kingston, "
            "praised the health ministry on Tuesday. The province of British Columbia will pay for it.")
    assert "JAMLEG" not in _by(code(text, "2019-03-05"), "praised")


@pytest.mark.model
def test_the_name_after_a_member_for_a_constituency_is_the_member_s(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The MP for Wigan, Jane Roe, condemned the attack in Manchester. She urged the British government "
                  "to act.", "2019-03-05")
    assert [(a.text, a.code) for e in events if e.trigger.text == "condemned" for a in e.source] == [
        ("Jane Roe", "GBRLEG")]
    assert _by(events, "urged") == ["GBRLEG"]


@pytest.mark.model
def test_a_member_for_a_constituency_in_a_story_of_no_known_country_is_the_town_s(code) -> None:  # type: ignore[no-untyped-def]
    # no dateline and no country named: the constituency's own town says whose legislator the member is
    events = code("The MP for Sheffield accused the council of lying about the budget.", "2019-03-05")
    assert _by(events, "accused") == ["GBRLEG"]


@pytest.mark.model
def test_a_representative_named_by_state_or_district_is_a_legislator(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Quezon City 4th District Representative Juan Santos criticised the Philippine National Police on "
                  "Monday.", "2019-03-05")
    assert _by(events, "criticised") == ["PHLLEG"]
    events = code("A representative of the union said the talks had failed. Representative Jane Roe of Texas "
                  "criticised the bill.", "2019-03-05")
    assert _by(events, "criticised") == ["USALEG"]
    events = code("U.S. Trade Representative Jane Roe criticised China on Monday.", "2019-03-05")
    assert _by(events, "criticised") == ["USAGOV"]  # an office of the executive, no legislator


@pytest.mark.model
def test_a_union_whose_name_lists_its_members_is_one_actor(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenya Union of Doctors, Nurses and Clerks threatened a strike against the government.",
                  "2019-03-05")
    sources = [a for e in events if e.trigger.text == "threatened" for a in e.source]
    assert [a.text for a in sources] == ["Kenya Union of Doctors, Nurses and Clerks"]
    events = code("Seattle Fire and Police responded to the scene and arrested a man.", "2019-03-05")
    assert len([a for e in events if e.trigger.text == "arrested" for a in e.source]) == 2  # two bodies
