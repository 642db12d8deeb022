"""Fixtures shared by the claims and entity tests of this folder: the claims of a short text
(published 2021-06-10 by the outlet "Valley Wire"), their (subject surname, predicate, polarity)
triples, and the entities of a short text with the look-ups the entity tests make."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date

import pytest

from dateline.nlp.pipeline import make_doc, run_pipeline
from dateline.records import Claim, Document, Entity

OUTLET = "Valley Wire"
PUBLISHED = date(2021, 6, 10)


@pytest.fixture(scope="session")
def claims_of(nlp) -> Callable[[str], list[Claim]]:
    """The claims the pipeline finds in `text`."""

    @functools.cache
    def claims(text: str) -> tuple[Claim, ...]:
        # cached: a table's found and not-found rows often share one text
        doc = make_doc(nlp, Document.from_text(text, published=PUBLISHED))
        doc._.outlet = OUTLET
        return tuple(run_pipeline(nlp, doc)._.claims)

    def run(text: str) -> list[Claim]:
        return list(claims(text))

    return run


@pytest.fixture(scope="session")
def found_in(claims_of) -> Callable[[str], set[tuple[str, str, str]]]:
    """(last word of the subject, predicate, polarity) of each claim found in `text`."""

    def run(text: str) -> set[tuple[str, str, str]]:
        return {(c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text)}

    return run


class FoundEntities(list):
    """The entities the pipeline finds in one text, with the look-ups the entity tests assert
    on (one place, so each test file states only its sentences and expectations)."""

    def named(self, name: str) -> Entity:
        """The entity called exactly `name`; fails with the names found when there is none."""
        found = [e for e in self if e.name == name]
        assert found, f"no entity {name!r} in {[(e.name, e.kind) for e in self]}"
        return found[0]

    def mentions(self, name: str, *, exact: bool = False) -> list[str]:
        """The words of every mention of the entities whose name ends with (or is) `name`."""
        return [m.text for e in self if self._fits(e, name, exact) for m in e.mentions]

    def starts(self, name: str) -> list[int]:
        """The character offsets of every mention of the entities whose name ends with `name`."""
        return [m.start for e in self if e.name.endswith(name) for m in e.mentions]

    def kind(self, name: str) -> str | None:
        """The kind of the entity called exactly `name`, None when there is none."""
        return next((e.kind for e in self if e.name == name), None)

    def names(self) -> set[str]:
        return {e.name for e in self}

    @staticmethod
    def _fits(entity: Entity, name: str, exact: bool) -> bool:
        return entity.name == name if exact else entity.name.endswith(name)


@pytest.fixture(scope="session")
def entities_of(nlp) -> Callable[[str], FoundEntities]:
    """The entities the pipeline finds in `text` (published 2021-06-10)."""

    @functools.cache
    def run(text: str) -> FoundEntities:
        # cached: several table rows assert different things of one text
        doc = make_doc(nlp, Document.from_text(text, published=PUBLISHED))
        return FoundEntities(run_pipeline(nlp, doc)._.entities)

    return run

