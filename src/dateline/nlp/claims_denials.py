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
    lemma_tokens,
)
from dateline.nlp.claims_grammar import has_neg, subject_of
from dateline.nlp.claims_messages import author_token
from dateline.nlp.claims_sources import (
    name_of,
)
from dateline.records import Claim

_CLAIM_NOUNS = frozenset({"report", "claim", "allegation", "rumor", "rumour", "account"})


DENIAL_LEMMAS = frozenset(lx.DENIAL_VERBS | lx.RETRACT_VERBS | {"deny"})


def anaphoric_denials(ctx: ClaimContext, sent: Span, *, pronoun_claims: bool = True) -> list[Hit]:
    """ "The group denied the report" / "dismissed the army's claim" / "the claim was
    false": a denial of the latest claim made shortly before, by someone else. With
    ``pronoun_claims`` also "it was false", "That is not true", "did not believe the
    group's account" (off in a printed interview, where an answer's "That is a lie" denies
    the claim the question put)."""
    hits = []
    false_heads = {t.head.i for t in cue_tokens(ctx, sent, "false") if t.dep_ in {"acomp", "attr"}}
    false_heads |= _falsehood_heads(ctx, sent)
    candidates = {t.i: t for t in cue_tokens(ctx, sent, "denial")}
    candidates.update((i, ctx.doc[i]) for i in false_heads if sent.start <= i < sent.end)
    candidates.update((t.i, t) for t in _disbelief_verbs(ctx, sent))
    for verb in (candidates[i] for i in sorted(candidates)):
        lemma = verb.lemma_.lower()
        if lemma in lx.CONFIRM_VERBS:
            hits.extend(_unconfirmed_anaphor(ctx, sent, verb))
            continue
        disbelief = lemma in _BELIEF_VERBS and has_neg(verb)
        if lemma not in DENIAL_LEMMAS and verb.i not in false_heads and not disbelief:
            continue  # neither a denial verb nor "the claim was false"
        if lemma in DENIAL_LEMMAS or disbelief:
            noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
        elif verb.i in false_heads:
            noun = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        else:
            continue
        if (
            noun is None
            or noun.lemma_.lower() not in _CLAIM_NOUNS
            and not (
                noun.lower_ in _CLAIM_PRONOUNS
                and lemma in lx.DENIAL_VERBS | {"deny"}
                and noun.dep_ == "dobj"
            )
            # "it was false", "This is not true", "That is a lie": the pronoun is the claim
            and not (pronoun_claims and noun.lower_ in _CLAIM_PRONOUNS and noun.dep_ == "nsubj")
        ):
            continue  # "The group denied it": the pronoun takes up the claim just reported
        if any(c.dep_ in {"acl", "relcl", "prep"} for c in noun.children) or any(
            c.dep_ == "ccomp" and c.i > noun.i for c in verb.children
        ):
            # "denied reports that he was killed" is read by the path rules (also "denied
            # rumours in January that he had died", the clause hung on the verb)
            continue
        last = latest_claim(ctx, sent)
        last = _elaborated_claim(ctx, sent, last) if last is not None else None
        last = _reported_event(ctx, last) if last is not None else None
        subjects = _subjects_alongside(ctx, last) if last is not None else []
        if last is None or not subjects:
            continue
        # (the source chain reads the "not" of "is not true" / "did not believe" itself)
        for predicate in (last.predicate, *_events_of_the_account(ctx, last)):
            hit = Hit(
                predicate,
                verb,
                subjects,
                {verb.i},
                polarity_neg=not (disbelief or verb.i in false_heads and has_neg(verb)),
                certainty="denied",
            )
            hits.append(_denier_of(ctx, hit, verb, lemma, disbelief, last))
    return hits


