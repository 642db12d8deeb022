"""Shared state of the claims component: hits, sources, the per-document context."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from dateline.nlp import claims_lexicon as lx
from dateline.nlp.attribution_index import DocIndex
from dateline.nlp.claims_harm_subjects import noun_conjoined_subject, reduced_relative_subject
from dateline.nlp.entities_turns import InterviewTurn, read_interview_turns
from dateline.records import CERTAINTY_ORDER, Certainty, Claim, Entity, Statement, TimeExpression

TITLE_WORDS = lx._words(
    "mr mrs ms dr capt col gen lt maj sgt brig adm cmdr prof rev sheikh father president minister"
)


@dataclass
class Hit:
    """One trigger: predicate, the token that anchors the clause, the subject tokens."""

    predicate: str
    anchor: Token
    subjects: list[Token]
    clause: set[int] = field(default_factory=set)  # token indices of the trigger's clause
    polarity_neg: bool = False
    certainty: Certainty = "asserted"
    basis: str | None = None
    claimant: tuple[str, str | None, bool] | None = None  # name, entity_id, anonymous
    event: tuple[str | None, date | None, date | None] | None = None


@dataclass
class Source:
    name: str
    entity_id: str | None
    anonymous: bool
    certainty: Certainty
    statement_id: str | None = None


@dataclass
class ClaimContext:
    doc: Doc
    text: str
    entities: list[Entity]
    timexes: list[TimeExpression]
    statements: list[Statement]
    quotes: list[tuple[int, int]]
    outlet: str | None
    published: date | None
    sent_of: dict[int, int]
    sents: list[Span]
    para_of_sent: list[int]
    tables: DocIndex  # the document's token attributes as lists (read once, shared)
    para_starts: list[int] = field(default_factory=list)
    message_author: Entity | None = None
    message_claimant: Source | None = None
    anonymous_sources: dict[str, str] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)
    dateline: tuple[int, int] = (0, 0)  # char span of a "CITY, Date (Outlet) -" prefix
    lemma_set: frozenset[str] | None = None  # the document's lemmas, read once when asked
    # (sentence start, end) → its lemmas (lemma_tokens, read once per sentence)
    sent_lemmas: dict[tuple[int, int], frozenset[str]] = field(default_factory=dict)
    speakers: dict[int, Source | None] = field(default_factory=dict)  # reporting verb → source
    # token index → the entity it names (claims_sources.entity_in_name, read once per token)
    entity_names: dict[int, Entity | None] = field(default_factory=dict)
    # token indices of the words the sentence-level passes look for, found in one pass over
    # the document ("denial": deny/confirm verbs, "false": "false"/"untrue", "message": message
    # nouns, "dated", "mention": mention verbs)
    cues: dict[str, list[int]] = field(default_factory=dict)
    # the person a question-and-answer interview's "I" is (read once when asked; see
    # claims_assembly.interviewee), "" before it is read
    interviewee: Entity | None | str = ""
    # the turns of a question-and-answer interview (see interview_turns), None before read
    turns: tuple[InterviewTurn, ...] | None = None
    # lemma of a person noun → (its token index, the person named in apposition to it), read
    # once when asked (see claims_sources._named_by_noun)
    named_by_noun: dict[str, list[tuple[int, Entity]]] | None = None

    def claim_id(self, n: int) -> str:
        """The id of the document's ``n``-th claim: its doc id's first 12 characters, then n."""
        return f"{(self.doc._.doc_id or '')[:12]}:c{n}"


def index_cues(ctx: ClaimContext, *, denial_lemmas: frozenset[str]) -> None:
    """Fill ``ctx.cues`` (see the field) in one pass over the document's lemma tables."""
    lemmas, words = ctx.tables.lemma, ctx.tables.lower
    denial = denial_lemmas | lx.CONFIRM_VERBS
    ctx.cues = {
        "denial": [i for i, lemma in enumerate(lemmas) if lemma in denial],
        "false": [i for i, word in enumerate(words) if word in lx.FALSE_WORDS],
        "message": [
            i
            for i, lemma in enumerate(lemmas)
            if lemma in lx.MESSAGE_NOUNS
            # "a voice note", "an audio note": a recording, not a written note
            or (lemma == "note" and i > 0 and words[i - 1] in {"voice", "audio"})
        ],
        "dated": [i for i, word in enumerate(words) if word == "dated"],
        "mention": [i for i, lemma in enumerate(lemmas) if lemma in lx.MENTION_VERBS],
    }


