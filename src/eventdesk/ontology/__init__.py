"""The event ontologies: CAMEO codes with Goldstein scores and quad classes, and the PLOVER crosswalk.

They are data tables (``ontology/data/*.csv``) so that a user can swap or extend an ontology
without touching code; ``Ontology.load(extra_dir)`` overlays rows by code. ``reciprocal.csv`` says
which acts are mutual ("X and Y met", "signed", "clashed"): done jointly with no one else named, they
are coded both ways, X->Y and Y->X, as PETRARCH and GDELT code them. ``cameo_actors.csv`` says which
actors make each class political event data.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from eventdesk.datafiles import Problems, read_csv, split_list

DATA_DIR = Path(__file__).parent / "data"
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

# What an event class needs of its actors before it counts as political event data (cameo_actors.csv):
#   any               no requirement (a protest is political whoever holds it)
#   political         a political actor on some side (government, military, police, courts, parties, rebels,
#                     a country, an international body, a rights group: sectors.yaml ``political: true``)
#   political-source  the source is a political actor (statements: a coach's remarks are no event data)
#   voiced            as ``political``, or, in an article about politics, an organised interest speaks (a firm, a
#                     union, an industry group: ``speaks: true`` in sectors.yaml); a statement by an industry group
#                     on a levy is lobbying, a coach's remarks in a match report are not
#   state             as ``political``, or the act is the state's with its agent unnamed ("was arrested")
#   state-source      the source is of the state: what police or prosecutors tell a court is their case; a
#                     defendant's or a witness's testimony is no political statement
#   known-political   as ``political``, but in an article an unknown name never counts: violence or a threat among
#                     named people is crime news (only a text too short to judge gives it the benefit of the doubt)
#   dyadic            a political actor on both sides, or a state institution on one (a meeting or a visit:
#                     an aid group's teams meeting detainees or a family visiting cities is no consultation)
#   armed             force in a verb's ambiguous sense ("attacked", "clashed with", "intervened", "killed"): as
#                     ``known-political``, and a side bears arms (``armed: true`` in sectors.yaml: the military,
#                     police, rebels) or is a country or international body as a whole; a doer left unnamed
#                     ("was killed") asks only ``known-political``. Two ministers who clash, a defendant who kills
#                     are no force
#   unarmed           the verbal sense of those verbs: as ``political``, and no side bears arms or is a country as
#                     a whole ("the minister clashed with the premier over the budget": a disagreement)
#   official          a verb's official sense, decided like ``armed``: a source is a government, a country as a
#                     whole or an international body ("China protested the visit": an official complaint); else the
#                     next frame that fits is read ("students protested the fee rise": a demonstration)
#   none              never (for a pattern: a sense of the word that is no political act, "charged with the task")
ACTOR_REQUIREMENTS = ("any", "political", "political-source", "voiced", "state", "state-source", "known-political",
                      "dyadic", "armed", "unarmed", "official", "none")
# CAMEO's root codes of violence (18 assault, 19 fight, 20 unconventional mass violence): force used on people and
# places, apart from coercion (17: curfews, bans, arrests) and protest (14)
VIOLENCE_ROOTS = frozenset({"18", "19", "20"})
# the requirements that choose among a verb's senses: when the best frame's actors do not fit, the next one is read
SENSED_BY_ACTORS = ("armed", "unarmed", "official")


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int

    @property
    def root(self) -> str:
        return self.code[:2]


@dataclass(frozen=True)
class PloverCoding:
    """What a CAMEO code means in PLOVER; ``event`` is None where PLOVER has no type."""

    event: str | None
    mode: str | None
    context: tuple[str, ...]


class Ontology:
    """CAMEO codes and their PLOVER crosswalk, validated on load."""

    def __init__(self, dirs: list[Path]) -> None:
        problems = Problems()
        self.cameo: dict[str, CameoCode] = {}
        self.crosswalk: dict[str, PloverCoding] = {}
        for d in dirs:
            path = d / "cameo.csv"
            if path.exists():
                for line, row in read_csv(path, ["code", "name", "goldstein", "quad_class"], problems):
                    code = row["code"]
                    if not (code.isdigit() and 2 <= len(code) <= 4):
                        problems.add(path, line, f"code: {code!r} is not a CAMEO code (2-4 digits)")
                        continue
                    try:
                        gold = float(row["goldstein"])
                        quad = int(row["quad_class"])
                    except ValueError:
                        problems.add(path, line, "goldstein/quad_class: expected numbers")
                        continue
                    if not -10 <= gold <= 10 or quad not in (1, 2, 3, 4):
                        problems.add(path, line, "goldstein must be in -10..10 and quad_class in 1..4")
                        continue
                    self.cameo[code] = CameoCode(code, row["name"], gold, quad)
        for d in dirs:
            path = d / "cameo_plover.csv"
            if path.exists():
                for line, row in read_csv(path, ["cameo", "event", "mode", "context"], problems):
                    if row["cameo"] not in self.cameo:
                        problems.add(path, line, f"cameo: unknown code {row['cameo']!r}")
                        continue
                    if row["event"] and row["event"] not in PLOVER_TYPES:
                        problems.add(path, line, f"event: unknown PLOVER type {row['event']!r}")
                        continue
                    self.crosswalk[row["cameo"]] = PloverCoding(
                        row["event"] or None, row["mode"] or None, tuple(split_list(row["context"]))
                    )
        self.mutual: dict[str, frozenset[str]] = {}  # CAMEO code (or prefix) -> trigger lemmas (empty: any)
        for _, _, row in self._coded_rows(dirs, "reciprocal.csv", ["cameo", "verbs"], problems):
            self.mutual[row["cameo"]] = frozenset(v.lower() for v in split_list(row["verbs"]))
        self.actors: dict[str, str] = {}
        for path, line, row in self._coded_rows(dirs, "cameo_actors.csv", ["cameo", "actors"], problems):
            if row["actors"] in ACTOR_REQUIREMENTS:
                self.actors[row["cameo"]] = row["actors"]
            else:
                known = ", ".join(ACTOR_REQUIREMENTS)
                problems.add(path, line, f"actors: {row['actors']!r} is not one of {known}")
        problems.raise_if_any()

    def _coded_rows(
        self, dirs: list[Path], name: str, columns: list[str], problems: Problems
    ) -> Iterator[tuple[Path, int, dict[str, str]]]:
        """The rows of an optional table keyed by CAMEO code, from every directory; an unknown code is a problem."""
        for path in (d / name for d in dirs):
            for line, row in read_csv(path, columns, problems) if path.exists() else ():
                if row["cameo"] in self.cameo:
                    yield path, line, row
                else:
                    problems.add(path, line, f"cameo: unknown code {row['cameo']!r}")

    def reciprocal(self, cameo: str, lemma: str) -> bool:
        """Whether the act is mutual when several actors do it together ("X and Y signed a treaty")."""
        for n in range(len(cameo), 1, -1):
            verbs = self.mutual.get(cameo[:n])
            if verbs is not None and (not verbs or lemma.lower() in verbs):
                return True
        return False

    @classmethod
    def load(cls, extra: Path | str | None = None) -> Ontology:
        return cls([DATA_DIR, *([Path(extra)] if extra else [])])

    def code(self, cameo: str) -> CameoCode:
        """The CAMEO entry, falling back to the nearest ancestor code."""
        for n in range(len(cameo), 1, -1):
            found = self.cameo.get(cameo[:n])
            if found:
                return found
        raise KeyError(f"unknown CAMEO code {cameo!r}")

    def plover(self, cameo: str) -> PloverCoding:
        """The PLOVER coding of the longest matching CAMEO prefix."""
        for n in range(len(cameo), 1, -1):
            found = self.crosswalk.get(cameo[:n])
            if found:
                return found
        return PloverCoding(None, None, ())

    def actors_required(self, cameo: str) -> str:
        """Which actors make an event of this class political data (the longest matching prefix in
        ``cameo_actors.csv``; ``any`` when none matches). See ``ACTOR_REQUIREMENTS``."""
        for n in range(len(cameo), 1, -1):
            found = self.actors.get(cameo[:n])
            if found:
                return found
        return "any"

    def __contains__(self, cameo: object) -> bool:
        return cameo in self.cameo


@lru_cache(maxsize=4)
def default_ontology(extra: str | None = None) -> Ontology:
    return Ontology.load(extra)


__all__ = ["ACTOR_REQUIREMENTS", "PLOVER_TYPES", "CameoCode", "Ontology", "PloverCoding", "default_ontology"]
