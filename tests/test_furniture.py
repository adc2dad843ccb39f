"""Page furniture of saved web pages: lists of other stories and share bars give no events (nlp/furniture.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventdesk.errors import KnowledgeBaseError
from eventdesk.nlp import furniture
from eventdesk.nlp.furniture import furniture_spans

STORY = ("Police arrested 12 traders in Surat on Monday after a brawl at the market. The collector ordered an "
         "inquiry.")


def _cut(text: str) -> list[str]:
    return [text[start:end] for start, end in furniture_spans(text)]


def test_a_list_of_other_stories_runs_to_the_end_of_its_paragraph() -> None:
    text = STORY + " Related stories:\u00a0Police arrest 40 in Baroda\u00a0Army called out in Godhra\n\nNext paragraph."
    assert _cut(text) == [" Related stories:\u00a0Police arrest 40 in Baroda\u00a0Army called out in Godhra"]
    heading = STORY + "\n\nALSO READ\nTroops fire on crowd in Jammu\n"
    assert _cut(heading) == ["ALSO READ\nTroops fire on crowd in Jammu\n"]


def test_in_a_text_without_blank_lines_a_list_ends_with_its_line() -> None:
    # paragraphs parted by single line breaks: the article after the list is no furniture
    inline = "Police arrested 12 traders.\nALSO READ: Army kills 3 in Godhra\nThe minister accused the collector."
    assert _cut(inline) == ["\nALSO READ: Army kills 3 in Godhra"]
    heading = "Police arrested 12 traders.\nAlso read\nArmy kills 3 in Godhra\nThe minister accused the collector."
    assert _cut(heading) == ["\nAlso read\nArmy kills 3 in Godhra"]
    # lines ended by "\r\n": a blank line is a paragraph break all the same
    crlf = "Police arrested 12 traders.\r\n\r\nAlso read:\r\nArmy kills 3\r\nTroops fire\r\n\r\nThe minister spoke."
    assert _cut(crlf) == ["Also read:\r\nArmy kills 3\r\nTroops fire"]


def test_a_share_bar_is_furniture_and_the_same_words_in_a_sentence_are_not() -> None:
    assert _cut(STORY + "\n\nFacebook Twitter Linkedin Mail\n") == ["Facebook Twitter Linkedin Mail"]
    assert _cut("The minister said the related stories were false and told him to read more. He will share "
                "the report on Twitter and Facebook.") == []


def test_a_bad_marker_row_is_reported_with_its_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "furniture.csv"
    bad.write_text("marker,kind\nrelated stories,list\nshare,button\n", encoding="utf-8")
    monkeypatch.setattr(furniture, "FURNITURE_FILE", bad)
    furniture._markers.cache_clear()
    try:
        with pytest.raises(KnowledgeBaseError, match=r"furniture.csv.*3.*button"):
            furniture._markers()
    finally:
        furniture._markers.cache_clear()
        furniture._patterns.cache_clear()


def test_a_kind_with_no_marker_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # with no list marker the pattern of lists would be empty, and match at every line: the whole text furniture
    bare = tmp_path / "furniture.csv"
    bare.write_text("marker,kind\nshare,bar\ntweet,bar\n", encoding="utf-8")
    monkeypatch.setattr(furniture, "FURNITURE_FILE", bare)
    furniture._markers.cache_clear()
    furniture._patterns.cache_clear()
    try:
        with pytest.raises(KnowledgeBaseError, match=r"furniture.csv:1: no marker of kind 'list'"):
            furniture_spans(STORY + "\n\nA second paragraph.")
    finally:
        furniture._markers.cache_clear()
        furniture._patterns.cache_clear()


@pytest.mark.model
def test_headlines_in_a_related_list_give_no_events(code) -> None:  # type: ignore[no-untyped-def]
    events = code(STORY + " Related stories:\u00a0Police arrest 40 in Baroda\u00a0Army called out in Godhra\n\n"
                  "Facebook Twitter Linkedin Mail", "2002-03-06")
    assert [(e.cameo, e.trigger.text) for e in events if e.status == "asserted"][:1] == [("173", "arrested")]
    assert not [e for e in events if e.trigger.text in ("arrest", "called")]
