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
from collections import Counter, defaultdict, deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import accumulate, chain
from typing import Any

import duckdb

from dateline.ledger.dating import MESSAGE_PREDICATES

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
    arrived; the result is the same as recomputing everything. The pass reads the stored
    text facts of the documents (``doc_words``, ``dated_sentences``: see
    ``dateline.ledger.textfacts``), never their texts, in one sweep in publication order.
    """
    from dateline.ledger.textfacts import backfill_text_facts

    backfill_text_facts(conn)
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
    return _date_messages(conn, stale, params)


MESSAGE_PAGE = 1_000
"""Message claims read (and their inferred claims made) at a time by the pass."""


def _date_messages(
    conn: duckdb.DuckDBPyConnection, stale: str, params: dict[str, Any], *, page: int = MESSAGE_PAGE
) -> int:
    """Date the undated messages of the ``stale`` documents, ``page`` messages at a time in
    publication order (the order of the sweep), and store their inferred claims; returns how
    many. Only a page of messages is held in Python: the whole list, a dict per message with
    its content words, grew with every document of a fresh ingest (10,000 documents: 3,360
    messages, +34 MB in the writer). The inferred claims wait in a TEMP table and go into
    ``claims`` in the order of their messages' keys, as one insert of them all stored them."""
    conn.execute(
        "CREATE OR REPLACE TEMP TABLE crossdate_messages AS SELECT row_number() OVER"
        f" (ORDER BY doc_published, doc_id, claim_id) AS rn, * FROM ({_messages_sql(stale)})",
        params,
    )
    conn.execute(
        "CREATE OR REPLACE TEMP TABLE crossdate_inferred AS"
        " SELECT *, ''::VARCHAR AS message_claim FROM claims LIMIT 0"
    )
    days = [
        day
        for (day,) in conn.execute(
            "SELECT DISTINCT doc_published FROM crossdate_messages"
            " WHERE len(doc_content) > 0 ORDER BY 1"
        ).fetchall()
    ]
    sweep = _Sweep(conn, days)
    low = 0
    while True:
        cursor = conn.execute(
            "SELECT * EXCLUDE (rn) FROM crossdate_messages WHERE rn > ? AND rn <= ? ORDER BY rn",
            [low, low + page],
        )
        columns = [d[0] for d in cursor.description or []]
        messages = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
        if not messages:
            break
        matches = [sweep.match(m) if m.get("doc_content") else None for m in messages]
        _insert_inferred(conn, messages, matches, table="crossdate_inferred")
        low += page
    done = conn.execute("SELECT count(*) FROM crossdate_inferred").fetchone()
    conn.execute(
        "INSERT INTO claims SELECT * EXCLUDE (message_claim) FROM crossdate_inferred"
        " ORDER BY doc_id, message_claim"
    )
    conn.execute("DROP TABLE crossdate_inferred")
    conn.execute("DROP TABLE crossdate_messages")
    return int(done[0]) if done else 0


def _messages_sql(stale: str) -> str:
    """Message claims in the documents whose dating may have changed, with the words of
    their document's message-content sentences (``doc_content``)."""
    predicates = ", ".join(f"'{p}'" for p in sorted(MESSAGE_PREDICATES))
    return f"""
        SELECT c.*, d.published AS doc_published, w.content AS doc_content FROM claims c
        JOIN documents d USING (doc_id) LEFT JOIN doc_words w USING (doc_id)
        WHERE c.predicate IN ({predicates}) AND c.polarity = 'affirmed'
          AND c.certainty <> 'denied' AND d.published IS NOT NULL AND c.{stale.strip()}
        """


@dataclass
class _Report:
    """One candidate document in the sweep's window: its words and datable sentences."""

    seq: int
    doc_id: str
    outlet: str | None
    published: date
    words: frozenset[str]
    sentences: list[tuple[str, frozenset[str], tuple[date, ...], date]] = field(
        default_factory=list
    )
    """(stripped text, words, start dates of its datable past references, the latest of
    them) per sentence."""


