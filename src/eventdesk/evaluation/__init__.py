"""Measuring eventdesk against gold data: sentence-level event types and actors, document labels, and
document checks."""

from eventdesk.evaluation.documents import label_errors, score_documents
from eventdesk.evaluation.gold import GoldError, load_gold
from eventdesk.evaluation.seed import score_seed
from eventdesk.evaluation.sentences import main_event, penta_class, score_sentences

__all__ = [
    "GoldError", "label_errors", "load_gold", "main_event", "penta_class", "score_documents", "score_seed",
    "score_sentences",
]