def cue_tokens(ctx: ClaimContext, sent: Span, kind: str) -> list[Token]:
    """The tokens of ``sent`` indexed under ``kind``, in order."""
    found = ctx.cues[kind]
    lo = bisect.bisect_left(found, sent.start)
    hi = bisect.bisect_left(found, sent.end, lo)
    return [ctx.doc[i] for i in found[lo:hi]]


def lemma_tokens(
    ctx: ClaimContext, sent: Span, lemmas: frozenset[str] | dict[str, str]
) -> list[Token]:
    """The sentence's tokens whose lower-cased lemma is one of ``lemmas``, in order. A rule
    that looks only at a few nouns reads the lemma table and makes a ``Token`` for the
    matches alone, instead of one for every word of every sentence."""
    lemma, doc = ctx.tables.lemma, ctx.doc
    start, end = sent.start, sent.end
    present = ctx.sent_lemmas.get((start, end))
    if present is None:  # (each sentence is asked some ten times: its lemmas read once)
        present = ctx.sent_lemmas[start, end] = frozenset(lemma[start:end])
    if (lemmas.keys() if isinstance(lemmas, dict) else lemmas).isdisjoint(present):
        return []  # (most calls: a set test of the smaller side instead of a walk of the words)
    return [doc[i] for i in range(start, end) if lemma[i] in lemmas]


def doc_lemmas(ctx: ClaimContext) -> frozenset[str]:
    """The lower-cased lemmas of the whole document ("is there a kidnapping in the story?")."""
    if ctx.lemma_set is None:
        ctx.lemma_set = frozenset(ctx.tables.lemma)
    return ctx.lemma_set


def in_dateline(ctx: ClaimContext, tok: Token) -> bool:
    """A token of the wire dateline: its place and outlet are never a speaker or subject."""
    return ctx.dateline[0] <= tok.idx < ctx.dateline[1]


def past_dateline(ctx: ClaimContext, tok: Token) -> Token | None:
    """``tok``, or for a dateline's place parsed as a subject ("KANDA, June 3 (Wire) - Rebel
    leader X was killed") the noun after the dash hung under it; None if there is none."""
    if not in_dateline(ctx, tok):
        return tok
    after = [c for c in tok.children if c.idx >= ctx.dateline[1] and c.pos_ in {"PROPN", "NOUN"}]
    return after[0] if after else None


def paragraph_of(ctx: ClaimContext, pos: int) -> int:
    return bisect.bisect_right(ctx.para_starts, pos)


def in_quote(ctx: ClaimContext, pos: int) -> tuple[int, int] | None:
    for s, e in ctx.quotes:
        if s <= pos < e:
            return s, e
    return None


def weaker(a: Certainty, b: Certainty) -> Certainty:
    return a if CERTAINTY_ORDER.index(a) >= CERTAINTY_ORDER.index(b) else b


def _no_relation_aside(tok: Token) -> Token | None:
    """ "X - no relation - was detained", "X, no relation, was freed": the parser may take
    the aside that sets X apart from a namesake for the clause's subject; it stands for the
    name just before it."""
    i = tok.i
    if tok.lower_ != "relation" or i < 3:
        return None
    doc = tok.doc
    if doc[i - 1].lower_ != "no" or doc[i - 2].text not in {"-", "—", "–", "--", ","}:
        return None
    name = doc[i - 3]
    return name if name.pos_ == "PROPN" else None


