"""Who is source and who is target of a trigger on real articles (issue 11; session 5's judge classes 2, 4 and 7):
agents the law leaves implicit, addressees named by an adjective, the owner of criticised words, hosts of visits,
clausal and coordinated subjects, and phrases that are never actors. Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventdesk.events.implicit import SUFFIX

pytestmark = pytest.mark.model


def _asserted(events, cameo_prefix: str):  # type: ignore[no-untyped-def]
    return [e for e in events if e.status == "asserted" and e.cameo.startswith(cameo_prefix)]


def test_charges_convictions_and_indictments_have_an_implicit_judicial_agent(code) -> None:  # type: ignore[no-untyped-def]
    events = code("A former governor of Lagos was charged with fraud and sentenced to five years in prison.")
    [charge] = _asserted(events, "112")
    [sentence] = _asserted(events, "116")
    for event in (charge, sentence):
        assert [(a.sector, a.country) for a in event.source] == [("JUD", "NGA")]
        assert event.rule.endswith(SUFFIX) and event.confidence < 0.5
    [accused] = _asserted(code("The Kenyan senator Tom Ouko was accused in an indictment of laundering public money."),
                          "112")
    assert accused.source[0].sector == "JUD" and accused.rule.endswith(SUFFIX)
    # an accusation in the passive with no charging document names no prosecutor
    assert not any(a.sector == "JUD" for e in code("The Kenyan senator was accused of arrogance.") for a in e.source)
    # a named accuser is never replaced
    [named] = _asserted(code("The Kenyan senator was charged with fraud by the anti-graft commission."), "112")
    assert not named.rule.endswith(SUFFIX)


def test_an_appeal_for_federal_help_is_addressed_to_the_government(code) -> None:  # type: ignore[no-untyped-def]
    for text in ("Ontario's finance minister called for more federal support for hospitals.",
                 "Ontario's finance minister demanded federal action on housing.",
                 "Ontario's finance minister criticised federal inaction on housing."):
        [event] = [e for e in code(text) if e.status == "asserted"]
        assert [a.code for a in event.target] == ["CANGOV"], text
    # an adjective that names no government names no one addressed
    [event] = [e for e in code("Ontario's finance minister called for more international support for hospitals.")
               if e.status == "asserted"]
    assert event.target == []


def test_condemning_the_statements_targets_whoever_the_article_said_made_them(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Brazil's foreign minister said on Friday that Argentina had failed its people. Argentine senators "
                  "met on Monday. The Argentine foreign ministry condemned the offensive and unfounded statements.")
    [condemned] = _asserted(events, "111")
    assert [a.code for a in condemned.target] == ["BRAGOV"]
    events = code("Brazil's foreign minister made remarks about Argentina on Friday. On Monday the Argentine foreign "
                  "ministry rejected the remarks.")
    [rejected] = _asserted(events, "12")
    assert [a.code for a in rejected.target] == ["BRAGOV"]
    # without anyone who said them, the words have no maker, and their topic is no target
    [alone] = _asserted(code("The Argentine foreign ministry condemned the statements."), "111")
    assert alone.target == []


def test_a_conviction_of_no_one_named_gets_no_implicit_court(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The detective said all those convicted in Leeds had armed themselves.")
    assert not [e for e in events if e.rule.endswith(SUFFIX) and e.cameo.startswith("11")]


@pytest.mark.parametrize("text", [
    "The Japanese trade minister visited a car factory in Sunderland on Monday.",
    "The Japanese trade minister made a visit to a car factory in Sunderland on Monday.",
    "A Japanese delegation visited Sunderland and inspected the new assembly line.",
])
def test_a_visit_with_no_named_host_is_hosted_by_the_country_visited(code, text) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(text) if e.status == "asserted"]
    assert events and all([a.code for a in e.target] == ["GBR"] for e in events), text


def test_a_visit_at_home_has_no_host_country(code) -> None:  # type: ignore[no-untyped-def]
    [visit] = _asserted(code("The British trade minister visited a car factory in Sunderland on Monday."), "042")
    assert visit.target == []


def test_a_kind_of_thing_is_no_target(code) -> None:  # type: ignore[no-untyped-def]
    text = "The Mexican candidate makes the typical politician pitch to Mexican voters, promising jobs."
    events = [e for e in code(text) if e.status == "asserted"]
    assert all(not e.target for e in events)
    # the thing of an actor is still the actor's: rejecting the government's line targets the government
    [rejected] = _asserted(code("The Mexican candidate rejected the government line on trade."), "12")
    assert [a.sector for a in rejected.target] == ["GOV"]


@pytest.mark.parametrize("text", [
    "The Kenyan foreign minister said the confusion led to this country rejecting Uganda's request for aid.",
    "Kenyan police arrested two men in Nairobi. Kenya's president spoke on Monday. The confusion led to this country "
    "rejecting the request from Uganda.",
])
def test_this_country_doing_something_is_the_speaker_s_or_the_story_s_country(code, text) -> None:  # type: ignore[no-untyped-def]
    [rejected] = _asserted(code(text), "12")
    assert [a.code for a in rejected.source] == ["KEN"]


def test_they_said_by_coordinated_speakers_is_all_of_them(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan minister and the Ugandan minister said they would oppose the plan.")
    [intent] = _asserted(events, "13")
    assert sorted(a.code for a in intent.source) == ["KENGOV", "UGAGOV"]


def test_a_lawsuit_s_accusation_is_its_plaintiffs_not_the_court_s(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Judges in Nairobi dismissed two lawsuits accusing the Kenyan police of spying.")
    assert not any(a.sector == "JUD" for e in _asserted(events, "112") for a in e.source)
    for text in ("Two lawsuits accusing the Kenyan police of spying were filed by Kenyan activists.",
                 "A lawsuit by Kenyan activists accused the Kenyan police of spying."):
        [accused] = _asserted(code(text), "112")
        assert ([a.code for a in accused.source], [a.code for a in accused.target]) == (["KENNGO"], ["KENCOP"])


def test_figures_that_predict_are_no_one_s_statement(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Canadian finance minister noted that the government's own projections predict a deficit.")
    assert [(e.cameo, [a.code for a in e.source]) for e in events] == [("010", ["CANGOV"])]
    assert events[0].trigger.text == "noted"


def test_what_a_party_agrees_under_a_lawsuit_it_agrees_with_the_other_party(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan police settled a lawsuit brought by Kenyan activists. "
                  "The police agreed not to spy on mosques.")
    [sued] = _asserted(events, "115")
    assert ([a.code for a in sued.source], [a.code for a in sued.target]) == (["KENNGO"], ["KENCOP"])
    [agreed] = _asserted(events, "03")
    assert ([a.code for a in agreed.source], [a.code for a in agreed.target]) == (["KENCOP"], ["KENNGO"])
    # with no lawsuit told, the agreement keeps its own frame
    [alone] = _asserted(code("The Kenyan police agreed not to spy on mosques."), "03")
    assert all(a.sector != "NGO" for a in alone.target)


def test_the_antecedent_of_a_passive_relative_clause_is_its_target_not_its_doer(code) -> None:  # type: ignore[no-untyped-def]
    [criticised] = _asserted(code("The Kenyan minister, who was criticised by the opposition, resigned."), "111")
    assert ([a.code for a in criticised.source], [a.code for a in criticised.target]) == (["KENOPP"], ["KENGOV"])
    [accused] = _asserted(code("The Kenyan senator, who was accused of fraud, resigned on Monday."), "112")
    assert accused.source == [] and [a.code for a in accused.target] == ["KENLEG"]
    # an arrest so told gets the implicit police, and the one arrested as target
    [arrest] = _asserted(code("Kenyan police named the suspect, a man who was arrested in Nairobi on Monday."), "173")
    assert arrest.source[0].sector == "COP" and arrest.target and arrest.target[0].sector != "COP"


@pytest.mark.parametrize("text", [
    "The announcement by the Kenyan president of sanctions on Uganda angered Kampala.",
    "The Kenyan president's announcement of sanctions on Uganda angered Kampala.",
])
def test_an_act_announced_is_the_announcer_s(code, text) -> None:  # type: ignore[no-untyped-def]
    [sanctions] = _asserted(code(text), "16")
    assert [a.code for a in sanctions.source] == ["KENGOV"] and [a.code for a in sanctions.target] == ["UGA"]


def test_where_a_visitor_comes_from_is_no_host(code) -> None:  # type: ignore[no-untyped-def]
    events = code("A Kenyan delegation visiting from Nairobi met the Ugandan president.")
    met = _asserted(events, "04")
    assert met and [a.code for e in met for a in e.target] == ["UGAGOV"]


@pytest.mark.parametrize("text", [
    "Kenya's foreign minister, along with Uganda's foreign minister, condemned the attack.",
    "Kenya's foreign minister, together with Uganda's foreign minister, condemned the attack.",
])
def test_who_acts_along_with_the_subject_is_a_source_too(code, text) -> None:  # type: ignore[no-untyped-def]
    [condemned] = _asserted(code(text), "111")
    assert sorted(a.code for a in condemned.source) == ["KENGOV", "UGAGOV"]


def test_those_met_along_with_the_object_are_no_sources(code) -> None:  # type: ignore[no-untyped-def]
    [met] = _asserted(code("The Kenyan president met the Ugandan president along with his ministers."), "04")
    assert [a.code for a in met.source] == ["KENGOV"]


def test_a_titled_name_the_recognizer_takes_for_a_place_is_a_person_a_pronoun_can_mean(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Mexican presidential candidate Ricardo Anaya spoke in Monterrey on Sunday. In his speech, he took a "
                  "shot at the Guatemalan president.")
    [shot] = _asserted(events, "111")
    assert [a.name for a in shot.source] == ["Ricardo Anaya"] and shot.source[0].country == "MEX"


def test_condemning_an_act_of_force_targets_its_doer_never_its_victims(code) -> None:  # type: ignore[no-untyped-def]
    [alone] = _asserted(code("The Kenyan minister condemned the killing of Ugandan students."), "111")
    assert alone.target == []
    [by] = _asserted(code("The Kenyan minister condemned the killing of Ugandan students by Tanzanian police."), "111")
    assert [a.code for a in by.target] == ["TZACOP"]
    # the "of" of an act that is no act of force is its doer: the visitor
    [visit] = _asserted(code("The Kenyan minister criticised the visit of the Ugandan president."), "111")
    assert [a.code for a in visit.target] == ["UGAGOV"]


def test_one_speaker_with_titles_in_apposition_is_one_we(code) -> None:  # type: ignore[no-untyped-def]
    events = code('"We do not endorse his rhetoric," Jane Roe, the Kenyan deputy minister and chief negotiator, said '
                  'in a statement.')
    [endorse] = [e for e in events if e.cameo.startswith("05")]
    assert [a.name for a in endorse.source] == ["Jane Roe"]


def test_condemning_the_attack_told_before_targets_its_doers(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Ugandan troops shelled a Kenyan village on Monday. Kenya's foreign ministry condemned the shelling.")
    [condemned] = _asserted(events, "111")
    assert [a.code for a in condemned.target] == ["UGAMIL"]
    # an attack the article never told of has no known doer
    [alone] = _asserted(code("Kenya's foreign ministry condemned the shelling."), "111")
    assert alone.target == []


def test_asking_the_public_to_call_police_is_the_police_s_appeal(code) -> None:  # type: ignore[no-untyped-def]
    [appeal] = _asserted(code("Anyone who saw the crash is asked to call Kenyan police on 999."), "02")
    assert [a.code for a in appeal.source] == ["KENCOP"]
    # the appeal is made to the public, the civilians of the police's country, whom the phrase names
    assert [(a.text, a.code) for a in appeal.target] == [("Anyone who saw the crash", "KENCVL")]
    # someone asked to call a named person was asked by someone else, not by that person
    [asked] = _asserted(code("The Kenyan minister was asked to call the Ugandan president."), "02")
    assert not any(a.code == "UGAGOV" for a in asked.source)


def test_an_act_judged_wrong_in_it_is_shameful_for_x_to_is_the_speakers_criticism_of_x(code) -> None:  # type: ignore[no-untyped-def]
    for text in ("It is shameful for the Kenyan parliament to block the budget, the opposition leader said.",
                 "The opposition leader said it was disgraceful that the Kenyan parliament blocked the budget."):
        [judged] = [e for e in _asserted(code(text), "111")]
        assert [a.code for a in judged.source] == ["KENOPP"], text
        assert [a.code for a in judged.target] == ["KENLEG"], text
    # a judgement of what is good to do is advice, not criticism; a passive clause's subject did nothing
    assert not _asserted(code("The opposition leader said it was important for the Kenyan parliament to pass the "
                              "budget."), "111")
    assert not _asserted(code("It is shameful that the Kenyan police were attacked, the opposition leader said."),
                         "111")


def test_a_present_participle_describing_a_noun_is_that_nouns_act(code) -> None:  # type: ignore[no-untyped-def]
    # "protesting teachers": the teachers protest, not the subject of the main clause nor an implicit agent
    events = code("Lawmakers in Oklahoma will meet on Monday as protesting teachers continue to fill the Capitol.")
    [protest] = _asserted(events, "14")
    assert [a.sector for a in protest.source] == ["EDU"]
    assert not protest.rule.endswith(SUFFIX)


def test_a_statement_about_being_told_something_by_another_is_the_tellers(code) -> None:  # type: ignore[no-untyped-def]
    # the one named after "by" said something to the speaker; the speaker's own statement stands beside it
    events = _asserted(code("The Kenyan president told a reporter he is tired of being told no by the "
                            "British ambassador."), "010")
    assert sorted(a.code for e in events for a in e.source) == ["GBRGOV", "KENGOV"]
    [own] = [e for e in events if e.source[0].code == "KENGOV"]
    assert own.trigger.start < 30  # the first "told", not the ambassador's


def test_praise_told_to_an_audience_is_of_the_one_said_to_have_done_well(code) -> None:  # type: ignore[no-untyped-def]
    [praise] = _asserted(code("The Kenyan president told the soldiers that the police commander did a great job."),
                         "051")
    assert [a.code for a in praise.source] == ["KENGOV"]
    assert [a.text for a in praise.target] == ["police commander"]  # not the soldiers who heard it
    [blame] = _asserted(code("The Kenyan president told the soldiers that the police commander did a terrible job."),
                        "111")
    assert [a.text for a in blame.target] == ["police commander"]


def test_an_act_that_a_position_or_decision_is_on_is_the_holders_not_the_tellers(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan envoy read a statement that the committee had studied the Ugandan government's stance "
                  "on the expulsion of diplomats.")
    [expulsion] = _asserted(events, "17")
    assert [a.code for a in expulsion.source] == ["UGAGOV"]  # not the envoy who read it out


def test_met_with_criticism_is_a_reception_not_a_meeting(code) -> None:  # type: ignore[no-untyped-def]
    met = code("Governor Paul Roe of Kano met with sharp criticism from the Nigerian Senate after the vote.")
    assert not _asserted(met, "04")
    assert [([a.code for a in e.source], [a.name for a in e.target]) for e in _asserted(met, "111")] == [
        (["NGALEG"], ["Paul Roe"])]
    assert _asserted(code("Governor Paul Roe of Kano met with President Muhammadu Buhari."), "04")


def test_a_headline_passive_with_a_stranded_preposition(code) -> None:  # type: ignore[no-untyped-def]
    """"Deputies shot at during arrest attempt" is "deputies were shot at": they are the target, no doer."""
    events = code("Texas deputies shot at during arrest attempt\n\nTwo deputies were hurt on Monday.")
    shot = next(e for e in events if e.trigger.text == "shot")
    assert not shot.source and [a.text for a in shot.target] == ["Texas deputies"]
    active = code("Police shot at the suspect.")
    assert [a.text for e in active for a in e.source] == ["Police"]


def test_a_headline_passive_of_a_verb_that_moves_someone_to_act(code) -> None:  # type: ignore[no-untyped-def]
    """"Minister urged to resign" is "the minister was urged": the one urged is the target and would resign; no one
    is the urger. The same without a headline: "with Chile and now Peru invited to join"."""
    events = code("Tongan minister urged to resign over visa scandal\n\nCritics spoke on Monday.")
    urged = next(e for e in events if e.trigger.text == "urged")
    assert not urged.source and [a.code for a in urged.target] == ["TONGOV"]
    resign = next(e for e in events if e.trigger.text == "resign")
    assert [a.code for a in resign.source] == ["TONGOV"] and resign.status != "asserted"
    events = code("Spain has already signed up, with Chile and now Peru invited to join.")
    invited = next(e for e in events if e.trigger.text == "invited")
    assert not invited.source and [a.code for a in invited.target] == ["PER"]
    # the active keeps its urger, and "asked to speak" may be active ("asked" is not listed)
    (urged,) = [e for e in code("Fiji urged Tonga to sign the pact.") if e.trigger.text == "urged"]
    assert [a.code for a in urged.source] == ["FJI"] and [a.code for a in urged.target] == ["TON"]


def test_a_coordinated_adjective_shares_the_subject_of_the_first(code) -> None:  # type: ignore[no-untyped-def]
    """"The army, backed by A and B, is ready and eager to buy": the army is eager, not its backers."""
    events = code("The Chilean army, backed by Gabriel Roe and Ana Poe, is ready and eager to buy German radars.")
    eager = next(e for e in events if e.trigger.text == "eager")
    assert [a.code for a in eager.source] == ["CHLMIL"]


def test_an_act_noun_the_parser_lists_after_a_country_is_no_title_of_it(code) -> None:  # type: ignore[no-untyped-def]
    """"the settlement of the quarrel with Peru, the Bolivian effort to improve its ties with Brazil": the
    effort is Bolivia's (an act noun with its infinitive is no appositive title of Peru)."""
    events = code("The settlement of the old quarrel with Peru, the sincere Bolivian effort to improve its ties with "
                  "Brazil and put past feuds to rest are good signs.")
    improve = next(e for e in events if e.trigger.text == "improve")
    assert [a.country for a in improve.source] == ["BOL"]


