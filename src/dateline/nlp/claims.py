"""spaCy component ``dateline_claims``: status and event claims about people.

For every sentence the component finds **triggers** (a verb, predicative adjective, state
phrase or event noun from :mod:`dateline.nlp.claims_lexicon`), the **subject** the trigger
is about (patient of "killed", subject of "died"/"is alive", possessor of "death"), and
then walks the dependency path from the trigger up to the sentence root to read:

* the **claimant**: the outermost reporting verb's subject ("Russia's Defense Ministry said
  it was investigating reports he had been killed"), the speaker of the quotation or
  statement around the trigger, a nominal source ("reports of his death"), else the
  outlet's own narration;
* the **polarity**: negation on the trigger or on a reporting verb above it ("no official
  has ever claimed he is dead"), denial verbs, a "No" answer to a "whether" question;
* the **certainty**: the weakest of the cues on the path (claim/allege → reported,
  investigate/cannot confirm → unconfirmed, modals, hedging adverbs and impersonal
  "it is believed" → hedged, denial → denied), anonymous speakers → reported;
* the **event time**: a time expression attached to the trigger's own clause; else, for
  narration, the narrative time of the paragraph; present-tense states take the
  publication date; past perfect in reported speech gets only an upper bound;
* the **place**: a place phrase attached to the clause ("near Raqqa", "in Mosul's
  al-Nuri Mosque", "on the outskirts of X").

Messages ("an audio message from X", "recordings it claims are from X") become
``message_released`` claims about their author, and what a message mentions with a date
becomes a proof-of-life ``alive`` claim bounded below by that date (DESIGN.md, "Dating").
The approach follows the event-factuality reading of FactBank (Saurí & Pustejovsky 2009):
the source chain and the cues on it decide whose claim it is and how firmly it is held.

Modules, in the order of the data flow: this one is the spaCy component (the per-document
context, the sentence loop, the factory); :mod:`claims_triggers` finds trigger words and
their subjects (nouns, adjectives, state phrases), handing verbs to :mod:`claims_verbs`
(phrasal verbs, constructions, lexicons; first :mod:`claims_states`, the states a verb
construction gives: signs of life, where a person is kept, how a custody ended), which asks
:mod:`claims_complements` what a verb's complements say (a leader role, a state agent, a
public place); beside them, one module per family of constructions the general rules do
not read: :mod:`claims_leadership` (successions, stand-ins, messages, appearances),
:mod:`claims_custody` (arrest or capture by who holds the person), :mod:`claims_injury`
(wounds and survival, dated by their attack), :mod:`claims_whereabouts` (where a person is
or arrived, appearances), :mod:`claims_deaths` (deaths told by a body, a killer, a rite or a
list), :mod:`claims_acts` (acts and measures short of custody: summoned, suspended, joined,
crossed, found guilty) and :mod:`claims_conjuncts` (conjuncts the parser misattaches);
:mod:`claims_grammar` holds
the shared relations (subject, patient, coordination, mood); :mod:`claims_messages` the
messages and their authors; :mod:`claims_proof_of_life` the dated bounds they give;
:mod:`claims_denials` denials of a claim made just before; :mod:`claims_precision` drops
hits whose trigger is used in another sense (contests, idioms, predictions, non-English
pages); :mod:`claims_assembly` turns hits into records. :mod:`claims_sources` reads the source chain (claimant, polarity,
certainty); :mod:`claims_timeplace` the event time and place; :mod:`claims_context` holds
the shared per-document state; :mod:`claims_lexicon` the word lists; :mod:`claims_time`
TIMEX3 intervals and a fallback tagger; :mod:`claims_export` the export rows.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dateline.nlp import claims_lexicon as lx
from dateline.nlp.attribution import outlet_of
from dateline.nlp.attribution_index import DocIndex, indexed, tables_of
from dateline.nlp.certainty import apply_verification_caveats
from dateline.nlp.claims_answers import (
    answered_question_hits,
    put_claim_confirmations,
    put_claim_denials,
)
from dateline.nlp.claims_assembly import claims_of_hit, drop_restatements, interviewee
from dateline.nlp.claims_context import (
    ClaimContext,
    Hit,
    index_cues,
    interview_turn_at,
    lemma_tokens,
)
from dateline.nlp.claims_custody import unheld_hits
from dateline.nlp.claims_denials import (
    DENIAL_LEMMAS,
    _subjects_alongside,
    anaphoric_denials,
    anaphoric_event_nouns,
    called_false_denials,
    contrary_denials,
    far_from_denials,
)
from dateline.nlp.claims_ellipsis import stripped_clause_hits
from dateline.nlp.claims_grammar import expand_conj, has_neg
from dateline.nlp.claims_groups import identified_members, listed_names, number_of
from dateline.nlp.claims_harm import health_sentence_hits
from dateline.nlp.claims_message_speakers import message_speaker_hits
from dateline.nlp.claims_messages import message_hits
from dateline.nlp.claims_named_descriptions import described_then_named_hits
from dateline.nlp.claims_partitives import (
    among_hits,
    described_group_hits,
    named_member_hits,
    superlative_member_hits,
    trailing_among_hits,
)
from dateline.nlp.claims_precision import english_text, keep_hit, settle_hit
from dateline.nlp.claims_proform_sources import (
    doubted_tellings,
    proform_retellings,
    shown_person_hits,
)
from dateline.nlp.claims_proof_of_life import dated_paper_hits, proof_of_life_hits
from dateline.nlp.claims_ranked_members import ranked_member_hits
from dateline.nlp.claims_reduced_relatives import reduced_relative_hits
from dateline.nlp.claims_restatements import bare_call_hits, custody_goes_on_hits
from dateline.nlp.claims_sources import name_of
from dateline.nlp.claims_time import fallback_timexes
from dateline.nlp.claims_timeplace import event_time_of
from dateline.nlp.claims_triggers import open_candidates, token_hits
from dateline.nlp.claims_wellbeing import wellbeing_hits
from dateline.nlp.entities import quoted_spans
from dateline.nlp.extensions import register_extensions
from dateline.records import Claim

__all__ = ["ClaimExtractor", "extract_claims", "make_claim_extractor"]


class ClaimExtractor:
    """Callable spaCy component; see the module docstring."""

    def __init__(self, *, use_statements: bool = True) -> None:
        self.use_statements = use_statements

    def __call__(self, doc: Doc) -> Doc:
        doc._.claims = extract_claims(doc, use_statements=self.use_statements)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


def extract_claims(doc: Doc, *, use_statements: bool = True) -> list[Claim]:
    """All claims of ``doc`` (reads ``doc._.entities``, ``timexes``, ``statements``)."""
    # the token tables the attribution component read from this parse (built if absent)
    with indexed(doc, take_over=True) as tables:
        return _claims_in(_context(doc, tables, use_statements=use_statements))


def _claims_in(ctx: ClaimContext) -> list[Claim]:
    claims: list[Claim] = []
    if not english_text(ctx.text):
        return claims  # a page in another language (German "die" is an article)
    seen: set[tuple] = set()
    headline = _headline_end(ctx)
    for n, sent in enumerate(ctx.sents):
        hits = [
            h
            for h in _sentence_hits(ctx, sent)
            if h.anchor.idx >= headline and keep_hit(ctx, sent, settle_hit(ctx, h))
        ]
        # (a headline restates the story's lede in short; the parser may join it to the lede)
        own = _own_clause_nouns(hits)
        own_nouns = {h.anchor.i for h in hits if id(h) in own}
        told: dict[int, list[Claim]] = {}  # the sentence's claims by their trigger
        for hit in _restated_or_own(ctx, sent, hits, own):
            burial = any(h.predicate == "other:bury" and h.anchor.i == hit.anchor.i for h in hits)
            for claim in claims_of_hit(ctx, sent, hit, len(claims)):
                claim = _enumerated_first(ctx, sent, hit, claim)
                if (burial or _rite_of_the_dead(hit)) and _death_told_before(claims, claim):
                    continue
                if _riding(hit, claim):
                    continue
                if (
                    _conjunct_restates(hit.anchor, claim, told)
                    or (_counted_among(hit.anchor) or _in_the_recording(hit))
                    and _told_before(claims, claim)
                    or _put_back_to_interviewee(ctx, hit, claim, claims)
                ):
                    continue
                told.setdefault(hit.anchor.i, []).append(claim)
                key = (
                    claim.subject_id,
                    claim.predicate,
                    claim.polarity,
                    n,
                    claim.basis,
                    claim.event_time,
                    _clause_key(hit, own_nouns),
                    # (one event told by two sources in a sentence is a claim each)
                    claim.claimant,
                    _whereabouts(claim),
                )
                if key in seen:
                    continue
                seen.add(key)
                claims.append(claim)
                ctx.claims.append(claim)
                for again in _listed_dates(ctx, sent, claim, len(claims)):
                    claims.append(again)
                    ctx.claims.append(again)
        for again in _said_likewise(ctx, n, claims):
            claims.append(again)
            ctx.claims.append(again)
    # "We have not been able to confirm either account": the accounts before it
    spans = [(s.start_char, s.end_char, ctx.para_of_sent[n]) for n, s in enumerate(ctx.sents)]
    return apply_verification_caveats(claims, spans, ctx.text, quotes=ctx.quotes, outlet=ctx.outlet)


def _said_likewise(ctx: ClaimContext, n: int, claims: list[Claim]) -> list[Claim]:
    """A second source saying the same by ellipsis makes the claims of the saying it echoes
    its own: "The army said X was killed. So did his brother." / "His brother said the
    same." (the sentence before, same paragraph) and "X was killed, the army said, as did a
    local official" (the same sentence). One claim per claim echoed, the new source's."""
    sent = ctx.sents[n]
    found = _likewise_speaker(sent)
    if found is None:
        return []
    speaker, verb = found
    if verb.dep_ == "advcl":  # ", as did X": the claims its own sentence told
        echoed = [c for c in claims if sent.start_char <= c.start < sent.end_char]
    else:
        if n == 0 or ctx.para_of_sent[n - 1] != ctx.para_of_sent[n]:
            return []
        before = ctx.sents[n - 1]
        echoed = [c for c in claims if before.start_char <= c.start < before.end_char]
    # (what is echoed is a saying: "Police arrested X. So did the army" echoes an act)
    echoed = [c for c in echoed if c.claimant is not None and c.claimant != ctx.outlet]
    if not echoed:
        return []
    name, entity_id, anonymous = name_of(ctx, speaker)
    out: list[Claim] = []
    for c in echoed:
        if c.claimant == name or c.basis is not None:
            continue
        certainty = c.certainty
        if certainty in {"asserted", "reported"}:
            certainty = "reported" if anonymous else "asserted"
        out.append(
            c.model_copy(
                update={
                    "claim_id": ctx.claim_id(len(claims) + len(out)),
                    "claimant": name,
                    "claimant_id": entity_id,
                    "claimant_anonymous": anonymous,
                    "certainty": certainty,
                    "statement_id": None,
                    "start": sent.start_char,
                    "end": sent.end_char,
                    "evidence": sent.text.strip(),
                }
            )
        )
    return out


