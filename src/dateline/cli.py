"""The ``dateline`` command: parses options, calls the Python API, renders with rich.

Library exceptions become a one-line message and a non-zero exit here and nowhere else.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from dateline.errors import DatelineError
from dateline.ledger.answers import ClaimCluster
from dateline.records import CERTAINTY_ORDER, Analysis, StatusReport, TimelineEntry

app = typer.Typer(
    name="dateline",
    help="Who claimed what about whom, when, and how sure — read from news articles.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
eval_app = typer.Typer(help="Score dateline's stages against gold data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

# Piped output (logs, files, CI) is read later, in a window wider than the 80 columns rich
# assumes without a terminal; a real terminal keeps its own width.
out = Console(width=None if sys.stdout.isatty() else 120)
err = Console(stderr=True)

F = TypeVar("F", bound=Callable[..., Any])

DbOption = Annotated[Path, typer.Option("--db", help="Ledger file (DuckDB).")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for machines.")]
AsOfOption = Annotated[
    str | None, typer.Option("--as-of", help="Answer from documents published by this date.")
]


def reports_errors(command: F) -> F:
    """Turn dateline's named errors into one line on stderr and exit code 1."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except DatelineError as exc:
            err.print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False, soft_wrap=True)
            raise typer.Exit(1) from None

    return wrapper  # type: ignore[return-value]


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def emit(data: Any, text: str, *, as_json: bool) -> None:
    """An evaluation report: JSON for machines, its plain-text table for people."""
    if as_json:
        print_json(data)
    else:
        out.print(text, markup=False, highlight=False, soft_wrap=True)


