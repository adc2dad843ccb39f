"""The state of a store at a glance, the two directions of a dyad over time, and where events happened."""

from __future__ import annotations

from typing import Any

import duckdb

from eventdesk.analysis.filters import EventFilter, actor_match
from eventdesk.analysis.queries import PERIODS

QUADS = ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Documents (coded, near-duplicate), events (all and asserted), failures."""
    row = con.execute("""
        SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM documents WHERE status = 'coded'),
               (SELECT count(*) FROM documents WHERE status = 'duplicate'), (SELECT count(*) FROM events),
               (SELECT count(*) FROM events WHERE status = 'asserted'), (SELECT count(*) FROM failures)""").fetchone()
    assert row is not None
    keys = ("documents", "coded", "duplicates", "events", "asserted", "failures")
    return dict(zip(keys, (int(v) for v in row), strict=True))


def _check(period: str) -> None:
    if period not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}")


def timeline(con: duckdb.DuckDBPyConnection, f: EventFilter, period: str = "month") -> list[dict[str, Any]]:
    """Events per period by quad class (asserted unless the filter says otherwise)."""
    _check(period)
    f = f if f.status else EventFilter(**{**f.__dict__, "status": "asserted"})
    where, params = f.sql()
    # grouped on the truncated date and formatted afterwards: formatting 1M dates costs more than the counting
    rows = con.execute(f"""
        SELECT CAST(date_trunc('{period}', e.date) AS DATE) AS period, count(*) AS events,
               count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),
               count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4),
               round(avg(goldstein), 2)
        FROM events e WHERE {where} AND e.date IS NOT NULL GROUP BY 1 ORDER BY 1""", params).fetchall()
    return [{"period": r[0].isoformat(), "events": r[1], **dict(zip(QUADS, r[2:6], strict=True)),
             "mean_goldstein": r[6]} for r in rows]


def dyad(
    con: duckdb.DuckDBPyConnection, a: str, b: str, period: str = "month", f: EventFilter | None = None,
) -> dict[str, Any]:
    """Both directions of a dyad (codes or countries) per period: counts per quad class, mean Goldstein
    (asserted events unless the filter says otherwise). One scan of the store serves both directions."""
    _check(period)
    base = f or EventFilter()
    if not base.status:
        base = EventFilter(**{**base.__dict__, "status": "asserted"})
    where, params = base.sql()
    params.update(d_a=a, d_b=b)
    ab = f"{actor_match('source', 'd_a')} AND {actor_match('target', 'd_b')}"
    ba = f"{actor_match('source', 'd_b')} AND {actor_match('target', 'd_a')}"
    rows = con.execute(f"""
        WITH hits AS MATERIALIZED (
            SELECT CAST(date_trunc('{period}', e.date) AS DATE) AS period, e.quad_class, e.goldstein,
                   {ab} AS ab, {ba} AS ba
            FROM events e WHERE {where} AND e.date IS NOT NULL AND (({ab}) OR ({ba}))
        ), both_ways AS (
            SELECT 'a_to_b' AS way, * FROM hits WHERE ab UNION ALL SELECT 'b_to_a', * FROM hits WHERE ba
        )
        SELECT way, period, count(*), count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),
               count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4), round(avg(goldstein), 2)
        FROM both_ways GROUP BY way, period ORDER BY way, period""", params).fetchall()
    out: dict[str, Any] = {"a": a, "b": b, "by": period, "a_to_b": [], "b_to_a": []}
    for r in rows:
        out[r[0]].append({"period": r[1].isoformat(), "events": r[2], **dict(zip(QUADS, r[3:7], strict=True)),
                          "mean_goldstein": r[7]})
    return out


def top_dyads(con: duckdb.DuckDBPyConnection, f: EventFilter, limit: int = 10) -> list[dict[str, Any]]:
    """The busiest country pairs (either direction counted apart)."""
    from eventdesk.analysis.network import edges

    return edges(con, f, "country", limit)


def places(
    con: duckdb.DuckDBPyConnection, f: EventFilter, cell: float = 0.0, limit: int = 2000,
) -> list[dict[str, Any]]:
    """Events with coordinates, clustered: by place, or into cells of ``cell`` degrees when it is above 0."""
    where, params = f.sql()
    params["limit"] = limit
    if cell > 0:
        params["cell"] = cell
        lat, lon = "round(e.lat / $cell) * $cell", "round(e.lon / $cell) * $cell"
    else:
        lat, lon = "e.lat", "e.lon"
    rows = con.execute(f"""
        SELECT {lat} AS lat, {lon} AS lon, mode(e.location_name) AS name, count(*) AS events,
               count(*) FILTER (WHERE e.quad_class = 4) AS material_conflict,
               round(avg(e.goldstein), 2) AS mean_goldstein
        FROM events e WHERE {where} AND e.lat IS NOT NULL AND e.lon IS NOT NULL
        GROUP BY 1, 2 ORDER BY events DESC, lat, lon LIMIT $limit""", params).fetchall()
    return [{"lat": r[0], "lon": r[1], "name": r[2], "events": r[3], "material_conflict": r[4],
             "mean_goldstein": r[5]} for r in rows]