def _events_of_the_account(ctx: ClaimContext, last: Claim) -> list[str]:
    """The other events the same report told of the same person in the same sentence: "an
    official told the lawyer that X had been detained by a security unit and had died in
    custody. The ministry denied the account": the denial is of the whole account, the
    detention and the death (not a state that follows, nor an ``other:`` event, nor a
    person's account of himself)."""
    sentence = ctx.sent_of.get(_token_at(ctx, last.start).i)
    out: list[str] = []
    for c in ctx.claims:
        if (
            c.polarity == "affirmed"
            and c.predicate not in _STATE_PREDICATES
            and not c.predicate.startswith("other:")
            and c.predicate != last.predicate
            and c.predicate not in out
            and c.subject_id == last.subject_id
            and c.claimant == last.claimant
            and c.claimant is not None
            # (one's own account of one's custody, "she had been held for four months and
            # questioned", is seldom "the report" a government rejects next)
            and c.claimant_id != c.subject_id
            and ctx.sent_of.get(_token_at(ctx, c.start).i) == sentence
        ):
            out.append(c.predicate)
    return out


def _denier_of(
    ctx: ClaimContext, hit: Hit, verb: Token, lemma: str, disbelief: bool, last: Claim
) -> Hit:
    """Who denies: the denial verb's subject ("The ministry denied the account"), or, for
    "It withdrew the claim", the claim's own source; "the claim was probably false" is
    hedged."""
    hit.event = (None, None, None)
    if lemma in DENIAL_LEMMAS or disbelief:
        denier = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if disbelief and denier is not None and denier.pos_ == "PRON":
            pass  # "His brother said he did not believe it": the speaker's, read above
        elif (
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
    return hit


# What stands for the claim just reported: "denied that", "it was false", "called them lies".
_CLAIM_PRONOUNS = frozenset({"it", "this", "that", "them"})
# Believing a claim: "did not believe the group's account" denies it.
_BELIEF_VERBS = frozenset({"believe", "accept"})


def _falsehood_heads(ctx: ClaimContext, sent: Span) -> set[int]:
    """The verbs of "it was a lie", "That is not true": a falsehood noun or a negated "true"
    as the complement (the adjectives "false", "untrue" are indexed cues). Read from the
    document's tables: a ``Token`` for every word of every sentence cost more than the rule."""
    tables = ctx.tables
    dep, lemma, lower, head, children = (
        tables.dep,
        tables.lemma,
        tables.lower,
        tables.head,
        tables.children,
    )
    return {
        head[i]
        for i in range(sent.start, sent.end)
        if dep[i] in {"acomp", "attr"}
        and (
            lemma[i] in _FALSEHOOD_NOUNS
            or lower[i] == "true"
            and any(dep[c] == "neg" for c in children[head[i]])  # (has_neg of the head)
        )
    }


def _disbelief_verbs(ctx: ClaimContext, sent: Span) -> list[Token]:
    """ "did not believe the group's account", "does not accept the army's claim": a negated
    belief in a claim named by a claim noun (the lemma and tag read from the tables first)."""
    lemma, pos, doc = ctx.tables.lemma, ctx.tables.pos, ctx.doc
    return [
        t
        for t in (
            doc[i]
            for i in range(sent.start, sent.end)
            if lemma[i] in _BELIEF_VERBS and pos[i] == "VERB"
        )
        if has_neg(t)
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _CLAIM_NOUNS for c in t.children)
    ]


# What a trailing appositive calls the claim before it: "..., a claim the ministry denied",
# "..., something the ministry denies", and the sentential relative "..., which it denied".
_APPOSED_CLAIMS = _CLAIM_NOUNS | {"accusation", "charge", "assertion", "version", "something"}
_APPOSED_RELATIVES = frozenset({"which"})