def relative_head(tok: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies ("X, whose death ...")."""
    if (aside := _no_relation_aside(tok)) is not None:
        return aside
    if tok.lower_ in {"who", "whom"} and tok.head.dep_ in {"ccomp", "xcomp"}:
        clause = tok.head
        while clause.dep_ in {"ccomp", "xcomp"} and clause.head.i != clause.i:
            clause = clause.head  # "the commander whom the army said it had killed"
        if clause.dep_ == "relcl" and tok.i < clause.i:
            return clause.head
    if tok.lower_ in {"who", "that", "which", "whom"} and tok.head.dep_ == "relcl":
        noun = tok.head.head
        among = noun.head
        if among.lower_ == "of" and among.head.lower_ == "one" and among.head.dep_ == "attr":
            among = among.head  # "X was one of three people who died": X is one of them
        if noun.dep_ == "pobj" and among.lower_ in {"among", "one"} and among.head.lemma_ == "be":
            # "X was among the 12 fighters who died": X is one of them
            subject = next(
                (c for c in among.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None
            )
            if subject is not None:
                return subject
        if tok.lower_ in {"who", "whom"} and noun.ent_type_ in {"GPE", "LOC", "FAC"}:
            # "X, a mechanic from Navolato, who was released", "a teacher at a school in
            # Juba, who": "who" is no place; the parser hung the clause on the place the
            # person's description ends with, whose noun the description's head is
            while noun.dep_ == "pobj" and noun.head.head.pos_ in {"NOUN", "PROPN"}:
                noun = noun.head.head
                if noun.dep_ == "appos" or noun.ent_type_ == "PERSON":
                    break
        return noun
    if tok.lower_ == "whose":
        clause = tok.head
        while clause.dep_ != "relcl" and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ == "relcl":
            return clause.head
    return tok


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def stranded_subject(verb: Token) -> Token | None:
    """The subject the parser left behind: a finite verb with an auxiliary but no subject
    whose words are preceded by a noun phrase the parser hung elsewhere ("a week after his
    predecessor, Joseph Lado, was killed", "the aid worker X, 34, who was freed in May,
    said"). News prose puts the subject right before "was"/"had"/"said" after such
    asides; the noun phrase ending just before the verb group is taken as its subject."""
    if verb.dep_ not in {"advcl", "ccomp", "conj", "ROOT", "pcomp", "relcl"} and not (
        verb.dep_ == "pobj" and verb.pos_ == "VERB" and verb.tag_ in {"VBD", "VBZ"}
    ):
        return None  # a finite verb as the object of "for": "the company he works for said"
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"} for c in verb.children):
        return None
    if (left := reduced_relative_subject(verb) or noun_conjoined_subject(verb)) is not None:
        return left  # "X, shot in the chest, died"; "X, who ..., underwent surgery and was"
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    finite = [a for a in auxes if a.tag_ in _FINITE_TAGS]
    if finite:
        first = min(a.i for a in auxes)
    elif verb.tag_ in {"VBD", "VBZ", "VBP"} and not auxes:
        first = verb.i  # "..., 34, who was freed in May, said"
    else:
        return None
    doc = verb.doc
    j = first - 1
    while j >= verb.sent.start and (
        doc[j].is_punct or doc[j].like_num and doc[j].dep_ in {"appos", "amod", "npadvmod"}
    ):
        j -= 1  # commas and an age ("Lena Hart, 34,")
    if j < verb.sent.start or doc[j].pos_ == "CCONJ":
        return None  # "was arrested and was charged": the subject is shared, not stranded
    tok = doc[j]
    for anc in [] if tok.dep_ == "appos" else [tok, *tok.ancestors]:
        if anc.i >= first:
            break
        if anc.dep_ == "relcl" and anc.head.i < anc.i:
            tok = anc.head  # the relative clause describes the noun before it
            break
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.ent_type_ in {"DATE", "TIME", "CARDINAL"}:
        return None
    if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.i != verb.i:
        return None  # already the subject of its own verb
    return tok


def interview_turns(ctx: ClaimContext) -> tuple[InterviewTurn, ...]:
    """The turns of a printed interview or transcript, in order (see
    :func:`entities_turns.read_interview_turns`); empty for any other article."""
    if ctx.turns is None:
        ctx.turns = read_interview_turns(ctx.text, ctx.para_starts, ctx.quotes)
    return ctx.turns


def interview_turn_at(ctx: ClaimContext, pos: int) -> InterviewTurn | None:
    """The interview turn holding character ``pos``, if any."""
    for turn in interview_turns(ctx):
        if turn.start <= pos < turn.end:
            return turn
    return None
