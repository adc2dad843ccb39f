"""The knowledge base: every dictionary the actor coder consults, gathered and indexed.

Phrases are looked up case-insensitively, except short all-capital aliases ("US", "UN") which must
match exactly so that the pronoun "us" is never the United States.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from functools import cached_property, lru_cache
from pathlib import Path

from eventdesk.datafiles import Problems
from eventdesk.kb import loader
from eventdesk.kb.records import Country, Person, Term
from eventdesk.kb.subnational import Cities, unit_names

DATA_DIR = Path(__file__).parent / "data"
log = logging.getLogger(__name__)
FILES = (
    "countries.csv", "institutions.csv", "igos.csv", "regions.csv", "sectors.yaml", "people.yaml", "subnational.yaml",
    "gendered.yaml", "given_names.yaml", "modifiers.yaml", "descriptions.yaml", "home_names.yaml",
)


_ARTICLES = ("the", "a", "an")
_NAME_LINKS = ("of", "the", "and")  # small words inside a capitalised name ("Minister of the Interior")


def normalize(text: str) -> str:
    """The lookup key of a phrase: lower case, straight apostrophes, no leading article."""
    t = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
    t = " ".join(t.split()).lower()
    for article in ("the ", "a ", "an "):
        if t.startswith(article):
            t = t[len(article):]
            break
    return t


def _needs_exact_case(alias: str) -> bool:
    letters = alias.replace(".", "")
    return letters.isupper() and len(letters) <= 4


class KnowledgeBase:
    """Countries, organisations, regions, sector terms and people, loaded from data files.

    >>> kb = KnowledgeBase.load()
    >>> kb.lookup("the Kremlin")[0].country
    'RUS'
    """

    def __init__(self, dirs: Sequence[Path]) -> None:
        self.dirs = list(dirs)
        problems = Problems()
        self.countries: dict[str, Country] = {}
        self.institutions: dict[str, dict[str, object]] = {}
        self.igos: dict[str, dict[str, object]] = {}
        self.regions: dict[str, dict[str, object]] = {}
        self.sectors: dict[str, dict[str, object]] = {}
        self.people: dict[str, Person] = {}
        self.gendered: dict[str, str] = {}
        self.given_names: dict[str, str] = {}  # given names borne by one gender only ("lucy" -> female)
        # participles after which a country word is the actor's own ("Britain-based"); stance prefixes ("pro-")
        self.owning_participles: set[str] = set()
        self.stance_prefixes: set[str] = set()
        self.organisation_nouns: set[str] = set()  # "the bloc": the organisation the article introduced
        # "the Commissioner" in a story that names the EU: titles of an organisation's own officers, to its codes
        self.igo_offices: dict[str, list[str]] = {}
        # "SAPS spokesperson", "vice-president of the Traders' Association": titles that are the body's own
        self.serving_titles: set[str] = set()
        self.person_nouns: set[str] = set()  # "the owner said": one person, whom a later "she" may mean
        self.language_words: set[str] = set()  # "studying Portuguese": a language, no actor
        self.litigation_words: set[str] = set()  # "the parties settled the lawsuit": litigants, not political parties
        self.leading_verbs: set[str] = set()  # "a task force headed by a minister": whose the body is
        self.campaigning_verbs: set[str] = set()  # "Jane Roe, who is running for governor": a candidate
        self.sought_offices: set[str] = set()  # "running for a second term": what a candidate seeks
        self.common_surnames: set[str] = set()  # "Hernandez": alone, no one of the base unless the text says so
        self.relation_nouns: set[str] = set()  # "NATO ally Norway": the state the relation describes
        self.counterpart_nouns: set[str] = set()  # "her Mexican counterpart": of her office, of Mexico
        self.seat_holders: set[str] = set()  # "the member for Bolton": a legislator, by the constituency
        self.government_levels: set[str] = set()  # "state and federal agencies": of the place the story is set in
        self.legislator_titles: set[str] = set()  # "Ohio Representative Jane Roe": a legislator
        # "deputies arrested two men in Tulsa": a sheriff's officers (police) in the countries with sheriffs, or
        # beside a sheriff the text names; legislators elsewhere ("French deputies voted")
        self.deputy_words: set[str] = set()
        self.sheriff_words: set[str] = set()
        self.sheriff_countries: set[str] = set()
        self.partisan_nouns: set[str] = set()  # "BJP workers", "party workers": the party's, not labour
        self.partisan_sectors: set[str] = set()  # the sectors of the bodies whose workers are their members
        self.country_nouns: set[str] = set()  # "the kingdom", "the country": a state the text named before
        self.speaking_titles: set[str] = set()  # "a spokesman": speaks for the body named last before
        self.civic_bodies: set[str] = set()  # "the leader of the Igbo group": no office of the state
        self.unit_nouns: set[str] = set()  # "two companies of police": the police
        # "army positions", "opposition supporters": things a sector's word names that stand for its actor
        self.stand_for_nouns: set[str] = set()
        self.follower_nouns: set[str] = set()  # "his supporters", "her aides": the one whose they are
        # "the Centre" of an Indian story: the Union government, in that country's own news only
        self.home_names: dict[str, list[tuple[str, str]]] = {}
        self.courtesy_titles: set[str] = set()  # "Ms Curley": the person the article named Curley, no new name
        self.head_titles: set[str] = set()  # "President", "Chancellor": whom a surname alone may name anywhere
        self.suspect_codes: set[str] = set()  # arrests, charges, verdicts: the private person they befall is a suspect
        named_units: dict[str, str] = {}
        ignored_units: set[str] = set()
        for d in self.dirs:
            if (d / "countries.csv").exists():
                self.countries.update(loader.load_countries(d / "countries.csv", problems))
        for d in self.dirs:
            if (d / "igos.csv").exists():
                self.igos.update(loader.load_igos(d / "igos.csv", problems))
        for d in self.dirs:
            if (d / "institutions.csv").exists():
                self.institutions.update(loader.load_institutions(d / "institutions.csv", self.countries, problems))
            if (d / "regions.csv").exists():
                self.regions.update(loader.load_regions(d / "regions.csv", self.countries, problems))
            if (d / "sectors.yaml").exists():
                self.sectors.update(loader.load_sectors(d / "sectors.yaml", problems))
            if (d / "people.yaml").exists():
                self.people.update(loader.load_people(d / "people.yaml", self.countries, self.igos, problems))
            if (d / "modifiers.yaml").exists():
                own, against = loader.load_modifiers(d / "modifiers.yaml", problems)
                self.owning_participles |= own
                self.stance_prefixes |= against
            if (d / "descriptions.yaml").exists():
                described = loader.load_descriptions(d / "descriptions.yaml", problems)
                self.organisation_nouns |= described["igo"]
                self.serving_titles |= described["serving"]
                self.person_nouns |= described["persons"]
                self.language_words |= described["language"]
                self.litigation_words |= described["litigants"]
                self.leading_verbs |= described["leading"]
                self.civic_bodies |= described["civic"]
                self.unit_nouns |= described["units"]
                self.stand_for_nouns |= described["stands_for"] | described["persons"]
                self.follower_nouns |= described["followers"]
                self.courtesy_titles |= described["courtesy"]
                self.head_titles |= described["heads"]
                self.suspect_codes |= described["suspects"]
                self.campaigning_verbs |= described["campaigning"]
                self.sought_offices |= described["sought"]
                self.speaking_titles |= described["speaking"]
                self.country_nouns |= described["country_nouns"]
                self.relation_nouns |= described["relations"]
                self.government_levels |= described["levels"]
                self.legislator_titles |= described["legislators"]
                self.deputy_words |= described["deputies"]
                self.sheriff_words |= described["sheriffs"]
                self.sheriff_countries |= described["sheriff_countries"]
                for code in sorted(described["sheriff_countries"] - set(self.countries)):
                    problems.add(d / "descriptions.yaml", 1, f"sheriff_countries: unknown country code {code!r}")
                self.partisan_nouns |= described["partisans"]
                self.partisan_sectors |= described["partisan_sectors"]
                for code in sorted(described["partisan_sectors"] - set(self.sectors)):
                    problems.add(d / "descriptions.yaml", 1, f"partisan_sectors: unknown sector code {code!r}")
                self.common_surnames |= described["common_surnames"]
                self.counterpart_nouns |= described["counterparts"]
                self.seat_holders |= described["seat_holders"]
            if (d / "gendered.yaml").exists():
                self.gendered.update(loader.load_gendered(d / "gendered.yaml", problems))
            if (d / "home_names.yaml").exists():
                for name, bodies in loader.load_home_names(d / "home_names.yaml", self.countries, problems).items():
                    self.home_names.setdefault(normalize(name), []).extend(bodies)
            if (d / "given_names.yaml").exists():
                self.given_names.update(loader.load_gendered(d / "given_names.yaml", problems))
            if (d / "subnational.yaml").exists():
                named, ignored = loader.load_subnational(d / "subnational.yaml", self.countries, problems)
                named_units.update(named)
                ignored_units |= ignored
        problems.raise_if_any()
        self.units = {normalize(n): c for n, c in unit_names(self.countries, named_units, ignored_units).items()}
        self.cities = Cities()
        self._index: dict[str, list[Term]] = defaultdict(list)
        self._surnames: dict[str, list[Person]] = defaultdict(list)
        self._cache: dict[str, list[Term]] = {}
        # every beginning of a phrase's first word, folded: a token that begins none starts no phrase
        self._word_starts: set[str] = set()
        self._build_index()

    @cached_property  # asked for every candidate event: computed once
    def political_sectors(self) -> frozenset[str]:
        """The sectors of political actors (``political: true`` in sectors.yaml): the state and its arms,
        parties, armed groups, rights groups. Whether an event is political data depends on them."""
        return frozenset(code for code, s in self.sectors.items() if s.get("political"))

    @cached_property  # asked for every candidate event: computed once
    def state_sectors(self) -> frozenset[str]:
        """The sectors of the state's institutions (``state: true`` in sectors.yaml): the doers of arrests,
        charges, fines and sentences, and so the doers of such acts they report in the passive."""
        return frozenset(code for code, s in self.sectors.items() if s.get("state"))

    @cached_property  # asked for every candidate event: computed once
    def armed_sectors(self) -> frozenset[str]:
        """The sectors that bear arms (``armed: true``: the military, the police, rebels, intelligence services):
        "attacked", "clashed with", "intervened" between others (ministers, parties) are words, not force."""
        return frozenset(code for code, s in self.sectors.items() if s.get("armed"))

    @cached_property  # asked for every candidate event: computed once
    def country_names(self) -> frozenset[str]:
        """The countries' own names: an actor so named is a country as a whole, not one of its towns."""
        return frozenset(c.name for c in self.countries.values())

    @cached_property  # asked for every candidate event: computed once
    def organised_sectors(self) -> frozenset[str]:
        """The sectors of organised interests that are no political actors (``speaks: true``: firms, unions,
        farmers' and environmental groups). In an article about politics they speak to it: an industry group's
        statement on a levy is lobbying; a professor's remark or a neighbour's is not."""
        return frozenset(code for code, s in self.sectors.items() if s.get("speaks"))

    @cached_property  # asked for every candidate event: computed once
    def civil_sectors(self) -> frozenset[str]:
        """The political sectors of civil society and the press (``civil: true``: rights groups, charities, the
        press), whose bare statements are political news only in an article about politics."""
        return frozenset(code for code, s in self.sectors.items() if s.get("civil"))

    @cached_property  # asked for every candidate event: computed once
    def topic_sectors(self) -> frozenset[str]:
        """The political sectors whose naming makes an article one about politics (all but ``topic: false``:
        every article names the press)."""
        return frozenset(code for code, s in self.sectors.items() if s.get("political") and s.get("topic", True))

    @cached_property  # asked for every word of an article: computed once
    def everyday_terms(self) -> frozenset[str]:
        """Folded terms that name a political sector in politics but as often something else in ordinary news
        (``everyday`` in sectors.yaml: "department", "president", "officer"): no sign that an article is political."""
        return frozenset(normalize(str(t)) for s in self.sectors.values()
                         for t in s.get("everyday", []))  # type: ignore[attr-defined]

    @cached_property  # asked for every unknown name: computed once
    def name_heads(self) -> dict[tuple[str, ...], str]:
        """The last words of proper names that say what kind of body a name the base does not know is
        (``name_heads`` in sectors.yaml: "... Foundation" is an NGO, "... University" a school, "... Times" the
        press), by their folded words."""
        out: dict[tuple[str, ...], str] = {}
        for code, s in self.sectors.items():
            for head in s.get("name_heads", []):  # type: ignore[attr-defined]
                out[tuple(normalize(w) for w in str(head).split())] = code
        return out

    @cached_property
    def name_leads(self) -> dict[str, str]:
        """The first words of proper names that say a name made of a country's name is a firm's, not the country's
        (``name_leads`` in sectors.yaml: "Air Canada", "Air India" are airlines), by their folded word."""
        return {normalize(str(w)): code for code, s in self.sectors.items()
                for w in s.get("name_leads", [])}  # type: ignore[attr-defined]

    def name_head_sector(self, words: list[str]) -> str | None:
        """The sector the last words of a proper name give it (the longest listed ending), if any."""
        folded = [normalize(w) for w in words]
        for n in range(min(3, len(folded) - 1), 0, -1):  # a name is more than its head: "Times" alone is no outlet
            if (code := self.name_heads.get(tuple(folded[-n:]))) is not None:
                return code
        return None

    def is_outlet(self, term: Term) -> bool:
        """A named news outlet ("the Washington Post", "Reuters"): an institution of a ``topic: false`` sector.

        Quoting one says neither where the story is nor who its actors are ("told the Washington Post").
        """
        return term.kind == "institution" and term.sector in self.political_sectors - self.topic_sectors

    @classmethod
    def load(cls, extra: Iterable[Path | str] = ()) -> KnowledgeBase:
        """The bundled base, overlaid by the user's directories in order (later wins)."""
        check_overlays(extra)
        return cls([DATA_DIR, *(Path(p) for p in extra)])

    # -- index -----------------------------------------------------------------------------------

    def _add(self, phrase: str, term: Term) -> None:
        if not phrase.strip():
            return
        exact = _needs_exact_case(phrase)
        key = " ".join(phrase.split()) if exact else normalize(phrase)
        self._index[key].append(Term(**{**term.__dict__, "exact_case": exact}))
        first = key.split(" ", 1)[0].lower()
        self._word_starts.update(first[:n] for n in range(1, len(first) + 1))

    def _build_index(self) -> None:
        self._build_names()
        # a unit named like a country, a capital or an organisation ("Georgia", "Berlin") is that one
        for name, codes in self.units.items():
            if not self._index.get(name):
                for code in sorted(codes):
                    self._add(name, Term("subnational", name, country=code))

    def _build_names(self) -> None:
        for c in self.countries.values():
            for name in (c.name, *c.aliases):
                self._add(name, Term("country", c.name, country=c.code))
            for adj in c.adjectives:
                self._add(adj, Term("adjective", c.name, country=c.code))
            if c.capital:
                self._add(c.capital, Term("capital", c.name, country=c.code, sector="GOV"))
        for inst in self.institutions.values():
            for name in (inst["name"], *inst["aliases"]):  # type: ignore[misc]
                self._add(str(name), Term("institution", str(inst["name"]), country=_opt(inst["country"]),
                                          sector=str(inst["sector"])))
        for igo in self.igos.values():
            for name in (igo["name"], *igo["aliases"], igo["code"]):  # type: ignore[misc]
                self._add(str(name), Term("igo", str(igo["name"]), igo=str(igo["code"]),
                                          sector="NGO" if igo["ngo"] else "REB" if igo["img"] else None))
            for title in igo["offices"]:  # type: ignore[attr-defined]
                self.igo_offices.setdefault(str(title).lower(), []).append(str(igo["code"]))
            for adj in igo["adjectives"]:  # type: ignore[attr-defined]
                self._add(str(adj), Term("igo_adjective", str(igo["name"]), igo=str(igo["code"])))
        for reg in self.regions.values():
            for name in (reg["name"], *reg["aliases"]):  # type: ignore[misc]
                self._add(str(name), Term("region", str(reg["name"]), country=str(reg["code"])))
            for adj in reg["adjectives"]:  # type: ignore[attr-defined]
                self._add(str(adj), Term("region_adjective", str(reg["name"]), country=str(reg["code"])))
        for code, sector in self.sectors.items():
            for t in sector["terms"]:  # type: ignore[attr-defined]
                self._add(str(t), Term("sector", str(t), sector=code))
        for person in self.people.values():
            for name in (person.name, *person.aliases):
                self._add(name, Term("person", person.name, country=person.country, person=person))
                if person.family_name is None:
                    self._surnames[normalize(name.split()[-1])].append(person)
            if person.family_name:
                self._surnames[normalize(person.family_name)].append(person)

    # -- queries ---------------------------------------------------------------------------------

    def hyphenated_titles(self) -> set[str]:
        """One-word titles and sector nouns written with a hyphen ("vice-president", "Secretary-General")."""
        return {str(t) for s in self.sectors.values() for t in s["terms"]  # type: ignore[attr-defined]
                if "-" in str(t) and " " not in str(t)}

    def lookup(self, phrase: str) -> list[Term]:
        """Everything a phrase may denote, exact-case acronyms included."""
        found = self._cache.get(phrase)
        if found is None:
            exact = self._index.get(" ".join(phrase.split()), [])
            folded = [t for t in self._index.get(normalize(phrase), []) if not t.exact_case]
            found = [*[t for t in exact if t.exact_case], *folded]
            if len(self._cache) < 200_000:
                self._cache[phrase] = found
        return found

    def cased_phrases(self) -> Iterator[tuple[str, str, str | None]]:
        """Every name of the base as its files spell it, with its kind and country: the capitals a re-caser
        restores in a lower-cased text ("united nations" -> "United Nations"); offices and bodies are the sector
        terms of two or more words spelt with capitals ("Supreme Court", "Home Ministry")."""
        for c in self.countries.values():
            for name in (c.name, *c.aliases):
                yield name, "country", c.code
            for adj in c.adjectives:
                yield adj, "adjective", c.code
            if c.capital:
                yield c.capital, "capital", c.code
        for inst in self.institutions.values():
            for name in (inst["name"], *inst["aliases"]):  # type: ignore[misc]
                yield str(name), "institution", str(inst["country"])
        for igo in self.igos.values():
            for name in (igo["name"], *igo["aliases"], igo["code"], *igo["adjectives"]):  # type: ignore[misc]
                yield str(name), "igo", None
        for reg in self.regions.values():
            for name in (reg["name"], *reg["aliases"], *reg["adjectives"]):  # type: ignore[misc]
                yield str(name), "region", None
        for person in self.people.values():
            for name in (person.name, *person.aliases):
                yield name, "person", person.country
        for sector in self.sectors.values():  # "Supreme Court", "Home Ministry", "Chamber of Commerce"
            for term in sector["terms"]:  # type: ignore[attr-defined]
                words = str(term).split()
                if len(words) > 1 and all(w[:1].isupper() or w in _NAME_LINKS for w in words):
                    yield str(term), "body", None

    def may_start_phrase(self, word: str) -> bool:
        """Whether some phrase of the base may begin with this token's text (cheap: no lookup of spans)."""
        w = word.replace("\u2019", "'").replace("\u2018", "'").lower()
        return w in self._word_starts or w in _ARTICLES or not w.strip()

    def people_by_surname(self, surname: str, date: dt.date | None) -> list[Person]:
        """People with this surname; those in office on ``date`` first."""
        found = list(dict.fromkeys(self._surnames.get(normalize(surname), [])))
        return sorted(found, key=lambda p: not p.in_office(date))

    def unit_countries(self, name: str) -> set[str]:
        """The countries that have a state or province of this name, even one named like a country ("Georgia")."""
        return self.units.get(normalize(name), set())

    def country_code(self, name: str) -> str | None:
        """The country a name means: a country, its capital, its adjective, or one of its states or provinces."""
        units = set()
        for t in self.lookup(name):
            if t.kind in ("country", "capital", "adjective"):
                return t.country
            if t.kind == "subnational":
                units.add(t.country)
        return units.pop() if len(units) == 1 else None

    @property
    def size(self) -> dict[str, int]:
        return {
            "countries": len(self.countries), "institutions": len(self.institutions), "igos": len(self.igos),
            "regions": len(self.regions), "sectors": len(self.sectors), "people": len(self.people),
        }


