"""Per-document text facts: what the ledger's cross-document passes need from a text, computed
once per document where it is analysed (the ingest workers, a Dask worker, a re-analysis), and
stored as rows with the document, so that the end-of-ingest pass joins stored rows and never
reads a text again.

- ``place_facts``: what the text and the claims' place phrases say about places
  (:func:`dateline.ledger.places.facts_from_text`), for :func:`refresh_places`;
- ``doc_words``: the text's content words (document frequencies of cross-document dating)
  and, for a document with message claims, the words of each sentence that says what the
  message mentions;
- ``dated_sentences``: each sentence with datable past references, with the start dates of
  those references resolved against the stored publication date (the events another
  document's message may mention).

Facts depend on the text and the claims only, so a worker and the writer compute the same;
the writer computes them itself for an analysis that comes without (``Analysis.text_facts``
is ``None``: a serial ingest, an older capture).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import duckdb

from dateline.ledger.crossdate import words
from dateline.ledger.dating import (
    MESSAGE_PREDICATES,
    DateReference,
    find_references,
    message_content_sentences,
    resolve_reference,
    sentences,
)
from dateline.ledger.places import facts_from_place_phrase, facts_from_text
from dateline.records import Analysis, DatedSentence, TextFacts

FACT_TABLES = ("place_facts", "doc_words", "dated_sentences")
"""Tables whose rows are a document's text facts (deleted with the document)."""
PLACE_FACT_COLUMNS = ("doc_id", "place", "relation", "other", "weight")
DOC_WORDS_COLUMNS = ("doc_id", "words", "content")
DATED_SENTENCE_COLUMNS = ("doc_id", "seq", "text", "words", "starts")


def text_facts(analysis: Analysis) -> TextFacts:
    """The text facts of one analysis (pure: the text and the claims' place phrases)."""
    text = analysis.document.text or ""
    places = {(f.place, f.relation, f.other, f.weight) for f in facts_from_text(text)}
    for phrase in sorted({c.place for c in analysis.claims if c.place}):
        places.update(
            (f.place, f.relation, f.other, f.weight) for f in facts_from_place_phrase(phrase)
        )
    refs = [r for r in find_references(text) if not r.future and r.kind != "narrative"]
    dated: list[DatedSentence] = []
    for s in sentences(text) if refs else ():
        inside = [r for r in refs if s.start <= r.start < s.end]
        if inside:
            dated.append(
                DatedSentence(
                    text=s.text.strip(),
                    words=tuple(sorted(words(s.text))),
                    references=tuple((r.kind, r.text, r.earliest, r.latest) for r in inside),
                )
            )
    content: tuple[tuple[str, ...], ...] = ()
    if any(c.predicate in MESSAGE_PREDICATES for c in analysis.claims):
        content = tuple(tuple(sorted(words(s.text))) for s in message_content_sentences(text))
    return TextFacts(
        place_facts=tuple(sorted(places)),
        words=tuple(sorted(words(text))),
        dated_sentences=tuple(dated),
        message_content=content,
    )


def with_text_facts(analysis: Analysis) -> Analysis:
    """The analysis with its text facts filled (where it is analysed: a worker)."""
    if analysis.text_facts is not None:
        return analysis
    return analysis.model_copy(update={"text_facts": text_facts(analysis)})


def starts(sentence: DatedSentence, published: date) -> list[date]:
    """Start dates of a sentence's references, resolved against the publication date."""
    found = []
    for kind, text, earliest, latest in sentence.references:
        ref = DateReference(start=0, end=len(text), text=text, kind=kind, earliest=earliest,
                            latest=latest)  # fmt: skip
        resolved = resolve_reference(ref, published)
        if resolved.earliest:
            found.append(resolved.earliest)
    return found


def fact_rows(
    doc_id: str, facts: TextFacts, published: date | None
) -> Iterator[tuple[str, tuple[str, ...], list[list[Any]]]]:
    """``(table, columns, rows)`` of one document's text facts, as the writer stages them."""
    yield "place_facts", PLACE_FACT_COLUMNS, [[doc_id, *f] for f in facts.place_facts]
    yield (
        "doc_words",
        DOC_WORDS_COLUMNS,
        [[doc_id, list(facts.words), [list(c) for c in facts.message_content]]],
    )
    if published is None:  # an undated document is nobody's candidate report
        return
    rows = []
    for seq, sentence in enumerate(facts.dated_sentences):
        if found := starts(sentence, published):
            rows.append([doc_id, seq, sentence.text, list(sentence.words), found])
    yield "dated_sentences", DATED_SENTENCE_COLUMNS, rows


def backfill_text_facts(conn: duckdb.DuckDBPyConnection, *, batch: int = 256) -> int:
    """Text facts of the stored documents that have none (stored before schema v11, or by a
    writer that did not stage them), from their stored text and claims; returns how many.

    The one place a pass still reads texts, and only of such documents: once they are done,
    this is one anti-join that finds nothing."""
    from dateline.records import Claim, Document

    missing = [
        r[0]
        for r in conn.execute(
            "SELECT doc_id FROM documents d WHERE NOT EXISTS"
            " (SELECT 1 FROM doc_words w WHERE w.doc_id = d.doc_id) ORDER BY doc_id"
        ).fetchall()
    ]
    for i in range(0, len(missing), batch):
        ids = missing[i : i + batch]
        docs = conn.execute(
            "SELECT doc_id, text, published FROM documents WHERE doc_id IN (SELECT unnest(?))",
            [ids],
        ).fetchall()
        phrases: dict[str, list[tuple[str, str]]] = {}
        for doc_id, predicate, place in conn.execute(
            "SELECT DISTINCT doc_id, predicate, place FROM claims"
            " WHERE doc_id IN (SELECT unnest(?))",
            [ids],
        ).fetchall():
            phrases.setdefault(doc_id, []).append((predicate, place))
        for table in FACT_TABLES:
            conn.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?))", [ids])
        for doc_id, text, published in docs:
            claims = tuple(
                Claim(
                    doc_id=doc_id,
                    claim_id=str(n),
                    subject="",
                    predicate=p,
                    place=place,
                    start=0,
                    end=0,
                    evidence="",
                )  # fmt: skip
                for n, (p, place) in enumerate(phrases.get(doc_id, ()))
            )
            analysis = Analysis(document=Document(doc_id=doc_id, text=text or ""), claims=claims)
            for table, columns, rows in fact_rows(doc_id, text_facts(analysis), published):
                if rows:
                    insert_rows(conn, table, columns, rows)
    return len(missing)


def insert_rows(
    conn: duckdb.DuckDBPyConnection, table: str, columns: tuple[str, ...], rows: list[list[Any]]
) -> None:
    """Rows into ``table`` in one statement, through Arrow typed like the table's columns."""
    import pyarrow as pa

    names = ", ".join(f'"{c}"' for c in columns)
    schema = conn.sql(f"SELECT {names} FROM {table} LIMIT 0").to_arrow_table().schema
    data = pa.Table.from_arrays(
        [pa.array([r[i] for r in rows], type=schema.field(i).type) for i in range(len(columns))],
        schema=schema,
    )
    conn.register("_text_fact_rows", data)
    try:
        conn.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _text_fact_rows")
    finally:
        conn.unregister("_text_fact_rows")
