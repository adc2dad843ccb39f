"""Who did it and to whom: the argument tokens of a trigger in the dependency tree.

Handles active and passive voice ("was attacked by"), control ("offered to work with the US": the
one who offers works), shared subjects of coordinated verbs ("met ... and announced"), participles
("rebels threatening a civil war"), relative clauses ("Erdogan, who opposes"), nominal agents
("the bid by Ankara to stall the ballot") and purpose clauses ("telephoned Putin to ask for
help": the one telephoned is the one asked).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from eventdesk.nlp.tree import kids, sentence_bounds
from eventdesk.nlp.words import REPORTING_VERBS

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
    if participial_passive(verb):
        return True
    if bare_passive(verb):
        return True
    return verb.tag_ == "VBN" and verb.dep_ == "conj" and verb.head.i != verb.i and is_passive(verb.head)


def participial_passive(verb: Token) -> bool:
    """A past participle standing for a passive clause beside the main one: "Released on bond, he returned home",
    "Asked about the deal, the minister said ...": the main clause's subject is the one it befell (with an auxiliary,
    "Having released the hostages, the rebels left", or an object, it is active)."""
    head = verb.head
    return (verb.tag_ == "VBN" and verb.dep_ == "advcl" and head.i != verb.i and head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("dobj", "aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in kids(verb))
            and _child(head, ("nsubj", "nsubjpass")) is not None)


def stranded_passive(verb: Token) -> bool:
    """A headline's passive without its auxiliary: "Police shot at during traffic stop", "Troops fired on in
    Kashmir": the verb's preposition has lost its object to the subject, who underwent the act."""
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ == "relcl" or any(
            c.dep_ in ("dobj", "aux", "auxpass") for c in kids(verb)):
        return False  # "the car they fired at": the object went to the noun the clause describes
    if not any(c.dep_ == "nsubj" for c in kids(verb)):
        return False
    doc = verb.doc
    for c in kids(verb):
        if c.dep_ not in ("prep", "prt") or any(k.dep_ in ("pobj", "pcomp") for k in kids(c)):
            continue
        after = doc[c.i + 1] if c.i + 1 < len(doc) else None
        if c.lower_ in ("at", "upon") or (c.lower_ == "on" and after is not None and after.dep_ == "prep"):
            return True
    return False


def bare_passive(verb: Token) -> bool:
    """A passive without its auxiliary, as headlines and "with X ..." phrases write it: "Police shot at during
    traffic stop" (stranded preposition), "Minister urged to resign", "with Italy invited to join" (a verb of the
    lexicon's ``moving_to_act``, whose active always names the one moved before the infinitive)."""
    if stranded_passive(verb):
        return True
    if verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() not in lexicon().get("moving_to_act", ()):
        return False
    if verb.dep_ == "relcl" or any(c.dep_ in ("dobj", "iobj", "dative", "aux", "auxpass", "nsubjpass", "ccomp")
                                   for c in kids(verb)):
        return False
    return any(c.dep_ == "nsubj" for c in kids(verb)) and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(c)) for c in kids(verb))


def agent(verb: Token) -> Token | None:
    """The "by X" of a passive verb (or the one the parser hung on its to-infinitive: "was invited to speak by X")."""
    for c in kids(verb):
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            return _child(c, "pobj")
    for comp in kids(verb):
        if comp.dep_ == "xcomp" and (by := stray_agent(comp)) is not None:
            return _child(by, "pobj")
    return None


def undergone(verb: Token) -> bool:
    """A clause whose subject undergoes what happens: an agentless passive ("was killed") or a verb of suffering
    ("died", "succumbed": lexicon list ``suffering``)."""
    if verb.lemma_.lower() in lexicon().get("suffering", ()):
        return True
    return is_passive(verb) and not is_stative(verb) and agent(verb) is None


