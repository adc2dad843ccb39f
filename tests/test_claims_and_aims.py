"""Who did it, and did it happen (issue 11, session 7's judge classes 3, 5 and 9): a wrongdoing one actor says
another did is the speaker's accusation, views said to be at odds with a standard are criticism of their owner; a
possessor or an act told before names the doer of an act noun; an aim, an agreement's content and an adjective's
to-infinitive under a modal are not asserted. Sentences written for these tests."""

from __future__ import annotations

from helpers import asserted

# -- statements that carry an accusation or criticism ------------------------------------------------------------

def test_a_duty_said_to_be_left_undone_is_an_accusation(code) -> None:  # type: ignore[no-untyped-def]
    events = code("In its appeal, the Kenyan opposition said the Ugandan government had failed to release the funds.")
    assert ("112", ["KENOPP"], ["UGAGOV"]) in asserted(events)
    assert "010" not in [e.cameo for e in events]
    # a setback, or a failure of no one, accuses nobody
    assert [e.cameo for e in code("The Kenyan president said the ruling party failed to win the vote.")] == ["010"]
    assert [e.cameo for e in code("The Kenyan president said the talks failed.")] == ["010"]
    assert [e.cameo for e in code("The Kenyan president said the economy failed last year.")] == ["010"]


def test_a_wrongdoing_told_of_another_actor_is_the_speakers_accusation(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan opposition said the Ugandan government had violated the constitution.")
    assert asserted(events) == [("112", ["KENOPP"], ["UGAGOV"])]
    assert asserted(code("The Kenyan president said the Ugandan minister lied to parliament.")) == [
        ("112", ["KENGOV"], ["UGAGOV"])]
    # told by nobody, the deed is the defiance it names, and no one accuses
    assert asserted(code("The Ugandan government violated the constitution.")) == [("128", ["UGAGOV"], [])]
    # "lies" in place is no lie
    assert [e.cameo for e in code("The Kenyan president said the town lies on the river.")] == ["010"]


def test_the_act_told_stays_main_beside_the_accusation(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Uganda on Friday violated the ceasefire along the border, a Kenyan army spokesman said.")
    assert [(e.cameo, e.main) for e in events] == [("196", True), ("112", False)]
    assert [a.code for a in events[1].source] == ["KENMIL"] and [a.code for a in events[1].target] == ["UGA"]


def test_a_deed_said_to_amount_to_a_wrong_accuses_its_doer(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan president said the Ugandan government's delay amounts to contempt of court.")
    assert asserted(events) == [("112", ["KENGOV"], ["UGAGOV"])]
    events = code("The Kenyan president said the Ugandan army's raid was a violation of the truce.")
    assert asserted(events) == [("112", ["KENGOV"], ["UGAMIL"])]


def test_views_at_odds_with_a_standard_are_criticism_of_their_owner(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan opposition said the Ugandan minister's remarks were at odds with the law.")
    assert asserted(events) == [("111", ["KENOPP"], ["UGAGOV"])]
    events = code("The Kenyan president considers the Ugandan government's plan a disgrace.")
    assert asserted(events) == [("111", ["KENGOV"], ["UGAGOV"])]
    events = code("The Kenyan foreign minister finds the Ugandan senator's remarks in open conflict with the charter.")
    assert ("111", ["KENGOV"], ["UGALEG"]) in asserted(events)


# -- the doer of an act noun --------------------------------------------------------------------------------------

def test_a_definite_act_noun_of_the_act_told_before_is_that_act_not_another(code) -> None:  # type: ignore[no-untyped-def]
    """One event per act: "the rejection" told again after "Egypt rejected" is no second rejection."""
    events = code("Egypt rejected a new American offer on Monday. Analysts said the rejection of the offer raises "
                  "questions.")
    assert [e.trigger.text for e in events if e.cameo.startswith("12")] == ["rejected"]
    # told in other words of the same class
    events = code("Tunisia turned down a new American offer on Monday. The rejection of the offer raises questions.")
    assert not [e for e in events if e.trigger.text == "rejection"]
    assert [e.cameo[:2] for e in events if e.trigger.text == "turned"] == ["12"]
    # "a rejection" is some rejection, not the one told
    events = code("Egypt rejected a new American offer on Monday. A rejection of any offer raises questions.")
    assert all(not e.source for e in events if e.trigger.text == "rejection")


def test_a_possessive_in_a_fronted_phrase_names_the_clauses_subject(code) -> None:  # type: ignore[no-untyped-def]
    events = code("In his statement accusing the Kenyan police of misconduct, the Ugandan minister demanded an "
                  "inquiry.")
    accusing = [e for e in events if e.trigger.text == "accusing"]
    assert [([a.code for a in e.source], [a.code for a in e.target]) for e in accusing] == [(["UGAGOV"], ["KENCOP"])]


# -- status ----------------------------------------------------------------------------------------------------------

def test_an_aim_is_not_a_deed(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Their chief aim was training the Iraqi army and deepening the cooperation between NATO and "
                  "Baghdad.")
    assert events and all(e.status == "hypothetical" for e in events)
    # a subject that is no aim keeps the deed
    events = code("The Jordanian army was supporting the Iraqi army.")
    assert [e.status for e in events] == ["asserted"]


def test_what_an_agreement_commits_to_is_not_yet_done(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Jordan signed an accord with Egypt to exchange intelligence.")
    assert [(e.cameo, e.status) for e in events] == [("057", "asserted"), ("064", "future")]


def test_an_adjectives_infinitive_shares_the_modal_above(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Iraqi government may find it awkward to brief its voters on the deal.")
    assert events and all(e.status == "hypothetical" for e in events)
    assert [[a.code for a in e.source] for e in events] == [["IRQGOV"]]  # the finder would tell
    # an adverbial clause keeps its own status
    events = code("The Iraqi minister told reporters about the deal after he met the Jordanian king.")
    assert all(e.status == "asserted" for e in events)


def test_people_who_act_for_someone_argue_as_that_one(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Kenyan police arrested John Roe on Monday. His lawyers criticised the Kenyan police.")
    criticism = [e for e in events if e.cameo == "111"]
    assert [[a.code for a in e.source] for e in criticism] == [["KENCVL"]]
    # with no one whose they are, they name no one
    assert [e.source for e in code("Supporters criticised the Kenyan police.")] == [[]]
