"""Loaders of the knowledge-base files: one function per kind, each validating its file.

``--kb DIR`` overlays: a user file with the same name as a bundled one is read after it, and its
records replace bundled records with the same key (country code, organisation code, person name,
institution name), so a dictionary can be corrected without copying it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eventdesk.datafiles import LINE, Problems, parse_date, read_csv, read_yaml, read_yaml_as, split_list, true_or_false
from eventdesk.kb.records import SECTOR_CODES, Country, Office, Person

_CODE3 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _is_code(value: str, lengths: tuple[int, ...] = (3,)) -> bool:
    return len(value) in lengths and all(c in _CODE3 for c in value)


def _check_sector(sector: str, path: Path, line: int, problems: Problems, field: str = "sector") -> None:
    if sector not in SECTOR_CODES:
        problems.add(path, line, f"{field}: unknown code {sector!r} (known: {', '.join(SECTOR_CODES[:8])}, ...)")


def load_countries(path: Path, problems: Problems) -> dict[str, Country]:
    out: dict[str, Country] = {}
    for line, row in read_csv(path, ["code", "name", "aliases", "adjectives", "capital"], problems):
        code = row["code"]
        if not _is_code(code):
            problems.add(path, line, f"code: {code!r} is not an ISO 3166 alpha-3 code")
            continue
        if not row["name"]:
            problems.add(path, line, "name: empty")
            continue
        out[code] = Country(
            code, row["name"], tuple(split_list(row["aliases"])), tuple(split_list(row["adjectives"])),
            row["capital"] or None,
        )
    return out


def load_institutions(path: Path, countries: dict[str, Country], problems: Problems) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for line, row in read_csv(path, ["name", "aliases", "country", "sector"], problems):
        if row["country"] and row["country"] not in countries:  # empty: no country (a platform, a global outlet)
            problems.add(path, line, f"country: unknown code {row['country']!r}")
            continue
        _check_sector(row["sector"], path, line, problems)
        if row["name"] in out:
            problems.add(path, line, f"name: {row['name']!r} is listed twice")
            continue
        out[row["name"]] = {
            "name": row["name"], "aliases": split_list(row["aliases"]),
            "country": row["country"] or None, "sector": row["sector"],
        }
    return out


def load_igos(path: Path, problems: Problems) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    rows = list(read_csv(path, ["code", "name", "aliases", "parent", "adjectives"], problems))
    for line, row in rows:
        if not _is_code(row["code"], (2, 3, 4, 5)):
            problems.add(path, line, f"code: {row['code']!r} must be 2-5 uppercase letters")
            continue
        kind = row.get("kind", "")
        if kind not in ("", "ngo", "img"):
            problems.add(path, line, f"kind: {kind!r} must be empty (an international organisation), 'ngo' or 'img' "
                                     "(an international militarized group)")
            kind = ""
        out[row["code"]] = {
            "code": row["code"], "name": row["name"], "aliases": split_list(row["aliases"]),
            "parent": row["parent"] or None, "adjectives": split_list(row["adjectives"]), "line": line,
            "ngo": kind == "ngo", "img": kind == "img", "offices": split_list(row.get("offices", "")),
        }
    for code, igo in out.items():
        if igo["parent"] and igo["parent"] not in out:
            problems.add(path, igo["line"], f"parent: unknown organisation {igo['parent']!r} of {code}")
    return out


def load_regions(path: Path, countries: dict[str, Country], problems: Problems) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for line, row in read_csv(path, ["code", "name", "aliases", "adjectives"], problems):
        if not _is_code(row["code"]):
            problems.add(path, line, f"code: {row['code']!r} must be 3 uppercase letters")
            continue
        if row["code"] in countries:
            problems.add(path, line, f"code: {row['code']!r} is already a country code")
            continue
        out[row["code"]] = {
            "code": row["code"], "name": row["name"], "aliases": split_list(row["aliases"]),
            "adjectives": split_list(row["adjectives"]),
        }
    return out


def load_sectors(path: Path, problems: Problems) -> dict[str, dict[str, Any]]:
    data = read_yaml_as(path, dict, "a mapping of sector codes to {name, terms, political}", problems)
    if data is None:
        return {}
    out: dict[str, dict[str, Any]] = {}
    for code, entry in data.items():
        if code == LINE:
            continue
        line = entry.get(LINE, 1) if isinstance(entry, dict) else 1
        if not isinstance(entry, dict) or not isinstance(entry.get("terms"), list):
            problems.add(path, line, f"{code}: expected {{name: ..., terms: [...]}}")
            continue
        _check_sector(str(code), path, line, problems, field=str(code))
        terms = [str(t) for t in entry["terms"]]
        political = true_or_false(entry, "political", False, f"{code}: ", path, line, problems)
        topic = true_or_false(entry, "topic", political, f"{code}: ", path, line, problems)
        state = entry.get("state", False)
        if not isinstance(state, bool) or (state and not political):
            problems.add(path, line, f"{code}: state: expected true or false (true only for a political sector), "
                                     f"found {state!r}")
            state = False
        armed = entry.get("armed", False)
        if not isinstance(armed, bool) or (armed and not political):
            problems.add(path, line, f"{code}: armed: expected true or false (true only for a political sector), "
                                     f"found {armed!r}")
            armed = False
        speaks = entry.get("speaks", False)
        if not isinstance(speaks, bool) or (speaks and political):
            problems.add(path, line, f"{code}: speaks: expected true or false (true only for a sector that is not "
                                     f"political), found {speaks!r}")
            speaks = False
        civil = entry.get("civil", False)
        if not isinstance(civil, bool) or (civil and not political):
            problems.add(path, line, f"{code}: civil: expected true or false (true only for a political sector), "
                                     f"found {civil!r}")
            civil = False
        heads = entry.get("name_heads", [])
        if not isinstance(heads, list) or not all(isinstance(h, str) and h.strip() for h in heads):
            problems.add(path, line, f"{code}: name_heads: expected a list of words, found {heads!r}")
            heads = []
        leads = entry.get("name_leads", [])
        if not isinstance(leads, list) or not all(isinstance(h, str) and h.strip() and " " not in h.strip()
                                                  for h in leads):
            problems.add(path, line, f"{code}: name_leads: expected a list of single words, found {leads!r}")
            leads = []
        everyday = entry.get("everyday", [])
        if not isinstance(everyday, list) or not all(isinstance(t, str) and t.strip() for t in everyday):
            problems.add(path, line, f"{code}: everyday: expected a list of terms, found {everyday!r}")
            everyday = []
        own = {t.lower() for t in terms}
        for term in everyday:
            if term.lower() not in own:
                problems.add(path, line, f"{code}: everyday: {term!r} is not one of the sector's terms")
        out[str(code)] = {"name": entry.get("name", ""), "terms": terms, "political": political, "topic": topic,
                          "state": state, "armed": armed, "speaks": speaks, "civil": civil,
                          "name_heads": [str(h) for h in heads], "name_leads": [str(h) for h in leads],
                          "everyday": [str(t) for t in everyday], "line": line}
    return out


def load_people(
    path: Path, countries: dict[str, Country], igos: dict[str, Any], problems: Problems
) -> dict[str, Person]:
    data = read_yaml_as(path, list, "a list of people", problems)
    if data is None:
        return {}
    out: dict[str, Person] = {}
    for i, entry in enumerate(data):
        if not isinstance(entry, dict):
            problems.add(path, 1, f"[{i}]: expected a mapping with name, country, offices")
            continue
        line = int(entry[LINE])
        name = entry.get("name")
        if not name or not isinstance(name, str):
            problems.add(path, line, "name: missing")
            continue
        country = entry.get("country")
        if country is not None and country not in countries:
            problems.add(path, line, f"country: unknown code {country!r}")
        offices: list[Office] = []
        for j, o in enumerate(entry.get("offices") or []):
            oline = int(o.get(LINE, line)) if isinstance(o, dict) else line
            where = f"offices[{j}]"
            if not isinstance(o, dict) or not o.get("title") or not o.get("sector"):
                problems.add(path, oline, f"{where}: expected title, sector, start, end")
                continue
            _check_sector(str(o["sector"]), path, oline, problems, field=f"{where}.sector")
            start = parse_date(o.get("start"), f"{where}.start", path, oline, problems)
            end = parse_date(o.get("end"), f"{where}.end", path, oline, problems)
            if start is None:
                if o.get("start") in (None, ""):
                    problems.add(path, oline, f"{where}.start: missing")
                continue
            if end is not None and end < start:
                problems.add(path, oline, f"{where}: end {end} is before start {start}")
            igo = o.get("igo")
            if igo is not None and igo not in igos:
                problems.add(path, oline, f"{where}.igo: unknown organisation {igo!r}")
            ocountry = o.get("country", country)
            if ocountry is not None and ocountry not in countries:
                problems.add(path, oline, f"{where}.country: unknown code {ocountry!r}")
            offices.append(Office(str(o["title"]), str(o["sector"]), start, end, ocountry, igo))
        aliases = tuple(str(a) for a in entry.get("aliases") or [])
        surname = entry.get("surname")
        out[name] = Person(
            name, aliases, country, tuple(sorted(offices, key=lambda o: o.start)), str(surname) if surname else None
        )
    return out


def load_subnational(
    path: Path, countries: dict[str, Country], problems: Problems
) -> tuple[dict[str, str], set[str]]:
    """``subnational.yaml``: English unit names -> country, and the unit names never read as places."""
    data = read_yaml_as(path, dict, "a mapping with 'names' and 'ignore'", problems)
    if data is None:
        return {}, set()
    named: dict[str, str] = {}
    for entry in data.get("names") or []:
        line = int(entry.get(LINE, 1)) if isinstance(entry, dict) else int(data.get(LINE, 1))
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            problems.add(path, line, "names: expected {name, aliases?, country}")
            continue
        country = entry.get("country")
        if country not in countries:
            problems.add(path, line, f"country: unknown code {country!r}")
            continue
        for name in [entry["name"], *(entry.get("aliases") or [])]:
            named[str(name)] = str(country)
    ignore = data.get("ignore") or []
    if not isinstance(ignore, list):
        problems.add(path, int(data.get(LINE, 1)), "ignore: expected a list of names")
        ignore = []
    return named, {str(n) for n in ignore}


def load_home_names(
    path: Path, countries: dict[str, Country], problems: Problems
) -> dict[str, list[tuple[str, str]]]:
    """``home_names.yaml``: names of a country's body in its own news only -> [(country, sector)]."""
    data = read_yaml_as(path, list, "a list of {name, aliases?, country, sector}", problems)
    if data is None:
        return {}
    out: dict[str, list[tuple[str, str]]] = {}
    for entry in data:
        line = int(entry.get(LINE, 1)) if isinstance(entry, dict) else 1
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            problems.add(path, line, "expected {name, aliases?, country, sector}")
            continue
        country, sector = entry.get("country"), entry.get("sector")
        if country not in countries:
            problems.add(path, line, f"country: unknown code {country!r}")
            continue
        _check_sector(str(sector), path, line, problems)
        for name in [entry["name"], *(entry.get("aliases") or [])]:
            out.setdefault(str(name), []).append((str(country), str(sector)))
    return out


