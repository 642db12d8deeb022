"""Assessments computed from stored claims: status, claim clusters, contradictions, track records.

Everything is computed on each query from the claims published by the as-of date, so the
answers change as evidence arrives and "what did we know on 2017-07-01?" has an answer.

Rules of news the reasoning rests on:
- a death claim about time t is contradicted by any evidence of life after t: a message made
  after t (dated by what it mentions), an appearance, an official's assertion that he is alive;
- an assertion and a denial of the same thing about the same time contradict each other;
- one person cannot be in two places at one time (both claims dated to the day);
- one report carried by many outlets (wire copies) is one report, not corroboration.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Callable, Mapping
from datetime import date, timedelta
from typing import Any

import duckdb

from dateline.ledger.answers import ClaimCluster, Contradiction, Report, SourceRecord
from dateline.ledger.places import SETTLEMENT, PlaceInfo, compatible, compatible_sql
from dateline.ledger.places import place_key as place_key  # re-exported: callers and tests
from dateline.ledger.places import place_key_sql as _place_key_sql
from dateline.records import CERTAINTY_ORDER, Claim, StatusReport, TimelineEntry

LIFE = frozenset({"alive", "message_released", "appeared", "located_in", "leadership_change"})
DEATH = frozenset({"killed"})
CONDITIONAL = frozenset({"reported", "hedged", "unconfirmed"})
OTHER_STATUS = ("captured", "arrested", "released", "wounded", "resigned")
SAME_EVENT_DAYS = 7
"""Untimed reports published this close together are read as reports of one event."""

CLAIM_FIELDS = tuple(Claim.model_fields)


# -- claim helpers -------------------------------------------------------------------------------
def is_denial(claim: Claim) -> bool:
    return claim.polarity == "negated" or claim.certainty == "denied"


def life_time(entry: TimelineEntry) -> date | None:
    """When a claim evidences life: its event's earliest day ('alive' claims: else publication)."""
    c = entry.claim
    if c.predicate not in LIFE or is_denial(c):
        return None
    if c.event_earliest:
        return c.event_earliest
    return entry.published if c.predicate == "alive" else None


def death_time(entry: TimelineEntry) -> date | None:
    """The latest day a death claim can mean (event interval end, else publication)."""
    c = entry.claim
    return c.event_latest or c.event_earliest or entry.published


def strength(entry: TimelineEntry) -> tuple[int, int, date]:
    """Higher is stronger: certainty, a named claimant, then recency."""
    c = entry.claim
    certainty = len(CERTAINTY_ORDER) - CERTAINTY_ORDER.index(c.certainty)
    named = 0 if c.claimant_anonymous else 1
    return certainty, named, c.event_earliest or entry.published or date.min


def condition_of(entry: TimelineEntry) -> str | None:
    c = entry.claim
    if c.certainty == "asserted" and not c.basis:
        return None
    thing = {
        "message_released": "message",
        "appeared": "appearance",
        "alive": "message" if c.basis else "report",
    }.get(c.predicate, "report")
    if thing == "report":
        return f"if the report by {c.claimant or 'the source'} is accurate"
    return f"if the {thing} is genuine"


