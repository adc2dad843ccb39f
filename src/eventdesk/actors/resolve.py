"""Actor resolution: from noun phrases to CAMEO-style actor codes, within one document.

Resolution reads titles and appositions, shares a title's country along a list, remembers people
by surname for later mentions, links "he"/"she" to the last person named, and takes the office a
person held on the document's date. What fits nothing is kept with its text and ``code=None``.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from itertools import pairwise

from spacy.attrs import DEP, TAG
from spacy.tokens import Doc, Span, Token

from eventdesk.actors.coref import PRONOUN_GENDER, Coreference
from eventdesk.actors.mentions import (
    COLLECTIVES,
    PRONOUNS,
    Item,
    collective_head,
    list_items,
    name_of_complemented,
    phrase_tokens,
)
from eventdesk.actors.titled import people_taken_for_places
from eventdesk.kb import KnowledgeBase, Person, Term, normalize
from eventdesk.kb.subnational import BIG_CITY
from eventdesk.models import Actor
from eventdesk.nlp.name_heads import place_heads
from eventdesk.nlp.operations import LABEL as OPERATION
from eventdesk.nlp.titles import suffix_words
from eventdesk.nlp.tree import kids, tokens
from eventdesk.nlp.words import REPORTING_VERBS

_ACTOR_ENTS = {"PERSON", "ORG", "GPE", "NORP", "FAC"}
_MAX_TERM = 8
_SORTING = frozenset({"first", "last", "only", "next", "second", "third", "same", "other", "sole"})
_SPOKEN_FOR = 400  # characters back to the body a bare spokesman speaks for (a sentence or two)
_TITLE_REACH = 6  # words before a name that may give its title ("Speaker of the House Jane Roe")

_FORCES = frozenset({"COP", "MIL"})  # the forces a unit noun may stand for ("a platoon of soldiers")
# the local arms of the state whose officers a story names by title alone ("Justice Tom Roe", "Det. Jane Roe"):
# they serve the court or the police the story names with its place ("the Queensland Supreme Court")
_SEATED = frozenset({"JUD", "COP"})
# nouns that with "this" or "our" name the speaker's own country (deixis, not a fact of the world)
_HOME_NOUNS = frozenset({"country", "nation"})
# the sectors of bodies that "the group" or "the movement" may stand for: none of the state's
_NON_STATE = frozenset({"NGO", "REB", "OPP", "PTY", "REL", "LAB", "BUS", "MED", "EDU", "HLH", "ENV", "AGR"})
# a year looked ahead to does not date an undated text
_AHEAD_PREPS = frozenset({"by", "until", "till"})  # "cut emissions by 2030": a deadline
_FUTURE_AUX = frozenset({"will", "shall", "'ll"})


def _year(tok: Token) -> int | None:
    """The year a word writes ("1994", "2013"), if it is one of the years news tells of."""
    if not (len(tok.text) == 4 and tok.text.isdigit()):
        return None
    year = int(tok.text)
    return year if 1900 <= year <= 2100 else None


def _year_ahead(year: Token) -> bool:
    """Whether a year is one the text looks ahead to ("by 2035", "will open a pipeline in 2040"): a target, not when
    the story is told, so it does not date an undated text."""
    if year.head.lower_ in _AHEAD_PREPS:
        return True
    verb = next((a for a in year.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in kids(verb))


@dataclass
class Reading:
    """What one item says about an actor, before items of a list are merged."""

    kind: str  # person, title, entity, adjunct
    text: str
    start: int
    end: int
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    igo: str | None = None
    known: bool = False  # the coding comes from the knowledge base
    also: tuple[str, ...] = ()  # further countries of coordinated modifiers: "US and Russian officials"
    titles: tuple[str, ...] = ()  # offices the text gives a person ("President"): "the president" finds them
    apposed: bool = False  # the item is in apposition to the one before ("Zorblat Farms, a convenience store chain")
    stateless: bool = False  # a body of no country (a global platform: "Twitter"), which no context gives one

    def actor(self) -> Actor:
        return Actor(
            text=self.text, start=self.start, end=self.end, name=self.name,
            code=actor_code(self.country, self.sector, self.igo),
            country=self.country, sector=self.sector, igo=self.igo,
        )


def actor_code(country: str | None, sector: str | None, igo: str | None) -> str | None:
    """CAMEO-style code: country + sector ("RUSGOV"), IGO + organisation ("IGONATO"), NGO + a transnational
    non-governmental organisation ("NGOMSF": a charity is no body of states), or IMG + an international
    militarized group, an armed group of no one country ("IMGISIS")."""
    if igo:
        return f"{'NGO' if sector == 'NGO' else 'IMG' if sector == 'REB' else 'IGO'}{igo}"
    if country:
        return country + (sector or "")
    return None


def segment(tokens: list[Token], kb: KnowledgeBase) -> list[tuple[int, int, list[Term]]]:
    """Longest-first matches of knowledge-base phrases over a run of tokens (token indexes)."""
    out: list[tuple[int, int, list[Term]]] = []
    if not tokens:
        return out
    doc = tokens[0].doc
    first, last = tokens[0].i, tokens[-1].i + 1
    run = doc[first:last]
    plain = [t.text for t in run]
    spaced = [t.text_with_ws for t in run]
    i = first
    while i < last:
        k = i - first
        if doc[i].ent_type_ == OPERATION:
            i += 1  # "Operation Zulia" names no Venezuelan state
            continue
        if not kb.may_start_phrase(plain[k]):
            # no phrase starts here; a noun may still name a sector by its lemma ("ministries")
            if doc[i].pos_ == "NOUN" and (terms := [t for t in kb.lookup(doc[i].lemma_) if t.kind == "sector"]):
                out.append((i, i + 1, terms))
            i += 1
            continue
        for j in range(min(last, i + _MAX_TERM), i, -1):
            terms = kb.lookup("".join(spaced[k:j - 1 - first]) + plain[j - 1 - first])
            if not terms and j == i + 1 and doc[i].pos_ == "NOUN":
                terms = [t for t in kb.lookup(doc[i].lemma_) if t.kind == "sector"]
            if terms:
                out.append((i, j, terms))
                i = j
                break
        else:
            i += 1
    return out


class ActorResolver:
    """Resolves actors in one document; holds what the document has said about people so far."""

    def __init__(self, kb: KnowledgeBase, date: dt.date | None) -> None:
        self.kb = kb
        self.date = date
        self.by_surname: dict[str, Reading] = {}
        self.coref: Coreference[Reading] = Coreference(kb.gendered, kb.given_names)
        self._holders: dict[str, Reading | None] = {}
        self.abbreviations: dict[str, Token] = {}  # "DMV" -> the head of "the Department of Motor Vehicles (DMV)"
        self._expanding: set[str] = set()  # abbreviations being read now: a definition never reads itself
        self.excluded: list[tuple[int, int]] = []  # sorted, not overlapping
        self._excluded_starts: list[int] = []
        self._resolved: dict[tuple[int, str | None], list[Actor]] = {}
        self._resolving: set[tuple[int, str | None]] = set()
        self._introduced: dict[str, str] = {}  # sector -> the country of its latest body named with one, so far
        self._one_of_force: dict[str, set[str]] = {}  # "soldier" -> the countries of those the text placed
        # the country an official named with a title but no country most likely serves: the country the
        # document is clearly about (officials travel: "former prime minister X visited Brussels" is not
        # Belgian), else the place of the sentence (set by the pipeline for each sentence)
        self.person_context: str | None = None
        self.sentence_setting: str | None = None  # the country of a place the sentence names, not an actor
        self.document_country: str | None = None
        self.document_country_clear = False
        self.story_state: str | None = None  # the document's country if it is a state, not a region
        self._local_counts: Counter[str] = Counter()  # towns and provinces named, by country
        self._named: Counter[str] = Counter()
        # (character, ISO code) of each country counted above that names an actor of its own ("accused
        # Moscow", "Turkey will host"), not a modifier of someone's name ("Syrian troops", "Iraq's army"),
        # nor a town or province ("shelled Idlib")
        self._actor_countries: list[tuple[int, str]] = []
        self.dateline_end = 0  # "TORONTO —", "SEVERN, Md. (ABC7) —": where the story was filed, not an actor
        self._igos_named: list[tuple[int, str]] = []  # (character, code) of each international organisation named
        # "Speaking with the Deputy Speaker, Jane Roe, Smith said": the title's name (by the title's token) and
        # the title (by the name's token), which the parser takes for the first of the subjects
        self._companies: dict[str, int] = {}  # companies the document names (by lower-cased name): first offset
        self._unplaced: set[int] = set()  # where bodies of no country the text gives are named (a firm, a brand)
        self.body_unplaced = False  # whether the body :meth:`_body` found last is one of those
        self._apposed: dict[int, Token] = {}
        self._apposed_to: dict[int, Token] = {}
        self._text = ""  # the document's text, for the words between two items of a list
        self._latest_year: int | None = None  # without a date: the latest year the text mentions
        self._nations_named: set[str] = set()  # countries the text names other than by a state or province
        self._placed: dict[str, Reading] = {}  # people by name, as first coded with a country and sector
        # places the text puts in another country than their famous namesake ("London, Ky."): name -> country
        self._namesakes: dict[str, str] = {}
        self.namesakes_meant: dict[str, str] = {}  # towns the place resolver found the article to mean (pipeline)
        self.divisions: dict[str, str] = {}  # counties the article names ("fulton county" -> USA; pipeline)
        self.place_nouns: frozenset[str] = frozenset()  # "area", "suburb": "the Toronto area" is there (pipeline)
        self._home_namesake: tuple[str, str] | None = None
        self._countries_told: list[tuple[int, str, bool]] = []  # states named: where, which, whether as a subject
        self._named_bodies: list[tuple[int, Reading]] = []  # coded bodies that acted or spoke, in order
        self._bodies: list[tuple[int, Reading]] = []  # named bodies of no state (groups, firms, parties), in order
        self._described_names: set[str] = set()  # names the text describes by more than a title where it names them
        self._places_named: set[str] = set()  # countries the text names by a place, not only by a people
        self._place_counts: Counter[str] = Counter()  # how often, by a state or province: where the story happens
        self.towns_named: Counter[str] = Counter()  # countries of the towns the article surely means (pipeline)
        self.home_country: str | None = None  # the country of the story's dateline or lead, set by the pipeline
        self.qualifiers: dict[str, str] = {}  # abbreviated states after a town ("md." -> USA), set by the pipeline
        self._given_names: dict[str, set[str]] = {}  # surname -> the given names the text writes before it
        self._doc: Doc | None = None  # the document, set by :meth:`scan`
        self._sheriff_named = False  # whether the text names a sheriff: "deputies" there are his officers
        self._seats: list[tuple[int, str, str]] = []  # (character, sector, country) of courts and police named with
        # their place ("the Queensland Supreme Court", "Cairns police"), in text order

    def home(self, name: str, country: str) -> None:
        """The place the story is filed from, with the country the place resolver found it in: a capital's or a
        city's namesake there ("LONDON, Ky.", "GLASGOW, Ky.") is that country's town wherever the text names it."""
        if self.kb.country_code(name) not in (None, country) or self.kb.cities.country(name) not in (None, country):
            self._home_namesake = (name.lower(), country)

    def exclude(self, spans: list[tuple[int, int]]) -> None:
        """Character spans that never name actors, such as source citations "(Interfax, May 18)"."""
        merged: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        self.excluded = merged
        self._excluded_starts = [start for start, _ in merged]

    def is_excluded(self, char: int) -> bool:
        i = bisect.bisect_right(self._excluded_starts, char) - 1
        return i >= 0 and char < self.excluded[i][1]

    # -- document pre-pass -------------------------------------------------------------------------

    def scan(self, doc: Doc) -> None:
        """Read every named person in text order, so that surnames and pronouns resolve later."""
        people_taken_for_places(doc, self.kb)  # "presidential candidate Ricardo Roe" is no facility
        self._text = doc.text
        self.dateline_end = _dateline_end(doc)
        self._doc = doc
        self._namesakes = {ent.text.lower(): where for ent in doc.ents if ent.label_ in ("GPE", "LOC", "FAC")
                           and (where := _elsewhere(ent, self.kb, self.qualifiers)) is not None}
        if self._home_namesake is not None:
            self._namesakes.setdefault(*self._home_namesake)
        for name, country in self.namesakes_meant.items():  # "London" beside Ontario's towns: London, Ontario
            self._namesakes.setdefault(name, country)
        self.document_country = self._document_country(doc)
        if self.home_country is not None and self._filed_from_afar(self.home_country):
            self.home_country = None  # "LONDON (Reuters) - An explosion in Shiraz ...": filed there, set in Iran
        # a region named most ("Africa", "Europe") has no police or ministry: an actor takes no region from it
        self.story_state = self.document_country if self.document_country not in self.kb.regions else None
        if self.date is None:
            years = [y for t in tokens(doc) if (y := _year(t)) is not None and not _year_ahead(t)]
            self._latest_year = max(years) if years else None
        self.abbreviations = _abbreviations(doc, self.kb)
        self._given_names = self._names_given(doc)
        self.coref.places = _place_names(doc)
        self._apposed, self._apposed_to = _fronted_appositions(doc)
        self._hung_names(doc)
        self._seats = self._seated_bodies(doc)
        self._sheriff_named = any(t.lower_ in self.kb.sheriff_words for t in tokens(doc))
        self._countries_told = [(ent.start_char, t.country, ent.root.dep_ in _SUBJECT_DEPS) for ent in doc.ents
                                if ent.label_ == "GPE" for t in self.kb.lookup(ent.text)[:1]
                                if t.kind == "country" and t.country]
        self._igos_named = [(doc[i].idx, t.igo) for ent in doc.ents if ent.label_ in ("ORG", "NORP", "GPE", "LOC")
                            for i, _, terms in segment(list(ent), self.kb) for t in terms
                            if t.kind in ("igo", "igo_adjective") and t.igo]
        for ent in doc.ents:
            if ent.label_ not in ("PERSON", "ORG"):
                continue  # the recognizer often calls "Manitoba Premier Brian Pallister" an organisation
            root = ent.root if ent.root.i in self._apposed_to else _argument_head(ent.root)
            if root.dep_ == "appos" and root.head.dep_ == "pobj" and root in name_of_complemented(root.head.head.head):
                root = root.head.head.head  # "The MP for Bolton, Jane Roe,": read with her title
            items = self._items(self._apposed_to.get(root.i, root))
            readings = self._merge([r for r in (self.read(i) for i in items) if r])
            for r in readings:
                if r.kind == "person" and any(c.isalpha() for c in r.text) and (
                    r.start <= ent.start_char < r.end + 1 or ent.start_char <= r.start < ent.end_char
                ):
                    if _described_by_more(ent.root, self.kb.leading_verbs | {"be"}):
                        self._described_names.add(r.name or r.text)  # "Jane Roe, a fellow at ...": no private person
                    described = self._introduced_as(ent.root, r)
                    fuller = described is not r
                    r = self._in_story(described)
                    span = doc.char_span(r.start, r.end, alignment_mode="expand")
                    if span is not None:
                        self.coref.remember(list(span), r, r.name or r.text, r.titles)
                    # what the title beside the name said is remembered for the surname too ("Churkin said")
                    surname = r.text.split()[-1].lower() if r.text.split() else ""
                    kept = self.by_surname.get(surname)
                    if kept is not None and kept.name == r.name and (
                        not (kept.country or kept.igo) or fuller
                    ):
                        self.by_surname[surname] = r
        self._remember_described(doc)
        # later mentions by surname alone, which the recognizer often misses ("Mamo replies ...")
        named = {m.start for m in self.coref.people.values()}
        for tok in tokens(doc):
            known = self.by_surname.get(tok.lower_) if self._written_as_name(tok) and tok.idx not in named else None
            if known is not None and not (tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN"):  # not inside a full name
                self.coref.remember([tok], known, known.name or known.text, known.titles)
        self._link_mentions(doc)

    def _link_mentions(self, doc: Doc) -> None:
        """Read "he", "she" and "the minister" in text order, each as the person it takes up, so that the person
        the article keeps talking about stays the nearest antecedent ("Roe spoke. She said ... She added")."""
        named = {m.token for m in self.coref.people.values()}
        for tok in tokens(doc):
            if tok.i in named or self.is_excluded(tok.idx) or tok.idx < self.dateline_end:
                continue
            if tok.lower_ in PRONOUN_GENDER and tok.tag_ == "PRP" and tok.dep_ in ("nsubj", "nsubjpass"):
                # only a subject carries the story on: "his", "her" and "him" often stand for someone never named
                speaker = _reporting_subject(tok)
                said = self.coref.speaker_mention(tok, speaker) if speaker is not None else None
                # "Kinew said he would ...": the speaker; else whom the pronoun takes up
                self.coref.link(tok, said if said is not None and self.coref.fits(tok, said)
                                else self.coref.antecedent(tok))
            elif tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ in ("NOUN", "PROPN") and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in kids(tok)) and (
                    self.kb.lookup(tok.text) or self.kb.lookup(tok.lemma_)):  # "the blast" is no title: not read
                found = self.read(Item(tok, phrase_tokens(tok)))  # "the minister", the person given that title
                if found is not None and found.kind == "person" and found.name:
                    self.coref.link(tok, self.coref.latest(found.name, tok.idx))

    def _seated_bodies(self, doc: Doc) -> list[tuple[int, str, str]]:
        """The courts and police forces the text names with a place of their own ("the Queensland Supreme Court",
        "a Perth magistrates court", "Cairns police"): where a judge or an officer named by title alone serves."""
        out: list[tuple[int, str, str]] = []
        for tok in tokens(doc):
            if tok.pos_ not in ("NOUN", "PROPN") or self.is_excluded(tok.idx) or tok.dep_ == "compound":
                continue
            sectors = self._sectors(tok) & _SEATED
            if len(sectors) != 1:
                continue
            item = Item(tok, [t for t in phrase_tokens(tok) if t.ent_type_ != "PERSON"])
            segments = self._segments(item, jurisdiction=True)
            mods = [_best(terms) for i, j, terms in segments if terms and not i <= tok.i < j]
            places = {t.country for t in mods if t.kind in _COUNTRY_KINDS and t.country}
            if not places:  # a town's namesake abroad is no seat against the dateline ("Glasgow Police", Ky.)
                places = {t.country for t in self._city_modifiers(item, segments) if t.country
                          and self.home_country in (None, t.country)}
            if len(places) == 1:
                out.append((item.start, sectors.pop(), places.pop()))
        return out

    def _sectors(self, tok: Token) -> set[str]:
        """The sectors the knowledge base gives a word, as written or as its lemma ("courts", "police"): one lookup
        where the two are the same word."""
        return {t.sector for form in {tok.text, tok.lemma_} for t in self.kb.lookup(form)
                if t.kind == "sector" and t.sector}

    def _segments(self, item: Item, jurisdiction: bool) -> list[tuple[int, int, list[Term]]]:
        """The known phrases of a noun phrase, each with the terms it settles on (:meth:`_settle`; perhaps none), a
        country word that is a stance or a language ("pro-Russian", "speaks Portuguese") left out."""
        doc = item.head.doc
        return [(i, j, self._settle(terms, doc[i:j].text, jurisdiction=jurisdiction))
                for i, j, terms in _places_whole(segment(item.tokens, self.kb), doc) if not self._stance(doc, i)]

    def suspects(self, acts: list[tuple[str, list[Actor], list[Actor]]]) -> list[list[Actor]]:
        """The targets of a sentence's acts (CAMEO code, sources, targets), with its suspects marked: "police
        arrested Jane Roe", "an Edmonton woman was charged with fraud": a private person whom an arrest, a charge or
        a verdict befalls (``suspects`` of kb/data/descriptions.yaml) and whom the text gives no other role is a
        suspect (CAMEO CRM), of their own country if the text gives one, else of the police or court that acted;
        so is the same person as the target of the sentence's other acts ("seized and arrested Jane Roe")."""
        found: dict[tuple[int, int], Actor] = {}
        for cameo, sources, targets in acts:
            if cameo not in self.kb.suspect_codes:
                continue
            for a in targets:
                country = self.undergoer_country(a.country, sources)
                if a.igo is None and country and self._private_person(a) and a.sector in (None, "CVL"):
                    # a private "Jane Roe", "a 30-year-old woman"
                    found.setdefault((a.start, a.end), replace(
                        a, country=country, sector="CRM", code=actor_code(country, "CRM", None)))
                    if a.name and (a.name not in self._placed or self._placed[a.name].sector == "CVL") and not (
                            a.name.lower() in self.coref.places or (" " not in a.name and self._town_code(a.name))):
                        # the suspect stays one: "He is held in jail", "Roe told officers" later in the story (not a
                        # town the recognizer took for a person: "seized Goma")
                        self._placed[a.name] = Reading("person", a.text, a.start, a.end, name=a.name,
                                                       country=country, sector="CRM")
        return [[replace(found[(a.start, a.end)], text=a.text) if (a.start, a.end) in found else a for a in targets]
                for _, _, targets in acts]

    @staticmethod
    def undergoer_country(own: str | None, sources: list[Actor]) -> str | None:
        """The country of a private person an arrest, a charge or an expulsion befalls: their own (or, for one named
        only by a common noun, the place's where it happens), else that of the police, court or state that acted."""
        return own or next((a.country for a in sources if a.country), None)

    def _private_person(self, a: Actor) -> bool:
        """Whether an actor is a person by name ("Jane Roe") or by a noun for one ("an Edmonton woman"), not a
        pronoun nor a body."""
        span = self._doc.char_span(a.start, a.end, alignment_mode="expand") if self._doc is not None else None
        if span is None or not len(span) or span.root.lower_ in PRONOUNS:
            return False
        return span.root.ent_type_ == "PERSON" or (
            span.root.pos_ == "NOUN" and span.root.lemma_.lower() in self.kb.person_nouns)

    def _seat(self, sector: str, at: int) -> str | None:
        """The country of the court or police force of ``sector`` the text names last before ``at``, else first
        after it."""
        earlier = [country for char, s, country in self._seats if s == sector and char < at]
        if earlier:
            return earlier[-1]
        return next((country for char, s, country in self._seats if s == sector), None)

    def seat_in(self, sector: str, start: int, end: int) -> str | None:
        """The country of a court or police force of ``sector`` the text names between two offsets (a sentence):
        "was jailed in the Queensland Supreme Court" was jailed by that court."""
        return next((country for char, s, country in self._seats if s == sector and start <= char < end), None)

    def _names_given(self, doc: Doc) -> dict[str, set[str]]:
        """The given names the text writes before each surname ("Eddie Mauro": mauro -> eddie); titles and
        honorifics ("Minister Mauro", "Mr Mauro") are no given names."""
        out: dict[str, set[str]] = {}
        for prev, tok in pairwise(doc):
            if tok.pos_ == "PROPN" and tok.is_title and (given := _before_nickname(prev)) is not None:
                out.setdefault(tok.lower_, set()).add(given.lower_)  # 'Darnell "D.J." Roe': Darnell
                continue
            if not (tok.pos_ == prev.pos_ == "PROPN" and tok.is_title and prev.is_title and prev.is_alpha) or (
                    tok.lower_ in suffix_words()):
                continue  # "Roe Jr.": no given name "Roe"
            one_name = (prev.ent_type_ in ("PERSON", "ORG") and tok.ent_iob_ == "I") or not (
                prev.ent_type_ or tok.ent_type_)
            if one_name and prev.lower_ not in self.kb.gendered and not self.kb.lookup(prev.text):
                out.setdefault(tok.lower_, set()).add(prev.lower_)
        return out

    def namesakes(self, surname: str, titles: tuple[str, ...] = ()) -> list[Person]:
        """The people of the knowledge base a surname alone may mean: in office on the document's date, never
        one whose given name differs from every one the text gives that surname ("Eddie Mauro" and then "Mauro"
        is not the minister Mario Mauro), and in an undated text (where every office is open) only a head of
        state or government, one of a country the text names, or one whose office the mention's title names
        ("President Obama")."""
        given = self._given_names.get(surname.lower(), set())
        out = []
        for p in self.kb.people_by_surname(surname, self.date):
            if not p.in_office(self.date):
                continue
            if given and not given & {n.split()[0].lower() for n in (p.name, *p.aliases) if len(n.split()) > 1}:
                continue
            if self.date is None and p.country not in self._named and not any(
                    o.title.lower() in self.kb.head_titles or any(t.lower() in o.title.lower() for t in titles)
                    for o in p.offices):
                continue
            if p.country not in self._named and not any(t.lower() in o.title.lower() for t in titles
                                                        for o in p.offices) and self._commonplace(surname):
                continue  # "Officer Hernandez" in a Denver story is no president of Honduras
            out.append(p)
        return out

    def _commonplace(self, surname: str) -> bool:
        """A surname many people bear (descriptions.yaml ``common_surnames``, or several people of the base): alone it
        names none of them unless the text says whose; a head of state's rare name ("Merkel") is his wherever named."""
        return surname.lower() in self.kb.common_surnames or len(self.kb.people_by_surname(surname, None)) > 1

    def _company(self, item: Item) -> Reading | None:
        """"The company", "the firm" alone: the company the article named last before."""
        if len(item.tokens) != 1 or not any(c.dep_ == "det" and c.lower_ == "the" for c in item.head.children):
            return None
        earlier = [(start, name) for name, start in self._companies.items() if start < item.start]
        if not earlier:
            return None
        name = max(earlier)[1]
        return Reading("entity", item.text, item.start, item.end, name=name, sector="BUS", known=True)

    def _organisation_so_named(self, item: Item) -> Reading | None:
        """"The bank" after "the European Investment Bank ...": the international organisation named last, when its
        name ends in the noun and no company was named since (a bank of states is no business)."""
        if len([t for t in item.tokens if t.dep_ != "case"]) != 1 or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in item.head.children):
            return None
        org = self.coref.organisation(item.start)
        if org is None or not org.name or org.name.split()[-1].lower() != item.head.lemma_.lower():
            return None
        if any(org.start < start < item.start for start in self._companies.values()):
            return None
        return replace(org, text=item.text, start=item.start, end=item.end)

    def _hung_names(self, doc: Doc) -> None:
        """"The head of the youth crime unit, Det. Jane Roe,": the parser hangs the name on the unit; it names the
        head. A name in apposition to the body after a title's "of" or "for" is the title's."""
        for tok in tokens(doc):
            if tok.dep_ != "appos" or tok.ent_type_ != "PERSON" or tok.i in self._apposed_to:
                continue
            body = tok.head
            if body.dep_ != "pobj" or body.head.lower_ not in ("of", "for") or body.i > tok.i:
                continue
            title = body.head.head
            if title.pos_ != "NOUN" or title.i in self._apposed or not (
                title.lower_ in self.kb.serving_titles
                or any(t.kind == "sector" for t in self.kb.lookup(title.lemma_))
            ):
                continue
            self._apposed[title.i] = tok
            self._apposed_to[tok.i] = title

    def _items(self, head: Token) -> list[Item]:
        """The items of the list an argument heads, with a name the parser moved off a fronted clause's title put
        back: "Speaking with the Deputy Speaker, Jane Roe, Smith said" has Smith as its only subject."""
        items = self._joined_names(list_items(head))
        name = self._apposed.get(head.i)
        if name is not None:
            return [*items, Item(name, [t for t in phrase_tokens(name) if t.i <= name.i])]
        kept = [i for i in items if i.head.i not in self._apposed_to]
        return kept or items

    def _joined_names(self, items: list[Item]) -> list[Item]:
        """"Trinidad and Tobago's prime minister": a country whose name has an "and" is one item, not a list of two."""
        out: list[Item] = []
        for item in items:
            prev = out[-1] if out else None
            if prev is not None and item.tokens[0].i - prev.tokens[-1].i == 2:
                doc = item.head.doc
                link = doc[prev.tokens[-1].i + 1]
                first = prev.tokens[0].i
                if link.lower_ in ("and", "&") and any(
                    t.kind == "country" for k in range(1, 4) if item.tokens[0].i + k <= len(doc)
                    for t in self.kb.lookup(doc[first: item.tokens[0].i + k].text)
                ):
                    out[-1] = Item(item.head, [*prev.tokens, link, *item.tokens])
                    continue
            if prev is not None and self._constituency_of(prev, item):
                doc = item.head.doc  # "Fox Hill and Sea Breeze MP Jane Roe": one person
                out[-1] = Item(item.head, list(doc[prev.tokens[0].i: item.tokens[-1].i + 1]))
                continue
            if prev is not None and (name := _one_name(prev, item, self.kb)) is not None:
                out[-1] = name  # "the Union of Teachers, Nurses and Clerks": one body, whose name lists its members
                continue
            out.append(item)
        return out

    def _constituency_of(self, prev: Item, item: Item) -> bool:
        """Whether a place name before "and" is the first part of the constituency of the legislator the next item
        names ("Fox Hill and Sea Breeze MP Jane Roe"): no person of its own, and a title of a legislature between
        the rest of the name and the person."""
        doc = item.head.doc
        between = [t.lower_ for t in doc[prev.tokens[-1].i + 1: item.tokens[0].i]]
        words = [t for t in prev.tokens if t.pos_ != "DET"]
        # a name the recognizer calls a person is a place if the text names a place so ("in Fox Hill") or the
        # gazetteer knows a town of it
        place = " ".join(t.text for t in words).lower() in self.coref.places or self._town_code(
            " ".join(t.text for t in words)) is not None
        if between not in (["and"], ["&"], ["and", "the"]) or any(
                (t.ent_type_ == "PERSON" and not place) or t.pos_ != "PROPN" for t in words):
            return False
        names = [t for t in item.tokens if t.ent_type_ == "PERSON"]
        return bool(names) and any(
            term.kind == "sector" and term.sector == "LEG" for t in item.tokens if t.i < names[0].i
            for term in self.kb.lookup(t.text))

    def _introduced_as(self, root: Token, r: Reading) -> Reading:
        """A person the text describes where it names them: "Jane Roe is the head of the traders' association",
        "a spokesman for the prosecuting authority, Jane Roe," (the parser hangs the name on the body)."""
        if r.known or r.sector or r.igo:
            return r
        described: Token | None = None
        if root.dep_ == "nsubj" and root.head.lemma_ == "be":
            described = next((c for c in kids(root.head) if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")), None)
        elif root.dep_ == "appos":
            up = root.head
            if up.dep_ == "pobj" and up.head.dep_ == "prep" and up.head.lower_ in ("of", "for"):
                up = up.head.head
            described = up if up.pos_ == "NOUN" else None
        if described is None:
            return r
        title = self.read(Item(described, phrase_tokens(described)))
        if title is None or title.kind != "title" or not (title.sector or title.igo or title.country):
            return r
        return _with_title(r, title, None)

    def _office_of(self, title: str, before: int) -> str | None:
        """The international organisation whose own office a bare title names ("Commissioner", "the Commission",
        "the Secretary-General"), when the document names that organisation or one of its bodies: the one named
        last before the title, else the first named after it."""
        codes = self.kb.igo_offices.get(title.lower())
        if not codes:
            return None
        named = [(start, code) for start, found in self._igos_named for code in codes
                 if code in (found, self.kb.igos.get(found, {}).get("parent"))]
        if not named:
            return None
        earlier = [n for n in named if n[0] < before]
        return (earlier[-1] if earlier else named[0])[1]

    def _igo_office(self, item: Item, name: AbstractSet[int]) -> str | None:
        """The organisation whose office the title words of a phrase name together ("Commission Vice-President
        Jane Roe", "the Commission President"), when the document names it: one word alone is no such office."""
        words = [t for t in item.tokens if t.i not in name and t.pos_ != "DET"]
        if len(words) < 2:
            return None
        return self._office_of("".join(t.text_with_ws for t in words).strip(), item.start)

    def _of_level(self, doc: Doc, r: Reading) -> bool:
        """Whether the phrase names its officials by a level of government ("state and local officials")."""
        span = doc.char_span(r.start, r.end, alignment_mode="expand")
        return span is not None and any(t.lower_ in self.kb.government_levels for t in span[:-1])

    def setting_country(self) -> str | None:
        """The country the story is set in: of its dateline, else the country it names most if it names places of it,
        else the one whose places it names most, if clearly (the nationality of the people it tells of does not
        count)."""
        if self.home_country:
            return self.home_country
        found = self._place_counts + self.towns_named
        if self.document_country in found and self.document_country not in self.kb.regions:
            return self.document_country  # the country named most is named by its places too: the story's
        ranked = [(code, n) for code, n in found.most_common() if not (  # "the Midlands" of an Irish story: no Zimbabwe
            self.document_country_clear and code != self.document_country and code not in self._nations_named
            and code not in self.towns_named)][:2]
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) and ranked[0][0] not in self.kb.regions:
            return ranked[0][0]
        return None

    def _constituency(self, head: Token) -> str | None:
        """The constituency a legislator's title names by "for" and a place ("the MP for Bolton", "the member for
        Bolton North"), or None."""
        for c in kids(head):
            if c.dep_ != "prep" or c.lower_ != "for":
                continue
            for p in kids(c):
                if p.dep_ == "pobj" and p.pos_ == "PROPN" and not any(
                        t.kind in ("country", "adjective", "institution", "igo") for t in self.kb.lookup(p.text)):
                    ent = next((e for e in p.doc.ents if e.start <= p.i < e.end), None)
                    return ent.text if ent is not None and ent.root.i == p.i else p.text
        return None

    def _seat_holder(self, item: Item) -> Reading | None:
        """"The member for Bolton North": a legislator named by the constituency, a town the gazetteer knows (or the
        first word of one), of the story's country, else of the town's ("cabinet member for education": no seat)."""
        head = item.head
        if head.lemma_.lower() not in self.kb.seat_holders or any(
                t.i < head.i and t.dep_ not in ("det", "punct") for t in item.tokens):
            return None
        seat = self._constituency(head)
        town = self._town_code(seat) or self._town_code(seat.split()[0]) if seat else None
        if seat is None or town is None:
            return None
        return Reading("title", item.text, item.start, item.end, country=self._seat_country(town), sector="LEG",
                       known=True, titles=(head.lower_,))

    def _seat_country(self, town: str | None) -> str | None:
        """The country of a legislator named by a constituency: the story's (its dateline's, the state it is about,
        the one its places lie in), else the country of the constituency's town (``town``)."""
        return self.home_country or self.story_state or self.setting_country() or town

    def _seat_before(self, item: Item, toks: list[Token]) -> str | None:
        """The constituency written before a legislator's title and name ("Ballymena MP Jane Roe"): proper nouns the
        knowledge base does not know ("Labour MP Jane Roe" names a party), joined by "and" at most."""
        if not toks:
            return None
        before = [t for t in item.tokens if t.i < toks[0].i]
        titles = [t for t in before if any(term.kind == "sector" and term.sector == "LEG"
                                           for term in self.kb.lookup(t.text))]
        if not titles:
            return None
        words = [t for t in before if t.i < titles[0].i and t.pos_ != "DET"]
        if not words or words[-1].pos_ != "PROPN" or not all(
                (t.pos_ == "PROPN" and not self.kb.lookup(t.text)) or t.lower_ in ("and", "&") for t in words):
            return None
        return " ".join(t.text for t in words)

    def _constituency_country(self, town_country: str) -> str:
        """The country of a legislator named by constituency: the one the story is filed from or about (a
        constituency is a place of the parliament's country, whatever town abroad shares its name), else
        ``town_country``, that of the town the constituency is named after."""
        return self.home_country or self.document_country or town_country

    def _in_story(self, r: Reading) -> Reading:
        """A titled person with no country of their own serves the country the document is clearly about."""
        if r.kind == "person" and r.sector in _SEATED and not (r.country or r.igo) and (
                seat := self._seat(r.sector or "", r.start)) is not None:
            return replace(r, country=seat)  # "Justice Tom Roe" of the Queensland court the story names
        if r.kind == "person" and r.sector and not (r.country or r.igo) and self.document_country_clear and (
                self.story_state is not None):
            return replace(r, country=self.story_state)
        return r

    def _remember_described(self, doc: Doc) -> None:
        """People the text names by a noun ("the owner said", "the spokesman added"), so that a later "she" can
        mean them: a private person so named is nearer than an official named before, and takes no code of his."""
        named = {m.token for m in self.coref.people.values()}
        for tok in tokens(doc):
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.i in named:
                continue
            if tok.lemma_.lower() not in self.kb.person_nouns or self.is_excluded(tok.idx):
                continue
            verb = tok.head
            if not (verb.lemma_.lower() in REPORTING_VERBS or verb.dep_ == "ROOT" or tok.lower_ in self.kb.gendered):
                continue  # "as the victim cannot walk": a person talked about, not one the story turns to
            item = Item(tok, phrase_tokens(tok))
            if any(t.ent_type_ == "PERSON" for t in tok.subtree):
                continue  # "the spokesperson for the authority, Jane Roe": the name is the person remembered
            found = self.read(item)
            r = self._in_story(replace(found, kind="person") if found is not None else Reading(
                "person", item.text, item.start, item.end))
            self.coref.remember(item.tokens, r, r.name or f"{item.text}@{item.start}", r.titles)

    def _document_country(self, doc: Doc) -> str | None:
        """The country the document names most: by name, adjective, state or province, known person, or city."""
        named: Counter[str] = Counter()
        cities: Counter[str] = Counter()
        shared: list[list[str]] = []  # the countries of each mention of a name several countries' bodies use
        local: list[tuple[str, str]] = []  # (country, kind) of each country word found
        for ent in doc.ents:
            if ent.label_ not in ("GPE", "NORP", "PERSON", "ORG", "LOC") or self.is_excluded(ent.start_char):
                continue
            if _qualified_elsewhere(ent, self.kb):
                continue  # "Paris, Illinois" is no evidence for France
            if self._stance(doc, ent.start) or self._sponsor(ent.root):
                continue  # "pro-Russian separatists", "US-made missiles" say nothing of where the story is
            if self._nationality_of_person(ent):
                continue  # "an Irish woman", "a New Zealand national": a person's nationality, not the story's place
            # every country word inside the name counts: "Manitoba's Opposition New Democrats", a known minister;
            # a body's name several countries use ("Congress") counts for the country the rest of the text names
            # most, if it is one of them, else for the one listed first: weighed after the others
            found_terms = []
            for i, j, terms in _places_whole(segment(list(ent), self.kb), doc):
                bodies = list(dict.fromkeys(u.country for u in terms if u.kind == "institution" and u.country))
                if len(bodies) > 1:
                    shared.append(bodies)
                    continue
                t = _best(self._namesake(terms, doc[i:j].text))
                if (t.kind in (*_COUNTRY_KINDS, "person") and t.country
                        and not self.kb.is_outlet(t)  # "told the Washington Post": the press, not the story
                        and len({u.country for u in terms if u.kind == "subnational"}) < 2
                        and not self._stance(doc, i)):
                    found_terms.append(t)
            codes = [t.country for t in found_terms if t.country]
            local.extend((t.country, t.kind) for t in found_terms if t.country)
            if not _acts_itself(ent.root):  # "in Kentucky", "the Kentucky legislature"; not "criticized Russia"
                self._places_named.update(t.country for t in found_terms if t.country and t.kind in (
                    "country", "capital", "subnational", "region"))
                self._place_counts.update(t.country for t in found_terms if t.country and t.kind in (
                    "country", "capital", "subnational", "region"))
            named.update(codes)
            self._nations_named.update(t.country for t in found_terms if t.country and t.kind != "subnational")
            if _acts_itself(ent.root):  # a town or province in an argument is a place hit or left, not an actor
                self._actor_countries.extend((ent.start_char, t.country) for t in found_terms
                                             if t.country and t.kind in ("country", "capital", "institution"))
            if not codes and (ent.label_ == "GPE" or ent.start == 0) and not self._named_after_town(ent) and (
                    city := self.kb.cities.country(ent.text)):
                cities[city] += 1  # a dateline "WINNIPEG —" or a city alone
                self._places_named.add(city)
            elif not codes and ent.label_ == "NORP" and (city := self.kb.cities.country(ent.text, None, BIG_CITY)):
                cities[city] += 1  # "rebels in Aleppo": a big city the recognizer took for a people
                self._places_named.add(city)
            elif not codes and ent.label_ == "ORG" and (city := self._seat_of(ent)):
                cities[city] += 1  # "Belfast Crown Court", "Cairns police": an institution of a town is there
                self._places_named.add(city)
        self._local_counts = cities + Counter(code for code, kind in local if kind == "subnational")
        lead = next(iter((named + cities).most_common(1)), (None, 0))[0]
        named.update(lead if lead in countries else countries[0] for countries in shared)
        found = self._named = named + cities
        # a clear winner is what the story is about; a tie ("the US president ... in Nairobi") is not, nor a
        # country named once (the one "they criticized" is another actor, not the people's own); a region ("the
        # Middle East") that ties a country is no rival of it: "Dubai ... the Middle East's largest fair"
        ranked = sorted(found.items(), key=lambda kv: (-kv[1], kv[0] in self.kb.regions))[:2]
        self.document_country_clear = bool(ranked) and ranked[0][1] >= 2 and (
            len(ranked) == 1 or ranked[0][1] > ranked[1][1] or (
                ranked[0][0] not in self.kb.regions and ranked[1][0] in self.kb.regions))
        return ranked[0][0] if ranked else None

    def _filed_from_afar(self, home: str) -> bool:
        """Whether the country of the dateline is only where a wire story was filed: the text never names it again,
        and it is clearly about another country whose towns or provinces it names."""
        story = self.document_country
        return story is not None and self.document_country_clear and story != home and home not in self._named and (
            story not in self.kb.regions) and self._local_counts[story] > 0

    def _named_after_town(self, ent: Span) -> bool:
        """Whether a town's name only names a thing after it ("the Phoenix pay system", "the Minsk accords"): no
        sign of where the story is, unlike a town's own people or bodies ("Toronto police", "a Paris court")."""
        root, head = ent.root, ent.root.head
        return root.dep_ == "compound" and head.pos_ == "NOUN" and head.i > root.i and not any(
            t.kind == "sector" for t in [*self.kb.lookup(head.text), *self.kb.lookup(head.lemma_)]) and (
            head.lemma_.lower() not in self.kb.person_nouns) and head.lemma_.lower() not in self.place_nouns

    def _nationality_of_person(self, ent: Span) -> bool:
        """Whether the name is the nationality of a private person the story tells of ("the murder of an Irish
        woman", "robbed a New Zealand national"): it tells where the person is from, not where the story happens.
        The people who act ("Palestinian youths threw stones") are the story's own."""
        root = ent.root
        head = root.head
        if root.dep_ not in ("amod", "compound", "nmod") or head.pos_ not in ("NOUN", "PROPN") or head is root:
            return False
        if head.dep_ in ("nsubj", "nsubjpass", "csubj", "agent"):
            return False
        word = head.lemma_.lower()
        sectors = {t.sector for t in [*self.kb.lookup(word), *self.kb.lookup(head.text)] if t.kind == "sector"}
        if sectors - {"CVL"}:
            return False  # "Irish police", "a British minister": an actor of that country
        return "CVL" in sectors or word in self.kb.person_nouns

    def _seat_of(self, ent: Span) -> str | None:
        """The country of the town an institution's name begins with ("Belfast Magistrates' Court"), when the rest
        of the name names an arm of the state (a court, the police)."""
        words = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
        if len(words) < 2 or not words[0].is_title:
            return None
        rest = ent.doc[words[1].i: ent.end]
        if not any(t.kind == "sector" and t.sector in self.kb.state_sectors
                   for _, _, terms in segment(list(rest), self.kb) for t in terms):
            return None
        return self.kb.cities.country(words[0].text)

    def foreign_unit(self, name: str, country: str | None) -> bool:
        """Whether ``name`` is a state or province of ``country`` only by a name collision: the story is clearly
        about another country and never names this one ("local authorities in the Midlands" in an Irish story)."""
        return bool(country) and self.document_country_clear and country != self.document_country and (
            country not in self._nations_named) and country in self.kb.unit_countries(name)

    def foreign_town(self, name: str, country: str | None) -> bool:
        """Whether ``name`` is a small town of ``country`` only by a name collision: the story is clearly about
        another country and never names this one (a street or district of a Belfast story that a village near
        Dublin shares). A big city ("Aleppo") is where it says, whatever the story."""
        return bool(country) and self.document_country_clear and country != self.document_country and (
            country not in self._nations_named) and not self.kb.lookup(name) and (
            self.kb.cities.country(name, None, BIG_CITY) is None)

    def story_country(self, start: int, end: int) -> str | None:
        """The country the document names most, not counting the countries that are themselves actors of
        one sentence: the country of a bare "the army" there, which "accused Moscow" must not supply."""
        found = self._named - Counter(code for char, code in self._actor_countries if start <= char < end)
        # "the West" or "Africa" named most has no ministry or army of its own: the country named most does
        return next((code for code, _ in found.most_common() if code not in self.kb.regions), None)

    # -- arguments ---------------------------------------------------------------------------------

    def resolve(self, head: Token, context_country: str | None = None) -> list[Actor]:
        """The actors an argument names: one per item of a list, titles merged with names."""
        head = _argument_head(head)
        if head.idx < self.dateline_end:
            # the parser may take "TORONTO \u2014" for the subject: the verb's other subject is the doer
            head = next((c for c in kids(head.head) if c.dep_ == head.dep_ and c.idx > self.dateline_end), head)
        key = (head.i, context_country)
        cached = self._resolved.get(key)
        if cached is None:
            if key in self._resolving:
                return []  # a phrase read through itself ("the bank's optimism" as the bank's own body)
            self._resolving.add(key)
            try:
                cached = self._resolved[key] = self._resolve(head, context_country)
            finally:
                self._resolving.discard(key)
        return [a.copy() for a in cached]

    def _resolve(self, head: Token, context_country: str | None) -> list[Actor]:
        readings = self._plural_speakers(head) or [r for r in (self.read(i) for i in self._items(head)) if r]
        if not readings:
            readings = self._followers(head)
        if not readings or all(r.kind == "title" and not r.country for r in readings):
            inner = collective_head(head)
            if inner.i != head.i:
                readings = [r for r in (self.read(i) for i in list_items(inner)) if r] or readings
        if head.lemma_.lower() in self.kb.unit_nouns or head.lower_ in self.kb.unit_nouns:
            # "two companies of police": a unit of a force is that force (a company is a business only alone)
            inner = collective_head(head, units=True)
            force = [r for r in (self.read(i) for i in list_items(inner)) if r] if inner.i != head.i else []
            if force and all(r.sector in _FORCES for r in force):
                readings = force
        actors: list[Actor] = []
        office = self._counterpart_office(head) if any(r.country and not r.sector for r in readings) else None
        for r in self._merge(readings):
            if office is not None and r.country and r.sector is None and r.igo is None:
                r = replace(r, sector=office)  # "her Mexican counterpart": Mexico's holder of her office
            if r.kind == "adjunct" and any(o.kind != "adjunct" for o in readings):
                continue  # "a US proposal and Iran": the list names Iran
            ctx = context_country
            if r.kind == "person" and r.country is None and r.igo is None and r.name in self._placed:
                # "Rowley said" after "Prime Minister Keith Rowley" was placed in the story: the same person
                placed = self._placed[r.name]
                r = replace(r, country=placed.country, sector=r.sector or placed.sector)
            if r.kind == "person" and not (r.country or r.sector or r.igo) and (
                    told := self._told_of(r)) is not None:
                # "Ian Roe said", after "Ian Roe, a Churchill doctor": what the text said of the person where it named
                # them holds where it names them again (or a pronoun stands for them)
                r = replace(r, country=told.country, sector=told.sector, igo=told.igo)
            if r.kind == "person":
                # the doer may have come from elsewhere ("X visited Brussels"); those met in a place are its own
                # a titled official of no stated country ("FCPS Superintendent Ann Roe") serves the one country the
                # document names, even once
                story = self.story_state if self.document_country_clear or (
                    r.sector and set(self._named) == self._places_named == {self.document_country}) else None
                story = story or (self.home_country if r.sector else None)
                ctx = (story if head.dep_ in _SUBJECT_DEPS else None) or self.person_context or story or (
                    self._only_setting() if r.sector in _NON_STATE else None)  # the doctor of the story's town
                if ctx and r.country is None and self._title_held_by_other(head, r, ctx):
                    ctx = None  # "PM Roe will meet Dominica's PM Doe": Roe is not a second PM of Dominica
                home = self.home_country or (self.story_state if self.document_country_clear else None)
                if self._private(r) and home in self.kb.countries:
                    # a person named in full with no office, title or body, whom the base does not know, is a
                    # private person: a civilian of the country the story is filed from or about
                    r = replace(r, country=home, sector="CVL")
            if r.kind in ("person", "title") and r.country is None and r.igo is None and r.sector in _SEATED and (
                    seat := self._seat(r.sector, r.start)) is not None:
                r = replace(r, country=seat)  # "Justice Tom Roe", "the court" of a story on a Queensland trial
            if r.kind == "title" and r.country is None and r.igo is None and r.titles and (
                    r.titles[0].lower() in self.kb.speaking_titles) and self._bare(r, head.doc) and (
                    body := self._spoken_for(r.start)) is not None:
                r = replace(r, country=body.country, sector=body.sector, igo=body.igo,  # "A spokesman said"
                            stateless=body.stateless)
            if r.kind == "title" and r.igo is None and r.sector in _FORCES and head.tag_ == "NN":
                # one soldier or officer of a country told of before ("a British soldier ... the dead soldier") is
                # still of it wherever the sentence is set ("killed in Syria"): a person keeps a nationality
                noun = head.lemma_.lower()
                seen = self._one_of_force.get(noun, set())
                if r.country is None and len(seen) == 1:  # soldiers of two countries told of: neither
                    r = replace(r, country=next(iter(seen)))
                elif r.country is not None:
                    self._one_of_force.setdefault(noun, set()).add(r.country)
            if r.kind == "title" and r.country is None and r.igo is None and r.sector and self._bare(r, head.doc):
                # "the opposition" after "the Syrian opposition": the body of that sector the article introduced,
                # unless the sentence says where it is ("in Kyrgyzstan, the government ...")
                if r.sector in self._introduced and not self.sentence_setting:
                    r = replace(r, country=self._introduced[r.sector])
            elif r.kind in ("title", "entity") and r.country and r.sector and r.igo is None:
                self._introduced[r.sector] = r.country
            if r.kind == "adjunct" and r.country is None and r.igo is None and not self._stands_for(head):
                continue  # "military aid", "a criminal investigation", "marine conservation" name no actor
            if r.stateless and r.country is None and r.igo is None:
                self._unplaced.add(r.start)
            if r.country is None and r.igo is None and r.sector in self.kb.state_sectors and self._of_level(
                    head.doc, r):
                ctx = self.person_context or self.setting_country() or ctx  # "state and federal agencies"
            if r.country is None and r.igo is None and r.sector and ctx and not r.stateless:
                r = replace(r, country=ctx)  # "Twitter said" of a story on Kenya: no Kenyan outlet
            if self._sheriffs_deputies(r):
                r = replace(r, sector="COP")  # "deputies arrested two men in Tulsa": a sheriff's officers
            if r.kind in ("entity", "person") and r.name and r.sector in _NON_STATE and r.igo is None:
                # "the group" may mean it later (or the body a person named with its sector speaks for)
                self._bodies.append((r.start, r if r.kind == "entity" else replace(r, kind="entity", name=None)))
            if r.kind == "person" and r.name and r.country and r.sector and r.name not in self._placed:
                self._placed[r.name] = r  # the country a person's first coded mention found holds for the rest
            if r.kind in ("entity", "title") and (r.country or r.igo or r.stateless) and r.sector and (
                    head.dep_ in _SUBJECT_DEPS):
                self._named_bodies.append((r.start, r))  # a body that acted or spoke: whom its spokesman speaks for
            actors.append(r.actor())
            actors.extend(replace(r, country=c, also=()).actor() for c in r.also)
        return actors

    def _written_as_name(self, tok: Token) -> bool:
        """A proper noun, or a capitalised word the tagger took for a common one ("Farrow said", "Baker accused"): as
        the surname of a person the text named in full, it is that person (not a word of the base: "Police said")."""
        return tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.text.istitle() and tok.is_alpha
                                       and not self.kb.lookup(tok.text) and not self.kb.lookup(tok.lemma_))

    def _full_name(self, text: str, start: int) -> str:
        """"Ian said", after "Ian Roe, a doctor": a given name alone is the one person the text named before with
        it in full (of two, "Ian Roe" and "Ian Doe", neither)."""
        if " " in text or not text.istitle() or text.lower() not in self.kb.given_names:
            return text
        fuller = {m.key for m in self.coref.people.values() if m.start < start and not m.linked
                  and len(m.key.split()) > 1 and m.key.split()[0] == text}
        return fuller.pop() if len(fuller) == 1 else text

    def _only_setting(self) -> str | None:
        """The country the story is set in, if the text names no other ("a Churchill doctor" in a story on a town in
        Manitoba is Canadian; the director of a firm in a story on China and Brazil is of neither)."""
        setting = self.setting_country()
        return setting if setting is not None and set(self._named) <= {setting} else None

    def _told_of(self, r: Reading) -> Reading | None:
        """What the text said of the person ``r`` names (by the same name) where it named them before: the latest
        earlier mention that gives them a country, a sector or an organisation."""
        told = [m for m in self.coref.people.values() if m.key == r.name and m.start < r.start and not m.linked
                and (m.actor.country or m.actor.sector or m.actor.igo)]
        return max(told, key=lambda m: m.start).actor if told else None

    def _sheriffs_deputies(self, r: Reading) -> bool:
        """Whether legislators' words ("deputies", "a deputy") name a sheriff's officers: in a country with sheriffs,
        or, of no country the text gives, in a text that names a sheriff ("French deputies" stay legislators)."""
        return r.kind == "title" and r.sector == "LEG" and r.igo is None and bool(r.titles) and (
            r.titles[0].lower() in self.kb.deputy_words) and (r.country in self.kb.sheriff_countries or (
                r.country is None and self._sheriff_named))

    def _counterpart_office(self, head: Token) -> str | None:
        """The sector of the one a "counterpart" holds the same office as: whose it is ("her counterparts"), else
        the subject of its clause ("the minister met his Mexican counterpart"). A noun of two words ("opposite
        number") is its head and the modifier right before it."""
        forms = {head.lemma_.lower(), head.lower_}
        before = head.doc[head.i - 1] if head.i > 0 else None
        if before is not None and before.head.i == head.i and before.dep_ in ("amod", "compound"):
            forms |= {f"{before.lower_} {form}" for form in forms}
        if not forms & self.kb.counterpart_nouns:
            return None
        whose = next((c for c in kids(head) if c.dep_ == "poss"), None)
        if whose is None or whose.lower_ in ("its", "their"):
            verb = head.head.head if head.dep_ == "pobj" else head.head
            whose = next((c for c in kids(verb) if c.dep_ in _SUBJECT_DEPS and c.i != head.i), whose)
        if whose is None:
            return None
        return next((a.sector for a in self.resolve(whose) if a.sector), None)

    def _related_state(self, head: Token) -> Reading | None:
        """The state a noun of relation describes, written right after it or set off at its end ("NATO ally Norway",
        "a key partner in the region, Bahrain"), which the parser may hang elsewhere."""
        doc = head.doc
        after = doc[head.i + 1] if head.i + 1 < len(doc) else None
        # the state set off by a comma may be any apposition of the phrase, not only its last ("a key partner in
        # the region, Oman, 24 jets" hangs both "Oman" and "jets" on "the region"), or a name the parser joins to the
        # place the relation is in ("a longtime ally in Asia, Japan": "Japan" as a second place)
        ends = [t for t in head.subtree if t.i > head.i and (t.dep_ == "appos" or (
            t.dep_ == "conj" and t.head.dep_ == "pobj" and t.head.head.lower_ in _PLACE_PREPOSITIONS
            and t.head.head.head.i == head.i and doc[t.i - 1].text == ","))]
        # or the name set off by commas right after the phrase, wherever the parser hangs it ("sell a key partner in
        # the region, Oman, 24 jets", with "Oman" on the verb)
        last = max(t.i for t in head.subtree if t.i < head.i or t.dep_ not in ("appos", "punct") or t.i == head.i)
        if last + 2 < len(doc) and doc[last + 1].text == "," and head.dep_ in ("dobj", "dative", "pobj"):
            ends.append(doc[last + 2])
        for tok in [*([after] if after is not None else []), *ends]:
            if tok.ent_type_ != "GPE" or tok.pos_ != "PROPN":
                continue
            ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
            if ent is None:
                continue
            term = next((t for t in self.kb.lookup(ent.text) if t.kind == "country" and t.country), None)
            if term is not None:
                return Reading("entity", ent.text, ent.start_char, ent.end_char, name=term.name, country=term.country,
                               known=True)
        return None

    def _country_described(self, item: Item) -> Reading | None:
        """"The kingdom", "the country", "the Islamic Republic": a state the text named before, by a noun of its
        kind (descriptions.yaml ``country_nouns``): the one last named as a subject in the sentences just before,
        else the one last named."""
        head = item.head
        if head.lemma_.lower() not in self.kb.country_nouns or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in kids(head)) or any(
                t.dep_ in ("poss", "compound") or (t.pos_ in ("NUM", "PROPN") and t.i != head.i)
                for t in item.tokens if t.i < head.i):
            return None
        if any(c.dep_ in ("acl", "relcl", "prep") or (c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in _SORTING))
               for c in kids(head)):
            # "the first country to recognise it", "the only nation that ...": a kind, no state told; "the Republic
            # of Armenia" names its own
            return None
        earlier = [(start, code, subject) for start, code, subject in self._countries_told
                   if item.start - _SPOKEN_FOR * 2 <= start < item.start]
        if not earlier:
            return None
        subjects = [e for e in earlier if e[2]]
        code = (subjects or earlier)[-1][1]
        return Reading("entity", item.text, item.start, item.end, country=code, known=True)

    def _spoken_for(self, before: int) -> Reading | None:
        """The body a bare "spokesman" speaks for: the coded body that acted or spoke last before it, in the last
        sentence or two."""
        earlier = [(start, r) for start, r in self._named_bodies if before - _SPOKEN_FOR <= start < before]
        return max(earlier, key=lambda sr: sr[0])[1] if earlier else None

    def _stands_for(self, head: Token) -> bool:
        """Whether a thing named by a sector's word stands for that sector's actor: its posts, vehicles and
        members ("shelled army positions", "a police station", "opposition supporters"); an abstract thing ("a
        criminal investigation", "military aid", "party drugs") names none (``descriptions.yaml``: ``stands_for``)."""
        return head.lemma_.lower() in self.kb.stand_for_nouns or head.lower_ in self.kb.stand_for_nouns

    def _followers(self, head: Token) -> list[Reading]:
        """"Their supporters slammed the testimony", "his aides said": people who act for the one whose they are
        argue as that one (the phrase keeps its own words)."""
        if head.lemma_.lower() not in self.kb.follower_nouns and head.lower_ not in self.kb.follower_nouns:
            return []
        owner = next((c for c in kids(head) if c.dep_ == "poss"), None)
        if owner is None:
            return []
        text = head.doc[owner.i:head.i + 1]
        return [replace(r, text=text.text, start=text.start_char, end=text.end_char, name=None, titles=())
                for r in (self.read(i) for i in self._items(owner)) if r and r.kind != "adjunct"]

    def _private(self, r: Reading) -> bool:
        """A person named by a full name and nothing else: no office, title, body or entry of the base; or by a
        given name alone ("Ian said") that the text never gives a described person's surname."""
        if not (r.kind == "person" and not (r.known or r.country or r.sector or r.igo or r.titles)):
            return False
        words = (r.name or "").split()
        if len(words) == 1 and words[0].istitle() and words[0].isalpha():
            given = words[0].lower()
            fuller = [f"{words[0]} {surname.title()}" for surname, names in self._given_names.items() if given in names]
            return (given in self.kb.given_names or bool(fuller)) and given not in self.by_surname and not any(
                f.lower() in {d.lower() for d in self._described_names} for f in fuller)
        return (len(words) >= 2 and all(w[:1].isupper() for w in words)
                and _name_key(r.name or "") not in self._companies and (r.name or "") not in self._described_names)

    def _title_held_by_other(self, head: Token, r: Reading, country: str) -> bool:
        """Whether the sentence gives ``r``'s title to someone else of ``country`` ("Dominica's Prime Minister",
        "the Dominican Prime Minister"): one country has one holder, so the title is no clue to ``r``'s."""
        titles = {t.lower() for t in r.titles}
        if not titles:
            return False
        sent = head.sent
        text = sent.text.lower()
        for title in titles:
            at = text.find(title)
            while at >= 0:
                char = sent.start_char + at
                tok = head.doc.char_span(char, char + 1, alignment_mode="expand")
                if not (r.start <= char < r.end) and tok:
                    before = tok[0].i - 1
                    if before >= sent.start and head.doc[before].text in ("'s", "’s"):
                        before -= 1
                    if before >= sent.start and any(
                        t.country == country for t in self.kb.lookup(head.doc[before].text)
                        if t.kind in ("country", "adjective", "capital")
                    ):
                        return True
                at = text.find(title, at + 1)
        return False

    def _bare(self, r: Reading, doc: Doc) -> bool:
        """"The rebels", "government troops": common nouns alone, no name, number or "provisional" that tells
        which ones."""
        span = doc.char_span(r.start, r.end, alignment_mode="expand")
        words = [t for t in span or [] if t.pos_ != "DET"]
        return span is not None and bool(words) and all(t.pos_ == "NOUN" and t.is_lower for t in words) and any(
            t.kind == "sector" for t in self.kb.lookup(" ".join(t.text for t in words)))

    def _merge(self, readings: list[Reading]) -> list[Reading]:
        """Join a title with the name beside it; share a title's country along the list."""
        out: list[Reading] = []
        i = 0
        list_country: str | None = None
        while i < len(readings):
            r = readings[i]
            nxt = readings[i + 1] if i + 1 < len(readings) else None
            if r.kind == "title" and nxt is not None and nxt.kind == "person":
                r, i = _with_title(nxt, r, list_country), i + 2
            elif nxt is not None and r.kind == nxt.kind == "person" and r.name and nxt.name == r.name:
                # "Jane Roe, the police chief,": the title read as the one the text gave it is the same person
                r, i = replace(r, country=r.country or nxt.country, sector=r.sector or nxt.sector,
                               igo=r.igo or nxt.igo), i + 2
            elif r.kind == "title" and nxt is not None and nxt.kind == "title" and _dashed(r, nxt, self._text):
                # "the prosecutor - the province's top lawyer - said": one office, said twice
                r, i = (r if r.country or r.igo else replace(nxt, text=r.text, start=r.start, end=r.end)), i + 2
            elif r.kind == "entity" and r.igo is None and nxt is not None and self._describes(
                    nxt, last=i + 2 == len(readings)) and r.sector in (None, nxt.sector):
                # "Zorblat Farms, a convenience store chain": the name is what the apposition says it is
                r, i = replace(r, country=r.country or nxt.country, sector=nxt.sector, known=True), i + 2
                if r.sector == "BUS":
                    self._companies.setdefault(_name_key(r.text), r.start)
            elif r.kind == "person" and nxt is not None and nxt.kind == "title" and nxt.start > r.end and not (
                i + 2 < len(readings) and readings[i + 2].kind == "person" and _owned(nxt.text)
            ):  # "Ann Roe, the governor's budget director, Dan Villa": the owned title goes with the name after it
                r, i = _with_title(r, nxt, list_country), i + 2
                while i < len(readings) and _also_described(readings[i - 1], readings[i], self._text):
                    more = readings[i]  # "Ann Roe, a former minister and the chief of the party": one person
                    if (r.sector in (None, "ELI") or self._heads_only(r)) and more.sector and not r.known:
                        # "Ann Roe, president and CEO of Zorblat": the second title says which body the first heads
                        r = replace(r, sector=more.sector, country=r.country or more.country, igo=r.igo or more.igo)
                    r, i = replace(r, titles=r.titles + more.titles), i + 1
            else:
                i += 1
                if r.kind == "title" and r.country is None and list_country:
                    r = replace(r, country=list_country)
            if (r.kind in ("title", "person") and r.country and not r.known) or (r.kind == "title" and r.country):
                list_country = r.country
            if r.kind == "person" and not (r.country or r.sector or r.igo) and (
                (kept := self.by_surname.get(r.text.split()[-1].lower() if r.text.split() else "")) is not None
                and kept.name == r.text and (kept.sector or kept.igo)
            ):  # "Jane Roe" again, after "Jane Roe is the head of the traders' association"
                r = replace(kept, text=r.text, start=r.start, end=r.end)
            out.append(r)
        return out

    def _heads_only(self, person: Reading) -> bool:
        """Whether a person's titles only say that they head or serve a body ("president", "chairman")."""
        return bool(person.titles) and all(t.lower() in self.kb.serving_titles for t in person.titles)

    def _describes(self, r: Reading, last: bool) -> bool:
        """Whether a reading in apposition says what the name before it is: "Zorblat Farms, a convenience store chain"
        (or, last in the list, "Zorblat Farms, the retailer"); "Zorblat Farms, the police and the mayor" is a
        list the parser may hang the same way."""
        if not (r.apposed and r.kind in ("title", "adjunct") and r.sector and not r.name):
            return False
        return r.text.lower().startswith(("a ", "an ")) or (last and r.sector not in self.kb.state_sectors)

    # -- one item ----------------------------------------------------------------------------------

    def read(self, item: Item) -> Reading | None:
        """What a single noun phrase says: a person, a title, an entity, or nothing."""
        if any(t.is_space for t in item.tokens):  # "Mr\n      Roe" of wrapped copy is "Mr Roe"
            item = Item(item.head, [t for t in item.tokens if not t.is_space])
        found = self._read(item)
        return replace(found, apposed=True) if found is not None and item.head.dep_ == "appos" else found

    def _read(self, item: Item) -> Reading | None:
        head = item.head
        if self.is_excluded(head.idx) or head.idx < self.dateline_end:
            return None
        if item.head.dep_ in ("appos", "conj", "npadvmod", "dep") and all(
                t.is_punct or t.lower_ in suffix_words() for t in item.tokens):
            return None  # "Carl Roe, Jr., 44": the "Jr." the parser listed apart is no one
        if item.start < self.dateline_end:  # "DENVER - Police arrested ...": the police, without the dateline
            item = Item(head, [t for t in item.tokens if t.idx >= self.dateline_end and not (
                t.is_punct and t.i < head.i)])
        if head.lower_ in PRONOUNS or head.tag_ in ("PRP", "WP") or (head.tag_ == "PRP$" and head.dep_ == "poss"):
            return self._pronoun(head)  # a possessor argues as its person: "his statement accusing the police"
        before = head.doc[head.i - 1] if head.i > 0 else None
        if before is not None and before.lower_ == head.lower_ and before.is_alpha and before in item.tokens:
            # "the budget committee committee": a word typed twice is one word, and the tagger's guess at the second
            # (often a name) is no reading of the phrase
            once = self._read(Item(before, [t for t in item.tokens if t.i < head.i]))
            if once is not None:
                return replace(once, text=item.text, end=item.end)
        if head.lemma_.lower() in _HOME_NOUNS and all(
                t.i == head.i or t.dep_ in ("det", "poss") for t in item.tokens) and any(
                c.dep_ in ("det", "poss") and c.lower_ in ("this", "our") for c in kids(head)):
            home = self._home_country(head)  # "led to this country rejecting the request"
            return Reading("entity", item.text, item.start, item.end, country=home) if home else None
        if head.lemma_.lower() in self.kb.relation_nouns and (related := self._related_state(head)) is not None:
            return related  # "NATO ally Norway", "a fellow NATO ally in the Baltic, Estonia": the state
        if (told := self._country_described(item)) is not None:
            return told  # "Jordan signed the deal. Brussels praised the kingdom": Jordan
        if (member := self._seat_holder(item)) is not None:
            return member  # "Jane Roe, the member for Bolton North": a legislator
        if self._family(item):
            # "the Hendersons": a family named by its surname, private people of the story's own country
            return Reading("entity", item.text, item.start, item.end, name=item.text, country=self._own_country(),
                           sector="CVL", known=True)
        if (townsperson := self._townsperson(item)) is not None:
            return townsperson
        if (home_body := self._home_name(item)) is not None:
            return home_body
        if len(item.tokens) == 1 and self._written_as_name(head) and (
                kept := self.by_surname.get(head.lower_)) is not None \
                and kept.kind == "person" and head.ent_type_ != "PERSON" and not any(
                    t.kind in ("country", "capital", "institution", "igo") for t in self.kb.lookup(head.text)):
            # "Nelson concedes", after "councillor Dewly Nelson": the person, not a town of that name
            return self._person(item, [head], [], [])
        person_toks = item.person_tokens()
        words = [t for t in item.tokens if t.pos_ != "DET"]
        if not person_toks and len(words) >= 2 and words[-1].i == head.i and head.pos_ == "PROPN" and all(
                t.lower_ in self.kb.courtesy_titles for t in words[:-1]):
            person_toks = words  # "Ms Roe", which the recognizer may call an organisation: a person
        doc = head.doc
        court = bool(self._sectors(head) & self.kb.state_sectors)  # "the Queensland court" is the state's
        segments = [(i, j, terms) for i, j, terms in self._segments(item, jurisdiction=court) if terms]
        if person_toks and _covered_by_terms(person_toks, segments) and not (
            person_toks[-1].lower_ in self.by_surname and all(
                t.kind == "subnational" for i, j, terms in segments if i <= person_toks[-1].i < j for t in terms)
        ):  # the recognizer called "Ugandan" or "Kremlin" a person (but "Nelson" named before is no town)
            person_toks = []
        town: list[Term] = []
        if len(person_toks) == 1 and (code := self._town_before_body(person_toks[0], head, segments)):
            # "the Mackay police force": a town's force, not a person's
            town, person_toks = [Term("subnational", person_toks[0].text, country=code)], []
        if not person_toks:
            person_toks = _titled_name(item, segments)
        if not person_toks and not any(i <= head.i < j for i, j, _ in segments) and (
            head.lower_ not in self.kb.serving_titles
        ):
            person_toks = item.person_tokens(owners=True)  # "Holcomb's office declined": Holcomb's own
        while len(person_toks) > 1 and (any(
            t.kind == "sector" for t in self.kb.lookup(person_toks[0].text)
        ) or person_toks[0].lower_ in self.kb.serving_titles):
            person_toks = person_toks[1:]  # "King Abdullah II": the title is not part of the name
        courtesy = _courtesy(person_toks, item, self.kb.courtesy_titles)
        if courtesy is not None:
            person_toks = [t for t in person_toks if t.i > courtesy.i]
        head_terms: list[Term] = []
        head_span = (head.i, head.i + 1)
        mods: list[Term] = []
        for i, j, terms in segments:
            if i <= head.i < j:
                head_terms = terms
                head_span = (i, j)
            elif not person_toks or not (person_toks[0].i <= i < person_toks[-1].i + 1):
                # "Deputy National Publicity Secretary": before another title, "deputy" is a rank, no legislator
                mods.extend(t for t in terms if not (t.kind == "sector" and t.name.lower() in self.kb.deputy_words))
        mods.extend(self._acronym_bodies(item, head_span, segments, person_toks))
        mods.extend(town)
        if head_terms and head.is_upper and (defined := self._defined_here(item)) is not None:
            return defined  # "Japan's Financial Services Agency (FSA) ... the FSA": not the Free Syrian Army
        if not person_toks and head.lemma_.lower() in _MEMBER_HEADS and any(
            t.lower_ in ("member", "members") and t.i < head.i for t in item.tokens
        ):  # "member states" of an organisation are its members, not the state where it sits
            org = self.coref.organisation(item.start)
            members = next((t.igo for t in mods if t.igo), None) or (org.igo if org else None)
            return Reading("entity", item.text, item.start, item.end, igo=members, known=members is not None)
        people = [t for t in head_terms if t.kind == "person"]
        if person_toks or people:
            if any(t.kind == "sector" for t in mods) and not any(t.kind in _COUNTRY_KINDS for t in mods):
                # "Aleppo mayor Karim Roe": the town the title is of places its holder, whatever the story's country
                # (a private "Jane Roe of Toronto" is left to the rule for private persons)
                names = {t.i for t in person_toks}
                mods.extend(self._city_modifiers(item, [*segments, *((i, i + 1, []) for i in names)]))
            named = self._person(item, person_toks, people, mods)
            if courtesy is not None and person_toks and named.start == person_toks[0].idx:
                # "Ms Curley" is coded as Curley, and keeps its words
                named = replace(named, text=doc[courtesy.i: person_toks[-1].i + 1].text, start=courtesy.idx)
            return named
        if not head_terms and head.lower_ in self.kb.serving_titles and (body := self._body(item)) is not None:
            # "the governor's budget director", "head of the traders' association": the body's own
            return Reading("title", item.text, item.start, item.end, country=body[0], sector=body[1], igo=body[2],
                           known=True, titles=(head.lower_,))
        if not head_terms and head.lemma_.lower() in COLLECTIVES:
            whose = self._member_of(head)
            if whose is not None:
                return replace(whose, kind="title", text=item.text, start=item.start, end=item.end, name=None)
        if not head_terms and (whose := self._own_unit(head)) is not None:
            return replace(whose, kind="title", text=item.text, start=item.start, end=item.end, name=None)
        mods.extend(self._owners(item))
        if not any(t.kind in _COUNTRY_KINDS for t in mods):
            mods.extend(self._city_modifiers(item, segments))
        country, sector, igo = _modifiers(mods, self.kb.serving_titles)
        also = _coordinated_countries(item, mods, country)
        if head_terms and _best(head_terms).kind == "capital" and _named_after(item, head_span, segments):
            return Reading("entity", item.text, item.start, item.end, name=item.text)  # "Real Madrid": no capital
        if head_terms:
            term = _best(head_terms)
            text, start, end = item.text, item.start, item.end
            if term.kind == "sector":
                if term.sector == "PTY" and self._litigants(head):
                    return Reading("entity", text, start, end)  # the sides of a lawsuit: no political party
                if term.sector == "BUS" and term.name.lower() in self.kb.organisation_nouns and country is None and (
                    company := self._organisation_so_named(item) or self._company(item)
                ) is not None:
                    return company  # "the company", "the firm": the one the article named last
                if term.sector == "BUS" and head.pos_ == "PROPN" and head_span[0] > item.tokens[0].i:
                    self._companies.setdefault(_name_key(item.text), item.start)  # "Acme Widgets Inc."
                if (term.name.lower() in self.kb.serving_titles or term.sector == "BUS") and (
                    body := self._body(item)
                ) is not None:
                    # "a spokesman for the prosecuting authority", "Zorblat's vice-president": the body's sector (a
                    # firm's officer of no country the text gives: of none)
                    return Reading("title", text, start, end, country=body[0] or country, sector=body[1],
                                   igo=body[2] or igo, known=True, titles=(term.name,),
                                   stateless=self.body_unplaced and not (country or igo))
                of_whom: tuple[str | None, str | None] | None = None  # the country of "the mayor of Aleppo"
                if term.sector == "LEG" and country is None and igo is None and (
                        seat := self._constituency(head)) is not None:
                    # "the MP for Wigan": a constituency, a place of the story's country (no person of the name); in
                    # a story of no known country, the country of the story's towns, else the constituency's own
                    # town (which the recognizer may take for a body or a person: after "MP for" it is a place)
                    story = self._seat_country(self._town_code(seat))
                    of_whom = (story, None) if story else None
                seated = term.sector in self.kb.state_sectors and term.sector not in _FORCES  # "officials in Tunis"
                if country is None and igo is None and (described := self._described(item, head_span)):
                    of_whom = of_whom or self._country_of_complement(head, seated=seated)
                    if of_whom[0] is None or of_whom[0] == described.country:
                        return described  # not when "the mayor of Aleppo" follows the mayor of Paris named before
                if country is None and igo is None:  # "the Commissioner" in a story on the EU
                    igo = self._office_of(term.name, item.start) or self._igo_office(item, set())
                if country is None and igo is None:
                    country, igo = of_whom or self._country_of_complement(head, seated=seated)
                if country is None and igo is None:
                    country, igo = self._owner(item)
                if country is None and igo is None and head.dep_ == "pobj" and head.head.lower_ == "of":
                    # "the US House of Representatives minority leader", parsed as "House of ... leader"
                    up = head.head.head
                    country, _, igo = _modifiers([t for i, j, terms in segment(phrase_tokens(up), self.kb)
                                                  if not self._stance(doc, i) for t in terms[:1]])
                # "a congress delegation", "a court official": a serving title takes its modifier's sector
                # "BJP workers", "party workers": a party's or a movement's workers are its members, not labour
                partisan = term.name.lower() in self.kb.partisan_nouns and sector in self.kb.partisan_sectors
                own = sector if (term.name.lower() in self.kb.serving_titles or partisan) and sector else term.sector
                if term.name.lower() in self.kb.serving_titles and not sector and self._heads_civic_body(head):
                    own = None  # "the leader of the Igbo group": a community's leader, not a government's
                if own in _OFFICES_LEFT and _former(item.tokens):
                    own = "ELI"  # "a former federal minister" holds no office: one of the country's elites
                elif own in _LEFT_BEHIND and _former(item.tokens):
                    own = "CVL"  # "a former student" is no longer the school's: a private person
                if country is None and igo is None and own in _NON_STATE and self._name_head(item) == own:
                    country = self._own_country()  # "Zorblat Career College": a school of the story's country
                return Reading("title", text, start, end, country=country, sector=own, igo=igo,
                               known=True, also=also, titles=(term.name,))
            if term.kind in ("institution", "capital"):
                return Reading("entity", text, start, end, name=term.name, country=term.country,
                               sector=term.sector, known=True, stateless=term.country is None)
            if term.kind == "igo":
                reading = Reading("entity", text, start, end, name=term.name, igo=term.igo,
                                  sector=term.sector or sector, known=True)
                self.coref.remember_organisation(start, reading)
                return reading
            if term.kind in ("country", "region", "adjective", "region_adjective", "subnational"):
                if sector is None and (firm := self._led_name(item)) is not None:
                    # "Air Canada said": a firm named after its country, not the country
                    if firm == "BUS":
                        self._companies.setdefault(_name_key(item.text), item.start)
                    return Reading("entity", text, start, end, name=item.text, country=term.country, sector=firm,
                                   known=True)
                return Reading("entity", text, start, end, name=term.name, country=term.country,
                               sector=sector, known=True)
        if not head_terms and head.lower_ in self.kb.organisation_nouns and len(item.tokens) == 1 and any(
            c.dep_ == "det" and c.lower_ == "the" for c in head.children
        ) and (org := self.coref.organisation(item.start)) is not None:
            return replace(org, text=item.text, start=item.start, end=item.end)
        if not head_terms and head.lower_ in (self.kb.organisation_nouns | self.kb.civic_bodies) and len(
            item.tokens
        ) == 1 and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) and (
            group := self._last_body(item.start)
        ) is not None:  # "the group", "the movement": the body of no state the article named last before
            return replace(group, text=item.text, start=item.start, end=item.end)
        if head.pos_ == "NOUN" and (country or igo or sector):
            return Reading("adjunct", item.text, item.start, item.end, country=country, igo=igo, sector=sector,
                           known=True, also=also)
        if not head_terms and (defined := self._defined_here(item)) is not None:
            return defined  # "the DMV" after "the Department of Motor Vehicles (DMV)"
        if head.pos_ == "PROPN" and all(t.i == head.i or t.dep_ == "case" for t in item.tokens):
            # a surname the entity recognizer did not call a person ("Lavrov" as ORG, "Modi's" as a place)
            if head.lower_ in self.by_surname or self.namesakes(head.text):
                return self._person(item, [head], [], [])
        if head.pos_ == "PROPN" and (kept := self.by_surname.get(head.lower_)) is not None and (
            kept.name or ""
        ).endswith(" " + item.text):  # "El Fakir" as an organisation, after "Rachel El Fakir"
            return self._person(item, item.tokens, [], [])
        if head.ent_type_ in _ACTOR_ENTS and (head.pos_ == "PROPN" or (
            head.is_title and not head.is_sent_start and head.tag_ in ("NN", "NNS")
        )):  # the tagger may call a name it does not know a noun ("shelled Homs")
            # an organisation the base does not know may still say whose it is ("Nigerian Union of Teachers")
            if sector is None and _name_key(item.text) in self._companies:
                sector = "BUS"  # "Zorblat said", after "Zorblat's chief executive"
            lead = self._led_name(item) if sector is None and igo is None else None
            sector = sector or lead  # "Air France KLM", "Air Zorblat": a firm by the first word of its name
            headed = igo is None and sector in (None, "BUS") and (lead == "BUS" or self._name_head(item) == "BUS")
            if sector is None and igo is None and (sector := self._name_head(item)) is not None:
                country = country or self._own_country()  # "the Zorblat Foundation said": the story's own charity
            brand = igo is None and sector in (None, "BUS") and self._unknown_firm(item)
            if brand:
                # "Zorblat cut flights": a brand the base does not know is a firm's, of the story's own country
                sector, country = "BUS", country or self._own_country()
            # a firm the text gives no country (a brand, or one the story it is told in does not place) takes none
            # from the other actors or the places of its sentence ("Zorblat Holdings sued the Peruvian government")
            reading = Reading("entity", item.text, item.start, item.end, name=item.text, country=country, igo=igo,
                              sector=sector, stateless=(brand or headed) and country is None and igo is None)
            if sector == "BUS":
                self._companies.setdefault(_name_key(item.text), item.start)
            return reading
        if not head_terms and (led := self._led_by(head)) is not None:
            return replace(led, text=item.text, start=item.start, end=item.end)
        return None

    def _led_name(self, item: Item) -> str | None:
        """The sector the first word of a proper name gives a body named after a country or place (``name_leads``:
        "Air India" is an airline), for a name of capitalised words only."""
        words = [t for t in item.tokens if t.dep_ not in ("det", "case") and not t.is_punct]
        if len(words) < 2 or not all(t.text[:1].isupper() for t in words):
            return None
        return self.kb.name_leads.get(normalize(words[0].text))

    def _name_head(self, item: Item) -> str | None:
        """The sector the last words of a proper name give a body ("the Zorblat Foundation", "the Pioneer Times"),
        for a name of capitalised words the knowledge base does not know as a whole."""
        words = [t for t in item.tokens if t.dep_ not in ("det", "case") and not t.is_punct]
        if len(words) < 2 or words[-1].i != item.head.i or not all(
                t.text[:1].isupper() or t.text[:1].isdigit() or t.lower_ in ("of", "for", "and", "&") for t in words):
            return None
        return self.kb.name_head_sector([t.text for t in words])

    def _family(self, item: Item) -> bool:
        """Whether a phrase is "the" and a plural surname alone ("the Hendersons", "the Boyds"): a family. A plural
        the knowledge base knows ("the Saudis", "the Democrats") or an organisation's name ("the Raptors") is none."""
        head = item.head
        if head.tag_ != "NNPS" or not head.is_title or not head.is_alpha or len(head.text) < 4 or not (
                head.text.endswith("s")):
            return False
        if any(t.i != head.i and not t.is_punct and t.lower_ != "the" for t in item.tokens) or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in kids(head)):
            return False
        singular = head.text[:-2] if head.text.endswith(("sses", "xes", "zes")) else head.text[:-1]
        if self.kb.lookup(head.text) or self.kb.lookup(singular) or self.kb.lookup(head.lemma_):
            return False
        # the recognizer may call a family an organisation: then only one whose surname the text gives a person, or
        # that it writes elsewhere as no organisation
        return head.ent_type_ in ("", "PERSON") or (head.ent_type_ == "ORG" and (
            singular.lower() in self._given_names or singular.lower() in self.by_surname or any(
                t.text == head.text and t.ent_type_ in ("", "PERSON") for t in tokens(head.doc))))

    def _unknown_firm(self, item: Item) -> bool:
        """Whether a name the recognizer calls an organisation and the base does not know is most likely a firm: a
        brand of one capitalised word ("Ryanair cut flights"). A name of several words says what it is by its head
        (``name_heads``: "Zorblat Holdings" a firm, "the Zorblat Liberation Front" no firm), and an acronym ("the
        ZRA") is as often a state's agency or a party."""
        head = item.head
        words = [t for t in item.tokens if t.dep_ not in ("det", "case") and not t.is_punct]
        if not (head.ent_type_ == "ORG" and head.pos_ == "PROPN" and words == [head] and head.is_alpha
                and head.text[:1].isupper() and not head.is_upper and not head.is_sent_start):
            return False
        # the recognizer's whole name is the one word: "Federation" cut from "the National Farmers' Federation" is none
        ent = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
        if ent is None or [t for t in ent if t.lower_ != "the"] != [head]:
            return False
        # nor a word the text or the base gives another sense: a town ("Liverpool", a club as often), a person's
        # surname or given name ("Rep. Jane Chipeco ... Chipeco said"), a courtesy title ("Dr")
        word = head.lower_
        return not (self.kb.lookup(head.text) or self.kb.cities.country(head.text) or word in self.by_surname
                    or word in self._given_names or word in self.kb.given_names or word in self.kb.courtesy_titles
                    or word in self.kb.gendered or any(word in names for names in self._given_names.values())
                    or any(t.lower_ == word and self._named_as_person(t) for t in tokens(head.doc)))

    def _named_as_person(self, tok: Token) -> bool:
        """Whether the text names a person by this word here: the recognizer's person, or a word after a title
        or courtesy title ("Rep. Roe", "Mayor Roe", "Ms Roe")."""
        before = tok.doc[tok.i - 1] if tok.i > 0 else None
        return tok.ent_type_ == "PERSON" or (before is not None and before.is_title and (
            before.lower_ in self.kb.courtesy_titles or any(t.kind == "sector" for t in self.kb.lookup(before.text))))

    def _own_country(self) -> str | None:
        """The country a body of no stated country that the story names is most likely of: the country the story
        is filed from, else the one it is clearly about (a paper told something, a charity of the place)."""
        return self.home_country or (self.story_state if self.document_country_clear else None)

    def _home_name(self, item: Item) -> Reading | None:
        """ "the Centre" of an Indian story: the body a name denotes in its country's own news (``home_names``)."""
        words = [t for t in item.tokens if t.dep_ not in ("det", "case")]
        if not words or not words[0].text[:1].isupper():
            return None  # "the centre of the town"
        bodies = self.kb.home_names.get(normalize(" ".join(t.text for t in words)), [])
        story = self.home_country or self.document_country
        body = next((b for b in bodies if b[0] == story), None)
        if body is None:
            return None
        return Reading("entity", item.text, item.start, item.end, country=body[0], sector=body[1], known=True)

    def _last_body(self, before: int) -> Reading | None:
        """The body of no state named last before (or the body a person named before speaks for)."""
        story = self.story_state if self.document_country_clear else None
        named = [(m.start, replace(m.actor, kind="entity", name=None, country=m.actor.country or story))
                 for m in self.coref.people.values() if m.actor.sector in _NON_STATE and m.actor.igo is None]
        earlier = [(start, r) for start, r in [*self._bodies, *named] if start < before and r.country]
        return max(earlier, key=lambda x: x[0])[1] if earlier else None

    def _unknown_body(self, item: Item, toks: list[Token]) -> bool:
        """Whether the whole of what stands before a title is a proper name the knowledge base does not know
        ("Zorblat President Karl Roe"): the body it names is no state."""
        end = toks[0].i if toks else item.head.i
        words = [t for t in item.tokens if t.i < end and t.pos_ not in ("DET", "PUNCT")]
        title = next((k for k, t in enumerate(words) if any(u.kind == "sector" for u in self.kb.lookup(t.text))), None)
        before = words[:title] if title is not None else []
        return 0 < len(before) <= 2 and all(
            t.pos_ == "PROPN" and not t.is_upper and t.ent_type_ not in ("NORP", "LOC", "PERSON")
            and not self.kb.lookup(t.text) and not self.kb.cities.country(t.text) for t in before)

    def _townsperson(self, item: Item) -> Reading | None:
        """"A 55-year-old Dover, Del. man": a person described by the town they come from, which is no actor and no
        name. A private person is a civilian (CVL) of the town's country; "a Dover, Del. police officer" is police."""
        head = item.head
        doc = head.doc
        if head.ent_type_ == "GPE" and head.pos_ == "PROPN":  # the parser may head the phrase by the town
            town, j = head, head.i + 1
            while j < min(len(doc), head.i + 6) and doc[j].pos_ != "NOUN":
                if not (doc[j].is_punct or doc[j].ent_type_ == "GPE"):
                    return None
                j += 1
            if j >= len(doc):
                return None
            noun = doc[j]
        elif head.pos_ == "NOUN":
            noun, j = head, head.i - 1
            while j > item.tokens[0].i and (doc[j].is_punct or doc[j].ent_type_ == "GPE"):
                j -= 1
            while j < head.i and doc[j].ent_type_ != "GPE":
                j += 1
            town = doc[j]
        else:
            return None
        between = doc[town.i + 1: noun.i]
        if town.ent_type_ != "GPE" or noun.pos_ != "NOUN" or not between or between[0].text != "," or not any(
            t.ent_type_ == "GPE" for t in between
        ):
            return None
        sectors = [t.sector for t in self.kb.lookup(noun.lemma_) if t.kind == "sector" and t.sector]
        if not sectors and noun.lemma_.lower() not in self.kb.person_nouns:
            return None
        name = next((e.text for e in doc.ents if e.start <= town.i < e.end), town.text)
        state = "".join(t.text_with_ws for t in between[1:]).strip(" ,").lower()
        country = self.qualifiers.get(state) or self.kb.country_code(state) or self.kb.cities.country(
            name, self.document_country) or self.document_country
        end = noun.idx + len(noun.text)
        start = min(item.start, town.idx)
        return Reading("title", doc.text[start:end], start, end, country=country,
                       sector=sectors[0] if sectors else "CVL", known=True)

    def _acronym_bodies(self, item: Item, head_span: tuple[int, int],
                        segments: list[tuple[int, int, list[Term]]], person: list[Token]) -> list[Term]:
        """"DCPS Superintendent", "the FCPS board": an acronym before the head that the text defined or spelled out
        is that body, which says whose the title or body is."""
        covered = {k for i, j, _ in segments for k in range(i, j)}
        out: list[Term] = []
        for tok in item.tokens:
            end = person[0].i if person else head_span[0]
            if tok.i >= end or tok.i in covered or tok.text in self._expanding:
                continue
            full = self.abbreviations.get(tok.text)
            if full is None or full.i == tok.i:
                continue
            self._expanding.add(tok.text)
            try:
                body = next((r for r in (self.read(i) for i in list_items(full)) if r), None)
            finally:
                self._expanding.discard(tok.text)
            if body is not None and (body.sector or body.igo):
                out.append(Term("igo" if body.igo else "institution", body.name or body.text, country=body.country,
                                sector=body.sector, igo=body.igo))
        return out

    def _defined_here(self, item: Item) -> Reading | None:
        """An abbreviation the document spelled out ("the Department of Motor Vehicles (DMV)"), read as its full
        name: the document's own meaning comes before the knowledge base's ("FSA" of a story on Japan's Financial
        Services Agency is no Free Syrian Army)."""
        head = item.head
        if len(item.tokens) != 1 and not all(t.i == head.i or t.dep_ == "det" for t in item.tokens):
            return None
        full = self.abbreviations.get(head.text)
        if full is None or full.i == head.i or head.text in self._expanding:
            return None
        self._expanding.add(head.text)
        try:
            expanded = [r for r in (self.read(i) for i in list_items(full)) if r]
        finally:
            self._expanding.discard(head.text)
        if not expanded or not (expanded[0].country or expanded[0].igo or expanded[0].sector):
            return None
        return replace(expanded[0], text=item.text, start=item.start, end=item.end)

    def _led_by(self, head: Token) -> Reading | None:
        """"The task force, headed by former minister Jane Roe, said": a body the knowledge base does not know is
        whose its leader is; "a group representing Ontario's brewers" speaks for them."""
        for child in kids(head):
            if child.dep_ not in ("acl", "relcl") or child.lemma_.lower() not in self.kb.leading_verbs:
                continue
            whom = [p for c in kids(child) if c.dep_ == "agent" for p in kids(c) if p.dep_ == "pobj"]
            whom += [c for c in kids(child) if c.dep_ == "dobj"]
            for tok in whom:
                for a in self.resolve(tok):
                    if a.country or a.sector or a.igo:
                        # a body a former minister heads (a task force, an inquiry) is one the state set up
                        sector = "GOV" if a.sector == "ELI" else a.sector
                        return Reading("title", a.text, a.start, a.end, country=a.country, sector=sector,
                                       igo=a.igo, known=True)
        return None

    def _namesake(self, terms: list[Term], text: str) -> list[Term]:
        where = self._namesakes.get(text.lower())
        if where is not None and any(t.kind in ("capital", "country") for t in terms):
            return [Term("subnational", text, country=where)]
        return terms

    def _settle(self, terms: list[Term], text: str, jurisdiction: bool = False) -> list[Term]:
        """A unit name several countries share ("Punjab") is the document's country's, or no place at all; in a
        story about the United States, "Georgia" is the state; in a story clearly about one country, a province of
        another country the text never names is no place of that country (a name both use: "the Midlands"),
        unless it names the ``jurisdiction`` of an arm of the state ("the Queensland court" of a story on a New
        Zealander's trial); a capital the text places in another country ("London, Ky.") is that country's town
        wherever named."""
        terms = self._namesake(terms, text)
        bodies = [t for t in terms if t.kind == "institution"]
        if len({t.country for t in bodies}) > 1:
            # a body's name several countries use ("Congress": the US legislature, India's party) is the
            # document's country's; else the one listed first
            home = [t for t in bodies if t.country == (self.home_country or self.document_country)]
            terms = [t for t in terms if t.kind not in ("institution", "sector") or t is (home or bodies)[0]]
        if self.document_country in self.kb.unit_countries(text) and any(
            t.kind == "country" and t.country != self.document_country for t in terms
        ):
            return [Term("subnational", text, country=self.document_country)]
        units = [t for t in terms if t.kind == "subnational"]
        own = jurisdiction and len({t.country for t in units}) == 1
        if units and not own and self.document_country_clear and all(
            t.country != self.document_country and t.country not in self._nations_named for t in units
        ):  # "councils in the Midlands" in a story about Ireland: not Zimbabwe's province, in a text that never
            return [t for t in terms if t.kind != "subnational"]  # names Zimbabwe
        if len({t.country for t in units}) < 2:
            return terms
        return [t for t in terms if t.kind != "subnational" or t.country == self.document_country][:len(terms)]

    def _stance(self, doc: Doc, i: int) -> bool:
        """"Pro-Russian separatists": a country word after "pro-" or "anti-" is a stance, not a nationality; the
        bare object of "study", "speak", "fluent in" ("studying Portuguese") is a language."""
        if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in self.kb.stance_prefixes:
            return True
        return self._language(doc[i])

    def _language(self, tok: Token) -> bool:
        """Whether a demonym is a language: the bare object of a language word ("studies Portuguese", "speaks
        Russian and Arabic", "fluent in Spanish"), not a people ("the Portuguese") nor a modifier."""
        if any(c.dep_ in ("det", "poss") for c in tok.children) or not any(
            t.kind in ("adjective", "region_adjective") for t in self.kb.lookup(tok.text)
        ):
            return False
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        head = tok.head
        if tok.dep_ == "pobj" and head.dep_ == "prep":
            head = head.head
        elif tok.dep_ not in ("dobj", "attr", "nsubjpass"):
            return False
        return head.lemma_.lower() in self.kb.language_words

    def _litigants(self, head: Token) -> bool:
        """"The parties had notified the judge": a bare "parties" beside the words of a lawsuit are its sides."""
        if head.lower_ not in ("parties", "party") or any(
            c.dep_ in ("amod", "compound", "poss", "nmod", "prep") for c in head.children
        ):
            return False
        sent = head.sent
        return any(t.lemma_.lower() in self.kb.litigation_words for t in sent)

    def _sponsor(self, tok: Token) -> bool:
        """"Turkish" in "Turkish-backed rebels": a country hung on a participle that is not an owning one."""
        head = tok.head
        return (
            tok.i < head.i and head.dep_ == "amod" and head.pos_ == "VERB" and tok.dep_ in ("npadvmod", "compound")
            and head.lower_ not in self.kb.owning_participles and tok.doc[head.i - 1].text == "-"
        )

    def _owners(self, item: Item) -> list[Term]:
        """"The Britain-based monitor", "the Saudi-led coalition": the country before an owning participle.

        The parser hangs "Britain" on "based", outside the noun phrase's own words; other participles
        ("Turkish-backed", "US-made") give the actor no country (kb/data/modifiers.yaml says why)."""
        out: list[Term] = []
        for tok in item.tokens:
            if tok.dep_ != "amod" or tok.lower_ not in self.kb.owning_participles:
                continue
            for child in kids(tok):
                if child.i < tok.i and child.dep_ in ("npadvmod", "compound", "nmod", "amod", "nsubj"):
                    words = [t for t in child.subtree if not t.is_punct]
                    for _, _, terms in segment(words, self.kb):
                        best = _best(terms)
                        if best.kind in _COUNTRY_KINDS or best.kind in ("igo", "igo_adjective"):
                            out.append(best)
        return out

    def _city_modifiers(self, item: Item, segments: list[tuple[int, int, list[Term]]]) -> list[Term]:
        """"Toronto police", "the Lagos mayor": a city the recognizer marks as a place gives its country, and so
        does a big city it leaves unmarked or takes for a people ("Aleppo rebels")."""
        covered = {k for i, j, _ in segments for k in range(i, j)}
        # the recognizer may take the whole "Dubai Police" for an organisation: its first word still places it
        words = [t for t in item.tokens if t.i != item.head.i and t.i not in covered and (t.ent_type_ == "GPE" or (
            t.ent_type_ in ("NORP", "ORG", "") and t.is_title and _alone_in_entity(t)
            and self.kb.cities.country(t.text, None, BIG_CITY) is not None) or (
            t.ent_type_ in ("ORG", "FAC") and t.pos_ == "PROPN" and t.ent_iob_ == "B" and t.i + 1 == item.head.i
            and item.head.ent_iob_ == "I" and any(k.kind == "sector" for k in self.kb.lookup(item.head.text))))]
        runs: list[list[Token]] = []
        for t in words:
            if runs and runs[-1][-1].i + 1 == t.i and t.ent_iob_ == "I":
                runs[-1].append(t)
            else:
                runs.append([t])
        out = []
        for run in runs:
            text = item.head.doc[run[0].i: run[-1].i + 1].text.removesuffix("'s").removesuffix("’s")
            code = self._town_code(text)
            if code:
                out.append(Term("subnational", text, country=code))
        return out

    def _town_before_body(self, name: Token, head: Token, segments: list[tuple[int, int, list[Term]]]) -> str | None:
        """The country of a one-word "person" before a body's noun that is a town the gazetteer knows and no one the
        text or the base names ("the Mackay police force", "the Mackay youth crime unit")."""
        if (name.dep_ != "compound" or name.i > head.i or name.lower_ in self.by_surname
                or not any(i > name.i and any(t.kind == "sector" for t in terms) for i, j, terms in segments)
                or self.namesakes(name.text)):
            return None
        return self._town_code(name.text)

    def _town_code(self, name: str, min_population: int = 0) -> str | None:
        """The country of the town ``name``: a namesake the text fixed ("London, Ky."), else the gazetteer's town of
        the story's dateline's or subject's country first ("Glasgow police" in a story filed from Kentucky)."""
        return self.divisions.get(name.lower()) or self._namesakes.get(name.lower()) or self.kb.cities.country(
            name, self.home_country or self.document_country, min_population)

    def _owner(self, item: Item) -> tuple[str | None, str | None]:
        """"His party", "her ministry", "Modi's government": the country of the person the possessive stands for."""
        for tok in item.tokens:
            if tok.dep_ == "poss" and tok.pos_ == "NOUN" and tok.head.i == item.head.i and any(
                    t.kind == "sector" and t.sector in _FORCES for t in self.kb.lookup(tok.lemma_)):
                # "the wounded sailor's commanding officer": a unit's officer is of the unit's country
                found = [a for a in self.resolve(tok) if a.country]
                if found:
                    return found[0].country, None
            if tok.dep_ == "poss" and tok.pos_ == "PROPN" and tok.head.i == item.head.i:
                found = [a for a in self.resolve(tok) if a.country or a.igo]
                if found:
                    return found[0].country, found[0].igo
            if tok.dep_ == "poss" and tok.lower_ in ("our", "my"):  # '"Our troops will stay," the minister said'
                speaking = self._pronoun(tok)
                if speaking is not None:
                    return speaking.country, speaking.igo
            if tok.dep_ == "poss" and tok.lower_ in ("his", "her"):
                r = self.coref.pronoun(tok)
                if r is not None:
                    return r.country, r.igo
            if tok.dep_ == "poss" and tok.lower_ in ("its", "their") and (anchor := _owner_named(item.head)):
                # the anchor's own phrase, read alone: its list may be the one being resolved
                owner = self.read(Item(anchor, phrase_tokens(anchor)))
                if owner is not None and (owner.country or owner.igo):
                    return owner.country, owner.igo
        return None, None

    def _body(
        self, item: Item, skip: frozenset[int] = frozenset(), *, employer: bool = True
    ) -> tuple[str | None, str, str | None] | None:
        """The body a serving title ("spokesman", "director") speaks or works for, when the text names one with a
        sector of its own: its owner ("the governor's", "Zorblat's") or its "of"/"for"/"from"/"with" complement
        ("for the prosecuting authority", "Jane Roe with the ministry"). With ``employer`` (the title is an
        officer's), an organisation the knowledge base does not know that employs the officer named by its
        possessive ("Zorblat's vice-president") is a company: no other kind of body is named that way without
        being known."""
        head = item.head
        self.body_unplaced = False
        owners = [t for t in item.tokens if t.dep_ == "poss" and t.i not in skip and t.lower_ not in PRONOUNS
                  and t.head.i not in {o.i for o in item.tokens if o.dep_ == "poss"}]
        complements = [pobj for child in kids(head) if child.dep_ == "prep" and child.lower_ in _SERVING_PREPOSITIONS
                       for pobj in kids(child) if pobj.dep_ == "pobj"]
        for tok in owners + complements:
            found = self.resolve(tok)
            a = found[0] if found else None
            if a is not None and (a.igo or a.sector):
                # "director of the National Water Commission": a body named with no country is the document's (not
                # a firm the text gives none: "director of Zorblat Holdings")
                unplaced = a.country is None and a.start in self._unplaced
                country = a.country or (self.story_state if tok in complements and not a.igo
                                        and not unplaced else None)
                self.body_unplaced = unplaced
                return country, a.sector or "GOV", a.igo
            # a one-word owner the recognizer calls a person is as often a brand ("Zorblat's chief executive")
            single = not any(c.dep_ in ("compound", "flat") for c in tok.children)
            if employer and tok in owners and tok.pos_ == "PROPN" and (
                tok.ent_type_ in ("ORG", "GPE", "") or (single and tok.lower_ not in self.by_surname)
            ) and (
                a is None or (a.code is None and a.sector is None)
            ) and not self.kb.lookup(tok.text) and not self.kb.cities.country(tok.text):
                self._companies.setdefault(_name_key(tok.text), tok.idx)
                return None, "BUS", None
        return None

    def _heads_civic_body(self, head: Token) -> bool:
        """Whether a serving title's "of" complement is a group of people with no sector of its own ("the leader
        of the Igbo group", "president of the community") or a body by a name the knowledge base does not know
        ("Jane Roe, president of Zorblat Realty"): its leader holds no office of the state."""
        for child in kids(head):
            if child.dep_ == "prep" and child.lower_ in ("of", "for"):
                for pobj in kids(child):
                    if pobj.dep_ != "pobj":
                        continue
                    civic = pobj.pos_ == "NOUN" and pobj.lemma_.lower() in self.kb.civic_bodies
                    named = pobj.pos_ == "PROPN" and pobj.ent_type_ not in ("GPE", "LOC", "NORP")
                    if (civic or named) and not any(a.sector or a.igo or a.country for a in self.resolve(pobj)):
                        return True
        return False

    def _member_of(self, head: Token) -> Reading | None:
        """"A member of the Syrian parliament", "a spokesman for the Kremlin": a title from the body."""
        for child in kids(head):
            if child.dep_ == "prep" and child.lower_ in ("of", "for"):
                for pobj in kids(child):
                    if pobj.dep_ == "pobj":
                        found = self.resolve(pobj)
                        if found and (found[0].country or found[0].igo):
                            a = found[0]
                            return Reading("title", a.text, a.start, a.end, country=a.country, sector=a.sector,
                                           igo=a.igo, known=True)
                        if found and found[0].sector and self.story_state:
                            # "director of the National Water Commission": a body of the document's country
                            a = found[0]
                            return Reading("title", a.text, a.start, a.end, country=self.story_state,
                                           sector=a.sector, known=True)
        return None

    def _country_of_complement(self, head: Token, seated: bool = False) -> tuple[str | None, str | None]:
        """"Activists from the Fatah party", "officials of the Red Cross", "a professor at the University of
        Manitoba": whose the people are. With ``seated`` (the office of a government or a court, which sits where
        it governs, not troops or police sent abroad), also where: "authorities in Tunis" are Tunisia's."""
        for child in kids(head):
            if child.dep_ == "prep" and (
                    child.lower_ in ("from", "of", "for", "at") or (seated and child.lower_ == "in")):
                for pobj in kids(child):
                    if pobj.dep_ == "pobj":
                        for actor in self.resolve(pobj):
                            if actor.country or actor.igo:
                                return actor.country, actor.igo
                        if (town := self._town_country(pobj, origin=child.lower_ == "from")) is not None:
                            return town, None  # "the mayor of Aleppo", "fighters from Benghazi"
        return None, None

    def _town_country(self, tok: Token, origin: bool = False) -> str | None:
        """The country of the town a place name is ("of Aleppo"), the document's if it has a town of the name; a
        name the recognizer does not call a place counts only as a big city (as in :meth:`_city_modifiers`). Where
        people come ``from``, a big city is a place even if the recognizer took it for a person ("militias from
        Benghazi"), unless the text names someone by it."""
        person = origin and tok.ent_type_ == "PERSON" and tok.lower_ not in self.by_surname
        if tok.pos_ != "PROPN" or (tok.ent_type_ not in ("GPE", "NORP", "") and not person):
            return None
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        name = ent.text if ent is not None else tok.text
        return self._town_code(name, 0 if tok.ent_type_ == "GPE" else BIG_CITY)

    def _person(self, item: Item, toks: list[Token], people: list[Term], mods: list[Term]) -> Reading:
        doc = item.head.doc
        unplaced_firm = False
        while len(toks) > 1 and (toks[-1].lower_ in suffix_words() or toks[-1].is_punct):
            toks = toks[:-1]  # "Jane Roe QC" is Jane Roe, whom "Ms Roe" names later
        if toks:
            span: Span = doc[toks[0].i: toks[-1].i + 1]
            text, start, end = span.text, span.start_char, span.end_char
        else:
            text, start, end = item.text, item.start, item.end
        country, sector, igo = _modifiers(mods, self.kb.serving_titles)
        titles = tuple(t.name for t in mods if t.kind == "sector")
        if sector is None and igo is None and toks and toks[0].i > 0 and (
                (title := doc[toks[0].i - 1]).lower_ in self.kb.legislator_titles and title.is_title
                and title in item.tokens):
            sector = "LEG"  # "Ohio Representative Jane Roe"
            titles = (*titles, title.text)
        if sector == "LEG" and country and igo is None and all(
                t.kind in ("capital", "subnational") and not self.kb.unit_countries(t.name)
                for t in mods if t.kind in _COUNTRY_KINDS):
            country = self._constituency_country(country)  # "Kingston and the Islands MP Jane Roe" of Canada
        elif sector == "LEG" and country is None and igo is None and (seat := self._seat_before(item, toks)):
            # "Ballymena MP Jane Roe", "Fox Hill and Sea Breeze MP Jane Roe": a constituency the base does not know,
            # a place of the story's country, else of the town's
            country = self._seat_country(self._town_code(seat))
        if titles and country is None and igo is None:
            igo = self._igo_office(item, {t.i for t in toks})  # "Commission Vice-President Jane Roe"
        serves = [t for t in mods if t.kind == "sector" and t.name.lower() in self.kb.serving_titles]
        if titles and country is None and igo is None and (boss := self._named_boss(item, toks)) is not None:
            country, igo = boss.country, boss.igo  # "Obama spokesman Jane Roe": of the country her master serves
        if serves and country is None and igo is None:  # "commission spokesman Jane Roe" in a story on the EU
            igo = next((code for t in mods if t.kind == "sector" and t.name.lower() not in self.kb.serving_titles
                        and (code := self._office_of(t.name, item.start))), None)
        if (serves or sector in (None, "BUS")) and igo is None and (
            body := self._body(item, frozenset(t.i for t in toks), employer=bool(serves) or sector == "BUS")
        ) is not None:
            country, sector, igo = body[0] or country, body[1], body[2]  # "Zorblat's vice-president Karl Roe"
            # one who works for a firm the text gives no country is of none ("director of Zorblat Holdings")
            unplaced_firm = self.body_unplaced and country is None and igo is None
        elif serves and not country and not igo and self._unknown_body(item, toks):
            sector = None  # "Zorblat President Karl Roe": the president of a body the base does not know, no state's
        if sector in _OFFICES_LEFT and _former(t for t in item.tokens if t not in toks):
            sector = "ELI"  # "former minister Karl Roe"
        elif sector in _LEFT_BEHIND and _former(t for t in item.tokens if t not in toks):
            sector = "CVL"  # "former student Karl Roe"
        person: Person | None = people[0].person if people else None
        if person is None:
            for t in self.kb.lookup(text):
                if t.kind == "person":
                    person = t.person
                    break
        surname = text.split()[-1] if text.split() else text
        if person is None and not titles and _name_key(text) in self._companies:
            # the recognizer calls a company it does not know a person ("Zorblat refused")
            return Reading("entity", text, start, end, name=text, country=country, sector="BUS")
        if person is None:
            remembered = self.by_surname.get(surname.lower())
            # "Roe", or "El Abdi" after "Rachid El Abdi": the surname of one the article named in full
            if remembered and (len(text.split()) == 1 or (remembered.name or "").endswith(" " + text)):
                return replace(remembered, text=text, start=start, end=end)
        if person is None and len(text.split()) == 2 and len(found := self.kb.people_by_surname(text, self.date)) == 1:
            person = found[0]  # a compound surname written whole ("Lopez Obrador") names its one bearer
        if person is None and len(text.split()) == 1:
            candidates = self.namesakes(surname, titles)
            if not candidates and (bare := _without_particle(surname)) is not None:
                candidates = self.namesakes(bare, titles)  # "al-Jubeir": the base's "Jubeir"
            if len(candidates) == 1:
                person = candidates[0]
            elif candidates and self.date is None and len({p.country for p in candidates}) == 1:
                # undated text: of several namesakes of one country (the two Presidents Bush), the latest
                person = max(candidates, key=lambda p: max((o.end or dt.date.max) for o in p.offices))
        if person is not None:
            reading = replace(self._known(person, text, start, end), titles=titles)
            if reading.sector is None and reading.igo is None:
                # out of office on the day: the role the text gives ("presidential candidate" PTY; "European
                # Central Bank President" the bank's, of no country), else a former office-holder is one of the
                # elite (CAMEO ELI), even one who will hold office again (a president between two terms)
                day = self.date or (dt.date(self._latest_year, 1, 1) if self._latest_year else None)
                former = day is not None and any(o.end is not None and o.end < day for o in person.offices)
                # a title the base writes as part of the name ("Prince Charles" before he was king) still tells
                style = [t for t in item.tokens if toks and t.i == toks[0].i - 1 and t.is_title]
                styled = next((t.sector for t in self.kb.lookup(style[0].text) if t.kind == "sector"), None) if (
                    style) else None
                reading = replace(reading, sector=sector or styled or ("ELI" if former else None), igo=igo,
                                  country=None if igo else reading.country or country)
        else:
            if sector is None and igo is None and (sought := self._candidacy(item.head)) is not None:
                country, sector = country or sought, "PTY"
            reading = Reading("person", text, start, end, name=self._full_name(text, start), country=country or None,
                              sector=sector,
                              igo=igo, titles=titles, stateless=unplaced_firm and not country)
            if sector in _SEATED and country and igo is None and (sat := (start, sector, country)) not in self._seats \
                    and any(t.kind == "subnational" and t.country == country for t in mods):
                bisect.insort(self._seats, sat)  # "Fulton County Assistant District Attorney Jane Roe": "the jury"
                # and "the judge" of the story sit in that county too
        if len(text.split()) > 1 or reading.known:
            self.by_surname.setdefault(surname.lower(), reading)
        self.coref.remember(toks or item.tokens, reading, reading.name or text, titles, fuller=False)
        return reading

    def _named_boss(self, item: Item, name: list[Token]) -> Reading | None:
        """The official a title before a name says its holder works for, by surname ("Obama spokesman Jane Roe",
        "Merkel aide Tom Roe"): a person the text named before, else the one holder of public office of the name
        the base knows."""
        first = name[0].i if name else item.head.i
        before = [t for t in item.tokens if t.i < first and t.pos_ == "PROPN" and t.is_title
                  and t.ent_type_ in ("PERSON", "")]
        if len(before) != 1 or first - before[0].i != 2:
            return None  # one surname, then the title, then the name
        boss = self.by_surname.get(before[0].lower_)
        if boss is None and len(found := self.namesakes(before[0].text)) == 1:
            boss = self._known(found[0], before[0].text, before[0].idx, before[0].idx + len(before[0]))
        if boss is None or not (boss.igo or (boss.country and boss.sector in self.kb.state_sectors)):
            return None
        return boss

    def _candidacy(self, head: Token) -> str | None:
        """"Jane Roe, who is running for governor", "Jane Roe, seeking a second term": the person is a candidate,
        who stands for a party. Returns the country of the office sought ("" when it names none), or None."""
        for verb in kids(head):
            if verb.dep_ not in ("relcl", "acl") or verb.lemma_.lower() not in self.kb.campaigning_verbs:
                continue
            sought = [o for c in kids(verb) if c.dep_ == "prep" and c.lower_ == "for" for o in kids(c)
                      if o.dep_ == "pobj"]
            sought += [c for c in kids(verb) if c.dep_ == "dobj"] if verb.lemma_.lower() == "seek" else []
            for office in sought:
                if office.lemma_.lower() in self.kb.sought_offices:
                    return ""
                terms = [t for t in (*self.kb.lookup(office.text), *self.kb.lookup(office.lemma_))
                         if t.kind in ("sector", "institution") and t.sector in self.kb.political_sectors]
                if terms:
                    return next((t.country for t in terms if t.country), "")
        return None

    def _known(self, person: Person, text: str, start: int, end: int) -> Reading:
        """A person of the knowledge base, coded by the office held on the document's date. Without one, the
        latest office, unless it began after every year the text mentions (a candidate in a story of 2018 is
        not yet the president elected at its end): then the office held by the end of that year, if any; or it
        ended before the latest year the text mentions (then none: the caller makes a former holder one of the
        elite)."""
        office = person.office_at(self.date)
        if self.date is None and office and self._latest_year and office.start.year > self._latest_year and not (
                self._titled_before(office.title, start)):  # "Speaker Jane Roe" is the Speaker, whatever the years
            office = person.office_at(dt.date(self._latest_year, 12, 31))
        elif self.date is None and office and office.end and self._latest_year and office.end.year < self._latest_year:
            # a story that names 2013 is told after a term that ended in 1999: a former president, unless his own
            # sentence is of his term ("In 1994, Mandela said")
            years = self._sentence_years(start)
            office = next((o for o in person.offices if any(o.start.year <= y <= (o.end or dt.date.max).year
                                                            for y in years)), None)
        return Reading(
            "person", text, start, end, name=person.name,
            country=(office.country if office and office.country else person.country) if not (
                office and office.igo) else None,
            sector=office.sector if office else None,
            igo=office.igo if office else None, known=True, titles=(office.title,) if office else (),
        )

    def _sentence_years(self, start: int) -> list[int]:
        """The years the sentence of the character ``start`` names ("In 1994, ...")."""
        span = self._doc.char_span(start, start + 1, alignment_mode="expand") if self._doc is not None else None
        if span is None:
            return []
        return [y for t in span[0].sent if (y := _year(t)) is not None]

    def _titled_before(self, title: str, start: int) -> bool:
        """Whether the text gives a person, right before the name that begins at ``start``, an office's title: its
        head word and another of its words, if it has more ("Speaker of the House Jane Roe", "Central Bank President
        Jane Roe" for "Speaker of the House of Representatives", "President of the European Central Bank"; not
        "Security Minister" for "Defence Minister"): the text says the office is held, whatever the years it names."""
        head = title.split(" of ")[0].split()
        others = {w for w in title.split() if w[:1].isupper() and w != head[-1]} if head else set()
        if not head or self._doc is None or start <= 0:
            return False
        doc = self._doc
        first = doc.char_span(start, start + 1, alignment_mode="expand")
        if first is None:
            return False
        i = first[0].i
        words = {t.text for t in doc[max(i - _TITLE_REACH, first[0].sent.start): i]}
        return head[-1] in words and (not others or bool(others & words))

    def _described(self, item: Item, segment_: tuple[int, int]) -> Reading | None:
        """"The president", "the minister": the person the article gave that title, else the one the knowledge
        base says holds that office in the document's country on its date (the caller checks that a complement's
        country, "the mayor of Aleppo", is theirs)."""
        i, j = segment_
        others = [t for t in item.tokens if not i <= t.i < j and t.lower_ != "the"]
        if others or not any(c.dep_ == "det" and c.lower_ == "the" for c in item.head.children):
            return None
        title = item.head.doc[i:j].text
        found = self.coref.titled(title, item.start)
        if found is None:
            found = self._holder(title)
        if found is None:
            return None
        return replace(found, text=item.text, start=item.start, end=item.end)

    def _holder(self, title: str) -> Reading | None:
        key = " ".join(title.lower().split())
        if key not in self._holders:
            holders = [
                p for p in self.kb.people.values()
                if (o := p.office_at(self.date)) is not None and o.title.lower() == key and o.igo is None
                and (o.country or p.country) == self.document_country
            ] if self.document_country and self.date else []
            if not holders and self.date and not self._office_in(key, self.document_country):
                # "the crown prince" of a story about Lebanon, which has none: the one holder of that office in
                # the countries the text names (Saudi Arabia's), not a Lebanese crown prince
                holders = [p for p in self.kb.people.values() if any(
                    o.title.lower() == key and o.igo is None and o.covers(self.date) for o in p.offices)
                    and p.country in self._named]
            self._holders[key] = self._known(holders[0], title, 0, 0) if len(holders) == 1 else None
        return self._holders[key]

    def _office_in(self, title: str, country: str | None) -> bool:
        """Whether the base knows anyone who ever held the office ``title`` (lower-cased) of ``country``: a
        republic has no crown prince, a kingdom no president."""
        return country is None or any(
            o.title.lower() == title and (o.country or p.country) == country
            for p in self.kb.people.values() for o in p.offices)

    def _home_country(self, tok: Token) -> str | None:
        """The country "this country" or "our country" is: the speaker's, when a speaker of the clause is named
        with a country; else the one the document is clearly about."""
        clause = tok
        for _ in range(8):
            if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in REPORTING_VERBS:
                speaker = next((c for c in kids(clause.head) if c.dep_ == "nsubj"), None)
                found = self.resolve(speaker) if speaker is not None and speaker.i != tok.i else []
                countries = {a.country for a in found if a.country}
                if len(countries) == 1:
                    return countries.pop()
                break
            if clause.head.i == clause.i:
                break
            clause = clause.head
        return self.document_country if self.document_country_clear else None

    def _plural_speakers(self, tok: Token) -> list[Reading]:
        """"Jane Roe and John Doe said they would resign": a plural pronoun for the speakers is all of them."""
        if tok.lower_ not in ("they", "we"):
            return []
        speaker = _reporting_subject(tok)
        if speaker is None or not any(c.dep_ == "conj" for c in kids(_argument_head(speaker))):
            return []  # one speaker with titles in apposition ("Jane Roe, the vice president and chief officer")
        found = [r for r in self._merge([r for r in (self.read(i) for i in self._items(_argument_head(speaker)))
                                         if r]) if not (r.kind == "adjunct" and r.country is None and r.igo is None)]
        if len(found) < 2:
            return []
        return [replace(r, text=tok.text, start=tok.idx, end=tok.idx + len(tok.text)) for r in found]

    def _own_unit(self, head: Token) -> Reading | None:
        """"Police said its burglary squad arrested two men", "the army said their unit ...": a unit of a body
        named by "its"/"their" is that body's (a body with a sector or an organisation: a person's "team" is not)."""
        if head.lemma_.lower() not in self.kb.unit_nouns and head.lower_ not in self.kb.unit_nouns:
            return None
        owner = next((c for c in kids(head) if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        whose = self._pronoun(owner) if owner is not None else None
        if whose is None or whose.kind == "person" or not (whose.sector or whose.igo):
            return None
        return whose

    def _pronoun(self, tok: Token) -> Reading | None:
        ahead = _cataphoric_subject(tok)
        if ahead is not None:
            # "In his statement accusing the police, the minister demanded an inquiry": the minister's statement
            read = [r for r in (self.read(i) for i in self._items(_argument_head(ahead))) if r]
            found = [r for r in self._merge(read)
                     if r.kind != "adjunct" and (tok.lower_ not in ("his", "her") or r.kind in ("person", "title"))]
            if found:
                return replace(found[0], text=tok.text, start=tok.idx, end=tok.idx + len(tok.text))
        speaker = _reporting_subject(tok)
        if speaker is None and tok.lower_ in _FIRST_PERSON:
            speaker = self.coref.quote_speaker(tok)  # '"I thank Roe. ...," said Doe': the quotation's speaker
        if speaker is not None and (said := self.coref.speaker_mention(tok, speaker)) is not None and not (
                self.coref.fits(tok, said)):
            speaker = None  # "Ms Roe's husband said she would sue": she is not the husband
        if speaker is not None:
            # "Japan said it had halted aid": the pronoun is the one who speaks
            # a thing said to speak ("a public relations statement said") names no speaker: the pronoun is a person
            found = [r for r in self._merge([r for r in (self.read(i) for i in self._items(_argument_head(speaker)))
                                             if r])
                     if not (r.kind == "adjunct" and r.country is None and r.igo is None)]
            if found:
                return replace(found[0], text=tok.text, start=tok.idx, end=tok.idx + len(tok.text))
        r = self.coref.pronoun(tok)  # relative "who" is resolved through its antecedent by the caller
        if r is None and speaker is None and tok.lower_ in _FIRST_PERSON and (
                author := self.coref.author(tok)) is not None:
            r = author.actor  # "Senator Roe Applauds Grant" ... "I thank the Secretary": the release's author
        if r is None:
            return None
        return replace(r, text=tok.text, start=tok.idx, end=tok.idx + len(tok.text))




_LOCATIVE = frozenset({"in", "near", "at", "outside"})


def _without_particle(surname: str) -> str | None:
    """"Jubeir" of "al-Jubeir", "Attiyah" of "Al-Attiyah": a surname after a short particle and a hyphen ("Ki-moon",
    whose second part is not capitalised, is no such name)."""
    particle, _, rest = surname.partition("-")
    return rest if rest[:1].isupper() and particle.isalpha() and len(particle) <= 3 else None


def _place_names(doc: Doc) -> set[str]:
    """Names the text uses as places: recognised as one, or after "in", "near", "at" ("in Kasba Bonli"); the
    recognizer may call the same name a person elsewhere, and a later "he" must not stand for a town."""
    return {ent.text.lower() for ent in doc.ents if ent.label_ in ("GPE", "LOC", "FAC") or (
        ent.root.dep_ == "pobj" and ent.root.head.lower_ in _LOCATIVE)}


_FIRST_PERSON = frozenset({"we", "us", "our", "ours", "ourselves", "i", "me", "my"})
_QUOTES = frozenset({'"', "\u201c", "\u201d", "``", "''"})


def _cataphoric_subject(tok: Token) -> Token | None:
    """The subject a possessive in a fronted phrase looks ahead to: "In his statement accusing the police, the
    minister demanded ..." (his = the minister), "During its visit to Cairo, the delegation met ...": the phrase
    stands before the clause's subject, which it modifies, and names its owner by the pronoun."""
    if tok.dep_ != "poss" or tok.lower_ not in ("his", "her", "its", "their"):
        return None
    below, verb = tok, tok.head
    for _ in range(8):
        if verb.pos_ in ("VERB", "AUX") and below.dep_ in ("prep", "advcl", "npadvmod"):
            break
        if verb.head.i == verb.i:
            return None
        below, verb = verb, verb.head
    else:
        return None
    # the subject after the phrase: a dateline before it ("ROME \u2014 During his visit, ...") the parser may also
    # call a subject of the verb
    subj = next((c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.i > below.i), None)
    if subj is None or subj.lower_ in PRONOUNS or not (below.i < subj.i and tok.i < subj.i):
        return None
    return subj


def _reporting_subject(tok: Token) -> Token | None:
    """The subject of the verb of saying whose clause this pronoun stands for the speaker in.

    "Japan said it had halted aid": a third-person subject of reported speech is the speaker, but not in a
    quotation ('"They attacked us," the minister said': they are others). The first person is the speaker
    wherever it stands in what they said ('"Our troops will stay," the minister said')."""
    first = tok.lower_ in _FIRST_PERSON
    if first:
        clause = tok.head
        for _ in range(8):
            if clause.dep_ == "ccomp" or clause.head.i == clause.i:
                break
            clause = clause.head
    else:
        subj = tok
        if tok.lower_ in ("its", "their") and tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass"):
            subj = tok.head  # "police said its squad arrested two men": the subject's owner is the speaker
        elif tok.lower_ not in ("it", "they", "he", "she") or tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        clause = subj.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING_VERBS:
        return None
    if not first and _quoted(clause):
        return None
    for child in kids(clause.head):
        if child.dep_ == "nsubj" and child.i != tok.i and (
            child.lower_ not in PRONOUNS or (first and child.lower_ in ("he", "she"))
        ):  # 'He said, "I am asking ..."': the first person is whom "he" stands for
            return child
    return None


def _quoted(clause: Token) -> bool:
    """Whether a reported clause is direct speech: it opens with a quotation mark."""
    start = clause.left_edge.i
    return any(t.text in _QUOTES for t in clause.doc[max(start - 1, 0): start + 1])


_DASHES = {"\u2014", "\u2013", "--", "-"}


def _fronted_appositions(doc: Doc) -> tuple[dict[int, Token], dict[int, Token]]:
    """Names that follow a sentence's fronted participle clause ending in a bare title ("Speaking with the Deputy
    Speaker of the House, Jane Roe, Smith praised ...") and open a list of subjects: the first name is the title's
    apposition, the next the subject. Returned by the title's token and by the name's token."""
    by_title: dict[int, Token] = {}
    by_name: dict[int, Token] = {}
    strings = doc.vocab.strings
    marks = doc.to_array([DEP, TAG])  # a loop over every token's attributes is slow: the arrays find the few
    found = ((marks[:, 0] == strings["advcl"]) & (marks[:, 1] == strings["VBG"])).nonzero()[0]
    for clause in (doc[int(i)] for i in found):
        if clause.i > clause.sent.start + 1:
            continue
        subjects = [c for c in kids(clause.head) if c.dep_ == "nsubj" and c.i > clause.right_edge.i]
        if not subjects:
            continue
        subject = subjects[0]
        first = subject.left_edge
        while first.i > 0 and doc[first.i - 1].is_punct and doc[first.i - 1].text not in (",", ")"):
            first = doc[first.i - 1]
        names = [t for t in (subject, *[c for c in kids(subject) if c.dep_ in ("appos", "conj")])
                 if t.ent_type_ == "PERSON"]
        if len(names) < 2 or names[0].i != subject.i:
            continue
        objects = [o for c in kids(clause) if c.dep_ == "prep" for o in kids(c) if o.dep_ == "pobj"]
        objects += [o for o in kids(clause) if o.dep_ == "dobj"]
        titles = [o for o in objects if o.pos_ in ("NOUN", "PROPN") and o.ent_type_ != "PERSON"
                  and not any(t.ent_type_ == "PERSON" for t in o.subtree)]
        if titles:
            by_title[titles[-1].i] = subject
            by_name[subject.i] = titles[-1]
    return by_title, by_name


def _before_nickname(close: Token) -> Token | None:
    """The given name before a quoted nickname that ``close`` ends ('Darnell "D.J." Roe'), if it is one."""
    if close.text not in ('"', "\u201d", "'") or close.i < 3:
        return None
    doc = close.doc
    for i in range(close.i - 2, max(close.i - 5, 0), -1):
        if doc[i].text in ('"', "\u201c", "'"):
            given = doc[i - 1] if i > 0 else None
            if given is not None and given.pos_ == "PROPN" and given.is_title and given.is_alpha:
                return given
            return None
    return None


def _dateline_end(doc: Doc) -> int:
    """The end of a dateline opening the story ("WINNIPEG \u2014", "ST. LOUIS \u2013", "SEVERN, Md. (ABC7) \u2014")."""
    for tok in doc[:12]:
        if tok.text in _DASHES and tok.i > 0 and doc[tok.i - 1].whitespace_:  # a spaced dash, not "30-day"
            before = doc[: tok.i]
            words = [t for t in before if t.is_alpha]
            if words and words[0].is_upper and len(words[0]) > 1 and not any(t.pos_ in ("VERB", "AUX") for t in before):
                return tok.idx
            return 0
        if tok.text in (".", "!", "?") and tok.is_sent_end:
            return 0
    return 0


def _abbreviations(doc: Doc, kb: KnowledgeBase) -> dict[str, Token]:
    """Abbreviations the text defines, "the Department of Motor Vehicles (DMV)": each to its phrase's head."""
    out: dict[str, Token] = {}
    for tok in tokens(doc):
        if tok.text != "(" or tok.i < 1 or tok.i + 2 >= len(doc) or doc[tok.i + 2].text != ")":
            continue
        short = doc[tok.i + 1].text
        if not (2 <= len(short) <= 6 and short.isupper() and short.isalpha()):
            continue  # (one the base knows too: the text's own meaning comes first, "FSA" of Japan's regulator)
        head = doc[tok.i - 1]
        while head.dep_ in ("compound", "amod", "flat", "nmod") and head.head.i > head.i:
            head = head.head
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i < head.i:
            head = head.head.head
        if head.pos_ in ("PROPN", "NOUN"):
            out.setdefault(short, head)
    # an acronym the text uses but never defines is the body whose initials it is: "DCPS" after "Daviess County
    # Public Schools"
    used = {t.text for t in tokens(doc) if 2 <= len(t.text) <= 6 and t.text.isupper() and t.text.isalpha()
            and t.text not in out and not kb.lookup(t.text)}
    if used:
        for ent in doc.ents:
            if ent.label_ not in ("ORG", "FAC"):
                continue  # a place's initials ("BC") are a place, which the base knows or not
            words = [t for t in ent if t.is_alpha and t.lower_ not in _LINK_WORDS]
            initials = "".join(t.text[0] for t in words)
            if len(words) >= 2 and all(t.text[0].isupper() for t in words) and initials in used:
                out.setdefault(initials, max((t for t in ent if t.head.i not in range(ent.start, ent.end)
                                              or t.head.i == t.i), key=lambda t: t.i))  # the name's last head
    return out


_LINK_WORDS = frozenset({"of", "the", "and", "for", "&"})
_MEMBER_HEADS = frozenset({"state", "country", "nation", "government"})


def _titled_name(item: Item, segments: list[tuple[int, int, list[Term]]]) -> list[Token]:
    """"Premier Brian Pallister" tagged as an organisation: the proper names right after a title are a person."""
    head = item.head
    if head.pos_ != "PROPN" or head.ent_type_ in ("GPE", "LOC", "FAC") or any(i <= head.i < j for i, j, _ in segments):
        return []
    run = [head]
    ids = {t.i for t in item.tokens}
    while run[0].i - 1 in ids and head.doc[run[0].i - 1].pos_ == "PROPN" and not any(
        i <= run[0].i - 1 < j for i, j, _ in segments
    ):
        run.insert(0, head.doc[run[0].i - 1])
    title_ends = {j for _, j, terms in segments
                  if any(t.kind == "sector" and t.sector in _PERSON_SECTORS for t in terms)}
    return run if run[0].i in title_ends and head.i == max(ids) else []


def _described_by_more(name: Token, leading: AbstractSet[str]) -> bool:
    """Whether the text says what a named person is where it names them: a noun in apposition ("Jane Roe, a fellow
    at the institute") or an organisation they are of or at ("Jane Roe of Zorblat Consulting"); an age ("Jane Roe,
    21,") or a clause about them ("who is accused of theft") says nothing of an office, nor where they live after
    their age ("Jane Roe, 29, of Halifax", whatever the recognizer takes the town for)."""
    aged = any(c.dep_ == "appos" and c.like_num for c in name.children)
    for c in name.children:
        if aged and c.lower_ in ("of", "from") and c.i > name.i:
            continue
        if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ not in ("GPE", "DATE", "CARDINAL"):
            return True
        if c.dep_ == "prep" and c.lower_ in ("of", "from", "at", "with") and any(
                o.dep_ == "pobj" and (o.ent_type_ in ("ORG", "FAC") or (o.pos_ == "PROPN" and o.ent_type_ not in (
                    "GPE", "LOC", "DATE"))) for o in c.children):
            return True
        if c.dep_ == "relcl" and c.lemma_.lower() in leading:  # "Jane Roe, who heads the university"
            return True
    return name.dep_ == "appos" and name.head.pos_ == "NOUN"


def _courtesy(toks: list[Token], item: Item, courtesy: AbstractSet[str]) -> Token | None:
    """The courtesy title ("Ms", "Dr.") before the surname a name is ("Ms Curley"), in the name or just before it:
    it is no part of the name, which is to be found as the surname alone."""
    if not toks:
        return None
    i = 0
    while i < len(toks) - 1 and toks[i].lower_ in courtesy:
        i += 1
    if i:
        return toks[i - 1]
    before = toks[0].i - 1
    doc = toks[0].doc
    if before >= 0 and before in {t.i for t in item.tokens} and doc[before].lower_ in courtesy:
        return doc[before]
    return None


def _qualified_elsewhere(ent: Span, kb: KnowledgeBase) -> bool:
    """A place followed by ", <state or country>" that is not its own: "Paris, Illinois", "Moscow, Idaho"."""
    return _elsewhere(ent, kb) is not None


def _elsewhere(ent: Span, kb: KnowledgeBase, qualifiers: dict[str, str] | None = None) -> str | None:
    """The country of the state or country after a place's name when it is not the name's own ("Paris, Illinois":
    USA; "London, Ky.": USA)."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text != "," or any(
            t.kind in ("country", "adjective") for t in kb.lookup(ent.text)):
        return None  # "Colombia, Brazil, Venezuela" is a list of countries
    nxt = doc[ent.end + 1]
    qualifier = next((e.text for e in doc.ents if e.start == nxt.i), None) if nxt.ent_type_ == "GPE" else None
    if qualifier and any(t.kind == "country" for t in kb.lookup(qualifier)) and not kb.cities.country(ent.text):
        return None  # a list again, of a province and a country; a town's country after it is its own
    where = kb.country_code(qualifier) if qualifier else None
    if where is None:  # an abbreviated state the recognizer leaves out ("Ky.", "Md.")
        abbreviation = nxt.text + ("." if doc[nxt.i + 1: nxt.i + 2].text == "." else "")
        where = kb.country_code(abbreviation) or (qualifiers or {}).get(abbreviation.lower())
        if where is None:
            return None
    return where if where != kb.country_code(ent.text) else None


def _places_whole(
    segments: list[tuple[int, int, list[Term]]], doc: Doc
) -> list[tuple[int, int, list[Term]]]:
    """The segments of a phrase without the words that begin a place's name: a region's ("West Sussex", "West
    Java": the compass word is not "the West") or a people's before a place's head noun ("Dane County", a county
    of Wisconsin, is no Danish one)."""
    heads = place_heads()
    out: list[tuple[int, int, list[Term]]] = []
    for k, (i, j, terms) in enumerate(segments):
        nxt = segments[k + 1] if k + 1 < len(segments) else None
        if nxt is not None and nxt[0] == j and terms and all(t.kind == "region" for t in terms) and any(
                t.kind in ("country", "subnational", "capital") for t in nxt[2]):
            continue
        if terms and all(t.kind == "adjective" for t in terms) and j < len(doc) and doc[j].is_title and (
                doc[j].lower_ in heads) and doc[i].is_title:
            continue
        out.append((i, j, terms))
    return out


def _one_name(prev: Item, item: Item, kb: KnowledgeBase) -> Item | None:
    """Two items of a list inside one organisation's name the recognizer marks whole, a name that lists its members
    after "of" or before its head ("the Union of Teachers, Nurses and Clerks", "the Nurses and Midwives Union"): one
    item, headed by the name's head. Two bodies named together ("Seattle Fire and Police") stay two."""
    doc = item.head.doc
    if prev.tokens[0].ent_type_ != "ORG":
        return None
    ent = next((e for e in doc.ents if e.start <= prev.tokens[0].i < e.end), None)
    if ent is None or ent.label_ != "ORG" or not (ent.start <= item.tokens[0].i and item.tokens[-1].i < ent.end):
        return None
    if not (any(t.lower_ == "of" for t in doc[ent.start: prev.tokens[-1].i + 1]) or ent[-1].lower_ in
            kb.organisation_nouns or kb.name_head_sector([t.text for t in ent]) is not None):
        return None
    between = doc[prev.tokens[-1].i + 1: item.tokens[0].i]
    if not between or not all(t.is_punct or t.lower_ in ("and", "&") for t in between):
        return None
    first = prev.tokens[0].i
    head = ent.root if first <= ent.root.i <= item.tokens[-1].i else prev.head
    return Item(head, list(doc[first: item.tokens[-1].i + 1]))


def _covered_by_terms(tokens: list[Token], segments: list[tuple[int, int, list[Term]]]) -> bool:
    """Whether every token is part of a non-person phrase of the knowledge base."""
    covered = {i for i, j, terms in segments if any(t.kind != "person" for t in terms) for i in range(i, j)}
    return all(t.i in covered or t.is_punct for t in tokens)


def _name_key(text: str) -> str:
    """A name as a key: lower case, without a possessive ending ("Zorblat's" is Zorblat)."""
    return text.lower().removesuffix("'s").removesuffix("\u2019s").strip()


def _owned(text: str) -> bool:
    """A title with a possessive owner in front ("the governor's budget director")."""
    return "'s " in text or "\u2019s " in text


def _owner_named(head: Token) -> Token | None:
    """Whom "its" or "their" before ``head`` stands for, when the clause says it plainly: the conjunct before it
    ("Britain and its intelligence services") or the subject of the verb it is the object of ("Britain recalled
    its ambassador")."""
    if head.dep_ == "conj":
        return head.head
    verb = head.head if head.dep_ in ("dobj", "dative") else None
    if head.dep_ == "pobj" and head.head.head.pos_ in ("VERB", "AUX"):
        verb = head.head.head
    if verb is None:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


# Prepositions by which a name or title says whose body it serves ("a spokesman for", "Jane Roe with the ministry")
# "director of", "spokesman for", "an economist at (or with) the central bank"
_SERVING_PREPOSITIONS = frozenset({"of", "for", "from", "with", "at"})
# Sectors of offices one leaves: a former holder is one of the elites (ELI), as CAMEO codes ex-officials.
_OFFICES_LEFT = frozenset({"GOV", "LEG", "MIL", "JUD", "COP", "SPY"})
# the bodies whose former members ("a former student", "a former nurse") are private persons, not elites
_LEFT_BEHIND = frozenset({"EDU", "LAB", "HLH", "AGR"})


def _former(words: Iterable[Token]) -> bool:
    """Whether a title's words say its holder has left it ("former minister", "ex-minister"), not its owner's
    ("the former minister's aide")."""
    return any((t.lower_ == "former" or (t.lower_ == "ex" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "-"))
               and t.head.dep_ != "poss" for t in words)


def _also_described(title: Reading, nxt: Reading | None, text: str) -> bool:
    """Whether ``nxt`` is a second title of the same person, joined by a bare "and": "Ann Roe, a former minister
    and the chief of the party" (after a comma, "..., and the police chief" names someone else)."""
    if nxt is None or nxt.kind != "title" or nxt.start < title.end:
        return False
    return text[title.end:nxt.start].split() in (["and"], ["and", "the"], ["and", "a"], ["and", "an"])


def _named_after(item: Item, span: tuple[int, int], segments: list[tuple[int, int, list[Term]]]) -> bool:
    """Whether a place's name is part of a longer proper name no entry covers: a club or a firm named after a city
    ("Real Madrid", "Madrid Metro"), not the city or its government."""
    covered = {k for i, j, _ in segments for k in range(i, j)}
    return any(t.pos_ == "PROPN" and t.is_title and t.i not in covered and t.i in (span[0] - 1, span[1])
               for t in item.tokens)


def _dashed(first: Reading, second: Reading, text: str) -> bool:
    """Whether ``second`` is set off by dashes right after ``first``: a description of the same one."""
    gap = text[first.end:second.start].split()  # "- the", "- the state's most": a dash, then the second's own words
    return bool(gap) and gap[0] in _DASHES and len(gap) <= 4 and not any(w in _DASHES or "," in w for w in gap[1:])



def _with_title(person: Reading, title: Reading, list_country: str | None) -> Reading:
    if person.known:
        return person
    return replace(
        person,
        country=person.country or title.country or list_country,
        sector=person.sector or title.sector,
        igo=person.igo or title.igo,
        titles=person.titles + title.titles,
        stateless=person.stateless or (title.stateless and not person.sector),
    )


_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_PLACE_PREPOSITIONS = frozenset({"in", "on", "across", "near"})  # where a relation between states is: "an ally in Asia"
_ARGUMENT_DEPS = ("nsubj", "nsubjpass", "dobj", "dative", "attr")


def _alone_in_entity(tok: Token) -> bool:
    """Whether the word is an entity of its own, or of none ("Homs" in "Homs rebels", not in "Homs Bank")."""
    return tok.ent_iob_ != "I" and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")


def _acts_itself(tok: Token) -> bool:
    """Whether a name is an argument of a verb ("Turkey will host", "accused Moscow", "an offer from Iran"),
    not a part of another noun phrase ("Syrian troops", "the people of the Syrian Golan")."""
    while tok.dep_ in ("conj", "appos") and tok.head is not tok:
        tok = tok.head
    if tok.dep_ == "pobj":
        return tok.head.head.pos_ in ("VERB", "AUX")
    return tok.dep_ in _ARGUMENT_DEPS
# sectors whose titles name a person ("Premier", "Senator", "General"), not a body or a crowd
_PERSON_SECTORS = ("GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "SPY", "MED", "BUS", "EDU", "REL", "ELI", "HLH")
_COUNTRY_KINDS = ("country", "adjective", "capital", "region", "region_adjective", "institution", "subnational")


def _modifiers(mods: list[Term], serving: AbstractSet[str] = frozenset()) -> tuple[str | None, str | None, str | None]:
    """Country, sector and organisation that modifiers give a head noun ("Russia's UN Ambassador").

    A title that only says someone speaks or works for a body ("SAPS spokesperson") takes the body's sector."""
    country = sector = igo = body = None
    title_serves = False
    for t in mods:
        if t.kind == "institution":
            body = body or t.sector  # "Gauteng SAPS spokesperson": the province places, the service employs
        if t.kind in _COUNTRY_KINDS and country is None:
            country = t.country
        elif t.kind in ("igo", "igo_adjective") and igo is None:
            igo = t.igo
            if t.kind == "igo" and t.sector:
                body = body or t.sector
        elif t.kind == "sector" and (sector is None or (sector == "CVL" and t.sector != "CVL")):
            # the residual "public" of "Public Schools" yields to the body's own sector
            sector = t.sector
            title_serves = t.name.lower() in serving
    if body and (sector is None or title_serves):
        sector = body
    return country, sector, igo


def _coordinated_countries(item: Item, mods: list[Term], first: str | None) -> tuple[str, ...]:
    """The countries after the first of modifiers joined by "and" ("Turkish and Greek sides"): one actor each."""
    if first is None or not any(t.dep_ == "cc" and t.head.i != item.head.i for t in item.tokens):
        return ()
    return tuple(dict.fromkeys(t.country for t in mods if t.kind in ("country", "adjective") and t.country
                               and t.country != first))


_PREFERENCE = ("person", "institution", "igo", "country", "capital", "region", "sector", "adjective",
               "region_adjective", "igo_adjective", "subnational")


def _best(terms: list[Term]) -> Term:
    return min(terms, key=lambda t: _PREFERENCE.index(t.kind))


def _argument_head(tok: Token) -> Token:
    """A name in apposition to a title is argued through the title, so both are read together."""
    if tok.dep_ == "compound" and tok.ent_type_ == "PERSON" and tok.head.ent_type_ == "PERSON":
        tok = tok.head
    if tok.dep_ == "appos" and tok.head.pos_ == "PROPN" and tok.head.i < tok.i and not any(
            c.dep_ == "acl" and c.tag_ == "VB" for c in tok.children):
        tok = tok.head  # (but "Peru, the Bolivian effort to improve ties": an act the parser listed, no title)
    return tok
