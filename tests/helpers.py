"""Small readers of coded events that several test files share."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from click.testing import CliRunner, Result

from eventdesk.cli import cli
from eventdesk.models import Event


def coded(events: Iterable[Event], role: str = "source") -> list[tuple[str, str | None]]:
    """(text, code) of every actor in a role ("source" or "target") of the events."""
    return [(a.text, a.code) for e in events for a in getattr(e, role)]


def by_trigger(events: Iterable[Event], word: str) -> list[Event]:
    """The events whose trigger is this word, as written."""
    return [e for e in events if e.trigger.text == word]


def asserted(events: Iterable[Event]) -> list[tuple[str, list[str | None], list[str | None]]]:
    """(CAMEO code, source codes, target codes) of every asserted event."""
    return [(e.cameo, [a.code for a in e.source], [a.code for a in e.target]) for e in events
            if e.status == "asserted"]


def write_jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    """The records as a JSON Lines file at ``path`` (a gold file, an input)."""
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def run_cli(*args: str, input: bytes | None = None) -> Result:
    """The ``eventdesk`` command run in-process, its exceptions raised."""
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)
