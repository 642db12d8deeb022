"""The HTTP API and the web timeline page: ``create_app(db_path)`` returns the FastAPI app.

The app is thin, like the CLI: each endpoint parses its parameters, calls ``Ledger`` or
``dateline.analyze`` and answers with the library's records. One handler maps dateline's
exceptions to status codes (JSON under ``/api``, a small page elsewhere). The ledger is one
DuckDB connection guarded by a lock; a request that cannot get it in time is told the ledger
is busy (503) rather than left waiting.
"""

from __future__ import annotations

import html
import logging
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from fastapi import FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

import dateline
from dateline import errors
from dateline import export as exports
from dateline.ledger import answers
from dateline.ledger.store import Ledger
from dateline.records import Analysis, Document, IngestReport, StatusReport, TimelineEntry
from dateline.server import reads
from dateline.server.models import (
    DocumentSummary,
    EntitySummary,
    ErrorBody,
    LedgerStats,
    Page,
    page_of,
)
from dateline.server.security import GuardMiddleware

log = logging.getLogger(__name__)

T = TypeVar("T")
STATIC = files("dateline.server") / "static"

# Most specific first: the first class an exception is an instance of decides the status.
STATUS_CODES: tuple[tuple[type[errors.DatelineError], int], ...] = (
    (errors.EntityNotFound, 404),
    (reads.DocumentNotFound, 404),
    (errors.InputTooLarge, 413),
    (errors.UnsupportedFormat, 415),
    (errors.IngestError, 422),
    (errors.BadDate, 422),
    (errors.LedgerBusy, 503),
    (errors.SchemaVersionError, 409),
    (errors.EvaluationError, 422),
    (exports.ExportError, 422),
)

LEDGER_QUERIES = ("contradictions", "sources", "clusters", "explain")
"""Cross-document queries the API offers (listed in ``/api/stats`` for the page)."""

BODY_TYPES = {
    "text/plain": ".txt",
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "application/x-ndjson": ".jsonl",
    "application/jsonl": ".jsonl",
    "application/json": ".jsonl",
}
TEXT_BODY = {"schema": {"type": "string"}}
INGEST_BODY = {
    "requestBody": {
        "required": True,
        "description": "One article as text or HTML, or JSON Lines of articles.",
        "content": {
            "text/plain": TEXT_BODY,
            "text/html": TEXT_BODY,
            "application/x-ndjson": TEXT_BODY,
        },
    }
}
ANALYZE_BODY = {
    "requestBody": {
        "required": True,
        "description": "One article as text or HTML.",
        "content": {"text/plain": TEXT_BODY, "text/html": TEXT_BODY},
    }
}
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody, "description": text}
    for code, text in (
        (404, "No such entity or document"),
        (413, "Request body too large"),
        (415, "Unsupported body type"),
        (422, "Invalid input"),
        (503, "The ledger is busy (an ingest is running); retry"),
        (504, "The request took too long"),
    )
}

EXPORT_RESPONSE: dict[str, Any] = {
    "description": "The export file (JSON Lines, TimelineJS JSON or Parquet).",
    "content": {
        "application/x-ndjson": {"schema": {"type": "string"}},
        "application/json": {"schema": {"type": "object"}},
        "application/vnd.apache.parquet": {"schema": {"type": "string", "format": "binary"}},
    },
}


@dataclass(frozen=True)
class ServerSettings:
    """The server's limits; the CLI's ``serve`` options fill it."""

    db_path: Path
    max_body_bytes: int = 5 * 1024 * 1024
    request_timeout: float = 120.0
    busy_timeout: float = 15.0
    idle_close: float | None = 2.0
    allowed_hosts: tuple[str, ...] = ("127.0.0.1", "localhost", "[::1]")
    read_only: bool = False
    page_limit: int = 500


