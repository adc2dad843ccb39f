"""The store: idempotent ingest, kill-and-resume, near-duplicates, failures, exports that load back, Dask."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from eventdesk.export import EXPORT_FORMATS, export
from eventdesk.ingest import read_inputs
from eventdesk.samples.generate import corpus
from eventdesk.scale import ingest
from eventdesk.store import Store

pytestmark = pytest.mark.model


def write_jsonl(path: Path, n: int, seed: int = 7) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for d in corpus(n, seed):
            f.write(json.dumps({"id": d.id, "text": d.text, "published": d.published.isoformat(),  # type: ignore[union-attr]
                                "publisher": d.publisher}) + "\n")
    return path


def run_ingest(db: Path, source: Path, coder, **kw):  # type: ignore[no-untyped-def]
    with Store(db) as store:
        return ingest(read_inputs([str(source)], "jsonl"), store, coder=coder, **kw)


def event_ids(db: Path) -> list[str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return [r[0] for r in con.execute("SELECT id FROM events ORDER BY id").fetchall()]
    finally:
        con.close()


def test_ingest_twice_adds_nothing(tmp_path: Path, coder) -> None:  # type: ignore[no-untyped-def]
    source = write_jsonl(tmp_path / "docs.jsonl", 12)
    first = run_ingest(tmp_path / "a.duckdb", source, coder)
    assert first.coded == 12 and first.events > 12
    before = event_ids(tmp_path / "a.duckdb")
    second = run_ingest(tmp_path / "a.duckdb", source, coder)
    assert (second.coded, second.skipped, second.events) == (0, 12, 0)
    assert event_ids(tmp_path / "a.duckdb") == before


def test_stored_columns_agree_with_the_event_record(tmp_path: Path, coder) -> None:  # type: ignore[no-untyped-def]
    run_ingest(tmp_path / "a.duckdb", write_jsonl(tmp_path / "docs.jsonl", 4), coder)
    con = duckdb.connect(str(tmp_path / "a.duckdb"), read_only=True)
    try:
        rows = con.execute(
            "SELECT id, cameo, status, source_code, trigger_start, confidence, record FROM events").fetchall()
        actors = con.execute("SELECT event_id, role, position, code, start_char FROM actors").fetchall()
    finally:
        con.close()
    assert rows
    by_role = {(e, role, pos): (code, start) for e, role, pos, code, start in actors}
    for event_id, cameo, status, source_code, trigger_start, confidence, record in rows:
        rec = json.loads(record)
        assert (event_id, cameo, status, trigger_start, confidence) == (
            rec["id"], rec["cameo"], rec["status"], rec["trigger"]["start"], rec["confidence"])
        assert source_code == (";".join(a["code"] for a in rec["source"] if a["code"]) or None)
        for i, a in enumerate(rec["target"]):
            assert by_role[(event_id, "target", i)] == (a["code"], a["start"])


def test_near_duplicates_are_linked_not_coded(tmp_path: Path, coder) -> None:  # type: ignore[no-untyped-def]
    doc = next(corpus(1))
    copy = doc.text.replace("Regional briefing 0", "Wire copy: regional briefing")
    path = tmp_path / "docs.jsonl"
    path.write_text(
        json.dumps({"id": "orig", "text": doc.text}) + "\n" + json.dumps({"id": "copy", "text": copy}) + "\n",
        encoding="utf-8",
    )
    summary = run_ingest(tmp_path / "s.duckdb", path, coder)
    assert (summary.coded, summary.duplicates) == (1, 1)
    con = duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True)
    rows = dict(con.execute("SELECT id, status FROM documents").fetchall())
    assert rows == {"orig": "coded", "copy": "duplicate"}


def test_near_duplicate_index_finds_copies_and_forgets_removed_ones() -> None:
    from eventdesk.store.dedup import NearDuplicates, from_bytes, signature, to_bytes

    story, other = next(corpus(1, seed=3)).text, next(corpus(1, seed=4)).text
    index = NearDuplicates()
    index.add("story", signature(story))
    index.add("other", signature(other))
    edited = "Updated: " + story.replace(".", ";", 1)
    assert index.find(from_bytes(to_bytes(signature(edited)))) == "story"  # survives the round trip of the store
    assert index.find(signature("Ministers of Chile and Peru met in Lima to discuss fishing rights.")) is None
    index.remove("story")
    assert index.find(signature(edited)) is None and len(index) == 1
    index.add("story", signature(story))  # a removed key can come back
    assert index.find(signature(edited)) == "story"


def test_bad_documents_go_to_failures_and_the_run_goes_on(tmp_path: Path, coder) -> None:  # type: ignore[no-untyped-def]
    path = write_jsonl(tmp_path / "docs.jsonl", 3)
    with path.open("a", encoding="utf-8") as f:
        f.write('{"id": "broken", "text": \n')
        f.write(json.dumps({"id": "empty", "text": "   "}) + "\n")
    summary = run_ingest(tmp_path / "f.duckdb", path, coder)
    assert (summary.coded, summary.failed) == (3, 2)
    con = duckdb.connect(str(tmp_path / "f.duckdb"), read_only=True)
    failures = con.execute("SELECT line, stage, code, error FROM failures ORDER BY line").fetchall()
    assert [(f[0], f[1], f[2]) for f in failures] == [(4, "read", "E001"), (5, "read", "E001")]
    assert "malformed JSON" in failures[0][3] and "empty document" in failures[1][3]


def test_kill_and_resume_gives_exactly_the_uninterrupted_events(tmp_path: Path, coder) -> None:  # type: ignore[no-untyped-def]
    source = write_jsonl(tmp_path / "docs.jsonl", 150)
    reference = tmp_path / "ref.duckdb"
    run_ingest(reference, source, coder)
    killed = tmp_path / "killed.duckdb"
    cmd = [sys.executable, "-m", "eventdesk", "ingest", str(source), "--input-format", "jsonl", "--db", str(killed),
           "--batch-size", "1", "--no-progress"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wal = Path(str(killed) + ".wal")
    deadline = time.time() + 120
    while time.time() < deadline and not (wal.exists() and wal.stat().st_size > 200_000):
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = event_ids(killed)
    assert 0 < len(partial) < len(event_ids(reference)), "the kill did not land mid-run"
    resumed = subprocess.run(cmd, capture_output=True, text=True, check=True)
    assert "skipped (already in the store)" in resumed.stderr
    assert event_ids(killed) == event_ids(reference)
    con = duckdb.connect(str(killed), read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (150,)
    assert con.execute("SELECT count(*), count(DISTINCT id) FROM events").fetchone()[0] == len(event_ids(reference))


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_export_loads_back_with_the_same_rows(tmp_path: Path, coder, fmt: str) -> None:  # type: ignore[no-untyped-def]
    source = write_jsonl(tmp_path / "docs.jsonl", 6)
    db = tmp_path / "e.duckdb"
    run_ingest(db, source, coder)
    con = duckdb.connect(str(db), read_only=True)
    out = tmp_path / f"out.{fmt}"
    n = export(con, fmt, out)
    reader = {
        "plover": f"read_json('{out}')", "gdelt": f"read_csv('{out}', delim='\t', header=true)",
        "csv": f"read_csv('{out}', header=true)", "parquet": f"read_parquet('{out}')",
    }[fmt]
    loaded = con.execute(f"SELECT * FROM {reader}").fetchall()
    assert len(loaded) == n > 0
    id_column = {"plover": "event_id", "gdelt": "EventdeskId", "csv": "id", "parquet": "id"}[fmt]
    ids = sorted(r[0] for r in con.execute(f"SELECT {id_column} FROM {reader}").fetchall())
    if fmt in ("csv", "parquet"):
        assert ids == event_ids(db)
    else:
        assert set(ids) <= set(event_ids(db))
    if fmt == "parquet":
        original = con.execute("SELECT * FROM events ORDER BY id").fetchall()
        assert con.execute(f"SELECT * FROM {reader} ORDER BY id").fetchall() == original


def test_dyad_query_counts_quad_classes(tmp_path: Path, coder) -> None:  # type: ignore[no-untyped-def]
    from eventdesk.analysis import dyad_series

    path = tmp_path / "d.jsonl"
    lines = [
        {"id": "1", "text": "Russia criticized the United States on Monday.", "published": "2011-03-09"},
        {"id": "2", "text": "Russia praised the United States.", "published": "2011-03-20"},
        {"id": "3", "text": "Russia signed an agreement with the United States.", "published": "2011-04-02"},
        {"id": "4", "text": "Russia may attack the United States.", "published": "2011-04-03"},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    db = tmp_path / "q.duckdb"
    run_ingest(db, path, coder)
    columns, rows = dyad_series(duckdb.connect(str(db), read_only=True), "RUS", "USA", "month")
    table = [dict(zip(columns, r, strict=True)) for r in rows]
    assert [(r["period"], r["events"], r["verbal_coop"], r["verbal_conflict"]) for r in table] == [
        ("2011-03-01", 2, 1, 1), ("2011-04-01", 1, 1, 0)]


def test_dask_local_cluster_matches_local_run(tmp_path: Path, coder) -> None:  # type: ignore[no-untyped-def]
    from eventdesk.scale.dask import ingest_dask

    source = write_jsonl(tmp_path / "docs.jsonl", 20)
    run_ingest(tmp_path / "local.duckdb", source, coder)
    summary = ingest_dask(read_inputs([str(source)], "jsonl"), str(tmp_path / "dask.duckdb"), "local",
                          str(tmp_path / "parts"), workers=2)
    assert summary.coded == 20
    assert event_ids(tmp_path / "dask.duckdb") == event_ids(tmp_path / "local.duckdb")
    parts = duckdb.sql(f"SELECT count(*) FROM read_parquet('{tmp_path}/parts/*/*.parquet', hive_partitioning=true)")
    assert parts.fetchall() == [(len(event_ids(tmp_path / "local.duckdb")),)]
    months = {p.name for p in (tmp_path / "parts").iterdir()}
    assert months and all(m.startswith("published_month=20") for m in months)


def test_two_workers_record_every_unreadable_line(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    lines = []
    for n, d in enumerate(corpus(40)):
        lines.append(json.dumps({"id": d.id, "text": d.text}))
        lines.append('{"id": "broken-' + str(n) + '", "text": ')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with Store(tmp_path / "w.duckdb") as store:
        summary = ingest(read_inputs([str(path)], "jsonl"), store, workers=2, batch_size=1)
        assert (summary.coded, summary.failed) == (40, 40)
        assert store.con.execute("SELECT count(*) FROM failures").fetchone() == (40,)


def test_one_worker_is_a_process_of_its_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The model's memory and the store's are never one process's, with one worker as with two."""
    from eventdesk.scale import local

    pools: list[int] = []
    real_pool = local.worker_pool

    def recorded(workers: int, *args, **kwargs):  # type: ignore[no-untyped-def]
        pools.append(workers)
        return real_pool(workers, *args, **kwargs)

    monkeypatch.setattr(local, "worker_pool", recorded)
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(json.dumps({"id": d.id, "text": d.text}) for d in corpus(5)) + "\n", encoding="utf-8")
    with Store(tmp_path / "one.duckdb") as store:
        summary = ingest(read_inputs([str(path)], "jsonl"), store, workers=1)
        assert summary.coded == 5 and store.con.execute("SELECT count(*) FROM events").fetchone()[0] > 0
    assert pools == [1]
    assert local._WORKER is None  # no model was loaded in this process


