"""Exporting the store to other tools: PLOVER JSON, GDELT-style TSV, CSV and Parquet."""

from eventdesk.export.writers import EXPORT_FORMATS, export

__all__ = ["EXPORT_FORMATS", "export"]
