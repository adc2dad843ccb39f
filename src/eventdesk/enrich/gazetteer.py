"""The gazetteer: GeoNames' countries, first-order divisions and towns of 1,000 people or more.

The data file (``data/gazetteer.tsv.gz``, made by ``tools/build_gazetteer.py`` from GeoNames, CC BY 4.0)
holds ~174,000 places (GeoNames' cities of 1,000 people or more, first-order divisions, countries,
continents). They are kept in flat columns and one name index, not as an object per place, so that the
coder's compiled cache (``eventdesk.cache``) stores and loads them quickly; reading and checking the file
itself takes ~1 s. Names are looked up without regard to case or accents: whether a word in the text may
be a place at all is the caller's call.

Second-order divisions (counties, Indian districts: ``data/districts.tsv.gz``, kind D, made by
``tools/build_districts.py`` from GeoNames' towns) load beside them; GeoNames' ids of those are not known (0).

The file's countries and divisions carry estimated middles (countryinfo's points, the middle of a division's
towns), which lie up to 1,000 km from the point GeoNames gives the same geonameid, the point geoparsing gold
data and other geocoders use. ``data/division_points.csv`` (``country,admin1,name,lat,lon``; admin1 empty for
the country) writes down GeoNames' own points where they are known, and they replace the estimates on load.
"""

from __future__ import annotations

import gc
import gzip
import marshal
import math
import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from eventdesk.datafiles import Problems, data_path, read_csv, read_yaml, text_records

DATA = Path(__file__).parent / "data" / "gazetteer.tsv.gz"
POINTS = Path(__file__).parent / "data" / "division_points.csv"
DISTRICTS = Path(__file__).parent / "data" / "districts.tsv.gz"
COLUMNS = ["kind", "geonameid", "name", "country", "admin1", "lat", "lon", "population", "alternates"]
KINDS = {"K": "continent", "P": "country", "A": "admin1", "D": "admin2", "C": "city"}


def place_key(name: str) -> str:
    """The lookup key of a place name: lower case, no accents, straight apostrophes, single spaces."""
    key = name.replace("\u2019", "'").replace("\u2018", "'").replace(".", "")
    if not key.isascii():
        key = unicodedata.normalize("NFKD", key).encode("ascii", "ignore").decode()
    return " ".join(key.replace("-", " ").split()).lower()


@dataclass(frozen=True)
class Place:
    """One gazetteer entry; ``alternate`` says it was found by another spelling ("Bombay")."""

    index: int
    name: str
    kind: str  # continent, country, admin1, city
    country: str  # ISO 3166 alpha-2
    admin1: str
    lat: float
    lon: float
    population: int
    geonameid: int
    alternate: bool = False

    @property
    def weight(self) -> float:
        return math.log10(1 + self.population)


