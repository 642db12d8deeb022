"""Candidate statements, before speakers are resolved, and how overlapping ones are merged.

The passes find the same statement more than once (a quote and the reporting verb that
governs it, a report nested inside another report); :func:`dedupe` keeps one statement per
content span so each pass can stay simple and greedy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from dateline.nlp.attribution_cues import FRAGMENT_CUES
from dateline.nlp.attribution_index import doc_text
from dateline.nlp.attribution_quotes import QuoteSpan
from dateline.nlp.attribution_speakers import Mention
from dateline.records import Certainty, Speaker, StatementKind


@dataclass
class Candidate:
    """A statement before speaker resolution and grading."""

    start: int
    end: int
    kind: StatementKind
    cue: str | None
    speaker: Mention | None = None
    inherit: bool = False
    negated: bool = False
    certainty: Certainty | None = None
    frame: tuple[int, int] | None = None  # char span of the attribution, for said_at
    quote: QuoteSpan | None = None
    fixed_speaker: Speaker | None = None
    cue_token: int | None = None
    floor: Certainty | None = None  # the least a construction lowers certainty to


def overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def covered(start: int, end: int, existing: list[Candidate], share: float = 0.6) -> bool:
    """Whether an existing candidate already covers most of ``start:end``."""
    return any(overlap(c.start, c.end, start, end) >= share * (end - start) for c in existing)


def dedupe(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """One statement per content span; nested reports cut out of the one that contains them."""
    kept: list[Candidate] = []
    for cand in candidates:
        if any(k.start == cand.start and k.end == cand.end for k in kept):
            continue
        kept.append(cand)
    # A quoted fragment already inside another statement is not a statement of its own.
    kept = [
        c
        for c in kept
        if not (
            c.cue in FRAGMENT_CUES
            and any(
                o is not c
                and o.cue not in FRAGMENT_CUES
                and overlap(o.start, o.end, c.start, c.end) > 0
                for o in kept
            )
        )
    ]
    for outer in kept:
        if outer.kind not in {"indirect", "mixed"}:
            continue
        for inner in kept:
            if inner is outer or inner.cue_token is None:
                continue
            cue = doc[inner.cue_token]
            speaker_at = doc[inner.speaker.head].idx if inner.speaker is not None else -1
            if cue.tag_ != "VBG" and not (
                cue.dep_ in {"advcl", "conj"} and not outer.start <= speaker_at < outer.end
            ):
                # only "..., saying Q" / "... and warned Q" (the same speaker, outside the
                # content) split a statement in two; "he was X but had told Y" stays whole.
                continue
            cue_at = cue.idx
            if (
                outer.start < cue_at < outer.end
                and inner.start > cue_at
                and inner.end >= outer.end - 2
            ):
                # "admits that P, saying Q": P ends before ", saying".
                cut = doc_text(doc)[outer.start : cue_at].rstrip(" ,;:\u2014-")
                cut = re.sub(r"(?:,?\s+(?:and|but|while))$", "", cut)
                outer.end = outer.start + len(cut)
    kept = [c for c in kept if c.end > c.start]
    # A report inside another report's content ("X said investigators believed P") is part
    # of that statement, not a statement of its own.
    kept = [
        c
        for c in kept
        if c.cue_token is None
        or doc[c.cue_token].dep_ in {"advcl", "relcl", "acl"}
        or not any(
            o is not c and o.kind != "unattributed" and o.start <= doc[c.cue_token].idx < o.end
            for o in kept
        )
    ]
    kept.sort(key=lambda c: (c.start, c.end))
    return kept
