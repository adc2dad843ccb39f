"""The analyst's workbench: a REST API and server-rendered pages over the event store (``eventdesk serve``)."""

from eventdesk.web.app import create_app

__all__ = ["create_app"]
