"""Restoring the capitals of a lower-cased or upper-cased text before the parse.

Much regional news arrives as lower-cased dumps ("lucknow: the vhp has sought ...") or with upper-cased
headlines, and spaCy's tagger and entity recognizer read names off their capitals: without them "india"
is a common noun and no actor is found. So a text with (almost) no capitals, and every line written all in
capitals, is re-cased before the parse, the way a reader would write it:

- phrases of the knowledge base (countries, capitals, organisations, people) in their own spelling
  ("united nations" -> "United Nations", "u.s." -> "U.S.");
- places of the gazetteer: big cities always, smaller ones when the text names their country;
- sentence starts, datelines ("ahmedabad: the ..."; "kolkata, india –" in capitals, as wire copy has it),
  "I", weekdays, and months beside a number;
- abbreviations the text defines, with the name they stand for ("british airways (ba)" -> "British Airways
  (BA)", and every later "ba"), found the way Schwartz and Hearst's abbreviation finder does;
- "the us", "us-led", "us officials": the country; an acronym of the base that the text uses as a common
  noun ("his car and ...") stays that noun;
- a word that English mostly writes with a capital ("helen", "saskatoon", "nato": spaCy's cased word table,
  ``nlp.cased_lexicon``) is a name, and so is a word no English dictionary knows ("jilani", "janša") unless
  that table has it mostly small ("blockchain"); so is a dictionary word beside such a name ("helen
  okonkwo") or after a title ("said", "mr");
- names made of common words that end in a head noun of a body or place (``nlp.name_heads``): after a name
  ("marion county sheriff's office", "lufthansa group"), after "the" with "of" ("the department of parks and
  recreation"), after an opener ("national wool board"), before "of" and a name ("the harbour board of
  kenya"), and the base's offices and bodies ("the supreme court");
- the short parts of a person's name beside a name: initials ("george w. bush"), "O'" and "D'" ("o'hara",
  "d'souza"), surnames of two letters ("tendai wu").

Only the case of letters changes, never the length, so every character offset into the re-cased text is an
offset into the original.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language

from eventdesk.months import NAMES as MONTH_NAMES
from eventdesk.months import NUMBERS as MONTH_NUMBERS
from eventdesk.nlp.cased_lexicon import CasedLexicon
from eventdesk.nlp.name_heads import name_heads, name_openers, name_prefixes, place_heads, street_heads
from eventdesk.nlp.titles import title_abbreviations

_WORD = re.compile(r"[^\W\d_][^\W_]*")  # a word begins with a letter and may hold digits ("m23", "g20", "news24")
_CODE = re.compile(r"[^\W\d_]{1,3}\d[^\W_]*")  # a code of a few letters and a number ("er24", "f16"): capitals
_JOIN = re.compile(r"[\s.\-'\u2019&]{1,3}")  # what may stand between two words of one name
_SENTENCE_END = re.compile(r"[.!?:]\W*\s|\n")  # between two words: the first ends a sentence or a dateline
_STOP = re.compile(r"[.!?](?![,;])\W*\s|\n")  # a sentence's end (not "springfield, ill., police": a comma goes on)
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_MONTHS = set(MONTH_NUMBERS)
# Months that are no other word ("in april", unlike "may", "march", "august"), and titles never written small.
# Words before which "march", "may" and "august" are the month ("in march", "since may", "last august").
_BEFORE_MONTH = {"in", "since", "until", "till", "last", "next", "early", "late", "mid", "during", "from"}
_ALWAYS_CAPITAL = {m for m in MONTH_NAMES if m not in ("march", "may", "august")} | {"mr", "mrs", "dr"}
_MAX_WORDS = 6
_LABEL_WORDS = 4  # a colon after this many words of a line at most ends a dateline or a label, not a clause
# After a dateline's place: a qualifier ("wis.", "india") or a date ("march 3", "march 3, 2002"), an agency
# ("(ap)", "(reuters)"), then a dash.
_DATELINE_REST = re.compile(r"(?:,\s*[^\W\d_][\w.]*(?: [^\W_][\w.]*)?(?:,? \d{4})?)?(?:\s*\(([\w .&/-]{1,30})\))?"
                            r"\s*(?:--|[-–—])\s")
_ADDRESS = re.compile(r"/|@|\bwww\.|\.(?:com|org|net|gov|edu|int|info|co|io)\b", re.IGNORECASE)
_AGENCY_ACRONYM = 4  # an agency's name this short is an acronym ("ap", "afp", "ians"), a longer one a name ("reuters")
_DATELINE_SEARCH = 400
# Words around which a noun of the dictionary is a name ("said nelson", "mr hogg", "bryant told"), and words
# before which it never is ("the nelson", "his bush"): the reader's evidence when the capitals are gone.
_NAME_BEFORE = {"mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "gen", "col", "capt", "lt", "sgt", "prof", "st",
                "president", "minister", "senator", "judge", "justice", "coach", "pope", "prince", "king", "queen",
                "saint", "sir", "lord", "lady", "chief", "governor", "mayor", "said", "says", "told", "added",
                "according"}
_NAME_AFTER = {"said", "says", "told", "added", "explained", "tweeted", "wrote", "argued", "noted", "stated"}
# Titles written with a capital before a name.
_TITLES = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "col", "capt", "lt", "sgt", "prof", "st", "president",
           "minister", "prime", "foreign", "defence", "defense", "home", "finance", "chief", "senator", "judge",
           "justice", "pope", "prince", "princess", "king", "queen", "saint", "sir", "lord", "lady", "governor",
           "mayor", "secretary", "general", "cardinal", "archbishop", "bishop", "ambassador", "commissioner",
           "inspector", "superintendent", "deputy", "vice", "chairman", "speaker", "senior"}
# Words after which "us" before a noun is the country ("that us drones", "of us interests"): no verb that
# takes the pronoun as its object ("gave us money").
_NO_OBJECT_BEFORE = {"that", "why", "how", "whether", "and", "or", "but", "of", "in", "on", "with", "from", "against",
                     "about", "between", "over", "into", "than", "whose", "said", "says", "visible", "former", "new"}
# Words before which a word is a common noun ("his car", "a car"), unlike "the" and "that" ("agreed that eu and").
_DETERMINERS = {"a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your",
                "some", "any", "every", "each", "another"}
# Words of a name written small ("Trade Promotion Organization of Iran").
_MINOR = {"of", "and", "the", "for", "in", "on", "at", "to", "de", "du", "la", "le", "van", "von", "da", "al", "el"}
# How English nouns of a person end ("leader", "councillor", "sergeant", "president", "secretary", "constable",
# "attorney"): the head of an office, not of a body.
_PERSON_ENDINGS = ("er", "or", "ant", "ent", "ist", "ary", "able", "ney")
# Words written with a full stop that ends no sentence ("gen. smith", "jan. 5").
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "col", "capt", "lt", "sgt", "prof", "st", "jr",
                  "sr", "vs", "jan", "feb", "aug", "sept", "oct", "nov", "dec"}
# Titles written in capitals before a name.
_UPPER_TITLES = {"pm", "mp", "mla", "mlc", "mep", "cm", "dg", "ig", "sp", "dsp", "sho", "ceo"}
_AGE = re.compile(r", \d")  # "daniel soldier, 22,": a person's age after the name
_ORDINAL = re.compile(r"(?i)first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)")
_SAID = {"said", "says", "told", "added", "asked"}  # after which a word alone is the speaker ("said fowler")
# Words that open an appositive after a person's name ("jane quest, the society's spokeswoman").
_APPOSITION = {"a", "an", "the", "who", "whose", "his", "her", "their", "our", "its", "aged"}
_NOT_NAME_AFTER = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
                   "your", "some", "any", "every", "each", "no"}
# A big city is written with a capital whatever the article is about; a smaller one only in its own country's news.
BIG_CITY = 1_000_000
# A word English writes with a capital this often is a name ("Helen" 0.96, "Easter" 0.63, "God" 0.55); a word
# the dictionary lacks but written small this often is a new common word ("cybersecurity" 0.22 capitalised).
NAME_SHARE = 0.6
OPEN_NAME_SHARE = 0.8
COMMON_SHARE = 0.5
TITLE_NAME_SHARE = 0.3  # after a title: "trump" 0.39, "brown" 0.41 are names, "may" 0.07, "will" 0.03 are not
ACRONYM_SHARE = 0.9  # "CEO" 0.96, "MPs" 0.96, "NGOs" 0.98: written in capitals all but always
NEVER_NAME_SHARE = 0.1  # "morning" 0.04, "technology" 0.06: no name by its place in the sentence ("rice" 0.26 is)
# Below this share of capitalised words a text is taken as lower-cased (cased news has 10-15%).
_LOWER_SHARE = 0.02


@dataclass(frozen=True)
class _Entry:
    words: tuple[str, ...]  # as written
    country: str | None
    weak: bool  # used only when the text names its country
    person: bool = False
    adjective: bool = False  # "British": no name of a body begins with it ("british police")
    dotted: bool = False  # letters written with stops ("U.S.", "A.U."): never read across a space ("a u.s. base")


def needs_recasing(text: str) -> bool:
    """Whether ``TrueCaser`` would change ``text``: a lower-cased text, or a line written in capitals."""
    if _lower_cased(text):
        return True
    if not any(c.isupper() for c in text):
        return False
    return any(_shouting(line.group()) for line in re.finditer(r"[^\n]+", text))


class TrueCaser:
    """Re-cases lower-cased texts and upper-cased lines; ``truecaser(text)`` has the length of ``text``.

    ``names`` are (phrase as written, kind, country) of the knowledge base (``KnowledgeBase.cased_phrases()``),
    ``places`` (name, country, population) of the gazetteer.

    >>> tc = TrueCaser(kb.cased_phrases(), places=[("Lucknow", "IND", 2_472_011)],
    ...                lexicon={"noun": {"police"}, "verb": {"arrest"}})
    >>> tc("lucknow: police arrested jilani.")
    'Lucknow: Police arrested Jilani.'
    """

    def __init__(
        self, names: Iterable[tuple[str, str, str | None]], places: Iterable[tuple[str, str | None, int]] = (),
        lexicon: Mapping[str, Iterable[str]] | None = None, keep_lower: Iterable[str] = (),
        actor_nouns: Iterable[str] = (), cased: CasedLexicon | None = None, heads: Mapping[str, bool] | None = None,
        home_names: Iterable[tuple[str, str]] = (),
        qualifiers: Iterable[str] = (),
    ) -> None:
        lexicon = lexicon or {}
        self.cased = cased
        self.lexicon = {w.lower() for words in lexicon.values() for w in words}
        # words that are more than a name when they are verbs, adjectives or adverbs ("nice", "split", "polish")
        self.open_words = {w.lower() for pos, words in lexicon.items() if pos != "noun" for w in words}
        self.verbs = {w.lower() for w in lexicon.get("verb", ())}
        self.heads = dict(name_heads() if heads is None else heads)  # "county", "ministry": True if "the X of"
        self.place_heads = place_heads()  # "city", "station": "the old city of" is no name
        self.openers = name_openers()  # "national", "international": "national wool board" is a name
        self.prefixes = name_prefixes()  # "air", "mount": "air malawi" is a name
        self.streets = street_heads()  # "street", "avenue": "ninth street" is a name
        # nouns and adjectives: the words between a name and its head ("border security force")
        self.nouns = {w.lower() for w in lexicon.get("noun", ())}
        self.adjectives = {w.lower() for w in lexicon.get("adj", ())}
        self.modifiers = (self.nouns | self.adjectives - self.verbs) - set(STOP_WORDS)
        self.keep_lower = {w.lower() for w in keep_lower} | set(STOP_WORDS)
        self.actor_nouns = {w.lower() for w in actor_nouns}  # "officials", "troops": "us officials" are the US's
        # "ceos" -> "CEOs": the patterns' words that English all but always writes in capitals
        self.acronym_forms = {w: form for w in self.keep_lower if (form := self._acronym(w)) is not None}
        self.entries: dict[tuple[str, ...], _Entry] = {}
        # names of a country's body in its own news only ("the Centre" of India): (words, as written, country)
        self.home_names = {tuple(w.lower() for w in _WORD.findall(name)):
                           (tuple(w[:1].upper() + w[1:] for w in _WORD.findall(name)), country)
                           for name, country in home_names if _WORD.findall(name)}
        # abbreviated states written after a town ("springfield, ill." -> "Ill."), longest first ("w.va." before "va.")
        self.qualifiers = sorted(((form.lower(), form) for form in qualifiers), key=lambda q: -len(q[0]))
        self.titles = set(_TITLES)  # and the words of the base's offices ("detective constable", "district attorney")
        # abbreviated titles of the data file ("const. Jane Doe" -> "Const. Jane Doe"): their stop ends no sentence
        self.abbreviations = _ABBREVIATIONS | {a[:-1].lower() for a in title_abbreviations()}
        self.titles |= self.abbreviations - _ABBREVIATIONS
        # given names of the base's people ("mark", "bill"): before a name no dictionary knows they are names
        self.given_names: set[str] = set()
        for phrase, kind, country in names:
            self._add(phrase, country, kind)
            words = phrase.split()
            if kind == "person" and len(words) > 1 and words[0].isalpha() and len(words[0]) >= 3:
                self.given_names.add(words[0].lower())
        for name, country, population in places:
            self._add(name, country, "place" if population >= BIG_CITY else "small place")
        self._starts = {key[0] for key in self.entries}

    def _add(self, phrase: str, country: str | None, kind: str) -> None:
        words = tuple(_WORD.findall(phrase))
        if words and words[0].lower() == "the" and len(words) > 1:
            words = words[1:]
        if not words or not any(c.isupper() for w in words for c in w):
            return
        key = tuple(w.lower() for w in words)
        if kind == "body" and _office(key[key.index("of") - 1] if "of" in key[1:] else key[-1]):
            # "Detective Constable": an office, a title; not its adjectives ("a new zealand national")
            self.titles.update(w for w in key if len(w) > 2 and w not in _MINOR and w not in self.adjectives)
            return  # before a name, written small without one ("the prime minister said")
        if len(key) == 1 and (key[0] in STOP_WORDS or len(key[0]) < 2):
            return  # "US" is never "us", "IT" never "it"
        acronym = len(key) == 1 and words[0].isupper() and len(words[0]) >= 2
        if acronym and key[0] not in self.open_words:
            pass  # "NATO", "EU": an acronym is a name even where the patterns know the word ("nato forces")
        elif len(key) == 1 and kind not in ("country", "adjective") and self._common(key[0], self.open_words):
            return  # "Nice", "Split", "AID": the verb or adjective first
        if len(key) == 1 and kind == "adjective" and self._common(key[0], self.verbs) \
                and (self.cased is None or self.cased.name_form(key[0], NAME_SHARE) is None):
            return  # "Polish": the verb first; "British" is only ever a demonym, and "French" mostly
        if kind == "person" and len(key) == 1 and self._common(key[0], self.lexicon):
            return  # "Rice", "Bush": a common word first (a name only beside the full name, see ``restore``)
        weak = kind == "small place"
        old = self.entries.get(key)
        if old is None or (old.weak and not weak):
            dotted = len(words) > 1 and all(len(w) == 1 for w in words) and "." in phrase
            self.entries[key] = _Entry(words, country, weak, kind == "person", kind == "adjective", dotted)

    def _noun(self, word: str) -> bool:
        """A noun, singular or plural ("drones", "affairs"), not a verb only ("agree")."""
        if word in STOP_WORDS:
            return False
        stems = (word, word[:-1], word[:-2], word[:-3] + "y") if word.endswith("s") else (word,)
        return any(stem in self.nouns for stem in stems)

    def _a_name(self, word: str) -> bool:
        """A word English mostly writes with a capital, or one that no dictionary knows and the cased table does
        not have as a word written small."""
        if word in self.keep_lower:
            return False
        if self._name_share(word) is not None:
            return True
        plain = _unaccented(word)
        if self._common(plain):
            # a seeming derived form ("dewly" as if of "dew") that the cased table, which has a million spellings
            # and every common one, never saw is a name; a rare plural or past ("godowns", "condoled") is not
            return not (plain in self.lexicon or self.cased is None or plain in self.cased.share
                        or plain.endswith(("s", "ed")))
        return self.cased is None or not self.cased.knows_lower(word, COMMON_SHARE)

    def _name_share(self, word: str) -> str | None:
        """The capitalised form of a word English mostly writes so; a verb, adjective or adverb ("north",
        "thanks": capitalised at every sentence start) needs a larger share."""
        if self.cased is None:
            return None
        open_word = word in self.open_words or (word.endswith("s") and word[:-1] in self.verbs)  # not "east-er"
        share = OPEN_NAME_SHARE if open_word else NAME_SHARE
        return self.cased.name_form(word, share)

    def _acronym_form(self, word: str) -> str:
        """"crpf" -> "CRPF", "mps" -> "MPs", "ltd" -> "Ltd": the cased table's usual form, else capitals."""
        form = self._name_share(word) if self.cased is not None else None
        return form if form is not None and len(form) == len(word) else word.upper()

    def _written_in_capitals(self, form: str) -> bool:
        """Whether English all but always writes the word as ``form`` ("UK", "GOP"; not "CAR", mostly "car")."""
        return self.cased is not None and self.cased.name_form(form, ACRONYM_SHARE) == form

    def _acronym(self, word: str) -> str | None:
        """"ceos" -> "CEOs", "dgp" -> "DGP": an acronym of three letters or more, singular or plural, that English
        all but always writes in capitals, among the words that otherwise stay small (the patterns' and the
        sectors'; others are names, "marta", "xi", or words, "ada")."""
        if self.cased is None or len(word) < 3 or word in STOP_WORDS or word in _ABBREVIATIONS:
            return None
        form = self.cased.name_form(word, ACRONYM_SHARE)
        if form is None or len(form) != len(word) or not (form.isupper() or (form[-1] == "s" and form[:-1].isupper())):
            return None
        return form

    def _name_form(self, word: str) -> str:
        """"nato" -> "NATO", "helen" -> "Helen", "er24" -> "ER24": the usual capitalised form, else a capital first
        letter, or capitals for a code of letters and a number."""
        if _CODE.fullmatch(word):
            return word.upper()
        form = self._name_share(word)
        return form if form is not None and len(form) == len(word) else word.capitalize()

    def _common(self, word: str, lexicon: set[str] | None = None) -> bool:
        """A word of the English dictionary (or of ``lexicon``), in one of its inflected forms."""
        lexicon = self.lexicon if lexicon is None else lexicon
        w = word.lower()
        if w in lexicon or w in self.keep_lower:
            return True
        for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""),
                             ("ing", "e"), ("er", ""), ("er", "e"), ("est", ""), ("est", "e"), ("ly", ""),
                             ("ers", ""), ("ers", "e")):
            if w.endswith(suffix) and len(w) - len(suffix) >= 2:
                stem = w[: len(w) - len(suffix)] + repl
                if stem in lexicon or stem in self.keep_lower:
                    return True
                if len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in lexicon:  # "stopped"
                    return True
        return False

    # -- deciding what to re-case -----------------------------------------------------------------

    def __call__(self, text: str) -> str:
        if _lower_cased(text):
            return self.restore(text)
        if not any(c.isupper() for c in text):
            return text
        out = text
        for line in re.finditer(r"[^\n]+", text):
            if _shouting(line.group()):
                lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in line.group())
                restored = self.restore(lowered, line_start=True)
                out = out[: line.start()] + restored + out[line.end():]
        return out

    def restore(self, text: str, line_start: bool = True) -> str:
        """The text with the capitals a writer would have used (letters already capital stay so)."""
        spans = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        lowered = [text[s:e].lower() for s, e in spans]
        chars = list(text)

        def put(i: int, cased: str) -> None:
            s, e = spans[i]
            if len(cased) == e - s:
                for k, c in enumerate(cased):
                    if c.isupper():
                        chars[s + k] = c

        matched: list[tuple[int, _Entry]] = []
        i = 0
        while i < len(spans):
            entry = self._phrase_at(text, spans, lowered, i)
            if entry is not None:
                matched.append((i, entry))
                i += len(entry.words)
            else:
                i += 1
        common = _common_nouns_here(text, spans, lowered)
        # an acronym that the text uses as an ordinary noun ("his car", "cars") is that noun, not "CAR"
        matched = [(i, e) for i, e in matched if not (len(e.words) == 1 and e.words[0].isupper()
                                                      and lowered[i] in common)]
        # a country's acronym that is also an English noun ("a car bomb", "car owners") is the noun, unless the
        # text names that country in words too ("the central african republic ... car troops") or English all but
        # always writes the word in capitals ("uk": the dictionary's lower-cased index has proper nouns too)
        spelled = {e.country for _, e in matched if e.country and not (len(e.words) == 1 and e.words[0].isupper())}
        matched = [(i, e) for i, e in matched if not (len(e.words) == 1 and e.words[0].isupper() and e.country
                                                      and e.country not in spelled
                                                      and self._common(lowered[i], self.lexicon)
                                                      and not self._written_in_capitals(e.words[0]))]
        countries = {e.country for _, e in matched if not e.weak and e.country}
        # "springfield, ill.": a town its state's abbreviation follows is named, whatever the text's country
        qualified = {i for i, e in matched if self._qualifier(text, spans[i + len(e.words) - 1][1]) is not None}
        named: set[int] = set()
        for i, entry in matched:
            if entry.weak and entry.country not in countries and i not in qualified:
                continue
            for k, word in enumerate(entry.words):
                put(i + k, word)
                named.add(i + k)
        # "british airways (ba)": the name in full and its abbreviation, then every later "ba"
        long_forms, defined, acronyms = self._abbreviations(text, spans, lowered)
        for i in long_forms - named:
            if lowered[i] not in _MINOR:
                put(i, lowered[i].capitalize())
                named.add(i)
        for i in defined:
            put(i, lowered[i].upper())
            named.add(i)
        unknown = {i for i, word in enumerate(lowered)
                   if i not in named and self.lexicon and len(word) >= 3 and _latin(word) and self._a_name(word)
                   and text[spans[i][1]: spans[i][1] + 2] not in ("'t", "\u2019t")  # "didn't" is no name
                   and not _in_address(text, *spans[i])}
        known = {i + k for i, e in matched for k in range(len(e.words))} | unknown | long_forms
        spaced = {j for j in range(len(spans) - 1) if text[spans[j][1]: spans[j + 1][0]] == " "}
        names = self._names_by_usage(lowered, known, spaced)
        # a town's name that is a given name too ("florence webb, 52"): a person's name may begin there
        towns = {i for i, e in matched if e.weak and len(e.words) == 1}
        surnamed = self._surnames(text, spans, lowered, unknown | towns, named - towns)
        # a person named in full is named by the surname after ("donald trump ... trump said")
        names |= {e.words[-1].lower() for _, e in matched if e.person and len(e.words) > 1 and len(e.words[-1]) >= 3}
        # words capitalised as names (not as a sentence's start, a weekday or a month): where a body's name may begin
        proper = {i for i in named | defined | unknown
                  if not any(j <= i < j + len(e.words) and e.adjective for j, e in matched)}
        proper |= {i for i, word in enumerate(lowered) if word in names or word in acronyms}
        for i, word in enumerate(lowered):
            s, e = spans[i]
            gap = text[spans[i - 1][1]: s] if i else text[:s]
            after = text[e: spans[i + 1][0]] if i + 1 < len(spans) else ""
            starts = (i == 0 and line_start) or (_starts_after(text, gap, s) and not (
                gap.startswith(". ") and i and _abbreviated(lowered[i - 1])))  # "u.s. troops", "gen. smith"
            if word == "us" and ((i and (lowered[i - 1] == "the" or lowered[i - 1] in _DETERMINERS) and gap == " ")
                                 or (text[s - 2: s - 1].isdigit() and text[s - 1: s] == " ")
                                 or text[e: e + 1] in ("-", "$")
                                 or (after == " " and (starts or lowered[i + 1] in self.actor_nouns or (
                                     i and lowered[i - 1] in _NO_OBJECT_BEFORE and gap == " "
                                     and self._noun(lowered[i + 1]))))):
                # "the us", "a us rate hike", "10,000 us dollars", "us-led", "us$", "us officials", "us forces said",
                # "that us drones": never the pronoun
                put(i, "US")
            elif word in acronyms:
                put(i, word.upper())
            elif _vowelless(word) and word not in self.keep_lower and word not in self.titles \
                    and word not in _ABBREVIATIONS and word not in _UPPER_TITLES and not gap.endswith(("'", "\u2019")) \
                    and not text[max(0, s - 2): s].strip()[-1:].isdigit() \
                    and not _in_address(text, s, e):  # not "5 kms", "5th", "we'll", "www.x.org"
                put(i, self._acronym_form(word))  # "slfp", "crpf", "mps": no English word is without a vowel
            elif i not in named and word in self.acronym_forms:
                put(i, self.acronym_forms[word])  # "ceos", "ngos", "dgp": the capitals English always writes them in
            elif starts:
                put(i, word.capitalize())
            elif word == "i" and not gap.endswith((".", "-", "'", "\u2019")):
                put(i, "I")
            elif word in names or word in _WEEKDAYS or word in _ALWAYS_CAPITAL \
                    or (word in self.given_names and i + 1 in unknown and i in spaced) \
                    or (word in _MONTHS and (_beside_number(text, s, e) or (
                        gap == " " and i and lowered[i - 1] in _BEFORE_MONTH))):
                put(i, word.capitalize())
            elif i in unknown:
                put(i, self._name_form(word))  # a name, or a word no dictionary knows
            elif i in surnamed:
                put(i, word.capitalize())
        if self.home_names:
            self._home_names(text, spans, lowered, countries, put)
        demonyms = {i + k for i, e in matched if e.adjective for k in range(len(e.words))}
        self._bodies(text, spans, lowered, proper, put, demonyms)
        dated = 0  # where the last dateline ends: its qualifier ("agra, india (reuters) --") is no dateline of its own
        for i, entry in matched:  # "kolkata, india – police ...": a dateline, in capitals as wire copy has it
            s = spans[i][0]
            end = spans[i + len(entry.words) - 1][1]
            rest = _DATELINE_REST.match(text, end)
            if s < _DATELINE_SEARCH and s >= dated and rest and (
                    s == 0 or text[:s].endswith("\n") or not text[:s].strip() or _dated(rest)):
                dated = rest.end()
                for k in range(len(entry.words)):
                    put(i + k, lowered[i + k].upper())
                # then the qualifier and the agency ("RUSSELLVILLE, Ark. (AP) -"), and the first word of the story
                k = i + len(entry.words)
                while k < len(spans) and spans[k][0] < rest.end():
                    agency = rest.start(1) <= spans[k][0] < rest.end(1)
                    short = agency and rest.end(1) - rest.start(1) <= _AGENCY_ACRONYM
                    put(k, lowered[k].upper() if short else lowered[k].capitalize())
                    k += 1
                if k < len(spans):
                    put(k, lowered[k].capitalize())
        self._name_parts(text, spans, lowered, chars, put)
        for i in range(len(spans)):  # "Dover, del.," -> "Dover, Del.,": a state's abbreviation after a name
            found = self._qualifier(text, spans[i][1]) if chars[spans[i][0]].isupper() else None
            if found is not None:
                for k, c in enumerate(found[1]):
                    chars[found[0] + k] = c if c.isupper() else chars[found[0] + k]
        for i in range(len(spans) - 2, -1, -1):  # "prime minister Vajpayee" -> "Prime Minister Vajpayee"
            s, e = spans[i]
            nxt = spans[i + 1][0]
            if lowered[i] in self.titles and chars[nxt].isupper() and (text[e:nxt] == " " or (
                    text[e:nxt] == ". " and lowered[i] in self.abbreviations)):  # "rep. Hanabusa", not "home. The"
                put(i, lowered[i].capitalize())
            elif lowered[i] in self.prefixes and chars[nxt].isupper() and text[e:nxt] == " " \
                    and lowered[i + 1] not in _WEEKDAYS and lowered[i + 1] not in _MONTHS \
                    and not (i and lowered[i - 1] in _DETERMINERS):
                put(i, lowered[i].capitalize())  # "Air Malawi", "Mount Kenya"; not "a lake Monday", "his radio"
            elif lowered[i] in _UPPER_TITLES and chars[nxt].isupper() and text[e:nxt] == " " \
                    and not text[max(0, s - 3): s].strip().isdigit():
                put(i, lowered[i].upper())  # "pm Cerar", "mp Robinson", not "5 pm Monday"
        return "".join(chars)

    def _qualifier(self, text: str, end: int) -> tuple[int, str] | None:
        """The abbreviated state after a place's name that ends at ``end`` (", ill.", ", n.j."): where it starts and
        how it is written."""
        if text[end: end + 2] != ", ":
            return None
        start = end + 2
        for low, form in self.qualifiers:
            stop = start + len(low)
            if text[start: stop].lower() == low and not text[stop: stop + 1].isalpha():
                return start, form
        return None

    def _bodies(self, text: str, spans: list[tuple[int, int]], lowered: list[str], proper: set[int],
                put: Callable[[int, str], None], demonyms: frozenset[int] | set[int] = frozenset()) -> None:
        """Names of bodies and places made of common words and ending in a head noun: after a name, up to two
        nouns or adjectives then the head ("marion county sheriff's office": a head may start the next such
        name); a body's head after an opener ("national wool board"), after "the" and its nouns when "of" and
        a name follow ("the harbour board of kenya"), or after a demonym with a noun between or "of" after
        ("the kenyan revenue services agency", "the kenyan association of ..."); a head that takes "of",
        after "the" or a name, and its nouns ("the ministry of home affairs")."""
        def gap(j: int) -> str:  # between word j - 1 and word j
            return text[spans[j - 1][1]: spans[j][0]] if j > 0 else ""

        def next_word(j: int) -> int | None:
            """The word after word j within one name: a space apart, past a possessive "'s" ("sheriff's office")."""
            if j + 2 < len(spans) and lowered[j + 1] == "s" and text[spans[j][1]: spans[j + 1][0]] in ("'", "\u2019") \
                    and text[spans[j + 1][1]: spans[j + 2][0]] == " ":
                return j + 2
            return j + 1 if j + 1 < len(spans) and text[spans[j][1]: spans[j + 1][0]] == " " else None

        capital = set(proper)
        self._opened_bodies(text, spans, lowered, capital, put, demonyms)  # first: "international airlines" group
        for i, word in enumerate(lowered):  # "ninth street", "5th avenue": a street named by its number
            if word not in self.streets or not i or text[spans[i][0] - 1: spans[i][0]] != " ":
                continue
            s = spans[i][0]
            before = text[max(0, s - 24): s - 1].split() or [""]
            number = before[-1]
            if number.isalpha() and len(before) > 1 and before[-2].lower() in _DETERMINERS | {"the"}:
                continue  # "a second avenue for talks", "the first street on the left": no street's name
            if _ORDINAL.fullmatch(number):
                if number.isalpha():
                    put(i - 1, lowered[i - 1].capitalize())
                put(i, word.capitalize())
                capital.update((i - 1, i))
        j: int | None
        for i in range(len(spans)):
            if i not in capital:
                continue
            first = i
            while first - 1 in capital and text[spans[first - 1][1]: spans[first][0]] == " ":
                first -= 1
            if first and lowered[first - 1] in _DETERMINERS:
                continue  # "a new york court", "his lagos office": one of many, no name
            run: list[int] = []
            j = next_word(i)
            if j is not None and lowered[i] in self.heads and lowered[j].endswith("s") \
                    and self._common(lowered[j], self.verbs):
                continue  # "the ... Department keeps watch", "the Ministry says": a verb after the name
            while j is not None and len(run) < 3:
                run.append(j)
                if lowered[j] in self.heads:
                    for k in run:
                        put(k, lowered[k].capitalize())
                    capital.update(run)
                    break
                if not self._modifier(lowered[j]) or j in capital:
                    break
                j = next_word(j)
        for i, word in enumerate(lowered):
            if not self.heads.get(word) or i + 2 >= len(spans) or lowered[i + 1] not in ("of", "for") \
                    or text[spans[i][1]: spans[i + 2][0]] != f" {lowered[i + 1]} " or not (i in capital or (
                        lowered[i - 1] == "the" and not self._object_of_verb(lowered, i - 1, gap(i - 1)))):
                continue
            words: list[int] = []  # the nouns after "of", with "and" between them ("parks and recreation")
            j = i + 2
            while j is not None and len(words) < 3 and (j in capital or (self._modifier(lowered[j]) and not (
                    lowered[j].endswith("ed") and self._common(lowered[j], self.verbs)))):  # not "... affairs agreed"
                words.append(j)
                j = next_word(j)
                if j is not None and lowered[j] == "and" and words:
                    j = next_word(j)
            if words:
                put(i, word.capitalize())
                for k in words:
                    put(k, lowered[k].capitalize())

    def _opened_bodies(self, text: str, spans: list[tuple[int, int]], lowered: list[str], capital: set[int],
                       put: Callable[[int, str], None], demonyms: frozenset[int] | set[int]) -> None:
        """A body's head with up to three nouns or adjectives before it, named by what opens or follows them:
        an opener not after "a" or "his" ("the national wool board", not "a national bank"), "the" with "of"
        and a name after the head ("the harbour board of kenya", not "the old city of rome"), or a demonym
        with nouns between ("the kenyan revenue services agency", not "the british police") or with "of"
        after a head that takes it ("the kenyan association of ...")."""
        for i, word in enumerate(lowered):
            if word not in self.heads or word in self.place_heads or i in capital:
                continue
            first = i  # the name's first word
            while first and i - first < 3 and text[spans[first - 1][1]: spans[first][0]] == " " \
                    and first - 1 not in capital and first - 1 not in demonyms and self._modifier(lowered[first - 1]):
                first -= 1
                if lowered[first] in self.openers:
                    break
            of = i + 2 < len(spans) and lowered[i + 1] == "of" and text[spans[i][1]: spans[i + 2][0]] == " of "
            before = lowered[first - 1] if first else ""
            if first < i and before == "the" and of and self._object_of_verb(
                    lowered, first - 1, text[spans[first - 2][1]: spans[first - 1][0]] if first > 1 else ""):
                continue  # "accused the national bank of fraud": "accuse X of Y", no name
            opened = first < i and lowered[first] in self.openers and before not in _DETERMINERS
            named = first < i and before == "the" and of and i + 2 in capital \
                and not any(w.endswith(("ing", "ed")) for w in lowered[first:i])  # "the ruling party of"
            national = first - 1 in demonyms and (first < i or (of and self.heads[word])) \
                and not (first > 1 and lowered[first - 2] in _DETERMINERS)  # not "a danish drug company"
            if opened or named or national:
                for k in range(first, i + 1):
                    put(k, lowered[k].capitalize())
                    capital.add(k)

    def _name_parts(self, text: str, spans: list[tuple[int, int]], lowered: list[str], chars: list[str],
                    put: Callable[[int, str], None]) -> None:
        """The short parts of a person's name beside a name found: an initial between two names ("tunde b.
        Okafor"), the "O'" and "D'" of Irish and Goan surnames ("o'Hara", "d'Souza") with the given name
        before them, and a surname of two letters after a name or title, that English mostly writes so ("Tendai Wu",
        "President Xi", not "Obama TV")."""
        def capital(j: int) -> bool:
            return 0 <= j < len(spans) and chars[spans[j][0]].isupper()

        def gap(j: int) -> str:  # what stands between word j and the next
            return text[spans[j][1]: spans[j + 1][0]] if j + 1 < len(spans) else ""

        for i, word in enumerate(lowered):
            if len(word) == 1 and gap(i) == ". " and i and gap(i - 1) == " " and capital(i - 1) and capital(i + 1):
                put(i, word.upper())  # "George w. Bush"
            elif word in ("o", "d") and gap(i) in ("'", "\u2019") and capital(i + 1) and len(lowered[i + 1]) > 2:
                put(i, word.upper())
                if i and gap(i - 1) == " " and lowered[i - 1] in self.given_names:
                    put(i - 1, lowered[i - 1].capitalize())  # "bill O'Hara"
            elif len(word) == 2 and i and gap(i - 1) == " " and word not in self.keep_lower and self.cased \
                    and (form := self.cased.name_form(word, NAME_SHARE)) is not None and (
                        (capital(i - 1) and form[1:].islower()) or lowered[i - 1] in _TITLES):  # not "Obama TV"
                put(i, word.capitalize())

    def _modifier(self, word: str) -> bool:
        """A noun or adjective that may stand inside a name ("home affairs", "border security")."""
        return word in self.modifiers or self._noun(word)

    def _object_of_verb(self, lowered: list[str], i: int, gap: str = " ") -> bool:
        """Word i follows a verb other than "said" (``gap`` between them, no sentence's end: "they met. The
        ministry of ..."): "accused the ministry of delays" is no "Ministry of Delays"."""
        return i > 0 and lowered[i - 1] not in _NAME_AFTER and lowered[i - 1] not in STOP_WORDS \
            and not _SENTENCE_END.search(gap) and self._common(lowered[i - 1], self.verbs)

    def _abbreviations(
        self, text: str, spans: list[tuple[int, int]], lowered: list[str],
    ) -> tuple[set[int], set[int], set[str]]:
        """Abbreviations the text defines, "international renewable energy agency (irena)": the words of the name
        in full and the abbreviations defined (word indexes), and the abbreviations to write in capitals wherever
        they are, found as Schwartz and Hearst (2003) do: every letter of the short form in order in the long
        one, the first at the start of a word."""
        long_forms: set[int] = set()
        defined: set[int] = set()
        acronyms: set[str] = set()
        for i, word in enumerate(lowered):
            s, e = spans[i]
            if not (text[s - 1: s] == "(" and text[e: e + 1] == ")" and 2 <= len(word) <= 8 and i):
                continue
            first = max(0, i - min(len(word) + 5, 2 * len(word)))
            start = _long_form(word, lowered[first:i])
            if start is None or i - first - start < 2 or lowered[first + start] in _MINOR:
                continue
            long_forms.update(range(first + start, i))
            defined.add(i)
            if word not in self.keep_lower and not self._common(word, self.open_words):
                acronyms.add(word)  # "who", "aid": a word first, written in capitals only where defined
        return long_forms, defined, acronyms

    def _names_by_usage(self, lowered: list[str], known: set[int], spaced: set[int] | None = None) -> set[str]:
        """Nouns of the dictionary that the text uses as names: after a title or "said", before "said", next
        to another name, and never after an article or a possessive ("the rice", "his bush")."""
        def candidate(w: str, before: str) -> bool:  # "thursday morning", "told reporters": never names
            if len(w) < 3 or (self.cased is not None and self.cased.knows_lower(w, NEVER_NAME_SHARE)):
                return False
            if w not in self.lexicon and not (self.cased is not None and w in self.cased.share and self._common(w)):
                return False  # "jonathan banks": an inflected form too, where the cased table can veto it
            if not self._common(w, self.open_words):
                return True
            # "president trump", "mr brown": a verb or adjective after a title, if often written with a capital
            return before in _TITLES and before in _NAME_BEFORE and self.cased is not None \
                and not self.cased.knows_lower(w, TITLE_NAME_SHARE)

        def name_at(j: int) -> bool:
            """Word j is a name: of the knowledge base, or found already."""
            if not 0 <= j < len(lowered) or lowered[j] in self.keep_lower:
                return False
            return j in known or lowered[j] in found

        found: set[str] = set()
        refused = {w for j, w in enumerate(lowered) if j and lowered[j - 1] in _NOT_NAME_AFTER}
        for _ in range(2):  # a name beside a name found in the first pass ("david hogg")
            for j, w in enumerate(lowered):
                if w in found or w in refused or not candidate(w, lowered[j - 1] if j else ""):
                    continue
                before = lowered[j - 1] if j else ""
                after = lowered[j + 1] if j + 1 < len(lowered) else ""
                beside = (name_at(j - 1) and (spaced is None or j - 1 in spaced)) or (
                    name_at(j + 1) and (spaced is None or j in spaced))
                if before in _NAME_BEFORE or after in _NAME_AFTER or beside:
                    found.add(w)
        return found

    def _home_names(self, text: str, spans: list[tuple[int, int]], lowered: list[str], countries: set[str],
                    put: Callable[[int, str], None]) -> None:
        """A name of a country's body in its own news, after "the", where the text names that country ("the centre
        asked the states" in Indian news: the Union government), not a place's centre ("the centre of the town",
        "the centre for policy research"; "accused the Centre of delaying" is the body)."""
        for i in range(1, len(lowered)):
            if lowered[i - 1] != "the" or text[spans[i - 1][1]: spans[i][0]] != " ":
                continue
            for key, (words, country) in self.home_names.items():
                end = i + len(key)
                if tuple(lowered[i:end]) != key or country not in countries:
                    continue
                if end + 1 < len(lowered) and lowered[end] in ("of", "for") and not lowered[end + 1].endswith("ing"):
                    continue
                for k, word in enumerate(words):
                    put(i + k, word)

    def _surnames(self, text: str, spans: list[tuple[int, int]], lowered: list[str], unknown: set[int],
                  named: set[int]) -> set[int]:
        """Surnames that are English words ("jane quest", "marta pilot", "nora bell"): a word after a given name
        (or a one-word town that may be one: "kimberly")
        where the pair is a person's name by its place (a title or "said" before, an age or an appositive after,
        "said" after, or a couple's name before: "ken and nora bell"; a noun naming actors only with an age:
        "daniel soldier, 22") or the word alone is
        a speaker elsewhere ("lena fowler of ...", "said fowler"), and then that word
        alone wherever it is no common noun ("quest said", "the bells"; not "a quest", "his quest")."""
        def gap(j: int) -> str:  # between word j and the next
            return text[spans[j][1]: spans[j + 1][0]] if j + 1 < len(spans) else ""

        def given(j: int) -> bool:  # a given name: a name no dictionary knows, not a place of the base
            return 0 <= j < len(lowered) and (j in unknown or lowered[j] in self.given_names) and j not in named

        speakers: set[str] | None = None  # words the text uses alone as a speaker ("quest said", "said fowler")
        found: set[str] = set()
        pairs: set[int] = set()  # the surnames of full names
        firsts = unknown | {j for j, w in enumerate(lowered) if w in self.given_names}
        for i in sorted(firsts):
            if i + 1 >= len(lowered):
                continue
            w = lowered[i + 1]
            if not given(i) or gap(i) != " " or i + 1 in unknown or i + 1 in named or len(w) < 3 \
                    or not w.isascii() or w in STOP_WORDS or w in self.heads or w in _TITLES \
                    or w in _NAME_AFTER or w in _WEEKDAYS or w in _MONTHS or (i and lowered[i - 1] in _NOT_NAME_AFTER) \
                    or w.endswith(("ed", "ing")) or (w in self.lexicon and not self._noun(w)) \
                    or (w.endswith("s") and w[:-1] in self.verbs):  # "okafor visited", "okoro leads"
                continue
            before = lowered[i - 1] if i else ""
            after, rest = gap(i + 1), lowered[i + 2] if i + 2 < len(lowered) else ""
            titled = (before in self.titles or before in _NAME_BEFORE) and before != "st"  # not "st. john police"
            couple = before == "and" and i > 1 and gap(i - 2) == " " and given(i - 2)
            aged = bool(_AGE.match(text, spans[i + 1][1]))
            if w in self.actor_nouns and not aged:
                continue  # "madison police said": a town's police; but "daniel soldier, 22," is a man
            described = (after.strip() == "," and rest in _APPOSITION) or aged
            spoke = after == " " and rest in _NAME_AFTER
            if speakers is None and not (titled or couple or described or spoke):
                speakers = {v for j, v in enumerate(lowered)
                            if (j + 1 < len(lowered) and lowered[j + 1] in _NAME_AFTER and gap(j) == " "
                                and not (j and lowered[j - 1] in _NOT_NAME_AFTER)) or (j and lowered[j - 1] in _SAID)}
            if titled or couple or described or spoke or (speakers is not None and w in speakers):
                found.add(w)
                pairs.add(i + 1)
        if not found:
            return set()
        out: set[int] = set()
        for j, w in enumerate(lowered):
            before = lowered[j - 1] if j else ""
            modified = j and gap(j - 1) == " " and (before in _NOT_NAME_AFTER or before in _DETERMINERS or (
                before in self.adjectives and before not in _NAME_BEFORE))  # "a long quest"; "said fowler"
            if w in found and (j in pairs or not modified):
                out.add(j)  # "Quest said", "Marta Pilot"; not "a quest", "the range", "a long quest"
            elif w.endswith("s") and w[:-1] in found and before == "the" and w[:-1] not in self.actor_nouns:
                out.add(j)  # "the Bells": the family; not "the rangers"
        return out

    def _phrase_at(self, text: str, spans: list[tuple[int, int]], lowered: list[str], i: int) -> _Entry | None:
        if lowered[i] not in self._starts:
            return None
        best = None
        key: tuple[str, ...] = ()
        for j in range(i, min(i + _MAX_WORDS, len(spans))):
            if j > i and not _JOIN.fullmatch(text[spans[j - 1][1]: spans[j][0]]):
                break
            key = (*key, lowered[j])
            entry = self.entries.get(key)
            if entry is not None and not (entry.dotted and any(
                    "." not in text[spans[k - 1][1]: spans[k][0]] for k in range(i + 1, j + 1))):
                best = entry
        return best


