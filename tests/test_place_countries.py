"""Where an actor is: a place below the country gives its country (as CAMEO codes it), the nationality of
another person gives none, and a surname alone is a known person only when nothing in the text says otherwise."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.kb import default_kb


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Northern Ireland", "GBR"), ("Ulster", "GBR"), ("Derry", "GBR"), ("Londonderry", "GBR"),
        ("Co Antrim", "GBR"), ("County Tyrone", "GBR"), ("Scottish", "GBR"), ("Wales", "GBR"),
        ("Co Donegal", "IRL"), ("Hong Kong", "HKG"), ("Macao", "MAC"), ("Puerto Rican", "PRI"),
        ("Greenland", "GRL"), ("Kurdistan Region", "IRQ"), ("Queensland", "AUS"),
    ],
)
def test_places_below_the_country_and_territories_have_their_cameo_country(name: str, country: str) -> None:
    assert default_kb().country_code(name) == country


def _codes(events, trigger: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [a.code for e in events if e.trigger.text == trigger for a in e.source]


@pytest.mark.model
def test_a_court_named_for_a_northern_irish_town_is_british_beside_an_irish_victim(code) -> None:  # type: ignore[no-untyped-def]
    text = ("A 41-year-old farmer appeared at Newry Magistrates' Court on Tuesday charged with assaulting an Irish "
            "woman. The court heard that police arrested him at a petrol station. The judge refused him bail.")
    events = code(text, "2019-02-12")
    assert _codes(events, "arrested") == ["GBRCOP"]
    assert _codes(events, "refused") == ["GBRJUD"]


@pytest.mark.model
def test_the_nationality_of_a_victim_is_not_the_country_of_the_police(code) -> None:  # type: ignore[no-untyped-def]
    text = ("A man who robbed a Canadian tourist in Cairns was jailed on Monday. Police said the man had followed "
            "the tourist home. The judge said he showed no remorse.")
    events = code(text, "2019-02-12")
    assert _codes(events, "said") == ["AUSCOP", "AUSJUD"]


@pytest.mark.model
def test_a_big_city_the_recognizer_takes_for_a_people_still_gives_its_country(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Homs rebels shelled an army post near a Turkish aid depot on Sunday.", "2016-10-02")
    assert _codes(events, "shelled") == ["SYRREB"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "code_"),
    [
        ("Scottish police detained four protesters outside the plant.", "GBRCOP"),
        ("The Welsh Government rejected the plan for the port.", "GBRGOV"),
        ("Hong Kong police detained four protesters outside the council.", "HKGCOP"),
        ("The Puerto Rican governor criticized the relief effort.", "PRIGOV"),
        ("Greenland's government rejected the offer.", "GRLGOV"),
    ],
)
def test_nations_and_territories_code_their_actors(code, sentence: str, code_: str) -> None:  # type: ignore[no-untyped-def]
    events = code(sentence, "2019-09-16")
    assert events and events[0].source and events[0].source[0].code == code_


@pytest.mark.parametrize("published", [dt.date(2016, 5, 1), None])
def test_a_surname_given_another_given_name_is_not_the_namesake_of_the_knowledge_base(
        published: dt.date | None) -> None:
    from eventdesk.actors.resolve import ActorResolver
    from eventdesk.nlp import load_pipeline

    nlp = load_pipeline()
    other = nlp("Italy and Libya agreed on Monday. Dan Pinotti, a dentist, is running for the school board. "
                "Pinotti criticized the mayor.")
    same = nlp("Italy and Libya agreed on Monday. Roberta Pinotti met the envoy. Pinotti criticized the plan.")
    for doc, found in ((other, []), (same, ["Roberta Pinotti"])):
        resolver = ActorResolver(default_kb(), published)
        resolver.scan(doc)
        assert [p.name for p in resolver.namesakes("Pinotti")] == found


@pytest.mark.model
def test_a_surname_alone_in_an_undated_text_needs_the_persons_country(code) -> None:  # type: ignore[no-untyped-def]
    alone = [e for e in code("Pinotti criticized the mayor of Dayton on Monday.", None)
             if e.trigger.text == "criticized"]
    assert alone and all(a.country != "ITA" for a in alone[0].source)
    named = [e for e in code("Italy will send ships to Libya. Pinotti criticized the plan on Monday.", None)
             if e.trigger.text == "criticized"]
    assert named and named[0].source and named[0].source[0].code == "ITAMIL"


def test_an_undated_surname_alone_is_a_head_of_government_or_needs_a_title_or_the_country() -> None:
    from eventdesk.actors.resolve import ActorResolver
    from eventdesk.nlp import load_pipeline

    resolver = ActorResolver(default_kb(), None)
    resolver.scan(load_pipeline()("The mayor of Dayton met the school board on Monday."))
    assert [p.name for p in resolver.namesakes("Merkel")] == ["Angela Merkel"]  # a head of government
    assert resolver.namesakes("Pinotti") == []  # a minister, in a text that never names Italy
    assert [p.name for p in resolver.namesakes("Pinotti", ("Defence Minister",))] == ["Roberta Pinotti"]


def test_a_small_town_of_a_country_the_story_never_names_sets_no_country_for_its_actors() -> None:
    from eventdesk.actors.resolve import ActorResolver
    from eventdesk.nlp import load_pipeline

    resolver = ActorResolver(default_kb(), dt.date(2019, 3, 4))
    resolver.scan(load_pipeline()("Police Scotland arrested two men in Edinburgh on Monday. A court in Glasgow "
                                  "remanded a third man."))
    assert resolver.document_country == "GBR" and resolver.document_country_clear
    assert resolver.foreign_town("Newbridge", "IRL")  # a namesake: the story never names Ireland
    assert not resolver.foreign_town("Newbridge", "GBR")
    assert not resolver.foreign_town("Aleppo", "SYR")  # a big city is where it says


def test_the_town_the_article_means_gives_its_bodies_their_country(code) -> None:  # type: ignore[no-untyped-def]
    """"London" beside "St. Thomas" and Ontario is London, Ontario: its police are Canada's."""
    events = code("Police in London said the stolen cars had been found. Officers in St. Thomas arrested one man."
                  " London police charged two men in Ontario.", "2016-12-18")
    assert {a.code for e in events for a in e.source} == {"CANCOP"}
    (arrest,) = code("London police arrested two men on Friday.", "2016-12-18")
    assert [a.code for a in arrest.source] == ["GBRCOP"]
