"""Whereabouts told beside a verb's other claims.

The README's conventions put a person in a place in more clauses than the older rules read;
each rule here names its construction of English news prose:

* an appearance in a named place: "appeared in court in Kano", "attended a funeral in Kano",
  "spoke at a rally in Kano", "greeted supporters in Kano", "showed up at a wedding in X" →
  ``located_in`` beside the ``appeared`` the verb already gives (README, session 19: a
  sighting or appearance in a named place gives both; a video or a broadcast is no place one
  is seen in);
* an extradition or deportation joined to an earlier passive ("was arrested in Bogota and
  extradited to Miami", the parser's VBD conjunct) or told in the active ("Colombia
  extradited X to the United States") → ``located_in`` beside ``other:extradite``;
* a guessed journey of a missing person: "may have travelled to Manchester", "is believed
  to have gone to Germany"; leaving a country for another, "left Turkey for Germany" →
  ``located_in`` (like "fled to X"; a trip told as fact is a visit);
* a recording or a message sent from a place: "released a video from a hideout near Idlib",
  "In an audio message from Idlib, X denied ...", "wrote from his cell in Silivri prison" →
  ``located_in`` for its maker (README: a video, call or interview "from P");
* a custody lasting in a named place told by a participle: "X, detained in Minsk since May,
  ..." → ``located_in``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from dateline.nlp.attribution_index import tables_of
from dateline.nlp.claims_context import Hit
from dateline.nlp.claims_dispatch import LemmaRules
from dateline.nlp.claims_grammar import is_passive, patient_of, subject_of
from dateline.nlp.claims_places_again import places_again_hits
from dateline.nlp.claims_states import KEEPING_MODIFIERS
from dateline.nlp.claims_timeplace import is_place
from dateline.nlp.claims_whereabouts import named_place, negated_verb
from dateline.nlp.places_known import known_place_name

__all__ = ["where_beside_hits"]

# Recordings and broadcasts: "appeared in a video", "on television" (no place one is seen in).
_SCREEN_NOUNS = frozenset(
    {"video", "footage", "clip", "recording", "film", "photo", "photograph", "picture", "image"}
    | {"television", "tv", "broadcast", "livestream", "stream", "screen", "message", "post"}
    | {"interview", "channel", "media", "internet", "online", "social", "feed", "account"}
)
# Prepositions that put the one seen at a place.
_AT_PREPS = frozenset({"in", "at", "near", "outside", "inside"})
# Verbs that extradite, deport or expel a person to a country.
_EXPULSION_VERBS = frozenset({"extradite", "deport", "expel", "repatriate"})
# Journeys made by one's own means; "to" a named place puts the traveller there.
_JOURNEY_VERBS = frozenset({"travel", "go", "head", "drive", "sail", "journey", "fly"})
# Things one makes or sends from where one is.
_SENT_THINGS = frozenset(
    {"video", "message", "letter", "note", "recording", "photo", "selfie", "statement"}
    | {"audio", "tape", "clip", "footage", "post", "picture", "photograph"}
)
_SENDING_VERBS = frozenset({"release", "send", "post", "record", "write", "film", "upload"})
# Posting with no object: "tweeted from Doha", "wrote from his cell".
_POSTING_VERBS = frozenset({"write", "post", "tweet", "blog", "livestream", "broadcast", "stream"})
# Verbs of making a recording, whose own "in X" is where the maker was.
_MAKING_VERBS = frozenset({"record", "film", "tape", "shoot"})
# Verbs of saying whose subject a fronted "In a message from X" places.
_SAYING_VERBS = frozenset({"say", "deny", "insist", "claim", "tell", "add", "vow", "urge"})


def _pobjs(head: Token, preps: frozenset[str] | set[str]) -> list[tuple[Token, Token]]:
    # read from the shared tables: a Token only for each pair kept
    doc, tables = head.doc, tables_of(head.doc)
    kids, dep, low = tables.children, tables.dep, tables.lower
    return [
        (doc[p], doc[c])
        for c in kids[head.i]
        if dep[c] in {"prep", "dative"} and low[c] in preps  # ("sent to Paris": a dative)
        for p in kids[c]
        if dep[p] == "pobj"
    ]


def _named_under(noun: Token) -> bool:
    """ "a funeral in Kano", "a hideout in the mountains near Idlib": a named place in a
    locative phrase under ``noun`` (two levels down at most)."""
    for p, c in _pobjs(noun, _AT_PREPS):
        if named_place(p, c) or any(named_place(q, g) for q, g in _pobjs(p, _AT_PREPS)):
            return True
    return False


# Verbs of seeing someone: the seen person's doing may carry the place.
_SIGHTING = frozenset({"see", "spot", "sight", "glimpse", "photograph", "film", "watch"})


def _seen_in_named_place(verb: Token) -> bool:
    """An appearance's place: "in Kano" on the verb, or under the event it was seen at ("at a
    wedding in Kano", "attended a funeral in Kano"); none when a screen is the place."""
    # ("on the tarmac in X" is in passing, g151; "on April 2 in the town of X" is a date's)
    places = _pobjs(verb, _AT_PREPS | {"before"}) + [
        (p, c) for p, c in _pobjs(verb, {"on"}) if p.ent_type_ in {"DATE", "TIME"}
    ]
    # "waved to crowds from a balcony in X": where one was seen from
    places += [(p, c) for p, c in _pobjs(verb, {"from"}) if p.pos_ == "NOUN"]
    # "waved to crowds from a balcony in X": the place hung on the crowd
    places += [pc for p, _ in _pobjs(verb, {"to"}) for pc in _pobjs(p, {"from"})]
    if verb.lemma_.lower() in _SIGHTING:
        # "reported seeing X in Kassala": the place hung on the one seen
        places += [pc for o in verb.children if o.dep_ == "dobj" for pc in _pobjs(o, {"in", "at"})]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    screens = _pobjs(verb, _AT_PREPS | {"before", "on", "via", "by"})  # "on television"
    if any(p.lemma_.lower() in _SCREEN_NOUNS for p, _ in screens) or any(
        o.lemma_.lower() in _SCREEN_NOUNS for o in objects
    ):
        return False
    return any(
        c.lower_ in _AT_PREPS and named_place(p, c) or _named_under(p) or _town_court(p)
        for p, c in places
    ) or any(_named_under(o) for o in objects if o.ent_type_ != "PERSON")


