"""The REST API of ``eventdesk serve``: filters, keyset paging, the dyad series, network, alerts, documents,
one error shape, bound parameters, a read-only connection, the token on writes and the size limit."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest

pytest.importorskip("fastapi", reason="the 'serve' extra is not installed")
from click.testing import CliRunner
from fastapi.testclient import TestClient

import webstore
from eventdesk.cli import cli
from eventdesk.web import create_app

SRC = Path(__file__).resolve().parents[1] / "src" / "eventdesk"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return webstore.build(tmp_path_factory.mktemp("web") / "store.duckdb")


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(str(db), token="s3cret")) as c:
        yield c


def is_error(r: Any, status: int) -> dict[str, Any]:
    """The response has the status and the one error shape; returns the error."""
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}, body
    assert body["error"]["message"]
    return body["error"]  # type: ignore[no-any-return]


def codes(actors: list[dict[str, Any]]) -> set[str]:
    return {c for a in actors for c in (a["code"], a["country"]) if c}


def test_filters_narrow_the_events(client: TestClient) -> None:
    everything = client.get("/api/events", params={"limit": 500}).json()["items"]
    assert len(everything) == 48  # 13 weeks of 3, then 5 + 3 in the last week, and the protest
    conflict = client.get("/api/events", params={"actor": "RUS", "quad_class": 4, "limit": 500}).json()["items"]
    assert conflict and all(e["quad_class"] == 4 for e in conflict)
    assert all("RUS" in codes(e["source"]) | codes(e["target"]) for e in conflict)
    assert len(conflict) == 13 + 6 + 1  # the weekly shelling, the last week's six, the hypothetical attack
    asserted = client.get("/api/events", params={"actor": "RUS", "quad_class": 4, "status": "asserted",
                                                  "limit": 500}).json()["items"]
    assert len(asserted) == 19
    as_target = client.get("/api/events", params={"actor": "RUS", "role": "target", "limit": 500}).json()["items"]
    assert {e["event"] for e in as_target} == {"ACCUSE"}
    dyad = client.get("/api/events", params={"dyad": "USA:UKR", "limit": 500}).json()["items"]
    assert len(dyad) == 14 and {e["cameo"] for e in dyad} == {"071"}
    assert client.get("/api/events", params={"cameo": "14"}).json()["items"][0]["event"] == "PROTEST"
    words = client.get("/api/events", params={"q": "DEMONSTRATED against"}).json()["items"]
    assert [e["doc_id"] for e in words] == ["paris"]
    window = client.get("/api/events", params={"start": "2024-01-08", "end": "2024-01-14", "limit": 500}).json()
    assert {e["date"] for e in window["items"]} == {"2024-01-09"}
    assert len(client.get("/api/events", params={"document": "w13-b"}).json()["items"]) == 3
    assert client.get("/api/events", params={"event": "assault", "actor": "FRA"}).json()["items"] == []


def test_pages_follow_each_other_by_cursor_without_gaps_or_repeats(tmp_path: Path) -> None:
    """Dated events newest (or oldest) first, then the undated ones; no page repeats or skips one."""
    client = TestClient(create_app(str(webstore.build(tmp_path / "s.duckdb", undated=5))))
    for sort in ("-date", "date"):
        seen: list[dict[str, Any]] = []
        cursor = None
        while True:
            params: dict[str, Any] = {"limit": 7, "sort": sort}
            if cursor:
                params["cursor"] = cursor
            page = client.get("/api/events", params=params).json()
            seen.extend(page["items"])
            cursor = page["next_cursor"]
            if not cursor:
                break
        ids = [e["id"] for e in seen]
        assert len(ids) == len(set(ids)) == 48 + 5
        dated = [(e["date"], e["id"]) for e in seen[:48]]
        assert dated == sorted(dated, reverse=sort == "-date")
        undated = [e["id"] for e in seen[48:]]
        assert all(e["date"] is None for e in seen[48:]) and undated == sorted(undated, reverse=sort == "-date")


def test_each_event_carries_its_evidence(client: TestClient, db: Path) -> None:
    e = client.get("/api/events/w13-b-1").json()
    assert e["trigger"]["text"] == "shelled" and e["rule"] == "assault/test"
    assert e["cited"] == [{"source": "Interfax", "date": "2024-04-03"}]
    doc = client.get(f"/api/documents/{e['doc_hash']}").json()
    assert doc["id"] == "w13-b" and doc == client.get("/api/documents/w13-b").json()
    text = doc["text"]
    for event in doc["events"]:
        assert text[event["trigger"]["start"]:event["trigger"]["end"]] == event["trigger"]["text"]
        for actor in event["source"] + event["target"]:
            assert text[actor["start"]:actor["end"]] == actor["text"]


def test_dyad_series_has_both_directions_by_quad_class(client: TestClient) -> None:
    s = client.get("/api/dyads/RUS/UKR/series", params={"by": "week"}).json()
    assert s["a"] == "RUS" and s["by"] == "week"
    forward = {r["period"]: r for r in s["a_to_b"]}
    assert forward["2024-04-01"]["material_conflict"] == 6 and forward["2024-04-01"]["mean_goldstein"] == -10.0
    assert forward["2024-01-01"]["events"] == 1
    backward = s["b_to_a"]
    assert len(backward) == 13 and all(r["verbal_conflict"] == 1 and r["events"] == 1 for r in backward)
    month = client.get("/api/dyads/RUS/UKR/series", params={"by": "month"}).json()
    assert sum(r["events"] for r in month["a_to_b"]) == 19  # asserted only: the hypothetical attack is out


def test_network_counts_edges_and_mean_goldstein(client: TestClient) -> None:
    edges = client.get("/api/network").json()["edges"]
    top = edges[0]
    assert (top["source"], top["target"], top["events"], top["mean_goldstein"]) == ("RUSMIL", "UKRMIL", 19, -10.0)
    countries = client.get("/api/network", params={"level": "country", "start": "2024-04-01"}).json()["edges"]
    assert ("RUS", "UKR", 6) in {(e["source"], e["target"], e["events"]) for e in countries}
    assert all(e["source"] != e["target"] for e in countries)  # the Paris protest is within one country


def test_alerts_find_the_week_that_departs_from_its_baseline(client: TestClient) -> None:
    alerts = client.get("/api/alerts").json()
    assert alerts["week"] == "2024-04-01"
    by_key = {(a["kind"], a["key"]): a for a in alerts["alerts"]}
    dyad = by_key[("dyad", "RUS>UKR")]
    assert dyad["events_this_week"] == 6 and dyad["baseline_mean"] == 1.0 and dyad["z"] == 5.0
    assert len(dyad["events"]) == 6 and all(e["quad_class"] == 4 for e in dyad["events"])
    assert ("dyad", "USA>UKR") not in by_key  # aid is no conflict
    quiet = client.get("/api/alerts", params={"week": "2024-03-20"}).json()
    assert quiet["week"] == "2024-03-18" and quiet["alerts"] == []
    assert client.get("/api/alerts", params={"format": "csv"}).text.startswith("kind,key,events_this_week")


def test_actors_search_and_profile(client: TestClient) -> None:
    found = client.get("/api/actors", params={"q": "russ"}).json()["items"]
    assert [a["code"] for a in found] == ["RUSMIL"]
    assert client.get("/api/actors", params={"q": "%"}).json()["items"] == []  # a wildcard is a character
    rus = client.get("/api/actors/RUS").json()
    assert rus["as_source"] == 19 and rus["as_target"] == 13
    assert rus["partners"][0]["code"] == "UKRMIL" and rus["network"]
    is_error(client.get("/api/actors/XXX"), 404)


def test_csv_where_a_list_is_returned(client: TestClient) -> None:
    r = client.get("/api/events", params={"format": "csv", "limit": 3, "actor": "FRA"})
    assert r.headers["content-type"].startswith("text/csv")
    lines = r.text.splitlines()
    assert lines[0].startswith("id,date,source_code") and lines[1].startswith("paris-0,2024-04-04,FRACVL")
    for url in ("/api/actors", "/api/network", "/api/map", "/api/dyads/RUS/UKR/series"):
        assert client.get(url, params={"format": "csv"}).headers["content-type"].startswith("text/csv")


def test_bad_input_is_a_4xx_in_one_shape(client: TestClient) -> None:
    is_error(client.get("/api/events", params={"cursor": "not-a-cursor"}), 400)
    is_error(client.get("/api/events", params={"start": "2024-02-30"}), 422)
    is_error(client.get("/api/events", params={"start": "2024-02-01", "end": "2024-01-01"}), 400)
    is_error(client.get("/api/events", params={"limit": 0}), 422)
    is_error(client.get("/api/events", params={"quad_class": 7}), 422)
    is_error(client.get("/api/dyads/RUS/UKR/series", params={"by": "fortnight"}), 422)
    is_error(client.get("/api/events/nope"), 404)
    is_error(client.get("/api/nothing-here"), 404)
    is_error(client.delete("/api/events"), 405)


def test_parameters_are_bound_not_spliced(client: TestClient) -> None:
    for hostile in ("RUS' OR '1'='1", "RUS;DROP TABLE events", "x') OR TRUE --"):
        assert client.get("/api/events", params={"actor": hostile}).json()["items"] == []
        assert client.get("/api/events", params={"q": hostile}).json()["items"] == []
    assert len(client.get("/api/events", params={"limit": 500}).json()["items"]) == 48


def test_reads_go_through_a_read_only_connection(client: TestClient) -> None:
    state = client.app.state.eventdesk  # type: ignore[attr-defined]
    with state.db.read() as con, pytest.raises(duckdb.Error, match="read-only"):
        con.execute("DELETE FROM events")


def test_code_returns_events_and_stores_nothing(db: Path, coder) -> None:  # type: ignore[no-untyped-def]
    with TestClient(create_app(str(db), coder=coder, max_text_bytes=2000)) as c:
        before = c.get("/api/overview").json()["counts"]
        r = c.post("/api/code", json={"text": "Norway and Russia signed a border treaty on Tuesday.",
                                      "published": "2010-09-17"})
        assert r.status_code == 200, r.text
        events = r.json()["events"]
        assert any(e["event"] == "AGREE" and e["date"] == "2010-09-14" for e in events)
        assert c.get("/api/overview").json()["counts"] == before
        csv_text = c.post("/api/code?format=csv", json={"text": "Norway and Russia signed a border treaty."}).text
        assert csv_text.splitlines()[0].startswith("id,date,source,event")
        err = is_error(c.post("/api/code", json={"text": "Russia protested. " * 200}), 413)
        assert err["code"] == "too_large" and "2000" in err["message"]
        is_error(c.post("/api/code", content=b"x" * 3000, headers={"content-type": "application/json"}), 413)
        is_error(c.post("/api/code", content=b"{not json", headers={"content-type": "application/json"}), 422)
        is_error(c.post("/api/code", json={"text": ""}), 422)
        is_error(c.post("/api/code", json={"text": "Hello.", "published": "yesterday"}), 422)


def test_ingest_needs_the_token(db: Path, tmp_path: Path, coder) -> None:  # type: ignore[no-untyped-def]
    body = json.dumps({"id": "new-1", "text": "Turkish troops shelled Kurdish positions in northern Syria on Monday.",
                       "published": "2024-04-05"}) + "\n"
    with TestClient(create_app(str(db))) as c:  # started without a token: no writes at all
        assert is_error(c.post("/api/ingest", content=body), 401)["code"] == "unauthorized"
        is_error(c.post("/api/ingest", content=body, headers={"Authorization": "Bearer anything"}), 403)
    copy = tmp_path / "copy.duckdb"
    copy.write_bytes(db.read_bytes())
    with TestClient(create_app(str(copy), token="s3cret", coder=coder)) as c:
        assert c.post("/api/ingest", content=body).status_code == 401
        assert c.post("/api/ingest", content=body, headers={"Authorization": "Bearer wrong"}).status_code == 403
        before = len(c.get("/api/events", params={"limit": 500}).json()["items"])
        documents = c.get("/api/overview").json()["counts"]["documents"]
        r = c.post("/api/ingest", content=body + "{broken\n", headers={"Authorization": "Bearer s3cret"})
        assert r.status_code == 200, r.text
        summary = r.json()
        assert summary["coded"] == 1 and summary["events"] >= 1 and summary["failed"] == 1
        assert "api:2" in summary["errors"][0]
        # the read-only connection is open again and sees the new document and its text
        assert len(c.get("/api/events", params={"limit": 500}).json()["items"]) == before + summary["events"]
        assert c.get("/api/overview").json()["counts"]["documents"] == documents + 1  # the cached overview is renewed
        doc = c.get("/api/documents/new-1").json()
        assert doc["text"].startswith("Turkish troops") and doc["events"]
        again = c.post("/api/ingest", content=body, headers={"Authorization": "Bearer s3cret"}).json()
        assert again["skipped"] == 1 and again["coded"] == 0


def test_a_store_without_document_texts_still_serves(tmp_path: Path) -> None:
    db = webstore.build(tmp_path / "old.duckdb")
    con = duckdb.connect(str(db))
    con.execute("DROP TABLE document_texts")
    con.close()
    with TestClient(create_app(str(db))) as c:
        doc = c.get("/api/documents/paris").json()
        assert doc["text"] is None and len(doc["events"]) == 1
        assert c.get("/documents/paris").status_code == 200


def test_serve_refuses_another_host_without_a_token(db: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", str(db), "--host", "0.0.0.0"])
    assert result.exit_code == 2 and "without --token" in result.output
    missing = CliRunner().invoke(cli, ["serve", "--db", str(db.parent / "none.duckdb")])
    assert missing.exit_code == 1 and "no event store" in missing.output


def test_serve_binds_loopback_by_default(db: Path) -> None:
    """The real command: it starts on 127.0.0.1, answers, and reads the store."""
    import socket
    import time

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "eventdesk", "serve", "--db", str(db), "--port", str(port)],
                            stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(100):
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/overview", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        else:
            pytest.fail("serve did not start")
        assert r.json()["counts"]["events"] == 48
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=10)
    assert f"http://127.0.0.1:{port}/" in err


def test_nothing_below_the_web_package_imports_it() -> None:
    for path in SRC.rglob("*.py"):
        if "web" in path.relative_to(SRC).parts[:1] or path.name == "cli.py":
            continue
        text = path.read_text(encoding="utf-8")
        assert "eventdesk.web" not in text and "from eventdesk import web" not in text, path


def test_highlight_segments_overlaps_and_offsets_out_of_range() -> None:
    from eventdesk.web.highlight import segments

    text = "Russia attacked Georgia."
    event = {"id": "e1", "trigger": {"start": 7, "end": 15},
             "source": [{"start": 0, "end": 6}], "target": [{"start": 16, "end": 23}]}
    other = {"id": "e2", "trigger": {"start": 7, "end": 15}, "source": [{"start": 0, "end": 15}],
             "target": [{"start": 20, "end": 99}]}  # overlapping, and past the end of the text
    pieces = segments(text, [event, other])
    assert "".join(p.text for p in pieces) == text
    attacked = next(p for p in pieces if p.text == "attacked")
    assert attacked.kinds == {"trigger", "source"} and attacked.events == ["e1", "e2"]
    assert pieces[-1].text == "." and pieces[-1].kinds == {"target"}
