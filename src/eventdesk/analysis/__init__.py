"""The analyst's first questions, asked of the event store."""

from eventdesk.analysis.queries import dyad_series, failures, mentions, top_actors

__all__ = ["dyad_series", "failures", "mentions", "top_actors"]
