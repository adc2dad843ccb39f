"""Statements that carry an act, and senses that are no political act (issue 11, classes 2 and 3; session 5's judge
classes 5 and 6): a judgement said of someone's act is criticism of them, approval denied is disapproval, a voice
added to a resolution supports its author, another actor's offer told in a statement is that actor's act; police
findings, failures with nothing to comply with, a court's approval of a settlement, habits, activities named as
subjects and goods that flow are no events. Sentences written for these tests."""

from __future__ import annotations

from helpers import asserted


def test_a_judgement_said_of_an_act_is_criticism_of_its_doer(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan opposition leader said it was outrageous for the Ugandan government to close the border.")
    assert ("111", ["KENOPP"], ["UGAGOV"]) in asserted(events)
    assert "010" not in [e.cameo for e in events]
    events = code("The Kenyan opposition leader said it was wrong of the Ugandan government to close the border.")
    assert ("111", ["KENOPP"], ["UGAGOV"]) in asserted(events)
    events = code("The Kenyan opposition leader said the Ugandan government's decision was a mistake.")
    assert asserted(events) == [("111", ["KENOPP"], ["UGAGOV"])]
    # nobody's decision: still criticism (of whoever made it), with no target, as a disapproval of "the way affairs
    # are run" is (below)
    assert asserted(code("The Kenyan opposition leader said the decision was a mistake.")) == [("111", ["KENOPP"], [])]
    # contrasts: a denied judgement, an activity judged: the statement stays a statement
    events = code("The Kenyan opposition leader said the Ugandan government's decision was not a mistake.")
    assert [e.cameo for e in events] == ["010"]
    assert [e.cameo for e in code("The Kenyan opposition leader said sanctioning Uganda would be a mistake.")] == [
        "010"]
    # in a quote, the owner named by its seat of government is the target, not the country as a whole
    assert asserted(code('"Kampala\'s decision is a mistake," the Kenyan president said.')) == [
        ("111", ["KENGOV"], ["UGAGOV"])]


def test_approval_denied_is_disapproval_and_stays_asserted(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan opposition is not satisfied with the way the Ugandan government handled the crisis.")
    assert asserted(events) == [("111", ["KENOPP"], ["UGAGOV"])]
    events = code("The Kenyan opposition is not happy with Uganda.")
    assert asserted(events) == [("111", ["KENOPP"], ["UGA"])]
    # no one named whose conduct it is: a disapproval with no target
    events = code("The Kenyan opposition leader is not satisfied with the way affairs are run.")
    assert asserted(events) == [("110", ["KENOPP"], [])]
    # a modal still makes it hypothetical
    events = code("The Kenyan president wouldn't be happy with Kampala's plan.")
    assert [(e.cameo, e.status) for e in events] == [("111", "hypothetical")]
    # a criticism that did not happen is still negated; content with someone is approval; the weather is nobody's
    events = code("The Kenyan opposition did not criticise the Ugandan government's budget.")
    assert [(e.cameo, e.status) for e in events] == [("111", "negated")]
    assert asserted(code("The Kenyan opposition is happy with Uganda.")) == [("051", ["KENOPP"], ["UGA"])]
    assert code("The Kenyan opposition is not happy with the weather.") == []


def test_a_voice_added_to_a_resolution_supports_its_author(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Two Kenyan senators added their voices to the Ugandan parliament's resolution.")
    assert asserted(events) == [("051", ["KENLEG"], ["UGALEG"])]


def test_an_offer_told_in_a_statement_is_the_offerers_act(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan governors said the Kenyan finance ministry has proposed a 4 per cent increase in "
                  "county funding.")
    assert [(e.cameo, [a.code for a in e.source]) for e in events] == [("030", ["KENGOV"])]
    # the terms offered are no target
    events = code("The Kenyan governors said the Kenyan finance minister has proposed a firm 4 per cent annual "
                  "increase in transfers.")
    assert asserted(events) == [("030", ["KENGOV"], [])]


def test_police_findings_are_no_statement_but_the_acts_they_tell_are_coded(code) -> None:  # type: ignore[no-untyped-def]
    assert code("Kenyan police say they found a rifle in the car.") == []
    assert code("Kenyan police said the suspect was in possession of a rifle.") == []
    assert code("Kenyan police said the suspect had two warrants out for his arrest.") == []
    events = code("Kenyan police said the protesters attacked a police station.")
    assert [e.cameo for e in events] == ["190"]


def test_a_failure_defies_only_a_norm_or_an_order(code) -> None:  # type: ignore[no-untyped-def]
    events = code('"I failed to follow the matter up with the minister," the Kenyan official said.')
    assert "128" not in [e.cameo for e in events]
    assert asserted(code("The Kenyan government failed to implement the court's ruling.")) == [
        ("128", ["KENGOV"], ["KENJUD"])]
    assert [e.cameo for e in code("The Kenyan government failed to comply with the court order.")] == ["128"]


def test_a_court_approving_a_settlement_is_no_agreement_of_the_court(code) -> None:  # type: ignore[no-untyped-def]
    assert code("A Kenyan judge approved the settlement between the Kenyan government and the teachers' union.") == []
    events = code("The Kenyan government signed a settlement with the teachers' union.")
    assert [e.cameo for e in events] == ["057"]


def test_habits_and_activities_named_as_subjects_are_no_acts(code) -> None:  # type: ignore[no-untyped-def]
    assert code("Kenyan officials often portray themselves as victims.") == []
    assert code("The Kenyan ministry usually denies such reports.") == []
    assert code("Protecting refugees should not be too hard a task for a rich nation like Kenya.") == []
    # the same verbs on a day, with their doers, are acts
    assert [e.cameo for e in code("The Kenyan ministry denied the reports on Monday.")] != []
    assert [e.cameo for e in code("Kenyan troops protected refugees in the camp.")] == ["074"]
    events = code("The Kenyan army, working with the Ugandan government, is clearing the roads.")
    assert ("060", ["KENMIL"], ["UGAGOV"]) in asserted(events)


def test_goods_sent_by_no_one_named_are_no_trade_act(code) -> None:  # type: ignore[no-untyped-def]
    assert code("Much of Kenya's tea is exported to Uganda under the trade pact.") == []
    assert asserted(code("Kenya sold tea to Uganda.")) == [("061", ["KEN"], ["UGA"])]


def test_gratitude_to_someone_is_praise(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan president said he was grateful to Uganda for its help.")
    assert [(e.cameo, [a.code for a in e.target]) for e in events] == [("051", ["UGA"])]
    # grateful for nothing anyone did: the statement stays a statement
    assert [e.cameo for e in code("The Kenyan president said he was grateful for the rain.")] == ["010"]


def test_what_is_said_of_someone_by_nobody_is_no_statement(code) -> None:  # type: ignore[no-untyped-def]
    assert code("The Kenyan rebel commander is said to be hiding in the hills.") == []
    events = code("Kenyan police arrested a man, 47 and said to be homeless, on charges of theft.")
    assert [e.cameo for e in events] == ["173"]
    # what someone said to win votes is their statement
    events = code("The rhetoric echoes what the Kenyan president said on the campaign trail to win votes.")
    assert "010" in [e.cameo for e in events]


def test_agreeing_on_what_will_be_done_is_an_agreement_not_a_view(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan government has agreed with the Ugandan government that the border will stay open "
                  "until May.")
    assert asserted(events) == [("030", ["KENGOV"], ["UGAGOV"])]
    # sharing a view of how things are is a statement
    events = code("The Kenyan government agreed with the Ugandan government that the law is flawed.")
    assert asserted(events) == [("010", ["KENGOV"], ["UGAGOV"])]


def test_holding_up_anothers_bill_rejects_it(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Kenyan senators blocked the president's nomination of the new judge.")
    assert asserted(events) == [("120", ["KENLEG"], ["KENGOV"])]
    # the plan to do so, told in a statement, is the planner's act (future), not a bare statement
    events = code("The Kenyan opposition said it will delay the government's proposed budget bill until October.")
    assert ("120", "future") in [(e.cameo, e.status) for e in events]
    assert "010" not in [e.cameo for e in events]
    assert code("Traffic delayed the motion by an hour.") == []


def test_approval_of_someones_conduct_endorses_it(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Kenyan MPs said they were satisfied with the replies provided by the Ugandan minister.")
    assert [(e.cameo, [a.code for a in e.target]) for e in events] == [("051", ["UGAGOV"])]
    pleased = code("The Kenyan president is pleased with Kampala's decision.")
    assert asserted(pleased) == [("051", ["KENGOV"], ["UGAGOV"])]
    assert code("The Kenyan president is happy with the weather.") == []


def test_a_participle_of_saying_restates_the_act_it_hangs_on(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan president criticised Kampala's intervention in South Sudan, saying it was a mistake.")
    assert [e.cameo for e in events] == ["111"]
    # on its own, saying is a statement
    events = code("The Kenyan president spoke in Nairobi, saying the talks were going well.")
    assert "010" in [e.cameo for e in events]


def test_closing_a_road_is_a_protest_only_when_protesters_close_it(code) -> None:  # type: ignore[no-untyped-def]
    assert [e.cameo for e in code("Kenyan protesters shut the highway to Mombasa.")] == ["144"]
    assert code("Kenyan police closed the road as medics treated the injured driver.") == []
    assert code("The road was closed until 2pm.") == []


def test_closing_restricts_only_a_public_place_or_body(code) -> None:  # type: ignore[no-untyped-def]
    assert asserted(code("Kenya closed its border with Somalia.")) == [("172", ["KEN"], ["SOM"])]
    assert code("The Kenyan minister withdrew her savings and closed the account.") == []


def test_protection_is_given_to_someone(code) -> None:  # type: ignore[no-untyped-def]
    assert [e.cameo for e in code("Kenyan troops guarded the refugees.")] == ["074"]
    assert code("Kenya closely guards its sovereignty.") == []


def test_conditions_of_speaking_imperatives_and_names_of_trades_are_no_acts(code) -> None:  # type: ignore[no-untyped-def]
    assert [e.cameo for e in code("A Kenyan official who asked for anonymity said the talks had stalled.")] == ["010"]
    assert [e.cameo for e in code("A Kenyan official who pleaded anonymity said the talks had stalled.")] == ["010"]
    events = code('"So let him take that case to the electorate," the Kenyan minister said.')
    assert "080" not in [e.cameo for e in events]
    assert [e.cameo for e in code("The Kenyan government let the Ugandan troops cross the border.")] == ["080"]
    events = code("Jane Doe, an economist with consulting firm Acme Economics, said growth lagged.")
    assert "040" not in [e.cameo for e in events]
    assert "141" in [e.cameo for e in code("Protesting students blocked the road in Nairobi.")]


def test_gratitude_expressed_and_shows_put_on(code) -> None:  # type: ignore[no-untyped-def]
    assert asserted(code("The Kenyan minister expressed gratitude to Uganda for its help.")) == [
        ("051", ["KENGOV"], ["UGA"])]
    assert [e.cameo for e in code("The Kenyan army put on a show of force near the border.")] == ["150"]
    assert code("The Kenyan broadcaster put out a music hall show.") == []


def test_a_concern_held_and_told_and_acts_done_to_no_one(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan senator told reporters that he had concerns about Kampala's role in the talks.")
    assert [(e.cameo, e.status, [a.code for a in e.target]) for e in events] == [("012", "asserted", ["UGAGOV"])]
    events = code("The Kenyan senator said he had no concerns about Kampala's role.")
    assert [(e.cameo, e.status) for e in events if e.cameo == "012"] == [("012", "negated")]
    assert [(e.cameo, e.status) for e in code("Kenyan police arrested no one after the protest.")] == [
        ("173", "negated")]
    # "no comment" on an attack does not undo the attack
    events = code("Representatives for the Kenyan president had no comment on the attack by the rebels.")
    assert [(e.cameo, e.status) for e in events] == [("190", "asserted")]


def test_deaths_nobody_inflicted_and_appeals_to_anyone_are_no_acts(code) -> None:  # type: ignore[no-untyped-def]
    assert code("A Kenyan soldier was killed in a car crash near Nairobi.") == []
    assert [e.cameo for e in code("Kenyan soldiers were killed in an attack by the rebels.")] == ["190"]
    assert code("The Kenyan opposition leader succumbed to cancer aged 70.") == []
    assert "080" in [e.cameo for e in code("The Kenyan government succumbed to pressure from the unions.")]
    # the public asked to call police: the police's appeal (test_roles), and no call made by anyone
    assert "041" not in [e.cameo for e in code("Anyone who saw the crash is asked to call Kenyan police.")]
    assert "0213" in [e.cameo for e in code("Kenyan police asked the Ugandan government to extradite the suspect.")]


def test_tips_offered_and_weight_are_no_acts(code) -> None:  # type: ignore[no-untyped-def]
    assert code("The Kenyan fire service offered a few tips for baking safely.") == []
    assert [e.cameo for e in code("Kenya offered Uganda a loan.")] == ["0331"]
    assert [e.cameo for e in code("Kenya shared information with Uganda about the rebels.")] == ["064"]
    assert [e.cameo for e in code('"She weighed so little," the Kenyan nurse said.')] in ([], ["010"])
    assert "014" not in [e.cameo for e in code('"She weighed so little," the Kenyan nurse said.')]
    assert [e.cameo for e in code("The Kenyan government is weighing sanctions against Uganda.")] == ["014"]


def test_a_warning_to_no_one_is_a_pessimistic_comment(code) -> None:  # type: ignore[no-untyped-def]
    """"Warns that ..." criticises no one: a pessimistic comment (012) with no target, not 111 against the
    subject of what is feared."""
    (event,) = code("Environment Canada warns that heavy snow will reach Winnipeg by Tuesday.")
    assert (event.cameo, [a.code for a in event.source], event.target) == ("012", ["CANGOV"], [])
    (warned,) = code("Germany warned Turkey against a new offensive.")
    assert warned.cameo == "111" and [a.code for a in warned.target] == ["TUR"]


def test_pleas_are_denials_and_admissions_before_the_court(code) -> None:  # type: ignore[no-untyped-def]
    (denial,) = code("LONDON - Two men have pleaded not guilty to arson.")
    assert denial.cameo == "016" and denial.status == "asserted"
    (admission,) = code("CHICAGO - Two women have pleaded guilty to fraud.")
    assert admission.cameo == "015"


def test_a_saying_whose_content_did_not_happen_stays_a_statement(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan minister said Uganda would never attack Kenya.")
    assert {(e.cameo, e.status) for e in events} == {("010", "asserted"), ("190", "negated")}
    done = code("Kenya said it had expelled two British diplomats.")
    assert [e.cameo for e in done] == ["166"]
