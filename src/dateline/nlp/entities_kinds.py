"""Repairing the kinds the model gives names (person, org, gpe), by rule, never by name.

* a surname alone or an Arabic-style ``al-`` name tagged ORG/GPE after the full name appeared
  as a PERSON (or right after a person's role noun) is that person; so is a name opening with
  a kunya (``Abu``/``Umm``) or in apposition to a noun only people are;
* a PERSON span that is a dateline place, a single word after a place preposition, or a
  name written elsewhere as an organisation (``the X``, ``X movement``) is not a person.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from dateline.nlp.entities_doc import NameSpan, full_text
from dateline.nlp.entities_gender import gender_of_given_name
from dateline.nlp.entities_lexicon import (
    ARABIC_PARTICLES,
    ORG_PART_NOUNS,
    PERSON_NOUNS,
    PLACE_HEADS,
    PLACE_PREPS,
    ROLE_NOUNS,
    match_key,
)


def retag_persons(doc: Doc, spans: list[NameSpan]) -> None:
    """ORG/GPE spans that are a known person's surname, or ``al-X`` after a person noun;
    any name opening with a kunya (``Abu Anas al-X``, ``Umm Y``), which only people bear.
    What the text shows of one span holds for the other spans of the same name."""
    evidenced: set[str] = set()
    for s in spans:
        if s.kind != "person" and s.end - s.start >= 2 and _opens_with_kunya(doc, s):
            s.kind = "person"
            evidenced.add(match_key(doc[s.start : s.end].text))
    surnames = set()
    full_names = set()
    for s in spans:
        if s.kind == "person":
            words = match_key(doc[s.start : s.end].text).split()
            if len(words) >= 2:
                surnames.add(words[-1])
                full_names.add(" ".join(words))
    for s in spans:
        if s.kind == "person":
            continue
        if match_key(doc[s.start : s.end].text) in full_names and gender_of_given_name(doc[s.start].text):
            s.kind = "person"  # "Yasser Nouri" tagged LOC in the headline, PERSON in the text
            continue
        span = doc[s.start : s.end]
        key = match_key(span.text)
        if doc[s.end - 1].lower_ in PLACE_HEADS or doc[s.end - 1].lower_ in ORG_PART_NOUNS:
            continue
        if key in surnames and len(key.split()) == 1:
            s.kind = "person"
            continue
        prev = doc[s.start - 1] if s.start > 0 else None
        if _arabic_article(span) and prev is not None and prev.lower_ in ROLE_NOUNS:
            s.kind = "person"
            s.role_noun = prev.lower_
            evidenced.add(key)
        elif _beside_person_noun(span):
            s.kind = "person"  # "his colleague, Femi Adeyemi": a name in apposition to a person noun
            evidenced.add(key)
    _spread_person_evidence(doc, spans, evidenced)


def _spread_person_evidence(doc: Doc, spans: list[NameSpan], evidenced: set[str]) -> None:
    """"Nassar, a former field commander" makes every "Nassar" a person, and "Karim Nassar"
    too when it opens with a given name (the model often tags one name three ways)."""
    if not evidenced:
        return
    for s in spans:
        if s.kind == "person":
            continue
        words = match_key(doc[s.start : s.end].text).split()
        if " ".join(words) in evidenced or (
            2 <= len(words) <= 3
            and words[-1] in evidenced
            and all(t.pos_ == "PROPN" for t in doc[s.start : s.end])
            and gender_of_given_name(doc[s.start].text) is not None
        ):
            s.kind = "person"


def _beside_person_noun(span: Span) -> bool:
    """The name stands in apposition to a noun that only people are ("his colleague, X",
    "X, a driver for the charity")."""
    root = span.root
    if root.dep_ == "appos" and root.head.lemma_.lower() in PERSON_NOUNS and root.head.pos_ == "NOUN":
        return True
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in PERSON_NOUNS for c in root.children)


KUNYA = frozenset({"abu", "abou", "umm", "om"})


def _opens_with_kunya(doc: Doc, s: NameSpan) -> bool:
    """``Abu``/``Umm`` + a capitalised name, not the name of a place or group built on one
    (``Abu Ghraib prison``, ``the Abu Nidal Organisation``)."""
    first, second = doc[s.start], doc[s.start + 1]
    heads = {doc[s.end - 1].lower_, doc[s.end].lower_ if s.end < len(doc) else ""}
    return (
        first.lower_ in KUNYA
        and second.text[:1].isupper()
        and not heads & (PLACE_HEADS | ORG_PART_NOUNS)
        and not (s.start > 0 and doc[s.start - 1].lower_ == "the")
    )


def retag_non_persons(doc: Doc, spans: list[NameSpan]) -> None:
    """PERSON spans that are not people: a dateline place ("JUBA (Reuters) —"), a single
    word after a place preposition ("near Qaim"), or part of an organisation's name tagged
    ORG elsewhere ("Rising Dawn" / "Dawn")."""
    org_words: dict[str, int] = {}
    for s in spans:
        if s.kind == "org":
            for w in match_key(doc[s.start : s.end].text).split():
                org_words[w] = org_words.get(w, 0) + 1
    org_keys = {match_key(doc[s.start : s.end].text) for s in spans if s.kind == "org"}
    surnames = {
        match_key(doc[s.start : s.end].text).split()[-1]
        for s in spans
        if s.kind == "person" and len(match_key(doc[s.start : s.end].text).split()) >= 2
    }
    # A name written "the X" or "X movement/group" anywhere is an organisation everywhere.
    text = full_text(doc)
    for name in {doc[s.start : s.end].text for s in spans if s.kind == "person"}:
        if _org_written(name, text):
            org_keys.add(match_key(name))
    for s in spans:
        if s.kind not in {"person", "gpe"}:
            continue
        prev, nxt_tok = (doc[s.start - 1] if s.start else None), (doc[s.end] if s.end < len(doc) else None)
        parenthesised = prev is not None and nxt_tok is not None and prev.text == "(" and nxt_tok.text == ")"
        if parenthesised and (s.kind == "person" or _dash_after(doc, s.end + 1)):
            s.kind = "org"  # "(Nile Monitor) —": the outlet's dateline
            org_keys.add(match_key(doc[s.start : s.end].text))  # and "told Nile Monitor" later
    labels = _roundup_labels(doc, spans)
    for s in spans:
        if s.kind != "person":
            continue
        span = doc[s.start : s.end]
        key = match_key(span.text)
        if s.start in labels:
            s.kind = "gpe"  # "Kestria: Poet X was detained ...": a round-up's place label
            continue
        nxt = doc[s.end] if s.end < len(doc) else None
        if span.text.isupper() and len(span.text) > 2 and nxt is not None and nxt.text == "(":
            s.kind = "gpe"
        elif key in org_keys or (key and all(w in org_words for w in key.split())):
            s.kind = "org"
        elif (
            len(span) == 1
            and span[0].dep_ == "pobj"
            and span[0].head.lower_ in PLACE_PREPS | {"for"}
            and key not in surnames
        ) or len(span) == 1 and key not in surnames and _place_by_position(span[0]):
            s.kind = "gpe"
        elif key not in surnames and s.title is None and s.role_noun is None and _owns_its(doc, s):
            s.kind = "org"


def _dash_after(doc: Doc, i: int) -> bool:
    """"(Reuters) —": the dash that closes a dateline."""
    return i < len(doc) and doc[i].text in {"—", "–", "-", "--"}


def _roundup_labels(doc: Doc, spans: list[NameSpan]) -> set[int]:
    """Starts of names that open a paragraph followed by a colon ("Kestria: ..."), when two
    or more paragraphs of the body open so: a round-up's place labels, not speakers."""
    starts = set()
    for s in spans:
        if s.start == 0 or s.end >= len(doc) or doc[s.end].text != ":":
            continue
        if gender_of_given_name(doc[s.start].text) is not None:
            continue  # "Elizabeth A. Burton: possession of ...": a list of people
        before = doc[s.start - 1]
        if "\n" in before.text_with_ws or before.is_space:
            starts.add(s.start)
    return starts if len(starts) >= 2 else set()


