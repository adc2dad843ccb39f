"""Scoring one-sentence gold records: PLOVER type, actors, and CAMEO penta class.

A sentence's predicted event is its main event: the one whose trigger is highest in the parse (the
main clause), then the most confident. A sentence with no event counts as a miss, never as a pass.
A mutual act coded both ways ("X and Y met": X->Y and Y->X) is read as the gold data codes it,
X and Y as sources with no target, so the convention of the output costs no score.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from eventdesk.models import Actor, Document, Event
from eventdesk.pipeline import Coder
from eventdesk.postprocess import main_order


def penta_class(cameo_root: str) -> int:
    """The Phoenix/ConfliBERT penta class: 0 statements/appeals (01-02), 1 verbal cooperation (03-05),
    2 material cooperation (06-08), 3 verbal conflict (09-13 and 16, "reduce relations"), 4 material
    conflict (14, 15, 17-20). Unlike GDELT's quad class, Phoenix counts sanctions and expulsions (16)
    as verbal conflict; the news gold data is labelled that way."""
    root = int(cameo_root)
    if root <= 2:
        return 0
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13 or root == 16:
        return 3
    return 4


def main_event(events: list[Event], typed: bool = False) -> Event | None:
    pool = [e for e in events if e.event] if typed else list(events)
    if not pool:
        return None
    return min(pool, key=main_order)


def as_gold_codes_it(group: list[Event]) -> tuple[list[Actor], list[Actor]]:
    """Sources and targets of one act's events; a mutual pair (each target also a source) is joint sources."""
    sources = [a for e in group for a in e.source]
    targets = [a for e in group for a in e.target]
    acting = {(a.code, a.name or a.text) for a in sources}
    if len(group) > 1 and all(len(e.source) == 1 and len(e.target) == 1 for e in group) \
            and all((a.code, a.name or a.text) in acting for a in targets):
        return sources, []
    return sources, targets


def actor_country(actor: Actor) -> str | None:
    return "IGO" if actor.igo else actor.country


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_sentences(coder: Coder, records: list[dict[str, Any]]) -> dict[str, Any]:
    """Every measure the sentence gold supports, with per-record predictions for inspection."""
    docs = [
        Document(id=str(r.get("id", i)), text=r["text"],
                 published=dt.date.fromisoformat(r["published"][:10]) if r.get("published") else None)
        for i, r in enumerate(records)
    ]
    typed_gold = [r for r in records if r["gold"].get("event")]
    penta_gold = [r for r in records if r["gold"].get("penta") is not None]
    predicted_types = correct_types = 0
    triples = source_ok = target_ok = target_total = 0
    confusion: Counter[tuple[int, int]] = Counter()
    details = []
    for record, result in zip(records, coder.code_documents(docs), strict=True):
        gold = record["gold"]
        events = result.events
        typed = main_event(events, typed=True)
        main = main_event(events)
        row: dict[str, Any] = {"id": record.get("id"), "gold_event": gold.get("event"), "gold_penta": gold.get("penta")}
        if gold.get("event"):
            row["pred_event"] = typed.event if typed else None
            if typed is not None:
                predicted_types += 1
                if typed.event == gold["event"]:
                    correct_types += 1
                    src_gold = {a["country"] for a in gold.get("source", [])}
                    tgt_gold = {a["country"] for a in gold.get("target", [])}
                    # one event per target: the sentence's main event is all of them (same trigger and type)
                    siblings = [e for e in events if e.trigger.start == typed.trigger.start and e.event == typed.event]
                    sources, targets = as_gold_codes_it(siblings)
                    src_pred = {actor_country(a) for a in sources}
                    tgt_pred = {actor_country(a) for a in targets}
                    s_ok = not src_gold or bool(src_gold & src_pred)
                    t_ok = not tgt_gold or bool(tgt_gold & (tgt_pred | src_pred))
                    source_ok += s_ok
                    if tgt_gold:
                        target_total += 1
                        target_ok += bool(tgt_gold & (tgt_pred | src_pred))
                    triples += s_ok and t_ok
                group = [e for e in events if e.trigger.start == typed.trigger.start and e.event == typed.event]
                sources, targets = as_gold_codes_it(group)
                row["pred_source"] = sorted({str(actor_country(a)) for a in sources})
                row["pred_target"] = sorted({str(actor_country(a)) for a in targets})
        if gold.get("penta") is not None:
            pred = penta_class(main.cameo_root) if main else -1
            confusion[(int(gold["penta"]), pred)] += 1
            row["pred_penta"] = pred
            row["pred_cameo"] = main.cameo if main else None
        row["error"] = str(result.error) if result.error else None
        details.append(row)
    out: dict[str, Any] = {"records": len(records)}
    if typed_gold:
        precision = correct_types / predicted_types if predicted_types else 0.0
        recall = correct_types / len(typed_gold)
        out["plover"] = {
            "gold": len(typed_gold), "predicted": predicted_types, "correct": correct_types,
            "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(_f1(precision, recall), 4),
            "triple_recall": round(triples / len(typed_gold), 4),
            "source_country_accuracy": round(source_ok / correct_types, 4) if correct_types else 0.0,
            "target_country_accuracy": round(target_ok / target_total, 4) if target_total else 0.0,
        }
    if penta_gold:
        out["penta"] = _penta_scores(confusion, len(penta_gold))
    out["details"] = details
    return out


def _penta_scores(confusion: Counter[tuple[int, int]], total: int) -> dict[str, Any]:
    correct = sum(n for (g, p), n in confusion.items() if g == p)
    per_class = {}
    f1s = []
    for c in range(5):
        tp = confusion[(c, c)]
        fp = sum(n for (g, p), n in confusion.items() if p == c and g != c)
        fn = sum(n for (g, p), n in confusion.items() if g == c and p != c)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = _f1(precision, recall)
        f1s.append(f1)
        per_class[str(c)] = {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}
    no_event = sum(n for (_, p), n in confusion.items() if p == -1)
    return {
        "accuracy": round(correct / total, 4), "macro_f1": round(sum(f1s) / 5, 4), "no_event": no_event,
        "per_class": per_class,
    }

