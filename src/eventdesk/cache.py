"""A compiled cache of the loaded data files, so that a run starts in well under a second.

Reading and validating the knowledge base and the event patterns takes ~1.7 s of CPU; loading the
same objects from a pickle takes ~0.2 s. The cache is keyed on the content of every file the objects
come from — the data files, a user's overlay directories, and the code that reads them — so a changed
or added file (or a new eventdesk) builds a new entry instead of reading a stale one. Entries live in
``$EVENTDESK_CACHE_DIR``, else the user's cache folder (``$XDG_CACHE_HOME/eventdesk`` or
``~/.cache/eventdesk``); ``EVENTDESK_CACHE_DIR=off`` turns the cache off. A cache that cannot be read or
written is rebuilt or skipped, never an error.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)
PACKAGE = Path(__file__).resolve().parent
KEEP = 8  # entries kept per kind (several checkouts or overlays may share one cache folder)
_MEMO: dict[str, Any] = {}


def cache_dir() -> Path | None:
    """Where entries are kept, or None when the cache is off."""
    configured = os.environ.get("EVENTDESK_CACHE_DIR")
    if configured is not None:
        return None if configured.strip().lower() in ("", "off", "0", "no") else Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "eventdesk"


def _files(sources: Iterable[Path]) -> list[Path]:
    out: list[Path] = []
    for source in sources:
        if source.is_dir():
            out.extend(p for p in source.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        elif source.is_file():
            out.append(source)
    return sorted(set(out))


def fingerprint(kind: str, sources: Iterable[Path]) -> str:
    """A digest of everything the entry depends on: the files' names and bytes, Python's version, the kind."""
    digest = hashlib.sha256(f"{kind}\0{sys.version_info[:2]}\0{pickle.HIGHEST_PROTOCOL}".encode())
    for path in _files(sources):
        digest.update(str(path).encode("utf-8", "replace") + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:32]


def cached(kind: str, sources: Iterable[Path], build: Callable[[], T]) -> T:
    """The object ``build`` makes from ``sources``: from this process, the cache folder, or built (and stored)."""
    folder = cache_dir()
    if folder is None:
        return build()
    key = f"{kind}-{fingerprint(kind, sources)}"
    if key in _MEMO:
        return _MEMO[key]  # type: ignore[no-any-return]
    path = folder / f"{key}.pickle"
    value: T
    try:
        with path.open("rb") as f:
            value = pickle.load(f)
        _MEMO[key] = value
        return value
    except FileNotFoundError:
        pass
    except Exception as e:  # a damaged or foreign entry: build anew
        log.debug("cache entry %s unreadable (%s): rebuilding", path, e)
    value = build()
    _MEMO[key] = value
    _store(folder, path, value, kind)
    return value


def _store(folder: Path, path: Path, value: object, kind: str) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: a reader sees the whole entry or none
        entries = sorted(folder.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError as e:  # a read-only home, a full disk: run without the cache
        log.debug("cannot write cache entry %s: %s", path, e)
        tmp.unlink(missing_ok=True)