def test_a_contracted_has_before_a_participle_with_an_object_is_the_perfect(code) -> None:  # type: ignore[no-untyped-def]
    """"She's condemned the bill" is "she has condemned it": she is the critic, not the criticised."""
    events = code("Senator Jane Roe of Ohio has long opposed the tariffs. She's also condemned the new farm bill.")
    condemned = next(e for e in events if e.trigger.text == "condemned")
    assert [(a.text, a.code) for a in condemned.source] == [("She", "USALEG")] and not condemned.target
    (arrest,) = code("The man's been arrested.")
    assert [a.text for a in arrest.target] == ["man"]


def test_a_bond_told_of_with_no_owner_is_the_tellers_sides(code) -> None:  # type: ignore[no-untyped-def]
    """"The minister told reporters that cooperation with China is improving": the bond is of the minister's side
    with China; a bond with the teller's own side, or with no one named, takes no teller."""
    events = code("Chile's deputy prime minister told reporters that cooperation with China is improving.")
    bond = next(e for e in events if e.trigger.text == "cooperation")
    assert [a.code for a in bond.source] == ["CHLGOV"] and [a.code for a in bond.target] == ["CHN"]
    events = code("The Mexican foreign minister said cooperation with Mexican firms would grow.")
    bond = next(e for e in events if e.trigger.text == "cooperation")
    assert not bond.source