# -- status --------------------------------------------------------------------------------------
def assess_status(
    entity_id: str,
    name: str,
    timeline: list[TimelineEntry],
    *,
    as_of: date | None = None,
) -> StatusReport:
    """Best current status with the proof-of-life bound and the strongest evidence each side."""
    # A message dated by its content proves life at that date, not at its release.
    dated_messages = {
        (e.claim.doc_id, e.claim.claim_id.rsplit(":made-after", 1)[0])
        for e in timeline
        if ":made-after" in e.claim.claim_id
    }
    life = [
        e
        for e in timeline
        if life_time(e) and (e.claim.doc_id, e.claim.claim_id) not in dated_messages
    ]
    death = [e for e in timeline if e.claim.predicate in DEATH and not is_denial(e.claim)]
    denials = [e for e in timeline if e.claim.predicate in DEATH and is_denial(e.claim)]
    proof = max(life, key=lambda e: (life_time(e), strength(e)), default=None)
    proof_date = life_time(proof) if proof else None
    # An undated death claim in a later article is mostly a restatement of an earlier one:
    # dated claims place the death in time when there are any.
    placed = [e for e in death if e.claim.event_earliest] or death
    last_death = max(placed, key=lambda e: (death_time(e) or date.min, strength(e)), default=None)
    last_death_date = death_time(last_death) if last_death else None
    contradicted = [e for e in death if proof_date and (death_time(e) or date.max) < proof_date]
    # Only a death that cannot have happened before the proof of life outweighs it; an undated
    # report ("reports of his death") may be about any earlier time.
    after_proof = [
        e
        for e in death
        if proof_date is None or (e.claim.event_earliest and e.claim.event_earliest > proof_date)
    ]
    strongest_for = max(life + denials, key=strength, default=None)
    strongest_against = max(death, key=strength, default=None)
    condition = condition_of(proof) if proof else None
    if proof_date and not after_proof:
        status = "alive"
        summary = f"{name}: alive as of ≥ {proof_date}"
        if condition:
            summary += f" ({condition})"
        physical = [
            e
            for e in life
            if e is not proof
            and (e.claim.basis or e.claim.predicate in {"message_released", "appeared"})
        ]
        latest_physical = max(physical, key=lambda e: life_time(e) or date.min, default=None)
        if (
            proof is not None
            and latest_physical
            and not proof.claim.basis
            and proof.claim.predicate == "alive"
        ):
            when = life_time(latest_physical)
            summary += (
                f" on the word of {proof.claim.claimant or proof.outlet or 'the report'}; "
                f"latest message or appearance made ≥ {when}"
                + (f" ({condition_of(latest_physical)})" if condition_of(latest_physical) else "")
            )
        if contradicted:
            summary += f"; {len(contradicted)} death claim(s) contradicted by later evidence"
    elif last_death_date:
        later_denials = (
            [e for e in denials if (e.published or date.min) >= (last_death.published or date.min)]
            if last_death
            else []
        )
        status = "contested" if later_denials else "reported_killed"
        summary = f"{name}: reported killed (≤ {last_death_date}), no later proof of life"
        if later_denials:
            summary += f"; denied by {later_denials[0].claim.claimant or 'a source'}"
        if proof_date:
            summary += f"; last evidence of life ≥ {proof_date}"
    else:
        other = [
            e for e in timeline if e.claim.predicate in OTHER_STATUS and not is_denial(e.claim)
        ]
        latest = max(
            other, key=lambda e: e.claim.event_earliest or e.published or date.min, default=None
        )
        if latest:
            status = latest.claim.predicate
            said_when = latest.claim.event_time or latest.published
            summary = f"{name}: {status} ({said_when}) on the word of {latest.claim.claimant or latest.outlet or 'the report'}"
        else:
            status = "unknown"
            summary = f"{name}: no dated status evidence"
    wounded = [e for e in timeline if e.claim.predicate == "wounded" and not is_denial(e.claim)]
    dated_wounds = [e for e in wounded if e.claim.event_time] or wounded
    if dated_wounds and status != "wounded":
        last = max(dated_wounds, key=lambda e: e.claim.event_earliest or e.published or date.min)
        summary += f"; reported wounded ({last.claim.event_time or last.published})"
    return StatusReport(
        entity_id=entity_id,
        name=name,
        status=status,
        as_of=as_of,
        summary=summary,
        proof_of_life=proof_date,
        proof_of_life_basis=(proof.claim.basis or proof.claim.evidence) if proof else None,
        latest_death_claim=last_death_date,
        evidence_for=tuple(life + denials),
        evidence_against=tuple(death),
        strongest_for=strongest_for,
        strongest_against=strongest_against,
        condition=condition if status == "alive" else None,
        contradicted_death_claims=len(contradicted),
    )


# -- claim clusters --------------------------------------------------------------------------------
SAME_DAY_SLACK = 2
"""Two day-dated reports of one event this many days apart are read as one event: a weekday
("on Friday") anchored from a later report, or a strike late at night, moves a day or two.
Only for what happens to a person once (``ONCE``): two appearances two days apart are two."""
ONCE = frozenset(
    {"killed", "captured", "arrested", "released", "wounded", "resigned", "leadership_change"}
)


def _compatible_place(
    a: str | None, b: str | None, places: Mapping[str, PlaceInfo] | None = None
) -> bool:
    """Same place or one inside the other ("Mosul" ~ "Mosul's al-Nuri Mosque"; "Tel Harun" ~
    "Marzan" when the ledger has learnt that, or knows Marzan as a country and nothing places
    Tel Harun elsewhere); an unknown or generic place is compatible with any."""
    places = places or {}
    return compatible(
        places.get(a or "") or PlaceInfo.plain(a), places.get(b or "") or PlaceInfo.plain(b)
    )


def _overlaps(a: TimelineEntry, b: TimelineEntry) -> bool:
    ca, cb = a.claim, b.claim
    if ca.event_earliest and cb.event_earliest:
        return ca.event_earliest <= (
            cb.event_latest or cb.event_earliest
        ) and cb.event_earliest <= (ca.event_latest or ca.event_earliest)
    if a.published and b.published:
        return abs((a.published - b.published).days) <= SAME_EVENT_DAYS
    return True


