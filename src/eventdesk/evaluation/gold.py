"""Gold files: sentence records (PLOVER gold standard, penta-class news) or document expectations (seed)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from eventdesk.datafiles import json_lines
from eventdesk.errors import InputError

GoldKind = Literal["sentences", "seed"]


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
    if all("gold" in r and "text" in r for r in records):
        return "sentences", records
    if all("sentence" in r for r in records):
        return "seed", records
    raise GoldError(
        "unknown gold format: expected sentence records {id, text, gold} or seed records {id, sentence, ...}",
        str(path),
    )