def appended_denier(ctx: ClaimContext, anchor: Token) -> tuple[str, str | None, bool] | None:
    """The one who denies a claim in an appositive after it: "Aliyev said police had beaten
    Hasanli, a claim the interior ministry denied" (the ministry denies what Aliyev said);
    None when the trigger's clause ends in no such appositive."""
    inside = [
        i
        for i in _apposed_claim_nouns(ctx)
        if _descends_from(ctx.tables.head, i, anchor.i) or _trails_report(ctx.doc[i], anchor)
    ]
    if not inside:
        return None  # (nearly always: the rule's nouns found once per document, see below)
    for noun in (ctx.doc[i] for i in inside):  # (in the order of the text)
        relative = noun.lower_ in _APPOSED_RELATIVES
        if (
            noun.dep_ not in _APPOSED_DEPS
            or noun.lemma_.lower() not in _APPOSED_CLAIMS
            and not (relative and noun.dep_ == "dobj" and noun.head.dep_ == "relcl")
        ):
            continue
        edge = noun.left_edge.i
        if edge == 0 or noun.doc[edge - 1].text != ",":
            continue  # (set off by a comma after the claim it names)
        for rel in [noun.head] if relative else noun.children:
            if (
                rel.dep_ == "relcl"
                and rel.lemma_.lower() in DENIAL_LEMMAS
                and not has_neg(rel)
                and (relative or not any(c.dep_ == "dobj" for c in rel.children))
                and (denier := next((c for c in rel.children if c.dep_ == "nsubj"), None))
                is not None
                and denier.pos_ != "PRON"
            ):
                return name_of(ctx, denier)
    return None


# Where the parser hangs ", a claim X denied": on the claim (appos), or, when it ends the
# sentence, on the reporting verb ("claimed that P, a claim ..." as its object) or its subject.
_APPOSED_DEPS = frozenset({"appos", "npadvmod", "dobj"})


def _trails_report(noun: Token, anchor: Token) -> bool:
    """``noun`` ends the sentence after ``anchor`` and the parser hung it on a verb that
    reports the trigger's clause or on that verb's subject ("A third said he had been detained
    in Serbia, a claim the police denied": "claim" an apposition of "A third"); a trailing
    appositive names the claim just made whatever it is hung on."""
    if noun.i <= anchor.i or noun.sent.start != anchor.sent.start:
        return False
    if any(
        t.pos_ not in {"PUNCT", "SPACE"} for t in noun.doc[noun.right_edge.i + 1 : noun.sent.end]
    ):
        return False
    hung_on = noun.head.head if noun.head.dep_ == "nsubj" else noun.head
    if (
        hung_on.lemma_.lower() not in lx.REPORTING_VERBS
        or noun.dep_ == "dobj"
        and noun.head.dep_ == "nsubj"
    ):
        return False
    return any(a.i == hung_on.i for a in anchor.ancestors)


def _apposed_claim_nouns(ctx: ClaimContext) -> list[int]:
    """The tokens :func:`appended_denier` looks for (an appositive claim noun), found once
    per document in the tables instead of in a ``Token`` walk over every trigger's clause."""
    memo = ctx.tables.memo(ctx)
    found = memo.get("apposed_claim_nouns")
    if found is None:
        dep, lemma = ctx.tables.dep, ctx.tables.lemma
        found = memo["apposed_claim_nouns"] = [
            i
            for i, word in enumerate(lemma)
            if (word in _APPOSED_CLAIMS or word in _APPOSED_RELATIVES) and dep[i] in _APPOSED_DEPS
        ]
    return found


def _descends_from(head: list[int], i: int, top: int) -> bool:
    """Token ``i`` is ``top`` or below it in the parse (is in ``top``'s subtree)."""
    while i != top:
        if head[i] == i:
            return False
        i = head[i]
    return True


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
        return _confirmed_anaphor(ctx, sent, verb, obj)
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
    doubter = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if doubter is not None and doubter.pos_ != "PRON":
        # "The army did not confirm it": the army's (a "we" is read from its quotation)
        hit.claimant = name_of(ctx, doubter)
    return [hit]