class _Event:
    """Claims being gathered into one event, with the interval all its dated claims share."""

    def __init__(self, first: TimelineEntry, number: int):
        self.number = number  # creation order: later events are tried first
        self.members = [first]
        self.places = {first.claim.place}
        self.core: tuple[date, date] | None = None
        self._narrow(first)

    def _narrow(self, entry: TimelineEntry) -> None:
        c = entry.claim
        if not c.event_earliest:
            return
        lo, hi = c.event_earliest, c.event_latest or c.event_earliest
        if self.core is None:
            self.core = (lo, hi)
        else:  # the interval every dated report agrees on (a day-slack pair keeps the span)
            start, end = max(self.core[0], lo), min(self.core[1], hi)
            self.core = (
                (start, end) if start <= end else (min(self.core[0], lo), max(self.core[1], hi))
            )

    def add(self, entry: TimelineEntry) -> None:
        self.members.append(entry)
        self.places.add(entry.claim.place)
        self._narrow(entry)

    def takes(self, entry: TimelineEntry, compatible_places: _PlaceCache) -> bool:
        """Same predicate and polarity (the caller's keying), places all compatible, time fits."""
        if self.core is None:  # untimed reports: published close together
            fits = any(_overlaps(m, entry) for m in self.members)
        else:
            fits = self._in_time(entry, compatible_places)
        return fits and all(compatible_places(p, entry.claim.place) for p in self.places)

    def _in_time(self, entry: TimelineEntry, compatible_places: _PlaceCache) -> bool:
        assert self.core is not None
        start, end = self.core
        c = entry.claim
        if c.event_earliest:
            lo, hi = c.event_earliest, c.event_latest or c.event_earliest
            if lo <= end and start <= hi:  # a month and a day inside it; a week and a day
                return True
            days = (end - start).days <= 1 and (hi - lo).days <= 1
            once = c.predicate in ONCE
            return once and days and abs((lo - start).days) <= SAME_DAY_SLACK
        bound = c.event_latest or entry.published
        if bound and bound < start:
            return False  # over before this event began
        published = entry.published
        if (
            published
            and (end - start).days <= SAME_EVENT_DAYS
            and start <= published <= end + timedelta(SAME_EVENT_DAYS)
        ):
            return True  # an untimed report in the days after the event
        if published and any(
            m.published and abs((m.published - published).days) <= SAME_EVENT_DAYS
            for m in self.members
        ):
            return True  # published with (or days from) another report of this event
        # "killed near Tel Harun" told later, untimed or with only a bound ("last year"): a
        # restatement of the event that happened there (the latest one, as events are tried
        # latest first)
        return bool(c.place and any(p and compatible_places.same(p, c.place) for p in self.places))


class _PlaceCache:
    """Place comparisons of one clustering, each pair worked out once."""

    def __init__(self, places: Mapping[str, PlaceInfo]):
        self.places = places
        self.seen: dict[tuple[str | None, str | None], bool] = {}

    def info(self, place: str | None) -> PlaceInfo:
        return self.places.get(place or "") or PlaceInfo.plain(place)

    def __call__(self, a: str | None, b: str | None) -> bool:
        if a == b or not a or not b:
            return True
        found = self.seen.get((a, b))
        if found is None:
            found = self.seen[(a, b)] = compatible(self.info(a), self.info(b))
        return found

    def same(self, a: str, b: str) -> bool:
        """``b`` names a town or a smaller place that ``a`` names too (by words or containment),
        not merely one not known to differ; a country or a region is too wide to restate."""
        ia, ib = self.info(a), self.info(b)
        if not ia.key or not ib.key or (ib.rank is not None and ib.rank < SETTLEMENT):
            return False
        return (
            f" {ia.key} " in f" {ib.key} "
            or f" {ib.key} " in f" {ia.key} "
            or ia.anchor == ib.anchor
            or (ia.rank is not None and ia.rank >= SETTLEMENT and ia.anchor in ib.chain)
            or (ib.rank is not None and ib.rank >= SETTLEMENT and ib.anchor in ia.chain)
        )


def cluster_claims(
    entries: list[TimelineEntry],
    wire_groups: dict[str, str] | None = None,
    carriers: dict[str, tuple[str, ...]] | None = None,
    *,
    places: Mapping[str, PlaceInfo] | None = None,
) -> list[ClaimCluster]:
    """Group one subject's claims into events; wire copies of a report become one report.

    ``carriers`` adds, per doc_id, the outlets that carried an identical copy of it;
    ``places`` (place phrase → :class:`PlaceInfo`, from ``place_index``) says which places
    contain which. A claim joins the latest event of its predicate and polarity whose places
    are all compatible with its own and whose time it fits: a dated claim the interval the
    event's dated reports share (a month holds its days; day-dated reports two days apart are
    one event); an untimed claim an event reported in the days around its publication, or the
    latest event before it at the place it names (a later article restating the event).
    """
    return [
        cluster
        for cluster, _ in clusters_with_members(entries, wire_groups, carriers, places=places)
    ]


def clusters_with_members(
    entries: list[TimelineEntry],
    wire_groups: dict[str, str] | None = None,
    carriers: dict[str, tuple[str, ...]] | None = None,
    *,
    places: Mapping[str, PlaceInfo] | None = None,
) -> list[tuple[ClaimCluster, list[TimelineEntry]]]:
    """``cluster_claims`` with each cluster's members: a cluster's reports name only one
    claim per copy group and claimant, and a timeline needs the event of every claim."""
    cache = _PlaceCache(places or {})
    by_kind: dict[tuple[str, bool], list[TimelineEntry]] = defaultdict(list)
    for e in entries:
        by_kind[(e.claim.predicate, is_denial(e.claim))].append(e)
    events: list[_Event] = []
    for kind in sorted(by_kind):
        events.extend(_events_of_kind(by_kind[kind], cache, first_number=len(events)))
    return [
        (_make_cluster(ev.members, wire_groups or {}, carriers or {}), ev.members)
        for ev in events
    ]


