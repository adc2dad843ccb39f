"""One event told several times: the day given at one mention dates the others, and its doer is theirs.

A story names the day of a bombing once ("a bomb killed a soldier on Tuesday") and tells it again
without it ("the blast also wounded two civilians"); an arrest is dated in the sentence that tells it
("was arrested Saturday") and not in the lead ("Police detained Jane Roe"). Such undated mentions take
the mention's day, with ``date_basis`` ``mention``. Two mentions are one event only on firm grounds:
the same kind of act (the CAMEO root; any act of force, 18-20, is one kind: "a bomb killed" is a bombing, 183,
and "the blast wounded" an attack, 190) and either

- the same named target, and no other doer ("Police detained Jane Roe" / "Roe was detained Saturday"), or
- a definite description of an act ("the blast", "the attack", "the arrest of Roe") as the later mention's
  trigger or as its doer, which points back to the last act of that root told before it.

An act told as repeated ("was arrested again", "had been detained before") is another act; a mention
with two different days to choose from takes neither. An act of force told with no doer as the work of such an act
("Gunmen attacked a patrol. Four soldiers were killed in the attacks") takes the doer of the last one told.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Span, Token

from eventdesk.events.arguments import lexicon
from eventdesk.models import Actor, Event
from eventdesk.ontology import VIOLENCE_ROOTS

_DATED = ("text", "citation")
_DEFINITE = frozenset(("the", "this", "that"))
_SUBJECTS = ("nsubj", "nsubjpass")
_FORCE_ROOTS = VIOLENCE_ROOTS
_DOER_REACH = 3  # sentences back to the act of force whose victims a later sentence counts


def _kind(event: Event) -> str:
    """The kind of act, for telling mentions of one act: the root, with every act of force one kind."""
    return "force" if event.cameo_root in _FORCE_ROOTS else event.cameo_root


def carry_dates(events: list[Event], doc: Doc, act_nouns: Collection[str]) -> None:
    """Date each undated asserted event from the dated mention of the same act (see the module doc)."""
    last_of_kind: dict[str, Event] = {}
    for event in sorted(events, key=lambda e: (e.sentence_start, e.trigger.start)):
        if event.status == "asserted" and event.date_basis not in _DATED and event.cameo_root:
            trigger = _token(doc, event)
            if trigger is not None and not _repeated(trigger):
                days = {(e.date, e.date_precision) for e in events
                        if e is not event and e.status == "asserted" and e.date_basis in _DATED
                        and _kind(e) == _kind(event) and _same_target(doc, event, e)}
                before = last_of_kind.get(_kind(event))
                if before is not None and before.date_basis in _DATED and (
                        _definite(trigger, act_nouns) or _in_told_act(trigger, act_nouns)):
                    days.add((before.date, before.date_precision))
                if len(days) == 1:
                    event.date, event.date_precision = next(iter(days))
                    event.date_basis = "mention"
        if event.status == "asserted" and event.cameo_root:
            last_of_kind[_kind(event)] = event


def carry_doers(events: list[Event], doc: Doc, force_nouns: Collection[str]) -> None:
    """An act of force told with no doer as the work of an act of force told before ("Militants raided a post.
    Five guards were killed in the raid"): the earlier act's doer is its doer (``force_nouns``: the nouns that name an
    act of force). The act meant is the last one told: within a few sentences the last one with a doer, and further
    back (a closing summary, "in all, eleven were wounded in the shootings") only when no other act of force was told
    since. A headline that tells an act with no doer ("Officers shot at on highway") takes the doer the lead gives
    the same act against the same actor ("A driver shot at two officers ...")."""
    ordered = sorted(events, key=lambda e: (e.sentence_start, e.trigger.start))
    sentences = list(doc.sents)
    last: Event | None = None  # the last act of force with a doer
    latest: Event | None = None  # the last act of force told at all
    for event in ordered:
        if event.status != "asserted" or _kind(event) != "force":
            continue
        if not event.source and last is not None and (
                0 < event.sentence - last.sentence <= _DOER_REACH or (
                    event.sentence > last.sentence and latest is not None and latest.sentence == last.sentence
                    and not _tells_force(sentences[last.sentence + 1:event.sentence], force_nouns))) and (
                trigger := _token(doc, event)) is not None and _in_told_act(trigger, force_nouns) and not (
                {a.code for a in event.target if a.code} & {a.code for a in last.source if a.code}):
            # (victims of the last doer's own side were not killed by it: "soldiers killed ten militants ... two
            # soldiers died in the attack")
            event.source = [a.copy() for a in last.source]
            event.confidence = round(event.confidence * 0.8, 3)
            continue  # a mention of the act told before, no new act: its next victim named is the same act's
        if event.source:
            last = event
        latest = event
    _headline_doers(ordered)


def _tells_force(sentences: list[Span], force_nouns: Collection[str]) -> bool:
    """Whether sentences name an act of force (which a later "the attacks" may mean, though no event came of it)."""
    return any(t.lower_ in force_nouns or t.lemma_.lower() in force_nouns for s in sentences for t in s)


def _headline_doers(ordered: list[Event]) -> None:
    """The doer of the first sentence's act of force with none, from the next two sentences' act of force on the same
    coded actor (a body or a sector of a country, not a bare country: two acts against "Kenya" may be two)."""
    if not ordered or ordered[0].sentence != 0:
        return
    for event in (e for e in ordered if e.sentence == 0):
        if event.source or event.status != "asserted" or _kind(event) != "force":
            continue
        aimed = {a.code for a in event.target if a.code and a.code != a.country}
        lead = next((e for e in ordered if 0 < e.sentence <= 2 and e.status == "asserted" and _kind(e) == "force"
                     and any(a.code for a in e.source) and aimed & {a.code for a in e.target if a.code}), None)
        if lead is not None and not aimed & {a.code for a in lead.source if a.code}:
            event.source = [a.copy() for a in lead.source]
            event.confidence = round(event.confidence * 0.8, 3)


def _in_told_act(trigger: Token, act_nouns: Collection[str]) -> bool:
    """ "were killed in the attacks", "died in Sunday's bombing": a victim of an act the text told of."""
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "during", "by", "after"):
            for noun in prep.children:
                if noun.dep_ == "pobj" and (noun.lower_ in act_nouns or noun.lemma_.lower() in act_nouns) and any(
                        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in noun.children):
                    return True
    return False


def _token(doc: Doc, event: Event) -> Token | None:
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _repeated(trigger: Token) -> bool:
    """ "Arrested again", "detained before", "has repeatedly attacked": another act of the same kind (the adverbs:
    lexicon list ``repetition``)."""
    again = lexicon().get("repetition", ())
    return any(c.lower_ in again for c in trigger.children if c.dep_ == "advmod")


def _definite(trigger: Token, act_nouns: Collection[str]) -> bool:
    """ "the arrest of Roe drew criticism", "the blast wounded two", "killed by the attack": a mention of an act
    told before."""
    nouns = [trigger] if trigger.pos_ == "NOUN" else []
    for child in trigger.children:
        if child.dep_ in _SUBJECTS:
            nouns.append(child)
        elif child.dep_ == "agent":
            nouns += [c for c in child.children if c.dep_ == "pobj"]
    return any(n.lower_ in act_nouns and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in n.children)
               for n in nouns)


def _same_target(doc: Doc, one: Event, other: Event) -> bool:
    """A named target in common ("Jane Roe" / "Roe") and no doer that differs."""
    if not any(_same_name(doc, a, b) or _taken_up(doc, a, b) for a in one.target for b in other.target):
        return False
    codes = {a.code for a in one.source if a.code}, {a.code for a in other.source if a.code}
    return not (codes[0] and codes[1] and not codes[0] & codes[1])


def _taken_up(doc: Doc, later: Actor, earlier: Actor) -> bool:
    """ "the deputies" after "two deputies were shot": a definite common noun taking up the ones told before."""
    spans = [doc.char_span(a.start, a.end, alignment_mode="expand") for a in (later, earlier)]
    if not all(s is not None and len(s) and s.root.pos_ == "NOUN" for s in spans) or later.start <= earlier.start:
        return False
    now, before = spans[0].root, spans[1].root  # type: ignore[union-attr]
    return now.lemma_ == before.lemma_ and now.tag_ == before.tag_ and any(
        c.dep_ == "det" and c.lower_ in _DEFINITE for c in now.children) and later.code == earlier.code


def _same_name(doc: Doc, one: Actor, other: Actor) -> bool:
    """The same named person or body: "Jane Roe" and "Roe", never a pronoun, a bare country or a common noun."""
    spans = [doc.char_span(a.start, a.end, alignment_mode="expand") for a in (one, other)]
    if not all(s is not None and len(s) and s.root.pos_ == "PROPN" for s in spans):
        return False
    words = [one.text.split(), other.text.split()]
    if any(a.code is not None and a.code == a.country and a.sector is None for a in (one, other)):
        return False  # "Kenya" and "Kenya": two acts against one state are not one act
    if one.code and other.code and one.code != other.code:
        return False
    if (one.name or one.text) == (other.name or other.text):
        return True
    # "Roe" after "Jane Roe" (but "Jane Roe" and "John Roe" are two people)
    short, full = sorted(words, key=len)
    return len(short) == 1 and short[0].lower() == full[-1].lower()
