"""Event patterns: the data that says which words, in which grammatical frame, carry which event.

Patterns live in ``events/data/*.yaml``, one file per PLOVER type (plus ``statement.yaml`` for
CAMEO codes PLOVER has no type for). Each pattern has an ``id`` that every event it yields cites
in ``rule``, so a wrong event can be traced to the line that made it.

A pattern::

    - id: request/call-for          # unique, "<type>/<name>"
      verbs: [call]                 # trigger lemmas (or ``nouns:`` / ``adjectives:`` for those triggers)
      prep: for                     # a required preposition on the trigger ("call for")
      particle: off                 # a required particle ("call off")
      xcomp: [impose, cut]          # a required to-infinitive complement (true: any verb)
      object: [sanction, embargo]   # required head lemmas of the direct object
      prep_object: [ceasefire]      # required lemmas of the object of ``prep`` ("called for a ceasefire")
      xcomp_object: [aid]           # required lemmas of the to-infinitive's object ("threatened to cut aid")
      clause: true                  # a required that-clause ("agreed with X that ..."): an opinion; or the
                                    # lemmas its verb must have ("agreed it was a problem": [be])
      predicate: [disgrace, liar]   # required words of what the object is called ("called the plan a disgrace",
                                    # "described him as a dictator", "dismissed it as baseless"); true: any
      question: false               # false: never when the trigger governs a question ("asked how ..."); true:
                                    # only then
      needs_target: true            # no event unless a target actor is found ("called Putin", not "called in sick")
      needs_source: true            # no event unless a source actor is found: a trip nobody makes is no visit
      intransitive: true            # never with a direct object ("demonstrated its resolve" shows, not protests)
      undergoer: true               # the subject is the one the act befalls, not its doer ("two men died in police
                                    # firing"): it is the target, and the doer is the phrase's or an implicit one
      inaction: true                # the words tell that the act did not happen ("police stood by", "police
                                    # inaction"): the event is negated (and a denied inaction asserted); CAMEO
                                    # has no code for not acting, so the act not done carries the code
      complement: true              # the trigger must have some complement (an object, a preposition, a particle,
                                    # a to-infinitive or a clause): a bare "he asked", "she agrees" asks or agrees to
                                    # nothing
      modifier: [hunger, joint]     # a required modifier of the noun trigger or of the object ("joint drills")
      object_of: ["on"]             # a noun trigger must be the bare or indefinite object of one of these
                                    # prepositions, a state its subject is in: "the nurses are on strike" (not
                                    # "talks on the strike"; its own "on" is another frame: "an air strike on X")
      carrier: [rush, flee]         # the verb that carries a noun trigger (its object, or the object of its
                                    # preposition) must be one of these: "rushed to the streets" flees, no protest
      one_doer: true                # the subject is one person (a singular noun or a name, no list): "a man smashed
                                    # three cars" (with ``subject``), not "men smashed"
      subject: [peacekeepers]       # required words of the subject phrase ("peacekeeping troops arrived")
      rebuts: ["@defence"]          # the act answers a claim of one of these: its object is theirs ("rejected the
                                    # defendant's claim"), or the clause it is set against ("the defence argued ...,
                                    # but the jury disagreed") or the sentence before has one of them as subject
      cameo: "020"                  # the CAMEO code; PLOVER type, mode, Goldstein follow from tables
      target: [on, dobj]            # where the target is found, in order of preference: a preposition,
                                    # dobj, dative, attr, nsubj, between, or a path ("dobj.of", "xcomp.dobj",
                                    # "ccomp.nsubj": that slot of the object or complement)
      passive: false                # never in the passive voice (default true: either voice)
      mode: restrict                # optional: overrides the crosswalk's PLOVER mode
      report: true                  # a verb of saying: a reported event inside it takes precedence
      enables: true                 # a verb of permitting ("approved the extradition"): the act it permits,
                                    # when that is an event, takes precedence (with this verb's subject)
      own_object: true              # the object is the source's own (troops deployed): never a target
      negated: true                 # only when the trigger's judgement is negated ("not satisfied with the way X
                                    # ...", "was not happy with X": disapproval); the negation is the judgement's, so
                                    # the event is asserted ("did not criticise" is another pattern, and negated);
                                    # false: never when negated ("pleased with X" is approval; not pleased is not)
      accused_subject: true         # an adjective's subject is the one it accuses, and the one who says so the
                                    # source ("said the rebels were responsible for the attack": the speaker's 112)
      actors: any                   # optional: overrides what the CAMEO class needs of its actors to be political
                                    # event data (ontology/data/cameo_actors.csv): any, political,
                                    # political-source, voiced, state, state-source (the source is of
                                    # the state: what police or prosecutors tell a court), armed (force: a
                                    # side bears arms; else the next frame that fits is read), unarmed, none
                                    # (a sense of the word that is never a political act: "charged with the
                                    # task of ...")
      confidence: 0.8

A word field may cite a named word list of ``events/lexicon/*.yaml`` as ``"@name"`` (``predicate: ["@praise"]``):
lists of evaluative words are shared by several patterns and checked on loading (an unknown name is an error
that says file and line).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from eventdesk.datafiles import LINE, Problems, read_yaml_as, true_or_false
from eventdesk.errors import relative
from eventdesk.ontology import ACTOR_REQUIREMENTS, Ontology, default_ontology

DATA_DIR = Path(__file__).parent / "data"
LEXICON_DIR = Path(__file__).parent / "lexicon"
SLOTS = {"dobj", "dative", "xcomp", "nsubj", "attr"}
_KEYS = {"id", "verbs", "nouns", "prep", "particle", "xcomp", "object", "cameo", "target", "mode", "report",
         "confidence", "passive", "adjectives", "prep_object", "xcomp_object", "modifier", "own_object",
         "clause", "enables", "subject", "actors", "predicate", "question", "needs_target", "needs_source",
         "intransitive", "complement", "accused_subject", "undergoer", "inaction", "negated", "object_of", "rebuts",
         "carrier", "one_doer", LINE}


@dataclass(frozen=True)
class Pattern:
    """One trigger frame and the CAMEO code it yields."""

    id: str
    cameo: str
    verbs: tuple[str, ...] = ()
    nouns: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    prep: tuple[str, ...] = ()
    particle: tuple[str, ...] = ()
    xcomp: tuple[str, ...] | bool = False
    object: tuple[str, ...] = ()
    prep_object: tuple[str, ...] = ()
    xcomp_object: tuple[str, ...] = ()
    modifier: tuple[str, ...] = ()
    object_of: tuple[str, ...] = ()  # a noun trigger is the object of one of these prepositions ("on strike")
    carrier: tuple[str, ...] = ()  # lemmas of the verb that carries a noun trigger ("rushed to the streets")
    one_doer: bool = False  # the subject is one person: a singular noun or a name, not a list ("a man smashed")
    target: tuple[str, ...] = ("dobj", "dative")
    mode: str | None = None
    report: bool = False
    enables: bool = False  # the act this verb permits, when it is an event, is coded instead
    passive: bool = True
    own_object: bool = False  # the trigger's object belongs to the source ("deployed its troops")
    accused_subject: bool = False  # the trigger's subject is accused by the speaker of the clause above
    negated: bool | None = None  # the trigger must (True) or must not (False) be negated; True: the negation is part
    # of its judgement ("not happy with" is a disapproval, asserted)
    clause: tuple[str, ...] | bool = False  # the trigger must govern a that-clause (whose verb is one of these)
    predicate: tuple[str, ...] | bool = False  # what the object is called must be one of these words (True: any)
    question: bool | None = None  # the trigger must (True) or must not (False) govern a question
    needs_target: bool = False  # no event without a target actor
    complement: bool = False  # the trigger must have some complement: "she agrees." agrees to nothing
    needs_source: bool = False  # no event without a source actor
    intransitive: bool = False  # never with a direct object
    undergoer: bool = False  # the subject (or the noun's owner) suffers the act: the target, never the doer
    inaction: bool = False  # the words say the act was not done ("stood by"): asserted reads as negated
    subject: tuple[str, ...] = ()  # required words of the subject phrase (its head or a modifier)
    rebuts: tuple[str, ...] = ()  # whose claim the act answers (the object's owner, the clause set against it)
    actors: str | None = None  # what its actors must be for a political event; None: the CAMEO class says
    confidence: float = 0.8
    path: str = field(default="", compare=False)
    line: int = field(default=0, compare=False)
    overlay: bool = field(default=False, compare=False)  # from a user's directory: wins ties with ours

    @property
    def specificity(self) -> int:
        """More constrained frames win over bare lemmas ("call for" over "call"); a required object weighs a
        little more than a preposition, which may be any adjunct ("stopped work in a strike" is no stop-over)."""
        return (
            2 * bool(self.prep) + 2 * bool(self.particle) + 2 * bool(self.xcomp) + 3 * bool(self.object)
            + 2 * bool(self.prep_object) + 2 * bool(self.xcomp_object) + 2 * bool(self.modifier)
            + 2 * bool(self.object_of) + 2 * bool(self.carrier) + bool(self.one_doer)
            + 2 * bool(self.clause) + isinstance(self.clause, tuple) + 3 * bool(self.subject) + 2 * bool(self.rebuts)
            + 4 * bool(self.predicate) + isinstance(self.predicate, tuple) + (self.question is not None)
        )


def rank(p: Pattern) -> tuple[int, bool]:
    """Which of several fitting patterns wins: the most specific, then a user's over ours."""
    return p.specificity, p.overlay


