"""Imports go one way: nlp/ is the spaCy pass below the coder; ingest/ has one dispatcher above its readers."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "eventdesk"


def imports(path: Path) -> set[str]:
    """Every eventdesk module a file imports, at module level or inside functions."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("eventdesk"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("eventdesk")}
    return found


def test_nlp_imports_nothing_above_it() -> None:
    allowed = ("eventdesk.nlp", "eventdesk.errors", "eventdesk.models", "eventdesk.datafiles", "eventdesk.months")
    for path in (PACKAGE / "nlp").glob("*.py"):
        if path.name == "factories.py":  # forwards old installs' entry points to eventdesk.components, lazily
            continue
        above = {m for m in imports(path) if not m.startswith(allowed)}
        assert not above, f"{path.name} imports {above}"


def test_ingest_format_readers_do_not_import_the_dispatcher_and_checks_import_no_reader() -> None:
    readers = {"text", "html", "feeds", "warc"}
    for path in (PACKAGE / "ingest").glob("*.py"):
        found = imports(path)
        if path.stem in readers:
            assert "eventdesk.ingest.readers" not in found, path.name
        if path.stem in ("checks", "formats", "header", "repair"):
            assert not {m.rsplit(".", 1)[-1] for m in found if m.startswith("eventdesk.ingest.")} & (
                readers | {"readers"}), path.name