def _town_court(noun: Token) -> bool:
    """ "in a Tamale court", "at the Kano High Court": a court named by its town."""
    return noun.lemma_.lower() == "court" and any(
        c.dep_ in {"compound", "nmod", "poss"}
        and (c.ent_type_ in {"GPE", "LOC"} or c.pos_ == "PROPN" and known_place_name(c.text))
        for c in noun.children
    )


def _appearance_places(verb: Token, hits: list[Hit]) -> list[Hit]:
    """ "appeared in court in Kano", "attended a funeral in Kano": the README's appearance in
    a named place (``appeared`` and ``located_in``, same time and source)."""
    if any(h.predicate == "located_in" and h.anchor is verb for h in hits):
        return []
    seen = [
        h for h in hits if h.predicate == "appeared" and h.anchor is verb and not h.polarity_neg
    ]
    if not seen or negated_verb(verb) or not _seen_in_named_place(verb):
        return []
    return [Hit("located_in", verb, list(h.subjects), {verb.i}) for h in seen if h.subjects]


# The lemmas _made_an_appearance opens on (claims_dispatch).
_APPEARANCE_MAKING_LEMMAS = frozenset({"make"})


def _made_an_appearance(verb: Token, lemma: str) -> list[Hit]:
    """ "made a surprise appearance at a rally in Tamale", "made his first public appearance
    in Kano": the noun's appearance (claims_triggers) in a named place."""
    if lemma != "make" or negated_verb(verb):
        return []
    shows = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "appearance"]
    if shows and (
        any(named_place(p, c) or _named_under(p) for s in shows for p, c in _pobjs(s, _AT_PREPS))
        or _seen_in_named_place(verb)
    ):
        return [Hit("located_in", verb, subject_of(verb), {verb.i})]
    return []


# The line one appears over from a prison: "via video link from X prison".
_LINK_NOUNS = frozenset({"link", "videolink", "video", "videoconference", "feed"})


# The lemmas _linked_from opens on (claims_dispatch).
_LINKED_FROM_LEMMAS = frozenset({"appear", "address", "speak", "testify", "join"})


