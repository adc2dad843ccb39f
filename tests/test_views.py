"""The analyst's views: statements can be left out; dictionary gaps are never pronouns; bad dates are refused."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from eventdesk.cli import cli

pytestmark = pytest.mark.model

STORY = [
    {"id": "1", "published": "2019-09-16",
     "text": "Peru said the talks were useful. Peru told Chile that the border was calm. Peru criticized Chile."},
    {"id": "2", "published": "2019-09-17",
     "text": "Bolivia commented on the talks. Bolivia said it would wait. Bolivia praised Chile."},
]


def run(*args: str, input: bytes | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("views")
    source = folder / "story.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in STORY), encoding="utf-8")
    db = folder / "views.duckdb"
    assert run("ingest", str(source), "--db", str(db)).exit_code == 0
    return db


def _statements(db: Path) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return int(con.execute("SELECT count(*) FROM events WHERE cameo_root = '01'").fetchone()[0])  # type: ignore[index]
    finally:
        con.close()


def test_top_actors_without_statements_counts_acts_only(store: Path) -> None:
    assert _statements(store) >= 2  # the story does have bare statements
    every = {r["code"]: r["events"] for r in map(json.loads, run(
        "query", "--db", str(store), "--top-actors", "10", "--format", "json").stdout.splitlines())}
    acts = {r["code"]: r["events"] for r in map(json.loads, run(
        "query", "--db", str(store), "--top-actors", "10", "--no-statements", "--format", "json").stdout.splitlines())}
    assert acts["PER"] == 1 and every["PER"] > acts["PER"]
    assert acts["BOL"] == 1 and every["BOL"] > acts["BOL"]


def test_dyad_without_statements_counts_acts_only(store: Path) -> None:
    def count(*extra: str) -> int:
        out = run("query", "--db", str(store), "--dyad", "PER:CHL", "--format", "json", *extra).stdout
        return sum(json.loads(line)["events"] for line in out.splitlines())

    assert count() == 2  # "told Chile" and "criticized Chile"
    assert count("--no-statements") == 1


def test_gaps_never_lists_pronouns(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        'Jane Zorblax, a blogger, attacked the Zorblaxian Front. "We will win," she said on Saturday. '
        "He said good game. They criticized Russia. It condemned this. Who attacked them? I told you so, he said.",
        encoding="utf-8")
    result = run("gaps", str(tmp_path), "--format", "jsonl")
    texts = [json.loads(line)["text"] for line in result.stdout.splitlines()]
    assert {"Zorblaxian Front", "Jane Zorblax"} <= set(texts)
    assert not {t.lower() for t in texts} & {"they", "he", "it", "we", "this", "who", "them", "i", "you"}


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31", "1799-12-31", "2201-01-01"])
def test_publication_date_outside_the_sane_range_is_a_usage_error(published: str) -> None:
    result = run("code", "-", "--published", published, input=b"Peru criticized Chile.")
    assert result.exit_code == 2 and "outside 1800-2200" in result.output


def test_jsonl_document_with_an_impossible_date_is_a_recorded_failure(tmp_path: Path) -> None:
    source = tmp_path / "docs.jsonl"
    source.write_text(
        json.dumps({"id": "old", "text": "Peru criticized Chile yesterday.", "published": "0001-01-01"}) + "\n"
        + json.dumps({"id": "new", "text": "Bolivia praised Ecuador on Monday.", "published": "2019-09-16"}) + "\n",
        encoding="utf-8")
    db = tmp_path / "s.duckdb"
    result = run("ingest", str(source), "--db", str(db))
    assert result.exit_code == 1  # something failed, and said so
    con = duckdb.connect(str(db), read_only=True)
    try:
        failures = con.execute("SELECT document, error FROM failures").fetchall()
        coded = con.execute("SELECT id FROM documents").fetchall()
    finally:
        con.close()
    # refused where it is read, with its file and line (no longer by the coder, with the document's id alone)
    assert len(failures) == 1 and f"{source}:1: publication date 0001-01-01 is outside 1800-2200" in failures[0][1]
    assert coded == [("new",)]
    result = run("code", str(source), "--input-format", "jsonl")
    assert "outside 1800-2200" in result.output and '"doc_id": "new"' in result.output
