"""Reading data files (CSV, YAML, JSON Lines) with the line of every record.

Every table of facts (countries, offices, patterns, ontologies) is data a user may replace, so each
loader validates what it reads and reports *all* problems with file and line at once.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import yaml

from eventdesk.errors import InputError, KnowledgeBaseError, Problem, relative

LINE = "__line__"
_Shape = TypeVar("_Shape", dict[Any, Any], list[Any])
_Default = TypeVar("_Default", bool, None)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class Problems:
    """Collects the problems of one or more files, then raises them together."""

    def __init__(self) -> None:
        self.items: list[Problem] = []

    def add(self, path: Path | str, line: int, message: str) -> None:
        self.items.append(Problem(relative(path), line, message))

    def raise_if_any(self) -> None:
        if self.items:
            raise KnowledgeBaseError(self.items)


def read_csv(path: Path, required: list[str], problems: Problems) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a CSV file with their line numbers; missing columns are reported once."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        problems.add(path, 1, f"cannot read file: {e}")
        return
    lines = text.splitlines()
    reader = csv.DictReader(lines)
    missing = [c for c in required if c not in (reader.fieldnames or [])]
    if missing:
        problems.add(path, 1, f"missing column(s) {', '.join(missing)} (expected header: {','.join(required)})")
        return
    for row in reader:
        line = reader.line_num
        if None in row:
            problems.add(path, line, f"too many fields ({len(required)} columns expected)")
            continue
        yield line, {k: (v or "").strip() for k, v in row.items() if k is not None}


def split_list(value: str) -> list[str]:
    """A ``|``-separated list field."""
    return [v.strip() for v in value.split("|") if v.strip()]


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]  # libyaml: ~10x faster
    """A safe YAML loader that records the line of every mapping under ``__line__``."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping: dict[str, Any] = {str(k): v for k, v in loader.construct_mapping(node, deep=True).items()}
    mapping[LINE] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
# Dates stay strings so that the loader validates them itself and can say which one is wrong; and
# only true/false are booleans: YAML 1.1 would read the preposition "on" (or "off", "no") as one.
_LineLoader.yaml_implicit_resolvers = {
    k: [(tag, regexp) for tag, regexp in v if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_LineLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def read_yaml(path: Path, problems: Problems) -> Any:
    """A YAML document whose mappings carry their ``__line__``; None (with a problem) if unreadable."""
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)
    except (OSError, UnicodeDecodeError) as e:
        problems.add(path, 1, f"cannot read file: {e}")
    except yaml.MarkedYAMLError as e:
        line = e.problem_mark.line + 1 if e.problem_mark else 1
        problems.add(path, line, f"invalid YAML: {e.problem}")
    return None


def read_yaml_as(path: Path, kind: type[_Shape], what: str, problems: Problems) -> _Shape | None:
    """A YAML document that must be a mapping or a list (``kind``); None when it cannot be read, or is another thing
    ("expected ``what``" at line 1)."""
    data = read_yaml(path, problems)
    if data is not None and not isinstance(data, kind):
        problems.add(path, 1, f"expected {what}")
        return None
    return data


def true_or_false(entry: dict[str, Any], key: str, default: _Default, where: str, path: Path, line: int,
                  problems: Problems) -> bool | _Default:
    """A record's true/false field, ``default`` when absent; anything else is a problem at the record's ``line``
    (``where`` names the record: "GOV: ") and reads as ``default``."""
    value = entry.get(key, default)
    if value is default or isinstance(value, bool):
        return value
    problems.add(path, line, f"{where}{key}: expected true or false, found {value!r}")
    return default


def text_records(
    entries: Any, fields: tuple[str, ...], path: Path, problems: Problems, what: str
) -> list[tuple[str, ...]]:
    """The entries of a YAML list of records whose ``fields`` are all non-empty strings ("- {text: Calcutta,
    country: IN, now: Kolkata}"), in order; an entry that is not one is a problem at its line."""
    out: list[tuple[str, ...]] = []
    for entry in entries or []:
        values = [entry.get(k) if isinstance(entry, dict) else None for k in fields]
        if not all(isinstance(v, str) and v for v in values):
            line = entry.get(LINE, 1) if isinstance(entry, dict) else 1
            problems.add(path, int(line), f"{what}: expected {{{', '.join(fields)}}}")
            continue
        out.append(tuple(str(v) for v in values))
    return out


def parse_date(value: Any, field: str, path: Path, line: int, problems: Problems) -> dt.date | None:
    """A YYYY-MM-DD date field; None when empty, a reported problem when malformed."""
    if value is None or value == "":
        return None
    text = str(value)
    if _DATE.match(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    problems.add(path, line, f"{field}: invalid date {text!r} (expected YYYY-MM-DD)")
    return None


def data_path(package_dir: str, name: str) -> Path:
    """Where a bundled data file lives."""
    return Path(__file__).parent / package_dir / name


def json_lines(lines: Iterable[str], source: str, what: str = "a JSON object") -> Iterator[dict[str, Any] | InputError]:
    """The objects of a JSON Lines stream, each with its line number under ``LINE``; a bad line is an error in
    its place (the caller decides whether it ends the reading)."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line.rstrip("\r\n"))  # an error at the line's end is in its column, not the next line's
        except json.JSONDecodeError as e:
            yield InputError(f"malformed JSON ({e.msg} at column {e.colno})", source, number)
            continue
        if not isinstance(record, dict):
            yield InputError(f"expected {what}", source, number)
            continue
        record[LINE] = number
        yield record
