"""Start-up: ``eventdesk code`` imports only what coding needs, and loads only the spaCy components it runs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from eventdesk.nlp import load_pipeline

# libraries of other commands (store, Parquet, Dask, HTML/feed/WARC readers); rich is not listed: spaCy's own
# import brings it (through typer), so the bare model load pays for it too
HEAVY = ["duckdb", "pyarrow", "dask", "distributed", "trafilatura", "feedparser", "warcio"]


def test_code_path_imports_no_library_of_other_commands() -> None:
    probe = (
        "import sys, json; import eventdesk.cli, eventdesk.pipeline, eventdesk.output, eventdesk.ingest; "
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert json.loads(out) == []


def test_only_the_components_the_coder_reads_are_loaded() -> None:
    nlp = load_pipeline()
    assert "senter" not in nlp.component_names  # disabled in the English models, and not even loaded
    for needed in ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"):
        assert needed in nlp.pipe_names


def test_every_data_object_of_the_coder_comes_from_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The second coder in a fresh cache folder reads the knowledge base, patterns, ontology and gazetteer
    from it, and they code as freshly built ones do."""
    from eventdesk import cache
    from eventdesk.pipeline import Coder

    monkeypatch.setenv("EVENTDESK_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(cache, "_MEMO", {})
    first = Coder()
    kinds = sorted(p.name.split("-")[0] for p in tmp_path.glob("*.pickle"))
    assert kinds == ["gazetteer", "kb", "ontology", "patterns"]
    monkeypatch.setattr(cache, "_MEMO", {})
    second = Coder()
    assert second.gazetteer is not first.gazetteer
    place = second.gazetteer.lookup("Geneva")[0]
    assert place.country == "CH" and place.geonameid
    assert place == first.gazetteer.lookup("Geneva")[0]
    assert second.ontology.plover("190") == first.ontology.plover("190")


def test_long_generated_articles_for_the_benchmark() -> None:
    from eventdesk.samples.generate import corpus

    long = list(corpus(5, words=600))
    assert all(600 <= len(d.text.split()) < 800 for d in long)
    assert [d.text for d in corpus(5, words=600)] == [d.text for d in long]  # the same for the same seed
    assert [d.id for d in long] == [d.id for d in corpus(5)]


@pytest.mark.model
def test_the_re_caser_is_built_only_for_a_text_that_needs_it() -> None:
    from eventdesk.nlp.truecase import needs_recasing
    from eventdesk.pipeline import Coder

    assert not needs_recasing("Police arrested two men in Lucknow on Friday.")
    assert needs_recasing("police arrested two men in lucknow on friday.")
    assert needs_recasing("POLICE ARREST TWO MEN\nThe men were held on Friday.")
    coder = Coder(nlp=load_pipeline())  # its own: the shared one may have re-cased a text already
    coder.code_text("Police arrested two men in Lucknow on Friday.", published="2002-03-04")
    assert coder._truecaser is None  # start-up and cased text never pay the ~2 s of building it
    events = coder.code_text("police arrested two men in lucknow on friday.", published="2002-03-04")
    assert coder._truecaser is not None and events
