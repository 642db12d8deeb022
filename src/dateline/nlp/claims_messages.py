"""Messages and their authors: "an audio message from X", "tapes it says are from X",
"a video of hostage X", the verb that released them and who released them; the message's
author is kept on the context so that what it mentions can date it
(:mod:`claims_proof_of_life`)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.nlp import claims_lexicon as lx
from dateline.nlp.claims_context import (
    ClaimContext,
    Hit,
    cue_tokens,
    lemma_tokens,
    past_dateline,
    weaker,
)
from dateline.nlp.claims_grammar import prep_children
from dateline.nlp.claims_retellings import described_again
from dateline.nlp.claims_sources import (
    entity_in_name,
    name_of,
)
from dateline.nlp.claims_time import is_point
from dateline.nlp.entities import entity_at
from dateline.records import Entity, TimeExpression


def _shown_in_message(ctx: ClaimContext, noun: Token) -> list[Hit]:
    """ "a video of hostage X": X appeared in it and is its purported speaker."""
    shown = [p for p in prep_children(noun, {"of"}) if p.dep_ == "pobj"]
    people = [t for t in shown if (e := entity_in_name(ctx, t)) is not None and e.kind == "person"]
    if (
        not people
        or noun.lemma_.lower()
        not in {
            "video",
            "footage",
            "clip",
            "image",
            "photo",
            "recording",
        }
        | _PICTURE_NOUNS
    ):
        return []
    ctx.message_author = entity_in_name(ctx, people[0])
    clause = {noun.i, noun.head.i} if noun.head.lemma_.lower() in lx.RELEASE_VERBS else {noun.i}
    # "an audio recording of X": heard, not seen: his message
    heard = any(
        c.lower_ in {"audio", "voice"} for c in noun.children if c.dep_ in {"amod", "compound"}
    )
    return [Hit("message_released" if heard else "appeared", noun, people, clause)]


# Still pictures, which are no messages: "a new photograph of X was posted online" shows X
# (only once put out, and only a fresh one: "his mother held a photo of X at the protest",
# "police released a photo of X" show nobody alive).
_PICTURE_NOUNS = frozenset({"photo", "photograph", "picture", "image", "selfie", "snapshot"})
_PUT_OUT_VERBS = lx.RELEASE_VERBS | {"share", "tweet", "show", "obtain", "see"}


def _posted_pictures(ctx: ClaimContext, sent: Span) -> list[Hit]:
    """ "The group posted a new photo of X", "A photograph of X holding a newspaper was
    posted online": X appeared in it."""
    hits: list[Hit] = []
    for noun in lemma_tokens(ctx, sent, _PICTURE_NOUNS):
        if (
            noun.pos_ == "NOUN"
            and noun.dep_ in {"dobj", "nsubjpass"}
            and noun.head.lemma_.lower() in _PUT_OUT_VERBS
            and not any(c.dep_ == "neg" for c in noun.head.children)
            and _fresh_picture(noun)
        ):
            hits.extend(_shown_in_message(ctx, noun))
    return hits


def _fresh_picture(noun: Token) -> bool:
    """A picture that shows the person now: "a new photo of X", "a photo of X holding a
    newspaper / sitting on a mat" (a portrait the police or the family hand out, "a photo
    of X taken before his arrest", says nothing of him now)."""
    if any(c.lower_ in {"new", "recent", "latest", "fresh"} for c in noun.children):
        return True
    # the participle hangs on the name, on its "of", or (the parser's choice) on the noun
    return any(
        c.dep_ in {"acl", "pcomp"} and c.tag_ == "VBG"
        for p in prep_children(noun, {"of"})
        for c in (*p.children, *p.head.children, *noun.children)
    )


