"""Fuzz ingest with hostile inputs and check that no document is lost.

Every input (a file, or a line of a JSON Lines file) must end in exactly one of: coded, near-duplicate
of a coded document, skipped (its text is stored already) or the failures table. The inputs are
mutations of generated articles (``eventdesk.samples.generate``): other encodings, binary bytes, runs
of punctuation, control characters, lone surrogates, malformed JSON, impossible or absurd publication
dates, broken HTML, RSS and Atom feeds (whole, cut short, with absurd dates), WARC archives (plain,
gzipped, cut short), gzip, ZIP and PDF files passed as text, near-copies and exact repeats, a long
document, and more.

    python benchmarks/fuzz.py 20000 --workers 2      # prints the counts; exit status 1 if anything is lost
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

import duckdb
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventdesk.ingest import read_inputs
from eventdesk.ingest.html import url_id
from eventdesk.samples.generate import corpus
from eventdesk.scale import ingest
from eventdesk.store import Store


@dataclass
class Input:
    name: str  # file name
    data: bytes
    keys: list[tuple[str, int | None]]  # (document id, JSON line) of each document it holds
    cut: bool = False  # cut short: the documents after the cut are reported with the file, not one by one


PUNCTUATION = "'\"!?.,;:()[]{}*-_=+/\\|@#$%^&~`<>—–…«»"
FEED_DATES = ["Fri, 01 Jun 2012 10:00:00 GMT", "Tue, 31 Dec 0001 00:00:00 GMT", "Mon, 99 Foo 2012", ""]
DATES = ["0001-01-01", "9999-12-31", "0000-01-01", "2019-02-30", "yesterday", "1799-12-31", "2201-01-01",
         "2012-06-01", "", None, "2012-06-01T10:00:00Z", 20120601]


def _base(rng: random.Random, texts: list[str]) -> str:
    text = rng.choice(texts)
    return text[: rng.randint(80, 600)]


def make_inputs(n: int, seed: int = 1) -> list[Input]:
    """``n`` inputs (files) of every hostile kind, the same ones for the same seed."""
    rng = random.Random(seed)
    texts = [d.text for d in corpus(200, seed=seed)]
    made: list[Input] = []
    plain: list[str] = []

    def text_file(name: str, data: bytes) -> Input:
        return Input(f"{name}.txt", data, [(name, None)])

    def jsonl(name: str, records: list[object]) -> Input:
        lines, keys = [], []
        for k, record in enumerate(records, start=1):
            lines.append(record if isinstance(record, str) else json.dumps(record))
            keys.append((f"{name}-{k}", k))
        return Input(f"{name}.jsonl", "\n".join(lines).encode("utf-8", "surrogatepass") + b"\n", keys)

    def feed(name: str, t: str, cut: bool) -> Input:
        items = "".join(
            f"<item><title>Story {k}</title><description>{escape(part)}</description>"
            f"<pubDate>{rng.choice(FEED_DATES)}</pubDate></item>"
            for k, part in enumerate([t, t[::-1][:300]], start=1))
        data = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>{items}</channel></rss>'.encode()
        data = data[: rng.randint(40, len(data) - 1)] if cut else data
        return Input(f"{name}.rss", data, [(f"{name}-{k}", k) for k in (1, 2)], cut)

    def atom(name: str, t: str) -> Input:
        updated = rng.choice(["2012-06-01T10:00:00Z", "0001-01-01T00:00:00Z", "soon"])
        entry = (f"<entry><title>Story</title><id>urn:{name}</id><updated>{updated}</updated>"
                 f"<content type=\"html\">{escape('<p>' + t + '</p>')}</content></entry>")
        data = f'<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>{entry}</feed>'.encode()
        return Input(f"{name}.atom", data, [(url_id(f"urn:{name}"), 1)])

    def warc(name: str, t: str, compress: bool, cut: bool) -> Input:
        buffer = io.BytesIO()
        writer = WARCWriter(buffer, gzip=compress)
        uri = f"https://news.example/{name}"
        body = f"<html><body><article><p>{escape(t)}</p></article></body></html>".encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html"), ("Content-Length", str(len(body)))],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            uri, "response", payload=io.BytesIO(body), length=len(body), http_headers=headers,
            warc_headers_dict={"WARC-Date": rng.choice(["2012-06-01T10:00:00Z", "0001-01-01T00:00:00Z"])}))
        data = buffer.getvalue()
        data = data[: rng.randint(10, len(data) - 1)] if cut else data
        return Input(f"{name}.warc" + (".gz" if compress else ""), data, [(url_id(uri), None)], cut)

    mutators: list[Callable[[str, str], Input]] = [
        lambda name, t: text_file(name, t.encode()),
        lambda name, t: text_file(name, b"\xff\xfe" + t.encode("utf-16-le")),
        lambda name, t: text_file(name, b"\x00\x00\xfe\xff" + t.encode("utf-32-be")),
        lambda name, t: text_file(name, b"\xef\xbb\xbf" + t.encode()),
        lambda name, t: text_file(name, t.encode("utf-16-le")),  # no mark: binary to a UTF-8 reader
        lambda name, t: text_file(name, (t + " Fran\xe7ois Hollande").encode("latin-1", "replace")),
        lambda name, t: text_file(name, rng.randbytes(rng.randint(0, 3000))),
        lambda name, t: text_file(name, b" \n\t " * rng.randint(0, 5)),
        lambda name, t: text_file(name, (t + rng.choice(PUNCTUATION) * rng.randint(9, 12000) + " " + t).encode()),
        lambda name, t: text_file(name, "".join(rng.choice(PUNCTUATION + " ") for _ in range(rng.randint(1, 5000)))
                                  .encode()),
        lambda name, t: text_file(name, "".join(c if rng.random() > 0.05 else chr(rng.randint(0, 31)) for c in t)
                                  .encode()),
        lambda name, t: text_file(name, t.replace(" ", "\r", 3).replace(".", ".\u2028", 2).encode()),
        lambda name, t: text_file(name, ("x" * rng.randint(1000, 30000) + " " + t).encode()),
        lambda name, t: text_file(name, " ".join("".join(rng.choice("qzxkvjw") for _ in range(rng.randint(3, 9)))
                                                 for _ in range(60)).encode()),
        lambda name, t: Input(f"{name}.html", f"<html><body><article><p>{t}</p></article></body></html>".encode(),
                              [(name, None)]),
        lambda name, t: Input(f"{name}.html", f"<html><body><p>{t[: rng.randint(0, 80)]}".encode(), [(name, None)]),
        lambda name, t: jsonl(name, [{"id": f"{name}-1", "text": t, "published": rng.choice(DATES)},
                                     {"id": f"{name}-2", "text": t[::-1][:200], "published": rng.choice(DATES)}]),
        lambda name, t: jsonl(name, ['{"id": "' + name + '-1", "text": "Putin met \\udcff Obama in Moscow."}',
                                     '{"id": "' + name + '-2", "text": ' + json.dumps(t)[: rng.randint(1, 40)]]),
        lambda name, t: jsonl(name, [{"id": f"{name}-1", "text": rng.choice([None, 7, ["a"], ""])},
                                     [1, 2], {"id": f"{name}-3", "text": t, "published": "2015-05-05"}]),
        lambda name, t: text_file(name, ("Updated: " + rng.choice(plain) if plain else t).encode()),  # near-copy
        lambda name, t: text_file(name, (rng.choice(plain) if plain else t).encode()),  # exact repeat
        lambda name, t: text_file(name, "\n\n".join([t] * rng.choice([2, 3, 5, 60])).encode()),  # sometimes long
        lambda name, t: feed(name, t, cut=False),
        lambda name, t: feed(name, t, cut=True),
        lambda name, t: atom(name, t),
        lambda name, t: warc(name, t, compress=rng.random() < 0.5, cut=False),
        lambda name, t: warc(name, t, compress=rng.random() < 0.5, cut=True),
        lambda name, t: text_file(name, rng.choice([gzip.compress(t.encode()), b"PK\x03\x04" + t.encode(),
                                                    b"%PDF-1.4\n" + t.encode()])),
        lambda name, t: text_file(name, f"{t[:40]}\nDate: {rng.choice(['0001-01-01', '9999-12-31', 'soon'])}\n\n{t}"
                                  .encode()),
    ]
    for i in range(n):
        name = f"in{i:06d}"
        t = _base(rng, texts)
        item = rng.choice(mutators)(name, t)
        made.append(item)
        if len(plain) < 500 and item.name.endswith(".txt") and rng.random() < 0.3:
            plain.append(t)
    return made


def check(folder: Path, inputs: list[Input], db: Path, workers: int, coder: Any = None) -> dict[str, Any]:
    """Ingest the inputs and count where each ended; ``lost`` must be 0."""
    for item in inputs:
        (folder / item.name).write_bytes(item.data)
    started = time.perf_counter()
    with Store(db) as store:
        summary = ingest(read_inputs([str(folder)], "auto"), store, workers=workers, coder=coder)
    seconds = time.perf_counter() - started
    con = duckdb.connect(str(db), read_only=True)
    try:
        stored = {r[0] for r in con.execute("SELECT id FROM documents").fetchall()}
        failed = {(r[0], r[1]) for r in con.execute("SELECT source, line FROM failures").fetchall()}
        n_docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]  # type: ignore[index]
        n_fail = con.execute("SELECT count(*) FROM failures").fetchone()[0]  # type: ignore[index]
        reasons = con.execute(
            "SELECT regexp_replace(error, '^.*?: ', '')[:70] AS r, count(*) FROM failures WHERE stage = 'code' "
            "GROUP BY r ORDER BY 2 DESC").fetchall()
    finally:
        con.close()
    failed_sources = {s for s, _ in failed}
    unaccounted = 0
    total = 0
    for item in inputs:
        path = str(folder / item.name)
        for key, line in item.keys:
            total += 1
            found = key in stored or key in failed_sources or (path, line or 0) in failed or (path, 0) in failed
            found = found or (item.cut and path in failed_sources)  # the rest of a cut file: one failure row
            unaccounted += not found
    return {
        "inputs": total, "documents read": summary.documents, "coded": summary.coded,
        "near-duplicate": summary.duplicates, "skipped": summary.skipped, "failed": summary.failed,
        "unreadable": summary.unreadable, "failed at coding": summary.coding_failed,
        "documents rows": int(n_docs), "failures rows": int(n_fail),
        "lost": summary.documents - (summary.coded + summary.duplicates + summary.skipped + summary.failed),
        "cut files": sum(item.cut for item in inputs),
        "not found in the store (must equal skipped)": unaccounted, "seconds": round(seconds, 1),
        "why coding failed": {r: int(c) for r, c in reasons},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("n", type=int, nargs="?", default=2000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="eventdesk-fuzz-") as tmp:
        folder = Path(tmp) / "inputs"
        folder.mkdir()
        result = check(folder, make_inputs(args.n, args.seed), Path(tmp) / "fuzz.duckdb", args.workers)
    print(json.dumps(result, indent=2))
    ok = result["lost"] == 0 and result["not found in the store (must equal skipped)"] == result["skipped"]
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