def _linked_from(verb: Token, lemma: str) -> list[Hit]:
    """ "appeared via video link from Nsawam prison": the README's appearance by video link
    from a prison is ``located_in`` at the prison."""
    if lemma not in {"appear", "address", "speak", "testify", "join"} or negated_verb(verb):
        return []
    links = [p for p, _ in _pobjs(verb, {"via", "by", "over"}) if p.lemma_.lower() in _LINK_NOUNS]
    if links and any(
        (named_place(p, c) or _named_under(p) or p.lemma_.lower() in {"prison", "jail", "detention"})
        and not _says_itself(p)
        for h in (verb, *links)
        for p, c in _pobjs(h, {"from"})
    ):
        return [Hit("located_in", verb, subject_of(verb), {verb.i})]
    return []


def _sent_to_a_place(verb: Token) -> tuple[Token, Token] | None:
    return next(
        ((p, c) for p, c in _pobjs(verb, {"to"}) if p.pos_ == "PROPN" and is_place(p, c)),
        None,
    )


# The lemmas _expelled_beside opens on (claims_dispatch).
_EXPELLED_BESIDE_LEMMAS = _EXPULSION_VERBS


def _expelled_beside(verb: Token, lemma: str) -> list[Hit]:
    """ "was arrested in Bogota and extradited to Miami" (the parser tags the conjunct a
    past tense with no subject), "Colombia extradited X to the United States": the
    extradition's destination is where the person is."""
    if lemma not in _EXPULSION_VERBS or negated_verb(verb) or _sent_to_a_place(verb) is None:
        return []
    own = {c.dep_ for c in verb.children}
    if (
        verb.dep_ == "conj"
        and not own & {"nsubj", "nsubjpass", "aux", "auxpass", "dobj"}
        and is_passive(verb.head)
    ):
        return [Hit("located_in", verb, patient_of(verb.head), {verb.i})]
    if not is_passive(verb) and "dobj" in own:
        people = [c for c in verb.children if c.dep_ == "dobj" and c.ent_type_ == "PERSON"]
        return [Hit("located_in", verb, people, {verb.i})] if people else []
    return []


def _on_an_errand(verb: Token) -> bool:
    """ "flew to Doha for talks", "travelled to Paris to attend the summit": a visit."""
    return any(
        c.dep_ in {"advcl", "xcomp"}
        and any(a.lower_ == "to" for a in c.children)
        or c.dep_ == "prep"
        and c.lower_ in {"for", "on"}
        and any(p.dep_ == "pobj" and p.pos_ == "NOUN" for p in c.children)
        for c in verb.children
    )


def _guessed(verb: Token) -> bool:
    """ "may have travelled to X", "is believed to have gone to X": a guess at where a
    missing person went (a trip told as fact, "travelled to Paris on Monday", is a visit)."""
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    modal = any(c.dep_ == "aux" and c.lower_ in {"may", "might", "could"} for c in verb.children)
    believed = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _GUESSING_VERBS
    return perfect and (modal or believed)


# Verbs of a guess: "is believed / thought / feared to have gone to X".
_GUESSING_VERBS = frozenset({"believe", "think", "fear", "suspect", "understand", "report"})


# The lemmas _journey_hits opens on (claims_dispatch).
_JOURNEY_LEMMAS = _JOURNEY_VERBS | {"leave"}


def _journey_hits(verb: Token, lemma: str) -> list[Hit]:
    """ "may have travelled to Manchester", "is believed to have gone to Germany": a guess at
    a missing person's journey puts them at its end (README: a whereabouts "may" be hedged);
    "left Turkey for Germany": leaving a country for another, like "fled to X"."""
    if is_passive(verb) or negated_verb(verb):
        return []
    if lemma in _JOURNEY_VERBS and _guessed(verb):
        dest = _sent_to_a_place(verb)
        if dest is not None and named_place(*dest) and not _on_an_errand(verb):
            return [Hit("located_in", verb, subject_of(verb), {verb.i})]
    if lemma == "leave" and any(c.dep_ == "dobj" and c.ent_type_ == "GPE" for c in verb.children):
        for p, c in _pobjs(verb, {"for"}):
            if p.pos_ == "PROPN" and named_place(p, c):
                # "left Turkey for Germany": the "for" is the country one went to live in
                return [Hit("located_in", verb, subject_of(verb), {verb.i})]
    return []


