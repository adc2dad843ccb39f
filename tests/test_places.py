"""Places down to small towns, namesakes, datelines and lower-cased names; header dates in every form."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import logging
from pathlib import Path

import pytest

from eventdesk.enrich.dateline import datelines
from eventdesk.enrich.gazetteer import COLUMNS, Gazetteer, default_gazetteer, former_names
from eventdesk.enrich.places import PlaceResolver, uncased_text
from eventdesk.errors import KnowledgeBaseError
from eventdesk.evaluation.places import distance_km, score_places
from eventdesk.ingest import read_text
from eventdesk.ingest.header import parse_header, read_date
from eventdesk.ingest.text import read_jsonl
from eventdesk.kb import default_kb
from eventdesk.pipeline import Coder


def resolver(coder: Coder, main: str | None = None, context: set[str] | None = None) -> PlaceResolver:
    return PlaceResolver(default_kb(()), default_gazetteer(), context or set(), main, common=coder.common_words)


# -- the gazetteer ---------------------------------------------------------------------------------


def test_gazetteer_knows_small_towns_divisions_and_other_spellings() -> None:
    g = default_gazetteer()
    modasa = g.lookup("modasa")  # a town of ~70,000 in Gujarat, written without its accent
    assert modasa and modasa[0].country == "IN" and modasa[0].kind == "city"
    assert any(p.kind == "admin1" and p.country == "IN" for p in g.lookup("GUJARAT"))
    assert any(p.kind == "admin1" and p.country == "CA" for p in g.lookup("Manitoba"))
    bombay = g.lookup("Bombay")
    assert bombay and bombay[0].name == "Mumbai" and bombay[0].alternate
    assert len(g.names) > 150_000  # towns of 1,000 people and more


def test_gazetteer_reports_a_bad_line_with_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "gazetteer.tsv.gz"
    rows = ["\t".join(COLUMNS), "C\t1\tSomewhere\tXX\t01\t1.0\t2.0\t1000\t", "C\t2\tElsewhere\tXX\t01\tnorth\t2.0\t5\t"]
    path.write_bytes(gzip.compress("\n".join(rows).encode()))
    with pytest.raises(KnowledgeBaseError, match=r"gazetteer.tsv.gz:3: bad number"):
        Gazetteer(path)


def test_countries_and_divisions_sit_at_geonames_own_points() -> None:
    g = default_gazetteer()
    us, manitoba = g.country("US"), g.admin1("CA", "03")
    assert us is not None and distance_km(us.lat, us.lon, 39.76, -98.5) < 1  # not countryinfo's 38, -97
    assert manitoba is not None and distance_km(manitoba.lat, manitoba.lon, 55.0, -97.0) < 1  # not its towns' middle
    arizona = [p for p in g.lookup("Arizona") if p.kind == "admin1"]
    assert arizona and arizona[0].geonameid == 5551752 and distance_km(arizona[0].lat, arizona[0].lon, 34.5, -111.5) < 1


def test_gazetteer_knows_counties_and_districts() -> None:
    g = default_gazetteer()
    counties = [p for p in g.lookup("Black Hawk County") if p.kind == "admin2"]
    assert counties and counties[0].country == "US" and counties[0].admin1 == "IA" and counties[0].geonameid == 0
    assert distance_km(counties[0].lat, counties[0].lon, 42.5, -92.3) < 40  # around Waterloo, Iowa
    assert any(p.kind == "admin2" and p.country == "IN" and p.admin1 == "09" for p in g.lookup("Panch Mahals"))


def test_a_bad_division_point_is_reported_with_file_and_line(tmp_path: Path) -> None:
    from eventdesk.enrich.gazetteer import DATA

    points = tmp_path / "division_points.csv"
    points.write_text("country,admin1,name,lat,lon\nUS,,United States,39.76,-98.5\nCA,03,Ontario,55,-97\n"
                      "US,AZ,Arizona,north,-111\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as raised:
        Gazetteer(DATA, points)
    assert "division_points.csv:3: CA.03 is 'Manitoba', not 'Ontario'" in str(raised.value)
    assert "division_points.csv:4: bad number" in str(raised.value)


def test_gazetteer_comes_from_the_compiled_cache(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from eventdesk.cache import cached
    from eventdesk.enrich.gazetteer import DATA

    monkeypatch.setenv("EVENTDESK_CACHE_DIR", str(tmp_path))
    first = cached("gazetteer-test", [DATA], Gazetteer)
    assert list(tmp_path.glob("gazetteer-test-*"))
    again = cached("gazetteer-test", [DATA], lambda: pytest.fail("the data file was parsed again"))
    assert again.lookup("Surat")[0].geonameid == first.lookup("Surat")[0].geonameid


# -- namesakes -------------------------------------------------------------------------------------


@pytest.mark.model
def test_namesakes_follow_the_article_country(coder: Coder) -> None:
    assert resolver(coder, "IND").resolve_text("Hyderabad").country == "IN"  # type: ignore[union-attr]
    assert resolver(coder, "PAK").resolve_text("Hyderabad").country == "PK"  # type: ignore[union-attr]
    assert resolver(coder, "CAN").resolve_text("London").country == "CA"  # type: ignore[union-attr]
    assert resolver(coder).resolve_text("London").country == "GB"  # type: ignore[union-attr]
    assert resolver(coder, "PAK").resolve_text("Punjab").country == "PK"  # type: ignore[union-attr]
    assert resolver(coder).resolve_text("Kiev").kind == "city"  # type: ignore[union-attr]


@pytest.mark.model
def test_a_qualifier_names_the_state(coder: Coder) -> None:
    paris = resolver(coder).resolve_text("Paris", "Texas")
    assert paris is not None and (paris.country, paris.admin1) == ("US", "TX")
    helena = resolver(coder).resolve_text("HELENA", "Mont.", cased=False, marked=True)
    assert helena is not None and (helena.country, helena.admin1) == ("US", "MT")
    london = resolver(coder).resolve_text("London", "Ontario")
    assert london is not None and london.country == "CA"


@pytest.mark.model
def test_a_state_named_by_the_knowledge_base_is_that_countrys(coder: Coder) -> None:
    r = resolver(coder, "RUS")
    r.divisions.update({("UY", "07"), ("US", "FL")})  # "Florida" named: both divisions of the name are noted
    florida = r.resolve_text("Florida")  # not the department of Uruguay, nor its town that the name would lift
    assert florida is not None and (florida.country, florida.kind) == ("US", "admin1")
    r = resolver(coder, "USA")
    r.anchors["manhattan"] = r.resolve_text("Manhattan")  # type: ignore[assignment]
    florida = r.resolve_text("Florida")  # nor the small town of New York near an anchor
    assert florida is not None and (florida.country, florida.kind) == ("US", "admin1")
    washington = resolver(coder, "USA").resolve_text("Washington")  # a big town of the name: still the capital
    assert washington is not None and washington.kind == "city"


@pytest.mark.model
def test_a_town_too_small_for_the_gazetteer_is_placed_in_its_stated_state(coder: Coder) -> None:
    place = resolver(coder).resolve_text("Carrollton", "Ark.")  # no Carrollton of 1,000 people in Arkansas
    assert place is not None and (place.kind, place.country, place.admin1) == ("admin1", "US", "AR")


@pytest.mark.model
def test_a_namesake_near_a_place_the_article_surely_means(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Police arrested a man at a house in Richmond, near Melbourne, on Friday.")
    assert events and all(e.location is not None and e.location.country == "AUS" for e in events)
    events = code("Police arrested a man at a house in Richmond on Friday.")  # alone: the bigger one
    assert events and events[0].location is not None and events[0].location.country == "USA"


@pytest.mark.model
def test_states_the_article_names_give_its_country(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Deputies from Iowa and Missouri arrested a man in Hamilton on Friday.")
    arrest = [e for e in events if e.trigger.text == "arrested"]
    assert arrest and arrest[0].location is not None and arrest[0].location.country == "USA"  # not New Zealand's


@pytest.mark.model
def test_a_state_inside_a_name_decides_the_dateline(code) -> None:  # type: ignore[no-untyped-def]
    events = code("VICTORIA - The orchard will be taken under British Columbia's Land Title Act.\n"
                  "The premier criticized the company on Monday.")
    criticism = [e for e in events if e.trigger.text == "criticized"]
    assert criticism and criticism[0].location is not None and criticism[0].location.country == "CAN"


@pytest.mark.model
def test_words_of_a_name_are_no_towns_but_a_base_is(code) -> None:  # type: ignore[no-untyped-def]
    for text in ("A professor at the University of Nowhere criticized the Kenyan government.",
                 "Guards at the South Ridge Estate arrested two Kenyan activists."):
        assert all(e.location is None or e.location.name not in ("University", "South") for e in code(text))
    events = code("Jane Roe, a London-based analyst, criticized the Kenyan government.")
    assert events and events[0].location is not None and events[0].location.name == "London"


@pytest.mark.model
def test_a_part_of_a_town_is_in_the_town_but_a_part_of_a_region_is_not_its_middle(coder: Coder) -> None:
    doc = coder.nlp("Police arrested two men in North Cardiff and in Southern Ontario.")
    r = resolver(coder, "GBR")
    north = r.resolve_name(doc.char_span(doc.text.index("North"), doc.text.index(" and")))  # type: ignore[arg-type]
    assert north is not None and north.name == "Cardiff"
    south = doc.char_span(doc.text.index("Southern"), len(doc.text) - 1)
    assert r.resolve_name(south) is None  # type: ignore[arg-type]  # far from Ontario's middle: no point


@pytest.mark.model
def test_lower_cased_words_are_no_towns(coder: Coder) -> None:
    r = resolver(coder, "IND")
    for word in ("police", "reading", "mobile", "of", "march", "order"):
        assert r.resolve_text(word, cased=False) is None, word
    ahmedabad = r.resolve_text("ahmedabad", cased=False)
    assert ahmedabad is not None and ahmedabad.country == "IN"
    assert r.resolve_text("Reading") is not None  # with its capital, the town in England


def test_uncased_text() -> None:
    assert uncased_text("ahmedabad: police arrested 35 persons on monday in the old city.")
    assert uncased_text("POLICE ARREST 35 IN AHMEDABAD")
    assert not uncased_text("AHMEDABAD: Police arrested 35 persons on Monday in the old city.")


# -- datelines -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "qualifier", "date", "agency"),
    [
        ("AHMEDABAD: Police arrested 35 people.", "AHMEDABAD", None, None, None),
        ("ahmedabad : police arrested 35 people.", "ahmedabad", None, None, None),
        ("This story is from April 2, 2004\n\nlucknow: the party met.", "lucknow", None, None, None),
        ("NEW DELHI, March 3 (Reuters) - India said on Monday", "NEW DELHI", None, "March 3", "Reuters"),
        ("MANILA, Philippines – Soldiers clashed with rebels.", "MANILA", "Philippines", None, None),
        ("LONDON (AP) — Britain said", "LONDON", None, None, "AP"),
        ("HELENA, Mont. (AP) - The state said", "HELENA", "Mont.", None, "AP"),
        ("Strike talks stall Jo Smith CAPE TOWN, June 2 (ANA) - Unions said", "CAPE TOWN", None, "June 2", "ANA"),
        ("pune, march 3 (pti) - the police said", "pune", None, "march 3", "pti"),
        ("DENVER & BOULDER,, MARCH 29, 2018 -- The state said", "DENVER", None, "MARCH 29, 2018", None),
    ],
)
def test_dateline_forms(text: str, place: str, qualifier: str | None, date: str | None, agency: str | None) -> None:
    first = datelines(text)[0]
    assert (first.place, first.qualifier, first.date, first.agency) == (place, qualifier, date, agency)
    assert text[first.place_start:].startswith(place)


@pytest.mark.model
def test_dateline_places_the_events_and_names_no_actor(code) -> None:  # type: ignore[no-untyped-def]
    events = code("MANILA, Philippines – Soldiers attacked the rebels on Tuesday.")
    assert events
    for e in events:
        assert e.location is not None and e.location.name == "Manila" and e.location.country == "PHL"
        assert all(a.start > 20 for a in [*e.source, *e.target])


@pytest.mark.model
def test_own_clause_then_sentence_then_dateline(code) -> None:  # type: ignore[no-untyped-def]
    events = code("NEW DELHI: Police arrested 35 people in Surat on Monday. "
                  "Later, hundreds of students protested against the arrests.")
    by_trigger = {e.trigger.text: e for e in events}
    assert by_trigger["arrested"].location.name == "Surat"  # type: ignore[union-attr]
    assert by_trigger["protested"].location.name == "New Delhi"  # type: ignore[union-attr]
    assert by_trigger["protested"].location.country == "IND"  # type: ignore[union-attr]


@pytest.mark.model
def test_lower_cased_article_is_placed(code) -> None:  # type: ignore[no-untyped-def]
    events = code("ahmedabad : police arrested 35 persons in godhra on monday after a mob attacked a bus.")
    arrest = next(e for e in events if e.trigger.text == "arrested")
    assert arrest.location is not None and arrest.location.name == "Godhra" and arrest.location.country == "IND"
    assert arrest.location.geonameid and arrest.location.lat is not None


@pytest.mark.model
def test_small_town_with_its_state(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Police arrested two men in Helena, Montana, on Friday.")
    loc = events[0].location
    assert loc is not None and loc.name == "Helena" and loc.country == "USA"
    assert loc.lat == pytest.approx(46.6, abs=0.2)


@pytest.mark.model
def test_a_district_or_county_places_the_event_in_the_named_state(code) -> None:  # type: ignore[no-untyped-def]
    (held,) = [e for e in code("Police arrested four men in Panch Mahals district on Sunday.") if e.location]
    assert held.location.name == "Panch Mahals" and held.location.country == "IND" and held.location.geonameid is None
    # two counties of the name: the one of the state the dateline names
    events = code("DES MOINES, Iowa - Deputies arrested a man in Plymouth County on Friday.")
    assert [(e.location.name, round(e.location.lon)) for e in events if e.location] == [("Plymouth County", -96)]
    # a town of the district's name comes first
    events = code("Police arrested three men in Kheda on Monday.")
    assert [e.location.geonameid is not None for e in events if e.location] == [True]


@pytest.mark.model
def test_a_force_named_after_a_namesake_of_a_capital_is_that_towns(code) -> None:  # type: ignore[no-untyped-def]
    events = code("LONDON, Ont. - London police arrested two men on Friday after a robbery at a pharmacy.")
    assert [a.code for e in events for a in e.source] == ["CANCOP"]
    events = code("A man was arrested in London, Ky., on Friday. London police said he had stolen a truck.")
    assert {a.code for e in events for a in e.source} == {"USACOP"}
    events = code("LONDON - London police arrested two men on Friday after a robbery. British police said so.")
    assert "USACOP" not in {a.code for e in events for a in e.source}


@pytest.mark.model
def test_a_town_before_the_noun_of_a_place_phrase_is_the_place(code) -> None:  # type: ignore[no-untyped-def]
    held = code("Police arrested a man at a Halifax hospital on Monday.")
    assert [e.location.name for e in held if e.location] == ["Halifax"]
    assert not [e.location for e in code("Police arrested a man in a Ford truck on Monday.") if e.location]
    # a weaker cue than "in X": a town abroad is not taken in a story from another country
    events = code("NEW DELHI: Police detained ten protesters at a Burlington showroom on Monday.")
    assert [e.location.country for e in events if e.location] == ["IND"]


@pytest.mark.model
def test_a_country_named_as_actor_is_no_place_before_a_named_place(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Russia accused Ukraine of shelling civilians in Donetsk.")
    accuse = next(e for e in events if e.event == "ACCUSE")
    assert accuse.location is not None and accuse.location.name == "Donetsk"



@pytest.mark.parametrize("text", ["Ministers agreed to seek Western capital.",
                                  "The navy held an exercise in the Gulf."])
def test_a_region_is_no_namesake_province(code, text: str) -> None:  # type: ignore[no-untyped-def]
    """"Western" names a bloc, not Sri Lanka's Western Province; "the Gulf" is no province of Papua New Guinea:
    neither places the event, nor gives its actors a country."""
    events = code(text)
    assert events
    assert all(e.location is None for e in events), [e.location for e in events]
    assert all(a.code is None for e in events for a in e.source)


def test_a_region_named_most_gives_no_ministry_its_code(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Moscow wants a detente with the West. The foreign ministry drafted a paper on cooperation with"
                  " the West and Western banks.")
    drafted = [e for e in events if e.cameo.startswith("06")]
    assert drafted and all(a.code == "RUSGOV" for e in drafted for a in e.source)

# -- header dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("2009-03-25 00:26:04.358077-05", dt.date(2009, 3, 25)),
        ("Dec 17, 2016 11:08 AM CT", dt.date(2016, 12, 17)),
        ("Sep 9 , 2001 , 01.04 PM IST", dt.date(2001, 9, 9)),
        ("Published: 20 May 2010", dt.date(2010, 5, 20)),
        ("Updated: Thursday, 4 March 2021 at 09:15", dt.date(2021, 3, 4)),
        ("This story is from April 2, 2004", dt.date(2004, 4, 2)),
        ("2018-04-05T10:00:00Z", dt.date(2018, 4, 5)),
    ],
)
def test_header_date_forms(stamp: str, day: dt.date) -> None:
    assert read_date(stamp) == day
    assert parse_header(f"A title\n{stamp}\n\nThe body of the story.").published == day


def test_unreadable_header_date_is_reported_not_dropped(tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "story.txt"
    path.write_text("A title\nPublished: sometime last spring\n\nRussia and Norway signed a treaty.", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="eventdesk.ingest"):
        doc = read_text(path)
    assert doc.published is None and doc.text.endswith("treaty.")
    assert any(str(path) in r.getMessage() and "sometime last spring" in r.getMessage() for r in caplog.records)


def test_jsonl_published_in_common_forms() -> None:
    text = "Russia and Norway signed a treaty."
    lines = [json.dumps({"id": "a", "text": text, "published": "Dec 17, 2016 11:08 AM CT"}),
             json.dumps({"id": "b", "text": text, "published": "soon"})]
    docs = list(read_jsonl(lines, "in.jsonl"))
    assert getattr(docs[0], "published", None) == dt.date(2016, 12, 17)
    assert "in.jsonl:2" in str(docs[1]) and "'soon'" in str(docs[1])  # reported with its line, not dropped


# -- the measure -----------------------------------------------------------------------------------


def test_distance() -> None:
    assert distance_km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.5)


@pytest.mark.model
def test_score_places_counts_placed_and_near_events(coder: Coder) -> None:
    text = "Police arrested 12 protesters in Surat on Monday."
    start = text.index("Surat")
    near = {"text": "Surat", "start": start, "end": start + 5, "lat": 21.2, "lon": 72.8}
    far = {**near, "lat": 28.6, "lon": 77.2}
    report = score_places(coder, [{"id": "x", "text": text, "gold": {"places": [near]}},
                                  {"id": "y", "text": text, "gold": {"places": [far]}}])
    total = report["halves"]["all"]
    assert total["events"] == 2 and total["placed"] == 2 and total["correct"] == 1


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Army units shelled Idlib on Tuesday.",
    "Government forces bombed the town of Idlib.",
    "Militants attacked Idlib and besieged the city for a week.",
])
def test_a_town_hit_by_a_material_act_is_its_target_and_place(code, text) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(text, "2016-04-02") if e.quad_class == 4]
    assert events
    first = events[0]
    assert [(a.text, a.code) for a in first.target] == [("Idlib", "SYR")]
    assert first.location is not None and first.location.name == "Idlib" and first.location.country == "SYR"


@pytest.mark.model
def test_a_bare_doer_takes_the_country_of_the_town_it_hits(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Government troops shelled Idlib on Tuesday.", "2016-04-02")
    assert [a.code for e in events for a in e.source] == ["SYRMIL"]


@pytest.mark.model
def test_a_country_hit_gives_its_attacker_no_country(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Insurgents shelled Israel overnight.", "2016-04-02")
    assert [a.code for e in events for a in e.source] != ["ISRREB"]


@pytest.mark.model
def test_a_town_the_tagger_calls_a_noun_is_still_hit(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Syrian army shelled Homs.", "2016-04-02")
    assert [(a.text, a.code) for e in events for a in e.target] == [("Homs", "SYR")]


@pytest.mark.model
@pytest.mark.parametrize("text, place", [
    ("patna: the police arrested two men at a market under the phulwari sharif police station on monday.",
     "Phulwari Sharif"),
    ("surat: three people were arrested under kalol police station limits on sunday.", "Kalol"),
    ("VADODARA: A mob attacked the Halol police chowki on Friday.", "Hālol"),
])
def test_a_police_post_places_its_event(code, text: str, place: str) -> None:  # type: ignore[no-untyped-def]
    # a mob's attack on the post is a riot (145), placed as an assault would be
    events = [e for e in code(text, "2002-03-04") if e.cameo.startswith(("145", "17", "18", "19"))]
    assert events and events[0].location is not None
    assert (events[0].location.name, events[0].location.country) == (place, "IND")


@pytest.mark.model
def test_a_plain_word_before_police_station_is_no_town(code) -> None:  # type: ignore[no-untyped-def]
    events = code("SURAT: A mob attacked the Central police station on Friday.", "2002-03-04")
    attack = next(e for e in events if e.trigger.text == "attacked")
    assert attack.location is not None and attack.location.name == "Surat"


@pytest.mark.model
@pytest.mark.parametrize("text, place", [
    ("Police arrested two men in Pretoria West on Monday.", "Pretoria"),
    ("Police arrested two men in Durban North on Monday.", "Durban"),
])
def test_a_part_of_a_town_is_in_the_town(code, text: str, place: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text, "2007-03-04")
    assert events and events[0].location is not None
    assert (events[0].location.name, events[0].location.country) == (place, "ZAF")


@pytest.mark.model
def test_a_story_without_dateline_is_placed_where_its_lead_is(code) -> None:  # type: ignore[no-untyped-def]
    events = code("A driver was arrested in Kimberley on Tuesday after a crash on the main road, police said. "
                  "The driver was taken into custody after hitting a cyclist.", "2007-03-04")
    custody = next(e for e in events if e.sentence == 1)
    assert custody.location is not None and (custody.location.name, custody.location.country) == ("Kimberley", "ZAF")


@pytest.mark.model
def test_an_actor_of_the_lead_is_no_home_of_the_story(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Iran accused Britain of spying on Monday. Police later arrested two men.", "2007-03-04")
    arrest = next(e for e in events if e.trigger.text == "arrested")
    assert arrest.location is None


@pytest.mark.model
def test_a_sentence_naming_an_unknown_place_is_not_the_leads(code) -> None:  # type: ignore[no-untyped-def]
    events = code("A driver was arrested in Kimberley on Tuesday, police said. "
                  "Later, residents of Zzyxtown barricaded roads in Zzyxtown.", "2007-03-04")
    barricade = next(e for e in events if e.sentence == 1)
    assert barricade.location is None


def test_former_names_are_todays_places(coder: Coder) -> None:
    r = resolver(coder, main="IND")
    calcutta, orissa = r.resolve_text("Calcutta"), r.resolve_text("Orissa")
    assert calcutta is not None and (calcutta.name, calcutta.country) == ("Kolkata", "IN")
    assert orissa is not None and (orissa.name, orissa.kind) == ("Odisha", "admin1")
    for key, names in former_names().items():  # every entry names a place the gazetteer has today
        assert all(any(p.country == c for p in default_gazetteer().lookup(now)) for c, now in names), key


@pytest.mark.model
def test_a_state_by_its_former_name_places_the_event(code) -> None:  # type: ignore[no-untyped-def]
    events = code("kolkata: the city police raided hideouts in orissa and arrested three men on friday.", "2002-03-04")
    arrest = next(e for e in events if e.trigger.text == "arrested")
    assert arrest.location is not None and (arrest.location.name, arrest.location.country) == ("Odisha", "IND")


@pytest.mark.model
@pytest.mark.parametrize("second", ["The Nigerian Army later said it had arrested two men.",
                                    "The EU later said police had arrested two men."])
def test_a_sentence_naming_a_people_or_a_body_of_countries_is_not_the_leads(code, second: str) -> None:  # type: ignore[no-untyped-def]
    events = code("A driver was arrested in Kimberley on Tuesday, police said. " + second, "2007-03-04")
    later = [e for e in events if e.sentence == 1 and e.trigger.text == "arrested"]
    assert later and all(e.location is None for e in later)