def _words(value: Any, lexicon: dict[str, tuple[str, ...]] | None = None) -> tuple[str, ...]:
    """A field's words; ``"@name"`` stands for the words of the lexicon's list ``name`` (checked by ``_expand``)."""
    if value is None or value is False:
        return ()
    if isinstance(value, str):
        value = [value]
    out: list[str] = []
    for v in value:
        word = str(v)
        out.extend(lexicon.get(word[1:], ()) if lexicon is not None and word.startswith("@") else (word,))
    return tuple(out)


_WORD_FIELDS = ("verbs", "nouns", "adjectives", "object", "prep_object", "xcomp_object", "modifier", "subject",
                "clause", "predicate", "xcomp", "rebuts", "carrier")


def load_lexicon(directory: Path = LEXICON_DIR, problems: Problems | None = None) -> dict[str, tuple[str, ...]]:
    """The named word lists of ``events/lexicon/*.yaml`` that patterns cite as ``"@name"``: each file a mapping of
    list name to a list of words; a name defined twice, or a list that is not one of words, is a problem."""
    own = problems is None
    problems = problems or Problems()
    lists: dict[str, tuple[str, ...]] = {}
    where: dict[str, str] = {}
    for path in sorted(directory.glob("*.yaml")):
        data = read_yaml_as(path, dict, "a mapping of list name -> list of words", problems)
        if data is None:
            continue
        line = data.get(LINE, 1)
        for name, words in data.items():
            if name == LINE:
                continue
            if name in lists:
                problems.add(path, line, f"word list {name!r} defined twice (first in {where[name]})")
                continue
            if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
                problems.add(path, line, f"word list {name!r}: expected a non-empty list of words")
                continue
            lists[name], where[name] = tuple(w.strip().lower() for w in words), relative(path)
    if own:
        problems.raise_if_any()
    return lists


