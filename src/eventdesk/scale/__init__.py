"""Running eventdesk over a corpus: worker processes on one machine, or a Dask cluster."""

from eventdesk.scale.local import Summary, ingest

__all__ = ["Summary", "ingest"]
