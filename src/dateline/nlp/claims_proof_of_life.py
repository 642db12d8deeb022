"""Proof-of-life bounds (DESIGN.md, "Dating"): a message whose speaker mentions a dated
event ("the sanctions of August 1"), or a picture of the person holding a newspaper dated D,
gives an ``alive`` claim no earlier than that date, on the word of whoever released it."""

from __future__ import annotations

import bisect
from datetime import date

from spacy.tokens import Span, Token

from dateline.nlp import claims_lexicon as lx
from dateline.nlp.attribution_index import tables_of
from dateline.nlp.claims_context import (
    ClaimContext,
    Hit,
    cue_tokens,
    lemma_tokens,
)
from dateline.nlp.claims_grammar import subject_of
from dateline.nlp.claims_messages import author_token, timex_under
from dateline.nlp.claims_sources import name_of
from dateline.nlp.claims_time import interval_of, is_point
from dateline.nlp.entities import PERSON_NOUNS, entity_at
from dateline.records import Entity, TimeExpression


def dated_paper_hits(ctx: ClaimContext, sent: Span) -> list[Hit]:
    """ "She holds a copy of a newspaper dated June 14", "holding a newspaper from July 5":
    the picture was made no earlier than the paper's date (the classic proof of life of
    hostage videos)."""
    hits = []
    papers: list[tuple[Token, date | None, bool]] = []
    for dated in cue_tokens(ctx, sent, "dated") + _paper_dates(ctx, sent):
        if dated.head.lemma_.lower() not in lx.DATED_OBJECTS:
            continue
        tx = timex_under(ctx, dated)
        if tx is None:
            continue
        papers.append((dated.head, tx.earliest or interval_of(tx.value)[0], False))
    papers += [(paper, day, True) for paper, day in _papers_of_a_day(ctx, sent)]
    for paper, earliest, of_a_day in papers:
        tok = paper
        while tok.dep_ in {"pobj", "prep"} or tok.dep_ == "dobj" and tok.head.pos_ == "NOUN":
            tok = tok.head  # "a copy of a newspaper"
        verb = tok.head if tok.dep_ == "dobj" else None
        if verb is None or verb.lemma_.lower() not in lx.DISPLAY_VERBS:
            continue
        if earliest is None or ctx.published and earliest > ctx.published:
            continue
        basis = f"shown with {paper.text} dated {earliest.isoformat()}"
        holder = _shown_holder(verb) if of_a_day else _holder(verb)
        if holder:
            hits.append(_message_life_hit(ctx, verb, holder, earliest, basis))
    return hits


_PAPERS = lx.DATED_OBJECTS - {"copy"}


def _paper_dates(ctx: ClaimContext, sent: Span) -> list[Token]:
    """The "from" / "of" phrase that dates a newspaper: "a newspaper from July 5", "the
    paper of 12 March" (read like "dated")."""
    return [
        c
        for tok in lemma_tokens(ctx, sent, _PAPERS)
        for c in tok.children
        if c.dep_ == "prep"
        and c.lower_ in {"from", "of"}
        and any(p.dep_ == "pobj" and p.ent_type_ == "DATE" for p in c.children)
    ]


def _papers_of_a_day(ctx: ClaimContext, sent: Span) -> list[tuple[Token, date | None]]:
    """A newspaper dated by a possessive day: "holding Sunday's newspaper" (that Sunday),
    "holding that day's newspaper" / "the same day's paper" (the day the sentence gives the
    picture: "posted a photograph on Sunday of X holding that day's newspaper")."""
    out: list[tuple[Token, date | None]] = []
    for paper in lemma_tokens(ctx, sent, _PAPERS):
        for poss in (c for c in paper.children if c.dep_ == "poss"):
            if (tx := timex_under(ctx, poss)) is not None:
                out.append((paper, tx.earliest or interval_of(tx.value)[0]))
            elif poss.lower_ == "day" and any(d.lower_ in {"that", "same"} for d in poss.children):
                days = [
                    tx
                    for tx in ctx.timexes
                    if sent.start_char <= tx.start
                    and tx.end <= poss.idx
                    and is_point(tx.value)
                    and len(tx.value or "") >= 10
                ]
                if days:
                    out.append((paper, days[-1].earliest or interval_of(days[-1].value)[0]))
    return out


