"""Event status: asserted, negated, hypothetical or future — and nothing else.

Analysts count asserted events as facts, so anything the text does not say happened is kept out
of that class: negation ("did not meet", "has not yet signed"), conditionals ("if", "unless"),
possibility ("may", "could", "is likely to"), counterfactuals ("would be seen"), and plans or
announcements ("will visit", "is to meet", "plans to"). The status of a clause is read from its own
words and from the clauses that embed it (a "may" or an "if" above reaches down; an "after" clause
keeps its own).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from eventdesk.errors import KnowledgeBaseError, Problem
from eventdesk.events.arguments import lexicon
from eventdesk.models import Status
from eventdesk.nlp.tree import in_question, kids

FUTURE_AUX = {"will", "shall", "'ll", "wo"}
MODAL_AUX = {"may", "might", "could", "would", "should", "can", "must", "ca", "'d", "need", "ought"}
CONDITIONAL_MARKS = {"if", "unless", "whether", "lest", "provided", "once"}
NEGATIONS = {"not", "n't", "never", "no", "neither", "nor", "nobody", "nothing", "without"}
HEDGES = {"perhaps", "possibly", "probably", "maybe", "likely", "potentially", "conceivably", "allegedly",
          "supposedly", "purportedly"}
_NOT_DONE = {"short", "instead", "rather"}
# Nouns whose denial affirms: "there is no doubt that ...".
CERTAINTY = {"doubt", "question", "secret", "denying", "dispute", "mistake"}
# Verbs that deny what their clause or object says: "denied that its troops attacked".
DENYING = {"deny", "dismiss", "refute", "reject", "disprove", "contest", "dispute", "rebut", "debunk"}
# Nouns that end what their "of" names: "the lifting of sanctions" is no sanction in force.
ENDING_NOUNS = {"cancellation", "lifting", "removal", "suspension", "halt", "cessation", "withdrawal",
                "abandonment", "scrapping", "repeal", "annulment", "revocation", "termination"}
# Adjectives that leave their subject undecided: "talks are unlikely".
UNCERTAIN = {"unlikely", "likely", "possible", "impossible", "uncertain", "unclear", "doubtful", "probable",
             "expected", "planned", "imminent"}
# Passive verbs of believing: "is believed to have attacked" is a belief, not an established fact.
BELIEVED = {"believe", "think", "suspect", "rumor", "rumour", "allege", "presume", "assume", "fear", "suppose"}


def _words(name: str) -> frozenset[str]:
    """A word list of ``events/lexicon/status.yaml`` (validated with the other lexicon files)."""
    words = lexicon().get(name)
    if words is None:
        raise KnowledgeBaseError([Problem("events/lexicon/status.yaml", 0, f"word list {name!r} is missing")])
    return frozenset(words)


# Verbs whose to-infinitive has not happened (yet) or may never happen, and verbs that negate it: "plans to meet",
# "offered to work", "refused to meet" (lexicon lists ``future_governors``, ``hypothetical_governors``,
# ``negating_governors``, where each word's reason is told).
FUTURE_GOVERNORS = _words("future_governors")
HYPOTHETICAL_GOVERNORS = _words("hypothetical_governors")


@lru_cache(maxsize=1)
def _unrealized() -> frozenset[str]:
    """Nouns whose complement has not happened: "a call for talks", "a plan to strike", "its willingness to talk"
    (lexicon lists ``unrealized`` and ``wishes``)."""
    lex = lexicon()
    return frozenset((*lex.get("unrealized", ()), *lex.get("wishes", ())))


@lru_cache(maxsize=1)
def _feared() -> frozenset[str]:
    """Nouns whose "of" names an act that may come, not one done: "fears of attacks", "the threat of a strike"
    (lexicon list ``feared``)."""
    return frozenset(lexicon().get("feared", ()))


@lru_cache(maxsize=1)
def _agreements() -> frozenset[str]:
    """Nouns of a settlement whose to-infinitive is what was agreed: "signed a pact to pool radar data" commits to
    the pooling, as "agreed to pool" does (FUTURE_GOVERNORS); lexicon list ``agreements``."""
    return frozenset(lexicon().get("agreements", ()))


@lru_cache(maxsize=1)
def _purposes() -> frozenset[str]:
    """Nouns of an end in view: what "their chief aim was training the coast guard" names is the aim, not a deed done
    (lexicon list ``purposes``)."""
    return frozenset(lexicon().get("purposes", ()))


ALLEGING = {"accuse", "blame", "suspect", "charge", "indict", "allege"}
# Verbs of imagining: what their clause tells is pictured, not told as a fact (lexicon list ``imagining``).
IMAGINING = _words("imagining")
# Verbs of claiming: what their that-clause tells is the claimant's claim, no fact the story reports ("alleged that the
# governor is arresting ..."; "said that" reports as news does), and nouns of conjecture ("the theory holds that ...")
# (lexicon lists ``claiming`` and ``conjectures``).
CLAIMING = _words("claiming")
CONJECTURES = _words("conjectures")
# Verbs whose "at -ing" names a purpose: "a pause aimed at repatriating prisoners" tells the aim, not the return.
AIMING = {"aim", "target", "gear", "direct"}
ATTEMPTS = {"try", "attempt", "seek", "bid", "struggle", "effort", "move", "push"}

# Verbs whose "from -ing" complement did not happen: "refrained from attacking", "prevented from entering".
PREVENTING = {"refrain", "prevent", "stop", "keep", "abstain", "desist", "bar", "ban", "block", "prohibit", "deter",
              "dissuade", "discourage", "restrain", "hold", "preclude"}
NEGATING_GOVERNORS = _words("negating_governors")
# Every verb whose lemma decides a status here (the lemmatizer must get them right: see nlp/lemmas.py).
GOVERNING_VERBS = (FUTURE_GOVERNORS | HYPOTHETICAL_GOVERNORS | NEGATING_GOVERNORS | ALLEGING | ATTEMPTS | AIMING
                   | IMAGINING | CLAIMING)


# Edges along which the status of a clause reaches the clauses it embeds.
_DOWNWARD = {"xcomp", "ccomp", "conj", "acomp", "pcomp", "prep", "pobj", "dobj", "advcl", "oprd", "attr"}


def _own_status(tok: Token, subject_negation: bool = True) -> Status | None:
    """The status a clause's own auxiliaries, negation and marks give it (with ``subject_negation``, also a
    negative subject's: "no country signed")."""
    lemmas = {c.lower_ for c in kids(tok) if c.dep_ in ("aux", "auxpass", "neg", "mark", "advmod", "det", "preconj")}
    negs = {
        c.lower_ for c in kids(tok) if c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in NEGATIONS)
    }
    if lemmas & CONDITIONAL_MARKS:
        return "hypothetical"
    if negs or (subject_negation and _negative_subject(tok)):
        return "negated"
    if tok.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" for c in kids(tok.head)):
        return "negated"  # "we do not support violence, nor do we endorse it": the second clause is denied too
    if lemmas & MODAL_AUX or lemmas & HEDGES:
        return "hypothetical"
    if lemmas & FUTURE_AUX:
        return "future"
    # "is to meet", "are going to sign"
    if tok.dep_ == "xcomp" and tok.head.lemma_ == "be" and any(c.lower_ == "to" for c in kids(tok)):
        return "future"
    if tok.dep_ == "pcomp" and tok.head.lower_ == "without":
        return "negated"
    if (tok.dep_ == "pcomp" and tok.head.lower_ == "from" and tok.head.head.lemma_.lower() in PREVENTING
            and _own_status(tok.head.head) != "negated"):
        return "negated"  # "refrained from attacking", "was prevented from entering" ("could not stop them from": did)
    if tok.dep_ == "pcomp" and tok.head.lower_ in ("of", "for", "with") and tok.head.head.lemma_.lower() in ALLEGING:
        return "hypothetical"  # "accused Moscow of shielding", "charged with obstructing": alleged, not established
    governor = tok.head.head
    if tok.dep_ == "pcomp" and tok.head.lower_ == "to" and (
            governor.lemma_.lower() in FUTURE_GOVERNORS or any(c.lower_ == "forward" for c in kids(governor))):
        return "future"  # "I look forward to working with", "is committed to holding talks": ahead, not done
    if tok.dep_ == "pcomp" and tok.head.lower_ == "against":
        return "hypothetical"  # "advised the president against signing", "warned against attacking": not done
    if (tok.dep_ == "pcomp" and tok.head.lower_ in ("at", "toward", "towards")
            and tok.head.head.lemma_.lower() in AIMING):
        return "hypothetical"  # "the pause was aimed at repatriating prisoners": the aim, not the deed
    return None


