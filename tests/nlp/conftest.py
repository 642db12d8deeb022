"""Fixtures shared by the claims tests of this folder: the claims of a short text (published
2021-06-10 by the outlet "Valley Wire"), and their (subject surname, predicate, polarity)
triples."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dateline.nlp.pipeline import make_doc, run_pipeline
from dateline.records import Claim, Document

OUTLET = "Valley Wire"
PUBLISHED = date(2021, 6, 10)


@pytest.fixture(scope="session")
def claims_of(nlp) -> Callable[[str], list[Claim]]:
    """The claims the pipeline finds in `text`."""

    def run(text: str) -> list[Claim]:
        doc = make_doc(nlp, Document.from_text(text, published=PUBLISHED))
        doc._.outlet = OUTLET
        return list(run_pipeline(nlp, doc)._.claims)

    return run


@pytest.fixture(scope="session")
def found_in(claims_of) -> Callable[[str], set[tuple[str, str, str]]]:
    """(last word of the subject, predicate, polarity) of each claim found in `text`."""

    def run(text: str) -> set[tuple[str, str, str]]:
        return {(c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text)}

    return run
