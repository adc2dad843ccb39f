"""Flattening events into table rows (and back): one place that knows the store's columns."""

from __future__ import annotations

import json
from typing import Any

from eventdesk.models import Event

EVENT_COLUMNS = [
    "id", "doc_hash", "doc_id", "sentence", "text", "event", "mode", "context", "cameo", "cameo_root", "goldstein",
    "quad_class", "status", "source_code", "source_country", "source_name", "target_code", "target_country",
    "target_name", "date", "date_precision", "date_basis", "location_name", "location_country", "lat", "lon",
    "geonameid", "speaker_name", "speaker_code", "trigger_text", "trigger_start", "trigger_end", "rule",
    "confidence", "event_key", "record", "main",
]
ACTOR_COLUMNS = ["event_id", "role", "position", "text", "name", "code", "country", "sector", "igo", "start_char",
                 "end_char"]
CITATION_COLUMNS = ["event_id", "position", "source", "date"]


def event_key(record: dict[str, Any]) -> str:
    """The identity of an event across documents: day, source, CAMEO code, target (GDELT-style)."""
    src = ";".join(sorted(a["code"] or a["name"] or a["text"] for a in record["source"]))
    tgt = ";".join(sorted(a["code"] or a["name"] or a["text"] for a in record["target"]))
    return f"{record['date'] or '?'}|{src}|{record['cameo']}|{tgt}|{record['status']}"


def _join(actors: list[dict[str, Any]], field: str) -> str | None:
    values = [str(a[field]) for a in actors if a.get(field)]
    return ";".join(values) if values else None


Row = tuple[Any, ...]  # the values of one table row, in the order of its *_COLUMNS list


def event_row(event: Event | dict[str, Any], doc_hash: str) -> Row:
    """One ``events`` row (a tuple: compact to send back from a worker process)."""
    record = event.to_dict() if isinstance(event, Event) else event
    loc = record.get("location") or {}
    speaker = record.get("speaker") or {}
    source, target, trigger = record["source"], record["target"], record["trigger"]
    return (
        record["id"], doc_hash, record["doc_id"], record["sentence"], record["text"], record["event"],
        record["mode"], record["context"], record["cameo"], record["cameo_root"], record["goldstein"],
        record["quad_class"], record["status"],
        _join(source, "code"), _join(source, "country"), _join(source, "name") or _join(source, "text"),
        _join(target, "code"), _join(target, "country"), _join(target, "name") or _join(target, "text"),
        record["date"], record["date_precision"], record["date_basis"],
        loc.get("name"), loc.get("country"), loc.get("lat"), loc.get("lon"), loc.get("geonameid"),
        speaker.get("name") or speaker.get("text"), speaker.get("code"),
        trigger["text"], trigger["start"], trigger["end"], record["rule"], record["confidence"],
        event_key(record), json.dumps(record, ensure_ascii=False), bool(record.get("main", False)),
    )


def actor_rows(record: dict[str, Any]) -> list[Row]:
    roles = [("source", i, a) for i, a in enumerate(record["source"])]
    roles += [("target", i, a) for i, a in enumerate(record["target"])]
    if record.get("speaker"):
        roles.append(("speaker", 0, record["speaker"]))
    return [
        (record["id"], role, i, a["text"], a["name"], a["code"], a["country"], a["sector"], a["igo"], a["start"],
         a["end"])
        for role, i, a in roles
    ]


def citation_rows(record: dict[str, Any]) -> list[Row]:
    return [(record["id"], i, c["source"], c["date"]) for i, c in enumerate(record["cited"])]


Rows = tuple[list[Row], list[Row], list[Row]]


def table_rows(records: list[dict[str, Any]], doc_hash: str) -> Rows:
    """The events, actors and citations rows of one document's records (built where the coding runs)."""
    events, actors, citations = [], [], []
    for record in records:
        events.append(event_row(record, doc_hash))
        actors.extend(actor_rows(record))
        citations.extend(citation_rows(record))
    return events, actors, citations


def event_date(row: Row) -> str | None:
    return row[_DATE]  # type: ignore[no-any-return]


_DATE = EVENT_COLUMNS.index("date")
