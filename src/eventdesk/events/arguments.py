"""Who did it and to whom: the argument tokens of a trigger in the dependency tree.

Handles active and passive voice ("was attacked by"), control ("offered to work with the US": the
one who offers works), shared subjects of coordinated verbs ("met ... and announced"), participles
("rebels threatening a civil war"), relative clauses ("Erdogan, who opposes"), nominal agents
("the attempt by Tehran to deter the vote") and purpose clauses ("telephoned Putin to ask for
help": the one telephoned is the one asked).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from eventdesk.nlp.tree import kids

# Verbs whose object, not subject, does what their to-infinitive says ("urged Iran to comply").
OBJECT_CONTROL = {
    "urge", "ask", "persuade", "invite", "encourage", "force", "order", "tell", "allow", "press", "pressure",
    "call", "compel", "oblige", "request", "advise", "warn", "push", "help", "enable", "permit", "instruct",
    "challenge", "direct", "command", "authorize", "authorise", "empower", "require", "mandate", "entrust",
}
# Verbs whose "of"/"for" clause is what the object allegedly did ("accused Moscow of shielding").
ACCUSATIONS = {"accuse", "blame", "suspect", "charge", "criticize", "criticise", "condemn", "denounce", "fault",
               "convict", "indict", "punish", "praise", "thank", "commend", "credit"}
_SUBJECTS = ("nsubj", "csubj")
_NOMINAL = ("NOUN", "PROPN", "PRON")


def _child(tok: Token, deps: tuple[str, ...] | str) -> Token | None:
    deps = (deps,) if isinstance(deps, str) else deps
    for c in kids(tok):
        if c.dep_ in deps:
            return c
    return None


# Nouns that measure or package what follows "of": "25,000 tons of food aid", "a package of sanctions".
MEASURES = {
    "ton", "tonne", "kilogram", "kg", "pound", "barrel", "litre", "liter", "gallon", "shipment", "consignment",
    "batch", "package", "load", "cargo", "amount", "quantity", "number", "lot", "convoy", "truckload", "planeload",
    "shipload", "box", "crate", "bag", "sack", "dose", "million", "billion", "thousand", "hundred", "dozen",
    "series", "wave", "round", "set", "range", "host", "raft", "slew", "string", "spate", "volley", "barrage",
    # groups of people and partitives: "contingents of troops", "part of the stronghold", "most of the town"
    "contingent", "detachment", "team", "group", "part", "portion", "half", "most", "rest", "bulk", "majority",
}


def measured(tok: Token) -> Token:
    """What a measure noun measures ("tons of aid": aid; "a new round of sanctions": sanctions); else the token."""
    seen = 0
    while (tok.lemma_.lower() in MEASURES or tok.pos_ == "NUM") and seen < 3:
        of = next((c for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = _child(of, "pobj") if of is not None else None
        if pobj is None:
            break
        tok, seen = pobj, seen + 1
    return tok


def is_passive(verb: Token) -> bool:
    """Passive voice, also for a participle sharing a passive auxiliary ("was prepared ... and approved by")."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in kids(verb)):
        return True
    if verb.tag_ == "VBN" and verb.dep_ == "acl":
        # a participle with a direct object is active: "his minister, X, telephoned Lavrov"
        return not any(c.dep_ == "dobj" for c in kids(verb))
    return verb.tag_ == "VBN" and verb.dep_ == "conj" and verb.head.i != verb.i and is_passive(verb.head)


def agent(verb: Token) -> Token | None:
    """The "by X" of a passive verb."""
    for c in kids(verb):
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            return _child(c, "pobj")
    return None