# Verbs of the reminder formula of Indian and British newspaper English: "it may be recalled (noted, mentioned)
# that ...", "it should be remembered that ...": the writer reminds the reader of a fact, whatever the modal.
REMINDING = {"recall", "note", "mention", "remember", "add", "point"}


def _reminder(tok: Token) -> bool:
    """Whether ``tok`` is the passive reminder verb of "it may be recalled that ..." (with an empty "it")."""
    return (tok.lemma_.lower() in REMINDING and any(c.dep_ == "auxpass" for c in kids(tok))
            and any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in kids(tok)))


def _negative_object(tok: Token) -> bool:
    """"Voiced no concern", "arrested no one", "said nothing": an act done to no object is not done."""
    for obj in kids(tok):
        if obj.dep_ != "dobj":
            continue
        if obj.lower_ in ("nothing", "none", "nobody", "noone"):
            return True
        if any(c.dep_ == "det" and c.lower_ == "no" for c in kids(obj)):
            return True
    return False


def _negative_subject(tok: Token) -> bool:
    """ "Neither Russia nor Georgia signed", "no country signed", "none of them signed": nobody did."""
    for subj in kids(tok):
        if subj.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if subj.lower_ in ("none", "nobody", "nothing", "neither"):
            return True
        if any(c.dep_ in ("det", "preconj") and c.lower_ in ("no", "neither") for c in kids(subj)):
            return True
    return False


