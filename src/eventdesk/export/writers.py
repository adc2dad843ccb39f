"""Export writers. Each reads the store with DuckDB and writes a file that loads back unchanged.

- ``plover``: JSON Lines of PLOVER-style records (event type, mode, context, actors, date, sentence).
- ``gdelt``: tab-separated, one row per deduplicated event with GDELT 2.0 event column names
  (NumMentions, NumSources, NumArticles count the reports of the same event).
- ``csv``: the events table.
- ``parquet``: the events table (``--partition`` writes one folder per publication month).
"""

from __future__ import annotations

from pathlib import Path

import duckdb

EXPORT_FORMATS = ("plover", "gdelt", "csv", "parquet")

_PLOVER = """
    SELECT e.id AS event_id, e.date AS event_date, e.event AS event_type, e.mode AS event_mode,
           e.context AS event_context, e.cameo AS cameo_code, e.status AS event_status,
           e.source_code AS source_actor, e.source_country, e.source_name,
           e.target_code AS target_actor, e.target_country, e.target_name,
           e.location_name, e.location_country, e.lat, e.lon, e.geonameid,
           e.doc_id AS story_id, d.published AS story_date, d.url AS story_url, d.publisher AS story_publisher,
           e.sentence AS sentence_number, e.text AS sentence_text, e.trigger_text, e.rule, e.confidence,
           e.main AS main_event
    FROM events e JOIN documents d USING (doc_hash)
    WHERE e.event IS NOT NULL
    ORDER BY e.date NULLS LAST, e.id"""

_GDELT = """
    WITH g AS (
        SELECT e.event_key, min(e.id) AS first_id, count(*) AS NumMentions,
               count(DISTINCT e.doc_hash) AS NumArticles,
               count(DISTINCT coalesce(d.publisher, d.source, e.doc_hash)) AS NumSources
        FROM events e JOIN documents d USING (doc_hash)
        GROUP BY e.event_key
    )
    SELECT row_number() OVER (ORDER BY e.date NULLS LAST, e.id) AS GLOBALEVENTID,
           strftime(e.date, '%Y%m%d') AS SQLDATE,
           e.source_code AS Actor1Code, e.source_name AS Actor1Name, e.source_country AS Actor1CountryCode,
           e.target_code AS Actor2Code, e.target_name AS Actor2Name, e.target_country AS Actor2CountryCode,
           CASE WHEN e.sentence = 0 THEN 1 ELSE 0 END AS IsRootEvent,
           e.cameo AS EventCode, substr(e.cameo, 1, 3) AS EventBaseCode, e.cameo_root AS EventRootCode,
           e.quad_class AS QuadClass, e.goldstein AS GoldsteinScale,
           g.NumMentions, g.NumSources, g.NumArticles,
           e.location_name AS ActionGeo_FullName, e.location_country AS ActionGeo_CountryCode,
           e.lat AS ActionGeo_Lat, e.lon AS ActionGeo_Long, e.geonameid AS ActionGeo_FeatureID,
           strftime(d.ingested_at, '%Y%m%d%H%M%S') AS DATEADDED, d.url AS SOURCEURL,
           e.status AS Status, e.event AS PloverType, e.id AS EventdeskId
    FROM g JOIN events e ON e.id = g.first_id JOIN documents d USING (doc_hash)
    ORDER BY GLOBALEVENTID"""


def export(con: duckdb.DuckDBPyConnection, fmt: str, path: Path, partition: bool = False) -> int:
    """Write the store in ``fmt`` to ``path``; returns the number of rows written."""
    target = str(path).replace("'", "''")
    if fmt == "plover":
        con.execute(f"COPY ({_PLOVER}) TO '{target}' (FORMAT json)")
        return int(con.execute(f"SELECT count(*) FROM ({_PLOVER})").fetchone()[0])  # type: ignore[index]
    if fmt == "gdelt":
        con.execute(f"COPY ({_GDELT}) TO '{target}' (FORMAT csv, DELIMITER '\t', HEADER true)")
        return int(con.execute(f"SELECT count(*) FROM ({_GDELT})").fetchone()[0])  # type: ignore[index]
    if fmt == "csv":
        con.execute(f"COPY (SELECT * EXCLUDE (record) FROM events ORDER BY id) TO '{target}' (FORMAT csv, HEADER true)")
    elif fmt == "parquet":
        if partition:
            sql = ("SELECT e.*, strftime(coalesce(d.published, e.date), '%Y-%m') AS published_month "
                   "FROM events e JOIN documents d USING (doc_hash)")
            con.execute(f"COPY ({sql}) TO '{target}' (FORMAT parquet, PARTITION_BY (published_month), "
                        "OVERWRITE_OR_IGNORE true)")
        else:
            con.execute(f"COPY (SELECT * FROM events ORDER BY id) TO '{target}' (FORMAT parquet)")
    else:
        raise ValueError(f"unknown export format {fmt!r} (known: {', '.join(EXPORT_FORMATS)})")
    return int(con.execute("SELECT count(*) FROM events").fetchone()[0])  # type: ignore[index]