def message_hits(ctx: ClaimContext, sent: Span) -> list[Hit]:
    """ "a fresh video statement from its chief X", "tapes it says are from X",
    "The video was posted by ... on Monday" (the last message's author); "a photo of X
    was posted" (X appeared)."""
    hits = _posted_pictures(ctx, sent)
    for noun in cue_tokens(ctx, sent, "message"):
        if noun.pos_ != "NOUN":
            continue
        if (spoken := _spoken_in_released(ctx, noun)) is not None:
            hits.append(spoken)
            continue
        hits.extend(_shown_in_message(ctx, noun))
        author = _message_author(ctx, noun)
        release = _release_verb(noun)
        if (
            release is None
            and author is not None
            and (author in _heard_voice(noun) or author in _on_behalf_of(noun))
        ):
            release = _put_out_after(noun)
        own = None
        if author is None and (broken := _silence_broken(noun)) is not None:
            release, own = release or _put_out_after(noun) or broken[0], broken[1]
        elif (
            author is None
            and release is not None
            and noun.dep_ == "dobj"
            and (
                noun.lemma_.lower() in lx.RECORDED_MESSAGES
                or _own_statement(noun, release)
                or _own_letter(noun, release)
            )
        ):
            # "he released an audio message": a person who puts out a recording is its author
            own = _person_subject(release)
        if own is not None and release is not None and _of_someone(noun):
            own = None  # "posted a video of him": the poster shows someone else
        if own is not None and release is not None:
            # "he posted a video on Facebook": seen in it (an appearance, as a video
            # showing him is); "he released an audio message": a message
            seen = noun.lemma_.lower() in lx.VIDEO_NOUNS
            pred = "appeared" if seen else "message_released"
            hit = Hit(pred, release, [own], {release.i, noun.i})
            if (reader := _read_out_after(noun, release)) is not None:
                # "X sent a letter from his cell, which she read aloud": she put it out
                hit.claimant, hit.certainty = name_of(ctx, reader), "reported"
            hits.append(hit)
            continue
        restated = False
        if author is not None:
            ctx.message_author = entity_at(ctx.doc, author.idx, author.idx + len(author))
        elif (
            noun.lemma_.lower() not in _WRITTEN_STATEMENTS | {"address", "letter", "post"}
            and release is not None
            and (any(c.lower_ in {"the", "this", "that", "latest"} for c in noun.children))
        ):
            if ctx.message_author is None:
                continue
            author = author_token(ctx, ctx.message_author)
            restated = True
        if author is None or release is None and not timex_under(ctx, noun):
            continue
        anchor = release or noun
        if noun.lemma_.lower() in lx.VIDEO_NOUNS and _seen_in(noun, author):
            # "released a video in which its leader, X, denies ...": X is seen in it, an
            # appearance the narration reports (the h03 convention), not an audio message
            hits.append(Hit("appeared", anchor, [author], {anchor.i, noun.i}))
            continue
        if _seen_message(noun):
            # "posted a short clip in which he speaks", "aired a new video message from X":
            # X is seen, an appearance, no message_released (the gold README's cases
            # decided in session 25); "The video was posted on Monday by ..." tells again the
            # release of a video already told, no claim of its own
            if not restated:
                hits.append(Hit("appeared", anchor, [author], {anchor.i, noun.i}))
            continue
        hit = Hit("message_released", anchor, [author], {anchor.i, noun.i})
        if release is not None:
            releaser = _releaser(ctx, release)
            if releaser is not None:
                hit.claimant = releaser
                hit.certainty = "reported"
        if any(c.lower_ in {"apparent", "purported", "alleged"} for c in noun.children):
            hit.certainty = weaker(hit.certainty, "hedged")
        hits.append(hit)
    return hits


# Messages one is heard or read in, not seen ("a statement" is an office's routine words).
_HEARD_MESSAGES = frozenset({"message", "recording", "audio", "tape", "sermon", "letter", "note"})
_HEARD_ALWAYS = frozenset({"audio", "letter", "note"})
_SCREEN_MODIFIERS = frozenset({"video", "televised", "filmed", "videotaped", "television", "tv"})


