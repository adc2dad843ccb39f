"""Who the actors of a reported act are: the speaker of "..., X said" is not the doer of every act X reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventdesk.errors import KnowledgeBaseError
from eventdesk.kb import KnowledgeBase


def _sources(events, root: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [a.sector for e in events if e.cameo_root == root for a in e.source]


def test_a_speaker_reporting_a_killing_is_not_the_killer(code) -> None:  # type: ignore[no-untyped-def]
    killed = [e for e in code("Four soldiers were killed near the border post, the defence ministry said.")
              if e.cameo_root != "01"]
    assert [(e.cameo_root, e.source) for e in killed] == [("19", [])]
    wounded = [e for e in code("Six protesters were wounded near the square, the health ministry said.")
               if e.cameo_root != "01"]
    assert [(e.cameo_root, e.source) for e in wounded] == [("18", [])]


def test_a_state_institution_reporting_its_own_act_is_its_doer(code) -> None:  # type: ignore[no-untyped-def]
    assert _sources(code("Two smugglers were detained at the port on Friday, police said."), "17") == ["COP"]
    assert _sources(code("The two officials were charged with bribery, prosecutors said."), "11") == ["JUD"]
    assert _sources(code("Police said two smugglers were detained and charged with bribery."), "17") == ["COP"]
    # acts other than violence are usually the reporter's own: the army released them
    assert _sources(code("Two hostages were released on Monday, the army said."), "08") == ["MIL"]


def test_a_private_speaker_does_not_become_the_arresting_state(code) -> None:  # type: ignore[no-untyped-def]
    held = code("Two smugglers were detained at the port on Friday, Maria Olsen said.")
    # the state's act, its agent unnamed: the implicit police, never the private speaker
    assert [(e.cameo_root, [(a.name, a.sector) for a in e.source], e.rule.endswith("/implicit-agent"))
            for e in held] == [("17", [("police", "COP")], True)]


def test_state_sectors_are_marked_and_validated(tmp_path: Path) -> None:
    assert {"GOV", "COP", "JUD", "MIL"} <= KnowledgeBase.load().state_sectors
    assert not {"BUS", "MED", "REB", "NGO"} & KnowledgeBase.load().state_sectors
    (tmp_path / "sectors.yaml").write_text("BUS:\n  name: business\n  state: true\n  terms: [firm]\n")
    with pytest.raises(KnowledgeBaseError, match=r"sectors\.yaml:2: BUS: state: expected true or false"):
        KnowledgeBase.load([tmp_path])


def _statement_targets(events) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[a.text for a in e.target] for e in events if e.cameo == "010"]


def test_what_a_statement_is_about_is_not_its_target(code) -> None:  # type: ignore[no-untyped-def]
    assert _statement_targets(code("The Iranian president said no American base would be safe.")) == [[]]
    assert _statement_targets(code("The Chinese foreign ministry said Japan's new defence plan was dangerous.")) == [[]]


def test_a_statement_addressed_to_someone_targets_them(code) -> None:  # type: ignore[no-untyped-def]
    assert _statement_targets(code("The Iranian foreign minister told Germany that the talks had failed.")) == [
        ["Germany"]
    ]


def test_the_outlet_spoken_to_is_not_a_statement_target(code) -> None:  # type: ignore[no-untyped-def]
    assert _statement_targets(code("The Iranian foreign minister told the broadcaster that the talks had failed.")) == [
        []
    ]


def test_the_first_person_in_a_quote_is_the_speaker(code) -> None:  # type: ignore[no-untyped-def]
    refused = code('"We will never recognise the junta," the Iranian foreign minister said.')
    assert [(e.cameo_root, [a.code for a in e.source]) for e in refused if e.cameo_root == "05"] == [
        ("05", ["IRNGOV"])
    ]
    for text in ('"Syrian forces shelled our troops," the Turkish defence minister said.',
                 '"Syrian forces shelled us," the Turkish defence minister said.'):
        shelled = [e for e in code(text) if e.cameo_root == "19"]
        assert [([a.code for a in e.source], [a.code for a in e.target]) for e in shelled] == [
            (["SYRMIL"], ["TURMIL"])
        ], text


def test_a_third_person_in_a_quote_is_not_the_speaker(code) -> None:  # type: ignore[no-untyped-def]
    # a defence minister's side bears arms: "attacked" is force (an interior minister, GOV, may be attacked in words)
    attacked = [e for e in code('"They attacked us," the Iraqi defence minister said.') if e.cameo_root == "19"]
    assert [[a.code for a in e.source] for e in attacked] == [[]]
    assert [a.country for e in attacked for a in e.target] == ["IRQ"]
