"""The event store: DuckDB by default, Parquet partitions for big runs and other engines."""

from eventdesk.store.duckdb_store import Coded, Duplicate, Failure, Store

__all__ = ["Coded", "Duplicate", "Failure", "Store"]