def _starts_after(text: str, gap: str, start: int) -> bool:
    """Whether ``gap`` (before the word at ``start``) ends a sentence: a stop or a line break; a colon only
    after a dateline or a label, the first few words of a sentence ("lucknow: the vhp", "source: un"), or
    before a quotation ('said: "we'), not inside a clause ("a lesson to offer: they pay less")."""
    if _STOP.search(gap):
        return True
    if ":" not in gap:
        return False
    if any(q in gap for q in "\"\u201c'\u2018"):
        return True
    end = start - len(gap)
    low = max(0, end - 200)  # a label is in the last few words: no copy of the text before, no count from its start
    last = max((m.end() for m in _STOP.finditer(text, low, end)), default=low)
    return len(_WORD.findall(text, last, end)) <= _LABEL_WORDS


def _long_form(short: str, words: list[str]) -> int | None:
    """The index of the first of ``words`` that spells ``short`` (its letters in order, right to left, the first
    letter starting a word), as in Schwartz and Hearst's abbreviation finder; None when they do not."""
    joined = " ".join(words)
    k = len(joined) - 1
    for n, c in enumerate(reversed(short)):
        first = n == len(short) - 1
        while k >= 0 and (joined[k] != c or (first and k > 0 and joined[k - 1] != " ")):
            k -= 1
        if k < 0:
            return None
        k -= 1
    return joined[: k + 1].count(" ")


