"""atheris target: the nlp pipeline on any text (``analyze_document``)."""

from __future__ import annotations

import contextlib

import atheris
from _harness import instrumented_imports, main

with instrumented_imports():
    from dateline.errors import DatelineError
    from dateline.nlp.pipeline import analyze_document, load_pipeline
    from dateline.records import Document

NLP = load_pipeline()


def target(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    text = provider.ConsumeUnicodeNoSurrogates(4096)
    if not text.strip():
        return
    with contextlib.suppress(DatelineError):
        analyze_document(Document.from_text(text), nlp=NLP)


if __name__ == "__main__":
    main(target)
