"""When and where a claim's event happened: the clause's own time, narrative time, place."""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from dateline.nlp import claims_injury as injury
from dateline.nlp import claims_lexicon as lx
from dateline.nlp.attribution_index import DocIndex, tables_of
from dateline.nlp.claims_context import ClaimContext, Hit, in_quote, paragraph_of
from dateline.nlp.claims_grammar import when_clauses
from dateline.nlp.claims_places_moves import part_of_a_place
from dateline.nlp.claims_time import (
    as_point,
    event_value,
    holds_at_report,
    interval_of,
    is_bound,
    is_deadline,
    is_sequel,
    same_event,
    source_goes_on,
)
from dateline.nlp.entities import entity_at, entity_of_token
from dateline.nlp.entities_gender import gender_of_given_name
from dateline.nlp.live_blog import entry_clock
from dateline.nlp.places_known import known_place_name
from dateline.records import Entity, TimeExpression


def event_time_of(
    ctx: ClaimContext, sent: Span, hit: Hit, reported: bool
) -> tuple[str | None, date | None, date | None]:
    own = _own_timex(ctx, sent, hit)
    stamp = entry_stamp(ctx, sent)
    if own is not None and stamp is not None and own.end <= stamp[1]:
        own = None  # "Saturday, 2:15 a.m. - X was taken to hospital": the stamp dates it
    if own is not None:
        earliest, latest = own.earliest, own.latest
        if earliest is None and latest is None:
            earliest, latest = interval_of(own.value)
        value = event_value(own.value)  # "on Friday evening": the part of day stays
        if (recent := _reporting_year(ctx, hit, own, value)) is not None:
            value, (earliest, latest) = recent, interval_of(recent)
        if value and _LATE_ON.match(ctx.text, max(0, own.start - 5), own.end) and _DAY.match(value):
            value += "TNI"  # "was freed late on Monday": the gold set writes Monday night
        return _not_after_publication(ctx, own, _tense(hit.anchor), (value, earliest, latest))
    anchor = hit.anchor
    tense = _tense(anchor)
    if hit.predicate == "appeared" and _shown_by_medium(anchor):
        # "A video released by his captors shows him seated on a mat": the appearance is as
        # old as the video, whose release the sentence does not date: no time (not the
        # publication date of the present tense, nor a live blog's clock)
        return None, None, ctx.published
    if tense != "future" and stamp is not None:
        # "Saturday, 2:15 a.m. - X was taken to hospital. Police said his injuries were not
        # life-threatening": a log's entry dates what it reports without a time of its own
        lo, hi = interval_of(stamp[0])
        return stamp[0], lo, hi
    if tense in {"present", "perfect"} and (clock := live_blog_clock(ctx, sent)) is not None:
        # "16:50 - X is in hospital", "16:50 - X has been found alive": a live blog's entry
        # dates its present states and present-perfect events with its clock
        return clock, ctx.published, ctx.published
    if (tense == "present" or holds_at_report(anchor, hit.predicate)) and ctx.published is not None:
        return ctx.published.isoformat(), ctx.published, ctx.published
    if _unknown_whereabouts(anchor, hit.predicate, reported) and ctx.published is not None:
        return ctx.published.isoformat(), ctx.published, ctx.published
    if (hurt := injury.hurt_label_time(ctx, sent, anchor)) is not None:
        # "The wounded officers, X and Y, ...", "Among the injured was X": the story's attack
        lo, hi = (hurt.earliest, hurt.latest) if hurt.earliest else interval_of(hurt.value)
        return event_value(hurt.value), lo, hi
    if (
        reported
        and tense in {"past", "other"}
        and (said := _backshifted_state(ctx, sent, anchor)) is not None
    ):
        return said
    if tense in {"past", "pluperfect", "perfect"} and (
        told := _antecedent_time(ctx, sent, anchor)
        or injury.incident_antecedent_time(ctx, sent, anchor, _INCIDENTS)
    ):
        # "was wounded in the raid", "was arrested during the operation": the event told before
        e, la = told.earliest, told.latest
        if e is None:
            e, la = interval_of(told.value)
        return event_value(told.value), e, la
    again = same_event(anchor)  # "wounded in the same strike"
    if tense == "past" and (not reported and not is_sequel(anchor) or again):
        narrative = _narrative_time(ctx, sent, any_voice=again)
        if narrative is not None:
            e, la = narrative.earliest, narrative.latest
            if e is None:
                e, la = interval_of(narrative.value)
            return narrative.value, e, la
    return None, None, ctx.published if tense != "future" else None


def _backshifted_state(
    ctx: ClaimContext, sent: Span, anchor: Token
) -> tuple[str | None, date | None, date | None] | None:
    """A state told in indirect speech under a past reporting verb ("his lawyer said he was
    alive", "told reporters she was being held at a barracks", "said he was believed to be
    hiding"): English shifts the present back to the past after "said", so the state held
    when it was said: on the day of the saying when the text dates it ("said on Friday that
    the two men were being held"), in an earlier month or year it names ("In October, an
    official said X was alive", "said last month"), else (a week: "said last week") as a
    present state, on the publication date. Past
    events ("said he was arrested") are no states."""
    if (
        ctx.published is None
        or _inside_quotation(ctx, _tensed_word(anchor))
        or when_clauses(anchor)
    ):
        # (in a quotation the past is the speaker's own past: "he was alive then"; "was in
        # good spirits when she left home" is a state at that past time; a quotation that
        # begins after the reporter's own tensed word is quoted inside indirect speech and
        # keeps its backshift: 'said he was "resting at his farm"')
        return None
    clause = anchor
    if (
        anchor.dep_ == "conj"
        and anchor.tag_ not in {"VBD", "VBZ", "VBP"}
        and not any(c.dep_ in {"aux", "auxpass"} for c in anchor.children)
    ):
        # "was safe and staying with relatives": the conjunct shares the first one's "was"
        clause = anchor.head
        while clause.pos_ not in {"VERB", "AUX"} and clause.dep_ in {"acomp", "attr", "conj"}:
            clause = clause.head
        if not _kept(anchor):
            return None
    if (
        clause.dep_ == "xcomp"
        and clause.tag_ == "VBG"
        and clause.head.lemma_ == "be"
        and _kept(clause)
    ):
        # 'said he was "very probably" hiding': an adverb between the auxiliary and its
        # participle makes the parser take "was" for the verb and the participle for its
        # complement; the progressive is still the state's
        clause = clause.head
    if not _stative(clause) or _tense(clause) != "past":
        return None
    verb = _reporting_head(clause)
    if verb is None:
        return None
    said = attached_timex(ctx, sent, {verb.i})
    if said is not None and (said.start < verb.idx or said.end <= anchor.idx):
        lo, hi = said.earliest, said.latest
        if lo is None and hi is None:
            lo, hi = interval_of(said.value)
        coarse = bool(re.match(r"^\d{4}(?:-\d{2})?$", said.value or ""))  # a month or a year
        if hi is not None and (lo == hi or coarse and hi < ctx.published):
            return event_value(said.value), lo, hi
    return ctx.published.isoformat(), ctx.published, ctx.published


