"""The event store: DuckDB by default, Parquet partitions for big runs and other engines."""

from eventdesk.store.duckdb_store import Coded, Counts, Duplicate, Failure, Store

__all__ = ["Coded", "Counts", "Duplicate", "Failure", "Store"]
