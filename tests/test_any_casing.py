"""Any casing: a lower-cased article gives the events, actors and places of the same article properly cased."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _arrests(events):  # type: ignore[no-untyped-def]
    return [(a.sector, a.country) for e in events if e.cameo == "173" for a in e.source]


def test_a_dateline_after_the_headline_and_byline_on_one_line_is_read(coder, code) -> None:  # type: ignore[no-untyped-def]
    text = ("Taxi drivers block roads in fare row By Lindiwe Roe DURBAN, June 3 (ANA) - Police arrested two men on "
            "Friday after the protest, spokesman Jan Mokoena said.")
    restored = coder.truecase(text.lower())
    assert "by Lindiwe Roe DURBAN, June 3 (ANA) - Police arrested" in restored
    cased, lower = code(text), code(text.lower())
    assert _arrests(cased) == _arrests(lower) == [("COP", "ZAF")]
    assert [e.location.name for e in lower if e.location is not None and e.cameo == "173"] == ["Durban"]
    # no agency and no date: a place in a sentence, not a dateline
    assert "in Durban - police" in coder.truecase("we met in durban - police were there. they left. it rained.")


def _triples(events):  # type: ignore[no-untyped-def]
    return sorted((e.cameo, tuple(a.country for a in e.source), tuple(a.country for a in e.target)) for e in events)


def test_a_country_s_acronym_english_writes_in_capitals_is_the_country(coder, code) -> None:  # type: ignore[no-untyped-def]
    text = "Kenya summoned the UK envoy on Tuesday over the remarks. It rained later. Markets were calm."
    assert coder.truecase(text.lower()).startswith("Kenya summoned the UK envoy on Tuesday")
    assert _triples(code(text.lower())) == _triples(code(text)) == [("114", ("KEN",), ("GBR",))]
    # an acronym that English mostly writes small stays the word ("car": the Central African Republic's)
    assert "A car bomb hit a car" in coder.truecase("a car bomb hit a car in the city. two died. police came.")


def test_names_and_codes_that_hold_digits_are_written_in_capitals(coder, code) -> None:  # type: ignore[no-untyped-def]
    restored = coder.truecase("the m23 rebels attacked an army base, er24 paramedics said. leaders of the g20 met. "
                              "news24 reported that an f16 crashed at 5pm on the 5th.")
    assert "The M23 rebels attacked an army base, ER24 paramedics said. Leaders of the G20 met." in restored
    assert "News24 reported that an F16 crashed at 5pm on the 5th." in restored
    text = "The M23 rebels attacked an army base near Goma, officials said. Fighting went on."
    assert _triples(code(text.lower())) == _triples(code(text)) == [("190", ("COD",), ("COD",))]


def test_letters_written_with_stops_are_never_read_across_a_space(coder) -> None:  # type: ignore[no-untyped-def]
    restored = coder.truecase("rivals want to enter a u.s. market, according to a u.n. report. the a.u. sent troops.")
    assert restored == "Rivals want to enter a U.S. market, according to a U.N. report. The A.U. sent troops."


def test_demonyms_english_mostly_capitalises_are_countries_though_also_verbs(coder, code) -> None:  # type: ignore[no-untyped-def]
    restored = coder.truecase("the french government said the welsh assembly agreed. workers polish the floors.")
    assert restored == "The French government said the Welsh Assembly agreed. Workers polish the floors."
    text = "The French government condemned the attack on Monday. It rained later. Markets were calm."
    assert _triples(code(text.lower())) == _triples(code(text))
    assert [a.country for e in code(text.lower()) for a in e.source] == ["FRA"]


def test_us_after_an_article_or_a_number_is_the_country_and_months_after_in_or_since(coder) -> None:  # type: ignore[no-untyped-def]
    restored = coder.truecase("fears of a us rate hike grew. he earns 900 us dollars. its us unit gave us money. "
                              "the march ended in march, and since may they may march again.")
    assert restored == ("Fears of a US rate hike grew. He earns 900 US dollars. Its US unit gave us money. "
                        "The march ended in March, and since May they may march again.")
