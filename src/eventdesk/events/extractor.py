"""Finding events in a parsed sentence: triggers matched to patterns, then their arguments.

One trigger yields at most one pattern (the most specific frame that fits), and a verb of saying
gives way to the event it reports ("announced a joint plant with a German firm" is the venture, said
by its announcer). Events whose arguments name no actor at all are not kept, nor events whose actors do
not make them political event data (``domain``): those are set aside, so their unknown actors still count.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.symbols import ADJ, AUX, NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from eventdesk.actors import ActorResolver
from eventdesk.actors.resolve import actor_code
from eventdesk.events import arguments as args
from eventdesk.events.coding import authorities, private_person
from eventdesk.events.domain import Text, kind_of_text, political_enough
from eventdesk.events.implicit import ATTRIBUTED, speaker_is_doer, with_attributed_agent, with_implicit_agent
from eventdesk.events.intent import (
    DEMAND_AUX,
    THREAT,
    advocating_clause,
    demand_clause,
    derive_demand,
    derive_intent,
    refusal_pattern,
)
from eventdesk.events.patterns import Pattern, PatternSet
from eventdesk.events.status import FUTURE_AUX, MODAL_AUX, NEGATIONS, noun_status, status_of
from eventdesk.models import Actor, Status
from eventdesk.nlp.tree import kids, sentence_bounds
from eventdesk.nlp.words import REPORTING_VERBS
from eventdesk.nlp.wordscan import WordScan
from eventdesk.ontology import SENSED_BY_ACTORS, VIOLENCE_ROOTS, Ontology, default_ontology

_ACTOR_ENTS = {"PERSON", "ORG", "GPE", "NORP"}


_NOT_DONE_FLIP: dict[Status, Status] = {"asserted": "negated", "negated": "asserted"}


@dataclass
class Candidate:
    """An event found in a sentence, before dates, places and sources are attached."""

    trigger: Token
    pattern: Pattern
    sources: list[Actor]
    targets: list[Actor]
    status: Status
    confidence: float
    depth_offset: int = 0  # a derived announcement outranks the planned act it announces


@dataclass
class Frame:
    """What a trigger token's dependents offer the patterns, read once per token."""

    children: list[Token]
    preps: set[str]
    particles: set[str]
    comps: list[Token]
    comp_words: set[str]
    has_clause: bool  # a that-clause complement
    clause_words: set[str]  # the lemmas of its verbs
    predicate_words: set[str]  # what the object is called: "a disgrace", "as a dictator", "as baseless"
    question: bool  # a complement that asks: "asked how ...", "asked whether ...", "asked about ..."
    has_complement: bool  # an object, a preposition, a particle, a to-infinitive or a clause ("pleaded guilty": none)
    object_words: set[str]
    passive: bool

    @classmethod
    def of(cls, tok: Token) -> Frame:
        children = list(kids(tok))
        children += [g for c in _returning(tok) for g in kids(c) if g.dep_ == "prep"]
        # a negated complement is not what the frame asks for: "vowed never to attack" is no threat to attack
        comps = [c for c in children if (c.dep_ == "xcomp" or (c.dep_ == "advcl" and c.tag_ == "VB"))
                 and not any(g.dep_ == "neg" or g.lower_ == "never" for g in kids(c))]
        objs = [c for c in children if c.dep_ in ("dobj", "nsubjpass")]
        if not objs and tok.dep_ == "conj" and args.is_passive(tok):
            # "a case was opened and later withdrawn": the passives share their subject
            objs = [c for c in kids(tok.head) if c.dep_ == "nsubjpass"]
        objs += [g for o in objs for g in kids(o) if g.dep_ == "conj"]
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "mark") for c in children):
            objs.append(tok.head)  # "the aid sent by Kabul"; not "charges that he had traded on tips"
        elif tok.dep_ == "relcl" and not objs and any(
                c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in children):
            objs.append(tok.head)  # "the rent he charges", "the deal they signed": the noun is the object
        objs += [m for o in objs if (m := args.measured(o)) is not o]
        stray = args.stray_agent(tok)  # "invited to speak by X": the "by" is the invitation's, not the speaking's
        children = [c for c in children if c is not stray]
        return cls(
            children=children,
            preps={c.lower_ for c in children if c.dep_ in ("prep", "dative", "agent", "prt") and not _temporal(c)},
            particles={c.lower_ for c in children if c.dep_ == "prt"},
            comps=comps,
            comp_words={w for c in comps for w in (c.lemma_.lower(), c.lower_)},
            has_clause=any(c.dep_ == "ccomp" for c in children),
            clause_words=_clause_words(children),
            predicate_words=_predicate_words(children, objs),
            # "asked how ...", and "was asked about the tax": a question, no request
            question=any((c.dep_ in ("ccomp", "xcomp") and _asks(c)) or (c.dep_ == "prep" and c.lower_ == "about")
                         for c in children) or (
                # "asked the chief if he was happy": the parser hangs the question on the verb as a condition
                not comps and "for" not in {c.lower_ for c in children if c.dep_ == "prep"}
                and any(c.dep_ == "advcl" and c.i > tok.i and _asks(c) for c in children)),
            has_complement=bool(objs or comps) or any(  # "in 2003 he pleaded guilty": a date completes nothing
                c.dep_ in ("prep", "dative", "prt", "ccomp", "xcomp", "dobj", "attr") and not _temporal(c)
                for c in children
            ),
            object_words={w for o in objs for w in (o.lemma_.lower(), o.lower_)},
            passive=args.is_passive(tok),
        )

# Verbs by which a clause says what a deed or a view amounts to: "the delay amounts to contempt of court", "his views
# are at odds with our values" (the subject's owner is judged)
_AMOUNTING = {"be", "amount", "constitute", "represent", "stand", "remain"}

# Verbs that only tell of a clause (not "announce", whose noun is often the announcer's own act: "announced a
# joint venture"): "police said a protest was peaceful" names no protester.
_TELLING = {"say", "tell", "report", "add", "note", "confirm", "state"}


def fits(tok: Token, p: Pattern, frame: Frame | None = None) -> bool:
    """Whether a trigger token stands in the grammatical frame a pattern asks for."""
    if frame is None:
        frame = Frame.of(tok)
    if not p.passive and frame.passive:
        return False
    if p.particle and not frame.particles.intersection(p.particle):
        return False
    if p.clause and not frame.has_clause:
        return False
    if isinstance(p.clause, tuple) and not frame.clause_words.intersection(p.clause):
        return False
    if p.predicate and not frame.predicate_words:
        return False
    if isinstance(p.predicate, tuple) and not frame.predicate_words.intersection(p.predicate):
        return False
    if p.question is not None and p.question != frame.question:
        return False
    if p.negated is not None and p.negated != _judgement_negated(tok):
        return False
    if p.complement and not frame.has_complement:
        return False
    if p.intransitive and any(c.dep_ in ("dobj", "ccomp") for c in frame.children):
        return False
    if p.object and not frame.object_words.intersection(p.object):
        return False
    if p.xcomp:
        if not frame.comps:
            return False
        if isinstance(p.xcomp, tuple) and not frame.comp_words.intersection(p.xcomp):
            return False
    if p.prep and not frame.preps.intersection(p.prep):
        carrier = tok.head if p.nouns and tok.dep_ in ("dobj", "nsubjpass") else None
        if carrier is None and p.verbs and tok.pos == VERB and p.target[:1] == ("dobj",):
            # "acknowledged the elders for their support": when the object is the one acted on and the preposition
            # gives the reason, the parser may hang it on the object ("fought a battle with X" is no "fight with")
            carrier = next((c for c in frame.children if c.dep_ == "dobj"), None)
        # "launched an attack on Gaza": the preposition may hang on the verb that carries the noun
        if carrier is None or not any(c.dep_ == "prep" and c.lower_ in p.prep for c in kids(carrier)):
            if not (p.nouns and tok.dep_ == "pobj" and tok.head.lower_ in p.prep):
                return False
    if p.prep_object and not _prep_object_fits(tok, p):
        return False
    if p.object_of and not _state_object(tok, p.object_of):
        return False
    if p.xcomp_object:
        comps = [c for c in frame.children if c.dep_ == "xcomp"]
        if not any(_word_in(o, p.xcomp_object) for c in comps for o in kids(c) if o.dep_ in ("dobj", "nsubjpass")):
            return False
    if p.modifier:
        heads = [tok] if p.nouns and not p.verbs else [
            args.measured(c) for c in frame.children if c.dep_ in ("dobj", "nsubjpass")]
        # the kind may be told by an owner too: "the teachers' strike" is a teachers' strike
        if not any(_word_in(m, p.modifier) for h in heads for m in kids(h) if m.dep_ in ("amod", "compound", "poss")):
            return False
    if p.subject and not _subject_words(tok).intersection(p.subject):
        return False
    if p.rebuts and not _rebuts(tok, p.rebuts):
        return False
    if p.carrier and not _carried_by(tok, p.carrier):
        return False
    if p.one_doer and not _one_doer(tok):
        return False
    if p.nouns and not p.verbs and tok.pos_ not in ("NOUN", "PROPN"):
        return False
    return True


# A verb that modifies a word heads no clause: "didn't build it fast enough" (an adverb), "a consulting firm" (a
# noun's modifier) tell of no act
_MODIFIER_DEPS = {"advmod", "npadvmod", "compound"}


def _modifier(verb: Token) -> bool:
    """A verb the parser reads as a modifier of another word, or a gerund naming the kind of a body ("a consulting
    firm", "the ruling party"): no act ("protesting students" protest: students are no kind of body)."""
    if verb.dep_ in _MODIFIER_DEPS:
        return True
    return (verb.tag_ == "VBG" and verb.dep_ == "amod" and not any(True for _ in kids(verb))
            and verb.head.lemma_.lower() in args.lexicon().get("bodies", ()))


def _nobody_in_particular(verb: Token) -> bool:
    """What anyone at all is asked or urged to do: "anyone who saw the crash is asked to call police" is a call no one
    has made (the asking is the police's appeal to the public: arguments.py); the pronouns are the lexicon list
    ``indefinite``."""
    indefinite = args.lexicon().get("indefinite", ())
    clause = verb
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head  # "is asked to call": the one asked is the one to call
    return clause is not verb and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in indefinite
                                      for c in kids(clause))


def _habitual(verb: Token) -> bool:
    """A simple present with an adverb of frequency tells a habit, not an act on a day: "officials often portray
    themselves as weak", "the ministry usually denies such reports" (the adverbs: lexicon lists ``frequency`` and
    ``habitual``); so does a verb of habit: "officials tended to deny such reports" (lexicon list ``habit_verbs``)."""
    if verb.dep_ == "xcomp" and verb.head.i != verb.i and _habit_verb(verb.head):
        return True
    if verb.tag_ not in ("VBZ", "VBP"):
        return False
    lex = args.lexicon()
    often = {*lex.get("frequency", ()), *lex.get("habitual", ())}
    return any(c.dep_ == "advmod" and c.lower_ in often for c in kids(verb))


def _generic(verb: Token, p: Pattern) -> bool:
    """A simple present of a deed tells what its subject does as a rule, a role or a trade, not an act on a day:
    "the standing orders let the opposition pick the chair", "our department provides grants to the roads fund", "she
    now works with refugees at a clinic" (``_remit`` is the same reading in a relative clause). Saying and the stands
    one holds are said now ("the ministry denies the reports": ``_SAID_NOW``). Read only in the body of an article
    (the caller's test): a sentence on its own is most often a headline, whose present is its past ("Japan lifts
    sanctions"), and so is an article's first sentence or one with no closing stop; a present dated to a day
    ("opens the session on March 3", a caption or a schedule) tells an act; a recurring date ("every year", lexicon
    list ``recurring``) is a habit."""
    if verb.pos != VERB or verb.tag_ not in ("VBZ", "VBP") or (
            p.cameo[:2] in _SAID_NOW and not _norm_says(verb) and not _standing_relation(verb)):
        return False
    if verb.lemma_.lower() in ("be", "have") or any(c.dep_ in ("aux", "auxpass", "mark") for c in kids(verb)):
        return False  # "until Washington lifts the sanctions": a clause of time or condition tells what is to come
    if verb.dep_ == "advcl" or (verb.dep_ == "conj" and verb.head.dep_ == "advcl"):
        return False
    if (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_VERBS) or any(
            c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in REPORTING_VERBS for c in kids(verb)):
        return False  # "police arrest dozens in the capital, witnesses say": a present reported is news
    if verb.sent.start == 0:
        return False  # the article's first sentence: a headline or its lede
    last = next((t for t in reversed(verb.sent) if not t.is_space), None)
    if last is None or not (last.is_punct and last.text in _STOPS):
        return False  # a headline's present is its past
    dates = [c for c in kids(verb) if c.ent_type_ in ("DATE", "TIME") or (c.dep_ == "prep" and _temporal(c))]
    recurring = args.lexicon().get("recurring", ())
    return all(any(t.lower_ in recurring for t in d.subtree) for d in dates)


def _reputation(verb: Token, p: Pattern) -> bool:
    """A present passive of praise with no one praising ("the former minister is credited with building the
    highways", "she is hailed as a reformer") tells a reputation, no act of anyone's."""
    auxes = [c for c in kids(verb) if c.dep_ == "auxpass"]
    return (p.cameo[:2] == "05" and verb.tag_ == "VBN" and len(auxes) == 1 and auxes[0].tag_ in ("VBZ", "VBP")
            and args.agent(verb) is None)


