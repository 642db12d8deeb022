"""From hits to :class:`~dateline.records.Claim` records: resolve each parsed subject
to a person (names, pronouns in quotations, "my husband", epithets, "the two men"), read
the source chain, time and place, and write the claim with its evidence sentence; relayed
reports and correction notices add their second claim."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from dateline.nlp import claims_lexicon as lx
from dateline.nlp.claims_context import (
    ClaimContext,
    Hit,
    Source,
    in_dateline,
    in_quote,
    paragraph_of,
    past_dateline,
    relative_head,
    weaker,
)
from dateline.nlp.claims_denials import appended_denier, latest_claim
from dateline.nlp.claims_grammar import is_passive, subject_of
from dateline.nlp.claims_groups import (
    appositive_name,
    group_referents,
    listed_members,
    named_later,
    named_next,
    number_of,
    one_by_one,
    part_members,
)
from dateline.nlp.claims_retellings import described_again, leader_with_followers
from dateline.nlp.claims_sources import (
    answer_speaker,
    denied_nominal,
    entity_in_name,
    interview_person,
    interviewee,  # noqa: F401 (the component reads the interviewee through this module)
    is_document_voice,
    path_reading,
    quote_source,
)
from dateline.nlp.claims_states import held_in_jail
from dateline.nlp.claims_time import calendar_value, interval_of, is_point
from dateline.nlp.claims_timeplace import attached_timex, event_time_of, place_of
from dateline.nlp.claims_verbs import held_by_the_state
from dateline.nlp.entities import PERSON_NOUNS, entity_at
from dateline.nlp.entities_lexicon import OFFICE_TITLES
from dateline.nlp.entities_pronouns import OFFICIAL_ROLES
from dateline.records import Claim, Entity, TimeExpression


def drop_restatements(ctx: ClaimContext, sent: Span, hits: list[Hit]) -> list[Hit]:
    """An event noun that restates a verb's event in the same sentence ("who was wounded
    in May ... died of his injuries") adds no claim of its own; one after "after" / "since"
    is an earlier event ("remains in prison five years after his arrest")."""
    verbal = {
        (h.predicate, s.i)
        for h in hits
        # (a denial's verb restates no event: "called the reports of her death fabricated")
        if h.anchor.pos_ in {"VERB", "AUX"} and h.certainty != "denied"
        for s in h.subjects
    }
    # (the same event told by a past verb: "X, who was arrested in May, remains in prison
    # five years after his arrest" tells one arrest, before "after" too)
    past = {
        (h.predicate, s.i)
        for h in hits
        if _past_event(h.anchor) and h.certainty != "denied"
        for s in h.subjects
    }
    out = []
    for h in hits:
        if (
            h.anchor.pos_ == "NOUN"
            and h.anchor.lemma_.lower() in lx.EVENT_NOUNS
            and not attached_timex(ctx, sent, set(h.clause) | {h.anchor.i})
        ):
            told = past if h.anchor.head.lower_ in lx.TEMPORAL_BARRIERS else verbal
            subjects = [s for s in h.subjects if not _same_referent(ctx, s, told, h.predicate)]
            if not subjects:
                continue
            h.subjects = subjects
        out.append(h)
    return out


def _past_event(verb: Token) -> bool:
    """``verb`` tells a past event, not a present or perfect state: "was arrested", "seized
    him" (not "remains", "is being held", "has been held")."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_ in {"be", "remain", "stay"}:
        return False
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if auxes:
        return all(a.tag_ == "VBD" for a in auxes)
    return verb.tag_ == "VBD"


def _same_referent(
    ctx: ClaimContext, tok: Token, verbal: set[tuple[str, int]], predicate: str
) -> bool:
    ent = entity_in_name(ctx, tok)
    if ent is None:
        return False
    for pred, i in verbal:
        other = entity_in_name(ctx, relative_head(ctx.doc[i]))
        if pred == predicate and other is not None and other.entity_id == ent.entity_id:
            return True
    return False


def _evidence(ctx: ClaimContext, sent: Span, anchor: Token) -> tuple[str, int, int]:
    """The sentence, clipped to the paragraph of the trigger (headlines and chrome off), and
    the character bounds of what is kept."""
    n = paragraph_of(ctx, anchor.idx)
    lo = ctx.para_starts[n - 1] if n > 0 else 0
    hi = ctx.para_starts[n] if n < len(ctx.para_starts) else len(ctx.text)
    start, end = max(sent.start_char, lo), min(sent.end_char, hi)
    raw = ctx.text[start:end]
    kept = raw.strip().strip('"“”').strip()
    first = start + raw.find(kept) if kept else start
    return kept, first, first + len(kept)


_SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})


def _epithet(tok: Token) -> bool:
    """A definite description that names one known person without a name: a leader role
    owned by a group ("the group's leader", "its commander") or a superlative person noun
    ("the most wanted man in the south", "the country's richest man")."""
    if (
        tok.pos_ != "NOUN"
        or tok.tag_ != "NN"
        or any(c.pos_ == "PROPN" or c.dep_ == "appos" for c in tok.children)
    ):
        return False
    lemma = tok.lemma_.lower()
    owned = any(
        c.dep_ == "poss" and c.lower_ not in {"his", "her", "my", "your", "our", "their"}
        for c in tok.children
    )
    if lemma in lx.LEADER_ROLES and owned:
        return True
    superlative = any(
        t.tag_ in _SUPERLATIVE_TAGS for c in tok.children if c.dep_ == "amod" for t in c.subtree
    )
    return (
        lemma in PERSON_NOUNS | {"man", "woman"}
        and superlative
        and (owned or any(c.lower_ == "the" for c in tok.children))
    )


def _epithet_referent(ctx: ClaimContext, sent: Span, tok: Token) -> Entity | None:
    """The person an epithet takes up: the subject of the last claim of the three sentences
    before, unless that person speaks the sentence (a speaker does not call himself so)."""
    last = latest_claim(ctx, sent)
    if last is None:
        return None
    source = quote_source(ctx, tok)
    if source is not None and source.entity_id == last.subject_id:
        return None
    return next(
        (e for e in ctx.entities if e.entity_id == last.subject_id and e.kind == "person"), None
    )


def _claimant_of(
    ctx: ClaimContext, hit: Hit, source: Source | None, entity: Entity
) -> tuple[str | None, str | None, bool]:
    """Name, entity id and anonymity of who makes the claim; narration → the outlet."""
    claimant: tuple[str | None, str | None, bool] | None = hit.claimant
    if claimant is None and source is not None:
        claimant = (source.name, source.entity_id, source.anonymous)
    if (
        claimant is not None
        and (claimant[0] or "").lower() in lx.FIRST_PERSON
        and (speaker := answer_speaker(ctx, hit.anchor.idx)) is not None
    ):
        claimant = (speaker.name, speaker.entity_id, False)  # "I thought she was dead"
    if (
        (claimant is None and source is None or claimant is not None and claimant[0] == ctx.outlet)
        and in_quote(ctx, hit.anchor.idx) is None
        and (speaker := answer_speaker(ctx, hit.anchor.idx)) is not None
    ):
        # an answer of an interview or a transcript's turn is its speaker's word, not the
        # outlet's narration
        claimant = (speaker.name, speaker.entity_id, False)
    if (
        (claimant is None or claimant[0] == ctx.outlet)
        and in_quote(ctx, hit.anchor.idx) is None
        and (turn := _labelled_turn(ctx, hit.anchor)) is not None
    ):
        claimant = (turn.name, turn.entity_id, False)  # "ADEBAYO: ... He is alive."
    if claimant is not None and (relative := _named_relative(ctx, claimant[0] or "", entity)):
        claimant = (relative.name, relative.entity_id, False)  # "his sister said" ... "Dana X said"
    # A message is released by someone else than its author, never "by himself".
    if (
        claimant is not None
        and hit.predicate == "message_released"
        and claimant[1] == entity.entity_id
    ):
        claimant = None
    return claimant if claimant is not None else (ctx.outlet, None, False)