def load_gendered(path: Path, problems: Problems) -> dict[str, str]:
    """``gendered.yaml`` (words beside a name) or ``given_names.yaml``: words that tell a person's gender -> "female"
    or "male"."""
    data = read_yaml_as(path, dict, "a mapping with 'female' and 'male' lists", problems)
    if data is None:
        return {}
    out: dict[str, str] = {}
    for gender in ("female", "male"):
        words = data.get(gender) or []
        if not isinstance(words, list):
            problems.add(path, int(data.get(LINE, 1)), f"{gender}: expected a list of words")
            continue
        out.update({str(w).lower(): gender for w in words})
    unknown = [k for k in data if k not in ("female", "male", LINE)]
    if unknown:
        keys = ", ".join(map(str, unknown))
        problems.add(path, int(data.get(LINE, 1)), f"unknown key(s) {keys} (expected female, male)")
    return out


def load_modifiers(path: Path, problems: Problems) -> tuple[set[str], set[str]]:
    """``modifiers.yaml``: participles after which a country word is the actor's own, and stance prefixes."""
    data = read_yaml_as(path, dict, "a mapping with 'own' and 'against' lists", problems)
    if data is None:
        return set(), set()
    out: list[set[str]] = []
    for key in ("own", "against"):
        words = data.get(key) or []
        if not isinstance(words, list):
            problems.add(path, int(data.get(LINE, 1)), f"{key}: expected a list of words")
            words = []
        out.append({str(w).lower() for w in words})
    return out[0], out[1]


