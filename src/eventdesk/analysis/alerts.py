"""Shifts: dyads and actors whose material conflict in a week departs from their own recent past.

For each dyad (source -> target) and each actor (either side), the week's count of asserted material-conflict
events (quad class 4) is compared with the previous ``baseline`` weeks (weeks without events count as 0):
z = (count - mean) / max(sd, 1). The floor of 1 keeps a quiet pair's first three clashes from being an
infinite shift while still flagging them. An alert lists the events behind it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import duckdb

from eventdesk.analysis.events import record
from eventdesk.analysis.network import LEVELS, Level


def latest_week(con: duckdb.DuckDBPyConnection) -> dt.date | None:
    """The Monday of the week of the latest dated event (the default 'this week' of a historical store)."""
    row = con.execute(
        "SELECT CAST(date_trunc('week', max(date)) AS DATE) FROM events WHERE status = 'asserted'"
    ).fetchone()
    return row[0] if row and row[0] else None


def alerts(
    con: duckdb.DuckDBPyConnection, week: dt.date | None = None, level: Level = "country", baseline: int = 12,
    threshold: float = 2.0, min_events: int = 3, limit: int = 20, evidence: int = 10,
) -> dict[str, Any]:
    """The alerts of the week containing ``week`` (default: the latest week with events), strongest first."""
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}")
    start = week - dt.timedelta(days=week.weekday()) if week else latest_week(con)
    out: dict[str, Any] = {"week": start.isoformat() if start else None, "baseline_weeks": baseline,
                           "threshold": threshold, "min_events": min_events, "level": level, "alerts": []}
    if start is None:
        return out
    src, tgt = ("source_code", "target_code") if level == "actor" else ("source_country", "target_country")
    params: dict[str, Any] = {"first": start - dt.timedelta(weeks=baseline), "week": start,
                              "end": start + dt.timedelta(weeks=1), "n": baseline, "threshold": threshold,
                              "min_events": min_events, "limit": limit}
    rows = con.execute(f"""
        WITH ev AS (
            SELECT e.id, date_trunc('week', e.date) AS wk, string_split(e.{src}, ';') AS s,
                   string_split(e.{tgt}, ';') AS t
            FROM events e
            WHERE e.status = 'asserted' AND e.quad_class = 4 AND e.date >= $first AND e.date < $end
        ), dyads AS (
            SELECT DISTINCT id, wk, 'dyad' AS kind, source || '>' || target AS key FROM (
                SELECT id, wk, unnest(s) AS source, t FROM ev WHERE s IS NOT NULL AND t IS NOT NULL
            ), unnest(t) AS u(target) WHERE source <> target
        ), actors AS (
            SELECT DISTINCT id, wk, 'actor' AS kind, key FROM (
                SELECT id, wk, unnest(list_concat(coalesce(s, []), coalesce(t, []))) AS key FROM ev
            ) WHERE key IS NOT NULL
        ), units AS (SELECT * FROM dyads UNION ALL SELECT * FROM actors),
        weekly AS (SELECT kind, key, wk, count(*) AS n FROM units GROUP BY ALL),
        stats AS (
            SELECT kind, key,
                   coalesce(sum(n) FILTER (WHERE wk = $week), 0) AS current,
                   coalesce(sum(n) FILTER (WHERE wk < $week), 0) / $n AS mean,
                   coalesce(sum(n * n) FILTER (WHERE wk < $week), 0) / $n AS sq
            FROM weekly GROUP BY kind, key
        )
        SELECT kind, key, current, round(mean, 2) AS mean,
               round((current - mean) / greatest(sqrt(greatest(sq - mean * mean, 0)), 1), 2) AS z
        FROM stats
        WHERE current >= $min_events
          AND (current - mean) / greatest(sqrt(greatest(sq - mean * mean, 0)), 1) >= $threshold
        ORDER BY z DESC, current DESC, kind, key LIMIT $limit""", params).fetchall()
    if not rows:
        return out
    found = [{"kind": r[0], "key": r[1], "events_this_week": r[2], "baseline_mean": r[3], "z": r[4]} for r in rows]
    keys = [r[1] for r in rows]
    kinds = [r[0] for r in rows]
    ev_rows = con.execute(f"""
        WITH wanted AS (SELECT unnest($kinds) AS kind, unnest($keys) AS key),
        ev AS (
            SELECT e.id, e.date, e.record, e.doc_hash, string_split(e.{src}, ';') AS s,
                   string_split(e.{tgt}, ';') AS t
            FROM events e
            WHERE e.status = 'asserted' AND e.quad_class = 4 AND e.date >= $week AND e.date < $end
        ), hits AS (
            SELECT w.kind, w.key, ev.id, ev.date, ev.record, ev.doc_hash,
                   row_number() OVER (PARTITION BY w.kind, w.key ORDER BY ev.date DESC, ev.id) AS rank
            FROM wanted w JOIN ev ON (
                (w.kind = 'actor' AND (list_contains(ev.s, w.key) OR list_contains(ev.t, w.key)))
                OR (w.kind = 'dyad' AND list_contains(ev.s, split_part(w.key, '>', 1))
                    AND list_contains(ev.t, split_part(w.key, '>', 2))))
        )
        SELECT kind, key, record, doc_hash FROM hits WHERE rank <= $evidence ORDER BY kind, key, rank""",
        {"kinds": kinds, "keys": keys, "week": start, "end": params["end"], "evidence": evidence}).fetchall()
    behind: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for kind, key, rec, doc_hash in ev_rows:
        behind.setdefault((kind, key), []).append(record(rec, doc_hash))
    for a in found:
        a["events"] = behind.get((a["kind"], a["key"]), [])
    out["alerts"] = found
    return out
