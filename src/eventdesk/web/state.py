"""What the app's routes share: the database, the token, the limits, and a coder loaded on first use."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from fastapi import Request

from eventdesk.errors import EventdeskError, InputError
from eventdesk.models import Document, Event
from eventdesk.web.database import Database
from eventdesk.web.errors import ApiError

if TYPE_CHECKING:
    from eventdesk.pipeline import Coder
    from eventdesk.scale.local import Summary

T = TypeVar("T")
MAX_TEXT_BYTES = 200_000  # POST /api/code: a long article is ~50 KB
MAX_INGEST_BYTES = 20_000_000  # POST /api/ingest: a batch of a few thousand articles


@dataclass
class State:
    db: Database
    token: str | None = None
    model: str | None = None
    kb_dirs: tuple[str, ...] = ()
    max_text_bytes: int = MAX_TEXT_BYTES
    max_ingest_bytes: int = MAX_INGEST_BYTES
    coder: Coder | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    # Answers that cover the whole store (the overview), kept until the next ingest: while the app serves,
    # its read-only connection keeps other writers out of the file, so only ingest can change them.
    cache: dict[tuple[Any, ...], Any] = field(default_factory=dict)

    def cached(self, key: tuple[Any, ...], compute: Callable[[], T]) -> T:
        if key not in self.cache:
            self.cache[key] = compute()
        return self.cache[key]  # type: ignore[no-any-return]

    def get_coder(self) -> Coder:
        """The coder (spaCy loads on the first text, not at start: reading needs no model)."""
        if self.coder is None:
            from eventdesk.pipeline import Coder

            try:
                self.coder = Coder(model=self.model, kb_dirs=self.kb_dirs)
            except EventdeskError as e:
                raise ApiError(503, "unavailable", f"the coder cannot start: {e}") from None
        return self.coder

    def code_text(self, text: str, published: dt.date | None) -> list[Event]:
        with self._lock:
            coder = self.get_coder()
            try:
                return coder.code_document(Document(id="text", text=text, published=published))
            except InputError as e:
                raise ApiError(422, "invalid_parameter", str(e)) from None
            except EventdeskError as e:
                raise ApiError(422, "cannot_code", str(e)) from None

    def ingest(self, items: Iterable[Document | InputError]) -> Summary:
        from eventdesk.scale import ingest

        with self._lock:
            coder = self.get_coder()
            try:
                with self.db.write() as store:
                    return ingest(items, store, coder=coder)
            finally:
                self.cache.clear()


def get_state(request: Request) -> State:
    state: State = request.app.state.eventdesk
    return state
