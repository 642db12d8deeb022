"""Dating a message by an event another document dates: "it mentions the UN sanctions on the
merchants, which another report dates to Jan. 22, so it was made after Jan. 22".

A message's content often names an event without its date. When an earlier document in the
ledger reports an event in a sentence that shares several rare words with the sentence that
describes the message's content, and that sentence is datable (explicitly, or by a weekday or
yearless date resolved against its own publication date), the event's date is a lower bound on
when the message was made, and so on when its speaker was alive if the message is genuine.

Rare words are weighted by inverse document frequency over the candidate documents, so that
the names every article about a conflict repeats (the group, the leader, the city) do not
count as evidence of the same event. The pass runs over the whole ledger after each ingest
and depends only on the stored documents, never on their order.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import duckdb

from dateline.ledger.dating import (
    MESSAGE_PREDICATES,
    find_references,
    message_content_sentences,
    resolve_reference,
    sentences,
)

SUFFIX = ":made-after-event"
MIN_SHARED = 3
"""Rare words one content sentence and one report sentence must share to be one event."""
RARE_SHARE = 0.34
"""A word is rare when at most this share of candidate documents uses it."""
WINDOW_DAYS = 730
MAX_CANDIDATES = 2000
STOPWORDS = frozenset(
    [
        "about",
        "after",
        "again",
        "against",
        "also",
        "among",
        "an",
        "and",
        "any",
        "apparent",
        "are",
        "around",
        "because",
        "been",
        "before",
        "being",
        "between",
        "both",
        "but",
        "could",
        "did",
        "does",
        "during",
        "each",
        "even",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "here",
        "into",
        "its",
        "itself",
        "just",
        "more",
        "most",
        "must",
        "only",
        "other",
        "over",
        "own",
        "reference",
        "refers",
        "said",
        "same",
        "says",
        "should",
        "since",
        "some",
        "such",
        "than",
        "that",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "under",
        "until",
        "very",
        "was",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "will",
        "with",
        "would",
        "your",
        "message",
        "recording",
        "audio",
        "video",
        "speaker",
        "voice",
        "tape",
        "statement",
    ]
)


@dataclass(frozen=True)
class EventMatch:
    when: date
    doc_id: str
    outlet: str | None
    published: date | None
    sentence: str
    shared: tuple[str, ...]


def words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in STOPWORDS}


def refresh_cross_document_dating(conn: duckdb.DuckDBPyConnection) -> int:
    """Replace the inferred 'alive' claims that date messages by other documents' events.

    Only messages whose window of candidate reports received a document since the last pass
    are recomputed (their result can only change then), so a pass costs in proportion to what
    arrived; the result is the same as recomputing everything.
    """
    row = conn.execute("SELECT value FROM meta WHERE key = 'crossdate_at'").fetchone()
    since = row[0] if row else "1970-01-01 00:00:00"
    window = conn.execute(
        "SELECT min(published), max(published), max(ingested_at) FROM documents"
        " WHERE ingested_at > CAST(? AS TIMESTAMP)",
        [since],
    ).fetchone()
    if not window or window[2] is None:
        return 0
    low, high, newest = window
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('crossdate_at', ?)", [str(newest)])
    stale = f"""
        doc_id IN (SELECT doc_id FROM documents WHERE ingested_at > CAST($since AS TIMESTAMP)
            OR (published >= CAST($low AS DATE)
                AND published <= CAST($high AS DATE) + INTERVAL {WINDOW_DAYS} DAY))"""
    params = {"since": since, "low": low, "high": high}
    conn.execute(f"DELETE FROM claims WHERE claim_id LIKE '%{SUFFIX}' AND {stale}", params)
    messages = _undated_messages(conn, stale, params)
    # Matching reads only documents, so it runs in publication order (each candidate window
    # slides forward and the per-pass cache stays bounded); inserts keep the stored order.
    cache: dict[str, _Report] = {}
    matches: dict[int, EventMatch | None] = {}
    for i in sorted(range(len(messages)), key=lambda i: messages[i]["doc_published"]):
        matches[i] = find_event(conn, messages[i], cache=cache)
    added = 0
    for i, message in enumerate(messages):
        match = matches[i]
        if match is not None and _insert_inferred(conn, message, match):
            added += 1
    return added


def _rows(conn: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, params)
    columns = [d[0] for d in cursor.description or []]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def _undated_messages(
    conn: duckdb.DuckDBPyConnection, stale: str, params: dict[str, Any]
) -> list[dict[str, Any]]:
    """Message claims in the documents whose dating may have changed."""
    predicates = ", ".join(f"'{p}'" for p in sorted(MESSAGE_PREDICATES))
    cursor = conn.execute(
        f"""
        SELECT c.*, d.text AS doc_text, d.published AS doc_published FROM claims c
        JOIN documents d USING (doc_id)
        WHERE c.predicate IN ({predicates}) AND c.polarity = 'affirmed'
          AND c.certainty <> 'denied' AND d.published IS NOT NULL AND c.{stale.strip()}
        ORDER BY c.doc_id, c.claim_id
        """,
        params,
    )
    columns = [d[0] for d in cursor.description or []]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


@dataclass(frozen=True)
class _Report:
    """What matching needs from one candidate document, computed once per pass."""

    published: date
    words: frozenset[str]
    sentences: tuple[tuple[str, frozenset[str], tuple[date, ...]], ...]
    """(stripped text, words, start dates of its datable past references) per sentence."""


def _report(text: str, published: date) -> _Report:
    refs = find_references(text)
    found = []
    for s in sentences(text):
        dated = [
            resolve_reference(r, published)
            for r in refs
            if s.start <= r.start < s.end and not r.future and r.kind != "narrative"
        ]
        found.append(
            (
                s.text.strip(),
                frozenset(words(s.text)),
                tuple(r.earliest for r in dated if r.earliest),
            )
        )
    return _Report(published, frozenset(words(text)), tuple(found))


def find_event(
    conn: duckdb.DuckDBPyConnection,
    message: dict[str, Any],
    *,
    cache: dict[str, _Report] | None = None,
) -> EventMatch | None:
    """The earlier report whose datable sentence best matches the message's content.

    ``cache`` keeps each candidate document's words, sentences and dated references across
    the messages of one pass, so a document is read once however many messages it is a
    candidate for.
    """
    cache = {} if cache is None else cache
    published: date = message["doc_published"]
    content = [s.text for s in message_content_sentences(message["doc_text"])]
    if not content:
        return None
    candidates = _rows(
        conn,
        """
        SELECT doc_id, outlet, published FROM documents
        WHERE published IS NOT NULL AND published <= ? AND published >= ? AND doc_id <> ?
        ORDER BY published DESC, doc_id LIMIT ?
        """,
        [published, published - timedelta(days=WINDOW_DAYS), message["doc_id"], MAX_CANDIDATES],
    )
    if not candidates:
        return None
    missing = [c["doc_id"] for c in candidates if c["doc_id"] not in cache]
    if missing:
        for doc_id, text, doc_published in conn.execute(
            "SELECT doc_id, text, published FROM documents WHERE list_contains(?, doc_id)",
            [missing],
        ).fetchall():
            cache[doc_id] = _report(text, doc_published)
    reports = [cache[c["doc_id"]] for c in candidates]
    if len(cache) > 2 * MAX_CANDIDATES:  # keep the cache to about one window of reports
        oldest = min(r.published for r in reports)
        for doc_id in [d for d, r in cache.items() if r.published < oldest]:
            del cache[doc_id]
    # document frequencies of the only words ever looked up: the content's own
    df = Counter({w: sum(w in r.words for r in reports) for w in set().union(*map(words, content))})
    rare_limit = max(1, int(RARE_SHARE * len(candidates)))
    subject_words = words(message.get("subject") or "")
    best: tuple[float, EventMatch] | None = None
    for sentence in content:
        mine = {w for w in words(sentence) if df[w] <= rare_limit} - subject_words
        if len(mine) < MIN_SHARED:
            continue
        for candidate, report in zip(candidates, reports, strict=True):
            if len(mine & report.words) < MIN_SHARED:
                continue
            found = _best_sentence(candidate, report, mine, df, len(candidates), published)
            if found and (best is None or found[0] > best[0]):
                best = found
    return best[1] if best else None


def _best_sentence(
    candidate: dict[str, Any],
    report: _Report,
    mine: set[str],
    df: Counter[str],
    n_docs: int,
    ceiling: date,
) -> tuple[float, EventMatch] | None:
    best: tuple[float, EventMatch] | None = None
    for text, sentence_words, starts in report.sentences:
        shared = mine & sentence_words
        if len(shared) < MIN_SHARED:
            continue
        dated = [d for d in starts if d <= ceiling]
        if not dated:
            continue
        when = max(dated)
        score = sum(math.log(n_docs / df[w]) + 1 for w in shared)
        match = EventMatch(
            when=when,
            doc_id=candidate["doc_id"],
            outlet=candidate["outlet"],
            published=candidate["published"],
            sentence=text,
            shared=tuple(sorted(shared)),
        )
        key = (score, match)
        if best is None or (score, when) > (best[0], best[1].when):
            best = key
    return best


def _insert_inferred(
    conn: duckdb.DuckDBPyConnection, message: dict[str, Any], match: EventMatch
) -> bool:
    if message.get("event_earliest") and match.when > message["event_earliest"]:
        return False  # an event after the message's own date cannot be in it
    in_document = conn.execute(
        "SELECT event_earliest FROM claims WHERE doc_id = ? AND claim_id = ?",
        [message["doc_id"], f"{message['claim_id']}:made-after"],
    ).fetchone()
    if in_document and in_document[0] and in_document[0] >= match.when:
        return False  # the message's own document already dates it as late
    certainty = message["certainty"] if message["certainty"] != "asserted" else "reported"
    basis = (
        f"the message mentions the event that {match.outlet or 'another report'} "
        f"({match.published}) dates to {match.when} ('{_clip(match.sentence)}'; shared words: "
        f"{', '.join(match.shared[:6])}), so it was made no earlier than {match.when}; "
        f"{message['subject']} was alive then if the message is genuine"
    )
    columns = [c for c in message if c not in {"doc_text", "doc_published"}]
    values = dict(message)
    values.update(
        claim_id=f"{message['claim_id']}{SUFFIX}",
        predicate="alive",
        event_time=match.when.isoformat(),
        event_earliest=match.when,
        event_latest=message.get("event_latest") or message["doc_published"],
        certainty=certainty,
        basis=basis,
    )
    conn.execute(
        f"INSERT INTO claims ({', '.join(_quote(c) for c in columns)}) "
        f"VALUES ({', '.join('?' * len(columns))})",
        [values[c] for c in columns],
    )
    return True


def _quote(column: str) -> str:
    return f'"{column}"'


def _clip(text: str, width: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
