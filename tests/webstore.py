"""A small event store written through ``Store`` with events we make up (no model needed).

Fourteen weeks of reports: Russia attacks Ukraine once a week for twelve weeks and six times in the last
week (an alert), the United States gives Ukraine aid every week, and one report is about a protest in
Paris. Offsets point into each document's text, as the coder's do.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from eventdesk.models import Actor, Citation, Document, Event, Location, Trigger
from eventdesk.pipeline import content_hash
from eventdesk.store import Coded, Store

FIRST_WEEK = dt.date(2024, 1, 1)  # a Monday
LAST_WEEK = FIRST_WEEK + dt.timedelta(weeks=13)
KYIV = Location("Kyiv", "UKR", 50.45, 30.52, 703448)
PARIS = Location("Paris", "FRA", 48.85, 2.35, 2988507)
ACTORS = {
    "Russian forces": ("Russian forces", "RUSMIL", "RUS", "MIL"),
    "Ukraine": ("Ukraine", "UKR", "UKR", None),
    "Ukrainian troops": ("Ukrainian troops", "UKRMIL", "UKR", "MIL"),
    "Washington": ("United States", "USAGOV", "USA", "GOV"),
    "Protesters": ("Protesters", "FRACVL", "FRA", "CVL"),
    "the French government": ("French government", "FRAGOV", "FRA", "GOV"),
}
# (source, verb, target, PLOVER, CAMEO, Goldstein, quad class, status, place)
KINDS = {
    "shell": ("Russian forces", "shelled", "Ukrainian troops", "ASSAULT", "195", -10.0, 4, "asserted", KYIV),
    "aid": ("Washington", "sent military aid to", "Ukraine", "AID", "071", 7.4, 2, "asserted", KYIV),
    "accuse": ("Ukraine", "accused", "Russian forces", "ACCUSE", "112", -2.0, 3, "asserted", None),
    "threat": ("Russian forces", "may attack", "Ukraine", "ASSAULT", "190", -10.0, 4, "hypothetical", None),
    "protest": ("Protesters", "demonstrated against", "the French government", "PROTEST", "141", -6.5, 3,
                "asserted", PARIS),
}


def _actor(text: str, start: int) -> Actor:
    name, code, country, sector = ACTORS[text]
    return Actor(text, start, start + len(text), name=name, code=code, country=country, sector=sector)


def document(doc_id: str, day: dt.date, kinds: list[str]) -> tuple[Document, list[Event]]:
    """A document with one sentence per kind, and its events with true offsets."""
    text, events = "", []
    for n, kind in enumerate(kinds):
        src, verb, tgt, plover, cameo, gold, quad, status, place = KINDS[kind]
        sentence = f"{src} {verb} {tgt} on {day:%B} {day.day}. "
        start = len(text)
        text += sentence
        trigger = start + len(src) + 1
        events.append(Event(
            id=f"{doc_id}-{n}", doc_id=doc_id, sentence=n, text=sentence.strip(), event=plover, cameo=cameo,
            cameo_root=cameo[:2], goldstein=gold, quad_class=quad, status=status,  # type: ignore[arg-type]
            source=[_actor(src, start)], target=[_actor(tgt, trigger + len(verb) + 1)],
            trigger=Trigger(verb.split()[0] if status == "asserted" else verb, trigger,
                            trigger + len(verb.split()[0] if status == "asserted" else verb)),
            rule=f"{plover.lower()}/test", confidence=0.9, date=day, date_precision="day", date_basis="text",
            location=place, cited=[Citation("Interfax", day)] if kind == "shell" else [],
        ))
    return Document(id=doc_id, text=text.strip(), published=day, title=f"Report {doc_id}", publisher="Wire"), events


def build(path: Path, undated: int = 0) -> Path:
    """Write the store (with ``undated`` more reports whose events have no date); returns its path."""
    items = []
    for week in range(14):
        monday = FIRST_WEEK + dt.timedelta(weeks=week)
        kinds = ["shell", "aid", "accuse"] if week < 13 else ["shell", "shell", "shell", "aid", "threat"]
        items.append(document(f"w{week:02d}-a", monday + dt.timedelta(days=1), kinds))
        if week == 13:
            items.append(document("w13-b", monday + dt.timedelta(days=2), ["shell", "shell", "shell"]))
            items.append(document("paris", monday + dt.timedelta(days=3), ["protest"]))
    for n in range(undated):
        doc, events = document(f"undated-{n}", FIRST_WEEK, ["accuse"])
        for e in events:
            e.date = None
        items.append((doc, events))
    with Store(path) as store:
        store.write([Coded(doc, content_hash(doc.text), events) for doc, events in items])
    return path
