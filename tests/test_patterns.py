"""Event patterns and ontology tables are data, validated on load, and every pattern is citable."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventdesk.errors import KnowledgeBaseError
from eventdesk.events.patterns import PatternSet, default_patterns
from eventdesk.ontology import PLOVER_TYPES, default_ontology


def test_patterns_cover_every_plover_type_and_cameo_root() -> None:
    patterns = default_patterns()
    onto = default_ontology()
    types = {onto.plover(p.cameo).event for p in patterns.patterns}
    assert set(PLOVER_TYPES) <= types
    roots = {p.cameo[:2] for p in patterns.patterns}
    assert {f"{i:02d}" for i in range(1, 21)} <= roots


def test_pattern_set_supports_len_and_membership() -> None:
    patterns = default_patterns()
    assert len(patterns) > 100
    assert "consult/meet-with" in patterns
    assert "consult/nothing-like-this" not in patterns


def test_ontology_codes_have_goldstein_and_quad_class() -> None:
    onto = default_ontology()
    assert onto.code("042").goldstein == pytest.approx(1.9)
    assert onto.code("190").quad_class == 4
    assert onto.plover("0211").event == "REQUEST"
    assert onto.plover("010").event is None


def test_invalid_pattern_file_reports_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text(
        "- id: consult/ok\n  verbs: [meet]\n  cameo: '040'\n"
        "- id: consult/bad\n  verbs: [meet]\n  cameo: '999'\n"
        "- id: consult/worse\n  cameo: '040'\n  colour: blue\n",
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeBaseError) as info:
        PatternSet.load(tmp_path)
    message = str(info.value)
    assert "bad.yaml:4: consult/bad: cameo: unknown CAMEO code '999'" in message
    assert "bad.yaml:7: unknown key(s) colour" in message
    assert "bad.yaml:7: consult/worse: needs verbs, nouns or adjectives" in message


def test_yaml_prepositions_on_off_no_stay_words(tmp_path: Path) -> None:
    (tmp_path / "p.yaml").write_text(
        "- id: assault/x\n  nouns: [strike]\n  prep: [on, off, no, yes]\n  cameo: '190'\n  target: [on]\n",
        encoding="utf-8",
    )
    patterns = PatternSet.load(tmp_path)
    assert patterns["assault/x"].prep == ("on", "off", "no", "yes")
    assert patterns["assault/x"].target == ("on",)


@pytest.mark.model
def test_prep_object_and_modifier_frames(tmp_path: Path, coder) -> None:  # type: ignore[no-untyped-def]
    from eventdesk.pipeline import Coder

    (tmp_path / "p.yaml").write_text(
        "- id: request/test-call-for-ceasefire\n  verbs: [call]\n  prep: [for]\n  prep_object: [ceasefire]\n"
        "  cameo: '0256'\n"
        "- id: cooperate/test-joint-drills\n  verbs: [hold]\n  object: [rehearsal, rehearsals]\n  modifier: [joint]\n"
        "  cameo: '062'\n  target: [with, dobj.with]\n",
        encoding="utf-8",
    )
    custom = Coder(nlp=coder.nlp, patterns_dir=str(tmp_path))
    assert [e.rule for e in custom.code_text("Russia called for a ceasefire.")] == ["request/test-call-for-ceasefire"]
    assert "request/test-call-for-ceasefire" not in [e.rule for e in custom.code_text("Russia called for talks.")]
    drills = custom.code_text("China held joint rehearsals with Russia.")
    assert [(e.rule, e.target[0].country) for e in drills] == [("cooperate/test-joint-drills", "RUS")]
    assert "cooperate/test-joint-drills" not in [e.rule for e in custom.code_text("China held rehearsals near Taiwan.")]


def test_prep_object_without_prep_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "p.yaml").write_text("- id: request/x\n  verbs: [call]\n  prep_object: [ceasefire]\n  cameo: '020'\n",
                                     encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"p\.yaml:1: request/x: prep_object needs prep"):
        PatternSet.load(tmp_path)


@pytest.mark.model
def test_user_pattern_wins_a_tie_with_a_bundled_one(tmp_path: Path, coder) -> None:  # type: ignore[no-untyped-def]
    from eventdesk.pipeline import Coder

    (tmp_path / "mine.yaml").write_text(
        "- id: threaten/my-meet\n  verbs: [meet]\n  cameo: '130'\n  target: [with, dobj]\n", encoding="utf-8")
    custom = Coder(nlp=coder.nlp, patterns_dir=str(tmp_path))
    assert [e.rule for e in custom.code_text("Putin met with Merkel.")] == ["threaten/my-meet"]


def test_word_scan_finds_trigger_words_in_any_casing_and_only_of_the_asked_parts_of_speech(coder) -> None:  # type: ignore[no-untyped-def]
    from spacy.symbols import NOUN, VERB

    from eventdesk.nlp.wordscan import WordScan

    doc = coder.nlp("Sanctions were lifted. The ministers will meet on Friday to discuss the sanctions.")
    scan = WordScan(["sanction", "meet"], (NOUN, VERB))
    assert [doc[i].text for i in scan.positions(doc)] == ["Sanctions", "meet", "sanctions"]
    second = list(doc.sents)[1]
    assert [doc[i].text for i in scan.in_span(second)] == ["meet", "sanctions"]
    assert WordScan(["lifted"], (NOUN,)).positions(doc) == []  # "lifted" is a verb here


def test_patterns_added_after_the_extractor_was_made_are_matched(coder) -> None:  # type: ignore[no-untyped-def]
    from eventdesk.events import EventExtractor, Pattern

    patterns = PatternSet([Pattern(id="consult/meet", cameo="040", verbs=("meet",))])
    extractor = EventExtractor(patterns)
    sent = next(coder.nlp("Russian officials scolded the envoy.").sents)
    assert extractor.match(sent) == []
    patterns.add(Pattern(id="accuse/scold", cameo="111", verbs=("scold",)))
    assert [(t.text, p.id) for t, p in extractor.match(sent)] == [("scolded", "accuse/scold")]


def test_a_required_object_outweighs_a_loose_preposition(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Some 5,000 Kenyan dockers stopped work on Monday in a strike over the new law.",
                  published="2010-01-20")
    assert [(e.event, e.cameo, e.rule) for e in events] == [("PROTEST", "143", "protest/stop-work")]


def test_called_on_to_is_an_appeal_and_a_call_on_a_weekday_is_a_phone_call(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The guild called on Nigerian leaders to follow the example of their elders.", published="2013-01-20")
    assert [(e.event, e.cameo, [a.code for a in e.target]) for e in events] == [("REQUEST", "020", ["NGAGOV"])]
    events = code("Obama called Putin on Tuesday.", published="2013-01-20")
    assert [(e.event, e.cameo) for e in events] == [("CONSULT", "041")]


def test_agreeing_with_someone_that_is_an_opinion_not_an_agreement(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Canadian diplomats said they agreed with the Senate that the statute needs revising.",
                  published="2013-01-20")
    assert [(e.event, e.cameo, e.rule) for e in events] == [(None, "010", "statement/agree-that")]
    events = code("Norway and Russia agreed to expand trade.", published="2013-01-20")
    assert [e.event for e in events] == ["AGREE", "AGREE"]  # both ways: an agreement is mutual


def test_approving_an_act_is_the_act_by_the_approver(code) -> None:  # type: ignore[no-untyped-def]
    events = code("A Belgian court approved the extradition of the banker to Italy.", published="2013-01-20")
    assert [(e.cameo, e.rule, [a.country for a in e.source], [a.code for a in e.target]) for e in events] == [
        ("063", "cooperate/extradition-noun", ["BEL"], ["ITA"])]
    events = code("The Security Council approved the deployment of peacekeepers in Mali.", published="2013-01-20")
    assert [(e.cameo, [a.code for a in e.source]) for e in events] == [("074", ["IGOUNSC"])]
    # nothing to do under it: approving stays an endorsement
    events = code("The Kenyan parliament approved the new budget.", published="2013-01-20")
    assert [(e.cameo, e.rule) for e in events] == [("051", "support/approve")]


def test_allowing_someone_to_act_is_yielding_to_them(code) -> None:  # type: ignore[no-untyped-def]
    for text in ("Egypt allowed Sudan to use its airspace.", "Egypt permitted Sudanese officials to visit the camp."):
        events = code(text, published="2013-01-20")
        yielded = [e for e in events if e.cameo == "080"]
        assert [(e.status, [a.country for a in e.source], [a.country for a in e.target]) for e in yielded] == [
            ("asserted", ["EGY"], ["SDN"])], events
        assert all(e.status != "asserted" for e in events if e.cameo != "080")  # what is allowed has not happened


def test_peacekeepers_arriving_are_protection_not_a_visit(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The first contingents of Ghanaian peacekeeping troops arrived in Monrovia.", published="2013-01-20")
    assert [(e.cameo, e.rule) for e in events] == [("074", "aid/peacekeepers-arrive")]
    events = code("The Ghanaian president arrived in Monrovia.", published="2013-01-20")
    assert [e.cameo for e in events] == ["042"]


def test_partitives_are_looked_through(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Sudanese troops captured part of the rebel stronghold.", published="2013-01-20")
    assert [(e.cameo, e.rule) for e in events] == [("192", "assault/occupy")]


def test_a_claim_is_the_news_and_the_claimed_act_keeps_its_claimant(code) -> None:  # type: ignore[no-untyped-def]
    from eventdesk.evaluation.sentences import main_event

    events = code("Kurdish rebels claimed they had attacked a Turkish border outpost.", published="2013-01-20")
    assert {e.rule for e in events} == {"statement/claim", "assault/attack"}
    main = main_event(events)
    assert main is not None and main.rule == "statement/claim"
    attack = next(e for e in events if e.event == "ASSAULT")
    assert attack.speaker is not None and attack.speaker.text == "Kurdish rebels"


def test_an_appeal_launched_for_money_is_a_call_for_aid_and_the_aid_is_not_given(code) -> None:  # type: ignore[no-untyped-def]
    events = code("UNICEF launched an appeal for $40 million in food aid for Malawi.", published="2013-01-20")
    by_cameo = {e.cameo: e for e in events}
    assert by_cameo["023"].status == "asserted" and by_cameo["023"].rule == "request/call-noun-aid"
    assert all(e.status == "hypothetical" for e in events if e.event == "AID")
    # an appeal lodged in court stays a legal action
    events = code("The opposition lodged an appeal against the Kenyan electoral commission.", published="2013-01-20")
    assert [(e.cameo, e.rule) for e in events] == [("115", "accuse/court-appeal")]


def test_hyphenated_pattern_words_match_as_written(code, coder) -> None:  # type: ignore[no-untyped-def]
    assert "cease-fire" in coder.patterns.words()
    assert [t.text for t in coder.nlp("The Cease-fire held.")] == ["The", "Cease-fire", "held", "."]
    events = code("The Sudanese army declared a cease-fire with the rebels.", published="2013-01-20")
    assert [(e.cameo, e.event) for e in events] == [("0871", "RETREAT")]


def test_handing_over_supplies_is_aid_and_returning_heritage_is_a_return(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Norwegian doctors handed over 300 tons of flour to the Red Cross in Haiti.", published="2013-01-20")
    assert [(e.cameo, e.event) for e in events] == [("073", "AID")]
    events = code("Spain returned 40 stolen paintings to Peru.", published="2013-01-20")
    assert [(e.cameo, [a.country for a in e.target]) for e in events] == [("0842", ["PER"])]


def test_a_deployment_of_peacekeepers_arriving_is_theirs(code) -> None:  # type: ignore[no-untyped-def]
    events = code("A first deployment of Ghanaian peacekeeping troops arrived in Liberia.", published="2013-01-20")
    assert [(e.cameo, [a.code for a in e.source], [a.country for a in e.target]) for e in events] == [
        ("074", ["GHAMIL"], ["LBR"])]


def test_agreeing_to_a_ceasefire_is_the_commitment_and_declaring_one_the_truce(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Armenia agreed to a ceasefire with Azerbaijan.", published="2013-01-20")
    assert [(e.cameo, e.event) for e in events] == [("0356", "AGREE")]
    events = code("The Sudanese army declared a ceasefire with the rebels.", published="2013-01-20")
    assert [(e.cameo, e.event) for e in events] == [("0871", "RETREAT")]


def test_refusing_to_end_a_strike_is_a_refusal(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Nurses in Kenya said on Monday they will not end their walkout.", published="2013-01-20")
    assert ("1242", "asserted") in {(e.cameo, e.status) for e in events}
    events = code("The Kenyan teachers union called off the strike.", published="2013-01-20")
    assert [(e.cameo, e.status) for e in events] == [("082", "asserted")]


def test_a_protest_is_against_what_its_purpose_names(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Kurdish students began a hunger strike to protest against Turkey's decision to close the school.",
                  published="2013-01-20")
    strike = next(e for e in events if e.cameo == "142")
    assert [a.country for a in strike.target] == ["TUR"]
    events = code("Kurdish students staged a sit-in in defiance of the Turkish government.", published="2013-01-20")
    assert [[a.code for a in e.target] for e in events if e.event == "PROTEST"] == [["TURGOV"]]


def test_agreeing_with_someone_is_a_view_and_agreeing_with_them_on_something_an_agreement(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Chilean ministers said they agree with the panel's advice.", published="2013-01-20")
    assert [(e.cameo, e.rule) for e in events] == [("010", "statement/agree-with")]
    events = code("Chile agreed with Peru on a fisheries deal.", published="2013-01-20")
    assert [(e.event, [a.country for a in e.target]) for e in events] == [("AGREE", ["PER"])]


def test_hopes_and_doubts_are_comments(code) -> None:  # type: ignore[no-untyped-def]
    from eventdesk.evaluation.sentences import main_event

    events = code("Chilean diplomats said they hoped to resume talks with Peru soon.", published="2013-01-20")
    main = main_event(events)
    assert main is not None and (main.cameo, main.rule) == ("013", "statement/hope")
    events = code("The Chilean minister said he is skeptical about the talks with Peru.", published="2013-01-20")
    main = main_event(events)
    assert main is not None and main.cameo == "012"


def test_donations_suspended_links_and_lowered_tariffs(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Norway donated a hospital to Kenya.", published="2019-01-20")
    assert [(e.cameo, e.event, [a.country for a in e.target]) for e in events] == [("070", "AID", ["KEN"])]
    events = code("Morocco announced a suspension of flights with Spain.", published="2019-01-20")
    assert ("161", "SANCTION") in {(e.cameo, e.event) for e in events}
    events = code("Canada reduced tariffs on Chinese steel.", published="2019-01-20")
    assert [(e.cameo, e.event) for e in events] == [("085", "RETREAT")]


def test_a_protest_is_not_against_those_it_speaks_for(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Jordanians protested in response to the killing of Palestinians by Israeli soldiers.",
                  published="2013-01-20")
    assert [[a.code for a in e.target] for e in events if e.event == "PROTEST"] == [["ISRMIL"]]
    events = code("Algerian doctors started a hunger strike to demand that the Algerian president resign.",
                  published="2013-01-20")
    assert [[a.code for a in e.target] for e in events if e.cameo == "142"] == [["DZAGOV"]]


def test_approving_of_something_keeps_one_event_and_peacekeepers_beginning_to_leave_give_no_protection(
        code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Security Council approved of the deployment of peacekeepers to Mali.", published="2013-01-20")
    assert len(events) == 1
    events = code("UN peacekeepers began withdrawing from Mali.", published="2013-01-20")
    assert "074" not in {e.cameo for e in events}


def test_durations_stay_split_for_the_entity_recognizer(coder) -> None:  # type: ignore[no-untyped-def]
    doc = coder.nlp("They held a two-day summit and a 48-hour ceasefire.")
    assert [t.text for t in doc][3:6] == ["two", "-", "day"] and "48-hour" not in [t.text for t in doc]


def test_providing_someone_with_arms_and_earmarking_funds_are_aid(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Canada provided the Ukrainian army with rifles and drones.", published="2019-01-20")
    assert [(e.cameo, [a.code for a in e.target]) for e in events] == [("072", ["UKRMIL"])]
    events = code("Norway earmarked 5 million euros for Haiti.", published="2019-01-20")
    assert [e.event for e in events] == ["AID"]
    events = code("Norway pledged 5 million euros in aid to Haiti.", published="2019-01-20")
    assert [e.event for e in events] == ["AGREE"]  # a pledge is still a promise


def test_blocking_transport_is_obstructing_passage(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Malian rebels blocked transport into Bamako.", published="2013-01-20")
    assert [(e.cameo, e.event) for e in events] == [("144", "PROTEST")]


def test_a_protest_purpose_on_the_object_of_the_trigger(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Tibetan monks continued their hunger strike in protest of the Chinese government's new policy.",
                  published="2013-01-20")
    assert [[a.code for a in e.target] for e in events if e.cameo == "142"] == [["CHNGOV"]]


def test_what_someone_is_called_says_the_act(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Iranian foreign minister called the American plan a disgrace.")
    assert [(e.cameo, [a.country for a in e.target]) for e in events] == [("111", ["USA"])]
    events = code("The Iranian president described the Saudi king as a dictator.")
    assert [(e.cameo, [a.code for a in e.source], [a.country for a in e.target]) for e in events] == [
        ("111", ["IRNGOV"], ["SAU"])]
    assert [e.cameo for e in code("The Turkish president called the agreement a great success.")] == ["051"]
    assert [e.cameo for e in code("The Turkish president called the new law unfair.")] == ["111"]
    # a name is no phone call, and calling in sick calls no one
    assert [e.cameo for e in code("The Kenyan programme is called the Centre for Excellence.")] == []
    assert [e.cameo for e in code("The Kenyan police chief called in sick on Monday.")] == []


def test_scorn_call_outs_and_appreciation(code) -> None:  # type: ignore[no-untyped-def]
    assert [e.cameo for e in code("The Kenyan senator heaped scorn on the government.")] == ["111"]
    events = code("The Kenyan prime minister called out the opposition for its lies.")
    assert [e.cameo for e in events] == ["111"]
    events = code("The United States appreciates Morocco's support for the peace talks.")
    assert [(e.cameo, [a.country for a in e.target]) for e in events] == [("051", ["MAR"])]


def test_a_question_is_no_request_and_a_shared_view_no_agreement(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Asked how he would feel about the vote, the Kenyan minister said he was confident.")
    assert "020" not in [e.cameo for e in events]
    events = code("The Kenyan minister agreed it was a serious issue.")
    assert [(e.cameo, e.rule) for e in events] == [("010", "statement/agree-opinion")]


def test_a_bare_ask_or_agree_asks_or_agrees_to_nothing(code) -> None:  # type: ignore[no-untyped-def]
    assert code('"Why did you go to the committee?" the Kenyan minister asked.') == []
    assert code("Aliki, the Kenyan minister, agrees.") == []
    assert {e.cameo_root for e in code("Kenya and Uganda agreed on a ceasefire.")} == {"03"}  # both ways


def test_war_crimes_are_named_as_such(code) -> None:  # type: ignore[no-untyped-def]
    assert [e.cameo for e in code("Kenyan police charged 12 teenagers with more than 80 crimes.")] == ["1121"]
    assert [e.cameo for e in code("The court indicted the Serbian general for crimes against humanity.")] == ["1124"]
    assert [e.cameo for e in code("Serbia accused Croatia of war crimes.")] == ["1124"]


def test_a_trip_nobody_makes_is_no_visit_and_to_demonstrate_something_is_to_show_it(code) -> None:  # type: ignore[no-untyped-def]
    assert code("The trip from Amsterdam to Berlin takes six hours.") == []
    assert [e.cameo for e in code("Putin's visit to China was a success.")] == ["042"]
    assert code("The Kenyan figures demonstrate the influence of the students.") == []
    events = code("Thousands demonstrated in Cairo against the Egyptian government.")
    assert [(e.cameo, [a.code for a in e.target]) for e in events] == [("141", ["EGYGOV"])]


def test_a_verb_of_saying_gives_way_only_to_an_event_that_is_coded(code) -> None:  # type: ignore[no-untyped-def]
    # the reported act names no actor (or no political one): the statement itself is the event
    events = code("The Kenyan minister said two firms signed a deal.")
    assert [(e.cameo, [a.code for a in e.source]) for e in events] == [("010", ["KENGOV"])]
    events = code("The minister said that Russia announced a deal with Iran.")
    assert [(e.cameo_root, [a.code for a in e.source]) for e in events] == [("05", ["RUS"])]


def test_tributes_charges_and_conferring(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The British defence ministry paid tribute to the Kurdish fighters.")
    assert [(e.cameo, e.rule) for e in events] == [("051", "support/pay-tribute")]
    # criminal charges brought are an accusation of a crime (1121), a lawsuit is 115
    assert [e.cameo for e in code("Kenyan police pressed charges against the activists.")] == ["1121"]
    assert [e.cameo for e in code("Kenyan activists filed a lawsuit against the police.")] == ["115"]
    assert code("The Nigerian university will confer an honorary degree on the governor.") == []
    assert [e.cameo for e in code("Putin conferred with his security council.")] == ["040"]


def test_summoning_a_charge_d_affaires_is_a_formal_complaint(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Slovak foreign ministry summoned Austria's charge d'affaires over a newspaper cartoon.")
    assert [(e.cameo, [a.country for a in e.target]) for e in events] == [("114", ["AUT"])]