def _norm_says(verb: Token) -> bool:
    """A rule, a law or an agreement as the subject of a simple present says what it contains, not what anyone
    says or does now: "the constitution demands that ...", "an agreement, which calls for higher pay" (lexicon list
    ``norms``)."""
    subj = args.subject(verb)
    if subj is not None and verb.dep_ == "relcl" and (subj.tag_ in ("WDT", "WP") or subj.lower_ == "that"):
        subj = verb.head
    return subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in args.lexicon().get("norms", ())


_STOPS = {".", "!", "?", '"', "\u201d", "'", "\u2019", ")"}


def _standing(verb: Token) -> bool:
    """A participle after a noun with a verb of standing relation tells what the noun is, not an act: "a county
    threatened by militants" is in danger (no threat was uttered), "a militia backed by Tehran" is a client (lexicon
    list ``standing``); one with a date is a reduced relative of an act ("a town threatened by the rebels on
    Monday")."""
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or verb.lemma_.lower() not in args.lexicon().get("standing", ()):
        return False
    children = kids(verb)
    if any(c.dep_ in ("xcomp", "ccomp", "dobj") or (c.dep_ == "prep" and c.lower_ == "with") for c in children):
        return False  # "a minister threatened with dismissal": a threat with its content
    return not any(c.ent_type_ in ("DATE", "TIME") or (c.dep_ == "prep" and _temporal(c)) for c in children)


def _standing_relation(verb: Token) -> bool:
    """A verb of standing relation (lexicon list ``standing``) in the simple present that tells a deed or a tie, not
    a stand said now: support given by some means ("supports the member states by providing finance") or to actors
    ("the agency backs small farmers", "supports the member states"); backing a thing proposed ("supports the plan",
    lexicon lists ``unrealized`` and ``agreements``) is the stand one holds now."""
    lex = args.lexicon()
    if verb.lemma_.lower() not in lex.get("standing", ()):
        return False
    children = kids(verb)
    if any(c.dep_ == "prep" and c.lower_ in ("by", "through") and any(g.dep_ in ("pcomp", "pobj") for g in kids(c))
           for c in children):
        return True
    proposed = {*lex.get("unrealized", ()), *lex.get("agreements", ())}
    return any(c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.ent_type_ in _ACTOR_ENTS or c.tag_ == "NNS")
               and c.lemma_.lower() not in proposed and c.lower_ not in proposed for c in children)


_ACTOR_ENTS = {"GPE", "ORG", "NORP", "PERSON"}


def _in_manner(noun: Token) -> bool:
    """"Run in partnership with the chamber of commerce", "arrested in cooperation with Interpol": a noun of joint
    manner after "in" says how an act was done and with whom (lexicon list ``manner``), no agreement or cooperation
    of its own (the act it modifies is coded by its own trigger)."""
    return (noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.lemma_.lower() in args.lexicon().get("manner", ())
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in kids(noun)))


def _kind_of(noun: Token) -> bool:
    """An act noun that modifies another noun names a kind of that thing, no act: "a protest vote", "the
    demonstration phase", "an arrest warrant" (the noun it modifies, when an act, is a trigger of its own)."""
    return noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and noun.head.i > noun.i


def _kin(person: Token) -> bool:
    """A person named as someone's relative ("his cousin Jane Roe", "Jane Roe, the victim's aunt"): the lexicon list
    ``kin``."""
    kin = args.lexicon().get("kin", ())
    return any(t.lemma_.lower() in kin or t.lower_ in kin
               for t in (person, *(c for c in kids(person) if c.dep_ in ("appos", "compound"))))


def _press_report(speaker: Token, saying: Token) -> bool:
    """A news outlet telling the news ("Xinhua said", "the official news agency said", "state media said"): the
    lexicon list ``outlets`` or a name (not a person: a journalist or an editor speaks for herself), unless it says
    so in its own voice ("said in an editorial": lexicon list ``editorials``)."""
    outlets, editorials = args.lexicon().get("outlets", ()), args.lexicon().get("editorials", ())
    outlet = (speaker.ent_type_ not in ("", "PERSON") and speaker.pos_ == "PROPN") or any(
        t.pos_ in ("NOUN", "PROPN") and (t.lemma_.lower() in outlets or t.lower_ in outlets)
        for t in (speaker, *(c for c in kids(speaker) if c.dep_ in ("compound", "appos"))))
    voiced = any(obj.lemma_.lower() in editorials for obj in args.preposition_objects(saying, {"in"}))
    return outlet and not voiced


def _habit_verb(verb: Token) -> bool:
    """"Tended to", "used to": a verb of habit with its to-infinitive (and no object: "used helicopters to attack"
    is a use, not a habit)."""
    children = kids(verb)
    return verb.lemma_.lower() in args.lexicon().get("habit_verbs", ()) and any(
        c.dep_ == "xcomp" for c in children) and not any(c.dep_ in ("dobj", "nsubjpass") for c in children)


def _habit_of(noun: Token) -> bool:
    """An act noun that is the subject of a verb of habit names a kind of act, not one that happened: "agreements
    with owners tended to be informal"."""
    return noun.dep_ in ("nsubj", "nsubjpass") and _habit_verb(noun.head)


def _described(verb: Token) -> bool:
    """A verb that describes rather than tells an act: a to-infinitive after a noun of disposition ("the
    government's eagerness to support the parliament": lexicon lists ``attitudes`` and ``wishes``), a participle
    after a verb of seeming or feeling ("felt threatened": ``feeling``), or a participle that is a preposition
    ("considering the divergent views", "given the tensions": lexicon list ``prepositional``)."""
    lex = args.lexicon()
    feeling = lex.get("feeling", ())
    auxes = [c for c in kids(verb) if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBN" and (any(c.lower_ in feeling for c in auxes) or (
            verb.dep_ in ("xcomp", "acomp", "oprd") and verb.head.lemma_.lower() in feeling and not auxes)):
        return True  # "witnesses felt threatened", "seemed pressured" (not "appears to have attacked"): a state
    dispositions = {*lex.get("attitudes", ()), *lex.get("wishes", ())}
    to = next((c for c in kids(verb) if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is not None and verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in dispositions:
        return True
    if to is not None and to.i > verb.sent.start and (before := verb.doc[to.i - 1]).pos_ == "NOUN" \
            and before.lemma_.lower() in dispositions:
        return True  # "told the court of his wish to let his family decide": the parser may hang it on the verb
    return (verb.lower_ in lex.get("prepositional", ()) and verb.dep_ in ("prep", "advcl", "acl")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in kids(verb)))


def _offence(verb: Token) -> bool:
    """The offence a verdict names ("found the two men guilty of selling drugs", "was jailed for stabbing a
    neighbour", "acquitted of murder"): what the court judged, coded by the verdict itself (lexicon list
    ``verdicts``), no act of its own, and no act of the court's."""
    prep = verb.head
    if verb.dep_ not in ("pcomp", "pobj") or prep.lower_ not in ("of", "for") or prep.head.i == prep.i:
        return False
    verdicts = args.lexicon().get("verdicts", ())
    judged = prep.head
    if judged.dep_ in ("dobj", "nsubjpass") and judged.head.pos_ == "VERB":
        judged = judged.head  # "convicted Kofi Mensah of selling rifles": the parser may hang it on the convicted
    return prep.head.lemma_.lower() in verdicts or judged.lemma_.lower() in verdicts


def _own_aim(verb: Token) -> bool:
    """A verb of hoping with a to-infinitive and no that-clause, told by the writer: what the subject hopes to do
    itself (lexicon list ``aim_verbs``); with no other actor named it is an aim, no optimistic comment on anyone
    ("Portugal is hoping to abolish its lunch break"). A hope someone is reported to voice ("the envoy said she hoped
    to reopen the ferry route") is that speaker's comment."""
    children = kids(verb)
    if not (verb.lemma_.lower() in args.lexicon().get("aim_verbs", ()) and any(c.dep_ == "xcomp" for c in children)
            and not any(c.dep_ == "ccomp" for c in children)):
        return False
    clause = verb
    while clause.dep_ in ("conj", "ccomp", "parataxis", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
        if clause.lemma_.lower() in REPORTING_VERBS:
            return False
    return not any(c.dep_ == "parataxis" and c.lemma_.lower() in REPORTING_VERBS for c in children)


def _in_remit(noun: Token) -> bool:
    """An act noun inside such a clause is a kind of act the actor deals with: "the unit, which probes deaths in
    police custody" tells of no death."""
    verb = args.governing_verb(noun)
    return verb is not None and _remit(verb)


# CAMEO classes of saying and of stands held (statements, appeals, intents, support, demands, disapproval,
# rejection, threats): in the simple present they are the actor's current word, not a habit
_SAID_NOW = {"01", "02", "03", "05", "10", "11", "12", "13"}


def _remit(verb: Token, p: Pattern | None = None) -> bool:
    """A simple present in a relative clause on its subject tells what the actor does as a rule, its remit or its
    trade, not an act on a day: "the unit, which probes deaths in custody", "a group that runs shelters" (but "the
    ministry, which denies the reports" says what it says now)."""
    if verb.dep_ != "relcl" or verb.tag_ not in ("VBZ", "VBP") or (
            p is not None and p.cameo[:2] in _SAID_NOW and not _norm_says(verb) and not _standing_relation(verb)):
        return False
    if verb.lemma_.lower() in ("be", "have"):
        return False  # "who is on a visit to Kenya": a state now, not a habit
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in kids(verb)):
        return False
    return any(c.dep_ == "nsubj" and (c.tag_ in ("WDT", "WP") or c.lower_ == "that") for c in kids(verb))


def _by_mishap(verb: Token) -> bool:
    """An agentless death or harm told with the mishap that caused it in a clause of time: "was killed when her car
    left the road and overturned", "died after the boat capsized" (lexicon list ``mishap_verbs``)."""
    if any(c.dep_ in ("agent", "nsubj") for c in kids(verb)) and not args.is_passive(verb):
        return False
    if args.agent(verb) is not None:
        return False
    mishaps = args.lexicon().get("mishap_verbs", ())
    return any(c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "after", "as")
                                         for m in kids(c))
               and any(t.lemma_.lower() in mishaps for t in c.subtree if t.pos_ == "VERB")
               and not any(t.dep_ == "agent" for t in c.subtree)  # "... crashed after it was hit by a rocket"
               for c in kids(verb))


def _activity(verb: Token) -> bool:
    """A gerund that is the subject of its clause, with no doer of its own, names an activity, not an act that
    happened: "protecting its own immigrants shouldn't be a heavy lift", "negotiating with the rebels is the only
    option" ("Russia's shelling of the town" has its doer, and is a noun)."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("csubj", "csubjpass"):
        return False
    # "UNHCR, working with the government, is ramping up aid": a clause with a subject of its own has the gerund
    # as a participle of that subject (the parser's csubj is a misreading), and its act is the subject's
    return not any(c.dep_ in ("nsubj", "nsubjpass", "poss", "agent") for c in (*kids(verb), *kids(verb.head)))


def _judgement_status(tok: Token) -> Status:
    """The status of a judgement whose negation is its own ("was not happy with the police" is a disapproval,
    asserted), which the clause's modals and future still decide ("wouldn't be happy with": hypothetical)."""
    holder = tok.head if tok.dep_ in ("acomp", "attr") and tok.head.pos in (AUX, VERB) else tok
    aux = {c.lower_ for h in {holder, tok} for c in kids(h) if c.dep_ in ("aux", "auxpass")}
    if aux & MODAL_AUX:
        return "hypothetical"
    if aux & FUTURE_AUX:
        return "future"
    status = status_of(tok)
    return "asserted" if status == "negated" else status


def _judgement_negated(tok: Token) -> bool:
    """Whether a word of judgement is negated itself or through its copula: "not happy with", "we're not
    satisfied with", "never pleased by"."""
    holders = [tok, tok.head] if tok.dep_ in ("acomp", "attr") and tok.head.pos in (AUX, VERB) else [tok]
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in NEGATIONS) for h in holders for c in kids(h))


_WH = {"how", "what", "why", "when", "where", "whether", "if", "who", "whom", "which"}


def _asks(clause: Token) -> bool:
    """A complement that is a question: it begins with a wh-word, "whether" or "if" ("asked how he felt")."""
    first = min(clause.subtree, key=lambda t: t.i)
    return first.lower_ in _WH


