"""A second source that tells again a claim already told, naming it by a pro-form: "The army
stood by its statement", "The ministry maintained its account", "The rebels made a similar
claim", "made the same claim". The earlier claim (same subject, predicate and polarity) is told
once more, by the new source, with the certainty of the new verb."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.nlp import claims_lexicon as lx
from dateline.nlp.attribution_index import tables_of
from dateline.nlp.claims_context import ClaimContext, Hit, lemma_tokens
from dateline.nlp.claims_denials import (
    _reported_event,
    _subjects_alongside,
    latest_claim,
)
from dateline.nlp.claims_grammar import has_neg
from dateline.nlp.claims_sources import name_of
from dateline.records import Claim

# Nouns that name a telling: "its statement", "the claim", "the same account".
_TELLING_NOUNS = frozenset(
    {"statement", "claim", "account", "report", "assertion", "allegation", "version"}
)
# Nouns whose telling is a claim (``reported``) rather than a statement.
_CLAIMED_NOUNS = frozenset({"claim", "allegation", "assertion"})
# Verbs that tell again what their object told: "repeated its claim", "stood by its account".
_RETELLING_VERBS = frozenset(
    {"repeat", "reiterate", "maintain", "reaffirm", "uphold", "confirm", "corroborate", "echo"}
)
# Conjunctions of a telling not (yet) made: "if they repeat the claim", "until it makes one".
_CONDITIONS = frozenset({"if", "whether", "unless", "until", "when", "once", "before"})
# What may stand before the pro-form noun: "its", "the", "a similar", "the same", "earlier".
_PROFORM_MODIFIERS = frozenset(
    {"its", "their", "his", "her", "the", "a", "an", "that", "this", "similar", "same", "earlier"}
)


def proform_retellings(ctx: ClaimContext, sent: Span) -> list[Hit]:
    """ "The army stood by its statement", "X made a similar claim": the latest claim a few
    sentences before, told again by the verb's subject (or, when the verb is itself reported,
    "a spokesman told reporters the army stood by its statement", by whoever reports it)."""
    out: list[Hit] = []
    for verb in lemma_tokens(ctx, sent, _RETELLING_VERBS | {"stand", "make"}):
        if (
            verb.pos_ not in {"VERB", "AUX"}
            or has_neg(verb)
            or verb.tag_ not in {"VBD", "VBZ", "VBP", "VBN"}
            # ("would make a statement when they are ready", "may repeat the claim")
            or any(
                c.dep_ == "aux" and c.tag_ == "MD" or c.dep_ == "mark" and c.lower_ in _CONDITIONS
                for c in verb.children
            )
        ):
            continue
        noun = _proform_object(verb)
        speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if noun is None or speaker is None:
            continue
        made = verb.lemma_.lower() == "make"
        similar = any(c.lower_ in {"similar", "same"} for c in noun.children)
        if made and not (similar or any(c.lower_ == "the" for c in noun.children)):
            continue  # ("made a statement": a new one, not one told before)
        reporter = (
            next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lx.REPORTING_VERBS
            else None
        )
        if speaker.pos_ == "PRON" and (made or reporter is None):
            continue  # ("It made a similar claim": who "it" is, the source chain can't say)
        teller = speaker if made or reporter is None else reporter
        owner = speaker if speaker.pos_ != "PRON" else reporter
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        if poss is not None and poss.pos_ in {"NOUN", "PROPN"}:
            owner = poss  # "stood by the rebels' account"
        if owner is not None and poss is not None:
            last = _latest_claim_of(ctx, sent, owner)  # "its statement": the owner's own
        else:
            last = latest_claim(ctx, sent)
        if last is None or not similar and _same_source(teller, last.claimant):
            continue  # ("The army said it stood by its account": told by no one new)
        last = _reported_event(ctx, last)
        subjects = _subjects_alongside(ctx, last)
        if not subjects:
            continue
        hit = Hit(last.predicate, verb, subjects, {verb.i, noun.i})
        if noun.lemma_.lower() in _CLAIMED_NOUNS:
            hit.certainty = "reported"
        if made or reporter is None:
            hit.claimant = name_of(ctx, speaker)
        if made and similar and any(c.lower_ in {"a", "an"} for c in noun.children):
            hit.event = (None, None, None)  # "a similar claim": of an event of its own
        else:
            hit.event = (last.event_time, last.event_earliest, last.event_latest)
        out.append(hit)
    return out


def _same_source(teller: Token, claimant: str | None) -> bool:
    """The teller is the claim's own source: its head noun ends the claimant's name ("the
    army" and "South Sudanese army")."""
    return claimant is not None and claimant.lower().split()[-1:] == [teller.lower_]


def _latest_claim_of(ctx: ClaimContext, sent: Span, owner: Token) -> Claim | None:
    """The last affirmed claim of the six sentences before ``sent`` told by ``owner``."""
    earliest = ctx.sents[max(0, ctx.sent_of[sent.start] - 6)].start_char
    return next(
        (
            c
            for c in reversed(ctx.claims)
            if earliest <= c.start < sent.start_char
            and c.polarity == "affirmed"
            and c.predicate != "other:bury"
            and _same_source(owner, c.claimant)
        ),
        None,
    )


def _proform_object(verb: Token) -> Token | None:
    """The pro-form noun the verb takes: the object of "made a similar claim", "repeated the
    claim", or of "by" in "stood by its statement"; a noun with no content of its own ("the
    claim that P", "the report of his death", "a claim about Y" are read elsewhere)."""
    if verb.lemma_.lower() == "stand":
        by = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        noun = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
    else:
        noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if noun is None or noun.lemma_.lower() not in _TELLING_NOUNS or noun.tag_ != "NN":
        return None
    if any(
        c.dep_ in {"acl", "relcl", "prep", "appos", "compound"}
        or c.dep_ in {"det", "amod"}
        and c.lower_ not in _PROFORM_MODIFIERS
        or c.dep_ == "poss"
        and c.pos_ == "PRON"
        and c.lower_ not in _PROFORM_MODIFIERS
        for c in noun.children
    ):
        return None
    return noun


# Who a picture shows, by a description: "the man in the video", "the woman seen in the clip".
_SHOWN_PEOPLE = frozenset({"man", "woman", "person", "hostage", "prisoner", "figure", "speaker"})
# What shows someone (a message noun, or a picture).
_PICTURES = lx.MESSAGE_NOUNS | {"photo", "photograph", "picture", "image", "film", "videos"}


def shown_person_hits(ctx: ClaimContext, sent: Span) -> list[Hit]:
    """ "the man in the video was X" / "X is the woman seen in the footage": X appeared in it
    (the source chain reads who says so and how surely: "could not confirm that the man in
    the video was X" leaves it unconfirmed)."""
    out: list[Hit] = []
    for be in lemma_tokens(ctx, sent, frozenset({"be"})):
        subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
        attr = next((c for c in be.children if c.dep_ == "attr"), None)
        if subj is None or attr is None or has_neg(be):
            continue
        for shown, named in ((subj, attr), (attr, subj)):
            if named.pos_ != "PROPN":  # ("was the missing teacher X": the name beside it)
                named = next((c for c in named.children if c.dep_ == "appos"), named)
            if _shown_in_picture(shown) and named.pos_ == "PROPN":
                out.append(Hit("appeared", be, [named], {be.i, shown.i}))
                break
    return out


def _shown_in_picture(noun: Token) -> bool:
    """ "the man in the video", "the woman seen in the footage", "the hostage on the tape"."""
    if noun.lemma_.lower() not in _SHOWN_PEOPLE or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in noun.children
    ):
        return False
    heads = [noun, *(c for c in noun.children if c.dep_ == "acl")]
    return any(
        p.dep_ == "prep"
        and p.lower_ in {"in", "on"}
        and any(o.dep_ == "pobj" and o.lemma_.lower() in _PICTURES for o in p.children)
        for h in heads
        for p in h.children
    )


def doubted_tellings(sent: Span, hits: list[Hit]) -> None:
    """ "X said she had been told of the death, and that she now did not know what to
    believe": a speaker who says in the same breath that she does not know what to believe
    leaves what she told open (``unconfirmed``), as "could not confirm" does."""
    # (the lemma and relation from the tables: a Token for every word cost more than the rule)
    doc = sent.doc
    tables = tables_of(doc)
    lemma, dep = tables.lemma, tables.dep
    found = [i for i in range(sent.start, sent.end) if lemma[i] == "know" and dep[i] == "conj"]
    for know in (doc[i] for i in found):
        if not has_neg(know) or not any(
            c.dep_ == "xcomp"
            and c.lemma_.lower() == "believe"
            and any(w.lower_ == "what" for w in c.children)
            for c in know.children
        ):
            continue
        told = know.head  # the clause it is coordinated with, or the reporting verb
        doubt = {t.i for t in know.subtree}
        inside = {t.i for t in told.subtree} - doubt
        for h in hits:
            if h.anchor.i in inside and h.anchor.i < know.i and h.certainty != "denied":
                h.certainty = "unconfirmed"
