"""How English writes a word: mostly with a capital ("Helen", "Saskatoon", "NATO") or mostly small ("blockchain").

The re-caser's dictionary (the lemmatizer's tables, made from WordNet's lower-cased index) holds proper nouns
too, and knows no new common word, so "a word the dictionary does not know is a name" misses "helen" and
capitalises "cybersecurity". spaCy's lookup tables (the ``spacy-lookups-data`` package) ship the probability of
a million words as written, capitals kept: from them, for each word in lower case, the share of its uses written
with a capital, and its usual capitalised form. The pipeline keeps it in its cache (``eventdesk.cache``): the
table is only read when a text needs re-casing, and nothing is downloaded.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import math
from dataclasses import dataclass
from pathlib import Path

# Spellings at or below this log probability are left out: too few uses to tell how a word is written. The
# table's floor (-19.502) holds a quarter of its forms, most of them seen once in one spelling ("khayelitsha"
# only small, a South African township): no evidence that English writes them small.
MIN_LOG_PROB = -19.5


@dataclass(frozen=True)
class CasedLexicon:
    """``capital[word]``: the usual capitalised form of a word in lower case; ``share[word]``: the share of its
    uses written with a capital (a sentence's first word included, so a common word has some)."""

    capital: dict[str, str]
    share: dict[str, float]

    def name_form(self, word: str, min_share: float) -> str | None:
        """The capitalised form of ``word`` when at least ``min_share`` of its uses are written so."""
        w = word.lower()
        return self.capital.get(w) if self.share.get(w, 0.0) >= min_share else None

    def knows_lower(self, word: str, max_share: float) -> bool:
        """Whether ``word`` is a word written mostly small (its capitalised share at most ``max_share``)."""
        share = self.share.get(word.lower())
        return share is not None and share <= max_share


def table_path() -> Path | None:
    """The English word probabilities of ``spacy-lookups-data``, if that package is installed."""
    spec = importlib.util.find_spec("spacy_lookups_data")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "en_lexeme_prob.json.gz"
    return path if path.is_file() else None


def build(path: Path) -> CasedLexicon:
    """Sum the probabilities of each word's spellings; a word's capitalised form is its likeliest one."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        probs: dict[str, float] = json.load(f)
    small: dict[str, float] = {}
    capitalised: dict[str, float] = {}
    best: dict[str, tuple[float, str]] = {}
    for form, log_prob in probs.items():
        if log_prob <= MIN_LOG_PROB or not form.isalpha():
            continue
        key = form.lower()
        p = math.exp(log_prob)
        if form == key:
            small[key] = small.get(key, 0.0) + p
            continue
        capitalised[key] = capitalised.get(key, 0.0) + p
        if key not in best or p > best[key][0]:
            best[key] = (p, form)
    share = {w: capitalised.get(w, 0.0) / (capitalised.get(w, 0.0) + small.get(w, 0.0))
             for w in small.keys() | capitalised.keys()}
    return CasedLexicon({w: form for w, (_, form) in best.items()}, share)

