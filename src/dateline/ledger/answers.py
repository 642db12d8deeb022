"""Records the ledger's cross-document answers are made of (beyond those in ``records.py``)."""

from __future__ import annotations

from datetime import date

from pydantic import Field

from dateline.records import Certainty, Record, TimelineEntry


class Contradiction(Record):
    """Two claims that cannot both be true, each with its evidence."""

    kind: str = Field(description="death_vs_life | asserted_vs_denied | incompatible_places")
    subject_id: str
    subject: str
    summary: str
    claim: TimelineEntry = Field(description="the claim that is contradicted (earlier side)")
    contradicted_by: TimelineEntry = Field(description="the evidence against it")


class Report(Record):
    """One report of an event: a claimant's word in one outlet (and its wire copies)."""

    claim_id: str
    doc_id: str
    claimant: str | None = None
    outlet: str | None = None
    published: date | None = None
    certainty: Certainty = "asserted"
    carriers: tuple[str, ...] = Field(default=(), description="outlets carrying the same copy")


class ClaimCluster(Record):
    """One event (subject, predicate, compatible time and place) with every report of it."""

    cluster_id: str
    subject_id: str
    predicate: str
    polarity: str
    earliest: date | None = None
    latest: date | None = None
    place: str | None = None
    reports: tuple[Report, ...] = ()

    @property
    def independent_reports(self) -> int:
        return len(self.reports)


class SourceRecord(Record):
    """A claimant's or outlet's track record: claims made and how they turned out."""

    source: str
    kind: str = Field(description="claimant | outlet")
    claims: int = 0
    confirmed: int = 0
    contradicted: int = 0
    unresolved: int = 0


class AliasReason(Record):
    alias: str
    reason: str


class EntityExplanation(Record):
    """Why the ledger holds these names as one entity, and whom it kept apart from it."""

    entity_id: str
    name: str
    kind: str
    documents: int = 0
    claims: int = 0
    aliases: tuple[AliasReason, ...] = ()
    notes: tuple[str, ...] = ()
