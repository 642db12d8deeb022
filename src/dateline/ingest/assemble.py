"""The last step of every reader: checks and metadata into one ``Document``."""

from __future__ import annotations

from datetime import date

from dateline.errors import EmptyDocument, NotEnglish
from dateline.ingest.language import detect_language, is_english
from dateline.records import Document, PublishedSource

MIN_TEXT_CHARS = 40
"""Fewer characters of article text than this is a page with no article (EmptyDocument)."""


def assemble(
    text: str,
    *,
    source: str | None,
    position: str | None = None,
    published: date | None = None,
    published_source: PublishedSource | None = None,
    given: date | None = None,
    language_hint: str | None = None,
    **metadata: object,
) -> Document:
    """Build the Document, refusing empty and non-English text with named errors.

    ``given`` (the user's date) overrides any date the page carries. A non-English text raises
    ``NotEnglish`` whose ``document`` attribute holds the Document, marked with its language,
    so that a caller may store it without analysing it. ``language_hint`` (the page's declared
    language) decides only when the text is too short to tell.
    """
    if len(text.strip()) < MIN_TEXT_CHARS:
        raise EmptyDocument(
            f"no article text found ({len(text.strip())} characters after removing page chrome)",
            source=source,
            position=position,
        )
    if given is not None:
        published, published_source = given, "given"
    language = detect_language(text) or _hint(language_hint)
    fields = {key: value for key, value in metadata.items() if value not in (None, "", ())}
    document = Document.from_text(
        text,
        published=published,
        published_source=published_source if published else None,
        language=language,
        source=source,
        **fields,
    )
    if not is_english(language):
        error = NotEnglish(
            f"the text is in {language!r}, not English; dateline analyses English only",
            source=source,
            position=position,
        )
        error.document = document  # type: ignore[attr-defined]
        raise error
    return document


def _hint(declared: str | None) -> str | None:
    """'pt-BR' -> 'pt'; None for anything that is not a language tag."""
    if not declared:
        return None
    code = declared.strip().replace("_", "-").split("-")[0].lower()
    return code if code.isalpha() and 2 <= len(code) <= 3 else None