# "So did X", "So has X": the auxiliary that stands for a saying just told.
_ECHO_AUXES = frozenset({"do", "have"})
# The reporting verbs that say the same by a pro-form: "said the same", "told so".
_ECHO_SAYINGS = frozenset({"say", "tell", "report"})


def _likewise_speaker(sent: Span) -> tuple[Token, Token] | None:
    """The speaker and verb of an elliptical saying: "So did his brother." (a short sentence
    of "so" + an auxiliary + its subject), "His brother said the same (thing)." / "said so
    too" (a reporting verb with nothing after it but the pro-form), ", as did a local
    official" (an "as" clause of an auxiliary in a sentence with a reporting verb)."""
    # (read from the tables: only an auxiliary or a saying verb with a subject can answer, and
    # a Token per word of every sentence cost more than the rest of the test)
    doc, tables = sent.doc, tables_of(sent.doc)
    dep, pos, lemmas, children = tables.dep, tables.pos, tables.lemma, tables.children
    for i in range(sent.start, sent.end):
        lemma = lemmas[i]
        if lemma not in _ECHO_AUXES and lemma not in _ECHO_SAYINGS:
            continue
        first = next((c for c in children[i] if dep[c] == "nsubj"), None)
        if first is None or pos[first] == "PRON":
            continue
        tok, subj = doc[i], doc[first]
        if lemma in _ECHO_AUXES and any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in tok.children):
            continue  # "So did the army, which ..." is fine; "did it" / "has done so" are acts
        if (
            lemma in _ECHO_AUXES
            and tok.dep_ == "ROOT"
            and any(c.lower_ == "so" and c.i < tok.i for c in tok.children)
            and len(sent) <= 12
        ):
            return subj, tok  # "So did his brother."
        if (
            lemma in _ECHO_AUXES
            and tok.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)
            and any(lemmas[k] in lx.REPORTING_VERBS for k in range(sent.start, i))
        ):
            return subj, tok  # ", as did a local official"
        if lemma in _ECHO_SAYINGS and not any(c.dep_ in {"ccomp", "xcomp"} for c in tok.children):
            tail = [t.lower_ for t in sent if t.i > tok.i and not t.is_punct]
            if (tail[:2] == ["the", "same"] or tail[:1] == ["so"]) and not _ECHO_OTHER & set(tail):
                return subj, tok  # "His brother said the same." / "said so too"
    return None


# "said the same about his cousin": the same claim of someone else
_ECHO_OTHER = frozenset({"about", "of", "for", "regarding", "concerning"})


# A party of vehicles one rides in ("was in the convoy"), no whereabouts of its own.
_RIDING = re.compile(
    r"(?:in|inside)\s+(?:the|a|his|her|their)\s+(?:\w+\s+)?(?:convoy|motorcade|car|vehicle|bus|truck)",
    re.IGNORECASE,
)


