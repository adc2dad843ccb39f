"""Who acts on whom: actor-to-actor edges (counts, mean Goldstein), an actor's profile and neighbourhood.

An event with two source actors and one target is two edges, as analysts count a joint act.
Only asserted events count unless the filter asks for another status.
"""

from __future__ import annotations

from typing import Any, Literal

import duckdb

from eventdesk.analysis.filters import EventFilter, actor_match

Level = Literal["actor", "country"]
LEVELS = ("actor", "country")


def _asserted(f: EventFilter) -> EventFilter:
    if f.status:
        return f
    return EventFilter(**{**f.__dict__, "status": "asserted"})


def _columns(level: Level) -> tuple[str, str]:
    return ("source_code", "target_code") if level == "actor" else ("source_country", "target_country")


def edges(
    con: duckdb.DuckDBPyConnection, f: EventFilter, level: Level = "actor", limit: int = 100,
) -> list[dict[str, Any]]:
    """The busiest directed edges between actors (or countries) among the filtered events."""
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}")
    src, tgt = _columns(level)
    where, params = _asserted(f).sql()
    params["limit"] = limit
    rows = con.execute(f"""
        WITH f AS (
            SELECT string_split(e.{src}, ';') AS s, string_split(e.{tgt}, ';') AS t, e.goldstein
            FROM events e WHERE {where} AND e.{src} IS NOT NULL AND e.{tgt} IS NOT NULL
        ), p AS (SELECT unnest(s) AS source, t, goldstein FROM f),
        q AS (SELECT source, unnest(t) AS target, goldstein FROM p)
        SELECT source, target, count(*) AS events, round(avg(goldstein), 2) AS mean_goldstein
        FROM q WHERE source <> target GROUP BY source, target
        ORDER BY events DESC, source, target LIMIT $limit""", params).fetchall()
    return [{"source": r[0], "target": r[1], "events": r[2], "mean_goldstein": r[3]} for r in rows]


