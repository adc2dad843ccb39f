"""Where police, protest and violence events of regional articles are placed, without gold places.

usage: python benchmarks/regional_places.py FILE COUNTRY [--half A|B] [--limit N] [-o events.json]

FILE is JSON Lines of whole articles (``{"id", "text", "published"?}``), COUNTRY the ISO alpha-3 code of
the country they report on (IND for Indian papers, ZAF for South-African wire stories). For the events of
CAMEO 14x (protest), 17x (coerce, 173 arrest among them), 18x (assault) and 19x (fight) it prints per half
(A: ids whose SHA-1 is even; B: the rest): the share with a location, the share placed in COUNTRY, and the
share placed below the country (a town, district or state). Whether a location is the place where the
event happened is for a reader to judge: ``-o`` writes every such event with its sentence and location.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path
from typing import Any

from eventdesk.datafiles import LINE, json_lines
from eventdesk.enrich.gazetteer import default_gazetteer
from eventdesk.errors import InputError
from eventdesk.evaluation.places import half
from eventdesk.models import Document, Event
from eventdesk.pipeline import Coder

ROOTS = ("14", "17", "18", "19")


def wanted(event: Event) -> bool:
    """A protest, coercion (arrest: 173), assault or fight."""
    return event.cameo.startswith(ROOTS)


def level(event: Event) -> str:
    """"none", "country" or "below" (a town, a district or a state) for the event's location."""
    loc = event.location
    if loc is None:
        return "none"
    kinds = {p.kind for p in default_gazetteer().lookup(loc.name)
             if (p.geonameid or None) == loc.geonameid and (p.lat, p.lon) == (loc.lat, loc.lon)}
    return "below" if kinds & {"city", "admin1", "admin2"} else "country"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("country", help="ISO alpha-3 code of the country the articles report on")
    parser.add_argument("--half", choices=["A", "B"], default=None, help="code only this half")
    parser.add_argument("--limit", type=int, default=0, help="code only the first N articles (of the half)")
    parser.add_argument("-o", "--output", type=Path, default=None, help="write the events as JSON")
    args = parser.parse_args(argv)
    records: list[dict[str, Any]] = []
    for record in json_lines(args.file.read_text(encoding="utf-8").splitlines(), str(args.file)):
        if isinstance(record, InputError):
            print(f"skipped: {record}", file=sys.stderr)
            continue
        record.pop(LINE, None)
        if args.half is None or half(str(record["id"])) == args.half:
            records.append(record)
    if args.limit:
        records = records[: args.limit]
    coder = Coder()
    tallies: dict[str, dict[str, int]] = {}
    rows: list[dict[str, Any]] = []
    start = time.perf_counter()
    for record in records:
        published = str(record.get("published") or "")[:10]
        try:
            day = dt.date.fromisoformat(published) if published else None
        except ValueError:
            day = None
        doc = Document(id=str(record["id"]), text=str(record["text"]), title=record.get("title"), published=day)
        t = tallies.setdefault(half(doc.id), {"events": 0, "placed": 0, "country": 0, "below": 0})
        for event in coder.code_document(doc):
            if not wanted(event):
                continue
            where = level(event)
            t["events"] += 1
            t["placed"] += where != "none"
            t["country"] += event.location is not None and event.location.country == args.country
            t["below"] += where == "below"
            rows.append({"id": doc.id, "half": half(doc.id), "cameo": event.cameo, "trigger": event.trigger.text,
                         "sentence": event.text, "location": event.location.to_dict() if event.location else None,
                         "level": where})
    print(f"{len(records)} articles, {time.perf_counter() - start:.0f} s")
    print(f"{'half':5} {'events':>6} {'placed':>7} {args.country:>7} {'below':>7}")
    for name, t in sorted(tallies.items()):
        n = max(t["events"], 1)
        print(f"{name:5} {t['events']:>6} {t['placed'] / n:>7.3f} {t['country'] / n:>7.3f} {t['below'] / n:>7.3f}")
    if args.output:
        args.output.write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