def _predicate_words(children: list[Token], objs: list[Token]) -> set[str]:
    """What the object is called: the object predicate ("called the plan a disgrace", "called it shameful") or
    the phrase after "as" ("described him as a dictator", "dismissed the claims as baseless"), with its modifiers."""
    # "called in sick" names no one; "calling them out more" says how much, not what they are
    heads = [c for c in children if c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN", "ADJ")
             and c.tag_ not in ("JJR", "JJS")] if objs else []
    # "branded the union's strike a betrayal": the parser may take the predicate for the object's apposition (set off
    # by no comma: "met the minister, a close ally" is apposition)
    heads += [a for o in objs for a in kids(o) if a.dep_ == "appos" and a.pos_ == "NOUN" and a.i > o.i
              and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in kids(a))
              and not any(t.is_punct for t in o.doc[o.i:a.left_edge.i])]
    for holder in [*children, *objs]:
        if holder.dep_ == "prep" and holder.lower_ == "as":
            heads += [o for o in kids(holder) if o.dep_ in ("pobj", "amod", "acomp", "advmod")]
        elif holder in objs:
            heads += [o for p in kids(holder) if p.dep_ == "prep" and p.lower_ == "as"
                      for o in kids(p) if o.dep_ in ("pobj", "amod", "acomp")]
    # "pleaded guilty", "pleaded not guilty": an adjective complement of the verb, with its negation
    heads += [c for c in children if c.dep_ == "acomp" and c.pos_ == "ADJ" and not objs]
    # "considers the plan a disgrace": the parser's small clause, a noun or adjective with a subject of its own
    heads += [c for c in children if c.dep_ == "ccomp" and c.pos_ in ("NOUN", "ADJ")
              and any(g.dep_ == "nsubj" for g in kids(c))]
    # "found Jane Roe and John Doe guilty": with a list for its object, the parser leaves the small clause no subject
    heads += [c for c in children if c.dep_ == "ccomp" and c.pos_ == "ADJ"
              and not any(g.dep_ == "nsubj" for g in kids(c))
              and any(o.i < c.i and any(g.dep_ == "conj" for g in kids(o)) for o in objs)]
    # "finds her remarks in open conflict with the charter", "at odds with": a state of disagreement said of the object
    at_odds = args.lexicon().get("at-odds", ())
    heads += [g for o in objs for p in kids(o) if p.dep_ == "prep" and p.lower_ in ("in", "at")
              for g in kids(p) if g.dep_ == "pobj" and g.lemma_.lower() in at_odds]
    toks = heads + [m for h in heads for m in kids(h) if m.dep_ in ("amod", "compound", "conj")]
    return {("not " if any(g.dep_ == "neg" for g in kids(t)) else "") + w for t in toks
            for w in (t.lemma_.lower(), t.lower_)}


def _clause_words(children: list[Token]) -> set[str]:
    """The lemmas of a that-clause's verb and of what it predicates: its object, its complement and the objects of
    its prepositions ("said he was in possession of drugs" gives be and possession; "had warrants": warrants); and
    its auxiliaries ("agreed that they will stay" is agreed to be done)."""
    words: set[str] = set()
    for c in children:
        if c.dep_ != "ccomp":
            continue
        words.add(c.lemma_.lower())
        for g in kids(c):
            if g.dep_ in ("dobj", "attr", "acomp"):
                words.add(g.lemma_.lower())
            elif g.dep_ == "aux":
                words.add(g.lower_)
            elif g.dep_ == "prep":
                words.update(o.lemma_.lower() for o in kids(g) if o.dep_ == "pobj")
    return words


_THINGS_JUDGED = frozenset({"that", "this", "it"})  # "'That is a big mistake,' she said": what was just told
_SPEAKER_SELF = frozenset({"i", "we"})


def _judges_a_thing(p: Pattern, accused: Token, found: list[Actor], saying: Token) -> bool:
    """Whether a speaker's judgement that something is wrong is criticism with no target to name: "'The plan is a
    disgrace,' the senator said" criticises whoever made the plan, though the sentence does not say who (CAMEO 111
    with no target). Not when what is judged is a person (the target, or the speaker), when the speaker owns up
    ("it was a mistake, he admitted": a concession, not criticism), nor in a participle of saying that restates the
    act it hangs on."""
    if not p.cameo.startswith(DISAPPROVE) or p.cameo.startswith("112") or found:
        return False
    owns_up = saying.lemma_.lower() in args.lexicon().get("owning_up", ())
    if owns_up or (saying.tag_ == "VBG" and saying.dep_ == "advcl"):
        return False  # "criticised the raid, saying it was a mistake": the act the participle hangs on says it all
    return accused.lower_ in _THINGS_JUDGED or (accused.pos_ == "NOUN" and not accused.ent_type_)