# The lemmas _sender_place opens on (claims_dispatch).
_SENDER_PLACE_LEMMAS = _SENDING_VERBS | _POSTING_VERBS | _MAKING_VERBS  # (and its inner test)


def _sender_place(verb: Token, lemma: str) -> list[Hit]:
    """ "released a video from a hideout near Idlib", "wrote from his cell in Silivri
    prison": the recording's or the letter's maker was there (README: a video or call "from
    P"); a group's release names no one's whereabouts."""
    if lemma not in _SENDING_VERBS | _POSTING_VERBS or is_passive(verb) or negated_verb(verb):
        return []
    things = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _SENT_THINGS]
    if not things and lemma not in _POSTING_VERBS:
        return []
    if lemma == "post" and not things and any(c.dep_ == "dobj" for c in verb.children):
        return []  # "posted bail"
    heads = [verb, *things]  # "a photo from a beach in X"
    made_there = any(
        a.dep_ == "acl"
        and a.lemma_.lower() in {"record", "film", "make", "tape", "shoot"}
        and any(named_place(p, c) or _named_under(p) for p, c in _pobjs(a, _AT_PREPS))
        for t in things
        for a in t.children
    )  # "released an audio message recorded in Tamale"
    made_there = made_there or (
        lemma in _MAKING_VERBS
        and bool(things)
        and any(named_place(p, c) or _named_under(p) for p, c in _pobjs(verb, {"in", "at"}))
    )  # "recorded the message in Kandahar"
    if not made_there and not any(
        named_place(p, c) or _named_under(p) for h in heads for p, c in _pobjs(h, {"from"})
    ):
        return []
    senders = _people(subject_of(verb))
    return [Hit("located_in", verb, senders, {verb.i})] if senders else []


def _people(tokens: list[Token]) -> list[Token]:
    """The subjects that are people: a name, "he" / "she", or a role noun with a name beside
    it ("the exiled editor X")."""
    return [
        t
        for t in tokens
        if t.ent_type_ == "PERSON"
        or t.lower_ in {"he", "she"}
        or t.pos_ == "NOUN"
        and any(c.dep_ in {"appos", "compound"} and c.ent_type_ == "PERSON" for c in t.children)
    ]


# What one speaks in from a place: "in a video message from Idlib", "in an interview in X".
_SPOKEN_IN = frozenset(
    {"video", "message", "audio", "recording", "interview", "call", "letter", "post", "clip"}
)


# The lemmas _fronted_message_place opens on (claims_dispatch).
_FRONTED_MESSAGE_LEMMAS = _SAYING_VERBS


def _fronted_message_place(verb: Token, lemma: str) -> list[Hit]:
    """ "In an audio message from Idlib, X denied he was dead", "In a video recorded in
    Istanbul, X said ...", "told Reuters in an interview in Istanbul", "From London, X
    denied it": the message's or the interview's place is where its speaker was."""
    if lemma not in _SAYING_VERBS or negated_verb(verb):
        return []
    for p, c in _pobjs(verb, {"from"}):
        if c.i < verb.i and p.ent_type_ in {"GPE", "LOC"} and named_place(p, c):
            # "From London, X denied it": the speaker's own place, fronted
            speakers = _people(subject_of(verb))
            return [Hit("located_in", verb, speakers, {verb.i})] if speakers else []
    for p, _ in _pobjs(verb, {"in"}):
        if p.lemma_.lower() not in _SPOKEN_IN:
            continue
        if p.lemma_.lower() == "interview" and _named_under(p):
            speakers = _people(subject_of(verb))
            return [Hit("located_in", verb, speakers, {verb.i})] if speakers else []
        placed = any(named_place(q, g) or _named_under(q) for q, g in _pobjs(p, {"from"})) or any(
            a.dep_ in {"acl", "prep"}  # ("In the video, apparently filmed in X,": a "prep")
            and a.lemma_.lower() in {"record", "film", "make", "tape", "shoot"}
            and any(named_place(q, g) or _named_under(q) for q, g in _pobjs(a, _AT_PREPS))
            for a in p.children
        )
        if placed:
            speakers = _people(subject_of(verb))
            return [Hit("located_in", verb, speakers, {verb.i})] if speakers else []
    return []


