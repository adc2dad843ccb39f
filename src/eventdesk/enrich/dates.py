"""When an event happened: a date in its clause, else its citation's date, else the publication's.

Dates in the text ("on May 18", "last Tuesday", "this week", "last month", "in 2007") are resolved
with dateparser against the publication date, preferring the past as news reports it (and the
future for events the text plans). A citation's day refines a coarser text date it falls in.
"A month later", "the next day" count from the date of the event they follow (the ``anchor``).
A date belongs to the clause that governs it: "who was born in 1988" or "in the 1999 war" inside
a relative clause dates that clause, not the sentence's act; ages ("Roe, 51,") are not dates.
A date the calendar cannot hold ("in 0000", a week after 9999-12-31) is unknown, never an error.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from dateparser.date import DateDataParser
from spacy.tokens import Span, Token

from eventdesk.enrich.calendar import calendar_date, nearest_day
from eventdesk.events.arguments import lexicon
from eventdesk.models import Citation, DateBasis, DatePrecision
from eventdesk.months import NUMBERS as MONTH_NUMBERS

_PRECISIONS: dict[str, DatePrecision] = {"day": "day", "week": "week", "month": "month", "year": "year"}
# "two years", "for the past three months": durations, not dates
_DURATION = re.compile(
    r"^(?:for |over |within )?(?:the )?(?:past |next |last )?(?:\w+ )?(?:years|months|weeks|days|decades)$", re.I
)
_RELATIVE = re.compile(
    r"\b(last|this|next|ago|yesterday|today|tomorrow|week|month|year|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)\b",
    re.I,
)


@dataclass(frozen=True)
class EventDate:
    date: dt.date
    precision: DatePrecision
    basis: DateBasis

    def contains(self, day: dt.date) -> bool:
        if self.precision == "day":
            return day == self.date
        if self.precision == "week":
            return self.date <= day < self.date + dt.timedelta(days=7)
        if self.precision == "month":
            return (day.year, day.month) == (self.date.year, self.date.month)
        return day.year == self.date.year


@lru_cache(maxsize=64)
def _parser(prefer: str, published: dt.date | None) -> DateDataParser:
    settings: dict[str, object] = {"PREFER_DATES_FROM": prefer}
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(published, dt.time())
    return DateDataParser(languages=["en"], settings=settings)


def _start_of(date: dt.date, precision: DatePrecision) -> dt.date:
    if precision == "week":
        return date - dt.timedelta(days=date.weekday())
    if precision == "month":
        return date.replace(day=1)
    if precision == "year":
        return date.replace(month=1, day=1)
    return date


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_NAMES = MONTH_NUMBERS
_SIMPLE = re.compile(
    r"^(?:(?P<rel>last|this|next|past|coming)\s+)?(?P<unit>week|month|year|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?$"
    r"|^(?P<word>today|yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?$|^(?P<year>\d{4})$"
    r"|^(?P<m1>[a-z]{3,9})\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{4}))?$"
    r"|^(?P<d2>\d{1,2})\s+(?P<m2>[a-z]{3,9})\.?(?:\s+(?P<y2>\d{4}))?$|^(?P<m3>[a-z]{3,9})\s+(?P<y3>\d{4})$"
)


def _simple_date(text: str, published: dt.date | None, future: bool) -> tuple[dt.date, DatePrecision] | None:
    """The frequent expressions of news ("Thursday", "last week", "May 18", "2007") without dateparser.

    Same results as dateparser for these; anything else goes to dateparser.
    """
    m = _SIMPLE.match(text.lower())
    if m is None:
        return None
    if m["year"]:
        return dt.date(int(m["year"]), 1, 1), "year"
    month_name = m["m1"] or m["m2"] or m["m3"]
    if month_name:
        month = _MONTH_NAMES.get(month_name)
        if month is None:
            return None
        year_text = m["y1"] or m["y2"] or m["y3"]
        if m["m3"]:
            return dt.date(int(year_text), month, 1), "month"
        day = int(m["d1"] or m["d2"])
        if year_text:
            try:
                return dt.date(int(year_text), month, day), "day"
            except ValueError:
                return None
        found = nearest_day(month, day, published, future)
        return (found, "day") if found else None
    if published is None:
        return None
    word = m["word"]
    if word:
        return published + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[word]), "day"
    unit, rel = m["unit"], m["rel"]
    step = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0, None: 0}[rel]
    if unit in _WEEKDAYS:
        delta = (_WEEKDAYS.index(unit) - published.weekday()) % 7
        if rel in ("this", None) and not future:
            delta = delta - 7 if delta else 0  # "on Monday" in a Monday story is that day
        elif step < 0:
            delta = delta - 7 if delta else -7
        elif step > 0 or (rel is None and future):
            delta = delta or 7  # a plan "on Monday" made on a Monday is for the next one
        return published + dt.timedelta(days=delta), "day"
    if rel is None:
        return None
    if unit == "week":
        return published + dt.timedelta(weeks=step), "week"
    if unit == "month":
        month_index = published.year * 12 + published.month - 1 + step
        return dt.date(month_index // 12, month_index % 12 + 1, 1), "month"
    return dt.date(published.year + step, 1, 1), "year"


@lru_cache(maxsize=4096)
def parse_date_text(text: str, published: dt.date | None, future: bool = False) -> tuple[dt.date, DatePrecision] | None:
    """One date expression resolved against the publication date; None when it is not a date.

    A date the calendar cannot hold ("in 0000", "next year" in 9999) is None too: one unknown date,
    never a document lost.
    """
    try:
        return _parse_date_text(text, published, future)
    except (ValueError, OverflowError):
        return None


def _parse_date_text(text: str, published: dt.date | None, future: bool) -> tuple[dt.date, DatePrecision] | None:
    cleaned = re.sub(r"^(on|in|during|since|by|from|until|as of|at)\s+", "", text.strip(), flags=re.I)
    if not cleaned or _DURATION.match(cleaned) or re.search(r"\b\d{4}s\b|\bthe \d+s\b", cleaned) \
            or _NOT_A_DATE.search(cleaned) or _is_span(cleaned):
        return None
    simple = _simple_date(cleaned, published, future)
    if simple is None:
        # the recognizer sometimes glues a place to the date ("Kyiv next month"): try without it
        words = cleaned.split()
        while len(words) > 1 and words[0][:1].isupper() and words[0].lower() not in _MONTH_NAMES \
                and words[0].lower() not in _WEEKDAYS:
            words = words[1:]
        if len(words) < len(cleaned.split()):
            simple = _simple_date(" ".join(words), published, future)
    if simple is not None:
        return _start_of(simple[0], simple[1]), simple[1]
    named = calendar_date(cleaned, published, future)
    if named is not None:
        return named[0], _PRECISIONS[named[1]]
    data = _parser("future" if future else "past", published).get_date_data(cleaned)
    if data.date_obj is None:
        return None
    precision = _PRECISIONS.get(data.period or "day", "day")
    has_year = re.search(r"\b\d{4}\b", cleaned) is not None
    relative = _RELATIVE.search(cleaned)
    if published is None and not has_year and not relative:
        return None  # "May 18" with no year to anchor it: unknown, not guessed
    if published is None and relative:
        return None
    return _start_of(data.date_obj.date(), precision), precision


# Ages and counts: "Roe, 51," (a bare number), "45-year-old", "51 years old", "aged 51"
# and addresses: "14th St.", "5th Avenue"
_NOT_A_DATE = re.compile(
    r"^\d{1,3}$|year-old|\byears? old\b|^aged\b|\d(?:st|nd|rd|th)\s+(?:st|street|ave|avenue|road|rd)\b", re.I)
_UNIT = re.compile(r"^(?:hour|minute|day|week|month|year|decade|centur(?:y|ie))s?$")
_ALWAYS_SPANS = ("hour", "minute", "decade", "centur")  # "the last decade", "48 hours": no day of the calendar
_COUNT_WORDS = frozenset(("a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                          "eleven", "twelve", "few", "several", "many", "couple", "dozen"))
_POINTS = frozenset(("ago", "later", "earlier", "before", "after", "this", "that"))


def _is_span(text: str) -> bool:
    """ "in just three months", "about a year", "48 hours", "the last decade": a length of time, not a date.

    "three months ago", "last year", "this week" are dates: a point word or a bare "last/next" with one unit.
    """
    words = text.lower().replace("-", " ").split()
    if not words or not _UNIT.match(words[-1]) or _POINTS & set(words):
        return False
    unit = words[-1]
    counted = any(w in _COUNT_WORDS or w.isdigit() for w in words[:-1])
    return counted or unit.endswith("s") or unit.startswith(_ALWAYS_SPANS)

# -- dates counted from the event before ("a month later", "the next day") ---------------------------

_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_ANCHORED = re.compile(
    r"^(?:(?P<n>\w+|a few)\s+)?(?P<unit>day|week|month|year)s?\s+(?P<dir>later|after|afterwards?|on|earlier|before)$"
    r"|^the\s+(?P<which>next|following|previous|preceding)\s+(?P<unit2>day|week|month|year|morning|afternoon"
    r"|evening|night)$"
    r"|^the\s+(?P<unit3>day|week|month|year)\s+(?P<dir3>after|before)$"
    r"|^(?:later\s+|earlier\s+)?(?:that(?:\s+same)?|the\s+same)\s+(?P<unit4>day|week|month|year|morning|afternoon|evening|night)$",
    re.I,
)
_ORDER: tuple[DatePrecision, ...] = ("day", "week", "month", "year")
_COARSER: dict[DatePrecision, DatePrecision] = {"day": "week", "week": "month", "month": "year", "year": "year"}


def _unit(word: str) -> DatePrecision:
    word = word.lower()
    return word if word in ("week", "month", "year") else "day"  # type: ignore[return-value]


def anchored_offset(text: str) -> tuple[int, DatePrecision, bool] | None:
    """("a month later") -> (1, "month", exact): a step from the event before; None if not such a date."""
    cleaned = re.sub(r"^(on|in|by|until)\s+", "", text.strip(), flags=re.I)
    m = _ANCHORED.match(cleaned)
    if m is None:
        return None
    if m["unit"]:
        count_word = (m["n"] or "").lower()
        if count_word and count_word not in _COUNTS and not count_word.isdigit() \
                and count_word not in ("a few", "few", "several", "some", "many"):
            return None
        exact = count_word in _COUNTS or count_word.isdigit()
        count = int(count_word) if count_word.isdigit() else _COUNTS.get(count_word, 1)
        sign = -1 if m["dir"].lower() in ("earlier", "before") else 1
        return sign * count, _unit(m["unit"]), exact
    if m["which"]:
        return (1 if m["which"].lower() in ("next", "following") else -1), _unit(m["unit2"]), True
    if m["unit3"]:
        return (1 if m["dir3"].lower() == "after" else -1), _unit(m["unit3"]), True
    return 0, _unit(m["unit4"]), True


def _step(anchor: EventDate, text: str) -> EventDate | None:
    offset = anchored_offset(text)
    if offset is None:
        return None
    count, unit, exact = offset
    try:
        if unit == "day":
            date = anchor.date + dt.timedelta(days=count)
        elif unit == "week":
            date = anchor.date + dt.timedelta(weeks=count)
        elif unit == "month":
            index = anchor.date.year * 12 + anchor.date.month - 1 + count
            date = dt.date(index // 12, index % 12 + 1, 1)
        else:
            date = dt.date(anchor.date.year + count, 1, 1)
    except (ValueError, OverflowError):
        return None
    precision = unit if exact else _COARSER[unit]
    if _ORDER.index(anchor.precision) > _ORDER.index(precision):
        precision = anchor.precision  # no finer than the date it counts from
    return EventDate(_start_of(date, precision), precision, "text")


def event_date(
    trigger: Token, sent: Span, published: dt.date | None, citations: list[Citation],
    excluded: list[tuple[int, int]], future: bool = False, date_ents: list[Span] | None = None,
    anchor: EventDate | None = None, announcement: bool = False,
) -> EventDate | None:
    """The date of an event from its clause, its citation, or the publication.

    ``anchor`` is the date of the event before it in the text, from which "a month later" counts;
    without one such an expression dates nothing. An ``announcement`` (the intent or refusal derived
    from a planned act) takes only a date of the verb that reports it ("said on Friday it will ...").
    """
    text_date: EventDate | None = None
    own, sentence_level = _dates_for(trigger, sent, excluded, date_ents)
    if announcement:  # derived from a planned act ("will convene Friday sessions"): not the plan's date
        candidates = sentence_level
    elif future and not _looks_ahead(sent.root):  # "said on Friday it will ...": the saying's date is not the plan's
        candidates = own
    else:
        candidates = [*own, *sentence_level]
    for ent in candidates:
        if anchored_offset(ent.text) is not None:
            text_date = _step(anchor, ent.text) if anchor is not None else None
        else:
            # a plan's own date lies ahead; the date of the verb that reports it ("said on Friday") does not
            ahead = future and (ent in own or _looks_ahead(sent.root))
            parsed = parse_date_text(ent.text, published, ahead)
            text_date = EventDate(parsed[0], parsed[1], "text") if parsed is not None else None
        if text_date is not None:
            break
    cited = [c.date for c in citations if c.date is not None]
    if text_date is not None:
        if text_date.precision != "day":
            for day in cited:
                if text_date.contains(day):
                    return EventDate(day, "day", "citation")
        return text_date
    if cited:
        return EventDate(min(cited), "day", "citation")
    if published is not None:
        return EventDate(published, "day", "published")
    return None


def perfect_background(trigger: Token) -> bool:
    """ "has repeatedly criticized", "have long opposed", "activists who have challenged him": a present perfect
    told as background, of no time of its own; not an act of the publication day.

    A present perfect with an adverb of frequency or duration (lexicon lists ``frequency`` and ``lasting``), or in
    a relative clause describing a participant, is background; the perfect of news ("Russia has expelled 23
    diplomats", "police have arrested two men") is not.
    """
    if trigger.pos_ not in ("VERB", "AUX") or trigger.tag_ not in ("VBN", "VBD"):  # the tagger may say VBD
        return False
    first = trigger  # "has long opposed and criticized": the auxiliary of the first conjunct serves both
    while first.dep_ == "conj" and first.head.tag_ == "VBN" and not any(
            c.dep_ in ("aux", "auxpass") for c in first.children):
        first = first.head
    if first.tag_ != "VBN" or not any(
            c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in first.children):
        return False
    adverbs = {c.lower_ for verb in {trigger, first} for c in verb.children if c.dep_ in ("advmod", "neg")}
    lex = lexicon()
    return bool(adverbs & {*lex.get("frequency", ()), *lex.get("lasting", ())}) or first.dep_ == "relcl"


def date_entities(ents: list[Span], excluded: list[tuple[int, int]]) -> list[Span]:
    """The DATE entities (of a sentence) outside source citations, birth dates and mere numbers left out."""
    return [
        e for e in ents
        if e.label_ == "DATE" and not any(s <= e.start_char and e.end_char <= t for s, t in excluded)
        and not _is_birth(e) and not _mere_number(e)
    ]


# a number written with digits and punctuation alone: a year, a numeric date, or a phone number, a count...
_DIGITS_ONLY = re.compile(r"^[\d\s().+/:,-]+$")
_NUMERIC_DAY = re.compile(r"^(?:\d{1,2}[/.]\d{1,2}[/.](?:\d{2}|\d{4})|\d{4}-\d{1,2}-\d{1,2})$")
_BARE_YEARS = re.compile(r"^\d{4}(?:\s*[-/]\s*(?:\d{2}|\d{4}))?$")  # "1998", "2010-15", "2018-2020"
# words after which a bare four-digit number is a year: "in 1998", "since 2009", "from 1986 to 1998",
# "the year 2000"; grammar, not facts of the world
_YEAR_BEFORE = frozenset((
    "in", "since", "by", "until", "till", "through", "from", "to", "before", "after", "during", "of", "between",
    "circa", "year", "early", "mid", "late"))
_CHRONOLOGY = frozenset(("-", "–", "—", ":", ","))  # "1998 - Peru signs ...", "In 1998, ..."


def _mere_number(ent: Span) -> bool:
    """ "call 613-555-0192, ext. 4417", "arrested 1250 people", "(2330 GMT)": a number that is no date.

    A number written in digits alone is a date only when it is a numeric day ("16/09/2019", "2019-09-16")
    or a year in a date context: after a preposition of time ("in 1998", "from 1986 to 1998"), before the
    noun it dates ("the 1999 war", "a 2010 census"), or heading an entry of a chronology ("1998 - ...").
    """
    text = ent.text.strip()
    if not _DIGITS_ONLY.match(text) or _NUMERIC_DAY.match(text):
        return False
    return not (_BARE_YEARS.match(text) and _year_context(ent))


def _year_context(ent: Span) -> bool:
    doc, sent = ent.doc, ent.sent
    before = doc[ent.start - 1] if ent.start > sent.start else None
    after = doc[ent.end] if ent.end < sent.end else None
    if before is None:
        return after is not None and after.text in _CHRONOLOGY
    if before.lower_ in _YEAR_BEFORE:
        return True
    if before.lower_ in ("and", "or", "-", "–") and ent.start - 2 >= sent.start and _BARE_YEARS.match(
            doc[ent.start - 2].text):
        return True  # "in 2013 and 2014"
    head = ent.root.head
    # before the noun it dates, after a determiner or a possessive ("the 1999 war", "Peru's 2016 census"),
    # or alone before a singular noun ("1997 model"); "1250 protesters" is a count
    return ent.root.dep_ in ("nummod", "compound", "amod", "nmod") and head.i >= ent.end \
        and head.pos_ in ("NOUN", "PROPN") and (before.dep_ in ("det", "poss", "case") or head.tag_ in ("NN", "NNP"))


def _is_birth(ent: Span) -> bool:
    """ "born in 1988", "his birth in 1988": when someone was born is never an event's date."""
    head = _governor(ent.root)
    return head is not None and (head.lower_ == "born" or head.lemma_.lower() == "birth")


def _governor(tok: Token) -> Token | None:
    """The predicate a date depends on: the nearest verb above it (or a noun it modifies through a preposition)."""
    for anc in tok.ancestors:
        if anc.pos_ in ("VERB", "AUX") or anc.lemma_.lower() == "birth":
            return anc
    return None


def _looks_ahead(verb: Token) -> bool:
    """ "will meet", "shall meet", "is to meet", "is going to meet": the verb speaks of the future."""
    words = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return bool(words & {"will", "shall", "'ll", "wo", "going"}) or (verb.tag_ == "VB" and "to" in words)


def _dates_for(
    trigger: Token, sent: Span, excluded: list[tuple[int, int]], ents: list[Span] | None,
) -> tuple[list[Span], list[Span]]:
    """Date expressions of the trigger's own clause, then those of the sentence's main verb.

    A date in a relative clause ("Serbia, which fought in the 1999 war, criticised ...") dates that
    clause only: background, never the act it describes a participant of. A date in a clause the trigger
    governs is that clause's ("Roe said GDP was higher 40 years ago", "admitted stabbing him in 2014"),
    unless it stands before the clause's subject, where the parser hangs the report's own date ("said on
    Friday it will close ...").
    """
    if ents is None:
        ents = date_entities(list(sent.ents), excluded)
    if not ents:
        return [], []
    place = {e.start: _place(e, trigger) for e in ents}
    for e in ents:
        if place[e.start] in ("own", "below") and _hung_low(e, trigger):
            place[e.start] = "report"
        elif place[e.start] == "below" and _before_subject(e, trigger):
            place[e.start] = "own"
    own = [e for e in ents if place[e.start] == "own"]
    first = _first_conjunct(trigger)
    if first is not None:  # "In 2016 the unit supported the fair, worked with the police": the fronted date of both
        own += [e for e in ents if e not in own and e.end <= first.i and _place(e, first) == "own"]

    def attached_to_root(e: Span) -> bool:
        head = e.root.head
        if head.dep_ == "prep":
            head = head.head
        return head == sent.root and e.root.dep_ not in _ARGUMENTS

    sentence_level = [] if _background(trigger) else [
        e for e in ents if (attached_to_root(e) or place[e.start] == "report") and e not in own]
    return own, sentence_level


_MODIFIER = ("compound", "nummod", "amod", "nmod", "poss")
# a word in these slots is a noun phrase even when tagged a verb ("Trump on April 5 threatened ...")
_NOMINAL = ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "dative", "poss", "compound")
_ARGUMENTS = ("nsubj", "nsubjpass", "csubj", "dobj", "attr")  # "2017 has pulled the unit ...": no time of the act
_YEAR = re.compile(r"^\d{4}(?:'s|’s)?$")
_COMPLEMENTS = ("ccomp", "xcomp")  # "told viewers on Friday that ...": a date the parser hung below the report


