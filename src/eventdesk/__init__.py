"""eventdesk: coded, sourced, queryable political events from English news and analysis.

>>> import eventdesk
>>> events = eventdesk.code("Russia and Norway signed a treaty on Tuesday.", published="2010-09-17")
"""

from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

__version__ = "0.1.0"

from eventdesk.errors import (
    CodingError,
    EventdeskError,
    InputError,
    KnowledgeBaseError,
    ModelNotFoundError,
    StoreError,
)
from eventdesk.models import Actor, Citation, Document, Event, Location

if _TYPE_CHECKING:
    from eventdesk.kb import KnowledgeBase
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

# spaCy and the dictionaries load only when the coder is asked for: `eventdesk --version`, `query` and `export`
# start without them.
_LAZY = {"Coder": "eventdesk.pipeline", "code": "eventdesk.pipeline", "KnowledgeBase": "eventdesk.kb"}


def __getattr__(name: str) -> _Any:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'eventdesk' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