def stray_agent(verb: Token) -> Token | None:
    """The "by" the parser marks as an agent (or a preposition) under an active to-infinitive of a passive verb: "was
    invited to speak by the union" was invited by the union (it speaks by no means of it), "were forced to leave
    their homes by the rebels" (a "by" after the infinitive's object: "to abide by the ruling" is its own); a bare
    noun or a date names a means or a deadline ("forced to pay the fine by cheque", "asked to leave it by Friday")."""
    head = verb.head
    if verb.dep_ != "xcomp" or verb.i == head.i or is_passive(verb) or not any(
            c.dep_ in ("nsubjpass", "auxpass") for c in kids(head)):
        return None
    own = _child(verb, "dobj")
    return next((c for c in kids(verb) if c.dep_ == "agent" or (
        c.dep_ == "prep" and c.lower_ == "by" and own is not None and own.i < c.i
        and (obj := _child(c, "pobj")) is not None
        and obj.ent_type_ not in ("DATE", "TIME")
        and (obj.pos_ in ("PROPN", "PRON") or any(d.dep_ in ("det", "poss") for d in kids(obj))))), None)


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
        if verb.dep_ in ("acl", "relcl"):
            return None  # "a man who was arrested": the one it befalls, never its doer
        if verb.dep_ == "advcl" and (_child(verb, "nsubjpass") is not None or participial_passive(verb)):
            # "the police looked on while the shops were looted": the police are not the looters; "Released on bond,
            # he returned home": he was released
            return None
        if verb.dep_ == "xcomp" and verb.head.i != verb.i:
            return None  # "is scheduled to be released": the one raised to the subject is the one released
        if verb.dep_ == "conj" and _child(verb, "nsubjpass") is not None and undergone(verb.head):
            return None  # "a sergeant was killed and five others were wounded": a victim is no one's doer
        if shares_subject(verb):
            return None  # "the driver fled and was arrested": the driver is the one arrested, not the arrester
        if bare_passive(verb):
            return None  # "Police shot at during traffic stop", "Minister urged to resign": the subject underwent it
    subj = _nearest_subject(verb)
    if subj is not None:
        if subj.tag_ in ("WP", "WDT") or subj.lower_ in ("who", "which", "that"):
            return verb.head if verb.dep_ == "relcl" else None
        return subj
    head = verb.head
    if head.i == verb.i:
        return None
    if verb.dep_ == "dep" and verb.tag_ in ("VBD", "VBZ", "VBP") and head.tag_ == "VBG" and head.dep_ == "ROOT":
        # "officers responding to a call shot a man": the parser may take the participle that describes the
        # subject for the sentence's root, and hang the finite verb on it; its subject is the subject's
        return _child(head, _SUBJECTS)
    if verb.dep_ == "xcomp" and verb.tag_ == "VBG" and verb.i > 0 and (before := verb.doc[verb.i - 1]).dep_ == "pobj" \
            and before.head.head.i == head.i:
        return before  # "led to this country rejecting the request": the gerund's subject stands before it
    if verb.dep_ == "xcomp":
        obj = _child(head, ("dobj",))
        if obj is None and head.lemma_.lower() in OBJECT_CONTROL:
            # "called on the council to resign", "prevailed upon him to stay": the one called on acts
            obj = next(iter(preposition_objects(head, {"on", "upon"})), None)
        if head.lemma_.lower() in OBJECT_CONTROL and obj is not None:
            return obj
        if is_passive(head) and _child(head, "nsubjpass") is not None:
            return _child(head, "nsubjpass")  # raising: "X is reported to have telephoned"
        if bare_passive(head):
            return _child(head, "nsubj")  # "Minister urged to resign": the minister would resign
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
    if (verb.dep_ == "pcomp" and head.head.dep_ == "dobj" and _listed(head.head, "spans")
            and head.head.head.pos_ in ("VERB", "AUX")):
        return subject(head.head.head, depth + 1)  # "we had a useful week of talking with X": we talk
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
    if verb.dep_ == "amod" and verb.tag_ == "VBG" and head.tag_ in ("NNS", "NNPS") and "-" not in verb.text:
        # "protesting teachers", "striking workers": the people a present participle describes act (a singular
        # "the investigating officer", "the presiding judge" names a role, "life-threatening" a kind)
        return head
    if (verb.dep_ in ("advcl", "xcomp") and head.pos_ == "ADJ" and head.head.pos_ in ("VERB", "AUX")
            and head.dep_ in ("ccomp", "oprd", "xcomp") and _child(verb, ("aux",)) is not None
            and (own := _child(head, _SUBJECTS)) is not None and own.lower_ == "it"):
        return subject(head.head, depth + 1)  # "may find it awkward to brief its voters": the finder would brief
    if verb.dep_ == "acomp" and head.pos_ in ("VERB", "AUX"):
        return subject(head, depth + 1)  # "the government is ready to impose": ready's doer is the government's
    if verb.dep_ == "conj" and head.dep_ == "acomp" and verb.pos_ == head.pos_ == "ADJ":
        return subject(head, depth + 1)  # "the army is ready and eager to buy": eager is the army's as ready is
    if head.pos_ in ("ADP",) and head.head.pos_ in ("VERB", "AUX", "NOUN"):
        return subject(head.head, depth + 1)
    return None


_TOPIC_PREPS = {"on", "about", "over", "regarding", "concerning"}


def _nearest_subject(verb: Token) -> Token | None:
    """The verb's subject; of two the parser gave it, the nearer one before the verb ("Bhopal, March 4: Congress
    workers staged": the dateline taken for one; '"A disgrace," de Jong said': a word of the quote), unless a lone
    comma parts them: "The envoy to Chile, Dr. Jane Roe stated" names one person, by the title first."""
    subjects = [c for c in kids(verb) if c.dep_ in _SUBJECTS]
    before = [c for c in subjects if c.i < verb.i]
    if len(subjects) < 2 or len(before) < 2:
        return subjects[0] if subjects else None
    first, last = before[-2], before[-1]
    between = [t for t in verb.doc[first.right_edge.i + 1:last.left_edge.i] if not t.is_space]
    return first if [t.text for t in between] == [","] else last


