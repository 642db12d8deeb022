"""Read queries the API needs beyond ``Ledger``'s own methods, all parameterised.

They rebuild the library's records from the ledger's rows, so the API answers with the same
types as ``dateline.analyze``.
"""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import Any

from dateline.errors import DatelineError
from dateline.ledger.store import Ledger
from dateline.names import entity_key
from dateline.records import (
    Analysis,
    Claim,
    Document,
    Entity,
    Speaker,
    Statement,
    TimeExpression,
)
from dateline.server.models import DocumentSummary, EntitySummary, LedgerStats


class DocumentNotFound(DatelineError):
    """No stored document has this id (HTTP 404)."""

    code = "D304"


def stats(ledger: Ledger, features: list[str]) -> LedgerStats:
    row = ledger.query("SELECT min(published) AS lo, max(published) AS hi FROM documents")[0]
    return LedgerStats(
        documents=ledger.count("documents"),
        claims=ledger.count("claims"),
        statements=ledger.count("statements"),
        entities=ledger.count("entities"),
        ingest_errors=ledger.count("ingest_errors"),
        published_min=row["lo"],
        published_max=row["hi"],
        features=features,
    )


def entity_rows(
    ledger: Ledger, *, search: str | None, kind: str | None, offset: int, limit: int
) -> list[EntitySummary]:
    """Entities whose name or alias contains ``search``, most claims first (limit + 1 rows)."""
    pattern = f"%{_escape_like(entity_key(search))}%" if search else "%"
    rows = ledger.query(
        r"""
        SELECT e.entity_id, e.name, e.kind,
               (SELECT count(*) FROM claims c WHERE c.subject_id = e.entity_id) AS claims,
               (SELECT count(DISTINCT d.doc_id) FROM doc_entities d
                WHERE d.entity_id = e.entity_id) AS documents
        FROM entities e
        WHERE (CAST(? AS VARCHAR) IS NULL OR e.kind = ?)
          AND (e.entity_id LIKE ? ESCAPE '\' OR EXISTS (
                SELECT 1 FROM aliases a
                WHERE a.entity_id = e.entity_id AND a.alias_key LIKE ? ESCAPE '\'))
        ORDER BY claims DESC, documents DESC, e.name, e.entity_id
        LIMIT ? OFFSET ?
        """,
        [kind, kind, pattern, pattern, limit + 1, offset],
    )
    return [EntitySummary(**r) for r in rows]


def document_rows(
    ledger: Ledger, *, search: str | None, offset: int, limit: int
) -> list[DocumentSummary]:
    """Stored documents, newest first; ``search`` matches title, outlet or URL."""
    pattern = f"%{_escape_like(search.lower())}%" if search else "%"
    rows = ledger.query(
        r"""
        SELECT d.doc_id, d.url, d.outlet, d.title, d.published, d.published_source,
               (SELECT count(*) FROM claims c WHERE c.doc_id = d.doc_id) AS claims,
               (SELECT count(*) FROM statements s WHERE s.doc_id = d.doc_id) AS statements
        FROM documents d
        WHERE lower(coalesce(d.title, '') || ' ' || coalesce(d.outlet, '') || ' '
                    || coalesce(d.url, '')) LIKE ? ESCAPE '\'
        ORDER BY d.published DESC NULLS LAST, d.doc_id
        LIMIT ? OFFSET ?
        """,
        [pattern, limit + 1, offset],
    )
    return [DocumentSummary(**r) for r in rows]


def document_analysis(ledger: Ledger, doc_id: str) -> Analysis:
    """A stored document with its time expressions, statements, claims and entities."""
    rows = ledger.query("SELECT * FROM documents WHERE doc_id = ?", [doc_id])
    if not rows:
        raise DocumentNotFound("no stored document has this id", source=repr(doc_id[:80]))
    return Analysis(
        document=_document(rows[0]),
        timexes=tuple(
            TimeExpression(**{k: r[k] for k in TimeExpression.model_fields})
            for r in ledger.query(
                "SELECT * FROM time_expressions WHERE doc_id = ? ORDER BY start", [doc_id]
            )
        ),
        statements=tuple(
            _statement(r)
            for r in ledger.query(
                "SELECT * FROM statements WHERE doc_id = ? ORDER BY start", [doc_id]
            )
        ),
        claims=tuple(
            Claim(**{k: r[k] for k in Claim.model_fields if k in r})
            for r in ledger.query("SELECT * FROM claims WHERE doc_id = ? ORDER BY start", [doc_id])
        ),
        entities=tuple(
            _entity(r)
            for r in ledger.query(
                "SELECT * FROM doc_entities WHERE doc_id = ? ORDER BY mentions DESC, name",
                [doc_id],
            )
        ),
    )


def _document(row: dict[str, Any]) -> Document:
    paragraphs = json.loads(row["paragraphs"] or "[]")
    return Document(
        doc_id=row["doc_id"],
        text=row["text"],
        url=row["url"],
        outlet=row["outlet"],
        title=row["title"],
        byline=tuple(row["byline"] or ()),
        published=row["published"],
        published_source=row["published_source"],
        modified=row.get("modified"),
        modified_source=row.get("modified_source"),
        canonical_url=row.get("canonical_url"),
        canonical_url_source=row.get("canonical_url_source"),
        language=row["language"],
        # Only the file name: the server does not reveal where its files live.
        source=PurePath(row["source"]).name if row["source"] else None,
        paragraphs=tuple(tuple(p) for p in paragraphs),
    )


def _statement(row: dict[str, Any]) -> Statement:
    speaker = None
    if row["speaker"] is not None:
        speaker = Speaker(
            text=row["speaker"],
            name=row["speaker_name"],
            entity_id=row["speaker_id"],
            anonymous=bool(row["speaker_anonymous"]),
        )
    return Statement(
        doc_id=row["doc_id"],
        statement_id=row["statement_id"],
        start=row["start"],
        end=row["end"],
        text=row["text"],
        kind=row["kind"],
        speaker=speaker,
        cue=row["cue"],
        said_at=row["said_at"],
        certainty=row["certainty"],
    )


def _entity(row: dict[str, Any]) -> Entity:
    return Entity(
        doc_id=row["doc_id"],
        entity_id=row["entity_id"] or row["local_id"],
        name=row["name"],
        kind=row["kind"],
        aliases=tuple(row["aliases"] or ()),
        roles=tuple(row["roles"] or ()),
        parent=row["parent"],
    )


def _escape_like(text: str) -> str:
    """A user's search term as a literal inside a LIKE pattern (``%`` and ``_`` escaped)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
