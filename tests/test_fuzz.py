"""A small seeded fuzz run of ingest (benchmarks/fuzz.py runs the big one): no input is ever lost."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "fuzz.py"


def test_hostile_inputs_each_end_coded_duplicate_skipped_or_failed(
    tmp_path: Path, coder, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    spec = importlib.util.spec_from_file_location("fuzz", SCRIPT)
    assert spec is not None and spec.loader is not None
    fuzz = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "fuzz", fuzz)  # dataclasses look their module up there
    spec.loader.exec_module(fuzz)
    folder = tmp_path / "inputs"
    folder.mkdir()
    result = fuzz.check(folder, fuzz.make_inputs(80, seed=5), tmp_path / "f.duckdb", workers=1, coder=coder)
    assert result["inputs"] > 80 and result["documents read"] > 80  # a cut feed or archive holds fewer
    assert result["lost"] == 0
    assert result["not found in the store (must equal skipped)"] == result["skipped"]
    assert result["documents rows"] == result["coded"] + result["near-duplicate"]
    assert result["failures rows"] == result["failed"]
    assert result["coded"] and result["near-duplicate"] and result["unreadable"]
    assert not [r for r in result["why coding failed"] if "unexpected" in r]  # no defect of the coder
