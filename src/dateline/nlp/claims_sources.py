"""Who makes a claim and how sure: the source chain from a trigger up to its sentence root.

Reporting verbs, quotation runs ("...," Urban said), tail attributions (", X said."),
"according to X", nominal sources ("reports of his death") and the cues on the way
(negation, denial, "could not confirm", modal and adverbial hedges) decide claimant,
polarity and certainty (FactBank's source chains, Saurí & Pustejovsky 2009).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from dateline.nlp import claims_lexicon as lx
from dateline.nlp.attribution_grammar import participle_subject
from dateline.nlp.attribution_index import DocIndex, active_index
from dateline.nlp.attribution_issuers import (
    STATEMENT_HEADING_RE,
    VOICE_NOUNS,
    is_medium,
    ordinal_description,
    purported_speaker,
    speaker_token,
)
from dateline.nlp.attribution_speakers import full_body_name, is_body_name
from dateline.nlp.certainty import frame_certainty, is_anonymous, is_state_outlet, verb_certainty
from dateline.nlp.claims_context import (
    TITLE_WORDS,
    ClaimContext,
    Hit,
    Source,
    in_quote,
    interview_turn_at,
    interview_turns,
    paragraph_of,
    past_dateline,
    relative_head,
    stranded_subject,
    weaker,
)
from dateline.nlp.claims_grammar import premature_report, withheld_assertion
from dateline.nlp.entities import PERSON_NOUNS, entity_at
from dateline.nlp.entities_turns import InterviewTurn, label_words
from dateline.records import Certainty, Entity, Speaker


@dataclass
class _Reading:
    """What the walk up the source chain has read so far."""

    negated: bool
    certainty: Certainty
    source: Source | None = None
    nominal: Source | None = None
    question: bool = False
    background: bool = False
    presupposed: bool = False  # inside a relative clause on a name ("X, who was freed")
    contested: bool = False
    narrated: bool = False
    relayed: bool = False  # the source is one whose word the speaker passes on

    def weaken(self, grade: Certainty) -> None:
        self.certainty = weaker(self.certainty, grade)

    def deny(self) -> None:
        self.negated = not self.negated
        self.weaken("denied")


def path_reading(ctx: ClaimContext, hit: Hit) -> tuple[bool, Certainty, Source | None]:
    """Polarity, certainty and source from the trigger up to the sentence root.

    Hedges count only below the first reporting verb (they qualify the content); above it
    only negation and denial of the reporting act matter, and the outermost speaker wins.
    The claims of a hit with several subjects ask in a row: the last reading is kept (for
    the same hit, trigger and clause, which are all the walk reads of the hit).
    """
    memo = ctx.tables.memo(ctx)
    key = (hit.anchor.i, frozenset(hit.clause))
    last = memo.get("last_path_reading")
    if last is not None and last[0] is hit and last[1] == key:
        return last[2]
    reading = _path_reading(ctx, hit)
    memo["last_path_reading"] = (hit, key, reading)
    return reading


def _path_reading(ctx: ClaimContext, hit: Hit) -> tuple[bool, Certainty, Source | None]:
    anchor = hit.anchor
    para = paragraph_of(ctx, anchor.idx)
    clause = _clause_tokens(ctx, hit)
    r = _Reading(
        negated=_negated(anchor) or any(_negated(t) for t in clause),
        certainty="hedged" if _conditional(anchor) else _hedge_of(ctx, anchor),
    )
    for t in clause:
        if _hedging_child(t, modals=False):
            r.weaken("hedged")  # "looking tired but apparently unharmed"
    if r.negated and _not_shown(anchor):
        # "had not been shown his body": the one not shown it is left unsure, denies nothing
        r.negated = False
        r.weaken("unconfirmed")
    lemma = anchor.lemma_.lower()
    if lemma in lx.REPORTING_VERBS and any(
        c.dep_ == "oprd" or c.dep_ in {"ccomp", "xcomp"} and c.i in hit.clause
        for c in anchor.children
    ):
        # "officials declared him dead": the trigger's own verb reports it; its subject is the source.
        _read_reporting_verb(ctx, r, anchor, lemma, "oprd", anchor, content=True)
    if r.source is None and (medium := _medium_subject(anchor)) is not None:
        r.source = _medium_source(ctx, medium)  # "The message named X as its new leader"
    tok = anchor
    while tok.head != tok and paragraph_of(ctx, tok.head.idx) == para:
        if r.source is not None and _coordinated_report(tok):
            break  # "X said P, and Y said Q": the parser hangs Y's verb under X's
        if _time_clause_of_report(tok):
            # "When police arrested X in May, few had heard of him": the "when" clause sets
            # the time of the main verb, it is not what anyone heard or said
            r.narrated = r.narrated or r.source is None
            break
        if _semicolon_clause(tok):
            # "He died in prison; his family says he was poisoned": the clause before the
            # semicolon stands on its own (the parser hangs it under the later verb)
            r.narrated = r.narrated or r.source is None
            break
        if r.source is None and _contrasting_clause(tok) and in_quote(ctx, tok.idx) is None:
            r.narrated = True
            break  # "officials said he was killed, but a recording surfaced": the writer's "but"
        dep, came_from, tok = tok.dep_, tok, tok.head
        lemma = tok.lemma_.lower()
        if dep == "relcl" and _describes_speaker(tok):
            r.source, r.narrated = None, True
            break  # "Y, who was freed last month, said ...": the writer describes the speaker
        # A relative clause is background: hedges of the main clause do not reach it.
        r.background = r.background or dep == "relcl" and tok.pos_ in {"NOUN", "PROPN"}
        content = r.source is None and not r.background  # below the first reporting verb
        if r.source is None and (relay := _heard_from(tok, came_from)) is not None:
            # "said he had heard from a police officer that P": the officer's word, passed on
            name, entity_id, anonymous = name_of(ctx, relay)
            r.source, r.relayed, r.background = (
                Source(name, entity_id, anonymous, "reported"),
                True,
                False,
            )
            r.weaken("reported")
            continue
        if _read_nominal_source(r, tok, lemma):
            break
        if dep == "ccomp" and lemma not in lx.REPORTING_VERBS:
            # "rumours have swirled that P", "reports emerged that P": the rumours claim P
            for subj in (c for c in tok.children if c.dep_ == "nsubj"):
                _read_nominal_source(r, subj, subj.lemma_.lower())
        r.presupposed = r.presupposed or (
            dep == "relcl" and tok.pos_ == "PROPN" or dep == "amod"
        )  # "X, who was freed", "the convicted X": what the clause presupposes
        if not r.presupposed:  # "the convicted X who killed himself": a denial above misses it
            _read_negative_cues(r, tok, lemma, dep)
        if content:
            _read_hedges(ctx, r, tok, lemma, dep)
        if content and dep == "ccomp" and _no_proof_beside(came_from):
            # "had been told she was alive but had not received any proof" (the parser
            # joins the "but" clause to the reported one): what was told stays open
            r.weaken("unconfirmed")
        _read_reporting_verb(ctx, r, tok, lemma, dep, anchor, content=content)
    if r.question and _answer(tok) is False:
        r.negated = not r.negated
    if (
        r.nominal is not None
        and ({t.lower_ for t in anchor.sent} - {r.nominal.name.lower()}) & lx.UNCONFIRMED_WORDS
    ):
        # "unconfirmed reports", "rumours of his death, met with scepticism"; the word
        # "rumours" naming the source is its own kind of report, not a doubt about it
        r.weaken("unconfirmed")
    source = None if r.narrated else _final_source(ctx, r, anchor)
    if source is None and not r.narrated:
        source = _statement_narrator(ctx, anchor)  # "Statement of the family of X": "We ..."
    if source is not None:
        r.weaken(source.certainty)
    return r.negated, r.certainty, source


_SHOWING_VERBS = frozenset({"show", "feature", "depict", "capture", "film", "appear", "see"})


def _medium_subject(verb: Token) -> Token | None:
    """A statement, message or video as the subject of the trigger's own verb ("The
    communique appointed X", "An audio message named X as the new emir"): whoever issued it
    makes the claim."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() in _SHOWING_VERBS:
        return None  # "A video released by X shows Y": what it shows is the writer's to tell
    if (
        verb.dep_ == "acl"
        and is_medium(verb.head)
        and (verb.tag_ == "VBD" or any(c.dep_ in {"dobj", "oprd"} for c in verb.children))
    ):
        return verb.head  # "A statement from X named Y as ...", parsed as a reduced relative
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and is_medium(subj) else None


def _medium_source(ctx: ClaimContext, medium: Token) -> Source | None:
    """The issuer of ``medium`` as a source, when the text names one."""
    issuer = speaker_token(medium)
    if issuer.i == medium.i:
        return None
    name, entity_id, anonymous = name_of(ctx, issuer)
    return Source(name, entity_id, anonymous, "reported" if anonymous else "asserted")


def denied_nominal(ctx: ClaimContext, hit: Hit) -> Source | None:
    """ "dismissed reports that he had died", "rumours of his death were false": the reports
    make the claim the speaker denies; one sentence, two claims."""
    tok = hit.anchor
    para = paragraph_of(ctx, tok.idx)
    nominal = None
    for _ in range(8):
        if tok.head == tok or paragraph_of(ctx, tok.head.idx) != para:
            return None
        tok = tok.head
        if nominal is None:
            if tok.lower_ in lx.NOMINAL_SOURCES and tok.dep_ in {
                "dobj",
                "pobj",
                "nsubj",
                "nsubjpass",
                "conj",
            }:
                nominal = tok
                if tok.dep_ in {"nsubj", "nsubjpass"} and any(
                    _says_false(c) for c in tok.head.children
                ):
                    break
            elif tok.lemma_.lower() in lx.DENIAL_VERBS:
                nominal = _reports_object(tok, hit.anchor)
                if nominal is not None:
                    break
            continue
        if tok.lemma_.lower() in lx.DENIAL_VERBS or _no_truth_to(tok, nominal):
            break
    if nominal is None:
        return None
    if any(c.lower_ in {"the", "these", "those", "such"} for c in nominal.children) and not any(
        c.dep_ in {"acl", "ccomp"} for c in nominal.children
    ):
        return None  # "mocked the reports of his death": reports already told, not a new claim
    return Source(_description(_reporter(nominal)), None, True, "reported")


def _says_false(tok: Token) -> bool:
    """A predicate complement that calls its subject false: "were false / unfounded",
    "were nonsense", "are lies", "was a fabrication"."""
    if tok.dep_ not in {"acomp", "attr"}:
        return False
    return tok.lower_ in lx.FALSE_WORDS or tok.lemma_.lower() in lx.FALSEHOOD_NOUNS


# Nouns of what a claim rests on, denied by "no" before a preposition taking the reports:
# "there is no truth to reports that P", "no foundation for the reports that P".
_GROUND_NOUNS = frozenset({"truth", "basis", "foundation", "substance"})


def _no_truth_to(tok: Token, nominal: Token) -> bool:
    """ "There is no truth to / in reports that P", "no basis for the claims that P": a ground
    noun under "no" whose preposition takes the reports; the speaker denies, the reports claim."""
    return (
        tok.lemma_.lower() in _GROUND_NOUNS
        and any(c.lower_ == "no" for c in tok.children)
        and nominal.head.head.i == tok.i
        and nominal.head.lower_ in {"to", "in", "for", "behind"}
    )


def _according_to_which(nominal: Token) -> Token | None:
    """ "denies the rumours according to which X is still alive" (a translated statement's
    "selon lesquelles"): the clause whose verb takes "according to which" inside the
    noun's phrase is the content of the reports."""
    for t in nominal.subtree:
        if (
            t.lower_ == "which"
            and t.dep_ == "pobj"
            and t.head.lower_ == "to"
            and t.head.head.lower_ == "according"
        ):
            return t.head.head
    return None


def _reports_object(denial: Token, anchor: Token) -> Token | None:
    """ "denied a report by a Gulf newspaper last week that he had died": the parser hangs
    the report's "that" clause on the denial verb when a phrase comes between; the clause is
    the content of the report the verb has for its object (a report with no clause of its own)."""
    clause = next((a for a in [anchor, *anchor.ancestors] if a.head.i == denial.i), None)
    if clause is None or clause.dep_ != "ccomp":
        return None
    if not any(c.lower_ == "that" for c in clause.children):
        # "denies the rumours according to which P": the parser hangs P on the denial
        return next(
            (
                c
                for c in denial.children
                if c.dep_ == "dobj"
                and c.i < clause.i
                and c.lower_ in lx.NOMINAL_SOURCES
                and _according_to_which(c) is not None
            ),
            None,
        )
    return next(
        (
            c
            for c in denial.children
            if c.dep_ == "dobj"
            and c.i < clause.i
            and c.lower_ in lx.NOMINAL_SOURCES
            and not any(d.dep_ in {"acl", "ccomp", "relcl"} for d in c.children)
        ),
        None,
    )


def _reporter(nominal: Token) -> Token:
    """Who made the reports when the noun says so: "a report by a Gulf newspaper" is the
    newspaper's claim."""
    return next(
        (
            o
            for c in nominal.children
            if c.dep_ == "prep" and c.lower_ in {"by", "from"}
            for o in c.children
            if o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN"}
        ),
        nominal,
    )


def statement_author(text: str) -> str | None:
    """Who speaks in a document printed as a statement: a first paragraph (heading) like
    "Statement of the family of X (translation)" or "Translation of a statement issued by
    the Y group, <date>" names its author."""
    heading = text.lstrip().split("\n\n", 1)[0]
    if len(heading) > 200 or "\n" in heading.strip():
        return None
    found = STATEMENT_HEADING_RE.match(heading)
    return _unshouted(found.group("who").strip()) if found else None


