"""Ingest: turning files, streams and dumps into Documents, or into explained failures."""

from eventdesk.ingest.readers import read_inputs, read_jsonl, read_text

__all__ = ["read_inputs", "read_jsonl", "read_text"]