_RELATIVE_RE = re.compile(
    r"^(?:his|her|their|the)\s+(?P<kin>[a-z]+(?:-in-law)?)(?:\s+of\s+.+)?$", re.IGNORECASE
)
_RELATIVES = lx.KIN_NOUNS - {"client", "boy", "girl", "child", "partner"} | {
    "widow",
    "widower",
    "brother-in-law",
    "sister-in-law",
    "son-in-law",
    "daughter-in-law",
}


def _named_relative(ctx: ClaimContext, speaker: str, holder: Entity) -> Entity | None:
    """ "X has been moved to a colony, his sister said" ... "Dana X said the family ...": a
    relative the story first describes and later names is the one person of the holder's
    surname the text names besides the holder (two such names: no telling which)."""
    found = _RELATIVE_RE.match(speaker.strip())
    if found is None or found.group("kin").lower() not in _RELATIVES:
        return None
    return _one_namesake(ctx, holder)


def _one_namesake(ctx: ClaimContext, holder: Entity) -> Entity | None:
    """The one other person named with the holder's surname (none, or two: None)."""
    words = holder.name.split()
    if holder.kind != "person" or len(words) < 2:
        return None
    same = [
        e
        for e in ctx.entities
        if e.kind == "person"
        and e.entity_id != holder.entity_id
        and len(e.name.split()) >= 2
        and e.name.split()[-1].lower() == words[-1].lower()
        and e.name.split()[0].lower() != words[0].lower()
    ]
    return same[0] if len(same) == 1 else None


_KIN_PRONOUN = {
    **dict.fromkeys(("brother", "son", "father", "husband", "uncle", "nephew", "widower"), "he"),
    **dict.fromkeys(("sister", "daughter", "mother", "wife", "aunt", "niece", "widow"), "she"),
}


def _teller_relative(ctx: ClaimContext, subj: Token, entity: Entity) -> Entity | None:
    """ "Andriy X said his brother had told him he was being kept at a base": the "he" that
    a relative tells the holder about is the relative (the holder's namesake), not the
    holder the pronoun was taken up as."""
    if subj.lower_ not in {"he", "she"}:
        return None
    verb = subj.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    teller = verb.head
    if (
        verb.dep_ != "ccomp"
        or teller.lemma_.lower() not in {"tell", "inform"}
        or not any(c.dep_ in {"dobj", "dative"} and c.pos_ == "PRON" for c in teller.children)
    ):
        return None  # "his brother had told him he was ...", not "her son said she is ..."
    for kin in (c for c in teller.children if c.dep_ == "nsubj"):
        if _KIN_PRONOUN.get(kin.lemma_.lower()) != subj.lower_:
            continue  # "his brother ... he", "her sister ... she"
        owner = next((c for c in kin.children if c.dep_ == "poss"), None)
        held = entity_in_name(ctx, owner) if owner is not None else None
        if held is not None and held.entity_id == entity.entity_id:
            return _one_namesake(ctx, entity)
    return None


_CORRESPONDENTS = frozenset({"correspondent", "reporter", "anchor", "presenter", "host", "editor"})
_TURN_LABEL_RE = re.compile(
    r"\s*(?P<label>[A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+){0,3})(?: \([^)\n]{1,40}\))?:\s"
)


def _labelled_turn(ctx: ClaimContext, tok: Token) -> Entity | None:
    """A transcript's turn ("ADEBAYO: Father X was abducted ..."): the person whose name
    labels the paragraph the token stands in, or the last labelled paragraph before it; a
    label naming no one in the text ("ANCHOR:", "REPORTER:") gives no one."""
    n = paragraph_of(ctx, tok.idx)
    starts = [0, *ctx.para_starts]  # paragraph n starts at starts[n] (see _evidence)
    for i in range(min(n, len(starts) - 1), -1, -1):
        found = _TURN_LABEL_RE.match(ctx.text, starts[i])
        if found is None:
            continue
        label = found.group("label").lower()
        for e in ctx.entities:
            if e.kind == "person" and any(
                a.lower() == label or a.lower().split()[-1] == label for a in e.aliases
            ):
                if any(w in _CORRESPONDENTS for r in e.roles for w in r.lower().split()):
                    return None  # the outlet's own correspondent: the outlet's narration
                heading_end = next((p for p in ctx.para_starts if p > 0), len(ctx.text))
                if not any(m.start < heading_end for m in e.mentions):
                    return None  # only the one whose remarks the heading announces
                return e
        return None
    return None


def _speakers_relative(ctx: ClaimContext, tok: Token) -> Entity | None:
    """ "My husband ..." in a quotation attributed to "X's wife": X."""
    quote = in_quote(ctx, tok.idx)
    if quote is None:
        return None
    n = ctx.sent_of[tok.i]
    window = [t for m in range(max(0, n - 1), min(len(ctx.sents), n + 2)) for t in ctx.sents[m]]
    for t in window:
        if (
            t.lemma_.lower() in lx.KIN_NOUNS | {"lawyer", "attorney"}
            and t.dep_ == "nsubj"
            and in_quote(ctx, t.idx) is None
            and (t.head.lemma_.lower() in lx.REPORTING_VERBS)
        ):
            for owner in (c for c in t.children if c.dep_ == "poss"):
                ent = entity_in_name(ctx, owner)
                if ent is not None and ent.kind == "person":
                    return ent
    return None


_KIN_SIDES = (
    ({"husband", "wife", "partner", "fiance", "fiancee", "spouse"},) * 2,
    ({"father", "mother", "parent"}, {"son", "daughter", "child", "boy", "girl"}),
    ({"son", "daughter", "child", "boy", "girl"}, {"father", "mother", "parent"}),
    ({"brother", "sister", "sibling"},) * 2,
    ({"cousin"},) * 2,
)


def _reciprocal_relative(ctx: ClaimContext, tok: Token) -> Entity | None:
    """ "Bilal X's wife told reporters that her husband is alive": a relative noun whose
    pronoun owner is the named person's relative of the converse kind ("X's wife" ...
    "her husband", "X's mother" ... "her son", "X's sister" ... "her brother") is X. The
    relative must stand before it in the same or the previous sentence."""
    lemma = tok.lemma_.lower()
    n = ctx.sent_of[tok.i]
    window = [t for m in range(max(0, n - 1), n + 1) for t in ctx.sents[m] if t.i < tok.i]
    for t in reversed(window):
        other = t.lemma_.lower()
        if t.pos_ != "NOUN" or not any(
            lemma in mine and other in theirs for mine, theirs in _KIN_SIDES
        ):
            continue
        for owner in (c for c in t.children if c.dep_ == "poss" and c.pos_ == "PROPN"):
            ent = entity_in_name(ctx, owner)
            if ent is not None and ent.kind == "person":
                return ent
    return None