def topic_holder(act: Token) -> Token | None:
    """The noun an act is the topic of ("London's position on the expulsion", "the British decision on the
    closure"): whoever holds that position or made that decision is the act's doer, not the subject of the verb
    that tells of it ("Moscow noted London's position on ...")."""
    if act.dep_ == "pobj" and act.head.lower_ in _TOPIC_PREPS and act.head.head.pos_ == "NOUN":
        return act.head.head
    return None


def _listed(tok: Token, name: str) -> bool:
    words = lexicon().get(name, ())
    return tok.lemma_.lower() in words or tok.lower_ in words


def attackers_beside(verb: Token) -> Token | None:
    """The attackers a clause beside an agentless passive names as its subject: "three guards were wounded and the
    attackers escaped", "the gunmen escaped after three soldiers were killed" (lexicon list ``attackers``)."""
    top = verb
    while top.dep_ in ("conj", "advcl") and top.head.i != top.i:
        top = top.head
    for clause in [top, *(t for t in top.subtree if t.dep_ in ("conj", "advcl") and t.pos_ in ("VERB", "AUX"))]:
        if clause.i == verb.i:
            continue
        for subj in (c for c in kids(clause) if c.dep_ == "nsubj"):  # "KARAK - The gunmen fled": two subjects
            if _listed(subj, "attackers"):
                return subj
    return None


def is_data(tok: Token) -> bool:
    """Numbers and models ("the government's own projections", "the figures"): what they show is nobody's act."""
    return tok.pos_ == "NOUN" and _listed(tok, "data_nouns")


def is_hearsay(tok: Token) -> bool:
    """Reports no one is named as making ("reports say", "media reports said", "according to local reports"): the
    press's attribution, no actor's statement (lexicon list ``hearsay``); a report with an owner or a named maker
    ("the ministry's report", "a UN report") speaks for that one."""
    if tok.pos_ != "NOUN" or not _listed(tok, "hearsay") or author(tok) is not None:
        return False  # "the ministry published a report; the report accuses ...": its maker's
    return not any(c.dep_ in ("poss", "prep", "acl", "relcl") or (
        c.dep_ in ("compound", "amod", "nmod") and (c.pos_ == "PROPN" or c.ent_type_)) for c in kids(tok))


def author(writing: Token) -> Token | None:
    """Who made a writing that speaks for them: its owner ("a lawsuit by Muslim groups", "the ministry's report"),
    the subject of the verb that made it ("the groups filed two suits"), or the "by ..." of that verb in the
    passive ("two suits were filed by the groups"); else the maker of the same writing told before."""
    return _made_here(writing) or _made_before(writing)


def _made_here(writing: Token) -> Token | None:
    """The maker the writing's own phrase or verb names (see ``author``)."""
    made_by = owner(writing)
    if made_by is not None:
        return made_by
    verb = writing.head
    making = verb.pos_ == "VERB" and (_listed(verb, "authoring") or _listed(verb, "filing"))
    if writing.dep_ == "dobj" and making:
        return subject(verb)
    if writing.dep_ == "nsubjpass" and making:
        return agent(verb)
    if writing.dep_ == "pobj" and verb.lower_ == "for" and verb.head.lemma_.lower() == "vote":
        return subject(verb.head)  # "the council voted for a resolution urging ...": the voters' resolution
    # "a city council resolution calling for ...", "the Senate motion": the body named before the writing (an actor
    # only if the resolver knows it as one; "a peace resolution" names none)
    if _listed(writing, "hearsay"):
        return None  # "media reports said": the press's attribution (is_hearsay), no one's writing
    return next((c for c in reversed(kids(writing)) if c.dep_ == "compound" and c.i < writing.i
                 and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ not in _PLACE_ENTITIES), None)


_SUIT_WINDOW = 3  # sentences back where a lawsuit a party agrees under may be told


def _window_start(tok: Token) -> int:
    """The first token of the sentences a writing told before may be in (the last few, ``_SUIT_WINDOW``)."""
    start = sentence_bounds(tok)[0]
    for _ in range(_SUIT_WINDOW):
        if start == 0:
            break
        start = sentence_bounds(tok.doc[start - 1])[0]
    return start


# how many sentences back "the petition" may be the petition an article told of with its other party
_TOLD_WRITING_WINDOW = 15


