"""The knowledge base of actors: countries, organisations, regions, sector terms and people."""

from eventdesk.kb.knowledge_base import KnowledgeBase, default_kb, normalize
from eventdesk.kb.records import Country, Office, Person, Term

__all__ = ["Country", "KnowledgeBase", "Office", "Person", "Term", "default_kb", "normalize"]
