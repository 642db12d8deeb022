"""Who really speaks when the grammatical subject of a reporting verb is not a speaker.

News prose often lets a medium or an ordinal stand in the speaker's slot:

* a **medium** ("A statement from the ministry said", "a video released by the group shows",
  "according to a report in the Daily Star", "its statement said", "a ministry statement
  said"): the speaker is whoever issued it; "the statement said" takes up the statement
  mentioned before ("X said in a statement", "X released a video"); with nobody named the
  medium stays as the anonymous description;
* an **ordinal** ("Two officials spoke ... The second, a western official, said"): the
  appositive describes the speaker; without one, the group listed before gives the head noun
  ("the second official").

A **place** as speaker ("Kestovia said") is left as written: a country speaking is its
government by metonymy, and "Kestovia", "the Kestovian military" and "Kestovia's Defence
Ministry" are distinct sources under one government (the seed's reading); nothing here
turns one into another.

The functions take and return tokens of the parse so that both the attribution pass and the
claims stage can ask them; they never invent a speaker the text does not name.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from dateline.nlp.attribution_cues import CUE_VERBS
from dateline.nlp.attribution_index import active_index
from dateline.nlp.attribution_nouns import GROUP_NOUNS, ORG_NOUNS, PERSON_NOUNS, PRONOUNS

MEDIUM_NOUNS = frozenset(
    {
        "statement",
        "communique",
        "communiqué",
        "announcement",
        "release",
        "video",
        "clip",
        "footage",
        "recording",
        "audio",
        "tape",
        "message",
        "speech",
        "sermon",
        "broadcast",
        "post",
        "posting",
        "tweet",
        "letter",
        "email",
        "account",
        "report",
        "article",
        "bulletin",
        "notice",
        "document",
        "transcript",
        # published profiles and tallies speak for their publisher ("according to a
        # biography published by the group", "a list released by the health ministry")
        "biography",
        "profile",
        "obituary",
        "list",
        "tally",
    }
)
ORDINALS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "other", "latter", "former"}
)
# Verbs whose subject issues the medium they take as object ("the group released a video").
_ISSUE_VERBS = frozenset(
    {
        "issue",
        "release",
        "publish",
        "post",
        "put",
        "send",
        "circulate",
        "distribute",
        "broadcast",
        "air",
        "upload",
        "give",
        "make",
        "deliver",
        "file",
        "write",
        "tweet",
    }
)
# Compound modifiers that say what kind of medium it is, not who issued it.
_KIND_WORDS = frozenset(
    {"news", "press", "video", "audio", "media", "joint", "written", "official", "wire", "radio"}
)
_TIME_WORDS = frozenset(
    {
        "morning",
        "evening",
        "night",
        "afternoon",
        "day",
        "week",
        "month",
        "year",
        "today",
        "yesterday",
    }
)
# Places a medium is posted on: their owner issued it.
_OUTLETS = frozenset(
    {
        "channel",
        "website",
        "site",
        "account",
        "page",
        "feed",
        "outlet",
        "agency",
        "platform",
        "newspaper",
    }
)
# "Two officials ... and one said": a bare count taken from the group listed before.
COUNTING = frozenset({"one", "another"})
_REPORTING = CUE_VERBS | {"say", "tell", "add", "state", "announce", "claim", "write"}


# A document's heading naming its author: "Statement of the family of X (translation)",
# "Translation of a statement issued by the Y group, <date>", "COMMUNIQUE No. 3 OF THE Z".
STATEMENT_HEADING_RE = re.compile(
    r"^\s*(?:(?:unofficial |full |english )?(?:translation|text) of )?(?:an? |the )?"
    r"(?:joint |full |final )?(?:statement|communiqu[e\u00e9]|declaration|press release|open letter)"
    # a numbered series ("Communique No. 3 of the Committee", "Statement number 12 by")
    r"(?: (?:no\.?|number|n[o\u00b0]\.?|#) ?\d+)?"
    r" (?:of|by|from|issued by|released by|published by) "
    r"(?:the )?(?P<who>[^,(\n]{2,80}?)\s*(?:\(|,|$|\s+on\s+(?:the\s+)?(?-i:[a-z]))",
    re.I,
)


def is_medium(token: Token) -> bool:
    """A noun for something said or shown rather than someone saying it."""
    if token.pos_ != "NOUN" and not (token.pos_ == "PROPN" and token.is_sent_start):
        return False  # "The Post", "the Daily Report": a newspaper's name speaks for itself
    if token.text[:1].isupper() and not token.is_sent_start:
        return False
    return token.lemma_.lower() in MEDIUM_NOUNS


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _plausible_issuer(token: Token) -> bool:
    if token.lower_ in PRONOUNS or token.tag_ in {"PRP", "PRP$"}:
        return token.lower_ not in {"him", "her", "them", "me", "us"} or token.dep_ == "pobj"
    if token.ent_type_ in {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY"}:
        return False
    if token.lower_ in _TIME_WORDS or is_medium(token):
        return False
    if token.pos_ == "PROPN" or token.ent_type_ in {"ORG", "PERSON", "GPE", "NORP"}:
        return True
    lemma = token.lemma_.lower()
    return lemma in PERSON_NOUNS or lemma in ORG_NOUNS or lemma in GROUP_NOUNS


def _named_in(name_token: Token) -> Token | None:
    """ "in the name of its spokesman": the person named."""
    return _issuer_after_of(name_token)


def _issuer_after_of(noun: Token) -> Token | None:
    """The plausible issuer in the noun's own "of" phrase ("the name of X", "the arm of X")."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            obj = _pobj(prep)
            if obj is not None and _plausible_issuer(obj):
                return obj
    return None