class LedgerGate:
    """One ledger connection shared by request threads, one request at a time.

    DuckDB lets one process at a time open a file for writing. The server opens the ledger
    when a request needs it and closes it after ``idle_close`` seconds without requests, so
    ``dateline ingest`` or a query from the CLI can use the file while the server is idle;
    while another process holds it, requests are answered "busy, retry" (503).
    """

    def __init__(self, settings: ServerSettings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._ledger: Ledger | None = None
        self._last_used = 0.0
        self._timer: threading.Timer | None = None

    @contextmanager
    def use(self) -> Iterator[Ledger]:
        if not self._lock.acquire(timeout=self.settings.busy_timeout):
            raise errors.LedgerBusy(
                "the ledger is busy with another request (an ingest?); retry shortly"
            )
        try:
            if self._ledger is None:
                self._ledger = self._open()
            yield self._ledger
        finally:
            self._last_used = time.monotonic()
            self._lock.release()
            self._close_when_idle()

    def _open(self) -> Ledger:
        """Open the file, waiting briefly while another process finishes with it."""
        deadline = time.monotonic() + min(self.settings.busy_timeout, 3.0)
        while True:
            try:
                return Ledger(self.settings.db_path, read_only=self.settings.read_only)
            except errors.LedgerBusy:
                if time.monotonic() >= deadline:
                    raise
                time.sleep(0.1)

    def _close_when_idle(self) -> None:
        if self.settings.idle_close is None:
            return
        if self._timer is not None:
            self._timer.cancel()
        self._timer = threading.Timer(self.settings.idle_close, self._close_if_idle)
        self._timer.daemon = True
        self._timer.start()

    def _close_if_idle(self) -> None:
        if not self._lock.acquire(blocking=False):
            return  # in use; the request's own exit schedules the next check
        try:
            idle = time.monotonic() - self._last_used
            if self._ledger is not None and idle >= (self.settings.idle_close or 0):
                self._ledger.close()
                self._ledger = None
        finally:
            self._lock.release()

    def close(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
        with self._lock:
            if self._ledger is not None:
                self._ledger.close()
                self._ledger = None


def create_app(
    db_path: str | Path,
    *,
    allowed_hosts: tuple[str, ...] | None = None,
    max_body_bytes: int = 5 * 1024 * 1024,
    request_timeout: float = 120.0,
    busy_timeout: float = 15.0,
    idle_close: float | None = 2.0,
    read_only: bool = False,
) -> FastAPI:
    """The API under ``/api`` (schema at ``/api/openapi.json``) and the page at ``/``."""
    settings = ServerSettings(
        db_path=Path(db_path),
        max_body_bytes=max_body_bytes,
        request_timeout=request_timeout,
        busy_timeout=busy_timeout,
        idle_close=idle_close,
        read_only=read_only,
        allowed_hosts=allowed_hosts or ServerSettings.allowed_hosts,
    )
    gate = LedgerGate(settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):  # type: ignore[no-untyped-def]
        yield
        gate.close()

    app = FastAPI(
        title="dateline",
        version=dateline.__version__,
        description="Who claimed what about whom, when, and how sure — read from news.",
        openapi_url="/api/openapi.json",
        docs_url=None,  # Swagger UI loads from a CDN: no third-party code on this origin
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.gate = gate
    app.state.settings = settings
    if "*" not in settings.allowed_hosts:
        # Refuses DNS-rebinding requests that reach 127.0.0.1 under another host name.
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(settings.allowed_hosts))
    app.add_middleware(
        GuardMiddleware,
        max_body_bytes=settings.max_body_bytes,
        timeout_seconds=settings.request_timeout,
    )
    _add_error_handlers(app)
    _add_api_routes(app, gate, settings)
    _add_page_routes(app)
    return app


# -- errors --------------------------------------------------------------------------------------
def status_for(exc: errors.DatelineError) -> int:
    for cls, status in STATUS_CODES:
        if isinstance(exc, cls):
            return status
    return 500


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or "text/html" not in request.headers.get(
        "accept", ""
    )


def _error_response(request: Request, status: int, code: str, detail: Any) -> Response:
    if _wants_json(request):
        return JSONResponse({"error": code, "detail": detail}, status_code=status)
    message = html.escape(detail if isinstance(detail, str) else str(detail))
    page = (
        "<!doctype html><meta charset=utf-8><title>dateline: error</title>"
        f"<h1>{status}</h1><p>{message}</p><p><a href=/>dateline</a></p>"
    )
    return HTMLResponse(page, status_code=status)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(errors.DatelineError)
    async def dateline_error(request: Request, exc: errors.DatelineError) -> Response:
        status = status_for(exc)
        if status >= 500:
            log.error("server error: %s", exc)
        return _error_response(request, status, exc.code, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        detail = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in exc.errors()]
        return _error_response(request, 422, "invalid_request", detail)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _error_response(request, exc.status_code, f"http_{exc.status_code}", exc.detail)


# -- API ------------------------------------------------------------------------------------------
Limit = Annotated[int, Query(ge=1, le=500, description="Items per page.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip.")]
AsOf = Annotated[
    date | None, Query(description="Answer from documents published by this date (YYYY-MM-DD).")
]
EntityName = Annotated[
    str, PathParam(min_length=1, max_length=200, description="A name or alias, e.g. Hamdawi.")
]
Published = Annotated[
    date | None, Query(description="Publication date of an undated article (YYYY-MM-DD).")
]
Url = Annotated[str | None, Query(max_length=2000, description="The article's URL.")]


def _add_api_routes(app: FastAPI, gate: LedgerGate, settings: ServerSettings) -> None:
    def run(query: Callable[[Ledger], T]) -> T:
        with gate.use() as ledger:
            return query(ledger)

    @app.get("/api/health", tags=["meta"])
    def health() -> dict[str, str]:
        """Liveness: the server answers (the ledger is not touched)."""
        return {"status": "ok", "version": dateline.__version__}

    @app.get("/api/stats", tags=["meta"], responses=ERROR_RESPONSES)
    def stats() -> LedgerStats:
        """Row counts, the publication-date range, and the optional queries on offer."""
        return run(lambda ledger: reads.stats(ledger, list(LEDGER_QUERIES)))

    @app.get("/api/entities", tags=["entities"], responses=ERROR_RESPONSES)
    def list_entities(
        q: Annotated[str | None, Query(max_length=200, description="Part of a name.")] = None,
        kind: Annotated[
            str | None, Query(max_length=20, description="person, org, gpe, outlet, other")
        ] = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> Page[EntitySummary]:
        """Entities whose name or alias contains ``q``, those with most claims first."""
        rows = run(
            lambda ledger: reads.entity_rows(
                ledger, search=q, kind=kind, offset=offset, limit=limit
            )
        )
        return page_of(rows, offset=offset, limit=limit)

    @app.get("/api/entities/{name}/timeline", tags=["entities"], responses=ERROR_RESPONSES)
    def entity_timeline(name: EntityName, as_of: AsOf = None) -> list[TimelineEntry]:
        """Claims about the entity in event order, each with its document and contradictions."""
        return run(lambda ledger: ledger.timeline(name, as_of=as_of))

    @app.get("/api/entities/{name}/status", tags=["entities"], responses=ERROR_RESPONSES)
    def entity_status(name: EntityName, as_of: AsOf = None) -> StatusReport:
        """Best current status, the proof-of-life bound and the evidence on each side."""
        return run(lambda ledger: ledger.status(name, as_of=as_of))

    @app.get("/api/documents", tags=["documents"], responses=ERROR_RESPONSES)
    def list_documents(
        q: Annotated[
            str | None, Query(max_length=200, description="Part of a title, outlet or URL.")
        ] = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> Page[DocumentSummary]:
        """Stored documents, newest first."""
        rows = run(lambda ledger: reads.document_rows(ledger, search=q, offset=offset, limit=limit))
        return page_of(rows, offset=offset, limit=limit)

    @app.get("/api/documents/{doc_id}", tags=["documents"], responses=ERROR_RESPONSES)
    def get_document(
        doc_id: Annotated[str, PathParam(min_length=1, max_length=128)],
    ) -> Analysis:
        """A stored document with its text, time expressions, statements, claims, entities."""
        return run(lambda ledger: reads.document_analysis(ledger, doc_id))

    @app.post(
        "/api/analyze", tags=["documents"], openapi_extra=ANALYZE_BODY, responses=ERROR_RESPONSES
    )
    async def analyze_text(
        request: Request, published: Published = None, url: Url = None
    ) -> Analysis:
        """Analyse one article without storing it."""
        text, _suffix = await _read_body(request, allowed=("text/plain", "text/html"))
        return await run_in_threadpool(dateline.analyze, text, published=published, url=url or None)

    @app.post(
        "/api/ingest", tags=["documents"], openapi_extra=INGEST_BODY, responses=ERROR_RESPONSES
    )
    async def ingest(
        request: Request,
        published: Published = None,
        url: Url = None,
        force: Annotated[bool, Query(description="Re-analyse a stored document.")] = False,
    ) -> IngestReport:
        """Analyse and store articles: one text or HTML article, or JSON Lines of articles."""
        if settings.read_only:
            raise StarletteHTTPException(403, "this server was started read-only")
        text, suffix = await _read_body(request, allowed=tuple(BODY_TYPES))

        return await run_in_threadpool(
            lambda: run(
                lambda ledger: _ingest_body(
                    ledger, text, suffix, published=published, url=url, force=force
                )
            )
        )

    _add_ledger_routes(app, run)
    _add_export_routes(app, run)


def _add_ledger_routes(app: FastAPI, run: Callable[[Callable[[Ledger], Any]], Any]) -> None:
    """The ledger's cross-document answers: contradictions, events, sources, merges."""

    @app.get("/api/entities/{name}/contradictions", tags=["entities"], responses=ERROR_RESPONSES)
    def entity_contradictions(name: EntityName, as_of: AsOf = None) -> list[answers.Contradiction]:
        """Pairs of claims about the entity that cannot both be true, with their evidence."""
        return run(lambda ledger: ledger.contradictions(name, as_of=as_of))

    @app.get("/api/contradictions", tags=["ledger"], responses=ERROR_RESPONSES)
    def all_contradictions(as_of: AsOf = None, limit: Limit = 100) -> list[answers.Contradiction]:
        """Contradictions across the ledger (death vs later life, assertion vs denial...)."""
        return run(lambda ledger: ledger.contradictions(as_of=as_of, limit=limit))

    @app.get("/api/entities/{name}/clusters", tags=["entities"], responses=ERROR_RESPONSES)
    def entity_clusters(name: EntityName, as_of: AsOf = None) -> list[answers.ClaimCluster]:
        """The entity's claims grouped into events, each with its reports."""
        return run(lambda ledger: ledger.clusters(name, as_of=as_of))

    @app.get("/api/sources", tags=["ledger"], responses=ERROR_RESPONSES)
    def sources(
        by: Annotated[
            Literal["claimant", "outlet"], Query(description="Group by claimant or outlet.")
        ] = "claimant",
        as_of: AsOf = None,
    ) -> list[answers.SourceRecord]:
        """Track record per claimant or outlet: claims later confirmed or contradicted."""
        return run(lambda ledger: ledger.sources(by=by, as_of=as_of))

    @app.get("/api/entities/{name}/explain", tags=["entities"], responses=ERROR_RESPONSES)
    def entity_explain(name: EntityName) -> answers.EntityExplanation:
        """Why the ledger holds these names as one entity."""
        return run(lambda ledger: ledger.explain(name))


def _add_export_routes(app: FastAPI, run: Callable[[Callable[[Ledger], Any]], Any]) -> None:
    @app.get(
        "/api/export/{what}",
        tags=["export"],
        response_class=Response,
        responses={**ERROR_RESPONSES, 200: EXPORT_RESPONSE},
    )
    def export(
        what: exports.ExportWhat,
        format: exports.ExportFormat = "jsonl",  # noqa: A002 - the query parameter's name
        entity: Annotated[str | None, Query(max_length=200)] = None,
    ) -> Response:
        """Download claims, documents, statements or entities as JSONL, Parquet or TimelineJS."""
        name = f"dateline-{what}"
        if format == "timelinejs":
            if what != "claims":
                raise exports.ExportError("TimelineJS shows claims; export /api/export/claims")
            return JSONResponse(
                run(lambda ledger: exports.timelinejs(ledger, entity=entity)),
                headers={"content-disposition": f'attachment; filename="{name}.timeline.json"'},
            )
        # The file is written under the ledger lock into a private temporary folder (named
        # by us, never by the request), streamed from disk, and removed after sending.
        suffix, media_type = {
            "jsonl": (".jsonl", "application/x-ndjson"),
            "parquet": (".parquet", "application/vnd.apache.parquet"),
        }[format]
        folder = Path(tempfile.mkdtemp(prefix="dateline-export-"))
        target = folder / f"export{suffix}"
        try:
            run(
                lambda ledger: exports.export(
                    ledger, fmt=format, what=what, output=target, entity=entity
                )
            )
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        return FileResponse(
            target,
            media_type=media_type,
            filename=f"{name}{suffix}",
            background=BackgroundTask(shutil.rmtree, folder, ignore_errors=True),
        )


async def _read_body(request: Request, *, allowed: tuple[str, ...]) -> tuple[str, str]:
    """The request body as text and the file suffix its content type stands for."""
    content_type = request.headers.get("content-type", "text/plain").split(";")[0].strip().lower()
    if content_type not in allowed:
        raise errors.UnsupportedFormat(
            f"send the article as {', '.join(allowed)}", source=f"Content-Type {content_type!r}"
        )
    data = await request.body()
    if not data.strip():
        raise errors.EmptyDocument("the request body is empty; send an article")
    from dateline.ingest.decode import decode_bytes

    charset = request.headers.get("content-type", "").partition("charset=")[2].strip() or None
    return decode_bytes(data, source="request body", declared=charset), BODY_TYPES[content_type]


def _ingest_body(
    ledger: Ledger,
    text: str,
    suffix: str,
    *,
    published: date | None,
    url: str | None,
    force: bool,
) -> IngestReport:
    source = "request body"
    if suffix != ".jsonl":
        from dateline.ingest import document_from_string

        document = document_from_string(text, published=published, url=url or None, source=source)
        return ledger.ingest([document], force=force)
    # JSON Lines are read by the same reader as `dateline ingest feed.jsonl`, line by line from
    # the body: no file is written and nothing is fetched (a URL in a record is only metadata).
    from dateline.ingest.jsonl import read_jsonl_lines

    items = list(
        read_jsonl_lines(text.encode("utf-8").splitlines(), source=source, published=published)
    )
    documents = [item for item in items if isinstance(item, Document)]
    failures = [item for item in items if isinstance(item, errors.IngestError)]
    report = ledger.ingest(documents, force=force)
    record_error = getattr(ledger, "_record_error", None)  # the ledger's ingest_errors row
    for failure in failures:
        if callable(record_error):
            record_error(report.run_id, failure)
    return report.model_copy(
        update={
            "failed": report.failed + len(failures),
            "errors": (*report.errors, *(str(f) for f in failures)),
        }
    )


# -- page ---------------------------------------------------------------------------------------
def _add_page_routes(app: FastAPI) -> None:
    static_dir = Path(str(STATIC))
    app.mount("/static", StaticFiles(directory=static_dir), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(static_dir / "index.html", media_type="text/html")
