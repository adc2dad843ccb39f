"""Document labels: did the article report a police arrest, a killing, a protest?

Analysts often ask of a whole article one question ("did police use force?"), and some gold files
label articles, not sentences. A label is read off the coded events through a small data file
(``evaluation/data/doc_labels.yaml``): an article has the label when one of its events fits. Scores are
given for the whole file and for its two halves (by a hash of the id), so that a rule tuned on one
half can be seen to hold on the other.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventdesk.datafiles import LINE, Problems, read_yaml_as
from eventdesk.models import Event

LABELS_FILE = Path(__file__).parent / "data" / "doc_labels.yaml"
_KEYS = {"source_sectors", "target_sectors", "cameo", "rules", "events", "status", LINE}
_STATUSES = {"asserted", "negated", "hypothetical", "future"}


@dataclass(frozen=True)
class LabelRule:
    """What events give a document one label."""

    label: str
    source_sectors: frozenset[str] = frozenset()
    target_sectors: frozenset[str] = frozenset()
    cameo: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    events: frozenset[str] = frozenset()
    status: frozenset[str] = frozenset({"asserted"})

    def fits(self, event: Event) -> bool:
        if event.status not in self.status:
            return False
        if self.source_sectors and not any(a.sector in self.source_sectors for a in event.source):
            return False
        if self.target_sectors and not any(a.sector in self.target_sectors for a in event.target):
            return False
        if self.events and event.event not in self.events:
            return False
        if self.cameo or self.rules:
            by_code = any(event.cameo.startswith(c) for c in self.cameo)
            by_rule = any(event.rule == r or event.rule.startswith(r.rstrip("/") + "/") for r in self.rules)
            return by_code or by_rule
        return True


def load_label_rules(path: Path = LABELS_FILE) -> dict[str, list[LabelRule]]:
    """The label descriptions of a data file (each label one description or a list of alternatives),
    validated: every problem with its line."""
    problems = Problems()
    data = read_yaml_as(path, dict, "a mapping of label -> description", problems)
    rules: dict[str, list[LabelRule]] = {}
    for label, specs in (data or {}).items():
        if label == LINE:
            continue
        for spec in specs if isinstance(specs, list) else [specs]:
            if not isinstance(spec, dict):
                problems.add(path, 1, f"{label}: expected a mapping of keys or a list of them")
                continue
            rule = _label_rule(str(label), spec, path, problems)
            rules.setdefault(str(label), []).append(rule)
    problems.raise_if_any()
    return rules


def _label_rule(label: str, spec: dict[str, Any], path: Path, problems: Problems) -> LabelRule:
    line = int(spec.get(LINE, 1))
    for key in sorted(set(spec) - _KEYS):
        problems.add(path, line, f"{label}: unknown key {key!r} (known: {', '.join(sorted(_KEYS - {LINE}))})")
    lists: dict[str, tuple[str, ...]] = {}
    for key in ("source_sectors", "target_sectors", "cameo", "rules", "events", "status"):
        value = spec.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            problems.add(path, line, f"{label}.{key}: expected a list of strings")
            value = []
        lists[key] = tuple(value)
    bad = set(lists["status"]) - _STATUSES
    if bad:
        problems.add(path, line, f"{label}.status: unknown {', '.join(sorted(bad))}")
    return LabelRule(
        label=label, source_sectors=frozenset(lists["source_sectors"]),
        target_sectors=frozenset(lists["target_sectors"]), cameo=lists["cameo"], rules=lists["rules"],
        events=frozenset(lists["events"]), status=frozenset(lists["status"]) or frozenset({"asserted"}),
    )


def is_document_gold(record: dict[str, Any]) -> bool:
    """Whether a gold record labels a whole document (``doc_labels`` list or a ``protest`` flag)."""
    gold = record.get("gold")
    return isinstance(gold, dict) and ("doc_labels" in gold or "protest" in gold) and "text" in record


def gold_labels(record: dict[str, Any]) -> set[str]:
    gold = record["gold"]
    labels = {str(label) for label in gold.get("doc_labels", [])}
    if gold.get("protest") is True:
        labels.add("PROTEST")
    return labels


def scored_labels(records: Iterable[dict[str, Any]]) -> list[str]:
    """The labels a file can score: those it gives, plus PROTEST when it says protest or not."""
    labels: set[str] = set()
    for record in records:
        labels |= gold_labels(record)
        if "protest" in record["gold"]:
            labels.add("PROTEST")
    return sorted(labels)


def half(record_id: str) -> str:
    """The team's fixed split: half A is the ids whose SHA-1 is even, half B the rest."""
    return "A" if int(hashlib.sha1(record_id.encode()).hexdigest(), 16) % 2 == 0 else "B"


def fits(rules: list[LabelRule], event: Event) -> bool:
    return any(rule.fits(event) for rule in rules)


def predicted_labels(events: Iterable[Event], rules: dict[str, list[LabelRule]]) -> set[str]:
    events = list(events)
    return {label for label, alternatives in rules.items() if any(fits(alternatives, e) for e in events)}


def _prf(pairs: list[tuple[set[str], set[str]]], label: str) -> dict[str, float | int]:
    tp = sum(1 for g, p in pairs if label in g and label in p)
    fp = sum(1 for g, p in pairs if label not in g and label in p)
    fn = sum(1 for g, p in pairs if label in g and label not in p)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"gold": tp + fn, "predicted": tp + fp, "correct": tp,
            "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def score_labels(
    records: list[dict[str, Any]], predictions: list[set[str]], labels: list[str],
) -> dict[str, dict[str, dict[str, float | int]]]:
    """Precision, recall and F1 of every label, for all records and per half: {part: {label: scores}}."""
    pairs = [(gold_labels(r), p, half(str(r["id"]))) for r, p in zip(records, predictions, strict=True)]
    out: dict[str, dict[str, dict[str, float | int]]] = {}
    for part in ("all", "A", "B"):
        chosen = [(g, p) for g, p, h in pairs if part in ("all", h)]
        out[part] = {label: _prf(chosen, label) for label in labels}
    return out