def _extraposed_doer(judgement: Token, clause: Token) -> Token | None:
    """Who does what an extraposed "it" stands for: "it was outrageous for the government to freeze the accounts",
    "it was wrong of Moscow to expel them" judge the government and Moscow, not "it"."""
    subj = next((c for c in kids(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ != "it":
        return None
    holders = (judgement, clause)
    infinitives = [c for h in holders for c in kids(h) if c.dep_ in ("advcl", "xcomp", "ccomp", "csubj", "acl")]
    for c in infinitives:
        if any(m.dep_ == "mark" and m.lower_ == "for" for m in kids(c)):
            doer = next((g for g in kids(c) if g.dep_ in ("nsubj", "nsubjpass")), None)
            if doer is not None:
                return doer
        if any(m.dep_ == "mark" and m.lower_ == "that" for m in kids(c)):
            # "it was disgraceful that the council cut pensions" judges the council; "that the police were
            # attacked" judges no one the clause names (the clause's verb stands for "it", and is no actor)
            return next((g for g in kids(c) if g.dep_ == "nsubj"), c)
    if infinitives:  # "wrong of Moscow to expel them", "a mistake for Ottawa to cut it" (the parser's other reading)
        for c in (c for h in holders for c in kids(h)):
            if c.dep_ == "prep" and c.lower_ in ("for", "of"):
                doer = next((g for g in kids(c) if g.dep_ == "pobj"), None)
                if doer is not None:
                    return doer
    return None


def _rebuts(tok: Token, whose: tuple[str, ...]) -> bool:
    """Whether the act answers a claim of one of ``whose`` ("the jury rejected the defendant's claim", "disagreed with
    the defence", "The defence argued he acted alone, but the jury disagreed", or the same told in two sentences): a
    jury that disagrees with the defence finds against the accused, one that disagrees with the prosecution does not."""
    if args.preposition_objects(tok, {"among", "amongst", "between"}):
        return False  # "the jurors disagreed among themselves": a split jury answers no one's claim
    claims = [c for c in kids(tok) if c.dep_ == "dobj"] + args.preposition_objects(tok, {"with"})
    for claim in claims:
        owned_by = args.owner(claim)
        if _word_in(claim, whose) or (owned_by is not None and _word_in(owned_by, whose)):
            return True
    if claims:
        return False  # answers someone else's claim ("rejected the prosecution's account")
    if tok.dep_ == "conj" and (against := args.subject(tok.head)) is not None:
        return _word_in(against, whose)
    start = sentence_bounds(tok)[0]
    if start == 0:
        return False
    before = tok.doc[start - 1].sent.root
    said_by = args.subject(before)
    return said_by is not None and _word_in(said_by, whose)


def _one_doer(verb: Token) -> bool:
    """Whether the verb's subject is one person: a singular noun with its determiner, or a name, with no other joined
    to it ("a man smashed three cars", not "men", "a man and his friends", nor "angry youth": a singular noun with no
    determiner is a mass of people)."""
    subj = args.subject(verb)
    return subj is not None and not any(c.dep_ == "conj" for c in kids(subj)) and (subj.tag_ == "NNP" or (
        subj.tag_ == "NN" and any(c.dep_ in ("det", "poss") for c in kids(subj))))


def _carried_by(noun: Token, verbs: tuple[str, ...]) -> bool:
    """Whether the verb that carries a noun (its object, or the object of its preposition: "rushed to the streets")
    is one of ``verbs``."""
    carrier = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
    return carrier is not None and carrier.pos in (VERB, AUX) and carrier.lemma_.lower() in verbs


def _subject_words(tok: Token) -> set[str]:
    """The words of the subject phrase: "contingents of peacekeeping troops" gives troops and peacekeeping too."""
    subj = args.subject(tok)
    who = any(c.tag_ == "WP" and c.dep_ == "nsubj" for c in kids(tok))
    if tok.dep_ == "relcl" and (who or (subj is not None and subj.tag_ in ("WP", "WDT"))):
        # "a writer who studies Swahili": the writer; "a writer based in Nairobi who ...": the parser may hang the
        # clause on the place, and "who" is the person the place is said of
        subj = tok.head
        if who and subj.ent_type_ in ("GPE", "LOC", "FAC", "ORG"):
            subj = next((a for a in subj.ancestors if a.pos_ == "NOUN"), subj)
    if subj is None:
        return set()
    heads = {subj, args.measured(subj)}
    # "a second deployment of UN peacekeeping troops": the people the subject is made of count too
    heads |= {o for h in list(heads) for p in kids(h) if p.dep_ == "prep" and p.lower_ == "of"
              for o in kids(p) if o.dep_ == "pobj"}
    toks = heads | {m for h in heads for m in kids(h) if m.dep_ in ("amod", "compound")}
    return {w for t in toks for w in (t.lemma_.lower(), t.lower_)}


def _temporal(prep: Token) -> bool:
    """"On Tuesday", "in May": a preposition of time never makes a frame ("called Putin on Tuesday")."""
    return any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in kids(prep))


_RETURNING = frozenset({"back", "straight"})


def _returning(tok: Token) -> list[Token]:
    """The adverb of direction the parser hangs a verb's preposition on: "sent him back to jail" is sent to jail."""
    return [c for c in kids(tok) if c.dep_ == "advmod" and c.lower_ in _RETURNING]


def _state_object(noun: Token, preps: tuple[str, ...]) -> bool:
    """A noun that is the bare or indefinite object of one of ``preps``: a state someone is in ("are on strike",
    "on a go-slow"); "talks on the strike", "a ruling on this strike" are about one."""
    return noun.dep_ == "pobj" and noun.head.lower_ in preps and not any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in kids(noun))


def _prep_object_fits(tok: Token, p: Pattern) -> bool:
    """"Called for a ceasefire": the object of the pattern's preposition is one of its words."""
    holders = [tok, *_returning(tok)]
    if p.nouns and tok.dep_ in ("dobj", "nsubjpass"):
        holders.append(tok.head)
    for holder in holders:
        for prep in kids(holder):
            if prep.dep_ in ("prep", "dative", "agent") and prep.lower_ in p.prep:
                objects = [o for o in kids(prep) if o.dep_ in ("pobj", "pcomp")]
                objects += [g for o in objects for g in kids(o) if g.dep_ in ("conj", "dobj")]
                if any(_word_in(o, p.prep_object) or _phrase_in(o, p.prep_object) for o in objects):
                    return True
    return False


def _phrase_in(tok: Token, words: tuple[str, ...]) -> bool:
    """A word list's phrases ("war crimes", "crimes against humanity") within a token's phrase."""
    phrases = [w for w in words if " " in w]
    if not phrases:
        return False
    text = " ".join(t.lower_ for t in tok.subtree)
    return any(f in text for f in phrases)


def _word_in(tok: Token, words: tuple[str, ...]) -> bool:
    """A word of the list by its form, or by its lemma unless the word is a verb's -ing noun: "police firing"
    is no "fire" (an accident), "the shelling" no "shell"."""
    lemma = tok.lemma_.lower()
    gerund = tok.lower_.endswith("ing") and not lemma.endswith("ing")
    return tok.lower_ in words or (lemma in words and not gerund)


_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it", "us", "me", "you"})
CONSULT_ROOT = "04"
LAWSUIT = "115"  # its other party is the one sued: the one who settles the suit when no one else is named
PROTEST_ROOT = "14"
DISAPPROVE = "11"  # criticism, accusation: aimed at the one who did wrong, never at the one wronged
MEDIATE = "045"
# Classes whose act needs a doer: a thing named as the subject ("the squeeze is forcing employers to ...") threatens
# or coerces no one
_DONE_BY_SOMEONE = {"13", "17"}
# The state's acts on a suspect (arrest and detention, charge, conviction, sentence) and the sectors of private
# people: whom the state prosecutes speaks, after that, as a defendant (no political statement)
_PROSECUTING = ("173", "1121", "116", "115")
_PRIVATE = ("CRM", "CVL")
VISIT = "042"  # its other party is the host: the country visited when no one is named
CIVILIANS = "CVL"  # private persons (sectors.yaml): their trips abroad are no one's state visits
BARE_STATEMENT = "010"  # its target is the one addressed: "said no city would be spared" addresses no city
# pessimistic and optimistic comments: the subject of what they say is not the one they address ("Environment
# Canada warns freezing rain will hit": no one is warned), though whose doings they judge is ("optimism about the
# reforms taken by the government")
_COMMENTS = frozenset(("012", "013"))
_MOBILIZE = "15"  # CAMEO's shows of force: the forces they move are their object
MEDIA = "MED"  # the sector of the press: the outlet a statement is made to carries it, and is no target


class EventExtractor:
    """Matches patterns in sentences and reads each trigger's source, target and status."""

    def __init__(self, patterns: PatternSet, ontology: Ontology | None = None) -> None:
        self.patterns = patterns
        self.ontology = ontology or default_ontology()
        self.set_aside: list[Candidate] = []  # the last sentence's events that are not political event data
        self._doc: Doc | None = None  # the document being coded, and whether it is about politics
        self._text: Text = "short"
        self._scan, self._scanned = self._trigger_scan(), len(patterns)
        # the document's acts so far, with their doers: "the attack" judged later is theirs (trigger, root, sources)
        self._done: list[tuple[int, str, list[Actor]]] = []
        self._defendants: set[str] = set()  # the names of the private people the state has arrested, charged or tried
        self._modals = WordScan(DEMAND_AUX)

    def _trigger_scan(self) -> WordScan:
        p = self.patterns
        return WordScan([*p.by_verb, *p.by_noun, *p.by_adjective], (VERB, NOUN, PROPN, ADJ))

    def _triggers_in(self, sent: Span) -> list[int]:
        """Positions of the sentence's words that some pattern starts from."""
        if self._scanned != len(self.patterns):  # patterns were added since
            self._scan, self._scanned = self._trigger_scan(), len(self.patterns)
        return self._scan.in_span(sent)

    def could_match(self, sent: Span) -> bool:
        """Whether the sentence has any word a pattern or a reported demand starts from (most have none)."""
        return bool(self._triggers_in(sent) or self._modals.in_span(sent))

    def match(self, sent: Span) -> list[tuple[Token, Pattern]]:
        """The best pattern for each trigger token of a sentence."""
        found: list[tuple[Token, Pattern]] = []
        doc = sent.doc
        for i in self._triggers_in(sent):
            tok = doc[i]
            pos = tok.pos
            if pos == VERB:
                pool = self.patterns.by_verb.get(tok.lemma_.lower())
            elif pos in (NOUN, PROPN):
                if _in_name(tok) or tok.ent_type_ == "DATE":
                    # "the Federal Bureau of Investigation" names a body; it investigates no one here; "by March" is
                    # the month, no march
                    continue
                pool = self.patterns.by_noun.get(tok.lemma_.lower()) or self.patterns.by_noun.get(tok.lower_)
            elif pos == ADJ:
                pool = self.patterns.by_adjective.get(tok.lemma_.lower())
            else:
                continue
            if not pool:
                continue
            if pos == VERB and (_modifier(tok) or _habitual(tok) or _activity(tok) or _nobody_in_particular(tok)
                                or _described(tok) or _standing(tok) or _offence(tok)
                                or (pool[0].cameo[:2] in _FORCE and _by_mishap(tok))):
                continue
            if pos in (NOUN, PROPN) and (_habit_of(tok) or _in_remit(tok) or _in_manner(tok) or _kind_of(tok)
                                         or _offence(tok)):
                continue
            frame = Frame.of(tok)
            best = next((p for p in pool if fits(tok, p, frame)), None)  # pools are kept best first
            if best is not None and not _remit(tok, best) and not _reputation(tok, best) and not (
                    self._text != "short" and _generic(tok, best)):
                found.append((tok, best))
        return found

    def extract(self, sent: Span, resolver: ActorResolver, context_country: str | None = None) -> list[Candidate]:
        """The sentence's political events; the others are left in ``set_aside``."""
        if sent.doc is not self._doc:  # a new document: is it about politics?
            self._doc, self._text = sent.doc, kind_of_text(sent.doc, resolver.kb)
            self._done = []
            self._defendants = set()
        self.set_aside = []
        return self._extract(sent, resolver, context_country)

    def _political(self, cand: Candidate, political: frozenset[str], resolver: ActorResolver, ctx: str | None) -> bool:
        requirement = cand.pattern.actors or self.ontology.actors_required(cand.pattern.cameo)
        agentless = not cand.sources and (cand.trigger.pos == NOUN or args.is_passive(cand.trigger))
        state = resolver.kb.state_sectors
        doer = args.subject(cand.trigger) if not cand.sources and cand.trigger.pos == VERB else None
        anonymous = doer is not None and doer.pos_ in ("PRON", "DET", "ADJ")  # "they", "many", "some"
        if (doer is not None and doer.pos_ == "NOUN" and cand.pattern.cameo.startswith("01")
                and cand.pattern.actors != "any" and not any(a.code for a in cand.targets)):
            return False  # "the victim told police she was asleep": a private person's account is no political act
        if (cand.pattern.cameo.startswith("01") and cand.sources
                and all(a.name in self._defendants and a.sector in (None, *_PRIVATE) for a in cand.sources)
                and not any(a.code for a in cand.targets)):
            return False  # "Roe said he acted in self-defence" after "Roe was charged": a defendant's account
        speaker = args.subject(cand.trigger) if cand.trigger.pos == VERB else None
        if (speaker is not None and cand.pattern.cameo == BARE_STATEMENT and cand.sources
                and any(a.sector == MEDIA for a in cand.sources)
                and not any(a.igo or a.sector in political for a in cand.sources if a.sector != MEDIA)
                and _press_report(speaker, cand.trigger)):
            return False  # "..., the official news agency said": the press carries the story (a cited source), no act
        if (cand.pattern.cameo == VISIT and cand.sources and all(a.sector == CIVILIANS for a in cand.sources)
                and not any(a.sector or a.igo for a in cand.targets)):
            return False  # "the singer is touring Canada and the US": a private person's trip to a country, no visit
        if (speaker is not None and cand.pattern.cameo.startswith("01") and _kin(speaker)
                and not any(a.code for a in (*cand.sources, *cand.targets))):
            return False  # "said his cousin Jane Roe": a relative speaks as a private person
        if (doer is not None and doer.pos_ == "NOUN" and not doer.ent_type_ and doer.dep_ == "nsubj"
                and doer.head.i == cand.trigger.i and cand.pattern.cameo[:2] in _DONE_BY_SOMEONE
                and not resolver.resolve(doer, ctx)):
            return False  # "the storm forced the airline to cancel", "the shortage threatens farmers": a thing, no doer
        # a person named with a country only is private in violence (a stabbing among named people); a named
        # speaker may be an official the knowledge base gives no office, so what she says is left to the class
        violence = requirement == "known-political" or requirement in SENSED_BY_ACTORS
        private = frozenset(a.start for a in (*cand.sources, *cand.targets)
                            if _private_person(a, cand.trigger.doc, resolver.kb.country_names, named=violence))
        if political_enough(requirement, cand.sources, cand.targets, political, agentless, self._text, state,
                            anonymous, resolver.kb.organised_sectors, resolver.kb.armed_sectors,
                            resolver.kb.country_names, private, resolver.kb.civil_sectors):
            return True
        # an act someone was ordered, forced or allowed to do is the act of the one who ordered it too: "the
        # president ordered the newspapers to suspend publication" is a political act, whoever the newspapers are
        trig = cand.trigger
        ordered = trig.dep_ == "xcomp" and trig.head.pos in (VERB, AUX)
        if ordered and requirement in ("political", "state", "known-political"):
            orderer = args.subject(trig.head)
            if orderer is not None and orderer.i not in {a_tok.i for a_tok in trig.subtree}:
                over = resolver.resolve(orderer, ctx)
                return political_enough(requirement, over, (), political, False, self._text, state)
        return False

    def _extract(self, sent: Span, resolver: ActorResolver, context_country: str | None = None) -> list[Candidate]:
        matches = self.match(sent)
        demands = [t for t in sent if t.pos in (VERB, AUX) and demand_clause(t)] if self._modals.in_span(sent) else []
        triggers = {tok.i for tok, _ in matches} | {t.i for t in demands}
        # a sense that is never a political act ("were added to the curriculum") is nothing a saying gives way to
        never = {tok.i for tok, p in matches if p.actors == "none"}
        # verbs of saying or permitting with a trigger below them: they give way to the event below, when there is
        # one (deepest first: "said that X announced a deal"), and cover no noun event
        # ... but not to a saying in the passive by someone named: "told reporters she is tired of being told
        # no by the governor" is the teller's statement about what was said to him, and the governor is no source of it
        told = {tok.i for tok, p in matches if p.report and args.is_passive(tok) and args.agent(tok) is not None}
        reporting = {tok.i for tok, p in matches
                     if (p.report or p.enables) and _reports_event(tok, triggers - told - never)}
        political = resolver.kb.political_sectors
        out: list[Candidate] = []
        coded: set[int] = set()  # triggers that gave a political event
        told_as_done: set[int] = set()  # ... that happened or will: a saying gives way to these alone

        def keep(cand: Candidate | None) -> bool:
            if cand is None or not (cand.sources or cand.targets):
                return False
            if not self._political(cand, political, resolver, context_country) or _press_only(cand):
                self.set_aside.append(cand)
                return False
            out.append(cand)
            coded.add(cand.trigger.i)
            if cand.status in ("asserted", "future"):
                told_as_done.add(cand.trigger.i)
            if any(a.code for a in cand.sources) and cand.status == "asserted":
                self._done.append((cand.trigger.i, cand.pattern.cameo, cand.sources))
            if cand.pattern.cameo.startswith(_PROSECUTING) and cand.status == "asserted":
                self._defendants.update(a.name for a in cand.targets if a.name and a.sector in (None, *_PRIVATE))
            return True

        for clause in demands:
            keep(self._demand(clause, resolver, context_country))
        for tok, p in matches:
            if tok.i in reporting:
                continue
            cand = self._event(tok, p, resolver, triggers - reporting, context_country)
            if cand is None and p.accused_subject and (other := self._next_fit(tok, p)) is not None:
                # said by no one of another ("the government violated the constitution"): the word's own sense
                p = other
                cand = self._event(tok, p, resolver, triggers - reporting, context_country)
            if cand is None and p.needs_target:
                # "voiced concerns about the weather": no one criticised, so the frame below it (a pessimistic
                # comment) is the one that fits
                lower = self._next_fit(tok, p)
                cand = self._event(tok, lower, resolver, triggers - reporting, context_country) if lower else None
            if cand is not None:
                # "captured, according to the sheriff's office": by that office; "35 persons were arrested": by the
                # police
                cand = (with_attributed_agent(cand, self._cited(tok, resolver, context_country), context_country)
                        or with_implicit_agent(cand, context_country, resolver.seat_in))
            sensed = cand.pattern if cand else p
            cand = self._by_arms(tok, sensed, cand, resolver, triggers - reporting, context_country)
            if keep(cand):
                assert cand is not None
                for derived in self._derived(cand, resolver, context_country):
                    keep(derived)
        for tok, p in sorted(((t, p) for t, p in matches if t.i in reporting), key=lambda m: -_depth(m[0])):
            if _reports_event(tok, told_as_done):
                # "announced a joint plant with a German firm": the venture, said by its announcer; but "said
                # legislators should not oppose the bill" is still a statement (what it tells did not happen)
                continue
            cand = self._verb_event(tok, p, resolver, context_country)
            if keep(cand):
                assert cand is not None
                for derived in self._derived(cand, resolver, context_country):
                    keep(derived)
        return _one_appeal(_restated(_ordered(out)))

    def _event(self, tok: Token, p: Pattern, resolver: ActorResolver, covering: set[int],
               ctx: str | None) -> Candidate | None:
        """The event one pattern gives its trigger: a noun's, or a verb's (an adjective's, and a noun's that is
        said of someone, "said she will be a great leader", read like a verb's)."""
        if p.nouns and not p.verbs and not p.accused_subject:
            cand = self._noun_event(tok, p, resolver, covering, ctx)
        else:
            cand = self._verb_event(tok, p, resolver, ctx)
        if cand is not None and p.inaction and cand.status in _NOT_DONE_FLIP:
            cand = replace(cand, status=_NOT_DONE_FLIP[cand.status])  # "stood by": the act was not done
        return cand

    def _by_arms(self, tok: Token, p: Pattern, cand: Candidate | None, resolver: ActorResolver,
                 covering: set[int], ctx: str | None) -> Candidate | None:
        """The sense of a verb of force that its actors decide (``armed`` / ``unarmed`` patterns): when the sides
        of the best frame do not fit it ("the minister clashed with the premier" has no armed side), the next frame
        that fits the trigger is read instead (the verbal clash), until one fits its actors."""
        political, first = resolver.kb.political_sectors, cand
        while self._sensed_by_arms(p) and (cand is None or not self._political(cand, political, resolver, ctx)):
            lower = self._next_fit(tok, p)
            if lower is None:
                return first  # no other sense: the first reading, set aside if it is no political event
            p, cand = lower, self._event(tok, lower, resolver, covering, ctx)
            if cand is not None:
                cand = with_implicit_agent(cand, ctx, resolver.seat_in)
        return cand

    def _sensed_by_arms(self, p: Pattern) -> bool:
        return (p.actors or self.ontology.actors_required(p.cameo)) in SENSED_BY_ACTORS

    def _next_fit(self, tok: Token, p: Pattern) -> Pattern | None:
        """The best pattern after ``p`` that fits the trigger too (pools are kept best first)."""
        pos = tok.pos
        pools = (self.patterns.by_verb if pos == VERB else self.patterns.by_adjective if pos == ADJ
                 else self.patterns.by_noun)
        pool = pools.get(tok.lemma_.lower()) or pools.get(tok.lower_) or []
        if p not in pool:
            return None
        frame = Frame.of(tok)
        return next((q for q in pool[pool.index(p) + 1:] if fits(tok, q, frame)), None)

    def _derived(self, cand: Candidate, resolver: ActorResolver, ctx: str | None) -> list[Candidate]:
        """The announcement of a planned act, and the refusal in a "will not"."""
        out: list[Candidate] = []
        intent = derive_intent(cand.trigger, cand.pattern, cand.status, cand.sources)
        if intent is not None:
            pattern, _ = intent
            targets = cand.targets
            if pattern.cameo.startswith("13"):
                conditioned = args.condition_subject(cand.trigger)
                if conditioned is not None:
                    targets = [
                        a for a in resolver.resolve(conditioned, ctx) if a.code and not _same(a, cand.sources)
                    ] or targets
            out.append(replace(cand, pattern=pattern, targets=targets, status="asserted", depth_offset=-2,
                               confidence=round(cand.confidence * 0.9, 3)))
        accusation = self._accusation(cand, resolver, ctx)
        if accusation is not None:
            out.append(accusation)
        refusal = refusal_pattern(cand.trigger, cand.pattern, cand.status, cand.sources)
        if refusal is not None:
            out.append(replace(cand, pattern=refusal, status="asserted", depth_offset=-2,
                               confidence=round(cand.confidence * 0.9, 3)))
        return out

    def _accusation(self, cand: Candidate, resolver: ActorResolver, ctx: str | None) -> Candidate | None:
        """The speaker's accusation in a wrongdoing told of another actor whose own frame won ("the opposition said
        the government failed to implement the ruling": the 128 told, and the opposition's 112)."""
        tok = cand.trigger
        if cand.pattern.accused_subject or tok.pos != VERB:
            return None
        pool = self.patterns.by_verb.get(tok.lemma_.lower()) or []
        frame = Frame.of(tok)
        accusing = next((q for q in pool if q.accused_subject and q.cameo.startswith("112") and fits(tok, q, frame)),
                        None)
        if accusing is None:
            return None
        found = self._attributed(tok, accusing, resolver, ctx)
        # the act told stays the sentence's main event ("Pakistan violated the ceasefire, an officer said")
        return replace(found, depth_offset=1) if found is not None else None

    def _demand(self, clause: Token, resolver: ActorResolver, ctx: str | None) -> Candidate | None:
        """Y said X must act: Y's demand on X (with "should", an appeal)."""
        found = derive_demand(clause, resolver, ctx)
        if found is None:
            return None
        code, demanders, saying = found
        subj = args.subject(clause)
        if subj is None or subj.lower_ in ("we", "i"):
            return None  # "we must travel a long way": the speaker's own resolve, no demand on anyone
        targets = [a for a in resolver.resolve(subj, ctx) if not _same(a, demanders)]
        if not targets and subj.lower_ in ("it", "they"):
            # "issued a reminder to Iraq that it must cooperate": "it" is the one reminded
            targets = [a for t in args.slot(saying, "dative") for a in resolver.resolve(t, ctx)
                       if not _same(a, demanders)]
        if not targets:
            return None
        pattern = Pattern(id=f"request/reported-{'must' if code == '100' else 'should'}", cameo=code,
                          verbs=(clause.lemma_,), confidence=0.6)
        return Candidate(clause, pattern, demanders, targets, "asserted", 0.6, depth_offset=-3)

    # -- verbs ------------------------------------------------------------------------------------

    def _undergone(self, tok: Token, p: Pattern, resolver: ActorResolver, ctx: str | None) -> Candidate | None:
        """An act told from the side of the one it befalls ("two men died in police firing", "the death of
        a student in an encounter", "Uganda received aid from Kenya"): that one is the target; the doer is the one
        it came "from", else left to the implicit agents."""
        if tok.pos_ == "VERB":
            who = [t for t in [args.subject(tok)] if t is not None]
        else:
            who = [c for c in kids(tok) if c.dep_ == "poss"] or args.slot(tok, "of")
        targets = [a for t in who for a in resolver.resolve(t, ctx)]
        # "received aid from Kenya", "a loan from the World Bank", "$2 million in grants from the government"
        givers = args.preposition_objects(tok, {"from"}) or [
            g for o in kids(tok) if o.dep_ == "dobj" for t in o.subtree for g in args.preposition_objects(t, {"from"})]
        sources = [a for t in givers for a in resolver.resolve(t, ctx) if not _same(a, targets)]
        kinds = [k for o in kids(tok) if o.dep_ == "dobj" for k in args.preposition_objects(o, {"in"})]
        if kinds and p.object and not any(_word_in(k, p.object) for k in kinds):
            return None  # "received $2 million in damages from the city": an amount of what the frame is not about
        if p.needs_source and not sources:
            return None  # "the town received $2 million": from no one named, no act of anyone's
        status = status_of(tok) if tok.pos_ == "VERB" else noun_status(tok)
        return Candidate(tok, p, sources, targets, status, round(p.confidence * (1.0 if sources else 0.6), 3))

    def _cited(self, tok: Token, resolver: ActorResolver, ctx: str | None) -> list[Actor]:
        """The bodies the trigger's sentence cites for what it tells ("according to a release from the sheriff's
        office"), when they are coded or of a known sector."""
        voice = args.cited_body(tok.sent)
        found = resolver.resolve(voice, ctx) if voice is not None else []
        return [a for a in found if a.sector]

    def _verb_event(self, tok: Token, p: Pattern, resolver: ActorResolver, ctx: str | None) -> Candidate | None:
        if p.accused_subject:
            return self._attributed(tok, p, resolver, ctx)
        if p.undergoer:
            return self._undergone(tok, p, resolver, ctx)
        conf = p.confidence
        passive = args.is_passive(tok) and not args.is_stative(tok)
        subj = args.subject(tok)
        sources = []
        # "the government's own projections predict a deficit": what figures show is nobody's act
        # ... and what unnamed reports say is the press's attribution, nobody's statement ("reports say")
        for i, cand in enumerate(args.subject_candidates(tok) if subj is None or not (
                args.is_data(subj) or args.is_hearsay(subj)) else []):
            sources = resolver.resolve(cand, ctx)
            if sources:
                conf *= 0.85 if i else 1.0
                break
        if sources and subj is not None and not passive:  # "X, along with Y, condemned": Y condemned too
            sources += [a for c in args.comitatives(tok, subj) for a in resolver.resolve(c, ctx)
                        if not _same(a, sources)]
        if sources and p.cameo == MEDIATE and passive and args.agent(tok) is not None:
            # "the truce, brokered by Qatar with Egypt": a mediator's companion mediates too; the parties
            # mediated between are named by "between" ("brokered a truce with Hamas" in the active keeps Hamas)
            sources += [a for c in args.preposition_objects(tok, {"with"}) for a in resolver.resolve(c, ctx)
                        if not _same(a, sources)]
        attributed = False
        if sources and args.reported_passive(tok):
            kind = speaker_is_doer(tok, p.cameo, args.passive_target(tok) is not None, sources)
            if kind is False or (kind is None and not self._speaker_did(p, sources, resolver)):
                sources = []  # "two soldiers were killed, the ministry said": the ministry reports, it did not kill
            elif kind:
                # "three men were arrested, police said": the police report their own arrest
                attributed = True
                sources = [_with_country(a, ctx) for a in sources]
        if not sources and passive and p.cameo[:2] in _FORCE and args.agent(tok) is None and (
                attackers := args.attackers_beside(tok)) is not None:
            sources = resolver.resolve(attackers, ctx)  # "three guards were wounded and the attackers escaped"
        advocate = advocating_clause(tok) if not sources else None
        if advocate is not None and (speaker := args.subject(advocate)) is not None:
            sources = resolver.resolve(speaker, ctx)  # "X stressed the importance of developing ties": X's wish
        if not sources and subj is None and not passive:
            left = _nearest_named_actor_left(tok)
            if left is not None:
                sources = resolver.resolve(left, ctx)
                conf *= 0.7
        targets: list[Actor] = []
        asker = args.asker_to_contact(tok) if passive and p.cameo.startswith("02") else None
        if asker is not None and (askers := resolver.resolve(asker, ctx)):
            # "anyone who saw the crash is asked to call police": the police appeal to the public, the civilians of the
            # askers' country (CAMEO's CVL), whom the phrase names
            asked = args.passive_target(tok)
            country = next((a.country for a in askers if a.country), None) or ctx or resolver.story_state
            public = [private_person(_phrase(asked), asked.left_edge.idx, country)] if asked is not None else []
            return Candidate(tok, p, askers, public, status_of(tok), round(conf * 0.8, 3))
        victim = None
        if passive:
            pt = args.passive_target(tok)
            if pt is not None:
                targets = resolver.resolve(pt, ctx)
                if p.own_object and p.object and not p.cameo.startswith(_MOBILIZE) and _word_in(pt, p.object):
                    # "a child abduction alert has been issued", "a state of emergency was declared": the act itself
                    # (but "two companies of police were rushed": the force sent)
                    targets = []
                victim = pt if p.cameo[:2] in _FORCE else None
            owned_by = args.owner(pt) if pt is not None and pt.pos_ == "NOUN" and not targets else None
            if owned_by is not None and p.cameo[:2] in _JUDGING and owned_by != args.agent(tok):
                # "a levy favoured by Ottawa but rejected by the premier": judging a thing judges its owner
                targets = resolver.resolve(owned_by, ctx)
        if not targets and victim is None:
            # ("five others were wounded": the ones it befell are named, though no actor, and no one else is)
            targets = self._targets(tok, p, resolver, ctx, sources)
        if p.cameo.startswith(DISAPPROVE) and (wronged := args.wronged_clause(tok)) is not None:
            # "claiming she was a victim of abuse": the one wronged is no one accused; the wrong's doer is
            targets = [a for t in args.wrongdoers(tok, wronged) for a in resolver.resolve(t, ctx)]
        if tok.dep_ in ("xcomp", "advcl", "acl") and p.cameo[:2] in _VERBAL and (not targets or all(
                t.text.lower() in _OBJECT_PRONOUNS for t in targets) or (
                p.cameo[:2] in _ASKING and not args.asks_someone(tok))):
            # "wrote to the governor asking him to resign", "a letter to the Pope asking for help": what a message asks
            # (offers, demands) is addressed to whom it is sent, and "him" is that one; so is what it calls for about
            # someone else ("a letter to the parliament calling for a condemnation of the minister": the parliament
            # is asked, the minister is what is asked about)
            addressed = args.addressee(tok.head)
            if addressed is not None and (found := resolver.resolve(addressed, ctx)):
                targets = found
        if not targets and tok.dep_ in ("xcomp", "advcl") and tok.head.pos_ == "VERB":
            obj = next((c for c in kids(tok.head) if c.dep_ == "dobj" and not args.generic_kind(c)), None)
            if obj is not None and obj.i != (subj.i if subj is not None else -1):
                targets = resolver.resolve(obj, ctx)
                if p.cameo == BARE_STATEMENT:  # "threw Twitter into uproar when she tweeted": the medium again
                    targets = [a for a in targets if a.sector != MEDIA]
                conf *= 0.9
        if not targets and p.cameo.startswith("14"):
            targets = self._protested(tok, resolver, ctx, sources)
        if not targets and p.cameo[:2] in _VIOLENCE:
            targets = self._struck(tok, resolver, ctx, sources)
        if not targets and p.cameo[:2] in _ADDRESSING:
            targets = self._government_addressed(tok, sources, resolver, ctx)
        if p.cameo[:2] in _SETTLING and tok.lemma_.lower() == "agree" and "with" not in {
                c.lower_ for c in kids(tok) if c.dep_ == "prep"}:
            # "agreed not to spy on mosques" under a settlement: agreed with the other party, not with the mosques
            targets = self._other_party(sources, resolver, ctx, tok) or targets
        elif p.cameo == LAWSUIT and not (args.slot(tok, "dobj.against") or args.slot(tok, "against")):
            # "X, which lodged the petition with the help of lawyers": the petition told before, against whom it was
            # brought (its helpers are no party); "Y settled a lawsuit brought by X": X sued Y
            told = [t for c in kids(tok) if c.dep_ in ("dobj", "nsubjpass") for t in args.sued_before(c)]
            targets = [a for t in told for a in resolver.resolve(t, ctx) if a.code and not _same(a, sources)] or targets
            if not any(t.code for t in targets):
                targets = self._other_party(sources, resolver, ctx, tok) or targets
        if p.cameo == VISIT and (subj is not None and _crowd(subj)) and not any(
                a.igo or a.sector in resolver.kb.political_sectors for a in sources):
            return None  # "more than 30,000 Syrians have arrived in Germany": a count of migrants, no visit
        if p.cameo == VISIT:  # "a woman visiting from Canada": where a visitor comes from is no host
            origins = {o.idx for o in args.preposition_objects(tok, {"from"})}
            targets = [t for t in targets if t.start not in origins]
            if origins and tok.dep_ == "acl" and not any(c.dep_ == "dobj" for c in kids(tok)):
                return None  # a person described as visiting from somewhere visits no one: a tourist, no consultation
        if not any(t.code for t in targets) and (p.cameo == VISIT or (p.cameo.startswith("09") and tok.dep_ == "conj")):
            targets = self._host(tok, sources, resolver) or targets  # "visited Derby": the host, not a town
        if not targets and p.cameo.startswith(THREAT):  # "threatened to resume attacks in Israel": where they strike
            targets = [a for t in args.threatened_places(tok) for a in resolver.resolve(t, ctx) if a.code]
        if p.cameo.startswith("13"):
            conditioned = args.condition_subject(tok)  # a threat's target is the one who must comply
            if conditioned is not None:
                targets = [a for a in resolver.resolve(conditioned, ctx) if a.code] or targets
        targets = [t for t in targets if not _same(t, sources) and not self._own_state(t, sources, p, resolver)]
        if not targets and _own_aim(tok):
            return None  # "Portugal is hoping to abolish its lunch break": an aim of its own, no comment on anyone
        if not sources and p.actors == "any" and p.cameo in _OWN_DEED_CODES and subj is not None and not passive:
            # "the man confessed to the murder", "a teenager pleaded guilty": a defendant named by a common noun
            # is a private person (a suspect, CRM, when owning up to the crime), as the one an arrest befalls
            who = subj.doc[subj.i:subj.i + 1] if subj.lower_ in _PERSONAL else args.person_phrase(subj)
            if who is not None:
                sector = "CRM" if p.cameo == "015" else "CVL"
                sources = [private_person(who.text, who.start_char, ctx, sector)]
        if (p.needs_target and not targets) or (p.needs_source and not sources):
            return None  # "called in sick", "called the move a mistake": no one was called
        if not sources:
            conf *= 0.6
        if not targets:
            conf *= 0.9
        # an inaction's "nothing" ("did nothing to stop them") is the inaction itself, read by its pattern
        status = _judgement_status(tok) if p.negated is True else status_of(tok, object_negation=not p.inaction)
        if attributed:
            p = replace(p, id=p.id + ATTRIBUTED)
        return Candidate(tok, p, sources, targets, status, round(min(conf, 1.0), 3))

    def _attributed(self, tok: Token, p: Pattern, resolver: ActorResolver, ctx: str | None) -> Candidate | None:
        """"X said Y was responsible for the attack": X's accusation of Y. Said by nobody (the reporter's own
        narrative), it is no one's event."""
        clause = tok.head if tok.dep_ in ("acomp", "attr") and tok.head.pos in (AUX, VERB) else tok
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("do", "constitute", "represent"):
            clause = tok.head  # "said the general did a great job", "said the raid constituted a breach of the truce"
        elif (tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos in (AUX, VERB)
              and tok.head.head.lemma_.lower() in _AMOUNTING):
            clause = tok.head.head  # "said the delay amounts to contempt", "said his views are at odds with ours"
        accused = next((c for c in kids(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
        saying = clause
        while saying.dep_ == "conj" and saying.head.i != saying.i:
            saying = saying.head
        if accused is None or saying.dep_ != "ccomp" or saying.head.lemma_.lower() not in REPORTING_VERBS:
            return None
        if accused.lower_ in _SPEAKER_SELF:
            return None  # "'I was wrong,' the minister said": the speaker owns up, no one is criticised
        if accused.pos_ == "VERB" or any(c.tag_ == "VBG" and c.dep_ == "compound" for c in kids(accused)):
            return None  # "said sanctioning Iran would be a mistake": an activity is judged, and Iran is not its doer
        if "negated" in (status_of(tok), status_of(clause)):
            return None  # "said Uganda was not responsible": no accusation
        speaker = args.subject(saying.head)
        sources = resolver.resolve(speaker, ctx) if speaker is not None else []
        accused = _extraposed_doer(tok, clause) or accused
        found = resolver.resolve(accused, ctx)
        if accused.pos_ == "NOUN" and (owned_by := args.owner(accused)) is not None:
            # "said Ottawa's decision was a mistake": the owner, unless the phrase names another actor of its own
            found = _owner_first(found, resolver.resolve(owned_by, ctx))
        if not found and (about := args.preposition_objects(saying.head, {"of"})):
            # "'That is a big mistake,' Roe said of the minister's plan": what the judgement is about names its owner
            subject = about[0]
            owned = args.owner(subject) if subject.pos_ == "NOUN" else None
            found = _owner_first(resolver.resolve(subject, ctx), resolver.resolve(owned, ctx) if owned else [])
        targets = [a for a in found if not _same(a, sources)]
        if not sources or (not targets and not _judges_a_thing(p, accused, found, saying.head)):
            return None
        # "said the minister might be corrupt if ...": a judgement made on a condition is hypothetical
        status = "hypothetical" if status_of(clause) == "hypothetical" else status_of(saying.head)
        return Candidate(tok, p, sources, targets, status, p.confidence)

    def _speaker_did(self, p: Pattern, speakers: list[Actor], resolver: ActorResolver) -> bool:
        """Whether the speaker who reports an agentless passive is its doer (``cameo_actors.csv`` says by class).

        Violence (``known-political``, ``armed``) never: "two soldiers were killed, the ministry said". A state's act
        (``state``) only when a state institution reports it: "three suspects were arrested, police said", but
        not "..., his neighbour said". Other acts are usually the reporter's own ("the talks were postponed, the
        ministry said"; "the fighters were demobilised, the rebel commanders said")."""
        requirement = p.actors or self.ontology.actors_required(p.cameo)
        if speakers and all(a.sector == MEDIA for a in speakers):
            return False  # "thousands were evacuated, the agency said": the press reports, it did not evacuate
        if requirement in ("known-political", "armed") or p.cameo.startswith(THREAT):  # a threat: the threatener's
            return False  # nor a threat: "she was threatened if she talked, police said" (not by the police)
        if requirement == "state":
            return all(a.sector in resolver.kb.state_sectors for a in speakers)
        return True

    def _targets(self, tok: Token, p: Pattern, resolver: ActorResolver, ctx: str | None,
                 sources: list[Actor]) -> list[Actor]:
        """The pattern's slots first; then where news puts the other party when the frame is looser.

        A slot that names only uncoded actors ("southern Gaza" unknown) is kept as a last resort, so
        that a coded actor in a later slot ("Palestinian homes") wins.
        """
        statement = p.cameo == BARE_STATEMENT

        judging = p.cameo[:2] in _JUDGING or p.cameo == "012"
        asking = p.cameo[:2] in _ASKING

        slotted: set[int] = set()
        named = False

        def candidates() -> Iterator[Token]:  # lazily: the fallbacks are read only when the slots name no one
            for name in p.target:
                for t in args.slot(tok, name):
                    if name == "dobj" and t.pos_ == "PROPN":
                        slotted.add(t.i)  # a name the verb acts on
                    yield t
            if not statement:  # a statement's target is the one addressed, never what it is about
                yield from args.fallback_targets(tok, with_object=not p.own_object,
                                                 with_clause=p.cameo not in _COMMENTS
                                                 and p.cameo[:2] not in _ABOUT_A_CLAUSE)

        uncoded: list[Actor] = []
        for t in candidates():
            if uncoded and named and t.i not in slotted:
                # "charged Rovers United with crowd disorder": a name the verb acts on, coded or not, is the target; the
                # fallbacks (here the charge) are read only when it names no one
                return uncoded
            if t.tag_ in ("WP", "WDT") and tok.dep_ == "relcl":
                t = tok.head  # "the detainees whom the teams met": whom is the detainees
            if args.generic_kind(t) and not resolver.kb.lookup(t.lemma_):
                continue  # "makes the typical politician pitch": a kind of pitch, no one's
            if judging and self._victim(t):
                continue  # "condemned the killing of students": the students are not condemned
            found = self._located(tok, t, resolver.resolve(t, ctx), p)
            if found and all(_same(a, sources) or self._own_state(a, sources, p, resolver) for a in found):
                continue  # "expelled two diplomats from Russia", said of Russia: the doer's own, the next one is hit
            if t.tag_ == "PRP$" and ({a.code for a in found} <= {a.code for a in sources} or not any(
                    a.code for a in found)):
                # "resurrected his claims": a possessive for the doer names the doer's own, no other party; one for
                # no coded actor ("to protect his privacy") is no party either
                continue
            if judging and t.pos_ == "NOUN" and (owned_by := args.owner(t) or (
                    None if found else args.named_owner(t))) is not None:
                # "criticised the offer made by Kabul", "unhappy with Kabul's handling": a thing's owner, unless
                # the phrase names an actor of its own ("criticised Israel's defence minister"); "resurrected his
                # claims": a pronoun for the doer makes the thing the doer's own, no one judged
                owners = resolver.resolve(owned_by, ctx)
                if owned_by.tag_ == "PRP$" and {a.code for a in owners} <= {a.code for a in sources}:
                    owners = []
                found = _owner_first(found, owners)
            elif judging and t.pos_ == "NOUN" and not any(a.code for a in found):
                # "X said ... The senate condemned the statements": the words are the one's who said them
                for said_by in args.earlier_speakers(t):
                    speakers = [a for a in resolver.resolve(said_by, ctx) if a.code and not _same(a, sources)]
                    if speakers:
                        found = speakers
                        break
                if not any(a.code for a in found):
                    found = self._doers_of_told_act(t, sources) or found
            if not found and asking and t.dep_ == "dobj" and t.head.i == tok.i and t.pos_ in ("NOUN", "PROPN") and any(
                    c.dep_ == "xcomp" for c in kids(tok)):
                # "told the cadets to obey the civil authorities": those told are asked, whoever they are; what they are
                # told to do, and to whom, is what is asked, not whom
                return uncoded
            if not found and t.tag_ == "PRP" and t.lower_ in _OBJECT_PRONOUNS:
                # "urged them to support the operation": those urged are whom "them" stands for; when the article
                # does not say, nobody else (not the operation) takes their place
                return uncoded
            if statement:  # "told the broadcaster that ...": the outlet spoken to is the medium, not the target
                found = [a for a in found if a.sector != MEDIA]
            if any(a.code is not None for a in found):
                return found
            if found and not uncoded:
                uncoded, named = found, t.i in slotted
        return uncoded

    def _located(self, tok: Token, t: Token, found: list[Actor], p: Pattern) -> list[Actor]:
        """A place or venue where an act done in words happens is no party to it ("spoke at the museum", "a sit-in in
        Tasmania"), unless it names an institution ("protested at the state capitol"); a protest held in a country,
        state or town addresses its government (``authorities``). Material acts ("invested in Uganda", "troops
        arrived in Liberia") and places inside the object ("criticised the elections in Uganda") keep their reading; but
        a country or town where an act of violence happens is its location, not a party named to it ("staged raids
        in central Peru", "an attack in Lima": not Lima's government; whom it hit, if the sentence says, is
        its target, and the place only the last resort, ``Coder._place_as_target``), while one the act is aimed at
        ("attacked Peru", "an incursion into Peru") or the place of what it hit ("shelled posts in Peru") stays."""
        if p.cameo[:2] in _VIOLENCE and args.place_or_venue(t) and t.ent_type_ in ("GPE", "LOC") and _act_level(
                tok, t, p):
            return []
        if p.cameo[:2] not in _VERBAL | {PROTEST_ROOT} or p.cameo == VISIT or not args.place_or_venue(t):
            return found
        held = p.cameo.startswith(PROTEST_ROOT) and t.head.head.dep_ == "dobj" and t.head.head.head.i == tok.i
        if t.head.head.i not in (tok.i, tok.head.i) and not held:  # "staged a sit-in in Tasmania": held there
            return found
        if any(a.sector or a.igo for a in found):
            return found
        if p.cameo.startswith(PROTEST_ROOT) and t.ent_type_ == "GPE":
            return [authorities(a) for a in found if a.country]
        return []

    def _struck(self, tok: Token, resolver: ActorResolver, ctx: str | None, sources: list[Actor]) -> list[Actor]:
        """Whom an attack with no object of its own hit, when a participle of its result names them: "staged raids
        in central Peru, killing three soldiers" hit the soldiers (not Peru, where it happened)."""
        for clause in args.result_participles(tok):
            pool = self.patterns.by_verb.get(clause.lemma_.lower()) or []
            if any(q.cameo[:2] in _FORCE for q in pool):
                hit = [a for o in kids(clause) if o.dep_ == "dobj" for a in resolver.resolve(o, ctx)
                       if not _same(a, sources)]
                if hit:
                    return hit
        return []

    def _own_state(self, target: Actor, sources: list[Actor], p: Pattern, resolver: ActorResolver) -> bool:
        """The doer's own country as the target of a material act its state does with it or in it ("will pull
        Peru out of the pact", "Russia expelled two diplomats from the country"): the state acts
        for the country, on someone else (an act in words about one's own country, "urged Peru to unite", keeps it)."""
        if target.sector or target.igo or target.country is None or not sources:
            return False
        if any(t.kind == "subnational" for t in resolver.kb.lookup(target.text)):
            return False  # "extended the curfew in Cusco": a town or province of its own is acted upon
        if self.ontology.code(p.cameo).quad_class not in _MATERIAL_QUADS:
            return False
        state = resolver.kb.state_sectors
        return all(s.country == target.country and s.igo is None and (s.sector is None or s.sector in state)
                   for s in sources)

    def _doers_of_told_act(self, thing: Token, sources: list[Actor]) -> list[Actor]:
        """"Militants attacked a police post. The government condemned the attack": a definite act noun with no owner
        of its own is the act the article told before, of the same CAMEO class, and judging it judges its doers."""
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those") for c in kids(thing)):
            return []
        if args.owner(thing) is not None or any(c.dep_ == "prep" and c.lower_ == "of" for c in kids(thing)):
            return []  # "the attack by X", "the killing of students": the phrase says whose or on whom
        pool = self.patterns.by_noun.get(thing.lemma_.lower()) or self.patterns.by_noun.get(thing.lower_) or []
        roots = {p.cameo[:2] for p in pool} & _TOLD_ACTS
        for i, code, doers in reversed(self._done):
            if i < thing.i and code[:2] in roots and thing.i - i <= _TOLD_REACH:
                found = [a.copy() for a in doers if a.code and not _same(a, sources)]
                return [] if any(a.code == s.code for a in found for s in sources) else found
        return []

    def _doer_told_before(self, noun: Token, p: Pattern) -> list[Actor]:
        """"Tunisia turned down the offer. ... the rejection of the offer raises questions": a definite act noun with
        no doer of its own is the act the article told last of the same CAMEO code, or of the same class where one
        noun names one act (criticism, rejection, protest, force); and its doer is that act's. (A noun of
        cooperation may name any of several acts: "the resolution" is no offer told before.)"""
        if p.inaction or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in kids(noun)):
            return []  # "this negligence" is an act left undone, no act told before
        one_act = p.cameo[:2] in _TOLD_ACTS | _DISPUTING
        for i, code, doers in reversed(self._done):
            same = code == p.cameo or (one_act and code[:2] == p.cameo[:2])
            if i < noun.sent.start and same and noun.i - i <= _TOLD_REACH:  # told in an earlier sentence
                return [a.copy() for a in doers if a.code and a.text]  # a doer the text named, not one implied
        return []

    def _victim(self, tok: Token) -> bool:
        """The one an act of force befalls, named after "of" ("the killing of students", "the arrest of activists") or
        another preposition of its aim ("the assault on Mali", "the attack against the embassy"): judging the act
        judges its doer, never them."""
        if tok.dep_ != "pobj" or tok.head.lower_ not in _AIMED:
            return False
        act = tok.head.head
        if act.pos_ == "VERB" and tok.head.lower_ != "of":
            # the parser hangs the aim on the verb of judging: "endorsed the assault on Mali"
            act = next((c for c in kids(act) if c.dep_ == "dobj" and c.i < tok.i), act)
        if act.pos_ != "NOUN":
            return False
        pool = self.patterns.by_noun.get(act.lemma_.lower()) or self.patterns.by_noun.get(act.lower_) or []
        return any(p.cameo[:2] in _FORCE for p in pool)

    # -- nouns ------------------------------------------------------------------------------------

    def _noun_event(
        self, tok: Token, p: Pattern, resolver: ActorResolver, covering: set[int], ctx: str | None
    ) -> Candidate | None:
        """The event of a noun trigger; None when a verb above it (``covering``) codes the same act."""
        if p.undergoer:
            return self._undergone(tok, p, resolver, ctx)
        conf = p.confidence * 0.9
        judged = args.undergoer(tok) if p.cameo[:2] in _VERBAL else None
        if judged is not None and not resolver.resolve(judged, ctx) and judged.pos_ == "NOUN":
            judged = args.owner(judged)  # "the minister's remarks drew a rebuke": the minister is rebuked
        if judged is not None and (undergoers := resolver.resolve(judged, ctx)):
            # "the minister faced criticism from the senator": the senator's criticism of the minister
            judging = [a for t in args.judges(tok) for a in resolver.resolve(t, ctx) if not _same(a, undergoers)]
            return Candidate(tok, p, judging, undergoers, noun_status(tok),
                             round(conf * (1.0 if judging else 0.6), 3))
        sources = self._named_doers(tok, resolver, ctx)
        if not sources:
            by = args.agent(tok)
            if by is not None:
                sources = resolver.resolve(by, ctx)
        if not sources and (announced_by := args.announcer(tok)) is not None:
            sources = resolver.resolve(announced_by, ctx)  # "the announcement by the president of tariffs"
        topical = False  # an act another's position or decision is on: "noted London's position on the expulsion"
        if not sources and (holder := args.topic_holder(tok)) is not None:
            held_by = args.owner(holder)
            sources = (resolver.resolve(held_by, ctx) if held_by is not None
                       else self._named_doers(holder, resolver, ctx))
            topical = bool(sources)
        if not sources and _counted(tok):
            return None  # "the increase in violent protests", "the causes of riots": a trend, not an event
        verb = args.governing_verb(tok)
        claimed = tok.dep_ == "pobj" and _claimed(tok.head)  # a claim of responsibility is not the act itself
        # "condemned the terrorist attacks": a condemned act happened, and its doer is not the one who condemns
        condemned = verb is not None and tok.dep_ == "dobj" and tok.head.i == verb.i and (
            verb.lemma_.lower() in _CONDEMNING)
        # "residents torched a car during the protest": the protest, or the clash, within which the verb's act was
        # done happened too, and is not the verb's own act (nor, necessarily, its doer's)
        within = verb is not None and p.cameo[:2] in _OCCASIONS and _within(tok, verb)
        if (verb is not None and verb.i in covering and verb.i != tok.i
                and not (claimed or condemned or topical or within)):
            return None  # "rejected a UN appeal": the verb's own event covers this noun
        # "the sergeant died in the bombing": the one who suffers an act is not its doer
        # "the killing sparked protests": the cause of a reaction is not its doer (nor is the one who tells of it)
        cause = args.caused_by(tok)
        caused = cause is not None
        adjunct = (verb is not None and (_in_adjunct(tok, verb) or args.undergone(verb))) or condemned or caused \
            or within
        if not sources and verb is not None and not adjunct:
            if tok.dep_ == "attr" and verb.lemma_ == "be":
                return None  # "the failure would be a threat to his bid": what a copula says of its subject is no act
            subj = args.subject(verb)
            sources = resolver.resolve(subj, ctx) if subj is not None else []
            hops = 0
            while not sources and verb is not None and hops < 2 and verb.dep_ in ("acl", "xcomp", "advcl", "conj"):
                verb = verb.head if verb.head.pos_ in ("VERB", "AUX") else args.governing_verb(verb.head)
                hops += 1
                if verb is not None:
                    subj = args.subject(verb)
                    sources = resolver.resolve(subj, ctx) if subj is not None else []
                    conf *= 0.85
        if not sources and not adjunct:
            below = tok
            for anc in list(tok.ancestors)[:6]:
                if below.dep_ in ("ccomp", "parataxis") and anc.lemma_.lower() in _TELLING:
                    sources = self._bond_of_teller(tok, anc, resolver, ctx)
                    conf *= 0.8 if sources else 1.0
                    break  # "police said a protest was peaceful": who tells of a clause did not do what it tells
                below = anc
                if anc.pos_ not in ("VERB", "AUX"):
                    continue
                if anc.i in covering and anc.i != tok.i:
                    return None
                if _in_adjunct(tok, anc):
                    break
                subj = args.subject(anc)
                if subj is not None and subj.i != tok.i and subj not in list(tok.subtree):
                    sources = resolver.resolve(subj, ctx)
                    if sources:
                        conf *= 0.85
                        break
        if not sources and self._doer_told_before(tok, p):
            return None  # "... the rejection of the offer raises questions": the act told before, one event
        targets: list[Actor] = []
        for name in p.target:
            if name == "between":
                between = [a for t in args.slot(tok, "between") for a in resolver.resolve(t, ctx)]
                if between and not sources:
                    sources = between
                elif between:
                    targets = between
                if targets or between:
                    break
                continue
            carrier = [tok.head] if tok.dep_ in ("dobj", "nsubjpass") and name not in ("dobj", "dative") else []
            for t in [*args.slot(tok, name), *(s for c in carrier for s in args.slot(c, name))]:
                targets = self._located(tok, t, resolver.resolve(t, ctx), p)
                if not targets:  # "the resolution of the dispute with Norway"
                    for inner in args.preposition_objects(t, {"with", "against", "between", "to", "on"}):
                        targets = resolver.resolve(inner, ctx)
                        if targets:
                            break
                if targets:
                    break
            if targets:
                break
        if not targets and caused and (p.cameo[:2] in _ADDRESSING or p.cameo.startswith(PROTEST_ROOT)):
            assert cause is not None
            targets = self._cause_doers(cause, resolver, ctx)
        if not targets and p.cameo.startswith("14"):
            targets = self._protested(tok, resolver, ctx, sources)
        if not targets and p.cameo[:2] in _ADDRESSING:
            targets = self._government_addressed(tok, sources, resolver, ctx)
        if not any(t.code for t in targets) and p.cameo == VISIT:
            targets = self._host(tok, sources, resolver) or targets
        targets = [t for t in targets if not _same(t, sources)]
        if not targets and _own_aim(tok):
            return None  # "Portugal is hoping to abolish its lunch break": an aim of its own, no comment on anyone
        if (p.needs_target and not targets) or (p.needs_source and not sources):
            return None  # "the trip from Amsterdam to Berlin": nobody's visit
        if not sources:
            conf *= 0.6
        return Candidate(tok, p, sources, targets, noun_status(tok), round(conf, 3))

    def _bond_of_teller(self, noun: Token, telling: Token, resolver: ActorResolver, ctx: str | None) -> list[Actor]:
        """The teller of "cooperation with the US is improving, the minister told reporters": a bond (lexicon list
        ``bonds``) with another side, told with no owner of its own, is the teller's side's."""
        if noun.lemma_.lower() not in args.lexicon().get("bonds", ()) or not args.preposition_objects(noun, {"with"}):
            return []
        teller = args.subject(telling)
        found = resolver.resolve(teller, ctx) if teller is not None else []
        others = [a for t in args.preposition_objects(noun, {"with"}) for a in resolver.resolve(t, ctx)]
        return [a for a in found if a.code and not _same(a, others) and a.country not in {o.country for o in others}]

    def _named_doers(self, noun: Token, resolver: ActorResolver, ctx: str | None) -> list[Actor]:
        """The doers a noun's own modifiers name: "Iran's attack", "a Russian strike", and a sector's word: "a rebel
        attack", "terrorist bombings", "a student protest", "police firing"."""
        for c in kids(noun):
            if c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod")
                                    and (c.ent_type_ in _ACTOR_ENTS or _sector_word(c, resolver))):
                sources = resolver.resolve(c, ctx)
                if sources:
                    return sources
        return []

    def _cause_doers(self, verb: Token, resolver: ActorResolver, ctx: str | None) -> list[Actor]:
        """Whom a protest, an appeal or an outcry a cause sparked is aimed at: the doers of the act that caused it ("the
        police killing of a teenager sparked protests": the police), the owner of the thing ("the minister's remarks
        provoked calls for ..."), or an actor who is the cause ("the mayor sparked protests"); never the one the
        act befell ("the arrest of the mayor": the mayor is no target of the protests)."""
        cause = args.subject(verb)
        if cause is None:
            return []
        doers = self._named_doers(cause, resolver, ctx)
        if not doers and cause.pos_ == "NOUN":
            by = args.agent(cause) or args.owner(cause)
            doers = resolver.resolve(by, ctx) if by is not None else []
        if not doers and (cause.pos_ in ("PROPN", "PRON") or cause.ent_type_ in _ACTOR_ENTS):
            doers = resolver.resolve(cause, ctx)
        return doers

    def _government_addressed(self, tok: Token, sources: list[Actor], resolver: ActorResolver,
                              ctx: str | None) -> list[Actor]:
        """"Pushed for more federal support": the appeal is addressed to the government of the appellant's country
        (else of the sentence's or the article's), which the adjective names."""
        word = args.governmental_addressee(tok)
        if word is None:
            return []
        country = next((a.country for a in sources if a.country), None) or ctx or resolver.story_state
        if country is None:
            return []
        code = actor_code(country, "GOV", None)
        if any(a.code == code and word.lower_ in a.text.lower() for a in sources):
            return []  # "the federal government called for federal action" asks itself nothing
        return [Actor(text=word.text, start=word.idx, end=word.idx + len(word.text), name=f"{word.lower_} government",
                      code=code, country=country, sector="GOV")]

    def _other_party(self, sources: list[Actor], resolver: ActorResolver, ctx: str | None, tok: Token) -> list[Actor]:
        """What a party agrees to under a lawsuit or its settlement it agrees with the other party of the suit ("the
        police agreed not to monitor mosques", after "settled a lawsuit brought by Muslim groups")."""
        for party in args.suit_parties(tok):
            found = [a for a in resolver.resolve(party, ctx) if a.code and not _same(a, sources)
                     and a.code not in {s.code for s in sources}]
            if found:
                return found
        return []

    def _host(self, tok: Token, sources: list[Actor], resolver: ActorResolver) -> list[Actor]:
        """A visit that names no host ("visited a car plant in Derby") is hosted by the country of the place visited,
        when it is not the visitor's own; an inspection on the visit ("... and inspected its lines") too."""
        own = {a.country for a in sources if a.country}
        for place in args.visited_places(tok):
            span = next((e for e in tok.doc.ents if e.start <= place.i < e.end), None)
            name = span.text if span is not None else place.text
            countries = {t.country for t in resolver.kb.lookup(name)
                         if t.country and t.kind in ("country", "capital", "subnational")}
            country = next(iter(countries)) if len(countries) == 1 else resolver.kb.cities.country(name)
            if country and country not in own:
                start = span.start_char if span is not None else place.idx
                return [Actor(text=name, start=start, end=start + len(name), name=name,
                              code=actor_code(country, None, None), country=country)]
        return []

    def _protested(self, tok: Token, resolver: ActorResolver, ctx: str | None, sources: list[Actor]) -> list[Actor]:
        """The target of a protest named in its purpose: "began a hunger strike to protest Sweden's decision"."""
        for t in args.protested(tok):
            found = [a for a in resolver.resolve(t, ctx) if a.code and not _same(a, sources)]
            if found:
                return found
        return []


# CAMEO classes of acts done in words (statements, appeals, offers, talks, praise, demands, criticism, rejection,
# threats): a message can carry them to whom it is sent
_VERBAL = {"01", "02", "03", "04", "05", "10", "11", "12", "13"}
# CAMEO classes of judging (comment, praise, disapproval, rejection): judging a thing judges its owner
_JUDGING = {"05", "11", "12"}
# CAMEO classes whose other party an adjective of what is asked or judged may name ("demanded federal action"):
# appeals, demands, disapproval, rejection
_ADDRESSING = {"02", "10", "11", "12"}
# CAMEO classes whose "that" clause says what is admitted, agreed or intended (statements, intents): its subject is
# what the act is about, not its other party ("admitted that the firm had failed", "agreed that the rules should
# change"); an appeal's or a demand's clause names the one who must act ("demanded that the US cancel")
_ABOUT_A_CLAUSE = {"01", "03"}
# CAMEO classes of asking (appeals, demands): their target is the one asked, not the one the request is about
_ASKING = {"02", "10"}
# how far back (in tokens, some fifteen sentences) "the attack" may be an act the article told
_TOLD_REACH = 400
# the CAMEO classes of such acts: protests, force and violence, whose nouns ("the attack", "the arrests", "the
# protests") name one act; a noun of talk or law ("the plea", "the decision") may name any of several
_TOLD_ACTS = {"14", "15", "17", "18", "19", "20"}
# CAMEO classes of disputing in words (disapproval, rejection), whose nouns ("the criticism", "the rejection") name one
# act too when it is the doer that is sought
_DISPUTING = {"11", "12"}
# CAMEO classes of force (coercion, assault, fighting, mass violence): the "of" of such an act is who it befalls
_FORCE = {"17", "18", "19", "20"}
# CAMEO classes of violence (assault, fighting, mass violence): where they happen is no party to them, unlike a curfew
# or a ban imposed on a town (coercion, 17)
_VIOLENCE = VIOLENCE_ROOTS
# prepositions that name whom an act of force befalls: "the killing of", "the attack on", "the strikes against"
_AIMED = {"of", "on", "against", "upon", "in", "into"}
# GDELT's quad classes of material acts (cooperation, conflict): a state does them for its country, never to it
_MATERIAL_QUADS = {2, 4}
# CAMEO classes of agreeing and yielding: what is agreed under a lawsuit is agreed with its other party
_SETTLING = {"03", "08"}


def _act_level(tok: Token, place: Token, p: Pattern) -> bool:
    """Whether a place's phrase hangs on the act itself: the trigger, or the act noun a light verb carries as its own
    object ("staged several raids in Peru"), not on the thing the act hit ("shelled positions in Peru")."""
    objects = [c for c in kids(tok) if c.dep_ == "dobj"] if p.own_object else []
    return place.head.head.i in {tok.i, *(o.i for o in objects), *(args.measured(o).i for o in objects)}


def _phrase(tok: Token) -> str:
    """The words of a noun's phrase up to its head and its "with"/"who" modifiers: "anyone with information"."""
    return tok.doc[tok.left_edge.i:tok.right_edge.i + 1].text


def _in_name(tok: Token) -> bool:
    """A capitalised word inside the name of a body, a building or a street ("Bureau of Investigation", "Defence
    Ministry", "Peace Palace", "Third Street"): part of a name, not a word for an act."""
    if tok.pos_ == "PROPN" and tok.is_title and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title for c in tok.children):
        return True  # "rename Third Street": a street's name takes no one to the streets
    if tok.ent_type_ not in ("ORG", "FAC") or not (tok.is_title or tok.is_upper):
        return False
    doc = tok.doc
    inside = tok.ent_iob_ == "I" or (tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I")
    return inside


def _one_appeal(found: list[Candidate]) -> list[Candidate]:
    """"Called for strengthening relations with X": one act, the wish to strengthen them (an intent derived from the
    act called for, with its target); a bare appeal (or wish) with no one named beside it says nothing more."""
    advocates = {v.i for c in found if c.pattern.id.startswith("intent/")
                 and (v := advocating_clause(c.trigger)) is not None}
    return [c for c in found
            if not (c.trigger.i in advocates and c.pattern.cameo.startswith(("02", "03")) and not c.targets)]


def _restated(found: list[Candidate]) -> list[Candidate]:
    """"Criticised X's policy, saying it was a mistake", "confirmed the plan, saying ...": the participle of saying
    tells what the act above it said, and is no statement of its own beside it (one event per act)."""
    coded = {c.trigger.i for c in found}
    return [c for c in found
            if not (c.pattern.cameo == BARE_STATEMENT and c.trigger.tag_ == "VBG" and c.trigger.dep_ == "advcl"
                    and c.trigger.head.i in coded and c.trigger.head.i != c.trigger.i)]


def _ordered(found: list[Candidate]) -> list[Candidate]:
    """"Ordered the papers to suspend publication": the order codes the act it orders (coerce/order-to-stop-work), and
    the to-infinitive's own reading of the same code is that one act again (one event per act)."""
    coded = {(c.trigger.i, c.pattern.cameo) for c in found}
    return [c for c in found
            if not (c.trigger.dep_ == "xcomp" and (c.trigger.head.i, c.pattern.cameo) in coded
                    and c.trigger.head.i != c.trigger.i)]


def _press_only(cand: Candidate) -> bool:
    """"Met reporters", "a call with journalists": talking to the press is a statement (the verb of saying beside it
    codes it), no consultation."""
    return cand.pattern.cameo.startswith(CONSULT_ROOT) and bool(cand.targets) and all(
        a.sector == MEDIA for a in cand.targets)


def _depth(tok: Token) -> int:
    return sum(1 for _ in tok.ancestors)


def _reports_event(tok: Token, triggers: set[int]) -> bool:
    """A verb of saying (or permitting) whose complement holds another trigger gives way to it."""
    # "wrote to the governor, asking him to resign": what a message asks is what it says
    clauses = ("ccomp", "dobj", "xcomp", "parataxis")
    for c in kids(tok):
        if c.dep_ in clauses or (c.dep_ == "advcl" and args.addressee(tok) is not None):
            if any(t.i in triggers and t.i != tok.i for t in c.subtree):
                return True
    return False


def _nearest_named_actor_left(tok: Token) -> Token | None:
    """A last resort for a verb the parser left without a subject: the closest name before it."""
    start, _ = sentence_bounds(tok)
    for t in reversed(tok.doc[start:tok.i]):
        if t.pos_ == "VERB":
            return None
        if t.ent_type_ in ("PERSON",) and t.ent_iob_ in ("B", "I"):
            ent_end = t
            while ent_end.i + 1 < len(tok.doc) and tok.doc[ent_end.i + 1].ent_iob_ == "I":
                ent_end = tok.doc[ent_end.i + 1]
            head = ent_end.head if ent_end.dep_ == "compound" else ent_end
            while head.dep_ == "conj" and head.head.i != head.i:
                head = head.head
            if head.dep_ == "pobj" and head.head.dep_ == "agent":
                return None  # "the army, backed by A and B, is eager to": A and B are the backers, not the eager
            return ent_end
    return None


# Prepositions of cause, time and topic: a noun inside one is no act of the clause's subject ("in the wake of the
# attack, the police sealed the area", "arrested for the bombing", "spoke about the strike")
_ADJUNCT_PREPS = {"after", "following", "since", "before", "despite", "amid", "amidst", "over", "about", "against",
                  "due", "because", "for", "to", "regarding", "concerning", "like", "near"}
# and the nouns of such phrases built with "of" ("in the wake of", "in view of"; "at the end of a visit" is the
# subject's own visit)
_ADJUNCT_OF = {"wake", "aftermath", "backdrop", "heels", "view", "light", "spite", "face", "context", "run-up"}
# but an act one claims responsibility or credit for is the claimant's own ("the group claimed responsibility for
# the bombing"); one denied or blamed on others is not
_CLAIMED = {"responsibility", "credit"}
_CLAIMING = {"claim", "accept", "take", "admit", "acknowledge", "assume", "bear"}


# Prepositions of an act done within another ("during the protest", "amid clashes"), and the classes of acts that
# are such an occasion of their own: protests and force (a visit or talks "during" which one spoke are the
# speaker's own occasion, and a police raid is told with what the police did in it)
_WITHIN = {"during", "amid", "amidst", "throughout"}
_OCCASIONS = {PROTEST_ROOT, "18", "19", "20"}


def _within(noun: Token, verb: Token) -> bool:
    """Whether a noun trigger is the object of "during" (or "amid") on the verb itself."""
    return noun.dep_ == "pobj" and noun.head.lower_ in _WITHIN and noun.head.head.i == verb.i


def _in_adjunct(noun: Token, verb: Token) -> bool:
    """Whether a noun trigger sits in an adjunct of cause, time or topic on its way up to a verb."""
    tok = noun
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.dep_ == "prep" and _claimed(tok):
            return False
        if tok.dep_ == "prep" and (tok.lower_ in _ADJUNCT_PREPS
                                   or (tok.lower_ == "of" and tok.head.lemma_.lower() in _ADJUNCT_OF)):
            return True
        tok = tok.head
    return False


# Nouns of number, change and cause: an act named after "the increase in", "the number of", "the causes of" with
# no doer of its own is counted or explained as a kind, and is no event ("the rise in violent protests").
_COUNTING = {"increase", "rise", "decrease", "decline", "drop", "fall", "growth", "escalation", "number", "cause",
             "rate", "frequency", "incidence", "level", "likelihood", "root", "spiral"}


def _counted(noun: Token) -> bool:
    """Whether a noun trigger is the object of "in" or "of" after a noun of number, change or cause."""
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.lower_ in ("in", "of") and prep.head.pos_ == "NOUN"
            and prep.head.lemma_.lower() in _COUNTING)


# Verbs of condemning: their object is an act that happened, done by someone other than who condemns it.
_CONDEMNING = {"condemn", "denounce", "deplore", "decry"}


_PERSONAL_PRONOUNS = {"he", "him", "she", "her", "i", "me"}


# An admission (015) or denial (016) of one's own deed, which a private defendant makes too (``actors: any``)
_OWN_DEED_CODES = ("015", "016")
_PERSONAL = {"he", "she"}  # "he signed a confession": the one the article told of, whom no dictionary codes


def _private_person(actor: Actor, doc: Doc, country_names: frozenset[str], named: bool = True) -> bool:
    """A private person with a nationality or a home town and no sector: a common noun for a person ("a Kenyan man",
    "a Leeds man": lexicon list ``private_persons``, not ``attackers``) or, with ``named``, a person named
    ("New Zealander Jane Roe", and "he" for her): not the country, whose code the person carries."""
    if actor.code is None or actor.sector or actor.igo or actor.name in country_names:
        return False
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    lex = args.lexicon()
    if actor.name is None:
        head = span.root
        return head.lemma_.lower() in lex.get("private_persons", ()) and not (
            head.lemma_.lower() in lex.get("attackers", ()) or head.lower_ in lex.get("attackers", ()))
    return named and (span.root.ent_type_ == "PERSON" or span.root.lower_ in _PERSONAL_PRONOUNS)


def _crowd(noun: Token) -> bool:
    """A number of people counted ("30,000 Syrians", "thousands of migrants", "more than 500 people"): a crowd
    of the many, each going their own way (lexicon list ``counts`` for the words of number)."""
    counts = args.lexicon().get("counts", ())
    return noun.lemma_.lower() in counts or noun.lower_ in counts or noun.tag_ == "CD" or any(
        c.dep_ == "nummod" and c.tag_ == "CD" for c in kids(noun))


def _claimed(prep: Token) -> bool:
    """"(claimed) responsibility for": the act after it is the claimant's, unless the claim is denied."""
    noun = prep.head
    if prep.lower_ != "for" or noun.lemma_.lower() not in _CLAIMED or noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = noun.head
    return verb.lemma_.lower() in _CLAIMING and not any(c.dep_ == "neg" for c in kids(verb))


def _sector_word(tok: Token, resolver: ActorResolver) -> bool:
    """A modifier that names its noun's doer by a sector's word: "a rebel attack", "police firing", "a student
    protest"."""
    return any(t.kind == "sector" for t in resolver.kb.lookup(tok.text))


def _owner_first(found: list[Actor], owners: list[Actor]) -> list[Actor]:
    """The actors a judged thing stands for: its owner's ("Ottawa's decision" is Ottawa's, not Canada's as a
    whole), unless the phrase names an actor of its own ("criticised Israel's defence minister": an office, with a
    sector or a body of its own)."""
    own_codes = {a.code for a in owners}
    if owners and not any(a.code is not None and a.code not in own_codes and (a.sector or a.igo) for a in found):
        return owners
    return found


def _with_country(actor: Actor, country: str | None) -> Actor:
    """A body of a known sector whose country the text does not say ("police said") is of the country where the act
    happened."""
    if actor.code or actor.igo or not actor.sector or not country:
        return actor
    return replace(actor, country=country, code=actor_code(country, actor.sector, None))


def _same(actor: Actor, others: list[Actor]) -> bool:
    return any(actor.start == o.start or (actor.name and actor.name == o.name) for o in others)