def _events_of_kind(
    entries: list[TimelineEntry], cache: _PlaceCache, *, first_number: int
) -> list[_Event]:
    """Events of one predicate and polarity: dated claims in time order (only events still
    open at a claim's date are tried), then untimed ones by publication (only events with a
    report published near it, or a place to restate)."""
    key = _entry_order
    dated = sorted((e for e in entries if e.claim.event_earliest), key=key)
    untimed = sorted((e for e in entries if not e.claim.event_earliest), key=key)
    events: list[_Event] = []

    def new_event(entry: TimelineEntry) -> _Event:
        events.append(_Event(entry, first_number + len(events)))
        return events[-1]

    open_events: list[_Event] = []
    for entry in dated:
        lo = entry.claim.event_earliest
        assert lo is not None
        open_events = [
            ev for ev in open_events if ev.core and ev.core[1] + timedelta(SAME_DAY_SLACK) >= lo
        ]
        event = next((ev for ev in reversed(open_events) if ev.takes(entry, cache)), None)
        if event is None:
            open_events.append(new_event(entry))
        else:
            event.add(entry)
    # untimed claims: events by the days their reports were published, events with a place
    by_day: dict[int, set[int]] = defaultdict(set)
    by_start: dict[int, set[int]] = defaultdict(set)
    for ev in events:
        assert ev.core is not None
        by_start[ev.core[0].toordinal()].add(ev.number)
        for m in ev.members:
            by_day[m.published.toordinal() if m.published else 0].add(ev.number)
    placed = [ev for ev in events if any(ev.places)]
    number = {ev.number: ev for ev in events}
    window = range(-SAME_EVENT_DAYS, SAME_EVENT_DAYS + 1)
    for entry in untimed:
        c, published = entry.claim, entry.published
        if published is None:
            candidates = set(number)
        else:
            day = published.toordinal()
            candidates = {n for d in window for n in by_day.get(day + d, ())}
            candidates |= by_day.get(0, set())  # reports without a publication date
            candidates |= {
                n for d in range(2 * SAME_EVENT_DAYS + 1) for n in by_start.get(day - d, ())
            }
            if c.place:
                candidates |= {ev.number for ev in placed}
        ordered = sorted(
            (number[n] for n in candidates), key=lambda ev: (ev.core is not None, ev.number)
        )
        # a dated event first: an untimed report is mostly a later word on a dated one
        event = next((ev for ev in reversed(ordered) if ev.takes(entry, cache)), None)
        if event is None:
            event = new_event(entry)
            number[event.number] = event
        else:
            event.add(entry)
        by_day[published.toordinal() if published else 0].add(event.number)
    return events


def _entry_order(e: TimelineEntry) -> tuple[Any, ...]:
    return (
        e.claim.event_earliest or e.published or date.max,
        e.published or date.max,
        e.claim.doc_id,
        e.claim.claim_id,
    )


def _make_cluster(
    members: list[TimelineEntry],
    wire_groups: dict[str, str],
    carriers: dict[str, tuple[str, ...]],
) -> ClaimCluster:
    first = members[0].claim
    by_report: dict[tuple[str, str], list[TimelineEntry]] = defaultdict(list)
    for m in members:
        group = wire_groups.get(m.claim.doc_id, m.claim.doc_id)
        by_report[(group, (m.claim.claimant or "").lower())].append(m)
    reports = []
    for (_, _), copies in sorted(by_report.items()):
        copies.sort(key=lambda e: (e.published or date.max, e.outlet or "", e.claim.doc_id))
        head = copies[0]
        reports.append(
            Report(
                claim_id=head.claim.claim_id,
                doc_id=head.claim.doc_id,
                claimant=head.claim.claimant,
                outlet=head.outlet,
                published=head.published,
                certainty=head.claim.certainty,
                carriers=tuple(
                    sorted(
                        {c.outlet for c in copies if c.outlet}
                        | {o for c in copies for o in carriers.get(c.claim.doc_id, ())}
                    )
                ),
            )
        )
    reports.sort(key=lambda r: (r.published or date.max, r.doc_id, r.claim_id))
    starts = [m.claim.event_earliest for m in members if m.claim.event_earliest]
    ends = [
        m.claim.event_latest or m.claim.event_earliest for m in members if m.claim.event_earliest
    ]
    # The event lies where every report's interval agrees; members chained by overlap may
    # not all agree pairwise, and then the honest answer is the span they cover together.
    earliest, latest = (max(starts) if starts else None), min((e for e in ends if e), default=None)
    if earliest and latest and earliest > latest:
        earliest, latest = _most_agreed(members)
    places = sorted({m.claim.place for m in members if m.claim.place}, key=lambda p: (-len(p), p))
    ids = sorted(f"{m.claim.doc_id}/{m.claim.claim_id}" for m in members)
    return ClaimCluster(
        cluster_id=hashlib.sha1("|".join(ids).encode()).hexdigest()[:12],
        subject_id=first.subject_id or first.subject,
        predicate=first.predicate,
        polarity="negated" if is_denial(first) else "affirmed",
        earliest=earliest,
        latest=latest,
        place=places[0] if places else None,
        reports=tuple(reports),
    )


def _most_agreed(members: list[TimelineEntry]) -> tuple[date, date]:
    """The member interval that most members' intervals hold (then the narrowest, earliest):
    "October", "last week" and "Friday" hold the 14th; a report of the 16th holds only itself."""
    spans = [
        (m.claim.event_earliest, m.claim.event_latest or m.claim.event_earliest)
        for m in members
        if m.claim.event_earliest
    ]

    def support(span: tuple[date, date]) -> tuple[int, int, int]:
        held = sum(1 for lo, hi in spans if lo <= span[0] and span[1] <= hi)
        return held, -(span[1] - span[0]).days, -span[0].toordinal()

    return max(spans, key=support)