def subject(verb: Token, depth: int = 0) -> Token | None:
    """The token heading the doer of ``verb``, looked for up the tree when the clause has none."""
    if depth > 6:
        return None
    if is_stative(verb) and _child(verb, "nsubjpass") is not None:
        return _child(verb, "nsubjpass")
    if is_passive(verb):
        doer = agent(verb)
        if doer is not None:
            return doer
        if verb.dep_ == "acl":
            return None
        if verb.dep_ == "advcl" and _child(verb, "nsubjpass") is not None:
            return None  # "the police looked on while the shops were looted": the police are not the looters
    subj = _child(verb, _SUBJECTS)
    if subj is not None:
        if subj.tag_ in ("WP", "WDT") or subj.lower_ in ("who", "which", "that"):
            return verb.head if verb.dep_ == "relcl" else None
        return subj
    head = verb.head
    if head.i == verb.i:
        return None
    if verb.dep_ == "xcomp":
        obj = _child(head, ("dobj",))
        if head.lemma_.lower() in OBJECT_CONTROL and obj is not None:
            return obj
        if is_passive(head) and _child(head, "nsubjpass") is not None:
            return _child(head, "nsubjpass")  # raising: "X is reported to have telephoned"
        return subject(head, depth + 1)
    if verb.dep_ in ("conj", "advcl", "pcomp", "ccomp") and head.pos_ in ("VERB", "AUX"):
        if verb.dep_ == "ccomp" and _child(verb, _SUBJECTS) is None:
            return subject(head, depth + 1)
        return subject(head, depth + 1) if verb.dep_ != "ccomp" else None
    if verb.dep_ == "pcomp" and head.lower_ in ("of", "for") and head.head.lemma_.lower() in ACCUSATIONS:
        accused = _child(head.head, ("dobj", "nsubjpass"))
        if accused is not None:
            return accused  # "accused Moscow of shielding the regime": Moscow shields
    if verb.dep_ == "pcomp" and head.lower_ == "from" and (kept := _child(head.head, ("dobj",))) is not None:
        return kept  # "could not stop protesters from storming": the protesters storm
    if verb.dep_ == "pcomp":
        prep = head
        return subject(prep.head, depth + 1) if prep.head.pos_ in ("VERB", "AUX", "NOUN") else None
    if verb.dep_ == "acl" and head.pos_ in _NOMINAL:
        doer = agent(head)
        if doer is not None:
            return doer  # "the attempt by Tehran to deter"
        # "rebels threatening a civil war"; "the Russian effort to upgrade": the noun or its modifiers
        # (its possessor, "Russia's decision to", is the next candidate)
        return head
    if verb.dep_ == "relcl":
        return head
    if verb.dep_ == "acomp" and head.pos_ in ("VERB", "AUX"):
        return subject(head, depth + 1)  # "the government is ready to impose": ready's doer is the government's
    if head.pos_ in ("ADP",) and head.head.pos_ in ("VERB", "AUX", "NOUN"):
        return subject(head.head, depth + 1)
    return None


def subject_candidates(verb: Token) -> list[Token]:
    """Tokens that may name the doer, best first: the clause's subject, then those of clauses above."""
    out: list[Token] = []
    first = subject(verb)
    if first is not None:
        out.append(first)
        if verb.dep_ == "relcl":
            return out  # a relative clause's doer is its antecedent, never a clause above
        poss = _child(first, "poss") if verb.dep_ == "acl" and first.i == verb.head.i else None
        if poss is not None:
            out.append(poss)
        if first.dep_ != "nsubj" and first.head.i != first.i:
            above = first.head
            for anc in [above, *above.ancestors][:4]:
                if anc.pos_ in ("VERB", "AUX") and anc.i != verb.i:
                    nxt = subject(anc)
                    if nxt is not None and nxt.i not in {t.i for t in out}:
                        out.append(nxt)
                        break
    return out


def reported_passive(verb: Token) -> bool:
    """An agentless passive reported by a speaker ("two soldiers were killed, the ministry said"): the subject
    that ``subject`` finds for it is the speaker of the clause above, who is not necessarily the doer."""
    if not is_passive(verb) or is_stative(verb) or agent(verb) is not None:
        return False
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
        if agent(clause) is not None or _child(clause, _SUBJECTS) is not None:
            return False
    return clause.dep_ == "ccomp" and _child(clause, _SUBJECTS) is None