_SMALL_WORDS = frozenset({"of", "for", "the", "and", "on", "in", "to", "at", "a", "an"})


def _unshouted(name: str) -> str:
    """A name from a heading set in capitals ("COMMITTEE FOR NATIONAL SALVATION") as the
    body's own name is written in running text ("Committee for National Salvation")."""
    if not name.isupper() or len(name.split()) < 2:
        return name  # an acronym ("UPR") stays as written
    words = name.lower().split()
    return " ".join(
        w if i and w in _SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words)
    )


_RELEASE_LABEL_RE = re.compile(
    r"^\s*(?:for immediate release|(?:press|media|news) (?:release|statement))\s*[.:]?"
    r"(?:\s*[-\u2013\u2014|]\s*[^\n]{0,60})?$",  # "PRESS RELEASE - For immediate release, <date>"
    re.I,
)
# The issuing body opens the release's title or lead: "X condemns ...", "NAIROBI, 20 August
# 2025 - X is alarmed by ...": a run of capitalised words (with "of", "for", "the", "and").
_ISSUER_RUN_RE = re.compile(
    r"^(?:[A-Z][A-Z .'-]*,[^-\u2013\u2014\n]{0,40}[-\u2013\u2014]\s*)?"
    r"(?:The\s+)?(?P<who>[A-Z][\w'&.-]*(?:\s+(?:(?:of|for|the|and|on)\s+)*[A-Z][\w'&.-]*)+)"
    r"\s+[a-z]"
)


def press_release_author(text: str) -> str | None:
    """Who issues a document labelled as a press release ("PRESS RELEASE", "For immediate
    release" alone on its first line): the body whose name opens its title or lead. A
    press release is its issuer's voice throughout, "we" or not."""
    paragraphs = [p.strip() for p in text.strip().split("\n\n")[:3]]
    if len(paragraphs) < 2 or not _RELEASE_LABEL_RE.match(paragraphs[0]):
        return None
    for para in paragraphs[1:]:
        found = _ISSUER_RUN_RE.match(para)
        if (
            found is not None
            and found.group("who").split()[0].upper() != found.group("who").split()[0]
        ):
            return found.group("who")
    return None


def _statement_narrator(ctx: ClaimContext, anchor: Token) -> Source | None:
    """The author of a printed statement or press release for its unquoted paragraphs
    ("Our husband ... was taken away ...", "we announce that our emir ...", "The Committee
    welcomes the release of X, who was freed on Saturday"): a document headed as someone's
    statement is that someone's voice throughout, "we" or not."""
    if in_quote(ctx, anchor.idx) is not None:
        return None
    if (issuer := press_release_author(ctx.text)) is not None:
        return Source(issuer, None, False, "asserted")
    author = statement_author(ctx.text)
    if author is None:
        return None
    return Source(author, None, False, "asserted")


def is_document_voice(ctx: ClaimContext, source: Source) -> bool:
    """Whether the source is the author of the document itself (a printed statement's or a
    press release's narrator): its narration reports nothing second-hand, so, like an
    outlet's, it is dated by the narrative time of its passage."""
    return source.statement_id is None and source.name in (
        press_release_author(ctx.text),
        statement_author(ctx.text),
    )


_SECOND_PERSON = frozenset({"you", "your", "yourself"})
_SINGULAR_FIRST_PERSON = frozenset({"i", "me", "my", "myself"})


def interviewee(ctx: ClaimContext) -> Entity | None:
    """The person who answers in a printed interview (:func:`interview_turns`): the one the
    introduction before the first question names as speaking ("X spoke to the Review"),
    else the first person it names; in a transcript, the labelled speaker of most answers.
    None for any other article."""
    if isinstance(ctx.interviewee, str):
        ctx.interviewee = None
        turns = interview_turns(ctx)
        named = [
            t for t in turns if t.label is not None and label_words(t.label) not in _ANSWER_LABELS
        ]
        if named:
            speakers = [p for t in turns if not t.asks and (p := turn_speaker(ctx, t))]
            ids = [p.entity_id for p in speakers]
            ctx.interviewee = max(speakers, key=lambda p: ids.count(p.entity_id), default=None)
        elif turns:
            ctx.interviewee = _introduced_interviewee(ctx)
    return ctx.interviewee


# a turn label that says only that the turn answers: "A:", "ANSWER:"
_ANSWER_LABELS = [["a"], ["answer"], ["answers"]]


def _introduced_interviewee(ctx: ClaimContext) -> Entity | None:
    """The person the introduction before the first question names as speaking, else the
    first person it names."""
    turns = interview_turns(ctx)
    if not turns:
        return None
    intro_end = turns[0].start
    people = [
        e
        for e in ctx.entities
        if e.kind == "person" and e.mentions and e.mentions[0].start < intro_end
    ]
    people.sort(key=lambda e: e.mentions[0].start)
    return _introduced_speaker(ctx, intro_end) or (people[0] if people else None)


def answer_speaker(ctx: ClaimContext, pos: int) -> Entity | None:
    """Who speaks the answering turn holding character ``pos`` (None outside answers)."""
    turn = interview_turn_at(ctx, pos)
    return turn_speaker(ctx, turn) if turn is not None else None


def turn_speaker(ctx: ClaimContext, turn: InterviewTurn) -> Entity | None:
    """Who speaks an answering turn: a Q&A's interviewee, or the person a transcript's label
    names; None for the interviewer's turns."""
    if turn.asks:
        return None
    if turn.label is None or label_words(turn.label) in _ANSWER_LABELS:
        return _introduced_interviewee(ctx)  # (an "ANSWER:" label names no one itself)
    person = _label_person(ctx, turn.label)
    if person is not None and any(
        w in _CORRESPONDENTS for r in person.roles for w in label_words(r)
    ):
        return None  # the outlet's own correspondent reports in the outlet's voice
    return person


_CORRESPONDENTS = frozenset({"correspondent", "reporter", "anchor", "presenter", "host", "editor"})


def _label_person(ctx: ClaimContext, label: str) -> Entity | None:
    """The person a transcript's speaker label names: by full name ("RUTH ODUYA", "PRESENTER
    (GRACE ADONGO)"), by surname ("MENSAH"; of two namesakes, the one an earlier label gave
    in full), or by the role the story gives one person ("SPOKESPERSON")."""
    people = [e for e in ctx.entities if e.kind == "person"]
    inner = re.search(r"\(([^)]*)\)", label)
    for part in [inner.group(1)] if inner else []:
        named = [e for e in people if label_words(part) in _names_of(e)]
        if named:
            return named[0]
    words = label_words(label.split("(")[0])
    if not words:
        return None
    if len(words) > 1:
        return next((e for e in people if words in _names_of(e)), None)
    same = [e for e in people if any(n[-1:] == words for n in _names_of(e))]
    if len(same) > 1:
        given = [
            full
            for t in interview_turns(ctx)
            if t.label is not None and len(full := label_words(t.label.split("(")[0])) > 1
        ]
        in_full = [e for e in same if any(g in _names_of(e) for g in given)]
        same = in_full or _introduced_first(ctx, same)
    if len(same) == 1:
        return same[0]
    roles = [e for e in people if any(words[0] in label_words(r) for r in e.roles)]
    return roles[0] if len(roles) == 1 else None


def _introduced_first(ctx: ClaimContext, namesakes: list[Entity]) -> list[Entity]:
    """Of namesakes a surname label may name ("WANJIRU" in a talk with Rose Wanjiru about
    her sons Samuel and David Wanjiru), the one the introduction before the first turn names
    first: a transcript's introduction presents its guest before the people the guest will
    speak of. Empty when no namesake is named before the first turn."""
    turns = interview_turns(ctx)
    if not turns:
        return []
    named = [e for e in namesakes if e.mentions and e.mentions[0].start < turns[0].start]
    return sorted(named, key=lambda e: e.mentions[0].start)[:1]


def _names_of(entity: Entity) -> list[list[str]]:
    return [label_words(n) for n in (entity.name, *entity.aliases)]


def interview_person(ctx: ClaimContext, tok: Token) -> Entity | None:
    """Who an unquoted pronoun of a printed interview or transcript is: "I" / "me" / "my"
    in an answer are the one who answers, and "you" / "your" in a question or a claim put
    to them ("Some of your colleagues say you were removed") the one the next answer is
    from; "we" in an answer counts its speaker in ("we were held for a week"). Anywhere
    else: None."""
    word = tok.lower_
    if word not in lx.FIRST_PERSON | _SECOND_PERSON or in_quote(ctx, tok.idx) is not None:
        return None
    turns = interview_turns(ctx)
    n = next((n for n, t in enumerate(turns) if t.start <= tok.idx < t.end), None)
    if n is None or (word in _SECOND_PERSON) != turns[n].asks:
        return None  # the interviewer's "I", the interviewee's "you" (a reader, the asker)
    if turns[n].asks:
        n += 1
    return turn_speaker(ctx, turns[n]) if n < len(turns) and not turns[n].asks else None


# What an interview's introduction says its interviewee did: "X spoke to the Review by
# video link", "His lawyer, Y, talked to us", "Z answered our questions", "met our reporter"
_INTERVIEWED_VERBS = frozenset({"speak", "talk", "answer", "meet", "sit"})
_INTERVIEW_NOUNS = frozenset({"interview", "conversation", "conference", "briefing", "talk"})


def _introduced_speaker(ctx: ClaimContext, intro_end: int) -> Entity | None:
    """The person the introduction of an interview names as the one who speaks: the subject
    of "spoke to us" / "answered questions", the one an interview is "with", or who gave a
    news conference ("a conference given by the army's spokesman, X"); None when it names
    no such person (the first person named is then taken)."""
    for sent in ctx.sents:
        if sent.start_char >= intro_end:
            break
        for tok in sent:
            speaker: Token | None = None
            lemma = tok.lemma_.lower()
            if lemma in _INTERVIEWED_VERBS and tok.pos_ == "VERB":
                speaker = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            elif lemma == "give" and tok.head.lemma_.lower() in _INTERVIEW_NOUNS:
                agent = next((c for c in tok.children if c.dep_ == "agent"), None)
                speaker = (
                    next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
                )
            elif tok.lower_ == "with" and tok.head.lemma_.lower() in _INTERVIEW_NOUNS:
                speaker = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if speaker is not None and speaker.pos_ != "PROPN":
                # "His lawyer, Faith Wanjiru, spoke to us": the name in apposition (a bare
                # "the brother" or "he" is left to the first person named)
                speaker = next(
                    (c for c in speaker.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None
                )
            entity = entity_in_name(ctx, speaker) if speaker is not None else None
            if entity is not None and entity.kind == "person":
                return entity
    return None


_TIME_MARKS = frozenset({"when", "after", "before", "since", "until", "while", "once"})
# "When asked whether X is alive, Y said yes": the clause is the question the speaker answers,
# so what it asks is the speaker's content, not background to the report
_QUESTION_VERBS = frozenset({"ask", "question", "press", "quiz", "query"})


def _time_clause_of_report(clause: Token) -> bool:
    """A temporal adverbial clause ("when ...", "after ...") hung directly on a reporting or
    belief verb: background of the report, not its content."""
    head = clause.head
    return (
        head is not clause
        and clause.dep_ == "advcl"
        and head.lemma_.lower() in lx.REPORTING_VERBS
        and clause.lemma_.lower() not in _QUESTION_VERBS
        and any(c.dep_ in {"mark", "advmod"} and c.lower_ in _TIME_MARKS for c in clause.children)
    )


def _semicolon_clause(clause: Token) -> bool:
    """A clause before a semicolon that the parser made the complement of a verb after it
    ("He was found dead; the prison service said ..."): two sentences, not one report."""
    head = clause.head
    if head is clause or clause.dep_ not in {"ccomp", "parataxis", "advcl"} or clause.i > head.i:
        return False
    return any(
        t.text == ";" and t.head.i == head.i for t in clause.doc[clause.right_edge.i + 1 : head.i]
    )


def _coordinated_report(verb: Token) -> bool:
    """A reporting verb with its own subject opened by "and"/"but" ("..., and the journalist
    X said ..."): a second report beside the first, not one embedded in it."""
    if verb.lemma_.lower() not in lx.REPORTING_VERBS or verb.dep_ not in {
        "ccomp",
        "conj",
        "parataxis",
    }:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None:
        return False
    first = subj.left_edge.i
    doc = verb.doc
    before = {doc[j].lower_ for j in range(max(0, first - 2), first)}
    return bool(before & {"and", "but", "while", "whereas"}) and verb.head.i < first


def _contrasting_clause(verb: Token) -> bool:
    """A clause joined by "but" with its own subject to the content of a reporting verb."""
    if verb.dep_ != "conj" or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    head = verb.head
    if not any(
        c.dep_ == "cc" and c.lower_ in {"but", "yet"} and head.i < c.i < verb.i
        for c in head.children
    ):
        return False
    if head.lemma_.lower() in lx.REPORTING_VERBS | lx.RAISING_REPORT_VERBS and any(
        c.dep_ == "auxpass" for c in head.children
    ):
        return True  # "he was rumoured to have been killed, but he appeared at a rally": the writer's "but"
    return head.dep_ in {"ccomp", "xcomp"} and head.head.lemma_.lower() in lx.REPORTING_VERBS


def _describes_speaker(noun: Token) -> bool:
    """The noun a relative clause modifies is (in apposition to) a reporting verb's subject."""
    tok = noun
    for _ in range(2):
        if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in lx.REPORTING_VERBS:
            return True
        if tok.dep_ != "appos":
            return False
        tok = tok.head
    return False


def _read_nominal_source(r: _Reading, tok: Token, lemma: str) -> bool:
    """ "reports of his death", "reports that he was killed were false"; True stops the
    walk ("alive despite reports of his death": the reports, not the speaker, claim it)."""
    if tok.lower_ not in lx.NOMINAL_SOURCES or tok.dep_ not in {
        "nsubj",
        "nsubjpass",
        "dobj",
        "pobj",
        "attr",
        "conj",
    }:
        return False
    r.nominal = r.nominal or Source(
        "reports" if lemma == "report" else tok.text, None, True, "reported"
    )
    if tok.head.lower_ in {"despite", "amid", "contrary"}:
        r.contested = True
        return True
    if tok.dep_ in {"nsubj", "nsubjpass"} and any(_says_false(c) for c in tok.head.children):
        r.deny()
        r.nominal = (
            None  # "reports of his death were wrong": the one who says so denies, not the reports
        )
    return False


def _read_negative_cues(r: _Reading, tok: Token, lemma: str, dep: str) -> None:
    """Questions, investigations, "no evidence"/"no reason", unconfirmed and denied content."""
    if lemma == "ask" and any(c.lower_ in {"whether", "if"} for c in tok.subtree):
        r.question = True
    if lemma in lx.INVESTIGATE_VERBS and not any(c.dep_ in {"acomp", "oprd"} for c in tok.children):
        # "looking into reports", not the linking verb of "she looked thin but was alive"
        r.weaken("unconfirmed")
    if lemma == "have" and any(c.dep_ == "dobj" and c.lower_ == "nothing" for c in tok.children):
        r.deny()  # "said it had nothing to do with the abduction"
    if tok.pos_ == "NOUN" and any(c.lower_ == "no" for c in tok.children) or _negated_have(tok):
        # "no evidence that P": unconfirmed; "no reason to believe P": the speaker rejects P.
        if lemma in lx.EVIDENCE_NOUNS or lemma in _RECORD_NOUNS:
            r.weaken("unconfirmed")  # "no evidence that P", "no record of his arrest"
        elif lemma in {"reason", "truth", "basis", "foundation"}:
            r.deny()  # "no reason to believe P", "no truth to reports that P"
    if lemma in lx.CONFIRM_VERBS and (_negated(tok) or _unable_to(tok)):
        r.weaken("unconfirmed")  # "could not confirm", "not in a position to confirm"
    if lemma in lx.REPORTING_VERBS and premature_report(tok):
        r.weaken("unconfirmed")  # "too early to say whether P"
    if (
        lemma in lx.REPORTING_VERBS
        and dep == "ccomp"
        and _withheld(tok)
        and any(
            m.dep_ == "mark" and m.lower_ in {"whether", "if"}
            for c in tok.children
            if c.dep_ == "ccomp"
            for m in c.children
        )
    ):
        r.weaken("unconfirmed")  # "declined to say whether P", "would not say whether P"
    if lemma in lx.DENIAL_VERBS and dep in {"ccomp", "xcomp", "dobj", "acl", "pobj", "nsubjpass"}:
        r.deny()  # what is denied is the verb's content, not a clause beside it ("..., saying P")
    if (
        lemma == "be"
        and dep == "ccomp"
        and any(
            c.dep_ == "acomp"
            and (
                c.lower_ in lx.FALSE_WORDS
                or c.lower_ in {"true", "correct", "right"}
                and _negated(tok)
            )
            for c in tok.children
        )
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in tok.children)
    ):
        r.deny()  # "it is not true that P", "it was untrue that P"


