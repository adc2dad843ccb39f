"""Scoring a document-label gold file: code each article, read its labels off the events, compare."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from eventdesk.evaluation.labels import (
    LabelRule,
    fits,
    gold_labels,
    half,
    load_label_rules,
    predicted_labels,
    score_labels,
    scored_labels,
)
from eventdesk.ingest.repair import repair
from eventdesk.models import Actor, Document, Event
from eventdesk.pipeline import Coder


def score_documents(
    coder: Coder, records: list[dict[str, Any]], rules: dict[str, list[LabelRule]] | None = None,
) -> dict[str, Any]:
    """Code every article of a document-label gold file and score the labels it gives."""
    rules = rules if rules is not None else load_label_rules()
    labels = [label for label in scored_labels(records) if label in rules]
    docs = [
        Document(id=str(r["id"]), text=repair(r["text"], str(r["id"])), title=r.get("title"),
                 published=dt.date.fromisoformat(r["published"][:10]) if r.get("published") else None)
        for r in records
    ]
    predictions: list[set[str]] = []
    details = []
    for record, result in zip(records, coder.code_documents(docs), strict=True):
        predicted = predicted_labels(result.events, rules) & set(labels)
        predictions.append(predicted)
        gold = gold_labels(record) & set(labels)
        details.append({
            "id": record["id"], "half": half(str(record["id"])), "gold": sorted(gold), "predicted": sorted(predicted),
            "evidence": [f"{e.rule} {e.cameo} {e.status}: {e.text[:160]}" for e in result.events
                         if any(fits(rules[label], e) for label in predicted | gold)],
            "evidence_by_label": {label: [_describe(e) for e in result.events if _near(rules[label], e)]
                                  for label in sorted(predicted | gold)},
            "error": str(result.error) if result.error else None,
        })
    return {"records": len(records), "labels": labels, "scores": score_labels(records, predictions, labels),
            "details": details}


_ANY_STATUS = frozenset({"asserted", "negated", "hypothetical", "future"})


def _near(rules: list[LabelRule], event: Event) -> bool:
    """Whether an event fits a label, or would with any status and, when the label names kinds of acts, with
    any actors: a negated arrest, or an arrest with no police doer, explains a missed ARREST as well as an
    asserted police arrest explains a found one."""
    for rule in rules:
        kind = bool(rule.cameo or rule.rules or rule.events)
        loose = replace(rule, status=_ANY_STATUS, source_sectors=frozenset() if kind else rule.source_sectors,
                        target_sectors=frozenset() if kind else rule.target_sectors)
        if loose.fits(event):
            return True
    return False


def _describe(event: Event) -> str:
    def actors(group: list[Actor]) -> str:
        return ", ".join(f"{a.text}[{a.code or '-'}]" for a in group) or "-"
    return (f"{event.rule} {event.cameo} {event.status} {actors(event.source)} -> {actors(event.target)}: "
            f"{event.text[:200]}")


def label_errors(report: dict[str, Any]) -> list[dict[str, Any]]:
    """The mis-scored articles of a document report, one row per (article, label): a false positive with the
    events that gave the label, a false negative with the events of the label's kind that did not count
    (another status or actor), so that a user can see which events decided each error."""
    rows = []
    for detail in report["details"]:
        gold, predicted = set(detail["gold"]), set(detail["predicted"])
        for label in sorted(gold ^ predicted):
            rows.append({"id": detail["id"], "half": detail["half"], "label": label,
                         "error": "false positive" if label in predicted else "false negative",
                         "events": detail["evidence_by_label"].get(label, [])})
    return rows
