"""Events: triggers over the dependency tree, their arguments, status and codes."""

from eventdesk.events.extractor import Candidate, EventExtractor
from eventdesk.events.patterns import Pattern, PatternSet, default_patterns
from eventdesk.events.status import status_of

__all__ = ["Candidate", "EventExtractor", "Pattern", "PatternSet", "default_patterns", "status_of"]
