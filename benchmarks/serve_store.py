"""A large synthetic event store for the ``eventdesk serve`` benchmark, written straight into the store's tables.

No text is coded: rows are made in SQL from ``range()`` with deterministic pseudo-random choices (DuckDB's
``hash``), through the schema that ``Store`` creates (its migrations), so the API reads exactly the tables
and the ``record`` JSON a real ingest writes. One million events take ~20 s on two cores.

    python benchmarks/serve_store.py /tmp/bench.duckdb --events 1000000
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from eventdesk.store import Store

# ISO codes, names and capital coordinates of the countries the events are between (facts, not data we copy)
COUNTRIES = [
    ("USA", "United States", 38.9, -77.0), ("RUS", "Russia", 55.8, 37.6), ("CHN", "China", 39.9, 116.4),
    ("UKR", "Ukraine", 50.5, 30.5), ("SYR", "Syria", 33.5, 36.3), ("IRN", "Iran", 35.7, 51.4),
    ("ISR", "Israel", 31.8, 35.2), ("TUR", "Turkey", 39.9, 32.9), ("FRA", "France", 48.9, 2.4),
    ("GBR", "United Kingdom", 51.5, -0.1), ("DEU", "Germany", 52.5, 13.4), ("IND", "India", 28.6, 77.2),
    ("PAK", "Pakistan", 33.7, 73.1), ("AFG", "Afghanistan", 34.5, 69.2), ("IRQ", "Iraq", 33.3, 44.4),
    ("EGY", "Egypt", 30.0, 31.2), ("SAU", "Saudi Arabia", 24.7, 46.7), ("JPN", "Japan", 35.7, 139.7),
    ("KOR", "South Korea", 37.6, 127.0), ("PRK", "North Korea", 39.0, 125.8), ("BRA", "Brazil", -15.8, -47.9),
    ("MEX", "Mexico", 19.4, -99.1), ("NGA", "Nigeria", 9.1, 7.5), ("ETH", "Ethiopia", 9.0, 38.7),
    ("SDN", "Sudan", 15.6, 32.5), ("SOM", "Somalia", 2.0, 45.3), ("LBY", "Libya", 32.9, 13.2),
    ("YEM", "Yemen", 15.4, 44.2), ("LBN", "Lebanon", 33.9, 35.5), ("POL", "Poland", 52.2, 21.0),
    ("GEO", "Georgia", 41.7, 44.8), ("ARM", "Armenia", 40.2, 44.5), ("AZE", "Azerbaijan", 40.4, 49.9),
    ("VEN", "Venezuela", 10.5, -66.9), ("COL", "Colombia", 4.7, -74.1), ("MLI", "Mali", 12.6, -8.0),
    ("COD", "DR Congo", -4.3, 15.3), ("MMR", "Myanmar", 19.8, 96.1), ("PHL", "Philippines", 14.6, 121.0),
    ("TWN", "Taiwan", 25.0, 121.5),
]
SECTORS = ["GOV", "MIL", "GOV", "REB", "OPP", "CVL", "COP", "BUS", "MED", "GOV"]
# CAMEO code, PLOVER type, Goldstein, quad class, verb of the made-up sentence
CODES = [
    ("010", "CONSULT", 0.0, 1, "made a statement about"), ("036", "AGREE", 4.0, 1, "agreed to meet"),
    ("040", "CONSULT", 1.0, 1, "consulted"), ("042", "CONSULT", 1.9, 1, "visited"),
    ("043", "CONSULT", 2.8, 1, "hosted"), ("051", "SUPPORT", 3.4, 1, "praised"),
    ("057", "AGREE", 8.0, 1, "signed an agreement with"), ("061", "COOPERATE", 6.4, 2, "cooperated with"),
    ("071", "AID", 7.4, 2, "sent aid to"), ("081", "CONCEDE", 5.0, 2, "eased restrictions on"),
    ("112", "ACCUSE", -2.0, 3, "accused"), ("120", "REJECT", -4.0, 3, "rejected"),
    ("130", "THREATEN", -4.4, 3, "threatened"), ("141", "PROTEST", -6.5, 3, "protested against"),
    ("163", "SANCTION", -8.0, 3, "imposed an embargo on"), ("173", "COERCE", -5.0, 4, "arrested"),
    ("190", "ASSAULT", -10.0, 4, "attacked"), ("193", "ASSAULT", -10.0, 4, "clashed with"),
    ("195", "ASSAULT", -10.0, 4, "bombed"), ("180", "ASSAULT", -9.0, 4, "ambushed"),
]
STATUSES = ["asserted"] * 16 + ["negated", "negated", "hypothetical", "future"]


def _values(rows: list[tuple[object, ...]]) -> str:
    def lit(v: object) -> str:
        return f"'{v}'" if isinstance(v, str) else str(v)
    return ", ".join("(" + ", ".join(lit(v) for v in r) + ")" for r in rows)


def build(path: Path, events: int = 1_000_000, per_document: int = 5, days: int = 3653) -> dict[str, float]:
    """Fill a new store at ``path``; returns the counts and seconds."""
    started = time.perf_counter()
    path.unlink(missing_ok=True)
    with Store(path):
        pass  # the schema, by the migrations
    import duckdb

    con = duckdb.connect(str(path))
    for name, columns, rows in [
        ("countries", "i, code, name, lat, lon", [(i, *c) for i, c in enumerate(COUNTRIES)]),
        ("sectors", "i, sector", list(enumerate(SECTORS))),
        ("codes", "i, cameo, plover, goldstein, quad, verb", [(i, *c) for i, c in enumerate(CODES)]),
        ("statuses", "i, status", list(enumerate(STATUSES))),
    ]:
        con.execute(f"CREATE TEMP TABLE {name} AS SELECT * FROM (VALUES {_values(rows)}) t({columns})")
    n_docs = (events + per_document - 1) // per_document
    nc, ns, nk, nt = len(COUNTRIES), len(SECTORS), len(CODES), len(STATUSES)
    # u(i, k): a uniform number in [0, 1) from the event number and a salt; skewed choices square it
    con.execute(f"""
        CREATE TEMP TABLE draws AS
        SELECT i, i // {per_document} AS doc,
               DATE '2015-01-01' + CAST((i // {per_document}) * {days} // {n_docs} AS INTEGER) AS day,
               CAST(floor({nc} * pow((hash(i, 1) % 1000003) / 1000003.0, 2)) AS INTEGER) AS sc,
               CAST(floor({nc} * pow((hash(i, 2) % 1000003) / 1000003.0, 2)) AS INTEGER) AS tc0,
               CAST(hash(i, 3) % {ns} AS INTEGER) AS ss, CAST(hash(i, 4) % {ns} AS INTEGER) AS ts,
               CAST(hash(i, 5) % {nk} AS INTEGER) AS k, CAST(hash(i, 6) % {nt} AS INTEGER) AS st,
               hash(i, 7) % 10 < 3 AS placed, hash(i, 8) % 20 = 0 AS no_target
        FROM range({events}) t(i)""")
    con.execute(f"""
        CREATE TEMP TABLE ev AS
        SELECT d.i, d.doc, d.day, s.code AS sc, s.name AS sname, ss.sector AS ssec,
               CASE WHEN d.no_target THEN NULL ELSE t.code END AS tc, t.name AS tname, ts.sector AS tsec,
               k.cameo, k.plover, k.goldstein, k.quad, k.verb, st.status,
               CASE WHEN d.placed THEN t.name END AS place, CASE WHEN d.placed THEN t.code END AS place_country,
               CASE WHEN d.placed THEN t.lat + (CAST(hash(d.i, 9) % 100 AS INTEGER) - 50) / 100.0 END AS lat,
               CASE WHEN d.placed THEN t.lon + (CAST(hash(d.i, 10) % 100 AS INTEGER) - 50) / 100.0 END AS lon
        FROM draws d
        JOIN countries s ON s.i = d.sc
        JOIN countries t ON t.i = CASE WHEN d.tc0 = d.sc THEN (d.tc0 + 1) % {nc} ELSE d.tc0 END
        JOIN sectors ss ON ss.i = d.ss JOIN sectors ts ON ts.i = d.ts
        JOIN codes k ON k.i = d.k JOIN statuses st ON st.i = d.st""")
    con.execute("BEGIN TRANSACTION")
    con.execute("""
        INSERT INTO documents (doc_hash, id, source, title, url, publisher, published, n_chars, n_events, status)
        SELECT 'h' || doc, 'doc-' || doc, 'synthetic', 'Synthetic report ' || doc, NULL,
               'Wire ' || (doc % 7), min(day), 400, count(*), 'coded'
        FROM ev GROUP BY doc""")
    con.execute("""
        INSERT INTO events
        SELECT 'e' || i, 'h' || doc, 'doc-' || doc, i % 5, sentence, plover, NULL, [], cameo, cameo[1:2], goldstein,
               quad, status, sc || ssec, sc, sname, CASE WHEN tc IS NOT NULL THEN tc || tsec END, tc,
               CASE WHEN tc IS NOT NULL THEN tname END, day, 'day', 'published', place, place_country, lat, lon, NULL,
               NULL, NULL, verb, tstart, tstart + length(verb), lower(plover) || '/synthetic', 0.8,
               strftime(day, '%Y-%m-%d') || '|' || sc || ssec || '|' || cameo || '|' || coalesce(tc || tsec, '') || '|'
               || status,
               json_object(
                 'id', 'e' || i, 'doc_id', 'doc-' || doc, 'sentence', i % 5, 'text', sentence, 'event', plover,
                 'mode', NULL, 'context', json('[]'), 'cameo', cameo, 'cameo_root', cameo[1:2],
                 'goldstein', goldstein, 'quad_class', quad, 'status', status,
                 'source', json_array(json_object('text', sname, 'name', sname, 'code', sc || ssec, 'country', sc,
                                                  'sector', ssec, 'igo', NULL, 'start', 0, 'end', length(sname))),
                 'target', CASE WHEN tc IS NULL THEN json('[]') ELSE json_array(json_object(
                     'text', tname, 'name', tname, 'code', tc || tsec, 'country', tc, 'sector', tsec, 'igo', NULL,
                     'start', tstart + length(verb) + 1, 'end', tstart + length(verb) + 1 + length(tname))) END,
                 'date', strftime(day, '%Y-%m-%d'), 'date_precision', 'day', 'date_basis', 'published',
                 'location', CASE WHEN place IS NULL THEN NULL ELSE json_object('name', place, 'country',
                     place_country, 'lat', lat, 'lon', lon, 'geonameid', NULL) END,
                 'speaker', NULL, 'cited', json('[]'),
                 'trigger', json_object('text', verb, 'start', tstart, 'end', tstart + length(verb)),
                 'rule', lower(plover) || '/synthetic', 'confidence', 0.8, 'main', true),
               true  -- one event per sentence: each is its sentence's main event
        FROM (SELECT *, length(sname) + 1 AS tstart,
                     sname || ' ' || verb || CASE WHEN tc IS NULL THEN '' ELSE ' ' || tname END || '.' AS sentence
              FROM ev)""")
    con.execute("""
        INSERT INTO actors
        SELECT 'e' || i, 'source', 0, sname, sname, sc || ssec, sc, ssec, NULL, 0, length(sname) FROM ev
        UNION ALL
        SELECT 'e' || i, 'target', 0, tname, tname, tc || tsec, tc, tsec, NULL, length(sname) + length(verb) + 2,
               length(sname) + length(verb) + 2 + length(tname) FROM ev WHERE tc IS NOT NULL""")
    con.execute("COMMIT")
    con.execute("CHECKPOINT")
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "events", "actors")}  # type: ignore[index]
    con.close()
    return {**counts, "seconds": round(time.perf_counter() - started, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("db", type=Path)
    parser.add_argument("--events", type=int, default=1_000_000)
    args = parser.parse_args()
    print(build(args.db, args.events))


if __name__ == "__main__":
    main()
