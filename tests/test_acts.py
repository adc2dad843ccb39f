"""One event per act and pair, each sentence's main event, and mutual acts coded both ways."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest

from eventdesk.evaluation.sentences import as_gold_codes_it
from eventdesk.models import Actor, Event, Trigger
from eventdesk.ontology import default_ontology
from eventdesk.output import write_events
from eventdesk.postprocess import mark_main, one_code_per_act, reciprocal_pairs
from eventdesk.store.migrations import MIGRATIONS


def _event(sentence: int, start: int, src: str, tgt: str | None, cameo: str, rule: str, conf: float,
           depth: int = 0) -> Event:
    actor = Actor(src, 0, len(src), src, src, src)
    target = [Actor(tgt, 0, len(tgt), tgt, tgt, tgt)] if tgt else []
    return Event(id="", doc_id="d", sentence=sentence, text="", event=None, cameo=cameo, cameo_root=cameo[:2],
                 goldstein=0.0, quad_class=1, status="asserted", source=[actor], target=target,
                 trigger=Trigger("t", start, start + 1), rule=rule, confidence=conf, depth=depth)


def test_one_trigger_gives_one_code_per_pair_beside_its_derived_announcement() -> None:
    events = [
        _event(0, 5, "PER", "CHL", "161", "sanction/close-embassy", 0.75),
        _event(0, 5, "PER", "CHL", "1623", "sanction/cut-ties", 0.6),  # the same act read twice
        _event(0, 5, "PER", "CHL", "1313", "intent/sanction/close-embassy", 0.67),  # its announcement: kept
        _event(0, 5, "PER", "BOL", "161", "sanction/close-embassy", 0.75),  # another pair: kept
        _event(1, 5, "PER", "CHL", "161", "sanction/close-embassy", 0.75),  # another sentence: kept
    ]
    kept = one_code_per_act(events)
    assert [(e.sentence, e.cameo, e.target[0].code) for e in kept] == [
        (0, "161", "CHL"), (0, "1313", "CHL"), (0, "161", "BOL"), (1, "161", "CHL")]


def test_exactly_one_main_event_per_sentence_highest_then_most_confident() -> None:
    events = [
        _event(0, 30, "PER", "CHL", "161", "a", 0.9, depth=2),
        _event(0, 10, "PER", None, "010", "b", 0.5, depth=0),
        _event(0, 12, "PER", "CHL", "111", "c", 0.8, depth=0),
        _event(3, 50, "CHL", "PER", "040", "d", 0.4, depth=1),
    ]
    mark_main(events)
    assert [e.main for e in events] == [False, False, True, True]
    assert Counter(e.sentence for e in events if e.main) == {0: 1, 3: 1}


def test_main_is_in_every_output_format() -> None:
    event = _event(0, 1, "PER", "CHL", "111", "accuse/criticize", 0.8)
    event.main = True
    assert event.to_dict()["main"] is True
    out = io.StringIO()
    write_events([event], out, "csv")
    assert next(csv.DictReader(io.StringIO(out.getvalue())))["main"] == "true"
    out = io.StringIO()
    write_events([event], out, "jsonl")
    assert json.loads(out.getvalue())["main"] is True


def test_the_store_gains_main_by_a_new_migration_at_the_end() -> None:
    names = [name for name, _ in MIGRATIONS]
    assert names[:2] == ["m001_initial", "m002_failures_keyed_by_document"]
    assert names[2] == "m003_events_main"  # appended after the shipped ones (later ones may follow)


def test_which_acts_are_mutual_comes_from_the_ontology_table() -> None:
    ontology = default_ontology()
    assert ontology.reciprocal("057", "sign") and ontology.reciprocal("040", "meet")
    assert ontology.reciprocal("190", "clash") and not ontology.reciprocal("190", "bomb")
    assert ontology.reciprocal("031", "agree") and not ontology.reciprocal("033", "offer")
    assert not ontology.reciprocal("042", "visit") and not ontology.reciprocal("111", "criticize")


def test_mutual_pairs_leave_out_the_same_actor_twice() -> None:
    a, b = Actor("Peru", 0, 4, "Peru", "PER", "PER"), Actor("Chile", 9, 14, "Chile", "CHL", "CHL")
    again = Actor("Lima", 20, 24, "Peru", "PER", "PER")
    assert [(x.code, y.code) for x, y in reciprocal_pairs([a, b, again])] == [("PER", "CHL"), ("CHL", "PER")]
    assert reciprocal_pairs([a, again]) == []


def test_one_sides_joint_doers_are_not_each_others_counterpart() -> None:
    president = Actor("the president", 0, 13, "President", "PERGOV", "PER", "GOV")
    minister = Actor("his foreign minister", 18, 38, "Foreign Minister", "PERGOV", "PER", "GOV")
    envoy = Actor("Chile's envoy", 40, 53, "Envoy", "CHLGOV", "CHL", "GOV")
    assert reciprocal_pairs([president, minister]) == []
    assert {(x.name, y.name) for x, y in reciprocal_pairs([president, minister, envoy])} == {
        ("President", "Envoy"), ("Foreign Minister", "Envoy"), ("Envoy", "President"), ("Envoy", "Foreign Minister")}
    rival = Actor("a rival faction", 0, 15, "Faction", "PERREB", "PER", "REB")
    assert len(reciprocal_pairs([rival, replace(rival, name="Other faction")], hostile=True)) == 2


def test_a_multilateral_act_is_not_split_into_every_pair() -> None:
    parties = [Actor(c, i, i + 3, c, c, c) for i, c in enumerate(["PER", "CHL", "BOL", "ECU"])]
    assert len(reciprocal_pairs(parties[:3])) == 6
    assert reciprocal_pairs(parties) == []


def test_the_scorer_reads_a_mutual_pair_as_joint_sources() -> None:
    pair = [_event(0, 5, "PER", "CHL", "057", "r", 0.8), _event(0, 5, "CHL", "PER", "057", "r", 0.8)]
    sources, targets = as_gold_codes_it(pair)
    assert {a.code for a in sources} == {"PER", "CHL"} and targets == []
    one_way = [_event(0, 5, "PER", "CHL", "057", "r", 0.8)]
    assert [a.code for a in as_gold_codes_it(one_way)[1]] == ["CHL"]


# -- in whole sentences -----------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Peru and Chile signed a fisheries treaty on Tuesday.", {("PER", "CHL"), ("CHL", "PER")}),
        ("The Peruvian and Chilean presidents met in Lima.", {("PER", "CHL"), ("CHL", "PER")}),
        ("Peruvian and Chilean troops clashed on the border.", {("PER", "CHL"), ("CHL", "PER")}),
        ("Peru and Chile agreed to expand trade.", {("PER", "CHL"), ("CHL", "PER")}),
    ],
)
def test_mutual_acts_are_dyads_both_ways(code, text: str, pairs: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(text, "2019-09-16") if e.status == "asserted"]
    assert {(e.source[0].country, e.target[0].country) for e in events if e.target} == pairs
    assert all(len(e.source) == 1 for e in events)
    assert sum(e.main for e in events) == 1


@pytest.mark.model
def test_a_joint_act_with_a_third_party_keeps_the_third_party_as_target(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Peru and Chile signed a trade deal with Bolivia.", "2019-09-16")
    assert [({a.country for a in e.source}, [a.country for a in e.target]) for e in events] == [
        ({"PER", "CHL"}, ["BOL"])]


@pytest.mark.model
def test_one_governments_officials_meeting_together_get_no_dyad_between_them(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Peruvian president and the Peruvian foreign minister met in Lima on Monday.", "2019-09-16")
    assert events and not any(e.target and e.target[0].country == "PER" for e in events)


@pytest.mark.model
def test_a_one_sided_joint_act_is_not_made_mutual(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Peruvian and Chilean jets bombed the rebel camp.", "2019-09-16")
    assert events and all({a.country for a in e.source} == {"PER", "CHL"} for e in events)


@pytest.mark.model
def test_a_planned_act_and_its_announcement_are_two_events_one_main(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Peru will close the Chilean embassy.", "2019-09-16")
    assert sorted((e.status, e.rule.split("/")[0]) for e in events) == [("asserted", "intent"), ("future", "sanction")]
    assert [e.rule.split("/")[0] for e in events if e.main] == ["intent"]


@pytest.mark.model
def test_every_sentence_with_events_has_one_main_event(code) -> None:  # type: ignore[no-untyped-def]
    text = ("Peru accused Chile of spying and recalled its ambassador. Chile denied the charge. "
            "Bolivia and Ecuador met in Quito and urged calm.")
    events = code(text, "2019-09-16")
    per_sentence = Counter(e.sentence for e in events)
    assert Counter(e.sentence for e in events if e.main) == {s: 1 for s in per_sentence}


@pytest.mark.model
def test_the_dyad_query_sees_a_mutual_act(tmp_path: Path, coder) -> None:  # type: ignore[no-untyped-def]
    from eventdesk.analysis import dyad_series
    from eventdesk.ingest import read_inputs
    from eventdesk.scale import ingest
    from eventdesk.store import Store

    source = tmp_path / "d.jsonl"
    source.write_text(json.dumps({"id": "1", "text": "Peru and Chile signed a fisheries treaty.",
                                  "published": "2019-09-16"}) + "\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        ingest(read_inputs([str(source)], "jsonl"), store, coder=coder)
    con = duckdb.connect(str(db), read_only=True)
    for a, b in (("PER", "CHL"), ("CHL", "PER")):
        _, rows = dyad_series(con, a, b, "month")
        assert [r[1] for r in rows] == [1]
    assert con.execute("SELECT count(*) FILTER (WHERE main), count(*) FROM events").fetchone() == (1, 2)
    from eventdesk.export import export

    export(con, "plover", tmp_path / "p.jsonl")
    records = [json.loads(line) for line in (tmp_path / "p.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(r["main_event"] for r in records) == [False, True]
