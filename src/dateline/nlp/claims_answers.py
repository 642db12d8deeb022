"""Question-and-answer turns of a printed interview, settled by the answer.

An interviewer's yes/no question claims nothing ("Q: Was he arrested?"); the answer turns it
into the interviewee's claim: "A: Yes." affirms it, "A: No." states it negated, "A: That is
not true." denies it. A question that puts a claim instead of asking ("Q: The army says he
surrendered.") is a claim of its own (read as any sentence); an answer opening with "That
is a lie" / "That is not true" denies it. The claimant is the interviewee
(:func:`claims_assembly.interviewee`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span

from dateline.nlp import claims_lexicon as lx
from dateline.nlp.claims_context import ClaimContext, Hit, interview_turns
from dateline.nlp.claims_messages import author_token
from dateline.nlp.claims_sources import path_reading, turn_speaker
from dateline.nlp.claims_time import event_value, interval_of
from dateline.nlp.claims_timeplace import attached_timex
from dateline.records import Certainty, Claim, TimeExpression

# A transcript's turn label: "Q:", "A:", "MARCHENKO:", "RUIZ (in Culiacan):"
_LABEL_RE = re.compile(
    r"\s*(?:[A-Z][A-Za-z'\-]*(?: [A-Z][A-Z'\-]+){0,3})(?: \([^)\n]{1,40}\))?:\s+"
)
_YES_RE = re.compile(
    r"(?:yes|yeah|yep|of course|certainly|absolutely|correct|that's right|that is right"
    r"|that is correct|that's correct|that's true|that is true)\b(?!\s+not\b)",
    re.IGNORECASE,
)
# "No." / "No, he ..." / "Never." ("No one ...", "Nobody ..." are subjects, not replies)
_NO_RE = re.compile(
    r"(?:no|nope|never|not at all|absolutely not|certainly not)\b(?![\s-]+(?:one|longer|doubt|"
    r"comment|idea)\b)",
    re.IGNORECASE,
)
_FALSE_RE = re.compile(
    r"(?:that|this|it)(?: is|'s|’s| was)(?: simply| completely| absolutely| just)?"
    r" (?:not true|untrue|false|a lie|lies|wrong|incorrect|nonsense|rubbish|fake|fabricated)\b",
    re.IGNORECASE,
)


def _unlabelled(text: str) -> str:
    found = _LABEL_RE.match(text)
    return text[found.end() :] if found else text.lstrip()


def _turn_index(ctx: ClaimContext, pos: int) -> int | None:
    """The number of the interview turn holding character ``pos`` (a line or paragraph)."""
    turns = interview_turns(ctx)
    return next((n for n, t in enumerate(turns) if t.start <= pos < t.end), None)


def _replier(ctx: ClaimContext, pos: int, ahead: int) -> tuple[str, str | None, bool] | None:
    """Who speaks the turn ``ahead`` turns after the one holding ``pos`` (a transcript's
    labelled speaker, a Q&A's interviewee)."""
    n = _turn_index(ctx, pos)
    turns = interview_turns(ctx)
    if n is None or n + ahead >= len(turns):
        return None
    person = turn_speaker(ctx, turns[n + ahead])
    return (person.name, person.entity_id, False) if person is not None else None


def _answer_fragment(ctx: ClaimContext, sent: Span) -> Span | None:
    """The first sentence of the answer to the question ``sent`` when it is a fragment with
    no verb of its own ("Yes, on Tuesday, for four hours." / "Mostly in a hut in the
    forest."); None for a full sentence or no answer."""
    turns = interview_turns(ctx)
    n = _turn_index(ctx, sent.start_char)
    if n is None or not turns[n].asks or n + 1 >= len(turns) or turns[n + 1].asks:
        return None
    start = turns[n + 1].start
    first = re.match(r"[^.!?]*", ctx.text[start : turns[n + 1].end])
    end = start + (first.end() if first else 0)
    fragment = ctx.doc.char_span(start, end, alignment_mode="contract")
    if not fragment or any(t.pos_ in {"VERB", "AUX"} for t in fragment):
        return None  # "Yes, I was questioned on Tuesday": the answer's own claim
    return fragment


def _answer_time(ctx: ClaimContext, sent: Span) -> TimeExpression | None:
    """ "Have you been questioned? / Yes, on Tuesday, for four hours.": the time an answer's
    verbless first sentence gives dates what the question asked about (its last date: "On a
    Tuesday in August last year" is August of last year)."""
    fragment = _answer_fragment(ctx, sent)
    if fragment is None:
        return None
    dates = [
        tx
        for tx in ctx.timexes
        if fragment.start_char <= tx.start < fragment.end_char
        and tx.type in {"DATE", "TIME"}
        and interval_of(tx.value)[0]
    ]
    return dates[-1] if dates else None


_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "inside", "outside"})


