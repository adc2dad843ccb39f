"""Who says so: the speaker of reported speech and the outlet that carried it.

"Ivanov told Russian reporters that ...", "..., officials said", "according to Ivanov": the event keeps
its status and records its ``speaker``. When the one who reports is a news outlet ("Xinhua reported",
"told Newsweek", "according to Interfax"), the outlet is a cited source instead, so an analyst can
weigh each claim by who made it and who carried it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from eventdesk.actors import ActorResolver
from eventdesk.models import Actor
from eventdesk.nlp.tree import kids
from eventdesk.nlp.words import REPORTING_VERBS


@dataclass
class Attribution:
    speaker: Actor | None = None
    outlets: list[str] = field(default_factory=list)


def _reporting_clause(trigger: Token) -> Token | None:
    """The nearest verb of saying whose complement contains the trigger."""
    tok = trigger
    while tok.head.i != tok.i:
        edge = tok.dep_
        tok = tok.head
        if edge in ("ccomp", "parataxis") and tok.lemma_.lower() in REPORTING_VERBS:
            return tok
    return None


def _according_to(sent: Span) -> Token | None:
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < len(sent.doc) and sent.doc[t.i + 1].lower_ == "to":
            for c in sent.doc[t.i + 1].children:
                if c.dep_ == "pobj":
                    return c
    return None


def attribute(trigger: Token, sent: Span, resolver: ActorResolver, has_according: bool = True) -> Attribution:
    """The speaker and outlets of the claim an event comes from."""
    found = Attribution()
    voices: list[Token] = []
    clause = _reporting_clause(trigger)
    if clause is not None:
        voices.extend(c for c in kids(clause) if c.dep_ == "nsubj")
        if clause.lemma_.lower() == "tell":  # "told Newsweek": the listener may be an outlet
            voices.extend(c for c in kids(clause) if c.dep_ in ("dobj", "dative"))
    according = _according_to(sent) if has_according else None
    if according is not None:
        voices.append(according)
    for voice in voices:
        for actor in resolver.resolve(voice):
            if actor.sector == "MED":
                if actor.name:  # a named outlet ("Newsweek"), not "reporters"
                    found.outlets.append(actor.name)
            elif found.speaker is None and voice.dep_ not in ("dobj", "dative"):
                found.speaker = actor
    return found