def _riding(hit: Hit, claim: Claim) -> bool:
    """ "X was in the convoy / in the third car" when it was attacked tells who rode in it,
    not where X is: no whereabouts (as "at home" names no place); denying it ("had not been
    in the convoy") is an alibi, a whereabouts denied at the event's time, and stays."""
    return (
        claim.predicate == "located_in"
        and claim.polarity == "affirmed"
        and hit.anchor.lemma_ == "be"
        and claim.place is not None
        and _RIDING.fullmatch(claim.place.strip()) is not None
    )


def _whereabouts(claim: Claim) -> str | None:
    """The place of a whereabouts claim, which tells two whereabouts of one sentence apart:
    "crossed into Sudan and settled in Khartoum", "held in Evin prison since 2021, has
    landed in Doha" are two places, a claim each (a place no clause names stays None)."""
    if claim.predicate != "located_in" or not claim.place:
        return None
    return re.sub(r"^(?:in|into|at|to|from|inside|near)\s+", "", claim.place.lower())


def _clause_key(hit: Hit, own_nouns: set[int]) -> int:
    """What tells one clause from another in the key that merges a sentence's repeats: a
    noun in a clause of its own (``_own_clause_nouns``) with the verb that governs it
    ("mourned the killing of X": one claim), and an earlier event's noun, are claims of their
    own, whatever their time."""
    if hit.anchor.i in own_nouns or _earlier_event_noun(hit.anchor):
        return hit.anchor.i
    on_noun = next((s.i for s in hit.subjects if s.i in own_nouns), None)
    return on_noun if on_noun is not None else _coordinated_clause(hit.anchor)


def _conjunct_restates(anchor: Token, claim: Claim, told: dict[int, list[Claim]]) -> bool:
    """A verb coordinated with one that told the same claim, without a time of its own, goes
    on telling that event: "was detained by agents in 2019, held for eleven weeks in a cell
    and then deported" is one arrest (a claim per clause, and the conjunct shares the first
    verb's time). "spent N years in prison" is an event of its own (``_coordinated_clause``)."""
    if (
        (claim.event_time is not None or claim.event_earliest is not None)
        and not _undated_gerund(anchor)
        or anchor.lemma_ == "spend"
        # (a present or perfect state is no restatement: "and has lived there since")
        or _present_state(anchor)
        or _backshifted_state(anchor)
    ):
        return False
    verb = anchor
    while _continues(verb):
        verb = verb.head
        if any(
            (c.subject_id, c.predicate, c.polarity, c.claimant)
            == (claim.subject_id, claim.predicate, claim.polarity, claim.claimant)
            # (two places are two whereabouts: "was found in a camp near X and flown to Y")
            and not _two_places(c, claim)
            for c in told.get(verb.i, ())
        ):
            return True
    return False


def _two_places(a: Claim, b: Claim) -> bool:
    """Each claim names a place of its own, and they differ."""
    here, there = _whereabouts(a), _whereabouts(b)
    return here is not None and there is not None and here != there


def _undated_gerund(verb: Token) -> bool:
    """A gerund clause with no subordinator, subject or date of its own goes on telling its
    head verb's event, whatever time the claim took from the sentence: "took command the next
    year, succeeding X" is one change of leader."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and not any(c.dep_ in {"mark", "nsubj", "nsubjpass", "aux"} for c in verb.children)
        and not any(t.ent_type_ in {"DATE", "TIME"} for t in verb.subtree)
    )


def _continues(verb: Token) -> bool:
    """``verb`` goes on from its head verb: a conjunct, or a participle clause with no
    subordinator of its own ("was detained in 2019, held for eleven weeks")."""
    if verb.head.i == verb.i:
        return False
    return (
        verb.dep_ == "conj"
        or _undated_gerund(verb)
        or (
            verb.dep_ == "advcl"
            and verb.tag_ == "VBN"
            and not any(
                c.dep_ in {"mark", "nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children
            )
        )
    )


def _counted_among(anchor: Token) -> bool:
    """The trigger counts its subject among others of a kind: "X is the third priest
    kidnapped in Guerrero this year", "He was the second journalist to be killed there"
    (a ranked class with the trigger as its participle or relative clause)."""
    noun = anchor.head
    counted = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    return (
        anchor.dep_ in {"acl", "relcl"}
        and noun.dep_ == "attr"
        and noun.head.lemma_ == "be"
        # (a person is ranked, not "the first proof that", "the second time X has been seen")
        and counted is not None
        and (counted.tag_ in {"NNP", "NNPS"} or counted.lower_ in {"he", "she"})
        and any(
            c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.tag_ == "JJS" or c.lower_ in _RANKS)
            for c in noun.children
        )
    )


_RANKS = frozenset({"latest", "last", "only"})

# What a person is seen or heard in: "said in the video", "in the recording".
_RECORDINGS = frozenset(
    {"video", "recording", "footage", "clip", "tape", "message", "broadcast", "film"}
)


_SPEAKING = frozenset({"say", "speak", "talk", "tell", "declare", "announce", "insist", "add"})


def _in_the_recording(hit: Hit) -> bool:
    """A speaking verb "in the video" (definite: the recording the story has told already)
    gives no second appearance or proof of life: "X appeared in a video posted on Sunday ...
    He said in the video that he had been wounded" shows X once."""
    speaking = hit.anchor.lemma_.lower() in _SPEAKING
    if hit.predicate not in {"appeared", "alive"} or not speaking and hit.predicate != "appeared":
        return False  # ("In the video he appears healthy" is the state seen, told once)
    # any verb's appearance "in the clip" is the one told ("A video ... shows him seated. In
    # the two-minute clip he asks ..."); the parser may hang a fronted "in" on the subject
    holders = [hit.anchor, *(s for s in hit.anchor.children if s.dep_ == "nsubj")]
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "in"
        and obj.dep_ == "pobj"
        and obj.lemma_.lower() in _RECORDINGS
        and any(d.lower_ in {"the", "that", "this"} for d in obj.children)
        for holder in holders
        for prep in holder.children
        if holder is hit.anchor or prep.i < holder.i
        for obj in prep.children
    )


def _told_before(claims: list[Claim], claim: Claim) -> bool:
    """The story has told this claim of the subject already (any source, any time): a
    ranking sentence then sums it up and makes no second claim."""
    return any(
        (c.subject_id, c.predicate, c.polarity)
        == (claim.subject_id, claim.predicate, claim.polarity)
        for c in claims
    )