# Who owns up to a deed in a claimed clause: "the rebels claimed that they (their fighters) captured the town" is a
# claim of responsibility, the act told as done by its doer, as news coders code it. Not "he"/"she" (a third person
# as often as the claimant: "police alleged that he killed his wife").
_CLAIMANT_SELF = frozenset({"i", "we", "they", "it", "my", "our", "their", "its"})


def _own_deed(clause: Token) -> bool:
    """Whether a claimed clause tells the claimant's own deed: its subject is "we", "they", "it" or something of
    theirs ("its fighters")."""
    return any(c.dep_ == "nsubj" and (c.lower_ in _CLAIMANT_SELF or any(
        g.dep_ == "poss" and g.lower_ in _CLAIMANT_SELF for g in kids(c))) for c in kids(clause))


def _governor_status(tok: Token) -> Status | None:
    """What a governing verb or adjective says of the to-infinitive it takes ("refused to sign")."""
    head = tok.head
    if tok.dep_ not in ("xcomp", "ccomp", "advcl", "acl", "pcomp") or head.i == tok.i:
        return None
    lemma = head.lemma_.lower()
    if tok.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") and not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in kids(tok)):
        return None  # "the plan approved by Russia": a participle of a noun keeps its own status ("a plan to" not)
    if tok.dep_ == "acl" and head.pos_ == "NOUN" and lemma in _agreements():
        return "future"  # "a pact to pool radar data": agreed to be done
    if tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(tok)) and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _agreements() for c in kids(head)):
        return "future"  # "signed an accord with Egypt to pool radar data", the parser's other reading
    # "wants Uganda to release them" is parsed as a clause with its own subject and "to": a to-infinitive too
    if tok.dep_ == "ccomp" and lemma in IMAGINING:
        return "hypothetical"  # "hard to imagine that the talks will continue": pictured, not told
    if tok.dep_ == "ccomp" and ((lemma in CLAIMING and not _own_deed(tok)) or any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in CONJECTURES for c in kids(head))):
        return "hypothetical"  # "alleged that the governor is arresting ...", "the theory holds that ...": a claim
    subjunctive = tok.dep_ == "ccomp" and tok.tag_ == "VB" and not any(c.dep_ == "aux" for c in kids(tok))
    if subjunctive and lemma in HYPOTHETICAL_GOVERNORS:
        return "hypothetical"  # "demands that the president consult parliament": what is asked, not done
    if tok.dep_ in ("xcomp", "acl") or (tok.dep_ == "advcl" and any(c.lower_ == "to" for c in kids(tok))) or (
            tok.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(tok))):
        if lemma in NEGATING_GOVERNORS:
            return "negated"
        if lemma in ("have", "be") and any(c.lower_ == "yet" and c.dep_ == "advmod" and c.i > head.i
                                           for c in kids(head)):
            return "negated"  # "has yet to sign", "is yet to ratify": not done
        if lemma == "have" and (head.tag_ in ("VBZ", "VBP") or any(c.lower_ in FUTURE_AUX for c in kids(head))):
            return "hypothetical"  # "will have to negotiate", "has to go through cabinet": a duty, not a deed ("had to
            # flee" tells that they fled)
        if lemma in FUTURE_GOVERNORS:
            return "future"
        if lemma in HYPOTHETICAL_GOVERNORS:
            return "hypothetical"
    return None