def _appositive_names(ctx: ClaimContext, tok: Token) -> list[Token]:
    """ "The former prime minister, Mr X, and the former defence minister, General Y, are
    being held": one singular description cannot be two people, so two person names the
    parser set in apposition to it name the two coordinated descriptions."""
    if tok.tag_ != "NN":
        return []
    names = [c for c in tok.children if c.dep_ == "appos" and _is_person_name(ctx, c)]
    for name in list(names):
        # "..., Mr X, and the former army chief, General Y,": the second description hung
        # on the first name as its conjunct
        for c in name.conjuncts:
            if c.pos_ == "NOUN" and (other := appositive_name(ctx, c)) is not None:
                names.append(other)
    return names


def _is_person_name(ctx: ClaimContext, tok: Token) -> bool:
    return (
        tok.pos_ == "PROPN" and (e := entity_in_name(ctx, tok)) is not None and e.kind == "person"
    )


def _trailing_name(ctx: ClaimContext, tok: Token) -> Token | None:
    """ "X, Y and a Canadian pensioner, Z, were freed": a coordinated description whose
    name, set off by commas right after it, the parser hung on another conjunct."""
    if tok.dep_ != "conj":
        return None
    return _comma_name(ctx, tok)


def _name_after_modifier(ctx: ClaimContext, tok: Token) -> Token | None:
    """ "They arrested a man suspected of organising the crossing, X, in Sfax": a person noun
    whose reduced or relative clause pushed its name past the clause; the parser hangs the name
    elsewhere, but the name set off by the comma right after the clause is the noun's."""
    if tok.tag_ != "NN" or not any(c.dep_ in {"acl", "relcl"} for c in tok.children):
        return None
    return _comma_name(ctx, tok)


def _comma_name(ctx: ClaimContext, tok: Token) -> Token | None:
    """The person's name set off by a comma right after a common noun ("a Canadian
    missionary, Y,"), wherever the parser hung it."""
    if tok.pos_ != "NOUN" or tok.right_edge.i + 2 >= len(tok.doc):
        return None
    if tok.doc[tok.right_edge.i + 1].text != ",":
        return None
    name = tok.doc[tok.right_edge.i + 2]
    while name.dep_ in {"compound", "flat"} and name.head.i > name.i:
        name = name.head
    person = entity_in_name(ctx, name) if name.pos_ == "PROPN" else None
    return name if person is not None and person.kind == "person" else None