def _put_back_to_interviewee(
    ctx: ClaimContext, hit: Hit, claim: Claim, claims: list[Claim]
) -> bool:
    """An interviewer's turn that puts back to the interviewee a claim the story has told
    already ("Q: The army says you died in that strike." after the intro told the army's
    claim; "You believe your brother is still alive. Why?" after his "He is alive") is the
    premise of the question, no new telling; one that brings news ("Q: There were reports
    last week that he had been moved to a military hospital", a place not told before) is
    the reports' claim. A printed interview's turns only, not a broadcast transcript's."""
    turn = interview_turn_at(ctx, hit.anchor.idx)
    return (
        turn is not None
        and turn.asks
        # (a transcript's presenter, "PRESENTER: ...", tells the news: each telling counts)
        and turn.label is None
        and any(
            (c.subject_id, c.predicate, c.polarity)
            == (claim.subject_id, claim.predicate, claim.polarity)
            and _whereabouts(c) == _whereabouts(claim)
            for c in claims
        )
    )


def _earlier_event_noun(anchor: Token) -> bool:
    """An event noun after "since" / "after" tells an event of its own, earlier
    than the state its clause tells: "has been in prison since his arrest in 2019" is the
    arrest and the years in prison, a claim each, even when neither gets a time."""
    return (
        anchor.pos_ == "NOUN"
        and anchor.lemma_.lower() in lx.EVENT_NOUNS
        and anchor.dep_ == "pobj"
        and anchor.head.lower_ in {"since", "after"}
    )


def _own_clause_nouns(hits: list[Hit]) -> set[int]:
    """The ids of the event nouns that tell the event in a clause of their own though a verb
    of the sentence tells it too (a second source's, or the matrix of a relative clause)."""
    return {id(h) for h in hits if _second_account(h, hits) or _told_again_in_relative(h, hits)}


def _restated_or_own(ctx: ClaimContext, sent: Span, hits: list[Hit], own: set[int]) -> list[Hit]:
    """``drop_restatements``, except for an event noun a second source states in a clause
    of its own: "X was killed in the raid, the army said; the militia also confirmed his
    death" (the army's and the militia's claims, one each), and one whose "of X" a relative
    clause tells again ("condemned the killing of X, who was shot dead")."""
    kept = {id(h) for h in drop_restatements(ctx, sent, [h for h in hits if id(h) not in own])}
    return [
        h
        for h in hits
        if (id(h) in kept or id(h) in own)
        and not _describes_subject_of_same(h, hits)
        and not _complement_tells(h, hits)
        and not _shown_in_relative(h, hits)
    ]


def _shown_in_relative(hit: Hit, hits: list[Hit]) -> bool:
    """A video whose relative clause shows a person ("in a video posted on Sunday, in which
    he stood beside his trainer") tells again the appearance of the verb that puts the
    person "in" that video ("X said in a video ..."): one appearance, the verb's."""
    anchor = hit.anchor
    if (
        hit.predicate != "appeared"
        or anchor.lemma_.lower() not in _RECORDINGS
        or not any(c.dep_ == "relcl" for c in anchor.children)
        or anchor.head.lower_ != "in"
    ):
        return False
    return any(
        h is not hit and h.predicate == "appeared" and h.anchor.i == anchor.head.head.i
        for h in hits
    )


def _complement_tells(hit: Hit, hits: list[Hit]) -> bool:
    """A verb whose infinitive complement tells the same event of the same subjects ("was
    allowed to see him", "managed to escape", "was forced to step down") is one clause with
    it: the complement's claim, not a second one from the verb that governs it."""
    subjects = {s.i for s in hit.subjects}
    return any(
        h is not hit
        and h.predicate == hit.predicate
        and h.anchor.dep_ == "xcomp"
        and h.anchor.head.i == hit.anchor.i
        and {s.i for s in h.subjects} == subjects
        for h in hits
    )


def _describes_subject_of_same(hit: Hit, hits: list[Hit]) -> bool:
    """A noun or participle that names a person by the state a verb of the same clause tells
    of that person ("A fourth detainee, X, remains in prison", "The kidnapped engineer is
    still being held") describes the subject; the clause tells the state once."""
    anchor = hit.anchor
    if anchor.lemma_.lower() in lx.EVENT_NOUNS or anchor.dep_ not in _DESCRIBING_DEPS:
        return False
    described = anchor.head.i if anchor.dep_ == "amod" else anchor.i
    return any(
        h is not hit
        and h.predicate == hit.predicate
        and h.anchor.pos_ in {"VERB", "AUX"}
        and any(s.i == described for s in h.subjects)
        for h in hits
    )


# The roles of a describing word: the subject noun itself ("the detainee"), or a participle
# before it ("the jailed activist").
_DESCRIBING_DEPS = frozenset({"nsubj", "nsubjpass", "amod"})


# Nouns of a state whose "of X, who ..." relative clause tells a second fact: the whereabouts
# asked now and the place last seen ("could not establish the whereabouts of X, who was last
# seen at ..."). An event told by its noun and again by the relative clause is one claim, at
# the clause's time: "condemned the killing of X, who was shot dead on Monday", "welcomes the
# release of X, who was freed on Saturday".
_RELATIVE_RESTATED = frozenset({"located_in"})


def _told_again_in_relative(noun: Hit, hits: list[Hit]) -> bool:
    """``noun`` ("the whereabouts of X") stands in a clause of its own, under a verb ("could
    not establish"), and a relative clause on its X tells the same predicate again ("X, who
    was last seen at a checkpoint"): two facts, a claim each. A verbless heading has one
    clause only, the relative one."""
    anchor = noun.anchor
    if (
        anchor.pos_ != "NOUN"
        or noun.predicate not in _RELATIVE_RESTATED
        # (an agent noun names a person: "information on the killers of X, who was shot")
        or anchor.lemma_.lower() in {"killer", "murderer", "assassin"}
        # (a gerund heading, "Hearing in the case of the death of X, who died", is no clause)
        or not any(a.pos_ in {"VERB", "AUX"} and a.tag_ != "VBG" for a in anchor.ancestors)
    ):
        return False
    inside = {t.i for t in anchor.subtree}
    return any(
        h is not noun
        and h.predicate == noun.predicate
        and (relcl := _relative_clause(h.anchor)) is not None
        and relcl.head.i in inside
        and relcl.head.i != anchor.i
        for h in hits
    )


def _relative_clause(tok: Token) -> Token | None:
    """The verb of the relative clause ``tok`` stands in, None outside one."""
    for t in (tok, *tok.ancestors):
        if t.dep_ == "relcl":
            return t
    return None


def _second_account(noun: Hit, hits: list[Hit]) -> bool:
    """``noun`` is the object of a reporting verb with a subject of its own ("the militia
    confirmed his death", "his death was announced by his party") and the verb that tells
    the same event lies outside that reporting verb's clause."""
    anchor = noun.anchor
    report = anchor.head
    if (
        anchor.pos_ != "NOUN"
        or anchor.dep_ not in {"dobj", "nsubjpass"}
        or report.lemma_.lower() not in lx.REPORTING_VERBS
        or not any(c.dep_ in {"nsubj", "agent"} for c in report.children)
    ):
        return False
    inside = {t.i for t in report.subtree}
    return any(
        h.predicate == noun.predicate
        and h.anchor.pos_ in {"VERB", "AUX"}
        and h.anchor.i not in inside
        for h in hits
    )