def status_of(trigger: Token, subject_negation: bool = True, object_negation: bool = True) -> Status:
    """The status of the event whose trigger is ``trigger``.

    The clause's own words decide first; then each embedding clause, walking up, may make it
    hypothetical, future or negated. Climbing stops at a noun (a relative clause keeps its own
    tense) and after an adverbial clause that is not conditional ("after they met, ...").
    """
    own = _own_status(trigger, subject_negation)
    if own is not None:
        return own
    if object_negation and _negative_object(trigger):
        return "negated"  # the trigger's own object only: "had no comment on the attack" does not undo the attack
    if in_question(trigger):
        return "hypothetical"
    if _said_of_aim(trigger):
        return "hypothetical"
    if _imagined(trigger):
        return "hypothetical"
    if trigger.dep_ in ("acl", "relcl") and _denied_cleft(trigger.head):
        return "negated"  # "it is not the charge keeping him in jail", "it was not the police who fired"
    tok = trigger
    found: Status = "asserted"
    by_means = False  # "tried to stall the ballot by signing a pact": the signing happened
    while tok.head.i != tok.i:
        if _purpose_clause(tok):
            return "future"  # "sent troops to attack the rebels": the aim, not (yet) the deed
        if _until_condition(tok):
            return "hypothetical"  # "will not call off the walkout until their pay is raised": a condition
        governed = _governor_status(tok)
        if governed is not None and not (by_means and tok.head.lemma_.lower() in ATTEMPTS):
            if governed in ("future", "hypothetical") and _own_status(tok.head) == "negated":
                return "hypothetical"  # "is not expected to attack", "does not plan to visit": no fact either way
            return governed
        if tok.dep_ == "pcomp" and tok.head.lower_ == "by":
            by_means = True
        if tok.dep_ == "pcomp" and tok.head.lower_ in ("of", "than") and (
                tok.head.head.lower_ in _NOT_DONE or any(c.lower_ in _NOT_DONE for c in kids(tok.head))):
            return "negated"  # "stopped short of imposing", "attacked instead of signing", "rather than talk"
        if (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in BELIEVED
                and any(c.dep_ in ("auxpass", "nsubjpass") for c in kids(tok.head))):
            return "hypothetical"  # "is believed to have attacked", "is suspected to be behind"
        if _unproven_content(tok) and not (by_means and tok.head.lemma_.lower() in ATTEMPTS):
            return "hypothetical"  # "rejected claims that it attacked", "no evidence that Russia attacked"
        if tok.dep_ not in _DOWNWARD:
            break
        edge = tok.dep_
        complement = _adjective_complement(tok)
        tok = tok.head
        if _said_of_aim(tok):
            return "hypothetical"
        if tok.pos_ in ("NOUN", "PROPN", "PRON") and edge not in ("pobj", "dobj", "prep"):
            if tok.lemma_.lower() in _unrealized() and not (by_means and tok.lemma_.lower() in ATTEMPTS):
                return "hypothetical"  # "an appeal for deploying troops", "a plan to attack"
            if _says_no(tok):
                return "hypothetical"  # "there is no evidence that Russia attacked": not established
            break
        if tok.pos_ == "ADP" and tok.head.lemma_.lower() in _unrealized() and edge in ("pcomp", "pobj"):
            return "hypothetical"
        if edge == "ccomp" and _reminder(tok):
            break  # "it may be recalled that the police filed a case": a known fact, the modal only polite
        above = _own_status(tok)
        if above == "negated":
            # "did not say that X met Y" does not deny the meeting; "did not agree to meet" does, and so does a
            # copula's "not" its adjective's act ("the constables were not present")
            if edge in ("xcomp",) or (edge == "acomp" and tok.lemma_ == "be"):
                return "negated"
            continue
        if above is not None:
            return above
        if edge == "advcl" and not complement and not (tok.i == trigger.head.i and _participle_of(trigger)):
            break
    return found


