"""Small readers of coded events that several test files share."""

from __future__ import annotations

from collections.abc import Iterable

from eventdesk.models import Event


def coded(events: Iterable[Event], role: str = "source") -> list[tuple[str, str | None]]:
    """(text, code) of every actor in a role ("source" or "target") of the events."""
    return [(a.text, a.code) for e in events for a in getattr(e, role)]


def by_trigger(events: Iterable[Event], word: str) -> list[Event]:
    """The events whose trigger is this word, as written."""
    return [e for e in events if e.trigger.text == word]
