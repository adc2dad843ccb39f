"""How well events are placed: the geoparsing field's acc@161 on gold place names with coordinates.

A gold file of whole articles carries ``gold.places``: place names with character offsets and the
coordinates of the place meant. For every event whose sentence contains a gold place, the event's
location is right when it lies within 161 km (100 miles) of one of them; the other measure is the
share of such events that have a location at all. Records are split into halves A and B by the hash
of their id, so that rules tuned on one half can be checked on the other.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections.abc import Iterable
from typing import Any

from eventdesk.models import Document, Event
from eventdesk.pipeline import Coder

RADIUS_KM = 161.0
# Gold types (GeoWebNews) that name no place where something happens: "German immigrants".
NON_LITERAL = {"Non_Literal_Modifier", "Embedded_Non_Lit"}


def half(record_id: str) -> str:
    """The team's split: half A are the ids whose SHA-1 is even."""
    return "A" if int(hashlib.sha1(record_id.encode()).hexdigest(), 16) % 2 == 0 else "B"


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def _sentence_span(event: Event, text: str) -> tuple[int, int]:
    start = text.find(event.text, event.sentence_start)
    start = start if start >= 0 else event.sentence_start
    return start, start + len(event.text)


def _published(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _tally() -> dict[str, int]:
    return {"events": 0, "placed": 0, "correct": 0, "literal_events": 0, "literal_placed": 0, "literal_correct": 0}


def score_places(coder: Coder, records: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """acc@161 and the placed share per half (A, B) and overall, with every scored event listed."""
    tallies = {"A": _tally(), "B": _tally()}
    rows: list[dict[str, Any]] = []
    for record in records:
        text = str(record["text"])
        gold = [p for p in (record.get("gold") or {}).get("places") or [] if p.get("lat") is not None]
        doc = Document(id=str(record["id"]), text=text, title=record.get("title"),
                       published=_published(record.get("published")))
        t = tallies[half(doc.id)]
        for event in coder.code_document(doc):
            start, end = _sentence_span(event, text)
            inside = [p for p in gold if start <= int(p["start"]) and int(p["end"]) <= end]
            if not inside:
                continue
            loc = event.location
            near = None
            if loc is not None and loc.lat is not None and loc.lon is not None:
                near = min(distance_km(loc.lat, loc.lon, float(p["lat"]), float(p["lon"])) for p in inside)
            literal = any(p.get("type") not in NON_LITERAL for p in inside)
            t["events"] += 1
            t["placed"] += loc is not None
            t["correct"] += near is not None and near <= RADIUS_KM
            if literal:
                t["literal_events"] += 1
                t["literal_placed"] += loc is not None
                t["literal_correct"] += near is not None and near <= RADIUS_KM
            rows.append({
                "id": doc.id, "half": half(doc.id), "sentence": event.sentence, "event": event.event,
                "trigger": event.trigger.text, "location": loc.to_dict() if loc else None,
                "gold": [p["text"] for p in inside], "km": None if near is None else round(near, 1),
            })
    tallies["all"] = {k: tallies["A"][k] + tallies["B"][k] for k in tallies["A"]}
    return {"halves": {name: _measures(t) for name, t in tallies.items()}, "events": rows}


def _measures(t: dict[str, int]) -> dict[str, Any]:
    def ratio(a: int, b: int) -> float | None:
        return round(a / b, 3) if b else None

    return {
        **t,
        "acc161": ratio(t["correct"], t["placed"]),
        "placed_share": ratio(t["placed"], t["events"]),
        "acc161_all_events": ratio(t["correct"], t["events"]),
        "literal_acc161": ratio(t["literal_correct"], t["literal_placed"]),
        "literal_placed_share": ratio(t["literal_placed"], t["literal_events"]),
    }
