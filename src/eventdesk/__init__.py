"""eventdesk: coded, sourced, queryable political events from English news and analysis.

>>> import eventdesk
>>> events = eventdesk.code("Russia and Norway signed a treaty on Tuesday.", published="2010-09-17")
"""

__version__ = "0.1.0"

from eventdesk.errors import (
    CodingError,
    EventdeskError,
    InputError,
    KnowledgeBaseError,
    ModelNotFoundError,
    StoreError,
)
from eventdesk.kb import KnowledgeBase
from eventdesk.models import Actor, Citation, Document, Event, Location
from eventdesk.pipeline import Coder, code

__all__ = [
    "Actor",
    "Citation",
    "Coder",
    "CodingError",
    "Document",
    "Event",
    "EventdeskError",
    "InputError",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "Location",
    "ModelNotFoundError",
    "StoreError",
    "code",
]
