"""The event store: a DuckDB file of documents, events, actors, citations and failures.

Each batch of documents is written in one transaction, and a document is known by its content hash:
ingesting a corpus twice adds nothing, and a run killed at any moment (even with kill -9) resumes
with exactly the events an uninterrupted run writes — a batch is either all there or not at all.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from eventdesk.errors import EventdeskError, StoreError
from eventdesk.models import Document, Event
from eventdesk.store.dedup import NearDuplicates, from_bytes
from eventdesk.store.migrations import apply_migrations
from eventdesk.store.rows import ACTOR_COLUMNS, CITATION_COLUMNS, EVENT_COLUMNS, Row, Rows, table_rows

log = logging.getLogger(__name__)
_DOCUMENT_SCHEMA = pa.schema([
    ("doc_hash", pa.string()), ("id", pa.string()), ("source", pa.string()), ("title", pa.string()),
    ("url", pa.string()), ("publisher", pa.string()), ("published", pa.date32()), ("n_chars", pa.int32()),
    ("n_events", pa.int32()), ("status", pa.string()), ("duplicate_of", pa.string()), ("minhash", pa.binary()),
])
EVENT_SCHEMA = _EVENT_SCHEMA = pa.schema([
    ("id", pa.string()), ("doc_hash", pa.string()), ("doc_id", pa.string()), ("sentence", pa.int32()),
    ("text", pa.string()), ("event", pa.string()), ("mode", pa.string()), ("context", pa.list_(pa.string())),
    ("cameo", pa.string()), ("cameo_root", pa.string()), ("goldstein", pa.float64()), ("quad_class", pa.int32()),
    ("status", pa.string()), ("source_code", pa.string()), ("source_country", pa.string()),
    ("source_name", pa.string()), ("target_code", pa.string()), ("target_country", pa.string()),
    ("target_name", pa.string()), ("date", pa.string()), ("date_precision", pa.string()),
    ("date_basis", pa.string()), ("location_name", pa.string()), ("location_country", pa.string()),
    ("lat", pa.float64()), ("lon", pa.float64()), ("geonameid", pa.int64()), ("speaker_name", pa.string()),
    ("speaker_code", pa.string()), ("trigger_text", pa.string()), ("trigger_start", pa.int32()),
    ("trigger_end", pa.int32()), ("rule", pa.string()), ("confidence", pa.float64()), ("event_key", pa.string()),
    ("record", pa.string()), ("main", pa.bool_()),
])

_FAILURE_COLUMNS = ("document", "source", "line", "stage", "code", "error")
_FAILURE_SCHEMA = pa.schema([(name, pa.int32() if name == "line" else pa.string()) for name in _FAILURE_COLUMNS])
_ACTOR_SCHEMA = pa.schema([
    ("event_id", pa.string()), ("role", pa.string()), ("position", pa.int32()), ("text", pa.string()),
    ("name", pa.string()), ("code", pa.string()), ("country", pa.string()), ("sector", pa.string()),
    ("igo", pa.string()), ("start_char", pa.int32()), ("end_char", pa.int32()),
])
_CITATION_SCHEMA = pa.schema([
    ("event_id", pa.string()), ("position", pa.int32()), ("source", pa.string()), ("date", pa.string()),
])


def rows_table(rows: list[Row], schema: pa.Schema) -> pa.Table:
    """An Arrow table of row tuples (values in the order of the schema's columns)."""
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in schema]
    return pa.Table.from_arrays([pa.array(c, type=f.type) for c, f in zip(columns, schema, strict=True)],
                                schema=schema)


@dataclass
class Coded:
    """A document and the events coded from it."""

    document: Document
    doc_hash: str
    events: list[Event] | list[dict[str, Any]]
    minhash: bytes | None = None
    source: str | None = None
    rows: Rows | None = None  # the table rows, when a worker process already built them


@dataclass
class Duplicate:
    """A near-copy of a document already in the store: linked, not coded."""

    document: Document
    doc_hash: str
    duplicate_of: str
    source: str | None = None


@dataclass
class Failure:
    """Why a document (or an input line) could not be coded."""

    source: str
    stage: str
    error: EventdeskError | str
    line: int | None = None
    document: str | None = None

    @property
    def code(self) -> str:
        return self.error.code if isinstance(self.error, EventdeskError) else "E000"


