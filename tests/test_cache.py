"""The compiled cache of the data files: read back when nothing changed, rebuilt when any file did."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventdesk import cache


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("EVENTDESK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(cache, "_MEMO", {})  # as in a new process
    return tmp_path / "cache"


def test_an_entry_is_reused_until_a_source_file_changes(tmp_path: Path, folder: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "a.csv").write_text("x\n1\n", encoding="utf-8")
    builds: list[int] = []

    def build() -> dict[str, int]:
        builds.append(1)
        return {"rows": len(builds)}

    assert cache.cached("kb", [data], build) == {"rows": 1}
    cache._MEMO.clear()
    assert cache.cached("kb", [data], build) == {"rows": 1} and len(builds) == 1  # read from the folder
    (data / "b.csv").write_text("y\n", encoding="utf-8")  # another helper adds a data file
    assert cache.cached("kb", [data], build) == {"rows": 2}
    (data / "a.csv").write_text("x\n2\n", encoding="utf-8")  # same names, other content
    assert cache.cached("kb", [data], build) == {"rows": 3}
    assert len(list(folder.glob("kb-*.pickle"))) == 3


def test_a_damaged_entry_is_rebuilt_and_off_means_no_cache(tmp_path: Path, folder: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "p.yaml"
    source.write_text("- id: x\n", encoding="utf-8")
    assert cache.cached("patterns", [source], lambda: "built") == "built"
    [entry] = folder.glob("patterns-*.pickle")
    entry.write_bytes(b"not a pickle")
    cache._MEMO.clear()
    assert cache.cached("patterns", [source], lambda: "rebuilt") == "rebuilt"
    monkeypatch.setenv("EVENTDESK_CACHE_DIR", "off")
    assert cache.cached("patterns", [source], lambda: "fresh") == "fresh"
    assert cache.cache_dir() is None