# -- contradictions (SQL, so that they stay fast over a large ledger) --------------------------
_LIFE_SQL = ", ".join(f"'{p}'" for p in sorted(LIFE))
CONTRADICTION_SQL = f"""
WITH c AS MATERIALIZED (
    SELECT doc_id, claim_id, subject_id, predicate, polarity, certainty, place, published,
        event_earliest, event_latest, claimant,
        coalesce(event_latest, event_earliest, published) AS t_end,
        CASE WHEN event_earliest IS NOT NULL THEN event_earliest
             WHEN predicate = 'alive' THEN published END AS t_life,
        (polarity = 'negated' OR certainty = 'denied') AS denial
    FROM claims
    WHERE subject_id IS NOT NULL
      AND ($subject IS NULL OR subject_id = $subject)
      AND ($as_of IS NULL OR published <= $as_of)
),
death AS (SELECT * FROM c WHERE predicate = 'killed' AND NOT denial AND t_end IS NOT NULL),
life AS (
    SELECT * FROM c WHERE predicate IN ({_LIFE_SQL}) AND NOT denial AND t_life IS NOT NULL
      AND NOT (predicate IN ('message_released', 'appeared') AND EXISTS (
          SELECT 1 FROM c m WHERE m.doc_id = c.doc_id AND m.predicate = 'alive'
          AND m.claim_id IN (c.claim_id || ':made-after', c.claim_id || ':made-after-event')))),
aff AS (SELECT * FROM c WHERE NOT denial AND published IS NOT NULL),
neg AS (SELECT * FROM c WHERE denial AND published IS NOT NULL),
placed AS (
    SELECT c.*, coalesce(p.key, {_place_key_sql("c.place")}) AS place_key,
        coalesce(p.anchor, place_key) AS place_anchor, p.rank AS place_rank,
        coalesce(p.chain, CASE WHEN place_key <> '' THEN [place_key] ELSE [] END) AS place_chain,
        coalesce(p.levels, []::VARCHAR[]) AS place_levels,
        coalesce(p.ranked, []::VARCHAR[]) AS place_ranked
    FROM c LEFT JOIN place_index p ON p.place = c.place
    WHERE c.place IS NOT NULL AND NOT c.denial AND c.event_earliest IS NOT NULL
      AND coalesce(c.event_latest, c.event_earliest) - c.event_earliest <= 1)
-- Each death report against the first sign of life after it, and each denial against the
-- latest earlier assertion of an event it can be about. Ties (same day) are broken by
-- document and claim id, so the stored pairs are the same on every run (an ASOF join picks
-- an arbitrary row among ties).
SELECT 'death_vs_life' AS kind, d.subject_id, d.doc_id AS a_doc, d.claim_id AS a_claim,
       l.doc_id AS b_doc, l.claim_id AS b_claim, d.t_end AS a_time, l.t_life AS b_time
FROM death d ASOF JOIN (
    SELECT * FROM life  -- one sign of life per day, so that the ASOF join has no ties
    QUALIFY row_number() OVER (PARTITION BY subject_id, t_life ORDER BY doc_id, claim_id) = 1
) l ON d.subject_id = l.subject_id AND d.t_end < l.t_life
UNION ALL
SELECT 'asserted_vs_denied', subject_id, m.a_doc, m.a_claim, b_doc, b_claim, m.a_time, b_time
FROM (
    -- each denial against the latest assertion it answers: a grouped max over a struct keeps
    -- one row per denial as the join streams (a window over the whole join held it all)
    SELECT n.subject_id, n.doc_id AS b_doc, n.claim_id AS b_claim, n.published AS b_time,
        max({{'a_time': a.published, 'a_doc': a.doc_id, 'a_claim': a.claim_id}}) AS m
    FROM neg n JOIN aff a
        ON n.subject_id = a.subject_id AND n.predicate = a.predicate
        AND n.published >= a.published
    WHERE n.event_earliest IS NULL OR a.event_earliest IS NULL
       OR (n.event_earliest <= coalesce(a.event_latest, a.event_earliest)
           AND a.event_earliest <= coalesce(n.event_latest, n.event_earliest))
    GROUP BY n.subject_id, n.doc_id, n.claim_id, n.published)
UNION ALL
SELECT 'incompatible_places', a.subject_id, a.doc_id, a.claim_id, b.doc_id, b.claim_id,
       a.event_earliest, b.event_earliest
FROM placed a JOIN placed b ON a.subject_id = b.subject_id
    AND (a.doc_id, a.claim_id) < (b.doc_id, b.claim_id)
    AND a.event_earliest <= coalesce(b.event_latest, b.event_earliest)
    AND b.event_earliest <= coalesce(a.event_latest, a.event_earliest)
    AND NOT {compatible_sql("a.place", "b.place")}
ORDER BY subject_id, kind, a_time, a_doc, a_claim, b_doc, b_claim
LIMIT $limit
"""


STORED_PAIRS_SQL = """
SELECT * FROM contradiction_pairs WHERE $subject IS NULL OR subject_id = $subject
ORDER BY rank LIMIT $limit
"""


