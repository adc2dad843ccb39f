"""Derived events: an announced plan, a commitment or a "must" is itself an event.

"Nigeria announced it will withdraw its force unless a ceasefire is arranged": the withdrawal has not
happened (its status is future), but the announcement has. CAMEO codes such an announcement by its
effect on the target: an expression of intent to cooperate (03x) when the plan helps, a threat (13x)
when it hurts. "The US must drop the barriers", said by China, is China's demand (10) on the US;
with "should" it is an appeal (02). "Israel will not lift the embargo" is Israel's refusal (124x), while
the lifting itself stays negated. The derived event keeps the trigger and cites the pattern it came
from in ``rule`` ("intent/consult/visit", "refusal/concede/ease-sanctions").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventdesk.actors import ActorResolver
from eventdesk.events.patterns import Pattern
from eventdesk.events.status import FUTURE_AUX, status_of
from eventdesk.models import Actor
from eventdesk.nlp.tree import kids
from eventdesk.nlp.words import REPORTING_VERBS

# CAMEO root of the planned event -> code of announcing it.
INTENT_CODES = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
THREAT_CODES = {
    "11": "130", "12": "130", "14": "133", "15": "138", "16": "131", "17": "137", "18": "138", "19": "138",
    "20": "1385",
}
_SPECIFIC_THREATS = {"163": "1312", "161": "1313", "162": "1311", "164": "134", "172": "132", "192": "1382",
                     "191": "1381", "204": "1385"}
# Governors by which the doer commits to the act: "is prepared to impose", "vowed to fight".
COMMITMENT_GOVERNORS = {
    "plan", "intend", "prepare", "prepared", "ready", "willing", "vow", "pledge", "promise", "decide", "resolve",
    "swear", "determine", "aim", "set", "go", "commit", "want", "warn", "threaten", "announce",
}
DEMAND_AUX = {"must": "100", "should": "020", "ought": "020"}
# Governors of a wish: an intent to cooperate when they commit to a helpful act ("wants to improve ties"), but no
# threat, which CAMEO codes only when a harm is held out to its target ("will expel them unless", "vowed to")
WISHING = {"want", "wish"}
THREAT = "13"
# CAMEO code (longest prefix) of a cooperative act -> code of refusing it: "will not lift the embargo" is 1244.
REFUSAL_CODES = {
    "081": "1241", "082": "1242", "084": "1243", "085": "1244", "086": "1245", "087": "1246", "08": "124",
    "061": "1211", "062": "1212", "06": "121", "04": "125", "07": "120",
}
_REFUSING_AUX = {"will", "wo", "shall", "can", "ca", "cannot"}
_AGREEING = ("057", "03")  # signing or agreeing: failing to do it is a disagreement


# Nouns and verbs by which a speaker advocates an act: "stressed the importance of developing ties with X",
# "underlined the need to boost trade", "called for strengthening relations".
ADVOCACY_NOUNS = {"importance", "need", "necessity", "urgency", "significance"}
ADVOCACY_VERBS = {"call", "press", "push", "plead", "appeal", "argue", "advocate", "lobby"}


def advocating_clause(trigger: Token) -> Token | None:
    """The verb by which its subject advocates the act ``trigger`` names, if it does ("X called for strengthening
    relations": X's wish to strengthen them, which CAMEO codes as an expression of intent, 03x)."""
    head = trigger.head
    if trigger.dep_ == "pcomp" and head.pos_ == "ADP":
        holder = head.head
        if head.lower_ == "for" and holder.pos_ == "VERB" and holder.lemma_.lower() in ADVOCACY_VERBS:
            return holder
    elif trigger.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(trigger)):
        holder = head  # "the need to boost trade"
    else:
        return None
    if holder.pos_ == "NOUN" and holder.lemma_.lower() in ADVOCACY_NOUNS and holder.dep_ in ("dobj", "nsubjpass"):
        verb = holder.head
        if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() not in NOT_ADVOCATING:
            return verb
    return None


NOT_ADVOCATING = {"deny", "reject", "dismiss", "question", "doubt", "dispute", "downplay", "ignore"}


def _aux(tok: Token) -> set[str]:
    return {c.lower_ for c in kids(tok) if c.dep_ in ("aux", "auxpass")}


def _committed(trigger: Token) -> Token | None:
    """The clause that commits the doer to the act, if the act is planned rather than speculated."""
    advocating = advocating_clause(trigger)
    if advocating is not None:
        return advocating
    aux = _aux(trigger)
    if aux & {"may", "might", "could", "can", "should", "must"}:
        return None
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if", "unless") for c in kids(trigger)):
        return None  # "whether Russia will attack remains unclear": nobody announced anything
    if aux & FUTURE_AUX or ("would" in aux and trigger.dep_ == "ccomp" and trigger.head.lemma_ in REPORTING_VERBS):
        return trigger.head if trigger.dep_ == "ccomp" else trigger
    if trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in COMMITMENT_GOVERNORS:
        if trigger.head.lemma_.lower() == "warn" and any(c.dep_ in ("dobj", "dative") for c in kids(trigger.head)):
            return None  # "warned the rebels to lay down their arms": what the rebels are told to do, no one's plan
        return trigger.head
    if trigger.dep_ == "xcomp" and trigger.head.lemma_ == "be" and any(c.lower_ == "to" for c in kids(trigger)):
        return trigger.head  # "is to meet"
    return None


