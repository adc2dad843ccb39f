"""Names the recognizer takes for places: "presidential candidate Ricardo Roe spoke" is a person.

spaCy's recognizer sometimes labels a person's name a facility or a place (FAC, GPE, LOC), most often after a
title it does not know as part of a name. Such a name is then never remembered as a person, and a later "he"
finds no one to stand for. A name right after a word for a person's office or trade ("candidate", "leader",
"farmer") that the knowledge base knows as no place is a person's: it is relabelled PERSON before the people of
the document are read.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from eventdesk.kb import KnowledgeBase

_PLACE_LABELS = frozenset({"FAC", "GPE", "LOC"})
_PLACE_KINDS = frozenset({"country", "capital", "subnational", "institution", "igo"})


def people_taken_for_places(doc: Doc, kb: KnowledgeBase) -> int:
    """Relabel as PERSON the place-labelled names that follow a person's title; returns how many."""
    ents = list(doc.ents)
    changed = 0
    for n, ent in enumerate(ents):
        if ent.label_ not in _PLACE_LABELS or ent.start == 0 or not _name_like(ent):
            continue
        title = doc[ent.start - 1]
        if title.head.i != ent.root.i or title.dep_ not in ("compound", "amod") or not _person_word(title.lower_, kb):
            continue
        if any(t.kind in _PLACE_KINDS for t in kb.lookup(ent.text)) or kb.cities.country(ent.text):
            continue  # "provincial capital Lahore" is a place
        ents[n] = Span(doc, ent.start, ent.end, label="PERSON")
        changed += 1
    if changed:
        doc.ents = ents
    return changed


def _name_like(ent: Span) -> bool:
    return all(t.pos_ == "PROPN" and t.is_title for t in ent)


def _person_word(word: str, kb: KnowledgeBase) -> bool:
    """A word for a person by office or trade: "leader", "farmer", "candidate" (a sector's word for one)."""
    return word in kb.person_nouns or word in kb.serving_titles or any(
        t.kind == "sector" for t in kb.lookup(word))
