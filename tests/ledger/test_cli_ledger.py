"""The ledger commands through the CLI: tables by default, JSON with --json, --as-of."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.ledger.store import Ledger

runner = CliRunner()


@pytest.fixture
def ledger_file(tmp_path, worlds):
    path = tmp_path / "ledger.duckdb"
    with Ledger(path) as ledger:
        ledger.add(worlds.killed_three_times() + worlds.wire_copies() + worlds.same_surname())
    return path


def run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_contradictions_json_and_as_of(ledger_file) -> None:
    found = json.loads(run("contradictions", "Nasiri", "--db", str(ledger_file), "--json"))
    assert {c["kind"] for c in found} == {"death_vs_life", "asserted_vs_denied"}
    before = json.loads(
        run("contradictions", "--db", str(ledger_file), "--as-of", "2016-03-11", "--json")
    )
    assert before == []
    assert "death vs life" in run("contradictions", "--db", str(ledger_file))


def test_sources_and_status(ledger_file) -> None:
    rows = json.loads(run("sources", "--db", str(ledger_file), "--by", "outlet", "--json"))
    assert {r["source"] for r in rows} >= {"Northern Courier", "Valley Times"}
    status = json.loads(run("status", "Nasiri", "--db", str(ledger_file), "--json"))
    assert status["status"] == "alive" and status["strongest_against"]
    assert "strongest against" in run("status", "Nasiri", "--db", str(ledger_file))


def test_entities_why_merge_split(ledger_file) -> None:
    why = json.loads(run("entities", "Nasiri", "--why", "--db", str(ledger_file), "--json"))
    assert why["entity_id"] == "abu tariq nasiri"
    run("split", "Abu Tariq al-Nasiri", "Abu Tareq al-Nasiri", "--db", str(ledger_file))
    why = json.loads(
        run("entities", "Abu Tareq al-Nasiri", "--why", "--db", str(ledger_file), "--json")
    )
    assert why["entity_id"] == "abu tareq nasiri"
    run("merge", "Abu Tariq al-Nasiri", "Abu Tareq al-Nasiri", "--db", str(ledger_file))
    assert "Abu Tareq" in run("entities", "Nasiri", "--why", "--db", str(ledger_file))


def test_date_command(tmp_path) -> None:
    article = tmp_path / "undated.txt"
    article.write_text(
        "The port reopened in March 2015 after repairs.\n\n"
        "On May 3 the harbour master said a new crane had arrived.\n",
        encoding="utf-8",
    )
    data = json.loads(run("date", str(article), "--json"))
    assert data["estimate"]["earliest"] == "2016-05-03"
    assert "news style" in run("date", str(article))