# A count of occurrences ("twice", "three times") and what may stand between it and the list
# of their dates: "twice before, in 2013 and 2014", "three times: in 2010, 2012 and 2015".
_OCCURRENCES = re.compile(
    r"(?:twice|thrice|(?:two|three|four|five|six|\d+)\s+times)"
    r"(?:\s+(?:before|already|previously|earlier))?\s*[,:\u2014-]?\s*(?:(?:in|on)\s+)?",
    re.IGNORECASE,
)


def _enumerated_first(ctx: ClaimContext, sent: Span, hit: Hit, claim: Claim) -> Claim:
    """An undated claim counted "twice" / "three times" on its own verb and followed by the
    list of the occurrences' dates ("has announced his death twice before, in 2013 and
    2014") tells the first occurrence at the list's first date; ``_listed_dates`` then tells
    the others (an unenumerated "twice" stays one claim without a time)."""
    if claim.event_time is not None or claim.event_earliest is not None:
        return claim
    governing = {hit.anchor.i, hit.anchor.head.i}
    lower, doc = ctx.tables.lower, ctx.doc
    for tok in (doc[i] for i in range(sent.start, sent.end) if lower[i] in _COUNTED_TIMES):
        if tok.lower_ not in {"twice", "thrice", "times"} or not (
            {a.i for a in list(tok.ancestors)[:2]} & governing
        ):
            continue
        start = tok.idx if tok.lower_ != "times" else tok.nbor(-1).idx
        dates = [t for t in ctx.timexes if t.start > tok.idx and t.end <= sent.end_char]
        if (
            len(dates) > 1
            and (dates[0].value or "")[:1].isdigit()
            and _OCCURRENCES.fullmatch(ctx.text[start : dates[0].start])
            # (a list: "in 2013 and 2014"; "twice, in 2013" names one of the two)
            and (glue := ctx.text[dates[0].end : dates[1].start]).strip()
            and _DATE_LIST_GLUE.fullmatch(glue)
        ):
            return claim.model_copy(update={"event_time": dates[0].value})
    return claim


# The words that count an event's occurrences: "twice", "three times".
_COUNTED_TIMES = frozenset({"twice", "thrice", "times"})
# What joins the dates of a list: "in 2019 and in 2020", "in 2014, 2016 and 2017".
_DATE_LIST_GLUE = re.compile(r"\s*(?:,\s*)?(?:(?:and|or)\s+)?(?:(?:in|on)\s+)?")


def _listed_dates(ctx: ClaimContext, sent: Span, claim: Claim, n0: int) -> list[Claim]:
    """The same event again at each further date of a list the claim's date heads: "had
    been reported killed twice before, in 2019 and in 2020" tells two reports, a claim
    each (the first has the claim's own date); a date in apposition to one of the same value
    ("killed a decade earlier, in 1998") restates it."""
    if claim.event_time is None:
        return []
    timexes = [t for t in ctx.timexes if sent.start_char <= t.start and t.end <= sent.end_char]
    first = next((k for k, t in enumerate(timexes) if t.value == claim.event_time), None)
    if first is None or ctx.text[: timexes[first].start].rstrip().lower().endswith("between"):
        return []  # ("between 2015 and 2019" is one stretch of time)
    out: list[Claim] = []
    prefix = claim.claim_id.rsplit(":c", 1)[0]
    place = claim.place
    for before, after in zip(timexes[first:], timexes[first + 1 :], strict=False):
        glue = ctx.text[before.end : after.start]
        where = _PLACE_DATE_GLUE.fullmatch(glue) if claim.predicate in _SEEN_OR_THERE else None
        if (
            not glue.strip()
            or not (where or _DATE_LIST_GLUE.fullmatch(glue))
            or after.type != before.type
            or not (after.value or "")[:1].isdigit()  # ("in July and now lives in Tbilisi")
        ):
            break
        if where is not None:
            place = f"in {where.group(1)}"  # "in Dubai in April and in Istanbul in June"
        elif after.value == before.value:
            continue  # the same date said again ("a decade earlier, in 1998"): no second report
        out.append(
            claim.model_copy(
                update={
                    "claim_id": f"{prefix}:c{n0 + len(out)}",
                    "event_time": after.value,
                    "event_earliest": after.earliest if claim.event_earliest else None,
                    "event_latest": after.latest if claim.event_latest else None,
                    "place": place,
                }
            )
        )
    return out


# Sightings and stays a place-and-date list repeats: "was spotted in Dubai in April and in
# Istanbul in June" tells two sightings, each with its place and its time.
_SEEN_OR_THERE = frozenset({"appeared", "located_in"})
# What joins two place-and-date pairs: "and in Istanbul in", ", then in Kabul in".
_PLACE_DATE_GLUE = re.compile(
    r"\s*(?:,\s*)?(?:and\s+|then\s+|and\s+then\s+)?(?:in|at)\s+"
    r"((?:[A-Z][\w'\u2019-]*)(?:\s+[A-Z][\w'\u2019-]*){0,3})\s+(?:in|on)\s+"
)


# The rites of the dead a story tells after the death: "His funeral will be held on Sunday".
_RITES = frozenset({"funeral", "burial", "wake", "vigil"})


def _rite_of_the_dead(hit: Hit) -> bool:
    """A death read from the noun of its rite ("His funeral will be held on Sunday",
    "mourners at the burial of X"): like a burial's verb, it presupposes the death."""
    return hit.predicate == "killed" and hit.anchor.lemma_.lower() in _RITES


def _death_told_before(claims: list[Claim], claim: Claim) -> bool:
    """A burial's death ("X died on Monday ... He was buried on Thursday"): the burial
    presupposes the death the story has told already, so it makes no second claim of it
    (a burial told first still tells of the death)."""
    return claim.predicate == "killed" and any(
        c.predicate == "killed" and c.polarity == "affirmed" and c.subject_id == claim.subject_id
        for c in claims
    )


def _coordinated_clause(anchor: Token) -> int:
    """The verb "spend" of a clause coordinated with another verb, the trigger's clause,
    else -1. "was arrested in 1999 and spent 18 years in prison" tells two events, the
    arrest and the years in custody, a claim each, though the second takes the first's time
    (a claim per clause); other coordinated verbs mostly restate one event ("was detained in
    2017 and held for eight months")."""
    verb = anchor
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    if (
        verb.dep_ == "conj"
        and verb.head.pos_ in {"VERB", "AUX"}
        # (a state after a past event; two states, "is alive but is in poor health", are one)
        and (
            verb.lemma_ == "spend"
            or _present_state(verb)
            and not _present_state(verb.head)
            or _backshifted_state(verb)
        )
    ):
        return verb.i
    return -1


def _present_state(verb: Token) -> bool:
    """A present or perfect verb ("and has been placed under house arrest", "and remains in
    custody") tells the state after a past event, a claim of its own even when it takes the
    event's time."""
    return verb.tag_ in {"VBZ", "VBP"} or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP"} for c in verb.children
    )


