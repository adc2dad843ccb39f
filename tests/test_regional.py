"""Regional English: any casing, regional words of protest and policing, and agents the text leaves implicit."""

from __future__ import annotations

from collections import Counter

import pytest

from eventdesk.errors import KnowledgeBaseError
from eventdesk.events.implicit import SUFFIX, load_agents
from eventdesk.kb import default_kb
from eventdesk.nlp import load_pipeline
from eventdesk.nlp.truecase import TrueCaser, english_lexicon

pytestmark = pytest.mark.model


def _caser() -> TrueCaser:
    places = [("Lucknow", "IND", 2_472_011), ("Bath", "GBR", 90_000), ("Independence", "USA", 116_000),
              ("Nice", "FRA", 338_000), ("Agra", "IND", 1_430_000), ("Gaya", "IND", 470_000)]
    return TrueCaser(default_kb().cased_phrases(), places, english_lexicon(load_pipeline()))


def test_truecasing_restores_names_sentence_starts_and_keeps_the_length() -> None:
    text = "lucknow: police arrested 35 persons in agra on march 3. the united nations and the u.s. protested."
    restored = _caser()(text)
    assert len(restored) == len(text) and restored.lower() == text.lower()
    assert restored.startswith("Lucknow: Police arrested 35 persons in Agra on March 3. The United Nations")
    assert "U.S." in restored


def test_truecasing_leaves_common_words_alone_and_small_towns_to_their_country() -> None:
    restored = _caser()("i think rice prices may rise in bath, nice and independence. jilani agreed.")
    assert restored.startswith("I think rice prices may rise in bath, nice and independence.")
    assert "Jilani" in restored  # a word no dictionary knows is a name
    assert "gaya" in _caser()("the visitors stayed in gaya. they left.")  # a small town, of no named country
    assert "Gaya" in _caser()("the indian visitors stayed in gaya. they left.")


def test_truecasing_finds_acronyms_surnames_and_the_us() -> None:
    caser = TrueCaser(default_kb().cased_phrases(), (), english_lexicon(load_pipeline()), keep_lower={"nato", "eu"})
    restored = caser("the eu and nato met donald trump in the us on monday. later trump said the us-led talks "
                     "helped us.")
    assert "The EU and NATO met Donald Trump in the US on Monday." in restored  # words the patterns know, too
    assert "Later Trump said the US-led talks helped us." in restored  # the surname of a person named in full
    assert caser.restore("in april mr jones may march.") == "In April Mr Jones may march."
    assert caser("an ace will trump a king, he told us.") == "An ace will trump a king, he told us."


def test_cased_text_is_left_as_it_is_and_shouted_headlines_are_recased() -> None:
    caser = _caser()
    cased = "Police in Lucknow arrested 35 persons. They were released later."
    assert caser(cased) == cased
    headline = "POLICE ARREST 35 PERSONS IN LUCKNOW\nThe arrests followed clashes."
    assert caser(headline).startswith("Police arrest 35 persons in Lucknow\n")


def _triples(events):  # type: ignore[no-untyped-def]
    return Counter((e.event, tuple(a.country for a in e.source), tuple(a.country for a in e.target)) for e in events)


def test_a_lower_cased_article_gives_the_events_of_the_cased_one(code) -> None:  # type: ignore[no-untyped-def]
    text = ("NEW DELHI: Pakistan's President Pervez Musharraf met Indian Prime Minister Atal Bihari Vajpayee in "
            "Agra. The United Nations criticized Israel. Police arrested twelve protesters in Mumbai.")
    lower_events = code(text.lower())
    cased, lower, upper = _triples(code(text)), _triples(lower_events), _triples(code(text.upper()))
    assert sum(cased.values()) == 3
    assert sum((cased & lower).values()) >= 2 and sum((cased & upper).values()) >= 2
    assert all(e.text in text.lower() for e in lower_events)  # events quote the text as written


def test_passive_arrests_and_sentences_get_their_implicit_agent(code) -> None:  # type: ignore[no-untyped-def]
    [arrest] = [e for e in code("About 35 persons were arrested in Lucknow on Sunday.") if e.cameo == "173"]
    assert arrest.rule == "coerce/arrest" + SUFFIX
    assert [(a.sector, a.country) for a in arrest.source] == [("COP", "IND")]
    assert arrest.confidence < 0.5
    [jailed] = [e for e in code("A former mayor of Durban was jailed for two years.") if e.cameo == "173"]
    assert jailed.source[0].sector == "JUD" and jailed.rule.endswith(SUFFIX)
    [kill] = [e for e in code("Two dacoits were killed in an encounter near Agra.") if e.event == "ASSAULT"]
    assert kill.source[0].sector == "COP"


def test_a_named_agent_is_never_replaced(code) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code("Six men were arrested by soldiers in Lahore.") if e.cameo == "173"]
    assert events and all(not e.rule.endswith(SUFFIX) for e in events)
    assert not [e for e in code("The meeting was held in Patna.") if e.cameo == "173"]


