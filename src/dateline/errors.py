"""Every exception dateline raises on purpose, each with a code users can search for.

Messages name the input (file, line, value) and, where one exists, the fix. The CLI turns
``DatelineError`` into a one-line message and a non-zero exit; the HTTP server maps the
classes to status codes in one handler.
"""

from __future__ import annotations


class DatelineError(Exception):
    """Base class: ``code`` is stable, ``source`` names the offending input."""

    code = "D000"

    def __init__(self, message: str, *, source: str | None = None, position: str | None = None):
        self.source = source
        self.position = position
        where = ""
        if source:
            where = f"{source}: " if not position else f"{source} ({position}): "
        super().__init__(f"{where}{message} [{self.code}]")
        self.message = message


class IngestError(DatelineError):
    """An input could not be turned into a Document."""

    code = "D100"


class UnreadableInput(IngestError):
    code = "D101"


class BinaryInput(IngestError):
    code = "D102"


class EmptyDocument(IngestError):
    code = "D103"


class EncodingError(IngestError):
    code = "D104"


class MalformedRecord(IngestError):
    """A JSONL line, WARC record or feed item that is not what its format promises."""

    code = "D105"


class InputTooLarge(IngestError):
    code = "D106"


class UnsupportedFormat(IngestError):
    code = "D107"


class NotEnglish(IngestError):
    code = "D108"


class BadDate(DatelineError):
    """A date given by the user (``--published``, ``--as-of``) that is not a real date."""

    code = "D200"


class LedgerError(DatelineError):
    code = "D300"


class SchemaVersionError(LedgerError):
    code = "D301"


class LedgerBusy(LedgerError):
    code = "D302"


class EntityNotFound(LedgerError):
    code = "D303"


class EvaluationError(DatelineError):
    """Evaluation data that cannot be read (missing folder, malformed TimeML or JSONL)."""

    code = "D400"


class FetchError(IngestError):
    """A URL that could not be fetched: network failure, HTTP error status, robots.txt refusal."""

    code = "D109"


class PrivateHostRefused(FetchError):
    """A URL found inside a fetched feed or page (or a redirect) that points at a private,
    loopback, link-local, multicast or reserved address: refused so that a hostile page cannot
    make dateline reach the machine it runs on or its network (server-side request forgery)."""

    code = "D110"


class AnalysisFailed(LedgerError):
    """A stored document's text could not be re-analysed (``Ledger.reanalyse``, a stale
    document found by ``ingest``); its earlier analysis is kept and the run goes on."""

    code = "D305"
