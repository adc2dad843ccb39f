"""Words of protest in senses that are no protest (issue 12): a party's rally, a religious fast, a firm that halts
production, a building lived in, goods lost in a fire, one man's thrown bottle. Each is set beside the protest the
same words tell, so that the sense, not the word, decides. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _protests(events):  # type: ignore[no-untyped-def]
    return sorted({e.cameo for e in events if e.event == "PROTEST" and e.status == "asserted"})


@pytest.mark.parametrize("sentence", [
    "The party held a provincial rally in Polokwane on Sunday.",  # a meeting of supporters
    "Employees of the municipality attended political rallies during working hours.",
    "Thousands attended the final election rally of the ruling party in Durban.",
    "Many Muslims are fasting during Ramadan.",  # a religious fast
    "The bishops called for a week of prayer and fasting.",
    "Millions of people are starving in the region after the drought.",  # hunger, no hunger strike
    "The company suspended production at its Rustenburg smelter after the accident.",  # a firm's decision
    "The building was occupied by about forty families.",  # lived in
    "Nine buses burnt in Pinetown depot fire",  # a headline: a fire, nobody's riot
    "Four cars were burnt in the fire at the parking lot in Umlazi.",
])
def test_the_words_of_protest_in_other_senses_give_none(code, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert not _protests(code(sentence)), code(sentence)


@pytest.mark.parametrize("sentence, cameo", [
    ("Residents held a rally outside the municipal offices in Ermelo to demand water.", "141"),
    ("Thousands attended a protest rally against the fuel levy in Cape Town.", "141"),
    ("The detainees have been fasting in protest against their detention.", "142"),
    ("Mineworkers halted production at the shaft over unpaid bonuses.", "143"),
    ("Nurses downed tools at the hospital in Kimberley on Monday.", "143"),
    ("Students occupied the administration building on Tuesday.", "144"),
    ("Protesters torched two trucks on the N2 near Mthatha.", "145"),
])
def test_the_same_words_of_a_protest_still_tell_one(code, sentence: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    assert cameo in _protests(code(sentence)), code(sentence)


def test_one_of_a_group_is_no_crowd_to_give_a_riot_its_protesters(code) -> None:  # type: ignore[no-untyped-def]
    """A riot's doers, unnamed, are protesters; one person out of a group named as the doer is no crowd."""
    lone = code("After a quarrel, one of them smashed the windows of his car.")
    assert not [e for e in lone if e.rule.endswith("/implicit-agent")], lone
    crowd = code("After the meeting, they smashed the windows of the council offices.")
    assert "145" in _protests(crowd), crowd


@pytest.mark.parametrize("sentence", [
    "A mob of about two hundred people attacked foreign-owned shops in the township.",
    "An angry mob torched the councillor's house in Mothutlung.",
    "Looters ransacked a supermarket in the city centre on Friday night.",
    "The crowd stoned passing vehicles on the R59 near Sebokeng.",
])
def test_a_crowds_violence_is_a_riot(code, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert "145" in _protests(code(sentence)), code(sentence)


def test_one_armed_doer_or_soldiers_make_no_riot(code) -> None:  # type: ignore[no-untyped-def]
    assert not _protests(code("A gunman attacked a shop owner in Soweto.")), "a lone attacker"
    events = code("Soldiers torched the houses of the villagers.")
    assert not _protests(events) and "1712" in {e.cameo for e in events}, events