@pytest.mark.parametrize("sentence, cameo", [
    ("Hundreds of farmers staged a dharna outside the collectorate in Meerut.", "141"),
    ("Teachers sat on a dharna in Patna on Monday.", "141"),
    ("The opposition observed a bandh in Kolkata.", "143"),
    ("Unions called a hartal in Kochi.", "143"),
    ("Workers took out a morcha to the district office in Nashik.", "141"),
    ("Residents staged a stayaway in Soweto.", "143"),
    ("Police lathi-charged the protesters in Patna.", "175"),
    ("Five persons were booked under the Arms Act in Delhi.", "173"),
    ("The suspects were taken into custody in Pune.", "173"),
    ("Two men were held for questioning in Jaipur.", "173"),
    ("The arrests led to protests by students across Kolkata.", "141"),
])
def test_regional_words_of_protest_and_policing(code, sentence: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    assert cameo in {e.cameo for e in code(sentence)}, code(sentence)


@pytest.mark.parametrize("phrase", ["cops", "khaki", "constables", "head constable", "SHO", "police station",
                                    "sub-inspector", "SAPS"])
def test_regional_police_words_name_the_police(phrase: str) -> None:
    terms = default_kb().lookup(phrase)
    assert any(t.sector == "COP" for t in terms), phrase


def test_a_bad_implicit_agent_file_names_its_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "implicit.yaml"
    path.write_text("- name: police\n  sector: COP\n  verbs: [arrest]\n- name: court\n  sector: JUD\n",
                    encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as err:
        load_agents(path)
    assert "implicit.yaml:4" in str(err.value)


def test_a_killing_in_police_firing_is_the_police_s_not_the_speaker_s(code) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code("Four men were shot dead in police firing in Rajkot, the official said.")
              if e.event == "ASSAULT"]
    assert events and all(a.sector == "COP" for e in events for a in e.source)


def _sources(events, cameo_prefix: str):  # type: ignore[no-untyped-def]
    return [(a.sector, a.country) for e in events if e.cameo.startswith(cameo_prefix) for a in e.source]


def test_a_death_in_police_firing_is_a_police_killing_told_from_the_dead_s_side(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Three villagers died in police firing near Bhilwara on Tuesday.")
    [death] = [e for e in events if e.event == "ASSAULT"]
    assert death.rule == "assault/die-in-firing" + SUFFIX
    assert [(a.sector, a.country) for a in death.source] == [("COP", "IND")]
    assert [a.sector for a in death.target] == ["CVL"]  # the dead are the target, never the doer
    assert not [e for e in code("An old man died in a fire at his house in Nagpur.") if e.event == "ASSAULT"]
    # the police named in a phrase about something else did not kill anyone
    failure = code("Many people were killed in Bihar due to police failure, the report said.")
    assert ("COP", "IND") not in _sources(failure, "19")


def test_a_protest_with_no_named_doer_is_held_by_protesters(code) -> None:  # type: ignore[no-untyped-def]
    [protest] = [e for e in code("The new bus fares sparked angry protests in Durban.") if e.event == "PROTEST"]
    assert protest.rule.endswith(SUFFIX) and [(a.sector, a.country) for a in protest.source] == [("OPP", "ZAF")]
    [strike] = [e for e in code("Taxi drivers went on strike in Cape Town.") if e.event == "PROTEST"]
    assert strike.cameo == "143"
    named = [e for e in code("Thousands of students rallied outside parliament in Pretoria.") if e.event == "PROTEST"]
    assert named and not named[0].rule.endswith(SUFFIX)


@pytest.mark.parametrize("sentence", [
    "Mining shares rallied 3 percent in Johannesburg on Friday.",
    "The home side rallied to a 2-1 win over Chiefs.",
    "The militia has demonstrated that it can strike at will.",
    "Police pickets were posted at every crossing in Surat.",
])
def test_words_of_protest_in_other_senses_give_no_protest(code, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in code(sentence) if e.event == "PROTEST"], sentence


def test_a_charge_of_obstruction_is_an_allegation_not_an_obstruction(code) -> None:  # type: ignore[no-untyped-def]
    charged = code("The trader was charged with obstructing the police at the market in Ficksburg.")
    events = [e for e in charged if e.cameo == "144"]
    assert all(e.status != "asserted" for e in events)


def test_a_sector_word_before_a_noun_names_its_doer(code) -> None:  # type: ignore[no-untyped-def]
    events = code("A rebel attack on an oil pipeline in Colombia cut exports.", "2008-03-06")
    assert ("REB", "COL") in _sources(events, "19")


def test_a_noun_in_an_adjunct_of_time_or_cause_is_not_the_subject_s_act(code) -> None:  # type: ignore[no-untyped-def]
    events = code("In the wake of last week's attack on a depot, police cordoned off the streets in Quetta.")
    assert ("COP", "PAK") not in _sources(events, "19")  # the police sealed the area; they made no attack
    arrested = code("Two men were arrested for the attack on the station in Quetta.")
    assert not [e for e in arrested if e.cameo.startswith("19") and e.source]


@pytest.mark.parametrize("sentence, cameo", [
    ("Security has been tightened in Meerut after the clashes.", "151"),
    ("There was a heavy police presence in the old city of Hyderabad.", "153"),
    ("A large police force was present at the rally in Mysore.", "153"),
    ("A case of rioting was registered against forty people in Vadodara.", "090"),
    ("Voting began amid unprecedented security in Lucknow.", "151"),
])
def test_police_measures_told_without_the_police_are_theirs(code, sentence: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    assert ("COP", "IND") in _sources(code(sentence), cameo), code(sentence)


def test_a_bombing_named_as_a_noun_is_done_by_irregulars(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Nine bomb blasts shook Soweto last week.", "2002-11-05")
    assert ("REB", "ZAF") in _sources(events, "183")
    assert not [e for e in code("A gas explosion destroyed a house in Soweto.") if e.event == "ASSAULT"]


def test_an_implicit_agent_of_an_unknown_voice_names_its_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "implicit.yaml"
    path.write_text("- name: protesters\n  sector: OPP\n  cameo: ['14']\n  voice: active\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as err:
        load_agents(path)
    assert "implicit.yaml:1" in str(err.value) and "voice" in str(err.value)


def test_truecasing_reads_abbreviations_the_text_defines() -> None:
    restored = _caser()("the kenya farmers welfare association (kfwa) accused the ministry of delays. kfwa officials "
                        "met the minister. solar photovoltaics (pv) grew.")
    assert restored.startswith("The Kenya Farmers Welfare Association (KFWA) accused the ministry")
    assert "KFWA officials met" in restored  # and every later use of the abbreviation
    assert "Solar photovoltaics (pv)" in restored  # one word spelling the letters is no name in full


def test_truecasing_keeps_an_acronym_the_text_uses_as_a_noun() -> None:
    caser = _caser()
    assert "CAR" not in caser("police found the stolen car near the border. his car was burnt. the car thieves fled.")
    assert caser("the un and the eu sent an eu envoy. they met.").startswith("The UN and the EU sent an EU ")
    assert "agreed that EU and" in caser("the ministers agreed that eu and national rules apply. they left.")
    assert caser.restore("us officials said they told us nothing.") == "US officials said they told us nothing."
    assert caser.restore("us forces shelled the town.").startswith("US forces")
    # a country's acronym that is an English noun is the noun, even as a modifier, unless the country is spelled
    assert "CAR" not in caser("militants rammed a car bomb into the post. car owners protested.")
    assert "CAR troops" in caser("the central african republic sent troops. car troops left bangui.")


def test_truecasing_finds_names_beside_names_titles_and_accented_names() -> None:
    restored = _caser()("the delegation met helen okonkwo and the pm oduya at 5 pm monday. the court heard janša and "
                        "petrič. larger crowds came.")
    assert "Helen Okonkwo" in restored  # a dictionary word before a name no dictionary knows
    boss = _caser()("the firm's boss mark okafor said they will grant funds and mark the day. he left.")
    assert "boss Mark Okafor said they will grant funds and mark the day" in boss  # a given name of the base
    assert "the PM Oduya at 5 pm Monday" in restored
    assert "Janša and Petrič" in restored and "Larger crowds" in restored


def test_a_lower_cased_dateline_is_read_and_never_taken_for_an_actor(code) -> None:  # type: ignore[no-untyped-def]
    from eventdesk.enrich.dateline import datelines

    [first, *_] = datelines("wausau, wis. (wsaw) -- a jury found him guilty.", uncased=True)
    assert (first.place, first.qualifier, first.agency) == ("wausau", "wis.", "wsaw")
    assert _caser().restore("lucknow, india – police arrested two men.").startswith("LUCKNOW, India – Police")
    [arrest] = [e for e in code("lucknow, india – police arrested two men on friday.") if e.cameo == "173"]
    assert [(a.sector, a.country) for a in arrest.source] == [("COP", "IND")]
    assert arrest.location is not None and arrest.location.name == "Lucknow"


def test_truecasing_reads_a_dateline_s_qualifier_date_and_agency() -> None:
    caser = _caser()
    assert caser.restore("lucknow, march 3 (pti) - two men were held.").startswith("LUCKNOW, March 3 (PTI) - Two men")
    assert caser.restore("agra, india (reuters) -- a strike began.").startswith("AGRA, India (Reuters) -- A strike")


def test_truecasing_restores_names_of_bodies_made_of_common_words() -> None:
    restored = _caser()("the suspects were taken to the lucknow district hospital, and the lucknow chamber of trade "
                        "and industry protested. a judge of the supreme court wrote to the home ministry.")
    assert "the Lucknow District Hospital, and the Lucknow Chamber of Trade and Industry protested" in restored
    assert "A judge of the Supreme Court wrote to the Home Ministry" in restored  # offices and bodies of the base
    plain = _caser()("the prime minister said the ministry of water resources would pay. the city of agra grew. "
                     "the farmers accused the ministry of delays. mr oduya blamed the county officials.")
    assert "The prime minister said the Ministry of Water Resources would pay" in plain  # an office, without a name
    assert "The city of Agra grew" in plain  # a city is named in full without its noun
    assert "accused the ministry of delays" in plain  # "accuse X of Y": no name
    assert "blamed the county officials" in plain
    assert "heard by a Lucknow court" in _caser()("the case was heard by a lucknow court on monday.")  # one of many


def test_truecasing_writes_titles_before_a_name_and_the_us_before_a_noun() -> None:
    restored = _caser()("detective constable ann oduya said the minister denied that us warplanes had landed. "
                        "he gave us maps. most of us agree.")
    assert restored.startswith("Detective Constable Ann Oduya said")  # the words of the base's offices
    assert "a Kenyan national Omondi at" in _caser()("she met a kenyan national omondi at the border post on friday.")
    guard = _caser()("the national guard and the prime minister met on the border on friday.")
    assert guard.startswith("The National Guard and the prime minister")  # a body; an office without a name
    assert "denied that US warplanes" in restored and "gave us maps" in restored and "Most of us agree" in restored


def test_truecasing_writes_a_word_without_vowels_as_an_acronym() -> None:
    restored = _caser()("the crpf and the tmc cadres clashed 5 kms from the 5th gate; see www.example.org for more.")
    assert restored.startswith("The CRPF and the TMC cadres clashed 5 kms from the 5th gate")  # units stay small
    assert "www.example.org" in restored


def test_truecasing_knows_abbreviations_from_sentence_ends() -> None:
    restored = _caser()("the u.s. troops left lucknow on friday. gen. okafor said the talks failed. "
                        "the king went home. the end.")
    assert restored == ("The U.S. troops left Lucknow on Friday. Gen. Okafor said the talks failed. "
                        "The king went home. The end.")


def test_truecasing_writes_every_abbreviated_title_of_the_data_file(coder) -> None:  # type: ignore[no-untyped-def]
    # not only the common ones ("gen.", "sgt."): "const." too, whose stop then ends no sentence
    restored = coder.truecase("a man was held. police const. ann oduya said det. supt. tom okafor left.")
    assert "Police Const. Ann Oduya said Det. Supt. Tom Okafor left." in restored


def test_police_who_storm_or_occupy_a_building_act_for_the_state(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Riot police stormed the offices of the weekly in Harare and occupied the building.")
    assert not [e for e in events if e.event == "PROTEST"], events
    assert ("COP", "ZWE") in _sources(events, "170")
    students = code("Students occupied the university offices in Durban.")
    assert [e for e in students if e.cameo == "144"]  # an occupation as dissent stays one


def test_a_unit_of_a_force_is_that_force(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Two companies of police were rushed to the village near Meerut.")
    assert [(a.sector, a.country) for e in events if e.cameo.startswith("15") for a in e.target] == [("COP", "IND")]
    assert [e for e in code("A posse of policemen was rushed to Bhiwandi.") if e.cameo == "153"]
    firms = code("Two companies of Reliance signed a deal with Iran.")
    assert all(a.sector != "COP" for e in firms for a in e.source)


def test_an_act_claimed_is_the_claimant_s_and_one_denied_is_not(code) -> None:  # type: ignore[no-untyped-def]
    claimed = code("The rebels claimed responsibility for the attack on the army post in Cauca.", "2008-03-06")
    assert ("REB", "COL") in _sources(claimed, "19")
    denied = code("The rebels denied responsibility for the attack on the army post in Cauca.", "2008-03-06")
    assert ("REB", "COL") not in _sources(denied, "19")
    unclaimed = code("No faction has claimed responsibility yet for the attack on the army post in Cauca.",
                     "2008-03-06")
    assert not [e for e in unclaimed if e.cameo.startswith("19") and e.source]


def test_a_crowd_gathered_outside_an_office_demonstrates(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Angry residents gathered outside the municipal offices in Soweto on Monday.")
    assert [e for e in events if e.cameo == "141"], events
    assert not [e for e in code("Residents gathered in the hall for the wedding in Soweto.") if e.event == "PROTEST"]


def test_marchers_intercepted_by_police_are_stopped_by_the_police(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The marchers were intercepted by police near the bridge in Lucknow.")
    assert ("COP", "IND") in _sources(events, "170"), events
    assert not [e for e in code("The air defence intercepted two missiles over Haifa.") if e.cameo == "170"]


def test_an_act_the_police_are_directed_to_do_is_theirs_and_not_yet_done(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The chief minister directed the police to arrest the culprits in Lucknow.")
    [arrest] = [e for e in events if e.cameo == "173"]
    assert [(a.sector, a.country) for a in arrest.source] == [("COP", "IND")]
    assert arrest.status == "hypothetical"


def test_forces_the_police_word_names_are_police_deployed(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The government rushed a large number of police personnel to the area in Lucknow.")
    assert "153" in {e.cameo for e in events} and "154" not in {e.cameo for e in events}, events
    assert "154" in {e.cameo for e in code("The army deployed more forces to the border with Iran.")}


def test_a_vehicle_driven_is_a_car_bomb_only_when_it_carries_one(code) -> None:  # type: ignore[no-untyped-def]
    bomb = code("The suicide bomber drove an explosives-laden truck into the gate of the base in Kabul.")
    assert "1832" in {e.cameo for e in bomb}, bomb
    for sentence in ("He had driven heavy lorries for ten years in Kabul, the police said.",
                     "She was pulled out of the jeep they drove to town, the police in Kabul said."):
        assert not [e for e in code(sentence) if e.event == "ASSAULT"], sentence


def _acts(events, prefix: str = "") -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """(cameo, status, sector of the first source) of each event whose code starts with ``prefix``."""
    return {(e.cameo, e.status, e.source[0].sector if e.source else "") for e in events if e.cameo.startswith(prefix)}


def test_police_who_do_not_act_give_the_act_negated(code) -> None:  # type: ignore[no-untyped-def]
    # CAMEO has no code for not acting: the intervention not made is a negated 170 of the police
    for text in ("Kanpur: the policemen stood by as the mob set fire to the shops.",
                 "Kanpur: the police remained mute spectators to the arson.",
                 "Kanpur: the police did nothing to stop the looters.",
                 "Kanpur: the constables looked on while the houses were looted.",
                 "Kanpur: the police did not act despite repeated calls for help.",
                 "Kanpur: the police failed to control the mob that burnt the market.",
                 "Kanpur: residents said police inaction led to more killings."):
        assert ("170", "negated", "COP") in _acts(code(text, "2002-03-05"), "170"), text
    # nor are the onlookers the doers of what is done in the passive while they look on
    looted = code("Kanpur: the constables looked on while the houses were looted.", "2002-03-05")
    assert not [e for e in looted if e.cameo.startswith("1711") and e.source]
    # the same words of people who are not the police, or of police at work, say no such thing
    assert not _acts(code("Kanpur: a large crowd looked on as the minister spoke.", "2002-03-05"), "170")
    assert not _acts(code("Kanpur: the police watched the situation closely.", "2002-03-05"), "170")
    assert ("170", "asserted", "COP") in _acts(code("Kanpur: the police contained the violence within hours.",
                                                     "2002-03-05"), "170")


def test_tear_gas_shells_seized_arms_and_laws_invoked_are_police_acts(code) -> None:  # type: ignore[no-untyped-def]
    assert ("175", "asserted", "COP") in _acts(
        code("Kanpur: the police burst tear-gas shells to scatter the crowd.", "2002-03-05"), "175")
    assert ("1711", "asserted", "COP") in _acts(
        code("Kanpur: police recovered two country-made pistols and six bombs from the house.", "2002-03-05"))
    assert not _acts(code("Kanpur: the injured boy recovered from his wounds.", "2002-03-05"), "17")
    assert ("1121", "asserted", "COP") in _acts(
        code("Kanpur: the police have applied the anti-terror law against the five men.", "2002-03-05"))
    assert not _acts(code("Kanpur: the artillery fired shells at the rebel camp.", "2002-03-05"), "175")


def test_a_fact_recalled_with_may_is_asserted(code) -> None:  # type: ignore[no-untyped-def]
    # "it may be recalled that ...": the reminder formula of newspaper English tells a known fact
    recalled = code("Kanpur: it may be recalled that the police arrested six traders last week.", "2002-03-05")
    assert ("173", "asserted", "COP") in _acts(recalled, "173")
    maybe = code("Kanpur: it may be that the police arrested six traders last week.", "2002-03-05")
    assert ("173", "hypothetical", "COP") in _acts(maybe, "173")


def test_attacks_named_by_their_militant_doers_and_mass_petitions(code) -> None:  # type: ignore[no-untyped-def]
    # no "on" or "against" names the attacked: the kind of doer alone makes the noun an attack
    events = code("Mombasa has been calm since the militant attacks in the old town last year.", "2014-06-06")
    [attack] = [e for e in events if e.rule == "assault/militant-attack-noun"]
    assert attack.source[0].sector == "REB" and attack.status == "asserted"
    [petition] = [e for e in code("More than 20,000 residents of Leeds signed a petition against the closure of "
                                  "the hospital.", "2014-06-06") if e.event == "PROTEST"]
    assert petition.cameo == "140"


def test_complaints_the_police_refuse_to_record_are_their_act_not_done(code) -> None:  # type: ignore[no-untyped-def]
    refused = code("Bhopal: the widows said the police refused to take down their complaints.", "2002-03-05")
    assert ("090", "negated", "COP") in _acts(refused, "090")
    recorded = code("Bhopal: the police did not record the complaint of the shopkeeper.", "2002-03-05")
    assert ("090", "negated", "COP") in _acts(recorded, "090")


def test_slogans_and_placards_tell_a_demonstration(code) -> None:  # type: ignore[no-untyped-def]
    slogans = code("Bhopal: the mill workers raised slogans against the management at the gate.", "2002-03-05")
    assert any(e.cameo == "141" and e.status == "asserted" for e in slogans)
    placards = code("Durban: Hundreds of tenants carrying placards marched to the housing office.", "2014-06-06")
    assert any(e.event == "PROTEST" for e in placards)
    assert not [e for e in code("Durban: The fans waved flags and banners during the match.", "2014-06-06")
                if e.event == "PROTEST"]


def test_a_condemned_attack_happened_and_is_not_the_condemners(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Bhopal: the opposition leaders condemned the police firing on the students.", "2002-03-05")
    assert ("193", "asserted", "COP") in _acts(events, "19")
    militants = code("Srinagar: the governor condemned the militant attacks on the pilgrims.", "2002-03-05")
    [attack] = [e for e in militants if e.event == "ASSAULT"]
    assert attack.source and attack.source[0].sector == "REB" and attack.status == "asserted"
    unnamed = code("Bhopal: the mayor condemned the attack on the bus depot.", "2002-03-05")
    assert all(not e.source for e in unnamed if e.event == "ASSAULT")  # never the mayor's own attack


def test_protests_counted_or_explained_as_a_kind_are_no_event(code) -> None:  # type: ignore[no-untyped-def]
    for text in ("Durban: The increase in violent protests worried the investors, he said.",
                 "Durban: Slow housing delivery is one of the main causes of riots in the townships."):
        assert not [e for e in code(text, "2014-06-06") if e.event == "PROTEST"], text
    assert [e for e in code("Durban: Tenants staged protests in the township on Monday.", "2014-06-06")
            if e.event == "PROTEST"]


def test_us_before_a_noun_naming_actors_is_the_country_and_before_any_other_the_pronoun(coder) -> None:  # type: ignore[no-untyped-def]
    text = "us officials said the witnesses would give us information about the convoy on friday."
    restored = coder.truecase(text)
    assert restored.startswith("US officials said") and "give us information" in restored  # a word of a longer term


def test_orders_to_the_police_to_keep_watch_raise_their_alert(code) -> None:  # type: ignore[no-untyped-def]
    [alert] = [e for e in code("bhopal: the constables have been directed to guard the grain depot day and night, "
                               "the district collector said.") if e.cameo == "151"]
    assert [a.sector for a in alert.target] == ["COP"] and alert.status == "asserted"
    [ordered] = [e for e in code("Pietermaritzburg: The MEC ordered the police to step up patrols in the "
                                 "townships.") if e.rule == "mobilize/alert-police"]
    assert [a.sector for a in ordered.target] == ["COP"]
    assert not [e for e in code("bhopal: the judge told the officers to remain seated.") if e.cameo == "151"]


def test_who_chairs_a_meeting_of_officers_meets_them(code) -> None:  # type: ignore[no-untyped-def]
    [meeting] = [e for e in code("jaipur: the home minister presided over a meeting of district police chiefs "
                                 "on thursday.") if e.cameo == "040"]
    assert [a.sector for a in meeting.source] == ["GOV"] and [a.sector for a in meeting.target] == ["COP"]


def test_police_not_present_are_no_police_posted(code) -> None:  # type: ignore[no-untyped-def]
    events = code("bhopal: the minister blamed the six constables who were not present at the check post.")
    [absent] = [e for e in events if e.cameo == "153"]
    assert absent.status == "negated"


def test_a_governments_protest_is_an_official_complaint_and_anyone_elses_a_demonstration(code) -> None:  # type: ignore[no-untyped-def]
    [complaint] = code("Pretoria: The South African government protested the expulsion of its diplomats.")
    assert (complaint.cameo, complaint.event) == ("114", "ACCUSE")
    [demo] = [e for e in code("Pretoria: Taxi drivers protested the new permit fees outside the Union Buildings.")
              if e.event == "PROTEST"]
    assert demo.cameo.startswith("14")
    # a people named by its demonym is no state speaking
    [people] = code("Zimbabweans in Harare protested the fuel price rise on Monday.")
    assert people.event == "PROTEST"


def test_a_crowd_that_boos_a_politician_dissents_but_fans_booing_a_coach_do_not(code) -> None:  # type: ignore[no-untyped-def]
    [booed] = code("The mayor of Soweto was booed by angry residents at a council meeting.")
    assert (booed.cameo, [a.sector for a in booed.target]) == ("140", ["GOV"])
    assert not code("Madrid: Fans booed the coach after the match.")


def test_police_who_remained_idle_failed_to_act(code) -> None:  # type: ignore[no-untyped-def]
    [idle] = code("vadodara: the constables remained inactive as the rioters set fire to the market.")
    assert idle.status == "negated" and [a.sector for a in idle.source] == ["COP"]


def test_truecasing_restores_bodies_named_by_an_opener_a_following_name_or_a_demonym() -> None:
    restored = _caser()("the national wool board and the harbour board of kenya met the kenyan association of "
                        "millers in lucknow. the royal potash society sent a letter.")
    assert restored.startswith("The National Wool Board and the Harbour Board of Kenya met the Kenyan Association "
                               "of Millers")  # an opener; "the ... of" and a name; a demonym and "of"
    assert "The Royal Potash Society sent" in restored
    plain = _caser()("a national bank failed. the farmers accused the national bank of fraud. the old city of agra "
                     "and the ruling party of kenya. its national airline flew.")
    assert "A national bank failed" in plain and "accused the national bank of fraud" in plain
    assert "The old city of Agra and the ruling party of Kenya" in plain  # a place's head; a verb's form
    assert "Its national airline flew" in plain


def test_truecasing_restores_initials_irish_prefixes_and_two_letter_surnames(coder) -> None:  # type: ignore[no-untyped-def]
    restored = coder.truecase("general tunde b. okafor met bill o'hara, anil d'costa, tendai wu and president xi. "
                              "the oduya tv show ran.")
    assert "Tunde B. Okafor met Bill O'Hara, Anil D'Costa, Tendai Wu and President Xi" in restored
    assert "Oduya tv show" in restored  # an acronym of two letters is no surname


def test_truecasing_reads_a_head_with_for_and_never_a_verb_of_the_sentence_before() -> None:
    restored = _caser()("the commission for water rights met. the ministry of home affairs agreed. "
                        "they met the national wool board.")
    assert restored == ("The Commission for Water Rights met. The Ministry of Home Affairs agreed. "
                        "They met the National Wool Board.")  # "met." ends its sentence: no verb of "the"


def test_truecasing_starts_a_sentence_after_a_colon_only_after_a_label_or_before_a_quotation() -> None:
    restored = _caser()("the mayor has a lesson to offer oduya: they pay less. lucknow: the strike ended. "
                        'he said: "we will go."')
    assert restored == 'The mayor has a lesson to offer Oduya: they pay less. Lucknow: The strike ended. ' \
                       'He said: "We will go."'


def test_truecasing_reads_a_demonym_before_a_body_and_events_named_by_their_heads(coder) -> None:  # type: ignore[no-untyped-def]
    restored = coder.truecase("the kenyan revenue services agency fined a danish shipping company. the kenyan police "
                              "came. oduya won the lucknow chess tournament. the agra police department stands guard.")
    assert restored.startswith("The Kenyan Revenue Services Agency fined a Danish shipping company. "
                               "The Kenyan police came.")  # nouns between; one of many; the bare demonym's body
    assert "won the Lucknow Chess Tournament" in restored
    assert "The Agra Police Department stands guard" in restored  # a verb after the name is no part of it


def test_a_crowd_gathered_at_a_rally_protests_and_voices_its_demand(code) -> None:  # type: ignore[no-untyped-def]
    events = code("About 500 farmers gathered on Friday at a rally in Lahore to demand that the government cut power"
                  " prices.", "2017-05-04")
    assert {(e.cameo, e.status) for e in events} >= {("141", "asserted"), ("100", "asserted")}
    massed = code("Russia massed troops on the border to attack Ukraine.")
    assert [e.status for e in massed if e.cameo == "190"] == ["future"]


def test_truecasing_finds_surnames_that_are_english_words_by_the_name_s_place(coder) -> None:  # type: ignore[no-untyped-def]
    restored = coder.truecase(
        "police arrested amara quest, 34, on monday. marta pilot, a former minister, visited ken and nora bell. "
        "later, minister tunde range said the bells would stay. \"we are sorry,\" quest said. it was a long quest "
        "for the range of goods.")
    assert "Amara Quest, 34," in restored  # an age after the name
    assert "Marta Pilot, a former minister" in restored  # an appositive after it
    assert "Ken and Nora Bell" in restored and "the Bells would stay" in restored  # a couple; the family
    assert "Minister Tunde Range said" in restored  # a title before
    assert '"We are sorry," Quest said' in restored  # the surname alone, found by the full name
    assert "a long quest for the range of goods" in restored  # the common nouns stay small


def test_truecasing_takes_no_verb_or_town_s_police_for_a_surname(coder) -> None:  # type: ignore[no-untyped-def]
    restored = coder.truecase(
        "president okafor visited the port. cardinal tunde okoro leads the mass. st. john police said two men "
        "were held, and madison police said more would be. police arrested daniel soldier, 22, in the city.")
    assert "Okafor visited" in restored and "Okoro leads the mass" in restored  # verbs after a name
    assert "John police said" in restored and "Madison police said" in restored  # a town's police
    assert "Daniel Soldier, 22," in restored  # an actor's noun, with an age


def test_truecasing_writes_acronyms_numbered_streets_and_names_opened_by_a_word(coder) -> None:  # type: ignore[no-untyped-def]
    restored = coder.truecase(
        "the ceos of two ngos met the dgp on ninth street and on 5th avenue. they flew air malawi to mount "
        "kenya and upper egypt. his radio broke and the third city fell.")
    assert "The CEOs of two NGOs met the DGP" in restored  # acronyms the patterns know too
    assert "on Ninth Street and on 5th Avenue" in restored  # a street named by its number
    assert "flew Air Malawi to Mount Kenya and Upper Egypt" in restored  # a word opening a name before a name
    assert "His radio broke and the third city fell" in restored  # no name after; a city is no street


def test_truecasing_restores_units_trusts_and_subcommittees_after_a_name(coder) -> None:  # type: ignore[no-untyped-def]
    restored = coder.truecase("the lagos child protection unit met the kano wildlife trust and the kano assembly "
                              "budget subcommittee in the city.")
    assert "Lagos Child Protection Unit met the Kano Wildlife Trust" in restored
    assert "Kano Assembly Budget Subcommittee" in restored


def test_a_bad_name_opener_names_its_file_and_line(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from eventdesk.nlp import name_heads

    path = tmp_path / "name_openers.csv"
    path.write_text("word,opens,example\nnational,head,National Wool Board\nair,plane,Air Zorblatia\n",
                    encoding="utf-8")
    monkeypatch.setattr(name_heads, "OPENERS_FILE", path)
    name_heads._openers.cache_clear()
    try:
        with pytest.raises(KnowledgeBaseError) as err:
            name_heads.name_prefixes()
        assert "name_openers.csv:3" in str(err.value) and "opens 'plane'" in str(err.value)
    finally:
        name_heads._openers.cache_clear()


def test_truecasing_restores_a_home_name_only_in_its_country_s_news(coder) -> None:  # type: ignore[no-untyped-def]
    indian = coder.truecase("new delhi: the centre urged the states to act. the opposition accused the centre of "
                            "delaying funds. he stood at the centre of the town near the centre for policy research.")
    assert "The Centre urged the states" in indian and "accused the Centre of delaying" in indian
    assert "at the centre of the town near the centre for policy research" in indian  # a place, a think tank
    other = coder.truecase("the centre asked its members to act. it was late and they left the town early.")
    assert other.startswith("The centre asked")  # no Indian story: a centre


def test_a_lower_cased_indian_story_gives_the_union_government_s_request(code) -> None:  # type: ignore[no-untyped-def]
    events = code("new delhi: the centre urged the states to frame rules for the new farm fund. officials said the "
                  "states had agreed.")
    asked = next(e for e in events if e.trigger.text == "urged")
    assert [(a.country, a.sector) for a in asked.source] == [("IND", "GOV")]


def test_an_ordinal_after_an_article_names_no_street(coder) -> None:  # type: ignore[no-untyped-def]
    restored = coder.truecase("the envoys explored a second avenue for talks, the ministry said. police closed fifth"
                              " avenue in the morning.")
    assert "a second avenue" in restored and "Fifth Avenue" in restored


def test_truecasing_writes_a_state_s_abbreviation_after_a_town_and_goes_on_after_it(coder) -> None:  # type: ignore[no-untyped-def]
    text = ("police in springfield, ill., arrested a man on tuesday. the mayor of dover, del., then spoke to "
            "officials in trenton, n.j., about the fire.")
    restored = coder.truecase(text)
    # the stop of the abbreviation before a comma ends no sentence: "arrested" stays a verb written small
    assert "Springfield, Ill., arrested a man" in restored
    assert "Dover, Del., then spoke" in restored and "Trenton, N.J., about" in restored


def test_party_members_named_after_the_party_s_leaning_are_the_party_in_any_case(code) -> None:  # type: ignore[no-untyped-def]
    text = ("OTTAWA - The Liberals accused the Conservatives of wasting money on new fighter jets, the prime "
            "minister said in Ottawa on Tuesday.")
    for version in (text, text.lower()):
        [accusation] = [e for e in code(version) if e.event == "ACCUSE"]
        assert [(a.country, a.sector) for a in (*accusation.source, *accusation.target)] == [
            ("CAN", "PTY"), ("CAN", "PTY")], version
