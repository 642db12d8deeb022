"""Claims as flat rows for exports (``dateline export --format jsonl --what claims``).

One dict per claim with the keys the export contract names (issue 6): the claim's own
fields plus the document's url and publication date and the subject's aliases, so a line
can be read without the rest of the ledger.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from dateline.records import Analysis, Claim, Entity

EXPORT_KEYS = (
    "doc_id", "url", "published", "subject", "subject_aliases", "predicate", "polarity",
    "event_time", "event_earliest", "event_latest", "place", "claimant", "claimant_anonymous",
    "certainty", "evidence", "start", "end",
)  # fmt: skip


def claim_row(claim: Claim, analysis: Analysis) -> dict[str, Any]:
    """The export row of one claim of ``analysis`` (dates as ISO strings)."""
    document = analysis.document
    subject = _entity(analysis.entities, claim.subject_id)
    row: dict[str, Any] = {
        "doc_id": claim.doc_id,
        "url": document.url,
        "published": document.published.isoformat() if document.published else None,
        "subject": claim.subject,
        "subject_aliases": list(subject.aliases) if subject else [claim.subject],
        "predicate": claim.predicate,
        "polarity": claim.polarity,
        "event_time": claim.event_time,
        "event_earliest": claim.event_earliest.isoformat() if claim.event_earliest else None,
        "event_latest": claim.event_latest.isoformat() if claim.event_latest else None,
        "place": claim.place,
        "claimant": claim.claimant if claim.claimant is not None else document.outlet,
        "claimant_anonymous": claim.claimant_anonymous,
        "certainty": claim.certainty,
        "evidence": claim.evidence,
        "start": claim.start,
        "end": claim.end,
        # Beyond the contract, kept for tracing and proof-of-life chains.
        "claim_id": claim.claim_id,
        "subject_id": claim.subject_id,
        "statement_id": claim.statement_id,
        "basis": claim.basis,
    }
    return row


def claim_rows(analyses: Iterable[Analysis]) -> Iterator[dict[str, Any]]:
    """Export rows of every claim of every analysis, in document then text order."""
    for analysis in analyses:
        for claim in analysis.claims:
            yield claim_row(claim, analysis)


def _entity(entities: Iterable[Entity], entity_id: str | None) -> Entity | None:
    if entity_id is None:
        return None
    return next((e for e in entities if e.entity_id == entity_id), None)