def _dated(rest: re.Match[str]) -> bool:
    """A dateline's rest that gives a date or an agency ("durban, june 3 (ana) -"): a dateline even after the
    headline and the byline on the same line, as wire copy runs them together ("... by jan roe durban, june 3")."""
    return rest.group(1) is not None or any(c.isdigit() for c in rest.group())


def _in_address(text: str, start: int, end: int) -> bool:
    """A word of a web or mail address ("https://www.", "x@y.org", "example.com"): written small."""
    left = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min(i for i in (text.find(" ", end), text.find("\n", end), len(text)) if i >= 0)
    return bool(_ADDRESS.search(text, left, right))


def _vowelless(word: str) -> bool:
    """A word of three to six letters none of them a vowel ("slfp", "crpf"): an acronym, no English word."""
    return 3 <= len(word) <= 6 and word.isascii() and not any(c in "aeiouy" for c in word)


def _office(head: str) -> bool:
    """A term's head that names a person ("minister", "sergeant", "attorney"): an office, not a body ("court")."""
    head = head[:-1] if head.endswith("s") else head
    return head in _TITLES or (head.endswith(_PERSON_ENDINGS) and not head.endswith("ment"))  # not "department"


def _abbreviated(word: str) -> bool:
    """A word whose full stop marks an abbreviation, not a sentence's end: a letter ("u.s.") or a title ("gen.")."""
    return len(word) == 1 or word in _ABBREVIATIONS