def _unknown_whereabouts(anchor: Token, predicate: str, reported: bool) -> bool:
    """ "has been unable to establish the whereabouts of X", "said the service had no
    information about her whereabouts": where someone is now, as of the report."""
    if predicate != "located_in" or anchor.lemma_.lower() != "whereabouts":
        return False
    verb, tense = anchor, "other"
    for _ in range(4):  # up to the finite verb: "has been unable to establish the whereabouts"
        if verb.head == verb:
            break
        verb = verb.head
        if verb.pos_ in {"VERB", "AUX"} and (tense := _tense(verb)) != "other":
            break
    return tense in {"present", "perfect"} or reported and tense == "past"


def _stative(anchor: Token) -> bool:
    """The clause describes a state, not an event: a copula ("was alive", "was in good
    health", "were at home"), a progressive ("was hiding", "was being held", "was recovering")
    or a state infinitive ("was believed to be held")."""
    words = {c.lower_ for c in anchor.children if c.dep_ in {"aux", "auxpass"}}
    if words & {"had", "has", "have", "would", "will"}:
        return False
    if anchor.lemma_ == "be" and not (words & {"to"}):
        return True
    if anchor.tag_ in {"VBG", "VBN"} and not _kept(anchor):
        return False  # "said he was stepping aside": a progressive event, no state
    if anchor.tag_ == "VBG" and words & {"was", "were"}:
        return True
    if anchor.tag_ == "VBN" and "being" in words:
        return True
    if "to" in words and anchor.dep_ == "xcomp":
        # "was believed to be alive / to be held / to be hiding"
        return anchor.lemma_ == "be" or "be" in words or anchor.tag_ == "VBG"
    return False


# Verbs whose progressive or passive progressive is a lasting state: "was hiding", "was
# being held", "was recovering", "was being treated".
_KEPT_STATES = frozenset(
    [
        "hide",
        "hold",
        "keep",
        "detain",
        "treat",
        "recover",
        "recuperate",
        "shelter",
        "stay",
        "live",
        "care",
        "question",
        "interrogate",
        "lead",
        "serve",
        "rest",
        "sleep",
        "work",
    ]
)


def _kept(verb: Token) -> bool:
    return verb.lemma_.lower() in _KEPT_STATES


# Past beliefs a story tells as superseded ("for a year I thought she was dead"): no report.
_SUPERSEDED_BELIEFS = frozenset({"think", "fear", "suspect", "hope", "assume", "believe"})


# Nouns of news a report passes on, whose "that" clause is its content ("had information
# that", "received word that", "gave assurances that").
_NEWS_NOUNS = frozenset(
    ["information", "confirmation", "word", "news", "report", "evidence", "indication", "assurance"]
)

# Feelings about a state taken as true ("relieved that she was alive", "glad that he was safe").
_FEELINGS = frozenset(["relieved", "glad", "happy", "thankful", "grateful", "delighted"])


def _reporting_head(anchor: Token) -> Token | None:
    """The past-tense reporting verb whose complement the state's clause is ("said he was
    safe", "told us that she was being held and was fine"): the first clausal complement
    on the way up must be the reporting verb's own."""
    tok = anchor
    for _ in range(4):
        if tok.head == tok:
            return None
        up = tok.head
        if tok.dep_ == "acl" and up.lemma_.lower() in _NEWS_NOUNS and up.head != up:
            # "said it had credible information that the two were being held": the news
            # a past report passes on is what it says
            tok = up.head
            continue
        if tok.dep_ == "ccomp" and up.lower_ in _FEELINGS and up.head != up:
            # "said they were relieved that she was alive": a feeling about a state the
            # report takes as true, in the copula's clause
            tok = up.head if up.dep_ == "acomp" else up
            continue
        if tok.dep_ not in {"ccomp", "conj", "xcomp"}:
            return None
        if tok.dep_ == "ccomp":
            lemma = up.lemma_.lower()
            reporting = lemma in lx.REPORTING_VERBS and lemma not in lx.DENIAL_VERBS
            if not reporting or lemma in _SUPERSEDED_BELIEFS or up.tag_ != "VBD":
                return None
            return up
        tok = up
    return None


def _tensed_word(anchor: Token) -> Token:
    """The word that carries the clause's tense: its finite auxiliary ("was" of "was hiding",
    "was being held") or the verb itself; for a predicate adjective or noun, its copula."""
    verb = anchor
    if verb.dep_ in {"acomp", "attr"} and verb.head.lemma_ == "be":
        verb = verb.head
    finite = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.tag_ in _FINITE]
    return finite[0] if finite else verb


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _inside_quotation(ctx: ClaimContext, anchor: Token) -> bool:
    """The token stands inside a quotation (direct speech)."""
    return in_quote(ctx, anchor.idx) is not None


# Nouns of an incident a person is killed, hurt or taken in, with their verbs' lemmas
# ("the raid" / "raided", "the bombing" / "bombed").
_INCIDENTS = {
    "attack": {"attack", "storm", "raid", "ambush", "bomb", "shell", "assault", "overrun"},
    "raid": {"raid"},
    "strike": {"strike", "airstrike"},
    "airstrike": {"airstrike", "strike"},
    "ambush": {"ambush"},
    "operation": {"operation", "raid", "strike", "airstrike", "attack", "offensive", "assault"},
    "bombing": {"bombing", "bomb"},
    "blast": {"blast", "explode", "explosion"},
    "explosion": {"explosion", "explode", "blast"},
    "fighting": {"fighting", "fight"},
    "clash": {"clash"},
    # (a road crash told first by its verb: "collided with a lorry", "overturned near X")
    "crash": {"crash", "collide", "collision", "overturn", "accident"},
    "accident": {"accident", "crash", "collide", "collision", "overturn"},
    "shooting": {"shooting", "shoot"},
    "assault": {"assault"},
    "shelling": {"shelling", "shell"},
    "battle": {"battle"},
    "arrest": {"arrest"},
    "incident": {"incident"},
    "riot": {"riot"},
}


def _antecedent_time(ctx: ClaimContext, sent: Span, anchor: Token) -> TimeExpression | None:
    """ "X was wounded in the raid", "arrested during the operation", "killed in the
    attack": a definite incident noun points back at the incident told before (the
    definite article marks it as known), so the clause takes the time that incident was
    told with, in this sentence or one of the dozen before, whoever told it. The incident
    may hang on the wound's body part ("was hurt in the legs in the strike") or be what
    was survived ("survived the crash with a broken arm")."""
    preps = [c for c in anchor.children if c.dep_ == "prep" and c.lower_ in {"in", "during"}]
    preps += [
        g
        for prep in preps
        for p in prep.children
        if p.dep_ == "pobj"
        for g in p.children
        if g.dep_ == "prep" and g.lower_ in {"in", "during"}
    ]
    survived = (
        [c for c in anchor.children if c.dep_ == "dobj"] if anchor.lemma_ == "survive" else []
    )
    noun = next(
        (
            p
            for p in [*survived, *(p for prep in preps for p in prep.children)]
            if p.dep_ in {"pobj", "dobj"}
            and p.lemma_.lower() in _INCIDENTS
            and any(d.dep_ == "det" and d.lower_ == "the" for d in p.children)
            and not any(d.dep_ in {"amod", "acl", "relcl"} for d in p.children)
        ),
        None,
    )
    if noun is None:
        return None
    return time_told_before(ctx, sent, noun, _INCIDENTS[noun.lemma_.lower()], back=12)