class Gazetteer:
    """Places by name, and the countries (by ISO code) and divisions (by code) they belong to."""

    def __init__(self, path: Path = DATA, points: Path | None = POINTS, districts: Path | None = DISTRICTS) -> None:
        self.names: list[str] = []
        self.kinds = bytearray()
        self.countries: list[str] = []
        self.admin1s: list[str] = []
        self.ids = array("q")
        self.lats = array("f")
        self.lons = array("f")
        self.people = array("q")
        self.by_name: dict[str, list[int]] = {}
        self.by_alternate: dict[str, list[int]] = {}
        self.country_index: dict[str, int] = {}  # ISO alpha-2 -> row of the country
        self.admin1_index: dict[tuple[str, str], int] = {}  # (ISO alpha-2, code) -> row of the division
        collecting = gc.isenabled()
        gc.disable()  # ~300,000 new objects: the collector would walk them again and again (2-3 times slower)
        try:
            self._load(path, _read(path))
            if districts is not None:
                self._load(districts, _read(districts))
            if points is not None:
                self._load_points(points)
        finally:
            if collecting:
                gc.enable()

    def __getstate__(self) -> bytes:
        """The columns as one ``marshal`` blob: the compiled cache then loads ~4x faster than pickled lists."""
        return marshal.dumps((
            self.names, bytes(self.kinds), self.countries, self.admin1s, self.ids.tobytes(), self.lats.tobytes(),
            self.lons.tobytes(), self.people.tobytes(), self.by_name, self.by_alternate, self.country_index,
            self.admin1_index,
        ))

    def __setstate__(self, state: bytes) -> None:
        collecting = gc.isenabled()
        gc.disable()
        try:
            (names, kinds, self.countries, self.admin1s, ids, lats, lons, people, self.by_name, self.by_alternate,
             self.country_index, self.admin1_index) = marshal.loads(state)
        finally:
            if collecting:
                gc.enable()
        self.names, self.kinds = names, bytearray(kinds)
        self.ids, self.lats, self.lons, self.people = array("q"), array("f"), array("f"), array("q")
        self.ids.frombytes(ids)
        self.lats.frombytes(lats)
        self.lons.frombytes(lons)
        self.people.frombytes(people)

    def _load(self, path: Path, raw: bytes) -> None:
        problems = Problems()
        try:
            lines = gzip.decompress(raw).decode("utf-8").split("\n")
        except (OSError, UnicodeDecodeError, EOFError) as e:
            problems.add(path, 1, f"cannot read gazetteer: {e}")
            problems.raise_if_any()
        header = 1 if lines and lines[0].startswith("#") else 0
        if len(lines) <= header or lines[header].split("\t") != COLUMNS:
            problems.add(path, header + 1, f"expected the header {chr(9).join(COLUMNS)!r}")
            problems.raise_if_any()
        interned: dict[str, str] = {}
        for number, line in enumerate(lines[header + 1:], start=header + 2):
            if not line:
                continue
            fields = line.split("\t")
            if len(fields) != len(COLUMNS) or fields[0] not in KINDS:
                problems.add(path, number, f"expected {len(COLUMNS)} tab-separated fields, kind one of K, P, A, D, C")
                continue
            kind, gid, name, country, admin1, lat, lon, population, alternates = fields
            try:
                self.ids.append(int(gid))
                self.lats.append(float(lat))
                self.lons.append(float(lon))
                self.people.append(int(population))
            except ValueError as e:
                problems.add(path, number, f"bad number: {e}")
                del self.ids[len(self.names):], self.lats[len(self.names):], self.lons[len(self.names):]
                continue
            row = len(self.names)
            self.names.append(name)
            self.kinds.append(ord(kind))
            self.countries.append(interned.setdefault(country, country))
            self.admin1s.append(interned.setdefault(admin1, admin1))
            self.by_name.setdefault(place_key(name), []).append(row)
            for alt in alternates.split("|") if alternates else ():
                self.by_alternate.setdefault(place_key(alt), []).append(row)
            if kind == "P":
                self.country_index[country] = row
            elif kind == "A":
                self.admin1_index[(country, admin1)] = row
        problems.raise_if_any()

    def _load_points(self, path: Path) -> None:
        """GeoNames' own points of countries and divisions, in place of the estimated middles."""
        problems = Problems()
        for line, row in read_csv(path, ["country", "admin1", "name", "lat", "lon"], problems):
            country, admin1 = row["country"], row["admin1"]
            index = self.admin1_index.get((country, admin1)) if admin1 else self.country_index.get(country)
            if index is None:
                what = "division" if admin1 else "country"
                problems.add(path, line, f"no {what} {country} {admin1} in the gazetteer")
                continue
            if admin1 and place_key(self.names[index]) != place_key(row["name"]):
                problems.add(path, line, f"{country}.{admin1} is {self.names[index]!r}, not {row['name']!r}")
                continue
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
            except ValueError as e:
                problems.add(path, line, f"bad number: {e}")
                continue
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                problems.add(path, line, f"no point on earth: {lat}, {lon}")
                continue
            self.lats[index], self.lons[index] = lat, lon
        problems.raise_if_any()

    def place(self, row: int, alternate: bool = False) -> Place:
        return Place(
            index=row, name=self.names[row], kind=KINDS[chr(self.kinds[row])], country=self.countries[row],
            admin1=self.admin1s[row], lat=round(float(self.lats[row]), 4), lon=round(float(self.lons[row]), 4),
            population=self.people[row], geonameid=self.ids[row], alternate=alternate,
        )

    def lookup(self, name: str) -> list[Place]:
        """Every place of that name (by its own name first, then by other spellings), any case."""
        key = place_key(name)
        own = self.by_name.get(key, [])
        found = [self.place(r) for r in own]
        rows = [*self.by_alternate.get(key, [])]
        for country, now in former_names().get(key, []):  # "Calcutta" is Kolkata, "Orissa" Odisha
            rows += [r for r in self.by_name.get(place_key(now), []) if self.countries[r] == country]
        found += [self.place(r, alternate=True) for r in dict.fromkeys(rows) if r not in own]
        return found

    def knows(self, name: str) -> bool:
        key = place_key(name)
        return key in self.by_name or key in self.by_alternate

    def country(self, iso2: str) -> Place | None:
        row = self.country_index.get(iso2)
        return None if row is None else self.place(row)

    def admin1(self, iso2: str, code: str) -> Place | None:
        row = self.admin1_index.get((iso2, code))
        return None if row is None else self.place(row)


@lru_cache(maxsize=1)
def former_names() -> dict[str, list[tuple[str, str]]]:
    """``data/former_names.yaml``: name key -> [(country, today's name)], validated with file and line."""
    path = data_path("enrich", "data/former_names.yaml")
    problems = Problems()
    data = read_yaml(path, problems) or {}
    out: dict[str, list[tuple[str, str]]] = {}
    for text, country, now in text_records(data.get("former_names"), ("text", "country", "now"), path, problems,
                                           "former_names"):
        out.setdefault(place_key(text), []).append((country, now))
    problems.raise_if_any()
    return out


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as e:
        problems = Problems()
        problems.add(path, 1, f"cannot read gazetteer: {e.strerror or e}")
        problems.raise_if_any()
        raise  # unreachable: raise_if_any raised


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The bundled gazetteer, loaded once per process."""
    return Gazetteer()
