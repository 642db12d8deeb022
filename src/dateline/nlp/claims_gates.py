"""Cheap tests that tell :func:`claims_triggers.token_hits` a rule family cannot fire on a
token, so that the family's own checks (each a scan of the token's children, every child
a new spaCy ``Token``) are not run for nothing.

A gate must never drop a hit: it may only skip a token for which the family returns
nothing. Each entry below says why that holds; ``tests/nlp/test_claims_gates.py`` runs
the claims component with the gates on and off over the dev articles and asserts the
same claims. Engineers who add verb rules may add words to these tables (a plain table,
one comment per entry) but must not make a gate skip a token their rule reads.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from dateline.nlp.attribution_index import DocIndex

__all__ = ["AUXILIARY_DEPS", "gates_disabled", "noun_rules_apply", "verb_rules_apply"]

# Auxiliaries: "was" of "was killed", "has been" of "has been freed", "would", "could",
# "did" of "did not die", "got" of "got arrested". The verb rules (claims_leadership,
# claims_verbs, claims_states) read the clause's main verb and find its auxiliaries among
# that verb's children; an auxiliary without dependents of its own is never a trigger.
# (One with dependents is tried: the parser sometimes hangs the subject on "is" / "has".)
AUXILIARY_DEPS = frozenset({"aux", "auxpass"})

_enabled = True


def verb_rules_apply(tables: DocIndex, i: int) -> bool:
    """False when the verb rule families (leadership, then verbs) cannot fire on token ``i``
    (a verb, auxiliary or participle that ``token_hits`` would hand to them)."""
    if not _enabled:
        return True
    return not (tables.dep[i] in AUXILIARY_DEPS and not tables.children[i])


def noun_rules_apply(
    tables: DocIndex, i: int, lemmas: frozenset[str], phrase_deps: frozenset[str]
) -> bool:
    """False when no noun rule of ``token_hits`` can fire on noun ``i``.

    Every noun rule there tests the noun's lemma against one of its word lists (``lemmas``,
    their union), or the word itself ("remains", or one of the trigger words the
    pre-filter lets through anyway), or reads a noun in a prepositional phrase ("in
    custody", "among those freed": ``phrase_deps``). A noun that is none of these, most
    nouns of a sentence, returns no hit.
    """
    if not _enabled:
        return True
    return tables.lemma[i] in lemmas or tables.dep[i] in phrase_deps or tables.lower[i] == "remains"


@contextmanager
def gates_disabled() -> Iterator[None]:
    """Run every rule family on every candidate (for the test that gates drop no hit)."""
    global _enabled
    before, _enabled = _enabled, False
    try:
        yield
    finally:
        _enabled = before