CONTRADICTION_CHUNK = 5_000
"""Claims whose pairs are computed and stored at a time (whole subjects, in subject order), so
the pass's memory does not follow the ledger's size; but at most ``CONTRADICTION_CHUNKS``
chunks, since each one scans the claims (a 10M-claim ledger takes chunks of 156k claims).
At 16 (before) a real 100,000-document ingest's 317k claims came in chunks of 20k, whose
insert ran out of the pass's 64 MB (then the step and the ones after it ran at 128 MB); at 64
they come in chunks of 5,000, as a 1,000-document ingest's do."""
CONTRADICTION_CHUNKS = 64


def refresh_contradictions(
    conn: duckdb.DuckDBPyConnection,
    *,
    subjects: str | None = None,
    between_chunks: Callable[[], None] | None = None,
) -> None:
    """Recompute the stored contradiction pairs (after each ingest).

    Both claims are stored with the pair (as JSON rows), so that listing contradictions over
    a large ledger reads one small table and joins nothing. ``subjects`` names a table with a
    ``subject_id`` column: only those subjects' pairs are recomputed (every pair joins two
    claims of one subject, so the others cannot change), then the listing order is renumbered;
    ``None`` recomputes the whole ledger. Subjects are taken in chunks of about
    ``CONTRADICTION_CHUNK`` claims. ``between_chunks`` runs after each chunk's pairs are
    stored (the end-of-ingest pass commits there, so the rows a transaction holds until it
    commits stay the size of a chunk).
    """
    every = "($subject IS NULL OR subject_id = $subject)"
    pairs = CONTRADICTION_SQL.replace("LIMIT $limit", "")
    if every not in pairs:  # pragma: no cover - a guard for edits of CONTRADICTION_SQL
        raise RuntimeError("CONTRADICTION_SQL no longer filters by $subject")
    if subjects is None:
        conn.execute("DELETE FROM contradiction_pairs")
        mine = "TRUE"
    else:
        mine = f"subject_id IN (SELECT subject_id FROM {subjects})"
        conn.execute(f"DELETE FROM contradiction_pairs WHERE {mine}")
    conn.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE contradiction_chunks AS
        WITH s AS (SELECT subject_id, count(*) AS n FROM claims
                   WHERE subject_id IS NOT NULL AND {mine} GROUP BY subject_id)
        SELECT subject_id, sum(n) OVER (ORDER BY subject_id ROWS UNBOUNDED PRECEDING)
            // greatest(?, (SELECT sum(n) FROM s) // ? + 1) AS chunk
        FROM s
        """,
        [CONTRADICTION_CHUNK, CONTRADICTION_CHUNKS],
    )
    chunks = conn.execute("SELECT DISTINCT chunk FROM contradiction_chunks ORDER BY 1").fetchall()
    pairs = pairs.replace(
        every, "subject_id IN (SELECT subject_id FROM contradiction_chunks WHERE chunk = $chunk)"
    )
    offset = 0  # chunks come in subject order, as the listing order does
    for (chunk,) in chunks:
        # the chunk's pairs and their listing order first, as keys only (the order's window
        # then holds no claim rows); then each claim's JSON row, made once however many pairs
        # it is in, joined on as the insert streams. One statement with both held every
        # pair's two rows in the window: at 10,000 documents the step rose 93 MB, now 73.
        # Stored in listing order, so that one subject's pairs sit together: a timeline reads
        # them through the subject index from a few blocks, not a block per pair and column.
        conn.execute(
            f"""
            CREATE OR REPLACE TEMP TABLE chunk_pairs AS
            SELECT *, $offset + row_number() OVER (ORDER BY subject_id, kind, a_time, a_doc,
                                                   a_claim, b_doc, b_claim) AS rank
            FROM ({pairs})
            """,
            {"as_of": None, "chunk": chunk, "offset": offset},
        )
        done = conn.execute(
            """
            INSERT INTO contradiction_pairs
            WITH k AS (SELECT a_doc AS doc_id, a_claim AS claim_id FROM chunk_pairs
                       UNION SELECT b_doc, b_claim FROM chunk_pairs),
            r AS MATERIALIZED (
                SELECT r.doc_id, r.claim_id, to_json(r)::VARCHAR AS row FROM (
                    SELECT c.*, d.url, d.title FROM claims c SEMI JOIN k USING (doc_id, claim_id)
                    JOIN documents d USING (doc_id)) r)
            SELECT p.kind, p.subject_id, p.a_doc, p.a_claim, p.b_doc, p.b_claim, p.a_time,
                p.b_time, a.row, b.row, p.rank
            FROM chunk_pairs p JOIN r a ON a.doc_id = p.a_doc AND a.claim_id = p.a_claim
                   JOIN r b ON b.doc_id = p.b_doc AND b.claim_id = p.b_claim
            ORDER BY p.rank
            """
        ).fetchone()
        offset += int(done[0]) if done else 0
        if between_chunks is not None:
            between_chunks()
    conn.execute("DROP TABLE contradiction_chunks")
    conn.execute("DROP TABLE IF EXISTS chunk_pairs")
    if subjects is not None:  # the listing order of the whole table, as a full refresh has it
        conn.execute(
            """
            UPDATE contradiction_pairs SET rank = o.n FROM (
                SELECT rowid AS id, row_number() OVER (ORDER BY subject_id, kind, a_time, a_doc,
                                                       a_claim, b_doc, b_claim) AS n
                FROM contradiction_pairs) o
            WHERE contradiction_pairs.rowid = o.id AND contradiction_pairs.rank <> o.n
            """
        )


PAIR_KEYS = "a_doc, a_claim, b_doc, b_claim"
"""The columns of a stored contradiction pair naming its two claims."""


def find_contradiction_pairs(
    conn: duckdb.DuckDBPyConnection,
    *,
    subject_id: str | None = None,
    as_of: date | None = None,
    limit: int = 1000,
    columns: str = "*",
) -> list[dict[str, Any]]:
    """Contradicting claim pairs; stored ones for the present, computed live for an as-of date.

    ``columns``: of one subject's stored pairs, only these (with ``rank``; ``PAIR_KEYS``: the
    claims' keys, not their rows, cheaper to read); pairs computed live have them all."""
    if as_of is None and subject_id is not None:  # through the subject index, sorted here
        cursor = conn.execute(  # (few pairs a subject: fetched through the index, no spans)
            f"SELECT {columns if columns == '*' else columns + ', rank'}"
            " FROM contradiction_pairs WHERE subject_id = ?",
            [subject_id],
        )
        names = [d[0] for d in cursor.description or []]
        found = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        found.sort(key=lambda r: (r["rank"] is None, r["rank"] or 0))
        return found[:limit]
    sql = STORED_PAIRS_SQL if as_of is None else CONTRADICTION_SQL
    params: dict[str, Any] = {"subject": subject_id, "limit": limit}
    if as_of is not None:
        params["as_of"] = as_of
    cursor = conn.execute(sql, params)
    fields = [d[0] for d in cursor.description or []]
    return [dict(zip(fields, row, strict=True)) for row in cursor.fetchall()]