# Written traces whose absence leaves an event open: "had no record of his arrest".
_RECORD_NOUNS = frozenset({"record", "records", "registration", "documentation"})


def _no_proof_beside(verb: Token) -> bool:
    """A report joined by "but" to a clause saying no proof came ("had been told P but had
    not received any proof", "heard P but has seen no evidence"): P is left open."""
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i < verb.i or conj.pos_ not in {"VERB", "AUX"}:
            continue
        if not any(c.dep_ == "cc" and c.lower_ in {"but", "yet"} for c in verb.children):
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in conj.children):
            continue  # a subject of its own: not the reporter's "but had no proof"
        for obj in conj.children:
            if obj.dep_ != "dobj" or obj.lemma_.lower() not in lx.EVIDENCE_NOUNS:
                continue
            if _negated(conj) or any(d.lower_ == "no" for d in obj.children):
                return True
    return False


def _withheld(verb: Token) -> bool:
    """ "declined / refused / would not say": the speaker keeps the answer back."""
    if _negated(verb) and verb.lemma_.lower() not in {"decline", "refuse"}:
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in {"decline", "refuse"}


def _read_hedges(ctx: ClaimContext, r: _Reading, tok: Token, lemma: str, dep: str) -> None:
    """Conditions, "appear to", "hoped that", modals and hedging adverbs on the content."""
    if _conditional(tok):
        r.weaken("hedged")
    if lemma in lx.HEDGE_VERBS and dep == "xcomp":
        r.weaken("hedged")
    if (lemma in lx.HOPE_VERBS or tok.lower_.startswith("hope")) and dep in {"ccomp", "xcomp"}:
        r.weaken("hedged")  # "hoped he was alive", "fear he was tortured"
    r.weaken(_hedge_of(ctx, tok))


def _hedge_of(ctx: ClaimContext, tok: Token) -> Certainty:
    """:func:`_local_hedge` of ``tok``, read once per document: the walks of the claims of
    one sentence climb through the same clause heads (it depends on the parse alone)."""
    memo = ctx.tables.memo(ctx)
    hedges = memo.get("local_hedge")
    if hedges is None:
        hedges = memo["local_hedge"] = {}
    grade = hedges.get(tok.i)
    if grade is None:
        grade = hedges[tok.i] = _local_hedge(tok)
    return grade


def _read_reporting_verb(
    ctx: ClaimContext,
    r: _Reading,
    tok: Token,
    lemma: str,
    dep: str,
    anchor: Token,
    *,
    content: bool,
) -> None:
    """A reporting verb above the trigger: its subject becomes the source (the outermost
    one wins); a negated one denies ("I do not believe ... he is dead") or leaves the
    content open ("do not know where he is")."""
    if (
        lemma not in lx.REPORTING_VERBS
        or tok.pos_ not in {"VERB", "AUX"}
        or dep not in _SOURCE_DEPS
    ):
        return
    if lemma == "claim" and dep == "dobj" and anchor.pos_ == "NOUN":
        return  # "no one has claimed the kidnapping": responsibility, the event is taken as given
    if (
        _negated(tok)
        and lemma not in lx.DENIAL_VERBS
        and dep in {"ccomp", "xcomp", "dobj", "parataxis"}
    ):
        kids = _children_of_child(tok, anchor)
        if any(c.lower_ == "why" for c in kids):
            # "was never told why he had been taken", "It did not say why he was held": the
            # taking is presupposed by the writer, not claimed by the one who kept silent
            return
        elif (
            lemma in lx.CONFIRM_VERBS
            or any(c.lower_ in {"where", "whether", "if", "how", "when"} for c in kids)
            or withheld_assertion(tok)  # "until I see proof, I will not say that P"
        ):
            r.weaken("unconfirmed")
        else:
            r.deny()
    if r.relayed:
        return  # the one who passes the word on is not its source
    if content:
        r.weaken(_cue_certainty(tok))
    found = _speaker_of(ctx, tok)
    if found is not None and content and _purpose_report(tok):
        # "a lawyer had called the family to say he was safe": the caller's word, relayed
        r.relayed = True
        r.weaken("reported")
    if r.background and r.source is not None and not content:
        return  # "X said Y, whom officials declared dead": the relative clause keeps its own source
    if found is not None and not (r.question and lemma in {"believe", "mean", "think"}):
        r.source = found


def _final_source(ctx: ClaimContext, r: _Reading, anchor: Token) -> Source | None:
    """The source from the parse, else the quotation, a tail attribution or a statement
    around the trigger, else a nominal source, else none (narration)."""
    if r.contested:
        return r.nominal
    source = r.source
    if source is None or source.name.lower() in {"i", "we"}:
        source = (
            quote_source(ctx, anchor)
            or _tail_attribution(ctx, anchor)
            or _statement_source(ctx, anchor)
            or _leading_report(ctx, anchor)
            or source
        )
    return source if source is not None else r.nominal


def _leading_report(ctx: ClaimContext, anchor: Token) -> Source | None:
    """ "State TV, citing a source, says X was killed", parsed with "says" hanging off the
    trigger's clause (parataxis) instead of governing it: the reporting verb before the
    clause is its source."""
    clause = anchor
    while clause.dep_ in {"conj", "xcomp"} and clause.head is not clause:
        clause = clause.head
    for verb in clause.children:
        if (
            verb.dep_ == "parataxis"
            and verb.i < anchor.i
            and verb.lemma_.lower() in lx.REPORTING_VERBS - lx.DENIAL_VERBS
            and not any(c.dep_ in {"ccomp", "xcomp", "dobj"} for c in verb.children)
        ):
            return _speaker_of(ctx, verb)
    return None


_SOURCE_DEPS = frozenset(
    {
        "ccomp",
        "xcomp",
        "dobj",
        "advcl",
        "parataxis",
        "acl",
        "relcl",
        "npadvmod",
        "prep",
        "nsubjpass",
        "oprd",
    }
)


def _negated_have(tok: Token) -> bool:
    """ "did not have any evidence": a negated "have" above an evidence noun."""
    return (
        tok.pos_ == "NOUN"
        and tok.dep_ == "dobj"
        and _negated(tok.head)
        and tok.head.lemma_ == "have"
    )


_INABILITY_WORDS = frozenset({"unable", "impossible", "incapable"})
_RELUCTANCE_VERBS = frozenset({"fail", "hesitate", "refuse", "decline", "wait", "delay"})
_FRAME_DEPS = frozenset({"xcomp", "relcl", "acl", "pobj", "prep", "acomp", "advcl"})


def _unable_to(verb: Token) -> bool:
    """An infinitive under a negated or negative frame: "not in a position to confirm",
    "unable to verify", "not able to confirm", "no way to confirm" (the speaker leaves P open)."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    tok = verb
    for _ in range(4):
        if tok.dep_ not in _FRAME_DEPS or tok.head is tok:
            return False
        tok = tok.head
        lemma = tok.lemma_.lower()
        if lemma in _RELUCTANCE_VERBS:  # "failed to confirm"; "did not hesitate to confirm"
            return not _negated(tok) if lemma == "fail" else False
        if (
            tok.lower_ in _INABILITY_WORDS
            or _negated(tok)
            or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
        ):
            return True
        if tok.pos_ in {"VERB", "AUX"}:
            return False
    return False


def _conditional(tok: Token) -> bool:
    """A clause with an "if"/"unless" condition attached."""
    tables = active_index(tok.doc)
    if tables is not None:  # (read from the tables: no Token per child)
        dep, low, kids = tables.dep, tables.lower, tables.children
        return any(
            dep[c] == "advcl"
            and any(dep[m] == "mark" and low[m] in {"if", "unless"} for m in kids[c])
            for c in kids[tok.i]
        )
    for c in tok.children:
        if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children
        ):
            return True
    return False


def _children_of_child(head: Token, anchor: Token) -> list[Token]:
    """Children of the child of ``head`` that lies on the path to ``anchor``."""
    tok = anchor
    while tok.head != head and tok.head != tok:
        tok = tok.head
    return list(tok.children) if tok.head == head else []


def _not_shown(verb: Token) -> bool:
    """A negated passive of showing with its own object ("had not been shown his body",
    "were not shown any proof"): its subject is who was not shown, not the claim's person."""
    return (
        verb.lemma_.lower() in {"show", "give"}
        and any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ == "dobj" for c in verb.children)
        and _negated(verb)
    )


def _clause_tokens(ctx: ClaimContext, hit: Hit) -> list[Token]:
    return [ctx.doc[i] for i in hit.clause if ctx.doc[i] != hit.anchor]


