"""The one spaCy pass every later stage reads: sentences, tokens, tags, dependencies, entities."""

from eventdesk.nlp.loader import DEFAULT_MODEL, load_pipeline

__all__ = ["DEFAULT_MODEL", "load_pipeline"]
