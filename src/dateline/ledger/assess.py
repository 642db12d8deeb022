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
import re
from collections import defaultdict
from datetime import date, timedelta
from typing import Any

import duckdb

from dateline.ledger.answers import ClaimCluster, Contradiction, Report, SourceRecord
from dateline.names import TITLES, entity_key, fold
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
# Words that only say where around a place the event was ("on the outskirts of the town of
# X", "20km north of X" keeps its number), stripped from the front of a place phrase.
_PLACE_LEAD = tuple(
    re.findall(
        r"\w+",
        """near nearby in at on outside inside around from to into close by just within across
        north south east west northeast northwest southeast southwest northern southern eastern
        western central of the a an outskirts outskirt edge edges vicinity heart centre center
        village town city area province district region suburb suburbs neighbourhood neighborhood""",
    )
)
_PLACE_LEAD_RE = re.compile(r"^(?:(?:" + "|".join(_PLACE_LEAD) + r")\s+)+")
_PLACE_ARTICLES = frozenset({"the", "a", "an"})


def place_key(place: str | None) -> str:
    """Normalised words of a place phrase: "near the village of Bir Qasim" → "bir qasim".

    Leading prepositions and place nouns go, then the name key (:func:`entity_key`: case,
    accents, "al-" prefixes, punctuation), then articles. Empty when nothing but generic
    words is left ("in a village"), which says nothing about where.
    """
    if not place:
        return ""
    text = _PLACE_LEAD_RE.sub("", re.sub(r"[^\w'’-]+", " ", fold(place)).strip() + " ")
    if not text.strip():
        return ""
    return " ".join(w for w in entity_key(text).split() if w not in _PLACE_ARTICLES)


def _place_key_sql(col: str) -> str:
    """:func:`place_key` as a DuckDB expression (RE2 has no lookahead: same steps, spelled out)."""
    lead = "|".join(_PLACE_LEAD)
    titles = "|".join(sorted(TITLES))
    x = rf"regexp_replace(lower(strip_accents({col})), '[^\w''’-]+', ' ', 'g')"
    x = rf"regexp_replace(trim({x}) || ' ', '^(?:(?:{lead})\s+)+', '')"
    x = rf"regexp_replace({x}, '\b(?:al|el|ul|ad|ar|as|ash|at|az|an)[-\s‐‑’'']+(\w)', '\1', 'g')"
    x = rf"trim(regexp_replace({x}, '[^a-z0-9]+', ' ', 'g'))"
    x = rf"regexp_replace({x}, '^(?:(?:{titles})(?:\s+|$))+', '')"
    x = rf"regexp_replace(' ' || {x} || ' ', ' (?:the|a|an) ', ' ', 'g')"
    x = rf"regexp_replace({x}, ' (?:the|a|an) ', ' ', 'g')"
    return rf"trim(regexp_replace({x}, '\s+', ' ', 'g'))"


def _compatible_place(a: str | None, b: str | None) -> bool:
    """Same place or one inside the other ("Mosul" ~ "Mosul's al-Nuri Mosque"): one key is a
    whole-word run of the other; an unknown or generic place is compatible with any."""
    ka, kb = place_key(a), place_key(b)
    if not ka or not kb:
        return True
    return f" {ka} " in f" {kb} " or f" {kb} " in f" {ka} "


def _overlaps(a: TimelineEntry, b: TimelineEntry) -> bool:
    ca, cb = a.claim, b.claim
    if ca.event_earliest and cb.event_earliest:
        return ca.event_earliest <= (
            cb.event_latest or cb.event_earliest
        ) and cb.event_earliest <= (ca.event_latest or ca.event_earliest)
    if a.published and b.published:
        return abs((a.published - b.published).days) <= SAME_EVENT_DAYS
    return True


def cluster_claims(
    entries: list[TimelineEntry],
    wire_groups: dict[str, str] | None = None,
    carriers: dict[str, tuple[str, ...]] | None = None,
) -> list[ClaimCluster]:
    """Group one subject's claims into events; wire copies of a report become one report.

    ``carriers`` adds, per doc_id, the outlets that carried an identical copy of it.
    """
    wire_groups = wire_groups or {}
    carriers = carriers or {}
    ordered = sorted(
        entries,
        key=lambda e: (
            e.claim.predicate,
            is_denial(e.claim),
            e.claim.event_earliest or e.published or date.max,
            e.published or date.max,
            e.claim.doc_id,
            e.claim.claim_id,
        ),
    )
    groups: list[list[TimelineEntry]] = []
    for entry in ordered:
        current = groups[-1] if groups else None
        if (
            current
            and current[0].claim.predicate == entry.claim.predicate
            and is_denial(current[0].claim) == is_denial(entry.claim)
            and any(_overlaps(m, entry) for m in current)
            and all(_compatible_place(m.claim.place, entry.claim.place) for m in current)
        ):
            current.append(entry)
        else:
            groups.append([entry])
    return [_make_cluster(g, wire_groups, carriers) for g in groups]


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
        earliest, latest = min(starts), max(e for e in ends if e)
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
    SELECT *, {_place_key_sql("place")} AS place_key
    FROM c WHERE place IS NOT NULL AND NOT denial AND event_earliest IS NOT NULL
      AND coalesce(event_latest, event_earliest) - event_earliest <= 1)
SELECT 'death_vs_life' AS kind, d.subject_id, d.doc_id AS a_doc, d.claim_id AS a_claim,
       l.doc_id AS b_doc, l.claim_id AS b_claim, d.t_end AS a_time, l.t_life AS b_time