# Verbs by which a picture shows someone: "appears to show X ... holding a newspaper".
_SHOWING_VERBS = frozenset({"show", "depict", "feature", "picture", "film", "photograph"})


def _holder(verb: Token) -> list[Token]:
    """Who holds the paper: the verb's own subject ("She holds a copy"), or the person the
    picture shows ("A photograph appears to show X sitting on a mat and holding a copy",
    "a video of X holding a newspaper"), not the picture itself."""
    subjects = [s for s in subject_of(verb) if s.lemma_.lower() not in _PICTURES]
    if subjects:
        return subjects
    tok = verb
    for _ in range(4):
        if tok.dep_ == "acl" and tok.head.pos_ in {"PROPN", "PRON"}:
            return [tok.head]  # "X holding a newspaper" (X's participle)
        if tok.dep_ not in {"conj", "advcl", "xcomp", "acl", "ccomp"} or tok.head is tok:
            break
        tok = tok.head
        if tok.lemma_.lower() in _SHOWING_VERBS:
            shown = [c for c in tok.children if c.dep_ == "dobj"]
            # "shows him seated in front of a sheet, holding a copy": the parser makes
            # "him" the subject of a small clause under "shows"
            shown += [
                s
                for c in tok.children
                if c.dep_ in {"ccomp", "xcomp"}
                for s in c.children
                if s.dep_ in {"nsubj", "nsubjpass"} and s.pos_ in {"PRON", "PROPN"}
            ]
            return shown
    return []


def _shown_holder(verb: Token) -> list[Token]:
    """The person a picture shows holding the paper, by the participle's own noun only: "a
    photograph of the general sitting in a garden holding that day's newspaper", "a photo
    of Felix Auer holding Sunday's paper" (the parser makes the name a compound of the
    participle), or the verb's own subject ("in which X holds up the previous day's paper");
    never the one who posted the picture."""
    own = [c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() not in _PICTURES]
    if own:
        return own
    tok = verb
    for _ in range(4):
        if tok.dep_ == "acl" and (
            tok.head.pos_ in {"PROPN", "PRON"} or tok.head.lemma_.lower() in PERSON_NOUNS
        ):
            return [tok.head]
        if tok.dep_ == "pobj" and tok.tag_ == "VBG":
            named = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            return named[-1:]
        if tok.dep_ not in {"conj", "advcl", "xcomp"} or tok.head is tok:
            break
        tok = tok.head
        # "posted a photograph on Sunday of Felix Auer holding ...": the participle hangs on
        # the posting verb; the one shown is the object of the picture's "of"
        shown = [
            p
            for pic in tok.children
            if pic.dep_ == "dobj" and pic.lemma_.lower() in _PICTURES
            for prep in pic.subtree  # ("a photo on Monday of X": "of" hangs on the day)
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for p in prep.children
            if p.dep_ == "pobj"
        ]
        if shown:
            return shown
    return []


# Pictures and recordings: what shows a person is not the person holding the paper.
_PICTURES = lx.IMAGE_NOUNS | lx.MESSAGE_NOUNS | {"photo", "picture", "image", "video"}


def _message_life_hit(
    ctx: ClaimContext, verb: Token, subjects: list[Token], earliest: date, basis: str
) -> Hit:
    """A message or picture dated by what it shows: its subject was alive no earlier than
    ``earliest``, on the word of whoever put the message out (reported)."""
    hit = Hit("alive", verb, subjects, {verb.i})
    hit.certainty = "reported"
    hit.basis = basis
    hit.event = (None, earliest, ctx.published)
    # who put out the picture, named in the sentence ("A video released by the kidnappers
    # shows him holding ..."); else who released the document's message
    source = ctx.message_claimant
    hit.claimant = (
        _picture_releaser(ctx, verb)
        or ((source.name, source.entity_id, source.anonymous) if source else None)
        or _earlier_releaser(ctx, verb)
    )
    return hit


