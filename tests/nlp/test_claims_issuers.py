"""A claim made through a medium (a statement, a video, an account) is claimed by whoever
issued it; "the second" of a group of sources is that source. Sentences written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.pipeline import make_doc, run_pipeline
from dateline.records import Document

CASES = [
    (
        "A statement from the Interior Ministry said the rebel commander Tarek Osman was killed"
        " in a raid on Sunday.",
        "Osman",
        "Interior Ministry",
        False,
    ),
    (
        "A video released by the Northern Front on Monday said its fighters had captured the"
        " engineer Paolo Brandt.",
        "Brandt",
        "Northern Front",
        False,
    ),
    (
        "Two officials spoke to reporters. The first declined to comment. The second, a senior"
        " police officer, said the activist Lina Haddad had been arrested overnight.",
        "Haddad",
        "a senior police officer",
        True,
    ),
]


@pytest.mark.parametrize(("text", "subject", "claimant", "anonymous"), CASES)
def test_the_issuer_of_a_medium_or_the_described_ordinal_claims(
    nlp, text: str, subject: str, claimant: str, anonymous: bool
) -> None:
    document = Document.from_text(text, published=date(2022, 3, 8))
    claims = [
        c
        for c in run_pipeline(nlp, make_doc(nlp, document))._.claims
        if c.subject.endswith(subject)
    ]
    assert claims, f"no claim about {subject}"
    assert {(c.claimant, c.claimant_anonymous) for c in claims} == {(claimant, anonymous)}
