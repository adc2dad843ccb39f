"""Implicit agents: "about 35 persons were arrested" was done by the police, though no one says so.

Reports of arrests, sentences and police killings are mostly passive with no agent. Only the police
arrest and only a court sentences, so such an event gets that agent (of the country where it happened,
else of the article's) instead of no source at all; its rule says the agent is implicit, and its
confidence is lower. The same holds for acts told from the side of the one they befall ("two men died
in police firing": a pattern marked ``undergoer``), and for protests, whose doers are protesters by
definition ("the decision sparked protests"). Which verbs imply which agent is data
(``events/implicit.yaml``).

When the article attributes such an act to a body of the agent's own kind ("two men were arrested, police said",
"... according to a bulletin issued by the county sheriff's office"), that body is the doer, and the rule says the
agent comes from the attribution; a reporter of another kind ("..., the ministry said") reports, it did not arrest.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.tokens import Token

from eventdesk.actors.resolve import actor_code
from eventdesk.datafiles import LINE, Problems, read_yaml_as, true_or_false
from eventdesk.events import arguments as args
from eventdesk.models import Actor
from eventdesk.nlp.tree import kids

if TYPE_CHECKING:
    from eventdesk.events.extractor import Candidate

# (sector, start, end) -> the country of a body of that sector named between the offsets
Seats = Callable[[str, int, int], "str | None"]

DATA_FILE = Path(__file__).parent / "implicit.yaml"
SUFFIX = "/implicit-agent"
ATTRIBUTED = "/attributed-agent"  # the doer is the body the article cites for the act
_KEYS = {"name", "sector", "verbs", "cameo", "prep_object", "voice", "confidence", "needs_target", "crowd",
         "attributed", LINE}
_VOICES = ("passive", "any", "attributed")
_CROWDS = {"they", "we", "crowd", "mob", "throng", "gathering", "group"}  # singular words for many


@dataclass(frozen=True)
class ImplicitAgent:
    """Who does the act of these verbs when the text does not say."""

    name: str
    sector: str
    verbs: frozenset[str]
    cameo: tuple[str, ...] = ()
    prep_object: frozenset[str] = frozenset()
    voice: str = "passive"  # "any": also an active verb or a noun with no doer ("protests broke out")
    confidence: float = 0.7
    needs_target: bool = False  # only for an act on someone named: "all those convicted" charges no one known
    crowd: bool = False  # the doers are many: a clause whose subject is one person ("a man smashed ...") has none
    attributed: frozenset[str] = frozenset()  # sectors of a reporting body that did the act itself (default: sector)

    def doer_sectors(self) -> frozenset[str]:
        """The sectors of a body cited for the act ("police said", "according to the sheriff's office") that is
        its doer."""
        return self.attributed or frozenset({self.sector})

    def applies(self, tok: Token, cameo: str) -> bool:
        if self.verbs and tok.lemma_.lower() not in self.verbs and tok.lower_ not in self.verbs:
            return False
        if self.cameo and not cameo.startswith(self.cameo):
            return False
        if self.prep_object:
            objects = [o for p in kids(tok) if p.dep_ == "prep" for o in kids(p) if o.dep_ == "pobj"]
            # the words of the phrase: "in (police) firing", whichever of the two the parser makes its head
            words = objects + [m for o in objects for m in kids(o) if m.dep_ in ("compound", "amod", "acl")]
            return any(w.lemma_.lower() in self.prep_object or w.lower_ in self.prep_object for w in words)
        return True


def load_agents(path: Path = DATA_FILE) -> list[ImplicitAgent]:
    """The implicit agents of a data file, validated (every problem with its line)."""
    problems = Problems()
    data = read_yaml_as(path, list, "a list of agents", problems)
    agents: list[ImplicitAgent] = []
    for item in data or []:
        line = int(item.get(LINE, 1)) if isinstance(item, dict) else 1
        if not isinstance(item, dict):
            problems.add(path, line, "expected a mapping")
            continue
        for key in sorted(set(item) - _KEYS):
            problems.add(path, line, f"unknown key {key!r} (known: {', '.join(sorted(_KEYS - {LINE}))})")
        if not isinstance(item.get("name"), str) or not isinstance(item.get("sector"), str):
            problems.add(path, line, "name and sector are required strings")
            continue
        lists = {}
        for key in ("verbs", "cameo", "prep_object"):
            value = item.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                problems.add(path, line, f"{key}: expected a list of strings")
                value = []
            lists[key] = value
        if not lists["verbs"] and not lists["cameo"]:
            problems.add(path, line, "verbs or cameo: at least one verb or CAMEO prefix is required")
        voice = item.get("voice", "passive")
        if voice not in _VOICES:
            problems.add(path, line, f"voice: expected one of {', '.join(_VOICES)}, got {voice!r}")
            voice = "passive"
        confidence = item.get("confidence", 0.7)
        if not isinstance(confidence, (int, float)) or not 0 < confidence <= 1:
            problems.add(path, line, f"confidence: expected a number in (0, 1], got {confidence!r}")
            confidence = 0.7
        needs_target = true_or_false(item, "needs_target", False, "", path, line, problems)
        crowd = true_or_false(item, "crowd", False, "", path, line, problems)
        attributed = item.get("attributed", [])
        if not isinstance(attributed, list) or not all(isinstance(v, str) and v.isupper() for v in attributed):
            problems.add(path, line, "attributed: expected a list of sector codes (COP, JUD, ...)")
            attributed = []
        agents.append(ImplicitAgent(
            name=item["name"], sector=item["sector"], verbs=frozenset(v.lower() for v in lists["verbs"]),
            cameo=tuple(lists["cameo"]), prep_object=frozenset(v.lower() for v in lists["prep_object"]),
            voice=str(voice), confidence=float(confidence), needs_target=needs_target, crowd=crowd,
            attributed=frozenset(attributed),
        ))
    problems.raise_if_any()
    return agents


@lru_cache(maxsize=1)
def default_agents() -> tuple[ImplicitAgent, ...]:
    return tuple(load_agents())


def with_implicit_agent(cand: Candidate, country: str | None, seats: Seats | None = None) -> Candidate:
    """The candidate with its implicit agent as source, when it is a passive act with no "by ..." (or an act
    told from the side of the one it befalls) that has one; else as is. A source found up the tree ("four were
    shot dead in police firing, an officer said") gives way to an agent the verb's own phrase names ("in police
    firing", "in an encounter"). ``seats`` gives the country of a court or police force of the agent's sector
    that the sentence names ("was jailed in the Queensland Supreme Court"): the agent is that one."""
    tok = cand.trigger
    agentless = cand.pattern.undergoer or (
        tok.pos_ == "VERB" and args.is_passive(tok) and args.agent(tok) is None)
    for agent in default_agents():
        if agent.voice == "attributed" or (not agentless and agent.voice != "any"):
            continue
        if (cand.sources and not agent.prep_object) or (agent.needs_target and not cand.targets):
            continue
        if agent.crowd and agent.applies(tok, cand.pattern.cameo) and _lone_doer(tok):
            return cand  # "a man smashed the windows": a doer is named, one person and no crowd
        if agent.applies(tok, cand.pattern.cameo):
            sent = tok.sent
            country = (seats(agent.sector, sent.start_char, sent.end_char) if seats else None) or country
            actor = Actor(text="", start=tok.idx, end=tok.idx, name=agent.name,
                          code=actor_code(country, agent.sector, None), country=country, sector=agent.sector)
            pattern = replace(cand.pattern, id=cand.pattern.id + SUFFIX)
            return replace(cand, pattern=pattern, sources=[actor],
                           confidence=round(cand.confidence * agent.confidence, 3))
    return cand


def implied_agent(tok: Token, cameo: str, has_target: bool) -> ImplicitAgent | None:
    """The agent an agentless passive act of this trigger implies, if any ("were arrested": the police), read
    whatever source was found for it up the tree."""
    if not (tok.pos_ == "VERB" and args.is_passive(tok) and args.agent(tok) is None):
        return None
    return next((a for a in default_agents() if a.voice != "any" and not a.crowd and not a.prep_object
                 and (has_target or not a.needs_target) and a.applies(tok, cameo)), None)


def speaker_is_doer(tok: Token, cameo: str, has_target: bool, speakers: list[Actor]) -> bool | None:
    """For an agentless passive act with an implied agent, whether the speakers who report it did it: only a body of
    the agent's kind ("three men were arrested, police said"; not "..., the ministry said", nor "..., his neighbour
    said"); None when the act implies no agent."""
    agent = implied_agent(tok, cameo, has_target)
    if agent is None:
        return None
    return bool(speakers) and all(a.sector in agent.doer_sectors() for a in speakers)


def with_attributed_agent(cand: Candidate, cited: list[Actor], country: str | None) -> Candidate | None:
    """The candidate whose doer is the body cited for it ("have been captured, according to a bulletin issued by the
    sheriff's office"), when the act implies an agent of that body's kind and has no source; else None. A body
    whose country the text does not say is of the country where the act happened."""
    if cand.sources or not cited:
        return None
    agent = implied_agent(cand.trigger, cand.pattern.cameo, bool(cand.targets))
    if agent is None or not all(a.sector in agent.doer_sectors() for a in cited):
        return None
    doers = [a if a.code or not (a.country or country) else replace(
        a, country=a.country or country, code=actor_code(a.country or country, a.sector, a.igo)) for a in cited]
    return replace(cand, sources=doers, pattern=replace(cand.pattern, id=cand.pattern.id + ATTRIBUTED),
                   confidence=round(cand.confidence * 0.9, 3))


def _lone_doer(tok: Token) -> bool:
    """A verb whose subject is one person ("a man smashed the windows", "the suspect vandalised two cars", "he")."""
    subj = args.subject(tok) if tok.pos_ == "VERB" else None
    if subj is None or args.is_passive(tok):
        return False
    if subj.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in kids(subj)):
        return True  # "one of the occupants hurled a bottle": one person out of a group
    return subj.tag_ in ("NN", "NNP", "PRP") and subj.lower_ not in _CROWDS
