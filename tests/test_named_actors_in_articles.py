"""Named actors stay coded through a whole article: a suspect stays a suspect for the pronouns and surnames that take
them up, a legislator named by constituency is one in a story whose country only its towns give, two people named
together are both coded, and the dead of a list after the verb are no co-doers of the judge's verdict."""

from __future__ import annotations

import pytest

from helpers import by_trigger

pytestmark = pytest.mark.model


def sources(events, trigger):  # type: ignore[no-untyped-def]
    return [(a.name or a.text, a.code) for e in by_trigger(events, trigger) for a in e.source]


def targets(events, trigger):  # type: ignore[no-untyped-def]
    return [(a.name or a.text, a.code) for e in by_trigger(events, trigger) for a in e.target]


def test_an_arrested_man_stays_a_suspect_for_his_surname_and_his_pronoun(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "A Springfield man faces assault charges after a fight outside a bar in Springfield, Illinois, on Saturday "
        "night.\n\nWilliam Dorsey, 45, was arrested by Springfield police and charged with aggravated battery. He is "
        "held at the county jail. Dorsey told officers he had acted in self-defence. On Monday he accused the officers "
        "of lying.", "2018-04-09",
    )
    assert targets(events, "arrested") == [("William Dorsey", "USACRM")]
    assert sources(events, "told") == [("William Dorsey", "USACRM")]  # was USACVL: the suspect a private man again
    assert sources(events, "accused") == [("William Dorsey", "USACRM")]


def test_convicted_men_named_again_by_surname_stay_convicts(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Three men were convicted on Thursday of a robbery at a jewellery shop in Leeds last year.\n\nMark Tolley, 34, "
        "of Bradford, and Dean Farrow, 29, of Halifax, were found guilty at Leeds Crown Court. A third man was "
        "cleared. Police said Tolley had planned the robbery for weeks. He was arrested at his home in Bradford in "
        "March.", "2018-04-09",
    )
    assert sorted(targets(events, "found")) == [("Dean Farrow", "GBRCRM"), ("Mark Tolley", "GBRCRM")]
    assert targets(events, "arrested") == [("Mark Tolley", "GBRCRM")]  # "He": was GBRCVL


def test_two_people_named_with_age_and_hometown_are_both_private_people(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Hundreds of residents of Bradford marched through the town on Monday against the closure of a clinic.\n\n"
        "Mark Tolley, 34, of Bradford, and Dean Farrow, 29, of Halifax, led the march. Farrow accused the police of "
        "blocking the road.", "2018-04-09",
    )
    # "of Halifax" after an age is where he lives (the recognizer calls the town an organisation), no employer
    assert sources(events, "led") == [("Mark Tolley", "GBRCVL"), ("Dean Farrow", "GBRCVL")]
    # "Farrow", which the tagger takes for the common noun, is the man named in full before
    assert sources(events, "accused") == [("Dean Farrow", "GBRCVL")]


def test_an_mp_named_by_constituency_in_a_story_placed_only_by_its_towns(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Residents of Ballymena have been promised a new bridge over the river.\n\nThe MP for Ballymena, Jane Harlow, "
        "told a meeting in the town hall that the council would fund the project. Ms Harlow said the old bridge was "
        "unsafe. She also criticised the roads agency for its delays.\n\nHarlow praised the volunteers who had "
        "organised the meeting.", "2018-04-09",
    )
    for trigger in ("told", "said", "criticised", "praised"):
        assert sources(events, trigger) == [("Jane Harlow", "GBRLEG")], trigger


def test_the_member_for_a_constituency_and_a_constituency_before_the_title(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Jane Harlow, the member for Ballymena, told a meeting that the council would fund a new bridge. Ballymena "
        "MP Tom Reid criticised the roads agency for its delays. Harlow praised the volunteers.", "2018-04-09",
    )
    assert sources(events, "told") == [("Jane Harlow", "GBRLEG")]
    assert sources(events, "criticised") == [("Tom Reid", "GBRLEG")]
    assert sources(events, "praised") == [("Jane Harlow", "GBRLEG")]