def search_actors(con: duckdb.DuckDBPyConnection, q: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """Coded actors by number of asserted events, optionally those whose code, name or text contains ``q``.

    Counted on the events' code columns (one scan), not by joining the actors table (ten times slower on
    a million events); the names come from the actors table for the few codes listed.
    """
    params: dict[str, Any] = {"limit": limit}
    chosen = ""
    if q:
        params["p"] = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        chosen = ("WHERE code IN (SELECT DISTINCT code FROM actors WHERE code IS NOT NULL AND (code ILIKE $p"
                  " ESCAPE '\\' OR name ILIKE $p ESCAPE '\\' OR text ILIKE $p ESCAPE '\\'))")
    rows = con.execute(f"""
        WITH x AS (
            SELECT unnest(list_distinct(string_split(source_code, ';'))) AS code, 'source' AS role
            FROM events WHERE status = 'asserted' AND source_code IS NOT NULL
            UNION ALL
            SELECT unnest(list_distinct(string_split(target_code, ';'))), 'target'
            FROM events WHERE status = 'asserted' AND target_code IS NOT NULL
        )
        SELECT code, count(*) AS events, count(*) FILTER (WHERE role = 'source') AS as_source,
               count(*) FILTER (WHERE role = 'target') AS as_target
        FROM x {chosen} GROUP BY code ORDER BY events DESC, code LIMIT $limit""", params).fetchall()
    names = dict(con.execute(
        "SELECT code, mode(coalesce(name, text)) FROM actors WHERE list_contains($codes, code) GROUP BY code",
        {"codes": [r[0] for r in rows]},
    ).fetchall()) if rows else {}
    return [{"code": r[0], "name": names.get(r[0]), "events": r[1], "as_source": r[2], "as_target": r[3]}
            for r in rows]


def actor_profile(
    con: duckdb.DuckDBPyConnection, code: str, f: EventFilter | None = None, partners: int = 15,
) -> dict[str, Any] | None:
    """An actor (code, or country: ``RUS`` covers every Russian actor): its counts, event types, partners,
    and the edges among it and its partners (its neighbourhood). ``None`` when it is in no event."""
    base = _asserted(f or EventFilter())
    where, params = base.sql()
    params["code"] = code
    is_src, is_tgt = actor_match("source", "code"), actor_match("target", "code")
    # one scan of the store for the actor's events; the rest is counted on that small Arrow table
    mine = con.sql(f"""
        SELECT {is_src} AS is_src, {is_tgt} AS is_tgt, e.event, e.goldstein, e.date,
               string_split(e.source_code, ';') AS sources, string_split(e.target_code, ';') AS targets
        FROM events e WHERE {where} AND ({is_src} OR {is_tgt})""", params=params).to_arrow_table()  # noqa: F841
    row = con.execute("""
        SELECT count(*), count(*) FILTER (WHERE is_src), count(*) FILTER (WHERE is_tgt), min(date), max(date),
               round(avg(goldstein), 2) FROM mine""").fetchone()
    if not row or not row[0]:
        return None
    names = con.execute(
        "SELECT coalesce(name, text) AS n, count(*) AS c FROM actors WHERE code = $code OR country = $code"
        " GROUP BY n ORDER BY c DESC, n LIMIT 5", {"code": code},
    ).fetchall()
    by_type = con.execute(
        "SELECT event, count(*) AS events FROM mine GROUP BY event ORDER BY events DESC, event").fetchall()
    partner_rows = con.execute("""
        WITH p AS (
            SELECT unnest(CASE WHEN is_src THEN coalesce(targets, []) ELSE [] END) AS partner, 'out' AS way,
                   goldstein FROM mine
            UNION ALL
            SELECT unnest(CASE WHEN is_tgt THEN coalesce(sources, []) ELSE [] END), 'in', goldstein FROM mine
        )
        SELECT partner, count(*) AS events, count(*) FILTER (WHERE way = 'out') AS outgoing,
               count(*) FILTER (WHERE way = 'in') AS incoming, round(avg(goldstein), 2) AS mean_goldstein
        FROM p WHERE partner IS NOT NULL AND partner <> $code
        GROUP BY partner ORDER BY events DESC, partner LIMIT $partners""",
        {"code": code, "partners": partners}).fetchall()
    partner_list = [{"code": r[0], "events": r[1], "outgoing": r[2], "incoming": r[3], "mean_goldstein": r[4]}
                    for r in partner_rows]
    return {
        "code": code, "names": [n[0] for n in names], "events": row[0], "as_source": row[1], "as_target": row[2],
        "first": row[3].isoformat() if row[3] else None, "last": row[4].isoformat() if row[4] else None,
        "mean_goldstein": row[5], "by_event": [{"event": r[0], "events": r[1]} for r in by_type],
        "partners": partner_list, "network": neighbourhood(con, code, [p["code"] for p in partner_list], base),
    }


def neighbourhood(
    con: duckdb.DuckDBPyConnection, code: str, partners: list[str], f: EventFilter,
) -> list[dict[str, Any]]:
    """The edges among an actor and its partners (actor codes; the actor itself by the given code)."""
    if not partners:
        return []
    where, params = f.sql()
    params.update(code=code, nodes=[code, *partners])
    rows = con.execute(f"""
        WITH f AS (
            SELECT string_split(e.source_code, ';') AS s, string_split(e.target_code, ';') AS t,
                   string_split(e.source_country, ';') AS sc, string_split(e.target_country, ';') AS tc, e.goldstein
            FROM events e WHERE {where} AND e.source_code IS NOT NULL AND e.target_code IS NOT NULL
        ), p AS (SELECT CASE WHEN list_contains(sc, $code) THEN [$code] ELSE s END AS s,
                        CASE WHEN list_contains(tc, $code) THEN [$code] ELSE t END AS t, goldstein FROM f),
        a AS (SELECT unnest(s) AS source, t, goldstein FROM p),
        b AS (SELECT source, unnest(t) AS target, goldstein FROM a)
        SELECT source, target, count(*) AS events, round(avg(goldstein), 2) AS mean_goldstein FROM b
        WHERE source <> target AND list_contains($nodes, source) AND list_contains($nodes, target)
        GROUP BY source, target ORDER BY events DESC, source, target LIMIT 200""", params).fetchall()
    return [{"source": r[0], "target": r[1], "events": r[2], "mean_goldstein": r[3]} for r in rows]
