"""Messages whose speaker the wire names inside the message's own phrase, where
:mod:`claims_messages` finds no author: "an undated recording in which a man identifying
himself as X says ... surfaced on Monday", "sent a voice message in which a man it identified
as its leader, X, says ...", "a communique signed by X", "In a written statement released
through his lawyer, X said ...". Each is X's ``message_released`` (a message heard or read,
the gold README's session 25 convention), at the release's time, told by whoever put it out
(``reported``) when the clause names them."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.nlp import claims_lexicon as lx
from dateline.nlp.claims_context import ClaimContext, Hit, lemma_tokens
from dateline.nlp.claims_messages import _releaser
from dateline.nlp.claims_sources import entity_in_name
from dateline.records import Entity

# Messages one hears: "an undated recording", "a voice message", "an audio tape".
_HEARD = frozenset({"recording", "tape", "audio", "message", "note", "sermon"})
# Messages one reads, put out under a signature: "a communique signed by X".
_SIGNED = frozenset({"communique", "communiqué", "statement", "declaration", "letter", "message"})
# The nouns the rule reads (every other word is passed over before anything is read).
_MESSAGE_LEMMAS = _HEARD | _SIGNED
_SCREEN = frozenset({"video", "televised", "filmed", "videotaped", "television", "tv"})
# What puts a message out ("surfaced", "circulated", "was posted"), or hands it to its
# hearers ("the family received a voice note in which ...").
_PUT_OUT = lx.RELEASE_VERBS | {"share", "play", "circulate", "surface", "emerge", "receive"}
# Verbs of what a speaker does in a message: the end of the speaker's phrase.
_SPEAKING = frozenset(
    [
        "say",
        "deny",
        "claim",
        "insist",
        "warn",
        "urge",
        "vow",
        "speak",
        "mock",
        "tell",
        "threaten",
        "accuse",
        "announce",
        "declare",
        "describe",
        "refer",
        "mention",
        "address",
        "condemn",
        "praise",
        "promise",
        "boast",
        "dismiss",
        "reject",
        "appeal",
        "ask",
        "thank",
        "blame",
        "call_on",
    ]
)
# "a voice resembling X's", "a voice that sounds like X's": only a likeness (hedged).
_LIKENESS = frozenset({"resemble", "sound", "similar", "resembling"})
_OFFICE = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def message_speaker_hits(ctx: ClaimContext, sent: Span, told: list[Hit]) -> list[Hit]:
    hits: list[Hit] = []
    # (the message nouns from the lemma table: a Token for every word cost more than the rule)
    for noun in lemma_tokens(ctx, sent, _MESSAGE_LEMMAS):
        if noun.pos_ != "NOUN" or any(c.lower_ in _SCREEN for c in noun.children):
            continue
        word = noun.lemma_.lower()
        found = None
        if word in _HEARD:
            found = _spoken_in_which(ctx, sent, noun) or _spoken_in_put_out(ctx, noun)
        if found is None and word in _SIGNED:
            found = _signed_by(ctx, noun)
        if found is None:
            continue
        speaker, release, hedged = found
        person = entity_in_name(ctx, speaker)
        if person is None or _told(ctx, told + hits, person):
            continue
        ctx.message_author = person
        hit = Hit("message_released", release, [speaker], {release.i, noun.i})
        releaser = _releaser(ctx, release)
        if releaser is not None and releaser[1] != person.entity_id:
            hit.claimant, hit.certainty = releaser, "reported"
        if hedged:
            hit.certainty = "hedged"
        hits.append(hit)
    return hits


def _told(ctx: ClaimContext, hits: list[Hit], person: Entity) -> bool:
    return any(
        h.predicate in {"message_released", "appeared"}
        and any(entity_in_name(ctx, s) is person for s in h.subjects)
        for h in hits
    )


def _person_tokens(ctx: ClaimContext, toks: list[Token]) -> list[Token]:
    return [
        t
        for t in toks
        if t.pos_ == "PROPN"
        and t.dep_ != "compound"
        and (e := entity_in_name(ctx, t)) is not None
        and e.kind == "person"
    ]


def _spoken_in_which(
    ctx: ClaimContext, sent: Span, noun: Token
) -> tuple[Token, Token, bool] | None:
    """ "a recording in which a man identifying himself as X says ...", "a voice message in
    which a man it identified as its leader, X, says ...", "in which a voice resembling X's
    says ...", put out by a verb of the sentence ("surfaced", "sent", "circulated")."""
    doc = sent.doc
    start = next(
        (
            t.i
            for t in doc[noun.i + 1 : min(noun.i + 12, sent.end - 1)]
            if t.lower_ == "in" and doc[t.i + 1].lower_ == "which"
        ),
        None,
    )
    if start is None:
        return None
    end = next(
        (
            t.i
            for t in doc[start + 2 : sent.end]
            if t.lemma_.lower() in _SPEAKING
            and (t.tag_ in {"VBZ", "VBD", "VBP"} or t.lemma_.lower() == "hear")
        ),
        None,
    )
    if end is None:
        return None
    phrase = list(doc[start + 2 : end])
    people = _person_tokens(ctx, phrase)
    if not people or any(t.lemma_.lower() in _OFFICE for t in phrase):
        return None  # (a spokesman heard on a tape speaks for others, as g327's)
    release = next(
        (
            t
            for t in sent
            if t.lemma_.lower() in _PUT_OUT
            and t.pos_ in {"VERB", "AUX"}
            and not start <= t.i <= end
            and t.i != noun.i
        ),
        None,
    )
    if release is None:
        return None
    hedged = any(t.lemma_.lower() in _LIKENESS for t in phrase)
    return people[-1], release, hedged


