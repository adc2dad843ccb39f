"""The public API is what ``eventdesk.__all__`` says, and nothing else is promised."""

import eventdesk


def test_all_is_sorted_and_complete() -> None:
    public = {name for name in dir(eventdesk) if not name.startswith("_")}
    modules = {"actors", "cli", "datafiles", "enrich", "errors", "events", "ingest", "kb", "models", "nlp",
               "ontology", "output", "pipeline", "samples"}
    assert sorted(eventdesk.__all__) == eventdesk.__all__
    assert set(eventdesk.__all__) == public - modules
