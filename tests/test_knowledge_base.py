"""The knowledge base: bundled data loads and validates; user files overlay it; errors name file and line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventdesk.errors import KnowledgeBaseError
from eventdesk.kb import KnowledgeBase, default_kb


def test_bundled_base_covers_un_members_and_offices() -> None:
    kb = default_kb()
    assert len(kb.countries) >= 197
    assert {"XKX", "TWN", "PSE", "VAT"} <= set(kb.countries)
    putin = kb.people["Vladimir Putin"]
    assert putin.office_at(dt.date(2005, 1, 1)).title == "President"  # type: ignore[union-attr]
    assert putin.office_at(dt.date(2010, 5, 20)).title == "Prime Minister"  # type: ignore[union-attr]
    assert putin.office_at(dt.date(2015, 1, 1)).title == "President"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("phrase", "kind", "country", "sector"),
    [
        ("the Kremlin", "institution", "RUS", "GOV"),
        ("the Pentagon", "institution", "USA", "MIL"),
        ("Foggy Bottom", "institution", "USA", "GOV"),
        ("Downing Street", "institution", "GBR", "GOV"),
        ("Moscow", "capital", "RUS", "GOV"),
        ("Kyrgyz", "adjective", "KGZ", None),
        ("Russians", "adjective", "RUS", None),
        ("US", "country", "USA", None),
    ],
)
def test_lookup_metonyms_and_demonyms(phrase: str, kind: str, country: str, sector: str | None) -> None:
    terms = [t for t in default_kb().lookup(phrase) if t.kind == kind]
    assert terms and terms[0].country == country and terms[0].sector == sector


def test_short_acronyms_match_exact_case_only() -> None:
    kb = default_kb()
    assert any(t.country == "USA" for t in kb.lookup("US"))
    assert not any(t.country == "USA" for t in kb.lookup("us"))


def test_user_directory_overlays_and_wins(tmp_path: Path) -> None:
    (tmp_path / "people.yaml").write_text(
        "- name: Ivan Testov\n  country: KGZ\n  offices:\n"
        "    - {title: Defense Minister, sector: MIL, start: '2009-01-01', end: null}\n",
        encoding="utf-8",
    )
    kb = KnowledgeBase.load([tmp_path])
    assert kb.people["Ivan Testov"].country == "KGZ"
    assert "Vladimir Putin" in kb.people


def test_errors_name_file_line_and_all_problems(tmp_path: Path) -> None:
    (tmp_path / "people.yaml").write_text(
        "- name: A Person\n  country: RUS\n  offices:\n"
        "    - {title: President, sector: GOV, start: '2008-13-01', end: null}\n"
        "- name: B Person\n  country: RUS\n  offices:\n"
        "    - {title: President, sector: GOVT, start: '2008-01-01', end: null}\n",
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeBaseError) as info:
        KnowledgeBase.load([tmp_path])
    message = str(info.value)
    assert "people.yaml:4: offices[0].start: invalid date '2008-13-01' (expected YYYY-MM-DD)" in message
    assert "people.yaml:8: offices[0].sector: unknown code 'GOVT'" in message
    assert len(info.value.problems) == 2


def test_an_institution_listed_twice_is_reported(tmp_path: Path) -> None:
    (tmp_path / "institutions.csv").write_text(
        "name,aliases,country,sector\nZorblat Police,ZP,CAN,COP\nZorblat Police,,CAN,COP\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"institutions.csv:3: name: 'Zorblat Police' is listed twice"):
        KnowledgeBase.load([tmp_path])


def test_csv_error_names_line(tmp_path: Path) -> None:
    header = "code,name,aliases,adjectives,capital\n"
    (tmp_path / "countries.csv").write_text(header + "RUSSIA,Russia,,,\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as info:
        KnowledgeBase.load([tmp_path])
    assert "countries.csv:2: code: 'RUSSIA' is not an ISO 3166 alpha-3 code" in str(info.value)


def test_missing_kb_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError, match="not a directory"):
        KnowledgeBase.load([tmp_path / "nope"])


@pytest.mark.parametrize(
    ("phrase", "country"),
    [("Manitoba", "CAN"), ("Tamil Nadu", "IND"), ("Imo State", "NGA"), ("Bavaria", "DEU"), ("Maryland", "USA")],
)
def test_states_and_provinces_name_their_country(phrase: str, country: str) -> None:
    assert default_kb().country_code(phrase) == country


def test_unit_names_that_are_words_or_countries_are_not_units() -> None:
    kb = default_kb()
    assert not any(t.kind == "subnational" for t in kb.lookup("Delta"))
    assert kb.country_code("Georgia") == "GEO"  # the country, not the US state
    assert kb.country_code("Punjab") is None  # India's and Pakistan's: the document decides


def test_subnational_file_errors_name_line(tmp_path: Path) -> None:
    (tmp_path / "subnational.yaml").write_text(
        "names:\n  - {name: Testshire, country: GBR}\n  - {name: Nowhere, country: XXX}\n", encoding="utf-8"
    )
    with pytest.raises(KnowledgeBaseError) as info:
        KnowledgeBase.load([tmp_path])
    assert "subnational.yaml:3: country: unknown code 'XXX'" in str(info.value)


def test_organisation_kind_and_description_lists_are_checked(tmp_path: Path) -> None:
    header = "code,name,aliases,parent,adjectives,kind,offices\n"
    (tmp_path / "igos.csv").write_text(header + "ZZO,Zed Org,,,,charity,\n", encoding="utf-8")
    (tmp_path / "descriptions.yaml").write_text("igo: [bloc]\nservants: [aide]\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as info:
        KnowledgeBase.load([tmp_path])
    assert "igos.csv:2: kind: 'charity'" in str(info.value)
    assert "descriptions.yaml:1: unknown key 'servants'" in str(info.value)


def test_home_names_are_checked_and_kept_to_their_country(tmp_path: Path) -> None:
    (tmp_path / "home_names.yaml").write_text(
        "- {name: Capitol, country: USA, sector: LEG}\n- {name: Hill, country: XXX, sector: GOV}\n"
        "- {name: Palace, country: GBR, sector: KING}\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as info:
        KnowledgeBase.load([tmp_path])
    assert "home_names.yaml:2: country: unknown code 'XXX'" in str(info.value)
    assert "home_names.yaml:3: sector: unknown code 'KING'" in str(info.value)
    kb = default_kb()
    assert kb.home_names["centre"] == [("IND", "GOV")] and not kb.lookup("the Centre")


def test_ngos_offices_and_company_forms_in_the_bundled_base() -> None:
    kb = default_kb()
    assert ("AMN", "NGO") in [(t.igo, t.sector) for t in kb.lookup("Amnesty International")]
    assert kb.igo_offices["commissioner"] == ["EU"]
    assert [t.sector for t in kb.lookup("Inc.")] == ["BUS"]
    assert "Vice-President" in kb.hyphenated_titles() and "spokesperson" in kb.serving_titles


def test_given_names_load_and_their_file_is_checked(tmp_path: Path) -> None:
    kb = default_kb()
    assert kb.given_names["lucy"] == "female" and kb.given_names["ian"] == "male"
    (tmp_path / "given_names.yaml").write_text("female: [Zelda]\nunisex: [Sam]\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as info:
        KnowledgeBase.load([tmp_path])
    assert "given_names.yaml:1: unknown key(s) unisex" in str(info.value)


@pytest.mark.parametrize(("name", "expected"), [
    ("The NDP", "CANPTY"), ("The Scottish National Party", "GBRPTY"), ("The AIADMK", "INDPTY"),
    ("Fine Gael", "IRLPTY"), ("The Awami League", "BGDPTY"), ("The Orange Democratic Movement", "KENPTY"),
])
def test_the_main_parties_of_english_language_news_are_known(  # type: ignore[no-untyped-def]
        code, name: str, expected: str) -> None:
    events = code(f"{name} has criticised the budget.")
    assert [a.code for e in events for a in e.source] == [expected]


@pytest.mark.parametrize(("name", "expected"), [("IRENA", "IGOIRENA"), ("Oxfam", "NGOOXFAM"), ("The CPJ", "NGOCPJ")])
def test_international_bodies_and_charities_are_known(code, name: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    events = code(f"{name} has criticised the budget.")
    assert [a.code for e in events for a in e.source] == [expected]