def sued_before(writing: Token) -> list[Token]:
    """Whom "the petition" or "the lawsuit" a sentence speaks of was brought against, when an earlier sentence told it
    ("the union filed a complaint against the mayor in May. ... The union, which lodged the complaint by post, says
    ..."): the "against" of the last writing of that name before, within some fifteen sentences."""
    told = ("the", "this", "that", "its", "their")
    if not any((c.dep_ == "det" and c.lower_ in told) or c.dep_ == "poss" for c in kids(writing)):
        return []  # "filed a petition": a new one
    start = sentence_bounds(writing)[0]
    for _ in range(_TOLD_WRITING_WINDOW):
        if start == 0:
            break
        start = sentence_bounds(writing.doc[start - 1])[0]
    lemma = writing.lemma_.lower()
    for word in reversed(writing.doc[start:sentence_bounds(writing)[0]]):
        if word.pos_ == "NOUN" and word.lemma_.lower() == lemma:
            against = preposition_objects(word, {"against"}) or preposition_objects(word.head, {"against"})
            if against:
                return [*against, *(c for a in against for c in kids(a) if c.dep_ == "conj")]
    return []


def _made_before(writing: Token) -> Token | None:
    """Who made "the directive" a sentence speaks of, when an earlier sentence told it ("the ministry issued a
    directive. The directive urges bus firms to ..."): the maker of the last writing of that name before."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those", "this", "that") for c in kids(writing)):
        return None  # "a report says": some report, not one told before
    lemma = writing.lemma_.lower()
    for word in reversed(writing.doc[_window_start(writing):sentence_bounds(writing)[0]]):
        if word.pos_ == "NOUN" and word.lemma_.lower() == lemma and (made_by := _made_here(word)) is not None:
            return made_by
    return None


def announcer(act: Token) -> Token | None:
    """Who announced or decided the act a noun names after "of": "the announcement by the president of tariffs",
    "Kenya's imposition of sanctions" are the president's and Kenya's tariffs and sanctions."""
    if act.dep_ != "pobj" or act.head.lower_ != "of":
        return None
    noun = act.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "by" and _listed(noun.head.head, "announcing"):
        return noun  # the parser hangs "of tariffs" on the announcer: "the announcement by Trump of tariffs"
    return owner(noun) if noun.pos_ == "NOUN" and _listed(noun, "announcing") else None


# prepositions of where an act happens: "a sit-in in Tasmania", "spoke at the museum"
_LOCATIVE = {"in", "at", "across", "throughout", "around", "near", "inside", "within"}


def place_or_venue(tok: Token) -> bool:
    """A place or venue named after a preposition of place ("in Tasmania", "at the town museum", "at a rally"): it
    says where an act happens, not whom it is aimed at (force aimed "at" a town is read by its own rules)."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in _LOCATIVE:
        return False
    return tok.ent_type_ in ("GPE", "LOC", "FAC") or _listed(tok, "venues")


def undergoer(noun: Token) -> Token | None:
    """Who a judgement named by a noun is aimed at when a verb of undergoing carries it: "the minister faced
    criticism", "drew a rebuke from the senator", "won praise", "came under fire", "met with condemnation". The
    one who undergoes it is its target; its doer, if any, is named after "from" (``judges``)."""
    verb: Token | None = None
    for _ in range(2):  # "drew a wave of criticism", "faced a barrage of complaints": the part is of the whole
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj" and (
                noun.head.head.pos_ in ("PRON", "DET") or noun.head.head.lemma_.lower() in MEASURES):
            noun = noun.head.head
    if noun.dep_ == "dobj" and _listed(noun.head, "undergoing"):
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ in ("under", "with") and noun.head.head.lemma_.lower() in (
            "come", "meet"):
        verb = noun.head.head
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    return subject(verb)


def judges(noun: Token) -> list[Token]:
    """Who made a judgement someone underwent: "drew criticism from the senator" (the parser hangs the "from" on the
    noun or on the verb)."""
    found = preposition_objects(noun, {"from", "by"})
    carrier = noun.head.head if noun.dep_ == "pobj" else noun.head
    return found or preposition_objects(carrier, {"from"})


def addressee(carrier: Token) -> Token | None:
    """Whom a message is sent or written to: "wrote to the governor", "sent the premier a note", "sent a letter to the
    governor", "a letter to the governor". An act the message carries ("..., asking him to resign") is addressed to
    them too; a verb that sends things addresses someone only with a message as its object ("sent troops to X")."""
    if carrier.pos_ in ("NOUN", "PROPN"):
        if not _message(carrier):
            return None
        to = preposition_objects(carrier, {"to"})
        if to:
            return to[0]
        # the parser often hangs the "to" on the verb that sends it: "sent a message to X asking ..."
        return addressee(carrier.head) if carrier.dep_ == "dobj" and carrier.head.pos_ == "VERB" else None
    if carrier.pos_ != "VERB":
        return None
    for message in (c for c in kids(carrier) if c.dep_ in ("dobj", "nsubjpass") and _message(c)):
        to = preposition_objects(message, {"to"})
        if to:
            return to[0]
        dative = [c for c in kids(carrier) if c.dep_ == "dative" and c.pos_ in _NOMINAL]
        return next(iter(dative or preposition_objects(carrier, {"to"})), None)
    if _listed(carrier, "messaging"):
        return next(iter(preposition_objects(carrier, {"to"})), None)
    return None