def time_told_before(
    ctx: ClaimContext,
    sent: Span,
    before: Token,
    kin: set[str] | frozenset[str],
    *,
    back: int,
    any_clause: bool = False,
) -> TimeExpression | None:
    """The time the nearest word of ``kin`` before ``before`` (in ``sent`` or the ``back``
    sentences above it) was told with: attached to the word, to its verb, or, when that verb
    is a "when" clause (any adverbial clause with ``any_clause``), to the clause it hangs on."""
    n = ctx.sent_of[sent.start]
    for m in range(n, max(-1, n - back - 1), -1):
        earlier = ctx.sents[m]
        for tok in reversed(earlier):
            if tok.i >= before.i or tok.lemma_.lower() not in kin:
                continue
            verb = tok
            while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb:
                verb = verb.head
            told = {tok.i, verb.i}
            if verb.dep_ == "advcl" and (any_clause or verb in when_clauses(verb.head)):
                # "were killed on Monday when a drone struck their car", "escaped early on
                # Sunday after gunmen attacked the gate"
                told.add(verb.head.i)
            tx = attached_timex(ctx, earlier, told)
            if tx is not None:
                return tx
    return None


# "late on Monday", "late Monday" (the timex may or may not take "late" in): that night.
_LATE_ON = re.compile(r"(?:.*\s)?late\s+(?:on\s+)?[A-Z][a-z]+day$", re.DOTALL)
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# What separates a dated entry's stamp from its text: "Saturday, 2:15 a.m. - ...",
# "August 12, 2021 - ...", "Tuesday, 4:05 p.m.: ...".
_STAMP_END = re.compile(r"\s*[-\u2013\u2014:|]\s+")


def live_blog_clock(ctx: ClaimContext, sent: Span) -> str | None:
    """The publication date and clock time ("2021-06-10T16:50") of the live blog entry the
    sentence is in: its paragraph opens with a bare clock and at least two other paragraphs
    of the text open with one too (a lone time opening a paragraph of a normal article is no
    entry's clock)."""
    if ctx.published is None:
        return None
    clock = entry_clock(ctx.text, [0, *ctx.para_starts], paragraph_of(ctx, sent.start_char))
    return None if clock is None else f"{ctx.published.isoformat()}T{clock}"


def entry_stamp(ctx: ClaimContext, sent: Span) -> tuple[str, int] | None:
    """The date of the timeline, log or posts entry (a paragraph) the sentence is in:
    "August 12, 2021 - X is wounded. He is flown to Oman" → 2021-08-12 for both;
    "Saturday, 2:15 a.m. - X was taken to hospital" → that day at 02:15. A schedule's bare
    weekday ("Monday: Bail hearing for X") dates the hearing, not the entry's events, and a
    live blog's bare clock ("10:25 - ...") is the post's time, not the events' (the gold
    set dates those by their own words), so neither is a stamp. Returns the stamp's value
    and where it ends."""
    n = paragraph_of(ctx, sent.start_char)
    start = ([0, *ctx.para_starts])[n]
    stamp = None  # the last of the times that open the paragraph ("Saturday, 2:15 a.m.")
    for tx in ctx.timexes:
        if tx.start >= start and not ctx.text[start : tx.start].strip(" ,\n"):
            stamp, start = tx, tx.end
        elif tx.start > start:
            break
    if (
        stamp is None
        or not _STAMP_END.match(ctx.text, stamp.end)
        or not any(ch.isdigit() for ch in ctx.text[([0, *ctx.para_starts])[n] : stamp.end])
    ):
        return None
    value = event_value(stamp.value)
    if (
        value
        and ctx.published is not None
        and _DAY.match(value[:10])
        and date.fromisoformat(value[:10]) > ctx.published
        and _WEEKDAY.search(written := ctx.text[([0, *ctx.para_starts])[n] : stamp.end])
        and not _MONTH_NAME.search(written)
    ):
        # "Sunday, 7:50 p.m. - Police are searching for X": a log's entries tell what has
        # happened, so a bare weekday is the last one, not the next
        value = (date.fromisoformat(value[:10]) - timedelta(days=7)).isoformat() + value[10:]
    # "November 2014 - X is killed", "1998 - X joins the faction": a month or a year dates an
    # entry as a day does
    return (
        (value, stamp.end) if value and re.match(r"^\d{4}(?:-\d{2}){0,2}(?:$|T)", value) else None
    )


def _reporting_year(
    ctx: ClaimContext, hit: Hit, own: TimeExpression, value: str | None
) -> str | None:
    """A yearless month or day the time stage read in a narrative frame set by a year in a
    clause about someone else ("X was sentenced in 2023. His co-defendant, Y, was released
    in July"): a flashback's year belongs to that person's story, so a yearless date in a
    clause about another person counts from the publication date, the latest such date
    before it (the event is told in the past)."""
    if (
        own.anchor != "narrative"
        or ctx.published is None
        or not value
        or not _MONTH_OR_DAY.match(value)
        or _YEAR.search(own.text)
        or not hit.subjects
        or _tense(hit.anchor) not in {"past", "pluperfect", "perfect"}
    ):
        return None
    frame = next(
        (
            tx
            for tx in reversed(ctx.timexes)
            if tx.end <= own.start and _YEAR.search(tx.text) and (tx.value or "")[:4] == value[:4]
        ),
        None,
    )
    if frame is None:
        return None
    doc = ctx.doc
    person = next((e for e in (_named(doc, t) for t in hit.subjects) if e is not None), None)
    span = doc.char_span(frame.start, frame.end, alignment_mode="expand")
    framer = _clause_subject(span.root) if span is not None else None
    other = _named(doc, framer) if framer is not None else None
    if (
        person is None
        or other is None
        or other.entity_id == person.entity_id
        or person.kind != "person"
    ):
        return None
    month, day = int(value[5:7]), int(value[8:10]) if len(value) >= 10 else 1
    year = ctx.published.year - ((month, day) > (ctx.published.month, ctx.published.day))
    recent = f"{year}{value[4:]}"
    return recent if interval_of(recent)[0] is not None and recent != value else None


def _named(doc: Doc, tok: Token) -> Entity | None:
    """The entity a subject stands for, through its apposition ("his co-defendant, Y")."""
    found = entity_of_token(doc, tok)
    while found is None and tok.dep_ in {"compound", "punct", "amod"} and tok.head != tok:
        tok = tok.head  # "co-defendant" comes as three tokens
        found = entity_of_token(doc, tok)
    for c in tok.children if found is None else ():
        if c.dep_ == "appos":
            found = found or entity_of_token(doc, c)
    return found


_MONTH_OR_DAY = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")


def _clause_subject(tok: Token) -> Token | None:
    """The subject of the clause a token sits in (the noun a relative clause hangs on for
    "who was wounded in 2021")."""
    for _ in range(6):
        if tok.pos_ in {"VERB", "AUX"}:
            subject = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is not None and subject.lower_ not in {"who", "that", "which"}:
                return subject
            if tok.dep_ in {"relcl", "acl"}:
                return tok.head
            return subject
        if tok.head == tok:
            return None
        tok = tok.head
    return None


