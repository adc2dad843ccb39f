"""Inputs that would stall a worker: long runs of punctuation, documents longer than the parser takes."""

from __future__ import annotations

import time

import pytest

from eventdesk.models import Document
from eventdesk.nlp.prepare import pieces, tame

PARAGRAPHS = [
    "Russia criticized Georgia on Monday over the talks in Geneva.",
    "Officials in Tbilisi said that the army had shelled three villages near Gori.",
    "France praised Germany for its mediation, the ministry said.",
    "Turkey hosted a meeting of the Syrian opposition in Istanbul.",
]


def test_punctuation_runs_are_cut_to_three_keeping_every_offset() -> None:
    text = "Russia attacked Georgia" + "'" * 10_000 + ". France praised Germany!!!!!!!!!!!! Yes..."
    tamed = tame(text)
    assert len(tamed) == len(text)
    assert tamed.startswith("Russia attacked Georgia''' ") and "Germany!!!" in tamed and "!!!!" not in tamed
    assert tame("He said: \"No...\" -- and left (again).") == "He said: \"No...\" -- and left (again)."


@pytest.mark.parametrize("size", [50, 120, 1000])
def test_pieces_join_back_into_the_text_and_end_at_paragraph_breaks(size: int) -> None:
    text = "\n\n".join(PARAGRAPHS * 6) + "\n"
    parts = pieces(text, size)
    assert "".join(parts) == text
    assert all(len(p) <= size for p in parts)
    if size >= 120:  # every paragraph fits: no piece cuts one in two
        assert all(p.endswith("\n") for p in parts)
    assert pieces("x" * 250, 100) == ["x" * 100, "x" * 100, "x" * 50]


@pytest.mark.model
def test_ten_thousand_apostrophes_are_coded_in_well_under_a_second(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Russia attacked Georgia on Friday." + "'" * 10_000 + "\n\nFrance criticized Russia."
    started = time.perf_counter()
    [result] = coder.code_documents([Document(id="d", text=text)])
    assert time.perf_counter() - started < 2.0
    assert {e.event for e in result.events} == {"ASSAULT", "ACCUSE"}
    for event in result.events:
        assert text[event.trigger.start:event.trigger.end] == event.trigger.text


@pytest.mark.model
def test_a_document_over_the_parser_limit_is_coded_in_pieces_with_its_own_offsets(
    coder, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    # ten different weeks: a sentence told twice word for word would be coded once
    text = "\n\n".join(f"{p[:-1]} in week {week}." for week in range(10) for p in PARAGRAPHS)
    monkeypatch.setattr(coder.nlp, "max_length", 400)  # so that a short document is "too long"
    [result] = coder.code_documents([Document(id="long", text=text, published=None)])
    assert result.error is None
    monkeypatch.undo()
    [whole] = coder.code_documents([Document(id="long", text=text, published=None)])
    assert len(result.events) == len(whole.events) >= 30
    for event in result.events:
        assert text[event.trigger.start:event.trigger.end] == event.trigger.text
        for actor in [*event.source, *event.target]:
            assert text[actor.start:actor.end] == actor.text
        assert event.text in text
    assert {(e.trigger.start, e.event) for e in result.events} == {(e.trigger.start, e.event) for e in whole.events}


def test_batches_are_bounded_by_count_and_characters() -> None:
    from eventdesk.nlp.prepare import text_batches

    texts = [("a" * n, i) for i, n in enumerate([10, 10, 10, 50, 5, 5, 5, 5, 5])]
    batches = [[i for _, i in b] for b in text_batches(texts, size=4, chars=30)]
    assert batches == [[0, 1, 2], [3], [4, 5, 6, 7], [8]]
