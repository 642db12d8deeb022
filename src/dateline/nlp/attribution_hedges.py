"""Passes 4 and 5: statements the narration distances itself from.

Unattributed hedges (``It is believed P``, ``it was reported P``, ``X is thought to ...``)
have no speaker. Negated confirmation (``CNN cannot independently confirm P``, ``We could
not verify P``, ``The video could not be verified``) marks P unconfirmed; its speaker is
the outlet when the narration names itself, and nobody when the text names no one.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.nlp.attribution_candidates import Candidate, covered
from dateline.nlp.attribution_cues import HEDGE_PASSIVES
from dateline.nlp.attribution_grammar import content_span, is_negated, sentence_frame, strip_span
from dateline.nlp.attribution_index import doc_dateline, doc_index
from dateline.nlp.attribution_quotes import find_dateline
from dateline.nlp.attribution_speakers import speaker_mention
from dateline.nlp.certainty import CONFIRMATION_VERBS
from dateline.records import Speaker, StatementKind


def unattributed_hedges(
    doc: Doc, in_quote: list[bool], existing: list[Candidate]
) -> list[Candidate]:
    """``It is believed P`` / ``it was reported P`` / ``He is thought to have fled``."""
    found: list[Candidate] = []
    tables = doc_index(doc)
    for i in tables.where(tables.lemma, HEDGE_PASSIVES):
        if in_quote[i] or tables.tag[i] != "VBN":
            continue
        verb = doc[i]
        lemma = tables.lemma[i]
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subject is None or any(c.dep_ == "agent" for c in verb.children):
            continue
        if subject.lower_ == "it":
            comp = next((c for c in verb.children if c.dep_ == "ccomp"), None)
            if comp is None:
                continue
            left, right = content_span(verb, comp)
        else:
            comp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
            if comp is None or not any(c.lower_ == "to" for c in comp.children):
                continue
            left, right = subject.left_edge.i, comp.right_edge.i + 1
        span = strip_span(doc, left, right)
        if span is None or len(span) < 2:
            continue
        if covered(span.start_char, span.end_char, existing):
            continue
        found.append(
            Candidate(
                span.start_char,
                span.end_char,
                "unattributed",
                lemma,
                None,
                frame=sentence_frame(verb.sent),
                cue_token=verb.i,
            )
        )
    return found


def outlet_of(doc: Doc, *, text: str | None = None) -> str | None:
    """The outlet speaking in narration: ``doc._.outlet`` if set, else a ``(CNN) —`` dateline.

    Pass ``text`` (``doc.text``) when the caller already has it: spaCy rebuilds it on each
    access.
    """
    if Doc.has_extension("outlet") and doc._.outlet:
        return str(doc._.outlet)
    dateline = find_dateline(text) if text is not None else doc_dateline(doc)
    return dateline.outlet if dateline is not None else None


def _outlet_self_reference(subject: Token) -> bool:
    """ "we", "this newspaper", "this station": the outlet referring to itself in narration."""
    if subject.lower_ == "we":
        return True
    return any(c.lower_ == "this" for c in subject.children) and subject.lemma_.lower() in {
        "newspaper",
        "paper",
        "station",
        "network",
        "agency",
        "publication",
        "site",
        "channel",
        "programme",
        "program",
        "magazine",
        "broadcaster",
        "outlet",
        "reporter",
        "correspondent",
    }


def negated_confirmations(
    doc: Doc, in_quote: list[bool], existing: list[Candidate], *, outlet: str | None
) -> list[Candidate]:
    """``CNN cannot independently confirm P`` / ``The video could not be verified``."""
    found: list[Candidate] = []
    tables = doc_index(doc)
    for i in tables.where(tables.lemma, CONFIRMATION_VERBS):
        verb = doc[i]
        if in_quote[i] or not is_negated(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None and verb.dep_ == "xcomp":
            # "X was unable to verify P": the subject sits on the copula above "unable".
            holder = verb.head.head if verb.head.dep_ == "acomp" else verb.head
            subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        if subject.dep_ == "nsubjpass":
            span = strip_span(doc, subject.left_edge.i, subject.right_edge.i + 1)
            mention = None
        else:
            rights = [
                c for c in verb.children if c.i > verb.i and c.dep_ not in {"punct", "advmod"}
            ]
            if not rights:
                continue
            span = strip_span(doc, rights[0].left_edge.i, max(c.right_edge.i for c in rights) + 1)
            mention = speaker_mention(subject)
        if span is None:
            continue
        if covered(span.start_char, span.end_char, existing):
            continue
        # "The video could not be verified": the text names no one, so no speaker is invented
        # (the outlet, see outlet_of(), is the natural reading; the claims stage may use it).
        # "We could not verify P" / "This newspaper could not confirm P" in narration is the
        # outlet speaking in the first person: name it when the dateline gives it.
        fixed = None
        if mention is not None and outlet and _outlet_self_reference(subject):
            words = doc[mention.start : mention.end]
            fixed = Speaker(
                text=words.text, name=outlet, start=words.start_char, end=words.end_char
            )
            mention = None
        kind: StatementKind = "indirect" if mention is not None or fixed else "unattributed"
        found.append(
            Candidate(
                span.start_char,
                span.end_char,
                kind,
                verb.lemma_.lower(),
                mention,
                negated=True,
                certainty="unconfirmed",
                fixed_speaker=fixed,
                frame=sentence_frame(verb.sent),
                cue_token=verb.i,
            )
        )
    return found