def _not_after_publication(
    ctx: ClaimContext,
    tx: TimeExpression,
    tense: str,
    reading: tuple[str | None, date | None, date | None],
) -> tuple[str | None, date | None, date | None]:
    """A past event cannot postdate its report: a month or day written without a year
    ("went missing in July") that lands after publication belongs to the year before; a
    bare weekday ("welcomes the release on Tuesday") to the week before."""
    value, earliest, _ = reading
    if (
        ctx.published is None
        or tense not in {"past", "pluperfect", "perfect", "other"}
        or earliest is None
        or earliest <= ctx.published
        or re.search(r"\b\d{4}\b", tx.text)
        or not value
        or not re.match(r"^\d{4}-\d{2}", value)
    ):
        return reading
    if _WEEKDAY.search(tx.text) and not _MONTH_NAME.search(tx.text) and _DAY.match(value[:10]):
        day = date.fromisoformat(value[:10]) - timedelta(days=7)
        return f"{day.isoformat()}{value[10:]}", day, day
    shifted = f"{int(value[:4]) - 1}{value[4:]}"
    lo, hi = interval_of(shifted)
    return (shifted, lo, hi) if lo is not None else reading


_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_MONTH_NAME = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s|$)", re.IGNORECASE
)


def _own_timex(ctx: ClaimContext, sent: Span, hit: Hit) -> TimeExpression | None:
    """A calendar time attached to the trigger's clause; a time carried over from a
    coordinated or governing verb only when the clause has none of its own."""
    if not _sentence_has_timex(ctx, sent):
        return None  # (every reading below takes a time that starts inside the sentence)
    if hit.predicate == "appeared" and (medium := _medium_timex(ctx, sent, hit.anchor)):
        # "A priest abducted last month appeared in a video released on Tuesday": the video's
        # release dates the appearance, before any time the parser hangs on the verb
        return medium
    direct = attached_timex(ctx, sent, set(hit.clause) | {hit.anchor.i})
    if direct is None and (able := _adjective_complements(hit.anchor)):
        direct = attached_timex(ctx, sent, set(hit.clause) | {hit.anchor.i} | able)
    if direct is None and (when := when_clauses(hit.anchor)):
        direct = attached_timex(ctx, sent, set(hit.clause) | {hit.anchor.i} | {w.i for w in when})
    if (
        direct is None
        and hit.predicate in _STATES_OF_SUBJECT_NOUNS
        and (copula := _copula_of_subject(hit.anchor)) is not None
    ):
        # "The whereabouts of X were unknown on Thursday", "Her condition was critical on
        # Monday": a state named by the copula's subject holds at the copula's time
        direct = attached_timex(ctx, sent, {copula.i} | _adjective_complements(copula))
    return (
        direct
        or _noun_phrase_timex(ctx, sent, hit.anchor)
        or _subject_noun_timex(ctx, sent, hit.anchor)
        or _when_antecedent(ctx, sent, hit.anchor)
        or injury.same_moment_time(ctx, sent, hit.anchor)  # "wounded ... when a mine hit on Sunday"
        or attached_timex(ctx, sent, _extended_clause(hit))
        or _announcement_time(ctx, sent, hit.anchor)
        or _medium_timex(ctx, sent, hit.anchor)
        or _just_before_verb(ctx, sent, hit.anchor)
        or _before_postposed_source(ctx, sent, hit.anchor)
    )


# Verbs whose object can name an event without telling it in a clause of its own.
_ANNOUNCING = frozenset({"announce", "report", "declare", "pronounce"})


def _announcement_time(ctx: ClaimContext, sent: Span, anchor: Token) -> TimeExpression | None:
    """The time of an announcement whose object is the event itself, named by a noun or a
    verbless complement rather than told in a clause: "announced his death in 1987",
    "announced the capture of X on Friday", "announced her resignation on Monday", "was
    reported killed in 2019", "declared him dead in 2012". Such an event has no tense of
    its own and shares the announcement's time. A finite complement keeps its own tense
    ("announced in 2009 that he had been killed": the pluperfect puts it before, no time)."""
    head = anchor.head
    if anchor.dep_ == "amod" and anchor.i > head.i and head.dep_ == "dobj":
        # "declared the captain, X, dead": the object's complement, parsed as its modifier
        head = head.head
    elif anchor.dep_ not in {"dobj", "oprd", "xcomp", "ccomp", "acomp"}:
        return None
    if head == anchor or head.lemma_.lower() not in _ANNOUNCING:
        return None
    if (
        anchor.tag_ in _FINITE
        or anchor.tag_ == "VB"
        or any(c.dep_ in {"aux", "auxpass", "mark"} for c in anchor.children)
    ):
        return None  # "announced (that) he was stepping down": a clause with its own tense
    return attached_timex(ctx, sent, {head.i})


# States a copula's subject can name ("whereabouts", "condition"); an event noun there
# ("His death is the third this year") is not dated by the copula.
_STATES_OF_SUBJECT_NOUNS = frozenset({"located_in", "alive", "wounded"})


def _copula_of_subject(anchor: Token) -> Token | None:
    """The copula ("be", "remain") whose subject is the noun that names the state."""
    head = anchor.head
    if anchor.dep_ == "nsubj" and head != anchor and head.lemma_ in {"be", "remain"}:
        return head
    return None


def _sentence_has_timex(ctx: ClaimContext, sent: Span) -> bool:
    """A time expression of the document starts inside ``sent`` (``ctx.timexes`` is in
    text order; their starts are read once per document)."""
    starts = _timex_starts(ctx)
    k = bisect.bisect_left(starts, sent.start_char)
    return k < len(starts) and starts[k] < sent.end_char


def _timex_starts(ctx: ClaimContext) -> list[int]:
    """The start of every time expression of ``ctx.timexes`` (in text order), read once
    per document."""
    memo = ctx.tables.memo(ctx)
    starts = memo.get("timex_starts")
    if starts is None:
        starts = memo["timex_starts"] = [tx.start for tx in ctx.timexes]
    return starts


# Things one appears, speaks or is seen in, dated by their release.
_MEDIA = frozenset(
    [
        "video",
        "recording",
        "clip",
        "footage",
        "message",
        "broadcast",
        "interview",
        "photo",
        "photograph",
        "picture",
        "image",
        "post",
        "statement",
        "tape",
        "audio",
        "livestream",
    ]
)


def _shown_by_medium(anchor: Token) -> bool:
    """ "A video shows X", "Footage appears to show X": the verb of showing whose subject is
    a medium."""
    verb = anchor.head if anchor.dep_ == "xcomp" else anchor
    if anchor.lemma_.lower() not in {"show", "depict", "feature"}:
        return False
    return any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in _MEDIA for c in verb.children
    )