def test_trading_charges_is_mutual_accusation_and_two_parties_are_two_sides(code) -> None:  # type: ignore[no-untyped-def]
    """"The Congress and the BJP traded charges": each accuses the other (two named parties of one country are
    rivals, not one side); "traded barbs with" is criticism; "traded tea with" stays commerce."""
    events = code("In Lucknow, the Congress and the BJP traded charges on Monday over the riots in Gujarat.")
    pairs = sorted((e.source[0].name, e.target[0].name) for e in events if e.cameo == "112")
    assert pairs == [("Bharatiya Janata Party", "Indian National Congress"),
                     ("Indian National Congress", "Bharatiya Janata Party")]
    assert {e.cameo for e in code("Kenya traded barbs with Uganda over the island.")} == {"111"}
    assert {e.cameo for e in code("Kenya traded tea and coffee with Uganda.")} == {"061"}
    # "charges that he had traded on tips": the charges are no object of the trading
    events = code("A Nairobi banker was arrested on charges that he had traded on tips from a Kenyan official.")
    assert not [e for e in events if e.trigger.text == "traded"]


def test_congress_is_the_party_in_an_indian_story_and_the_legislature_in_an_american_one(code) -> None:  # type: ignore[no-untyped-def]
    """A body's name several countries use is the story's country's: India's Congress is a party."""
    events = code("lucknow: congress leaders blamed the bjp for the violence in gujarat on monday. the congress "
                  "also criticised the police in ayodhya.")
    assert {a.code for e in events if e.cameo.startswith("11") for a in e.source} == {"INDPTY"}
    events = code("Republicans in Congress blamed the White House for the shutdown in Washington.")
    assert [a.code for e in events for a in e.source] == ["USAPTY"]
    assert [(a.name, a.code) for a in code("Congress criticised the Pentagon over the Iraq contracts.")[0].source] \
        == [("Congress", "USALEG")]