def passive_target(verb: Token) -> Token | None:
    """The one acted upon in a passive clause ("Iran was attacked")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head
    own = _child(verb, "nsubjpass")
    if own is None and verb.dep_ == "conj" and verb.head.i != verb.i:
        return passive_target(verb.head)
    return own


_NOT_OBJECTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}


def preposition_objects(tok: Token, preps: set[str]) -> list[Token]:
    out: list[Token] = []
    for c in kids(tok):
        if c.dep_ in ("prep", "dative", "agent") and c.lower_ in preps:
            out.extend(g for g in kids(c) if g.dep_ == "pobj")
    return out


def slot(tok: Token, name: str) -> list[Token]:
    """The tokens filling a target slot of a pattern: ``dobj``, ``dative``, a preposition, ``xcomp.X``."""
    if name == "dobj":
        found = [c for c in kids(tok) if c.dep_ in ("dobj", "obj")]
        # the parser takes a name right after the verb for an adverb ("shelled Aleppo on Sunday"): an object
        return found or [c for c in kids(tok) if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i > tok.i
                         and c.ent_type_ not in _NOT_OBJECTS and not any(k.dep_ == "dobj" for k in kids(tok))][:1]
    if name == "dative":
        return [c for c in kids(tok) if c.dep_ == "dative" and c.pos_ in _NOMINAL] + preposition_objects(
            tok, {"to"}
        )
    if name == "attr":
        return [c for c in kids(tok) if c.dep_ in ("attr", "oprd")]
    if name == "nsubj":
        return [c for c in kids(tok) if c.dep_ in ("nsubj", "nsubjpass")]
    if name == "poss":  # "the opposition's motion"
        return [c for c in kids(tok) if c.dep_ == "poss"]
    if "." in name:
        first, rest = name.split(".", 1)
        if first in ("xcomp", "ccomp", "dobj", "nsubjpass", "acl", "relcl", "advcl"):
            holders = [c for c in kids(tok) if c.dep_ == first]
            if not holders and first == "nsubjpass" and tok.dep_ == "conj":  # "was opened and later withdrawn"
                holders = [c for c in kids(tok.head) if c.dep_ == first]
        else:  # a preposition: "for.with" is the partner of "for talks with X", "against.by" a motion's mover
            holders = preposition_objects(tok, {first})
        out: list[Token] = []
        for h in holders:
            out.extend(slot(h, rest))
            if h.pos_ in _NOMINAL and rest == "by" and not out:  # "the motion moved by X": its mover
                out.extend(s for c in kids(h) if c.dep_ == "acl" for s in slot(c, rest))
        return out
    return preposition_objects(tok, {name})


def governing_verb(noun: Token) -> Token | None:
    """The verb that carries a noun trigger ("signed an agreement", "support for sanctions")."""
    tok = noun
    while tok.dep_ in ("pobj", "prep", "conj", "appos", "compound") and tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    if tok.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    return None


# Passive forms that describe a stance of their subject: "Israel is opposed to French mediation".
STATIVE_PASSIVES = {"oppose", "commit", "determine", "prepare", "engage", "involve", "dedicate", "resolve",
                    "interest", "concern", "ally", "align", "obligate"}


def is_stative(verb: Token) -> bool:
    return verb.lemma_.lower() in STATIVE_PASSIVES and agent(verb) is None


_FALLBACK_PREPS = ("to", "with", "against", "on", "toward", "towards", "into", "at", "from", "over", "for")


# Verbs and nouns that state what a protest is against: "to protest X", "to demand X", "in defiance of X".
_PROTESTING = {"protest", "demand", "denounce", "oppose", "condemn", "decry", "defy", "press", "demonstrate",
               "object", "challenge", "reject"}
_LEADERSHIP_CHANGE = {"resignation", "ouster", "removal", "departure", "impeachment", "dismissal", "overthrow",
                      "downfall", "sacking", "firing"}
_PROTEST_NOUNS = {"protest", "defiance", "opposition", "response", "anger", "outrage"}


def protested(tok: Token) -> list[Token]:
    """What a protest is against, from its stated purpose, best first (for protests whose frame names no target).

    The purpose clause may hang on the trigger or, for a noun trigger, on the verb that carries it ("began a
    hunger strike to protest ..."); "in protest at X", "in defiance of X" name it too.
    """
    holders = [tok]
    if tok.dep_ in ("dobj", "nsubjpass", "pobj") and tok.head.i != tok.i:
        holders.append(tok.head if tok.dep_ != "pobj" else tok.head.head)
    # a verb trigger's object may carry it: "kept up a hunger strike in protest of ..."
    holders += [c for c in kids(tok) if c.dep_ == "dobj" and tok.pos_ == "VERB"]
    out: list[Token] = []
    for holder in holders:
        for clause in kids(holder):
            if clause.dep_ in ("advcl", "acl", "xcomp", "relcl") and clause.lemma_.lower() in _PROTESTING:
                out.extend(c for c in kids(clause) if c.dep_ in ("dobj", "ccomp"))
                out.extend(preposition_objects(clause, {"against", "at", "over", "for", "of"}))
            if clause.dep_ == "prep" and clause.lower_ in ("in", "against"):
                for pobj in kids(clause):
                    if pobj.dep_ == "pobj" and pobj.lemma_.lower() in _PROTEST_NOUNS:
                        out.extend(preposition_objects(pobj, {"of", "at", "against", "to", "over"}))
                    elif pobj.dep_ == "pobj" and clause.lower_ == "against":
                        out.append(pobj)
    for t in list(out):  # "Sweden's decision", "the killing of civilians by Israeli forces": its owner or doer
        out.extend(c for c in kids(t) if c.dep_ == "poss")
        doer = agent(t)
        if doer is not None:
            out.append(doer)
        if t.lemma_.lower() in _LEADERSHIP_CHANGE:  # "to demand the resignation of the president": him
            out.extend(preposition_objects(t, {"of"}))
    return out


def fallback_targets(verb: Token, with_object: bool = True) -> list[Token]:
    """Where the other party usually is when a pattern's slots are empty, best first.

    The trigger's own prepositional objects; the subject of a "that" clause ("demanded that the US
    cancel"); the complements of a to-infinitive ("threatened to cut electricity to X"); inside a
    non-actor object: its prepositions, its owner and modifiers ("rejected Saddam Hussein's proposal",
    "a US offer", "an offer from Kabul"), unless ``with_object`` is false (the object is the source's
    own: "deployed its troops").
    """
    out: list[Token] = []
    pobjs = preposition_objects(verb, set(_FALLBACK_PREPS))
    out.extend(pobjs)
    for pobj in pobjs:  # "hacked into the computers of South Korean officers"
        out.extend(preposition_objects(pobj, {"of", "belonging"}))
    out.extend(c for c in kids(verb) if c.dep_ == "dative" and c.pos_ in _NOMINAL)
    for comp in kids(verb):
        if comp.dep_ == "ccomp":
            out.extend(c for c in kids(comp) if c.dep_ in ("nsubj", "nsubjpass"))
        if comp.dep_ == "xcomp":
            out.extend(c for c in kids(comp) if c.dep_ in ("dobj", "dative"))
            out.extend(preposition_objects(comp, set(_FALLBACK_PREPS)))
    objects = [c for c in kids(verb) if c.dep_ == "dobj"] if with_object else []
    objects += [g for comp in kids(verb) if comp.dep_ == "xcomp" for g in kids(comp) if g.dep_ == "dobj"]
    for obj in objects:
        inner = preposition_objects(obj, {"with", "against", "on", "to", "between", "from", "by", "of", "for", "into",
                                          "about", "over"})
        out.extend(inner)
        for pobj in inner:  # "an investigation into crimes committed by Croat forces"
            out.extend(deep_targets(pobj))
        out.extend(c for c in kids(obj) if c.dep_ == "poss")
        out.append(obj)  # read as a whole: "a United Nations appeal" names the UN
        out.extend(deep_targets(obj))
    return out


def condition_subject(verb: Token) -> Token | None:
    """The subject of an "unless"/"if" clause on a threat: "... unless Baghdad accepted": Baghdad."""
    for clause in (verb, verb.head):
        for child in kids(clause):
            if child.dep_ == "advcl" and any(m.lower_ in ("unless", "if") for m in kids(child) if m.dep_ == "mark"):
                subj = _child(child, ("nsubj", "nsubjpass"))
                if subj is not None:
                    return subj
    return None


@lru_cache(maxsize=1)
def lexicon() -> dict[str, tuple[str, ...]]:
    from eventdesk.events.patterns import load_lexicon  # the word lists live beside the patterns

    return load_lexicon()


# participles that say what a thing is about ("statements concerning migrants"): the topic, never the party
_TOPIC_PARTICIPLES = {"concern", "regard", "surround", "respect", "touch"}


def owner(thing: Token) -> Token | None:
    """Whose a thing is: its possessor ("the ministry's plan") or who made it ("the offer made by Kabul", "the
    offer by Kabul"). Criticism or praise of a thing is aimed at its owner."""
    for c in kids(thing):
        if c.dep_ == "poss":
            return c
    authoring = lexicon().get("authoring", ())
    for c in kids(thing):
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            return next((g for g in kids(c) if g.dep_ == "pobj"), None)
        if c.dep_ in ("acl", "relcl"):
            made_by = agent(c)
            if made_by is not None:
                return made_by
            maker = _child(c, ("nsubj",))
            if c.lemma_.lower() in authoring and maker is not None and maker.tag_ not in ("WDT", "WP"):
                return maker  # "the plan which the minister announced"
            if c.lemma_.lower() in _TOPIC_PARTICIPLES:  # "statements concerning migrants (made) by the mayor"
                inner = [t for t in c.subtree if t.dep_ == "agent" or (t.dep_ == "prep" and t.lower_ == "by")]
                by = next((g for t in inner for g in kids(t) if g.dep_ == "pobj"), None)
                if by is not None:
                    return by
    return None


def deep_targets(obj: Token) -> list[Token]:
    """Actors named inside a non-actor object: "a civil war that may undermine the government"."""
    out: list[Token] = []
    for c in kids(obj):
        if c.dep_ in ("prep", "agent") and c.lower_ in ("with", "against", "on", "by", "from", "between", "to", "of"):
            out.extend(g for g in kids(c) if g.dep_ == "pobj")
        elif c.dep_ in ("relcl", "acl") and c.lemma_.lower() not in _TOPIC_PARTICIPLES:
            out.extend(g for g in kids(c) if g.dep_ in ("dobj", "agent"))
            ag = agent(c)
            if ag is not None:
                out.append(ag)
    return [t for t in out if t.dep_ != "agent"]
