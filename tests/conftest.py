"""Shared fixtures: one loaded coder per test session (the model loads once)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventdesk.pipeline import Coder

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def coder() -> Coder:
    return Coder()


@pytest.fixture(scope="session")
def code(coder: Coder):  # type: ignore[no-untyped-def]
    """Code one text: ``code("Russia attacked Georgia.", "2008-08-08")``."""

    def run(text: str, published: str | None = "2010-05-20"):  # type: ignore[no-untyped-def]
        return coder.code_text(text, published=published)

    return run
