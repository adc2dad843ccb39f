"""Enrichment: when (dates), where (places) and per whom (citations, speakers) each event is."""

from eventdesk.enrich.attribution import speaker_token
from eventdesk.enrich.citations import CitationIndex, find_citations
from eventdesk.enrich.dates import EventDate, event_date, parse_date_text
from eventdesk.enrich.places import Gazetteer, PlaceResolver, default_gazetteer

__all__ = [
    "CitationIndex", "EventDate", "Gazetteer", "PlaceResolver", "default_gazetteer", "event_date",
    "find_citations", "parse_date_text", "speaker_token",
]
