"""Status: negation, conditionals, possibility and plans are never coded as facts."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def statuses(events, event_type):  # type: ignore[no-untyped-def]
    return {e.status for e in events if e.event == event_type}


@pytest.mark.parametrize(
    ("text", "event_type", "status"),
    [
        ("Vladimir Putin met Angela Merkel in Berlin.", "CONSULT", "asserted"),
        ("Vladimir Putin did not meet Angela Merkel in Berlin.", "CONSULT", "negated"),
        ("Iran has not yet signed the agreement with France.", "AGREE", "negated"),
        ("If Putin rebuffs Erdogan, Turkey will protest.", "REJECT", "hypothetical"),
        ("Unless Iran complies, France may impose sanctions on Tehran.", "SANCTION", "hypothetical"),
        ("Russia may attack Georgia next year.", "ASSAULT", "hypothetical"),
        ("China could attack Taiwan.", "ASSAULT", "hypothetical"),
        ("Barack Obama will visit China in November.", "CONSULT", "future"),
        ("Barack Obama is to meet Hu Jintao in Beijing.", "CONSULT", "future"),
        ("The United States plans to impose sanctions on North Korea.", "SANCTION", "future"),
        # a decision taken is the act, as news coders code it; a decision still to take is not
        ("Canada decided to lift the embargo on Cuba.", "RETREAT", "asserted"),
        ("Canada may decide to lift the embargo on Cuba.", "RETREAT", "hypothetical"),
        # the lemmatizer reads "hoped" as "hop": a hope must still not be coded as the deed
        ("Iran hoped to sign an agreement with Russia.", "AGREE", "hypothetical"),
        ("Iran has yet to sign the agreement with Russia.", "AGREE", "negated"),
        ("Russia seems poised to attack Georgia.", "ASSAULT", "hypothetical"),
        ("Russia appears to have attacked Georgia.", "ASSAULT", "hypothetical"),
        ("Russia rejected claims that it attacked Georgia.", "ASSAULT", "hypothetical"),
        ("There is no evidence that Russia attacked Georgia.", "ASSAULT", "hypothetical"),
        ("Russia stopped short of imposing sanctions on Georgia.", "SANCTION", "negated"),
        ("The plan approved by Russia calls for talks with Georgia.", "SUPPORT", "asserted"),
        ("Russia refrained from attacking Georgia.", "ASSAULT", "negated"),
        ("Russia was prevented from attacking Georgia.", "ASSAULT", "negated"),
        ("Russia kept attacking Georgia.", "ASSAULT", "asserted"),
        ("Neither Russia nor Georgia signed the treaty.", "AGREE", "negated"),
        ("No country signed the treaty with Georgia.", "AGREE", "negated"),
        ("Russia ruled out sanctions against Georgia.", "SANCTION", "negated"),
        ("Russia did not rule out sanctions against Georgia.", "SANCTION", "hypothetical"),
        ("Russia is believed to have attacked Georgia.", "ASSAULT", "hypothetical"),
        ("Russia allegedly attacked Georgia.", "ASSAULT", "hypothetical"),
        ("Russia is not expected to attack Georgia.", "ASSAULT", "hypothetical"),
        ("Russia attacked Georgia instead of signing the treaty.", "AGREE", "negated"),
        ("Russia is reported to have telephoned Georgia.", "CONSULT", "asserted"),
        ("Russia denied that its troops attacked Georgia.", "ASSAULT", "hypothetical"),
        ("Russia dismissed reports that its troops attacked Georgia.", "ASSAULT", "hypothetical"),
        ("Russia said that its troops attacked Georgia.", "ASSAULT", "asserted"),
        ("Russia announced the cancellation of sanctions against Georgia.", "SANCTION", "negated"),
        ("Talks with Georgia are unlikely.", "CONSULT", "hypothetical"),
        # what those rules must leave alone
        ("No Israelis were hurt in the Hamas rocket attack on Sderot.", "ASSAULT", "asserted"),
        ("Security forces could not stop protesters from storming the parliament.", "PROTEST", "asserted"),
        ("Yet Israel had to withdraw its troops from Gaza after heavy losses.", "RETREAT", "asserted"),
        ("Speaking at the end of a visit to Beijing, Putin praised China.", "CONSULT", "asserted"),
        ("The Russian blockade of Georgian ports is likely to last for months.", "COERCE", "asserted"),
        ("The Israeli raid on the flotilla rules out any thaw with Turkey.", "ASSAULT", "asserted"),
        ("There is no doubt that Syrian forces attacked the village.", "ASSAULT", "asserted"),
        ("Russia did not deny that its troops had bombed the town of Gori.", "ASSAULT", "asserted"),
        ("Militants are estimated to have killed at least 200 civilians.", "ASSAULT", "asserted"),
        # what one is advised to do, and what arrangements are made for, has not been done
        ("The state police chief has advised district officers to detain the strike leaders if needed.", "COERCE",
         "hypothetical"),
        ("Arrangements for arresting the strike leaders are to be made at the bus depots.", "COERCE", "hypothetical"),
    ],
)
def test_status(code, text, event_type, status) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert statuses(events, event_type) == {status}, events


def test_refused_to_is_reject_and_the_refused_act_is_negated(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Iran refused to meet the French delegation.")
    assert "asserted" in statuses(events, "REJECT")
    assert statuses(events, "CONSULT") <= {"negated"}


def test_counterfactual_would_is_not_asserted(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Such a step would be viewed in Beijing as a big concession to Tokyo.")
    assert all(e.status != "asserted" for e in events)


def test_purpose_of_sending_force_is_not_yet_done(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Russia sent troops to attack the rebels.", published="2010-01-20")
    by_type = {e.event: e for e in events}
    assert by_type["MOBILIZE"].status == "asserted" and by_type["MOBILIZE"].target == []
    assert by_type["ASSAULT"].status == "future"


def test_saying_one_will_not_yield_is_an_asserted_refusal(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Israel will not lift the embargo on Gaza.", published="2010-01-20")
    assert {(e.cameo, e.status) for e in events} == {("085", "negated"), ("1244", "asserted")}
    refusal = next(e for e in events if e.status == "asserted")
    assert refusal.event == "REJECT" and refusal.rule == "refusal/concede/ease-sanctions"
    # a past "did not" reports no refusal; "has not yet" neither
    assert {e.status for e in code("Israel did not lift the embargo on Gaza.", published="2010-01-20")} == {"negated"}
    assert {e.status for e in code("Iran has not yet met the envoy.", published="2010-01-20")} <= {"negated"}


def test_failing_to_reach_a_deal_is_a_disagreement(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Chile and Peru failed to reach a deal on fishing rights.", published="2010-01-20")
    assert {(e.cameo, e.status) for e in events} == {("057", "negated"), ("120", "asserted")}
    # a deal reached is no disagreement; failing at something else is no disagreement either
    reached = code("Chile and Peru reached a deal on fishing rights.", published="2010-01-20")
    assert {e.cameo for e in reached} == {"057"}
    assert all(e.cameo != "120" for e in code("Chile failed to attack Peru.", published="2010-01-20"))


def test_until_of_a_refusal_is_a_condition_not_a_fact(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Iran will not talk to the United States until Washington lifts the sanctions.",
                  published="2010-01-20")
    assert {(e.cameo, e.status) for e in events if e.cameo.startswith("08")} == {("085", "hypothetical")}
    events = code("Georgian troops held the town until Russia lifted the sanctions.", published="2010-01-20")
    assert {(e.cameo, e.status) for e in events if e.cameo.startswith("08")} == {("085", "asserted")}


def test_being_ready_to_act_announces_that_act(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Iraqi government said it is prepared to impose sanctions on Syria.", published="2010-01-20")
    by_status = {(e.event, e.status, tuple(a.code for a in e.source)) for e in events}
    assert ("THREATEN", "asserted", ("IRQGOV",)) in by_status
    assert ("SANCTION", "hypothetical", ("IRQGOV",)) in by_status
    assert all(e.rule != "agree/ready-to" for e in events)  # no intent to cooperate in a threat


def test_lemmas_of_e_verbs_are_corrected(coder) -> None:  # type: ignore[no-untyped-def]
    from eventdesk.nlp.lemmas import LemmaFixes

    doc = coder.nlp("Iran hoped that the rebels who staged the raid were hoping for talks; rabbits hopped.")
    LemmaFixes(["hope", "stage"])(doc)
    lemmas = {t.text: t.lemma_ for t in doc}
    assert (lemmas["hoped"], lemmas["staged"], lemmas["hoping"]) == ("hope", "stage", "hope")
    assert lemmas["hopped"] == "hop"  # a real "hop" stays one


def test_past_not_until_is_a_fact_and_a_coordinated_noun_keeps_its_status(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The rebels did not withdraw until Nigerian troops attacked the town.", published="2010-01-20")
    assert {e.status for e in events if e.event == "ASSAULT"} == {"asserted"}
    events = code("France welcomed the resolution of the dispute with Spain.", published="2010-01-20")
    assert all(e.status == "asserted" for e in events)


def test_we_must_is_no_demand(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Lavrov said: \u201cWe must work harder with Washington.\u201d", published="2010-01-20")
    assert not any(e.rule.startswith("request/reported") for e in events)
    events = code("Lavrov said that Washington must lift the sanctions.", published="2010-01-20")
    assert [e.cameo for e in events if e.rule.startswith("request/reported")] == ["100"]


def test_a_warning_that_someone_must_act_is_a_demand_on_them(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Germany issued a reminder to Serbia that it must cooperate with the tribunal.",
                  published="2010-01-20")
    demands = [e for e in events if e.rule == "request/reported-must"]
    assert [([a.country for a in e.source], [a.country for a in e.target]) for e in demands] == [(["DEU"], ["SRB"])]


def test_an_open_question_announces_nothing(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Whether Russia will attack Georgia remains unclear.", published="2010-01-20")
    assert all(e.status != "asserted" for e in events), events


def test_vowing_never_to_attack_is_no_threat(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Russia vowed never to attack Georgia.", published="2010-01-20")
    assert "THREATEN" not in {e.event for e in events}
    assert {e.status for e in events if e.event == "ASSAULT"} == {"negated"}
    assert "THREATEN" in {e.event for e in code("Russia vowed to attack Georgia.", published="2010-01-20")}


def test_rejecting_someone_elses_warning_is_no_demand_of_ones_own(code) -> None:  # type: ignore[no-untyped-def]
    events = code("China rejected a US warning that North Korea must stop its nuclear tests.", published="2010-01-20")
    assert not any(e.rule.startswith("request/reported") and [a.country for a in e.source] == ["CHN"]
                   for e in events)


def test_what_one_wants_another_to_do_has_not_happened(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Kenya wants Uganda to release the fishermen.")
    assert [(e.cameo, e.status) for e in events if e.cameo == "0841"] == [("0841", "hypothetical")]


def test_a_clause_after_nor_is_denied_too(code) -> None:  # type: ignore[no-untyped-def]
    events = code("We do not back the strike, nor do we endorse its leaders, the Kenyan minister said.")
    assert events and all(e.status == "negated" for e in events if e.cameo.startswith("05"))


@pytest.mark.parametrize("text", ["Japan looks forward to working with Canada.",
                                  "Japan is committed to working with Canada."])
def test_an_act_looked_forward_to_is_ahead(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(text) if e.trigger.text == "working"]
    assert events and all(e.status == "future" for e in events)


def test_the_verbs_that_decide_a_status_are_data() -> None:
    # the governors and verbs of imagining live in events/lexicon/status.yaml, validated as every lexicon list
    from eventdesk.events import status
    from eventdesk.events.patterns import load_lexicon

    lexicon = load_lexicon()
    assert set(lexicon["future_governors"]) == status.FUTURE_GOVERNORS and "pledge" in status.FUTURE_GOVERNORS
    assert set(lexicon["hypothetical_governors"]) == status.HYPOTHETICAL_GOVERNORS
    assert set(lexicon["negating_governors"]) == status.NEGATING_GOVERNORS and "refuse" in status.NEGATING_GOVERNORS
    assert status.IMAGINING == set(lexicon["imagining"]) == {"imagine", "envisage", "envision", "picture",
                                                             "speculate", "fancy"}
    assert status.IMAGINING <= status.GOVERNING_VERBS


@pytest.mark.parametrize("text", ["The bombing renewed fears of terrorist attacks on tourists in Kenya.",
                                  "The threat of rebel attacks has forced thousands of villagers to flee.",
                                  "Farmers in the valley live in fear of rebel attacks."])
def test_an_act_feared_has_not_happened(code, text: str) -> None:  # type: ignore[no-untyped-def]
    attacks = [e for e in code(text) if e.trigger.text == "attacks"]
    assert attacks and all(e.status == "hypothetical" for e in attacks), attacks


def test_the_act_that_raised_the_fear_happened(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Rebels attacked a convoy near Goma, raising fears of a wider war.")
    assert [e.status for e in events if e.trigger.text == "attacked"] == ["asserted"]
