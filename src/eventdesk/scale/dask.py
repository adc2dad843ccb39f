"""Ingesting on a Dask distributed cluster: the same per-document function, mapped over batches.

Each Dask worker loads spaCy and the dictionaries once (on its first batch). Results come back to
the client, which writes them to Parquet partitions by publication month (files DuckDB, Spark or
BigQuery read directly) and loads them into the DuckDB store, with the same skip, near-duplicate and
failure handling as a local run.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from eventdesk.errors import InputError, StoreError
from eventdesk.models import Document
from eventdesk.scale import local
from eventdesk.scale.local import WRITE_BATCH, Decisions, Job, Outcome, Summary, plan
from eventdesk.store import Coded, Store
from eventdesk.store.duckdb_store import EVENT_SCHEMA, rows_table
from eventdesk.store.rows import Row, event_date

_BATCH = 16


def code_batch(documents: list[Document], model: str | None, kb_dirs: tuple[str, ...]) -> list[Any]:
    """Runs on a Dask worker: code a batch with that worker's (cached) coder."""
    if local._WORKER is None and local._START_ERROR is None:
        local._init_worker(model, kb_dirs)
    return local._code_batch(documents)


def _month(document: Document, event_rows: list[Row]) -> str:
    if document.published is not None:
        return document.published.strftime("%Y-%m")
    dates = sorted(d for d in map(event_date, event_rows) if d)
    return dates[0][:7] if dates else "unknown"


def write_partition(root: Path, coded: list[tuple[Job, Any]]) -> None:
    """One Parquet file per (batch, publication month), named by its first document: reruns overwrite."""
    by_month: dict[str, list[Row]] = {}
    for job, rows in coded:
        by_month.setdefault(_month(job.document, rows[0]), []).extend(rows[0])
    for month, rows in by_month.items():
        if not rows:
            continue
        folder = root / f"published_month={month}"
        folder.mkdir(parents=True, exist_ok=True)
        table = rows_table(rows, EVENT_SCHEMA)  # typed even when a column is all empty
        pq.write_table(table, folder / f"part-{coded[0][0].doc_hash[:16]}.parquet")


def ingest_dask(
    items: Iterable[Document | InputError], db: str, address: str, parquet_dir: str, *,
    model: str | None = None, kb_dirs: tuple[str, ...] = (), batch_size: int = WRITE_BATCH, workers: int = 2,
) -> Summary:
    """Code new documents on a Dask cluster (``address``, or ``local`` to start one here)."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as e:  # an optional feature
        raise StoreError(f"--dask needs Dask, which is not installed ({e}): pip install 'eventdesk[dask]'") from None
    started = time.perf_counter()
    summary = Summary()
    root = Path(parquet_dir)
    root.mkdir(parents=True, exist_ok=True)
    cluster = None
    client = None
    try:
        try:
            if address == "local":
                cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
            client = Client(cluster) if cluster is not None else Client(address, timeout="20s")
        except (OSError, TimeoutError, ValueError) as e:
            raise StoreError(f"cannot reach the Dask scheduler at {address!r}: {e}") from None
        with Store(db) as store:
            pending: list[Outcome] = []
            decisions = Decisions(store, summary)
            jobs = list(plan(items, store, summary, pending, lambda n: None))
            to_code = [j for j in jobs if not j.repeat]
            batches = [to_code[i:i + _BATCH] for i in range(0, len(to_code), _BATCH)]
            futures = [client.submit(code_batch, [j.document for j in batch], model, kb_dirs, pure=False)
                       for batch in batches]
            # results are decided in input order (near-copies depend on what came before), as in a local run
            for batch, future in zip(batches, futures, strict=True):
                coded: list[tuple[Job, Any]] = []
                for job, (rows, error, code, minhash) in zip(batch, future.result(), strict=True):
                    job.minhash = minhash
                    outcome = decisions.decide(job, rows, error, code)
                    if outcome is not None:
                        pending.append(outcome)
                    if isinstance(outcome, Coded):
                        coded.append((job, outcome.rows))
                write_partition(root, coded)
                if len(pending) >= batch_size:
                    store.write(pending)
                    pending.clear()
            for job in jobs:
                if job.repeat and (outcome := decisions.decide(job)) is not None:
                    pending.append(outcome)
            if pending:
                store.write(pending)
    finally:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
    summary.seconds = time.perf_counter() - started
    return summary