def _place(ent: Span, trigger: Token) -> str | None:
    """Where a date stands to the trigger: in its "own" clause, in a complement clause "below" it, or neither."""
    tok = ent.root
    head = tok.head
    if tok.dep_ in _MODIFIER and head != trigger and head.pos_ in ("NOUN", "PROPN") and _YEAR.match(ent.text) \
            and head.ent_type_ not in ("DATE", "TIME") and head.dep_ != "pobj":
        # "the 2018 edition takes ...": the year of a thing named ("in a 2012 interview" dates the act, and so
        # does a day: "will convene Friday sessions")
        return None
    if head.lower_ == "of" and head.head.pos_ in ("NOUN", "PROPN") and head.head != trigger:
        return None  # "the Act of 1956", "the war of 1812": a name
    if tok.dep_ in _ARGUMENTS:
        return None
    crossed = False
    for anc in tok.ancestors:
        if anc == trigger:
            return "below" if crossed else "own"
        if anc.dep_ == "appos":
            return None  # "Jane Roe, a resident since 2009, said": the appositive describes a participant
        if (anc.pos_ == "VERB" or (anc.pos_ == "AUX" and anc.dep_ != "aux")) and anc.dep_ not in _NOMINAL:
            if _after_agent(ent, anc):
                continue  # "was handed to the Speaker by the opposition led by Silva on 12 May": the handing's
            if anc.dep_ not in _COMPLEMENTS:
                return None  # a relative clause, or another act joined by "and": its own date
            crossed = True
    return None