def test_a_dateline_the_parser_takes_for_a_subject_leaves_the_real_one(code) -> None:  # type: ignore[no-untyped-def]
    """"Bhopal, March 4: Congress workers staged a dharna": the dateline is no subject; the workers protest, and
    the dateline's country makes "Congress" India's party."""
    events = code("Bhopal, March 4: Congress workers staged a dharna outside the Vidhan Sabha on Monday.")
    (protest,) = [e for e in events if e.cameo.startswith("14")]
    assert [a.country for a in protest.source] == ["IND"] and protest.source[0].text == "Congress workers"
    assert [a.code for a in protest.target] == ["INDLEG"]


def test_a_quoted_fragment_the_parser_takes_for_a_subject_leaves_the_speaker(code) -> None:  # type: ignore[no-untyped-def]
    """'"A tidy scheme, though not one that helps our towns," the Ontario finance minister said': the speaker says it;
    "The Kenyan envoy to Chile, Dr. Jane Roe stated" stays one person, named by the title."""
    events = code("\"A tidy scheme, though not one that really helps our towns,\" the Ontario finance minister "
                  "said on Sunday.")
    assert [a.code for e in events if e.trigger.text == "said" for a in e.source] == ["CANGOV"]
    events = code("The Kenyan Ambassador to Chile, Dr. Jane Roe stated that the trade fair was a success.")
    assert [a.code for e in events if e.trigger.text == "stated" for a in e.source] == ["KENGOV"]
