"""Who a named or titled actor is: courtesy titles and surnames bind to the person the article introduced, a body's
acronym before a title gives the body's sector, a title's own country wins over another in the sentence, a town
named like a capital elsewhere is not that capital, and private people are civilians of the story's country."""

from __future__ import annotations

import pytest

from helpers import by_trigger, coded

pytestmark = pytest.mark.model


def test_a_courtesy_title_and_surname_keep_the_first_mentions_code(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Planning officer Maeve Tolland criticized the Irish government in Cork on Monday. Ms Tolland said the "
        "council would appeal the decision."
    )
    assert ("Maeve Tolland", "IRLGOV") in coded(by_trigger(events, "criticized"))
    assert ("Ms Tolland", "IRLGOV") in coded(by_trigger(events, "said"))


def test_a_courtesy_title_does_not_make_another_name_or_gender(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Senator Paul Tromp accused Dr Jill Stone of fraud in Ohio on Monday. Dr Stone defended her plan. She "
        "criticized the Senate."
    )
    # "Mr"/"Senator" of the subject is not Dr Stone's: "her" and "she" are Jill Stone, not the senator
    assert [a.name for e in by_trigger(events, "criticized") for a in e.source] == ["Jill Stone"]
    assert all(a.name != "Paul Tromp" for e in by_trigger(events, "defended") for a in e.source + e.target)


def test_a_knowledge_base_person_by_courtesy_title_and_surname(code) -> None:  # type: ignore[no-untyped-def]
    events = code("President Trump praised Mrs Haley on Monday.", published="2018-03-05")
    assert [(a.name, a.code) for e in events for a in e.target] == [("Nikki Haley", "USAGOV")]


def test_an_acronym_before_a_title_is_the_body_it_abbreviates(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "The Harlan County Public Schools board met in Kentucky on Monday. HCPS Superintendent Dora Quayle "
        "criticized the Kentucky legislature."
    )
    assert coded(by_trigger(events, "criticized")) == [("Dora Quayle", "USAEDU")]