def _imagined(tok: Token) -> bool:
    """Whether a word is inside a clause that a verb of imagining governs ("it is hard to imagine that the process of
    negotiating with the Kremlin will go on"): pictured, whatever the clause's own words."""
    return any(t.dep_ == "ccomp" and t.head.lemma_.lower() in IMAGINING for t in (tok, *tok.ancestors))


def _denied_cleft(focus: Token) -> bool:
    """The focus of a negated cleft ("it is not X who ...", "it was not X doing ..."): the clause on it is denied
    of it."""
    copula = focus.head
    return (focus.dep_ == "attr" and copula.lemma_ == "be" and _own_status(copula) == "negated"
            and any(c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that") for c in kids(copula)))


def _participle_of(clause: Token) -> bool:
    """A bare participle clause ("will have to go slow, negotiating deals") is part of its head's act and shares its
    status; an adverbial clause with its own mark or subject ("after they met") keeps its own."""
    return clause.tag_ == "VBG" and clause.dep_ == "advcl" and not any(
        c.dep_ in ("mark", "nsubj", "nsubjpass", "aux") for c in kids(clause))


def _said_of_aim(verb: Token) -> bool:
    """A clause whose subject is an aim: "their chief aim was training the coast guard" (read as a progressive by the
    parser) names what was meant to be done, not a deed."""
    if verb.tag_ != "VBG" or not any(c.dep_ == "aux" and c.lemma_ == "be" for c in kids(verb)):
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _purposes() for c in kids(verb))


def _adjective_complement(tok: Token) -> bool:
    """The to-infinitive of an adjective, which the parser hangs on it as an adverbial clause: "may find it
    awkward to brief its voters" — the briefing is what the adjective is about, and shares the status of the
    clause above it (unlike "after they met", whose clause keeps its own)."""
    return (tok.dep_ == "advcl" and tok.head.pos_ == "ADJ" and tok.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(tok)))


def _unproven_content(tok: Token) -> bool:
    """What a denial denies ("denied that its troops attacked", "dismissed reports that ..."), or a that- or
    to-clause of a noun of claiming or planning or of "no evidence": not established."""
    if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in DENYING:
        return _own_status(tok.head) != "negated"  # "did not deny that", "nobody disputes that": granted
    noun = tok.head
    if tok.dep_ != "acl" or noun.pos_ != "NOUN":
        return False
    if not any((c.dep_ == "mark" and c.lower_ in ("that", "whether")) or (c.dep_ == "aux" and c.lower_ == "to")
               for c in kids(tok)):
        return False
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in DENYING:
        return _own_status(noun.head) != "negated"
    if noun.lemma_.lower() in _unrealized():
        return True
    return _says_no(noun)


def _says_no(noun: Token) -> bool:
    """ "No evidence (that ...)": what it would show is not established; "no doubt that" grants it."""
    return noun.lemma_.lower() not in CERTAINTY and any(c.dep_ == "det" and c.lower_ == "no" for c in kids(noun))


