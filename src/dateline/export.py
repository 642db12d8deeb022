"""Exports of the ledger: JSONL, Parquet (DuckDB ``COPY``) and TimelineJS JSON.

``--what`` picks the table (claims, documents, statements, entities); ``--entity`` narrows
claims and statements to one entity. The claims JSONL follows the claims issue's contract: one
claim a line with ``doc_id, url, published, subject, subject_aliases, predicate, polarity,
event_time, event_earliest, event_latest, place, claimant, claimant_anonymous, certainty,
evidence, start, end`` (plus ids, basis, outlet and title).

TimelineJS JSON follows https://timeline.knightlab.com/docs/json-format.html: an object with
``events`` (slides with a ``start_date`` whose ``year`` is required), an optional ``title``
slide; its ``text`` fields are HTML, so every value from an article is escaped.
"""

from __future__ import annotations

import html
import json
import re
import sys
from collections.abc import Iterator
from contextlib import AbstractContextManager
from datetime import date
from pathlib import Path
from typing import IO, Any, Literal

from dateline.errors import DatelineError, EntityNotFound
from dateline.ledger.store import Ledger
from dateline.names import entity_key

ExportFormat = Literal["jsonl", "parquet", "timelinejs"]
ExportWhat = Literal["claims", "documents", "statements", "entities"]
FORMATS: tuple[ExportFormat, ...] = ("jsonl", "parquet", "timelinejs")
WHATS: tuple[ExportWhat, ...] = ("claims", "documents", "statements", "entities")

CLAIM_KEYS = (
    "doc_id",
    "url",
    "published",
    "subject",
    "subject_aliases",
    "predicate",
    "polarity",
    "event_time",
    "event_earliest",
    "event_latest",
    "place",
    "claimant",
    "claimant_anonymous",
    "certainty",
    "evidence",
    "start",
    "end",
)
"""The claims JSONL contract (issue 6); extra keys follow these."""

# Each query takes the entity filter twice: (entity_id IS NULL OR column = entity_id).
_SQL: dict[str, str] = {
    "claims": """
        SELECT c.doc_id, d.url, d.published, c.subject,
               coalesce((SELECT list(DISTINCT a.alias ORDER BY a.alias) FROM aliases a
                         WHERE a.entity_id = c.subject_id AND a.alias <> c.subject),
                        []::VARCHAR[]) AS subject_aliases,
               c.predicate, c.polarity, c.event_time, c.event_earliest, c.event_latest,
               c.place, c.claimant, c.claimant_anonymous, c.certainty, c.evidence,
               c.start, c."end",
               c.claim_id, c.subject_id, c.claimant_id, c.statement_id, c.basis,
               d.outlet, d.title
        FROM claims c JOIN documents d USING (doc_id)
        WHERE (CAST(? AS VARCHAR) IS NULL OR c.subject_id = ?)
        ORDER BY c.subject, c.event_earliest NULLS LAST, d.published NULLS LAST,
                 c.doc_id, c.start
    """,
    "documents": """
        SELECT d.doc_id, d.url, d.outlet, d.title, d.byline, d.published, d.published_source,
               d.language, d.text,
               (SELECT count(*) FROM claims c WHERE c.doc_id = d.doc_id) AS claims,
               d.canonical_url, d.canonical_url_source, d.modified, d.modified_source, d.published_time
        FROM documents d
        WHERE (CAST(? AS VARCHAR) IS NULL OR EXISTS (
            SELECT 1 FROM doc_entities e WHERE e.doc_id = d.doc_id AND e.entity_id = ?))
        ORDER BY d.published NULLS LAST, d.doc_id
    """,
    "statements": """
        SELECT s.doc_id, d.url, d.published, d.outlet, s.statement_id, s.kind, s.speaker,
               s.speaker_name, s.speaker_id, s.speaker_anonymous, s.cue, s.said_at,
               s.certainty, s.text, s.start, s."end"
        FROM statements s JOIN documents d USING (doc_id)
        WHERE (CAST(? AS VARCHAR) IS NULL OR s.speaker_id = ?)
        ORDER BY d.published NULLS LAST, s.doc_id, s.start
    """,
    "entities": """
        SELECT e.entity_id, e.name, e.kind,
               coalesce((SELECT list(DISTINCT a.alias ORDER BY a.alias) FROM aliases a
                         WHERE a.entity_id = e.entity_id), []::VARCHAR[]) AS aliases,
               (SELECT count(*) FROM claims c WHERE c.subject_id = e.entity_id) AS claims,
               (SELECT count(DISTINCT x.doc_id) FROM doc_entities x
                WHERE x.entity_id = e.entity_id) AS documents
        FROM entities e
        WHERE (CAST(? AS VARCHAR) IS NULL OR e.entity_id = ?)
        ORDER BY claims DESC, e.name, e.entity_id
    """,
}