def test_a_person_described_by_their_town_is_a_civilian_not_the_town(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Police arrested a 42-year-old Dover, Del. man on Friday.")
    assert coded(by_trigger(events, "arrested"), "target") == [("42-year-old Dover, Del. man", "USACVL")]


def test_a_titled_persons_country_comes_from_the_title(code) -> None:  # type: ignore[no-untyped-def]
    events = code("T&T Prime Minister Keith Rowley met Dominica's Prime Minister in Roseau on Monday.")
    assert coded(by_trigger(events, "met")) == [("Keith Rowley", "TTOGOV")]
    events = code("Trinidad and Tobago's Prime Minister Keith Rowley criticized Dominica's government on Monday.")
    assert coded(by_trigger(events, "criticized")) == [("Keith Rowley", "TTOGOV")]


def test_member_states_are_the_organisations_not_the_host_city(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The OAS secretary general urged member states in Washington to condemn the vote.")
    assert ("member states", "IGOOAS") in coded(by_trigger(events, "urged"), "target")


def test_a_police_force_named_after_a_town_elsewhere(code) -> None:  # type: ignore[no-untyped-def]
    events = code("LONDON, Ky. (WXYZ) \u2014 London Police arrested two men on Saturday.")
    assert coded(by_trigger(events, "arrested")) == [("London Police", "USACOP")]
    events = code("The mayor of London, Kentucky, praised the new road. London Police arrested two men on Saturday.")
    assert coded(by_trigger(events, "arrested")) == [("London Police", "USACOP")]
    events = code("London Police arrested two men on Saturday.")
    assert coded(by_trigger(events, "arrested")) == [("London Police", "GBRCOP")]
    # a list of countries is no town and its state
    events = code("Officials from Colombia, Brazil, Venezuela and Peru met in Lima. Brazil criticized Venezuela.")
    assert coded(by_trigger(events, "criticized")) == [("Brazil", "BRA")]


def test_sectors_that_follow_from_the_text(code) -> None:  # type: ignore[no-untyped-def]
    events = code("A group representing Ontario's convenience stores criticized the provincial government in Toronto.")
    assert coded(by_trigger(events, "criticized")) == [("group", "CANBUS")]
    events = code("The Mexican presidential front-runner criticized the government on Monday.")
    assert coded(by_trigger(events, "criticized"))[0][1] == "MEXPTY"
    # the president of a body the base does not know is no head of state
    events = code("Zorblat President Karl Roeder criticized the new tariffs in Detroit on Monday.")
    assert all(not (a.code or "").endswith("GOV") for e in events for a in e.source)
    # a former office-holder out of office is one of the elite
    events = code("Tony Blair criticized the British government on Monday.", published="2018-03-05")
    assert coded(by_trigger(events, "criticized")) == [("Tony Blair", "GBRELI")]


def test_a_private_person_is_a_civilian_of_the_storys_country(code) -> None:  # type: ignore[no-untyped-def]
    story = "Canadian police arrested two men in Toronto. Canada's government promised a review. "
    events = code(story + "Mary Tessler criticized the Canadian police.")
    assert ("Mary Tessler", "CANCVL") in coded(by_trigger(events, "criticized"))
    # one the text describes is not known to be a private person
    events = code(story + "Mary Tessler, a fellow at the Zorblat Institute, criticized the Canadian police.")
    assert ("Mary Tessler", "CANCVL") not in coded(by_trigger(events, "criticized"))


def test_he_added_is_the_subject_of_the_sentence_before(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Ravi Verma, the leader of the opposition, said Prime Minister Narendra Modi's cabinet had let down "
        "farmers in Jaipur. He added his party would not make false promises."
    )
    assert [(a.name, a.code) for e in by_trigger(events, "added") for a in e.source] == [("Ravi Verma", "INDOPP")]


def test_the_group_is_the_body_of_no_state_named_before(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Zorbalu Ndigbo, a cultural group of the Igbo people, criticized Nigeria's federal government in Enugu on "
        "Monday. The President-General of the group, Chief Ade Okafor, said the arrests in Nigeria were unjust. "
        "Okafor warned that the group would protest."
    )
    # calling the arrests unjust criticises them (111): the speaker is its source
    assert [(e.cameo, a.name, a.code) for e in events if "unjust" in e.text for a in e.source] == [
        ("111", "Ade Okafor", "NGANGO")]
    # "warned that the group would protest": the group is the one who would protest (the warning addresses no one)
    assert ("group", "NGANGO") in coded(by_trigger(events, "protest"), "source")


def test_an_abbreviation_the_text_spells_out_means_what_the_text_says(code) -> None:  # type: ignore[no-untyped-def]
    """"FSA" is also the Free Syrian Army; here it is the regulator the text named first."""
    events = code("Kenya's Financial Services Authority (FSA) fined the bank on Monday. The FSA also demanded a new"
                  " audit of the lender.")
    demanded = next(e for e in events if e.trigger.text == "demanded")
    assert [a.code for a in demanded.source] == ["KENGOV"]


def test_the_state_a_relation_describes_is_the_actor(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The United States agreed to sell NATO ally Norway four drones.")
    assert {a.code for e in events for a in e.target} == {"NOR"}
    (embargo,) = code("Norway imposed an embargo on a fellow NATO ally in the Baltic, Estonia.")
    assert [a.code for a in embargo.target] == ["EST"]


def test_leaders_of_the_years_of_the_news_are_known_and_a_common_surname_is_no_one_of_them(code) -> None:  # type: ignore[no-untyped-def]
    (met,) = code("During her official visit to Kenya, the Danish queen met President Kenyatta.", "2018-04-05")
    assert [a.code for a in met.target] == ["KENGOV"]
    (arrest,) = code("DENVER - Officer Hernandez arrested the man.", "2019-05-04")
    assert [a.code for a in arrest.source] == ["USACOP"]
    events = code("Spain's Pedro Sanchez met Macron. Sanchez said the talks went well.", "2019-05-04")
    assert [a.code for e in events if e.sentence == 1 for a in e.source] == ["ESPGOV"]
