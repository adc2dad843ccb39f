"""Dates, places, citations and attribution attached to events (our own sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.enrich import CitationIndex, find_citations, parse_date_text
from eventdesk.enrich.citations import resolve_day
from eventdesk.ingest.header import parse_header

PUB = dt.date(2010, 5, 20)


def test_citation_lists_parse_into_dated_sources() -> None:
    text = "Putin met Erdogan (Interfax, May 18; Kommersant, May 19). Later (EDM, 19 May 2009) too."
    groups = find_citations(text, PUB)
    assert [(c.source, c.date) for c in groups[0].citations] == [
        ("Interfax", dt.date(2010, 5, 18)), ("Kommersant", dt.date(2010, 5, 19))]
    assert [(c.source, c.date) for c in groups[1].citations] == [("EDM", dt.date(2009, 5, 19))]


def test_parentheses_that_are_not_citations_are_ignored() -> None:
    assert find_citations("Sergei Ivanov (in charge of defense) met Gates (L).", PUB) == []


def test_date_without_year_takes_the_year_that_is_not_after_publication() -> None:
    assert resolve_day(5, 18, None, PUB) == dt.date(2010, 5, 18)
    assert resolve_day(12, 30, None, PUB) == dt.date(2009, 12, 30)
    assert resolve_day(5, 18, None, None) is None


def test_citation_closing_a_paragraph_covers_its_other_sentences() -> None:
    text = "Russia criticized Georgia. Georgia rejected it (Interfax, May 18).\n\nNorway praised Russia."
    index = CitationIndex(text, PUB)
    first = index.for_sentence(0, 26)
    assert [c.source for c in first] == ["Interfax"]
    last = text.index("Norway")
    assert index.for_sentence(last, len(text)) == []


@pytest.mark.parametrize(
    ("expression", "expected", "precision"),
    [
        ("on May 18", dt.date(2010, 5, 18), "day"),
        ("last Tuesday", dt.date(2010, 5, 18), "day"),
        ("in February", dt.date(2010, 2, 1), "month"),
        ("in 2007", dt.date(2007, 1, 1), "year"),
        ("this week", dt.date(2010, 5, 17), "week"),
        ("last month", dt.date(2010, 4, 1), "month"),
    ],
)
def test_dates_resolve_against_publication(expression: str, expected: dt.date, precision: str) -> None:
    assert parse_date_text(expression, PUB) == (expected, precision)


def test_durations_and_unanchored_dates_are_not_dates() -> None:
    assert parse_date_text("three years", PUB) is None
    assert parse_date_text("the 1980s", PUB) is None
    assert parse_date_text("May 18", None) is None


def test_header_gives_title_and_publication() -> None:
    header = parse_header("Talks Resume in Geneva\n\nPublication: Daily Brief Volume: 3 Issue: 12\n\nBody.")
    assert header.title == "Talks Resume in Geneva"
    assert (header.publisher, header.volume, header.issue) == ("Daily Brief", "3", "12")


@pytest.mark.model
def test_event_date_from_text_then_citation_then_publication(code) -> None:  # type: ignore[no-untyped-def]
    events = code("On May 3, Russia criticized Georgia. Russia praised Norway (Interfax, May 18). France met Italy.")
    by_target = {e.target[0].country: e for e in events if e.target}
    assert (by_target["GEO"].date, by_target["GEO"].date_basis) == (dt.date(2010, 5, 3), "text")
    assert (by_target["NOR"].date, by_target["NOR"].date_basis) == (dt.date(2010, 5, 18), "citation")
    assert (by_target["ITA"].date, by_target["ITA"].date_basis) == (PUB, "published")


@pytest.mark.model
def test_document_without_any_date_codes_with_null_date(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Russia criticized Georgia.", published=None)
    assert events and events[0].date is None and events[0].date_precision is None


@pytest.mark.model
def test_citation_day_refines_a_week(code) -> None:  # type: ignore[no-untyped-def]
    events = code("This week, Sergei Lavrov criticized Georgia (Interfax, May 18).")
    assert events[0].date == dt.date(2010, 5, 18) and events[0].date_basis == "citation"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("In Washington, Sergei Lavrov met Hillary Clinton.", "Washington", "USA"),
        ("In Paris, Sergei Lavrov met Bernard Kouchner.", "Paris", "FRA"),
        ("In Paris, Texas, the governor met Mexican officials.", "Paris", "USA"),
        ("Russian troops attacked villages in Georgia.", "Georgia", "GEO"),
        ("Rebels in Kyrgyzstan threatened the government.", "Kyrgyzstan", "KGZ"),
    ],
)
def test_event_location(code, text: str, name: str, country: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert events, text
    loc = events[0].location
    assert loc is not None and loc.name == name and loc.country == country


@pytest.mark.model
def test_demonyms_are_not_places(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Russian officials criticized Georgian officials.")
    assert events and events[0].location is None


@pytest.mark.model
def test_city_gets_coordinates_and_geonames_id(code) -> None:  # type: ignore[no-untyped-def]
    loc = code("In Washington, Sergei Lavrov met Hillary Clinton.")[0].location
    assert loc is not None and loc.geonameid == 4140963
    assert loc.lat == pytest.approx(38.895, abs=0.01) and loc.lon == pytest.approx(-77.036, abs=0.01)


@pytest.mark.model
def test_reported_speech_speaker_and_outlets(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Dmitry Medvedev told Kommersant that Russia had signed an agreement with Norway.")
    agree = next(e for e in events if e.event == "AGREE")
    assert agree.speaker is not None and agree.speaker.name == "Dmitry Medvedev"
    assert "Kommersant" in [c.source for c in agree.cited]
    events = code("According to Interfax, Russia signed a treaty with Norway.")
    assert "Interfax" in [c.source for c in events[0].cited] and events[0].speaker is None


@pytest.mark.model
def test_trailing_said_gives_the_speaker(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Russia attacked Georgia, Mikheil Saakashvili said.")
    assert events[0].speaker is not None and events[0].speaker.name == "Mikheil Saakashvili"