def _confirmed_anaphor(ctx: ClaimContext, sent: Span, verb: Token, obj: Token) -> list[Hit]:
    """ "The army said X had been killed. The group confirmed it on Tuesday": a second source
    takes up the affirmed claim just told by a pronoun, and makes it its own (a plain
    confirming clause: not "declined to confirm it", "could confirm it", "if they confirm it")."""
    if (
        obj.lower_ not in {"it", "this"}
        or verb.dep_ != "ROOT"  # (", and his lawyer confirmed it": claims._conjoined_denials)
        or verb.tag_ not in {"VBD", "VBZ", "VBP", "VBN"}
        or any(c.dep_ in {"aux", "mark"} and c.tag_ in {"MD", "IN"} for c in verb.children)
        or (speaker := next((c for c in verb.children if c.dep_ == "nsubj"), None)) is None
        or speaker.pos_ == "PRON"
    ):
        return []
    last = latest_claim(ctx, sent)
    if last is None or last.polarity != "affirmed":
        return []
    subjects = _subjects_alongside(ctx, last)
    if not subjects:
        return []
    hit = Hit(last.predicate, verb, subjects, {verb.i})
    hit.event = (None, None, None)
    hit.claimant = name_of(ctx, speaker)
    return [hit]


def _subjects_alongside(ctx: ClaimContext, last: Claim) -> list[Token]:
    """A mention of each person the denied report is about: "Both men were arrested ...
    Police denied the allegation" denies the arrest of each man, so every affirmed claim of
    the same predicate from the latest claim's sentence (and the same source) counts."""
    sentence = ctx.sent_of.get(_token_at(ctx, last.start).i)
    tokens: list[Token] = []
    seen: set[str] = set()
    for c in ctx.claims:
        if (
            c.predicate != last.predicate
            or c.polarity != "affirmed"
            or c.claimant != last.claimant
            or c.subject_id is None
            or c.subject_id in seen
            or ctx.sent_of.get(_token_at(ctx, c.start).i) != sentence
        ):
            continue
        tok = author_token(
            ctx, next((e for e in ctx.entities if e.entity_id == c.subject_id), None)
        )
        if tok is not None:
            seen.add(c.subject_id)
            tokens.append(tok)
    if last.subject_id not in seen:
        tok = author_token(
            ctx, next((e for e in ctx.entities if e.entity_id == last.subject_id), None)
        )
        return [tok] if tok is not None else []
    return tokens


# Claims of a state that elaborate an event reported in the same sentence: "says it captured
# X, who it says is being held in the hills" (the hills elaborate the capture).
_STATE_PREDICATES = frozenset({"located_in", "alive"})


def _reported_event(ctx: ClaimContext, last: Claim) -> Claim:
    """What "the claim" denied is when the latest claim is a state elaborating an event of
    the same report ("The militia says it captured X, who is being held in the hills. The
    government rejected the claim"): the event claim of that sentence (same subject and
    claimant), which the state only follows from; else the latest claim itself."""
    if last.predicate not in _STATE_PREDICATES:
        return last
    sentence = ctx.sent_of.get(_token_at(ctx, last.start).i)
    return next(
        (
            c
            for c in ctx.claims
            if c.polarity == "affirmed"
            and c.predicate not in _STATE_PREDICATES
            and not c.predicate.startswith("other:")
            and c.subject_id == last.subject_id
            and c.claimant == last.claimant
            and ctx.sent_of.get(_token_at(ctx, c.start).i) == sentence
        ),
        last,
    )


def _elaborated_claim(ctx: ClaimContext, sent: Span, last: Claim) -> Claim:
    """Which of the claims just reported a denial takes up, when the denier goes on to say
    what is true about one person: "The group said it killed General X and was holding two
    soldiers, named as Y and Z. The army disputed the account. 'General X is alive,' ...":
    the next sentence of the paragraph names X, not Y or Z, so the denial is of X's claim
    (the latest one about a person it names, in the three sentences before). The latest
    claim when the next sentence names its person, or names none of them."""
    n = ctx.sent_of[sent.start]
    if n + 1 >= len(ctx.sents) or ctx.para_of_sent[n + 1] != ctx.para_of_sent[n]:
        return last
    nxt = ctx.sents[n + 1]
    named = {
        e.entity_id
        for e in ctx.entities
        if e.kind == "person" and any(nxt.start_char <= m.start < nxt.end_char for m in e.mentions)
    }
    if not named or last.subject_id in named:
        return last
    floor = ctx.sents[max(0, n - 3)].start_char
    return next(
        (
            c
            for c in reversed(ctx.claims)
            if floor <= c.start < sent.start_char
            and c.polarity == "affirmed"
            and c.predicate != "other:bury"
            and c.subject_id in named
        ),
        last,
    )