# The lemmas _detained_since opens on (claims_dispatch).
_DETAINED_SINCE_LEMMAS = frozenset({"detain", "hold", "jail", "imprison"})


def _detained_since(verb: Token, lemma: str) -> list[Hit]:
    """ "X, detained in Minsk since May, has lost weight": a reduced relative of custody
    lasting in a named place (the README's span in a named place)."""
    if (
        lemma in {"detain", "hold", "jail", "imprison"}
        and verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.ent_type_ == "PERSON"
        and any(c.lower_ == "since" or c.lower_ == "for" for c in verb.children)
        and any(named_place(p, c) for p, c in _pobjs(verb, {"in", "at"}))
    ):
        return [Hit("located_in", verb, [verb.head], {verb.i})]
    return []


# Verbs that carry a person to a place: "was freed and taken to the French embassy in X".
_CARRYING = frozenset({"take", "move", "transfer", "fly", "bring", "escort", "drive", "airlift"})
# Nouns of the state an arrest puts one in, which "taken into" does not make a place.
_ARREST_STATES = frozenset({"custody", "detention"})


def _shares_passive(verb: Token) -> bool:
    """ "was freed and taken to X", "was arrested and extradited to Y": a conjunct with no
    subject or auxiliary of its own after a passive (the parser may tag it a past tense)."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ in {"VBN", "VBD"}
        and not any(
            c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "dobj"} for c in verb.children
        )
        and is_passive(verb.head)
    )


def _after_a_state(verb: Token) -> bool:
    """ "was rescued alive and flown to Erbil": the parser joins the participle to the
    predicate adjective of the first passive."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and verb.head.dep_ in {"oprd", "acomp", "advmod"}  # "rescued alive", "released early"
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children)
        and is_passive(verb.head.head)
    )


# The lemmas _carried_hits opens on (claims_dispatch).
_CARRIED_LEMMAS = (
    _CARRYING | _EXPULSION_VERBS | {"hand", "send", "ship", "reunite", "release", "free"}
)


def _carried_hits(verb: Token, lemma: str) -> list[Hit]:
    """ "was freed and taken to the French embassy in Bamako", "were released and handed over
    to officials in Bamako", "was released into the custody of the Red Cross in Juba": a move
    into a place, or into someone's hands in a named place (README, session 19: "handed
    over in" a place is a move)."""
    if negated_verb(verb):
        return []
    if (
        lemma in {"hand", "send"}
        and not is_passive(verb)
        and (people := [c for c in verb.children if c.dep_ == "dobj" and c.ent_type_ == "PERSON"])
        and _to_a_country(verb)
    ):
        # "Togo handed X over to Ghana": handed into a country is moved there
        return [Hit("located_in", verb, people, {verb.i})]
    if lemma in _CARRYING and _after_a_state(verb):
        dest = _sent_to_a_place(verb)
        if dest is not None and not _says_itself(dest[0]):
            return [Hit("located_in", verb, patient_of(verb.head.head), {verb.i})]
    if not (is_passive(verb) or _shares_passive(verb)):
        return []
    moved = patient_of(verb) or (patient_of(verb.head) if verb.dep_ == "conj" else [])
    if lemma in {"hand", "send", "ship"} | _EXPULSION_VERBS and _to_a_country(verb):
        # "was handed over to Ghana", "was sent / deported back to Ghana": moved there
        return [Hit("located_in", verb, moved, {verb.i})]
    if lemma == "reunite" and (
        any(named_place(p, c) for p, c in _pobjs(verb, {"in", "at"}))
        or any(_named_under(p) for p, _ in _pobjs(verb, {"with"}))
    ):
        # "was released and reunited with his family in Tamale": there with them
        return [Hit("located_in", verb, moved, {verb.i})]
    if lemma in _CARRYING and any(
        p.pos_ == "NOUN"
        and _named_under(p)
        and not _public_building(p)
        # "was taken into custody at Chisinau airport / in Lima": an arrest at a place, the
        # event only (README, session 19), not a move into a place
        and p.lemma_.lower() not in _ARREST_STATES
        for p, _ in _pobjs(verb, {"to", "into"})
    ):
        return [Hit("located_in", verb, moved, {verb.i})]
    if lemma == "hand" and (
        any(named_place(p, c) for p, c in _pobjs(verb, {"in", "at"}))
        or any(_named_under(p) for p, _ in _pobjs(verb, {"to"}))
    ):
        return [Hit("located_in", verb, moved, {verb.i})]
    if lemma in {"release", "free", "hand"} and any(
        p.pos_ == "NOUN" and _named_under_deep(p) for p, _ in _pobjs(verb, {"into", "to"})
    ):
        # "released to his family in Tamale", "into the custody of the Red Cross in Juba"
        return [Hit("located_in", verb, moved, {verb.i})]
    return []


