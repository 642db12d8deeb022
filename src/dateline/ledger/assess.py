"""Assessments computed from stored claims: an entity's status and its proof-of-life bound.

Computed on every query from the claims, so they change as evidence arrives.
"""

from __future__ import annotations

from datetime import date

from dateline.records import StatusReport, TimelineEntry

LIFE = frozenset({"alive", "message_released", "appeared", "located_in", "leadership_change"})
DEATH = frozenset({"killed"})
WEAK = frozenset({"unconfirmed", "denied"})


def _when(entry: TimelineEntry) -> date | None:
    return entry.claim.event_earliest or entry.published


def assess_status(
    entity_id: str, name: str, timeline: list[TimelineEntry], *, as_of: date | None = None
) -> StatusReport:
    """Best current status: alive if evidence of life post-dates every death claim."""
    affirmed = [e for e in timeline if e.claim.polarity == "affirmed"]
    life = [e for e in affirmed if e.claim.predicate in LIFE and _when(e)]
    death = [e for e in affirmed if e.claim.predicate in DEATH and e.claim.certainty != "denied"]
    negated_death = [
        e for e in timeline if e.claim.predicate in DEATH and e.claim.polarity == "negated"
    ]
    proof = max(life, key=lambda e: _when(e) or date.min, default=None)
    proof_date = _when(proof) if proof else None
    last_death = max((_when(e) for e in death if _when(e)), default=None)

    if proof_date and (last_death is None or proof_date > last_death):
        status = "alive"
        summary = f"{name}: alive as of no earlier than {proof_date.isoformat()}"
        if proof and proof.claim.certainty in WEAK | {"hedged", "reported"}:
            summary += f" (if the {proof.claim.predicate.replace('_', ' ')} evidence is genuine)"
        if death:
            summary += f"; {len(death)} death claim(s) contradicted by later evidence"
    elif last_death:
        status = "reported_killed" if not life else "contested"
        summary = f"{name}: reported killed ({last_death.isoformat()}), no later proof of life"
    else:
        status = "unknown"
        summary = f"{name}: no dated status evidence"
    return StatusReport(
        entity_id=entity_id,
        name=name,
        status=status,
        as_of=as_of,
        summary=summary,
        proof_of_life=proof_date,
        proof_of_life_basis=(proof.claim.basis or proof.claim.evidence) if proof else None,
        latest_death_claim=last_death,
        evidence_for=tuple(life + negated_death),
        evidence_against=tuple(death),
    )
