"""Scoring document-label gold files (`eventdesk eval` on labelled articles), on tiny gold files we write."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventdesk.cli import cli
from eventdesk.errors import KnowledgeBaseError
from eventdesk.evaluation import load_gold, score_documents
from eventdesk.evaluation.labels import LabelRule, half, load_label_rules, score_labels
from eventdesk.models import Actor, Event, Trigger
from helpers import write_jsonl


def _event(cameo: str, event: str | None, sector: str | None, status: str = "asserted", rule: str = "x/y") -> Event:
    source = [Actor("police", 0, 6, code="INDCOP" if sector == "COP" else None, sector=sector)] if sector else []
    return Event(id="e", doc_id="d", sentence=0, text="t", event=event, mode=None, context=[], cameo=cameo,
                 cameo_root=cameo[:2], goldstein=0.0, quad_class=4, status=status, source=source, target=[],
                 date=None, date_precision=None, date_basis=None, location=None, speaker=None, cited=[],
                 trigger=Trigger("t", 0, 1), rule=rule, confidence=0.5)


def test_labels_are_read_off_events_by_source_sector_code_rule_and_status() -> None:
    rules = load_label_rules()
    arrest = rules["ARREST"]
    assert any(r.fits(_event("173", "COERCE", "COP")) for r in arrest)
    assert not any(r.fits(_event("173", "COERCE", "MIL")) for r in arrest)  # soldiers are not the police
    assert not any(r.fits(_event("173", "COERCE", "COP", status="hypothetical")) for r in arrest)
    kill = rules["KILL"]
    assert any(r.fits(_event("190", "ASSAULT", "COP", rule="assault/kill/implicit-agent")) for r in kill)
    assert not any(r.fits(_event("190", "ASSAULT", "COP", rule="assault/attack")) for r in kill)
    assert any(r.fits(_event("141", "PROTEST", None)) for r in rules["PROTEST"])
    assert any(r.fits(_event("190", "ASSAULT", "COP", rule="assault/die-in-firing/implicit-agent")) for r in kill)
    # the protest-news gold counts the armed militancy of non-state groups, not the state's violence
    assert any(r.fits(_event("183", "ASSAULT", "REB")) for r in rules["PROTEST"])
    assert not any(r.fits(_event("190", "ASSAULT", "COP")) for r in rules["PROTEST"])


def test_a_police_alert_or_mobilisation_is_police_action_whoever_orders_it() -> None:
    any_action = load_label_rules()["ANY_ACTION"]
    assert any(r.fits(_event("151", "MOBILIZE", "GOV")) for r in any_action)  # "the magistrate ordered more patrols"
    assert any(r.fits(_event("153", "MOBILIZE", None)) for r in any_action)
    assert not any(r.fits(_event("154", "MOBILIZE", "GOV")) for r in any_action)  # the army is not the police
    assert not any(r.fits(_event("151", "MOBILIZE", "GOV", status="negated")) for r in any_action)


def test_scores_per_label_and_per_half() -> None:
    records = [{"id": str(i), "gold": {"doc_labels": ["ARREST"] if i % 2 else []}} for i in range(8)]
    predictions = [{"ARREST"} if i in (1, 3, 4) else set() for i in range(8)]
    scores = score_labels(records, predictions, ["ARREST"])
    s = scores["all"]["ARREST"]
    assert (s["gold"], s["predicted"], s["correct"]) == (4, 3, 2)
    assert s["precision"] == round(2 / 3, 4) and s["recall"] == 0.5
    halves = [scores["A"]["ARREST"]["gold"], scores["B"]["ARREST"]["gold"]]
    assert sum(halves) == 4
    assert scores[half("1")]["ARREST"]["correct"] >= 1


def test_a_bad_label_file_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "labels.yaml"
    path.write_text("ARREST:\n  source_sectors: [COP]\n  colour: red\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as err:
        load_label_rules(path)
    assert "labels.yaml:2" in str(err.value) and "colour" in str(err.value)


@pytest.mark.model
def test_document_gold_files_are_scored_from_coded_articles(tmp_path: Path, coder) -> None:  # type: ignore[no-untyped-def]
    records = [
        {"id": "p1", "text": "Police arrested twelve traders in Nagpur on Monday after a brawl.",
         "published": "2002-03-04",
         "gold": {"doc_labels": ["ARREST", "ANY_ACTION"]}},
        {"id": "p2", "text": "the weather in pune stayed dry all week, the met office said.", "published": "2002-03-04",
         "gold": {"doc_labels": []}},
        {"id": "p3", "text": "About 40 persons were arrested in Indore on Sunday.", "published": "2002-03-04",
         "gold": {"doc_labels": ["ARREST", "ANY_ACTION"]}},
        # mojibake of a dump ("â€œ" for an opening quote) is undone: "nobody was arrested" stays a denial
        {"id": "p4", "text": "\u00e2\u20ac\u0153nobody was arrested as the march in bhopal was peaceful,\u00e2\u20ac"
         "\ufffd the collector said.", "published": "2002-03-04", "gold": {"doc_labels": []}},
    ]
    kind, loaded = load_gold(write_jsonl(tmp_path / "gold.jsonl", records))
    assert kind == "documents"
    report = score_documents(coder, loaded)
    assert report["labels"] == ["ANY_ACTION", "ARREST"]
    arrest = report["scores"]["all"]["ARREST"]
    assert (arrest["precision"], arrest["recall"]) == (1.0, 1.0)


@pytest.mark.model
def test_eval_command_prints_label_scores(tmp_path: Path) -> None:
    gold = write_jsonl(tmp_path / "gold.jsonl", [
        {"id": "s1", "text": "Hundreds of students marched to parliament in Cape Town on Tuesday to protest fees.",
         "gold": {"protest": True}},
        {"id": "s2", "text": "The rand firmed against the dollar on Tuesday.", "gold": {"protest": False}}])
    out = tmp_path / "report.json"
    result = CliRunner().invoke(cli, ["eval", str(gold), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "PROTEST" in result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["kind"] == "documents" and report["scores"]["all"]["PROTEST"]["f1"] == 1.0


@pytest.mark.model
def test_eval_command_lists_label_errors_with_their_events(tmp_path: Path) -> None:
    gold = write_jsonl(tmp_path / "gold.jsonl", [
        # a protest the labels miss (gold says none) and one they find that gold does not list
        {"id": "e1", "text": "Hundreds of nurses marched to the city hall in Durban on Monday to protest pay.",
         "gold": {"protest": False}},
        {"id": "e2", "text": "The council approved a new budget for the libraries on Monday.",
         "gold": {"protest": True}}])
    errors = tmp_path / "errors.jsonl"
    result = CliRunner().invoke(cli, ["eval", str(gold), "--errors", str(errors)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["label"], r["error"]) for r in rows] == [
        ("e1", "PROTEST", "false positive"), ("e2", "PROTEST", "false negative")]
    assert any("141" in e and "nurses" in e for e in rows[0]["events"]) and rows[1]["events"] == []


def test_eval_errors_option_needs_labelled_articles(tmp_path: Path) -> None:
    gold = write_jsonl(tmp_path / "gold.jsonl", [
        {"id": "x1", "text": "Police arrested the mayor.", "gold": {"event": "COERCE", "penta": 4}}])
    result = CliRunner().invoke(cli, ["eval", str(gold), "--errors", str(tmp_path / "e.jsonl")])
    assert result.exit_code != 0 and "labelled articles" in result.output


def test_label_rule_is_a_plain_record() -> None:
    assert LabelRule("X").status == frozenset({"asserted"})