def _to_a_country(verb: Token) -> bool:
    """ "to Ghana", "back to Ghana": a country or a town named after "to" on the verb or on
    its "over" / "back"."""
    heads = [verb] + [
        c for c in verb.children if c.dep_ in {"prt", "advmod"} and c.lower_ in {"over", "back"}
    ]
    return any(
        p.pos_ == "PROPN" and p.ent_type_ in {"GPE", "LOC"} and not _says_itself(p)
        for h in heads
        for p, _ in _pobjs(h, {"to"})
    )


def _says_itself(place: Token) -> bool:
    """ "to Kinshasa, where he is being held": the relative clause tells the stay itself."""
    return any(c.dep_ == "relcl" for c in place.children)


def _public_building(noun: Token) -> bool:
    """ "a sports centre in Kanda", "a shopping facility": a building of many uses, no place
    one is kept in (a "detention centre" or a "military facility" is one)."""
    return noun.lemma_.lower() in {"centre", "center", "facility", "complex", "hall"} and not any(
        t.lower_ in KEEPING_MODIFIERS for t in noun.subtree
    )


def _named_under_deep(noun: Token) -> bool:
    """ "the custody of Red Cross officials in Juba": a named place in a locative phrase
    anywhere under ``noun``."""
    return any(
        t.dep_ == "pobj" and t.head.lower_ in _AT_PREPS and named_place(t, t.head) for t in noun.subtree
    )


# The lemmas _rejoined_hits opens on (claims_dispatch).
_REJOINED_LEMMAS = frozenset({"return", "recover", "recuperate", "convalesce", "rest"})


def _rejoined_hits(verb: Token, lemma: str) -> list[Hit]:
    """ "returned to his family in Tabriz", "is recovering at home in Cusco": a return to
    one's people, or a recovery, in a named town is where the person is (README: "at home"
    alone names no place)."""
    if is_passive(verb) or negated_verb(verb):
        return []
    if (
        lemma == "return"
        and any(p.pos_ in {"NOUN", "PRON"} or p.lower_ == "home" for p, _ in _pobjs(verb, {"to"}))
        and (
            any(named_place(p, c) for p, c in _pobjs(verb, {"in"}))
            or any(_named_under(p) for p, _ in _pobjs(verb, {"to"}))
        )
    ):
        return [Hit("located_in", verb, subject_of(verb), {verb.i})]
    if lemma in {"recover", "recuperate", "convalesce", "rest"} and any(
        named_place(p, c) for p, c in _pobjs(verb, {"in"})
    ):
        return [Hit("located_in", verb, subject_of(verb), {verb.i})]
    return []


# Verbs of staying or being kept that a "where" clause on a town places: "Caracas, where X is
# being held", "Kano, where she lives".
_STAYING_VERBS = frozenset(
    {"hold", "keep", "detain", "jail", "imprison", "live", "hide", "stay", "shelter", "treat"}
)


# The lemmas _where_a_town opens on (claims_dispatch).
_WHERE_A_TOWN_LEMMAS = _STAYING_VERBS | {"lock"}


def _where_a_town(verb: Token, lemma: str) -> list[Hit]:
    """ "Caracas, where Lucia Ferrer is being held, is tense": a "where" clause on a named
    town (not the object of a preposition, which claims_timeplace.place_of reads) says where
    the person stays; "locked up in Caracas": kept there, like "jailed in Caracas"."""
    if negated_verb(verb):
        return []
    if (
        lemma == "lock"
        and is_passive(verb)
        and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
        and any(named_place(p, c) or _named_under(p) for p, c in _pobjs(verb, {"in", "at"}))
    ):
        return [Hit("located_in", verb, patient_of(verb), {verb.i})]
    town = verb.head
    if (
        lemma in _STAYING_VERBS
        and verb.dep_ == "relcl"
        and any(c.lower_ == "where" for c in verb.children)
        and town.dep_ != "pobj"
        and (
            town.ent_type_ in {"GPE", "LOC"} or town.pos_ == "PROPN" and known_place_name(town.text)
        )
    ):
        people = patient_of(verb) if is_passive(verb) else subject_of(verb)
        return [Hit("located_in", verb, people, {verb.i})]
    return []