def _earlier_releaser(ctx: ClaimContext, verb: Token) -> tuple[str, str | None, bool] | None:
    """Who put out the message told last before ``verb``, by the agent of its release
    participle: "A video released on Thursday by the X group shows him ... He mentions the
    floods of May 2" (the group vouches for what its video shows)."""
    found = ctx.cues["message"]
    for i in reversed(found[: bisect.bisect_left(found, verb.i)]):
        noun = ctx.doc[i]
        if noun.pos_ != "NOUN":
            continue
        for acl in (c for c in noun.children if c.dep_ == "acl"):
            if acl.lemma_.lower() not in lx.RELEASE_VERBS:
                continue
            for agent in (c for c in acl.children if c.dep_ == "agent"):
                for p in (p for p in agent.children if p.dep_ == "pobj"):
                    if entity_at(ctx.doc, p.idx, p.idx + len(p)) is not None:
                        return name_of(ctx, p)
        if any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in noun.children):
            continue  # "appears thin in the video": the one told before
        return None  # (only the last message told)
    return None


def _picture_releaser(ctx: ClaimContext, verb: Token) -> tuple[str, str | None, bool] | None:
    """Who put out the picture the holding is seen in: "A video released by the kidnappers
    of X shows him holding a newspaper" (the agent of the picture's "released / posted")."""
    tok = verb
    for _ in range(4):
        if tok.lemma_.lower() in _SHOWING_VERBS:
            break
        if tok.head is tok:
            return None
        tok = tok.head
    else:
        return None
    for picture in (c for c in tok.children if c.dep_ == "nsubj" and c.lemma_.lower() in _PICTURES):
        for acl in (c for c in picture.children if c.dep_ == "acl"):
            if acl.lemma_.lower() not in lx.RELEASE_VERBS:
                continue
            for agent in (c for c in acl.children if c.dep_ == "agent"):
                for p in (p for p in agent.children if p.dep_ == "pobj"):
                    if p.pos_ == "PROPN":
                        return name_of(ctx, p)
                    # "the kidnappers of the engineer X": the captors, not X
                    words = ctx.doc[p.left_edge.i : p.i + 1]
                    return (words.text, None, False)
    return None


def proof_of_life_hits(ctx: ClaimContext, sent: Span) -> list[Hit]:
    """What the message's speaker mentions with a date bounds when the message was made."""
    hits: list[Hit] = []
    for verb in cue_tokens(ctx, sent, "mention"):
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        if verb.lemma_.lower() == "make" and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in {"reference", "mention"} for c in verb.children
        ):
            continue
        # "X appeared in a video on Monday, in which he mentions ...": X is its speaker (the
        # assembly learns it only after this sentence)
        author = _appearing_author(ctx, verb) or ctx.message_author
        # (the author named in this very sentence counts: "a voice note in which she says ...")
        if author is None or not author.mentions or sent.end_char <= author.mentions[0].start:
            continue
        subj = _speaking_subject(verb)
        if subj is None or not _is_message_speaker(ctx, subj, author):
            continue
        for tx in ctx.timexes:
            if not (verb.sent.start_char <= tx.start < verb.sent.end_char) or not is_point(
                tx.value
            ):
                continue
            if not _mentioned_not_adverbial(ctx, verb, tx):
                continue
            earliest = tx.earliest or interval_of(tx.value)[0]
            if earliest is None or ctx.published and earliest > ctx.published:
                continue
            if any(h.event and h.event[1] == earliest for h in hits):
                continue  # "she says she is tired and mentions the storm of May 2": once
            what = _mentioned_phrase(ctx, verb, tx)
            author_tok = author_token(ctx, author)
            if author_tok is None:
                continue
            basis = f"message mentions {what} ({earliest.isoformat()})"
            hits.append(_message_life_hit(ctx, verb, [author_tok], earliest, basis))
    return hits


def _in_which(verb: Token) -> bool:
    """The verb heads an "in which" clause: what a message holds."""
    tables = tables_of(verb.doc)  # (from the tables: a Token per child cost more)
    dep, lower, children = tables.dep, tables.lower, tables.children
    return any(
        dep[c] == "prep" and lower[c] == "in" and any(lower[w] == "which" for w in children[c])
        for c in children[verb.i]
    )


