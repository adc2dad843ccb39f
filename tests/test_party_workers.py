"""The workers of a party or a movement ("Congress workers", "party workers") are its members and act as it (PTY,
OPP, RAD), not as labour (LAB); workers of anything else keep their own sector (issue 12, class 2). Which nouns and
sectors is data (kb/data/descriptions.yaml). Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventdesk.errors import KnowledgeBaseError
from eventdesk.kb.knowledge_base import KnowledgeBase


def _sources(events):  # type: ignore[no-untyped-def]
    return [a.code for e in events if e.status == "asserted" for a in e.source]


def test_a_partys_workers_are_the_party(code) -> None:  # type: ignore[no-untyped-def]
    assert _sources(code("Congress workers blocked a highway near Indore, Madhya Pradesh.")) == ["INDPTY"]
    assert _sources(code("Party workers pelted stones at a rally in Ranchi, Jharkhand.")) == ["INDPTY"]
    assert _sources(code("Opposition workers blocked a road near Sylhet, Bangladesh.")) == ["BGDOPP"]


def test_other_workers_keep_their_sector(code) -> None:  # type: ignore[no-untyped-def]
    assert _sources(code("Steel workers blocked a highway near Indore, Madhya Pradesh.")) == ["INDLAB"]
    assert _sources(code("Government workers blocked a road near Sylhet, Bangladesh.")) == ["BGDLAB"]


def test_unknown_codes_in_the_lists_are_reported(tmp_path: Path) -> None:
    (tmp_path / "descriptions.yaml").write_text(
        "partisans: [workers]\npartisan_sectors: [PTY, PTZ]\nsheriff_countries: [XXQ]\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as info:
        KnowledgeBase.load([tmp_path])
    assert "unknown sector code 'PTZ'" in str(info.value) and "unknown country code 'XXQ'" in str(info.value)
