"""claims_context.lemma_tokens: a sentence's tokens whose lemma is one of a set (or a dict's keys),
in order; the sentence's lemmas are read once and a set with none of them returns at once."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from dateline.nlp.claims_context import lemma_tokens

_WORDS = ["Police", "said", "Ana", "Ruiz", "was", "arrested", ".", "She", "was", "freed", "."]
_LEMMAS = ["police", "say", "ana", "ruiz", "be", "arrest", ".", "she", "be", "free", "."]


def _ctx() -> SimpleNamespace:
    return SimpleNamespace(tables=SimpleNamespace(lemma=_LEMMAS), doc=_WORDS, sent_lemmas={})


@pytest.mark.parametrize(
    ("start", "end", "lemmas", "expected"),
    [
        (0, 7, frozenset({"arrest", "say"}), ["said", "arrested"]),
        (0, 7, {"arrest": "arrested", "be": "x"}, ["was", "arrested"]),  # a dict: its keys
        (0, 7, frozenset({"free"}), []),  # in the next sentence only
        (7, 11, frozenset({"free", "be"}), ["was", "freed"]),
        (7, 11, frozenset({"police"}), []),
    ],
)
def test_tokens_of_the_lemmas_in_the_sentence(
    start: int, end: int, lemmas: frozenset[str] | dict[str, str], expected: list[str]
) -> None:
    sent = SimpleNamespace(start=start, end=end)
    ctx = _ctx()
    assert lemma_tokens(ctx, sent, lemmas) == expected  # type: ignore[arg-type]
    assert lemma_tokens(ctx, sent, lemmas) == expected  # type: ignore[arg-type]  # (read once)


def test_sentences_sharing_a_start_are_kept_apart() -> None:
    ctx = _ctx()
    assert lemma_tokens(ctx, SimpleNamespace(start=0, end=3), frozenset({"arrest"})) == []  # type: ignore[arg-type]
    assert lemma_tokens(ctx, SimpleNamespace(start=0, end=7), frozenset({"arrest"})) == [  # type: ignore[arg-type]
        "arrested"
    ]
