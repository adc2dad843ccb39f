"""Non-events and doers the text fixes (issue 11, classes 2 and 4): a news outlet telling the news makes no
statement of its own; "was forced to" with no one named who forced is no coercion; the doer of a prison term, of a
span "of talking with X" and of a fronted participle ("Released on bond, he ...") is read from the grammar."""

from __future__ import annotations

import pytest

from helpers import asserted


@pytest.mark.parametrize("text", [
    "A cook stabbed six guests at a wedding hall in Guangxi, China's official news agency Xinhua said.",
    "Xinhua said the fire at the warehouse was started by a worker who dropped a cigarette.",
    "Two buses collided on a mountain road in Peru, killing eleven people, the state news agency Andina said.",
])
def test_outlet_telling_the_news_is_a_cited_source_not_a_statement(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in code(text) if e.cameo == "010" and any(a.sector == "MED" for a in e.source)], text


def test_outlet_telling_a_political_act_is_cited_on_it(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Russia deployed three warships to the Black Sea, the state news agency Xinhua said on Monday.")
    (deploy,) = [e for e in events if e.cameo.startswith("15")]
    assert [a.code for a in deploy.source] == ["RUS"]
    assert [c.source for c in deploy.cited] == ["Xinhua"]
    assert not [e for e in events if e.cameo == "010"]


def test_outlet_in_its_own_voice_still_makes_a_statement(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Xinhua said in a commentary on Sunday that the new tariffs were a grave mistake.")
    assert any(e.cameo.startswith("01") or e.cameo.startswith("11") for e in events
               if [a.code for a in e.source] == ["CHNMED"])


def test_journalist_speaking_for_herself_is_no_outlet(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Jane Roe, a reporter for the Daily Clarion, said she would not reveal her sources to the court.")
    assert [e for e in events if e.cameo == "010"]


@pytest.mark.parametrize("text", [
    "The Norwegian folk band was forced to postpone its autumn concerts after a burglary.",
    "The clinic in the valley was forced to close for three months after the flood.",
    "In the end, the smaller parties in Kenya were forced to accept the coalition's terms.",
])
def test_forced_by_no_one_is_no_coercion(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in code(text) if e.cameo.startswith("17")], text


def test_forced_to_resign_keeps_the_resignation(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan interior minister was forced to resign after the scandal.")
    assert [e.cameo for e in events] == ["0831"]


@pytest.mark.parametrize("text", [
    "The villagers were forced to leave their homes by the rebels.",
    "The villagers were forced by the rebels to leave their homes.",
    "The rebels forced the villagers to leave their homes.",
])
def test_named_forcer_is_the_source(code, text: str) -> None:  # type: ignore[no-untyped-def]
    (force,) = [e for e in code(text) if e.cameo == "170"]
    assert [a.text for a in force.source] == ["rebels"], text
    assert [a.text for a in force.target] == ["villagers"], text


def test_forced_to_travel_by_bus_names_no_forcer(code) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in code("The families were forced to leave their farms by bus.") if e.cameo == "170"]


@pytest.mark.parametrize("text", [
    "The two teachers were sent to prison in Turkey for ten years.",
    "Their families say the two teachers in Turkey were sent to jail over a newspaper column.",
])
def test_sent_to_prison_is_a_courts_act(code, text: str) -> None:  # type: ignore[no-untyped-def]
    (jailed,) = [e for e in code(text) if e.cameo == "173"]
    assert [a.code for a in jailed.source] == ["TURJUD"], text
    assert jailed.rule.endswith("/implicit-agent")


def test_taken_into_custody_stays_the_polices(code) -> None:  # type: ignore[no-untyped-def]
    (held,) = [e for e in code("The suspect was taken into custody in Ohio.") if e.cameo == "173"]
    assert [a.code for a in held.source] == ["USACOP"]


@pytest.mark.parametrize("text", [
    "\"We had a useful week of negotiating with Japan,\" Canadian Prime Minister Justin Trudeau said.",
    "\"We have had a good month of consulting with Japan,\" Canadian Prime Minister Justin Trudeau told reporters.",
])
def test_span_of_talking_is_the_holders(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(text, "2018-06-01") if e.cameo.startswith("04")]
    assert events, text
    assert all([a.code for a in e.source] == ["CANGOV"] for e in events), text
    assert all([a.code for a in e.target] == ["JPN"] for e in events), text


def test_condemning_a_practice_makes_no_one_its_doer(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Danish foreign minister condemned the practice of torturing prisoners.")
    assert not [e for e in events if e.cameo.startswith("18") and e.source]


def test_fronted_participle_befalls_the_subject(code) -> None:  # type: ignore[no-untyped-def]
    events = code("John Roe was arrested in May in Ohio. Released on bond, he returned to his farm.")
    (release,) = [e for e in events if e.cameo == "0841"]
    assert [a.code for a in release.source] == ["USAJUD"]
    assert [a.text for a in release.target] == ["he"]


def test_trailing_participle_befalls_the_subject(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The suspect returned home, released on bond after two days in custody in Texas.")
    assert asserted(events) == [("0841", ["USAJUD"], ["USACRM"])]


def test_perfect_participle_is_the_subjects_own_act(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Having released the hostages, the rebels withdrew from the town.")
    (release,) = [e for e in events if e.cameo == "0841"]
    assert [a.text for a in release.source] == ["rebels"]


@pytest.mark.parametrize("text", [
    "The Kenyan health ministry warned of a cholera outbreak in the camps.",
    "The Canadian government warns of freezing rain and ice pellets across Ontario overnight.",
])
def test_warning_of_a_hazard_is_a_pessimistic_comment(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.cameo for e in code(text)] == ["012"], text


def test_warning_of_retaliation_stays_a_threat(code) -> None:  # type: ignore[no-untyped-def]
    assert [e.cameo for e in code("Iran warned of retaliation against Israel.")] == ["138"]


def test_flights_cancelled_by_no_one_are_no_sanction(code) -> None:  # type: ignore[no-untyped-def]
    text = "Thick fog disrupted travel in northern England, with dozens of flights cancelled at Manchester airports."
    assert not [e for e in code(text) if e.cameo.startswith("16")]


def test_a_state_cancelling_flights_is_a_sanction(code) -> None:  # type: ignore[no-untyped-def]
    assert asserted(code("Russia cancelled all flights to Georgia after the spy scandal.")) == [
        ("163", ["RUS"], ["GEO"])]


def test_a_tour_by_no_actor_is_no_visit(code) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in code("Ireland was toured extensively in the summer of 1998.") if e.cameo.startswith("04")]
    assert [e.cameo for e in code("The Kenyan president toured Ireland last week.")] == ["042"]


_BRAWL = (
    "Police in Leeds are appealing for witnesses after a fight outside a bar on Saturday night left two men in "
    "hospital, the police said on Sunday.\n"
    "Officers said the trouble began shortly after 11pm, when Dan Kolby and Mark Treadway began to threaten a group "
    "of students who were waiting for a taxi.\n"
    "As Kolby and Treadway threaten the students, a passer-by tried to calm them down.\n"
    "The police arrived within minutes and arrested both men, who were later released on bail.\n"
    "A police spokesman said officers wanted to hear from anyone who had filmed the fight on a phone.\n"
    "The council said it would review the licence of the bar.\n"
)


def test_threats_in_a_brawl_between_named_people_are_crime_news(code) -> None:  # type: ignore[no-untyped-def]
    events = code(_BRAWL)
    assert not [e for e in events if e.cameo.startswith("13")]
    assert [e for e in events if e.cameo == "173"]  # the arrest stays


def test_threat_to_an_official_or_by_a_state_stays(code) -> None:  # type: ignore[no-untyped-def]
    events = code(_BRAWL + "Later that night Kolby threatened the Leeds mayor in a message on Twitter.\n")
    assert [e for e in events if e.cameo.startswith("13")]
    assert next(e.cameo for e in code("Iran threatened to close the Strait of Hormuz.")).startswith("13")


def test_a_private_persons_tour_of_countries_is_no_visit(code) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in code("The American folk singer is currently touring Canada and Mexico with his band.")
                if e.cameo.startswith("04")]
    assert asserted(code("The American secretary of state visited Mexico on Monday.")) == [
        ("042", ["USAGOV"], ["MEX"])]


def test_a_call_received_from_no_one_named_is_no_consultation(code) -> None:  # type: ignore[no-untyped-def]
    assert not code("The state police post in Ohio received a call on Sunday about a shooting on a farm road.")
    assert asserted(code("The Turkish president received a phone call from the Russian president on Friday.")) == [
        ("041", ["TURGOV"], ["RUSGOV"])]