FROM death d ASOF JOIN life l ON d.subject_id = l.subject_id AND d.t_end < l.t_life
UNION ALL
SELECT 'asserted_vs_denied', n.subject_id, a.doc_id, a.claim_id, n.doc_id, n.claim_id,
       a.published, n.published
FROM neg n ASOF JOIN aff a
    ON n.subject_id = a.subject_id AND n.predicate = a.predicate AND n.published >= a.published
WHERE n.event_earliest IS NULL OR a.event_earliest IS NULL
   OR (n.event_earliest <= coalesce(a.event_latest, a.event_earliest)
       AND a.event_earliest <= coalesce(n.event_latest, n.event_earliest))
UNION ALL
SELECT 'incompatible_places', a.subject_id, a.doc_id, a.claim_id, b.doc_id, b.claim_id,
       a.event_earliest, b.event_earliest
FROM placed a JOIN placed b ON a.subject_id = b.subject_id
    AND (a.doc_id, a.claim_id) < (b.doc_id, b.claim_id)
    AND a.event_earliest <= coalesce(b.event_latest, b.event_earliest)
    AND b.event_earliest <= coalesce(a.event_latest, a.event_earliest)
    AND a.place_key <> '' AND b.place_key <> ''
    AND strpos(' ' || a.place_key || ' ', ' ' || b.place_key || ' ') = 0
    AND strpos(' ' || b.place_key || ' ', ' ' || a.place_key || ' ') = 0
ORDER BY subject_id, kind, a_time, a_doc, a_claim, b_doc, b_claim
LIMIT $limit
"""


STORED_PAIRS_SQL = """
SELECT * FROM contradiction_pairs WHERE $subject IS NULL OR subject_id = $subject
ORDER BY rank LIMIT $limit
"""


def refresh_contradictions(
    conn: duckdb.DuckDBPyConnection, *, subjects: str | None = None
) -> None:
    """Recompute the stored contradiction pairs (after each ingest).

    Both claims are stored with the pair (as JSON rows), so that listing contradictions over
    a large ledger reads one small table and joins nothing. ``subjects`` names a table with a
    ``subject_id`` column: only those subjects' pairs are recomputed (every pair joins two
    claims of one subject, so the others cannot change), then the listing order is renumbered;
    ``None`` recomputes the whole ledger.
    """
    every = "($subject IS NULL OR subject_id = $subject)"
    pairs = CONTRADICTION_SQL.replace("LIMIT $limit", "")
    if subjects is None:
        conn.execute("DELETE FROM contradiction_pairs")
    else:
        if every not in pairs:  # pragma: no cover - a guard for edits of CONTRADICTION_SQL
            raise RuntimeError("CONTRADICTION_SQL no longer filters by $subject")
        mine = f"subject_id IN (SELECT subject_id FROM {subjects})"
        pairs = pairs.replace(every, mine)
        conn.execute(f"DELETE FROM contradiction_pairs WHERE {mine}")
    conn.execute(
        f"""
        INSERT INTO contradiction_pairs
        WITH p AS ({pairs}),
        r AS (SELECT c.*, d.url, d.title FROM claims c JOIN documents d USING (doc_id)
              WHERE (c.doc_id, c.claim_id) IN (SELECT (a_doc, a_claim) FROM p)
                 OR (c.doc_id, c.claim_id) IN (SELECT (b_doc, b_claim) FROM p))
        SELECT p.*, to_json(a)::VARCHAR, to_json(b)::VARCHAR,
            row_number() OVER (ORDER BY p.subject_id, p.kind, p.a_time, p.a_doc, p.a_claim,
                               p.b_doc, p.b_claim)
        FROM p JOIN r a ON a.doc_id = p.a_doc AND a.claim_id = p.a_claim
               JOIN r b ON b.doc_id = p.b_doc AND b.claim_id = p.b_claim
        """,
        {"as_of": None} if subjects else {"subject": None, "as_of": None},
    )
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


def find_contradiction_pairs(
    conn: duckdb.DuckDBPyConnection,
    *,
    subject_id: str | None = None,
    as_of: date | None = None,
    limit: int = 1000,
) -> list[dict[str, Any]]:
    """Contradicting claim pairs; stored ones for the present, computed live for an as-of date."""
    sql = STORED_PAIRS_SQL if as_of is None else CONTRADICTION_SQL
    params: dict[str, Any] = {"subject": subject_id, "limit": limit}
    if as_of is not None:
        params["as_of"] = as_of
    cursor = conn.execute(sql, params)
    columns = [d[0] for d in cursor.description or []]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


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
    entries: list[TimelineEntry], wire_groups: dict[str, str]
) -> dict[tuple[str, str], str]:
    """confirmed | contradicted | unresolved for each (doc_id, claim_id) of one subject."""
    outcomes: dict[tuple[str, str], str] = {}
    life_times = sorted(t for e in entries if (t := life_time(e)))
    for cluster_entries in _by_cluster(entries, wire_groups):
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
    entries: list[TimelineEntry], wire_groups: dict[str, str]
) -> list[list[TimelineEntry]]:
    clusters = cluster_claims(entries, wire_groups)
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
) -> list[SourceRecord]:
    """Per claimant (or outlet): claims made, later confirmed, contradicted, unresolved."""
    tally: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    seen: set[tuple[str, str | None, str, str | None]] = set()
    for entries in entries_by_subject.values():
        outcomes = claim_outcomes(entries, wire_groups)
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
