"""Polarity carried by anaphora: "The group denied the report", "the claim was false",
"We can't confirm that": a denial (or a withheld confirmation) of the latest claim made a
few sentences before. Negation and cues on the claim's own source chain are read by
:func:`claims_sources.path_reading`."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.nlp import claims_lexicon as lx
from dateline.nlp.claims_context import (
    ClaimContext,
    Hit,
    cue_tokens,
)
from dateline.nlp.claims_grammar import has_neg
from dateline.nlp.claims_messages import author_token
from dateline.nlp.claims_sources import (
    name_of,
)
from dateline.records import Claim

_CLAIM_NOUNS = frozenset({"report", "claim", "allegation", "rumor", "rumour", "account"})


DENIAL_LEMMAS = frozenset(lx.DENIAL_VERBS | lx.RETRACT_VERBS | {"deny"})


def anaphoric_denials(ctx: ClaimContext, sent: Span) -> list[Hit]:
    """ "The group denied the report" / "dismissed the army's claim" / "the claim was
    false": a denial of the latest claim made shortly before, by someone else."""
    hits = []
    false_heads = {t.head.i for t in cue_tokens(ctx, sent, "false") if t.dep_ in {"acomp", "attr"}}
    candidates = {t.i: t for t in cue_tokens(ctx, sent, "denial")}
    candidates.update((i, ctx.doc[i]) for i in false_heads if sent.start <= i < sent.end)
    for verb in (candidates[i] for i in sorted(candidates)):
        lemma = verb.lemma_.lower()
        if lemma in lx.CONFIRM_VERBS:
            hits.extend(_unconfirmed_anaphor(ctx, sent, verb))
            continue
        if lemma not in DENIAL_LEMMAS and verb.i not in false_heads:
            continue  # neither a denial verb nor "the claim was false"
        if lemma in DENIAL_LEMMAS:
            noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
        elif any(c.dep_ in {"acomp", "attr"} and c.lower_ in lx.FALSE_WORDS for c in verb.children):
            noun = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        else:
            continue
        if (
            noun is None
            or noun.lemma_.lower() not in _CLAIM_NOUNS
            and not (
                noun.lower_ in {"it", "this", "them"}
                and lemma in lx.DENIAL_VERBS | {"deny"}
                and noun.dep_ == "dobj"
            )
        ):
            continue  # "The group denied it": the pronoun takes up the claim just reported
        if any(c.dep_ in {"acl", "relcl", "prep"} for c in noun.children):
            continue  # "denied reports that he was killed" is read by the path rules
        last = latest_claim(ctx, sent)
        subject = author_token(
            ctx, next((e for e in ctx.entities if last and e.entity_id == last.subject_id), None)
        )
        if last is None or subject is None:
            continue
        hit = Hit(last.predicate, verb, [subject], {verb.i}, polarity_neg=True, certainty="denied")
        hit.event = (None, None, None)
        if lemma in DENIAL_LEMMAS:
            denier = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if (
                denier is not None
                and lemma in lx.RETRACT_VERBS
                and denier.pos_ == "PRON"
                and last.claimant
            ):
                # "It withdrew the claim"
                hit.claimant = (
                    last.claimant,
                    last.claimant_id,
                    last.claimant_anonymous,
                )
            elif denier is not None:
                hit.claimant = name_of(ctx, denier)
        elif any(c.lower_ in lx.HEDGE_ADVERBS for t in (verb, *verb.children) for c in t.children):
            hit.certainty = "hedged"  # "the claim was probably false"
        hits.append(hit)
    return hits


def _unconfirmed_anaphor(ctx: ClaimContext, sent: Span, verb: Token) -> list[Hit]:
    """ ""We can't confirm that," said X / "could not verify it": the speaker leaves the
    claim just reported open (unconfirmed). Only a pronoun object: "the reports" may
    gather several claims."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ not in {"that", "it", "this"}:
        return []
    if not has_neg(verb) and not any(
        t.lower_ in {"unable", "cannot"} for t in verb.doc[max(sent.start, verb.i - 3) : verb.i]
    ):
        return []
    last = latest_claim(ctx, sent)
    subject = author_token(
        ctx, next((e for e in ctx.entities if last and e.entity_id == last.subject_id), None)
    )
    if last is None or subject is None:
        return []
    # the negation sits on "confirm" itself, not on the claim: flip it back
    hit = Hit(
        last.predicate,
        verb,
        [subject],
        {verb.i},
        polarity_neg=has_neg(verb),
        certainty="unconfirmed",
    )
    hit.event = (None, None, None)
    return [hit]


def latest_claim(ctx: ClaimContext, sent: Span) -> Claim | None:
    """The last affirmed claim of the three sentences before ``sent``."""
    previous = [c for c in ctx.claims if c.polarity == "affirmed" and c.start < sent.start_char]
    if (
        not previous
        or previous[-1].start < ctx.sents[max(0, ctx.sent_of[sent.start] - 3)].start_char
    ):
        return None
    return previous[-1]
