"""Inputs a careless or unlucky user gives: each ends in a document or in an error that names it, never in
silence, a hang or a traceback (pipes, odd folder entries, absurd dates, bad overlays, workers that cannot start)."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import threading
from pathlib import Path

import pytest

from eventdesk.datafiles import json_lines
from eventdesk.errors import EventdeskError, InputError, KnowledgeBaseError
from eventdesk.ingest import count_documents, read_inputs
from eventdesk.models import Document
from eventdesk.pipeline import Coder
from eventdesk.scale import ingest
from eventdesk.store import Store
from helpers import run_cli

TEXT = "Ministers of Norway and Peru signed a fishing accord in Lima on Tuesday."


def _feed(fifo: Path, data: bytes) -> threading.Thread:
    """Write ``data`` into a named pipe from another thread (opening it blocks until a reader comes)."""

    def write() -> None:
        with fifo.open("wb") as f:
            f.write(data)

    thread = threading.Thread(target=write, daemon=True)
    thread.start()
    return thread


def _read_within(seconds: float, name: str) -> list[Document | InputError]:
    """read_inputs of one name, in a thread: a reader that opens a pipe twice waits for ever on the second."""
    out: list[list[Document | InputError]] = []
    thread = threading.Thread(target=lambda: out.append(list(read_inputs([name], "auto"))), daemon=True)
    thread.start()
    thread.join(seconds)
    assert out, f"reading {name} did not end in {seconds} s"
    return out[0]


def test_a_pipe_named_as_a_file_is_read_once_whole(tmp_path: Path) -> None:
    # `eventdesk code <(zcat story.gz)`: looking at the first bytes to pick a reader must not eat them
    fifo = tmp_path / "story"
    os.mkfifo(fifo)
    writer = _feed(fifo, TEXT.encode())
    items = _read_within(20, str(fifo))
    writer.join(5)
    assert [type(i) for i in items] == [Document]
    assert isinstance(items[0], Document) and items[0].text == TEXT and items[0].id == "story"


def test_a_pipe_of_json_lines_is_read_as_json_lines(tmp_path: Path) -> None:
    fifo = tmp_path / "feed"
    os.mkfifo(fifo)
    writer = _feed(fifo, (json.dumps({"id": "p1", "text": TEXT, "published": "2015-03-03"}) + "\n").encode())
    items = _read_within(20, str(fifo))
    writer.join(5)
    assert len(items) == 1 and isinstance(items[0], Document)
    assert items[0].id == "p1" and items[0].published == dt.date(2015, 3, 3)


def test_a_folder_walk_names_every_entry_it_cannot_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    (folder / "locked" / "inside.txt").write_text(TEXT, encoding="utf-8")
    (folder / "ok.txt").write_text(TEXT, encoding="utf-8")
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (folder / "elsewhere").symlink_to(tmp_path / "in" / "locked", target_is_directory=True)
    os.mkfifo(folder / "pipe.txt")
    (folder / ".hidden.txt").write_text(TEXT, encoding="utf-8")  # hidden files stay out, as before
    scandir = os.scandir

    def locked(path: object = ".") -> object:  # tests run as root, whom chmod does not stop
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", locked)
    items = list(read_inputs([str(folder)], "auto"))
    errors = {Path(i.source).name: i.reason for i in items if isinstance(i, InputError)}
    assert [i.id for i in items if isinstance(i, Document)] == ["ok"]
    assert set(errors) == {"gone.txt", "elsewhere", "pipe.txt", "locked"}
    assert "broken link" in errors["gone.txt"] and "nowhere.txt" in errors["gone.txt"]
    assert "not followed" in errors["elsewhere"]
    assert "not a regular file" in errors["pipe.txt"]
    assert "Permission denied" in errors["locked"] and "not read" in errors["locked"]
    assert count_documents([str(folder)], "auto") == len(items)  # the progress bar counts them too


def test_a_broken_link_named_on_its_own_says_where_it_points(tmp_path: Path) -> None:
    (tmp_path / "story.txt").symlink_to(tmp_path / "moved.txt")
    [item] = list(read_inputs([str(tmp_path / "story.txt")], "auto"))
    assert isinstance(item, InputError) and "broken link" in item.reason and "moved.txt" in item.reason


def test_an_absurd_publication_date_names_its_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in [
        {"id": "a", "text": TEXT, "published": "2015-03-03"},
        {"id": "b", "text": TEXT, "published": "0001-01-01"},
        {"id": "c", "text": TEXT, "published": "Dec 17, 9016"},
    ]) + "\n", encoding="utf-8")
    items = list(read_inputs([str(path)], "auto"))
    assert isinstance(items[0], Document)
    for item, line in zip(items[1:], (2, 3), strict=True):
        assert isinstance(item, InputError) and item.source == str(path) and item.line == line
        assert "outside 1800-2200" in item.reason


def test_a_json_error_at_the_end_of_a_line_is_placed_in_that_line() -> None:
    [error] = list(json_lines(['{"id": "x", "text": "y"\n'], "docs.jsonl"))
    assert isinstance(error, InputError) and error.line == 1
    assert "column 24" in error.reason  # not "column 1" of the line after the newline


@pytest.mark.model
def test_a_document_refused_for_its_date_fails_no_copy_of_its_text(tmp_path: Path, coder: Coder) -> None:
    # the date is the record's fault, not the text's: the same text from another input is coded
    items: list[Document | InputError] = [
        Document(id="bad-date", text=TEXT, published=dt.date(1, 1, 1)),
        Document(id="good", text=TEXT, published=dt.date(2015, 3, 3)),
    ]
    with Store(tmp_path / "s.duckdb") as store:
        summary = ingest(items, store, coder=coder)
        ids = [r[0] for r in store.con.execute("SELECT id FROM documents").fetchall()]
        reasons = [r[0] for r in store.con.execute("SELECT error FROM failures").fetchall()]
    assert summary.coded == 1 and summary.failed == 1 and ids == ["good"]
    assert len(reasons) == 1 and "outside 1800-2200" in reasons[0]


@pytest.mark.model
def test_a_missing_or_misnamed_overlay_is_not_passed_over(
    tmp_path: Path, coder: Coder, caplog: pytest.LogCaptureFixture
) -> None:
    with pytest.raises(KnowledgeBaseError, match="not a directory"):
        Coder(nlp=coder.nlp, kb_dirs=[str(tmp_path / "no-such-folder")])  # the cached base must not hide it
    overlay = tmp_path / "kb"
    overlay.mkdir()
    (overlay / "people.yml").write_text("- name: Jane Roe\n  country: USA\n", encoding="utf-8")
    with caplog.at_level("WARNING", logger="eventdesk"):
        Coder(nlp=coder.nlp, kb_dirs=[str(overlay)])
    assert any("people.yml" in r.getMessage() and "not a knowledge-base file" in r.getMessage()
               for r in caplog.records)


def test_a_worker_that_cannot_load_its_coder_stops_ingest_with_the_reason(tmp_path: Path) -> None:
    outcome: list[object] = []

    def run() -> None:
        try:
            with Store(tmp_path / "s.duckdb") as store:
                ingest([Document(id="a", text=TEXT)], store, workers=1, model="no_such_pipeline_xyz")
            outcome.append("finished")
        except EventdeskError as e:
            outcome.append(e)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(120)  # the pool used to start a new worker for ever
    assert outcome, "ingest hung on a worker that cannot start"
    assert isinstance(outcome[0], EventdeskError) and "no_such_pipeline_xyz" in str(outcome[0])


@pytest.mark.parametrize("args", [
    ["bench", "--workers", "one,two"], ["bench", "--workers", "0"], ["bench", "--documents", "0"],
    ["ingest", "x.txt", "--batch-size", "0"], ["gaps", "x.txt", "--top", "-1"], ["eval", "x.jsonl", "--show", "-2"],
])
def test_absurd_counts_are_usage_errors(args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.jsonl").write_text("", encoding="utf-8")
    result = run_cli(*args)
    assert result.exit_code == 2 and "Invalid value" in result.output


def test_serve_on_a_taken_port_is_one_error_line(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_cli("serve", "--db", str(tmp_path / "none.duckdb"), "--port", str(port))
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1].startswith(f"Error: cannot listen on 127.0.0.1:{port}")


@pytest.mark.parametrize(("data", "words"), [
    (b"\x1f\x8b\x08\x00" + bytes(40), "gzip-compressed"), (b"PK\x03\x04" + bytes(40), "ZIP archive"),
    (b"%PDF-1.7\n" + bytes(40), "a PDF"),
])
def test_a_packed_file_says_what_it_is_and_what_to_do(tmp_path: Path, data: bytes, words: str) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(data)
    [item] = list(read_inputs([str(path)], "auto"))
    assert isinstance(item, InputError) and words in item.reason


def test_an_absurd_date_in_metadata_is_left_out_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # a date the page or feed carries is metadata: the article is still coded, as with an unreadable header date
    feed = tmp_path / "world.rss"
    feed.write_text(
        '<rss version="2.0"><channel><title>W</title><item><title>Accord</title>'
        f"<description>{TEXT}</description><pubDate>Tue, 31 Dec 0001 00:00:00 GMT</pubDate></item>"
        "</channel></rss>", encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text(f"Accord signed\nDate: 0001-01-01\n\n{TEXT}\n", encoding="utf-8")
    with caplog.at_level("WARNING", logger="eventdesk"):
        items = list(read_inputs([str(feed), str(story)], "auto"))
    assert [type(i) for i in items] == [Document, Document]
    assert all(isinstance(i, Document) and i.published is None for i in items)
    warned = [r.getMessage() for r in caplog.records if "outside 1800-2200" in r.getMessage()]
    assert any("world.rss:1" in w for w in warned) and any("story.txt" in w for w in warned)


def test_a_feed_cut_short_is_read_leniently_and_says_so(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    whole = ('<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>'
             f"<item><title>One</title><description>{TEXT}</description></item>"
             "<item><title>Two</title><description>Peru and Chile held talks in Lima.</description></item>"
             "</channel></rss>")
    feed = tmp_path / "world.rss"
    feed.write_text(whole[: whole.index("<title>Two")], encoding="utf-8")
    with caplog.at_level("WARNING", logger="eventdesk"):
        items = list(read_inputs([str(feed)], "auto"))
    assert isinstance(items[0], Document) and items[0].text == TEXT  # the whole entry before the cut
    assert all(isinstance(i, InputError) for i in items[1:])  # the entry cut in two, if it is seen at all
    assert any("world.rss" in r.getMessage() and "not well-formed" in r.getMessage() for r in caplog.records)