_NEITHER = frozenset({"neither", "nor"})
_NEITHER_DEPS = frozenset({"preconj", "cc"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_NOBODY = frozenset({"nobody", "none", "noone"})


def _negated(tok: Token) -> bool:
    """A negation on ``tok``'s own clause ("was not", "never", "no longer", "neither ...
    nor", "has yet to be", "refused to resign", "no official has ...")."""
    tables = active_index(tok.doc)
    if tables is None:
        return _negated_by_tokens(tok)
    i = tok.i
    found = tables.clause_negated_at.get(i)  # (once per token: the source rules ask again)
    if found is None:
        found = tables.clause_negated_at[i] = _negated_on_tables(tables, tok)
    return found


def _negated_on_tables(tables: DocIndex, tok: Token) -> bool:
    """:func:`_negated` on the shared token tables (``Token.children`` rescans the token's
    span)."""
    i, kids, dep, low = tok.i, tables.children, tables.dep, tables.lower
    mine = kids[i]
    if any(dep[c] == "neg" or low[c] == "never" for c in mine):
        return True
    if any(low[c] in {"longer", "more"} and any(low[d] == "no" for d in kids[c]) for c in mine):
        return True  # "is no longer in custody"
    if any(low[c] in _NEITHER and dep[c] in _NEITHER_DEPS for c in mine):
        return True  # "was neither killed nor wounded"
    head = tables.head[i]
    if dep[i] == "conj" and any(low[c] in _NEITHER and dep[c] in _NEITHER_DEPS for c in kids[head]):
        return True
    if (
        dep[i] == "xcomp"
        and any(low[c] == "yet" for c in kids[head])
        and tok.doc[head].lemma_ in {"have", "be"}
    ):
        return True  # "has yet to be released"
    if (
        dep[i] == "xcomp"
        and tables.lemma[head] in {"refuse", "decline"}
        and tables.pos[head] == "VERB"
    ):
        return (
            tables.lemma[i] not in lx.REPORTING_VERBS
        )  # "refused to resign" (not "declined to say")
    # "no official has ever claimed ..." / "nobody has claimed"
    # (not the aside "X - no relation - was detained" the parser took for the subject)
    return any(
        dep[c] in _SUBJECT_DEPS
        and (low[c] in _NOBODY or any(low[d] == "no" for d in kids[c]) and low[c] != "relation")
        for c in mine
    )


def _negated_by_tokens(tok: Token) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in {"never", "no longer"} for c in tok.children):
        return True
    if any(
        c.lower_ in {"longer", "more"} and any(d.lower_ == "no" for d in c.children)
        for c in tok.children
    ):
        return True  # "is no longer in custody"
    if any(c.lower_ in {"neither", "nor"} and c.dep_ in {"preconj", "cc"} for c in tok.children):
        return True  # "was neither killed nor wounded"
    if tok.dep_ == "conj" and any(
        c.lower_ in {"neither", "nor"} and c.dep_ in {"preconj", "cc"} for c in tok.head.children
    ):
        return True
    if (
        tok.dep_ == "xcomp"
        and any(c.lower_ == "yet" for c in tok.head.children)
        and tok.head.lemma_ in {"have", "be"}
    ):
        return True  # "has yet to be released"
    if (
        tok.dep_ == "xcomp"
        and tok.head.lemma_.lower() in {"refuse", "decline"}
        and tok.head.pos_ == "VERB"
    ):
        # "refused to resign" (not "declined to say")
        return tok.lemma_.lower() not in lx.REPORTING_VERBS
    # "no official has ever claimed ..." / "nobody has claimed"
    for c in tok.children:
        if c.dep_ in {"nsubj", "nsubjpass"} and (
            c.lower_ in {"nobody", "none", "noone"}
            or any(d.lower_ == "no" for d in c.children)
            and c.lower_ != "relation"  # (the aside "X - no relation - was detained")
        ):
            return True
    return False


def _hedging_child(tok: Token, *, modals: bool) -> bool:
    """A hedging adverb ("probably") or, with ``modals``, a modal ("may", "might") on
    ``tok`` (read from the shared token tables when the claims stage keeps them)."""
    tables = active_index(tok.doc)
    if tables is None:
        return any(
            c.dep_ == "advmod"
            and c.lower_ in lx.HEDGE_ADVERBS
            or modals
            and c.dep_ == "aux"
            and c.lower_ in lx.HEDGE_MODALS
            for c in tok.children
        )
    dep, low = tables.dep, tables.lower
    return any(
        dep[c] == "advmod"
        and low[c] in lx.HEDGE_ADVERBS
        or modals
        and dep[c] == "aux"
        and low[c] in lx.HEDGE_MODALS
        for c in tables.children[tok.i]
    )


def _local_hedge(tok: Token) -> Certainty:
    if (framed := frame_certainty(tok)) is not None:
        return framed  # "as far as we know", "declared dead four times", "whereabouts unknown"
    if _hedging_child(tok, modals=True):
        return "hedged"
    # "It's believed ...", "He is believed to be ...", "is said to have"
    if (
        tok.lemma_.lower() in _PASSIVE_HEDGES
        and any(c.dep_ == "auxpass" for c in tok.children)
        and not any(c.dep_ == "agent" for c in tok.children)
    ):
        # "He is believed to be ..." hedges; "he was reported killed" relays reports.
        return (
            "reported"
            if tok.lemma_.lower() in {"report", "say", "claim", "rumour", "rumor"}
            else "hedged"
        )
    if tok.lower_ in {"alleged", "purported", "apparent", "suspected"}:
        return "hedged"
    if _only_to_the_speaker(tok):
        return "hedged"  # "he is alive to us": alive as far as the speaker is concerned
    return "asserted"


_PASSIVE_HEDGES = lx.IMPERSONAL_HEDGES | {"report", "say", "claim", "rumour", "rumor"}


def _only_to_the_speaker(tok: Token) -> bool:
    """ "X is alive to us", "dead to me": a state held only in the speaker's eyes."""
    tables = active_index(tok.doc)
    if tables is not None:  # (most clauses say neither word: tell so from the tables)
        low, dep = tables.lower, tables.dep
        if low[tok.i] not in _ALIVE_DEAD and not any(
            dep[c] == "acomp" and low[c] in _ALIVE_DEAD for c in tables.children[tok.i]
        ):
            return False
    states = [tok, *(c for c in tok.children if c.dep_ == "acomp")]
    return any(
        s.lower_ in {"alive", "dead"}
        and any(
            p.dep_ == "prep"
            and p.lower_ == "to"
            and any(o.dep_ == "pobj" and o.lower_ in {"us", "me"} for o in p.children)
            for p in s.children
        )
        for s in states
    )


_ALIVE_DEAD = frozenset({"alive", "dead"})


def _cue_certainty(verb: Token) -> Certainty:
    lemma = verb.lemma_.lower()
    if lemma in lx.CLAIM_VERBS:
        return "reported"
    if (graded := verb_certainty(verb)) is not None:
        return graded  # "he believes she is held", "I thought she was dead", "They say ..."
    return "asserted"


def _answer(root: Token) -> bool | None:
    """A one-word answer quoted after the reporting verb: "Urban said, 'Yes.'"."""
    for c in root.subtree:
        if c.lower_ in lx.ANSWER_YES and c.dep_ in {"intj", "dobj", "ccomp", "attr"}:
            return True
        if c.lower_ in lx.ANSWER_NO and c.dep_ in {"intj", "dobj", "ccomp", "attr"}:
            return False
    return None


def _speaker_of(ctx: ClaimContext, verb: Token) -> Source | None:
    """Subject (or passive agent) of a reporting verb as a source (read once per verb: every
    claim under the verb asks)."""
    if verb.i not in ctx.speakers:
        ctx.speakers[verb.i] = _read_speaker(ctx, verb)
    return ctx.speakers[verb.i]


# The label of a numbered document ("communique No. 14", "statement number 3").
_NUMBER_LABELS = frozenset({"no", "no.", "number", "nr", "nr."})


def _read_speaker(ctx: ClaimContext, verb: Token) -> Source | None:
    subj = None
    # (only a subject or an agent is read: the other children from the tables, no Token)
    dep, doc = ctx.tables.dep, verb.doc
    for c in [doc[k] for k in ctx.tables.children[verb.i] if dep[k] in {"nsubj", "agent"}]:
        if c.dep_ == "nsubj" and c.is_punct:
            continue  # "the army's communique No. 14 said": the parser's split of the number
        if c.dep_ != "nsubj":
            pass
        elif c.lower_ in _NUMBER_LABELS and c.i > 0:
            subj = past_dateline(ctx, c.doc[c.i - 1])  # "communique No." → the communique
        elif not _split_name_tail(c) and not _after_unnamed_sources(subj, c):
            subj = past_dateline(ctx, c)
        if c.dep_ == "agent":
            subj = next((p for p in c.children if p.dep_ == "pobj"), subj)
    if subj is None:
        subj = _reporter_agent(ctx, verb)
    if subj is None:
        subj = participle_subject(verb)  # "X, going further than his ministry, said"
    if subj is None:
        subj = stranded_subject(verb)  # "the aid worker X, 34, who ..., said"
        if subj is not None:
            subj = _owner_of_adjective_object(subj)  # "a person familiar with the matter said"
        if (
            subj is not None
            and subj.dep_ == "appos"
            and subj.pos_ == "NOUN"
            and any(c.lower_ in {"a", "an"} for c in subj.children)
        ):
            # "... his escort, Sgt. X, a police spokeswoman said": the unnamed speaker, not X
            return Source(_description(subj), None, True, "reported")
    if (
        subj is None
        and verb.dep_ == "conj"
        and verb.head.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ == "auxpass" for c in verb.children)
    ):
        # "X was detained in 2019 and says he was beaten": the first conjunct's subject
        subj = next(
            (past_dateline(ctx, c) for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}),
            None,
        )
    if subj is None and _purpose_report(verb):
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "xcomp" and verb.head != verb:
        # "declined to say where", "refused to confirm": the governing verb's subject speaks
        subj = next((past_dateline(ctx, c) for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subj is None:
            # "the ministry is relieved to confirm", parsed as a passive or a copula
            holder = verb.head.head if verb.head.dep_ == "acomp" else verb.head
            subj = next(
                (
                    past_dateline(ctx, c)
                    for c in holder.children
                    if c.dep_ in {"nsubj", "nsubjpass"}
                ),
                None,
            )
    if (
        subj is None
        or subj.lower_ in {"it", "there"}
        and not any(
            e.kind in {"org", "gpe", "outlet"}
            for e in [entity_at(ctx.doc, subj.idx, subj.idx + 1)]
            if e
        )
        and not (
            subj.lower_ == "it" and subj.i == subj.sent.start and _recent_org(ctx, subj) is not None
        )
    ):
        return (
            None  # a sentence-initial "It declined to say ..." takes up the organisation just named
        )
    if subj.lower_ in {"he", "she"} and (gendered := _gendered_speaker_before(ctx, subj)):
        subj = gendered  # "A spokeswoman ... denied P. She said ...": the same unnamed speaker
    elif subj.lower_ in {"he", "she"}:
        # Attribution resolves speaker pronouns with gender and paragraph context.
        resolved = _pronoun_speaker(ctx, subj)
        if resolved is not None:
            return resolved
        if _entity_over(ctx, subj) is None and (before := _unnamed_antecedent(ctx, subj)):
            subj = before  # "... her lawyer saw her there. He says she has bruises"
    if subj.lemma_.lower() in _INFERENCE_NOUNS or subj.lower_ in {"nobody", "none"}:
        return None  # "the group's behaviour suggests that P"; "Nobody has heard from X"
    name, entity_id, anonymous = name_of(ctx, subj)
    certainty: Certainty = "reported" if anonymous or _relays_others(verb) else "asserted"
    return Source(name, entity_id, anonymous, certainty)


def _after_unnamed_sources(first: Token | None, second: Token) -> bool:
    """ "Sources in the movement that X leads, the Union for Y, say": the parser makes the
    movement's name in apposition a second subject of the verb; the sources speak."""
    return (
        first is not None
        and first.i < second.i
        and first.lemma_.lower() in lx.SOURCE_NOUNS
        and first.tag_ == "NNS"
        and second.doc[second.left_edge.i - 1].text == ","
    )


def _owner_of_adjective_object(tok: Token) -> Token:
    """ "a person familiar with the matter", "two people close to the family": the noun
    the adjective describes speaks, not the object of its preposition (which a stranded
    subject reading, taking the noun right before "said", lands on)."""
    prep = tok.head
    adjective = prep.head
    if (
        tok.dep_ == "pobj"
        and prep.dep_ == "prep"
        and adjective.pos_ == "ADJ"
        and adjective.dep_ == "amod"
        and adjective.head.pos_ in {"NOUN", "PROPN"}
    ):
        return adjective.head
    return tok


def _relays_others(verb: Token) -> bool:
    """ "the broadcaster said, citing military sources", "the agency reported, quoting a
    police officer": a speaker who passes on what others told it vouches for nothing itself."""
    return any(
        c.lemma_.lower() in {"cite", "quote"}
        and c.tag_ == "VBG"
        and c.dep_ in {"advcl", "xcomp", "conj", "dep"}
        for c in verb.children
    )


# Things that "suggest" or "indicate" but say nothing: the inference is the writer's.
_INFERENCE_NOUNS = frozenset(
    {"behaviour", "behavior", "silence", "timing", "absence", "pattern", "fact", "lack", "conduct"}
)


# Verbs of getting in touch whose purpose clause carries a message ("called to say").
_CONTACT_VERBS = frozenset(
    {"call", "contact", "phone", "ring", "text", "write", "email", "visit", "come", "reach"}
)


def _purpose_report(verb: Token) -> bool:
    """ "X had called the family to say P": a reporting infinitive of purpose under a verb of
    getting in touch; X, the caller, says P."""
    return (
        verb.dep_ in {"advcl", "xcomp"}
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and verb.head.lemma_.lower() in _CONTACT_VERBS
    )


def _heard_from(verb: Token, came_from: Token) -> Token | None:
    """ "had heard from a police officer that P", "learned from a cousin that P": who the
    word came from (the pobj of "from"), for the content clause of the verb (reached
    through its clause, or through the "from" phrase the parser hung it on); "learned of
    her dismissal from television" names a medium, not a person."""
    if verb.lemma_.lower() not in {"hear", "learn"} or verb.pos_ != "VERB":
        return None
    if came_from.dep_ != "ccomp" and not (came_from.dep_ == "prep" and came_from.lower_ == "from"):
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None:
                continue
            lemma = obj.lemma_.lower()
            if obj.pos_ == "PROPN" or lemma in PERSON_NOUNS | lx.SOURCE_NOUNS | lx.KIN_NOUNS:
                return obj
    return None


def _split_name_tail(subject: Token) -> bool:
    """ "A commander close to al-Zubaidi told": the parser cuts the name at its hyphen and
    makes the tail a second subject of the verb; the tail is no speaker."""
    first = subject.left_edge.i
    doc = subject.doc
    return (
        first >= 2
        and doc[first - 1].text == "-"
        and not doc[first - 2].whitespace_
        and doc[first - 2].dep_ == "pobj"
    )


def _reporter_agent(ctx: ClaimContext, verb: Token) -> Token | None:
    """ "X was reported killed by the ministry": the parser hangs the "by" phrase on the
    participle, where it could name the killer; an outlet or a reporting body (ministry,
    agency, officials, state media) is the one who reported it."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    for xcomp in (
        c for c in verb.children if c.dep_ in {"xcomp", "oprd", "ccomp"} and c.tag_ == "VBN"
    ):
        for agent in (c for c in xcomp.children if c.dep_ == "agent"):
            pobj = next((p for p in agent.children if p.dep_ == "pobj"), None)
            if pobj is None:
                continue
            ent = _entity_over(ctx, pobj)
            if ent is not None and ent.kind == "outlet" or pobj.lemma_.lower() in lx.REPORTER_NOUNS:
                return pobj
            if (
                ent is not None
                and ent.kind == "org"
                and ent.name.split()[-1].lower() in lx.REPORTER_NOUNS
            ):
                return pobj
    return None


def _pronoun_speaker(ctx: ClaimContext, pronoun: Token) -> Source | None:
    """The named speaker attribution found for the pronoun ``pronoun`` ("..., she said")."""
    for st in ctx.statements:
        sp = st.speaker
        if sp is None or sp.start != pronoun.idx or not sp.entity_id:
            continue
        ent = next(
            (e for e in ctx.entities if e.entity_id == sp.entity_id and e.kind == "person"), None
        )
        if ent is not None:
            return Source(
                ent.name, ent.entity_id, sp.anonymous, "reported" if sp.anonymous else "asserted"
            )
    return None


_MALE_NOUNS = frozenset(
    {"man", "husband", "son", "father", "brother", "boy", "nephew", "uncle", "fiance"}
)
_FEMALE_NOUNS = frozenset(
    {"woman", "wife", "daughter", "mother", "sister", "girl", "niece", "aunt", "fiancee"}
)


def _unnamed_antecedent(ctx: ClaimContext, pronoun: Token) -> Token | None:
    """An unresolved speaking "he" / "she": the last unnamed singular person noun that was a
    subject in the same or the previous sentence ("her lawyer saw her there. He says ..."),
    of no other gender."""
    n = ctx.sent_of[pronoun.i]
    lo = ctx.sents[max(0, n - 1)].start
    wrong = _FEMALE_NOUNS if pronoun.lower_ == "he" else _MALE_NOUNS
    for t in reversed(ctx.doc[lo : pronoun.i]):
        if t.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        if (t.pos_ != "NOUN" or t.tag_ != "NN") and t.head.lemma_.lower() not in lx.REPORTING_VERBS:
            continue  # a name inside what was said: "X, speaking ..., says Y has not resigned"
        if t.pos_ != "NOUN" or t.tag_ != "NN":
            return None  # the last speaker is someone else (a name, a pronoun, a plural)
        lemma = t.lemma_.lower()
        if lemma not in PERSON_NOUNS | lx.KIN_NOUNS or lemma in wrong:
            return None
        if entity_in_name(ctx, t) is not None:
            return None  # named: the entity stage would have taken the pronoun up
        return t
    return None


def _gendered_noun(tok: Token) -> str | None:
    """ "she" for "spokeswoman", "wife"; "he" for "spokesman", "husband"; else None."""
    lemma = tok.lemma_.lower()
    if lemma in _FEMALE_NOUNS or lemma.endswith("woman"):
        return "she"
    if lemma in _MALE_NOUNS or lemma.endswith("man") and not lemma.endswith("human"):
        return "he"
    return None


def _gendered_speaker_before(ctx: ClaimContext, pronoun: Token) -> Token | None:
    """A speaking "he" / "she" that opens a sentence right after an unnamed speaker of that
    gender spoke ("A spokeswoman for the rebels denied P. She said Q. She added R"): news
    keeps the speaker through the pronoun, whoever else the reported clause names."""
    n = ctx.sent_of[pronoun.i]
    if n == 0 or pronoun.i != ctx.sents[n].start or pronoun.dep_ != "nsubj":
        return None
    if ctx.para_of_sent[n - 1] != ctx.para_of_sent[n]:
        return None
    for back in range(n - 1, max(-1, n - 3), -1):  # through a run of "She said" sentences
        if ctx.para_of_sent[back] != ctx.para_of_sent[n]:
            return None
        sent = ctx.sents[back]
        root = sent.root
        if root.lemma_.lower() not in lx.REPORTING_VERBS:
            return None
        speaker = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if speaker is None:
            return None
        if speaker.lower_ == pronoun.lower_ and speaker.i == sent.start:
            continue  # "She said P. She added Q": look further back
        if speaker.pos_ != "NOUN" or _gendered_noun(speaker) != pronoun.lower_:
            return None
        named = entity_in_name(ctx, speaker)
        if named is not None and _new_referent(speaker) and not _named_later_as(named, speaker):
            named = None  # "A spokeswoman denied that X ...": coreference merged her with X
        return speaker if named is None else None
    return None


def _attributed_pronoun(ctx: ClaimContext, pronoun: Token) -> tuple[str, str | None, bool] | None:
    """What the attribution stage resolved a speaking "they" or "the group" to (a group of
    people or an organisation named before it), read from the statement it speaks."""
    starts = {pronoun.idx, pronoun.left_edge.idx}
    for st in ctx.statements:
        sp = st.speaker
        if sp is None or sp.start not in starts or not sp.name or sp.name == sp.text:
            continue
        if sp.entity_id:
            ent = next((e for e in ctx.entities if e.entity_id == sp.entity_id), None)
            kinds = {"org", "outlet"} if pronoun.lower_ in {"they", "their"} else {"org", "person"}
            if ent is not None and ent.kind in kinds:
                return ent.name, ent.entity_id, False
            if ent is not None:
                continue  # a place is not who "they" are
        return sp.name, None, sp.anonymous or is_anonymous(sp.name) or _unnamed_people(sp.name)
    return None


def _unnamed_people(description: str) -> bool:
    """ "the guards", "the two soldiers": a group of people the text never names, as a
    "they" takes them up (second-hand, like any unnamed source); "the police", "the
    authorities" and "the brigades" are bodies, and a capitalised word is a name."""
    words = description.split()
    if not 2 <= len(words) <= 4 or words[0].lower() not in {"the", "those", "these"}:
        return False
    if not all(w.islower() or w.isdigit() for w in words[1:]):
        return False
    last = words[-1]
    singular = last[:-3] + "y" if last.endswith("ies") else last.rstrip("s")
    return (
        last.endswith("s")
        and last not in lx.INSTITUTION_NOUNS
        and singular not in lx.INSTITUTION_NOUNS | lx.GROUP_HEADS
    )


def name_of(ctx: ClaimContext, tok: Token) -> tuple[str, str | None, bool]:
    """:func:`_name_of`, with an acronym the text spelt out ("The Committee for Free Media
    (CFM) said ... , CFM said") given as the name it stands for."""
    name, entity_id, anonymous = _name_of(ctx, tok)
    if not anonymous:
        name = _full_body_name(ctx, name)  # "Justice" → "Justice for Myanmar Network"
    if not anonymous and _ACRONYM_RE.fullmatch(name):
        spelt = _spelt_out(ctx.text, name)
        if spelt is not None:
            return spelt, entity_id, False
    return name, entity_id, anonymous


_ACRONYM_RE = re.compile(r"[A-Z][A-Z&]{1,7}")


def _full_body_name(ctx: ClaimContext, name: str) -> str:
    """:func:`full_body_name` of ``name`` in the document's text, read once per name and
    document (a speaker is named again and again; each reading searches the text)."""
    memo = ctx.tables.memo(ctx)
    names = memo.get("full_body_name")
    if names is None:
        names = memo["full_body_name"] = {}
    whole = names.get(name)
    if whole is None:
        whole = names[name] = full_body_name(ctx.text, name)
    return whole


def _spelt_out(text: str, acronym: str) -> str | None:
    """ "the Committee for Free Media (CFM)": the capitalised name before the bracketed
    acronym, when its capitals spell it."""
    for m in re.finditer(r"\(\s*" + re.escape(acronym) + r"\s*\)", text):
        words = text[max(0, m.start() - 120) : m.start()].split()
        capitals: list[str] = []
        name: list[str] = []
        for word in reversed(words):
            if word[:1].isupper():
                capitals.insert(0, word[0])
            elif word.lower() not in {"of", "for", "the", "and", "on", "in", "de", "des", "du"}:
                break
            name.insert(0, word)
            if "".join(capitals) == acronym.replace("&", ""):
                while name and not name[0][:1].isupper():
                    name.pop(0)
                if name and name[0] == "The":
                    name.pop(0)
                return " ".join(name) if name else None
    return None


def _name_of(ctx: ClaimContext, tok: Token) -> tuple[str, str | None, bool]:
    """Canonical name of the entity a token refers to, or an anonymous description.

    Looks through titles and appositions ("A spokesman, Asad Khorasani,", "Brig. Gen. X"),
    resolves "the ministry" / "the group" to the organisation named earlier, and keeps
    unnamed sources as written ("several US officials"); "the officials" reuses the
    earlier description with the same head noun.
    """
    tok = relative_head(tok)
    real = speaker_token(tok)
    if real.i != tok.i:  # a medium's issuer: "a statement from X", "the account" of X's
        return name_of(ctx, real)
    if (desc := ordinal_description(tok)) is not None:  # "The second, a western official,"
        return desc, None, True
    if (heard := _purported(ctx, tok)) is not None:  # "the man on the recording said"
        return heard, None, True
    if (
        earlier := _the_man_again(ctx, tok)
    ) is not None:  # "a released prisoner said ... the man said"
        return name_of(ctx, earlier)
    if (earlier := _unnamed_source_again(tok)) is not None:
        # "A negotiator close to the pirates said ... , the negotiator said": the same
        # unnamed source, described as it was introduced
        return name_of(ctx, earlier)
    ent = entity_in_name(ctx, tok)
    if (
        ent is not None
        and _new_referent(tok)
        and not _named_later_as(ent, tok)
        and _loose_org_apposition(ctx, tok) is not ent
    ):
        ent = None  # "An official said X was held": not X, whom coreference merged it with
    if ent is not None and _not_an_outlet(ent, tok):
        ent = None  # "according to the group": not the newspaper coreference merged it with
    if ent is None and tok.lower_ in {"they", "their"}:
        plural = _recent_plural_source(ctx, tok)
        org = _recent_org(ctx, tok)
        org_at = (
            max((m.start for m in org.mentions if m.start < tok.idx), default=-1) if org else -1
        )
        inside = plural is not None and plural.left_edge.idx <= org_at <= plural.right_edge.idx
        if plural is not None and (plural.idx > org_at or inside):
            # "Prosecutors said ... , they said": the people, not a place
            return name_of(ctx, plural)
        taken_up = _attributed_pronoun(ctx, tok)
        if taken_up is not None:
            # "Two police officers were at the scene. They said ...": the group the
            # attribution stage found for the speaking "they"
            return taken_up
    if ent is None and tok.lower_ == "it" and (taken := _attributed_pronoun(ctx, tok)) is not None:
        return taken  # "The president's office insisted ... It denied ...": the office
    if ent is None and tok.lower_ in {"they", "it", "its", "their"}:
        ent = _recent_org(ctx, tok)
    if ent is None and tok.lower_ == "it" and (subject_body := _body_subject_before(tok)) is not None:
        return name_of(ctx, subject_body)  # "The army issued a statement. It said ...": the army
    if (
        ent is None
        and tok.pos_ == "NOUN"
        and any(c.lower_ in {"the", "its"} or c.dep_ == "poss" for c in tok.children)
        and (taken_up := _attributed_pronoun(ctx, tok)) is not None
        and not taken_up[2]
        and taken_up[0][:1].isupper()
        and (
            tok.lower_ in taken_up[0].lower().split()
            or any(c.dep_ == "appos" and c.i > tok.i for c in tok.children)
        )
    ):
        return taken_up  # "the group said", "her employer, the charity X,": named by attribution
    if (
        ent is None
        and tok.pos_ == "NOUN"
        and any(c.lower_ == "same" for c in tok.children)
        and (taken_up := _attributed_pronoun(ctx, tok)) is not None
    ):
        return taken_up  # "according to the same official": the one cited before, named or not
    if (
        ent is None
        and tok.pos_ == "NOUN"
        and tok.lemma_.lower() in _OUTLET_NOUNS
        and any(c.lower_ == "the" for c in tok.children)
        and (outlet := _outlet_before(ctx, tok)) is not None
    ):
        return outlet, None, False  # "state television reported ... the broadcaster said"
    if ent is None and tok.pos_ == "NOUN" and any(c.lower_ in {"the", "its"} for c in tok.children):
        ent = _definite_org(ctx, tok)
    if ent is not None:
        return ent.name, ent.entity_id, False
    if tok.pos_ == "NOUN" and (named := _earlier_proper_name(tok)) is not None:
        # "the ministry" after "the Interior Ministry", unrecognised as an entity
        return (named, None, False)
    if (
        tok.pos_ == "NOUN"
        and tok.lemma_.lower() in PERSON_NOUNS | lx.KIN_NOUNS
        and (
            bare := next(
                (
                    c
                    for c in tok.children
                    if c.dep_ in {"appos", "compound"} and c.pos_ == "PROPN" and c.i > tok.i
                ),
                None,
            )
        )
        is not None
    ):
        return tok.doc[bare.left_edge.i : bare.i + 1].text, None, False  # "his son Chai said"
    if (elsewhere := _named_elsewhere(ctx, tok)) is not None:
        # "her husband said" ... "Her husband, X, said"
        return (elsewhere.name, elsewhere.entity_id, False)
    if (body := _body_named_next(ctx, tok)) is not None:
        return (body.name, body.entity_id, False)  # "a monitoring group said ... X said"
    if (untagged := _untagged_body_next(ctx, tok)) is not None:
        return (untagged, None, False)  # "the charity he works for said ... Hope Without Borders"
    if (
        tok.lemma_.lower() in lx.MESSAGE_NOUNS
        and (
            owner := next(
                (c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"), None
            )
        )
        is not None
        and (named := _earlier_proper_name(owner, definite=False)) is not None
    ):
        return named, None, False  # "a ministry statement said": the ministry named before
    if tok.lower_ in {"i", "we"}:
        q = quote_source(ctx, tok)
        if q is not None:
            return q.name, q.entity_id, q.anonymous
    if (person := interview_person(ctx, tok)) is not None:
        # an interview printed as questions and answers: an answer's "I" / "we" is the one
        # interviewed
        return person.name, person.entity_id, False
    if tok.lower_ == "i" and in_quote(ctx, tok.idx) is None and ctx.outlet:
        # any other unquoted "I" (an interviewer's, a correspondent's line in a transcript,
        # a column) is the outlet's
        return ctx.outlet, None, False
    if (
        tok.lower_ == "we"
        and in_quote(ctx, tok.idx) is None
        and (printed_by := statement_author(ctx.text) or press_release_author(ctx.text))
    ):
        return printed_by, None, False  # a published statement's "we": its author
    if tok.lower_ == "we" and ctx.outlet and in_quote(ctx, tok.idx) is None:
        return ctx.outlet, None, False  # "we said", "we will update this post": the outlet itself
    if tok.lower_ in _PARTITIVES and tok.pos_ in {"NUM", "PRON", "NOUN", "ADJ", "DET"}:
        of = next(
            (
                p
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children
                if p.dep_ == "pobj"
            ),
            None,
        )
        if of is not None and (of.lemma_.lower() in lx.SOURCE_NOUNS or of.lower_ == "them"):
            # "one of the officials", "two of the sources": an unnamed member of the group
            return tok.doc[tok.left_edge.i : of.i + 1].text, None, True
    if tok.lemma_.lower() in lx.MESSAGE_NOUNS:
        author = next(
            (
                p
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ in {"from", "by"}
                for p in c.children
                if p.dep_ == "pobj"
            ),
            None,
        )
        if author is not None:
            return name_of(ctx, author)  # "a statement from the group said"
    if tok.pos_ in {"NOUN", "PROPN", "NUM"}:
        desc = _description(tok)
        head = tok.lemma_.lower()
        if head in ctx.anonymous_sources and any(
            c.lower_ in {"the", "those", "these"} for c in tok.children
        ):
            desc = ctx.anonymous_sources[head]
        else:
            ctx.anonymous_sources.setdefault(head, desc)
        possessed = any(c.dep_ == "poss" for c in tok.children)
        anonymous = (
            not possessed
            and (head in lx.SOURCE_NOUNS or tok.tag_ == "NNS")
            and head not in lx.INSTITUTION_NOUNS | _BODY_NOUNS
            and not is_state_outlet(desc)
        )
        if (
            not anonymous
            and (head in PERSON_NOUNS or tok.pos_ == "NOUN" and _unnamed_kind(tok))
            and head not in _BODY_NOUNS
            and any(c.lower_ in {"a", "an", "another"} for c in tok.children)
        ):
            # "a journalist who visited the camp", "a police spokeswoman", "a defector": unnamed
            anonymous = True
        if possessed and tok.tag_ == "NNS" and head in _FOLLOWER_NOUNS:
            anonymous = True  # "his men said", "her guards said": his people, none named
        return desc, None, anonymous
    return tok.text, None, False


_PURPORTED_KEY = "\x00purported"


def _purported(ctx: ClaimContext, tok: Token) -> str | None:
    """The anonymous speaker of a recording ("the man on the recording", then "the man",
    "the voice", "the speaker"): never the person the recording is attributed to."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in VOICE_NOUNS:
        return None
    described = purported_speaker(tok.doc[tok.left_edge.i : tok.right_edge.i + 1])
    if described is not None:
        ctx.anonymous_sources[_PURPORTED_KEY] = described
        return described
    if any(
        c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in tok.children
    ) and not any(c.dep_ in {"appos", "compound"} and c.pos_ == "PROPN" for c in tok.children):
        heard = ctx.anonymous_sources.get(_PURPORTED_KEY) or _earlier_purported(tok)
        if heard is None or tok.lower_ in heard.split():
            return heard  # "the man" after "the man on the recording"
        own = _description(tok)  # "the voice", "the speaker": as written, the same caveat
        return own[:1].lower() + own[1:]
    return None


def _the_man_again(ctx: ClaimContext, tok: Token) -> Token | None:
    """ "A released prisoner said ... "...," the man said": "the man" / "the woman" takes up
    the unnamed person who spoke in this or the previous sentence."""
    if tok.lower_ not in {"man", "woman"} or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children
    ):
        return None
    return _recent_reporting_subject(
        ctx,
        tok,
        lambda t: (
            t.pos_ == "NOUN"
            and t.lemma_.lower() in PERSON_NOUNS
            and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children)
        ),
    )


# Bodies that speak as one, as a ministry does: "security forces said" (a state's armed
# body, not a count of unnamed men), "an inquest jury found".
_BODY_NOUNS = frozenset({"force", "forces", "jury", "tribunal"})
# People of someone's following whom a possessive counts, never names ("his men"); "his
# supporters" and "her family" speak as a known circle, on the record (asserted).
_FOLLOWER_NOUNS = frozenset({"man", "men", "fighter", "guard", "bodyguard"})


def _unnamed_source_again(tok: Token) -> Token | None:
    """ "the negotiator" taking up "A negotiator close to the pirates, who spoke on
    condition of anonymity, said" a few paragraphs before: a definite person noun with no
    name or modifier of its own is the unnamed source of that kind who spoke last."""
    if (
        tok.pos_ != "NOUN"
        or tok.lemma_.lower() not in PERSON_NOUNS
        or tok.lower_ in {"man", "woman"}
    ):
        return None
    if [c.lower_ for c in tok.children] != ["the"]:
        return None
    lemma, doc = tok.lemma_.lower(), tok.doc
    for t in reversed(doc[max(0, tok.i - 250) : tok.i]):
        if (
            t.lemma_.lower() == lemma
            and t.pos_ == "NOUN"
            and t.dep_ == "nsubj"
            and t.head.lemma_.lower() in lx.REPORTING_VERBS
            and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children)
        ):
            return t
    return None


def _recent_reporting_subject(
    ctx: ClaimContext, tok: Token, keep: Callable[[Token], bool]
) -> Token | None:
    """The last subject of a reporting verb before ``tok``, in its sentence or the one before,
    that ``keep`` accepts: the source a later "they" or "the man" takes up."""
    n = ctx.sent_of.get(tok.i, 0)
    for sent in (ctx.sents[n], ctx.sents[n - 1] if n > 0 else None):
        if sent is None:
            continue
        found = [
            t
            for t in sent
            if t.i < tok.i
            and t.dep_ == "nsubj"
            and t.head.lemma_.lower() in lx.REPORTING_VERBS
            and keep(t)
        ]
        if found:
            return found[-1]
    return None


def _earlier_purported(tok: Token) -> str | None:
    """The last recording speaker described before ``tok`` ("the man on the recording")."""
    doc = tok.doc
    for t in reversed(doc[max(0, tok.i - 300) : tok.i]):
        if t.pos_ == "NOUN" and t.lemma_.lower() in VOICE_NOUNS:
            described = purported_speaker(doc[t.left_edge.i : t.right_edge.i + 1])
            if described is not None:
                return described
    return None


_OUTLET_NOUNS = frozenset(
    {
        "newspaper",
        "paper",
        "daily",
        "agency",
        "channel",
        "broadcaster",
        "station",
        "network",
        "outlet",
        "magazine",
        "website",
        "site",
        "wire",
        "television",
        "radio",
        "publication",
    }
)


def _not_an_outlet(entity: Entity, tok: Token) -> bool:
    """A common noun for a body that is no news medium ("the group", "the ministry")
    never stands for a newspaper or channel."""
    return (
        entity.kind == "outlet"
        and tok.pos_ == "NOUN"
        and tok.lemma_.lower() not in _OUTLET_NOUNS
        and tok.lower_ not in entity.name.lower().split()
    )


def _new_referent(tok: Token) -> bool:
    """ "An official said", "a senior commander told reporters close to X": an indefinite
    noun phrase brings in someone new, never a person named before (coreference may have
    merged it with the story's subject); a name beside it still names it, and so may a
    later "the spokesman, Y," (naming the unnamed one after the fact)."""
    return (
        tok.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in {"a", "an", "another"} for c in tok.children)
        and not any(
            c.dep_ in {"appos", "compound"} and c.pos_ == "PROPN" and c.i > tok.i
            for c in tok.children
        )
    )


def _named_later_as(entity: Entity, tok: Token) -> bool:
    """ "a militia spokesman said ... the spokesman, Y, added": the entity is named later
    by the same role noun, so the indefinite noun was that person, introduced unnamed."""
    word, start = tok.lower_, tok.left_edge.idx
    return any(
        m.start > tok.idx and word in m.text.lower().split() for m in entity.mentions
    ) and not any(m.start < start for m in entity.mentions)


def _unnamed_kind(tok: Token) -> bool:
    """A common noun for a kind of person ("a defector", "a fellow detainee"), not an
    institution, a group or a document that speaks ("a court", "a statement")."""
    lemma = tok.lemma_.lower()
    return not tok.ent_type_ and lemma not in (
        lx.INSTITUTION_NOUNS
        | lx.GROUP_HEADS
        | lx.MESSAGE_NOUNS
        | lx.NOMINAL_SOURCES
        | lx.AUTHORITY_NOUNS
    )


_PARTITIVES = frozenset(
    {
        "one",
        "two",
        "three",
        "some",
        "several",
        "many",
        "most",
        "none",
        "each",
        "both",
        "all",
        "another",
    }
)


def _recent_plural_source(ctx: ClaimContext, tok: Token) -> Token | None:
    """The plural subject of a reporting verb in this or the previous sentence ("Prosecutors
    said ... They said ...") that "they" takes up."""
    return _recent_reporting_subject(ctx, tok, lambda t: t.tag_ in {"NNS", "NNPS"})


def entity_in_name(ctx: ClaimContext, tok: Token) -> Entity | None:
    """The entity named by ``tok`` or by its title/compound/apposition tokens (read once per
    token: the claim passes ask about the same subject and speaker tokens again and again,
    and the answer depends only on the parse and the entities, which the stage leaves be)."""
    names = ctx.entity_names
    if tok.i not in names:
        names[tok.i] = _entity_in_name(ctx, tok)
    return names[tok.i]


def _entity_in_name(ctx: ClaimContext, tok: Token) -> Entity | None:
    while tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.head.i != tok.i:
        tok = tok.head  # "activist" in "detained activist Karim Haddad"
    if tok.dep_ == "appos" and tok.pos_ == "NOUN" and tok.head.pos_ == "PROPN":
        tok = tok.head  # "Paul Weber, a German guide who ..."
    ent = _entity_over(ctx, tok)
    if ent is not None and ent.kind != "gpe" and tok.pos_ == "NOUN":
        # "A spokesman, Asad Rana, said": the name in apposition says who the noun is, even
        # when coreference took the noun up as someone else
        for c in tok.children:
            named = _entity_over(ctx, c) if c.dep_ == "appos" and c.pos_ == "PROPN" else None
            if named is not None and named.kind == "person":
                return named
        if (loose := _loose_apposition(ctx, tok)) is not None:
            return loose  # "the army's chief of staff, General X," (the name hung elsewhere)
    if ent is not None and ent.kind != "gpe":
        return ent
    near = [c for c in tok.children if c.dep_ in {"appos", "compound", "flat"}]
    near += [
        c
        for c in tok.children
        if c.pos_ == "PROPN" and c.dep_ not in {"prep", "relcl", "acl", "poss"}
    ]
    near += [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"]
    # "a senior commander of the group, X,": the parser hangs the name on the group
    near += [
        a
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of" and tok.pos_ == "NOUN"
        for p in c.children
        if p.dep_ == "pobj" and p.pos_ in {"NOUN", "PROPN"}
        for a in p.children
        if a.dep_ == "appos" and a.pos_ == "PROPN"
    ]
    if tok.i + 1 < len(tok.doc) and (
        tok.text.rstrip(".").lower() in TITLE_WORDS or tok.text == "."
    ):
        near.append(tok.doc[tok.i + 1])
    for c in near:
        for t in [c, *c.subtree] if c.dep_ == "appos" else [c]:
            found = _entity_over(ctx, t)
            if found is not None and found.kind == "person":
                return found
    if ent is None and tok.pos_ == "NOUN" and (named := _appositive_org(ctx, tok)) is not None:
        return named  # "her employer, the charity X, says"
    if ent is not None:
        return ent
    if (found := _loose_apposition(ctx, tok)) is not None:
        return found
    # "Brig. Gen. Saad Maan": the title token heads a run of name tokens.
    if tok.text.rstrip(".").lower() in TITLE_WORDS:
        for t in tok.doc[tok.i + 1 : tok.i + 5]:
            if t.pos_ != "PROPN" and t.text != ".":
                break  # the run of name tokens ends ("the foreign minister said. Russia: ...")
            found = _entity_over(ctx, t)
            if found is not None:
                return found
    return None


def _entity_over(ctx: ClaimContext, tok: Token) -> Entity | None:
    """``entity_at`` of the token's characters, with no look-up for a token that no entity
    mention overlaps (most of the words near a speaker): the mentions' union is read once
    per document into sorted disjoint stretches, and one bisection tells."""
    memo = ctx.tables.memo(ctx)
    cover = memo.get("mention_cover")
    if cover is None:
        cover = memo["mention_cover"] = _mention_cover(ctx.entities)
    starts, ends = cover
    start = tok.idx
    k = bisect.bisect_left(starts, start + len(tok)) - 1
    if k < 0 or ends[k] <= start:
        return None
    return entity_at(ctx.doc, start, start + len(tok))


def _mention_cover(entities: list[Entity]) -> tuple[list[int], list[int]]:
    """The union of the entities' (non-empty) mention spans as sorted disjoint stretches."""
    starts: list[int] = []
    ends: list[int] = []
    for m_start, m_end in sorted(
        (m.start, m.end) for e in entities for m in e.mentions if m.end > m.start
    ):
        if ends and m_start <= ends[-1]:
            ends[-1] = max(ends[-1], m_end)
        else:
            starts.append(m_start)
            ends.append(m_end)
    return starts, ends


def _appositive_org(ctx: ClaimContext, tok: Token) -> Entity | None:
    """The organisation an appositive names: "her employer, the charity X," / "the owner,
    shipping group Y," (the appositive itself or the name compounded into it)."""
    for c in tok.children:
        if c.dep_ != "appos" or c.i < tok.i:
            continue
        names = [
            c,
            *(g for g in c.children if g.dep_ in {"appos", "compound"} and g.pos_ == "PROPN"),
        ]
        for t in names:
            found = _entity_over(ctx, t)
            if found is not None and found.kind in {"org", "outlet"}:
                return found
    return _loose_org_apposition(ctx, tok)


def _loose_apposition_end(doc_text: str, end: int) -> bool:
    rest = doc_text[end:].lstrip()
    return not rest or rest[0] in ",.;:)" or rest.startswith(("said", "says"))


def _loose_org_apposition(ctx: ClaimContext, tok: Token) -> Entity | None:
    """ "according to a monitoring group, the X Observatory.": a body noun followed by a
    comma and an organisation's name that closes the phrase is in apposition to it even
    when the parser hangs the name on the verb."""
    doc = tok.doc
    if tok.pos_ != "NOUN" or tok.lemma_.lower() in PERSON_NOUNS or tok.right_edge.i > tok.i:
        return None
    j = tok.i + 1
    if j + 1 >= len(doc) or doc[j].text != ",":
        return None
    j += 1
    if doc[j].lower_ == "the":
        j += 1
    if j >= len(doc) or doc[j].pos_ != "PROPN":
        return None
    found = entity_at(ctx.doc, doc[j].idx, doc[j].idx + len(doc[j]))
    if found is None or found.kind != "org":
        return None
    mention = next((m for m in found.mentions if m.start == doc[j].idx), None)
    if mention is None or not _loose_apposition_end(ctx.text, mention.end):
        return None
    return found


# a body a report first describes and names in the next report ("A monitoring group said
# ... The X Observatory said", "the charity he works for said ... according to X")
_DESCRIBED_BODIES = frozenset(
    {"group", "organisation", "organization", "observatory", "monitor", "watchdog", "ngo"}
)
_STATE_BODY_WORDS = frozenset(
    {
        *("ministry", "army", "military", "government", "police", "court", "office"),
        *("command", "forces", "force", "department", "council", "authorities", "navy"),
        *("presidency", "embassy"),
    }
)


def _body_named_next(ctx: ClaimContext, tok: Token) -> Entity | None:
    """The organisation that speaks within the next three sentences, named there for the
    first time, for an unnamed body noun ("a monitoring group", "the charity he works
    for", "her employer"): news prose describes a source in the lede and names it in the
    next report. Armed factions and state bodies are not taken up."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or lemma not in _DESCRIBED_BODIES | _COMPANY_NOUNS:
        return None
    if any(
        c.dep_ in {"compound", "amod"}
        and c.lemma_.lower() in {"armed", "rival", "militant", "jihadist", "rebel"}
        for c in tok.children
    ):
        return None
    if any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in tok.children):
        return None  # "X's employer" is named by X's own story, not by the next speaker
    for sp in _speakers_next(ctx, tok):
        if sp.start is None or sp.end is None:
            continue
        found = entity_at(ctx.doc, sp.start, sp.end)
        if found is None or found.kind != "org":
            continue
        if found.name.split()[-1].lower() in _STATE_BODY_WORDS:
            return None
        if any(m.start < tok.idx for m in found.mentions):
            return None  # named before: the description takes up someone else
        return found
    return None


def _speakers_next(ctx: ClaimContext, tok: Token) -> Iterator[Speaker]:
    """The speakers of the statements in the three sentences after the token's, in order
    of where they stand: who may turn out to be the body a description takes up."""
    sents = ctx.sents
    k = next((i for i, s in enumerate(sents) if s.start <= tok.i < s.end), None)
    if k is None:
        return
    lo, hi = sents[k].end_char, sents[min(k + 3, len(sents) - 1)].end_char
    for st in sorted(ctx.statements, key=lambda st: st.speaker.start or 0 if st.speaker else 0):
        sp = st.speaker
        if sp is not None and sp.start is not None and lo <= sp.start < hi:
            yield sp


def _untagged_body_next(ctx: ClaimContext, tok: Token) -> str | None:
    """:func:`_body_named_next` for a body the model left untagged: the first speaker of
    the next three sentences whose name reads as an organisation's ("according to Hope
    Without Borders", "Relief Without Borders told us")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or lemma not in _DESCRIBED_BODIES | _COMPANY_NOUNS:
        return None
    if any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in tok.children):
        return None
    for sp in _speakers_next(ctx, tok):
        name = (sp.name or sp.text).strip()
        if name.lower().startswith("the "):
            name = name[4:]
        if sp.entity_id is None and is_body_name(name) and name not in ctx.text[: tok.idx]:
            return name
    return None


def _loose_apposition(ctx: ClaimContext, tok: Token) -> Entity | None:
    """ "her fellow hostage, Italian pilot X, ...": a person noun followed by a comma and a
    person's name is in apposition to it even when the parser hangs the name elsewhere."""
    doc = tok.doc
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in PERSON_NOUNS:
        return None
    end = _office_end(tok)  # "the chief of staff of the army, General X"
    if end is None:
        # (only for a noun no one was found for: "A militant known by his nom de guerre, X,
        # ... named him as Y" keeps the Y its coreference found)
        return _name_after_postmodifier(ctx, tok) if _entity_over(ctx, tok) is None else None
    if end + 2 >= len(doc) or doc[end + 1].lower_ != ",":
        return None
    nxt = doc[end + 2]
    found = _entity_over(ctx, nxt)
    for k in range(end + 3, min(end + 5, len(doc))):
        if found is not None or nxt.pos_ != "PROPN":
            break
        nxt = doc[k]  # "..., General X", "..., Brig. Gen. X": the name after the rank
        found = _entity_over(ctx, nxt)
    name = nxt
    # (through "the": "According to his lawyer, the activist X was held": X is the subject)
    while name.dep_ in {"compound", "amod", "det"} and name.head.i > name.i:
        name = name.head
    if found is None or found.kind != "person" or name.dep_ in {"nsubj", "nsubjpass"}:
        return None  # "the nurse, X said": X speaks, not the nurse's name
    return found


def _name_after_postmodifier(ctx: ClaimContext, tok: Token) -> Entity | None:
    """ "A radio reporter missing since October, X, was found alive", "a nurse kidnapped in
    2019, X, ...": English sets the name off by commas after the person noun's reduced
    relative or adjective phrase; the parser hangs it on that phrase's last noun (the date or
    place), not on the person noun. A person's name so hung on a noun that is no person is
    the person noun's."""
    doc = tok.doc
    for mod in tok.children:
        if mod.dep_ not in {"acl", "amod"} or mod.i < tok.i:
            continue
        for t in mod.subtree:
            if t.dep_ != "appos" or t.pos_ != "PROPN" or t.head.dep_ != "pobj":
                continue
            if t.head.lemma_.lower() in PERSON_NOUNS or doc[t.left_edge.i - 1].text != ",":
                continue
            if (owner := _entity_over(ctx, t.head)) is not None and owner.kind == "person":
                continue  # "the son of the commander, X": either may be X
            found = _entity_over(ctx, t)
            if found is not None and found.kind == "person":
                return found
    return None


def _office_end(tok: Token) -> int | None:
    """The last token of a person noun's phrase when all that follows it is "of"/"for"
    phrases of bodies ("the chief of staff of the army", "the spokesman for the ministry"):
    a name after it in apposition is the office holder's. None when a person or name
    stands in them ("the son of the commander, X": X may be either)."""
    if tok.right_edge.i == tok.i:
        return tok.i
    for t in tok.doc[tok.i + 1 : tok.right_edge.i + 1]:
        if t.dep_ == "prep" and t.lower_ in {"of", "for"} or t.dep_ in {"det", "compound", "amod"}:
            continue
        if t.dep_ != "pobj" or t.pos_ != "NOUN" or t.lemma_.lower() in PERSON_NOUNS:
            return None
    return tok.right_edge.i


def _named_elsewhere(ctx: ClaimContext, tok: Token) -> Entity | None:
    """ "her husband said" when the article names him elsewhere ("Her husband, Farid Aliyev,
    said", "said the partner, Ines Vidal"): a possessed or definite person noun takes the one
    person named in apposition to the same noun in the document; "a spokesman" (a new,
    unnamed person) and nouns that name two different people are left alone."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN":
        return None
    lemma = tok.lemma_.lower()
    if lemma not in PERSON_NOUNS | lx.KIN_NOUNS:
        return None
    if not any(c.dep_ == "poss" or c.lower_ == "the" for c in tok.children):
        return None
    found = {ent.entity_id: ent for i, ent in _named_by_noun(ctx).get(lemma, ()) if i != tok.i}
    return next(iter(found.values())) if len(found) == 1 else None


_APPOS = frozenset({"appos"})
_PROPN = frozenset({"PROPN"})


def _named_by_noun(ctx: ClaimContext) -> dict[str, list[tuple[int, Entity]]]:
    """Lemma of a common noun → (its index, the person named in apposition to it) for each
    "noun, Name" of the document; read once per document from the token tables."""
    if ctx.named_by_noun is None:
        tables, doc = ctx.tables, ctx.doc
        by_noun: dict[str, list[tuple[int, Entity]]] = {}
        for i in tables.where(tables.dep, _APPOS, pos=_PROPN):
            head = tables.head[i]
            if head == i or tables.pos[head] != "NOUN":
                continue
            ent = entity_at(doc, tables.idx[i], tables.idx[i] + len(tables.words[i]))
            if ent is not None and ent.kind == "person":
                by_noun.setdefault(tables.lemma[head], []).append((head, ent))
        ctx.named_by_noun = by_noun
    return ctx.named_by_noun


def _earlier_proper_name(tok: Token, *, definite: bool = True) -> str | None:
    """ "the ministry" / "the group" takes up the last proper name before it with the same
    head noun ("the Interior Ministry", "the Sword of the North militia"); for "the group",
    "the movement" and the like, any armed-group head will do."""
    head = tok.lemma_.lower()
    if head not in lx.INSTITUTION_NOUNS | lx.GROUP_HEADS:
        return None
    if definite and not any(c.lower_ in {"the", "its"} for c in tok.children):
        return None
    heads = lx.GROUP_HEADS if head in lx.GROUP_HEADS else {head}
    doc = tok.doc
    for t in reversed(doc[max(0, tok.i - 150) : tok.i]):
        if t.lemma_.lower() not in heads or t.i == tok.i:
            continue
        names = [c for c in t.lefts if c.pos_ == "PROPN" and c.dep_ in {"compound", "nmod", "amod"}]
        if not names:
            continue
        start = min(c.left_edge.i for c in names)
        j = start - 1
        while j >= 0 and (
            doc[j].pos_ == "PROPN" or doc[j].lower_ in {"of", "the", "and"} and doc[j].is_lower
        ):
            j -= 1  # "the Sons of the Valley militia": the parser splits the name at "of"
        while j + 1 < start and doc[j + 1].pos_ != "PROPN":
            j += 1
        start = j + 1
        span = doc[start : t.i + 1]
        if head in lx.GROUP_HEADS and span[-1].pos_ != "PROPN":
            span = doc[start : t.i]  # "the Sword of the North militia" → "Sword of the North"
        return span.text
    return None


def _description(tok: Token) -> str:
    """The noun phrase up to its head, without relative clauses, appositions or
    prepositional phrases: "several US officials", "The Saudi-led coalition"."""
    start = tok.i
    for child in tok.children:
        if child.i < tok.i and child.dep_ not in {
            "relcl",
            "appos",
            "prep",
            "acl",
            "punct",
            "cc",
            "conj",
        }:
            start = min(start, child.left_edge.i)
    for j in range(start, tok.i):
        t = tok.doc[j]
        if t.text in {"\u2014", "\u2013", ")", ":"} or (
            t.text == "-" and t.whitespace_ and j > 0 and t.doc[j - 1].whitespace_
        ):
            start = j + 1  # "KAMBALA, Aug 26 (Outlet) - Soldiers": the dateline is no part
    return tok.doc[start : tok.i + 1].text


# "the carmaker", "the company": a business named before, whatever its name ends with
_COMPANY_NOUNS = frozenset(
    {
        "company",
        "firm",
        "carmaker",
        "automaker",
        "bank",
        "lender",
        "insurer",
        "airline",
        "charity",
        "conglomerate",
        "operator",
        "retailer",
        "miner",
        "developer",
        "manufacturer",
        "shipper",
        "employer",
        "business",
        "corporation",
        "startup",
        "broadcaster",
    }
)


# Nouns by which news takes up an outlet it has just cited ("the broadcaster said").
_OUTLET_NOUNS = frozenset(
    {
        "broadcaster",
        "channel",
        "station",
        "network",
        "newspaper",
        "paper",
        "daily",
        "weekly",
        "agency",
        "outlet",
        "tabloid",
        "magazine",
        "website",
    }
)


def _outlet_before(ctx: ClaimContext, tok: Token) -> str | None:
    """ "state television reported ... the broadcaster said", "according to Reuters ... the
    agency said": the outlet a definite outlet noun takes up is the last outlet that spoke
    before it (a named outlet, or a state outlet described as such), never the story's own."""
    own = (ctx.outlet or "").lower()
    best, best_pos = None, -1
    for st in ctx.statements:
        sp = st.speaker
        if (
            sp is None
            or sp.start is None
            or not best_pos < sp.start < tok.idx
            or sp.text.lower() == own
        ):
            continue
        entity = next(
            (e for e in ctx.entities if sp.entity_id and e.entity_id == sp.entity_id), None
        )
        if is_state_outlet(sp.text) or entity is not None and entity.kind == "outlet":
            best, best_pos = (entity.name if entity is not None else sp.text), sp.start
    for e in ctx.entities:
        if e.kind != "outlet" or e.name.lower() == own:
            continue
        for m in e.mentions:
            if best_pos < m.start < tok.idx and not ctx.dateline[0] <= m.start < ctx.dateline[1]:
                best, best_pos = e.name, m.start
    return best


def _definite_org(ctx: ClaimContext, tok: Token) -> Entity | None:
    """ "the ministry" → the last organisation whose name ends in "Ministry"; "the group"
    / "the movement" → the last organisation mentioned."""
    head = tok.lemma_.lower()
    best, best_pos = None, -1
    for e in ctx.entities:
        if e.kind not in {"org", "outlet"}:
            continue
        last = e.name.split()[-1].lower()
        generic = head in lx.GROUP_HEADS | _COMPANY_NOUNS and e.kind == "org"
        if last != head and last != tok.lower_ and not generic:
            continue
        for m in e.mentions:
            if best_pos < m.start < tok.idx:
                best, best_pos = e, m.start
    return best


def _body_subject_before(tok: Token) -> Token | None:
    """The unnamed body ("the army", "the ministry", "the group") that is the subject of the
    sentence before a speaking "it": what the pronoun takes up when no named body is near."""
    if tok.sent.start == 0:
        return None
    before = tok.doc[tok.sent.start - 1].sent
    heads = [before.root, *[c for c in before.root.children if c.dep_ == "conj"]]
    return next(
        (
            c
            for h in heads
            for c in h.children
            if c.dep_ == "nsubj"
            and c.pos_ == "NOUN"
            and c.tag_ == "NN"
            and c.lemma_.lower() in _STATE_BODY_WORDS | _DESCRIBED_BODIES | _SPEAKING_BODIES
        ),
        None,
    )


# Bodies besides the state's and the described ones that speak as "it": "The militia said ... It".
_SPEAKING_BODIES = frozenset({"militia", "movement", "party", "agency", "company", "hospital"})


def _recent_org(ctx: ClaimContext, tok: Token) -> Entity | None:
    best, best_pos = None, -1
    sent_start = tok.sent.start_char
    people = {e.name for e in ctx.entities if e.kind == "person"}
    for e in ctx.entities:
        if e.kind not in {"org", "gpe", "outlet"} or e.name in people:
            continue  # a person's name the model also tagged as a body (in a headline) is no body
        for m in e.mentions:
            if ctx.dateline[0] <= m.start < ctx.dateline[1]:
                continue  # the dateline's place is not what "it" / "they" refer to
            if best_pos < m.start < tok.idx and m.start >= sent_start - 400:
                best, best_pos = e, m.start
    return best


def quote_source(ctx: ClaimContext, tok: Token) -> Source | None:
    """The speaker of the quotation ``tok`` sits in.

    News attributes a quotation right after it in the same sentence (``"...," Urban
    said.``), right before it (``Urban said, "Yes."``), or once for a quotation that runs
    on over sentences and paragraphs; so look after, then before, then at the earlier
    quotes of the same run.
    """
    quote = in_quote(ctx, tok.idx)
    if quote is None:
        return None
    k = ctx.quotes.index(quote)
    first = k
    for j in range(k, max(-1, k - 6), -1):
        if j < k and not _same_run(ctx, j, j + 1):
            break
        first = j
        for lo, hi, after in (*_after_window(ctx, j), True), (*_before_window(ctx, j), False):
            found = _speaker_in_window(ctx, lo, hi, after=after)
            if found is not None:
                return found
        if (introduced := _colon_speaker(ctx, j)) is not None:
            return introduced
    return _reported_just_before(ctx, first)


def _reported_just_before(ctx: ClaimContext, j: int) -> Source | None:
    """ "X told the court he had been beaten. 'I was kept in a container.'": a quotation
    with no speaker of its own, right after a sentence in which someone named reports (in
    its paragraph, or ending the paragraph before), goes on in that speaker's voice."""
    start = ctx.quotes[j][0]
    mark = ctx.doc.char_span(start - 1, start, alignment_mode="expand")
    if not mark:
        return None
    n = ctx.sent_of[mark[0].i]
    if n == 0 or ctx.text[ctx.sents[n - 1].end_char : start].strip() not in {"", '"', "\u201c"}:
        return None  # the quotation must open right after the sentence before it
    before = ctx.sents[n - 1]
    if (
        in_quote(ctx, before.root.idx) is not None
        or paragraph_of(ctx, start) - paragraph_of(ctx, before.start_char) > 1
    ):
        return None
    verb = before.root
    if verb.lemma_.lower() not in lx.REPORTING_VERBS or verb.pos_ != "VERB":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    named = entity_in_name(ctx, subj) if subj is not None else None
    if named is None or named.kind not in {"person", "org"} or named.name == ctx.outlet:
        return None
    return Source(named.name, named.entity_id, False, "asserted")


def _colon_speaker(ctx: ClaimContext, j: int) -> Source | None:
    """ "Lazar addressed supporters from a balcony: 'They held me for three hours'": a
    quotation a colon introduces is the word of the subject of the clause before the colon,
    whatever its verb (address, write, post, tell), when that subject names someone."""
    before = ctx.text[: ctx.quotes[j][0]].rstrip().rstrip('"\u201c').rstrip()
    if not before.endswith(":"):
        return None
    colon = ctx.doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if not colon:
        return None
    sent = ctx.sents[ctx.sent_of[colon[0].i]]
    if colon[0].i <= sent.start:
        return None
    # the clause before the colon: up from its last word while the heads stay before the
    # colon (the parser may hang that clause under the quotation's own verb)
    verb = ctx.doc[colon[0].i - 1]
    while verb.head.i < colon[0].i and verb.head.i != verb.i and verb.pos_ not in {"VERB", "AUX"}:
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.idx < colon[0].idx), None)
    if subj is None or subj.i < sent.start:
        return None
    named = entity_in_name(ctx, subj) or _entity_over(ctx, subj)
    if named is None or named.kind not in {"person", "org"}:
        return None  # "Excerpts:", "The statement reads:" name no speaker
    return Source(named.name, named.entity_id, False, "asserted")


def _same_run(ctx: ClaimContext, a: int, b: int) -> bool:
    """Quotes ``a`` and ``b`` belong to one speaker's run: same paragraph, or ``a`` left
    open at its paragraph's end and ``b`` opens the next one."""
    (_, ae), (bs, _) = ctx.quotes[a], ctx.quotes[b]
    if paragraph_of(ctx, ae - 1) == paragraph_of(ctx, bs):
        return True
    return "\n" in ctx.text[ae : ae + 2] and paragraph_of(ctx, bs) == paragraph_of(ctx, ae - 1) + 1


def _after_window(ctx: ClaimContext, j: int) -> tuple[int, int]:
    """From the end of quote ``j`` to the end of its sentence (or of a short next
    sentence, when the parser cut the attribution after an abbreviation)."""
    qs, qe = ctx.quotes[j]
    nxt = ctx.quotes[j + 1][0] if j + 1 < len(ctx.quotes) else len(ctx.text)
    span = ctx.doc.char_span(max(qs, qe - 1), qe, alignment_mode="expand")
    if not span:  # None, or empty when the quote mark sits in whitespace
        return qe, qe
    n = ctx.sent_of[span[-1].i]
    end = ctx.sents[n].end_char
    if end - qe < 3 and n + 1 < len(ctx.sents):
        end = ctx.sents[n + 1].end_char
    # (the sentence's text cut from the document's: Span.text joins a Token per word)
    said = ctx.sents[n]
    said_text = ctx.text[said.start_char : said.end_char].rstrip()
    abbreviation = re.search(r"\b[A-Z][a-z]{0,4}\.$", said_text)
    if n + 1 < len(ctx.sents) and len(ctx.sents[n + 1]) <= 8 and abbreviation:
        end = max(end, ctx.sents[n + 1].end_char)
    p = paragraph_of(ctx, max(qs, qe - 1))
    para_end = ctx.para_starts[p] if p < len(ctx.para_starts) else len(ctx.text)
    return qe, min(end, nxt, para_end)


def _before_window(ctx: ClaimContext, j: int) -> tuple[int, int]:
    qs, _ = ctx.quotes[j]
    prev = ctx.quotes[j - 1][1] if j > 0 else 0
    span = ctx.doc.char_span(qs, qs + 1, alignment_mode="expand")
    if not span:
        return qs, qs
    start = ctx.sents[ctx.sent_of[span[0].i]].start_char
    return max(prev, start), qs


def _speaker_in_window(ctx: ClaimContext, lo: int, hi: int, *, after: bool) -> Source | None:
    """A reporting verb close to the quote: within 8 tokens after it or 10 before it."""
    if hi <= lo:
        return None
    span = ctx.doc.char_span(lo, hi, alignment_mode="contract")
    if span is None:
        return None
    tokens = [t for t in span if not t.is_space]
    tokens = tokens[:8] if after else tokens[-10:]
    for verb in tokens:
        if verb.lemma_.lower() in lx.REPORTING_VERBS | {"add", "continue"} and verb.pos_ == "VERB":
            found = _speaker_of(ctx, verb)
            if found is not None and found.name.lower() not in {"i", "we"}:
                return found
    return None


def _tail_attribution(ctx: ClaimContext, anchor: Token) -> Source | None:
    """ "P, X said." or "P, according to X." when the parser did not link P to the verb:
    a reporting verb without a complement clause later in the same sentence or in a short
    fragment that follows it in the same paragraph."""
    n = ctx.sent_of[anchor.i]
    para = paragraph_of(ctx, anchor.idx)
    sent, doc = ctx.sents[n], ctx.doc
    # (token indices, read from the tables: a Token is made only for a word that may attribute)
    after = list(range(max(sent.start, anchor.i + 1), sent.end))
    if (
        n + 1 < len(ctx.sents)
        and paragraph_of(ctx, ctx.sents[n + 1].start_char) == para
        and len(ctx.sents[n + 1]) <= 8
    ):
        after += range(ctx.sents[n + 1].start, ctx.sents[n + 1].end)
    low, lemmas, tags = ctx.tables.lower, ctx.tables.lemma, ctx.tables.pos
    for i in [*range(sent.start, sent.end), *after]:
        if low[i] == "according" and i + 1 < len(doc) and low[i + 1] == "to":
            pobj = next((c for c in doc[i + 1].children if c.dep_ == "pobj"), None)
            if pobj is not None:
                name, entity_id, anonymous = name_of(ctx, pobj)
                return Source(name, entity_id, anonymous, "reported")
    reporting = lx.REPORTING_VERBS - lx.DENIAL_VERBS
    for t in (doc[i] for i in after if lemmas[i] in reporting and tags[i] == "VERB"):
        if (
            not any(c.dep_ in {"ccomp", "xcomp", "dobj"} for c in t.children)
            and in_quote(ctx, t.idx) is None
            and _parenthetical(t)
        ):
            found = _speaker_of(ctx, t)
            if found is not None:
                return found
    return None


def _parenthetical(verb: Token) -> bool:
    """ ", X said" / ", said X": a comma right before the verb or its subject."""
    doc = verb.doc
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) or stranded_subject(verb)
    first = min(verb.i, subj.left_edge.i if subj is not None else verb.i)
    return first > 0 and doc[first - 1].text in {",", "—", "--"}


def _statement_source(ctx: ClaimContext, tok: Token) -> Source | None:
    """The speaker of an attributed statement (``doc._.statements``) covering ``tok``.

    The statement lends the speaker; the name and anonymity are read again here so that
    claimants look the same whichever rule found them, and the certainty is our own
    (anonymous sources and "according to"/"claimed" relay → reported).
    """
    for st in ctx.statements:
        if not (st.start <= tok.idx < st.end) or st.speaker is None:
            continue
        sp = st.speaker
        name, entity_id, anonymous = sp.name or sp.text, sp.entity_id, sp.anonymous
        if sp.start is not None and sp.end is not None:
            span = ctx.doc.char_span(sp.start, sp.end, alignment_mode="expand")
            if span is not None:
                name, entity_id, anonymous = name_of(ctx, span.root)
        if sp.entity_id:
            ent = next((e for e in ctx.entities if e.entity_id == sp.entity_id), None)
            if ent is not None:
                name, entity_id = ent.name, ent.entity_id
        relay = (st.cue or "").lower() in {"according to", "claim", "allege", "report"}
        certainty: Certainty = "reported" if anonymous or relay else "asserted"
        return Source(name, entity_id, anonymous, certainty, st.statement_id)
    return None