def load_descriptions(path: Path, problems: Problems) -> dict[str, set[str]]:
    """``descriptions.yaml``: lists of nouns by use (``igo``: "the bloc" is the organisation the article introduced;
    ``serving``: titles that take the sector of the body they serve; ``persons``: nouns that name one person;
    ``language``: words whose bare object is a language, not a people; ``litigants``: words of a lawsuit, beside
    which "the parties" are its sides; ``leading``: verbs by which a body unknown to the base is whose its leader
    or the people it represents are; ``civic``: groups of people whose leader holds no office of the state;
    ``units``: units of a force, which are that force before "of police" or "of troops"; ``courtesy``: courtesy
    titles, which are no part of a name: "Ms Curley" is the Curley the article named; ``heads``: titles of heads
    of state or government, whom a surname alone may name in any text; ``suspects``: CAMEO codes of the acts whose
    private person target is a suspect; ``campaigning``: verbs by which a person named is a candidate,
    ``sought``: what a candidate seeks besides an office of the base, ``speaking``: titles of those who speak for
    a body, ``stands_for``: things named by a sector's word that stand for that sector's actor, "army positions",
    "opposition supporters", and ``followers``: people who act for the one whose they are, "his supporters", "her
    aides", "their lawyers": that one's actor, and ``country_nouns``: nouns by which "the kingdom" or "the country"
    names a state the text named before, and ``relations``: nouns of a relation between states, "NATO ally
    Norway": the state named after them, ``common_surnames``: surnames many people bear, and ``counterparts``:
    nouns of one who holds the same office as another, "her Mexican counterpart", and ``levels``: words of a level
    of government, "state and federal agencies": those of the place the story is set in, and ``legislators``: words
    that, capitalised right before a name, make its bearer a member of a legislature, "Ohio Representative Jane
    Roe", and ``deputies``: words of legislators that name a sheriff's officers where ``sheriff_countries`` (ISO
    codes, kept upper-case) have sheriffs, or where the text names one of ``sheriffs``, and ``partisans``: nouns
    of people that, before a body of one of ``partisan_sectors`` (sector codes, kept upper-case), name its
    members: "BJP workers", and ``seat_holders``: nouns that before "for" and a place name a legislator by the
    constituency, "the member for Bolton")."""
    keys = ("igo", "serving", "persons", "language", "litigants", "leading", "civic", "units", "courtesy", "heads",
            "suspects", "campaigning", "sought", "speaking", "stands_for", "followers",
            "country_nouns", "relations", "common_surnames", "counterparts", "levels", "legislators",
            "deputies", "sheriffs", "sheriff_countries", "partisans", "partisan_sectors", "seat_holders")
    data = read_yaml(path, problems)
    if not isinstance(data, dict) or not all(isinstance(data.get(k) or [], list) for k in keys):
        if data is not None:
            problems.add(path, 1, f"expected a mapping with lists of nouns under {', '.join(keys)}")
        return {k: set() for k in keys}
    for k in data:
        if k not in keys and not k.startswith("__"):
            problems.add(path, 1, f"unknown key {k!r} (expected {', '.join(keys)})")
    cased = ("sheriff_countries", "partisan_sectors")  # ISO and sector codes keep their case
    return {k: {str(w) if k in cased else str(w).lower() for w in data.get(k) or []} for k in keys}
