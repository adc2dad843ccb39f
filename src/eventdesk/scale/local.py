"""Ingesting a corpus on one machine: readers -> dedup -> coding in worker processes -> the store.

The unit of work is one document. With ``workers > 1`` each worker process loads spaCy and the
dictionaries once and codes batches of documents; the main process only reads inputs, checks
hashes and near-duplicates, and writes finished batches, so coding scales with the cores.
"""

from __future__ import annotations

import multiprocessing as mp
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from eventdesk.errors import EventdeskError, InputError
from eventdesk.models import Document
from eventdesk.pipeline import Coder, content_hash
from eventdesk.store import Coded, Duplicate, Failure, Store
from eventdesk.store.dedup import from_bytes, signature, to_bytes
from eventdesk.store.rows import Rows, table_rows

# Documents per task sent to a worker. Smaller than the in-process spaCy batch: with 16, the workers' results
# reach the main process (near-duplicate check, writes) in a steadier stream, ~3% faster than 32 on 2 cores.
WORKER_CHUNK = 16
# Documents written per transaction: a commit costs the same for 1 or 500 documents (512 takes ~30% less
# writing time than 128 on 2,000 documents); a run killed mid-batch codes at most this many again.
WRITE_BATCH = 512


@dataclass
class Summary:
    """What a run did, for the line printed at its end."""

    coded: int = 0
    skipped: int = 0
    duplicates: int = 0
    unreadable: int = 0  # counted by the reading side (which may run in a feeder thread)
    coding_failed: int = 0  # counted by the coding side
    events: int = 0
    seconds: float = 0.0

    @property
    def failed(self) -> int:
        return self.unreadable + self.coding_failed

    @property
    def documents(self) -> int:
        return self.coded + self.skipped + self.duplicates + self.failed

    def __str__(self) -> str:
        rate = self.coded / self.seconds if self.seconds else 0.0
        return (
            f"{self.coded} coded, {self.skipped} skipped (already in the store), {self.duplicates} near-duplicate, "
            f"{self.failed} failed; {self.events} events in {self.seconds:.1f}s ({rate:.1f} documents/s)"
        )


@dataclass
class Job:
    document: Document
    doc_hash: str
    minhash: bytes | None  # None: the worker computes it and the near-copy check happens on its return


Tick = Callable[[int], None]


def plan(
    items: Iterable[Document | InputError], store: Store, summary: Summary, pending: list[Coded | Duplicate | Failure],
    tick: Tick, sign: bool = True,
) -> Iterator[Job]:
    """The documents still to code; skips, near-duplicates and unreadable inputs go straight to ``pending``.

    With ``sign=False`` the MinHash is left to the worker process and the near-duplicate check is made
    when its result comes back (still in input order, so the decisions are the same).
    """
    store.load_signatures()
    known = store.known_hashes()
    seen: set[str] = set()
    for item in items:
        if isinstance(item, InputError):
            pending.append(Failure(source=item.source, line=item.line, stage="read", error=item))
            summary.unreadable += 1
            tick(1)
            continue
        doc_hash = content_hash(item.text)
        if doc_hash in known or doc_hash in seen:
            summary.skipped += 1
            tick(1)
            continue
        seen.add(doc_hash)
        if not sign:
            yield Job(item, doc_hash, None)
            continue
        m = signature(item.text)
        original = store.duplicates.find(m)
        if original is not None:
            pending.append(Duplicate(item, doc_hash, original, source=item.id))
            summary.duplicates += 1
            tick(1)
            continue
        store.duplicates.add(doc_hash, m)
        yield Job(item, doc_hash, to_bytes(m))


# -- worker processes -----------------------------------------------------------------------------

_WORKER: Coder | None = None


def _init_worker(model: str | None, kb_dirs: tuple[str, ...]) -> None:
    global _WORKER
    _WORKER = Coder(model=model, kb_dirs=kb_dirs)


WorkerResult = tuple[Rows | None, str | None, str, bytes]


def worker_pool(workers: int, model: str | None = None, kb_dirs: tuple[str, ...] = ()) -> Any:
    """Worker processes that each load the model and dictionaries once."""
    return mp.get_context("fork").Pool(workers, initializer=_init_worker, initargs=(model, kb_dirs))


