"""What kind of actor a name or a noun is, and whose: a body the base does not know says its sector by the last
words of its name ("... Foundation", "... University", "... Times") and is the story's own; a soldier keeps the
country the text gave him wherever he is hurt; a unit's officer is of the unit's country; a name's suffix
("Sr.") is no second person."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventdesk.errors import KnowledgeBaseError
from eventdesk.kb import KnowledgeBase, default_kb
from eventdesk.nlp.titles import name_suffixes
from helpers import coded

pytestmark = pytest.mark.model


def test_a_name_ending_in_a_charity_word_is_an_ngo_of_the_story(code) -> None:  # type: ignore[no-untyped-def]
    events = code("TORONTO — The Maple Civil Liberties League criticized the provincial police on Friday. "
                  "The Orland Institute said the new law was flawed.")
    assert ("Maple Civil Liberties League", "CANNGO") in coded(events)
    assert ("Orland Institute", "CANNGO") in coded(events)


def test_a_university_named_by_its_state_is_a_school(code) -> None:  # type: ignore[no-untyped-def]
    events = code("AUSTIN, Texas — Texas A&M condemned the white nationalist rally planned by the senator's allies.")
    assert ("Texas A&M", "USAEDU") in coded(events)


def test_press_reports_are_the_press(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Syrian troops shelled the town on Sunday, British reports claimed.")
    assert all(c != "GBR" for _, c in coded(events)), coded(events)  # the press, never the bare country
    events = code("NEW YORK — Russian reports accused the mayor of lying.")
    assert ("Russian reports", "RUSMED") in coded(events)


def test_a_soldier_keeps_the_country_the_text_gave_him(code) -> None:  # type: ignore[no-untyped-def]
    events = code("A French soldier was killed in Mali on Tuesday, the army said. The soldier was shot by "
                  "militants near Gao. The dead soldier's commanding officer praised him.")
    assert ("soldier", "FRAMIL") in coded(events, "target")
    assert ("dead soldier's commanding officer", "FRAMIL") in coded(events)


def test_a_commanding_officer_is_the_armys(code) -> None:  # type: ignore[no-untyped-def]
    events = code("LONDON — A British paratrooper was wounded in Kabul on Monday. "
                  "The injured paratrooper's commanding officer said he was brave.")
    assert ("British paratrooper", "GBRMIL") in coded(events, "target")
    assert not any(c and c.endswith("COP") for _, c in coded(events))


def test_a_city_forces_chief_is_police(code) -> None:  # type: ignore[no-untyped-def]
    events = code("NEW YORK — NYPD Chief of Department Tom Rourke praised the officers. \"They did well,\" said "
                  "Rourke.")
    assert coded(events) and all(c == "USACOP" for _, c in coded(events)), coded(events)


def test_a_name_suffix_is_no_second_person(code) -> None:  # type: ignore[no-untyped-def]
    events = code("ATLANTA — Police arrested Carl T. Winship, Sr., 61, on Monday.")
    targets = coded(events, "target")
    assert [t for t, _ in targets] == ["Carl T. Winship"], targets


def test_name_heads_are_validated(tmp_path: Path) -> None:
    (tmp_path / "sectors.yaml").write_text("NGO:\n  name: charities\n  terms: [charity]\n  name_heads: Foundation\n")
    with pytest.raises(KnowledgeBaseError, match=r"sectors\.yaml:2: NGO: name_heads: expected a list of words"):
        KnowledgeBase.load([tmp_path])


def test_name_leads_are_validated(tmp_path: Path) -> None:
    (tmp_path / "sectors.yaml").write_text("BUS:\n  name: firms\n  terms: [firm]\n  name_leads: [Air Line]\n")
    with pytest.raises(KnowledgeBaseError, match=r"sectors\.yaml:2: BUS: name_leads: expected a list of single words"):
        KnowledgeBase.load([tmp_path])


def test_name_heads_and_suffixes_are_data() -> None:
    kb = default_kb()
    assert kb.name_head_sector(["Zorblat", "Foundation"]) == "NGO"
    assert kb.name_head_sector(["Lakeside", "Medical", "Center"]) == "HLH"
    assert kb.name_head_sector(["Foundation"]) is None  # a head alone names no body
    assert "Sr." in name_suffixes()


def test_a_candidate_is_his_partys_and_a_president_between_terms_an_elite(code) -> None:  # type: ignore[no-untyped-def]
    text = "WASHINGTON — Donald Trump criticized Hillary Clinton on Monday."
    assert coded(code(text, "2016-08-01")) == [("Donald Trump", "USAPTY")]
    assert coded(code(text, "2016-12-10")) == [("Donald Trump", "USAGOV")]  # the president-elect
    assert coded(code(text, "2018-03-01")) == [("Donald Trump", "USAGOV")]
    assert coded(code(text, "2021-06-01")) == [("Donald Trump", "USAELI")]
    assert coded(code(text, "2018-03-01"), "target") == [("Hillary Clinton", "USAELI")]


def test_a_former_student_is_a_private_person(code) -> None:  # type: ignore[no-untyped-def]
    events = code("AUSTIN, Texas — Jim Vale, a former student of the university, condemned the governor on Monday. "
                  "Former nurse Ann Kerr accused the governor of lying.")
    assert ("Jim Vale", "USACVL") in coded(events)
    assert ("Ann Kerr", "USACVL") in coded(events)


def test_a_movements_leader_is_no_government(code) -> None:  # type: ignore[no-untyped-def]
    events = code("AUSTIN, Texas — A white nationalist leader, Carl Brandt, will speak at the campus next month. "
                  "Brandt criticized the university on Twitter.")
    assert ("Brandt", "USARAD") in coded(events), coded(events)


def test_a_word_typed_twice_is_read_once(code) -> None:  # type: ignore[no-untyped-def]
    events = code("MOSCOW — The ethics committee committee rejected the accusations against the deputy.")
    assert [c for _, c in coded(events)] == ["RUSLEG"], coded(events)


def test_a_compass_word_of_a_places_name_is_no_region(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Police are searching for a missing walker on the hills of West Wales. Police say the family "
                  "has been told.")
    assert coded(events) and all(c == "GBRCOP" for _, c in coded(events)), coded(events)


def test_fighters_from_a_foreign_city_are_of_its_country(code) -> None:  # type: ignore[no-untyped-def]
    events = code("TUNIS — American drones backed the fighters from Misurata who took the port.")
    assert ("fighters", "LBYREB") in coded(events, "target"), coded(events, "target")


def test_a_big_city_is_known_by_its_other_spellings() -> None:
    cities = default_kb().cities
    assert cities.country("Misrata") == cities.country("Misurata") == "LBY"
    assert cities.country("Mumbai") == "IND"


def test_authorities_in_a_capital_are_its_countrys(code) -> None:  # type: ignore[no-untyped-def]
    lead = ("Washington flew drones from a base in the region, a newspaper reported. US officials confirmed the "
            "flights. The US said the drones were unarmed. ")
    events = code(lead + "Officials in Tunis rejected the claim on Monday.")
    assert ("Officials", "TUNGOV") in coded(events), coded(events)
    events = code(lead + "US troops in Tunis rejected the claim on Monday.")
    assert not any(c == "TUNMIL" for _, c in coded(events))


def test_a_peoples_name_before_a_places_head_is_the_places_name(code) -> None:  # type: ignore[no-untyped-def]
    events = code("\"He lied,\" said Dane County Assistant District Attorney Tom Berg on Friday.")
    assert coded(events) == [("Tom Berg", "USAJUD")], coded(events)
    events = code("Danish police arrested two men in Aarhus on Friday.")
    assert ("Danish police", "DNKCOP") in coded(events)


def test_canadas_departments_named_by_the_country_are_its_government(code) -> None:  # type: ignore[no-untyped-def]
    events = code("TORONTO — Statistics Canada said unemployment rose in March.")
    assert coded(events) == [("Statistics Canada", "CANGOV")], coded(events)
