"""Latency of ``eventdesk serve`` on a large store: p50/p95 of the API's heavy questions over real HTTP.

The server runs in this process (uvicorn on 127.0.0.1) and one client asks each question many times with
varied parameters (actors, dyads, periods), sequentially, after a warm-up; the times are client-side wall
clock per request, so they include HTTP and JSON.

    python benchmarks/serve_bench.py /tmp/bench.duckdb --events 1000000 -o benchmarks/serve_results.json
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import platform
import socket
import statistics
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from eventdesk.web import create_app

HERE = Path(__file__).resolve().parent
ACTORS = ["RUS", "USA", "CHN", "UKR", "SYR", "IRN", "ISR", "TUR", "FRA", "GBR"]
Request = tuple[str, dict[str, Any]]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def questions(client: httpx.Client, n: int) -> dict[str, Callable[[int], Request]]:
    """Each question: the i-th request of its kind (parameters vary with i)."""
    years = [dt.date(2015 + y, 1, 1) for y in range(10)]
    pairs = list(itertools.permutations(ACTORS[:6], 2))

    def paged(i: int) -> Request:
        # the 4th page of a filtered list: the cursor comes from following pages 1-3 (not timed)
        params: dict[str, Any] = {"actor": ACTORS[i % len(ACTORS)], "status": "asserted", "limit": 50}
        for _ in range(3):
            params["cursor"] = client.get("/api/events", params=params).json()["next_cursor"]
        return "/api/events", params

    return {
        "events: actor + quad class": lambda i: ("/api/events", {
            "actor": ACTORS[i % len(ACTORS)], "quad_class": 1 + i % 4, "limit": 50}),
        "events: dyad + year + status": lambda i: ("/api/events", {
            "dyad": ":".join(pairs[i % len(pairs)]), "start": years[i % 10].isoformat(),
            "end": years[i % 10].replace(month=12, day=31).isoformat(), "status": "asserted", "limit": 50}),
        "events: words in the sentence": lambda i: ("/api/events", {
            "q": ["bombed", "signed an agreement", "protested", "sent aid"][i % 4],
            "start": years[i % 10].isoformat(), "limit": 50}),
        "events: 4th page by cursor": paged,
        "dyad series (month, both ways)": lambda i: (
            "/api/dyads/{}/{}/series".format(*pairs[i % len(pairs)]), {"by": "month"}),
        "network (a year, countries)": lambda i: ("/api/network", {
            "start": years[i % 10].isoformat(), "end": years[i % 10].replace(month=12, day=31).isoformat(),
            "level": "country"}),
        "network (a year, actors, conflict)": lambda i: ("/api/network", {
            "start": years[i % 10].isoformat(), "end": years[i % 10].replace(month=12, day=31).isoformat(),
            "level": "actor", "quad_class": 4}),
        "alerts (a week vs 12 weeks)": lambda i: ("/api/alerts", {
            "week": (dt.date(2016, 1, 4) + dt.timedelta(weeks=37 * i % 450)).isoformat(),
            "level": ["country", "actor"][i % 2]}),
        "actor profile": lambda i: (f"/api/actors/{ACTORS[i % len(ACTORS)]}", {}),
        "overview": lambda i: ("/api/overview", {}),
    }


def serve(db: Path) -> Iterator[str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


def run(db: Path, n: int, warmup: int) -> dict[str, Any]:
    base = next(gen := serve(db))
    results: dict[str, Any] = {}
    try:
        with httpx.Client(base_url=base, timeout=60) as client:
            for name, make in questions(client, n).items():
                for i in range(warmup):
                    path, params = make(i)
                    client.get(path, params=params).raise_for_status()
                times = []
                for i in range(n):
                    path, params = make(warmup + i)
                    started = time.perf_counter()
                    r = client.get(path, params=params)
                    times.append((time.perf_counter() - started) * 1000)
                    r.raise_for_status()
                results[name] = {"n": n, "p50_ms": round(statistics.median(times), 1),
                                 "p95_ms": round(percentile(times, 0.95), 1), "max_ms": round(max(times), 1)}
                print(f"{name:40s} p50 {results[name]['p50_ms']:7.1f} ms   p95 {results[name]['p95_ms']:7.1f} ms",
                      flush=True)
    finally:
        gen.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description="p50/p95 latency of eventdesk serve on a large store")
    parser.add_argument("db", type=Path)
    parser.add_argument("--events", type=int, default=1_000_000, help="Size of the store generated if db is missing.")
    parser.add_argument("-n", type=int, default=40, help="Timed requests per question.")
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("-o", "--output", type=Path, default=None)
    args = parser.parse_args()
    built = None
    if not args.db.exists():
        from serve_store import build  # type: ignore[import-not-found]

        built = build(args.db, args.events)
        print("built", built)
    import duckdb

    con = duckdb.connect(str(args.db), read_only=True)
    events = con.execute("SELECT count(*) FROM events").fetchone()[0]  # type: ignore[index]
    con.close()
    results = run(args.db, args.n, args.warmup)
    report = {"events": events, "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()}",
              "date": dt.date.today().isoformat(), "requests_per_question": args.n, "results": results}
    if built:
        report["build_seconds"] = built["seconds"]
    if args.output:
        args.output.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
