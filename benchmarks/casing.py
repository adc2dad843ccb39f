"""Casing agreement: do a lower-cased article and an upper-cased headline give the events of the cased text?

usage: python benchmarks/casing.py FILE [--half A|B] [--only lower|upper] [-o report.json] [--show N]
                                  [--losses losses.txt]

FILE is JSON Lines of ``{"id", "text", "title"?, "published"?}``; only that file is read. Every article is
coded as written and lower-cased; for the headline check, its title (else its first line) is put above the
text once as written and once in capitals. An event is compared as (PLOVER type, source countries, target
countries, status), as multisets per article. Printed per half (A: ids whose SHA-1 is even; B: the rest):
the share of the cased run's events that the other run finds too, and how many events the other run has
in all and beyond the cased ones (events it invents). Goal (issue 12): ≥ 0.90 lower-cased, ~0.99 headlines.
``--losses`` lists every cased event the other run misses with its sentence as written, as the parser saw it
in the other casing (re-cased), and the other run's events in that sentence: what to group into classes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from eventdesk.datafiles import LINE, json_lines
from eventdesk.errors import InputError
from eventdesk.evaluation.labels import half
from eventdesk.models import Document, Event
from eventdesk.nlp.linebreaks import unwrap
from eventdesk.pipeline import Coder

Key = tuple[str, tuple[str, ...], tuple[str, ...], str]
# Each check: (name, the text as written, the same text in another casing).
CHECKS: dict[str, tuple[Callable[[dict[str, Any]], str], Callable[[dict[str, Any]], str]]] = {
    "lower": (lambda r: str(r["text"]), lambda r: str(r["text"]).lower()),
    "upper": (lambda r: _headed(r, upper=False), lambda r: _headed(r, upper=True)),
}


def _headed(record: dict[str, Any], upper: bool) -> str:
    """The article under its headline (the title, else the text's first line), the headline in capitals or not."""
    text = str(record["text"])
    title = str(record.get("title") or "").strip()
    if title:
        return (title.upper() if upper else title) + "\n\n" + text
    head, sep, rest = text.partition("\n")
    return (head.upper() if upper else head) + sep + rest


def _published(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def key(event: Event) -> Key:
    countries = lambda actors: tuple(sorted({str(a.country) for a in actors}))  # noqa: E731
    return (event.event, countries(event.source), countries(event.target), event.status)


def agreement(cased: Iterable[Key], other: Iterable[Key]) -> tuple[int, int, int]:
    """(cased events found again, cased events, events of the other run), counted as multisets."""
    a, b = Counter(cased), Counter(other)
    return sum((a & b).values()), sum(a.values()), sum(b.values())


def code_all(
    coder: Coder, records: list[dict[str, Any]], text: Callable[[dict[str, Any]], str],
) -> dict[str, list[Event]]:
    docs = [Document(id=str(r["id"]), text=text(r), published=_published(r.get("published"))) for r in records]
    out: dict[str, list[Event]] = {}
    for result in coder.code_documents(docs):
        if result.error is not None:
            print(f"failed: {result.error}", file=sys.stderr)
        out[result.document.id] = result.events
    return out


def _read(path: Path) -> list[dict[str, Any]]:
    records = []
    for record in json_lines(path.read_text(encoding="utf-8").splitlines(), str(path)):
        if isinstance(record, InputError):
            print(f"skipped: {record}", file=sys.stderr)
            continue
        record.pop(LINE, None)
        records.append(record)
    return records


def _loss(coder: Coder, event: Event, other_text: str, others: list[Event]) -> str:
    """A lost event: its key and trigger, its sentence as written and as the other run parsed it, and the other
    run's events in that sentence (same length: the re-caser changes only the case of letters)."""
    start, end = event.sentence_start, event.sentence_start + len(event.text)
    seen = coder.truecase(unwrap(other_text))[start:end]
    near = [e for e in others if e.sentence_start < end and start < e.sentence_start + len(e.text)]
    lines = [f"{event.doc_id} {key(event)} {event.trigger.text!r} rule={event.rule}",
             f"  cased: {event.text.strip()}", f"  other: {seen.strip()}"]
    lines += [f"  other event: {key(e)} {e.trigger.text!r} src={[a.text for a in e.source]} "
              f"tgt={[a.text for a in e.target]}" for e in near]
    return "\n".join(lines)


def _row(event: Event) -> dict[str, Any]:
    return {"key": list(key(event)), "trigger": event.trigger.text, "text": event.text,
            "source": [a.text for a in event.source], "target": [a.text for a in event.target]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", type=Path)
    parser.add_argument("--half", choices=("A", "B"), help="only this half")
    parser.add_argument("--only", choices=tuple(CHECKS), help="only this check")
    parser.add_argument("-o", "--output", type=Path, help="write every run's events as JSON")
    parser.add_argument("--show", type=int, default=0, help="print this many cased events the other run misses")
    parser.add_argument("--losses", type=Path, help="write every lost event with its sentence in both casings")
    args = parser.parse_args(argv)
    records = [r for r in _read(args.articles) if args.half in (None, half(str(r["id"])))]
    coder = Coder()
    start = time.perf_counter()
    report: dict[str, Any] = {"halves": {}, "runs": {}}
    losses: list[str] = []
    print(f"{'check':6} {'half':4} {'found':>11} {'share':>6} {'events':>7} {'extra':>6}")
    for name, (as_written, recased) in CHECKS.items():
        if args.only not in (None, name):
            continue
        base, other = code_all(coder, records, as_written), code_all(coder, records, recased)
        report["runs"][name] = {d: {"cased": [_row(e) for e in base[d]], "other": [_row(e) for e in other[d]]}
                                for d in base}
        shown = 0
        for h in ("A", "B"):
            found = total = events = 0
            for r in records:
                d = str(r["id"])
                if half(d) != h:
                    continue
                f, t, n = agreement(map(key, base[d]), map(key, other.get(d, [])))
                found, total, events = found + f, total + t, events + n
                missing = Counter(map(key, base[d])) - Counter(map(key, other.get(d, [])))
                for e in base[d]:
                    if missing[key(e)] <= 0:
                        continue
                    missing[key(e)] -= 1
                    if args.losses:
                        losses.append(f"[{name} {h}] " + _loss(coder, e, recased(r), other.get(d, [])))
                    if shown < args.show:
                        shown += 1
                        print(f"  {d} {key(e)} {e.trigger.text!r}: {e.text[:150]!r}")
            if total:
                share = round(found / total, 3)
                report["halves"][f"{name} {h}"] = {"found": found, "cased": total, "share": share,
                                                   "events": events, "extra": events - found}
                print(f"{name:6} {h:4} {f'{found}/{total}':>11} {share:>6} {events:>7} {events - found:>6}")
    report["seconds"] = round(time.perf_counter() - start, 1)
    if args.losses:
        args.losses.write_text("\n\n".join(losses) + "\n", encoding="utf-8")
    if args.output:
        args.output.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
