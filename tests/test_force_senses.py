"""Verbs of force read by who takes part (issue 11, class 2): "clashed", "attacked", "intervened", "killed" are
force (CAMEO 18x-20x) only with a side that bears arms or a country acting as a whole; between ministers they are
words, a police raid is police action (170), an accident or a figure of speech is no act of force at all.
Sentences written for these tests."""

from __future__ import annotations

from helpers import asserted


def _force(events):  # type: ignore[no-untyped-def]
    return [e for e in events if e.cameo[:2] in ("18", "19", "20")]


def test_officials_who_clash_disagree(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan finance minister clashed with the Kenyan prime minister over the budget.")
    assert asserted(events) == [("110", ["KENGOV"], ["KENGOV"])]
    events = code("The Kenyan opposition leader attacked the Kenyan president.")
    assert asserted(events) == [("111", ["KENOPP"], ["KENGOV"])]
    # with an armed side the same verbs are force
    assert [e.cameo for e in code("Kenyan troops clashed with Somali militants near the border.")] == ["190"]
    assert [e.cameo for e in code("Somali militants attacked the Kenyan governor.")] == ["190"]
    assert [e.cameo for e in code("Uganda attacked Kenya.")] == ["190"]


def test_an_intervention_without_arms_is_no_force(code) -> None:  # type: ignore[no-untyped-def]
    assert _force(code("The Kenyan bishops asked the Kenyan president to intervene for a peaceful solution.")) == []
    events = code("The Kenyan president intervened with the Ugandan government for the detained lawmakers.")
    assert [e.cameo for e in events][:1] == ["045"]
    assert [e.cameo for e in code("Uganda intervened in South Sudan.")] == ["190"]


def test_police_raids_are_police_action(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Kenyan police targeted four pharmacies in Nairobi on Tuesday.")
    assert [(e.cameo, [a.code for a in e.source]) for e in events] == [("170", ["KENCOP"])]
    assert [e.cameo for e in code("Kenyan police raided three bars in Mombasa.")] == ["170"]


def test_a_private_killing_or_an_accident_is_no_force(code) -> None:  # type: ignore[no-untyped-def]
    assert _force(code("A Kenyan man killed his wife in Mombasa.")) == []
    assert _force(code("The defendant told the Kenyan court he did not mean to kill his neighbour.")) == []
    assert _force(code("The Kenyan minister was killed in a car crash near Nairobi, police said.")) == []
    # violence by or against those who bear arms stays force
    assert [e.cameo for e in code("Somali militants killed three Kenyan police officers.")] == ["190"]
    assert [e.cameo for e in code("Kenyan police killed two suspected robbers.")] == ["190"]


def test_figures_of_speech_are_no_force(code) -> None:  # type: ignore[no-untyped-def]
    assert _force(code("The Kenyan government hopes to kill off the old fuel tax.")) == []
    assert _force(code("The Kenyan president shot down rumours of a cabinet reshuffle.")) == []
    assert _force(code("The Kenyan president wants to move forward towards a deal with Uganda.")) == []
    assert [e.cameo for e in code("Kenyan troops shot down a Somali drone.")] == ["190"]


def test_an_attack_that_kills_is_force_whoever_dies(code) -> None:  # type: ignore[no-untyped-def]
    assert [e.cameo for e in code("A car bomb in Nairobi killed a Kenyan taxi driver.")] == ["183"]
    assert _force(code("The fire killed two Kenyan children.")) == []


def test_engaging_with_a_party_is_consultation(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan foreign minister engaged with Uganda on the border dispute.")
    assert [(e.event, [a.code for a in e.target]) for e in events] == [("CONSULT", ["UGA"])]
    assert _force(code("Kenya is ready to engage in talks with Uganda.")) == []
    assert [e.cameo for e in code("The Kenyan army engaged the Somali insurgents near the border.")] == ["190"]


def test_a_measure_that_targets_a_country_is_no_force(code) -> None:  # type: ignore[no-untyped-def]
    assert _force(code("The new Kenyan tariffs targeted Uganda.")) == []


def test_killed_in_police_firing_is_force_not_an_accident_in_a_fire(code) -> None:  # type: ignore[no-untyped-def]
    # "firing" is a verb's -ing noun: its lemma "fire" does not make it the accident of "killed in a fire"
    events = code("NAIROBI: Officials say that 12 traders have been killed in police firing.")
    [shot] = [e for e in events if e.cameo_root == "19"]
    assert [a.sector for a in shot.source] == ["COP"]
    assert not [e for e in code("NAIROBI: Two traders were killed in a fire on Monday.") if e.cameo_root == "19"]


def test_a_bomb_that_kills_is_a_bombing_by_irregulars_and_an_air_strike_aerial_force(code) -> None:  # type: ignore[no-untyped-def]
    [bombing] = _force(code("A roadside bomb blast killed the district commissioner near Kismayo on Friday."))
    assert bombing.cameo == "183" and [a.sector for a in bombing.source] == ["REB"]
    [air] = _force(code("An air strike killed eleven fighters near Kismayo on Friday."))
    assert air.cameo == "195"
    # an explosion that names no bomb is no bombing
    assert all(e.cameo != "183" for e in code("A boiler explosion killed four miners near Rustenburg."))
