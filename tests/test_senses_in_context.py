"""Verbs read in their context: the sense a frame gives a verb, the party it names, and events that are no
political act because of who takes part (issue 11, classes 2, 3 and 7). Sentences written for these tests."""

from __future__ import annotations

import pytest

from helpers import asserted


def test_asking_a_body_for_its_reply_is_a_request_not_a_vow_of_revenge(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan High Court sought a response from the Ugandan government on the petition.")
    assert asserted(events) == [("020", ["KENJUD"], ["UGAGOV"])]
    assert [e.cameo for e in code("The Kenyan rebels sought revenge on the Ugandan army.")] == ["138"]


def test_prayers_are_sympathy_not_an_offer(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan president offered prayers for the Ugandan victims of the flood.")
    assert [e.cameo for e in events] == ["018"]
    events = code("The Kenyan army chief offered Fatiha.")
    assert [(e.cameo, e.target) for e in events] == [("018", [])]  # the prayer is no one it is offered to


def test_a_motion_or_a_paper_handed_over_is_no_property_returned(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Kenyan opposition lawmakers handed over a no-confidence motion against the Kenyan president "
                  "to the Speaker.")
    assert asserted(events) == [("1041", ["KENLEG"], ["KENGOV"])]
    events = code("The no-confidence motion against the Kenyan president was handed over to the Clerk by "
                  "opposition lawmakers.")
    assert asserted(events) == [("1041", ["KENLEG"], ["KENGOV"])]  # in the passive too
    assert code("The Kenyan minister handed over the annual report to the Ugandan president.") == []
    assert [e.cameo for e in code("The Kenyan army handed back the seized trucks to Uganda.")] == ["0842"]


def test_running_in_an_election_and_dropping_a_case(code) -> None:  # type: ignore[no-untyped-def]
    assert code("The Kenyan lawyer contested the 2013 elections on the opposition ticket.") == []
    events = code("The corruption case against the Kenyan minister was later withdrawn in court.")
    assert asserted(events) == [("080", [], ["KENGOV"])]  # a concession, no military withdrawal (0874)
    events = code("The case against the Kenyan minister was opened in May and was later withdrawn in court.")
    assert asserted(events) == [("080", [], ["KENGOV"])]  # the passives share their subject


def test_talking_to_the_press_is_no_consultation(code) -> None:  # type: ignore[no-untyped-def]
    events = code("In a conference call with reporters, the Kenyan foreign minister said the border was calm.")
    assert [e.cameo for e in events] == ["010"]
    assert code("The Kenyan foreign minister met reporters in Geneva.") == []
    events = code("The Kenyan prime minister opened his news conference by saying he was dismayed.")
    assert [e.cameo for e in events] == ["010"]
    assert [e.cameo for e in code("The Kenyan president held a conference with Ugandan leaders.")] == ["040"]


def test_spending_with_no_partner_is_no_economic_cooperation(code) -> None:  # type: ignore[no-untyped-def]
    assert code("The Kenyan army invested $4 million into training.") == []
    assert all(e.cameo != "0874" for e in code("The new year has pulled the Kenyan unit in many directions."))
    assert [e.cameo for e in code("Kenya invested $4 million in Uganda.")] == ["061"]


def test_a_meeting_needs_a_political_actor_on_each_side_or_the_state(code) -> None:  # type: ignore[no-untyped-def]
    assert code("Teams of a Kenyan aid group met detainees in the camp.") == []
    assert code("Half of the detainees whom the Kenyan aid group's teams met had no lawyer.") == []
    assert code("The parents of the Kenyan boy are visiting other cities in Europe.") == []
    assert [e.cameo for e in code("The Kenyan interior minister met detainees in the camp.")] == ["040"]
    assert [e.cameo for e in code("A Kenyan aid group met Ugandan officials in Kampala.")] == ["042"]


def test_an_act_on_private_people_by_nobody_named_is_no_political_event(code) -> None:  # type: ignore[no-untyped-def]
    assert code("Many blame the Kenyan tourists for the litter on the beach.") == []
    assert code("They vandalised a number of Kenyan businesses, the trader said.") == []
    # no doer named at all ("were killed"): it may be anyone's act, and stays
    events = code("Three Kenyan civilians were killed in a bombing in Nairobi.")
    assert [(e.cameo, [a.code for a in e.target]) for e in events] == [("190", ["KENCVL"])]


def test_the_other_party_of_deadlines_votes_trips_and_thanks(code) -> None:  # type: ignore[no-untyped-def]
    assert asserted(code("The Kenyan police chief gave a deadline for Ugandan traders to leave the market.")) == [
        ("139", ["KENCOP"], ["UGABUS"])]
    assert asserted(code("Kenyan lawmakers voted against the motion moved by the Ugandan delegation.")) == [
        ("120", ["KENLEG"], ["UGAGOV"])]
    events = code("The Kenyan foreign minister travelled to Paris for talks with the Ugandan president.")
    assert [[a.code for a in e.target] for e in events] == [["UGAGOV"]]  # the one met, not the city
    assert asserted(code("The Kenyan army chief acknowledged the Ugandan elders for their support.")) == [
        ("051", ["KENMIL"], ["UGAELI"])]


def test_an_unresolved_addressee_is_not_replaced_by_the_thing_urged(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Kenyan President Uhuru Kenyatta met Ugandan elders on Monday. "
                  "He urged them to back the peace plan of Uganda.")
    urged = [e for e in events if e.trigger.text == "urged"]
    assert urged and all(a.code != "UGA" for e in urged for a in e.target)


def test_advocating_closer_ties_is_an_intent_to_cooperate(code) -> None:  # type: ignore[no-untyped-def]
    for text in ("The Kenyan speaker underscored the importance of developing ties with Uganda.",
                 "The Kenyan lawmakers called for strengthening relations with Uganda."):
        assert asserted(code(text)) == [("032", ["KENLEG"], ["UGA"])], text
    events = code("The Kenyan speaker called for the strengthening of relations with Uganda.")
    assert asserted(events) == [("030", ["KENLEG"], ["UGA"])]
    # denying the need is no wish
    assert all(e.cameo != "032" for e in code("The Kenyan speaker denied the need to develop ties with Uganda."))


def test_saying_someone_is_responsible_is_an_accusation(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan minister said the Ugandan rebels were responsible for the attack.")
    assert asserted(events) == [("112", ["KENGOV"], ["UGAREB"])]
    events = code("The Kenyan government held the Ugandan rebels responsible for the deaths.")
    assert [(e.cameo, [a.code for a in e.target]) for e in events] == [("112", ["UGAREB"])]
    # clearing someone is no accusation, and the reporter's own narrative accuses no one
    assert all(e.cameo != "112" for e in code("The Kenyan minister said Uganda was not responsible for the raid."))
    assert code("The Kenyan minister is responsible for security.") == []


def test_denying_what_is_said_is_a_denial_not_a_rejection(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan foreign ministry denied that its troops had crossed into Uganda.")
    assert [(e.cameo, [a.code for a in e.source]) for e in events if e.status == "asserted"] == [("016", ["KENGOV"])]
    events = code("The Kenyan minister denied the Ugandan opposition's claims of fraud.")
    assert asserted(events) == [("016", ["KENGOV"], ["UGAOPP"])]
    assert [e.cameo for e in code("The Kenyan minister denied the Ugandan request for talks.")] == ["120"]


def test_withdrawing_money_and_conceding_a_point_move_no_force(code) -> None:  # type: ignore[no-untyped-def]
    assert code("The Kenyan officer withdrew $1,200 from his bank account.") == []
    assert [e.cameo for e in code("The Kenyan army withdrew from the border town.")] == ["0874"]
    events = code("The Kenyan minister conceded that the target could be optimistic.")
    assert [e.cameo for e in events] == ["010"]  # a point granted, no yielding (080)
    events = code("The Kenyan minister denies taking bribes from Ugandan firms.")
    assert [(e.cameo, [a.code for a in e.source]) for e in events] == [("016", ["KENGOV"])]


def test_challenging_someone_to_act_is_an_appeal_to_them(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan minister challenged the Ugandan government to publish the report.")
    assert asserted(events) == [("020", ["KENGOV"], ["UGAGOV"])]  # the publishing is only asked for
    events = code("The Kenyan minister challenged the Ugandan president to resign.")
    assert [(e.cameo, e.status, [a.code for a in e.source]) for e in events] == [
        ("0241", "asserted", ["KENGOV"]), ("0831", "hypothetical", ["UGAGOV"])]
    assert [e.cameo for e in code("The Kenyan opposition challenged the election results in court.")] == ["120"]
    assert code("Her cousin dared to run off with a sailor from Kenya.") == []


def test_what_a_copula_says_of_its_subject_is_no_act(code) -> None:  # type: ignore[no-untyped-def]
    assert code("Kenya is a threat to the region, the Ugandan president said.")[0].cameo != "130"
    assert code("The Kenyan plan to cut taxes would be the biggest threat to the Ugandan budget.") == []
    # a threat someone makes is still one
    assert [e.cameo for e in code("The Kenyan president issued a threat to Uganda.")] == ["130"]


def test_a_leaders_failure_is_no_police_inaction(code) -> None:  # type: ignore[no-untyped-def]
    assert code("The Kenyan president's failure to create jobs angered young voters.") == []
    events = code("Kenyan residents condemned police inaction during the riots.")
    assert ("170", "negated") in [(e.cameo, e.status) for e in events]


def test_an_idea_that_appeals_to_people_asks_nothing(code) -> None:  # type: ignore[no-untyped-def]
    assert code("The Kenyan president's election pledge appealed to young voters.") == []
    assert [e.cameo[:2] for e in code("The Kenyan president appealed to Uganda for calm.")] == ["02"]


def test_giving_people_jobs_is_no_post_given_up(code) -> None:  # type: ignore[no-untyped-def]
    assert "0831" not in [e.cameo for e in code("Voters expect the Kenyan president to give them jobs.")]
    assert [e.cameo for e in code("The Kenyan president gave up power to the army.")] == ["0831"]


def test_a_question_about_something_is_no_request(code) -> None:  # type: ignore[no-untyped-def]
    assert code("The Kenyan minister was asked by Ugandan lawmakers about the new tax.") == []
    assert [e.cameo[:2] for e in code("The Kenyan minister asked Uganda for help.")] == ["02"]


def test_a_street_named_in_a_sentence_takes_no_one_to_the_streets(code) -> None:  # type: ignore[no-untyped-def]
    assert code("The town board resolved to rename Third Street after a local hero.") == []
    assert [e.cameo for e in code("Thousands of Kenyan protesters took to the streets of Nairobi.")] == ["141"]


def test_picking_up_children_is_no_arrest(code) -> None:  # type: ignore[no-untyped-def]
    assert code("The nanny picked up the children from the nursery at noon.") == []
    assert [e.cameo for e in code("Kenyan police picked up two suspects in Nairobi.")] == ["173"]


def test_forces_joined_are_the_doers_own(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Kenya joined forces with Uganda against the rebels.")
    assert [(e.cameo, [a.code for a in e.target]) for e in events if e.cameo == "060"] == [("060", ["UGA"])]
    assert all(a.text != "forces" for e in code("Kenya and Uganda joined forces.") for a in e.target)


def test_men_who_were_armed_were_not_armed_by_anyone(code) -> None:  # type: ignore[no-untyped-def]
    assert "154" not in [e.cameo for e in code("Kenyan police said the men were armed.")]
    assert [e.cameo for e in code("The Kenyan government armed the men against the rebels.")] == ["154"]


def test_a_rule_introduced_is_coercion_only_of_the_martial_or_emergency_kind(code) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in code("Canberra introduced new banking rules in March.") if e.cameo == "1724"]
    for text in ("The army imposed martial law in the province.", "New Delhi imposed President's rule in the state."):
        assert [e.cameo for e in code(text)] == ["1724"], text


def test_equipped_is_military_aid_only_with_arms(code) -> None:  # type: ignore[no-untyped-def]
    assert not code("Ontario equipped its hospitals last year.")
    assert [e.cameo for e in code("Iran equipped the rebels with missiles.")] == ["072"]


def test_verbs_that_only_take_property_away_seize_whatever_the_object(code) -> None:  # type: ignore[no-untyped-def]
    assert [e.cameo for e in code("Venezuela nationalised the oil industry.")] == ["1711"]


def test_touting_a_decision_is_praise(code) -> None:  # type: ignore[no-untyped-def]
    assert [e.cameo for e in code("The Canadian minister touted Ottawa's decision.")] == ["051"]


def test_a_death_in_a_mishap_told_in_a_clause_of_time_is_no_assault(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Jane Roe, 30, was killed when her truck left the highway and crashed into a ditch, deputies said.")
    assert not [e for e in events if e.cameo.startswith("19")]
    shot_down = code("Two Afghan soldiers were killed when their helicopter crashed after it was hit by a rocket.")
    assert [e for e in shot_down if e.cameo.startswith("19")]


@pytest.mark.parametrize("text", [
    "A severe weather alert was issued for the coastal districts of Kenya.",
    "Supporters gathered at a campaign rally of President Uhuru Kenyatta in Nakuru.",
    "The federal government shutdown entered its third week in Washington.",
    "Council members halted the session in Nairobi to observe a minute of silence.",
    "The Kenyan minister said voters ignored the campaign.",
])
def test_words_of_protest_alerts_and_wrongs_in_their_everyday_senses(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in code(text) if e.cameo[:2] in ("02", "14") or e.cameo == "112"], text


def test_a_present_that_someone_reports_is_news_not_a_habit(code) -> None:  # type: ignore[no-untyped-def]
    events = code("NAIROBI - Kenya braced for unrest on Monday. Police arrest dozens of protesters in the capital,"
                  " witnesses say.")
    assert [e.cameo for e in events if e.trigger.text == "arrest"] == ["173"]


def test_landing_in_trouble_is_no_trip(code) -> None:  # type: ignore[no-untyped-def]
    """"The ministry landed in hot water over the memo": a predicament one lands in is no place one visits."""
    assert not asserted(code("The Kenyan health ministry landed in hot water over the leaked memo."))
    assert not asserted(code("The Kenyan health ministry landed in the soup over the leaked memo."))
    assert [c for c, _, _ in asserted(code("The Kenyan health minister landed in Kampala on Monday."))] == ["042"]
