"""Stripped clauses (issue 6, subjects): a sentence that gives only a new subject and an
auxiliary takes up the predicate of the sentence before it.

* "X was wounded in the attack. Y was not." / '"I am alive. Esther is not."': the claims of
  the sentence before, about Y, negated;
* "X was released on Monday. So was Y." / "Y was too.": the same claims, about Y.

Only a sentence whose whole clause is the subject, a form of "be" / "have" / "do" and
"not" / "so" / "too" is read so; the sentence before must tell the claims of its own
(affirmed), about someone else."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Span, Token

from dateline.nlp.claims_context import ClaimContext, Hit

_AUX_LEMMAS = frozenset({"be", "have", "do"})
_ALSO = frozenset({"too", "also"})


def _stripped(sent: Span) -> tuple[Token, Token, bool] | None:
    """(auxiliary, subject, negated) of a sentence that is only "<subject> <aux> not",
    "so <aux> <subject>" or "<subject> <aux> too"; None for any other sentence."""
    root = sent.root
    if root.lemma_.lower() not in _AUX_LEMMAS or root.pos_ not in {"AUX", "VERB"}:
        return None  # (most sentences: tested before a Token is made for every word)
    words = [t for t in sent if not t.is_punct and not t.is_space]
    subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects and words and words[0].lower_ == "so":
        # "So was Y": the parser reads the inverted subject as the copula's attribute
        subjects = [c for c in root.children if c.dep_ == "attr" and c.i > root.i]
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    rest = [
        t
        for t in words
        if t.i != root.i and not (subject.left_edge.i <= t.i <= subject.right_edge.i)
    ]
    lowers = [t.lower_ for t in rest]
    if lowers in (["not"], ["n't"]):
        return root, subject, True
    if lowers == ["so"] and rest[0].i < root.i < subject.i:
        return root, subject, False
    if len(lowers) == 1 and lowers[0] in _ALSO and rest[0].i > root.i:
        return root, subject, False
    return None


def stripped_clause_hits(
    ctx: ClaimContext, sent: Span, hits_of: Callable[[Span], list[Hit]]
) -> list[Hit]:
    """The claims of the sentence before, about the subject of a stripped clause ("Y was
    not", "So was Y", "Y was too"), negated after "not"."""
    found = _stripped(sent)
    n = ctx.sent_of[sent.start]
    if found is None or n == 0:
        return []
    aux, subject, negated = found
    before = ctx.sents[n - 1]
    out: list[Hit] = []
    seen: set[str] = set()
    for h in hits_of(before):
        if h.polarity_neg or h.predicate in seen:
            continue
        if any(s.lower_ == subject.lower_ for s in h.subjects):
            continue  # (the same subject again: no new person)
        seen.add(h.predicate)
        out.append(
            replace(
                h,
                anchor=aux,
                subjects=[subject],
                clause={t.i for t in sent},
                polarity_neg=False,  # (the auxiliary's own "not" negates the claim)
                claimant=None,
                event=None,
            )
        )
    return out
