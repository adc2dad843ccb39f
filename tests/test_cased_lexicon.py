"""The cased lexicon: words English mostly writes with a capital are names in a lower-cased text, new common
words written small stay small (our own sentences and a small table of our own)."""

from __future__ import annotations

import gzip
import json
import math
from pathlib import Path

import pytest

from eventdesk.kb import default_kb
from eventdesk.nlp import load_pipeline
from eventdesk.nlp.cased_lexicon import CasedLexicon, build
from eventdesk.nlp.truecase import TrueCaser, english_lexicon

# log probabilities of spellings, as spaCy's table gives them
TABLE = {"Harriet": -12.0, "harriet": -15.0, "Winnipeg": -13.0, "winnipeg": -16.0, "OPEC": -13.0, "opec": -16.5,
         "Opec": -15.0, "robotics": -12.0, "Robotics": -14.0, "hashtag": -13.0, "Hashtag": -16.0,
         "morning": -9.0, "Morning": -12.0, "north": -10.0, "North": -10.2, "rare": -30.0,
         "quillabamba": -19.5020294189}  # the table's floor: seen too rarely to tell


def _lexicon(tmp_path: Path, table: dict[str, float] | None = None) -> CasedLexicon:
    path = tmp_path / "en_lexeme_prob.json.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        json.dump(TABLE if table is None else table, f)
    return build(path)


def test_the_lexicon_sums_the_spellings_of_a_word(tmp_path: Path) -> None:
    lex = _lexicon(tmp_path)
    assert lex.capital["opec"] == "OPEC"  # the likeliest capitalised spelling
    cap = math.exp(-13.0) + math.exp(-15.0)
    assert lex.share["opec"] == pytest.approx(cap / (cap + math.exp(-16.5)))
    assert lex.name_form("harriet", 0.6) == "Harriet" and lex.name_form("morning", 0.6) is None
    assert lex.knows_lower("robotics", 0.5) and not lex.knows_lower("harriet", 0.5)
    assert "rare" not in lex.share and "quillabamba" not in lex.share  # too rare to tell


@pytest.mark.model
def test_truecasing_reads_names_of_the_dictionary_and_leaves_new_words_small(tmp_path: Path) -> None:
    caser = TrueCaser(default_kb().cased_phrases(), (), english_lexicon(load_pipeline()), cased=_lexicon(tmp_path))
    text = ("on monday morning harriet flew to winnipeg for an opec meeting on robotics. "
            "the hashtag spread in the north of the city.")
    out = caser(text)
    assert len(out) == len(text)
    assert "Harriet flew to Winnipeg for an OPEC meeting on robotics" in out  # dictionary words, mostly capital
    assert "The hashtag spread in the north" in out  # words written small, and a direction (an adjective too)
    assert "Monday morning" in out  # a word all but never a name is none beside a name


@pytest.mark.model
def test_a_verb_after_a_title_is_a_name_when_english_often_capitalises_it(tmp_path: Path) -> None:
    table = {"Trump": -11.0, "trump": -11.3, "Will": -12.0, "will": -7.0}  # "Trump" ~0.57, "Will" ~0.01
    caser = TrueCaser(default_kb().cased_phrases(), (), english_lexicon(load_pipeline()),
                      cased=_lexicon(tmp_path, table))
    out = caser("the tariffs of president trump were debated. the president will travel on friday.")
    assert "President Trump were" in out and "the president will travel" in out.lower() and "will travel" in out


@pytest.mark.model
def test_an_inflected_word_beside_a_name_is_a_name_unless_english_writes_it_small(tmp_path: Path) -> None:
    table = {"Lakes": -12.0, "lakes": -11.0, "officials": -10.0, "Officials": -14.0}
    caser = TrueCaser(default_kb().cased_phrases(), (), english_lexicon(load_pipeline()),
                      cased=_lexicon(tmp_path, table))
    out = caser("the plan is sound, said zebulon lakes, a geologist. city officials said it would cost more.")
    assert "Zebulon Lakes, a geologist" in out and "city officials said" in out.lower() and "officials said" in out


@pytest.mark.model
def test_a_rare_word_seen_only_small_and_a_seeming_derived_form_never_seen_are_names(tmp_path: Path) -> None:
    caser = TrueCaser(default_kb().cased_phrases(), (), english_lexicon(load_pipeline()), cased=_lexicon(tmp_path))
    out = caser("the bus left quillabamba at dawn, said councillor fernly obuya. the crates were unloaded.")
    assert "left Quillabamba at dawn" in out  # at the table's floor, small: no evidence it is a common word
    assert "Fernly Obuya" in out  # "fern" + "ly", a form the table never saw
    assert "the crates were unloaded" in out.lower() and "were unloaded" in out  # a rare past is a verb still