def latest_claim(ctx: ClaimContext, sent: Span) -> Claim | None:
    """The last affirmed claim of the three sentences before ``sent`` (not a burial: "said X
    died ... and was buried secretly. His group rejected the report" denies the death)."""
    previous = [
        c
        for c in ctx.claims
        if c.polarity == "affirmed" and c.start < sent.start_char and c.predicate != "other:bury"
    ]
    if (
        not previous
        or previous[-1].start < ctx.sents[max(0, ctx.sent_of[sent.start] - 3)].start_char
    ):
        return None
    return previous[-1]


# Verbs whose object event noun takes up an event just reported: "accepted the
# resignation", "confirms the release", "did not confirm the death", "condemned the arrest"
_TAKING_UP_VERBS = frozenset(
    lx.CONFIRM_VERBS
    | {"accept", "announce", "welcome", "condemn", "acknowledge", "deny", "dispute", "mourn"}
)


def anaphoric_event_nouns(ctx: ClaimContext, sent: Span) -> list[Hit]:
    """A definite event noun with no participant of its own ("the resignation", "the
    release", "the detention") takes up the person of the latest claim of that event a few
    sentences before: as the object of a verb that takes up a report ("X accepted the
    resignation", "Y did not confirm the death") or inside someone else's statement
    ("analysts said the detention could delay ..."). Its own source chain gives claimant,
    polarity and certainty."""
    hits = []
    for noun in lemma_tokens(ctx, sent, lx.EVENT_NOUNS):
        pred = lx.EVENT_NOUNS.get(noun.lemma_.lower())
        if pred is None or noun.pos_ != "NOUN" or noun.tag_ != "NN":
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            continue
        if any(
            c.dep_ in {"poss", "appos", "compound", "relcl", "acl", "nmod"}
            or c.dep_ == "prep"
            and c.lower_ in {"of", "for", "after"}
            for c in noun.children
        ):
            continue  # "the release of X", "his arrest", "the arrest that followed"
        head = noun.head
        lemma = head.lemma_.lower()
        # (or its passive: "The arrest was confirmed by his lawyer")
        taken_up = lemma in _TAKING_UP_VERBS and (
            noun.dep_ == "dobj"
            or noun.dep_ == "nsubjpass"
            and any(c.dep_ == "agent" for c in head.children)
        )
        reported = (
            noun.dep_ in {"nsubj", "nsubjpass"}
            and head.dep_ == "ccomp"
            and head.head.lemma_.lower() in lx.REPORTING_VERBS
        )
        # "The second kidnapping, in 1991, lasted five weeks": one more of the same events
        again = noun.dep_ in {"nsubj", "nsubjpass"} and any(
            c.dep_ == "amod" and c.lower_ in _ORDINALS for c in noun.children
        )
        # "His brother spoke of the death", "had been told of the arrest by a neighbour"
        told_of = (
            noun.dep_ == "pobj"
            and head.lower_ == "of"
            and head.head.lemma_.lower() in _TELLING_OF_VERBS
            and not has_neg(head.head)
        )
        if not (taken_up or reported or again or told_of):
            continue
        subjects = _latest_subjects(ctx, sent, pred, noun.lemma_.lower())
        if not subjects:
            continue
        if pred in _ONE_PERSON_EVENTS:
            subjects = subjects[:1]  # "X was killed along with Y ... did not confirm the death"
        hit = Hit(pred, noun, subjects, {noun.i} | _parenthesis_after(noun))
        agent = next((c for c in head.children if c.dep_ == "nsubj"), None) or next(
            (o for c in head.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"),
            None,
        )  # ("the arrest was welcomed by the union": the one who welcomes it)
        if taken_up and lemma in _ACTS and ctx.outlet:
            hit.claimant = (ctx.outlet, None, False)  # "accepted the resignation": narration
        elif taken_up and lemma in _WELCOMES and agent is not None:
            hit.claimant = name_of(ctx, agent)  # "the United States welcomed the arrest"
        teller = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
        if told_of and head.head.dep_ == "ROOT" and teller is not None and teller.pos_ != "PRON":
            hit.claimant = name_of(ctx, teller)  # (the one who tells of it, not the outlet)
        hits.append(hit)
    return hits


# Verbs that tell of an event named by their "of" phrase: "spoke of the death".
_TELLING_OF_VERBS = frozenset({"tell", "speak", "talk", "write"})
_ORDINALS = frozenset({"second", "third", "fourth", "fifth", "latest", "last", "previous"})
_ACTS = frozenset({"accept", "mourn"})
_WELCOMES = frozenset({"welcome", "condemn", "acknowledge"})
# a singular noun of these events is one person's ("the death"); "the release" may be several
_ONE_PERSON_EVENTS = frozenset({"killed", "wounded", "resigned"})


def _parenthesis_after(noun: Token) -> set[int]:
    """ "The second kidnapping, in 1991, lasted ...": the commas' phrase right after the
    noun is its own (the parser hangs it on the verb)."""
    doc = noun.doc
    if noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
        return set()
    out: set[int] = set()
    for t in doc[noun.i + 2 : noun.i + 8]:
        if t.text == ",":
            return out
        if t.pos_ in {"VERB", "AUX"}:
            return set()
        out.add(t.i)
    return set()


def _latest_subjects(ctx: ClaimContext, sent: Span, predicate: str, noun: str = "") -> list[Token]:
    """A mention of each person of the latest affirmed claims of ``predicate`` (those of
    one sentence) within the six sentences before ``sent``. A forced removal ("the ouster",
    "the dismissal") is none of the posts handed over ("X handed over to his deputy, Y")."""
    earliest = ctx.sents[max(0, ctx.sent_of[sent.start] - 6)].start_char
    previous = [
        c
        for c in ctx.claims
        if c.predicate == predicate
        and earliest <= c.start < sent.start_char
        and not (noun in _FORCED_REMOVALS and _handed_over(ctx, c))
    ]
    if not previous or previous[-1].polarity != "affirmed":
        return []
    last_sent = ctx.sent_of.get(_token_at(ctx, previous[-1].start).i)
    tokens: list[Token] = []
    seen: set[str] = set()
    for c in previous:
        if ctx.sent_of.get(_token_at(ctx, c.start).i) != last_sent or c.polarity != "affirmed":
            continue
        if c.subject_id is None or c.subject_id in seen:
            continue
        seen.add(c.subject_id)
        entity = next((e for e in ctx.entities if e.entity_id == c.subject_id), None)
        tok = author_token(ctx, entity)
        if tok is not None:
            tokens.append(tok)
    return tokens


# Nouns of a removal against the holder's will, which a handover of the post is not.
_FORCED_REMOVALS = frozenset({"ouster", "removal", "dismissal", "sacking", "overthrow"})
_HANDING_OVER = frozenset({"hand", "pass", "transfer", "cede", "entrust"})


def _handed_over(ctx: ClaimContext, claim: Claim) -> bool:
    """The claim's words hold a verb of handing over ("X, handed over to his deputy")."""
    span = ctx.doc.char_span(claim.start, claim.end, alignment_mode="expand")
    return span is not None and any(t.lemma_.lower() in _HANDING_OVER for t in span)


def _token_at(ctx: ClaimContext, char: int) -> Token:
    span = ctx.doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else ctx.doc[0]


# What "contrary to" sets a statement against: "contrary to reports / the posts / the lies".
_CONTRARY_NOUNS = frozenset(
    {*lx.NOMINAL_SOURCES, "post", "posts", "lie", "lies", "claim", "rumor", "rumour", "allegation"}
)
_ALIVE_PREDICATES = frozenset({"alive"})


def contrary_denials(ctx: ClaimContext, sent: Span, hits: list[Hit]) -> list[Hit]:
    """ "X is alive, contrary to reports that he was killed": whoever says X is alive denies
    what the reports claim (the reports' own claim is read by the source chain); "Contrary
    to reports, X is alive" leaves the reports' claim unsaid, and a claim that someone is
    alive set against reports can only deny that they died."""
    out: list[Hit] = []
    for tok in lemma_tokens(ctx, sent, frozenset({"contrary"})):
        to = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        noun = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
        if (
            noun is None
            or noun.lemma_.lower() not in _CONTRARY_NOUNS
            and noun.lower_ not in _CONTRARY_NOUNS
        ):
            continue
        main = tok.head
        inside = {t.i for t in noun.subtree}
        content = [h for h in hits if h.anchor.i in inside and not h.polarity_neg]
        if not content:
            # "Contrary to the posts, X is alive": the posts said X was dead
            content = [
                Hit("killed", h.anchor, h.subjects)
                for h in hits
                if h.predicate in _ALIVE_PREDICATES
                and h.anchor.i not in inside
                and (h.anchor.i == main.i or h.anchor.head.i == main.i)
            ]
        for h in content:
            denial = Hit(h.predicate, main, list(h.subjects), {main.i}, polarity_neg=True)
            denial.certainty = "denied"
            denial.event = (None, None, None)
            out.append(denial)
    return out


def far_from_denials(ctx: ClaimContext, sent: Span) -> list[Hit]:
    """ "Far from being dead, X gave an interview": the writer (or speaker) says X is not
    dead; the subject is the main clause's."""
    out: list[Hit] = []
    for far in lemma_tokens(ctx, sent, frozenset({"far"})):
        frm = next((c for c in far.children if c.dep_ == "prep" and c.lower_ == "from"), None)
        being = next((c for c in frm.children if c.dep_ == "pcomp"), None) if frm else None
        if being is None or being.lemma_.lower() != "be":
            continue
        state = next(
            (
                c
                for c in being.children
                if c.dep_ in {"acomp", "attr"} and c.lower_ in {"dead", "killed"}
            ),
            None,
        )
        subjects = subject_of(far.head) if state is not None else []
        if state is None or not subjects:
            continue
        out.append(Hit("killed", state, subjects, {state.i, being.i}, polarity_neg=True))
    return out


# Verbs that name what their object is: "called the reports fabricated", "described the
# claim as baseless", "branded the account a lie".
_CALLING_VERBS = frozenset({"call", "describe", "label", "brand", "term"})
_FALSEHOOD_NOUNS = lx.FALSEHOOD_NOUNS


def _false_word(tok: Token) -> bool:
    return tok.lower_ in lx.FALSE_WORDS or tok.lemma_.lower() in _FALSEHOOD_NOUNS


def _called_false(verb: Token) -> Token | None:
    """What the verb names false: its object when an object predicate or an "as" phrase
    says so ("called the reports fabricated", "described the claims as baseless / lies")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    for c in verb.children:
        if c.dep_ in {"oprd", "xcomp", "acomp", "ccomp"} and _false_word(c):
            return obj
        if (
            c.dep_ == "prep"
            and c.lower_ == "as"
            and any(
                _false_word(p) or any(a.dep_ == "amod" and _false_word(a) for a in p.children)
                for p in c.children
            )
        ):
            return obj
    return None


def _dismissed_as_false(verb: Token) -> Token | None:
    """ "dismissed as false reports that P": the reports under "as" (the parser takes the
    heavy object for the object of "as")."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "as":
            for p in c.children:
                if (
                    p.dep_ == "pobj"
                    and p.lower_ in lx.NOMINAL_SOURCES | {"claims", "allegations", "rumours"}
                    and any(a.dep_ == "amod" and _false_word(a) for a in p.children)
                ):
                    return p
    return None


def called_false_denials(ctx: ClaimContext, sent: Span, hits: list[Hit]) -> list[Hit]:
    """ "X called the reports of her death fabricated", "The group dismissed as false reports
    that its commander had been killed": X / the group denies what the reports claim (the
    reports' own claim stays as the source chain reads it)."""
    out: list[Hit] = []
    for verb in lemma_tokens(ctx, sent, _CALLING_VERBS | {"dismiss", "reject"}):
        if verb.pos_ != "VERB" or has_neg(verb):
            continue
        named = (
            _called_false(verb)
            if verb.lemma_.lower() in _CALLING_VERBS
            else _dismissed_as_false(verb)
        )
        if named is None:
            continue
        inside = {t.i for t in named.subtree}
        denier = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        named_claims = [
            (h.predicate, list(h.subjects))
            for h in hits
            if h.anchor.i in inside and not h.polarity_neg
        ]
        if not named_claims and _takes_up_a_claim(named):
            named_claims = _claims_taken_up(ctx, sent, verb, hits)
        for predicate, subjects in named_claims:
            denial = Hit(predicate, verb, subjects, {verb.i}, polarity_neg=True)
            denial.certainty = "denied"
            denial.event = (None, None, None)
            if denier is not None:
                denial.claimant = name_of(ctx, denier)
            out.append(denial)
    return out + _falsely_reported_denials(ctx, sent, hits)


# Reporting verbs a writer can call false by an adverb: "falsely reported that X had died".
_FALSELY_TOLD_VERBS = frozenset(
    {"report", "claim", "announce", "say", "state", "declare", "write", "post", "allege"}
)
# Adverbs by which the writer says what the verb reports is false.
_FALSITY_ADVERBS = frozenset({"falsely", "wrongly", "erroneously", "mistakenly", "incorrectly"})


def _falsely_reported_denials(ctx: ClaimContext, sent: Span, hits: list[Hit]) -> list[Hit]:
    """ "Several websites falsely reported that X had died", "an account claimed, wrongly,
    that X had been arrested", "wrongly announced the death of X": the reporter's claim stays
    (the source chain reads it), and the writer who calls it false denies it, as a correction
    notice does (the README: the earlier version's claim and the outlet's negated one)."""
    out: list[Hit] = []
    for verb in lemma_tokens(ctx, sent, _FALSELY_TOLD_VERBS):
        if not any(
            c.dep_ == "advmod" and c.lower_ in _FALSITY_ADVERBS for c in verb.children
        ) or has_neg(verb):
            continue
        told = [c for c in verb.children if c.dep_ in {"ccomp", "dobj"} and c.i > verb.i]
        # "an account that claimed, wrongly, that X had been arrested": the parser hangs the
        # "that" clause after the adverb on the noun the relative clause describes
        told += [
            c
            for c in verb.head.children
            if c.dep_ in {"relcl", "ccomp"}
            and c.i > verb.i
            and c != verb
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ]
        inside = {t.i for c in told for t in c.subtree}
        for h in hits:
            if h.anchor.i in inside and not h.polarity_neg and h.certainty != "denied":
                denial = Hit(h.predicate, verb, list(h.subjects), {verb.i}, polarity_neg=True)
                denial.certainty = "denied"
                denial.event = (None, None, None)
                denial.claimant = (ctx.outlet, None, False) if ctx.outlet else None
                out.append(denial)
    return out


def _takes_up_a_claim(named: Token) -> bool:
    """ "called them lies", "called the army's statement a lie": a pronoun or a bare claim
    noun (no content clause of its own) that takes up a claim already told."""
    if named.lower_ in _CLAIM_PRONOUNS:
        return True
    return named.lemma_.lower() in _CLAIM_NOUNS | {"statement", "announcement"} and not any(
        c.dep_ in {"acl", "relcl", "prep"} for c in named.children
    )


def _claims_taken_up(
    ctx: ClaimContext, sent: Span, verb: Token, hits: list[Hit]
) -> list[tuple[str, list[Token]]]:
    """What a pronoun or bare claim noun after a calling verb takes up: the affirmed claims
    told earlier in the same sentence ("Rumours that X had died circulated in May; his
    party called them lies"), else the latest claim before it."""
    before = [
        (h.predicate, list(h.subjects))
        for h in hits
        if h.anchor.i < verb.i and not h.polarity_neg and h.certainty != "denied"
    ]
    if before:
        return before
    last = latest_claim(ctx, sent)
    if last is None:
        return []
    last = _reported_event(ctx, last)
    subjects = _subjects_alongside(ctx, last)
    return [(last.predicate, subjects)] if subjects else []
