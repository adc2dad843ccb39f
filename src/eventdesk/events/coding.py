"""From a matched pattern to the codes an event carries: CAMEO, PLOVER type and mode, Goldstein, quad class.

A meeting's CAMEO code depends on where it happened: in the target's country the source is visiting
(042, PLOVER mode "visit"), in the source's own country it is hosting (043), elsewhere it is a meeting
at a third location (044). A visit or a hosting its verb names ("visited", "hosted") is that, wherever it is placed.
"""

from __future__ import annotations

from dataclasses import dataclass

from eventdesk.actors.resolve import actor_code
from eventdesk.models import Actor, Location
from eventdesk.ontology import Ontology

# a visit (042) or a hosting (043) named by its verb keeps its code: who travelled is in the words, and the place the
# pipeline attaches may be the telling's ("told reporters in Nairobi that he visited Doha")
_MEETING_CODES = {"040", "044"}


@dataclass(frozen=True)
class Codes:
    cameo: str
    cameo_root: str
    event: str | None
    mode: str | None
    context: tuple[str, ...]
    goldstein: float
    quad_class: int


def meeting_code(cameo: str, sources: list[Actor], targets: list[Actor], location: Location | None) -> str:
    """Refine a generic meeting by its place: visit, host, or third location."""
    if cameo not in _MEETING_CODES or location is None or location.country is None:
        return cameo
    src = {a.country for a in sources if a.country}
    tgt = {a.country for a in targets if a.country}
    if not src or not tgt or src == tgt:
        return cameo
    if location.country in tgt:
        return "042"
    if location.country in src:
        return "043"
    return "044"


def authorities(place: Actor) -> Actor:
    """The government of a place a protest is held in, which the protest addresses when it names no one else ("a
    sit-in in Tasmania" by its nurses is their protest to the state government; sub-national governments code to
    their country): the place itself is where it happens, never a party to it."""
    assert place.country is not None
    name = place.name or place.text
    return Actor(text=place.text, start=place.start, end=place.end, name=f"government ({name})",
                 code=actor_code(place.country, "GOV", None), country=place.country, sector="GOV")


def private_person(text: str, start: int, country: str | None, sector: str = "CVL") -> Actor:
    """Whom an arrest or expulsion befalls when the text names them only by a common noun ("a 45-year-old man was
    detained in Cork"): a private person (a suspect, CRM, when arrested) of the country where it happens (or of the
    state that does it), not the place; of no stated country when the article names none."""
    return Actor(text=text, start=start, end=start + len(text), name=text, code=actor_code(country, sector, None),
                 country=country, sector=sector)


def codes_for(cameo: str, ontology: Ontology, mode: str | None = None) -> Codes:
    entry = ontology.code(cameo)
    plover = ontology.plover(cameo)
    return Codes(
        cameo=entry.code, cameo_root=entry.root, event=plover.event, mode=mode or plover.mode,
        context=plover.context, goldstein=entry.goldstein, quad_class=entry.quad_class,
    )
