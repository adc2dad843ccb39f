"""Gold files: sentence records (PLOVER gold standard, penta-class news), document labels, or one document's
expected events (seed)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Literal

from eventdesk.datafiles import LINE, json_lines
from eventdesk.errors import InputError
from eventdesk.evaluation.labels import is_document_gold, load_label_rules
from eventdesk.ontology import PLOVER_TYPES

GoldKind = Literal["sentences", "seed", "documents"]


class GoldError(InputError):
    """A gold file that cannot be scored."""


def load_gold(path: Path) -> tuple[GoldKind, list[dict[str, Any]]]:
    """The records of a gold file and which kind of file it is."""
    records: list[dict[str, Any]] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise GoldError(f"cannot read gold file: {e}", str(path)) from None
    for record in json_lines(lines, str(path)):
        if isinstance(record, InputError):
            raise GoldError(record.reason, record.source, record.line)
        records.append(record)  # with its line number under LINE
    if not records:
        raise GoldError("no records", str(path))
    if all(is_document_gold(r) for r in records):
        known = set(load_label_rules())
        for record in records:
            problem = _check_document(record, known)
            if problem:
                raise GoldError(f"not a document-label gold record: {problem}", str(path), int(record[LINE]))
        return "documents", records
    first = records[0]
    kind: GoldKind
    if "gold" in first or "text" in first:
        kind = "sentences"
    elif "sentence" in first:
        kind = "seed"
    else:
        raise GoldError(
            f"unknown gold format (fields: {', '.join(sorted(k for k in first if k != LINE))}): expected sentence "
            "records {id, text, gold: {event, penta, source, target}} or seed records {id, sentence, plover, ...}",
            str(path), int(first[LINE]),
        )
    check = _check_sentence if kind == "sentences" else _check_seed
    for record in records:
        problem = check(record)
        if problem:
            raise GoldError(f"not a {_KIND_NAMES[kind]}: {problem}", str(path), int(record[LINE]))
    return kind, records


_KIND_NAMES = {"sentences": "sentence gold record", "seed": "seed gold record"}


def _is_date(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        dt.date.fromisoformat(value[:10])
    except ValueError:
        return False
    return True


def _actors(value: object, field: str) -> str | None:
    if not isinstance(value, list) or not all(isinstance(a, dict) for a in value):
        return f"'{field}' must be a list of actors ({{country, sector?, text?}})"
    if any(a.get("country") is not None and not isinstance(a.get("country"), str) for a in value):
        return f"'{field}' actors need a string 'country'"
    return None


def _check_sentence(record: dict[str, Any]) -> str | None:
    """What is wrong with a sentence record, naming the field, or None."""
    if not isinstance(record.get("text"), str) or not record["text"].strip():
        return "'text' must be the sentence (a non-empty string)"
    gold = record.get("gold")
    if not isinstance(gold, dict):
        return "'gold' must be an object {event, penta, source, target}"
    if gold.get("event") is not None and not isinstance(gold["event"], str):
        return "'gold.event' must be a PLOVER event type (a string) or null"
    if gold.get("event") is not None and gold["event"] not in PLOVER_TYPES:
        return f"'gold.event' {gold['event']!r} is no PLOVER event type ({', '.join(PLOVER_TYPES)})"
    penta = gold.get("penta")
    if penta is not None and (isinstance(penta, bool) or penta not in range(5)):
        return f"'gold.penta' must be a class 0-4 or null, not {penta!r}"
    for field in ("source", "target"):
        if gold.get(field) is not None and (problem := _actors(gold[field], f"gold.{field}")):
            return problem
    if record.get("published") is not None and not _is_date(record["published"]):
        return f"'published' must be a date YYYY-MM-DD or null, not {record['published']!r}"
    return None


def _check_document(record: dict[str, Any], known: set[str]) -> str | None:
    """What is wrong with a labelled article, naming the field, or None."""
    if not isinstance(record.get("id"), str | int):
        return "'id' must be a string"
    if not isinstance(record.get("text"), str) or not record["text"].strip():
        return "'text' must be the article (a non-empty string)"
    gold = record["gold"]
    labels = gold.get("doc_labels", [])
    if not isinstance(labels, list) or not all(isinstance(v, str) for v in labels):
        return "'gold.doc_labels' must be a list of label names"
    unknown = sorted(set(labels) - known)
    if unknown:  # it would be scored as no label at all
        return (f"'gold.doc_labels': unknown label(s) {', '.join(unknown)} "
                f"(doc_labels.yaml defines {', '.join(sorted(known))})")
    if "protest" in gold and not isinstance(gold["protest"], bool):
        return "'gold.protest' must be true or false"
    if record.get("published") is not None and not _is_date(record["published"]):
        return f"'published' must be a date YYYY-MM-DD or null, not {record['published']!r}"
    return None


def _check_seed(record: dict[str, Any]) -> str | None:
    """What is wrong with a seed record, naming the field, or None."""
    if not isinstance(record.get("id"), str):
        return "'id' must be a string"
    if not isinstance(record.get("sentence"), str) or not record["sentence"].strip():
        return "'sentence' must be a phrase of the article (a non-empty string)"
    for field in ("plover", "cameo_root", "cited"):
        value = record.get(field, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return f"'{field}' must be a list of strings"
    unknown = sorted(set(record.get("plover", [])) - set(PLOVER_TYPES))
    if unknown:
        return f"'plover': {', '.join(unknown)} is no PLOVER event type ({', '.join(PLOVER_TYPES)})"
    if not (record.get("plover") or record.get("cameo_root") or record.get("alternatives")
            or record.get("must_not_assert")):
        return "a record needs 'plover', 'cameo_root' or 'alternatives' (what to find), or 'must_not_assert': true"
    for field in ("source", "target"):
        if field in record and not isinstance(record[field], dict):
            return f"'{field}' must be an actor object {{country, sector?, name?}}"
    for field in ("target_any", "alternatives"):
        value = record.get(field, [])
        if not (isinstance(value, list) and all(isinstance(v, dict) for v in value)):
            return f"'{field}' must be a list of objects"
    if any("target" not in alt for alt in record.get("alternatives", [])):
        return "every one of 'alternatives' needs a 'target'"
    dates = record.get("date_range")
    if dates is not None and not (isinstance(dates, list) and len(dates) == 2 and all(map(_is_date, dates))):
        return "'date_range' must be two dates [YYYY-MM-DD, YYYY-MM-DD]"
    for field in ("required", "must_not_assert"):
        if field in record and not isinstance(record[field], bool):
            return f"'{field}' must be true or false"
    return None