def _message(tok: Token) -> bool:
    """A letter, a note or a petition: a writing addressed to someone (lexicon lists ``messages`` and ``pleas``)."""
    return _listed(tok, "messages") or _listed(tok, "pleas")


def caused_by(noun: Token) -> Token | None:
    """The verb of causing a reaction whose object a noun names ("sparked protests", "triggered weeks of protests and
    calls for reform"; lexicon list ``causing``): its subject is the cause of the reaction, not the one who protests
    or calls."""
    tok = noun
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "dobj":
        tok = tok.head.head  # "two weeks of protests", "a wave of criticism"
    verb = tok.head
    return verb if tok.dep_ == "dobj" and verb.pos_ == "VERB" and _listed(verb, "causing") else None


def wronged_clause(verb: Token) -> Token | None:
    """The clause of an allegation that says its subject suffered a wrong: "claiming she was a victim of abuse"
    (lexicon list ``victims``), "alleging that workers were beaten by guards" (a passive). Its subject is the one
    wronged, never the one accused; none when the verb names the accused as its object ("accused the police of ...")."""
    if any(c.dep_ in ("dobj", "dative") for c in kids(verb)):
        return None
    for clause in kids(verb):
        if clause.dep_ != "ccomp" or any(c.dep_ == "neg" for c in kids(clause)):
            continue
        if is_passive(clause) and not is_stative(clause):
            return clause
        if clause.lemma_ == "be" and any(c.dep_ == "attr" and _listed(c, "victims") for c in kids(clause)):
            return clause
    return None


def wrongdoers(verb: Token, clause: Token) -> list[Token]:
    """Who is accused of the wrong a ``wronged_clause`` tells: the doer it names ("were beaten by guards", "a victim
    of abuse by the guards"), else the one the suit or complaint the allegation is made in is against ("filed a
    lawsuit against the police, claiming she was a victim of abuse")."""
    by = agent(clause)
    if by is None:
        by = next((a for c in kids(clause) if c.dep_ == "attr" for o in preposition_objects(c, {"of"})
                   if (a := agent(o)) is not None), None)
    if by is not None:
        return [by]
    carrier = verb.head if verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i != verb.i else verb
    out: list[Token] = []
    for holder in [carrier, *(c for c in kids(carrier) if c.dep_ in ("dobj", "nsubjpass"))]:
        for accused in preposition_objects(holder, {"against"}):
            out += [accused, *(c for c in kids(accused) if c.dep_ == "conj")]
    return out


def threatened_places(verb: Token) -> list[Token]:
    """The countries and towns where a threatened act would strike: "threatened to resume attacks in Israel" (the
    place inside the act's own phrase, after "in" or "inside")."""
    infinitives = [c for c in kids(verb) if c.dep_ == "xcomp" or (c.dep_ == "advcl" and c.tag_ == "VB")]
    acts = [o for c in infinitives for o in kids(c) if o.dep_ == "dobj"]
    return [p for a in acts for p in preposition_objects(a, {"in", "inside", "across"}) if p.ent_type_ == "GPE"]


def asks_someone(verb: Token) -> bool:
    """Whether a verb of asking names the one it asks in its own object ("urging the governor to resign", "asked
    him for help"); "calling for a condemnation of the minister" names only what is asked for."""
    return any(c.dep_ in ("dobj", "dative") and c.pos_ in _NOMINAL for c in kids(verb))


def asker_to_contact(verb: Token) -> Token | None:
    """Who asks, in an agentless passive appeal to get in touch with them: "anyone with information is asked (urged)
    to call police" is the police's appeal."""
    asked = _child(verb, "nsubjpass")
    if not is_passive(verb) or agent(verb) is not None or asked is None or not _listed(asked, "public"):
        return None  # "the minister was asked to call the president": someone asked the minister
    for comp in kids(verb):
        if comp.dep_ == "xcomp" and _listed(comp, "contacting"):
            return next((c for c in kids(comp) if c.dep_ == "dobj"), None)
    return None


def suit_parties(tok: Token) -> list[Token]:
    """The parties of the lawsuit or settlement a sentence (or one of the last few) tells of, most recent first: the
    plaintiffs ("a lawsuit brought by X", "X filed a suit"), the one settled with ("a settlement with X"), the one sued
    ("a suit against X") and the one who settles ("Y settled the suit")."""
    out: list[Token] = []
    for word in reversed(tok.doc[_window_start(tok):sentence_bounds(tok)[1]]):
        if word.pos_ != "NOUN" or not _listed(word, "suits"):
            continue
        maker = _made_here(word)
        if maker is not None:
            out.append(maker)
        out.extend(preposition_objects(word, {"with", "against"}))
        if word.dep_ == "dobj" and word.head.lemma_.lower() == "settle" and (settler := subject(word.head)) is not None:
            out.append(settler)
    return out


_COMITATIVE = {"along", "together"}