_PAST_BE = frozenset({"was", "were"})


def _backshifted_state(verb: Token) -> bool:
    """A past state coordinated with a pluperfect event tells, in reported speech, the state
    the event left at the time of the saying (the backshifted "is being held", "is in
    custody"): "said X had been detained at the airport and was being held in a cell" is the
    arrest and the custody, a claim each."""
    if verb.dep_ != "conj" or not any(
        c.dep_ == "aux" and c.lower_ == "had" for c in verb.head.children
    ):
        return False
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.lower_ == "being" for c in auxes):
        return any(c.lower_ in _PAST_BE for c in auxes)  # "was being held"
    # "and was in custody", "and remained in hospital"
    return not auxes and verb.tag_ == "VBD" and verb.lemma_ in {"be", "remain", "stay"}


def _context(doc: Doc, tables: DocIndex, *, use_statements: bool) -> ClaimContext:
    text = tables.text  # (Doc.text joins every token again on each access)
    timexes = doc._.timexes
    if not timexes:
        # No time component in this pipeline (or it found nothing): read calendar dates.
        timexes = fallback_timexes(doc)
    sents = list(doc.sents)
    sent_of = {i: n for n, s in enumerate(sents) for i in range(s.start, s.end)}
    # paragraphs, and the items of a bulleted list (a round-up's "- Egypt: ...")
    para_starts = [m.end() - 1 for m in re.finditer(r"(?:^|\n\s*\n|\n(?=[-•*–] ))\S", text)]
    dateline = tables.dateline
    ctx = ClaimContext(
        doc=doc,
        text=text,
        entities=list(doc._.entities or ()),
        timexes=sorted(timexes, key=lambda t: t.start),
        statements=list(doc._.statements or ()) if use_statements else [],
        quotes=quoted_spans(text),
        outlet=outlet_of(doc),
        published=doc._.published,
        sent_of=sent_of,
        sents=sents,
        para_of_sent=[bisect.bisect_right(para_starts, s.start_char) for s in sents],
        para_starts=para_starts,
        dateline=(dateline.start, dateline.end) if dateline is not None else (0, 0),
        tables=tables,
    )
    index_cues(ctx, denial_lemmas=DENIAL_LEMMAS)
    return ctx


def _sentence_hits(ctx: ClaimContext, sent: Span) -> list[Hit]:
    answerer = _answerer(ctx)
    if _asks(ctx, sent):
        if answerer is None:
            return []
        # "Q: Was he wounded? / A: No.": the interviewee's answer settles the question
        return answered_question_hits(ctx, sent, lambda s: _trigger_hits(ctx, s), answerer)
    hits = _trigger_hits(ctx, sent)
    # "X was wounded. Y was not.", "So was Y": the sentence before's claims, about Y
    hits.extend(stripped_clause_hits(ctx, sent, lambda s: _trigger_hits(ctx, s)))
    if answerer is not None:
        hits.extend(put_claim_denials(ctx, sent, answerer))  # "A: That is a lie."
        hits.extend(put_claim_confirmations(ctx, sent, answerer, hits))  # "A: That is correct"
    hits.extend(called_false_denials(ctx, sent, hits))  # "called the reports fabricated"
    hits.extend(contrary_denials(ctx, sent, hits))  # "alive, contrary to reports that P"
    hits.extend(far_from_denials(ctx, sent))  # "Far from being dead, X ..."
    hits.extend(message_hits(ctx, sent))
    hits.extend(message_speaker_hits(ctx, sent, hits))  # "a recording in which X says"
    conjoined = _conjoined_denials(ctx, sent, hits)  # "X said P, but Y denied it"
    hits.extend(
        h
        for h in anaphoric_denials(ctx, sent, pronoun_claims=answerer is None)
        if all(h.anchor.i != c.anchor.i for c in conjoined)
    )
    hits.extend(conjoined)
    hits.extend(anaphoric_event_nouns(ctx, sent))
    hits.extend(proform_retellings(ctx, sent))  # "The army stood by its statement"
    hits.extend(shown_person_hits(ctx, sent))  # "the man in the video was X"
    hits.extend(_lying_denials(ctx, sent))  # "The army is lying," his brother said
    hits.extend(proof_of_life_hits(ctx, sent))
    hits.extend(dated_paper_hits(ctx, sent))
    hits.extend(listed_group_hits(ctx, sent, hits))
    hits.extend(health_sentence_hits(ctx, sent, hits))  # (claims_harm: session 20)
    hits.extend(wellbeing_hits(ctx, sent, hits))  # "found unharmed", "was bleeding"
    hits.extend(custody_goes_on_hits(hits))  # "placed under house arrest, and remains there"
    hits.extend(bare_call_hits(sent))  # '"He called!"', "said he phoned on Wednesday night"
    hits.extend(unheld_hits(sent))  # '"Nobody is guarding me," he said'
    hits.extend(reduced_relative_hits(ctx, sent, hits))  # "for X, the priest, kidnapped in May"
    hits.extend(described_then_named_hits(ctx, sent, hits))  # "The guard who was freed is X"
    hits.extend(trailing_among_hits(ctx, sent, hits))  # "..., walked out unharmed, X among them"
    hits.extend(superlative_member_hits(ctx, sent, hits))  # "X, the oldest of those freed"
    doubted_tellings(sent, hits)  # "..., and that she did not know what to believe"
    return hits


# What takes up the claim of the clause before: "but the army denied it / the report".
_TAKEN_UP_CLAIMS = frozenset({"it", "this", "that", "them", "claim", "report", "allegation"})


def _conjoined_denials(ctx: ClaimContext, sent: Span, hits: list[Hit]) -> list[Hit]:
    """ "The army claimed it had killed X, but the rebels denied it": a denial verb
    coordinated with the clause that told a claim, its object a pronoun or a bare claim noun,
    denies the claims of that clause (not one told in a sentence before), as its subject's;
    a confirming verb so placed ("..., and his lawyer confirmed it") makes them its own."""
    out: list[Hit] = []
    for verb in lemma_tokens(ctx, sent, DENIAL_LEMMAS | lx.CONFIRM_VERBS):
        denies = verb.lemma_.lower() in DENIAL_LEMMAS
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        denier = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if (
            verb.dep_ != "conj"
            or obj is None
            or denier is None
            or obj.lemma_.lower() not in _TAKEN_UP_CLAIMS
            or any(c.dep_ in {"acl", "relcl", "prep", "ccomp"} for c in obj.children)
            or has_neg(verb)
        ):
            continue
        first = {t.i for t in verb.head.subtree} - {t.i for t in verb.subtree}
        for h in hits:
            if (
                h.anchor.i in first
                and h.anchor.i < verb.i
                and not h.polarity_neg
                and h.certainty != "denied"
                and h.basis is None
            ):
                hit = Hit(h.predicate, verb, list(h.subjects), {verb.i}, polarity_neg=denies)
                if denies:
                    hit.certainty = "denied"
                hit.event = (None, None, None)
                hit.claimant = name_of(ctx, denier)
                out.append(hit)
    return out