def test_a_two_part_constituency_the_recognizer_calls_a_person(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "A new youth centre will open in Fox Hill next month, residents of the Nassau suburb were told on Tuesday.\n\n"
        "Fox Hill and Sea Breeze MP Jane Harlow said the centre would offer classes and sports. Ms Harlow praised the "
        "churches of the area for raising the money.", "2018-04-09",
    )
    assert sources(events, "said") == [("Jane Harlow", "BHSLEG")]  # "Fox Hill" was a second, uncoded speaker
    assert sources(events, "praised") == [("Jane Harlow", "BHSLEG")]


def test_the_dead_listed_after_the_verdict_are_no_co_sources_of_the_judge(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "A court in Manila on Friday jailed two men for life over the deaths of five people at a music festival.\n\n"
        "In a long ruling, Judge Ramon Dizon of the Manila Regional Trial Court found Paolo Garcia and Luis Mendoza "
        "guilty of selling the drugs at a dance festival in the car park of a mall that caused the deaths of Ana "
        "Reyes, 22; Carlo Santos,19; Maria Cruz, 25; John Tan, a Canadian; and Rosa Lim,20. Dizon said the two men "
        "had shown no remorse.", "2018-04-09",
    )
    found = by_trigger(events, "found")
    assert found and all([a.name for a in e.source] == ["Ramon Dizon"] for e in found)
    # both men found guilty, not only the first of the list
    assert sorted(targets(events, "found")) == [("Luis Mendoza", "PHLCRM"), ("Paolo Garcia", "PHLCRM")]


def test_a_name_with_a_hyphened_particle_keeps_its_title(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Kenya's Energy Minister Omar bin Salem al-Karimi warned on Sunday that OPEC should not raise output. "
        "Al-Karimi said demand was weak. \"We will listen to the proposal,\" al-Karimi said in Nairobi.", "2018-04-09",
    )
    said = sources(events, "said")
    assert said == [("Omar bin Salem al-Karimi", "KENGOV")] * 2  # was "Karimi", uncoded


def test_what_the_text_said_of_a_person_holds_when_it_names_them_again(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "A baby girl, Lucy Roe, born 17 weeks early in the town of Churchill in Manitoba, went home from hospital on "
        "Friday.\n\n\"We never thought she would live,\" recalled the girl's father Ian Roe, a Churchill doctor.\n"
        "Ian Roe criticised the health minister for the delays. He accused the government of neglect. Ian also "
        "blamed the minister for the cuts.", "2018-04-09",
    )
    # "Roe" was taken for the girl named first: "Ian Roe" and "he" lost the doctor the text made him
    assert sources(events, "criticised") == [("Ian Roe", "CANHLH")]
    assert sources(events, "accused") == [("Ian Roe", "CANHLH")]
    assert sources(events, "blamed") == [("Ian Roe", "CANHLH")]  # the given name alone: the same man


def test_a_provinces_mec_is_its_government(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Gauteng Education MEC Jane Mokoena criticised the teachers' union on Friday. Mokoena said schools would lock "
        "out late pupils from next term.", "2018-04-09",
    )
    assert sources(events, "criticised") == [("Jane Mokoena", "ZAFGOV")]  # was "MEC Jane Mokoena", bare ZAF
    assert sources(events, "said") == [("Jane Mokoena", "ZAFGOV")]



def test_a_particle_name_introduced_with_a_body_is_that_body_for_its_later_mentions(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Omar al-Khatib, chairman of the Jordanian Reform Party, urged the new cabinet to cut import duties.\nThe "
        "shops are suffering, al-Khatib told reporters in Amman.\n\"We cannot wait another year,\" he said.\n",
        "2018-04-09",
    )
    # the whole name, not "Khatib" cut at the hyphen
    assert sources(events, "urged") == [("Omar al-Khatib", "JORPTY")]
    assert sources(events, "told") == [("Omar al-Khatib", "JORPTY")]
    assert sources(events, "said") == [("Omar al-Khatib", "JORPTY")]