def _medium_timex(ctx: ClaimContext, sent: Span, anchor: Token) -> TimeExpression | None:
    """ "appeared in a video released on Monday", "was seen in footage posted on Sunday": the
    appearance is as old as the medium that shows it, so the participle's time dates it."""
    # "a video released in March, in which he appeared gaunt", "seen in a video released in
    # March" (the noun the trigger): the video's own time
    shown = anchor.head if anchor.dep_ == "relcl" else anchor
    verb = anchor.head if anchor.dep_ == "xcomp" else anchor
    if shown.pos_ != "NOUN" and (
        subject := next((c for c in verb.children if c.dep_ == "nsubj"), None)
    ):
        shown = subject  # "A video posted on Monday shows X appealing for her release"
    if shown.pos_ == "NOUN" and shown.lemma_.lower() in _MEDIA:
        acl = [c.i for c in shown.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        if acl and (tx := attached_timex(ctx, sent, set(acl))) is not None:
            return tx
    preps = [c for c in anchor.children if c.dep_ == "prep"]
    for prep in list(preps):
        # "appeared for the first time in a video released on Saturday": the parser hangs
        # the medium's phrase on the noun of the phrase before it
        preps += [
            c for o in prep.children if o.dep_ == "pobj" for c in o.children if c.dep_ == "prep"
        ]
    for prep in preps:
        if prep.lower_ not in {"in", "on"}:
            continue
        for medium in prep.children:
            if medium.dep_ != "pobj" or medium.lemma_.lower() not in _MEDIA:
                continue
            acl = [c.i for c in medium.children if c.dep_ == "acl" and c.tag_ == "VBN"]
            # "appeared in a video, released on June 2, in which ...": the parser hangs the
            # participle set off by commas on the verb
            acl += [
                c.i
                for c in anchor.children
                if c.dep_ == "advcl"
                and c.tag_ == "VBN"
                and c.i > medium.i
                and c.lemma_.lower() in lx.RELEASE_VERBS
            ]
            if acl and (tx := attached_timex(ctx, sent, set(acl))) is not None:
                return tx
    return None


def _before_postposed_source(ctx: ClaimContext, sent: Span, anchor: Token) -> TimeExpression | None:
    """ "Troops killed X yesterday, the army said": with the source put after the clause it
    reports, a time before that comma is the clause's, though the parser often hangs it on
    "said" (a reporting verb's own time stands after it or before the clause: "said on
    Monday", "On Monday the army said")."""
    clause = anchor
    while clause.dep_ in {"conj", "xcomp"} and clause.head != clause:
        clause = clause.head
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.i < clause.i or verb.lemma_.lower() not in lx.REPORTING_VERBS:
        return None
    start = min(t.i for t in clause.subtree)
    for tx in _attached_timexes(ctx, sent, {verb.i}):
        span = ctx.doc.char_span(tx.start, tx.end, alignment_mode="expand")
        if span is None or not start < span.start or span.root.head != verb:
            continue
        between = ctx.doc[clause.i : span.start]
        if any(t.text == "," for t in ctx.doc[span.end : verb.i]) and not any(
            t.text in {",", ";"} for t in between
        ):
            return tx
    return None


def _just_before_verb(ctx: ClaimContext, sent: Span, anchor: Token) -> TimeExpression | None:
    """ "A court in Novi Grad on Wednesday sentenced X": a time put between the subject and
    its verb is the verb's, though the parser may take "Wednesday sentenced student" for a
    noun phrase."""
    if anchor.tag_ not in {"VBD", "VBN"} or anchor.i == sent.start:
        return None
    before = ctx.doc[anchor.i - 1]
    for tx in ctx.timexes:
        if tx.end == before.idx + len(before) and sent.start_char <= tx.start:
            point = as_point(tx, ctx.text)
            span = ctx.doc.char_span(tx.start, tx.end, alignment_mode="expand")
            if point is None or span is None or is_bound(span.root):
                continue
            # ("tests carried out on July 18 confirmed ...": the subject's own participle)
            if not any(t.dep_ in {"acl", "relcl"} for t in span.root.ancestors):
                return point
    return None


def _adjective_complements(anchor: Token) -> set[int]:
    """ "was able to speak with him by phone on Monday": the verb under a predicative
    adjective is what the clause says happened, so its time is the clause's."""
    return {
        t.i
        for a in anchor.children
        if a.dep_ == "acomp"
        for x in a.children
        if x.dep_ == "xcomp" and x.pos_ == "VERB"
        for t in (a, x)
    }


def _when_antecedent(ctx: ClaimContext, sent: Span, anchor: Token) -> TimeExpression | None:
    """ "since 2006, when he took over", "in 1994, when she was elected": a "when" clause on
    a time names that time as its own (whatever the "since" before it bounds)."""
    if anchor.dep_ != "relcl" or not any(
        c.dep_ == "advmod" and c.lower_ == "when" for c in anchor.children
    ):
        return None
    head = anchor.head
    for tx in ctx.timexes:
        if sent.start_char <= tx.start <= head.idx < tx.end and (point := as_point(tx, ctx.text)):
            return point
    return None


def _noun_phrase_timex(ctx: ClaimContext, sent: Span, noun: Token) -> TimeExpression | None:
    """ "reports of his death near X on Nov. 3": the parser hangs the date on "reports",
    but a date after an event noun's "of" phrase dates the event (low attachment)."""
    if (
        noun.pos_ != "NOUN"
        or noun.dep_ != "pobj"
        or noun.head.lower_ != "of"
        or noun.head.head.pos_ != "NOUN"
    ):
        return None
    outer = noun.head.head
    tx = attached_timex(ctx, sent, {outer.i})
    if tx is None or tx.start < noun.idx:
        return None
    return tx


def _subject_noun_timex(ctx: ClaimContext, sent: Span, noun: Token) -> TimeExpression | None:
    """ "The arrests of X and Y on Monday sparked protests": a time phrase between an event
    noun that is the subject and its verb, right after the noun's phrase with no comma
    between, is part of the subject (the event's time), though the parser hangs it on the
    verb that follows."""
    if noun.pos_ != "NOUN" or noun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    verb, after = noun.head, noun.right_edge.i + 1
    if verb.i <= after or verb.doc[after].dep_ != "prep" or verb.doc[after].head.i != verb.i:
        return None
    tx = attached_timex(ctx, sent, {verb.i})
    if tx is None or not verb.doc[after].idx <= tx.start < verb.idx:
        return None
    return tx


def attached_timex(ctx: ClaimContext, sent: Span, clause: set[int]) -> TimeExpression | None:
    """The first time expression of ``sent`` attached to ``clause``; a relative one ("a
    decade earlier") gives way to a calendar year that follows it ("a decade earlier, in
    1998": the year is what the writer means; the count is from a guessed anchor)."""
    found = _attached_timexes(ctx, sent, clause)
    if len(found) > 1 and not _YEAR.search(ctx.text[found[0].start : found[0].end]):
        for later in found[1:]:
            if _YEAR.search(ctx.text[later.start : later.end]):
                return later
    return found[0] if found else None


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _attached_timexes(ctx: ClaimContext, sent: Span, clause: set[int]) -> list[TimeExpression]:
    """The time expressions of ``sent`` attached to ``clause``, in text order."""
    out: list[TimeExpression] = []
    for tx, root, path in _sentence_times(ctx, sent):
        for i, last in path:
            if i in clause:
                if not _in_subject_relative(ctx.tables, root, i):
                    out.append(tx)
                break
            if last:
                break
    return out


def _sentence_times(
    ctx: ClaimContext, sent: Span
) -> list[tuple[TimeExpression, int, list[tuple[int, bool]]]]:
    """The points in time of ``sent`` that may date a clause, read once per sentence (a
    sentence's hits ask again and again): each with its root and the path up from the root
    a clause may take it on, as (token index, whether the walk ends there unless the clause
    holds the token); the walk ends at a barrier ("after", "since"), at the root, and at a
    verb outside the clause (bar a simultaneous participle), after eight steps at most."""
    memo = ctx.tables.memo(ctx)
    key = ("sentence_times", sent.start_char, sent.end_char)
    times = memo.get(key)
    if times is not None:
        return times
    times = []
    tables = ctx.tables
    lower, pos, head = tables.lower, tables.pos, tables.head
    starts = _timex_starts(ctx)  # (the sentence's own times, bisected: ctx.timexes is in order)
    lo = bisect.bisect_left(starts, sent.start_char)
    hi = bisect.bisect_left(starts, sent.end_char, lo)
    for found in ctx.timexes[lo:hi]:
        if ctx.dateline[0] <= found.start < ctx.dateline[1]:
            continue  # "VIENNA, June 26 -" is no event time
        tx = as_point(found, ctx.text)  # "eight days later": the day it lands on
        span = ctx.doc.char_span(found.start, found.end, alignment_mode="expand")
        if span is None or tx is None or is_deadline(span.root):
            continue
        root = i = span.root.i
        path = []
        for _ in range(8):
            last = (
                lower[i] in lx.TEMPORAL_BARRIERS
                or head[i] == i
                or pos[i] in {"VERB", "AUX"}
                and not _simultaneous_at(tables, i)
            )
            path.append((i, last))
            if last:
                break
            i = head[i]
        times.append((tx, root, path))
    memo[key] = times
    return times


def _simultaneous_at(tables: DocIndex, i: int) -> bool:
    """ "was last seen leaving his home on X": a participle complement shares the time."""
    return (
        tables.tag[i] == "VBG"
        and tables.dep[i] in {"xcomp", "ccomp", "oprd"}
        and not any(tables.lower[c] == "having" for c in tables.children[i])
    )


def _in_subject_relative(tables: DocIndex, time: int, attached: int) -> bool:
    """ "A commander who defected last year was killed on Monday": a time between the
    subject's relative clause and the verb belongs to the relative clause, wherever the
    parser hangs it (token indices; read from the tables)."""
    dep, children = tables.dep, tables.children
    verb = attached if tables.pos[attached] in {"VERB", "AUX"} else tables.head[attached]
    first = min(
        [verb] + [c for c in children[verb] if dep[c] in {"aux", "auxpass", "neg"} and c < verb]
    )
    return any(
        dep[rel] == "relcl" and rel < time < first
        for subj in children[verb]
        if dep[subj] in {"nsubj", "nsubjpass"} and subj < time
        for rel in children[subj]
    )


def _extended_clause(hit: Hit) -> set[int]:
    clause = set(hit.clause) | {hit.anchor.i}
    # "had been wounded in May and had to relinquish control": the time of the first
    # conjunct carries over through xcomp / conj.
    tok = hit.anchor
    if (copula := _copula_of_member(tok)) is not None:
        # "X was among eleven fighters killed": the copula that puts X among them is the
        # clause ("troops raided a camp on Sunday and X was among those killed")
        tok = copula
        clause.add(tok.i)
    tense = _tense(tok)
    while (
        (tok.dep_ in {"xcomp", "conj"} or tok.dep_ == "advcl" and _listed_participle(tok))
        and tok.head != tok
        and tok.head.lemma_.lower() not in lx.REPORTING_VERBS
    ):
        if (
            tok.dep_ == "conj"
            and "present" in {tense, _tense(tok.head)}
            and tense != _tense(tok.head)
        ):
            break  # "was abducted on April 3 and is being held": the present has its own time
        if any(
            c.lower_ in {"later", "subsequently", "afterwards", "then", "since"}
            for c in tok.children
        ):
            break  # "disappeared in 2015 and was later sentenced"
        if _subordinate_conjunct(tok):
            # "took command in 1979, after its founder was killed" (parsed as a conjunct):
            # a clause of "after" / "before" is another time, which the main time bounds
            break
        tok = tok.head
        clause.add(tok.i)
    return clause


def _copula_of_member(anchor: Token) -> Token | None:
    """The copula of "X was among the N people killed / among the dead" when ``anchor`` is
    the participle or adjective that tells what befell those X is counted among."""
    head = anchor.head
    if anchor.dep_ == "acl" and head != anchor:
        group = head
    elif anchor.dep_ == "pobj":
        group = anchor
    else:
        return None
    prep = group.head
    if group.dep_ != "pobj" or prep.lower_ != "among" or prep.head == prep:
        return None
    verb = prep.head
    return verb if verb.lemma_ in {"be", "remain"} else None


def _listed_participle(tok: Token) -> bool:
    """An adverbial clause that continues the verb's own story: a gerund ("fled, leaving
    ..."), or a bare participle the parser hangs as a clause when passives are listed
    ("was detained in 2019, held for eleven weeks in a cell and then deported")."""
    if tok.tag_ == "VBG":
        return True
    return (
        tok.tag_ == "VBN"
        and tok.head.tag_ == "VBN"
        and tok.i > tok.head.i
        and tok.doc[tok.i - 1].lower_ == ","
        and not any(
            c.dep_ in {"mark", "nsubj", "nsubjpass", "aux", "auxpass"} for c in tok.children
        )
    )


def _subordinate_conjunct(tok: Token) -> bool:
    """A "conjunct" that is really a clause of "after" / "before" / "since": its own mark
    ("and, after ...") or, with no subject of its own, right after an "after" phrase whose
    noun is that subject ("took command in 1979, after its founder, X, was killed")."""
    if any(c.dep_ == "mark" and c.lower_ in lx.TEMPORAL_BARRIERS for c in tok.children):
        return True
    if tok.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        return False
    first = min(t.i for t in tok.subtree)
    doc = tok.doc
    for t in doc[tok.head.i + 1 : first]:
        if t.lower_ in lx.TEMPORAL_BARRIERS and t.dep_ == "prep" and t.head == tok.head:
            nouns = [p for p in t.children if p.dep_ == "pobj" and p.pos_ in {"NOUN", "PROPN"}]
            if nouns and all(
                w.is_punct for w in doc[max(x.i for x in nouns[0].subtree) + 1 : first]
            ):
                return True
    return False


def _tense(anchor: Token) -> str:
    return _tense_at(tables_of(anchor.doc), anchor.i)


def _tense_at(tables: DocIndex, verb: int) -> str:
    """The tense of token ``verb``'s clause, from its tag and auxiliaries (read from the
    tables: no Token per child)."""
    dep, tag = tables.dep, tables.tag
    words = {tables.lower[c] for c in tables.children[verb] if dep[c] in {"aux", "auxpass"}}
    if words & {"will", "would", "'ll"}:
        return "future"
    if tag[verb] in {"VBZ", "VBP"} or words & {"is", "are", "'s", "am", "remains", "remain"}:
        if words & {"has", "have"}:
            return "perfect"
        return "present"
    if words & {"had"}:
        return "pluperfect"
    if tag[verb] in {"VBD"} or words & {"was", "were"}:
        return "past"
    if tag[verb] == "VBN" and words & {"has", "have"}:
        return "perfect"
    head = tables.head[verb]
    if dep[verb] == "xcomp" and "to" in words and head != verb:
        # "is believed to be hiding", "remains to be alive": the governing verb's tense;
        # "is believed to have been killed": a perfect infinitive is about the past.
        if words & {"have"}:
            return "pluperfect" if _tense_at(tables, head) in {"past", "pluperfect"} else "perfect"
        return _tense_at(tables, head)
    if dep[verb] in {"acomp", "attr"} and head != verb:
        # "is alive and receiving treatment": a predicate adjective or noun has its copula's tense
        return _tense_at(tables, head)
    if (
        dep[verb] == "conj"
        and head != verb
        and tag[verb] in {"VBN", "VBG"}
        and not words - {"being"}
    ):
        if tables.lemma[verb] in _KEPT_VERBS and any(
            dep[c] == "advmod" and tables.lower[c] == "still" for c in tables.children[verb]
        ):
            return "present"  # "was arrested in 2019 and still held in X": "is still held"
        # "is alive and being held in Kutum", "was beaten and taken to a cell": a conjunct
        # without an auxiliary of its own shares the first verb's
        return _tense_at(tables, head)
    # (or before a semicolon, which the parser hangs on the clause after it: "Held in X; no
    # charge has been filed.")
    semicolon = dep[verb] == "advcl" and any(
        tables.words[t] == ";" and tables.head[t] == tables.head[verb]
        for t in range(verb + 1, tables.head[verb])
    )
    if (
        (dep[verb] == "ROOT" or semicolon)
        and tag[verb] == "VBN"
        and tables.lemma[verb] in _KEPT_VERBS
        and not words
        and not any(dep[c] in {"nsubj", "nsubjpass", "dobj"} for c in tables.children[verb])
    ):
        return "present"  # a list item's clipped "Held in Jaslyk colony.": where one is held now
    return "other"


# Verbs of being kept somewhere, a state that a clipped participle tells as it is now.
_KEPT_VERBS = frozenset({"hold", "keep"})


def _narrative_time(
    ctx: ClaimContext, sent: Span, *, any_voice: bool = False
) -> TimeExpression | None:
    """The last point time mentioned earlier in the same paragraph."""
    n = ctx.sent_of[sent.start]
    para = ctx.para_of_sent[n]
    best = None
    subject = next((c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    for found in ctx.timexes:
        tx = as_point(found, ctx.text) if found.start < sent.start_char else None
        span = ctx.doc.char_span(found.start, found.end, alignment_mode="expand")
        if (
            tx is None
            or span is None
            or is_bound(span.root)
            or not any_voice
            and source_goes_on(span.root, subject)
        ):
            continue  # "since her arrest in October", "said he died on May 2": not the narration's
        m = ctx.sent_of.get(span[0].i)
        if m is not None and ctx.para_of_sent[m] == para and n - m <= 2:
            best = tx
    return best


def place_of(anchor: Token) -> str | None:
    """A place phrase attached to the clause: "near Raqqa", "in the al-Nuri Mosque in Mosul";
    for a participle under a passive verb ("was reported killed ... in a strike near X",
    "is believed to have died in X") the phrases of that verb count too."""
    found = _place_below(anchor)
    head = anchor.head
    if found is None and anchor.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in head.children):
        found = _place_below(head, skip=anchor)
    for clause in when_clauses(anchor) if found is None else ():
        found = found or _place_below(clause)
    # "the hospital in Millau, where she is being treated": the place the clause hangs on
    if (
        found is None
        and anchor.dep_ == "relcl"
        and any(c.lower_ == "where" for c in anchor.children)
        and head.dep_ == "pobj"
        and is_place(head, head.head)
    ):
        found = _place_text(head.head, head)
    return found


def _place_below(anchor: Token, skip: Token | None = None) -> str | None:
    # (the phrases are walked in the tables: a Token only for a candidate place)
    doc = anchor.doc
    tables = tables_of(doc)
    dep, lower, pos, children = tables.dep, tables.lower, tables.pos, tables.children
    skipped = skip.i if skip is not None else -1
    frontier = [anchor.i]
    for depth in range(3):
        nxt = []
        for tok in frontier:
            for prep in (
                c
                for c in children[tok]
                if dep[c] == "prep"
                and c != skipped
                # "the killing of X": an event noun's "of" names who, not where
                and not (depth == 0 and lower[c] == "of" and pos[tok] == "NOUN")
            ):
                for pobj in (p for p in children[prep] if dep[p] == "pobj"):
                    if is_place(doc[pobj], doc[prep]):
                        return _place_text(doc[prep], doc[pobj])
                    if depth < 2:
                        nxt.append(pobj)
            if depth == 0:
                # "held by a faction in the Gourma region", "held by state security at the
                # X facility": where the holders are
                nxt += [
                    p
                    for c in children[tok]
                    if dep[c] == "agent"
                    for p in children[c]
                    if dep[p] == "pobj"
                    and any(
                        dep[g] == "prep" and lower[g] in {"in", "inside", "near", "at"}
                        for g in children[p]
                    )
                ]
                # "hiding somewhere in the desert", "still there in the mountains"
                nxt += [
                    c
                    for c in children[tok]
                    if dep[c] == "advmod"
                    and lower[c] in {"somewhere", "elsewhere", "there"}
                    # "held incommunicado at a barracks": the phrase hangs on the adverb
                    or dep[c] in {"advmod", "oprd"}
                    and pos[c] in {"ADV", "ADJ"}
                    and c == tok + 1
                ]
        frontier = nxt
    return None


_COMPASS = frozenset(
    {
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "north-eastern",
        "north-western",
        "south-eastern",
        "south-western",
        "rural",
    }
)


_LOCATIVE_PREPS = frozenset({"near", "outside", "around", "inside", "nearby", "along"})
# Verbs of dwelling: what follows their "in" is a place, whatever the tagger says (people
# do not live "in" a nationality).
_DWELLING_VERBS = frozenset({"live", "reside", "settle", "hide", "shelter", "stay"})
# Verbs of being nursed somewhere: "is being treated in Erbil", "recovering in Kigoma".
_CARED_IN_VERBS = frozenset(
    {"treat", "hospitalise", "hospitalize", "recover", "recuperate", "convalesce", "nurse"}
)


# Verbs of one's work, whose "in" names a town: "drives a taxi in Erbil", "runs a bakery in Tunis".
_WORKING_IN_VERBS = frozenset(
    {"work", "teach", "study", "drive", "farm", "practise", "practice", "run", "own", "manage"}
)


def _dwelling_head(prep: Token) -> bool:
    """The "in" hangs on a verb of dwelling, care or daily work, or on its object or
    company ("lives with her grandchildren in Bamako", "drives a taxi in Erbil")."""
    head = prep.head
    if head.pos_ in {"NOUN", "PRON"} and head.dep_ in {"pobj", "dobj"}:
        head = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "with" else head.head
    return head.lemma_.lower() in _DWELLING_VERBS | _CARED_IN_VERBS | _WORKING_IN_VERBS


# Tags the model gives unknown town names that are neither people nor groups.
# Verbs of going away to stay: "fled / escaped / emigrated / defected to X".
_FLIGHT_VERBS = frozenset({"flee", "escape", "emigrate", "defect", "relocate", "move"})
_NOT_PEOPLE_TAGS = frozenset({"NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "LANGUAGE", "LAW"})


# Words of a site that the model tags as part of an organisation's name: "Al-Nuri Mosque",
# "Evin Prison", "Hospital del Mar".
_NAMED_SITE_WORDS = frozenset({"Mosque", "Prison", "Hospital", "Square", "Clinic", "Jail"})


def is_place(tok: Token, prep: Token) -> bool:
    """The object of ``prep`` names a place (a town, a camp, a hospital, "Mosul's al-Nuri Mosque")."""
    if tok.ent_type_ in {"GPE", "LOC", "FAC"}:
        return True
    ent = entity_at(tok.doc, tok.idx, tok.idx + len(tok))
    if ent is not None and ent.kind == "gpe":
        return True  # the entity stage repairs places the model tagged as people
    if _known_town_misread(tok, prep, ent):
        return True  # "taken to Herat", "is alive and in Aleppo": a known town, misread
    if (
        tok.pos_ == "PROPN"
        and prep.lower_ in _LOCATIVE_PREPS
        and tok.ent_type_ not in {"DATE", "TIME", "ORG", "NORP"}
    ):
        # "near Bir Qasim": people are not "near" an event
        return ent is None or ent.kind not in {"org", "outlet"}
    if (
        tok.pos_ == "PROPN"
        and prep.lower_ in {"in", "to"}
        and not tok.ent_type_
        and ent is None
        and not any(c.dep_ in {"compound", "poss"} for c in tok.children)
        and tok.text[:1].isupper()
        and tok.text.isalpha()
    ):
        # "staying with his family in Brno": a bare name after "in" that the model left
        # untagged is a town (people and groups are "with", "by", "of")
        return True
    if (
        tok.pos_ == "PROPN"
        and prep.lower_ in {"in", "to", "across", "throughout", "into"}
        and tok.ent_type_ in {"", "PERSON", "PRODUCT", "WORK_OF_ART"}
        and (ent is None or ent.kind == "person")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        and tok.text.isalpha()
        and not tok.text.isupper()
        and not any(c.dep_ in {"compound", "poss"} for c in tok.children)
    ):
        # "held in the Sahel", "fled across the Sinai": a one-word name with "the" is a
        # region, not a person (people take no article; "the Guardian" is tagged a group)
        return True
    if (
        tok.pos_ == "PROPN"
        and prep.lower_ in {"in", "at"}
        and ent is not None
        and ent.kind == "person"
    ):
        # "killed in Kafr Dunya", tagged as a person
        return _only_after_place_prepositions(tok, ent)
    if (
        tok.pos_ == "PROPN"
        and prep.lower_ in {"in", "to", "near", "across", "throughout"}
        and any(c.dep_ == "amod" and c.lower_ in _COMPASS for c in tok.children)
    ):
        return True  # "in northern Mali", "in eastern Ghouta": only places have a north
    if tok.ent_type_ == "ORG" and tok.text in _NAMED_SITE_WORDS:
        return True
    if tok.ent_type_ == "ORG" and any(
        c.dep_ == "compound" and c.text in _NAMED_SITE_WORDS for c in tok.children
    ):
        return True  # "the Hospital del Mar": the site word first, the name after it
    if (
        tok.ent_type_ in _NOT_PEOPLE_TAGS
        and tok.pos_ == "PROPN"
        and prep.lower_ == "in"
        and _dwelling_head(prep)
    ):
        # "he lives in Kisangani", "lived in Korsk": a town the model tagged as a nationality
        # or a product (one lives in places, not in those)
        return True
    if (
        tok.ent_type_ in _NOT_PEOPLE_TAGS
        and tok.pos_ == "PROPN"
        and prep.lower_ == "to"
        and prep.head.lemma_.lower() in _FLIGHT_VERBS
        and tok.text.isalpha()
    ):
        # "is believed to have fled to Togo": one flees to a country, not to a nationality
        # or a product the model took the name for
        return True
    if (
        tok.ent_type_ == "ORG"
        and tok.pos_ == "PROPN"
        and prep.lower_ == "in"
        and _dwelling_head(prep)
        and tok.text.isalpha()
        and not tok.text.isupper()
        and not any(c.dep_ in {"det", "compound", "poss", "amod"} for c in tok.children)
    ):
        # "who lives in exile in Cameroon", "is being treated in Erbil": a bare one-word name
        # the model tagged as a group; one lives or is nursed in a place, not in a group
        # (an acronym or "the X" may still be one: "in the Assembly", "in ICE")
        return True
    if tok.lemma_.lower() in lx.KEEPING_PLACES or tok.lower_ in lx.KEEPING_PLACES:
        return True  # (the lemmatiser makes "barracks" a "barrack")
    if tok.lemma_.lower() in lx.PLACE_NOUNS:
        return any(
            t.ent_type_ in {"GPE", "LOC", "FAC", "ORG"} or t.pos_ == "PROPN"
            for t in tok.subtree
            if t != tok
        )
    # "moved to Block C of the central prison": a part of a building that is a place
    return part_of_a_place(tok, prep, is_place)


# Prepositions after which a known town's name is read as the town whatever the model's tag.
_TOWN_PREPS = frozenset({"in", "to", "from", "near", "outside", "at", "into"})
_MISREAD_TOWN_TAGS = frozenset({"ORG", "NORP", "PERSON", "PRODUCT", "WORK_OF_ART", "EVENT", ""})


def _known_town_misread(tok: Token, prep: Token, ent: Entity | None) -> bool:
    """ "was taken to Herat" (ORG), "is in Aleppo" (NORP), "sent to Da Nang" (PERSON), "to
    Dire Dawa" (an adjective and a PERSON): the name after a locative preposition, the model's
    whole entity or the words compounded on it, is a town or country of the gazetteer
    (places_known), and nothing says it is a person or a group: not "the X", not an acronym,
    not the first part of a longer name ("in Paris Hilton's case"), not a given name alone
    ("gave it to Maria"), and not a person or group the text also names elsewhere than after
    such a preposition."""
    if (
        tok.pos_ != "PROPN"
        or tok.ent_type_ not in _MISREAD_TOWN_TAGS
        or prep.lower_ not in _TOWN_PREPS
        # "at Columbia", "at Oxford": a university or a firm is where one works or studies
        or prep.lower_ == "at"
        and tok.ent_type_ == "ORG"
    ):
        return False
    doc = tok.doc
    start = tok.i
    if tok.ent_iob_ == "I":
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1  # the model's entity: "Dire Dawa", "Cox's Bazar"
    else:
        while (
            start > 0
            and doc[start - 1].dep_ in {"compound", "punct"}
            and doc[start - 1].head.i in range(start, tok.i + 1)
        ):
            start -= 1  # "Da Nang", "Mazar-i-Sharif"
    words = doc[start : tok.i + 1]
    if (
        any(c.dep_ in {"det", "poss"} and c.i < start for c in tok.children)
        or tok.i + 1 < len(doc)
        and doc[tok.i + 1].pos_ == "PROPN"
        or not words[0].text[:1].isupper()
        # an acronym, or a lower-case word longer than a particle ("da", "es", "el")
        or any(
            w.text.isupper() and len(w) > 1 or w.is_alpha and w.is_lower and len(w) > 3
            for w in words
        )
    ):
        return False
    if tok.ent_type_ == "PERSON" and len(words) == 1 and gender_of_given_name(tok.text):
        return False  # "handed the letter to Florence": a given name alone is a person
    if ent is not None and ent.kind != "gpe" and not _only_after_place_prepositions(tok, ent):
        return False  # "Jackson said ... was sent to Jackson": the text's person
    return known_place_name(words.text)


def _only_after_place_prepositions(tok: Token, ent: Entity) -> bool:
    """A "person" the text only ever names after "in", "at", "near" ... is a place."""
    doc = tok.doc
    for m in ent.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        if not (
            root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE_PREPS | {"in", "at", "from", "to"}
        ):
            return False
    return True


def _place_text(prep: Token, pobj: Token) -> str:
    if prep.lower_ == "of" and prep.head.dep_ == "pobj" and prep.head.head.dep_ == "prep":
        return _place_text(prep.head.head, prep.head)  # "in the north of X", not "of X"
    end = pobj.i
    for t in pobj.subtree:
        if t.i > pobj.i and (t.dep_ in {"relcl", "appos", "acl"} or t.text in {",", "—", "--"}):
            break
        end = max(end, t.i)
    start = min(t.i for t in pobj.subtree)
    doc = pobj.doc
    return f"{prep.text} {doc[start : end + 1].text}"