# Parts of a body that speak for it: "the media arm of X", "the press office of X".
_PART_NOUNS = frozenset({"arm", "wing", "office", "bureau", "department", "service", "unit"})


def _owner(issuer: Token) -> Token:
    """ "the media arm of the group": the group whose arm issued it (else ``issuer``)."""
    if issuer.lemma_.lower() not in _PART_NOUNS:
        return issuer
    return _issuer_after_of(issuer) or issuer


def issuer_of(medium: Token) -> Token | None:
    """The token naming who issued ``medium`` within its own noun phrase, if the text says.

    "a statement from/by X", "a report in the Daily Star", "a video released/posted by X",
    "a statement issued in the name of X", "X's statement", "its statement", "a ministry
    statement", "an army statement".
    """
    if not is_medium(medium):
        return None
    for child in medium.children:
        if child.dep_ == "prep" and child.lower_ in {"from", "by", "of"}:
            obj = _pobj(child)
            if obj is not None and _plausible_issuer(obj):
                if (
                    child.lower_ == "of"
                    and obj.pos_ != "PROPN"
                    and obj.lemma_.lower() not in (ORG_NOUNS | GROUP_NOUNS)
                ):
                    continue  # "a video of the prisoner" shows, not speaks
                return obj
        if child.dep_ == "prep" and child.lower_ == "in":
            obj = _pobj(child)
            if obj is None:
                continue
            if obj.lower_ == "name":
                named = _named_in(obj)
                if named is not None:
                    return named
            if obj.pos_ == "PROPN" and obj.ent_type_ not in {"GPE", "LOC", "DATE"}:
                return obj  # "a report in the Argus Leader": the paper's report
        if child.dep_ in {"acl", "relcl"} and child.pos_ == "VERB":
            for grand in child.children:
                if grand.dep_ == "agent":
                    obj = _pobj(grand)
                    if obj is not None and _owner(obj) is not obj:
                        return _owner(obj)  # "released by the media arm of X"
                    if obj is not None and _plausible_issuer(obj):
                        return obj
                if grand.dep_ == "prep" and grand.lower_ in {"in", "on", "through", "via"}:
                    obj = _pobj(grand)
                    if obj is not None and obj.lower_ == "name":
                        named = _named_in(obj)
                        if named is not None:
                            return named
                    if obj is not None and obj.lemma_.lower() in _OUTLETS:
                        # "posted on its channels", "published on the ministry's website"
                        owner = next((c for c in obj.children if c.dep_ == "poss"), None)
                        if owner is not None:
                            return owner
    for child in medium.children:
        if child.dep_ == "poss" and child.i < medium.i:
            return child
    for child in medium.children:
        if (
            child.dep_ == "compound"
            and child.i < medium.i
            and child.lower_ not in _KIND_WORDS
            and _plausible_issuer(child)
        ):
            return child
    return None


def _paragraph_start(doc: Doc, i: int, back: int) -> int:
    """The first token of the paragraph ``back`` paragraphs before token ``i``'s."""
    seen = 0
    j = i
    while j > 0:
        if "\n\n" in doc[j - 1].text_with_ws or doc[j - 1].is_space and "\n" in doc[j - 1].text:
            seen += 1
            if seen > back:
                return j
        j -= 1
    return 0