# Nouns of a person held: "is a prisoner in Taganrog", "X, a detainee in Y, wrote".
_PRISONER_NOUNS = frozenset({"prisoner", "detainee", "inmate", "hostage", "captive"})
# Jails one awaits trial in: "awaiting trial in a jail in Taganrog".
_JAIL_NOUNS = frozenset({"prison", "jail", "cell", "colony", "penitentiary", "gaol"})


def _prisoner_in(noun: Token) -> bool:
    return noun.lemma_.lower() in _PRISONER_NOUNS and any(
        named_place(p, c) or _named_under(p) for p, c in _pobjs(noun, {"in", "at"})
    )


def _apposed_subject(verb: Token) -> bool:
    """A subject of ``verb`` with an apposition ("X, a prisoner in Taganrog, wrote"), from the
    token tables (asked of every verb)."""
    tables = tables_of(verb.doc)
    dep, children = tables.dep, tables.children
    return any(
        dep[c] in {"nsubj", "nsubjpass"} and any(dep[a] == "appos" for a in children[c])
        for c in children[verb.i]
    )


def _kept_there(verb: Token, lemma: str) -> list[Hit]:
    """Custody told with a place the older rules do not reach: "is being held incommunicado
    in Kharkiv" (the parser hangs the town on the adverb), "is serving time in Taganrog",
    "is a prisoner in Taganrog", "X, a prisoner in Taganrog, wrote", "is awaiting trial in a
    jail in Taganrog" (README: custody or captivity as a state in a place)."""
    if lemma not in {"hold", "keep", "detain", "serve", "be", "await"} and not _apposed_subject(
        verb
    ):
        return []  # (only the last rule below reads a verb of any lemma: most verbs, none)
    if negated_verb(verb):
        return []
    if lemma in {"hold", "keep", "detain"} and is_passive(verb):
        states = [c for c in verb.children if c.dep_ in {"oprd", "advmod", "acomp"}]
        if any(named_place(p, c) for s in states for p, c in _pobjs(s, {"in", "at"})):
            return [Hit("located_in", verb, patient_of(verb), {verb.i})]
    if (
        lemma == "serve"
        and any(
            c.dep_ == "dobj" and c.lemma_.lower() in {"time", "sentence", "term"}
            for c in verb.children
        )
        and any(named_place(p, c) or _named_under(p) for p, c in _pobjs(verb, {"in", "at"}))
    ):
        return [Hit("located_in", verb, subject_of(verb), {verb.i})]
    if lemma == "be" and any(c.dep_ == "attr" and _prisoner_in(c) for c in verb.children):
        return [Hit("located_in", verb, subject_of(verb), {verb.i})]
    heads = [verb] + [c for c in verb.children if c.dep_ == "dobj"]  # "awaiting trial in a jail"
    if lemma == "await" and any(
        p.lemma_.lower() in _JAIL_NOUNS and (_named_under(p) or named_place(p, c))
        for h in heads
        for p, c in _pobjs(h, {"in", "at"})
    ):
        return [Hit("located_in", verb, subject_of(verb), {verb.i})]
    held = [
        c
        for c in verb.children
        if c.dep_ in {"nsubj", "nsubjpass"}
        and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN")
        and any(a.dep_ == "appos" and _prisoner_in(a) for a in c.children)
    ]
    return [Hit("located_in", verb, held, {verb.i})] if held else []


# Rites a cleric celebrates before a congregation: "celebrated Mass", "led the liturgy".
_RITES = frozenset({"mass", "liturgy", "eucharist", "service", "vespers", "communion"})


# The lemmas _celebrated opens on (claims_dispatch).
_CELEBRATED_LEMMAS = frozenset({"celebrate"})


