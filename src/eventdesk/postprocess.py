"""What the coder does to a document's events once they are all found.

One act gives one CAMEO code per (source, target) pair: an act, plus at most the announcement or
refusal derived from it (DESIGN section 3, ``intent/...``, ``refusal/...``). Each sentence that has
events marks one of them ``main``: the act highest in the parse, then the most confident, so that a
user who wants one label per sentence can have it.
"""

from __future__ import annotations

from eventdesk.models import Actor, Event

DERIVED = ("intent/", "refusal/")  # rule prefixes of events derived from another act (DESIGN section 3)


def identity(actor: Actor) -> tuple[str | None, str]:
    """Two mentions are the same actor when code and name agree ("Clinton" and "Burns" are not)."""
    return actor.code, actor.name or actor.text


def main_order(event: Event) -> tuple[int, float, int]:
    """Sort key of the sentence's main event: highest in the parse, then most confident, then first."""
    return event.depth, -event.confidence, event.trigger.start


# Beyond three parties a joint act is multilateral (a summit, a coalition's exercise): one event with joint
# sources, not every pair of participants (five parties would make twenty events of one meeting).
MAX_MUTUAL_PARTIES = 3


def reciprocal_pairs(sources: list[Actor], *, hostile: bool = False) -> list[tuple[Actor, Actor]]:
    """Every ordered pair of different actors among those who act together ("X and Y met": X->Y, Y->X);
    none for a lone actor or a multilateral act.

    Actors with the same code are one side: "the president and his foreign minister arranged meetings" are
    joint doers, not each other's counterpart, unless they are two named parties or armed groups (rivals of one
    country: "the Congress and the BJP traded charges"). In a fight (``hostile``) one side's factions may
    face each other.
    """
    actors = list({identity(a): a for a in sources}.values())
    if not 2 <= len(actors) <= MAX_MUTUAL_PARTIES:
        return []
    return [(a, b) for a in actors for b in actors
            if a is not b and (hostile or a.code is None or a.code != b.code or _rival_bodies(a, b))]


# Sectors whose bodies of one country are rivals, not one side: two parties ("the Congress and the BJP traded
# charges"), two armed groups, two opposition movements
_RIVAL_SECTORS = frozenset({"PTY", "OPP", "REB", "RAD"})


def _rival_bodies(a: Actor, b: Actor) -> bool:
    return a.sector in _RIVAL_SECTORS and bool(a.name) and bool(b.name) and a.name != b.name


def one_code_per_act(events: list[Event]) -> list[Event]:
    """The most confident event of each act and pair (an act's derived event kept beside it), in order."""
    kept: dict[tuple[object, ...], Event] = {}
    for event in events:
        key = (
            event.sentence, event.trigger.start, event.rule.startswith(DERIVED),
            tuple(identity(a) for a in event.source), tuple(identity(a) for a in event.target),
        )
        previous = kept.get(key)
        if previous is None or event.confidence > previous.confidence:
            kept[key] = event
    chosen = {id(e) for e in kept.values()}
    return [e for e in events if id(e) in chosen]


def mark_main(events: list[Event]) -> None:
    """Set ``main`` on exactly one event of each sentence that has events."""
    best: dict[int, Event] = {}
    for event in events:
        event.main = False
        current = best.get(event.sentence)
        if current is None or main_order(event) < main_order(current):
            best[event.sentence] = event
    for event in best.values():
        event.main = True