def comitatives(verb: Token, subj: Token) -> list[Token]:
    """Who acts together with the subject: "X, along with Y, condemned", "X together with Y signed" (the parser hangs
    the phrase on the subject or, between the subject and the verb, on the verb)."""
    out: list[Token] = []
    for holder in (subj, verb):
        for prep in kids(holder):
            if holder is verb and not subj.i < prep.i < verb.i:
                continue  # "met the president along with his ministers": those met, not those meeting
            with_ = [prep] if prep.lower_ == "with" and any(
                c.lower_ in _COMITATIVE for c in kids(prep)) else [
                c for c in kids(prep) if c.lower_ == "with"] if prep.lower_ in _COMITATIVE else []
            out.extend(g for w in with_ for g in kids(w) if g.dep_ == "pobj")
    return out


def subject_candidates(verb: Token) -> list[Token]:
    """Tokens that may name the doer, best first: the clause's subject, then those of clauses above."""
    out: list[Token] = []
    first = subject(verb)
    if first is not None and first.pos_ == "NOUN" and (
            named := next((c for c in kids(first) if c.dep_ == "appos" and _listed(c, "documents")), None)) and (
            not _listed(first, "documents") or author(first) is None):
        first = named  # "the vote, a council resolution, calls for ...": the writing the subject is said to be
    if first is not None and first.pos_ == "NOUN" and _listed(first, "documents"):
        # "dismissed two lawsuits accusing the police": the suit's accusation is its plaintiffs', never the
        # dismissers'; "suits making allegations by Muslim groups": the allegations' owner
        found = author(first)
        if found is None and first.dep_ == "pobj" and first.head.lower_ == "of" and _listed(first.head.head,
                                                                                          "documents"):
            found = author(first.head.head)  # "his statement of claim accusing the police": the statement's maker
        if found is None:
            found = next((made_by for c in kids(verb) if c.dep_ == "dobj" and _listed(c, "utterances")
                          and (made_by := owner(c)) is not None), None)
        return [first] + ([found] if found is not None else [])
    if first is not None:
        out.append(first)
        if first.dep_ == "pobj" and first.head.dep_ == "agent" and is_passive(verb):
            return out  # "was released by her captors": the named doer, whoever tells of it
        if verb.dep_ in ("relcl", "amod"):
            return out  # a relative clause's or a participle's doer is its noun, never a clause above
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


