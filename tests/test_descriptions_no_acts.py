"""Descriptions are not acts (issue 11, class 2): what an actor is eager to do, tends to do or does as its remit,
a participle used as a preposition, a wish, and the victims of a blast tell of no act of theirs. Sentences written
for these tests."""

from __future__ import annotations


def _asserted(events):  # type: ignore[no-untyped-def]
    return [(e.cameo, [a.code for a in e.source]) for e in events if e.status == "asserted"]


def test_a_disposition_is_no_act(code) -> None:  # type: ignore[no-untyped-def]
    assert code("The Kenyan government's eagerness to support the new Somali parliament surprised diplomats.") == []
    # supporting it is an act
    assert [e.cameo for e in code("The Kenyan government supported the new Somali parliament.")] == ["051"]


def test_a_habit_is_no_act(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan minister admitted that agreements with landlords tended to be informal.")
    assert [e for e in events if e.cameo.startswith("05")] == []
    assert _asserted(code("Kenyan officials tended to deny such reports.")) == []
    assert _asserted(code("Kenyan officials denied such reports.")) != []


def test_a_remit_is_no_act(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan oversight authority, which probes deaths in police custody, met the Kenyan minister.")
    assert [e.cameo[:2] for e in events] == ["04"]
    # in the past tense the relative clause tells an act
    events = code("The Kenyan oversight authority, which probed the killing, met the Kenyan minister.")
    assert "091" in [e.cameo for e in events]


def test_considering_is_a_preposition(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan court adjourned the case considering the divergent views of Kenya and Uganda.")
    assert [e for e in events if e.cameo == "014"] == []
    assert [e.cameo for e in code("The Kenyan cabinet is considering new sanctions on Uganda.")] == ["014"]


def test_a_wish_threatens_no_one(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan government wanted to expel the Ugandan diplomats.")
    assert [e for e in events if e.cameo.startswith("13")] == []
    events = code("The Kenyan government threatened to expel the Ugandan diplomats.")
    assert [e.cameo[:2] for e in events if e.status == "asserted"] == ["13"]


def test_the_victims_of_a_blast_are_no_doers(code) -> None:  # type: ignore[no-untyped-def]
    for text in ("A Kenyan soldier died in the bombing, while three of his comrades were injured.",
                 "Sergeant John Roe of the Kenyan army died and three of his comrades were injured in the explosion."):
        assert all("KENMIL" not in [a.code for a in e.source] for e in code(text))
    # the ones injured are named, though no actor: the soldier killed is not one of them
    events = code("A Kenyan soldier died after a mine went off; three of his comrades were injured by the mine.")
    assert [e for e in events if e.cameo == "182" and e.target] == []


def test_a_feeling_is_no_act(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Some witnesses felt threatened and stayed silent, said Kenyan police chief John Mwangi.")
    assert [e.cameo for e in events] == ["010"]
    assert [e.cameo for e in code("The witnesses were threatened by Kenyan police.")] == ["130"]


def test_using_a_thing_to_act_is_no_habit(code) -> None:  # type: ignore[no-untyped-def]
    assert [e.cameo for e in code("The Kenyan army used helicopters to attack the rebel camp.")] == ["190"]
    assert "175" in [e.cameo for e in code("Kenyan police used tear gas to disperse the protesters.")]


def test_a_body_whose_remit_is_to_meet_people_meets_no_one_today(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Residents praised the Kenyan council, which meets with traders every month.")
    assert [e.cameo[:2] for e in events if e.cameo[:2] == "04"] == []