def _spoken_in_put_out(ctx: ClaimContext, noun: Token) -> tuple[Token, Token, bool] | None:
    """ "In an audio message posted on its channel on Friday, a man introduced as its deputy,
    X, said ...": the one who speaks in a message a participle puts out (with no "by":
    :mod:`claims_messages` takes "released by the group")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    if any(c.lower_ in {"the", "this", "that", "its", "his", "her"} for c in noun.children):
        return None  # one told before
    if noun.lemma_.lower() in {"recording", "message"} and not any(
        c.lower_ in {"audio", "voice", "recorded", "taped", "sound"} for c in noun.children
    ):
        return None
    release = next(
        (
            c
            for c in noun.children
            if c.dep_ == "acl"
            and c.tag_ == "VBN"
            and c.lemma_.lower() in _PUT_OUT
            and not any(a.dep_ == "agent" for a in c.children)
        ),
        None,
    )
    verb = noun.head.head
    if release is None or verb.lemma_.lower() not in _SPEAKING:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    if any(t.lemma_.lower() in _OFFICE for t in subj.subtree):
        return None  # "its spokesman, X, said in a voice message": his office's words
    people = _person_tokens(ctx, list(subj.subtree))
    return (people[-1], release, False) if people else None


def _signed_by(ctx: ClaimContext, noun: Token) -> tuple[Token, Token, bool] | None:
    """ "issued a communique signed by X", "The communique, released on Thursday, was signed
    by X": the signer is the message's author (not a spokesman signing for his office)."""
    signs = [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() == "sign"]
    if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() == "sign":
        signs.append(noun.head)
    signers = [
        p
        for s in signs
        for a in s.children
        if a.dep_ == "agent"
        for p in a.children
        if p.dep_ == "pobj" and not any(t.lemma_.lower() in _OFFICE for t in p.subtree)
    ]
    people = _person_tokens(ctx, [t for p in signers for t in (p, *p.children)])
    if not people:
        return None
    release = None
    if noun.dep_ in {"dobj", "nsubjpass"} and noun.head.lemma_.lower() in _PUT_OUT:
        release = noun.head
    if release is None:
        release = next(
            (
                c
                for c in noun.children
                if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _PUT_OUT
            ),
            None,
        )
    return (people[0], release, False) if release is not None else None
