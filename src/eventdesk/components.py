"""eventdesk as spaCy components, for a user's own pipeline.

They wrap the whole coder (``pipeline.Coder``), so they live above it, not in ``nlp/`` (the one spaCy
pass the coder runs, whose line-break component is registered in ``nlp/loader.py``).

``eventdesk_actors`` sets ``doc._.eventdesk_actors`` (every named actor, resolved) and
``eventdesk_events`` sets ``doc._.eventdesk_events`` (the coded events), so eventdesk runs inside a
user's own spaCy pipeline. They are exposed as ``spacy_factories`` entry points, so a saved pipeline
loads without importing eventdesk first. Config holds settings, never loaded dictionaries.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from eventdesk.actors import ActorResolver
from eventdesk.kb import default_kb
from eventdesk.models import Document
from eventdesk.pipeline import Coder

for _name in ("eventdesk_actors", "eventdesk_events"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
if not Doc.has_extension("eventdesk_published"):
    Doc.set_extension("eventdesk_published", default=None)


class ActorComponent:
    """Resolves every named actor of a document (people, places as governments, organisations)."""

    def __init__(self, nlp: Language, name: str, kb: list[str] | None) -> None:
        self.name = name
        self.kb = default_kb(tuple(kb or ()))

    def __call__(self, doc: Doc) -> Doc:
        published: dt.date | None = doc._.eventdesk_published
        resolver = ActorResolver(self.kb, published)
        resolver.scan(doc)
        actors: list[Any] = []
        for ent in doc.ents:
            if ent.label_ in ("PERSON", "ORG", "GPE", "NORP"):
                actors.extend(a for a in resolver.resolve(ent.root) if a.start <= ent.start_char < a.end + 1)
        doc._.eventdesk_actors = actors
        return doc


class EventComponent:
    """Codes the events of a document with eventdesk's patterns, actors and enrichment."""

    def __init__(self, nlp: Language, name: str, kb: list[str] | None, patterns: str | None) -> None:
        self.name = name
        self.coder = Coder(nlp=nlp, kb_dirs=kb or (), patterns_dir=patterns)

    def __call__(self, doc: Doc) -> Doc:
        document = Document(id="doc", text=doc.text, published=doc._.eventdesk_published)
        doc._.eventdesk_events = self.coder.code_parsed(document, doc).events
        return doc


@Language.factory(
    "eventdesk_actors", requires=["token.dep", "doc.ents"], assigns=["doc._.eventdesk_actors"],
    default_config={"kb": None},
)
def make_actor_component(nlp: Language, name: str, kb: list[str] | None) -> ActorComponent:
    return ActorComponent(nlp, name, kb)


@Language.factory(
    "eventdesk_events", requires=["token.dep", "doc.ents"], assigns=["doc._.eventdesk_events"],
    default_config={"kb": None, "patterns": None},
)
def make_event_component(nlp: Language, name: str, kb: list[str] | None, patterns: str | None) -> EventComponent:
    return EventComponent(nlp, name, kb, patterns)


__all__: list[Any] = [
    "ActorComponent", "EventComponent", "make_actor_component", "make_event_component",
]
