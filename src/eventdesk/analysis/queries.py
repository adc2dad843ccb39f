"""Queries over the store: a dyad over time, the most active actors, events naming someone.

Only asserted events count unless asked otherwise: a planned or conditional event is not a fact.
``statements=False`` leaves out bare public statements (CAMEO root 01: "said", "commented"), which are
events but crowd out the acts in a view of who does what to whom.
Every function returns (columns, rows) so that the CLI, the API and the dashboard share them.
"""

from __future__ import annotations

from typing import Any

import duckdb

Rows = tuple[list[str], list[tuple[Any, ...]]]
PERIODS = ("day", "week", "month", "quarter", "year")
STATEMENT_ROOT = "01"  # CAMEO "Make public statement" (010-019)


def _statements(statements: bool) -> str:
    return "" if statements else f"AND e.cameo_root <> '{STATEMENT_ROOT}'"


def _rows(cur: duckdb.DuckDBPyConnection) -> Rows:
    columns = [d[0] for d in cur.description or []]
    return columns, cur.fetchall()


def dyad_series(
    con: duckdb.DuckDBPyConnection, source: str, target: str, period: str = "month", both: bool = False,
    statuses: tuple[str, ...] = ("asserted",), statements: bool = True,
) -> Rows:
    """Events from ``source`` to ``target`` (country or actor codes) per period: counts per quad class
    and mean Goldstein. ``both`` adds the other direction; ``statements=False`` leaves out bare statements."""
    if period not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}")
    direction = "(s.country = $a OR s.code = $a) AND (t.country = $b OR t.code = $b)"
    if both:
        direction = f"({direction}) OR ((s.country = $b OR s.code = $b) AND (t.country = $a OR t.code = $a))"
    sql = f"""
        WITH dyad AS (
            SELECT DISTINCT e.id, e.date, e.quad_class, e.goldstein
            FROM events e
            JOIN actors s ON s.event_id = e.id AND s.role = 'source'
            JOIN actors t ON t.event_id = e.id AND t.role = 'target'
            WHERE e.date IS NOT NULL AND e.status IN (SELECT unnest($statuses)) AND ({direction})
                {_statements(statements)}
        )
        SELECT strftime(date_trunc('{period}', date), '%Y-%m-%d') AS period,
               count(*) AS events,
               count(*) FILTER (WHERE quad_class = 1) AS verbal_coop,
               count(*) FILTER (WHERE quad_class = 2) AS material_coop,
               count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
               count(*) FILTER (WHERE quad_class = 4) AS material_conflict,
               round(avg(goldstein), 2) AS mean_goldstein
        FROM dyad GROUP BY 1 ORDER BY 1"""
    return _rows(con.execute(sql, {"a": source, "b": target, "statuses": list(statuses)}))


def top_actors(
    con: duckdb.DuckDBPyConnection, limit: int = 20, role: str | None = None, statements: bool = True,
) -> Rows:
    """The actors in most asserted events, by code (uncoded ones by their text); ``statements=False``
    counts acts only, not bare statements."""
    role_filter = "AND a.role = $role" if role else "AND a.role IN ('source', 'target')"
    sql = f"""
        SELECT coalesce(a.code, '?') AS code, coalesce(any_value(a.name), any_value(a.text)) AS example,
               count(DISTINCT a.event_id) AS events,
               count(DISTINCT a.event_id) FILTER (WHERE a.role = 'source') AS as_source,
               count(DISTINCT a.event_id) FILTER (WHERE a.role = 'target') AS as_target
        FROM actors a JOIN events e ON e.id = a.event_id
        WHERE e.status = 'asserted' {role_filter} {_statements(statements)}
        GROUP BY coalesce(a.code, '?'), CASE WHEN a.code IS NULL THEN a.text END
        ORDER BY events DESC, code LIMIT $limit"""
    params: dict[str, Any] = {"limit": limit}
    if role:
        params["role"] = role
    return _rows(con.execute(sql, params))


def mentions(con: duckdb.DuckDBPyConnection, name: str, limit: int = 100) -> Rows:
    """Events with an actor whose name or text contains ``name`` (case-insensitive)."""
    sql = """
        SELECT e.date, e.source_name, e.event, e.cameo, e.target_name, e.status, e.doc_id, e.sentence, e.id
        FROM events e
        WHERE e.id IN (SELECT event_id FROM actors WHERE name ILIKE $p OR text ILIKE $p)
        ORDER BY e.date NULLS LAST, e.doc_id, e.sentence LIMIT $limit"""
    return _rows(con.execute(sql, {"p": f"%{name}%", "limit": limit}))


def failures(con: duckdb.DuckDBPyConnection, limit: int = 100) -> Rows:
    """What could not be coded, and why."""
    sql = "SELECT time, source, line, stage, code, error FROM failures ORDER BY time DESC LIMIT $limit"
    return _rows(con.execute(sql, {"limit": limit}))
