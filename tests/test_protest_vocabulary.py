"""Protest told in the words of southern African and labour news (issue 12): stoppages, the toyi-toyi, crowds that
clash with the police, protests joined or named by their kind, and the protest an act was done during. Every
sentence is written for these tests; each is checked in lower case too, since regional news comes so."""

from __future__ import annotations

import pytest

from eventdesk.evaluation.labels import load_label_rules
from eventdesk.nlp.lemmas import inflections

pytestmark = pytest.mark.model


def _protests(events):  # type: ignore[no-untyped-def]
    return sorted({e.cameo for e in events if e.event == "PROTEST" and e.status == "asserted"})


@pytest.mark.parametrize("sentence, cameo", [
    ("Hundreds of nurses toyi-toyied outside the hospital in Polokwane on Tuesday.", "141"),
    ("Bus drivers in Durban embarked on a strike on Monday.", "143"),
    ("Taxi owners staged a go-slow on the N3 highway near Pietermaritzburg.", "143"),
    ("The civic association called for a stayaway in Mamelodi on Monday.", "143"),
    ("Workers at the smelter in Witbank continued striking on Friday.", "143"),
    ("Striking miners clashed with police near the shaft in Rustenburg.", "145"),
    ("Thousands of teachers took part in a march through Pretoria on Wednesday.", "141"),
    ("Students participated in a march to the Union Buildings in Pretoria.", "141"),
    ("The peaceful march ended at the city hall in Bloemfontein.", "141"),
    ("Angry commuters torched two trains at the station in Mabopane.", "145"),
    ("The strike at the platinum mine near Brits entered its second week.", "143"),
    ("The nurses' strike entered its third week in Kimberley.", "143"),
    ("The stayaway paralysed the township of Alexandra on Monday.", "143"),
    ("Residents erected barricades across the main road into Tembisa.", "144"),
    ("Students disrupted lectures at the campus in Durban on Tuesday.", "144"),
    ("Unemployed youths went on the rampage in the township of Zandspruit.", "145"),
    ("Civic activists distributed a petition against the clinic's closure in Ermelo.", "140"),
    ("Demonstrators gathered in the city centre of Kimberley on Monday.", "141"),
    ("Farmworkers assembled at the farm gate in De Doorns to demand a higher daily wage.", "141"),
])
def test_words_and_frames_of_protest(code, sentence: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    assert cameo in _protests(code(sentence)), code(sentence)
    assert cameo in _protests(code(sentence.lower())), sentence.lower()


@pytest.mark.parametrize("sentence", [
    "Gunmen struck a minibus taxi on the road to Umlazi.",  # a blow, no stoppage
    "Lightning struck the farmhouse near Kroonstad on Sunday.",
    "The price of maize rose in March, the board said.",  # the month
    "The two armies clashed near the border on Sunday.",  # soldiers in a fight are no crowd
    "The air strike on the camp near Kismayo entered the record of the inquiry.",  # no stoppage, however told
    "Police erected barricades around the stadium in Soweto.",  # the police's barriers are no protest
    "Relatives gathered at the chapel in Welkom to mourn the miners.",
])
def test_the_same_words_in_other_senses_are_no_protest(code, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert not _protests(code(sentence)), code(sentence)


def test_a_clash_of_a_crowd_with_police_is_a_violent_protest_not_a_fight(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Hundreds of demonstrators clashed with police in Harare on Monday.")
    assert [e.cameo for e in events if e.event in ("PROTEST", "ASSAULT")] == ["145"]


def test_the_protest_an_act_was_done_during_happened_too(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Residents burned the councillor's car during the protest in Mamelodi.")
    assert _protests(events) == ["141", "145"]  # the burning, and the protest it was done in
    # the police who fired during the protest are not its doers
    events = code("Police fired rubber bullets at the crowd during the protest in Soweto.")
    [protest] = [e for e in events if e.event == "PROTEST"]
    assert not any(a.sector == "COP" for a in protest.source)


def test_hyphenated_pattern_words_are_read_back_from_their_inflections(code) -> None:  # type: ignore[no-untyped-def]
    assert {"toyi-toyied", "toyi-toying", "toyi-toyiing", "toyi-toyis"} <= inflections("toyi-toyi")
    assert "sit-ins" in inflections("sit-in")
    assert {"tear-gassed", "tear-gassing", "tear-gasses"} <= inflections("tear-gas")  # a short syllable doubles
    for text in ("Riot police tear-gassed the marchers in Harare.", "riot police tear-gassed the marchers in harare."):
        assert [e.cameo for e in code(text)] == ["175"], text


def test_demonstrators_the_police_disperse_tell_of_a_protest(code) -> None:  # type: ignore[no-untyped-def]
    rules = load_label_rules()["PROTEST"]
    events = code("Police tear-gassed the demonstrators outside the stadium in Durban on Monday.")
    assert not _protests(events)  # no protest event of its own, but the label reads one off the dispersal
    assert any(r.fits(e) for e in events for r in rules)
    arrested = code("Police arrested two opposition leaders in Harare on Monday.")
    assert not any(r.fits(e) for e in arrested for r in rules)


def test_roads_the_forces_of_the_state_close_are_their_measure_not_a_protest(code) -> None:  # type: ignore[no-untyped-def]
    police = code("Police blocked the road to the stadium in Polokwane.")
    assert [(e.cameo, e.source[0].sector) for e in police] == [("151", "COP")]
    assert [e.cameo for e in code("Soldiers sealed the main road into Beira.")] == ["152"]
    assert [e.cameo for e in code("Residents blocked the main road into Tembisa with rocks.")] == ["144"]


@pytest.mark.parametrize("sentence", [
    "Nurses at the clinic in Mthatha have been on strike since Monday over unpaid overtime.",  # main-verb "be"
    "Municipal workers in Tshwane are on a go-slow over their bonuses.",
])
def test_a_stoppage_one_is_on_is_a_strike_whatever_verb_carries_it(code, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert _protests(code(sentence)) == ["143"], code(sentence)
    assert _protests(code(sentence.lower())) == ["143"], sentence.lower()


def test_a_strike_one_is_on_is_told_with_its_status(code) -> None:  # type: ignore[no-untyped-def]
    [future] = [e for e in code("The bakers of Germiston will be on strike from Friday.") if e.cameo == "143"]
    assert future.status == "future"
    assert not _protests(code("The cleaners in Welkom are not on strike, their union said."))


@pytest.mark.parametrize("sentence", [
    "The minister briefed the cabinet on the strike in Germiston.",  # a topic: about the strike
    "The jets carried out a strike on the depot outside Kismayo.",  # its own "on": an air strike's target
])
def test_a_strike_talked_on_or_struck_on_something_is_none_one_is_on(code, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(e.rule.startswith("protest/on-strike") for e in code(sentence)), code(sentence)


def test_a_march_its_marchers_name_is_a_demonstration_and_the_month_none(code) -> None:  # type: ignore[no-untyped-def]
    text = "A march by hundreds of bakers to the labour department in Germiston ended peacefully on Wednesday."
    assert _protests(code(text)) == ["141"]
    assert _protests(code(text.lower())) == ["141"]
    assert not _protests(code("The new bridge in Germiston should be finished by March next year."))


def test_states_named_as_a_group_protest_officially_not_in_the_street(code) -> None:  # type: ignore[no-untyped-def]
    for text in ("Donor nations, protesting the arrests of the editors, have asked Lilongwe for an inquiry.",
                 "The neighbouring countries protested the closure of the border post at Beitbridge."):
        events = code(text)
        assert not _protests(events), events
        assert not any(a.sector == "OPP" for e in events for a in e.source), events
    assert _protests(code("Residents protested outside the municipal offices in Soweto on Monday, police said.")) \
        == ["141"]


@pytest.mark.parametrize("sentence, cameo", [
    ("The protest action by bakers spread to two more towns on Tuesday, police said.", "141"),
    ("Cleaners embarked on rolling mass action at the hospital in Umtata on Monday.", "141"),
    ("Dock workers embarked on industrial action at the port of Richards Bay on Monday, the union said.", "143"),
])
def test_action_its_kind_names_a_protest_or_a_stoppage_is_one(code, sentence: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    assert cameo in _protests(code(sentence)), code(sentence)
    assert cameo in _protests(code(sentence.lower())), sentence.lower()


def test_legal_military_or_disciplinary_action_is_no_protest(code) -> None:  # type: ignore[no-untyped-def]
    for text in ("The department threatened disciplinary action against the bakers, a spokesman said.",
                 "The army said military action against the rebels in Beni would go on."):
        assert not _protests(code(text)), text