def intent_pattern(pattern: Pattern) -> Pattern | None:
    """The pattern of announcing what ``pattern`` describes, or None if announcing it means nothing new."""
    root = pattern.cameo[:2]
    if pattern.cameo in _SPECIFIC_THREATS:
        return replace(pattern, id=f"intent/{pattern.id}", cameo=_SPECIFIC_THREATS[pattern.cameo], mode=None)
    code = INTENT_CODES.get(root) or THREAT_CODES.get(root)
    if code is None:
        return None
    return replace(pattern, id=f"intent/{pattern.id}", cameo=code, mode=None)


def derive_intent(trigger: Token, pattern: Pattern, status: str, sources: list[Actor]) -> tuple[Pattern, Token] | None:
    """(pattern, committing clause) of the announcement of a planned event, when there is one."""
    if status not in ("future", "hypothetical") or not sources:
        return None
    committing = _committed(trigger)
    if committing is None:
        return None
    if committing.i != trigger.i and status_of(committing) != "asserted":
        return None
    derived = intent_pattern(pattern)
    if derived is not None and derived.cameo[:2] == THREAT and committing.lemma_.lower() in WISHING:
        return None  # "the owner wanted to demolish the buildings": a wish, told of, threatens no one
    if derived is not None and _conditioned_by_unless(trigger):
        derived = replace(derived, cameo=THREAT_CODES.get(pattern.cameo[:2], "130"))
        if derived.cameo[:2] != THREAT:
            derived = replace(derived, cameo="130")
    return (derived, committing) if derived else None


def refusal_pattern(trigger: Token, pattern: Pattern, status: str, sources: list[Actor]) -> Pattern | None:
    """The pattern of refusing what ``pattern`` describes, when the doer says they will not (or cannot) do it.

    "Israel will not lift the embargo": the lifting is negated, and the refusal itself is asserted (CAMEO
    124x, refuse to yield). A past "did not lift" is no refusal, and "refused to lift" has its own patterns.
    Failing to reach an agreement is a disagreement (120).
    """
    if status != "negated" or not sources:
        return None
    if trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() == "fail" and pattern.cameo.startswith(_AGREEING):
        # "failed to reach a deal": the talks ended in disagreement, a rejection (120) as news coders code it
        return replace(pattern, id=f"refusal/{pattern.id}", cameo="120", mode=None)
    own = kids(trigger)
    if not any(c.dep_ == "neg" for c in own) and not any(c.lower_ == "cannot" for c in own):
        return None
    aux = _aux(trigger)
    reported_would = "would" in aux and trigger.dep_ == "ccomp" and trigger.head.lemma_.lower() in REPORTING_VERBS
    if not (aux & _REFUSING_AUX or reported_would):
        return None
    code = next((REFUSAL_CODES[pattern.cameo[:n]] for n in (4, 3, 2) if pattern.cameo[:n] in REFUSAL_CODES), None)
    if code is None:
        return None
    return replace(pattern, id=f"refusal/{pattern.id}", cameo=code, mode=None)


def _conditioned_by_unless(trigger: Token) -> bool:
    """"Will withdraw unless a ceasefire is arranged": a conditional plan is a threat."""
    for clause in (trigger, trigger.head):
        for child in kids(clause):
            if child.dep_ == "advcl" and any(m.lower_ == "unless" for m in kids(child) if m.dep_ == "mark"):
                return True
    return False


def demand_clause(tok: Token) -> bool:
    """A clause with "must"/"should" reported by someone: "China must drop the barriers", said the US."""
    if not _aux(tok) & set(DEMAND_AUX):
        return False
    clause = tok
    while clause.dep_ in ("conj",) and clause.head.i != clause.i:
        clause = clause.head
    return _saying_verb(clause) is not None


# Nouns of saying whose that-clause is what was said: "issued a reminder to Iraq that it must cooperate".
_SAYING_NOUNS = {"reminder", "warning", "statement", "message", "letter", "note", "declaration", "communique",
                 "insistence", "assertion", "ultimatum"}
_ISSUING = {"issue", "send", "deliver", "make", "give", "sound", "repeat", "renew", "release", "publish", "write",
            "reiterate", "express"}


def _saying_verb(clause: Token) -> Token | None:
    """The verb whose subject says ``clause``: "X said (that) ...", or "X issued a warning that ..."."""
    head = clause.head
    if clause.dep_ == "ccomp" and head.lemma_.lower() in REPORTING_VERBS:
        return head
    if clause.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and head.lemma_.lower() in _SAYING_NOUNS:
        carrier = head.head  # only one who issues it says it: "rejected a US warning that ..." does not
        if head.dep_ == "dobj" and carrier.lemma_.lower() in _ISSUING:
            return carrier
    return None


def derive_demand(
    trigger: Token, resolver: ActorResolver, ctx: str | None
) -> tuple[str, list[Actor], Token] | None:
    """(CAMEO code, demanders, the verb of saying) when a reported clause says its doer must or should act."""
    aux = _aux(trigger)
    code = next((DEMAND_AUX[a] for a in aux if a in DEMAND_AUX), None)
    if code is None:
        return None
    clause = trigger
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    saying = _saying_verb(clause)
    if saying is None:
        return None
    speaker = next((c for c in kids(saying) if c.dep_ == "nsubj"), None)
    if speaker is None or status_of(saying) != "asserted":
        return None
    demanders = resolver.resolve(speaker, ctx)
    return (code, demanders, saying) if demanders else None
