"""Enrichment: when (dates), where (places) and per whom (citations, speakers) each event is."""

from eventdesk.enrich.attribution import Attribution, attribute
from eventdesk.enrich.citations import CitationIndex, find_citations
from eventdesk.enrich.dates import EventDate, event_date, parse_date_text
from eventdesk.enrich.places import Gazetteer, PlaceResolver, default_gazetteer

__all__ = [
    "Attribution", "CitationIndex", "EventDate", "Gazetteer", "PlaceResolver", "attribute", "default_gazetteer",
    "event_date", "find_citations", "parse_date_text",
]