def _unaccented(word: str) -> str:
    """"Janša" -> "jansa", "café" -> "cafe": a dictionary knows words by their plain letters."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _latin(word: str) -> bool:
    """A word of Latin letters, accented or not ("petrič"): a name in English news; other scripts are left alone."""
    return _unaccented(word).isascii()


def _common_nouns_here(text: str, spans: list[tuple[int, int]], lowered: list[str]) -> set[str]:
    """Words the text uses as common nouns: after "a", "his", "some" or a possessive, or in the plural."""
    def head(j: int) -> bool:  # the noun ends its phrase ("his car and"), not a modifier ("an eu official")
        return j + 1 == len(lowered) or lowered[j + 1] in STOP_WORDS or text[spans[j][1]: spans[j + 1][0]] != " "

    out = {w for j, w in enumerate(lowered) if j and head(j) and (lowered[j - 1] in _DETERMINERS or (
        lowered[j - 1] == "s" and text[spans[j - 1][0] - 1: spans[j - 1][0]] in ("'", "\u2019")))}
    words = set(lowered)
    return out | {w for w in words if w + "s" in words}


def _lower_cased(text: str) -> bool:
    """Sentences that begin in lower case, or (with too few sentences to tell) almost no capitals at all."""
    starts: list[str] = [m.group(1) for m in re.finditer(r"[.!?]\W*\s+\W*([^\W\d_])", text)]
    if len(starts) >= 2:
        return sum(c.islower() for c in starts) >= 0.7 * len(starts)
    words = [w for w in _WORD.findall(text) if len(w) > 1]
    return len(words) >= 8 and sum(w[0].isupper() for w in words) < _LOWER_SHARE * len(words)


def _shouting(line: str) -> bool:
    """A line written all in capitals ("POLICE OPEN FIRE ON PROTESTERS"), not an acronym or two."""
    words = [w for w in _WORD.findall(line) if len(w) > 1]
    return len(words) >= 3 and all(w.isupper() for w in words)


def _beside_number(text: str, start: int, end: int) -> bool:
    """"march 15", "15 march", "march 2002": a month, not the verb or the modal."""
    after = text[end: end + 3].lstrip(" ,.")
    before = text[max(0, start - 3): start].rstrip(" ,")
    return after[:1].isdigit() or before[-1:].isdigit()


def english_lexicon(nlp: Language) -> dict[str, set[str]]:
    """The words of the pipeline's English dictionary (its lemmatizer's tables) by part of speech (noun, verb,
    adj, adv); empty when it has none, and then no unknown word is taken for a name."""
    words: dict[str, set[str]] = {}
    if "lemmatizer" not in nlp.pipe_names:
        return words
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None:
        return words
    for pos in ("noun", "verb", "adj", "adv"):
        found = words.setdefault(pos, set())
        for name in ("lemma_index", "lemma_exc"):
            if not lookups.has_table(name) or pos not in lookups.get_table(name):
                continue
            entries = lookups.get_table(name)[pos]
            found.update(str(w) for w in entries)  # index: a list of lemmas; exceptions: form -> lemmas
            if isinstance(entries, dict):
                found.update(str(lemma) for lemmas in entries.values() for lemma in lemmas)
        words[pos] = {w.lower() for w in found if w.isalpha()}
    return {pos: ws for pos, ws in words.items() if ws}