def _appearing_author(ctx: ClaimContext, verb: Token) -> Entity | None:
    """The one who "appeared in a video / was seen in a video ..., in which he ...": the
    subject of the verb the "in which" clause hangs on, when that verb has a medium."""
    if not _in_which(verb) or verb.dep_ not in {"relcl", "advcl"}:
        return None
    head = verb.head
    if head.lemma_.lower() not in {"appear", "see", "feature"} or not any(
        p.dep_ == "pobj" and p.lemma_.lower() in _PICTURES
        for c in head.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for p in c.children
    ):
        return None
    for subj in (c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}):
        ent = entity_at(ctx.doc, subj.idx, subj.idx + len(subj))
        if ent is not None and ent.kind == "person":
            return ent
    return None


def _mentioned_not_adverbial(ctx: ClaimContext, verb: Token, tx: TimeExpression) -> bool:
    """The date belongs to what is mentioned, not to when the mentioning happened."""
    span = ctx.doc.char_span(tx.start, tx.end, alignment_mode="expand")
    if span is None:
        return False
    tok, steps = span.root, 0
    while tok.head != tok and tok.head != verb:
        tok, steps = tok.head, steps + 1
        if tok.pos_ in {"VERB", "AUX"} and any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in lx.MESSAGE_NOUNS
            for c in tok.children
        ):
            return False  # "..., which suggests the recording was made in December": its making
    if tok.head != verb:
        return False
    if verb.tag_ == "VBZ" and any(c.dep_ == "dobj" for c in verb.children) or _in_which(verb):
        # "He mentions the death of a singer on May 30": the present of a message's content
        # tells no time of its own; the parser's "on" belongs to the event mentioned
        return True
    return not (
        steps <= 1
        and tok.dep_ in {"prep", "npadvmod", "pobj"}
        and tok.lower_ in {"in", "on", "at", "during"} | {span.root.lower_}
    )


def _speaking_subject(verb: Token) -> Token | None:
    """Who does the mentioning: the verb's own subject; a coordinated verb's, from the
    first verb ("says she is tired and mentions the storm of May 2"); for a participle on a
    message noun, the message itself ("reads a statement praising the attack of May 2")."""
    tok = verb
    for _ in range(4):
        subj = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None and tok is not verb and verb.tag_ == "VBZ" and subj.tag_ == "NNS":
            # "a voice that analysts say is his mocks X and refers to Y": "refers" does not
            # agree with "analysts"; the parser hung it on the relative clause of its subject
            return tok.head if tok.dep_ == "relcl" else None
        if subj is not None:
            return subj
        if tok.dep_ == "acl" and tok.head.lemma_.lower() in lx.MESSAGE_NOUNS:
            return tok.head
        if tok.dep_ != "conj" or tok.head is tok:
            return None
        tok = tok.head
    return None


def _is_message_speaker(ctx: ClaimContext, subj: Token, author: Entity) -> bool:
    ent = entity_at(ctx.doc, subj.idx, subj.idx + len(subj))
    if ent is not None:
        return ent.entity_id == author.entity_id
    if subj.lemma_.lower() in lx.MESSAGE_NOUNS:
        return True
    if subj.lower_ == "voice":
        return True  # "a voice that experts say is his refers to ...": the one heard
    return subj.lower_ in lx.MESSAGE_SPEAKER_NOUNS and any(c.lower_ == "the" for c in subj.children)


def _mentioned_phrase(ctx: ClaimContext, verb: Token, tx: TimeExpression) -> str:
    span = ctx.doc.char_span(tx.start, tx.end, alignment_mode="expand")
    tok = span.root if span is not None else verb
    while (
        tok.head != tok
        and tok.head != verb
        and not (tok.pos_ == "NOUN" and tok.dep_ in {"pobj", "dobj"} and tok.head.head == verb)
    ):
        tok = tok.head
    phrase = ctx.doc[tok.left_edge.i : tok.right_edge.i + 1].text
    return phrase if len(phrase) < 160 else tx.text
