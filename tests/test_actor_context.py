"""Who an actor is comes from the actor's own words, not from a nearby word: a language is no country, an honorific
"Chief" no general, an industry association no government, a lawsuit's parties no political parties, and an
office not yet held (by the years the text mentions) no government post."""

from __future__ import annotations

import pytest

from helpers import coded

pytestmark = pytest.mark.model


def test_a_language_studied_is_no_actor(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Jane Okoro, a Kenyan reporter who is studying Portuguese in Nairobi, said the talks had failed. "
                  "Her brother, who speaks Russian and Arabic, visited Kenya.")
    actors = [(a.text, a.code) for e in events for role in ("source", "target") for a in getattr(e, role)]
    assert not any(c and c.startswith(("PRT", "RUS")) for _, c in actors), actors


def test_a_president_general_called_chief_is_no_general(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Nigerian police arrested a senator in Abuja on Monday. The President-General of the cultural "
                  "group, Chief Ade Bello, condemned the arrest.")
    assert not any(c and c.endswith("MIL") for _, c in coded(events))
    assert any(c == "NGANGO" for _, c in coded(events))


def test_an_industry_associations_president_is_business(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Tom Reyes, president of the Manitoba Grocers Association, criticized the provincial government.")
    assert coded(events) == [("Tom Reyes", "CANBUS")]


def test_the_parties_to_a_lawsuit_are_no_political_party(code) -> None:  # type: ignore[no-untyped-def]
    events = code("A federal judge in New York said the parties had notified him that the American lawsuit was "
                  "settled. The parties told the court they would meet again.")
    assert not any(c and c.endswith("PTY") for _, c in coded(events))
    events = code("The opposition parties in Kenya criticized the Kenyan government.")
    assert ("opposition parties", "KENOPP") in coded(events) or any(
        c and c.startswith("KEN") for _, c in coded(events))


def test_an_office_begun_after_every_year_the_text_names_is_not_yet_held(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Andres Manuel Lopez Obrador, who leads the polls before the July 2017 vote, criticized the "
                  "American wall.", None)
    assert ("Andres Manuel Lopez Obrador", "MEXELI") in coded(events)  # a former mayor, not yet president
    events = code("Andres Manuel Lopez Obrador criticized the American wall in 2019.", None)
    assert ("Andres Manuel Lopez Obrador", "MEXGOV") in coded(events)


def test_a_body_is_whose_its_leader_or_its_members_are(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The task force, headed by former Canadian minister Anne Carter, said production should be "
                  "monitored. A group representing Ontario's brewers is advocating for lower taxes.")
    assert ("task force", "CANGOV") in coded(events)
    assert [c for t, c in coded(events) if t == "group"] == ["CAN"]


def test_he_said_is_the_one_who_has_been_speaking(code) -> None:  # type: ignore[no-untyped-def]
    events = code('Chief Ade Bello spoke to reporters in Enugu on Monday. "The Nigerian police arrested our senator '
                  'for nothing," Bello said. "It is persecution." The police had detained Senator Ike Eze at the '
                  "airport. He said that the arrest was illegal.")
    # calling the arrest illegal criticises it (111): the speaker is its source
    said = [(e.cameo, a.name) for e in events if "illegal" in e.text for a in e.source]
    assert said == [("111", "Ade Bello")]


def test_a_prime_minister_is_not_of_the_country_of_the_other_prime_minister(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Prime Minister Keith Rowley said he would meet Dominica's Prime Minister Roosevelt Skerrit next "
                  "week. Prime Minister Keith Rowley criticized Dominica's Prime Minister Roosevelt Skerrit.")
    sources = coded(events)
    assert sources and not any(c == "DMAGOV" for _, c in sources), sources
    assert ("Roosevelt Skerrit", "DMAGOV") in coded(events, "target")


def test_a_province_of_a_country_the_story_never_names_is_a_name_collision(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Irish housing minister met officials on Monday. Local authorities in the Midlands said the "
                  "Irish government had failed them. Westmeath County Council criticized the plan.")
    sources = coded(events)
    assert ("Local authorities", "IRLGOV") in sources and ("Westmeath County Council", "IRLGOV") in sources
    assert not any(c and c.startswith("ZWE") for _, c in sources)


def test_a_town_is_no_he(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Water ran out in Kasba Bonli last week. Police in Sawai Madhopur said Kasba Bonli had no water. "
                  "He blamed the Indian government for the shortage.")
    blamed = [e for e in events if e.trigger.text == "blamed"]
    assert blamed and not any(a.name == "Kasba Bonli" for e in blamed for a in e.source)


def test_the_leader_of_a_community_group_holds_no_office(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Nigerian police arrested a senator. Chief Ade Bello, the leader of the Igbo group, criticized "
                  "the Nigerian police.")
    assert not any(c and c.endswith(("GOV", "MIL")) for _, c in coded(events) if _ != "Nigerian police")
    events = code("Nigerian police arrested a senator. The leader of Nigeria criticized the police.")
    assert any(c == "NGAGOV" for _, c in coded(events))


def test_an_abbreviated_police_rank_codes_its_officer(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Irish police arrested two men in Cork on Friday. The Irish police said the men were from Dublin. "
                  "Supt. Liam Daly said they would be charged.")
    assert ("Liam Daly", "IRLCOP") in coded(events)


def test_an_operations_code_name_names_no_place(code) -> None:  # type: ignore[no-untyped-def]
    """Zulia is also a state of Venezuela: the words of "Operation Zulia" give no one a country."""
    events = code("Operation Zulia detectives arrested two men in Leeds on Friday.")
    arrested = next(e for e in events if e.trigger.text == "arrested")
    assert [a.code for a in arrested.source] == ["GBRCOP"]
    assert all(not (a.code or "").startswith("VEN") for e in events for a in [*e.source, *e.target])
    assert all(e.location is None or e.location.country != "VEN" for e in events)


def test_a_lower_cased_code_name_names_no_place_either(code) -> None:  # type: ignore[no-untyped-def]
    events = code("operation zulia detectives arrested two men in leeds on friday.")
    assert all(not (a.code or "").startswith("VEN") for e in events for a in [*e.source, *e.target])
