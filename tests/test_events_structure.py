"""Who did what to whom: subjects, objects, passive voice, coordination, control."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def triples(events):  # type: ignore[no-untyped-def]
    return {
        (tuple(a.country for a in e.source), e.event, tuple(a.country for a in e.target), e.status) for e in events
    }


def test_coordination_one_meeting_with_four_people_is_four_events(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "In Paris, Sergei Lavrov talked with National Security Advisor, James Jones, Assistant Secretary of "
        "State, William Burns, Secretary of State, Hillary Clinton, and Defense Secretary, Robert Gates."
    )
    meetings = [e for e in events if e.event == "CONSULT"]
    assert sorted(e.target[0].name for e in meetings) == ["Hillary Clinton", "James Jones", "Robert Gates",
                                                          "William Burns"]
    assert {e.source[0].code for e in meetings} == {"RUSGOV"}
    assert {e.target[0].name: e.target[0].code for e in meetings}["Robert Gates"] == "USAMIL"


def test_passive_voice_swaps_source_and_target(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Georgian villages were attacked by Russian troops on Friday.")
    assault = [e for e in events if e.event == "ASSAULT"]
    assert assault, events
    assert assault[0].source[0].country == "RUS"
    assert assault[0].source[0].sector == "MIL"


def test_passive_with_target_subject(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Iran was condemned by France over the missile test.")
    assert ("FRA",) in {tuple(a.country for a in e.source) for e in events if e.event == "ACCUSE"}
    accuse = next(e for e in events if e.event == "ACCUSE")
    assert accuse.target[0].country == "IRN"


def test_control_offered_to_work_with_is_agree_from_the_offerer(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Moscow offered to cooperate with the United States on space debris.")
    agree = [e for e in events if e.event == "AGREE" and e.status == "asserted"]
    assert agree and agree[0].source[0].code == "RUSGOV" and agree[0].target[0].country == "USA"


def test_compound_subject_of_a_mutual_act_gives_both_dyads(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Russia and Norway signed a treaty on their maritime border.")
    agree = [e for e in events if e.event == "AGREE"]
    dyads = {(e.source[0].country, e.target[0].country) for e in agree if e.source and e.target}
    assert dyads == {("RUS", "NOR"), ("NOR", "RUS")} and all(len(e.source) == 1 for e in agree)


def test_compound_subject_of_a_one_sided_act_keeps_both_sources(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Russia and Norway offered aid.")
    assert events and {a.country for a in events[0].source} == {"RUS", "NOR"} and not events[0].target


def test_reported_speech_keeps_event_and_speaker(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Dmitry Medvedev said that Russia had signed an agreement with Ukraine.")
    agree = [e for e in events if e.event == "AGREE"]
    assert agree, events
    assert agree[0].speaker is not None and agree[0].speaker.name == "Dmitry Medvedev"


def test_opinion_sentence_yields_no_event(code) -> None:  # type: ignore[no-untyped-def]
    assert code("Medvedev is essentially a figurehead president.") == []


def test_measure_nouns_are_looked_through_to_what_they_measure(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Japan sent a shipment of medicine to Haiti on Monday.", published="2010-01-20")
    assert [(e.event, e.cameo, [a.code for a in e.target]) for e in events] == [("AID", "073", ["HTI"])]
    events = code("The European Union imposed a new round of sanctions on Iran.", published="2010-01-20")
    assert [(e.event, [a.code for a in e.target]) for e in events] == [("SANCTION", ["IRN"])]


def test_force_posture_patterns(code) -> None:  # type: ignore[no-untyped-def]
    events = code("India deployed troops to the border with Pakistan.", published="2010-01-20")
    assert [(e.event, [a.code for a in e.source], [a.code for a in e.target]) for e in events] == [
        ("MOBILIZE", ["IND"], ["PAK"])]
    events = code("Greek troops remained on alert along the border on Monday.", published="2010-01-20")
    assert [(e.event, e.cameo, [a.code for a in e.source]) for e in events] == [("MOBILIZE", "152", ["GRCMIL"])]


def test_mediation_begun_and_ended_and_aid_suspension_noun(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Egypt launched mediation between Syria and Turkey.", published="2010-01-20")
    assert {(e.cameo, tuple(a.code for a in e.target)) for e in events} == {("045", ("SYR",)), ("045", ("TUR",))}
    events = code("Norway ended its mediation efforts with the rebels on Thursday.", published="2010-01-20")
    assert [e.cameo for e in events] == ["165"]
    events = code("Denmark declared a suspension of aid to Egypt.", published="2010-01-20")
    assert [(e.cameo, [a.code for a in e.source], [a.code for a in e.target]) for e in events] == [
        ("162", ["DNK"], ["EGY"])]


def test_cyber_warfare_and_joining_for_talks(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Russia launched cyber warfare against Ukraine.", published="2019-01-20")
    assert [(e.cameo, [a.code for a in e.source], [a.code for a in e.target]) for e in events] == [
        ("176", ["RUS"], ["UKR"])]
    events = code("Putin hosted Erdogan for talks in Sochi.", published="2019-01-20")
    assert [(e.event, e.cameo, [a.code for a in e.target]) for e in events] == [("CONSULT", "043", ["TURGOV"])]


def test_a_sentence_told_twice_in_one_document_is_coded_once(code) -> None:  # type: ignore[no-untyped-def]
    said = "The Norwegian foreign minister met the Chilean ambassador in Oslo to discuss fishing quotas on Monday."
    once = code(said)
    twice = code(f"{said}\n\nThe talks lasted two hours.\n\n{said}")
    assert [e.cameo for e in once] and [e.cameo for e in twice] == [e.cameo for e in once]
    short = "Chilean miners protested. Chilean miners protested."  # short sentences are not taken for repeats
    assert len([e for e in code(short) if e.cameo.startswith("14")]) == 2


def test_who_reports_a_protest_did_not_hold_it(code) -> None:  # type: ignore[no-untyped-def]
    told = [e for e in code("The police said a protest in the capital on Sunday was peaceful.") if e.cameo[:2] == "14"]
    assert told and all(not any(a.text == "police" or a.sector == "COP" for a in e.source) for e in told)
    held = [e for e in code("Nurses held a protest in the capital on Sunday, the police said.") if e.cameo[:2] == "14"]
    assert held and held[0].source[0].text == "Nurses"
