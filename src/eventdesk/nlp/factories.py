"""Where eventdesk's spaCy components used to be; they are in ``eventdesk.components`` now.

An eventdesk installed before the move names this module in its ``spacy_factories`` entry points, and
spaCy loads every entry point whenever it builds a pipeline: until such an install is refreshed
(``pip install -e .`` rewrites the metadata), this forwards, importing nothing until asked.
"""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    import eventdesk.components

    return getattr(eventdesk.components, name)