def wh_answer_hits(
    ctx: ClaimContext,
    sent: Span,
    hits_of: Callable[[Span], list[Hit]],
    claimant: tuple[str, str | None, bool],
) -> list[Hit]:
    """A "where" question answered by a fragment: "Where were you kept? / Mostly in a hut in
    the forest." says where the one asked about was (``located_in`` of the question's
    subject, the interviewee's claim). (A "when" question's event is told again in the
    answer's own sentences, so it is left to them.)"""
    words = [t for t in sent if not t.is_space]
    colon = next((n for n, t in enumerate(words[:6]) if t.text == ":"), None)
    if colon is not None and all(t.text.isupper() for t in words[:colon]):
        words = words[colon + 1 :]  # "QUESTION: Where were you held?"
    first = next((t for t in words if not t.is_punct), None)
    if first is None or first.lower_ != "where":
        return []
    fragment = _answer_fragment(ctx, sent)
    if fragment is None:
        return []
    claimant = _replier(ctx, sent.start_char, 1) or claimant
    hits = hits_of(sent)
    place = next((t for t in fragment if t.lower_ in _PLACE_PREPOSITIONS), None)
    subjects = [s for h in hits for s in h.subjects] or [
        c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}
    ]
    if place is None or not subjects:
        return []
    # a question in the present ("Where is he now?") asks about the day of the interview
    present = sent.root.tag_ in {"VBZ", "VBP"} or any(
        c.tag_ in {"VBZ", "VBP"} for c in sent.root.children if c.dep_ in {"aux", "auxpass"}
    )
    today = (
        (ctx.published.isoformat(), ctx.published, ctx.published)
        if present and ctx.published
        else (None, None, None)
    )
    anchor = place.head if place.head.i in range(fragment.start, fragment.end) else place
    found = Hit("located_in", anchor, subjects[:1], {t.i for t in fragment}, claimant=claimant)
    found.event = today
    return [found]


def answer_reading(ctx: ClaimContext, sent: Span) -> tuple[bool, Certainty] | None:
    """How the answer after the question ``sent`` settles it: ``(negated, certainty)``, or
    None when ``sent`` ends no question of the interviewer, or the answer after it (the next
    turn: the next line or paragraph) opens with no yes, no or "that is not true"."""
    turns = interview_turns(ctx)
    n = _turn_index(ctx, sent.start_char)
    if n is None or not turns[n].asks or n + 1 >= len(turns) or turns[n + 1].asks:
        return None
    if ctx.text[sent.end_char : turns[n].end].strip():
        return None  # the answer follows the turn's last sentence
    reply = _unlabelled(ctx.text[turns[n + 1].start : turns[n + 1].end])
    if _FALSE_RE.match(reply):
        return True, "denied"
    if _NO_RE.match(reply):
        return True, "asserted"
    if _YES_RE.match(reply):
        return False, "asserted"
    return None


def answered_question_hits(
    ctx: ClaimContext,
    sent: Span,
    hits_of: Callable[[Span], list[Hit]],
    claimant: tuple[str, str | None, bool],
) -> list[Hit]:
    """The claims a yes/no question asks about, settled by the answer after it: "Q: Was he
    wounded? / A: No." is the interviewee's "he was not wounded"; a "when" / "where"
    question answered by a fragment (:func:`wh_answer_hits`)."""
    reading = answer_reading(ctx, sent)
    if reading is None:
        return wh_answer_hits(ctx, sent, hits_of, claimant)
    negated, certainty = reading
    claimant = _replier(ctx, sent.start_char, 1) or claimant
    when = None if negated else _answer_time(ctx, sent)
    hits = hits_of(sent)
    for hit in hits:
        if when is not None and attached_timex(ctx, sent, hit.clause) is None:
            hit.event = (event_value(when.value), *interval_of(when.value))
        hit.polarity_neg = hit.polarity_neg != negated
        hit.certainty = certainty
        hit.claimant = claimant
    return hits


# "Is that true?", "Is this correct?", "Was it so?": a question that only asks whether the
# claim put just before it holds
_TRUTH_QUESTION_RE = re.compile(
    r"(?:is|was|isn't|wasn't) (?:that|this|it) (?:really )?(?:true|right|correct|so)\?$", re.I
)


