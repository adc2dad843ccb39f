"""acc@161 of event locations on a gold file of articles with place names (``gold.places``).

usage: python benchmarks/places.py FILE [--half A|B] [-o report.json] [--show N]

FILE is JSON Lines of ``{"id", "text", "title"?, "published"?, "gold": {"places": [{"text", "start",
"end", "lat", "lon", "geonameid"?, "type"?}]}}``; only that file is read. Printed per half (A: ids whose
SHA-1 is even; B: the rest) and overall: acc@161 (placed events within 161 km of a gold place of their
sentence), the placed share (events with a location among those whose sentence names a gold place), and
the same two on "literal" places only (leaving out demonyms such as "German immigrants").
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from eventdesk.datafiles import LINE, json_lines
from eventdesk.errors import InputError
from eventdesk.evaluation.places import half, score_places
from eventdesk.pipeline import Coder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("-o", "--output", type=Path, default=None, help="write the full report as JSON")
    parser.add_argument("--half", choices=["A", "B"], default=None, help="code only this half")
    parser.add_argument("--show", type=int, default=0, help="print this many misplaced or unplaced events")
    args = parser.parse_args(argv)
    records = []
    for record in json_lines(args.gold.read_text(encoding="utf-8").splitlines(), str(args.gold)):
        if isinstance(record, InputError):
            print(f"skipped: {record}", file=sys.stderr)
            continue
        record.pop(LINE, None)
        if args.half is None or half(str(record.get("id"))) == args.half:
            records.append(record)
    start = time.perf_counter()
    report = score_places(Coder(), records)
    report["seconds"] = round(time.perf_counter() - start, 1)
    print(f"{'half':5} {'events':>6} {'placed':>7} {'acc@161':>8} {'lit.placed':>10} {'lit.acc@161':>11}")
    for name, m in report["halves"].items():
        if not m["events"]:
            continue
        print(f"{name:5} {m['events']:>6} {m['placed_share']!s:>7} {m['acc161']!s:>8} "
              f"{m['literal_placed_share']!s:>10} {m['literal_acc161']!s:>11}")
    bad = [r for r in report["events"] if r["km"] is None or r["km"] > 161]
    for row in bad[: args.show]:
        where = row["location"]["name"] if row["location"] else "-"
        print(f"  {row['id']} S{row['sentence']} {row['event']} {row['trigger']!r}: {where} "
              f"({row['km']} km) gold={row['gold']}")
    if args.output:
        args.output.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
