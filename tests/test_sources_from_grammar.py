"""The source the grammar gives (issue 11, class 4): the by-agent of a passive the parser hangs on its
to-infinitive, a unit that "its"/"their" gives to the body that speaks, and the police or court that lets a
suspect go ("released without charge", "released on bail"). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt


def _dyads(events):  # type: ignore[no-untyped-def]
    return [(e.cameo, [a.code for a in e.source], [a.code for a in e.target]) for e in events
            if e.status == "asserted"]


def test_the_by_agent_after_a_to_infinitive(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan opposition leader was invited to speak by the Ugandan parliament.")
    assert _dyads(events) == [("026", ["UGALEG"], ["KENOPP"])]
    # a "by" of the infinitive's own ("to abide by the ruling") is no agent
    events = code("The Kenyan president was urged to abide by the ruling.")
    assert all(not e.source for e in events)


def test_a_unit_named_by_its_owner_pronoun(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Nairobi police announced its robbery squad arrested three men on Friday.")
    assert [(e.cameo, [a.code for a in e.source]) for e in events] == [("173", ["KENCOP"])]
    events = code("The Kenyan army said their special unit killed five militants near the border.")
    assert [(e.cameo, [a.code for a in e.source]) for e in events] == [("190", ["KENMIL"])]


def test_who_lets_a_suspect_go(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan activist was released without charge on Sunday.")
    assert [(e.cameo, [a.code for a in e.source]) for e in events] == [("0841", ["KENCOP"])]
    events = code("The Kenyan activist was released on bail on Sunday.")
    assert [(e.cameo, [a.code for a in e.source]) for e in events] == [("0841", ["KENJUD"])]
    # a patient let go from hospital is no captive freed
    assert code("The Kenyan activist was released from hospital on Sunday.") == []


def test_who_reports_a_threat_made_no_threat(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Kenyan police said the witness was threatened if she talked.")
    assert all(not e.source for e in events if e.cameo.startswith("13"))
    # an arrest the police report is theirs
    events = code("Kenyan police said three suspects were arrested.")
    assert [(e.cameo, [a.code for a in e.source]) for e in events] == [("173", ["KENCOP"])]


def test_the_one_raised_to_a_subject_is_the_one_acted_on(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan activist is scheduled to be released in May.")
    assert [([a.code for a in e.source], [a.code for a in e.target]) for e in events] == [([], ["KENNGO"])]
    events = code("The Ugandan envoy is reported to have been expelled by Kenya.")
    assert [([a.code for a in e.source], [a.code for a in e.target]) for e in events] == [(["KEN"], ["UGAGOV"])]


def test_a_named_doer_is_not_replaced_by_the_teller(code) -> None:  # type: ignore[no-untyped-def]
    # "her captors" are no political actor, and the police who tell of the release did not free her
    events = code("Kenyan police, who say the girl was freed by her captors, are hunting for three suspects.")
    assert [e for e in events if e.cameo == "0841" and e.source] == []


def test_the_attackers_of_the_clause_beside_an_agentless_passive_are_its_doers(code) -> None:  # type: ignore[no-untyped-def]
    (wounded,) = code("MOSUL, Iraq - Three guards were wounded and the attackers escaped on motorcycles.")
    assert [a.text for a in wounded.source] == ["attackers"]
    others = code("MOSUL, Iraq - Two policemen were wounded and the shoppers fled.")
    assert all(not e.source for e in others)


def test_a_victim_of_the_attacks_told_before_takes_their_doer_and_day(code) -> None:  # type: ignore[no-untyped-def]
    events = code("MOSUL, Iraq - Militants raided a border post on Sunday. Five border guards were killed in the raid.",
                  "2017-05-04")
    killed = next(e for e in events if e.trigger.text == "killed")
    assert [a.text for a in killed.source] == ["Militants"]
    assert (killed.date, killed.date_basis) == (dt.date(2017, 4, 30), "mention")


def test_victims_of_the_last_doers_own_side_take_no_doer_from_it(code) -> None:  # type: ignore[no-untyped-def]
    events = code("MOSUL, Iraq - Soldiers killed ten militants on Sunday. Two soldiers were killed in the attack.")
    second = [e for e in events if e.sentence == 1]
    assert second and all(not e.source for e in second)


def test_a_soldier_of_no_stated_country_takes_none_when_two_were_told(code) -> None:  # type: ignore[no-untyped-def]
    events = code("A Russian soldier and a Ukrainian soldier were wounded near the border. Later a soldier was"
                  " killed by a sniper.")
    killed = [e for e in events if e.trigger.text == "killed"]
    assert killed and all(a.code != "RUSMIL" for e in killed for a in e.target)