def _celebrated(verb: Token, lemma: str) -> list[Hit]:
    """ "celebrated Mass at the cathedral in Enugu", "when he celebrated Mass in a
    wheelchair": before a congregation, an appearance (as "led Friday prayers"), and where
    when the place is named."""
    if lemma != "celebrate" or verb.tag_ == "VBG" or negated_verb(verb):
        return []  # ("after celebrating Mass in X", "finished celebrating Mass": a priest's
        # routine before an event, no sighting the gold counts: g195, g253)
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in _RITES for c in verb.children):
        return []
    people = subject_of(verb)
    hits = [Hit("appeared", verb, people, {verb.i})]
    if _seen_in_named_place(verb):
        hits.append(Hit("located_in", verb, people, {verb.i}))
    return hits


# States of health or safety a place can be joined to: "is well and in Caracas".
_WELL_STATES = frozenset(
    {"well", "safe", "fine", "unharmed", "unhurt", "healthy", "alive", "stable", "conscious"}
)
# Keeping one can be in, in a named place: "in the care of the Red Cross in Erbil".
_KEEPINGS = frozenset({"care", "custody", "protection", "hands", "charge"})


# The lemmas _well_and_there opens on (claims_dispatch).
_WELL_AND_THERE_LEMMAS = frozenset({"be"})


def _well_and_there(verb: Token, lemma: str) -> list[Hit]:
    """ "is well and in Caracas", "is unharmed and in the care of the Red Cross in Erbil":
    a place joined to a state of health (the parser makes the "in" a conjunct of the
    adjective)."""
    if lemma != "be" or negated_verb(verb):
        return []
    for a in verb.children:
        if a.dep_ != "acomp" or a.lower_ not in _WELL_STATES:
            continue
        for g in a.children:
            if g.dep_ != "conj" or g.lower_ not in {"in", "at"}:
                continue
            for p in (p for p in g.children if p.dep_ == "pobj"):
                if named_place(p, g) or p.lemma_.lower() in _KEEPINGS and _named_under_deep(p):
                    return [Hit("located_in", verb, subject_of(verb), {verb.i})]
    return []


# The rules of :func:`where_beside_hits` in order, each with the lemmas it opens on, looked up
# by the verb's lemma (claims_dispatch); None: a rule called for every verb (one that reads
# more than the lemma first, or one added without a set).
_BESIDE_RULES: LemmaRules[Callable[[Token, str], list[Hit]]] = LemmaRules(
    [
        (_expelled_beside, _EXPELLED_BESIDE_LEMMAS),
        (_journey_hits, _JOURNEY_LEMMAS),
        (_sender_place, _SENDER_PLACE_LEMMAS),
        (_fronted_message_place, _FRONTED_MESSAGE_LEMMAS),
        (_detained_since, _DETAINED_SINCE_LEMMAS),
        (_carried_hits, _CARRIED_LEMMAS),
        (_rejoined_hits, _REJOINED_LEMMAS),
        (_made_an_appearance, _APPEARANCE_MAKING_LEMMAS),
        (_linked_from, _LINKED_FROM_LEMMAS),
        (_where_a_town, _WHERE_A_TOWN_LEMMAS),
        (_kept_there, None),  # ("X, a prisoner in Taganrog, wrote": any verb)
        (_celebrated, _CELEBRATED_LEMMAS),
        (_well_and_there, _WELL_AND_THERE_LEMMAS),
    ]
)


def where_beside_hits(verb: Token, lemma: str, hits: list[Hit]) -> list[Hit]:
    """The whereabouts ``verb`` tells beside ``hits``, the claims already read from it (see
    the module's list)."""
    # (the verb's auxiliaries read from the shared tables: this is asked of every verb)
    tables = tables_of(verb.doc)
    kids, dep = tables.children[verb.i], tables.dep
    if any(dep[c] == "aux" and tables.tag[c] == "MD" for c in kids) and not any(
        dep[c] == "aux" and tables.lemma[c] == "have" for c in kids
    ):
        return []  # "could be moved to a jail in Kazan": a move to come ("may have" is kept)
    found = (
        _appearance_places(verb, hits)
        + [h for rule in _BESIDE_RULES(lemma) for h in rule(verb, lemma)]
        + places_again_hits(verb, lemma)
    )
    if not found:
        return []
    have = {(t.i) for h in hits if h.predicate == "located_in" for t in h.subjects}
    return [h for h in found if h.subjects and not {t.i for t in h.subjects} <= have]
