"""Actor resolution rules, each on a sentence we wrote."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def actors_of(events, role="source"):  # type: ignore[no-untyped-def]
    return [(a.name, a.code) for e in events for a in getattr(e, role)]


def test_title_and_apposition(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Russia's UN Ambassador, Vitaly Churkin, criticized the draft.", "2010-05-20")
    assert ("Vitaly Churkin", "RUSGOV") in actors_of(events)


def test_unknown_person_with_title_and_country_is_coded_from_text(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Kazakh Defense Minister Ivan Q. Testov criticized Kyrgyzstan.")
    assert ("Ivan Q. Testov", "KAZMIL") in actors_of(events)


def test_ministers_of_the_interior_are_government_and_their_forces_police(code) -> None:  # type: ignore[no-untyped-def]
    # a minister heads the police as a politician: "did the police act?" must not count the minister's words
    events = code("Kazakh Interior Minister Ivan Q. Testov criticized Kyrgyzstan. Kazakh police arrested two men.")
    assert ("Ivan Q. Testov", "KAZGOV") in actors_of(events)
    assert any(code_ == "KAZCOP" for _, code_ in actors_of(events))


def test_title_shared_along_a_list(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Lavrov met with French Defence Minister, Jean Testard, Foreign Minister, Paul Exemple.")
    targets = dict(actors_of(events, "target"))
    assert targets["Jean Testard"] == "FRAMIL" and targets["Paul Exemple"] == "FRAGOV"


def test_surname_and_pronoun_coreference(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Kazakh Foreign Minister Arman Testbayev arrived in Moscow. Testbayev criticized Georgia. "
        "Later he praised Armenia."
    )
    sources = [(e.target[0].country, e.source[0].name, e.source[0].code) for e in events if e.target]
    assert ("GEO", "Arman Testbayev", "KAZGOV") in sources
    assert ("ARM", "Arman Testbayev", "KAZGOV") in sources


def test_possessive_and_adjective_give_the_country(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Turkish Prime Minister criticized Israel's defense minister.")
    assert actors_of(events) == [(None, "TURGOV")]
    assert actors_of(events, "target") == [(None, "ISRMIL")]


@pytest.mark.parametrize(
    ("text", "code_"),
    [
        ("The Kremlin criticized Georgia.", "RUSGOV"),
        ("The Pentagon criticized Georgia.", "USAMIL"),
        ("Foggy Bottom criticized Georgia.", "USAGOV"),
        ("Moscow criticized Georgia.", "RUSGOV"),
        ("The West criticized Georgia.", "WST"),
        ("NATO criticized Georgia.", "IGONATO"),
    ],
)
def test_metonymy_and_organisations(code, text: str, code_: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert events and events[0].source[0].code == code_


def test_document_date_picks_the_office(code) -> None:  # type: ignore[no-untyped-def]
    as_president = code("Vladimir Putin criticized Georgia.", "2005-06-01")
    as_premier = code("Vladimir Putin criticized Georgia.", "2010-05-20")
    assert as_president[0].source[0].code == as_premier[0].source[0].code == "RUSGOV"
    from eventdesk.kb import default_kb

    putin = default_kb().people["Vladimir Putin"]
    import datetime as dt

    assert putin.office_at(dt.date(2010, 5, 20)).title == "Prime Minister"  # type: ignore[union-attr]
    gates_2010 = code("Robert Gates criticized Iran.", "2010-05-20")[0].source[0]
    assert gates_2010.code == "USAMIL"


def test_rebels_take_the_country_of_the_place(code) -> None:  # type: ignore[no-untyped-def]
    events = code("In Kyrgyzstan, rebels threatened the provisional government.")
    assert events[0].source[0].code == "KGZREB" and events[0].target[0].code == "KGZGOV"


def test_unmatched_actor_is_kept_with_null_code(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Zorblaxian Liberation Front attacked a convoy.", None)
    assert events and events[0].source[0].code is None
    assert "Zorblaxian Liberation Front" in events[0].source[0].text


def test_user_kb_overlay_codes_a_new_person(tmp_path, coder) -> None:  # type: ignore[no-untyped-def]
    from eventdesk.pipeline import Coder

    (tmp_path / "people.yaml").write_text(
        "- name: Zarina Testova\n  country: UZB\n  offices:\n"
        "    - {title: Defense Minister, sector: MIL, start: '2009-01-01', end: null}\n",
        encoding="utf-8",
    )
    custom = Coder(nlp=coder.nlp, kb_dirs=[str(tmp_path)])
    events = custom.code_text("Testova criticized Tajikistan.", published="2011-01-01")
    assert events[0].source[0].code == "UZBMIL"


def test_member_or_spokesman_of_a_body_takes_its_country(code) -> None:  # type: ignore[no-untyped-def]
    assert code("A spokesman for the Kremlin criticized Georgia.")[0].source[0].code == "RUSGOV"
    assert code("A member of the Syrian parliament criticized Turkey.")[0].source[0].code == "SYRLEG"


def test_unknown_organisation_keeps_the_country_in_its_name(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Nigerian Union of Teachers criticized the government.")
    assert events[0].source[0].country == "NGA"


def test_coordinated_country_adjectives_are_one_actor_each(code) -> None:  # type: ignore[no-untyped-def]
    events = code("US and Russian officials met in Geneva on Monday.", published="2011-03-02")
    # a meeting is mutual: one dyad each way, each side one actor
    assert sorted((e.event, [a.code for a in e.source], [a.code for a in e.target]) for e in events) == [
        ("CONSULT", ["RUSGOV"], ["USAGOV"]), ("CONSULT", ["USAGOV"], ["RUSGOV"])]
    events = code("The Serbian and Croatian sides signed the accord.", published="2011-03-02")
    assert {a.country for e in events for a in e.source} == {"SRB", "HRV"}


def test_states_provinces_and_cities_are_coded_to_their_country(code) -> None:  # type: ignore[no-untyped-def]
    assert actors_of(code("Manitoba Premier Jane Testwell rejected the plan.")) == [("Jane Testwell", "CANGOV")]
    assert code("Ohio State Police arrested the mayor.")[0].source[0].code == "USACOP"
    # a unit name two countries share takes the document's country
    events = code("Pakistan closed the border. Punjab police arrested two men in Lahore.")
    assert [a.code for e in events if e.trigger.text == "arrested" for a in e.source] == ["PAKCOP"]
    # a city named as a modifier gives its country, even in a story about another country
    events = code("Russia criticized the verdict. Toronto police arrested two men on Monday.")
    assert [a.code for e in events if e.trigger.text == "arrested" for a in e.source] == ["CANCOP"]


def test_pronouns_find_the_person_of_that_gender(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Mrs Jane Testwell, the Kenyan foreign minister, met Senator Paul Roe of Uganda. "
        "She criticized China. He praised Japan."
    )
    by_target = {e.target[0].code: e.source[0] for e in events if e.target and e.target[0].code in ("CHN", "JPN")}
    assert (by_target["CHN"].name, by_target["CHN"].code) == ("Jane Testwell", "KENGOV")  # no courtesy title
    assert (by_target["JPN"].name, by_target["JPN"].code) == ("Paul Roe", "UGALEG")


def test_an_object_pronoun_is_not_its_own_clause_subject(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Kenyan Senator Paul Roe met Jane Doe, the Ugandan foreign minister. Roe praised her.")
    praise = [e for e in events if e.trigger.text == "praised"]
    assert [(a.name, a.code) for a in praise[0].target] == [("Jane Doe", "UGAGOV")]


def test_the_president_is_the_person_given_that_title(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Kenyan President Mark Testwell met Ugandan officials. The president later criticized Somalia.")
    critic = next(e for e in events if e.trigger.text == "criticized").source[0]
    assert (critic.name, critic.code) == ("Mark Testwell", "KENGOV")
    # with no one given the title in the text, the office holder of the document's country on its date
    events = code("Russian troops left the border. The president criticized Georgia.", "2010-05-20")
    critic = next(e for e in events if e.trigger.text == "criticized").source[0]
    assert (critic.name, critic.code) == ("Dmitry Medvedev", "RUSGOV")


def test_an_unknown_person_keeps_the_title_and_country_of_the_article(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Manitoba's legislature met on Monday in Winnipeg. NDP Leader Ann Testmoor said her party would delay the "
        "Manitoba bill. "
        "Testmoor criticized the premier."
    )
    sources = {(a.name, a.country) for e in events for a in e.source}
    assert ("Ann Testmoor", "CAN") in sources
    # a body named after "director of" with no country is the article's country's
    events = code("Mexico rejected the plan. Roberto Testa, director of the National Water Commission, criticized it.")
    assert ("Roberto Testa", "MEXGOV") in actors_of(events)


def test_a_place_qualified_by_another_country_is_not_the_story_country(code) -> None:  # type: ignore[no-untyped-def]
    events = code("A man was shot in Paris, Illinois. The sheriff said the man was armed.")
    said = next(e for e in events if e.trigger.text == "said")
    assert said.source[0].code == "USACOP"
    # in a story about the United States, Georgia is the state
    events = code("The governor of Ohio praised the troops. The Georgia National Guard arrested two men in Atlanta.")
    assert [a.code for e in events if e.trigger.text == "arrested" for a in e.source] == ["USAMIL"]


def test_hyphenated_modifiers_that_own_the_actor_keep_its_country(code) -> None:  # type: ignore[no-untyped-def]
    assert code("The Britain-based monitor accused the army of shelling the town.")[0].source[0].country == "GBR"
    assert code("Kremlin-controlled media criticized the sanctions.")[0].source[0].code == "RUSMED"
    assert code("The Saudi-led coalition accused the Houthis of attacking the port.")[0].source[0].country == "SAU"


def test_sponsors_and_stances_are_not_the_actors_country(code) -> None:  # type: ignore[no-untyped-def]
    # a proxy is not its sponsor, a stance not a nationality (kb/data/modifiers.yaml)
    assert code("Pro-Russian separatists attacked Ukrainian troops.")[0].source[0].code == "UKRREB"
    assert code("Turkish-backed rebels attacked a convoy.")[0].source[0].country is None
    assert code("The rebels fired US-made missiles at the convoy.")[0].source[0].country is None


def test_a_pronoun_after_a_surname_alone_is_that_person(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Kenyan Foreign Minister Jane Testwell met Ugandan officials. Senator Paul Roe of Uganda criticized the "
        "plan. Testwell replied that she would boycott the summit."
    )
    boycott = [a.name for e in events if e.trigger.text == "boycott" for a in e.source]
    assert boycott and set(boycott) == {"Jane Testwell"}


def test_a_speakers_pronoun_is_a_person_not_the_statement(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Pakistani army chief General Paul Testov visited the border. Speaking to elders, he said peace had "
        "returned, a public relations statement said.", "2018-04-05"
    )
    assert {(a.name, a.code) for e in events if e.trigger.text == "Speaking" for a in e.source} == {
        ("Paul Testov", "PAKMIL")}


def test_an_abbreviation_the_text_defines_is_the_same_actor(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "The Kenyan Department of Motor Vehicles (DMV) warned the company. Later the DMV criticized Uganda."
    )
    assert [a.code for e in events if e.trigger.text == "criticized" for a in e.source] == ["KENGOV"]


def test_abbreviated_ranks_and_offices_are_titles(code) -> None:  # type: ignore[no-untyped-def]
    assert actors_of(code("Nigerian Lt. Col. Paul Testade criticized the rebels."))[0] == ("Paul Testade", "NGAMIL")
    assert actors_of(code("Sen. Jane Testroe of Ohio criticized China."))[0] == ("Jane Testroe", "USALEG")
    # a definition inside a list does not send the resolver round in circles
    events = code("Kenya asked for the Water Management Board (WMB) and the Road Safety Committee (RSC). "
                  "The WMB criticized the plan.")
    assert any(e.trigger.text == "criticized" for e in events)


def test_a_travelling_official_serves_the_story_country_not_the_place(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Tunisia rejected the offer. Tunisian officials met in Tunis. "
        "Former prime minister Jane Testid visited NATO headquarters in Brussels."
    )
    assert [a.country for e in events if e.trigger.text == "visited" for a in e.source] == ["TUN"]


def test_the_bloc_is_the_organisation_the_article_introduced(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The European Union imposed sanctions on Russia on Monday. The bloc also criticized Iran.")
    assert [a.code for e in events if e.trigger.text == "criticized" for a in e.source] == ["IGOEU"]
    assert not [a for e in code("The bloc criticized Iran.") for a in e.source if a.code]


def test_a_gender_told_anywhere_holds_for_every_mention(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Kenyan Prime Minister Keith Testowley read from a memo sent by Jane Wambui, in which she took the "
        "blame. Mr Testowley criticized Uganda."
    )
    assert [a.name for e in events if e.trigger.text == "took" for a in e.source] == ["Jane Wambui"]
    # those met in a place are its own, even when the story names the visitor's country more
    events = code("US Secretary of State Paul Testman held talks with party leader Jane Testinga in Nairobi.")
    assert [(a.name, a.country) for e in events for a in e.target] == [("Jane Testinga", "KEN")]


def test_a_dateline_is_where_the_story_was_filed_not_an_actor(code) -> None:  # type: ignore[no-untyped-def]
    events = code("SEVERN, Md. (ABC7) \u2014 Police arrested a man on Monday.")
    assert [(a.text, a.code) for e in events for a in e.source] == [("Police", "USACOP")]
    # a hyphen inside a word opens no dateline
    events = code("US President Jane Testworth set a 60-day deadline for the ministry to file its report.")
    assert [a.name for e in events for a in e.source] == ["Jane Testworth"]


def test_unstated_country_is_not_taken_from_a_co_actor(code) -> None:  # type: ignore[no-untyped-def]
    # the host of a meeting is not the country of the bare "the rebels" it hosts: the story is about Yemen
    events = code("Yemeni rebels rejected the truce on Monday. Yemen's government said talks would go on. "
                  "Oman will host a meeting of the rebels next month.", "2016-04-02")
    hosted = {a.code for e in events if [a.code for a in e.source] == ["OMN"] for a in e.target}
    assert hosted == {"YEMREB"}


def test_a_place_of_the_sentence_still_gives_the_country(code) -> None:  # type: ignore[no-untyped-def]
    events = code("In Mosul, the army shelled the rebels.", "2016-04-02")
    assert ("IRQMIL", "IRQREB") in [(e.source[0].code, e.target[0].code) for e in events if e.source and e.target]


def test_an_accused_country_is_not_the_accusers_country(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The rebels denounced the deal and blamed Tehran for arming the militia.", "2016-04-02")
    rebels = {a.code for e in events for a in e.source if "rebels" in a.text}
    assert rebels and "IRNREB" not in rebels


def test_a_bare_body_is_the_one_of_its_sector_the_article_introduced(code) -> None:  # type: ignore[no-untyped-def]
    # the story is about Syria, but the rebels it speaks of later are the Ukrainian ones it introduced
    events = code("The war in Syria goes on. Syria's army shelled Idlib. Ukrainian rebels attacked a convoy in "
                  "Donbas. The rebels later withdrew.", "2016-04-02")
    withdrew = [e for e in events if e.trigger.text == "withdrew"]
    assert withdrew and [a.code for a in withdrew[0].source] == ["UKRREB"]


def test_a_town_in_an_actors_own_name_sets_the_sentence(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Mombasa Police detained three smugglers, a Tanzanian official said.", "2016-04-02")
    pairs = [([a.code for a in e.source], [a.code for a in e.target]) for e in events if e.trigger.text == "detained"]
    assert pairs and pairs[0][0] == ["KENCOP"] and pairs[0][1][0] is not None and pairs[0][1][0].startswith("KEN")


def test_a_leaders_possessive_names_the_leaders_country(code) -> None:  # type: ignore[no-untyped-def]
    # the recognizer may call a sentence-initial "Modi's" a place; the knowledge base knows the person
    events = code("Modi's government banned the notes.", "2019-09-16")
    assert [a.code for e in events for a in e.source] == ["INDGOV"]
    events = code("Trump's government imposed new tariffs on steel.", "2019-09-16")
    assert [a.code for e in events for a in e.source] == ["USAGOV"]


def test_a_former_office_holder_is_one_of_the_elites(code) -> None:  # type: ignore[no-untyped-def]
    for text in ("Karl Roe, a former Kenyan minister, criticized the protesters.",
                 "Former Kenyan minister Karl Roe criticized the protesters.",
                 "Kenyan ex-minister Karl Roe criticized the protesters."):
        assert [a.code for e in code(text) for a in e.source] == ["KENELI"], text


def test_two_descriptions_of_one_person_make_one_actor(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Karl Roe, a former Kenyan minister and the chief of the Kenyan opposition party, criticized "
                  "the Ugandan government.")
    assert [[a.text for a in e.source] for e in events] == [["Karl Roe"]]
    assert events[0].source[0].sector != "GOV"  # the office left is not his; the party he leads is
    # after a comma, the second title is someone else
    events = code("Karl Roe, the Kenyan finance minister, and the Kenyan police chief criticized the protesters.")
    assert sorted(a.code for e in events for a in e.source) == ["KENCOP", "KENGOV"]


def test_its_and_their_stand_for_the_conjunct_or_the_subject(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Kenya said the attack was investigated by Britain and its intelligence services.")
    assert [a.code for e in events for a in e.source] == ["GBR", "GBRSPY"]


def test_a_recalled_envoy_is_the_recallers_own_not_the_target(code) -> None:  # type: ignore[no-untyped-def]
    assert [e.target for e in code("Uganda said Britain had recalled its ambassador.")] == [[]]
    assert [[a.code for a in e.target] for e in code("Britain recalled its ambassador from Russia.")] == [["RUS"]]


def test_a_title_described_again_between_dashes_is_one_actor(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan finance minister - a former banker - criticized the plan.")
    assert [[a.code for a in e.source] for e in events] == [["KENGOV"]]


def test_a_person_with_a_body_serves_it(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The mural must stay, said Jane Kamau with the Kenyan Ministry of Culture.")
    assert [a.code for e in events for a in e.source] == ["KENGOV"]


def test_a_club_named_after_a_capital_is_not_its_government(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Real Nairobi flew to Japan for the club tournament.")
    assert all(a.code != "KENGOV" for e in events for a in e.source)
    assert [a.code for e in code("Nairobi criticized the sanctions.") for a in e.source] == ["KENGOV"]


def test_a_town_the_recognizer_calls_a_person_before_a_force_is_the_town(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Cairns police force arrested two teenagers for car theft last week.", "2012-10-09")
    assert [a.code for e in events for a in e.source] == ["AUSCOP"]


def test_a_name_and_the_title_the_text_gave_it_are_one_actor(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Jane Roe, the police chief, arrested two men.")
    assert [[a.text for a in e.source] for e in events] == [["Jane Roe"]]
@pytest.mark.parametrize("text", [
    "Isis fighters attacked an Iraqi army post.", "ISIL fighters attacked an Iraqi army post.",
    "Daesh attacked an Iraqi army post.", "The Islamic State attacked an Iraqi army post.",
])
def test_the_islamic_state_in_any_of_its_names_is_one_militarized_group(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert events and events[0].source[0].code == "IMGISIS" and events[0].cameo_root == "19"


def test_well_known_firms_have_their_country(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Russian government fined Exxon and Boeing over the contracts.")
    assert {a.code for e in events for a in e.target} == {"USABUS"}


def test_the_centre_is_the_union_government_in_indian_news_only(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kerala government accused the Centre of ignoring the fishermen of Kerala. The Centre denied it.")
    coded = {(a.text, a.code) for e in events for a in [*e.source, *e.target]}
    assert ("Centre", "INDGOV") in coded
    events = code("In London, the Centre criticized the British government over its trade plans.")
    assert all(a.code != "INDGOV" for e in events for a in e.source)
