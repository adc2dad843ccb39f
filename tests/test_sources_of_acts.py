"""Who did an act the article tells without its doer: the body it cites for it, the author of a press release, the doer
of the act told before (issue 11: sources, and one event per act)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventdesk.errors import KnowledgeBaseError
from eventdesk.events.implicit import load_agents


def _doers(events, root: str) -> list[tuple[str | None, str | None, str]]:  # type: ignore[no-untyped-def]
    return [(a.text, a.code, e.rule.rsplit("/", 1)[-1]) for e in events if e.cameo_root == root for a in e.source]


def test_an_arrest_attributed_to_a_police_body_has_that_body_as_its_doer(code) -> None:  # type: ignore[no-untyped-def]
    text = ("Deputies searched a farm outside Millbrook, Alabama, on Sunday. Three men have been captured after a "
            "string of thefts from the farm, according to a press statement by the Pike County Sheriff's Office.")
    assert _doers(code(text), "17") == [("Pike County Sheriff's Office", "USACOP", "attributed-agent")]
    said = code("Four men were arrested in Kaduna after the riot, Nigerian police said.")
    assert _doers(said, "17") == [("Nigerian police", "NGACOP", "attributed-agent")]


def test_a_reporter_of_another_kind_is_not_the_arrester(code) -> None:  # type: ignore[no-untyped-def]
    held = code("Two traders were detained at the market in Kano on Friday, the Nigerian information ministry said.")
    assert [(a.name, a.sector, e.rule.endswith("/implicit-agent")) for e in held if e.cameo_root == "17"
            for a in e.source] == [("police", "COP", True)]
    # a capture is the police's only when the article cites them for it: soldiers captured in a war are not
    caught = code("Two soldiers were captured near the front line in Donetsk, a Ukrainian rights group said.")
    assert [a for e in caught if e.cameo_root == "17" for a in e.source] == []


def test_a_ministry_reporting_an_attack_does_not_become_the_attacker(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Rebels ambushed an army convoy near Goma on Friday, the Congolese defence ministry said.")
    assert {a.sector for e in events if e.cameo_root in ("18", "19") for a in e.source} == {"REB"}


def test_the_attributed_sectors_are_validated(tmp_path: Path) -> None:
    bad = tmp_path / "implicit.yaml"
    bad.write_text("- name: police\n  sector: COP\n  verbs: [arrest]\n  attributed: [police]\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"implicit\.yaml:1.*attributed: expected a list of sector codes"):
        load_agents(bad)


def test_i_in_a_press_release_is_the_office_holder_its_headline_names(code) -> None:  # type: ignore[no-untyped-def]
    text = ("Governor Anna Brightwater Hails Bridge Funding\n\n"
            "SALEM - Governor Anna Brightwater on Thursday praised the new federal funds for the river bridge.\n\n"
            "I thank Labor Secretary Alexander Acosta for standing with our workers.")
    thanks = [e for e in code(text, "2018-03-08") if e.trigger.text == "thank"]
    assert [(a.text, a.name) for e in thanks for a in e.source] == [("I", "Anna Brightwater")]


def test_i_in_a_quotation_a_colon_introduces_is_the_introducers(code) -> None:  # type: ignore[no-untyped-def]
    text = ("Congressman Paul Oaks Statement on Port Funding\n\n"
            "TAMPA - Today, Congressman Paul Oaks issued the following statement after the port won a grant:\n\n"
            "\u201cI thank Labor Secretary Alexander Acosta for standing with our workers.\u201d\n\n"
            "Mayor Jane Roe told reporters: \u201cWe welcome the decision of Secretary Acosta.\u201d")
    events = code(text, "2018-03-08")
    assert [(e.trigger.text, a.name) for e in events if e.trigger.text in ("thank", "welcome") for a in e.source] == [
        ("thank", "Paul Oaks"), ("welcome", "Jane Roe")]


def test_i_is_left_unresolved_with_no_single_author(code) -> None:  # type: ignore[no-untyped-def]
    text = ("Governor Anna Brightwater and Senator Paul Oaks met union leaders on Thursday.\n\n"
            "I thank Labor Secretary Alexander Acosta for standing with our workers.")
    thanks = [e for e in code(text, "2018-03-08") if e.trigger.text == "thank"]
    assert thanks and all(not e.source for e in thanks)
    plain = ("Rain fell across the valley on Thursday.\n\n"
             "I thank Labor Secretary Alexander Acosta for standing with our workers.")
    thanks = [e for e in code(plain, "2018-03-08") if e.trigger.text == "thank"]
    assert thanks and all(not e.source for e in thanks)  # the thanks is coded, with no author to give it


# An attack told in the lead, then sentences on other things, as a wire story runs on
SHOOTING = ("Two gunmen opened fire on a bus station in Maiduguri on Friday, killing four people, police said.\n\n"
            "The state governor cut short a trip abroad.\n\nBus drivers stayed home on Saturday.\n\n")


def test_a_closing_summary_of_an_attack_takes_the_attackers_as_doers(code) -> None:  # type: ignore[no-untyped-def]
    text = (SHOOTING + "Schools in the city will stay shut until Monday, officials said.\n\n"
            "In all, nine people were wounded in the shootings, a hospital spokesman said.")
    wounded = [e for e in code(text, "2018-03-10") if e.trigger.text == "wounded"]
    assert [a.text for e in wounded for a in e.source] == ["Two gunmen"]
    # every victim the summary names was a victim of that act
    both = text.replace("nine people were wounded", "four policemen and a Swedish tourist were killed")
    killed = [e for e in code(both, "2018-03-10") if e.trigger.text == "killed"]
    assert len(killed) == 2 and all([a.text for a in e.source] == ["Two gunmen"] for e in killed)


def test_a_summary_after_another_attack_takes_no_doer_from_the_first(code) -> None:  # type: ignore[no-untyped-def]
    text = (SHOOTING + "On Saturday a bomb exploded at a market in Kano.\n\n"
            "In all, nine people were wounded in the attacks, a hospital spokesman said.")
    wounded = [e for e in code(text, "2018-03-10") if e.trigger.text == "wounded"]
    assert wounded and all(a.text != "Two gunmen" for e in wounded for a in e.source)  # coded, with no such doer


def test_a_headline_act_takes_the_doer_the_lead_gives_it(code) -> None:  # type: ignore[no-untyped-def]
    text = ("Police officers shot at during traffic stop in Kansas\n\n"
            "A gunman fired at two police officers during a traffic stop near Wichita late Tuesday, the sheriff said.")
    fired = [e for e in code(text, "2018-03-07") if e.cameo_root == "19" and e.sentence == 0]
    assert [a.text for e in fired for a in e.source] == ["gunman"]
