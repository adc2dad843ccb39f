"""Event writers: JSON Lines is the output contract; CSV flattens it; the table is for reading."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO

from eventdesk.models import Actor, Event

FORMATS = ("jsonl", "table", "csv")
CSV_FIELDS = [
    "id", "doc_id", "sentence", "event", "mode", "cameo", "goldstein", "quad_class", "status", "source_code",
    "source_name", "target_code", "target_name", "date", "date_precision", "date_basis", "location",
    "location_country", "speaker", "cited", "trigger", "rule", "confidence", "main", "text",
]


def _names(actors: list[Actor]) -> str:
    return "; ".join(a.name or a.text for a in actors)


def _codes(actors: list[Actor]) -> str:
    return "; ".join(a.code or "?" for a in actors)


def write_jsonl(events: Iterable[Event], out: IO[str]) -> int:
    n = 0
    for e in events:
        out.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(events: Iterable[Event], out: IO[str], header: bool = True) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS)
    if header:
        writer.writeheader()
    n = 0
    for e in events:
        writer.writerow({
            "id": e.id, "doc_id": e.doc_id, "sentence": e.sentence, "event": e.event or "", "mode": e.mode or "",
            "cameo": e.cameo, "goldstein": e.goldstein, "quad_class": e.quad_class, "status": e.status,
            "source_code": _codes(e.source), "source_name": _names(e.source), "target_code": _codes(e.target),
            "target_name": _names(e.target), "date": e.date.isoformat() if e.date else "",
            "date_precision": e.date_precision or "", "date_basis": e.date_basis or "",
            "location": e.location.name if e.location else "",
            "location_country": (e.location.country or "") if e.location else "",
            "speaker": (e.speaker.name or e.speaker.text) if e.speaker else "",
            "cited": "; ".join(c.source for c in e.cited), "trigger": e.trigger.text, "rule": e.rule,
            "confidence": e.confidence, "main": "true" if e.main else "false", "text": e.text,
        })
        n += 1
    return n


def write_table(events: Iterable[Event], out: IO[str]) -> int:
    from rich.console import Console  # only the table needs rich: not imported for JSON Lines and CSV
    from rich.table import Table

    table = Table(show_lines=False, header_style="bold")
    for col in ("date", "source", "event", "cameo", "target", "status", "where", "cited", "trigger", "main"):
        table.add_column(col, overflow="fold")
    n = 0
    for e in events:
        src = ", ".join(f"{a.name or a.text} ({a.code or '?'})" for a in e.source) or "-"
        tgt = ", ".join(f"{a.name or a.text} ({a.code or '?'})" for a in e.target) or "-"
        table.add_row(
            e.date.isoformat() if e.date else "-", src, e.event or "-", e.cameo, tgt, e.status,
            e.location.name if e.location else "-", ", ".join(c.source for c in e.cited) or "-", e.trigger.text,
            "*" if e.main else "",
        )
        n += 1
    Console(file=out, width=160, soft_wrap=False).print(table)
    return n


def write_events(events: Iterable[Event], out: IO[str], fmt: str = "jsonl", header: bool = True) -> int:
    """Write events in a format; returns how many were written."""
    if fmt == "jsonl":
        return write_jsonl(events, out)
    if fmt == "csv":
        return write_csv(events, out, header)
    if fmt == "table":
        return write_table(events, out)
    raise ValueError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