def check_overlays(dirs: Iterable[Path | str], warn: bool = False) -> None:
    """Refuse an overlay that is no directory; with ``warn``, name each file in one that no loader reads.

    Called before the compiled cache is consulted, which a missing directory would not change: a
    mistyped ``--kb`` path, or a "people.yml" beside the "people.yaml" we read, must not pass unnoticed.
    """
    from eventdesk.errors import KnowledgeBaseError, Problem

    missing = [Problem(str(d), 0, "not a directory of knowledge-base files") for d in dirs if not Path(d).is_dir()]
    if missing:
        raise KnowledgeBaseError(missing)
    if not warn:
        return
    known = sorted(p.name for p in DATA_DIR.iterdir() if p.is_file())
    for d in dirs:
        for path in sorted(Path(d).iterdir()):
            if path.is_file() and not path.name.startswith(".") and path.name not in known:
                log.warning("%s: not a knowledge-base file, ignored (the files read are named %s)", path,
                            ", ".join(known))


@lru_cache(maxsize=8)
def default_kb(extra: tuple[str, ...] = ()) -> KnowledgeBase:
    """The knowledge base, loaded once per process per overlay."""
    return KnowledgeBase.load(extra)


def _opt(value: object) -> str | None:
    """An optional text field of a record: None stays None (an institution of no country)."""
    return None if value is None else str(value)
