"""-v and -q on every command, the library's messages through logging, a progress bar that knows its total."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventdesk.cli import cli
from eventdesk.ingest import count_documents


def test_every_command_takes_verbose_and_quiet() -> None:
    for name, command in cli.commands.items():  # type: ignore[attr-defined]
        options = {o for p in command.params for o in getattr(p, "opts", [])}
        assert {"-v", "--verbose", "-q", "--quiet"} <= options, name


@pytest.mark.model
def test_quiet_leaves_only_errors_and_verbose_says_why_a_text_was_changed(tmp_path: Path) -> None:
    runner = CliRunner()
    text = "Russia attacked Georgia on Friday." + "!" * 50
    quiet = runner.invoke(cli, ["code", "-", "-q"], input=text.encode(), catch_exceptions=False)
    assert quiet.exit_code == 0 and quiet.stderr == "" and json.loads(quiet.stdout.splitlines()[0])
    loud = runner.invoke(cli, ["code", "-", "-v"], input=text.encode(), catch_exceptions=False)
    assert "stdin: runs of 9 or more punctuation marks cut to 3" in loud.stderr
    assert "Coded 1 document(s)" in loud.stderr
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    failed = runner.invoke(cli, ["code", str(tmp_path / "empty.txt"), "-q"], catch_exceptions=False)
    assert failed.exit_code == 1 and failed.stderr.startswith("Error: ") and "Coded" not in failed.stderr


def test_the_number_of_documents_is_known_for_text_and_json_lines_only(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"id": 1, "text": "x"}\n\n{"id": 2, "text": "y"}\n', encoding="utf-8")
    assert count_documents([str(tmp_path)], "auto") == 3
    (tmp_path / "c.xml").write_text("<rss version='2.0'><channel></channel></rss>", encoding="utf-8")
    assert count_documents([str(tmp_path)], "auto") is None
    assert count_documents(["-"]) is None


@pytest.mark.model
def test_ingest_reports_what_became_of_every_input(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Russia attacked Georgia on Friday.", encoding="utf-8")
    (src / "b.txt").write_text("", encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", str(src), "--db", str(tmp_path / "s.duckdb"), "--no-progress"],
                                catch_exceptions=False)
    assert "1 coded, 0 skipped (already in the store), 0 near-duplicate, 1 failed (1 unreadable, 0 at coding) " \
           "of 2 input(s)" in result.stderr