# -- analyze ----------------------------------------------------------------------------------
@app.command()
@reports_errors
def analyze(
    file: Annotated[Path, typer.Argument(help="An article: .html, .txt, .jsonl (first line).")],
    published: Annotated[
        str | None, typer.Option("--published", help="Publication date, YYYY-MM-DD.")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Analyse one article without storing it.

    Example: dateline analyze article.txt --published 2018-08-23 --json
    """
    from dateline.api import analyze_file

    analysis = analyze_file(file, published=published)
    if as_json:
        print_json(analysis.model_dump(mode="json"))
    else:
        render_analysis(analysis)


def render_analysis(analysis: Analysis) -> None:
    doc = analysis.document
    out.print(
        Panel.fit(
            f"[bold]{doc.title or '(no title)'}[/]\n{doc.outlet or '?'} · "
            f"published {doc.published or 'unknown'} ({doc.published_source or '-'}) · "
            f"byline {', '.join(doc.byline) or '-'}",
            title=doc.doc_id[:12],
        )
    )
    times = Table("text", "type", "value", "mod", "anchor", title="Time expressions")
    for t in analysis.timexes:
        times.add_row(t.text, t.type, t.value or "", t.mod or "", t.anchor)
    out.print(times)
    statements = Table("speaker", "kind", "cue", "certainty", "content", title="Statements")
    for s in analysis.statements:
        speaker = s.speaker.name or s.speaker.text if s.speaker else "(unattributed)"
        statements.add_row(speaker, s.kind, s.cue or "", s.certainty, _clip(s.text))
    out.print(statements)
    render_claims([TimelineEntry(claim=c) for c in analysis.claims], title="Claims")


def render_claims(entries: list[TimelineEntry], *, title: str) -> None:
    table = Table(
        "event", "subject", "claim", "claimant", "certainty", "published", "evidence", title=title
    )
    for e in entries:
        c = e.claim
        claim = c.predicate if c.polarity == "affirmed" else f"NOT {c.predicate}"
        if c.place:
            claim += f" ({c.place})"
        if e.contradicted_by:
            claim += " [red]✗ contradicted[/]"
        if len(e.carriers) > 1:
            claim += f" [dim]({len(e.carriers)} outlets)[/]"
        table.add_row(
            c.event_time or "?",
            c.subject,
            claim,
            c.claimant or "narration",
            c.certainty,
            str(e.published or ""),
            escape(_clip(c.evidence, 70)),
        )
    out.print(table)


def _clip(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


# -- ingest -----------------------------------------------------------------------------------
@app.command()
@reports_errors
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of articles.")],
    db: DbOption = Path("dateline.duckdb"),
    published: Annotated[
        str | None, typer.Option("--published", help="Publication date for undated text files.")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Re-analyse stored documents.")] = False,
    workers: Annotated[
        int, typer.Option("--workers", min=1, help="Analyse in this many processes.")
    ] = 1,
    engine: Annotated[
        str, typer.Option("--engine", help="local (processes here) or dask (a Dask cluster).")
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="Dask scheduler tcp://HOST:PORT (default: a local one)."),
    ] = None,
    fetch: Annotated[
        bool | None,
        typer.Option(
            "--fetch/--no-fetch",
            help="Fetch the items of local feed files (--fetch) or never use the network "
            "(--no-fetch); by default only URLs you name and web feeds' items are fetched.",
        ),
    ] = None,
    allow_private_hosts: Annotated[
        bool,
        typer.Option(
            "--allow-private-hosts",
            help="Let URLs found inside feeds reach private, loopback and link-local addresses "
            "(a feed served on your own network); refused by default.",
        ),
    ] = False,
    memory_limit: Annotated[
        str | None,
        typer.Option(
            "--memory-limit",
            help="DuckDB's memory limit for the ledger writer, e.g. 1GB (default: 256MB plus "
            "the ledger's indexes, raised when a step needs more; env DATELINE_MEMORY_LIMIT).",
        ),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Read, analyse and store articles in the ledger (stored documents are skipped).

    Example: dateline ingest examples/corpus --db news.duckdb --workers 2

    Memory: on Linux (glibc) the command restarts itself at once with
    MALLOC_ARENA_MAX=1 (one malloc arena: the writer's memory then stays
    flat over a long ingest). Your own MALLOC_ARENA_MAX, or DATELINE_ONE_ARENA=0,
    keeps the environment as it is.
    """
    from dateline.ingest.fetch import allow_private_hosts as allow_private
    from dateline.ledger.store import Ledger
    from dateline.scale import run_ingest

    if allow_private_hosts:
        allow_private()  # this process and the worker processes it starts
    with Ledger(db, memory_limit=memory_limit) as ledger, _progress() as progress:
        task = progress.add_task("ingest", total=count_single_documents(paths))
        report = run_ingest(
            ledger,
            paths,
            engine=engine,
            workers=workers,
            scheduler=scheduler,
            published=published,
            force=force,
            fetch=fetch,
            progress=lambda _source, n: progress.advance(task, n),
        )
    if as_json:
        print_json(report.model_dump(mode="json"))
    else:
        out.print(
            f"added {report.added}, "
            + (f"re-analysed {report.reanalysed} stale, " if report.reanalysed else "")
            + f"skipped {report.skipped} already stored, failed {report.failed} → {db}"
        )
        for message in report.errors:
            err.print(f"[red]failed:[/] {escape(message)}", highlight=False, soft_wrap=True)
    if report.failed:
        raise typer.Exit(1)


@app.command()
@reports_errors
def reanalyse(
    db: DbOption = Path("dateline.duckdb"),
    all_documents: Annotated[
        bool, typer.Option("--all", help="Re-analyse every document, not only stale ones.")
    ] = False,
    workers: Annotated[
        int, typer.Option("--workers", min=1, help="Analyse in this many processes.")
    ] = 1,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Only count the stale documents.")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Analyse stored documents again from the ledger's own text: those an older dateline
    or model analysed (stale), or --all. No original files are needed.

    Example: dateline reanalyse --db news.duckdb --workers 2
    """
    from dateline.ledger.store import Ledger
    from dateline.nlp.pipeline import pipeline_stamp

    if dry_run:  # a reader: counting takes no write lock
        with Ledger(db, read_only=True) as ledger:
            stale, total = ledger.stale_count(), ledger.count("documents")
        if as_json:
            print_json({"stale": stale, "documents": total, "stamp": pipeline_stamp()})
        else:
            out.print(f"{stale} of {total} documents are stale (current: {pipeline_stamp()})")
        return
    with Ledger(db) as ledger:
        stale, total = ledger.stale_count(), ledger.count("documents")
        with _progress() as progress:
            task = progress.add_task("reanalyse", total=total if all_documents else stale)
            report = ledger.reanalyse(
                stale_only=not all_documents,
                workers=workers,
                progress=lambda _source, n: progress.advance(task, n),
            )
    if as_json:
        print_json(report.model_dump(mode="json"))
    else:
        out.print(f"re-analysed {report.reanalysed}, failed {report.failed} → {db}")
        for message in report.errors:
            err.print(f"[red]failed:[/] {escape(message)}", highlight=False, soft_wrap=True)
    if report.failed:
        raise typer.Exit(1)


SINGLE_DOCUMENT_SUFFIXES = frozenset({".html", ".htm", ".txt", ".md"})


def count_single_documents(paths: list[Path]) -> int | None:
    """How many documents the inputs hold, when every file holds one (for rate and ETA);
    None when a JSONL, WARC or feed file or a URL makes the count unknowable up front."""
    total = 0
    for path in paths:
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            suffixes = [s for s in file.suffixes if s != ".gz"]
            if not file.exists() or not suffixes or suffixes[-1] not in SINGLE_DOCUMENT_SUFFIXES:
                return None
            total += 1
    return total


class RateColumn(ProgressColumn):
    """Documents per second, the figure a user plans a large ingest by."""

    def render(self, task: Task) -> Text:
        return Text(f"{task.speed or 0:.1f} docs/s")


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=True,
    )


# -- queries ----------------------------------------------------------------------------------
@app.command()
@reports_errors
def timeline(
    entity: Annotated[str, typer.Argument(help="A name or alias, e.g. 'Baghdadi'.")],
    db: DbOption = Path("dateline.duckdb"),
    as_of: AsOfOption = None,
    as_json: JsonOption = False,
) -> None:
    """Claims about an entity in event order, with claimant, certainty and evidence.

    Example: dateline timeline "al-Zarqani" --as-of 2017-12-31
    """
    from dateline.ledger.store import Ledger

    with Ledger(db, read_only=True) as ledger:
        entries = ledger.timeline(entity, as_of=as_of)
    if as_json:
        print_json([e.model_dump(mode="json") for e in entries])
    else:
        render_claims(entries, title=f"Timeline: {entity}")


@app.command()
@reports_errors
def status(
    entity: Annotated[str, typer.Argument(help="A name or alias.")],
    db: DbOption = Path("dateline.duckdb"),
    as_of: AsOfOption = None,
    as_json: JsonOption = False,
) -> None:
    """An entity's current status with its proof-of-life bound and the evidence on each side.

    Example: dateline status "al-Zarqani" --json
    """
    from dateline.ledger.store import Ledger

    with Ledger(db, read_only=True) as ledger:
        report = ledger.status(entity, as_of=as_of)
    if as_json:
        print_json(report.model_dump(mode="json"))
    else:
        render_status(report)


def render_status(report: StatusReport) -> None:
    lines = [f"[bold]{report.summary}[/]"]
    if report.proof_of_life:
        lines.append(
            f"proof of life: ≥ {report.proof_of_life} — {_clip(report.proof_of_life_basis or '', 100)}"
        )
    if report.latest_death_claim:
        lines.append(f"latest death claim: {report.latest_death_claim}")
    lines.append(
        f"evidence for life: {len(report.evidence_for)} · death claims: "
        f"{len(report.evidence_against)}"
    )
    for label, entry in (
        ("strongest for", report.strongest_for),
        ("strongest against", report.strongest_against),
    ):
        if entry:
            who = entry.claim.claimant or entry.outlet or "narration"
            lines.append(
                f"{label}: {escape(who)} ({entry.claim.certainty}, {entry.published}) — "
                f"{escape(_clip(entry.claim.evidence, 90))}"
            )
    out.print(Panel("\n".join(lines), title=f"Status: {report.name} [{report.status}]"))


@app.command()
@reports_errors
def entities(
    search: Annotated[str | None, typer.Argument(help="Part of a name.")] = None,
    db: DbOption = Path("dateline.duckdb"),
    why: Annotated[
        bool,
        typer.Option("--why", help="Explain which names were merged into the entity, and why."),
    ] = False,
    as_of: AsOfOption = None,
    as_json: JsonOption = False,
) -> None:
    """Entities in the ledger, those with most claims first (--why: how names were merged).

    Example: dateline entities Hamdawi --why
    """
    from dateline.ledger.store import Ledger

    if why:
        if not search:
            raise DatelineError("--why needs a name, e.g. dateline entities Hamdawi --why")
        with Ledger(db, read_only=True) as ledger:
            explanation = ledger.explain(search)
        if as_json:
            print_json(explanation.model_dump(mode="json"))
            return
        table = Table(
            "name as written",
            "why it is this entity",
            title=(
                f"{escape(explanation.name)} ({explanation.kind}) · {explanation.documents} documents"
                f" · {explanation.claims} claims"
            ),
        )
        for a in explanation.aliases:
            table.add_row(escape(a.alias), escape(a.reason))
        out.print(table)
        for note in explanation.notes:
            out.print(f"[yellow]note:[/] {escape(note)}")
        return
    with Ledger(db, read_only=True) as ledger:
        rows = ledger.entities(search=search, as_of=as_of)
    if as_json:
        print_json(rows)
        return
    table = Table("entity", "kind", "claims", "documents", title="Entities")
    for r in rows:
        table.add_row(r["name"], r["kind"], str(r["claims"]), str(r["documents"]))
    out.print(table)


@app.command()
@reports_errors
def contradictions(
    entity: Annotated[str | None, typer.Argument(help="A name or alias (default: all).")] = None,
    db: DbOption = Path("dateline.duckdb"),
    as_of: AsOfOption = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="At most this many.")] = 1000,
    as_json: JsonOption = False,
) -> None:
    """Claims that cannot all be true: death vs later proof of life, assertion vs denial, places.

    Example: dateline contradictions Hamdawi --as-of 2017-12-31
    """
    from dateline.ledger.store import Ledger

    with Ledger(db, read_only=True) as ledger:
        found = ledger.contradictions(entity, as_of=as_of, limit=limit)
    if as_json:
        print_json([c.model_dump(mode="json") for c in found])
        return
    table = Table("kind", "claim", "contradicted by", title="Contradictions")
    for c in found:
        sides = []
        for e in (c.claim, c.contradicted_by):
            who = e.claim.claimant or e.outlet or "narration"
            sides.append(
                f"[bold]{escape(who)}[/] · {e.outlet or '?'} {e.published or ''}\n"
                f"{escape(_clip(e.claim.basis or e.claim.evidence, 80))}"
            )
        table.add_row(c.kind.replace("_", " "), *sides)
    out.print(table)
    for c in found:
        out.print(f"• {escape(c.summary)}")


@app.command()
@reports_errors
def sources(
    db: DbOption = Path("dateline.duckdb"),
    by: Annotated[str, typer.Option("--by", help="claimant | outlet")] = "claimant",
    as_of: AsOfOption = None,
    as_json: JsonOption = False,
) -> None:
    """Track record of each claimant (or outlet): claims later confirmed, contradicted, open.

    Example: dateline sources --by outlet
    """
    from dateline.ledger.store import Ledger

    with Ledger(db, read_only=True) as ledger:
        records = ledger.sources(by=by, as_of=as_of)
    if as_json:
        print_json([r.model_dump(mode="json") for r in records])
        return
    table = Table(by, "claims", "confirmed", "contradicted", "unresolved", title="Sources")
    for r in records:
        table.add_row(
            escape(r.source),
            str(r.claims),
            str(r.confirmed),
            str(r.contradicted),
            str(r.unresolved),
        )
    out.print(table)


@app.command()
@reports_errors
def merge(
    name: Annotated[str | None, typer.Argument(help="A name.")] = None,
    other: Annotated[str | None, typer.Argument(help="Another name for the same entity.")] = None,
    file: Annotated[
        Path | None,
        typer.Option("--file", help="Alias file: 'Name = Variant; Variant' / 'Name != Other'."),
    ] = None,
    db: DbOption = Path("dateline.duckdb"),
    as_json: JsonOption = False,
) -> None:
    """Hold two names as one entity (kept across re-ingest), or apply an alias file.

    Example: dateline merge "Abu Idris al-Hamdawi" "the emir"
    """
    from dateline.ledger.store import Ledger

    with Ledger(db) as ledger:
        if file is not None:
            applied = ledger.load_aliases(file)
            result: dict[str, Any] = {"applied": applied, "file": str(file)}
        elif name and other:
            ledger.merge(name, other)
            result = ledger.explain(name).model_dump(mode="json")
        else:
            raise DatelineError("give two names, or --file with an alias file")
    if as_json:
        print_json(result)
    else:
        out.print(f"merged: {escape(json.dumps(result, default=str)[:200])}")


@app.command()
@reports_errors
def split(
    name: Annotated[str, typer.Argument(help="A name.")],
    other: Annotated[str, typer.Argument(help="A name of a different entity.")],
    db: DbOption = Path("dateline.duckdb"),
    as_json: JsonOption = False,
) -> None:
    """Never hold these two names as one entity (kept across re-ingest).

    Example: dateline split "Abu Idris al-Hamdawi" "Karim Hamdawi"
    """
    from dateline.ledger.store import Ledger

    with Ledger(db) as ledger:
        ledger.split(name, other)
        found = {n: ledger.resolve(n)[:1] for n in (name, other)}
    if as_json:
        print_json(found)
    else:
        for n, ids in found.items():
            out.print(f"{escape(n)} → {escape(ids[0][1]) if ids else '(not in the ledger)'}")


@app.command("date")
@reports_errors
def date_file(
    file: Annotated[Path, typer.Argument(help="An article: .html, .txt, .jsonl (first line).")],
    as_json: JsonOption = False,
) -> None:
    """Estimate when an article was written from what it mentions, with the reasons.

    Example: dateline date article.txt
    """
    from dateline.ledger.dating import date_file as estimate_file

    document, estimate = estimate_file(file)
    if as_json:
        print_json(
            {
                "file": str(file),
                "published": document.published,
                "published_source": document.published_source,
                "estimate": estimate.model_dump(mode="json", exclude={"references"}),
            }
        )
        return
    given = f"{document.published} ({document.published_source})" if document.published else "none"
    lines = [f"given date: {given}", f"[bold]estimated: {estimate.summary}[/]"]
    lines += [f"• {escape(r)}" for r in estimate.reasons]
    out.print(Panel("\n".join(lines), title=escape(document.title or str(file))))


# -- export and serve ---------------------------------------------------------------------------
@app.command()
@reports_errors
def export(
    output: Annotated[
        Path,
        typer.Option("-o", "--output", help="File to write ('-': stdout, for jsonl/timelinejs)."),
    ],
    fmt: Annotated[str, typer.Option("--format", help="jsonl | parquet | timelinejs")] = "jsonl",
    what: Annotated[
        str, typer.Option("--what", help="claims | documents | statements | entities")
    ] = "claims",
    entity: Annotated[
        str | None, typer.Option("--entity", help="Only this entity's claims (a name or alias).")
    ] = None,
    db: DbOption = Path("dateline.duckdb"),
    as_json: JsonOption = False,
) -> None:
    """Write the ledger as JSONL, Parquet (DuckDB COPY) or TimelineJS JSON.

    Example: dateline export --format parquet --what claims -o claims.parquet
    """
    from dateline.export import export as write_export
    from dateline.ledger.store import Ledger

    with Ledger(db, read_only=True) as ledger:
        written = write_export(
            ledger,
            fmt=fmt,  # type: ignore[arg-type]  # checked by write_export, which lists choices
            what=what,  # type: ignore[arg-type]
            output=output,
            entity=entity,
        )
    unit = "events" if fmt == "timelinejs" else "rows"
    if as_json:
        print_json({"format": fmt, "what": what, "output": str(output), unit: written})
    elif str(output) != "-":
        err.print(f"wrote {written} {what} {unit} → {escape(str(output))}", highlight=False)


@app.command()
@reports_errors
def serve(
    db: DbOption = Path("dateline.duckdb"),
    host: Annotated[
        str,
        typer.Option("--host", help="Address to bind; anything but 127.0.0.1 exposes the ledger."),
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port.")] = 8000,
    read_only: Annotated[bool, typer.Option("--read-only", help="Refuse ingest requests.")] = False,
) -> None:
    """Serve the HTTP API (OpenAPI at /api/openapi.json) and the web timeline page.

    Example: dateline serve --db news.duckdb --port 8000
    """
    from dateline.server.run import exposure_warning
    from dateline.server.run import serve as run_server

    if read_only and not db.exists():
        raise DatelineError("no ledger file here; run `dateline ingest` first", source=str(db))
    warning = exposure_warning(host)
    if warning:
        err.print(f"[bold yellow]warning:[/] {escape(warning)}", highlight=False)
    shown = f"[{host}]" if ":" in host else host
    err.print(f"dateline: serving {escape(str(db))} on http://{shown}:{port}/ (Ctrl-C stops)")
    run_server(db, host=host, port=port, read_only=read_only, warn_exposed=False)


# -- eval -------------------------------------------------------------------------------------
GoldArgument = Annotated[Path, typer.Argument(help="Gold data: a file or folder.")]
SplitOption = Annotated[
    str | None, typer.Option("--split", help="Only one part of the gold set: dev or heldout.")
]


@eval_app.command("timex")
@reports_errors
def eval_timex(
    path: GoldArgument,
    errors: Annotated[
        int, typer.Option("--errors", help="Also list up to N errors: misses, false alarms, wrong values.")
    ] = 0,
    why: Annotated[
        bool, typer.Option("--why", help="Also tally wrong values by class (no text, no ids).")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """TempEval-3 Task A: extent P/R/F1 (strict, relaxed), type accuracy, value F1, per type.

    Example: dateline eval timex ../shared/data/tempeval3/train/train.tar.gz --errors 50
    """
    from dateline.evaluate.timex import (
        evaluate_timex,
        format_errors,
        format_report,
        format_why,
        why_dict,
    )

    report = evaluate_timex(path, keep_errors=errors > 0, why=why)
    data, text = report.as_dict(), format_report(report)
    if why:
        data["why"] = why_dict(report)
        text += "\n" + format_why(report)
    if errors > 0:
        data["errors"] = report.errors[:errors]
        text += "\n\n" + format_errors(report.errors, errors)
    emit(data, text, as_json=as_json)


@eval_app.command("quotes")
@reports_errors
def eval_quotes(
    gold: GoldArgument,
    split: SplitOption = None,
    peer: Annotated[
        str | None, typer.Option("--peer", help="Score a peer instead: textacy.")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Statements: detection P/R/F1 per kind, speaker, kind and certainty accuracy.

    Example: dateline eval quotes tests/fixtures/quotes --peer textacy
    """
    from dateline.evaluate.quotes import evaluate_quotes, format_report

    report = evaluate_quotes(gold, peer=peer, split=split)
    emit(report, format_report(report), as_json=as_json)


@eval_app.command("claims")
@reports_errors
def eval_claims(gold: GoldArgument, split: SplitOption = None, as_json: JsonOption = False) -> None:
    """Claims: P/R of (subject, predicate, polarity), claimant, event date, certainty.

    Example: dateline eval claims tests/fixtures/claims/gold --split heldout
    """
    from dateline.evaluate.claims import evaluate_claims, format_report

    report = evaluate_claims(gold, split=split)
    emit(report, format_report(report), as_json=as_json)


LimitOption = Annotated[int | None, typer.Option("--limit", help="Only the first N pages.")]


@eval_app.command("extraction")
@reports_errors
def eval_extraction(
    folder: GoldArgument, limit: LimitOption = None, as_json: JsonOption = False
) -> None:
    """Main text: token P/R/F1 against gold, beside other extractors scored the same way.

    Example: dateline eval extraction ../shared/data/article-extraction
    """
    from dateline.evaluate.extraction import evaluate_extraction, format_report

    report = evaluate_extraction(folder, limit=limit)
    emit(report.to_dict(), format_report(report), as_json=as_json)


@eval_app.command("pubdate")
@reports_errors
def eval_pubdate(
    folder: GoldArgument, limit: LimitOption = None, as_json: JsonOption = False
) -> None:
    """Publication dates: exact-day accuracy and coverage, beside htmldate alone.

    Example: dateline eval pubdate ../shared/data/article-extraction/publication-date
    """
    from dateline.evaluate.pubdate import evaluate_pubdate, format_report

    report = evaluate_pubdate(folder, limit=limit)
    emit(report.to_dict(), format_report(report), as_json=as_json)


# -- demo -------------------------------------------------------------------------------------
@app.command()
@reports_errors
def demo(
    corpus: Annotated[Path, typer.Option(help="Folder of example articles.")] = Path(
        "examples/corpus"
    ),
    db: DbOption = Path("demo.duckdb"),
) -> None:
    """Ingest the bundled example corpus and print the main person's timeline and status.

    Example: dateline demo
    """
    from dateline.ledger.store import Ledger

    if not corpus.is_dir():
        raise DatelineError(
            "example corpus folder not found; run from the repository root", source=str(corpus)
        )
    with Ledger(db) as ledger:
        with _progress() as progress:
            task = progress.add_task("ingest", total=None)
            report = ledger.ingest([corpus], progress=lambda _s, n: progress.advance(task, n))
        out.print(
            f"ledger {db}: {ledger.count('documents')} documents, "
            f"{ledger.count('claims')} claims ({report.added} new, "
            f"{report.failed} failed)"
        )
        people = [e for e in ledger.entities() if e["kind"] == "person" and e["claims"]]
        if not people:
            out.print("no claims about people found")
            return
        name = people[0]["name"]
        contradicted = {c.claim.claim.claim_id for c in ledger.contradictions(name)}
        render_events(ledger.clusters(name), contradicted, title=f"Events: {name}")
        render_status(ledger.status(name))
        out.print(
            f"More: dateline timeline {name!r} --db {db} · dateline contradictions "
            f"--db {db} · dateline serve --db {db}",
            highlight=False,
        )


def render_events(clusters: list[ClaimCluster], contradicted: set[str], *, title: str) -> None:
    """One row per event (a cluster of reports), the way a desk editor reads a timeline."""
    table = Table(title=title)
    table.add_column("when", no_wrap=True)
    table.add_column("event", ratio=2)
    table.add_column("reports", justify="right")
    table.add_column("claimants", ratio=2)
    table.add_column("certainty", ratio=1)
    table.add_column("", no_wrap=True)
    for cluster in sorted(clusters, key=lambda c: (c.earliest or date.max, c.predicate)):
        when = _interval(cluster.earliest, cluster.latest)
        event = cluster.predicate.replace("_", " ")
        if cluster.polarity == "negated":
            event = f"not {event}"
        if cluster.place:
            event += f" ({cluster.place})"
        claimants = sorted({r.claimant or r.outlet or "?" for r in cluster.reports})
        certainties = sorted({r.certainty for r in cluster.reports}, key=CERTAINTY_ORDER.index)
        flag = "✗ contradicted" if any(r.claim_id in contradicted for r in cluster.reports) else ""
        table.add_row(
            when,
            event,
            str(len(cluster.reports)),
            _clip(", ".join(claimants), 40),
            "/".join(certainties),
            flag,
        )
    out.print(table)


def _interval(earliest: date | None, latest: date | None) -> str:
    if earliest is None:
        return "undated"
    if latest is None or latest == earliest:
        return earliest.isoformat()
    if (
        earliest.day == 1
        and (latest + timedelta(days=1)).day == 1
        and earliest.month == latest.month
    ):
        return earliest.strftime("%Y-%m")
    return f"{earliest.isoformat()}…{latest.isoformat()}"


def main() -> None:
    if next((a for a in sys.argv[1:] if not a.startswith("-")), None) == "ingest":
        from dateline.arena import reexec_with_one_arena

        reexec_with_one_arena()  # a long ingest's writer stays flat with one malloc arena
    app()


if __name__ == "__main__":
    main()
