"""Named schema migrations, each applied once in a transaction and recorded in ``_eventdesk_migrations``.

A store opened by a newer eventdesk gains the newer tables; one opened by an older eventdesk keeps
working on the tables it knows. Never edit a migration that has shipped: add the next one.
"""

from __future__ import annotations

from collections.abc import Callable

import duckdb

Migration = Callable[[duckdb.DuckDBPyConnection], None]
MIGRATIONS: list[tuple[str, Migration]] = []


def migration(fn: Migration) -> Migration:
    MIGRATIONS.append((fn.__name__, fn))
    return fn


@migration
def m001_initial(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("""
        CREATE TABLE documents (
            doc_hash VARCHAR PRIMARY KEY,   -- content hash: the identity of a document
            id VARCHAR, source VARCHAR, title VARCHAR, url VARCHAR, publisher VARCHAR, published DATE,
            n_chars INTEGER, n_events INTEGER,
            status VARCHAR,                 -- coded | duplicate
            duplicate_of VARCHAR,           -- the document this one is a near-copy of
            minhash BLOB,
            ingested_at TIMESTAMP DEFAULT current_timestamp
        )""")
    con.execute("""
        CREATE TABLE events (
            id VARCHAR PRIMARY KEY, doc_hash VARCHAR, doc_id VARCHAR, sentence INTEGER, text VARCHAR,
            event VARCHAR, mode VARCHAR, context VARCHAR[], cameo VARCHAR, cameo_root VARCHAR,
            goldstein DOUBLE, quad_class INTEGER, status VARCHAR,
            source_code VARCHAR, source_country VARCHAR, source_name VARCHAR,
            target_code VARCHAR, target_country VARCHAR, target_name VARCHAR,
            date DATE, date_precision VARCHAR, date_basis VARCHAR,
            location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE, geonameid BIGINT,
            speaker_name VARCHAR, speaker_code VARCHAR,
            trigger_text VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
            rule VARCHAR, confidence DOUBLE,
            event_key VARCHAR,              -- same event in other documents: same key
            record JSON                     -- the full output-contract record
        )""")
    con.execute("""
        CREATE TABLE actors (
            event_id VARCHAR, role VARCHAR, position INTEGER, text VARCHAR, name VARCHAR, code VARCHAR,
            country VARCHAR, sector VARCHAR, igo VARCHAR, start_char INTEGER, end_char INTEGER
        )""")
    con.execute("CREATE TABLE citations (event_id VARCHAR, position INTEGER, source VARCHAR, date DATE)")
    con.execute("""
        CREATE TABLE failures (
            document VARCHAR, source VARCHAR, line INTEGER, stage VARCHAR, code VARCHAR, error VARCHAR,
            time TIMESTAMP DEFAULT current_timestamp,
            PRIMARY KEY (source, line, stage)
        )""")
    con.execute("""
        CREATE VIEW event_groups AS
        SELECT e.event_key, min(e.date) AS date, any_value(e.source_code) AS source_code,
               any_value(e.event) AS event, any_value(e.cameo) AS cameo, any_value(e.target_code) AS target_code,
               any_value(e.goldstein) AS goldstein, any_value(e.quad_class) AS quad_class,
               count(*) AS num_mentions, count(DISTINCT e.doc_hash) AS num_articles,
               count(DISTINCT coalesce(d.publisher, d.source, e.doc_hash)) AS num_sources
        FROM events e JOIN documents d USING (doc_hash)
        WHERE e.status = 'asserted'
        GROUP BY e.event_key""")


@migration
def m002_failures_keyed_by_document(con: duckdb.DuckDBPyConnection) -> None:
    """Two different documents with the same id (or source) each keep their failure."""
    con.execute("""
        CREATE TABLE failures_new (
            document VARCHAR NOT NULL DEFAULT '', source VARCHAR, line INTEGER, stage VARCHAR, code VARCHAR,
            error VARCHAR, time TIMESTAMP DEFAULT current_timestamp,
            PRIMARY KEY (source, line, stage, document)
        )""")
    con.execute("""INSERT INTO failures_new SELECT coalesce(document, ''), source, line, stage, code, error, time
                   FROM failures""")
    con.execute("DROP TABLE failures")
    con.execute("ALTER TABLE failures_new RENAME TO failures")


@migration
def m003_events_main(con: duckdb.DuckDBPyConnection) -> None:
    """Each sentence marks its main event; events stored before keep ``main = false``."""
    con.execute("ALTER TABLE events ADD COLUMN main BOOLEAN DEFAULT false")


@migration
def m004_document_texts(con: duckdb.DuckDBPyConnection) -> None:
    """The text of each coded document, so that its events' offsets can be shown in it (the web app)."""
    con.execute("CREATE TABLE document_texts (doc_hash VARCHAR PRIMARY KEY, text VARCHAR)")


def apply_migrations(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply what is missing; returns the names applied now."""
    con.execute("CREATE TABLE IF NOT EXISTS _eventdesk_migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP)")
    done = {row[0] for row in con.execute("SELECT name FROM _eventdesk_migrations").fetchall()}
    applied = []
    for name, fn in MIGRATIONS:
        if name in done:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            fn(con)
            con.execute("INSERT INTO _eventdesk_migrations VALUES (?, current_timestamp)", [name])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        applied.append(name)
    return applied
