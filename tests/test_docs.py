"""The README's two commands are the ones CI runs, and every command is documented."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from eventdesk.cli import cli

ROOT = Path(__file__).resolve().parents[1]


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```(?:sh|bash|console)?\n(.*?)```", text, flags=re.S)
    return [line.strip() for block in blocks[:2] for line in block.splitlines() if line.strip()]


def test_readme_starts_with_sample_and_test_commands() -> None:
    first, second = readme_commands()[:2]
    assert "eventdesk code --sample" in first
    assert "pytest" in second


def test_ci_runs_exactly_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert readme_commands()[1] in ci


def test_every_command_is_documented_and_has_help() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, command in cli.commands.items():  # type: ignore[attr-defined]
        assert f"eventdesk {name}" in readme, name
        result = CliRunner().invoke(cli, [name, "--help"])
        first_line = " ".join((command.help or "").split("\n")[0].split())
        assert result.exit_code == 0 and first_line and first_line in " ".join(result.output.split())
