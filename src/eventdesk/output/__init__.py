"""Writers of event records: JSON Lines (the contract), CSV, and a table for people."""

from eventdesk.output.writers import FORMATS, write_events

__all__ = ["FORMATS", "write_events"]