def entries_for(
    conn: duckdb.DuckDBPyConnection,
    keys: list[tuple[str, str]],
    *,
    subject_id: str | None = None,
) -> dict[tuple[str, str], TimelineEntry]:
    """Timeline entries for (doc_id, claim_id) keys, with their documents' metadata."""
    if not keys:
        return {}
    wanted = set(keys)
    if subject_id is not None:  # one subject: its claims through the subject index
        cursor = conn.execute(
            "SELECT c.*, d.url, d.title FROM claims c JOIN documents d USING (doc_id)"
            " WHERE c.subject_id = ?",
            [subject_id],
        )
    else:
        cursor = conn.execute(
            "SELECT c.*, d.url, d.title FROM claims c JOIN documents d USING (doc_id)"
            " WHERE c.doc_id || '/' || c.claim_id IN (SELECT unnest(?))",
            [[f"{d}/{c}" for d, c in sorted(wanted)]],
        )
    columns = [d[0] for d in cursor.description or []]
    found = {}
    for row in cursor.fetchall():
        r = dict(zip(columns, row, strict=True))
        if (r["doc_id"], r["claim_id"]) in wanted:
            found[(r["doc_id"], r["claim_id"])] = timeline_entry(r)
    return found


def timeline_order(row: dict[str, Any]) -> tuple[Any, ...]:
    """Where a claim row stands in a timeline: by event time, then publication, then its place
    in its document (undated last at each step)."""
    return (
        row["event_earliest"] is None,
        row["event_earliest"] or date.min,
        row["published"] is None,
        row["published"] or date.min,
        row["doc_id"],
        row["start"] is None,
        row["start"] or 0,
        row["claim_id"],
    )


def timeline_entry(row: dict[str, Any]) -> TimelineEntry:
    claim = Claim(**{k: row[k] for k in CLAIM_FIELDS if k in row})
    return TimelineEntry(
        claim=claim,
        published=row.get("published"),
        outlet=row.get("outlet"),
        url=row.get("url"),
        title=row.get("title"),
    )


def describe(kind: str, a: TimelineEntry, b: TimelineEntry) -> str:
    ca, cb = a.claim, b.claim
    who_a = ca.claimant or a.outlet or "a report"
    who_b = cb.claimant or b.outlet or "a report"
    if kind == "death_vs_life":
        when = ca.event_time or (f"≤ {ca.event_latest}" if ca.event_latest else f"by {a.published}")
        return (
            f"{who_a} said {ca.subject} was killed ({when}); "
            f"{cb.predicate.replace('_', ' ')} ≥ {cb.event_earliest or b.published} "
            f"({who_b}) shows him alive later"
        )
    if kind == "asserted_vs_denied":
        return (
            f"{who_a} asserted '{ca.predicate}' ({a.published}); {who_b} denied it ({b.published})"
        )
    return (
        f"{ca.subject} placed in {ca.place} ({who_a}) and in {cb.place} ({who_b}) "
        f"on {ca.event_time or ca.event_earliest}"
    )