def _spoken_in_released(ctx: ClaimContext, noun: Token) -> Hit | None:
    """ "In an audio message released by the group on Sunday, X said he was alive", "X vowed
    revenge in a recording posted by the group's media arm", "In a letter published by his
    family, X wrote ...": X speaks in a message someone else put out, X's message_released,
    told by the releaser (``reported``). Not a video (X is seen), nor a statement, nor X
    speaking for others ("the spokesman said in an audio message released by ...")."""
    word = noun.lemma_.lower()
    if (
        noun.dep_ != "pobj"
        or noun.head.lower_ != "in"
        or word not in _HEARD_MESSAGES
        or any(c.lower_ in _SCREEN_MODIFIERS for c in noun.children)
        # "In the three-minute recording, released by ...": one told before, maybe a video
        or any(c.lower_ in {"the", "this", "that", "its"} for c in noun.children)
    ):
        return None
    if word not in _HEARD_ALWAYS and not any(
        c.lower_ in {"audio", "voice", "radio", "sound"}
        for c in noun.children
        if c.dep_ in {"amod", "compound"}
    ):
        return None  # "a recording", "a message": heard only when the words say so
    release = next(
        (
            c
            for c in noun.children
            if c.dep_ == "acl"
            and c.lemma_.lower() in lx.RELEASE_VERBS | {"share", "play"}
            and any(a.dep_ == "agent" for a in c.children)
        ),
        None,
    )
    verb = noun.head.head
    if release is None or verb.pos_ not in {"VERB", "AUX"}:
        return None
    speakers = [
        s
        for s in verb.children
        if s.dep_ == "nsubj"
        and (e := entity_in_name(ctx, s)) is not None
        and e.kind == "person"
        and not any(t.lemma_.lower() in _SPOKES_NOUNS for t in s.subtree)
    ]
    if not speakers or any(c.dep_ == "neg" for c in verb.children):
        return None
    hit = Hit("message_released", release, speakers, {release.i, noun.i})
    if (releaser := _releaser(ctx, release)) is not None:
        hit.claimant = releaser
        hit.certainty = "reported"
    return hit


# Who issues statements for someone else ("his spokesman issued a statement"); an office
# holder's statement ("The minister, X, released a statement") is his office's routine.
_SPOKES_NOUNS = frozenset(
    [
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "lawyer",
        "attorney",
        "office",
        "aide",
        "minister",
        "official",
        "president",
        "mayor",
        "governor",
        "premier",
        "director",
        "ceo",
        "executive",
        "chairman",
        "chairwoman",
        "chairperson",
        "secretary",
    ]
)


# Verbs of making a message oneself: "a letter he wrote", "a video she recorded".
_AUTHORING_VERBS = frozenset({"write", "pen", "record", "sign", "film", "dictate"})


# Nouns of a recording one is seen in: "a video", "a short clip", "footage".
_SEEN_NOUNS = lx.VIDEO_NOUNS | {"clip", "videotape"}


def _seen_message(noun: Token) -> bool:
    """A message its author is seen in: "a video", "a clip", "a video message / statement"
    (not "an audio clip": heard)."""
    marks = {c.lemma_.lower() for c in noun.children if c.dep_ in {"compound", "amod"}}
    if marks & {"audio", "voice", "sound"}:
        return False
    return noun.lemma_.lower() in _SEEN_NOUNS or bool(marks & _SEEN_NOUNS)


def _of_someone(noun: Token) -> bool:
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" for p in c.children)
        for c in noun.children
    )


def _seen_in(noun: Token, author: Token) -> bool:
    """The author is the one acting in a "in which" clause of the video noun."""
    return any(
        c.dep_ == "relcl" and author in c.subtree and any(t.lower_ == "which" for t in c.subtree)
        for c in noun.children
    )


# A written statement in its issuer's own name: "issued a statement / a communique".
_WRITTEN_STATEMENTS = frozenset({"statement", "communique", "communiqué"})


def _own_statement(noun: Token, release: Token) -> bool:
    """ "X has issued two statements", "she released a statement": a person who issues
    statements in his own name puts out messages (not a spokesman issuing his office's)."""
    return (
        noun.lemma_.lower() in _WRITTEN_STATEMENTS
        and release.lemma_.lower() in {"issue", "release", "publish", "put"}
        and not any(
            t.lemma_.lower() in _SPOKES_NOUNS
            for c in release.children
            if c.dep_ == "nsubj"
            for t in c.subtree
            if t.i <= c.i or t.dep_ == "appos"  # (its name phrase, no relative clause)
        )
    )


def _own_letter(noun: Token, release: Token) -> bool:
    """ "X sent a handwritten letter from his cell", "she published an open letter": a
    person who sends or publishes a letter is its author (a letter is a message read)."""
    return noun.lemma_.lower() == "letter" and release.lemma_.lower() in {
        "send",
        "publish",
        "release",
        "issue",
        "post",
    }