def _expand(entry: dict[str, Any], lexicon: dict[str, tuple[str, ...]], path: Path, problems: Problems) -> None:
    """Report every ``"@name"`` in a pattern that names no lexicon list."""
    for key in _WORD_FIELDS:
        value = entry.get(key)
        for v in [value] if isinstance(value, str) else value if isinstance(value, list) else []:
            if isinstance(v, str) and v.startswith("@") and v[1:] not in lexicon:
                problems.add(path, entry.get(LINE, 1), f"{entry.get('id')}: {key}: no word list {v[1:]!r} in "
                             f"{relative(LEXICON_DIR)} (known: {', '.join(sorted(lexicon)) or 'none'})")


def _parse(entry: Any, path: Path, problems: Problems, ontology: Ontology,
           lexicon: dict[str, tuple[str, ...]] | None = None) -> Pattern | None:
    if not isinstance(entry, dict):
        problems.add(path, 1, "each pattern must be a mapping with id, verbs or nouns, cameo")
        return None
    lexicon = lexicon or {}
    _expand(entry, lexicon, path, problems)

    def _strings(value: Any) -> tuple[str, ...]:
        return _words(value, lexicon)
    line = entry.get(LINE, 1)
    unknown = set(entry) - _KEYS
    if unknown:
        known = ", ".join(sorted(_KEYS - {LINE}))
        problems.add(path, line, f"unknown key(s) {', '.join(sorted(unknown))} (known: {known})")
    pid = entry.get("id")
    if not pid or not isinstance(pid, str) or "/" not in pid:
        problems.add(path, line, "id: missing or not of the form '<type>/<name>'")
        return None
    cameo = str(entry.get("cameo", ""))
    if cameo not in ontology:
        problems.add(path, line, f"{pid}: cameo: unknown CAMEO code {cameo!r}")
        return None
    verbs, nouns, adjs = _strings(entry.get("verbs")), _strings(entry.get("nouns")), _strings(entry.get("adjectives"))
    if not (verbs or nouns or adjs):
        problems.add(path, line, f"{pid}: needs verbs, nouns or adjectives")
        return None
    if entry.get("prep_object") and not entry.get("prep"):
        problems.add(path, line, f"{pid}: prep_object needs prep (the preposition whose object it constrains)")
        return None
    xcomp_raw = entry.get("xcomp", False)
    xcomp: tuple[str, ...] | bool = bool(xcomp_raw) if isinstance(xcomp_raw, bool) else _strings(xcomp_raw)
    target = _strings(entry.get("target")) or ("dobj", "dative")
    clause_raw, predicate_raw = entry.get("clause", False), entry.get("predicate", False)
    clause: tuple[str, ...] | bool = bool(clause_raw) if isinstance(clause_raw, bool) else _strings(clause_raw)
    predicate: tuple[str, ...] | bool = (
        bool(predicate_raw) if isinstance(predicate_raw, bool) else _strings(predicate_raw))
    question = true_or_false(entry, "question", None, f"{pid}: ", path, line, problems)
    negated = true_or_false(entry, "negated", None, f"{pid}: ", path, line, problems)
    conf = entry.get("confidence", 0.8)
    if not isinstance(conf, (int, float)) or not 0 < conf <= 1:
        problems.add(path, line, f"{pid}: confidence must be a number in (0, 1]")
        conf = 0.8
    actors = entry.get("actors")
    if actors is not None and actors not in ACTOR_REQUIREMENTS:
        problems.add(path, line, f"{pid}: actors: {actors!r} is not one of {', '.join(ACTOR_REQUIREMENTS)}")
        actors = None
    return Pattern(
        id=pid, cameo=cameo, verbs=verbs, nouns=nouns, adjectives=adjs,
        prep=_strings(entry.get("prep")), particle=_strings(entry.get("particle")), xcomp=xcomp,
        object=_strings(entry.get("object")), prep_object=_strings(entry.get("prep_object")),
        xcomp_object=_strings(entry.get("xcomp_object")), modifier=_strings(entry.get("modifier")), target=target,
        object_of=_strings(entry.get("object_of")), carrier=_strings(entry.get("carrier")), mode=entry.get("mode"),
        one_doer=bool(entry.get("one_doer", False)),
        report=bool(entry.get("report", False)),
        passive=bool(entry.get("passive", True)),
        own_object=bool(entry.get("own_object", False)), accused_subject=bool(entry.get("accused_subject", False)),
        negated=negated,
        clause=clause, predicate=predicate, question=question, needs_target=bool(entry.get("needs_target", False)),
        complement=bool(entry.get("complement", False)), needs_source=bool(entry.get("needs_source", False)),
        intransitive=bool(entry.get("intransitive", False)), undergoer=bool(entry.get("undergoer", False)),
        inaction=bool(entry.get("inaction", False)), subject=_strings(entry.get("subject")),
        rebuts=_strings(entry.get("rebuts")),
        enables=bool(entry.get("enables", False)), actors=actors, confidence=float(conf),
        path=relative(path), line=line,
    )