_ISSUING_VERBS = frozenset(
    {"issue", "release", "publish", "post", "send", "circulate", "distribute", "broadcast", "air"}
)


def framing_subject(medium: Token) -> Token | None:
    """ "He marked the day with a speech calling for P", "She responded in a letter saying
    P": the medium is the object of "with"/"in"/"through" under a verb whose subject made it;
    "The brigade issued a statement denying P": the object of a verb of issuing."""
    if medium.dep_ == "dobj" and medium.head.lemma_.lower() in _ISSUING_VERBS:
        verb = medium.head
    elif medium.dep_ != "pobj" or medium.head.lower_ not in {"with", "in", "through", "via"}:
        return None
    else:
        verb = medium.head.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and _plausible_issuer(subj) else None


def earlier_issuer(medium: Token, *, paragraphs: int = 3) -> Token | None:
    """Who issued the medium that a definite "the statement" / "the video" takes up.

    Looks back (this and up to ``paragraphs`` paragraphs before) for the same noun: "X said
    in a statement", "X released a video", "a statement from X"; for "the account" also the
    latest person or group who told one ("X told the paper ..."). Nearest first.
    """
    doc = medium.doc
    lemma = medium.lemma_.lower()
    lo = _paragraph_start(doc, medium.i, paragraphs)
    found = _issuer_back(medium, lo, {lemma})
    if found is None and lemma in _WRITTEN:
        # "X announced in a post on its Telegram channel ... The statement said": one
        # written text, named by another word
        found = _issuer_back(medium, lo, _WRITTEN)
    if found is not None:
        return found
    if lemma in {"account", "version", "story", "testimony", "description"}:
        for i in range(medium.i - 1, lo - 1, -1):
            tok = doc[i]
            if (
                tok.dep_ == "nsubj"
                and tok.head.lemma_.lower() in _REPORTING
                and _plausible_issuer(tok)
                and not is_medium(tok)
            ):
                return tok  # "X told the paper ... the account"
    return None


# Written texts a later "the statement" / "the communique" may take up under another name.
_WRITTEN = frozenset(
    {
        "statement",
        "communique",
        "communiqué",
        "announcement",
        "release",
        "post",
        "posting",
        "message",
        "letter",
        "bulletin",
        "notice",
        "declaration",
    }
)


def _issuer_back(medium: Token, lo: int, lemmas: set[str] | frozenset[str]) -> Token | None:
    """The issuer of the nearest earlier medium named by one of ``lemmas`` (see
    :func:`earlier_issuer`)."""
    doc = medium.doc
    for i in range(medium.i - 1, lo - 1, -1):
        tok = doc[i]
        if tok.lemma_.lower() not in lemmas or not is_medium(tok):
            continue
        found = issuer_of(tok)
        if found is not None:
            return found
        if tok.dep_ == "pobj" and tok.head.lower_ in {"in", "through", "via", "on"}:
            verb = tok.head.head
            if verb.lemma_.lower() in _REPORTING or verb.pos_ == "VERB":
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if subj is not None and _plausible_issuer(subj):
                    return subj  # "X said in a statement"
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _ISSUE_VERBS:
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if subj is not None and _plausible_issuer(subj):
                return subj  # "X released a video"
        if tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in _ISSUE_VERBS:
            for c in tok.head.children:
                if c.dep_ == "agent":
                    obj = _pobj(c)
                    if obj is not None and _plausible_issuer(obj):
                        return obj  # "a video was released by X"
    return None


def ordinal_apposition(head: Token) -> Token | None:
    """ "The second, a western official, said": the appositive that says who the ordinal is."""
    if head.lower_ not in ORDINALS:
        return None
    return next(
        (
            c
            for c in head.children
            if c.dep_ == "appos" and c.pos_ in {"NOUN", "PROPN"} and not _names_the_claim(c)
        ),
        None,
    )


# What a trailing ", a claim X denied" calls what was said (the parser may hang it on the
# speaker: "A third said P, a claim the police denied"): no description of the speaker.
_CLAIM_WORDS = frozenset({"claim", "allegation", "accusation", "assertion", "account", "report"})


def _names_the_claim(appos: Token) -> bool:
    return appos.lemma_.lower() in _CLAIM_WORDS and any(c.dep_ == "relcl" for c in appos.children)