MOTION_VERBS = frozenset(
    ["fly", "take", "move", "transfer", "return", "flee", "travel", "drive", "go", "come", "head", "send", "deport", "evacuate", "bring", "airlift", "escort", "smuggle"]
)


def _place_by_position(tok: Token) -> bool:
    """"between Mopti and Djenne" (joined to a place), "was flown to Gao" (where a motion
    verb goes to or comes from)."""
    if tok.dep_ == "conj" and tok.head.ent_type_ in {"GPE", "LOC"}:
        return True
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ in {"to", "from"}
        and tok.head.head.lemma_.lower() in MOTION_VERBS
    )


def _owns_its(doc: Doc, s: NameSpan) -> bool:
    """"Rising Dawn has named X as its new leader": a name whose own clause says "its" is an
    organisation (a person would say "his" or "her"); never one opening with a given name."""
    root = doc[s.start : s.end].root
    if root.dep_ not in {"nsubj", "nsubjpass"} or gender_of_given_name(doc[s.start].text) is not None:
        return False
    verb = root.head
    for tok in verb.subtree:
        if tok.lower_ != "its" or tok.i < s.end:
            continue
        clause = tok.head
        while clause.i != verb.i and clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
            clause = clause.head
        if clause.i == verb.i:
            return True
    return False


_ORG_PART_AFTER = re.compile(
    "(?i:" + "|".join(sorted(ORG_PART_NOUNS | {"media", "forces", "army", "front", "shield"})) + r")\b"
)


def _org_written(name: str, text: str) -> bool:
    """``the X`` or ``X movement/group/...`` somewhere in ``text``.

    The same test as ``\\b[Tt]he X\\b|\\bX (?i:nouns)\\b``, without compiling the noun
    alternation anew for every name: every place ``X `` starts (overlaps included) is tried.
    """
    escaped = re.escape(name)
    if re.search(rf"\b[Tt]he {escaped}\b", text):
        return True
    after = len(name) + 1
    return any(
        _ORG_PART_AFTER.match(text, m.start() + after)
        for m in re.finditer(rf"\b(?={escaped} )", text)
    )


def _arabic_article(span: Span) -> bool:
    first = span[0].lower_
    return first in ARABIC_PARTICLES and len(span) > 1 and span[1].text == "-" or bool(
        re.match(r"(al|el|ad|ash|as|at|az|ar)-\w", first)
    )
