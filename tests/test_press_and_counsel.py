"""The press and defence counsel in the knowledge base: outlets are media (no statement's target, no place of
the story), platforms belong to no country, and private lawyers are civilians, not the state that arrests."""

from __future__ import annotations

import pytest

from eventdesk.kb.knowledge_base import default_kb


def _statements(events):  # type: ignore[no-untyped-def]
    return [e for e in events if e.cameo == "010"]


@pytest.mark.parametrize("text", [
    "The finance minister told the Washington Post that the budget would be cut.",
    "A senior senator said in an interview with BuzzFeed News that the bill was dead.",
    "The opposition leader told the Thomson Reuters Foundation that the vote had been rigged.",
    "The governor wrote on Twitter that the roads would reopen on Friday.",
    "The mayor told Al Jazeera that the curfew would end soon.",
    "The general told the daily Kommersant that the exercise was routine.",
])
def test_outlet_spoken_to_is_no_target(code, text: str) -> None:  # type: ignore[no-untyped-def]
    statements = _statements(code(text))
    assert statements, text
    assert all(a.sector != "MED" for e in statements for a in e.target), text


def test_outlet_gives_the_speaker_no_country(code) -> None:  # type: ignore[no-untyped-def]
    for text in ("The minister told the New York Times that talks would resume.",
                 "The opposition leader told Reuters that talks would resume."):
        (event,) = _statements(code(text))
        assert [a.country for a in event.source] == [None], text


def test_outlets_and_platforms_in_the_kb() -> None:
    kb = default_kb()
    for name, country in [("Reuters", "GBR"), ("Xinhua", "CHN"), ("Dawn newspaper", "PAK"), ("Le Monde", "FRA"),
                          ("Twitter", None), ("YouTube", None)]:
        (term,) = [t for t in kb.lookup(name) if t.kind == "institution"]
        assert (term.sector, term.country) == ("MED", country), name
        assert kb.is_outlet(term)
    assert not any(kb.is_outlet(t) for t in kb.lookup("Pentagon"))


@pytest.mark.parametrize("text", [
    "Four students were arrested in Ankara on Tuesday, their lawyer said.",
    "The blogger was detained at the airport, his defence attorney told reporters.",
])
def test_defence_lawyer_reporting_an_arrest_is_not_the_arrester(code, text: str) -> None:  # type: ignore[no-untyped-def]
    arrests = [e for e in code(text) if e.cameo.startswith("17")]
    assert all(a.sector not in ("JUD", "CVL") for e in arrests for a in e.source), text


def test_lawyers_are_civilians_and_prosecutors_the_judiciary() -> None:
    sectors = {t.name: t.sector for w in ("lawyer", "defence counsel", "attorney", "prosecutor", "judge",
                                          "Attorney General", "federal prosecutor") for t in default_kb().lookup(w)
               if t.kind == "sector"}
    assert sectors["lawyer"] == sectors["defence counsel"] == sectors["attorney"] == "CVL"
    assert {sectors[w] for w in ("prosecutor", "judge", "Attorney General", "federal prosecutor")} == {"JUD"}


def test_prosecutor_still_charges(code) -> None:  # type: ignore[no-untyped-def]
    events = code("A federal prosecutor in Chicago charged the former mayor with fraud.")
    assert any(a.sector == "JUD" for e in events for a in e.source)


def test_platform_borrowed_from_the_main_clause_is_no_target(code) -> None:  # type: ignore[no-untyped-def]
    for text in ("The minister stunned Twitter on Sunday after he tweeted that the election was stolen.",
                 "The opposition leader lit up YouTube last week after she said that the army had lied."):
        assert all(a.sector != "MED" for e in _statements(code(text)) for a in e.target), text


def test_a_platform_takes_no_country_from_the_story(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Twitter said a fault had shown some users' posts twice in Kenya.")
    assert [a.code for e in events for a in e.source] == [None]


def test_the_press_reporting_a_passive_act_is_not_its_doer(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Typhoon rains lashed Fujian on Monday, Xinhua said, adding that 12,000 residents had been"
                  " evacuated.")
    evacuated = [e for e in events if e.trigger.text == "evacuated"]
    assert evacuated and all(a.sector != "MED" for e in evacuated for a in e.source)