class _Window:
    """The candidate reports of the message being dated: the ``MAX_CANDIDATES + 1`` latest
    documents published by its day (in the candidates' order: latest first, then by doc_id),
    with the document frequency of every word among them and an index from a word to the
    datable sentences (``(report seq, sentence index)``) that use it, both kept up to date as
    documents enter and leave."""

    def __init__(self) -> None:
        self.reports: deque[_Report] = deque()
        self.by_id: dict[str, _Report] = {}
        self.by_seq: dict[int, _Report] = {}
        self.df: Counter[str] = Counter()
        self.index: dict[str, set[tuple[int, int]]] = defaultdict(set)

    def push(self, report: _Report) -> None:
        self.reports.append(report)
        self.by_id[report.doc_id] = report
        self.by_seq[report.seq] = report
        self.df.update(report.words)
        for i, (_, sentence_words, _, _) in enumerate(report.sentences):
            for w in sentence_words:
                self.index[w].add((report.seq, i))
        while len(self.reports) > MAX_CANDIDATES + 1:
            self.pop()

    def pop(self) -> None:
        report = self.reports.popleft()
        del self.by_id[report.doc_id]
        del self.by_seq[report.seq]
        self.df.subtract(report.words)
        for i, (_, sentence_words, _, _) in enumerate(report.sentences):
            for w in sentence_words:
                postings = self.index[w]
                postings.discard((report.seq, i))
                if not postings:
                    del self.index[w]


class _Sweep:
    """The window of candidate reports moved forward in publication order: ``match`` takes
    messages (with content) in order of their day, none earlier than the one before; ``days``
    are every day a message will be asked about (the reports read are those these days'
    windows hold)."""

    def __init__(self, conn: duckdb.DuckDBPyConnection, days: list[date], *, page: int = 2048):
        self.reports = _reports(conn, days, page) if days else iter(())
        self.window = _Window()
        self.pending: _Report | None = next(self.reports, None)

    def match(self, message: dict[str, Any]) -> EventMatch | None:
        published: date = message["doc_published"]
        while self.pending is not None and self.pending.published <= published:
            self.window.push(self.pending)
            self.pending = next(self.reports, None)
        oldest = published - timedelta(days=WINDOW_DAYS)
        while self.window.reports and self.window.reports[0].published < oldest:
            self.window.pop()  # too old for this message, hence for every later one
        return _best_event(self.window, message)


def _reports(conn: duckdb.DuckDBPyConnection, days: list[date], page: int) -> Iterator[_Report]:
    """The documents published within ``WINDOW_DAYS`` before one of ``days``, with their words
    and datable sentences, in the window's order (by publication day, then doc_id
    descending), read ``page`` documents at a time (three queries a page)."""
    spans: list[list[date]] = []  # the days' windows, overlapping ones merged
    for day in days:
        start = day - timedelta(days=WINDOW_DAYS)
        if spans and start <= spans[-1][1] + timedelta(days=1):
            spans[-1][1] = day
        else:
            spans.append([start, day])
    within = " OR ".join(
        f"published BETWEEN DATE '{a.isoformat()}' AND DATE '{b.isoformat()}'" for a, b in spans
    )
    params: dict[str, Any] = {}
    seq = 0
    after = ""
    while True:
        keys = conn.execute(
            f"""SELECT doc_id, outlet, published FROM documents
            WHERE published IS NOT NULL AND ({within}) {after}
            ORDER BY published, doc_id DESC LIMIT {page}""",
            params,
        ).fetchall()
        if not keys:
            return
        ids = [k[0] for k in keys]
        found = dict(
            conn.execute(
                "SELECT doc_id, words FROM doc_words WHERE doc_id IN (SELECT unnest(?))", [ids]
            ).fetchall()
        )
        sentences: dict[str, list[tuple[str, frozenset[str], tuple[date, ...], date]]] = {}
        for doc_id, text, sentence_words, starts in conn.execute(
            "SELECT doc_id, text, words, starts FROM dated_sentences"
            " WHERE doc_id IN (SELECT unnest(?)) AND len(starts) > 0 ORDER BY doc_id, seq",
            [ids],
        ).fetchall():
            sentences.setdefault(doc_id, []).append(
                (text, frozenset(sentence_words), tuple(starts), max(starts))
            )
        for doc_id, outlet, published in keys:
            yield _Report(seq, doc_id, outlet, published, frozenset(found.get(doc_id) or ()),
                          sentences.get(doc_id, []))  # fmt: skip
            seq += 1
        params.update(last_day=keys[-1][2], last_id=keys[-1][0])
        after = "AND (published > $last_day OR (published = $last_day AND doc_id < $last_id))"