class PatternSet:
    """The loaded patterns, indexed by trigger lemma; keeps the records so events can cite them.

    >>> patterns = PatternSet.load()
    >>> "consult/meet-with" in patterns
    True
    """

    def __init__(self, patterns: list[Pattern]) -> None:
        self._patterns: dict[str, Pattern] = {}
        self.by_verb: dict[str, list[Pattern]] = defaultdict(list)
        self.by_noun: dict[str, list[Pattern]] = defaultdict(list)
        self.by_adjective: dict[str, list[Pattern]] = defaultdict(list)
        for p in patterns:
            self.add(p)

    def add(self, p: Pattern) -> None:
        self._patterns[p.id] = p
        pools = [self.by_verb[v.lower()] for v in p.verbs] + [self.by_noun[n.lower()] for n in p.nouns]
        for pool in pools + [self.by_adjective[a.lower()] for a in p.adjectives]:
            pool.append(p)
            # best first (stable among equals): the first pattern that fits a trigger is the one to use
            pool.sort(key=rank, reverse=True)

    @classmethod
    def load(cls, extra: Path | str | None = None, ontology: Ontology | None = None) -> PatternSet:
        """Bundled patterns, then a user's directory of pattern files (same ids replace ours)."""
        ontology = ontology or default_ontology()
        problems = Problems()
        lexicon = load_lexicon(LEXICON_DIR, problems)
        found: list[Pattern] = []
        seen: dict[str, tuple[str, int]] = {}
        dirs = [DATA_DIR, *([Path(extra)] if extra else [])]
        for d in dirs:
            for path in sorted(d.glob("*.yaml")):
                data = read_yaml_as(path, list, "a list of patterns", problems)
                if data is None:
                    continue
                for entry in data:
                    p = _parse(entry, path, problems, ontology, lexicon)
                    if p is None:
                        continue
                    if d != DATA_DIR:
                        p = replace(p, overlay=True)
                    if p.id in seen and d == DATA_DIR:
                        problems.add(path, p.line, f"{p.id}: duplicate id (first at {seen[p.id][0]}:{seen[p.id][1]})")
                        continue
                    seen[p.id] = (p.path, p.line)
                    found = [q for q in found if q.id != p.id]
                    found.append(p)
        problems.raise_if_any()
        return cls(found)

    @property
    def patterns(self) -> list[Pattern]:
        return list(self._patterns.values())

    def words(self) -> set[str]:
        """Every word the patterns name, in any of their fields."""
        out: set[str] = set()
        for p in self._patterns.values():
            fields = (p.verbs, p.nouns, p.adjectives, p.object, p.prep_object, p.xcomp_object, p.modifier, p.subject,
                      p.carrier,
                      *(f for f in (p.xcomp, p.clause, p.predicate) if isinstance(f, tuple)))
            out.update(w for f in fields for w in f)
        return out

    def __len__(self) -> int:
        return len(self._patterns)

    def __contains__(self, pid: object) -> bool:
        return pid in self._patterns

    def __getitem__(self, pid: str) -> Pattern:
        return self._patterns[pid]


@lru_cache(maxsize=4)
def default_patterns(extra: str | None = None) -> PatternSet:
    return PatternSet.load(extra)