def _asks(put: str) -> bool:
    """Whether an interviewer's turn asks a question of its own (settled by
    answered_question_hits); a turn that puts a claim and then asks only whether it is true
    ("A newspaper reported that he was wounded. Is that true?") puts the claim."""
    put = put.rstrip()
    return put.endswith("?") and not _TRUTH_QUESTION_RE.search(put)


def put_claim_denials(
    ctx: ClaimContext, sent: Span, claimant: tuple[str, str | None, bool]
) -> list[Hit]:
    """ "Q: The army says your deputy surrendered. / A: That is a lie.": the answer's first
    sentence denies each affirmed claim the interviewer's turn before it put."""
    turns = interview_turns(ctx)
    n = _turn_index(ctx, sent.start_char)
    if n is None or n == 0 or turns[n].asks or not turns[n - 1].asks:
        return []
    answer, put = turns[n], turns[n - 1]
    claimant = _replier(ctx, sent.start_char, 0) or claimant
    if sent.start_char > answer.start + 4 or not _FALSE_RE.match(
        _unlabelled(ctx.text[answer.start : answer.end])
    ):
        return []
    if _asks(ctx.text[put.start : put.end]):
        return []  # a question asked is settled by answered_question_hits
    claims = [c for c in ctx.claims if put.start <= c.start < put.end and c.polarity == "affirmed"]
    return [hit for c in claims if (hit := _denial(ctx, sent, c, claimant)) is not None]


def put_claim_confirmations(
    ctx: ClaimContext, sent: Span, claimant: tuple[str, str | None, bool], told: list[Hit]
) -> list[Hit]:
    """ "Q: The army says it captured your intelligence chief in May. / A: That is correct,
    ...": an answer opening with a yes to a claim the interviewer's turn put (not a question
    asked) makes each affirmed claim of that turn the interviewee's too, with its time;
    not when the answer's first sentence tells the event again itself."""
    turns = interview_turns(ctx)
    n = _turn_index(ctx, sent.start_char)
    if n is None or n == 0 or turns[n].asks or not turns[n - 1].asks:
        return []
    answer, put = turns[n], turns[n - 1]
    reply = ctx.text[answer.start : answer.end]
    first = answer.start + len(reply) - len(_unlabelled(reply))  # the yes, after "A:"
    if not sent.start_char <= first < sent.end_char or not _YES_RE.match(_unlabelled(reply)):
        return []  # (the sentence that holds the yes: the parser may cut "A:" off alone)
    if _asks(ctx.text[put.start : put.end]):
        return []  # a question asked is settled by answered_question_hits
    if any(t.lemma_.lower() in lx.REPORTING_VERBS for t in sent if t.pos_ == "VERB"):
        return []  # "Yes, they announced it on state television": the saying, not the claim
    claimant = _replier(ctx, sent.start_char, 0) or claimant
    own = {h.predicate for h in told}
    out = []
    for claim in ctx.claims:
        if not put.start <= claim.start < put.end or claim.polarity != "affirmed":
            continue
        if claim.predicate in own or claim.claimant == claimant[0]:
            continue
        if claim.predicate == "killed" and claim.subject == claimant[0]:
            continue  # (a speaker does not confirm his own death)
        entity = next((e for e in ctx.entities if e.entity_id == claim.subject_id), None)
        subject = author_token(ctx, entity)
        if subject is None:
            continue
        hit = Hit(claim.predicate, sent.root, [subject], {sent.root.i}, claimant=claimant)
        hit.event = (claim.event_time, claim.event_earliest, claim.event_latest)
        out.append(hit)
    return out


def _denial(
    ctx: ClaimContext, sent: Span, claim: Claim, claimant: tuple[str, str | None, bool]
) -> Hit | None:
    entity = next((e for e in ctx.entities if e.entity_id == claim.subject_id), None)
    subject = author_token(ctx, entity)
    if subject is None:
        return None
    hit = Hit(
        claim.predicate,
        sent.root,
        [subject],
        {sent.root.i},
        certainty="denied",
        claimant=claimant,
    )
    hit.event = (claim.event_time, claim.event_earliest, claim.event_latest)
    # negated whether or not the answer's own words carry a "not" ("That is a lie" / "That
    # is not true"): the assembly reads the sentence's negation and flips the hit's by it
    hit.polarity_neg = not path_reading(ctx, hit)[0]
    return hit
