"""A verdict in the passive with no agent ("was found guilty of fraud") is the court's: the implicit agent of
events/implicit.yaml, of the story's country, with a lower confidence and a rule that says so; the offence a verdict
names ("guilty of murder", "acquitted of murder") is no killing of the court's (issue 12, class 3). Sentences written
for these tests."""

from __future__ import annotations


def _verdicts(events):  # type: ignore[no-untyped-def]
    return [(e.cameo, [a.code for a in e.source], [a.code for a in e.target], e.rule) for e in events
            if e.status == "asserted"]


def test_a_passive_guilty_verdict_is_the_courts(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Three customs officers were found guilty of smuggling in Mombasa, Kenya.")
    assert _verdicts(events) == [("116", ["KENJUD"], ["KENCOP"], "accuse/find-guilty/implicit-agent")]
    assert events[0].confidence < 0.5
    # a court or jury named keeps its own verdict
    events = code("A jury in Mombasa, Kenya, found three customs officers guilty of smuggling.")
    assert _verdicts(events) == [("116", ["KENJUD"], ["KENCOP"], "accuse/find-guilty")]


def test_the_offence_judged_is_no_act_of_the_court(code) -> None:  # type: ignore[no-untyped-def]
    assert code("A court in Kumasi, Ghana, acquitted the farmer of murder.") == []
    assert [e.cameo for e in code("A court in Kumasi, Ghana, found the farmer guilty of murder.")] == ["116"]