def find_contradictions(
    conn: duckdb.DuckDBPyConnection,
    *,
    subject_id: str | None = None,
    as_of: date | None = None,
    limit: int = 1000,
) -> list[Contradiction]:
    pairs = find_contradiction_pairs(conn, subject_id=subject_id, as_of=as_of, limit=limit)
    if as_of is None:  # stored pairs carry both rows
        entries = {}
        for p in pairs:
            entries[(p["a_doc"], p["a_claim"])] = timeline_entry(json.loads(p["a_row"]))
            entries[(p["b_doc"], p["b_claim"])] = timeline_entry(json.loads(p["b_row"]))
    else:
        keys = [(p["a_doc"], p["a_claim"]) for p in pairs]
        keys += [(p["b_doc"], p["b_claim"]) for p in pairs]
        entries = entries_for(conn, keys, subject_id=subject_id)
    found = []
    for p in pairs:
        a, b = entries[(p["a_doc"], p["a_claim"])], entries[(p["b_doc"], p["b_claim"])]
        found.append(
            Contradiction(
                kind=p["kind"],
                subject_id=p["subject_id"],
                subject=a.claim.subject,
                summary=describe(p["kind"], a, b),
                claim=a,
                contradicted_by=b,
            )
        )
    return found


# -- source track records --------------------------------------------------------------------
def claim_outcomes(
    entries: list[TimelineEntry],
    wire_groups: dict[str, str],
    *,
    places: Mapping[str, PlaceInfo] | None = None,
) -> dict[tuple[str, str], str]:
    """confirmed | contradicted | unresolved for each (doc_id, claim_id) of one subject."""
    outcomes: dict[tuple[str, str], str] = {}
    life_times = sorted(t for e in entries if (t := life_time(e)))
    for cluster_entries in _by_cluster(entries, wire_groups, places=places):
        independent = {
            (
                wire_groups.get(e.claim.doc_id, e.claim.doc_id),
                (e.claim.claimant or e.outlet or "").lower(),
            )
            for e in cluster_entries
        }
        for e in cluster_entries:
            key = (e.claim.doc_id, e.claim.claim_id)
            c = e.claim
            if c.predicate in DEATH and not is_denial(c):
                t = death_time(e)
                if t and life_times and life_times[-1] > t:
                    outcomes[key] = "contradicted"
                    continue
            if c.predicate in DEATH and is_denial(c):
                since = e.claim.event_earliest or (
                    e.published - timedelta(days=SAME_EVENT_DAYS) if e.published else None
                )
                if since and life_times and life_times[-1] >= since:
                    outcomes[key] = "confirmed"
                    continue
            others = {
                g
                for g in independent
                if g
                != (wire_groups.get(c.doc_id, c.doc_id), (c.claimant or e.outlet or "").lower())
            }
            independent_sources = {g for g in others if g[0] != wire_groups.get(c.doc_id, c.doc_id)}
            outcomes[key] = "confirmed" if independent_sources else "unresolved"
    return outcomes


def _by_cluster(
    entries: list[TimelineEntry],
    wire_groups: dict[str, str],
    *,
    places: Mapping[str, PlaceInfo] | None = None,
) -> list[list[TimelineEntry]]:
    clusters = cluster_claims(entries, wire_groups, places=places)
    members: dict[str, list[TimelineEntry]] = defaultdict(list)
    index = {}
    for cl in clusters:
        for r in cl.reports:
            index[(r.doc_id, r.claim_id)] = cl.cluster_id
    # wire copies are not in the reports list: attach them to the cluster of their report
    for e in entries:
        cid = index.get((e.claim.doc_id, e.claim.claim_id))
        if cid is None:
            same = [
                cl.cluster_id
                for cl in clusters
                if cl.predicate == e.claim.predicate
                and any(
                    wire_groups.get(r.doc_id, r.doc_id)
                    == wire_groups.get(e.claim.doc_id, e.claim.doc_id)
                    for r in cl.reports
                )
            ]
            cid = same[0] if same else f"{e.claim.doc_id}/{e.claim.claim_id}"
        members[cid].append(e)
    return [members[k] for k in sorted(members)]


def source_records(
    entries_by_subject: dict[str, list[TimelineEntry]],
    wire_groups: dict[str, str],
    *,
    by: str = "claimant",
    places: Mapping[str, PlaceInfo] | None = None,
) -> list[SourceRecord]:
    """Per claimant (or outlet): claims made, later confirmed, contradicted, unresolved."""
    tally: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    seen: set[tuple[str, str | None, str, str | None]] = set()
    for entries in entries_by_subject.values():
        outcomes = claim_outcomes(entries, wire_groups, places=places)
        for e in entries:
            if e.claim.basis and e.claim.claim_id.endswith(":made-after"):
                continue  # inferred by dateline, not claimed by anyone
            group = wire_groups.get(e.claim.doc_id, e.claim.doc_id)
            report = (group, e.claim.claimant, e.claim.predicate, e.claim.event_time)
            if by != "outlet":
                if report in seen:
                    continue  # a wire copy: one claim, however many outlets carried it
                seen.add(report)
            if by == "outlet":
                source = e.outlet or "(unknown outlet)"
            elif e.claim.claimant:
                source = e.claim.claimant
            else:
                source = f"{e.outlet or '?'} (narration)"
            t = tally[source]
            t["claims"] += 1
            t[outcomes.get((e.claim.doc_id, e.claim.claim_id), "unresolved")] += 1
    records = [
        SourceRecord(source=s, kind=by, **{k: v for k, v in t.items()}) for s, t in tally.items()
    ]
    return sorted(records, key=lambda r: (-r.claims, -r.contradicted, r.source))