_LIE = frozenset({"lie"})
_STOP = frozenset({"the", "a", "an", "'s", "of", "its", "his", "her", "their"})


def _lying_denials(ctx: ClaimContext, sent: Span) -> list[Hit]:
    """ "The army said it had killed X ... 'The army is lying,' his brother said": calling
    the one who made a claim a liar denies the latest affirmed claim that source made in the
    six sentences before (progressive "is lying" with the source as its subject; not "lying
    in hospital", "lying low"). The source chain gives the one who says it."""
    hits: list[Hit] = []
    for verb in lemma_tokens(ctx, sent, _LIE):
        if (
            verb.tag_ != "VBG"
            or not any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
            or any(c.dep_ in {"prep", "advmod", "acomp", "dobj", "neg"} for c in verb.children)
            or (liar := next((c for c in verb.children if c.dep_ == "nsubj"), None)) is None
        ):
            continue
        words = {w for w in name_of(ctx, liar)[0].lower().split() if w not in _STOP}
        earliest = ctx.sents[max(0, ctx.sent_of[sent.start] - 6)].start_char
        told = [
            c
            for c in ctx.claims
            if earliest <= c.start < sent.start_char
            and c.claimant
            and words
            and words <= {w for w in c.claimant.lower().split() if w not in _STOP}
        ]
        if not told or told[-1].polarity != "affirmed" or told[-1].certainty == "denied":
            continue  # (calling a denial a lie is no claim the gold counts)
        subjects = _subjects_alongside(ctx, told[-1])
        if subjects:
            hit = Hit(told[-1].predicate, verb, subjects, {verb.i}, polarity_neg=True)
            hit.certainty = "denied"
            hit.event = (None, None, None)
            hits.append(hit)
    return hits


# Nouns for people an event befell that a copula names the members of ("The dead were X,
# Y and Z"), with the claim each member gets; "victims" (of what?) and plurals that take up
# a group ("they", "the other two") get theirs from the group told before.
_CASUALTY_COPULA = {
    "dead": "killed",
    "fatalities": "killed",
    "deceased": "killed",
    "injured": "wounded",
    "wounded": "wounded",
    "survivors": "alive",
    "victims": "killed",  # (the victims of an attack: "the victims of the fraud" are no list)
}
_TAKING_UP = frozenset({"they", "others", "other", "remaining", "rest"})
_BE = frozenset({"be"})
_INCLUDE = frozenset({"include"})


def listed_group_hits(ctx: ClaimContext, sent: Span, told: list[Hit]) -> list[Hit]:
    """ "Four people were killed in the blast. The dead were X, 50; Y and Z": a copula
    whose subject is a casualty noun or a plural that takes up a group ("They were Sergeant
    X and Private Y", "The other two were the purser, X, and a tourist, Y") names the group's
    members; each gets the claims the group got in this or the three sentences before (with
    their time; the claimant is this sentence's), or the casualty noun's own."""
    hits: list[Hit] = []
    # (the copulas from the lemma table: a Token for every word cost more than the rule)
    for be in (t for t in lemma_tokens(ctx, sent, _BE) if t.lemma_ == "be" and t.pos_ == "AUX"):
        subject = next((c for c in be.children if c.dep_ == "nsubj" and c.i < be.i), None)
        if subject is None or any(c.dep_ == "neg" for c in be.children):
            continue
        word = subject.lower_
        words = {word, *(c.lower_ for c in subject.children)}
        # ("The injured are: X": the participle the parser tags a verb, a noun by its "the")
        noun_like = subject.pos_ in {"NOUN", "ADJ"} or any(
            c.lower_ == "the" for c in subject.children
        )
        own = _CASUALTY_COPULA.get(word) if noun_like else None
        if any(c.lower_ == "of" for c in subject.children):
            own = None
        # ("the other two", "the remaining eight", "the two", "they")
        counted = subject.pos_ == "NUM" and "the" in words
        if own is None and not counted and not words & _TAKING_UP:
            continue
        members = identified_members(ctx, subject)
        if not members:
            continue
        earlier = _group_hits_before(ctx, sent, subject, len(members))
        if own is not None and not any(h.predicate == own for h, _ in earlier):
            earlier = [(Hit(own, be, []), None)]
        for group_hit, event in earlier:
            hit = Hit(group_hit.predicate, be, list(members), {be.i})
            hit.polarity_neg = group_hit.polarity_neg
            hit.event = event
            hits.append(hit)
    hits += among_hits(ctx, sent, told, _group_hits_before)  # "Among them was X"
    hits += named_member_hits(ctx, sent, told, _group_hits_before)  # "One of them, X, said"
    hits += ranked_member_hits(ctx, sent, told, _group_hits_before)  # "The elder, X, was"
    hits += described_group_hits(ctx, sent, told)  # "The two survivors, X and Y, were ..."
    return hits + _casualty_part_hits(ctx, sent, told) + _included_hits(ctx, sent, told)


