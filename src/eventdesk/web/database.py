"""The store as the web app sees it: a read-only connection shared by readers, and one writer at a time.

DuckDB lets a file be open read-only or read-write, not both at once, so the ingest path waits for the
readers to finish, closes the read-only connection, writes through ``Store`` and reopens it. Every read
gets its own cursor of the shared connection (a cursor is safe to use from its own thread).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from eventdesk.errors import StoreError
from eventdesk.store import Store


def connect_read_only(path: str) -> duckdb.DuckDBPyConnection:
    if not Path(path).exists():
        raise StoreError(f"no event store at {path}; create one with: eventdesk ingest SOURCES --db {path}")
    try:
        return duckdb.connect(path, read_only=True)
    except duckdb.Error as e:
        raise StoreError(f"cannot open store {path} read-only: {e}") from None


class Database:
    """Readers share a read-only connection; a writer has the file to itself while it writes."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._con = connect_read_only(path)
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False

    @contextmanager
    def read(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with self._cond:
            self._cond.wait_for(lambda: not self._writing)
            self._readers += 1
            cur = self._con.cursor()
        try:
            yield cur
        finally:
            cur.close()
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def write(self) -> Iterator[Store]:
        with self._cond:
            self._cond.wait_for(lambda: not self._writing and self._readers == 0)
            self._writing = True
        try:
            self._con.close()
            try:
                with Store(self.path) as store:
                    yield store
            finally:
                self._con = connect_read_only(self.path)
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()

    def close(self) -> None:
        self._con.close()
