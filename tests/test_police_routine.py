"""Routine police work is no coercion (issue 11, class 2): attending a call-out, combing a field or hunting for a
suspect coerces no one; a manhunt and the investigation of "the incident" by police are the investigation of a
crime (CAMEO 091); and the act the officers then did ("... shot a man") is coded. Sentences written for these
tests."""

from __future__ import annotations


def _codes(events):  # type: ignore[no-untyped-def]
    return [(e.cameo, [a.sector for a in e.source]) for e in events if e.status == "asserted"]


def test_attending_a_call_is_no_act(code) -> None:  # type: ignore[no-untyped-def]
    assert code("Kenyan police officers responded to the scene of the collision near Nakuru.") == []
    assert _codes(code("Kenyan police responded to a call about a brawl and arrested three men.")) == [
        ("173", ["COP"])]
    # acting against a crowd is still the police's act (and not acting, the same act not done)
    assert [e.cameo for e in code("Kenyan police intervened against the rioters in Kisumu.")] == ["170"]


def test_the_act_after_the_call_keeps_its_doer(code) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "shot" on the participle "responding": the officers shot, and that is no coercion of theirs
    events = code("Kenyan police officers responding to an alarm at a bank fatally shot a robber in Eldoret.")
    assert [(e.cameo[:2], [a.code for a in e.source], [a.code for a in e.target]) for e in events] == [
        ("19", ["KENCOP"], ["KENCRM"])]


def test_a_manhunt_investigates_a_crime(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Kenyan police are searching for two suspects after the robbery in Thika.")
    assert [(e.cameo, [a.code for a in e.source]) for e in events] == [("091", ["KENCOP"])]
    assert code("Kenyan police searched for the missing climber on Mount Kenya.") == []
    assert code("Kenyan police officers combed the forest near the lake.") == []
    # searching a home is still police action against its owner
    assert [e.cameo for e in code("Kenyan police searched the home of the opposition senator.")] == ["170"]


def test_police_investigate_crime_not_military_action(code) -> None:  # type: ignore[no-untyped-def]
    assert [e.cameo for e in code("Kenyan police are investigating the incident in Kisumu.")] == ["091"]
    assert [e.cameo for e in code("The Kenyan army is investigating the incident at the border post.")] == ["093"]


def test_a_lone_vandal_is_no_riot(code) -> None:  # type: ignore[no-untyped-def]
    # a riot is a crowd's: one man who smashes car windows takes no implicit protesters as doers
    assert code("A man smashed the car windows in Nairobi on Friday.") == []
    assert [e.cameo for e in code("Rioters torched cars in Nairobi on Friday.")] == ["145"]


def test_a_car_occupied_by_its_driver_is_no_occupation(code) -> None:  # type: ignore[no-untyped-def]
    assert code("The second car, occupied by a Kenyan driver, was parked outside the Nairobi station.") == []
    assert [e.cameo for e in code("Ugandan troops occupied the Kenyan island.")] == ["192"]


def test_an_alert_issued_is_the_polices_appeal(code) -> None:  # type: ignore[no-untyped-def]
    (issued,) = code("A child abduction alert has been issued for two girls in New South Wales.")
    assert issued.cameo == "020" and [a.code for a in issued.source] == ["AUSCOP"]
    assert not any("Alert" in a.text for a in issued.target)
    assert all(a.text != "state" for e in code("A state of emergency was declared in Peru.") for a in e.target)
