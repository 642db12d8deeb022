"""Response shapes the HTTP API adds around the library's records (pages, summaries)."""

from __future__ import annotations

from datetime import date
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of a list: ``items`` from ``offset``; ``next_offset`` is null on the last."""

    model_config = ConfigDict(frozen=True)

    items: list[T]
    offset: int
    limit: int
    next_offset: int | None = None


class EntitySummary(BaseModel):
    entity_id: str
    name: str
    kind: str
    claims: int = 0
    documents: int = 0


class DocumentSummary(BaseModel):
    doc_id: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: date | None = None
    published_source: str | None = None
    claims: int = 0
    statements: int = 0


class LedgerStats(BaseModel):
    """Row counts and the publication-date range (the page's as-of slider bounds)."""

    documents: int
    claims: int
    statements: int
    entities: int
    ingest_errors: int
    published_min: date | None = None
    published_max: date | None = None
    features: list[str] = Field(
        default_factory=list,
        description="optional ledger queries this server offers (contradictions, sources...)",
    )


class ErrorBody(BaseModel):
    """Every API error: a stable code (``D303`` or an HTTP name) and a message."""

    error: str
    detail: Any


def page_of(items: list[T], *, offset: int, limit: int) -> Page[T]:
    """Page from a list fetched with ``limit + 1`` rows, so the last page is known."""
    more = len(items) > limit
    return Page[T](
        items=items[:limit],
        offset=offset,
        limit=limit,
        next_offset=offset + limit if more else None,
    )