def test_failures_of_different_documents_with_one_id_are_both_kept(tmp_path: Path, coder) -> None:  # type: ignore[no-untyped-def]
    from eventdesk.store import Failure

    with Store(tmp_path / "k.duckdb") as store:
        store.write([Failure(source="1", stage="code", error="x", document="hash-a"),
                     Failure(source="1", stage="code", error="y", document="hash-b")])
        assert store.con.execute("SELECT count(*) FROM failures").fetchone() == (2,)


def test_lone_surrogate_in_json_text_does_not_stop_the_batch(tmp_path: Path, coder) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "s.jsonl"
    path.write_text('{"id": "a", "text": "Putin met \\udcff Obama in Moscow."}\n'
                    '{"id": "b", "text": "France praised Germany."}\n', encoding="utf-8")
    results = list(coder.code_documents(d for d in read_inputs([str(path)], "jsonl")))  # type: ignore[misc]
    assert [r.error for r in results] == [None, None]
    assert results[1].events


def test_near_duplicates_with_two_workers(tmp_path: Path) -> None:
    doc = next(corpus(1))
    copy = doc.text.replace("Regional briefing 0", "Wire copy: regional briefing")
    path = tmp_path / "docs.jsonl"
    lines = [{"id": "orig", "text": doc.text}, {"id": "copy", "text": copy}]
    lines += [{"id": d.id, "text": d.text} for d in corpus(6, seed=11)]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    with Store(tmp_path / "two.duckdb") as store:
        summary = ingest(read_inputs([str(path)], "jsonl"), store, workers=2)
        assert (summary.coded, summary.duplicates) == (7, 1)
        rows = dict(store.con.execute("SELECT id, status FROM documents WHERE id IN ('orig', 'copy')").fetchall())
    assert rows == {"orig": "coded", "copy": "duplicate"}


