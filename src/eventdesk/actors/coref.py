"""In-document coreference: the person an article introduced, found again behind "he", "she" or "the president".

A reader takes "he" for someone already named, the most recent one who fits: a person of that gender when the
text has told it ("Mrs Haley", "spokeswoman", "Kinew said his party"), not the subject of the pronoun's own
clause when the pronoun is its object ("Roe praised him"), and, among several, the subject of a sentence before
anyone it merely mentions; "he said" is the person who has been speaking, not one the last sentence only
mentions. "The president" or "the minister" is the person the article gave that title.
The memory is filled in text order by the resolver, which owns what each person is coded as.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import islice
from typing import Generic, TypeVar

from spacy.tokens import Doc, Token

from eventdesk.nlp.tree import kids
from eventdesk.nlp.words import REPORTING_VERBS

T = TypeVar("T")

PRONOUN_GENDER = {
    "he": "male", "him": "male", "his": "male", "himself": "male",
    "she": "female", "her": "female", "hers": "female", "herself": "female",
}
_SUBJECTS = {"nsubj", "nsubjpass"}
_OBJECTS = {"dobj", "dative", "pobj", "attr", "oprd"}
_REFLEXIVE = {"himself", "herself"}
_OBLIQUE = {"pobj"}
_PHRASE_DEPS = {"compound", "amod", "appos", "nmod", "det", "punct", "flat", "poss"}
# an earlier sentence is searched for a referent only this far back; beyond, the most recent person fits
_WINDOW = 4
_OPENING_SENTENCES = 3  # a press release's author is named in its headline or its lead (after a dateline)
_HEADLINE_REACH = 5  # tokens: "Senator Jane Roe Applauds ...", the name's head among the headline's first words
_NO_SPEAKER = frozenset({"i", "we", "you", "it", "they"})  # a subject that names no one a quotation can be said by
_CONTINUED = 300  # characters between two quotations of one speaker ('...," she said. "...')
# titles that only qualify an office ("Vice President" is not "the president")
_QUALIFIERS = {"vice", "deputy", "former", "ex", "acting", "assistant", "under", "first", "late"}


@dataclass
class Mention(Generic[T]):
    """One place where the article names a person, with what it says about them."""

    start: int
    sentence: int  # index of the sentence's first token
    token: int  # index of the name's head token
    verb: int | None  # the verb the name is the subject of
    actor: T
    gender: str | None
    titles: tuple[str, ...]
    key: str  # who the person is: mentions with the same key are one person ("Jane Roe", "Roe")
    linked: bool = False  # a pronoun or a description ("he", "the minister") that stands for the person
    oblique: bool = False  # the object of a preposition ("under President Roe")
    quoted: bool = False  # inside quotation marks: someone the speaker talks about
    governor: int = -1  # the verb the mention is an object of, if any


class Coreference(Generic[T]):
    """The people one document has named so far, and who a later pronoun or title means."""

    def __init__(self, gendered: Mapping[str, str], given_names: Mapping[str, str] | None = None) -> None:
        self.gendered = gendered
        self.given_names = given_names or {}
        self.people: dict[int, Mention[T]] = {}  # by start offset: a later, fuller reading replaces an earlier
        self.organisations: dict[int, T] = {}  # international organisations named, by start offset
        self.learned: dict[str, str] = {}  # gender of a person (by key) told by a pronoun already resolved to them
        self.places: set[str] = set()  # lower-cased names the text uses as places: a town is no "he"
        self.links: dict[int, Mention[T] | None] = {}  # by token index: whom a pronoun was read as, in text order
        self._quotes_of: Doc | None = None
        self._quote_spans: list[tuple[int, int]] = []
        self._quote_starts: list[int] = []

    def remember(
        self, name: list[Token], actor: T, key: str, titles: tuple[str, ...] = (), *, fuller: bool = True
    ) -> None:
        """The person ``actor`` is named by the tokens ``name``; ``titles`` are the offices the text gives.

        ``fuller``: this reading knows at least as much as an earlier one of the same name (the resolver's
        pre-pass reads titles and names together; a later look at the name alone must not undo it).
        """
        if not name or (not fuller and name[0].idx in self.people) or not any(t.is_alpha for t in name):
            return  # a stray mark the recognizer took into a name ("‚") is nobody
        head = max(name, key=lambda t: t.i if t.head.i not in {n.i for n in name} else -1)
        arg = head
        while (arg.dep_ in ("compound", "appos", "flat") or _apposed_conjunct(arg)) and arg.head.i != arg.i:
            arg = arg.head
        subject = arg.dep_ in _SUBJECTS
        previous = self.people.get(name[0].idx)
        # "Lucy Roe": a given name the text writes (not one the base filled in for a bare "Clinton")
        given = self.given_names.get(name[0].lower_) if len(name) > 1 or name[0].ent_type_ == "PERSON" else None
        gender = self._gender(name, arg, given) or (previous.gender if previous else None)
        titles = tuple(dict.fromkeys([*(t.lower() for t in titles), *(previous.titles if previous else ())]))
        self.people[name[0].idx] = Mention(
            name[0].idx, name[0].sent.start, head.i, arg.head.i if subject else None, actor, gender, titles, key,
            oblique=arg.dep_ in _OBLIQUE, quoted=self._in_quotes(head), governor=_governor(arg),
        )

    def link(self, tok: Token, m: Mention[T] | None) -> None:
        """``tok`` (a pronoun or a description) stands for the person of ``m``: the article keeps talking about
        them, and a later "he" weighs this mention like a name ("Roe spoke. He said ... He added")."""
        self.links[tok.i] = m
        if m is None or tok.idx in self.people:
            return
        subject = tok.dep_ in _SUBJECTS
        self.people[tok.idx] = Mention(
            tok.idx, tok.sent.start, tok.i, tok.head.i if subject else None, m.actor,
            PRONOUN_GENDER.get(tok.lower_, m.gender), m.titles, m.key, linked=True,
            oblique=tok.dep_ in _OBLIQUE, quoted=self._in_quotes(tok), governor=_governor(tok),
        )

    def latest(self, key: str, before: int) -> Mention[T] | None:
        """The last mention of the person ``key`` before the character offset ``before``."""
        earlier = [m for m in self.people.values() if m.key == key and m.start < before]
        return max(earlier, key=lambda m: m.start) if earlier else None

    def speaker_mention(self, tok: Token, speaker: Token) -> Mention[T] | None:
        """The person the subject ``speaker`` of a reported clause names, if the article has named them."""
        spoken = {t.i for t in speaker.subtree}
        said = [m for m in self.people.values() if m.token in spoken and m.start < tok.idx and not m.linked]
        return max(said, key=lambda m: m.start) if said else None

    def fits(self, tok: Token, m: Mention[T]) -> bool:
        """Whether a pronoun can stand for the person of ``m``: not when the text told the other gender ("Ms Roe's
        husband said she ...": she is not the husband)."""
        want = PRONOUN_GENDER.get(tok.lower_)
        known = self.learned.get(m.key) or next((n.gender for n in self.people.values() if n.key == m.key
                                                 and n.gender), None)
        return want is None or known in (None, want)

    def pronoun(self, tok: Token) -> T | None:
        """The person a personal pronoun stands for, if the article has named one who fits."""
        if tok.i in self.links:
            linked = self.links[tok.i]
            return linked.actor if linked is not None else None
        m = self.antecedent(tok)
        return m.actor if m is not None else None

    def antecedent(self, tok: Token) -> Mention[T] | None:
        """The mention a personal pronoun takes up, if the article has named a person who fits."""
        want = PRONOUN_GENDER.get(tok.lower_)
        if want is None:
            return None
        # what any mention tells of a person's gender holds for all ("Keith Roe ..." then "Mr Roe")
        genders: dict[str, str] = dict(self.learned)
        for m in self.people.values():
            if m.gender:
                genders.setdefault(m.key, m.gender)
        fits = [m for m in self.people.values() if m.start < tok.idx and genders.get(m.key) in (None, want)
                and m.key.split("@")[0].lower() not in self.places]
        if tok.dep_ in _OBJECTS or (tok.dep_ == "pobj" and tok.head.dep_ == "prep"):
            verb = tok.head.head.i if tok.dep_ == "pobj" else tok.head.i
            if tok.lower_ in _REFLEXIVE:
                own = [m for m in fits if m.verb == verb]
                if own:
                    return own[-1]
            else:
                # "Roe praised him": him is not Roe; nor in "Roe sued X, accusing him", where Roe accuses
                verbs = {verb}
                v = tok.doc[verb]
                while v.dep_ in ("advcl", "xcomp", "conj") and not any(c.dep_ in _SUBJECTS for c in v.children):
                    v = v.head
                    verbs.add(v.i)
                doer = {m.key for m in self.people.values() if m.verb in verbs}
                named = {t.lower_ for s in kids(tok.doc[verb]) if s.dep_ in _SUBJECTS for t in s.subtree
                         if t.pos_ == "PROPN"}
                fits = [m for m in fits if m.key not in doer and m.key.split()[-1].lower() not in named]
        elif tok.dep_ in _SUBJECTS:
            # "He hailed President Roe": the doer is not the one his own verb acts on
            done_to = {m.key for m in self.people.values() if m.governor == tok.head.i and m.start > tok.idx}
            fits = [m for m in fits if m.key not in done_to]
        if not fits:
            return None
        current = tok.sent.start
        if not self._in_quotes(tok):
            # outside a quotation, the people a speaker talks about inside it are not whom the story turns to
            recent = sorted({m.sentence for m in fits}, reverse=True)[:_WINDOW]
            told = [m for m in fits if not m.quoted or m.sentence not in recent]
            if any(m.sentence in recent for m in told):
                fits = told
        if tok.dep_ in _SUBJECTS and not any(m.sentence == current and not m.oblique for m in fits) and any(
                m.sentence != current and m.verb is not None for m in fits):
            # "the funds approved by President Roe, which he described as ...": one only named in a phrase of
            # the pronoun's own sentence is no subject the story has been following; the one before is
            fits = [m for m in fits if m.sentence != current]
        sent_starts = sorted({m.sentence for m in fits}, reverse=True)
        # "He said that ...": the one who has been speaking, not a person the last sentence only mentions
        speaking = tok.dep_ in _SUBJECTS and tok.head.lemma_.lower() in REPORTING_VERBS
        for distance, sent in enumerate(sent_starts):
            if distance >= _WINDOW:
                break
            group = sorted((m for m in fits if m.sentence == sent), key=lambda m: m.start)
            subjects = [m for m in group if m.verb is not None]
            if speaking and not subjects and sent != current:
                window = set(sent_starts[distance + 1:_WINDOW])
                speakers = [m for m in fits if m.sentence in window and m.verb is not None
                            and tok.doc[m.verb].lemma_.lower() in REPORTING_VERBS]
                if speakers:
                    return self._learn(max(speakers, key=lambda m: m.start), want)
            if sent != current:
                # "While Roe was rude, Doe was kind; ...": the main clause's subject before a subordinate one's
                subjects = sorted(subjects, key=lambda m: not _main_clause(tok.doc[m.verb] if m.verb is not None
                                                                           else tok.doc[m.token]))
            known = [m for m in subjects if genders.get(m.key) == want]
            # in the pronoun's own sentence the nearest subject before it; before, a sentence's first subject
            core = [m for m in group if not m.oblique] or group
            pick = (known or subjects or group)[-1] if sent == current else (known or subjects or [core[-1]])[0]
            return self._learn(pick, want)
        return self._learn(max(fits, key=lambda m: m.start), want)

    def _in_quotes(self, tok: Token) -> bool:
        """Whether a token stands inside quotation marks (an odd number of them before it in its paragraph)."""
        doc = tok.doc
        if self._quotes_of is not doc:
            self._quotes_of, self._quote_spans = doc, quoted_spans(doc.text)
            self._quote_starts = [start for start, _ in self._quote_spans]
        k = bisect.bisect_right(self._quote_starts, tok.idx) - 1  # the spans are in order and do not overlap
        return k >= 0 and tok.idx < self._quote_spans[k][1]

    def quote_speaker(self, tok: Token) -> Token | None:
        """Who speaks the quotation a token stands in, when its own sentence does not say: the subject of a verb of
        saying outside the quotation marks, in the sentence the quotation ends or starts in ('"I thank Roe. I look
        forward ...," said Doe'), else the speaker of the quotation just before it ('..." she said. "I praise
        ...'): the "I" of a quotation is its speaker."""
        doc = tok.doc
        if not self._in_quotes(tok):
            return None
        k = bisect.bisect_right(self._quote_starts, tok.idx) - 1
        for _ in range(2):  # this quotation, then the one before it
            start, end = self._quote_spans[k]
            for at in (end - 1, start):
                said = self._saying_subject(doc, at)
                if said is not None:
                    return said
            said = _introducer(doc, start)
            if said is not None:
                return said
            if k == 0 or start - self._quote_spans[k - 1][1] > _CONTINUED:
                return None
            k -= 1
        return None

    def author(self, tok: Token) -> Mention[T] | None:
        """Who speaks as "I" or "we" outside any quotation in a press release: the office holder its headline or first
        sentence names as the one who acts ("Senator Jane Roe Applauds Port Grant" ... "I thank the Secretary for
        ..."). None when that sentence has no such subject, or names two (no safe candidate)."""
        if self._in_quotes(tok):
            return None
        opening = [s.start for s in islice(tok.doc.sents, _OPENING_SENTENCES)]  # a headline, a dateline, the lead
        for start in opening:
            if start >= tok.sent.start:
                return None
            # the subject of its verb, or the words it opens (a headline the parser reads as one long name)
            subjects = {m.key: m for m in self.people.values()
                        if m.sentence == start and (m.verb is not None or m.token - start < _HEADLINE_REACH)
                        and not m.linked and not m.quoted}
            # "Governor Roe and Senator Doe met ...": a subject with another person joined to it is no one author
            joined = [m for m in self.people.values() if m.sentence == start and m.key not in subjects
                      and tok.doc[m.token].dep_ == "conj"
                      and any(a.i in {s.token for s in subjects.values()} for a in tok.doc[m.token].ancestors)]
            if len(subjects) > 1 or joined:
                return None
            if subjects:
                m = next(iter(subjects.values()))
                return m if m.titles else None
        return None

    def _saying_subject(self, doc: Doc, char: int) -> Token | None:
        span = doc.char_span(char, char + 1, alignment_mode="expand")
        if span is None or not len(span):
            return None
        for verb in span[0].sent:
            if verb.lemma_.lower() in REPORTING_VERBS and verb.pos_ == "VERB" and not self._in_quotes(verb):
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if subject is not None and subject.lower_ not in _NO_SPEAKER:
                    return subject
        return None

    def _learn(self, m: Mention[T], gender: str) -> Mention[T]:
        """A person once called "he" is a man for every later pronoun ("she" then means someone else)."""
        self.learned.setdefault(m.key, gender)
        return m

    def remember_organisation(self, start: int, actor: T) -> None:
        self.organisations.setdefault(start, actor)

    def organisation(self, before: int) -> T | None:
        """"The bloc", "the alliance": the last international organisation named before."""
        earlier = [start for start in self.organisations if start < before]
        return self.organisations[max(earlier)] if earlier else None

    def titled(self, title: str, before: int) -> T | None:
        """"The president", "the minister": the last person named before with that title."""
        key = title.lower().split()
        for m in sorted(self.people.values(), key=lambda m: m.start, reverse=True):
            if m.start >= before:
                continue
            for t in m.titles:
                words = t.replace("-", " ").split()
                if words == key or (
                    len(key) == 1 and words and words[-1] == key[0] and not _QUALIFIERS & set(words[:-1])
                    and len(words) <= 2
                ):
                    return m.actor
        return None

    def _gender(self, name: list[Token], arg: Token, given: str | None = None) -> str | None:
        """What the text says of the person's gender: a title or honorific by the name, else the given name's
        (``given``), else their own "his" (a weaker sign: "Paul Roe said she would ..." speaks of another)."""
        doc = name[0].doc
        first = name[0].i
        ids = {t.i for t in name}
        # only words of the name's own phrase: in "Mr Roe accused Dr Doe" the "Mr" is Roe's, not Doe's
        before = [t for t in doc[max(first - 3, name[0].sent.start): first] if t.dep_ in _PHRASE_DEPS
                  and any(a.i in ids for a in t.ancestors) and all(a.i in ids or a.dep_ in _PHRASE_DEPS for a in
                                                                  t.ancestors if a.i < min(ids))]
        # the owner's words are not the person's: "Ms Roe's husband" is a man
        owners = {t.i for n in name if n.dep_ == "poss" for t in n.subtree}
        for tok in [*before, *name, *[c for c in arg.children if c.dep_ in ("compound", "appos", "amod")]]:
            if tok.i in owners:
                continue
            gender = self.gendered.get(tok.lower_)
            if gender:
                return gender
        if given is not None or arg.dep_ not in _SUBJECTS:
            return given
        verb = arg.head
        # "Kinew said he would ...": the speaker's own pronoun in the reported clause
        if verb.lemma_.lower() in REPORTING_VERBS:
            for clause in kids(verb):
                if clause.dep_ == "ccomp":
                    for c in kids(clause):
                        if c.dep_ in _SUBJECTS and c.lower_ in ("he", "she"):
                            return PRONOUN_GENDER[c.lower_]
        # "Noma said her daughter ...": the subject's own possessive
        for tok in verb.subtree:
            if tok.i > name[-1].i and tok.tag_ == "PRP$" and tok.lower_ in ("his", "her"):
                return PRONOUN_GENDER[tok.lower_]
        return None


def _introducer(doc: Doc, start: int) -> Token | None:
    """The speaker of a quotation that a clause ending in a colon introduces ('Roe released the following statement:
    "I thank ..."', 'Doe told reporters: "We ..."'): that clause's subject."""
    before = doc.text[:start].rstrip().rstrip("\"\u201c\u2018").rstrip()
    if not before.endswith(":"):
        return None
    span = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = span[0].sent.root
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.pos_ not in ("VERB", "AUX") or subject is None or subject.lower_ in _NO_SPEAKER:
        return None
    return subject


def _apposed_conjunct(tok: Token) -> bool:
    """"Minister of Defence, General Jane Roe, said": a name the parser joined to a title by a comma alone, as if
    listed with it, is the title's apposition."""
    return tok.dep_ == "conj" and tok.ent_type_ == "PERSON" and not any(c.dep_ == "cc" for c in tok.head.children) \
        and tok.head.ent_type_ != "PERSON" and tok.head.pos_ in ("NOUN", "PROPN")


def _governor(arg: Token) -> int:
    """The verb a mention is the direct object of, or -1."""
    return arg.head.i if arg.dep_ in ("dobj", "dative") else -1


_OPENING = {"\u201c": "\u201d", "\u2018": "\u2019"}


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans inside quotation marks: curly quotes pair up, straight double quotes alternate; a
    paragraph break closes a quotation left open (a quote running over paragraphs reopens on the next)."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    closing = ""
    for i, ch in enumerate(text):
        if start is not None and (ch == closing or (ch == "\n" and text[i + 1: i + 2] == "\n")):
            spans.append((start, i))
            start = None
        elif start is None and (ch in ("\u201c", '"')):
            start, closing = i + 1, _OPENING.get(ch, '"')
    if start is not None:
        spans.append((start, len(text)))
    return spans


def _main_clause(verb: Token) -> bool:
    """Whether a verb heads its sentence's main clause (or one joined to it by "and"), or what the main clause
    reports ("Roe was fleeing, her daughter says": both Roe and the daughter)."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT"
                                   and verb.head.lemma_.lower() in REPORTING_VERBS)
