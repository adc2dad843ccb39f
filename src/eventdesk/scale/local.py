"""Ingesting a corpus on one machine: readers -> dedup -> coding in worker processes -> the store.

The unit of work is one document. Each worker process loads spaCy and the dictionaries once and codes
batches of documents; the main process only reads inputs, checks hashes and near-duplicates, and writes
finished batches, so coding scales with the cores. One worker is a process of its own too: the model's
memory and the store's are never one process's (each stays under 400 MB), and the writes overlap the
coding. Only a caller that hands in a warm ``Coder`` (the workbench, tests) codes in its own process.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing as mp
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from eventdesk.errors import EventdeskError, InputError
from eventdesk.models import Document, published_problem
from eventdesk.pipeline import Coder, content_hash
from eventdesk.store import Coded, Duplicate, Failure, Store
from eventdesk.store.dedup import from_bytes, signature, to_bytes
from eventdesk.store.rows import Rows, table_rows

log = logging.getLogger(__name__)
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
            f"{self.failed} failed ({self.unreadable} unreadable, {self.coding_failed} at coding) of "
            f"{self.documents} input(s); {self.events} events in {self.seconds:.1f}s ({rate:.1f} documents/s)"
        )


@dataclass
class Job:
    document: Document
    doc_hash: str
    minhash: bytes | None = None  # the MinHash, once computed (in the main process or by a worker)
    repeat: bool = False  # the same text came earlier in this run: decided by that one's outcome, not coded


Tick = Callable[[int], None]
Outcome = Coded | Duplicate | Failure


def plan(
    items: Iterable[Document | InputError], store: Store, summary: Summary, pending: list[Outcome], tick: Tick,
) -> Iterator[Job]:
    """Every input document as a job in input order; unreadable inputs and stored texts are settled here.

    Nothing else is decided before coding: whether a document is a near-copy depends on whether the
    earlier one coded, so :class:`Decisions` settles it when the results come back, in input order —
    the same store with any number of workers.
    """
    store.release_orphan_duplicates()  # near-copies of failed documents left by an older eventdesk
    store.load_signatures()
    known = store.known_hashes()
    seen: set[str] = set()
    for item in items:
        if isinstance(item, InputError):
            pending.append(Failure(source=item.source, line=item.line, stage="read", error=item))
            summary.unreadable += 1
            tick(1)
            continue
        problem = published_problem(item.published)
        if problem is not None:  # refused for its date, not its text: it must not decide a copy's fate
            pending.append(Failure(source=item.id, stage="read", error=InputError(problem, item.id)))
            summary.unreadable += 1
            tick(1)
            continue
        doc_hash = content_hash(item.text)
        if doc_hash in known:
            summary.skipped += 1
            tick(1)
            continue
        yield Job(item, doc_hash, repeat=doc_hash in seen)
        seen.add(doc_hash)


class Decisions:
    """What becomes of each coded job, decided in input order so that every run gives the same store.

    A document is a near-duplicate only of a document that coded (in the store or earlier in this
    run); the near-copy of a document that failed is coded on its own. A repeat of a text earlier in
    this run is skipped if that one was stored, and fails with it otherwise: every input ends in exactly
    one of coded, near-duplicate, skipped or failures.
    """

    def __init__(self, store: Store, summary: Summary) -> None:
        self.store = store
        self.summary = summary
        self.first: dict[str, tuple[str, str]] = {}  # text hash -> (document id, outcome) of its first copy

    def decide(self, job: Job, rows: Rows | None = None, error: str | None = None, code: str = "") -> Outcome | None:
        """The outcome to write (None: skipped, the same text is stored)."""
        summary = self.summary
        if job.repeat:
            first_id, outcome = self.first[job.doc_hash]
            if outcome != "failed":
                summary.skipped += 1
                return None
            summary.coding_failed += 1
            return Failure(source=job.document.id, stage="code", document=job.doc_hash,
                           error=_Coded(f"same text as {first_id}, which failed to code", "E005"))
        sketch = from_bytes(job.minhash) if job.minhash is not None else signature(job.document.text)
        original = self.store.duplicates.find(sketch)
        if original is not None:  # a near-copy of an earlier coded document: link it, drop its rows
            self.first[job.doc_hash] = (job.document.id, "duplicate")
            summary.duplicates += 1
            return Duplicate(job.document, job.doc_hash, original, source=job.document.id)
        if rows is None:
            self.first[job.doc_hash] = (job.document.id, "failed")
            summary.coding_failed += 1
            return Failure(source=job.document.id, stage="code", error=_Coded(error or "", code),
                           document=job.doc_hash)
        self.first[job.doc_hash] = (job.document.id, "coded")
        self.store.duplicates.add(job.doc_hash, sketch)
        summary.coded += 1
        summary.events += len(rows[0])
        return Coded(job.document, job.doc_hash, [], to_bytes(sketch), source=job.document.id, rows=rows)


# -- worker processes -----------------------------------------------------------------------------

_WORKER: Coder | None = None
_START_ERROR: str | None = None


class WorkerStartError(EventdeskError):
    """A worker could not load its coder (a bad --kb file, a missing model): the run stops with its reason.

    Raised from the first batch, not from the pool's initializer, where an exception makes the pool start
    a new worker for ever and the run hang.
    """

    def __str__(self) -> str:
        return str(self.args[0])


def _init_worker(model: str | None, kb_dirs: tuple[str, ...]) -> None:
    global _WORKER, _START_ERROR
    try:
        _WORKER = Coder(model=model, kb_dirs=kb_dirs)
    except Exception as e:  # carried to the main process by the first batch
        _START_ERROR = str(e) if isinstance(e, EventdeskError) else f"{type(e).__name__}: {e}"


WorkerResult = tuple[Rows | None, str | None, str, bytes]


def worker_pool(workers: int, model: str | None = None, kb_dirs: tuple[str, ...] = ()) -> Any:
    """Worker processes that each load the model and dictionaries once."""
    return mp.get_context("fork").Pool(workers, initializer=_init_worker, initargs=(model, kb_dirs))


def _code_batch(documents: list[Document]) -> list[WorkerResult]:
    """Code documents in a worker: (table rows, or None and the error message and code; the MinHash).

    The rows and the MinHash are made here, in the worker, so the main process only decides and writes.
    """
    if _WORKER is None:
        raise WorkerStartError(f"the coder cannot start: {_START_ERROR}")
    out: list[WorkerResult] = []
    for result in _WORKER.code_documents(documents):
        minhash = to_bytes(signature(result.document.text))
        if result.error is not None:
            out.append((None, str(result.error), result.error.code, minhash))
        else:
            records = [e.to_dict() for e in result.events]
            out.append((table_rows(records, content_hash(result.document.text)), None, "", minhash))
    return out


def _chunks(jobs: Iterator[Job], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for job in jobs:
        if job.repeat:
            continue
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
    log.info("ingesting into %s with %d worker process(es)", store.path, workers)
    summary = Summary()
    pending: list[Outcome] = []
    advance: Tick = tick or (lambda n: None)
    decisions = Decisions(store, summary)
    queue: deque[Job] = deque()  # every job in input order, until decided
    jobs = _queued(plan(items, store, summary, pending, advance), queue)
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
            log.debug("writing a batch of %d result(s)", len(batch))
            writes.append(writer.submit(store.write, batch))
        while len(writes) > 2 or (writes and writes[0].done()):
            writes.popleft().result()

    def settle(job: Job, rows: Rows | None = None, error: str | None = None, code: str = "") -> None:
        outcome = decisions.decide(job, rows, error, code)
        if outcome is not None:
            pending.append(outcome)
        advance(1)
        if len(pending) >= batch_size:
            flush()

    def coded_job() -> Job:
        """The job the next coding result belongs to; repeats queued before it are settled first."""
        while queue[0].repeat:
            settle(queue.popleft())
        return queue.popleft()

    def finish(rows: Rows | None, error: str | None, code: str, minhash: bytes | None) -> None:
        job = coded_job()
        job.minhash = minhash
        settle(job, rows, error, code)

    try:
        if coder is not None and workers <= 1 and pool is None:  # the caller's warm coder: code in this process
            docs = (job.document for job in jobs if not job.repeat)
            for result in coder.code_documents(docs):
                job = coded_job()
                if result.error is not None:
                    settle(job, None, str(result.error), result.error.code)
                else:
                    settle(job, table_rows([e.to_dict() for e in result.events], job.doc_hash))
        else:
            with contextlib.ExitStack() as stack:
                if pool is None:  # else a pool made by the caller with ``worker_pool`` (kept warm between runs)
                    pool = stack.enter_context(worker_pool(max(workers, 1), model, kb_dirs))
                for batch in pool.imap(_code_batch, _chunks(jobs, WORKER_CHUNK), chunksize=1):
                    for records, error, code, minhash in batch:
                        finish(records, error, code, minhash)
        while queue:  # repeats of texts at the very end
            settle(queue.popleft())
        flush()
        while writes:
            writes.popleft().result()
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