def test_benchmark_reports_the_best_of_alternating_runs() -> None:
    from eventdesk import benchmark

    measures = benchmark.run(8, workers=(1,), repeat=2)
    assert [(m.name, m.workers, len(m.runs)) for m in measures] == [("spacy parse", 1, 2), ("eventdesk ingest", 1, 2)]
    for m in measures:
        assert round(m.seconds, 2) == min(m.runs) and m.peak_mb > 0
    ratio = benchmark.summary(measures)["eventdesk/parse throughput, 1 worker(s)"]
    assert ratio == round(measures[1].docs_per_s / measures[0].docs_per_s, 3)


def _fates(db: Path) -> dict[str, tuple[str, ...]]:
    """What became of each input id: coded, duplicate (of which id) or failed (at which stage, why)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        names = dict(con.execute("SELECT doc_hash, id FROM documents").fetchall())
        fates: dict[str, tuple[str, ...]] = {}
        for doc_id, status, original in con.execute("SELECT id, status, duplicate_of FROM documents").fetchall():
            fates[doc_id] = (status, names.get(original, "")) if original else (status,)
        for source, line, stage, error in con.execute("SELECT source, line, stage, error FROM failures").fetchall():
            key = f"{Path(source).name}:{line}" if stage == "read" else source
            assert key not in fates, f"{key} is both stored and failed"
            fates[key] = ("failed", stage, error.split("] ")[-1])
        return fates
    finally:
        con.close()


def test_every_input_has_one_fate_and_the_store_is_the_same_with_one_or_two_workers(
    tmp_path: Path, coder, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    from eventdesk.errors import CodingError
    from eventdesk.pipeline import Coder

    real = Coder._code_parsed

    def failing(self, document, doc):  # type: ignore[no-untyped-def]
        if document.id.startswith("fail"):
            raise CodingError("this document fails on purpose")
        return real(self, document, doc)

    monkeypatch.setattr(Coder, "_code_parsed", failing)  # inherited by the forked workers
    docs = list(corpus(24, seed=5))
    fail_text = docs[3].text
    lines = [{"id": d.id, "text": d.text} for d in docs]
    lines[3]["id"] = "fail-first"
    lines[5:5] = [
        {"id": "copy-of-failed", "text": fail_text.replace(".", ";", 1) + " Reuters."},  # near-copy: coded itself
        {"id": "fail-repeat", "text": fail_text},  # same text as the failed one: fails with it
        {"id": "repeat-of-good", "text": docs[0].text},  # same text as a coded one: skipped
        {"id": "copy-of-good", "text": "Updated: " + docs[1].text},  # near-copy of a coded one: linked
    ]
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + '\n{"id": "broken", "text": \n', encoding="utf-8")
    fates = {}
    for workers in (1, 2):
        db = tmp_path / f"w{workers}.duckdb"
        with Store(db) as store:
            summary = ingest(read_inputs([str(path)], "jsonl"), store, workers=workers, coder=coder)
        assert (summary.coded, summary.duplicates, summary.skipped, summary.failed) == (24, 1, 1, 3)
        assert summary.documents == len(lines) + 1
        fates[workers] = _fates(db)
        assert event_ids(db) == event_ids(tmp_path / "w1.duckdb")
    assert fates[1] == fates[2]
    assert len(fates[1]) == len(lines)  # the skipped repeat is the only input without a row of its own
    assert fates[1]["copy-of-failed"] == ("coded",)
    assert fates[1]["fail-repeat"] == ("failed", "code", "same text as fail-first, which failed to code")
    assert fates[1]["copy-of-good"] == ("duplicate", docs[1].id)
    assert fates[1]["docs.jsonl:29"][:2] == ("failed", "read")
    with Store(tmp_path / "w1.duckdb") as store:  # a second run: the failed text is a near-copy of a stored one
        again = ingest(read_inputs([str(path)], "jsonl"), store, coder=coder)
    assert (again.coded, again.duplicates, again.skipped, again.failed) == (0, 1, 27, 1)
    after = _fates(tmp_path / "w1.duckdb")
    assert after.pop("fail-first") == ("duplicate", "copy-of-failed")
    assert "fail-repeat" not in after  # its text is stored now: its old failure is gone, and it is skipped
    assert after == {k: v for k, v in fates[1].items() if k not in ("fail-first", "fail-repeat")}
