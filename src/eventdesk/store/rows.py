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
    "confidence", "event_key", "record",
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


def event_row(event: Event | dict[str, Any], doc_hash: str) -> dict[str, Any]:
    record = event.to_dict() if isinstance(event, Event) else event
    loc = record.get("location") or {}
    speaker = record.get("speaker") or {}
    return {
        "id": record["id"], "doc_hash": doc_hash, "doc_id": record["doc_id"], "sentence": record["sentence"],
        "text": record["text"], "event": record["event"], "mode": record["mode"], "context": record["context"],
        "cameo": record["cameo"], "cameo_root": record["cameo_root"], "goldstein": record["goldstein"],
        "quad_class": record["quad_class"], "status": record["status"],
        "source_code": _join(record["source"], "code"), "source_country": _join(record["source"], "country"),
        "source_name": _join(record["source"], "name") or _join(record["source"], "text"),
        "target_code": _join(record["target"], "code"), "target_country": _join(record["target"], "country"),
        "target_name": _join(record["target"], "name") or _join(record["target"], "text"),
        "date": record["date"], "date_precision": record["date_precision"], "date_basis": record["date_basis"],
        "location_name": loc.get("name"), "location_country": loc.get("country"), "lat": loc.get("lat"),
        "lon": loc.get("lon"), "geonameid": loc.get("geonameid"),
        "speaker_name": speaker.get("name") or speaker.get("text"), "speaker_code": speaker.get("code"),
        "trigger_text": record["trigger"]["text"], "trigger_start": record["trigger"]["start"],
        "trigger_end": record["trigger"]["end"], "rule": record["rule"], "confidence": record["confidence"],
        "event_key": event_key(record), "record": json.dumps(record, ensure_ascii=False),
    }


def actor_rows(record: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for role in ("source", "target"):
        for i, a in enumerate(record[role]):
            rows.append({
                "event_id": record["id"], "role": role, "position": i, "text": a["text"], "name": a["name"],
                "code": a["code"], "country": a["country"], "sector": a["sector"], "igo": a["igo"],
                "start_char": a["start"], "end_char": a["end"],
            })
    if record.get("speaker"):
        a = record["speaker"]
        rows.append({
            "event_id": record["id"], "role": "speaker", "position": 0, "text": a["text"], "name": a["name"],
            "code": a["code"], "country": a["country"], "sector": a["sector"], "igo": a["igo"],
            "start_char": a["start"], "end_char": a["end"],
        })
    return rows


Rows = tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]


def table_rows(records: list[dict[str, Any]], doc_hash: str) -> Rows:
    """The events, actors and citations rows of one document's records (built where the coding runs)."""
    events, actors, citations = [], [], []
    for record in records:
        events.append(event_row(record, doc_hash))
        actors.extend(actor_rows(record))
        citations.extend(citation_rows(record))
    return events, actors, citations


def citation_rows(record: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {"event_id": record["id"], "position": i, "source": c["source"], "date": c["date"]}
        for i, c in enumerate(record["cited"])
    ]