def cited_body(sent: Span) -> Token | None:
    """The one a sentence cites for what it tells: "according to the sheriff's office", and the issuer of a notice
    cited ("according to a bulletin issued by the sheriff's office", "according to a police spokesman": lexicon
    list ``notices``)."""
    voice = next((c for t in sent if t.lower_ == "according" and t.i + 1 < sent.end
                  for c in kids(sent.doc[t.i + 1]) if c.dep_ == "pobj"), None)
    if voice is None or not _listed(voice, "notices"):
        return voice
    issuers = [*preposition_objects(voice, {"from", "by", "of", "for"}),
               *(a for c in kids(voice) if c.dep_ == "acl" and (a := agent(c)) is not None),  # "issued by"
               *(c for c in kids(voice) if c.dep_ == "poss"),
               *(c for c in kids(voice) if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN"))]
    return issuers[0] if issuers else None


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


def shares_subject(verb: Token) -> bool:
    """An agentless passive joined to an active verb and sharing its subject: "the driver fled and was taken into
    custody" (the subject of "fled" is the one taken)."""
    head = verb.head
    return (verb.dep_ == "conj" and head.i != verb.i and head.pos_ in ("VERB", "AUX") and agent(verb) is None
            and _child(verb, ("nsubj", "nsubjpass")) is None and not is_passive(head)
            and _child(head, "nsubj") is not None)


def passive_target(verb: Token) -> Token | None:
    """The one acted upon in a passive clause ("Iran was attacked"; "the driver fled and was arrested": the subject
    the passive shares with the verb it is joined to)."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head
    own = _child(verb, "nsubjpass")
    if own is None and participial_passive(verb):
        own = _child(verb.head, ("nsubj", "nsubjpass"))  # "Released on bond, he returned home": he was released
    if own is None and bare_passive(verb):
        own = _child(verb, "nsubj")  # "Police shot at during traffic stop": the police were shot at
    if own is None and shares_subject(verb):
        own = _child(verb.head, "nsubj")
    if own is None and verb.dep_ == "conj" and verb.head.i != verb.i:
        return passive_target(verb.head)
    if own is None and verb.dep_ == "xcomp" and verb.head.i != verb.i:
        # "is scheduled to be released", "is reported to have been expelled": the subject raised above
        return _child(verb.head, ("nsubjpass", "nsubj"))
    if own is not None and verb.dep_ == "relcl" and (own.tag_ in ("WP", "WDT") or own.lower_ == "that"):
        return verb.head  # "John Roe, who was arrested": Roe
    # "one of the guards was suspended", "a group of protesters was detained": the people the part is of (not "a round
    # of negotiations was suspended": a measure of talks is no part of a group of people)
    if own is not None and (own.pos_ in ("NUM", "PRON") or own.lemma_.lower() in lexicon()["group_parts"]):
        return measured(own)
    return own


def result_participles(verb: Token) -> list[Token]:
    """The present participles that tell what an act did, hung on its verb or on the act noun it carries: "staged
    several raids, killing four soldiers", "an ambush wounding two guards"."""
    holders = [verb, *(c for c in kids(verb) if c.dep_ == "dobj")]
    holders += [measured(h) for h in holders[1:]]
    return [c for h in holders for c in kids(h) if c.tag_ == "VBG" and c.dep_ in ("advcl", "xcomp", "acl", "conj")]


def undergoer_phrase(verb: Token) -> Span | None:
    """The phrase naming the person an act befalls, as written ("a 45-year-old man was arrested", "arrested two
    teenagers", "Jane Roe was jailed", "the killing of a man"): the passive subject, the object or a noun's "of"
    object, with the words before it, when it names a person (a name, or a noun of the lexicon's
    ``private_persons``)."""
    if verb.pos_ in ("NOUN", "PROPN"):
        held = next(iter(preposition_objects(verb, {"of"})), None)
    else:
        held = passive_target(verb) if is_passive(verb) else _child(verb, ("dobj",))
    if held is None or held.i < verb.i - 12:
        return None
    return person_phrase(held)


def person_phrase(held: Token) -> Span | None:
    """The phrase of a token naming a person, with the words before it ("a 45-year-old man"), when it is a name or
    a noun of the lexicon's ``private_persons``; else None."""
    named = held.pos_ == "PROPN" and held.ent_type_ in ("PERSON", "")  # "Roe was jailed"; not a town or a firm
    if not (named or (held.pos_ == "NOUN" and _listed(held, "private_persons"))):
        return None  # "picked up a barrier", "detained in Cork" with no one named: no person
    start = min((c.left_edge.i for c in kids(held) if c.i < held.i and c.dep_ not in ("det", "poss", "predet")),
                default=held.i)
    return held.doc[start:held.i + 1]


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


def fallback_targets(verb: Token, with_object: bool = True, with_clause: bool = True) -> list[Token]:
    """Where the other party usually is when a pattern's slots are empty, best first.

    The trigger's own prepositional objects; the subject of a "that" clause ("demanded that the US
    cancel"); the complements of a to-infinitive ("threatened to cut electricity to X"); inside a
    non-actor object: its prepositions, its owner and modifiers ("rejected Saddam Hussein's proposal",
    "a US offer", "an offer from Kabul"), unless ``with_object`` is false (the object is the source's
    own: "deployed its troops"); the subject of a "that" clause only ``with_clause`` (a comment's, an admission's
    or an agreement's is what it is about: "warned that freezing rain will hit", "admitted that the firm had
    failed", "agreed that EU rules should change").
    """
    out: list[Token] = []
    pobjs = preposition_objects(verb, set(_FALLBACK_PREPS))
    out.extend(pobjs)
    for pobj in pobjs:  # "hacked into the computers of South Korean officers"
        out.extend(preposition_objects(pobj, {"of", "belonging"}))
        out.extend(c for c in kids(pobj) if c.dep_ == "poss")  # "revolted against the governor's curfew"
        out.extend(preposition_objects(measured(pobj), {"from"}))  # "tariffs on $5 billion of imports from Chile"
    out.extend(c for c in kids(verb) if c.dep_ == "dative" and c.pos_ in _NOMINAL)
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        # "a pact with Kampala to exchange intelligence": what a pact or a plan is to do is done with its partner
        out.extend(preposition_objects(verb.head, {"with", "between"}))
    for comp in kids(verb):
        if comp.dep_ == "ccomp" and with_clause:
            out.extend(c for c in kids(comp) if c.dep_ in ("nsubj", "nsubjpass"))
        if comp.dep_ == "xcomp":
            out.extend(c for c in kids(comp) if c.dep_ in ("dobj", "dative"))
            inner = preposition_objects(comp, set(_FALLBACK_PREPS))
            out.extend(inner)
            out.extend(o for pobj in inner for o in preposition_objects(measured(pobj), {"from"}))
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


# entity types of a name before a noun that say what the thing is about or where it is, not whose it is
_PLACE_ENTITIES = {"GPE", "LOC", "FAC", "DATE", "TIME", "EVENT", "LAW"}


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
            conduct = thing.lemma_.lower() in lexicon().get("conduct", ())
            if (c.lemma_.lower() in authoring or conduct) and maker is not None and maker.tag_ not in ("WDT", "WP"):
                return maker  # "the plan which the minister announced", "the way the ministry handled the strike"
            if c.lemma_.lower() in _TOPIC_PARTICIPLES:  # "statements concerning migrants (made) by the mayor"
                inner = [t for t in c.subtree if t.dep_ == "agent" or (t.dep_ == "prep" and t.lower_ == "by")]
                by = next((g for t in inner for g in kids(t) if g.dep_ == "pobj"), None)
                if by is not None:
                    return by
    return None


def named_owner(thing: Token) -> Token | None:
    """The name of a party, body or person before a thing judged, which owns it ("criticised the Labour plan", "the
    Trump proposal"), not a place's ("the Paris accord"); for things only, never people ("an Edmonton woman"): the
    caller asks it when the phrase names no actor of its own."""
    if thing.pos_ != "NOUN" or _listed(thing, "private_persons"):
        return None
    return next((c for c in kids(thing) if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < thing.i
                 and c.ent_type_ not in _PLACE_ENTITIES), None)


# the dependents of an appeal's trigger that hold what is asked for ("push for federal support", "demanded action")
_ASKED_PREPS = {"for", "on", "to"}


def governmental_addressee(tok: Token) -> Token | None:
    """The word naming the government as the one addressed when an appeal, demand or judgement names it only by an
    adjective of what it asks for or judges: "push for more federal support", "demanding federal action",
    "criticised federal inaction" (the lexicon's ``governmental`` list)."""
    words = lexicon().get("governmental", ())
    things = [c for c in kids(tok) if c.dep_ in ("dobj", "nsubjpass")]
    things += preposition_objects(tok, _ASKED_PREPS)
    things += [g for c in kids(tok) if c.dep_ == "xcomp" for g in kids(c) if g.dep_ == "dobj"]
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        things.append(tok.head)
    for thing in things:
        for mod in kids(thing):
            if mod.dep_ in ("amod", "compound") and (mod.lemma_.lower() in words or mod.lower_ in words):
                return mod
    return None


# how many sentences back the maker of "the statements" is looked for
_UTTERANCE_WINDOW = 5


def earlier_speakers(thing: Token) -> list[Token]:
    """Who made "the statements" or "the remarks" that a sentence judges without saying whose they are, best
    first: the owner of such words named earlier ("Trump's remarks"), or the one who said something earlier in the
    article ("Trump said ..."), the most recent first. Only for definite words of speech with no owner of their
    own ("condemned the statements"); "his remarks" and "statements by X" have one (``owner``)."""
    lex = lexicon()
    if thing.lemma_.lower() not in lex.get("utterances", ()) and thing.lower_ not in lex.get("utterances", ()):
        return []
    if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those", "such") for c in kids(thing)):
        return []
    if owner(thing) is not None:
        return []
    doc = thing.doc
    sents = [s for s in doc.sents if s.start <= thing.i][-_UTTERANCE_WINDOW - 1:]
    speaking = REPORTING_VERBS | set(lex.get("uttering", ()))
    out: list[Token] = []
    for tok in reversed(doc[sents[0].start:thing.i] if sents else []):
        if tok.i == thing.i:
            continue
        if tok.pos_ == "NOUN" and (tok.lemma_.lower() in lex.get("utterances", ()) or tok.lower_ in lex.get(
                "utterances", ())):
            made_by = owner(tok)
            if made_by is None and tok.dep_ == "dobj" and tok.head.lemma_.lower() in lex.get("authoring", ()):
                made_by = subject(tok.head)  # "X made remarks about ..."
            if made_by is not None:
                out.append(made_by)
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in speaking:
            out.extend(c for c in kids(tok) if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP"))
    return out


def generic_kind(thing: Token) -> bool:
    """A thing said to be of a kind ("the typical politician pitch", "the usual government line"): the actor words
    inside it name the kind, not a party of the act."""
    kinds = lexicon().get("kinds", ())
    return thing.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.i < thing.i and (c.lower_ in kinds or c.lemma_.lower() in kinds) for c in kids(thing))


_PLACE_PREPS = {"to", "in", "at", "into"}


def visited_places(tok: Token) -> list[Token]:
    """The names of places a visit goes to, best first: its object and the places of its object and prepositions
    ("visited a car plant in Derby", "toured Kent"); an inspection that goes with a visit ("visited ... and inspected
    ...") shares them."""
    holders = [c for c in kids(tok) if c.dep_ == "dobj"] + preposition_objects(tok, _PLACE_PREPS)
    if tok.dep_ == "conj" and tok.lemma_.lower() in lexicon().get("inspecting", ()) and tok.head.pos_ == "VERB":
        holders += [c for c in kids(tok.head) if c.dep_ == "dobj"] + preposition_objects(tok.head, _PLACE_PREPS)
    out: list[Token] = []
    for _ in range(3):  # "made a visit to a car plant in Derby": a place two phrases down
        out.extend(holders)
        holders = [o for h in holders for o in preposition_objects(h, _PLACE_PREPS)]
    return [t for t in out if t.ent_type_ in ("GPE", "LOC")]


def deep_targets(obj: Token) -> list[Token]:
    """Actors named inside a non-actor object: "a feud that could weaken the cabinet"."""
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