def _listed_appositive(ctx: ClaimContext, tok: Token) -> list[Token]:
    """ "his two sons, Eric and Olivier,": a plural person noun's listed apposition names
    each of them; so does a counted "the other two, X and Y,"."""
    # (a plural, a count, or an adjective made a plural noun by "the": "The dead, X and Y,")
    the_adj = tok.pos_ == "ADJ" and any(c.lower_ == "the" for c in tok.children)
    if tok.tag_ != "NNS" and tok.pos_ != "NUM" and not the_adj:
        return []
    appos = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if appos is None:
        # "Two of the kidnappers, the brothers X and Y,": through a plural noun in apposition
        plural = next((c for c in tok.children if c.dep_ == "appos" and c.tag_ == "NNS"), None)
        if plural is None:
            plural = _loose_plural_apposition(tok)
        appos = (
            next((c for c in plural.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if plural is not None
            else _loose_name_list(tok)
        )
    if appos is None:
        return []
    listed = [appos, *appos.conjuncts]
    for x in list(listed):
        # "The hostages - X, Y and Z - were freed": the parser hangs Y on X as an apposition
        # and Z on Y as its conjunct
        listed += [
            n
            for a in x.children
            if a.dep_ == "appos" and a.pos_ == "PROPN"
            for n in (a, *a.conjuncts)
        ]
    people = [x for x in listed if (e := entity_in_name(ctx, x)) is not None and e.kind == "person"]
    return people if len(people) >= 2 else []


def _preps_of(tok: Token) -> list[Token]:
    """The prepositions hung on ``tok``."""
    return [c for c in tok.children if c.dep_ == "prep"]


def _loose_name_list(tok: Token) -> Token | None:
    """ "had wounded two teenagers from the village, X and Y": the list of names set off by a
    comma after the plural's place phrase, which the parser hung on the verb (npadvmod),
    not on the plural; the list's first name, None when no such list follows. Only the
    phrase of a preposition may stand between the plural and the comma."""
    doc, verb = tok.doc, tok.head
    if tok.dep_ not in {"dobj", "nsubjpass", "nsubj"} or verb.pos_ not in {"VERB", "AUX"}:
        return None
    end = tok.right_edge.i
    preps = [c for c in verb.children if c.dep_ == "prep" and c.i == end + 1]
    for obj in (o for p in (*preps, *_preps_of(tok)) for o in p.children if o.dep_ == "pobj"):
        for c in obj.children:
            # (or hung on the place as its apposition: "from his village, X and Y")
            if (
                c.dep_ == "appos"
                and c.pos_ == "PROPN"
                and c.conjuncts
                and doc[c.left_edge.i - 1].text == ","
            ):
                return c
    if preps:
        end = preps[0].right_edge.i
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        return None
    for c in verb.children:
        if (
            c.dep_ in {"npadvmod", "appos", "dobj"}
            and c.pos_ == "PROPN"
            and c.left_edge.i == end + 2
            and c.conjuncts
        ):
            return c
    return None


def _loose_plural_apposition(tok: Token) -> Token | None:
    """ "arrested two suspects, the brothers X and Y, in a raid": the plural noun set off by
    the comma right after ``tok``, which the parser hung on the verb (npadvmod), not on it."""
    doc = tok.doc
    comma = tok.right_edge.i
    if doc[comma].text != ",":
        comma += 1  # (the parser hangs the comma on the noun or on the verb)
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    for cand in doc[comma + 1 : comma + 3]:
        if cand.tag_ == "NNS" and cand.dep_ == "npadvmod" and cand.head.i == tok.head.i != tok.i:
            return cand
        if cand.lower_ != "the":
            break
    return None


def _quoted_speaker(ctx: ClaimContext, tok: Token) -> Entity | None:
    """The person who speaks the quotation a first-person pronoun sits in."""
    if in_quote(ctx, tok.idx) is None:
        return None
    source = quote_source(ctx, tok)
    if source is None or source.entity_id is None:
        return None
    return next(
        (e for e in ctx.entities if e.entity_id == source.entity_id and e.kind == "person"), None
    )


def _speakers_group(ctx: ClaimContext, tok: Token) -> list[Token]:
    """ "X, 41, and his brother Y went missing ... . 'Nobody arrested us,' Y said": a
    speaker's "we" / "us" (in a quotation, or an interview's answer) is the speaker with the
    people the story last named together with the speaker, in this or the five sentences
    before; a speaker named with no one else gives no group (the speaker alone is read)."""
    if tok.lower_ not in {"we", "us"}:
        return []
    speaker = _quoted_speaker(ctx, tok) or interview_person(ctx, tok)
    if speaker is None:
        return []
    n = ctx.sent_of[tok.i]
    for m in range(n, max(-1, n - 6), -1):
        for t in reversed([t for t in ctx.sents[m] if t.i < tok.i and t.dep_ != "conj"]):
            named = [
                (x, e)
                for c in [t, *(c for c in t.conjuncts if c.i > t.i)]
                if (e := entity_in_name(ctx, x := appositive_name(ctx, c) or c)) is not None
                and e.kind == "person"
            ]
            ids = {e.entity_id for _, e in named}
            if len(ids) >= 2 and speaker.entity_id in ids:
                return [x for x, _ in named]
    return []


def _counted_plural(tok: Token) -> bool:
    """ "the two Britons", "three engineers": never one person, whoever coreference found."""
    return tok.tag_ in {"NNS", "NNPS"} and (number_of(tok) or 0) >= 2


def _group_members(ctx: ClaimContext, tok: Token) -> list[Token]:
    """The named people a plural subject stands for: the list or part it names itself
    ("two students who were detained, X and Y,", "four men, one of whom, X,"), the pair named
    one by one after it, the group it takes up ("The two men were freed"), or the list that
    opens the next sentence."""
    head = relative_head(tok)  # "two climbers who had been missing": the climbers
    if head.pos_ == "VERB" and head.dep_ in {"csubj", "csubjpass", "nsubj", "nsubjpass"}:
        # "Two hikers missing for three days were found": the parser reads the reduced
        # relative as a clausal subject; the plural is its subject
        head = next((c for c in head.children if c.dep_ == "nsubj" and c.tag_ == "NNS"), head)
        tok = head
    if members := listed_members(ctx, head) or one_by_one(ctx, head) or named_later(ctx, head):
        return members
    if (part := part_members(ctx, head)) is not None:
        return list(part.members)
    return group_referents(ctx, tok) or named_next(ctx, tok)


def _named_after_lede(ctx: ClaimContext, tok: Token) -> list[Token]:
    """ "A fisherman missing since Friday has been found alive ... . Peter Lindgren, 47, was
    spotted ...": a lede's unnamed "a/an <person>" is the person the next sentence introduces
    as its subject (the name's first mention in the article)."""
    n = ctx.sent_of[tok.i]
    # "X's husband was detained on Monday. She named him as Y": a relative by an owner is
    # named by the next sentence's naming verb (only that way: not by its next subject)
    kin = tok.lemma_.lower() in lx.KIN_NOUNS and any(c.dep_ == "poss" for c in tok.children)
    if (
        n > 3
        or n + 1 >= len(ctx.sents)
        or tok.pos_ != "NOUN"
        or tok.tag_ != "NN"
        or not (kin or any(c.lower_ in {"a", "an"} for c in tok.children))
        or in_quote(ctx, tok.idx) is not None
    ):
        return []
    nxt = ctx.sents[n + 1]
    if tok.dep_ == "dobj" and not kin and (named := _new_object(ctx, nxt)) is not None:
        return [named]
    for t in nxt:
        if t.lower_ == "as" and t.head.lemma_.lower() in {"identify", "name"}:
            # "Police identified him as Gerald Finch"
            named = next((p for p in t.children if p.dep_ == "pobj" and p.pos_ == "PROPN"), None)
            person = entity_in_name(ctx, named) if named is not None else None
            first = person.mentions[0].start if person is not None and person.mentions else -1
            if (
                named is not None
                and person is not None
                and person.kind == "person"
                and nxt.start_char <= first
            ):
                return [named]
        if t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ == "PROPN" and not kin:
            if t.head.lemma_.lower() in lx.REPORTING_VERBS:
                return []  # "X, the editor, said ...": a speaker, not the lede's person
            person = entity_in_name(ctx, t)
            first = person.mentions[0].start if person is not None and person.mentions else -1
            if (
                person is not None
                and person.kind == "person"
                and nxt.start_char <= first
                and not _lede_join_refused(tok, t, person)
            ):
                return [t]
            return []
    return []


_ORDINAL_WORDS = frozenset(
    {"second", "third", "fourth", "fifth", "another", "other", "further", "latest"}
)


def _lede_join_refused(desc: Token, named: Token, person: Entity) -> bool:
    """The lede convention's refusals, as the entity stage's described-then-named join has
    them (this copy only steps in where that join did not see the description, e.g. "A"
    parsed as a compound): the person named next holds an office ("A policeman was killed
    ... Governor X, 62, visited the scene": one who reacts to the news), is one of two
    ("A climber was found ... X, 49, and Y, 51, were airlifted"), or the description counts
    one more of a group ("a third climber is missing. X, 34, was found")."""
    if any(c.lower_ in _ORDINAL_WORDS for c in desc.children):
        return True
    if named.dep_ == "conj" or any(c.dep_ == "conj" for c in named.children):
        return True
    titles = {a.split()[0].rstrip(".").lower() for a in person.aliases if len(a.split()) > 1}
    return bool(titles & OFFICE_TITLES or set(person.roles) & OFFICIAL_ROLES)


def _new_object(ctx: ClaimContext, nxt: Span) -> Token | None:
    """ "Two men who kidnapped a developer were jailed. X and Y seized Z in June": a lede's
    unnamed object is the person the next sentence first names as its object."""
    for t in nxt:
        if t.dep_ == "dobj" and t.pos_ == "PROPN":
            person = entity_in_name(ctx, t)
            first = person.mentions[0].start if person is not None and person.mentions else -1
            if person is not None and person.kind == "person" and nxt.start_char <= first:
                return t
    return None


def _subject_entity(ctx: ClaimContext, sent: Span, subj: Token) -> Entity | None:
    """The person a parsed subject names or takes up."""
    if _new_leader_noun(subj):
        return _new_leader(ctx, sent)  # "pledged allegiance to the new leader"
    if _old_leader_noun(subj) and (before := _predecessor(ctx, sent)) is not None:
        return before  # "X was installed as chief ... The old chief died in March"
    if subj.lemma_.lower() == "proof":
        # "it now has proof of life": of the person the last claims are about
        last = latest_claim(ctx, sent)
        return next((e for e in ctx.entities if last and e.entity_id == last.subject_id), None)
    if subj.lemma_.lower() == "client" and (client := _lawyers_client(ctx, subj)) is not None:
        return client  # "his client is at home," his lawyer said: not the lawyer himself
    head = relative_head(subj)
    entity = _named_subject(ctx, head)
    if (
        entity is not None
        and entity.kind in {"org", "gpe"}
        and any(c.dep_ == "relcl" for c in head.children)
        and head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and (owner := _named_subject(ctx, head.head.head)) is not None
        and owner.kind == "person"
    ):
        # "X, the chief executive of Y Lines who was arrested in May": the relative clause
        # is about the person the "of" phrase hangs on, not the company
        entity = owner
    if entity is not None and (
        entity.name == ctx.outlet or _speaker_as_third_person(ctx, subj, entity)
    ):
        # the outlet is no subject of its stories; "She is tired," her brother X said: not X
        entity = _epithet_referent(ctx, sent, subj) if subj.lower_ in lx.THIRD_PERSON else None
    if entity is not None and (relative := _teller_relative(ctx, subj, entity)) is not None:
        entity = relative  # "his brother had told him he was being kept": the brother
    if (
        (entity is None or entity.kind != "person")
        and subj.dep_ == "appos"
        and in_dateline(ctx, subj.head)
    ):
        # "(Frontier Post) — A senior commander of the group, X, survived ...": the parser
        # makes the dateline's outlet the subject and hangs the lede's person on it
        for t in subj.subtree:
            named = entity_in_name(ctx, t) if t.dep_ == "appos" and t.pos_ == "PROPN" else None
            if named is not None and named.kind == "person":
                entity = named
                break
    if entity is None and subj.lower_ in lx.FIRST_PERSON:
        entity = _quoted_speaker(ctx, subj)  # "I was kept in a basement," X said
    if entity is None:
        # "Where were you kept?" / "In a hut in the forest. I ...": the interviewee
        entity = interview_person(ctx, subj)
    if (
        entity is None
        and subj.lemma_.lower() in lx.KIN_NOUNS
        and any(c.lower_ in {"my", "our"} for c in subj.children)
    ):
        entity = _speakers_relative(ctx, subj)  # "My husband is alive," said X's wife
    if (
        entity is None
        and subj.lemma_.lower() in lx.KIN_NOUNS
        and any(c.dep_ == "poss" and c.lower_ in {"his", "her", "their"} for c in subj.children)
    ):
        entity = _reciprocal_relative(ctx, subj)  # "X's wife said her husband is alive"
    if entity is None and _epithet(subj):
        # "the most wanted man", "the group's leader"
        entity = _epithet_referent(ctx, sent, subj)
    if entity is None:
        entity = described_again(ctx, subj)  # "the tycoon" after "The 58-year-old tycoon"
    if entity is not None and entity in _successors(ctx, subj):
        entity = None  # "X succeeded the slain commander": the one succeeded is not X
    return entity


def _successors(ctx: ClaimContext, tok: Token) -> list[Entity]:
    """ "X succeeded the slain commander", "picked X to replace the late founder", "X, who
    succeeded the murdered mayor": the people who take the post of the description ``tok``
    succeeded or replaced; whoever that description is, it is not one of them."""
    if tok.pos_ == "PROPN":
        return []
    if (vacated := _vacancy_on(tok)) is not None:
        # "X took over after the commander's death", "has run the group since the death of
        # the founder": whose death, arrest or removal left the post is not who took it
        takers = subject_of(vacated)
        if vacated.lemma_.lower() in _SUCCEEDING and is_passive(vacated):
            # "X was replaced by Y after his arrest": the passive's subject is the one
            # removed, whose arrest it may well be; the taker is the agent
            takers = [p for c in vacated.children if c.dep_ == "agent" for p in c.children]
        return [e for t in takers if (e := entity_in_name(ctx, t)) is not None]
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in _SUCCEEDING:
        return []
    verb = tok.head
    takers = list(subject_of(verb))
    if verb.dep_ == "xcomp":  # "picked X to succeed": the chosen one, the object of the choice
        takers += [c for c in verb.head.children if c.dep_ == "dobj"]
    return [e for t in takers if (e := entity_in_name(ctx, t)) is not None]


_SUCCEEDING = frozenset({"succeed", "replace"})


def _vacancy_on(tok: Token) -> Token | None:
    """The verb a vacancy of ``tok``'s is the time of: "after the commander's death", "since
    the killing of the founder", "following the arrest of its leader" hung on a verb of taking
    the lead (the verb; None otherwise)."""
    noun = tok.head if tok.dep_ == "poss" else None
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        noun = tok.head.head
    if (
        noun is None
        or noun.lemma_.lower() not in _VACANCY_NOUNS
        or noun.dep_ != "pobj"
        or noun.head.lower_ not in {"after", "since", "following", "upon"}
    ):
        return None
    verb = noun.head.head
    if verb.lemma_.lower() in {"take", "lead"} and is_passive(verb):
        # "After her arrest, X was taken to the capital", "being led away in handcuffs after
        # his capture": carried or led off, no post taken
        return None
    return verb if verb.lemma_.lower() in _TAKING_THE_LEAD else None


# Verbs of taking or holding a post (the ones the vacancy's time may hang on).
_TAKING_THE_LEAD = lx.APPOINT_VERBS | lx.LEAD_VERBS | {"take", "become", "assume", "step"}


def _named_subject(ctx: ClaimContext, tok: Token) -> Entity | None:
    """The entity a subject token names. A full name the model tagged as a place or group
    keeps its own entity when the person beside it is only its conjunct or listed
    apposition ("Police detained X and Y", "X, Y and three aides were killed"): the name
    lookup would otherwise hand X's claim to Y."""
    found = entity_in_name(ctx, tok)
    head = tok
    while head.dep_ == "compound" and head.head.pos_ == "PROPN" and head.head.i != head.i:
        head = head.head
    own = entity_at(ctx.doc, head.idx, head.idx + len(head))
    if (
        found is None
        or own is None
        or own.entity_id == found.entity_id
        or own.kind not in {"org", "gpe"}
        or not _name_like(ctx, own)
    ):
        return found
    beside = [
        c for c in head.children if c.dep_ == "conj" or c.dep_ == "appos" and c.pos_ == "PROPN"
    ]
    for c in beside:
        for t in c.subtree:
            ent = entity_at(ctx.doc, t.idx, t.idx + len(t))
            if ent is not None and ent.entity_id == found.entity_id:
                return own
    return found


def _speaker_as_third_person(ctx: ClaimContext, tok: Token, entity: Entity) -> bool:
    """A third-person pronoun in a quotation taken up as the quotation's own speaker:
    speakers say "I" of themselves, so "he" / "she" is someone else."""
    if tok.lower_ not in lx.THIRD_PERSON or in_quote(ctx, tok.idx) is None:
        return False
    source = quote_source(ctx, tok)
    return source is not None and source.entity_id == entity.entity_id


def _surname_of_person(ctx: ClaimContext, entity: Entity) -> Entity | None:
    """A one-word "group" or "place" that is the surname of exactly one person named in the
    article ("Jamal Bakri ... Bakri became leader", the model tagging the bare surname as an
    organisation): that person."""
    words = entity.name.split()
    if len(words) != 1 or not words[0][:1].isupper():
        return None
    people = [
        e
        for e in ctx.entities
        if e.kind == "person" and len(e.name.split()) > 1 and e.name.split()[-1] == words[0]
    ]
    return people[0] if len(people) == 1 else None


def _person_tagged_other(ctx: ClaimContext, entity: Entity, hit: Hit) -> bool:
    """A person's full name the model tagged as a group or a place ("Amadou Sesay" as an
    organisation, "Karim Nassar" as a town), in a slot only a person fills: the one killed,
    arrested, freed, named leader. Two to four capitalised words, none of them a word
    organisations and places are named with, never written "the X"."""
    if entity.kind not in {"org", "gpe"}:
        return False
    if hit.predicate not in lx.PERSON_ONLY_PREDICATES and not (
        hit.predicate == "captured" and hit.anchor.lemma_.lower() in lx.KIDNAP_WORDS
    ):
        return False
    return _name_like(ctx, entity)


def _name_like(ctx: ClaimContext, entity: Entity) -> bool:
    """Two to four capitalised words, none of them a word organisations and places are
    named with, never written "the X": a person's name whatever the model tagged it."""
    words = entity.name.split()
    if not 2 <= len(words) <= 4 or not all(
        w[:1].isupper() or w[:3].lower() == "al-" for w in words
    ):
        return False
    if any(w.strip(".,'’").lower() in lx.ORG_NAME_WORDS for w in words):
        return False
    return not any(
        ctx.text[max(0, m.start - 4) : m.start].lower() == "the " for m in entity.mentions
    )


def _new_leader_noun(tok: Token) -> bool:
    """ "the new leader", "the new emir" without a name of its own."""
    return (
        tok.pos_ == "NOUN"
        and tok.lemma_.lower() in lx.LEADER_ROLES
        and any(c.dep_ == "amod" and c.lower_ in {"new", "newly"} for c in tok.children)
        and not any(c.dep_ in {"appos", "compound"} and c.pos_ == "PROPN" for c in tok.children)
    )


def _new_leader(ctx: ClaimContext, sent: Span) -> Entity | None:
    """ "the new leader" takes up the person whose change of leadership the article last
    reported before this sentence (not whoever else the description might fit)."""
    for claim in reversed(ctx.claims):
        if (
            claim.start < sent.start_char
            and claim.predicate == "leadership_change"
            and claim.polarity == "affirmed"
        ):
            return next((e for e in ctx.entities if e.entity_id == claim.subject_id), None)
    return None


def _old_leader_noun(tok: Token) -> bool:
    """ "the old chief", "the former commander", "the previous / outgoing / late leader"
    without a name of its own: the one who held the post before the new leader."""
    return (
        tok.pos_ == "NOUN"
        and tok.lemma_.lower() in lx.LEADER_ROLES
        and any(c.dep_ == "amod" and c.lower_ in _BEFORE_WORDS for c in tok.children)
        and not any(c.dep_ in {"appos", "compound"} and c.pos_ == "PROPN" for c in tok.children)
    )


_BEFORE_WORDS = frozenset({"old", "former", "previous", "outgoing", "late", "ousted", "deposed"})


def _predecessor(ctx: ClaimContext, sent: Span) -> Entity | None:
    """The person the new leader took the post from, told before ``sent`` in the words of a
    succession: replaced or succeeded ("replacing X", "succeeds X"), or whose death, removal or
    departure the text told ("after the death of his uncle, X", "his predecessor, X"); the
    latest one named, in a story that told a change of leadership before ``sent``."""
    if _new_leader(ctx, sent) is None:
        return None
    found = None
    for tok in ctx.doc[: sent.start]:
        if tok.pos_ != "PROPN" or tok.dep_ == "compound":
            continue
        slot = tok.head if tok.dep_ == "appos" else tok  # "his uncle, X": the uncle's place
        if not (
            slot.dep_ == "dobj"
            and slot.head.lemma_.lower() in _SUCCEEDING_VERBS
            or slot.dep_ == "pobj"
            and slot.head.lower_ == "of"
            and slot.head.head.lemma_.lower() in _VACANCY_NOUNS
            or slot.lemma_.lower() == "predecessor"
        ):
            continue
        named = entity_in_name(ctx, tok)
        if named is not None and named.kind == "person":
            found = named
    return found


_SUCCEEDING_VERBS = frozenset({"replace", "succeed", "oust", "depose", "unseat", "topple"})
_VACANCY_NOUNS = frozenset(
    {"death", "killing", "assassination", "resignation", "retirement", "removal", "ouster"}
    | {"departure", "dismissal", "arrest", "capture"}
)


def _lawyers_client(ctx: ClaimContext, tok: Token) -> Entity | None:
    """ "his client" in what a lawyer says: the person the article gives that lawyer to
    ("X's lawyer, Y", "his lawyer, Y" with "his" taken up as X)."""
    if not any(c.dep_ == "poss" for c in tok.children):
        return None
    speaker = next(
        (
            entity_in_name(ctx, c)
            for verb in tok.ancestors
            if verb.lemma_.lower() in lx.REPORTING_VERBS
            for c in verb.children
            if c.dep_ == "nsubj"
        ),
        None,
    ) or _quoted_speaker(ctx, tok)
    if speaker is None:
        return None
    for owner in (c for c in tok.children if c.dep_ == "poss"):
        found = entity_in_name(ctx, owner)  # "his" taken up as someone other than the speaker
        if found is not None and found.kind == "person" and found.entity_id != speaker.entity_id:
            return found
    for lawyer in ctx.doc:
        named = entity_in_name(ctx, lawyer) if lawyer.lemma_.lower() in lx.LAWYER_NOUNS else None
        if named is None or named.entity_id != speaker.entity_id:
            continue
        for owner in (c for c in lawyer.children if c.dep_ == "poss"):
            found = entity_in_name(ctx, owner)
            if (
                found is not None
                and found.kind == "person"
                and found.entity_id != speaker.entity_id
            ):
                return found
    return _defendant_before(ctx, tok, speaker)


def _defendant_before(ctx: ClaimContext, tok: Token, speaker: Entity) -> Entity | None:
    """A lawyer named by a title ("Defence lawyer Y said his client ...", "Attorney Y says
    his client"), whom the text gives no client: the client is the person the text has named
    most often before (the defendant of a court story; the later of two named as often), not
    the lawyer, another lawyer, a judge or a prosecutor ("Prosecutor Z told the court that X
    had ...; Defence lawyer Y said his client": X)."""
    if not any(r.lower() in lx.LAWYER_NOUNS for r in speaker.roles):
        return None
    doc = ctx.doc
    best: tuple[int, int, Entity] | None = None
    for e in ctx.entities:
        if e.kind != "person" or e.entity_id == speaker.entity_id:
            continue
        if any(r.lower() in _COURT_ROLES for r in e.roles):
            continue  # another lawyer, the judge, the prosecutor
        before = [m for m in e.mentions if m.end <= tok.idx]
        spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in e.mentions]
        if any(
            span is not None and span.start > 0 and doc[span.start - 1].lower_ in _COURT_ROLES
            for span in spans
        ):
            continue  # "Judge X", "Prosecutor X"
        if before:
            key = (len(before), max(m.end for m in before), e)
            if best is None or key[:2] > best[:2]:
                best = key
    return best[2] if best else None


_COURT_ROLES = lx.LAWYER_NOUNS | {"judge", "prosecutor", "magistrate", "justice", "juror"}


def claims_of_hit(ctx: ClaimContext, sent: Span, hit: Hit, n0: int) -> list[Claim]:
    out: list[Claim] = []
    subjects: list[Token] = []
    # "Neither of these men has been arrested": the group's members, each claim negated
    neither: set[int] = set()
    grouped: set[int] = set()  # the members a group subject stands for
    for dated in [*hit.subjects, *_companions(ctx, hit), *leader_with_followers(ctx, hit)]:
        # (past a dateline's place first: "MUSCAT - Two employees of X, A and B, were freed")
        if (parsed := past_dateline(ctx, dated)) is None:
            continue
        parsed = _shown_in_proof(parsed) or parsed
        if _member_of_earlier_group(hit, parsed):
            continue
        if listed := _listed_appositive(ctx, parsed):
            subjects.extend(listed)  # "his two sons, Eric and Olivier, were arrested"
        elif len(named_all := _appositive_names(ctx, parsed)) >= 2:
            subjects.extend(named_all)  # "The former premier, X, and the minister, Y, are held"
        elif (
            named := appositive_name(ctx, parsed)
            or _trailing_name(ctx, parsed)
            or _name_after_modifier(ctx, parsed)
        ) is not None:
            if not _member_of_earlier_group(hit, named):
                subjects.append(named)  # "The other, his friend X, had died"
        elif together := _speakers_group(ctx, parsed):
            subjects.extend(together)  # "Nobody arrested us," said one of the two named
        elif (
            _counted_plural(relative_head(parsed))
            or entity_in_name(ctx, relative_head(parsed)) is None
        ) and (group := _group_members(ctx, parsed) or _named_after_lede(ctx, parsed)):
            subjects.extend(group)  # "The two men were freed", "A fisherman ... . X, 47, was"
            grouped.update(t.i for t in group)
            if _neither_group(parsed):
                neither.update(t.i for t in group)
        else:
            subjects.append(parsed)
    for parsed in subjects:
        subj = past_dateline(ctx, parsed)
        if subj is None:
            continue
        entity = _subject_entity(ctx, sent, subj)
        if entity is not None and entity.kind in {"org", "gpe", "other"}:
            entity = _surname_of_person(ctx, entity) or entity
        if entity is None or entity.kind != "person" and not _person_tagged_other(ctx, entity, hit):
            continue
        if hit.predicate == "appeared" and any(
            t.lemma_.lower() in lx.MESSAGE_NOUNS for t in hit.anchor.subtree
        ):
            ctx.message_author = entity  # "X appeared in a video": what the video mentions dates X
        predicate = _custody_kind(ctx, entity, hit)
        negated, certainty, source = path_reading(ctx, hit)
        if negated and hit.anchor.lemma_.lower() in {"whereabouts", "whereabout"}:
            negated, certainty = False, "unconfirmed"  # "denied any knowledge of his whereabouts"
        polarity = (negated != hit.polarity_neg) != (_neither(parsed) or parsed.i in neither)
        claimant = _claimant_of(ctx, hit, source, entity)
        if parsed.i in grouped and (claimant[0] or "").lower() in _GROUP_SPEAKERS:
            # "Both denied that they had ever been arrested": each member says it of himself
            claimant = (entity.name, entity.entity_id, False)
        certainty = weaker(certainty, hit.certainty)
        reported = source is not None and not is_document_voice(ctx, source)
        value, earliest, latest = hit.event or event_time_of(ctx, sent, hit, reported)
        # (an answer's fragment read with its question: the fragment's own sentence)
        told = (
            sent if sent.start <= hit.anchor.i < sent.end else ctx.sents[ctx.sent_of[hit.anchor.i]]
        )
        evidence, lo, hi = _evidence(ctx, told, hit.anchor)
        # The claim's words: subject and trigger, but only those inside the evidence sentence
        # (a subject found through a pronoun or a group noun may stand sentences before).
        words = [t for t in (subj, parsed, hit.anchor) if lo <= t.idx and t.idx + len(t) <= hi]
        words = words or [hit.anchor]
        start = min(t.idx for t in words)
        end = max(t.idx + len(t) for t in words)
        out.append(
            Claim(
                doc_id=ctx.doc._.doc_id or "",
                claim_id=ctx.claim_id(n0 + len(out)),
                subject=entity.name,
                subject_id=entity.entity_id,
                predicate=predicate,
                polarity="negated" if polarity else "affirmed",
                event_time=value,
                event_earliest=earliest,
                event_latest=latest,
                place=place_of(hit.anchor),
                claimant=claimant[0],
                claimant_id=claimant[1],
                claimant_anonymous=claimant[2],
                certainty=certainty,
                statement_id=source.statement_id if source else None,
                start=start,
                end=end,
                evidence=evidence,
                basis=hit.basis,
            )
        )
        if (
            polarity
            and certainty == "denied"
            and hit.basis is None
            and (relayed := denied_nominal(ctx, hit))
        ):
            # "dismissing reports that he had died": the reports claim it, the speaker denies it
            out.append(
                out[-1].model_copy(
                    update={
                        "claim_id": ctx.claim_id(n0 + len(out)),
                        "polarity": "affirmed",
                        "claimant": relayed.name,
                        "claimant_id": None,
                        "claimant_anonymous": True,
                        "certainty": "reported",
                        "statement_id": None,
                    }
                )
            )
        if (
            not polarity
            and certainty != "denied"
            and (denier := appended_denier(ctx, hit.anchor)) is not None
            and denier[0] != claimant[0]
        ):
            # "X said police had beaten him, a claim the ministry denied": the denier's own
            # negated claim besides X's
            out.append(
                out[-1].model_copy(
                    update={
                        "claim_id": ctx.claim_id(n0 + len(out)),
                        "polarity": "negated",
                        "claimant": denier[0],
                        "claimant_id": denier[1],
                        "claimant_anonymous": denier[2],
                        "certainty": "denied",
                        "statement_id": None,
                    }
                )
            )
        if (
            source is not None
            and _corrected(hit.anchor, hit.predicate)
            # ("An earlier entry said X had died in prison. He is alive and being treated in the
            # prison hospital": the death is withdrawn, not the custody its place tells)
            and not (hit.predicate in {"arrested", "located_in"} and _a_death(hit.anchor))
        ):
            # "Correction: An earlier version of this article said X was killed. He was
            # wounded.": the earlier version made the claim; the outlet now withdraws it.
            out[-1] = out[-1].model_copy(
                update={"certainty": weaker(out[-1].certainty, "reported")}
            )
            out.append(
                out[-1].model_copy(
                    update={
                        "claim_id": ctx.claim_id(n0 + len(out)),
                        "polarity": "negated" if out[-1].polarity == "affirmed" else "affirmed",
                        "claimant": ctx.outlet,
                        "claimant_id": None,
                        "claimant_anonymous": False,
                        "certainty": "denied",
                        "event_time": None,
                        "event_earliest": None,
                        "event_latest": None,
                        "statement_id": None,
                    }
                )
            )
        again = _repeated_time(ctx, sent, value) if value else None
        if again is not None:
            # "has been reported dead twice before, in 2019 and again last year": one claim
            # for each time the clause names
            lo2, hi2 = interval_of(again.value)
            out.append(
                out[-1].model_copy(
                    update={
                        "claim_id": ctx.claim_id(n0 + len(out)),
                        "event_time": calendar_value(again.value),
                        "event_earliest": lo2,
                        "event_latest": hi2,
                    }
                )
            )
        if ctx.message_author is not None and hit.predicate == "message_released" and hit.claimant:
            ctx.message_claimant = Source(
                hit.claimant[0], hit.claimant[1], hit.claimant[2], "reported"
            )
    return out


# Verbs of being kept that name no keeper themselves: "He is being held in Abeche".
_KEEPING_LEMMAS = frozenset({"hold", "keep"})


def _they_keep(verb: Token) -> bool:
    """ "They held me for three hours": an active keeping verb whose keeper is a bare "they",
    named nowhere in the sentence."""
    return any(c.dep_ == "nsubj" and c.lower_ == "they" for c in verb.children)


def _custody_kind(ctx: ClaimContext, entity: Entity, hit: Hit) -> str:
    """The hit's predicate; for a keeper-less "is being held in X" (or "they held me") the
    custody the story already gave the same person: held after "Police arrested X" is an
    arrest even in a story that also tells of kidnappers, held after "gunmen seized X" a
    captivity."""
    anchor = hit.anchor
    if (
        hit.predicate not in {"captured", "arrested"}
        or anchor.lemma_.lower() not in _KEEPING_LEMMAS
        or not (is_passive(anchor) or _they_keep(anchor))  # ("Police held him": named)
        or anchor.dep_ in {"acl", "relcl"}
        or any(c.dep_ == "agent" or c.lower_ in {"hostage", "captive"} for c in anchor.children)
        or held_in_jail(anchor)  # (a state's prison: an arrest, whoever seized him)
        or held_by_the_state(anchor)  # ("on remand", "at the security agency's headquarters")
    ):
        return hit.predicate
    earlier = next(
        (
            c.predicate
            for c in reversed(ctx.claims)
            if c.subject_id == entity.entity_id
            and c.predicate in {"captured", "arrested"}
            and c.polarity == "affirmed"
        ),
        None,
    )
    return earlier or hit.predicate


def _neither(tok: Token) -> bool:
    """ "Neither X nor Y was hurt": the coordination negates the claim about each."""
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return (
        any(c.dep_ == "preconj" and c.lower_ == "neither" for c in head.children)
        and any(c.dep_ == "cc" and c.lower_ == "nor" for c in (*head.children, *tok.children))
        or any(c.dep_ == "cc" and c.lower_ == "nor" for c in head.children)
        and head.lower_ == "neither"
    )


# A group as the speaker of a claim about the same group ("both", "the two", "they").
_GROUP_SPEAKERS = frozenset({"both", "the two", "the pair", "they", "all three", "the three"})


# What befalls a person "with" another befalls both: "was kidnapped with a colleague, X".
_SHARED_FATES = frozenset(
    {"captured", "arrested", "killed", "wounded", "released", "located_in", "appeared", "alive"}
)


def _companions(ctx: ClaimContext, hit: Hit) -> list[Token]:
    """ "X was kidnapped in April with a Canadian missionary, Y", "X was arrested along with
    her husband, Y": the person named after "with" on the trigger verb shares the event or
    state (never "charged with murder", "met with Y": a verb of those predicates only)."""
    verb = hit.anchor
    if hit.predicate not in _SHARED_FATES or verb.pos_ not in {"VERB", "AUX"}:
        return []
    withs = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
    withs += [
        w
        for c in verb.children
        if c.dep_ in {"prep", "advmod"} and c.lower_ in {"along", "together"}
        for w in c.children
        if w.lower_ == "with"
    ]
    out = []
    for obj in (c for w in withs for c in w.children if c.dep_ == "pobj"):
        name = (
            obj if _is_person_name(ctx, obj) else appositive_name(ctx, obj) or _comma_name(ctx, obj)
        )
        if name is not None and all(name.i != s.i for s in hit.subjects):
            out.append(name)
    return out


def _member_of_earlier_group(hit: Hit, tok: Token) -> bool:
    """ "arrested three men over the kidnapping of a schoolteacher, one of whom, X, is a
    former officer": a name right after "one of whom," is a member of the plural before,
    which the parser may hang on the singular noun in between; a trigger before it says
    nothing of that person ("one of whom, X, was shot" after it does)."""
    first = tok.left_edge
    before = [t.lower_ for t in tok.doc[max(0, first.i - 4) : first.i]]
    return (
        tok.pos_ == "PROPN"
        and hit.anchor.i < first.i
        and before in (["one", "of", "whom", ","], ["one", "of", "them", ","])
    )


def _shown_in_proof(proof: Token) -> Token | None:
    """ "The other two, X and Y, were last seen in a proof-of-life video", "X appeared in a
    proof-of-life video": the proof is of the people the clause shows in it (the subject of
    the verb the picture or video hangs on), not of whoever the last claim was about."""
    if proof.lemma_.lower() != "proof" or proof.dep_ not in {"nmod", "compound", "amod"}:
        return None
    shown = proof.head  # "video", "photograph"
    if shown.dep_ != "pobj" or shown.head.lower_ not in {"in", "on"}:
        return None
    verb = shown.head.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _neither_group(tok: Token) -> bool:
    """ "Neither of them was hurt", "Neither brother is in custody": a group subject that
    negates the claim about each member ("none" the trigger's own reading negates)."""
    return tok.lower_ == "neither" or any(
        c.dep_ == "det" and c.lower_ == "neither" for c in tok.children
    )


_AGAIN_GAP = re.compile(r"^\s*,?\s*and\s+(?:again|then|once more)\s*,?\s*(?:in\s+|on\s+)?$")


def _repeated_time(ctx: ClaimContext, sent: Span, value: str) -> TimeExpression | None:
    """The second time of "in 2019 and again last year" after the clause's own time."""
    for n, tx in enumerate(ctx.timexes):
        if not (sent.start_char <= tx.start < sent.end_char) or calendar_value(tx.value) != value:
            continue
        for other in ctx.timexes[n + 1 : n + 3]:
            if (
                other.start < sent.end_char
                and is_point(other.value)
                and _AGAIN_GAP.match(ctx.text[tx.end : other.start])
            ):
                return other
        return None
    return None


# what a correction calls the text it corrects: "An earlier version / edition said", and a live
# blog's "An earlier entry / post / update said"
_VERSION_NOUNS = frozenset({"version", "edition", "entry", "post", "update"})


_EARLIER_WORDS = frozenset({"earlier", "previous", "original", "first", "prior"})


# what a live blog or a story calls its own earlier text: "In our 13:30 entry we said ..."
_OWN_TEXT_NOUNS = frozenset(
    {"entry", "post", "update", "story", "report", "article", "version", "edition"}
)


def _a_death(anchor: Token) -> bool:
    """The trigger is a verb of dying ("died in prison", "died in custody")."""
    return anchor.lemma_.lower() in {"die", "perish"}


def _corrected(anchor: Token, predicate: str) -> bool:
    """The trigger is what "an earlier version of this article" said, or what "we" said "in
    our 13:30 entry" / in a sentence with "Correction": a correction notice (for the second,
    unless the next sentence tells the same event again, correcting a detail of it)."""
    for tok in anchor.ancestors:
        if tok.lemma_.lower() in lx.REPORTING_VERBS:
            return any(
                subj.dep_ in {"nsubj", "nsubjpass"}
                and subj.lemma_.lower() in _VERSION_NOUNS
                and any(c.lower_ in _EARLIER_WORDS for c in subj.children)
                # (not another outlet's: "An earlier update from Reuters said")
                and not any(c.dep_ == "prep" and c.lower_ in {"from", "by"} for c in subj.children)
                for subj in tok.children
            ) or (_we_said_before(tok) and not _told_again_next(tok, predicate))
    return False


def _we_said_before(verb: Token) -> bool:
    """ "In our 13:30 entry we said the gunman had been arrested", "Correction: we reported
    that ...": the outlet's own "we" telling what it said earlier, in a correction."""
    if not any(c.dep_ == "nsubj" and c.lower_ == "we" for c in verb.children):
        return False
    own_text = any(
        p.lower_ == "in"
        and any(
            o.lemma_.lower() in _OWN_TEXT_NOUNS and any(d.lower_ == "our" for d in o.children)
            for o in p.children
        )
        for p in verb.children
        if p.dep_ == "prep"
    )
    return own_text or any(t.lower_ == "correction" for t in verb.sent)


# verbs of a seizure that tell a capture or an arrest again ("she was taken on Thursday")
_TAKING = frozenset({"take", "seize", "snatch", "grab", "detain", "hold"})


def _told_again_next(verb: Token, predicate: str) -> bool:
    """ "we said Ferreira was abducted on Friday. Her family says she was taken on Thursday",
    "we said X was wounded in the arm. Police now say he was not injured": the next sentence of
    the paragraph tells the same kind of event again, so the correction is of its detail (a
    day, a limb, a denial by another source), not a withdrawal by the outlet."""
    doc = verb.doc
    end = verb.sent.end
    if end >= len(doc):
        return False
    if "\n" in doc.text[verb.sent.end_char : doc[end].idx]:
        return False  # a new paragraph: another entry
    for tok in doc[end].sent:
        lemma = tok.lemma_.lower()
        told = lx.PATIENT_VERBS.get(lemma) or lx.AGENT_VERBS.get(lemma)
        if tok.pos_ == "VERB" and lemma in _TAKING and predicate in {"captured", "arrested"}:
            return True
        if tok.pos_ in {"VERB", "ADJ"} and told == predicate:
            return True
    return False
