"""The throughput benchmark: eventdesk against the bare spaCy parse of the same generated corpus.

Both are run with 1 and with 2 worker processes, so that the overhead of eventdesk over parsing, and
its scaling with cores, are ratios measured in one run on one machine. eventdesk's figure is the
whole ``ingest`` (reading, near-duplicate check, coding, writing the DuckDB store), not the coder alone.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import multiprocessing as mp
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from eventdesk.models import Document
from eventdesk.pipeline import PARSE_BATCH
from eventdesk.samples.generate import corpus


@dataclass
class Measure:
    name: str
    workers: int
    documents: int
    words: int
    seconds: float
    peak_mb: float  # largest resident memory of one worker process (of the bare parse itself with one worker)
    runs: list[float] = field(default_factory=list)  # seconds of every run; ``seconds`` is the best

    @property
    def docs_per_s(self) -> float:
        return self.documents / self.seconds

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds

    def row(self) -> dict[str, Any]:
        return {**asdict(self), "docs_per_s": round(self.docs_per_s, 1), "words_per_s": round(self.words_per_s)}


def reset_peak_rss() -> None:
    """Start this process's memory high-water mark afresh (Linux), so that a process started by another one
    does not report its parent's peak as its own (``spawn`` keeps the mark across ``exec``)."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def peak_rss_mb(in_children: bool) -> float:
    """The largest resident memory of one worker process (of this process itself when it did the work), in MB.

    The kernel's own high-water mark, read once the run has ended: exact, and it costs the measured run
    nothing (sampling the process tree while it runs took CPU from the run itself). Workers are forked from
    this process after ``reset_peak_rss``, before any model is loaded here.
    """
    if not in_children:
        with contextlib.suppress(OSError, ValueError):
            for line in Path("/proc/self/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    import resource  # POSIX only: imported where it is used

    who = resource.RUSAGE_CHILDREN if in_children else resource.RUSAGE_SELF
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


_NLP: Any = None


def _parse_init(model: str | None) -> None:
    """The model as spaCy itself loads it: none of eventdesk's components (its line-break marking is
    eventdesk's work, counted on eventdesk's side)."""
    global _NLP
    from eventdesk.nlp.loader import load_model, model_name

    _NLP = load_model(model_name(model))


def _parse_batch(texts: list[str]) -> int:
    return sum(1 for _ in _NLP.pipe(texts, batch_size=PARSE_BATCH))


def _warmed(job: tuple[Callable[[Any], Any], Any]) -> int:
    fn, arg = job
    fn(arg)
    time.sleep(0.05)  # so that the other workers get their share of the warm-up tasks
    return os.getpid()


def warm_up(pool: Any, workers: int, fn: Callable[[Any], Any], arg: Any) -> None:
    """Run ``fn(arg)`` in every worker of the pool (loaded and warm) before the clock starts."""
    seen: set[int] = set()
    while len(seen) < workers:
        seen.update(pool.map(_warmed, [(fn, arg)] * (2 * workers), chunksize=1))


def bare_parse(texts: list[str], workers: int, model: str | None) -> float:
    """Seconds to parse the texts with the same spaCy pipeline: in this process, or in ``workers`` processes."""
    # 32-document batches: the parse's fastest setting on this machine (16 is ~3% slower)
    batches = [texts[i:i + PARSE_BATCH] for i in range(0, len(texts), PARSE_BATCH)]
    if workers == 1:
        _parse_init(model)
        _parse_batch(batches[0])
        started = time.perf_counter()
        for batch in batches:
            _parse_batch(batch)
        return time.perf_counter() - started
    with mp.get_context("fork").Pool(workers, initializer=_parse_init, initargs=(model,)) as pool:
        warm_up(pool, workers, _parse_batch, batches[0])
        started = time.perf_counter()
        for _ in pool.imap(_parse_batch, batches, chunksize=1):
            pass
        return time.perf_counter() - started


def eventdesk_ingest(documents: list[Document], workers: int, model: str | None) -> float:
    """Seconds for ``ingest`` of the documents into a fresh store, as the command runs it (model loading excluded):
    the coding in ``workers`` worker processes (one is a process of its own too), the store in this one."""
    from eventdesk.scale import local
    from eventdesk.store import Store

    warm = list(corpus(4, seed=999))
    with (tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.duckdb") as store,
          local.worker_pool(workers, model) as pool):
        warm_up(pool, workers, local._code_batch, warm)
        started = time.perf_counter()
        local.ingest(documents, store, workers=workers, model=model, pool=pool)
        return time.perf_counter() - started


def _measure(name: str, n: int, workers: int, model: str | None, conn: Any, words: int | None = None) -> None:
    """One run in a fresh process: (seconds, peak memory in MB) or the error, sent back on ``conn``."""
    try:
        reset_peak_rss()
        documents = list(corpus(n, words=words))
        if name == "spacy parse":
            seconds = bare_parse([d.text for d in documents], workers, model)
        else:
            seconds = eventdesk_ingest(documents, workers, model)
        conn.send((seconds, peak_rss_mb(in_children=workers > 1 or name != "spacy parse")))
    except Exception as e:  # reported to the parent, which raises it
        conn.send(RuntimeError(f"{name} with {workers} worker(s) failed: {type(e).__name__}: {e}"))


def measure(name: str, n: int, workers: int, model: str | None, words: int | None = None) -> tuple[float, float]:
    """Run one measure in a newly started process, so that no run inherits another's memory or warm state."""
    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_measure, args=(name, n, workers, model, child, words))
    proc.start()
    child.close()
    try:
        result = parent.recv()
    except EOFError:
        raise RuntimeError(f"the benchmark process for {name!r} ended without a result") from None
    finally:
        proc.join()
    if isinstance(result, BaseException):
        raise result
    seconds, peak = result
    return float(seconds), float(peak)


