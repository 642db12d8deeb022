"""Fixtures shared by the claims and entity tests of this folder: the claims of a short text
(published 2021-06-10 by the outlet "Valley Wire"), their (subject surname, predicate, polarity)
triples, and the entities of a short text with the look-ups the entity tests make."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.tokens import Doc

from dateline.nlp.pipeline import make_doc, run_pipeline
from dateline.records import Claim, Document, Entity

OUTLET = "Valley Wire"
PUBLISHED = date(2021, 6, 10)


class _RowResults:
    """The pipeline's claims and entities of short texts, cached per text (a table's found and
    not-found rows often share one text). :meth:`parse_together` fills the caches for many
    texts with one batched parse (``nlp.pipe``: about half the time of one text at a time)."""

    def __init__(self, nlp) -> None:
        self.nlp = nlp
        self.claims: dict[str, tuple[Claim, ...]] = {}
        self.entities: dict[str, FoundEntities] = {}

    def _doc(self, text: str, *, outlet: bool) -> Doc:
        doc = make_doc(self.nlp, Document.from_text(text, published=PUBLISHED))
        if outlet:
            doc._.outlet = OUTLET
        return doc

    def claims_of(self, text: str) -> tuple[Claim, ...]:
        if text not in self.claims:
            self.claims[text] = _claims(run_pipeline(self.nlp, self._doc(text, outlet=True)))
        return self.claims[text]

    def entities_of(self, text: str) -> FoundEntities:
        if text not in self.entities:
            doc = run_pipeline(self.nlp, self._doc(text, outlet=False))
            self.entities[text] = _entities(doc)
        return self.entities[text]

    def parse_together(self, claims_texts: list[str], entities_texts: list[str]) -> None:
        self._fill(self.claims, claims_texts, outlet=True, keep=_claims)
        self._fill(self.entities, entities_texts, outlet=False, keep=_entities)

    def _fill(self, cache: dict, texts: list[str], *, outlet: bool, keep: Callable) -> None:
        todo = [t for t in dict.fromkeys(texts) if t not in cache]
        if not todo:
            return
        docs = self.nlp.pipe((self._doc(t, outlet=outlet) for t in todo), batch_size=64)
        try:
            for text, doc in zip(todo, docs, strict=True):
                cache[text] = keep(doc)
        except Exception:  # noqa: BLE001 - the rest are parsed one by one, in their own tests
            pass


def _claims(doc: Doc) -> tuple[Claim, ...]:
    return tuple(doc._.claims)


def _entities(doc: Doc) -> FoundEntities:
    return FoundEntities(doc._.entities)


@pytest.fixture(scope="session")
def _row_results(nlp) -> _RowResults:
    return _RowResults(nlp)


_ROW_FIXTURES = {"claims_of": "claims", "found_in": "claims", "entities_of": "entities"}


def _row_texts(session: pytest.Session) -> dict[object, dict[str, list[str]]]:
    """Per test module, the ``text`` parameters of its selected tests that take the claims or
    the entities of a text (computed once per session)."""
    found = getattr(session, "_dateline_row_texts", None)
    if found is None:
        found = {}
        for item in session.items:
            callspec = getattr(item, "callspec", None)
            text = callspec.params.get("text") if callspec else None
            if not isinstance(text, str):
                continue
            for fixture, kind in _ROW_FIXTURES.items():
                if fixture in getattr(item, "fixturenames", ()):
                    texts = found.setdefault(getattr(item, "module", None), {})
                    texts.setdefault(kind, []).append(text)
        session._dateline_row_texts = found  # type: ignore[attr-defined]
    return found


@pytest.fixture(scope="module", autouse=True)
def _rows_parsed_together(request):
    """A module's table rows are parsed in one batch before its first test (the same claims
    and entities as parsing each text alone; every row still asserts on its own text)."""
    texts = _row_texts(request.session).get(request.module)
    if texts:
        rows = request.getfixturevalue("_row_results")
        rows.parse_together(texts.get("claims", []), texts.get("entities", []))


@pytest.fixture(scope="session")
def claims_of(_row_results) -> Callable[[str], list[Claim]]:
    """The claims the pipeline finds in `text`."""

    def run(text: str) -> list[Claim]:
        return list(_row_results.claims_of(text))

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
def entities_of(_row_results) -> Callable[[str], FoundEntities]:
    """The entities the pipeline finds in `text` (published 2021-06-10)."""
    return _row_results.entities_of
