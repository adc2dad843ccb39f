"""The scorer behind `eventdesk eval`, on small gold files of our own sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventdesk.cli import cli
from eventdesk.evaluation import GoldError, load_gold, penta_class, score_sentences
from helpers import write_jsonl

pytestmark = pytest.mark.model


def test_penta_class_follows_phoenix_with_reduced_relations_as_verbal_conflict() -> None:
    assert [penta_class(f"{r:02d}") for r in range(1, 21)] == [
        0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 3, 4, 4, 4, 4]


def test_sentence_scores_count_types_actors_and_misses(tmp_path: Path, coder) -> None:  # type: ignore[no-untyped-def]
    records = [
        {"id": "a", "text": "Norway and Russia signed a fisheries treaty on Tuesday.", "published": "2010-09-15",
         "gold": {"event": "AGREE", "source": [{"country": "NOR"}, {"country": "RUS"}], "target": [], "penta": 1}},
        {"id": "b", "text": "Ecuadorian troops shelled rebel positions near the border.", "published": "2011-02-01",
         "gold": {"event": "ASSAULT", "source": [{"country": "ECU"}], "target": [], "penta": 4}},
        {"id": "c", "text": "The weather in the capital was mild.", "published": "2011-02-01",
         "gold": {"event": "CONSULT", "source": [], "target": [], "penta": 1}},
    ]
    _, loaded = load_gold(write_jsonl(tmp_path / "gold.jsonl", records))
    report = score_sentences(coder, loaded)
    plover = report["plover"]
    assert (plover["gold"], plover["predicted"], plover["correct"]) == (3, 2, 2)
    assert plover["precision"] == 1.0 and plover["recall"] == round(2 / 3, 4)
    assert plover["source_country_accuracy"] == 1.0
    assert report["penta"]["no_event"] == 1 and report["penta"]["accuracy"] == round(2 / 3, 4)


def test_malformed_gold_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "a", "text": "x", "gold": {}}\n{not json\n', encoding="utf-8")
    with pytest.raises(GoldError) as err:
        load_gold(path)
    assert err.value.line == 2


@pytest.mark.parametrize(("record", "words"), [
    ({"id": "a", "text": "Peru sent aid.", "gold": {"event": "AIDE"}}, ["'AIDE' is no PLOVER event type"]),
    ({"id": "a", "text": "Police held two men.", "gold": {"doc_labels": ["ARREST", "ARRESTS"]}},
     ["unknown label(s) ARRESTS", "ARREST"]),
    ({"id": "a", "sentence": "Peru sent aid", "plover": ["AIDS"]}, ["AIDS is no PLOVER event type"]),
])
def test_a_gold_value_the_scorer_does_not_know_is_refused_with_its_line(
    tmp_path: Path, record: dict[str, object], words: list[str]
) -> None:
    # a misspelt type or label would be scored as a miss (or not at all), silently
    path = tmp_path / "gold.jsonl"
    path.write_text("\n" + json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(GoldError) as err:
        load_gold(path)
    assert err.value.line == 2 and all(w in err.value.reason for w in words)


def test_eval_command_prints_the_measures_and_writes_the_report(tmp_path: Path) -> None:
    gold = write_jsonl(tmp_path / "gold.jsonl", [
        {"id": "a", "text": "Japan sent a shipment of medicine to Haiti on Monday.", "published": "2010-01-20",
         "gold": {"event": "AID", "source": [{"country": "JPN"}], "target": [{"country": "HTI"}]}}])
    out = tmp_path / "report.json"
    result = CliRunner().invoke(cli, ["eval", str(gold), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "PLOVER type F1" in result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["plover"]["f1"] == 1.0 and report["plover"]["triple_recall"] == 1.0