def _included_hits(ctx: ClaimContext, sent: Span, told: list[Hit]) -> list[Hit]:
    """ "Those freed include X, a nurse", "Those still missing include X and her sister Y",
    "The injured, who include the mayor's driver, X, were taken to hospital": the people
    "include" lists after "those <participle>" or a casualty noun get the participle's or
    the noun's claim (whichever way the parser read the participle)."""
    hits: list[Hit] = []
    for inc in (
        t for t in lemma_tokens(ctx, sent, _INCLUDE) if t.lemma_ == "include" and t.pos_ == "VERB"
    ):
        pred, word = None, None
        if inc.dep_ == "relcl" and any(c.lower_ == "who" for c in inc.children):
            word = inc.head  # "the injured, who include X"
            pred = _CASUALTY_COPULA.get(word.lower_)
        else:
            before = [t for t in sent if t.i < inc.i and t.pos_ != "ADV"]
            if len(before) >= 2 and before[-2].lower_ == "those":
                word = before[-1]  # "those (still) missing / freed include X"
                pred = lx.PARTICIPLE_MODIFIERS.get(word.lower_) or (
                    "other:missing" if word.lower_ == "missing" else None
                )
        if pred is None or word is None:
            continue
        if any(
            h.predicate == pred
            and h.anchor.i in {word.i, inc.i}
            and any(x.pos_ == "PROPN" for x in h.subjects)
            for h in told
        ):
            continue  # ("those arrested included X": read by the participle's own rule)
        names = listed_names(ctx, inc.i + 1, sent.end, predicate=pred)
        if inc.dep_ == "relcl":  # (the parser may hang the name on the casualty noun)
            names += [c for c in word.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if names:
            hits.append(Hit(pred, inc, names, {inc.i, word.i}))
    return hits


# Quantifiers of a part of a group: "two of the wounded", "one of the dead"
_PART_WORDS = frozenset({"one", "some", "several", "most", "many"})


def _casualty_part_hits(ctx: ClaimContext, sent: Span, told: list[Hit]) -> list[Hit]:
    """ "Two of the wounded, X and Y, were in critical condition", "Among the injured are two
    firefighters, X and Y": the people a part of the casualties, or an inverted "among",
    names (a verb the sentence already read for that predicate keeps its own reading)."""
    hits: list[Hit] = []
    lower, doc = ctx.tables.lower, ctx.doc  # (the casualty words from the table first)
    for tok in (doc[i] for i in range(sent.start, sent.end) if lower[i] in _CASUALTY_COPULA):
        pred = _CASUALTY_COPULA.get(tok.lower_)
        if pred is None or tok.dep_ != "pobj" or any(c.lower_ == "those" for c in tok.children):
            continue
        prep = tok.head
        if prep.lower_ == "of" and (prep.head.pos_ == "NUM" or prep.head.lower_ in _PART_WORDS):
            part = prep.head  # ("two of the wounded, X and Y,": the names on "two")
            members = [*expand_conj([part])[1:], *(c for c in part.children if c.dep_ == "appos")]
            members += identified_members(ctx, tok)  # "named two of the victims as X and Y"
            anchor = part.head if part.dep_ in {"nsubj", "nsubjpass"} else part
        elif prep.lower_ == "among" and prep.head.lemma_ == "be":
            anchor = prep.head
            members = [
                m
                for c in anchor.children
                if c.dep_ in {"nsubj", "attr"} and c.i > prep.i
                for m in expand_conj([c])
            ]
        else:
            continue
        if any(h.predicate == pred and h.anchor.i == anchor.i and h.subjects for h in told):
            continue
        names = [m for m in members if m.pos_ == "PROPN"]
        if names:
            hits.append(Hit(pred, anchor, names, {anchor.i, tok.i}))
    return hits


def _group_hits_before(
    ctx: ClaimContext, sent: Span, subject: Token, named: int
) -> list[tuple[Hit, tuple | None]]:
    """The hits of the nearest of the three sentences before ``sent`` that tell of a
    counted or unnamed plural group the copula's ``subject`` can take up ("Two soldiers died
    in the ambush", "X was one of three hostages shot dead": for "the other two" a group of
    three), each with the time it was told at."""
    want = number_of(subject)
    other = any(c.lower_ in {"other", "remaining"} for c in subject.children)
    n = ctx.sent_of[sent.start]
    for m in range(n - 1, max(-1, n - 4), -1):
        found: list[tuple[Hit, tuple | None]] = []
        for hit in _trigger_hits(ctx, ctx.sents[m]):
            group = _plural_of(hit)
            if group is None:
                continue
            size = number_of(group)
            if other and want is not None and size is not None and size <= want:
                continue  # "the other two" of a group of three or more
            if not other and want is not None and size is not None and size != want:
                continue
            if size is not None and not other and named > size:
                continue
            event = event_time_of(ctx, ctx.sents[m], hit, False)
            found.append((hit, event if event[0] is not None else None))
        if found:
            return found
    return []


def _plural_of(hit: Hit) -> Token | None:
    """The plural people noun a hit tells of: its subject ("Two soldiers died"), the noun
    its participle hangs on ("three hostages shot dead"), or the noun itself ("hostages")."""
    candidates = [*hit.subjects, hit.anchor]
    if hit.anchor.dep_ in {"acl", "relcl", "amod"}:
        candidates.append(hit.anchor.head)
    # "X was one of three hostages": the copula's "one of" (the hostage noun's own hit)
    candidates.extend(c for c in hit.anchor.children if c.dep_ == "attr")
    for tok in list(candidates):
        # "one of three hostages shot dead": the plural after "of"
        if tok.pos_ == "NUM":
            for of in (c for c in tok.children if c.lower_ == "of"):
                candidates.extend(c for c in of.children if c.dep_ == "pobj")
    for tok in candidates:
        if tok.tag_ == "NNS" and tok.pos_ == "NOUN" and tok.lemma_.lower() not in _NOT_PEOPLE:
            return tok
        if tok.pos_ == "NUM" and tok.dep_ in {"nsubj", "nsubjpass"} and number_of(tok):
            return tok  # "Two died at the scene. They were X and Y": a bare count of people
    return None


# Plurals no group of people is named by: "two bodies", "two days", "bombs"
_NOT_PEOPLE = frozenset({"body", "day", "week", "month", "year", "hour", "bomb", "shot"})


def _trigger_hits(ctx: ClaimContext, sent: Span) -> list[Hit]:
    doc = ctx.doc
    return [
        h
        for i in open_candidates(ctx.tables, sent.start, sent.end)
        for h in token_hits(ctx, doc[i])
    ]


def _answerer(ctx: ClaimContext) -> tuple[str, str | None, bool] | None:
    """Who answers the questions of a printed interview (None for any other article)."""
    person = interviewee(ctx)
    return (person.name, person.entity_id, False) if person is not None else None


def _headline_end(ctx: ClaimContext) -> int:
    """End of a headline: a short first paragraph without closing punctuation, with the
    story after it ("Militia denies its leader has been replaced"); 0 if there is none."""
    text = ctx.text
    cut = text.find("\n\n")
    if cut <= 0:
        return 0
    first = text[:cut].strip()
    if _kicker(first):
        # (a label line above the headline: "PRESS RELEASE", "UPDATE 2", "BREAKING NEWS")
        second = text.find("\n\n", cut + 2)
        if second > 0:
            start, cut = cut, second
            first = text[start:cut].strip()
    if (
        not first
        or "\n" in first
        or len(first.split()) > 16
        or first[-1] in ".!?:\"'”’)"
        or not text[cut:].strip()
    ):
        return 0
    return cut


def _kicker(par: str) -> bool:
    """A label above a headline, not a sentence: a short line whose words before any dash are
    all capitals ("PRESS RELEASE", "PRESS RELEASE - For immediate release, 16 February
    2023", "BREAKING NEWS", "UPDATE 2")."""
    head = re.split(r"\s[-\u2013\u2014]\s", par, maxsplit=1)[0]
    words = re.findall(r"[A-Za-z]+", head)
    return (
        "\n" not in par
        and len(par.split()) <= 12
        and 1 <= len(words) <= 4
        and all(w.isupper() and len(w) > 1 for w in words)
    )


def _asks(ctx: ClaimContext, sent: Span) -> bool:
    """A direct question asks, it does not claim: a headline "Is X still alive?", an
    anchor's "Do we know where she is being held?"."""
    end = ctx.text[max(sent.start_char, sent.end_char - 6) : sent.end_char]
    return end.rstrip().rstrip("\"'”’)").endswith("?")


@Language.factory(
    "dateline_claims",
    assigns=["doc._.claims"],
    default_config={"use_statements": True},
)
def make_claim_extractor(nlp: Language, name: str, use_statements: bool = True) -> ClaimExtractor:
    register_extensions()
    return ClaimExtractor(use_statements=use_statements)
