"""Exports: the claims JSONL contract, Parquet read back by DuckDB, valid TimelineJS JSON."""

from __future__ import annotations

import importlib.util
import io
import json
import sys
from pathlib import Path

import duckdb
import pytest

from dateline.errors import EntityNotFound
from dateline.export import (
    CLAIM_KEYS,
    ExportError,
    export,
    iter_rows,
    timelinejs,
    write_jsonl,
    write_parquet,
)
from dateline.ledger.store import Ledger


def _samples():
    name = "dateline_test_samples"
    if name not in sys.modules:
        path = Path(__file__).with_name("server") / "samples.py"
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture
def ledger(tmp_path):
    samples = _samples()
    with Ledger(tmp_path / "export.duckdb") as led:
        led.add([*samples.sample_analyses(), samples.hostile_analysis()])
        yield led


def test_claims_jsonl_follows_the_contract(ledger):
    out = io.StringIO()
    assert write_jsonl(ledger, "claims", out) == ledger.count("claims") >= 5
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    for row in rows:
        assert list(row)[: len(CLAIM_KEYS)] == list(CLAIM_KEYS)
        assert isinstance(row["subject_aliases"], list)
        assert isinstance(row["claimant_anonymous"], bool)
        assert row["polarity"] in ("affirmed", "negated")
    killed = next(r for r in rows if r["claimant"] == "Interior Ministry")
    assert killed["subject"] == "Tamir Okonkwo-Reyes"
    assert killed["subject_aliases"] == ["Okonkwo-Reyes"]
    assert (killed["event_time"], killed["event_earliest"], killed["event_latest"]) == (
        "2017-10-14",
        "2017-10-14",
        "2017-10-14",
    )
    assert killed["published"] == "2017-10-16" and killed["url"].startswith("https://")
    assert killed["evidence"].startswith("The Interior Ministry said")
    seen = next(r for r in rows if r["predicate"] == "appeared")
    assert (seen["event_time"], seen["event_earliest"], seen["event_latest"]) == (
        "2018-03",
        "2018-03-01",
        "2018-03-31",
    )
    assert seen["claimant_anonymous"] is True


def test_entity_filter_and_unknown_entity(ledger):
    rows = list(iter_rows(ledger, "claims", entity="Okonkwo-Reyes"))
    assert len(rows) == len(ledger.timeline("Okonkwo-Reyes")) >= 4
    assert {r["subject"] for r in rows} == {"Tamir Okonkwo-Reyes"}
    with pytest.raises(EntityNotFound):
        list(iter_rows(ledger, "claims", entity="Nobody Known"))


@pytest.mark.parametrize(
    ("what", "table"),
    [
        ("claims", "claims"),
        ("documents", "documents"),
        ("statements", "statements"),
        ("entities", "entities"),
    ],
)
def test_parquet_reads_back_with_the_same_rows(ledger, tmp_path, what, table):
    path = tmp_path / "out dir" / f"it's {what}.parquet"  # a quote in the name stays a name
    written = write_parquet(ledger, what, path)
    assert written == ledger.count(table) > 0
    back = duckdb.connect().execute("SELECT count(*) FROM read_parquet(?)", [str(path)])
    assert back.fetchall()[0][0] == written


def test_parquet_keeps_types(ledger, tmp_path):
    path = tmp_path / "claims.parquet"
    write_parquet(ledger, "claims", path)
    con = duckdb.connect()
    described = con.execute("DESCRIBE SELECT * FROM read_parquet(?)", [str(path)]).fetchall()
    types = {row[0]: row[1] for row in described}
    assert types["event_earliest"] == "DATE" and types["subject_aliases"] == "VARCHAR[]"
    assert types["claimant_anonymous"] == "BOOLEAN"


def test_timelinejs_is_valid_and_escaped(ledger):
    data = timelinejs(ledger)
    _samples().assert_valid_timelinejs(data)
    assert len(data["events"]) == ledger.count("claims")
    month = next(e for e in data["events"] if e["display_date"] == "2018-03")
    assert month["start_date"] == {"year": "2018", "month": "3"}
    # TimelineJS renders text as HTML: article text must arrive escaped.
    blob = json.dumps(data)
    assert "<script" not in blob and "<img" not in blob and "<b " not in blob
    hostile = next(e for e in data["events"] if "Zed" in e["text"]["headline"])
    assert "&lt;script&gt;" in hostile["text"]["text"]
    assert "<a " not in hostile["text"]["text"]  # a javascript: URL is not linked


def test_export_dispatch_and_errors(ledger, tmp_path, capsys):
    entities = ledger.count("entities")
    assert export(ledger, fmt="jsonl", what="entities", output=Path("-")) == entities
    assert len(capsys.readouterr().out.splitlines()) == entities
    target = tmp_path / "timeline.json"
    written = export(ledger, fmt="timelinejs", output=target, entity="Okonkwo-Reyes")
    assert written == len(ledger.timeline("Okonkwo-Reyes"))
    _samples().assert_valid_timelinejs(json.loads(target.read_text(encoding="utf-8")))
    with pytest.raises(ExportError, match="TimelineJS shows claims"):
        export(ledger, fmt="timelinejs", what="documents", output=target)
    with pytest.raises(ExportError, match="choose one of"):
        export(ledger, fmt="xml", output=target)  # type: ignore[arg-type]
    with pytest.raises(ExportError, match="binary"):
        export(ledger, fmt="parquet", output=Path("-"))


def test_cli_export(ledger, tmp_path):
    from typer.testing import CliRunner

    from dateline.cli import app

    path, claims = ledger.path, ledger.count("claims")
    ledger.close()
    target = tmp_path / "claims.parquet"
    runner = CliRunner()
    result = runner.invoke(
        app, ["export", "--db", str(path), "--format", "parquet", "-o", str(target), "--json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["rows"] == claims
    bad = runner.invoke(app, ["export", "--db", str(path), "--what", "people", "-o", "-"])
    assert bad.exit_code == 1 and "choose one of" in bad.output


def test_documents_export_carries_canonical_url_and_modified_date(tmp_path):
    from datetime import date

    from dateline.records import Analysis, Document

    document = Document.from_text(
        "The ferry to Holm Island was cancelled on Friday because of high winds, the operator "
        "said in a notice on its website.",
        published=date(2022, 2, 4),
        url="https://ferries.example.net/holm?ref=home",
        canonical_url="https://ferries.example.net/holm",
        canonical_url_source="html",
        modified=date(2022, 2, 5),
        modified_source="html",
    )
    with Ledger(tmp_path / "docs.duckdb") as led:
        led.add([Analysis(document=document)])
        out = io.StringIO()
        assert write_jsonl(led, "documents", out) == 1
    (row,) = [json.loads(line) for line in out.getvalue().splitlines()]
    assert row["canonical_url"] == "https://ferries.example.net/holm"
    assert (row["canonical_url_source"], row["modified"], row["modified_source"]) == (
        "html", "2022-02-05", "html")