# A store is a local file: DuckDB must never download an extension because of what it is given (a SQLite
# file would otherwise make it fetch the SQLite scanner from the network).
_OFFLINE: dict[str, str | bool | int | float | list[str]] = {
    "autoinstall_known_extensions": False, "autoload_known_extensions": False,
}
_SQLITE = b"SQLite format 3\x00"
MIGRATIONS_TABLE = "_eventdesk_migrations"


def damaged(error: Exception) -> str:
    """A DuckDB error as a person reads it, with what to do about a damaged file."""
    text = " ".join(str(error).split())
    if isinstance(error, duckdb.IOException) or "Could not read" in text:
        return f"{text} (the file is truncated or damaged: restore it from a copy, or ingest into a new --db)"
    return text


def connect(path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A connection to an eventdesk store; StoreError for a folder, a SQLite file or a DuckDB file of other data.

    A DuckDB file that has tables but no record of eventdesk's migrations belongs to someone else:
    it is refused rather than migrated (its ``documents`` or ``events`` tables are not ours).
    """
    where = str(path)
    p = Path(path)
    if p.is_dir():
        raise StoreError(f"{where} is a folder; pass a file for the store, e.g. --db {p / 'eventdesk.duckdb'}")
    if p.is_file():
        try:
            with p.open("rb") as f:
                head = f.read(len(_SQLITE))
        except OSError as e:
            raise StoreError(f"cannot open store {where}: {e.strerror or e}") from None
        if head == _SQLITE:
            raise StoreError(f"{where} is a SQLite database, not an eventdesk store (a DuckDB file); pass another --db")
    try:
        con = duckdb.connect(where, read_only=read_only, config=_OFFLINE)
    except duckdb.Error as e:
        raise StoreError(f"cannot open store {where}: {damaged(e)}") from None
    try:
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    except duckdb.Error as e:
        con.close()
        raise StoreError(f"cannot read store {where}: {damaged(e)}") from None
    if tables and MIGRATIONS_TABLE not in tables:
        con.close()
        shown = ", ".join(sorted(tables)[:8])
        raise StoreError(
            f"{where} is a DuckDB file of other data (tables: {shown}), not an eventdesk store; eventdesk leaves "
            "it unchanged: pass a new file with --db"
        )
    return con


class Store:
    """A DuckDB event store; migrations are applied when it opens.

    >>> with Store("eventdesk.duckdb") as store:
    ...     store.counts()
    """

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = str(path)
        self.con = connect(self.path, read_only)
        if not read_only:
            try:
                applied = apply_migrations(self.con)
                if applied:
                    log.info("store %s: applied %s", self.path, ", ".join(applied))
            except duckdb.Error as e:
                self.con.close()
                raise StoreError(f"cannot update store {self.path}: {damaged(e)}") from None
        self.duplicates = NearDuplicates()
        self._hashes: set[str] | None = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # -- reading --------------------------------------------------------------------------------

    def known_hashes(self) -> set[str]:
        if self._hashes is None:
            self._hashes = {r[0] for r in self.con.execute("SELECT doc_hash FROM documents").fetchall()}
        return self._hashes

    def load_signatures(self) -> None:
        """Rebuild the near-duplicate index from the store (once per run)."""
        rows = self.con.execute("SELECT doc_hash, minhash FROM documents WHERE minhash IS NOT NULL").fetchall()
        for doc_hash, blob in rows:
            self.duplicates.add(doc_hash, from_bytes(bytes(blob)))

    def release_orphan_duplicates(self) -> int:
        """Forget near-copies whose original failed to code, so that the next run codes them."""
        orphans = self.con.execute(
            "SELECT doc_hash FROM documents WHERE status = 'duplicate' "
            "AND duplicate_of NOT IN (SELECT doc_hash FROM documents)"
        ).fetchall()
        if orphans:
            self.con.execute(
                "DELETE FROM documents WHERE status = 'duplicate' "
                "AND duplicate_of NOT IN (SELECT doc_hash FROM documents)"
            )
            if self._hashes is not None:
                self._hashes.difference_update(r[0] for r in orphans)
        return len(orphans)

    def table_counts(self) -> dict[str, int]:
        out = {}
        for table in ("documents", "events", "actors", "citations", "failures"):
            out[table] = int(self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # type: ignore[index]
        return out

    # -- writing --------------------------------------------------------------------------------

    def write(self, batch: list[Coded | Duplicate | Failure]) -> None:
        """Write a batch in one transaction: all of it lands, or none of it."""
        docs: list[dict[str, Any]] = []
        events: list[Row] = []
        actors: list[Row] = []
        citations: list[Row] = []
        failures: list[list[Any]] = []
        texts: list[tuple[str, str]] = []
        for item in batch:
            if isinstance(item, Failure):
                failures.append([item.document or "", item.source, item.line if item.line is not None else 0,
                                 item.stage, item.code, str(item.error)])
                continue
            d = item.document
            common = {
                "doc_hash": item.doc_hash, "id": d.id, "source": item.source, "title": d.title, "url": d.url,
                "publisher": d.publisher, "published": d.published, "n_chars": len(d.text),
            }
            if isinstance(item, Duplicate):
                docs.append({**common, "n_events": 0, "status": "duplicate", "duplicate_of": item.duplicate_of,
                             "minhash": None})
                continue
            if item.rows is None:
                records = [e.to_dict() if isinstance(e, Event) else e for e in item.events]
                item.rows = table_rows(records, item.doc_hash)
            docs.append({**common, "n_events": len(item.rows[0]), "status": "coded", "duplicate_of": None,
                         "minhash": item.minhash})
            # a lone surrogate (legal in JSON) cannot be stored: "?" in its place keeps every offset
            texts.append((item.doc_hash, d.text if d.text.isascii() else d.text.encode("utf-8", "replace").decode()))
            events.extend(item.rows[0])
            actors.extend(item.rows[1])
            citations.extend(item.rows[2])
        con = self.con
        try:
            con.execute("BEGIN TRANSACTION")
            if docs:
                doc_table = pa.Table.from_pylist(docs, schema=_DOCUMENT_SCHEMA)  # noqa: F841  (read by DuckDB)
                con.execute(
                    "INSERT OR IGNORE INTO documents (doc_hash, id, source, title, url, publisher, published, n_chars,"
                    " n_events, status, duplicate_of, minhash) SELECT doc_hash, id, source, title, url, publisher,"
                    " published, n_chars, n_events, status, duplicate_of, minhash FROM doc_table"
                )
                # a document stored now is no longer a failure (an earlier run may have recorded one)
                con.execute("DELETE FROM failures WHERE document IN (SELECT doc_hash FROM doc_table)")
            if texts:
                text_table = pa.table({"doc_hash": [t[0] for t in texts], "text": [t[1] for t in texts]})  # noqa: F841
                con.execute("INSERT OR IGNORE INTO document_texts SELECT doc_hash, text FROM text_table")
            if events:
                event_table = rows_table(events, _EVENT_SCHEMA)  # noqa: F841  (read by DuckDB)
                columns = ", ".join(EVENT_COLUMNS)
                con.execute(f"INSERT OR IGNORE INTO events ({columns}) SELECT {columns} FROM event_table")
            if actors:
                actor_table = rows_table(actors, _ACTOR_SCHEMA)  # noqa: F841
                con.execute(f"INSERT INTO actors SELECT {', '.join(ACTOR_COLUMNS)} FROM actor_table")
            if citations:
                citation_table = rows_table(citations, _CITATION_SCHEMA)  # noqa: F841
                con.execute(f"INSERT INTO citations SELECT {', '.join(CITATION_COLUMNS)} FROM citation_table")
            if failures:  # one row per key, the last one winning (as one INSERT OR REPLACE per row would)
                unique = {(f[1], f[2], f[3], f[0]): f for f in failures}
                failure_table = pa.Table.from_pylist(  # noqa: F841  (read by DuckDB)
                    [dict(zip(_FAILURE_COLUMNS, f, strict=True)) for f in unique.values()], schema=_FAILURE_SCHEMA)
                con.execute(
                    "INSERT OR REPLACE INTO failures (document, source, line, stage, code, error, time)"
                    " SELECT document, source, line, stage, code, error, current_timestamp FROM failure_table"
                )
            con.execute("COMMIT")
        except Exception as e:  # any failure inside the transaction: nothing of the batch lands
            with contextlib.suppress(duckdb.Error):
                con.execute("ROLLBACK")
            raise StoreError(f"cannot write to store {self.path}: {type(e).__name__}: {e}") from None
        if self._hashes is not None:
            self._hashes.update(r["doc_hash"] for r in docs)
