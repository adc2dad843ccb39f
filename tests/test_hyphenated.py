"""Hyphenated pattern words kept whole by a merge after tokenizing, to exactly the tokens special cases gave."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from eventdesk.nlp import load_pipeline
from eventdesk.nlp.hyphenated import COMPONENT, HyphenatedWords, hyphenated_forms, keep_hyphenated

WORDS = ["cease-fire", "sit-in", "toyi-toyi", "re-run", "fire-line", "run-off", "off-the-record", "vice-president",
         "two-day", "Mid-East"]

TEXTS = [
    "The cease-fire held.",
    "Cease-Fire talks resumed; CEASE-FIRE!",  # first in the text, and upper case
    "(cease-fire), 'sit-ins' and \"toyi-toyied.\"",  # cut from quotes and brackets
    "An anti-cease-fire-line rally.",  # forms inside a longer word: the longest, then the leftmost
    "the sit-in-fire-line-toyi-toyi-toyi march, a re-run-off-the-record chat",
    "a cease - fire-line, cease -fire-line and cease- fire-line",  # a form's tokens spaced apart
    "They said they 're-run the vote; 're-run it'",  # the model's contraction beside a hyphen
    "U.S.-led sit-ins, Dec.-sit-in and a two-day sit-in",
    "the vice-presidents' re-runs, Mid-East cease-fires",
    "no hyphen at all",
]


def _signature(doc: Doc) -> list[tuple[str, int, str, object]]:
    return [(t.text, t.idx, t.whitespace_, t.is_sent_start) for t in doc]


def _special_cases() -> Language:
    nlp = spacy.blank("en")
    keep_hyphenated(nlp, WORDS)  # no merge component: special cases of the tokenizer, as before
    return nlp


def _merged() -> tuple[Language, HyphenatedWords]:
    nlp = spacy.blank("en")
    merger = HyphenatedWords(nlp.tokenizer)
    merger.add(hyphenated_forms(WORDS)[0])
    return nlp, merger


def test_the_merge_gives_the_tokens_of_the_special_cases() -> None:
    old = _special_cases()
    nlp, merger = _merged()
    for text in TEXTS:
        assert _signature(merger(nlp.tokenizer(text))) == _signature(old.tokenizer(text)), text
    assert "toyi-toyied" in [t.text for t in merger(nlp.tokenizer("Nurses toyi-toyied."))]
    assert "two-day" not in [t.text for t in merger(nlp.tokenizer("a two-day sit-in"))]  # a duration stays split


def test_special_cases_are_built_only_for_a_text_that_needs_them() -> None:
    nlp, merger = _merged()
    merger(nlp.tokenizer("An anti-cease-fire-line rally by the vice-president."))
    assert merger._with_forms is None
    merger(nlp.tokenizer("a cease - fire-line"))  # spaced apart: spaCy's matcher weighed it
    assert merger._with_forms is not None


def test_the_pipeline_merges_and_adds_no_special_cases() -> None:
    nlp = load_pipeline()
    assert nlp.pipe_names[0] == COMPONENT
    rules = len(nlp.tokenizer.rules)
    assert keep_hyphenated(nlp, ["stone-pelting"]) == 1
    assert len(nlp.tokenizer.rules) == rules  # the start-up cost of ~2,900 special cases is gone
    doc = nlp("Youths went stone-pelting in the old town.")
    assert "stone-pelting" in [t.text for t in doc]
