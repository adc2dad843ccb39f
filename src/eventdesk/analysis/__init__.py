"""The analyst's questions, asked of the event store: shared by the CLI, the API and the web pages."""

from eventdesk.analysis.alerts import alerts, latest_week
from eventdesk.analysis.events import Page, events_table, get_document, get_event, list_events
from eventdesk.analysis.filters import EventFilter
from eventdesk.analysis.network import actor_profile, edges, neighbourhood, search_actors
from eventdesk.analysis.overview import counts, dyad, places, timeline, top_dyads
from eventdesk.analysis.queries import dyad_series, failures, mentions, top_actors

__all__ = [
    "EventFilter", "Page", "actor_profile", "alerts", "counts", "dyad", "dyad_series", "edges", "events_table",
    "failures", "get_document", "get_event", "latest_week", "list_events", "mentions", "neighbourhood", "places",
    "search_actors", "timeline", "top_actors", "top_dyads",
]