def _read_out_after(noun: Token, release: Token) -> Token | None:
    """The subject of a relative clause "which she read aloud / published" on the message
    noun, or on the last noun of a phrase after it ("a letter from his cell, which she read
    aloud": the parser hangs the clause on "cell")."""
    hosts = [noun] + [
        p
        for prep in release.children
        if prep.dep_ == "prep" and prep.i > noun.i
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    for host in hosts:
        for rel in host.children:
            if rel.dep_ != "relcl" or not (
                _read_out(rel) or rel.lemma_.lower() in {"publish", "release", "post", "circulate"}
            ):
                continue
            if not any(c.dep_ == "dobj" and c.lower_ in {"which", "that"} for c in rel.children):
                continue
            subj = next((c for c in rel.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ not in {"it", "which", "that"}:
                return subj
    return None


def author_token(ctx: ClaimContext, entity: Entity | None) -> Token | None:
    if entity is None or not entity.mentions:
        return None
    m = entity.mentions[0]
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    return span.root if span is not None else ctx.doc[0]


def _message_author(ctx: ClaimContext, noun: Token) -> Token | None:
    candidates: list[Token] = []
    for c in noun.children:
        if c.dep_ == "poss":
            candidates.append(c)
        if c.dep_ == "prep" and c.lower_ in {"from", "by"}:
            candidates.extend(p for p in c.children if p.dep_ == "pobj")
        if c.dep_ == "relcl" and any(
            p.dep_ == "prep" and p.lower_ == "in" and any(w.lower_ == "which" for w in p.children)
            for p in c.children
        ):
            # "a clip in which he speaks to the camera": who speaks in it
            candidates.extend(s for s in c.children if s.dep_ == "nsubj")
        if c.dep_ in {"acl", "relcl"}:
            # "a letter that (they said) he had written in prison": who wrote it
            candidates.extend(
                s
                for v in c.subtree
                if v.pos_ == "VERB" and v.lemma_.lower() in _AUTHORING_VERBS
                for s in v.children
                if s.dep_ == "nsubj" and s.lower_ not in {"they", "we", "it", "that", "which"}
            )
            for p in c.subtree:
                if (
                    p.dep_ == "pobj"
                    and p.head.lower_ in {"to", "from", "by"}
                    and p.head.head.lemma_
                    in {"attribute", "be", "purport", "claim", "say", "come", "record", "make"}
                    | {"sign", "issue", "write", "pen", "send"}  # "a statement signed by X"
                ):
                    candidates.append(p)
    for tok in _on_behalf_of(noun):
        # "on the patriarch's behalf": a person's title read later as the person it names
        ent = entity_at(ctx.doc, tok.idx, tok.idx + len(tok))
        if (
            ent is not None
            and ent.kind == "person"
            or (
                ent is None
                and (
                    tok.lower_ in {"his", "her"}
                    or (told := described_again(ctx, tok)) is not None
                    and told.kind == "person"
                )
            )
        ):
            return tok
    if noun.dep_ == "dobj" and noun.lemma_.lower() in lx.RECORDED_MESSAGES:
        # "broadcast a taped message from their jailed leader, X": the parser hangs the
        # "from" on the verb
        candidates.extend(p for p in prep_children(noun.head, {"from"}) if p.dep_ == "pobj")
    candidates.extend(_heard_voice(noun))
    for cand in candidates:
        if any(
            t.lemma_.lower() in _SPOKES_NOUNS
            for t in cand.subtree
            if t.i <= cand.i or t.dep_ == "appos"  # (its name phrase, no relative clause)
        ):
            continue  # "a statement issued by the spokesman, X": his office's words
        for tok in [cand, *[c for c in cand.children if c.dep_ == "appos"]]:
            ent = entity_at(ctx.doc, tok.idx, tok.idx + len(tok))
            if ent is not None and ent.kind == "person":
                return tok
    return None


def _on_behalf_of(noun: Token) -> list[Token]:
    """ "a statement issued on the patriarch's behalf", "a letter released on behalf of X":
    the one in whose name a participle puts the message out is its author (a statement
    "in his name" is not: the words may be the issuer's)."""
    found: list[Token] = []
    for acl in noun.children:
        if acl.dep_ != "acl" or acl.tag_ != "VBN":
            continue
        for behalf in prep_children(acl, {"on"}):
            if behalf.dep_ != "pobj" or behalf.lemma_.lower() != "behalf":
                continue
            found.extend(c for c in behalf.children if c.dep_ == "poss")
            found.extend(p for p in prep_children(behalf, {"of"}) if p.dep_ == "pobj")
    return found


def _heard_voice(noun: Token) -> list[Token]:
    """ "X's voice could be heard on a tape": the voice heard on a message is its author's
    (a statement "in his name" is not: others issue it for him)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in {"on", "in"}:
        return []
    found: list[Token] = []
    for subj in noun.head.head.children:
        if subj.dep_ in {"nsubj", "nsubjpass"} and subj.lemma_.lower() == "voice":
            found.extend(c for c in subj.children if c.dep_ == "poss")
            found.extend(p for p in prep_children(subj, {"of"}) if p.dep_ == "pobj")
    return found


def _silence_broken(noun: Token) -> tuple[Token, Token] | None:
    """ "X broke his silence / ended months of silence with an audio message": the verb and
    the one whose silence the message ends, its author, who put it out himself."""
    verb = noun.head.head
    if not (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "with"
        and verb.lemma_.lower() in {"break", "end"}
        and any(
            c.dep_ == "dobj" and any(t.lemma_.lower() == "silence" for t in c.subtree)
            for c in verb.children
        )
    ):
        return None
    subj = _person_subject(verb)
    return (verb, subj) if subj is not None else None


def _person_subject(verb: Token) -> Token | None:
    """The verb's subject when it names a person: a name, "he" / "she", or a noun with a
    name in apposition ("His deputy, X, has issued two statements")."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "nsubj"
            and (
                c.pos_ == "PROPN"
                or c.lower_ in {"he", "she"}
                or any(a.dep_ == "appos" and a.pos_ == "PROPN" for a in c.children)
            )
        ),
        None,
    )


def _put_out_after(noun: Token) -> Token | None:
    """The participle of release after the message noun: "a tape aired by a radio station"."""
    return next(
        (
            c
            for c in noun.children
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _PUT_OUT_VERBS
        ),
        None,
    )


def _release_verb(noun: Token) -> Token | None:
    """The release verb governing the message noun (possibly through "what X says is")."""
    tok = noun
    for _ in range(5):
        if tok.dep_ == "ROOT" and tok.head == tok:
            break
        head = tok.head
        if (
            (head.lemma_.lower() in lx.RELEASE_VERBS | {"play"} or _read_out(head))
            and head.pos_ in {"VERB", "AUX"}
            and tok.dep_ in {"dobj", "nsubjpass", "ccomp", "nsubj"}
            # "appeared to be"
            and not any(c.dep_ in {"xcomp", "acomp", "oprd"} for c in head.children)
        ):
            return head
        if tok.dep_ not in {"attr", "ccomp", "dobj", "relcl", "nsubj", "appos", "conj"}:
            break
        tok = head
    return None


def _read_out(verb: Token) -> bool:
    """ "was read aloud at the rally", "read out at the funeral", "read on state radio": a
    message read to an audience is put out, as a taped message played is."""
    return verb.lemma_.lower() == "read" and any(
        c.lower_ in {"aloud", "out"}
        and c.dep_ in {"advmod", "prt"}
        or c.dep_ == "prep"
        and c.lower_ == "on"
        and any(p.lemma_.lower() in {"radio", "television", "tv", "air"} for p in c.children)
        for c in verb.children
    )


def _releaser(ctx: ClaimContext, verb: Token) -> tuple[str, str | None, bool] | None:
    for c in verb.children:
        subj = past_dateline(ctx, c) if c.dep_ == "nsubj" else None
        if subj is not None and subj.lemma_.lower() in lx.MESSAGE_NOUNS:
            continue  # "a recording surfaced": the message itself, not who released it
        if subj is not None:
            return name_of(ctx, subj)
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return name_of(ctx, p)
    return None


def timex_under(ctx: ClaimContext, tok: Token) -> TimeExpression | None:
    lo = min(t.idx for t in tok.subtree)
    hi = max(t.idx + len(t) for t in tok.subtree)
    for tx in ctx.timexes:
        if lo <= tx.start and tx.end <= hi and is_point(tx.value):
            span = ctx.doc.char_span(tx.start, tx.end, alignment_mode="expand")
            t = span.root if span is not None else tok
            while t != tok and t.head != t and t.lower_ not in lx.TEMPORAL_BARRIERS:
                t = t.head
            if t == tok:
                return tx
    return None