def ordinal_group(head: Token, *, paragraphs: int = 2) -> Token | None:
    """ "Two officials ... The second said": the plural noun the ordinal counts through.

    Only a bare ordinal (no noun of its own) counts: "the second official" already names.
    """
    if head.lower_ not in ORDINALS | COUNTING or head.pos_ not in {"ADJ", "NOUN", "NUM", "PRON"}:
        return None
    if any(c.dep_ in {"prep", "appos"} and not _names_the_claim(c) for c in head.children):
        return None
    doc = head.doc
    lo = _paragraph_start(doc, head.i, paragraphs)
    for i in range(head.i - 1, lo - 1, -1):
        tok = doc[i]
        if tok.tag_ != "NNS" or tok.pos_ != "NOUN":
            continue
        counted = any(
            c.dep_ == "nummod" or c.lower_ in {"both", "two", "several", "three"}
            for c in tok.children
        )
        lemma = tok.lemma_.lower()
        if counted and (lemma in PERSON_NOUNS or lemma in GROUP_NOUNS or lemma in ORG_NOUNS):
            return tok
    return None


def ordinal_description(head: Token) -> str | None:
    """ "the second official" for a bare "The second" after "Two officials"; "one
    official" for "... and one said"."""
    group = ordinal_group(head)
    if group is None:
        return None
    if head.lower_ in COUNTING:
        return f"{head.lower_} {group.lemma_.lower()}"
    return f"the {head.lower_} {group.lemma_.lower()}"


def speaker_token(token: Token) -> Token:
    """The token that names who really speaks when ``token`` (a reporting verb's subject) is
    a medium or an ordinal: the issuer ("a statement from X" → X; "the statement" → the X
    of an earlier "X said in a statement"), the appositive ("The second, a western
    official,"); else ``token`` itself. Places stay as written."""
    if is_medium(token):
        found = issuer_of(token) or framing_subject(token)
        if found is None and any(
            c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children
        ):
            found = earlier_issuer(token)
        if found is not None and found.dep_ == "compound" and found.pos_ != "PROPN":
            return token  # "a ministry statement": the caller finds the ministry named before
        return found if found is not None and found.i != token.i else token
    appos = ordinal_apposition(token)
    return appos if appos is not None else token


# Who speaks in a recording whose speaker the text does not vouch for.
VOICE_NOUNS = frozenset({"man", "woman", "voice", "speaker", "narrator", "figure", "person"})
RECORDED_MEDIA = frozenset(
    {"recording", "video", "clip", "footage", "audio", "tape", "message", "broadcast", "sermon"}
)


def purported_speaker(tokens: Span) -> str | None:
    """ "the man on the recording", "the voice in the video": news names a recording's
    speaker by what is heard when it does not vouch for who it is. The description up to
    the medium ("the man on the recording"), or None. Such a speaker stays anonymous and is
    never linked to the person the recording is said to be from (the purported-speaker
    caveat: "purportedly X")."""
    doc = tokens.doc
    tables = active_index(doc)
    if tables is not None:  # (most mentions hold no voice noun: tell so from the tables)
        lemma, pos = tables.lemma, tables.pos
        if not any(
            lemma[i] in VOICE_NOUNS and pos[i] == "NOUN" for i in range(tokens.start, tokens.end)
        ):
            return None
    for tok in tokens:
        if tok.lemma_.lower() not in VOICE_NOUNS or tok.pos_ != "NOUN":
            continue
        j = tok.i + 1
        if j + 1 >= len(doc) or doc[j].lower_ not in {"on", "in"}:
            continue
        k = j + 1
        while k < len(doc) and k < j + 4 and doc[k].lemma_.lower() not in RECORDED_MEDIA:
            if doc[k].pos_ not in {"DET", "ADJ", "NUM", "PROPN"} and doc[k].tag_ != "POS":
                break
            k += 1
        if k >= len(doc) or doc[k].lemma_.lower() not in RECORDED_MEDIA:
            continue
        first = tok.i
        while first > tokens.start and doc[first - 1].pos_ in {"DET", "ADJ"}:
            first -= 1
        words = doc[first : k + 1].text
        return words[:1].lower() + words[1:] if doc[first].pos_ == "DET" else words
    return None


__all__ = [
    "COUNTING",
    "STATEMENT_HEADING_RE",
    "RECORDED_MEDIA",
    "VOICE_NOUNS",
    "purported_speaker",
    "MEDIUM_NOUNS",
    "ORDINALS",
    "earlier_issuer",
    "framing_subject",
    "is_medium",
    "issuer_of",
    "ordinal_apposition",
    "ordinal_description",
    "ordinal_group",
    "speaker_token",
]