class ExportError(DatelineError):
    """An export that cannot be written: unknown format or table, unwritable file."""

    code = "D500"


def _check(what: str, fmt: str | None = None) -> None:
    if what not in WHATS:
        raise ExportError(f"cannot export {what!r}; choose one of {', '.join(WHATS)}")
    if fmt is not None and fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _entity_id(ledger: Ledger, entity: str | None) -> str | None:
    if not entity:
        return None
    found = ledger.resolve(entity) if entity_key(entity) else []
    if not found:
        raise EntityNotFound("no entity by that name in the ledger", source=repr(entity))
    return found[0][0]


def iter_rows(
    ledger: Ledger, what: ExportWhat = "claims", *, entity: str | None = None
) -> Iterator[dict[str, Any]]:
    """Rows of one export table as dicts, in a stable order."""
    _check(what)
    entity_id = _entity_id(ledger, entity)
    yield from ledger.query(_SQL[what], [entity_id, entity_id])


def _json_default(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def jsonl_lines(
    ledger: Ledger, what: ExportWhat = "claims", *, entity: str | None = None
) -> Iterator[str]:
    """One JSON object a line (with its newline), as written by :func:`write_jsonl`."""
    for row in iter_rows(ledger, what, entity=entity):
        yield json.dumps(row, ensure_ascii=False, default=_json_default) + "\n"


def write_jsonl(
    ledger: Ledger,
    what: ExportWhat,
    out: Path | IO[str],
    *,
    entity: str | None = None,
) -> int:
    """Write JSONL to a path or an open text stream; returns the number of lines."""
    if isinstance(out, Path):
        with _open_for_writing(out) as stream:
            return write_jsonl(ledger, what, stream, entity=entity)
    count = 0
    for line in jsonl_lines(ledger, what, entity=entity):
        out.write(line)
        count += 1
    return count


def write_parquet(
    ledger: Ledger, what: ExportWhat, path: Path, *, entity: str | None = None
) -> int:
    """``COPY (query) TO path (FORMAT parquet)``; returns the number of rows written."""
    _check(what)
    entity_id = _entity_id(ledger, entity)
    path.parent.mkdir(parents=True, exist_ok=True)
    # The path is a literal in COPY; quotes are doubled so no file name can end the string.
    target = str(path).replace("'", "''")
    try:
        ledger.conn.execute(
            f"COPY ({_SQL[what]}) TO '{target}' (FORMAT parquet, COMPRESSION zstd)",
            [entity_id, entity_id],
        )
    except Exception as exc:  # duckdb.IOException and friends: name the file and the cause
        if isinstance(exc, DatelineError):
            raise
        raise ExportError(f"cannot write Parquet: {exc}", source=str(path)) from None
    row = ledger.conn.execute("SELECT count(*) FROM read_parquet(?)", [str(path)]).fetchone()
    return int(row[0]) if row else 0


# -- TimelineJS --------------------------------------------------------------------------------
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


def _tl_date(day: date, precision: str = "day") -> dict[str, str]:
    parts = {"year": str(day.year)}
    if precision in ("month", "day"):
        parts["month"] = str(day.month)
    if precision == "day":
        parts["day"] = str(day.day)
    return parts


def timeline_slide(row: dict[str, Any]) -> dict[str, Any] | None:
    """One TimelineJS slide for a claim row (from the claims export); None if undatable."""
    earliest: date | None = row.get("event_earliest")
    latest: date | None = row.get("event_latest")
    value = row.get("event_time") or ""
    slide: dict[str, Any] = {}
    if earliest:
        precision = "month" if _MONTH.match(value) else "year" if _YEAR.match(value) else "day"
        slide["start_date"] = _tl_date(earliest, precision)
        if latest and latest > earliest and precision == "day":
            slide["end_date"] = _tl_date(latest)
        slide["display_date"] = value or earliest.isoformat()
    elif row.get("published"):
        published: date = row["published"]
        slide["start_date"] = _tl_date(published)
        slide["display_date"] = f"reported {published.isoformat()} (event undated)"
    else:
        return None
    verb = row["predicate"].replace("_", " ")
    headline = f"{row['subject']}: {'not ' if row['polarity'] == 'negated' else ''}{verb}"
    if row.get("place"):
        headline += f" ({row['place']})"
    source = ", ".join(
        str(x) for x in (row.get("claimant") or "the outlet", row.get("outlet")) if x
    )
    text = f"<p>{html.escape(row['evidence'])}</p><p>— {html.escape(source)} · {row['certainty']}"
    if row.get("url") and str(row["url"]).startswith(("http://", "https://")):
        text += f' · <a href="{html.escape(row["url"], quote=True)}">article</a>'
    slide["text"] = {"headline": html.escape(headline), "text": text + "</p>"}
    slide["group"] = html.escape(row["predicate"])
    slide["unique_id"] = (
        f"claim-{row['doc_id'][:12]}-{re.sub(r'[^A-Za-z0-9_-]', '_', row['claim_id'])}"
    )
    slide["autolink"] = False
    return slide


def timelinejs(ledger: Ledger, *, entity: str | None = None) -> dict[str, Any]:
    """A TimelineJS document of the claims (about ``entity``, or all), loadable as is."""
    rows = list(iter_rows(ledger, "claims", entity=entity))
    events = [s for s in (timeline_slide(r) for r in rows) if s]
    documents = len({r["doc_id"] for r in rows})
    about = html.escape(rows[0]["subject"] if entity and rows else entity or "all entities")
    return {
        "title": {
            "text": {
                "headline": f"dateline: {about}",
                "text": f"<p>{len(events)} claims from {documents} documents</p>",
            }
        },
        "events": events,
        "scale": "human",
    }


def write_timelinejs(ledger: Ledger, path: Path, *, entity: str | None = None) -> int:
    data = timelinejs(ledger, entity=entity)
    with _open_for_writing(path) as stream:
        json.dump(data, stream, ensure_ascii=False, indent=1)
    return len(data["events"])


def _open_for_writing(path: Path) -> AbstractContextManager[IO[str]]:
    if str(path) == "-":
        return _NoClose(sys.stdout)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return path.open("w", encoding="utf-8")
    except OSError as exc:
        raise ExportError(f"cannot write the export: {exc.strerror}", source=str(path)) from None


class _NoClose(AbstractContextManager[IO[str]]):
    """stdout as a context manager that is not closed on exit."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def __enter__(self) -> IO[str]:
        return self.stream

    def __exit__(self, *exc: object) -> None:
        self.stream.flush()


def export(
    ledger: Ledger,
    *,
    fmt: ExportFormat,
    what: ExportWhat = "claims",
    output: Path,
    entity: str | None = None,
) -> int:
    """Write one export (the CLI's ``dateline export``); returns rows or events written."""
    _check(what, fmt)
    if fmt == "jsonl":
        return write_jsonl(ledger, what, output, entity=entity)
    if fmt == "parquet":
        if str(output) == "-":
            raise ExportError("Parquet is binary; give a file with -o FILE.parquet")
        return write_parquet(ledger, what, output, entity=entity)
    if what != "claims":
        raise ExportError("TimelineJS shows claims; use --what claims (the default)")
    return write_timelinejs(ledger, output, entity=entity)
