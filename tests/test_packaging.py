"""What ``pip install .`` needs: every imported package declared, metadata a user expects, a lock per purpose."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

from click.testing import CliRunner

import eventdesk
from eventdesk.cli import cli

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
# packages imported only by an optional feature, and the extra that declares them
OPTIONAL = {"dask": "dask", "distributed": "dask", "fastapi": "serve", "uvicorn": "serve", "starlette": "serve",
            "fastapi_offline": "serve", "plotly": "serve", "jinja2": "serve", "pydantic": "serve"}


def _name(requirement: str) -> str:
    return re.split(r"[\s\[<>=!~;]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _imports() -> set[str]:
    found = set()
    for path in (ROOT / "src" / "eventdesk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module.split(".")[0])
    return {m for m in found if m not in sys.stdlib_module_names and m not in ("eventdesk", "__future__")}


def test_every_imported_package_is_declared() -> None:
    project = PYPROJECT["project"]
    required = {_name(r) for r in project["dependencies"]}
    extras = {k: {_name(r) for r in v} for k, v in project["optional-dependencies"].items()}
    dists = packages_distributions()
    for module in sorted(_imports()):
        names = {d.lower().replace("_", "-") for d in dists.get(module, [module])}
        if module in OPTIONAL:
            assert names & extras[OPTIONAL[module]] or module in ("distributed", "starlette"), module
        else:
            assert names & required, f"{module} is imported but {names} is not in the dependencies"
    assert "lxml-html-clean" in required  # trafilatura imports lxml.html.clean, no longer part of lxml


def test_metadata_a_user_expects() -> None:
    project = PYPROJECT["project"]
    assert project["license"] == "MIT" and (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    assert "eventdesk developers" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert {"Homepage", "Documentation", "Source", "Issues"} <= set(project["urls"])
    assert "Typing :: Typed" in project["classifiers"]
    assert (ROOT / "src" / "eventdesk" / "py.typed").exists()
    assert "py.typed" in PYPROJECT["tool"]["setuptools"]["package-data"]["eventdesk"]
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0 and result.output == f"eventdesk, version {eventdesk.__version__}\n"


def test_the_runtime_lock_has_no_development_tools_and_the_dev_lock_has_them() -> None:
    def pins(name: str) -> dict[str, str]:
        lines = (ROOT / name).read_text(encoding="utf-8").splitlines()
        return dict(_pin(line) for line in lines if line.strip() and not line.startswith("#"))

    runtime, dev = pins("requirements.lock"), pins("requirements-dev.lock")
    tools = {"pytest", "ruff", "mypy", "hypothesis", "types-pyyaml", "types-dateparser"}
    assert not tools & set(runtime)
    assert tools <= set(dev)
    assert not set(runtime) & set(dev)  # one pin per package
    project = PYPROJECT["project"]
    for requirement in [*project["dependencies"], *(r for v in project["optional-dependencies"].values() for r in v)]:
        assert _name(requirement) in runtime, requirement


def _pin(line: str) -> tuple[str, str]:
    name, _, version = line.partition("==")
    return _name(name), version.strip()


def test_the_readme_points_to_docs_in_the_repository() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/output-contract.md" in readme and "docs/architecture.md" in readme
    assert "DESIGN.md" not in readme and "../shared" not in readme
    for link in re.findall(r"\]\((docs/[^)]+)\)", readme):
        assert (ROOT / link).exists(), link
