"""Document checks: expected events of one article (found or not), their fields, and forbidden assertions."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from eventdesk.models import STATUSES, Actor, Event


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u2019", "'")).strip().lower()


def _actor_matches(gold: dict[str, Any], actor: Actor) -> bool:
    country = "IGO" if actor.igo else actor.country
    if gold.get("country") and gold["country"] != country:
        return False
    if gold.get("sector") and gold["sector"] != actor.sector:
        return False
    if gold.get("name") and gold["country"] != "IGO":
        name = _norm(actor.name or actor.text)
        if _norm(gold["name"]) != name and _norm(gold["name"]).split()[-1] != name.split()[-1]:
            return False
    return True


def _codings(record: dict[str, Any]) -> list[tuple[list[dict[str, Any]] | None, set[str], set[str]]]:
    """(acceptable targets or None for unchecked, PLOVER types, CAMEO roots) alternatives of a record."""
    plover, roots = set(record.get("plover", [])), set(record.get("cameo_root", []))
    out: list[tuple[list[dict[str, Any]] | None, set[str], set[str]]] = []
    if "target" in record:
        out.append(([record["target"]], plover, roots))
    elif "target_any" in record:
        out.append((record["target_any"], plover, roots))
    elif "alternatives" not in record:
        out.append((None, plover, roots))
    for alt in record.get("alternatives", []):
        out.append(([alt["target"]], set(alt.get("plover", [])), set(alt.get("cameo_root", []))))
    return out


def matches(record: dict[str, Any], event: Event) -> bool:
    if _norm(record["sentence"]) not in _norm(event.text):
        return False
    status = record.get("status")
    if status in STATUSES and event.status != status:
        return False
    if record.get("source") and not any(_actor_matches(record["source"], a) for a in event.source):
        return False
    for targets, plover, roots in _codings(record):
        if not (event.event in plover or event.cameo_root in roots):
            continue
        if targets is None or any(_actor_matches(t, a) for t in targets for a in event.target):
            return True
    return False


def _field_checks(record: dict[str, Any], event: Event) -> dict[str, bool]:
    checks: dict[str, bool] = {}
    if record.get("date_range"):
        lo, hi = (dt.date.fromisoformat(d) for d in record["date_range"])
        checks["date"] = event.date is not None and lo <= event.date <= hi
    if record.get("cited"):
        cited = {c.source for c in event.cited}
        checks["cited"] = all(c in cited for c in record["cited"])
    if record.get("location_country"):
        checks["location"] = event.location is not None and event.location.country == record["location_country"]
    return checks


def score_seed(records: list[dict[str, Any]], events: list[Event]) -> dict[str, Any]:
    """Which expected events were found (with their field checks) and which forbidden ones were asserted."""
    rows = []
    required = found_required = optional = found_optional = 0
    field_total = field_ok = 0
    violations: list[dict[str, str]] = []
    for record in records:
        if record.get("must_not_assert"):
            bad = [e for e in events if _norm(record["sentence"]) in _norm(e.text) and e.status == "asserted"]
            violations.extend({"id": record["id"], "event": repr(e)} for e in bad)
            rows.append({"id": record["id"], "must_not_assert": True, "ok": not bad})
            continue
        hits = [e for e in events if matches(record, e)]
        is_required = record.get("required", True)
        required += is_required
        optional += not is_required
        row: dict[str, Any] = {"id": record["id"], "required": is_required, "found": bool(hits)}
        if hits:
            found_required += is_required
            found_optional += not is_required
            best = max(hits, key=lambda e: sum(_field_checks(record, e).values()))
            checks = _field_checks(record, best)
            row["checks"] = checks
            row["event"] = repr(best)
            row["date"] = best.date.isoformat() if best.date else None
            field_total += len(checks)
            field_ok += sum(checks.values())
        rows.append(row)
    return {
        "required_found": found_required, "required": required, "optional_found": found_optional,
        "optional": optional, "must_not_violations": len(violations), "violations": violations,
        "field_checks_ok": field_ok, "field_checks": field_total, "details": rows,
    }
