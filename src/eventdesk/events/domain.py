"""Whether an event is political event data: the actors its class needs (``ontology/data/cameo_actors.csv``).

The verbs of politics are the verbs of everyday life: a striker "attacks", two firms "sign a deal", a coach
"praises" a player, a fan "blasts" the referee. None of these is a political event, and an event coder that
codes them buries the real ones. So most classes need a political actor on some side (``sectors.yaml`` marks
those sectors ``political: true``; a country and an international body are political too); a protest needs
nothing; a state's act whose agent goes unnamed ("was arrested", "was charged with murder") is the state's.
A pattern may say otherwise with its own ``actors:`` key.

An actor the knowledge base cannot place (an unknown name) takes the character of its article: in an article
about politics it may well be a politician the dictionaries lack, in a match report or a firm's press release it
is not. An article is about politics when it names political actors (a political sector's word, an office
holder, an international body) at least ``MIN_DENSITY`` times per thousand words; a text too short to judge
(under ``MIN_WORDS`` words: a sentence, a headline) is taken as political news, the input an event coder expects.
Violence (``known-political`` in the table) asks more of an article: a killing among named people is crime news
even in an article that names the police and the court; it needs a known political actor (the police, a rebel
group, "gunmen", a country).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from spacy.tokens import Doc, Token

from eventdesk.kb import KnowledgeBase
from eventdesk.kb.knowledge_base import normalize
from eventdesk.models import Actor
from eventdesk.nlp.tree import kids, tokens

Text = Literal["short", "political", "other"]
MIN_WORDS = 100
MIN_DENSITY = 5.0  # political mentions per 1000 words; news on politics has 10-40, sport and business 0-4
_NAMES = {"PERSON", "ORG", "GPE", "NORP", "FAC"}
GOVERNMENT = "GOV"  # the sector whose acts an ``official`` sense asks for (sectors.yaml)
POLICE = "COP"  # the sector a private person turns to when reporting a crime (sectors.yaml)


def is_political(actor: Actor, political_sectors: frozenset[str], private: frozenset[int] = frozenset()) -> bool | None:
    """True for a government, military, police, court, party, armed group, rights group, country or international
    body; False for an actor of another sector (a firm, a school, civilians) and for a private person with a
    nationality (``private``: where such persons start, found by the caller: ``EventExtractor``); None for an
    unknown name."""
    if actor.igo:
        return True
    if actor.sector:
        return actor.sector in political_sectors
    if actor.code is not None:
        # a country as a whole ("Iran exported ...") or its people ("Palestinians"); a private person with a
        # nationality or a home town and no sector ("a Kenyan man", "a Leeds man", "New Zealander Jane Roe") is no
        # political actor
        return actor.start not in private
    return None


def political_enough(
    requirement: str, sources: Iterable[Actor], targets: Iterable[Actor], political_sectors: frozenset[str],
    agentless: bool, text: Text, state_sectors: frozenset[str] = frozenset(), anonymous: bool = False,
    organised_sectors: frozenset[str] = frozenset(), armed_sectors: frozenset[str] = frozenset(),
    country_names: frozenset[str] = frozenset(), private: frozenset[int] = frozenset(),
    civil_sectors: frozenset[str] = frozenset(),
) -> bool:
    """Whether the actors meet a class's requirement (``ACTOR_REQUIREMENTS`` in the ontology).

    ``agentless``: the trigger names no doer and is a passive verb or a noun ("was arrested", "the arrest of").
    ``text``: what the text is (``kind_of_text``): an unknown name counts as political in a short text, and in an
    article about politics except for ``known-political`` classes (a murder among named people is crime news).
    ``state_sectors``: the state's institutions, which make a ``dyadic`` class's event political on their own (so
    does a country named as a whole: "Egypt launched a mediation effort").
    ``anonymous``: the doer is a word that names nobody ("they", "many"); acting on private people only, such a
    doer makes no political event ("whom many blame for the litter").
    ``organised_sectors``: firms, unions, schools...: for a ``voiced`` class, their statements in an article about
    politics are political.
    ``armed_sectors``: the sectors that bear arms, which an ``armed`` class needs on some side and an ``unarmed``
    one on none; ``country_names``: a target so named is a country as a whole ("poised to attack Georgia");
    ``private``: where the private persons with a nationality start ("a Kenyan man", "New Zealander Jane Roe"), who
    are not their country; ``civil_sectors``: civil society and the press, whose bare statements (a ``voiced``
    class) are political only in an article about politics (a charity's figures in a health story are not).
    """
    if requirement in ("armed", "unarmed"):
        sources, targets = list(sources), list(targets)
        everyone = [*sources, *targets]
        # a country (or its capital, its people) or a body of states acting as a whole may wage war, and a country
        # may be attacked; a town struck or entered says nothing, nor does a private person with a nationality
        # ("a Kenyan man": no name)
        # a name the knowledge base lacks may be an armed group's; only a text too short to judge gives it that
        # benefit of the doubt ("The Zorblaxian Front attacked a convoy")
        arms = (any(a.sector in armed_sectors for a in everyone)
                or any(a.igo or (a.code is not None and not a.sector and a.name) for a in sources)
                or any(a.name in country_names and not a.sector for a in targets)
                or (text == "short" and any(a.code is None and not a.sector and not a.igo for a in sources)))
        if requirement == "unarmed":
            return not arms and political_enough("political", sources, targets, political_sectors, agentless, text,
                                                 state_sectors, anonymous, country_names=country_names,
                                                 private=private)
        return (arms or (agentless and not sources)) and political_enough(
            "known-political", sources, targets, political_sectors, agentless, text, state_sectors, anonymous,
            country_names=country_names, private=private)
    if requirement == "official":
        # a country named as a whole ("China", "the United States"), not its people ("Palestinians", coded to the
        # country too)
        return any(a.sector == GOVERNMENT or a.igo or (
            not a.sector and a.name in country_names and a.text.lower().removeprefix("the ") == a.name.lower())
            for a in sources)
    if requirement == "voiced":
        if text == "other":  # a sports writer's view, a kidney charity's figures: no political statement
            sources = [a for a in sources if a.sector not in civil_sectors]
            targets = [a for a in targets if a.sector not in civil_sectors]
            if not sources and not targets:
                return False
        return political_enough("political", sources, targets, political_sectors, agentless, text, state_sectors,
                                anonymous, country_names=country_names, private=private) or (
            text == "political" and any(a.sector in organised_sectors for a in sources))
    if requirement == "any":
        return True
    if requirement == "state-source":
        # what is told to a court: the police's or a prosecutor's account is the state's case; a defendant's or a
        # witness's testimony is evidence in a trial, no political statement
        return any(a.sector in state_sectors for a in sources)
    if requirement == "none":
        return False
    unknown_political = text == "short" or (text == "political" and requirement != "known-political")
    sources, targets = list(sources), list(targets)
    if requirement == "state" and agentless and not sources:
        return True

    def political(actors: list[Actor]) -> bool:
        return any(known or (known is None and unknown_political)
                   for known in (is_political(a, political_sectors, private) for a in actors))

    if requirement == "dyadic":
        if targets and all(a.sector == POLICE for a in targets) and not any(
                is_political(a, political_sectors, private) for a in sources):
            return False  # "a neighbour called the police": a private person reports a crime, no consultation
        if any(a.sector in state_sectors or (a.code and not a.sector and not a.igo) for a in (*sources, *targets)):
            return True
        doer = political(sources) or (not sources and unknown_political)
        return doer and (not targets or political(targets))
    if not sources:
        # the doer is not named: it may be anyone, a government too; but a word that names nobody acting on
        # private people only ("whom many blame", "they vandalised shops") makes no political event
        private_only = bool(targets) and all(is_political(a, political_sectors, private) is False for a in targets)
        if unknown_political and not (anonymous and private_only):
            return True
    actors = sources if requirement == "political-source" else [*sources, *targets]
    return political(actors)


def political_mentions(doc: Doc, kb: KnowledgeBase) -> int:
    """How often a text names a political actor: an office holder, an international body, an institution or a
    word of a political sector ("police", "minister", "rebels"). Places do not count: sport and business
    name them as often as politics does; nor do a sector's everyday words ("department", "president", "officer"),
    which a department store, a firm's president or a safety officer use as often."""
    political = kb.topic_sectors
    everyday = kb.everyday_terms  # "the department store", "the firm's president": as often no politics at all
    count = 0
    for ent in doc.ents:
        if ent.label_ in _NAMES and normalize(ent.text) not in everyday and any(
            t.kind in ("igo", "person") or (t.kind in ("institution", "sector") and t.sector in political)
            for t in kb.lookup(ent.text)
        ):
            count += 1
    for tok in tokens(doc):
        if tok.pos_ in ("NOUN", "PROPN") and not tok.ent_type_ and (not {
                normalize(tok.lemma_), normalize(tok.text)} & everyday or _qualified(tok, kb, political)) and any(
            t.kind == "sector" and t.sector in political for t in (*kb.lookup(tok.lemma_), *kb.lookup(tok.text))
        ):
            count += 1
    return count


def _qualified(word: Token, kb: KnowledgeBase, political: frozenset[str]) -> bool:
    """Whether a country or a political word qualifies an everyday word ("Kenyan officials", "the government
    spokesman", "the party's leaders"): then it names politics as any sector word does ("the department store",
    "the firm's president", "a safety officer" do not)."""
    return any(c.dep_ in ("amod", "compound", "poss") and (c.ent_type_ in ("NORP", "GPE") or any(
        t.kind == "sector" and t.sector in political for t in kb.lookup(c.lemma_))) for c in kids(word))


def kind_of_text(doc: Doc, kb: KnowledgeBase) -> Text:
    """Too short to judge, an article about politics, or another article (see the module's docstring)."""
    words = sum(1 for t in tokens(doc) if not (t.is_punct or t.is_space))
    if words < MIN_WORDS:
        return "short"
    return "political" if political_mentions(doc, kb) * 1000 / words >= MIN_DENSITY else "other"