def _until_condition(tok: Token) -> bool:
    """An "until" clause of a refusal or a plan ("will not end the strike until ...", "refused to leave until
    ..."): a condition, not a fact. After a past "did not withdraw until they attacked" it is a fact."""
    if tok.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("until", "till") for c in kids(tok)):
        return False
    head = tok.head
    if {c.lower_ for c in kids(head) if c.dep_ in ("aux", "auxpass")} & (FUTURE_AUX | MODAL_AUX):
        return True
    return _governor_status(head) is not None


def _purpose_clause(tok: Token) -> bool:
    """An adverbial to-infinitive with no subject of its own, of a verb of sending or readying force."""
    if tok.tag_ != "VB" or tok.head.lemma_.lower() not in _READYING:
        return False
    if tok.dep_ != "advcl" and not (tok.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in kids(tok.head))):
        return False  # "massed troops on the border to attack": the parser may call the purpose a complement
    if tok.head.lemma_.lower() in lexicon().get("gathering", ()) and tok.lemma_.lower() in lexicon().get("voicing", ()):
        return False  # "farmers gathered at a rally to demand ...": the crowd voices the demand by gathering
    children = kids(tok)
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in children)


_READYING = {"send", "deploy", "dispatch", "mobilize", "mobilise", "mass", "amass", "move", "rush", "train", "arm",
             "prepare", "gather", "assemble", "position", "station", "recruit", "build"}


def noun_status(noun: Token) -> Status:
    """A noun event ("sanctions against Iran") takes the status of the verb that carries it."""
    negated = any(c.dep_ == "det" and c.lower_ == "no" for c in kids(noun))
    if negated:
        return "negated"
    if _imagined(noun):
        return "hypothetical"
    tok = noun
    while tok.dep_ in ("pobj", "prep", "compound", "conj", "appos", "agent") and tok.head.i != tok.i:
        below, tok = tok, tok.head
        if tok.pos_ in ("VERB", "AUX"):
            # "would be seen as a concession": the carrying clause decides; but "no Israelis were hurt in the
            # attack" denies the hurt, not the attack
            return status_of(tok, subject_negation=False, object_negation=False)
        if (below.dep_ == "prep" and below.lower_ in ("for", "to") and tok.pos_ == "NOUN"
                and tok.lemma_.lower() in _unrealized()):
            return "hypothetical"  # "an appeal for aid", "a plan for sanctions": asked or planned, not given
        if below.dep_ == "prep" and below.lower_ == "of" and tok.pos_ == "NOUN" and (
                tok.lemma_.lower() in _feared() or tok.lower_ in _feared()):
            return "hypothetical"  # "fears of terrorist attacks", "the threat of a strike": feared, not done
        if below.dep_ == "prep" and below.lower_ == "of" and tok.lemma_.lower() in ENDING_NOUNS:
            return "negated"  # "the cancellation of sanctions", "the lifting of the blockade": they end
    if tok.dep_ in ("dobj", "nsubjpass", "nsubj", "attr") and tok.head.i != tok.i:
        verb = tok.head
        lemma = verb.lemma_.lower()
        if lemma in NEGATING_GOVERNORS and tok.dep_ == "dobj":
            return "negated"
        if lemma == "rule" and tok.dep_ in ("dobj", "nsubjpass") and any(
                c.dep_ == "prt" and c.lower_ == "out" for c in kids(verb)):
            # "ruled out sanctions": none; "did not rule out sanctions": possible
            return "hypothetical" if status_of(verb, object_negation=False) == "negated" else "negated"
        if lemma in ("propose", "consider", "seek", "want", "threaten", "urge", "demand", "discuss", "call"):
            return "hypothetical"
        if lemma in ("plan", "prepare", "schedule"):
            return "future"
        if tok.dep_ == "nsubj" and any(c.dep_ == "acomp" and c.lower_ in UNCERTAIN
                                       and not any(g.dep_ == "xcomp" for g in kids(c)) for c in kids(verb)):
            return "hypothetical"  # "talks with Georgia are unlikely"
        return status_of(verb, object_negation=False)
    if tok.dep_ == "ROOT" or tok.head.i == tok.i:
        return "asserted"
    return status_of(tok.head, object_negation=False) if tok.head.pos_ in ("VERB", "AUX") else "asserted"