def _best_event(window: _Window, message: dict[str, Any]) -> EventMatch | None:
    published: date = message["doc_published"]
    own = window.by_id.get(message["doc_id"])
    # the candidates: the window without the message's own document, else without its
    # oldest report when it holds one more than the cap
    excluded = own or (window.reports[0] if len(window.reports) > MAX_CANDIDATES else None)
    n_docs = len(window.reports) - (excluded is not None)
    if n_docs <= 0:
        return None
    gone = excluded.words if excluded is not None else frozenset()

    def df(w: str) -> int:
        return window.df[w] - (w in gone)

    rare_limit = max(1, int(RARE_SHARE * n_docs))
    subject_words = words(message.get("subject") or "")
    best: tuple[tuple[Any, ...], _Report, int, frozenset[str], date] | None = None
    for s_index, content in enumerate(message["doc_content"]):
        counts = {w: df(w) for w in content}
        mine = frozenset(w for w, n in counts.items() if n <= rare_limit) - subject_words
        if len(mine) < MIN_SHARED:
            continue
        weight = {w: math.log(n_docs / counts[w]) + 1 for w in mine if counts[w]}
        # the most a sentence sharing k of these words can score: the k heaviest
        bound = list(accumulate(sorted(weight.values(), reverse=True)))
        # datable sentences sharing at least MIN_SHARED of these words (counted in C), the
        # most shared first, until none can reach the best score found
        hits = Counter(chain.from_iterable(window.index.get(w, ()) for w in mine))
        ranked = sorted(((n, key) for key, n in hits.items() if n >= MIN_SHARED), reverse=True)
        for count, (seq, i) in ranked:
            report = window.by_seq[seq]
            if report is excluded:
                continue
            if best is not None and bound[count - 1] + 1e-9 < -best[0][0]:
                break
            _, sentence_words, starts, latest = report.sentences[i]
            when = (
                latest
                if latest <= published
                else max((d for d in starts if d <= published), default=None)
            )
            if when is None:
                continue
            shared = mine & sentence_words
            # fsum: exactly rounded, so equal word sets score equal whatever their order
            rank = (-math.fsum(weight[w] for w in shared), s_index, -seq, -when.toordinal(), i)
            if best is None or rank < best[0]:
                best = (rank, report, i, shared, when)
    if best is None:
        return None
    _, report, i, shared, when = best
    return EventMatch(
        when=when,
        doc_id=report.doc_id,
        outlet=report.outlet,
        published=report.published,
        sentence=report.sentences[i][0],
        shared=tuple(sorted(shared)),
    )


def _insert_inferred(
    conn: duckdb.DuckDBPyConnection,
    messages: list[dict[str, Any]],
    matches: list[EventMatch | None],
    *,
    table: str = "claims",
) -> int:
    """Insert the inferred claims of the matched messages in one statement; returns how many.
    A ``table`` other than ``claims`` has a ``message_claim`` column too: the message's key."""
    wanted = [(m, e) for m, e in zip(messages, matches, strict=True) if e is not None]
    if not wanted:
        return 0
    # what each message's own document already dates it to: one look-up for all
    in_document = dict(
        ((doc_id, claim_id), earliest)
        for doc_id, claim_id, earliest in conn.execute(
            "SELECT doc_id, claim_id, event_earliest FROM claims"
            " WHERE doc_id IN (SELECT unnest(?)) AND claim_id LIKE '%:made-after'",
            [sorted({m["doc_id"] for m, _ in wanted})],
        ).fetchall()
    )
    columns = [c for c in messages[0] if c not in {"doc_content", "doc_published"}]
    rows, keys = [], []
    for message, match in wanted:
        if message.get("event_earliest") and match.when > message["event_earliest"]:
            continue  # an event after the message's own date cannot be in it
        own = in_document.get((message["doc_id"], f"{message['claim_id']}:made-after"))
        if own and own >= match.when:
            continue  # the message's own document already dates it as late
        values = dict(message)
        values.update(
            claim_id=f"{message['claim_id']}{SUFFIX}",
            predicate="alive",
            event_time=match.when.isoformat(),
            event_earliest=match.when,
            event_latest=message.get("event_latest") or message["doc_published"],
            certainty=message["certainty"] if message["certainty"] != "asserted" else "reported",
            basis=_basis(message, match),
        )
        rows.append([values[c] for c in columns])
        keys.append(message["claim_id"])
    if table != "claims":
        columns.append("message_claim")
        for row, key in zip(rows, keys, strict=True):
            row.append(key)
    if rows:
        from dateline.ledger.textfacts import insert_rows

        insert_rows(conn, table, tuple(columns), rows)
    return len(rows)


def _basis(message: dict[str, Any], match: EventMatch) -> str:
    return (
        f"the message mentions the event that {match.outlet or 'another report'} "
        f"({match.published}) dates to {match.when} ('{_clip(match.sentence)}'; shared words: "
        f"{', '.join(match.shared[:6])}), so it was made no earlier than {match.when}; "
        f"{message['subject']} was alive then if the message is genuine"
    )


def _clip(text: str, width: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
