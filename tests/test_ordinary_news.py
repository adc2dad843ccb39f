"""Ordinary news is not political event data (issue 11, "reading the verb in context", and the status rule): a claim
is not a fact, a firm's or a shop's statements are no political statements, and the everyday senses of political
verbs (a capacity added, an audience's interest captured, people running into the street, a lone vandal, crowd trouble
at a match, safety advice) give no protest, arrest, threat or statement. The real political acts beside them stay.
Sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _events(events, cameo_root: str):  # type: ignore[no-untyped-def]
    return [(e.cameo, e.status) for e in events if e.cameo.startswith(cameo_root)]


def test_what_a_claim_tells_is_the_claim_not_a_fact(code) -> None:  # type: ignore[no-untyped-def]
    # the allegation is the event; the arrests it tells of are alleged, not told as done
    events = code("In a post on Sunday, the actor alleged that the Zorblatian president is secretly jailing smugglers.")
    assert _events(events, "17") == [("173", "hypothetical")]
    assert ("112", "asserted") in _events(events, "11")
    events = code("A Zorblatian blogger claimed that the governor had freed hundreds of prisoners.")
    assert [s for _, s in _events(events, "08")] == ["hypothetical"]
    assert ("010", "asserted") in _events(events, "01")
    events = code("The theory holds that the Zorblatian president is arresting corrupt judges at night.")
    assert _events(events, "17") == [("173", "hypothetical")]
    events = code("Some fans theorize that the Zorblatian minister met the rebel commanders.")
    assert [s for _, s in _events(events, "04")] == ["hypothetical"]


def test_a_claim_of_ones_own_deed_is_told_as_done(code) -> None:  # type: ignore[no-untyped-def]
    # a claim of responsibility: the doer owns up to the act ("they", "its fighters"), as news coders code it
    events = code("The Zorblatian rebels claimed that they had captured the border town of Vessa.")
    assert [s for _, s in _events(events, "19")] == ["asserted"]
    events = code("The Zorblatian rebel group claimed that its fighters killed 20 soldiers.")
    assert [s for _, s in _events(events, "19")] == ["asserted"]
    # a claim about another's deed stays a claim
    events = code("The Zorblatian rebels claimed that the army had shelled the border town of Vessa.")
    assert [s for _, s in _events(events, "19")] == ["hypothetical"]


def test_what_is_said_or_done_stays_a_fact(code) -> None:  # type: ignore[no-untyped-def]
    # "said that" is how news reports facts; an arrest told plainly is one
    events = code("The Zorblatian opposition leader said that police arrested 40 of his supporters.")
    assert _events(events, "17") == [("173", "asserted")]
    assert _events(code("Zorblatian police arrested two men after the match."), "17") == [("173", "asserted")]
    # a minister's tweet is a statement
    events = code("The Zorblatian foreign minister tweeted that the budget would be published on Friday.")
    assert _events(events, "01") == [("010", "asserted")]


def test_what_one_is_warned_to_do_is_not_done(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Zorblatian defence minister warned the rebels to lay down their arms.")
    assert _events(events, "08") == [("0873", "hypothetical")]
    assert _events(events, "03") == []  # the rebels announced nothing


def test_safety_advice_to_the_public_is_an_appeal_not_a_threat(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Zorblatian police cautioned motorists to keep off the coast road during the storm.")
    assert [c for c, _ in _events(events, "")] == ["020"]
    # a warning to a party to stop what it does is a threat
    events = code("The Zorblatian army warned the rebels to stop the raids on the border villages.")
    assert "130" in [c for c, _ in _events(events, "13")]


def test_everyday_senses_of_political_verbs_give_no_event(code) -> None:  # type: ignore[no-untyped-def]
    for sentence in (
        "Asia added 30 GW of new solar capacity last year.",
        "Canada added 40,000 jobs in March.",
        "The Zorblatian fisheries department captured the imagination of pupils with its puppet show.",
        "Frightened families ran into the street when the ground began to shake in the Zorblatian capital.",
        "A man smashed the windows of three parked cars on Elm Street overnight.",
        "Zorblatian fans hurled bottles and coins onto the pitch after the final whistle.",
        "Coins were thrown at the referee during the second half of the Zorblatian cup final.",
    ):
        assert [(e.cameo, e.status) for e in code(sentence) if e.status == "asserted"] == [], sentence
    # an illustration offered is no offer: the mayor's words stay a statement
    events = code("\"Small towns can lead the way,\" the Zorblatian mayor says, offering as an example a solar farm "
                  "near the river.")
    assert [c for c, _ in _events(events, "0")] == ["010"]


def test_real_protests_stay(code) -> None:  # type: ignore[no-untyped-def]
    assert [c for c, _ in _events(code("Thousands of protesters took to the streets of the Zorblatian capital."),
                                  "14")] == ["141"]
    assert [c for c, _ in _events(code("Protesters threw stones at the Zorblatian police station."), "14")] == ["145"]
    assert [c for c, _ in _events(code("Hundreds of Zorblatian teachers demonstrated outside the education ministry "
                                       "on Monday."), "14")] == ["141"]
    assert [c for c, _ in _events(code("Rioters torched cars in the Zorblatian capital."), "14")] == ["145"]
    # a crowd's damage is a riot, one person's is not (test_everyday_senses_of_political_verbs_give_no_event)
    assert [c for c, _ in _events(code("Residents smashed the windows of the Zorblatian councillor's car."),
                                  "14")] == ["145"]
    # "youth" with no article is a crowd of young people, not one person
    assert [c for c, _ in _events(code("Angry youth smashed the windows of the Zorblatian councillor's office."),
                                  "14")] == ["145"]


_SHOP = ("BRATISLAVA - The Zorblat department store on the main square will close in June after fifty years, the "
         "retail chain that owns it confirmed on Tuesday. The department store needs significant investment, and "
         "the chain has been looking for a buyer since the spring; it was the first store the company's president "
         "ever opened. The store's manager Jana Roe said the company had confirmed talks with two potential "
         "buyers, and that staff would be told of the outcome. "
         "Shoppers said they would miss the store's cafe on the top floor, which offers a view over the old town "
         "and the river. The department store opened in 1968 and was bought by the chain in 1996, together with "
         "six other stores in the region. Prices in the store will be cut by half until the last day of trading.")

_POLITICS = ("BRATISLAVA - The Zorblatian finance minister met the leaders of the ruling party on Tuesday to weigh the "
             "draft budget. Jana Roe said the draft was a fair one for the rural regions. An "
             "opposition lawmaker accused the government of neglect of the northern regions, and the speaker of "
             "parliament said the house would vote on the budget within a fortnight. The president's office declined "
             "to comment on the quarrel between the two parties. Several members of the ruling party praised the "
             "minister for her work, and the opposition asked the electoral commission to publish the results of "
             "the last ballot.")


def test_a_shops_words_are_no_political_statement(code) -> None:  # type: ignore[no-untyped-def]
    # "department" and "president" name a store and a firm's officer here: no sign of an article about politics
    events = code(_SHOP)
    assert [(e.cameo, [a.text for a in e.source]) for e in events if e.cameo.startswith("01")] == []
    # an article about politics keeps its statements
    events = code(_POLITICS)
    assert any(e.cameo == "010" and [a.text for a in e.source] == ["speaker"] for e in events)


_CHARITY = ("Waiting lists for new hips have grown longer in the north of Zorblatia, and many patients now wait "
            "for more than a year. \"The number of people who need a new joint keeps rising every winter,\" said "
            "Mara Lind, director of the Zorblat Arthritis Foundation. Fewer than half of the patients who were "
            "referred last year had their operation within six months, she said. The charity runs a telephone "
            "line for patients and their families, and its volunteers drive older patients to their appointments."
            " A sports reporter for the Zorblat Courier, who had his own hip replaced last spring, said the "
            "operation had given him his running back. Surgeons say that most patients walk without a stick "
            "within six weeks.")


def test_a_charitys_or_a_reporters_words_in_a_health_story_are_no_politics(code) -> None:  # type: ignore[no-untyped-def]
    events = code(_CHARITY)
    assert [(e.cameo, [a.text for a in e.source]) for e in events if e.cameo.startswith("01")] == []
    # on its own, a sentence is taken as political news, and a rights group speaking is a political actor
    events = code("The Zorblat Human Rights Foundation said the new law would silence the press.")
    assert [e.cameo for e in events if e.cameo.startswith("01")] != []


_BUDGET = ("Zorblatian officials said on Monday that the cabinet would meet on Thursday to weigh the draft budget. The "
           "Zorblatian president told reporters that the administration had no plan to raise taxes this year. A "
           "Zorblatian spokesman said the secretary would travel to the northern region next week to meet the "
           "leaders of its towns. Critics said the agency had failed to explain its spending, and the chancellor said "
           "the state would borrow less. Officials from the agency declined to comment on the plan, and the leaders "
           "of the coalition did not answer questions. The president is expected to sign the budget next month, "
           "officials said, once it clears a last vote.")


def test_everyday_words_a_country_or_the_state_qualifies_name_politics(coder) -> None:  # type: ignore[no-untyped-def]
    # "Zorblatian officials", "the Zorblatian president", "a Zorblatian spokesman": politics, though "officials",
    # "president" and "spokesman" alone are everyday words (a firm's president, a store's spokesman)
    from eventdesk.events.domain import kind_of_text

    assert kind_of_text(coder.nlp(_BUDGET), coder.kb) == "political"