def _code_batch(documents: list[Document]) -> list[WorkerResult]:
    """Code documents in a worker: (table rows, or None and the error message and code; the MinHash).

    The rows and the MinHash are made here, in the worker, so the main process only decides and writes.
    """
    assert _WORKER is not None
    out: list[WorkerResult] = []
    for result in _WORKER.code_documents(documents):
        minhash = to_bytes(signature(result.document.text))
        if result.error is not None:
            out.append((None, str(result.error), result.error.code, minhash))
        else:
            records = [e.to_dict() for e in result.events]
            out.append((table_rows(records, content_hash(result.document.text)), None, "", minhash))
    return out


def _chunks(jobs: Iterator[Job], size: int, queue: deque[Job]) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for job in jobs:
        queue.append(job)
        batch.append(job.document)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest(
    items: Iterable[Document | InputError],
    store: Store,
    *,
    workers: int = 1,
    model: str | None = None,
    kb_dirs: tuple[str, ...] = (),
    batch_size: int = WRITE_BATCH,
    tick: Tick | None = None,
    coder: Coder | None = None,
    pool: Any = None,
) -> Summary:
    """Code every new document of ``items`` into ``store``; returns what happened."""
    started = time.perf_counter()
    summary = Summary()
    pending: list[Coded | Duplicate | Failure] = []
    advance: Tick = tick or (lambda n: None)
    jobs = plan(items, store, summary, pending, advance, sign=workers <= 1 and pool is None)
    queue: deque[Job] = deque()
    # Batches are written by one background thread while coding goes on (each still one transaction);
    # at most two wait, so memory stays bounded and a write error stops the run at the next batch.
    writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="eventdesk-writer")
    writes: deque[Future[None]] = deque()

    def flush() -> None:
        # the reading side may append while we take a batch (workers > 1 read in a feeder thread): take a
        # copy and delete exactly that prefix, so nothing appended in between is lost
        batch = pending[:]
        if batch:
            del pending[: len(batch)]
            writes.append(writer.submit(store.write, batch))
        while len(writes) > 2 or (writes and writes[0].done()):
            writes.popleft().result()

    def finish(rows: Rows | None, error: str | None, code: str, minhash: bytes | None = None) -> None:
        job = queue.popleft()
        if job.minhash is None and minhash is not None:
            job.minhash = minhash
            sketch = from_bytes(minhash)
            original = store.duplicates.find(sketch)
            if original is not None:  # a near-copy of an earlier document: link it, drop its rows
                pending.append(Duplicate(job.document, job.doc_hash, original, source=job.document.id))
                summary.duplicates += 1
                advance(1)
                return
            if rows is not None:
                store.duplicates.add(job.doc_hash, sketch)
        if rows is None:
            pending.append(Failure(source=job.document.id, stage="code", error=_Coded(error or "", code),
                                   document=job.doc_hash))
            summary.coding_failed += 1
            store.duplicates.remove(job.doc_hash)  # later copies of a failed document are coded, not linked
        else:
            pending.append(Coded(job.document, job.doc_hash, [], job.minhash, source=job.document.id, rows=rows))
            summary.coded += 1
            summary.events += len(rows[0])
        advance(1)
        if len(pending) >= batch_size:
            flush()

    try:
        if workers <= 1:
            local = coder or Coder(model=model, kb_dirs=kb_dirs)
            docs = (job.document for job in _queued(jobs, queue))
            for result in local.code_documents(docs):
                if result.error is not None:
                    finish(None, str(result.error), result.error.code)
                else:
                    doc_hash = queue[0].doc_hash
                    finish(table_rows([e.to_dict() for e in result.events], doc_hash), None, "")
        elif pool is not None:  # a pool made by the caller with ``worker_pool`` (kept warm between runs)
            for batch in pool.imap(_code_batch, _chunks(jobs, WORKER_CHUNK, queue), chunksize=1):
                for records, error, code, minhash in batch:
                    finish(records, error, code, minhash)
        else:
            with worker_pool(workers, model, kb_dirs) as own:
                for batch in own.imap(_code_batch, _chunks(jobs, WORKER_CHUNK, queue), chunksize=1):
                    for records, error, code, minhash in batch:
                        finish(records, error, code, minhash)
        flush()
        while writes:
            writes.popleft().result()
        summary.duplicates -= store.release_orphan_duplicates()
    finally:
        writer.shutdown(wait=True)
    summary.seconds = time.perf_counter() - started
    return summary


def _queued(jobs: Iterator[Job], queue: deque[Job]) -> Iterator[Job]:
    for job in jobs:
        queue.append(job)
        yield job


class _Coded(EventdeskError):
    """An error raised in a worker, carried back by its message and code."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code or "E000"

    def __str__(self) -> str:
        return str(self.args[0])
