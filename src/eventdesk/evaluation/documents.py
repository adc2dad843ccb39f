"""Scoring a document-label gold file: code each article, read its labels off the events, compare."""

from __future__ import annotations

import datetime as dt
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
from eventdesk.models import Document
from eventdesk.pipeline import Coder


def score_documents(
    coder: Coder, records: list[dict[str, Any]], rules: dict[str, list[LabelRule]] | None = None,
) -> dict[str, Any]:
    """Code every article of a document-label gold file and score the labels it gives."""
    rules = rules if rules is not None else load_label_rules()
    labels = [label for label in scored_labels(records) if label in rules]
    docs = [
        Document(id=str(r["id"]), text=r["text"], title=r.get("title"),
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
            "error": str(result.error) if result.error else None,
        })
    return {"records": len(records), "labels": labels, "scores": score_labels(records, predictions, labels),
            "details": details}
