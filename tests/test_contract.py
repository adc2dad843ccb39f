"""The output contract of DESIGN.md section 4: field names and types of every event record."""

from __future__ import annotations

import datetime as dt
import json

import pytest

pytestmark = pytest.mark.model

ACTOR_FIELDS = {"text", "name", "code", "country", "sector", "igo", "start", "end"}


def test_event_record_has_contract_fields_and_types(code) -> None:  # type: ignore[no-untyped-def]
    text = "In Washington, Sergei Ivanov met Pentagon chief Robert Gates (Interfax, May 18)."
    events = code(text)
    assert events
    record = json.loads(json.dumps(events[0].to_dict()))
    assert {
        "id", "doc_id", "sentence", "text", "event", "mode", "context", "cameo", "cameo_root", "goldstein",
        "quad_class", "status", "source", "target", "date", "date_precision", "date_basis", "location",
        "speaker", "cited", "trigger", "rule", "confidence",
    } <= set(record)
    assert record["event"] == "CONSULT" and record["cameo"] == "042" and record["mode"] == "visit"
    assert record["cameo_root"] == "04" and isinstance(record["goldstein"], float)
    assert record["quad_class"] == 1 and record["status"] == "asserted"
    assert isinstance(record["sentence"], int) and isinstance(record["confidence"], float)
    assert set(record["source"][0]) == ACTOR_FIELDS
    src = record["source"][0]
    assert text[src["start"]:src["end"]] == src["text"] == "Sergei Ivanov"
    assert src["code"] == "RUSGOV"
    trig = record["trigger"]
    assert text[trig["start"]:trig["end"]] == trig["text"] == "met"
    assert record["date"] == "2010-05-18" and record["date_basis"] == "citation"
    assert record["cited"] == [{"source": "Interfax", "date": "2010-05-18"}]
    assert record["location"]["country"] == "USA" and record["location"]["geonameid"] == 4140963
    assert record["rule"] == "consult/meet-with"


def test_event_ids_are_unique_and_stable(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Russia accused Georgia of shelling. Georgia rejected the accusation and blamed Russia."
    first = [e.id for e in coder.code_text(text, published=dt.date(2008, 8, 8), doc_id="d1")]
    second = [e.id for e in coder.code_text(text, published=dt.date(2008, 8, 8), doc_id="d1")]
    assert first == second and len(set(first)) == len(first) > 1


def test_at_most_one_event_per_sentence_source_type_target(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Russia criticized and condemned Georgia.")
    keys = [(e.sentence, e.source[0].code, e.event, e.target[0].code if e.target else None) for e in events]
    assert len(keys) == len(set(keys))


def test_python_api_code_function() -> None:
    import eventdesk

    events = eventdesk.code("Russia and Norway signed a treaty.", published="2010-09-15")
    assert events and isinstance(events[0], eventdesk.Event)
    assert events[0].date == dt.date(2010, 9, 15)


def test_a_defect_in_one_document_is_a_recorded_failure(coder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from eventdesk.errors import CodingError
    from eventdesk.models import Document

    original = coder.code_parsed

    def broken(document, doc):  # type: ignore[no-untyped-def]
        if document.id == "bad":
            raise IndexError("boom")
        return original(document, doc)

    monkeypatch.setattr(coder, "code_parsed", broken)
    docs = [Document("bad", "Russia criticized Georgia."), Document("good", "France praised Germany.")]
    results = list(coder.code_documents(docs))
    assert isinstance(results[0].error, CodingError) and "unexpected IndexError while coding: boom" in str(
        results[0].error)
    assert results[1].error is None and results[1].events
