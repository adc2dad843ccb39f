"""Deputies are legislators in most countries, but a sheriff's officers (police, COP) in the United States or in a
story that names a sheriff (issue 11, class 4). The countries and words are data (kb/data/descriptions.yaml).
Sentences written for these tests."""

from __future__ import annotations

from eventdesk.kb.knowledge_base import default_kb


def _sources(events):  # type: ignore[no-untyped-def]
    return [(e.cameo, [a.code for a in e.source]) for e in events if e.status == "asserted"]


def test_deputies_in_an_american_story_are_police(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Deputies detained three teenagers after a burglary at a pharmacy in Amarillo, Texas.")
    assert _sources(events) == [("173", ["USACOP"])]
    events = code("A deputy shot a driver who rammed a patrol car outside Boise, Idaho.")
    assert [a.code for e in events for a in e.source] == ["USACOP"]


def test_deputies_beside_a_sheriff_are_police(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The county sheriff's office said deputies shot a man who opened fire on them.")
    assert [(e.cameo, [a.sector for a in e.source]) for e in events] == [("193", ["COP"])]


def test_deputies_elsewhere_stay_legislators(code) -> None:  # type: ignore[no-untyped-def]
    assert _sources(code("Italian deputies rejected the budget bill in Rome.")) == [("120", ["ITALEG"])]
    events = code("Deputies in Kyiv accused the cabinet of hiding the cost of the gas deal.")
    assert [a.code for e in events for a in e.source] == ["UKRLEG"]


def test_deputy_before_a_title_is_a_rank(code) -> None:  # type: ignore[no-untyped-def]
    # "deputy" qualifies the office that follows it: no legislator, wherever the story is (a guard for the rule)
    events = code("Kenyan Deputy Publicity Secretary Jane Roe criticised the ruling.")
    assert [a.code for e in events for a in e.source] == ["KENGOV"]


def test_the_countries_with_sheriffs_are_data() -> None:
    kb = default_kb()
    assert "USA" in kb.sheriff_countries and {"deputy", "deputies"} <= kb.deputy_words
