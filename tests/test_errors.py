"""Mistakes a person makes on the command line end in one ``Error:`` line, never a traceback.

Every test invokes the CLI with ``catch_exceptions=False``: a traceback fails the test.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import duckdb
import pytest

from eventdesk.store import Failure, Store
from helpers import run_cli

GOOD = "Russian troops attacked Georgian positions near Gori on Friday."


@pytest.fixture
def store(tmp_path: Path) -> Path:
    db = tmp_path / "s.duckdb"
    with Store(db) as s:
        s.write([Failure(source=f"doc-{i}", stage="read", error=f"unreadable {i} " * 40) for i in range(3000)])
    return db


@pytest.mark.parametrize("fmt", ["csv", "plover"])
def test_export_to_a_missing_folder_or_a_folder_is_an_error_and_dash_is_stdout(
    tmp_path: Path, store: Path, fmt: str
) -> None:
    missing = run_cli("export", "--db", str(store), "--format", fmt, "-o", str(tmp_path / "nowhere" / "x"))
    assert missing.exit_code == 2 and "does not exist; create it first" in missing.stderr
    folder = run_cli("export", "--db", str(store), "--format", fmt, "-o", str(tmp_path))
    assert folder.exit_code == 2 and "is a folder" in folder.stderr
    out = run_cli("export", "--db", str(store), "--format", "csv", "-o", "-")
    assert out.exit_code == 0 and out.stdout.startswith("id,doc_hash,doc_id")
    assert not (Path.cwd() / "-").exists()


def test_partitioned_export_needs_a_folder(tmp_path: Path, store: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    result = run_cli("export", "--db", str(store), "--format", "parquet", "--partition", "-o", str(tmp_path / "file"))
    assert result.exit_code == 2 and "is not a folder" in result.stderr


@pytest.mark.model
def test_code_output_to_a_missing_folder_or_a_folder_is_an_error_and_dash_is_stdout(tmp_path: Path) -> None:
    for target, message in ((tmp_path / "nowhere" / "x.jsonl", "does not exist"), (tmp_path, "is a folder")):
        result = run_cli("code", "-", "-o", str(target), input=GOOD.encode())
        assert result.exit_code == 2 and message in result.stderr
    result = run_cli("code", "-", "-o", "-", "--published", "2008-08-10", input=GOOD.encode())
    assert result.exit_code == 0 and json.loads(result.stdout.splitlines()[0])["event"] == "ASSAULT"


def test_top_actors_must_be_positive_and_a_huge_number_means_all(store: Path) -> None:
    negative = run_cli("query", "--db", str(store), "--top-actors", "-1")
    assert negative.exit_code == 2 and "-1 is not in the range x>=1" in negative.stderr
    huge = run_cli("query", "--db", str(store), "--top-actors", str(10**30), "--format", "json")
    assert huge.exit_code == 0


@pytest.mark.parametrize("fraction", [0.005, 0.1, 0.3])  # headers only; the catalog but not all the data
def test_a_truncated_store_is_an_error_line(tmp_path: Path, store: Path, fraction: float) -> None:
    data = store.read_bytes()
    cut = tmp_path / "cut.duckdb"
    cut.write_bytes(data[: int(len(data) * fraction)])
    result = run_cli("query", "--failures", "--db", str(cut))
    assert result.exit_code == 1 and result.stderr.startswith("Error: ") and "truncated or damaged" in result.stderr
    exported = run_cli("export", "--format", "csv", "-o", str(tmp_path / "x.csv"), "--db", str(cut))
    assert exported.exit_code == 0 or "truncated or damaged" in exported.stderr  # the events may still be readable


def test_a_duckdb_file_of_other_data_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    db = tmp_path / "other.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE documents (x INTEGER)")
    con.execute("CREATE TABLE events (y VARCHAR)")
    con.close()
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    for args in (["ingest", str(tmp_path / "a.txt"), "--no-progress"], ["query", "--top-actors", "3"]):
        result = run_cli(*args, "--db", str(db))
        assert result.exit_code == 1
        assert "is a DuckDB file of other data (tables: documents, events), not an eventdesk store" in result.stderr
    con = duckdb.connect(str(db), read_only=True)
    assert sorted(r[0] for r in con.execute("SHOW TABLES").fetchall()) == ["documents", "events"]


def test_a_sqlite_file_as_the_store_is_named_as_such(tmp_path: Path) -> None:
    db = tmp_path / "events.db"
    lite = sqlite3.connect(db)
    lite.execute("CREATE TABLE t (a)")
    lite.commit()
    lite.close()
    for args in (["query", "--top-actors", "3"], ["export", "--format", "csv", "-o", str(tmp_path / "x.csv")]):
        result = run_cli(*args, "--db", str(db))
        assert result.exit_code == 1 and "is a SQLite database, not an eventdesk store" in result.stderr


def test_duckdb_never_installs_extensions_for_a_store(tmp_path: Path) -> None:
    from eventdesk.store.duckdb_store import connect

    con = connect(tmp_path / "s.duckdb")
    settings = dict(con.execute(
        "SELECT name, value FROM duckdb_settings() WHERE name LIKE 'auto%_known_extensions'").fetchall())
    assert settings == {"autoinstall_known_extensions": "false", "autoload_known_extensions": "false"}


@pytest.mark.parametrize(("record", "message"), [
    ({"id": "1", "sentence": "Russia attacked Georgia.", "label": "ASSAULT"},
     "1: not a seed gold record: a record needs 'plover', 'cameo_root' or 'alternatives'"),
    ({"id": "1", "text": "Russia attacked Georgia.", "gold": "ASSAULT"},
     "1: not a sentence gold record: 'gold' must be an object"),
    ({"id": "1", "text": "Russia attacked Georgia.", "gold": {"event": "ASSAULT", "penta": 7}},
     "1: not a sentence gold record: 'gold.penta' must be a class 0-4 or null, not 7"),
    ({"id": "1", "body": "Russia attacked Georgia."}, "1: unknown gold format (fields: body, id)"),
])
def test_eval_names_the_wrong_field_of_a_gold_file(tmp_path: Path, record: dict[str, object], message: str) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = run_cli("eval", str(gold))
    assert result.exit_code == 1 and f"Error: [E001] {gold}:{message}" in result.stderr