def run(
    n: int = 2000, workers: tuple[int, ...] = (1, 2), model: str | None = None, repeat: int = 3,
    words: int | None = None,
) -> list[Measure]:
    """Each measure is the best of ``repeat`` runs, parse and eventdesk taking turns, each in a fresh process.

    A shared machine slows single runs by a few percent at random; as with ``timeit``, the fastest run is
    the one least disturbed, and taking turns exposes both sides to the same drift. Every run is kept.
    """
    total = sum(len(d.text.split()) for d in corpus(n, words=words))
    out: list[Measure] = []
    for w in workers:
        runs: dict[str, list[float]] = {"spacy parse": [], "eventdesk ingest": []}
        peaks: dict[str, float] = {"spacy parse": 0.0, "eventdesk ingest": 0.0}
        for _ in range(repeat):
            for name in runs:
                seconds, peak = measure(name, n, w, model, words)
                runs[name].append(seconds)
                peaks[name] = max(peaks[name], peak)
        for name, times in runs.items():
            out.append(Measure(name, w, n, total, min(times), peaks[name], [round(s, 2) for s in times]))
    return out


_SENTENCE = "Russia and Norway signed a treaty on Tuesday.\n"


def _timed(args: list[str], stdin: str = "") -> tuple[float, float]:
    """Wall and CPU seconds of a command run to its end (CPU: user and system time of the child)."""
    import resource
    import subprocess
    import sys

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([sys.executable, *args], input=stdin, text=True, capture_output=True, check=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def startup(model: str | None = None, repeat: int = 3) -> dict[str, float]:
    """Start-up: ``eventdesk code`` on one sentence against importing spaCy and loading the bare model.

    Best of ``repeat`` runs of each, taking turns; CPU seconds are the steadier figure on a shared machine.
    """
    from eventdesk.nlp.loader import model_name

    bare = ["-c", f"import spacy; spacy.load({model_name(model)!r})"]
    coder = ["-c", f"from eventdesk.pipeline import Coder; Coder(model={model!r})"]
    code = ["-m", "eventdesk", "code", "-", *(["--model", model] if model else [])]
    runs: dict[str, list[tuple[float, float]]] = {"bare": [], "coder": [], "code": []}
    _timed(code, _SENTENCE)  # builds the data cache if this version has none yet
    for _ in range(repeat):
        runs["bare"].append(_timed(bare))
        runs["coder"].append(_timed(coder))
        runs["code"].append(_timed(code, _SENTENCE))
    best = {k: (min(w for w, _ in v), min(c for _, c in v)) for k, v in runs.items()}
    return {
        "bare model load, wall s": round(best["bare"][0], 2), "bare model load, cpu s": round(best["bare"][1], 2),
        "Coder(), wall s": round(best["coder"][0], 2), "Coder(), cpu s": round(best["coder"][1], 2),
        "eventdesk code one sentence, wall s": round(best["code"][0], 2),
        "eventdesk code one sentence, cpu s": round(best["code"][1], 2),
        "start-up over bare load, cpu s": round(best["code"][1] - best["bare"][1], 2),
    }


def summary(measures: list[Measure]) -> dict[str, float]:
    """The ratios the goals are stated in."""
    by = {(m.name, m.workers): m for m in measures}
    out: dict[str, float] = {}
    for w in sorted({m.workers for m in measures}):
        out[f"eventdesk/parse throughput, {w} worker(s)"] = round(
            by[("eventdesk ingest", w)].docs_per_s / by[("spacy parse", w)].docs_per_s, 3)
    if ("eventdesk ingest", 1) in by and ("eventdesk ingest", 2) in by:
        out["eventdesk speed-up, 2 workers vs 1"] = round(
            by[("eventdesk ingest", 2)].docs_per_s / by[("eventdesk ingest", 1)].docs_per_s, 3)
        out["spacy parse speed-up, 2 workers vs 1"] = round(
            by[("spacy parse", 2)].docs_per_s / by[("spacy parse", 1)].docs_per_s, 3)
    return out


def _big_document(chars: int, model: str | None, conn: Any) -> None:
    try:
        reset_peak_rss()
        from eventdesk.pipeline import Coder

        parts: list[str] = []
        size = 0
        for doc in corpus(100_000, seed=11):
            if size + len(doc.text) + 2 > chars:
                break
            parts.append(doc.text)
            size += len(doc.text) + 2
        text = "\n\n".join(parts)
        coder = Coder(model=model)
        started = time.perf_counter()
        result = next(coder.code_documents([Document(id="big", text=text, published=dt.date(2019, 1, 1))]))
        seconds = time.perf_counter() - started
        peak = round(peak_rss_mb(in_children=False), 1)
        conn.send({"characters": len(text), "seconds": round(seconds, 1), "peak_mb": peak,
                   "events": len(result.events), "error": str(result.error) if result.error else None})
    except Exception as e:  # reported to the parent
        conn.send({"error": f"{type(e).__name__}: {e}"})


def big_document(chars: int = 1_000_000, model: str | None = None) -> dict[str, Any]:
    """Coding one generated document of ``chars`` characters in a fresh process: seconds, events and the
    process's peak memory (model and dictionaries included)."""
    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_big_document, args=(chars, model, child))
    proc.start()
    child.close()
    try:
        result: dict[str, Any] = parent.recv()
    finally:
        proc.join()
    return result