def _after_agent(ent: Span, verb: Token) -> bool:
    """A date closing a participle's agent ("the opposition led by Silva on 12 May"): the parser hangs there
    the date of the clause around it."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return False
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return agent is not None and agent.i < ent.start and ent.end >= verb.right_edge.i + 1


def _first_conjunct(trigger: Token) -> Token | None:
    """The verb a conjoined verb shares its subject with: "supported" of "supported ..., worked ..."; None when
    the trigger is no such verb or has a subject of its own."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return None  # "..., and on Monday it criticized ...": a clause of its own
    first = trigger
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    return first if first is not trigger else None


def _hung_low(ent: Span, trigger: Token) -> bool:
    """ "Russia said on Friday it will close ...": a date between the reporting verb and the reported clause's
    subject is the report's, though the parser may hang it on the reported verb."""
    clause = next((t for t in (trigger, *trigger.ancestors) if t.dep_ == "ccomp"), None)
    if clause is None or not clause.head.i < ent.start:
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and ent.end <= subject.i


def _before_subject(ent: Span, trigger: Token) -> bool:
    """ "Peru said on Friday it will close ...", with the date hung on "close": it comes after the trigger
    and before the subject of the clause below the trigger that holds it."""
    clause = next((t for t in ent.root.ancestors if t.head == trigger and t.dep_ in _COMPLEMENTS), None)
    if clause is None or not trigger.i < ent.start:
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and ent.end <= subject.i


def _background(trigger: Token) -> bool:
    """A trigger inside a relative clause or an appositive tells background: the main verb's date is not its own."""
    return any(t.dep_ in ("relcl", "appos") for t in (trigger, *trigger.ancestors))
