"""The CLI through typer's runner: help everywhere, one-line named errors, ledger untouched."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from dateline.cli import app

runner = CliRunner()
README = Path(__file__).resolve().parents[1] / "README.md"


def all_commands() -> list[tuple[str, ...]]:
    click_app = typer.main.get_command(app)
    commands: list[tuple[str, ...]] = []
    for name, command in click_app.commands.items():  # type: ignore[attr-defined]
        if hasattr(command, "commands"):  # a group: its subcommands are the commands
            commands += [(name, s) for s in command.commands]
        else:
            commands.append((name,))
    return commands


@pytest.mark.parametrize("command", all_commands(), ids=" ".join)
def test_every_command_has_help_with_an_example(command: tuple[str, ...]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example:" in result.output


@pytest.mark.parametrize("command", all_commands(), ids=" ".join)
def test_every_command_is_in_the_readme(command: tuple[str, ...]) -> None:
    assert f"dateline {' '.join(command)}" in README.read_text(encoding="utf-8")


def test_readme_opens_with_the_two_commands() -> None:
    text = README.read_text(encoding="utf-8")
    first_block = text.split("```")[1]
    lines = [line.split("#")[0].strip() for line in first_block.strip().splitlines()[1:]]
    assert lines == ["make demo", "make test"]


@pytest.fixture
def stored_ledger(tmp_path, nlp) -> Path:
    article = tmp_path / "a.txt"
    article.write_text(
        "Officials said on Monday that the rebel commander Omar Haddad was killed in an "
        "airstrike near the town of Qara.\n\nHaddad's group denied the report.\n",
        encoding="utf-8",
    )
    db = tmp_path / "ledger.duckdb"
    result = runner.invoke(
        app, ["ingest", str(article), "--db", str(db), "--published", "2019-03-05"]
    )
    assert result.exit_code == 0, result.output
    return db


def _snapshot(db: Path) -> tuple[int, ...]:
    from dateline import Ledger

    with Ledger(db, read_only=True) as ledger:
        return tuple(ledger.count(t) for t in ("documents", "claims", "statements"))


@pytest.mark.parametrize(
    ("name", "content", "extra"),
    [
        ("empty.txt", b"", []),
        ("binary.txt", bytes(range(256)) * 8, []),
        ("missing.txt", None, []),
        (
            "good.txt",
            b"The minister said on Monday that talks would resume.",
            ["--published", "2019-02-30"],
        ),
    ],
    ids=["empty", "binary", "unreadable", "bad-published"],
)
def test_bad_input_is_one_named_line_and_leaves_the_ledger(
    tmp_path: Path, stored_ledger: Path, name: str, content: bytes | None, extra: list[str]
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    before = _snapshot(stored_ledger)
    for args in (
        ["analyze", str(path), *extra],
        ["ingest", str(path), "--db", str(stored_ledger), *extra],
    ):
        result = runner.invoke(app, args)
        assert result.exit_code != 0, result.output
        message = result.stderr.strip().splitlines()
        assert message, "no error message"
        assert name in message[-1] or "2019-02-30" in message[-1], message
        assert "Traceback" not in result.output
    assert _snapshot(stored_ledger) == before


def test_ingest_twice_stores_once(tmp_path: Path, stored_ledger: Path) -> None:
    before = _snapshot(stored_ledger)
    assert before[0] == 1
    article = tmp_path / "a.txt"
    result = runner.invoke(
        app, ["ingest", str(article), "--db", str(stored_ledger), "--published", "2019-03-05"]
    )
    assert result.exit_code == 0
    assert "skipped 1" in result.output
    assert _snapshot(stored_ledger) == before


def test_unknown_entity_is_a_named_error(stored_ledger: Path) -> None:
    result = runner.invoke(app, ["status", "Nobody Atall", "--db", str(stored_ledger)])
    assert result.exit_code == 1
    assert "Nobody Atall" in result.stderr


def test_ingest_memory_limit_reaches_the_writer_and_a_bad_one_is_named(
    tmp_path: Path, stored_ledger: Path
) -> None:
    before = _snapshot(stored_ledger)
    article = tmp_path / "a.txt"
    ok = runner.invoke(
        app, ["ingest", str(article), "--db", str(stored_ledger), "--memory-limit", "300MB"]
    )
    assert ok.exit_code == 0, ok.output
    bad = runner.invoke(
        app, ["ingest", str(article), "--db", str(stored_ledger), "--memory-limit", "lots"]
    )
    assert bad.exit_code == 1
    assert "memory_limit" in bad.stderr and "lots" in bad.stderr
    assert "Traceback" not in bad.output
    assert _snapshot(stored_ledger) == before
