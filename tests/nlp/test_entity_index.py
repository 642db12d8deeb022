"""``entity_at`` / ``entity_of_token`` read an index of the mentions; they must answer as
the plain scan of every mention of every entity in entity order does (the rules of
overlap, shortest mention and first entity are the contract other stages rely on)."""

from __future__ import annotations

import random

import pytest
from spacy.tokens import Doc

from dateline.nlp.entities import entity_at, entity_of_token
from dateline.records import Entity, Mention

TEXT = (
    "Russia's Defense Ministry said on Monday that Abu Karim, the leader of the Northern "
    "Front, had been killed near the border; his deputy, Karim Saleh, denied it."
)


def _scan_at(doc: Doc, start: int, end: int) -> Entity | None:
    """The reference: every mention of every entity, the best overlap first."""
    best, found = None, None
    for entity in doc._.entities or ():
        for m in entity.mentions:
            overlap = min(end, m.end) - max(start, m.start)
            if overlap <= 0 and not (start == end and m.start <= start < m.end):
                continue
            score = (overlap, -(m.end - m.start))
            if best is None or score > best:
                best, found = score, entity
    return found


def _scan_of_token(doc: Doc, idx: int) -> Entity | None:
    for entity in doc._.entities or ():
        for m in entity.mentions:
            if m.start <= idx < m.end:
                return entity
    return None


def _entities(rng: random.Random, n: int) -> list[Entity]:
    out = []
    for k in range(n):
        mentions = []
        for _ in range(rng.randint(1, 4)):
            start = rng.randrange(len(TEXT))
            end = start + rng.choice([0, 1, 2, 5, 9, 14, 30])  # empty, short, long, nested
            mentions.append(Mention(start=start, end=min(end, len(TEXT)), text="x"))
        out.append(
            Entity(doc_id="d", entity_id=f"d:e{k}", name=f"E{k}", kind="person",
                   mentions=tuple(mentions))
        )
    return out


@pytest.mark.parametrize("seed", range(12))
def test_index_answers_as_the_scan(nlp, seed):
    rng = random.Random(seed)
    doc = nlp.make_doc(TEXT)
    doc._.entities = _entities(rng, rng.randint(1, 9))
    for start in range(0, len(TEXT), 3):
        for width in (0, 1, 4, 11, 40):
            assert entity_at(doc, start, start + width) == _scan_at(doc, start, start + width)
        assert entity_at(doc, start, start - 2) == _scan_at(doc, start, start - 2)
    for token in doc:
        assert entity_of_token(doc, token) == _scan_of_token(doc, token.idx)


def test_index_follows_new_entities(nlp):
    doc = nlp.make_doc(TEXT)
    doc._.entities = _entities(random.Random(1), 3)
    entity_at(doc, 0, 10)  # builds the index
    doc._.entities = _entities(random.Random(2), 5)  # a component sets new entities
    for start in range(0, len(TEXT), 7):
        assert entity_at(doc, start, start + 6) == _scan_at(doc, start, start + 6)
    doc._.entities = []
    assert entity_at(doc, 0, 10) is None
    assert entity_of_token(doc, doc[0]) is None
