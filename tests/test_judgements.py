"""Judgements read as the acts they are (issue 11, classes 2 and 3; session 5's judge classes 1-4): praise and
criticism said of someone, the owner of a judged thing as the target, names of bodies and private people's words
as no events. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventdesk.errors import KnowledgeBaseError
from eventdesk.events.patterns import PatternSet, load_lexicon
from helpers import asserted


def test_criticism_of_a_thing_targets_its_owner_not_its_topic(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan senate condemned the statements concerning Kenyans made by the Ugandan president.")
    assert asserted(events) == [("111", ["KENLEG"], ["UGAGOV"])]
    events = code("The Kenyan foreign minister criticized the plan, which the Ugandan president announced on Monday.")
    assert ("111", ["KENGOV"], ["UGAGOV"]) in asserted(events)
    # concern is a pessimistic comment (CAMEO 012), aimed at the owner of the conduct too
    events = code("The Kenyan foreign minister voiced concerns over the Ugandan government's conduct.")
    assert asserted(events) == [("012", ["KENGOV"], ["UGAGOV"])]
    # no owner named: the topic group is still no target
    assert asserted(code("The Kenyan senate condemned the offensive statements concerning Kenyans.")) == [
        ("111", ["KENLEG"], [])]
    # a person named through a possessive is a target of their own
    events = code("The Kenyan minister criticized Uganda's defence minister.")
    assert asserted(events) == [("111", ["KENGOV"], ["UGAMIL"])]


def test_praise_and_criticism_said_of_someone(code) -> None:  # type: ignore[no-untyped-def]
    events = code('The Kenyan president called the Ugandan minister "a proven negotiator".')
    assert asserted(events) == [("051", ["KENGOV"], ["UGAGOV"])]
    events = code("The Kenyan president said the Ugandan minister will be a great leader.")
    assert asserted(events) == [("051", ["KENGOV"], ["UGAGOV"])]
    events = code("The Kenyan president said the Ugandan minister is corrupt.")
    assert asserted(events) == [("111", ["KENGOV"], ["UGAGOV"])]
    events = code("The Kenyan opposition leader said the ruling party erred by cutting the budget.")
    assert ("111", ["KENOPP"], ["KENPTY"]) in asserted(events)
    # contrasts: negated, conditional, about a thing, or a neutral role: no judgement asserted
    assert [e.cameo for e in code("The Kenyan president said the Ugandan minister is not corrupt.")] == ["010"]
    events = code("The Kenyan president said the Ugandan minister might be corrupt if the report is true.")
    assert [(e.cameo, e.status) for e in events if e.cameo == "111"] == [("111", "hypothetical")]
    assert [e.cameo for e in code("The Kenyan president said the roads are dangerous.")] == ["010"]
    assert [e.cameo for e in code("The Kenyan president said the Ugandan minister will be the leader.")] == ["010"]
    assert [e.cameo for e in code("The Kenyan president described the Ugandan minister as a lawyer.")] == ["010"]


def test_displeasure_with_someone_is_criticism(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan opposition is dissatisfied with the Ugandan government's handling of the crisis.")
    assert asserted(events) == [("111", ["KENOPP"], ["UGAGOV"])]
    # displeasure with the weather is nobody's criticism
    assert code("The Kenyan government is unhappy with the weather.") == []


def test_names_of_bodies_and_descriptions_are_no_acts(code) -> None:  # type: ignore[no-untyped-def]
    assert code("The Kenyan diplomat was under scrutiny by the Federal Bureau of Investigation.") == []
    assert [e.cameo for e in code("The Kenyan police opened an investigation into the Ugandan diplomat.")] == ["090"]
    assert code("Jane Roe, a political scientist who studies Kenyan elections, said the vote was close.") == []
    assert code("John Otieno is a writer based in Nairobi who studies Swahili.") == []
    assert [e.cameo for e in code("The Kenyan government is studying the Ugandan proposal.")] == ["014"]
    events = code("The Kenyan minister said he would let the evidence dictate which steps follow.")
    assert [e.cameo for e in events] == ["010"]
    assert asserted(code("Uganda let Kenyan troops cross the border.")) == [("080", ["UGA"], ["KENMIL"])]


def test_private_accounts_and_trade_figures_are_no_political_events(code) -> None:  # type: ignore[no-untyped-def]
    assert code("The victim told officers she was reading when the intruders arrived.") == []
    assert code("Kenya exported 2 million tons of tea to Uganda in 2016.") == []
    assert asserted(code("The Kenyan navy sold two warships to Uganda.")) == [("061", ["KENMIL"], ["UGA"])]
    assert [e.cameo for e in code("The Kenyan police spokesman told reporters the suspect had fled.")] == ["010"]


def test_word_lists_are_checked_and_cited_by_name(tmp_path: Path) -> None:
    lexicon = load_lexicon()
    assert "proven" in lexicon["praise"] and "corrupt" in lexicon["judged-bad"]
    patterns = PatternSet.load()
    assert set(lexicon["praise"]) <= set(patterns["support/call-praise"].predicate)  # type: ignore[arg-type]
    bad = tmp_path / "lex"
    bad.mkdir()
    (bad / "words.yaml").write_text("praise: [good]\nempty: []\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="empty"):
        load_lexicon(bad)
    overlay = tmp_path / "patterns"
    overlay.mkdir()
    (overlay / "mine.yaml").write_text('- id: support/mine\n  verbs: [laud]\n  predicate: ["@nosuch"]\n'
                                       '  cameo: "051"\n', encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="nosuch"):
        PatternSet.load(overlay)


@pytest.mark.parametrize(("text", "cameo"), [
    ("The Georgian senator called the audit a scam.", "111"),
    ("The Danish minister described Norway as a pillar of regional stability.", "051"),
])
def test_what_a_thing_is_called_says_the_act(code, text: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.cameo for e in code(text)] == [cameo]
