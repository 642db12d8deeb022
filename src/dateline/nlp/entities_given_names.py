"""Given names coordinated with people (issue 6, subjects): one capitalised word joined by
"and" to a person's name or to a relative ("Nour and her husband Sami were arrested", "his
two daughters, Lina and Rima", "Ines and Tomas, both students") names a person, however the
model tagged it (a product, a place, an organisation, nothing).

A family story names its people by their given names; the model often knows only some of
them, and a relative or a name beside the word is the reader's evidence that it is another.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.nlp.attribution_index import tables_of
from dateline.nlp.entities_doc import NameSpan
from dateline.nlp.entities_gender import gender_of_given_name
from dateline.nlp.entities_kinds import NON_PERSON_HEADS
from dateline.nlp.places_known import known_place_name

# Nouns for relatives, singular and plural: "her husband", "his two daughters".
KIN_NOUNS = frozenset(
    """husband wife son daughter brother sister mother father cousin nephew niece uncle aunt
    grandson granddaughter grandmother grandfather fiance fiancee partner sons daughters
    brothers sisters cousins children""".split()  # noqa: SIM905
)


def _lone_word(doc: Doc, tok: Token) -> bool:
    """A single capitalised alphabetic word, no proper noun on either side (a given name, not
    a part of a longer name)."""
    text = tok.text
    if not (text[:1].isupper() and text.isalpha() and not text.isupper() and len(text) > 1):
        return False
    before = doc[tok.i - 1] if tok.i > 0 else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return not (
        before is not None and before.pos_ == "PROPN" or after is not None and after.pos_ == "PROPN"
    )


def _owned_kin(tok: Token) -> bool:
    """ "her husband", "his two daughters": a relative noun with an owner."""
    return tok.lower_ in KIN_NOUNS and any(c.dep_ == "poss" for c in tok.children)


def given_names_beside_people(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """Lone capitalised words coordinated with a person's name or an owned relative noun:
    a person when the name list knows the word as a given name, or, beside a relative ("Nour
    and her husband"), whenever it is no known place. The model's own span over the word
    gives way; returns the new spans."""
    person_at = {i for s in spans if s.kind == "person" for i in range(s.start, s.end)}
    out: list[NameSpan] = []
    tables = tables_of(doc)  # (the coordinated words from the tables: most words are in none)
    dep, head = tables.dep, tables.head
    coordinated = {i for i, d in enumerate(dep) if d == "conj"}
    for tok in [doc[i] for i in sorted(coordinated | {head[i] for i in coordinated})]:
        if tok.i in person_at or tok.pos_ not in {"PROPN", "NOUN"} or not _lone_word(doc, tok):
            continue
        partners = [t for t in tok.conjuncts if t.i != tok.i]
        # "Ines and Tomas", "his daughters, Lina and Rima": a person beside it
        beside_kin = any(_owned_kin(t) for t in partners)
        beside_name = any(t.i in person_at for t in partners)
        if not (beside_kin or beside_name):
            continue
        known = gender_of_given_name(tok.text) is not None
        if not known and not (beside_kin and not known_place_name(tok.text)):
            continue
        if known and known_place_name(tok.text) and not beside_kin:
            continue  # "Sami and Jordan": a place beside a name is a place
        for s in spans:
            if s.start <= tok.i < s.end:
                s.end = s.start  # the model's other kind gives way
        span = NameSpan(tok.i, tok.i + 1, "person")
        span.evidenced = True  # (its other mentions follow: "Karim was freed")
        out.append(span)
        person_at.add(tok.i)
    spans[:] = [s for s in spans if s.end > s.start]
    named = {doc[s.start].text for s in out}
    for s in spans:
        # what the coordination shows holds for the word's other mentions ("Karim was freed")
        if s.kind != "person" and s.end - s.start == 1 and doc[s.start].text in named:
            s.kind = "person"
    return out


def _plain_given_name(tok: Token) -> bool:
    """A capitalised word the name list knows as a given name and the gazetteer not as a place."""
    text = tok.text
    return (
        text.isalpha()
        and text.istitle()
        and gender_of_given_name(text) is not None
        and not known_place_name(text)
    )


def given_names_sharing_a_surname(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """ "Lina and Petra Sokol were arrested": two given names joined by "and" before one
    capitalised surname are two people of that surname (news writes a family's surname once),
    however the model typed the words (a nationality, an organisation, a place, nothing); the
    grouping pass gives the first the surname. Both words must be given names the name list
    knows and no place; the surname no place, body or outlet word ("Jack and Jill Foundation"),
    and no name runs on before or after. The model's other spans over the words give way;
    returns the new spans."""
    person_at = {i for s in spans if s.kind == "person" for i in range(s.start, s.end)}
    out: list[NameSpan] = []
    lower = tables_of(doc).lower
    for i in [i for i, w in enumerate(lower) if w == "and" and 0 < i < len(doc) - 2]:
        first, second, surname = doc[i - 1], doc[i + 1], doc[i + 2]
        if first.i in person_at and second.i in person_at:
            continue  # the model knew both already
        if not (_plain_given_name(first) and _plain_given_name(second)):
            continue
        if not (surname.pos_ == "PROPN" and surname.text.isalpha() and surname.text.istitle()):
            continue
        if surname.lower_ in NON_PERSON_HEADS:
            continue
        if first.i > 0 and (doc[first.i - 1].pos_ == "PROPN" or doc[first.i - 1].lower_ == "the"):
            continue  # "Ali Hassan and Omar Said": two full names; "the Jack and Jill ..."
        if surname.i + 1 < len(doc) and doc[surname.i + 1].pos_ == "PROPN":
            continue
        window = range(first.i, surname.i + 1)
        overlapping = [s for s in spans if s.start < surname.i + 1 and s.end > first.i]
        if any(s.start < first.i or s.end > surname.i + 1 for s in overlapping):
            continue  # a longer name the words are part of
        for s in overlapping:
            s.end = s.start
        for start, end in ((first.i, first.i + 1), (second.i, surname.i + 1)):
            span = NameSpan(start, end, "person")
            span.evidenced = True
            out.append(span)
        person_at.update(window)
    spans[:] = [s for s in spans if s.end > s.start]
    return out


def given_names_of_named_people(doc: Doc, spans: list[NameSpan]) -> None:
    """ "Market traders said Boubacar Diallo was missing. His brother said that Boubacar was
    alive": a lone word the model typed a place, a body or a nationality that is the given
    name of a person the text named in full before it is that person again (news calls
    people it has named by their given names), unless the gazetteer knows it as a place."""
    given: dict[str, int] = {}
    for s in spans:
        if s.kind == "person" and s.end - s.start >= 2:
            first = doc[s.start].text
            if first.isalpha() and first.istitle():
                given.setdefault(first, s.end)
    for s in spans:
        if s.kind not in {"gpe", "org", "norp", "loc"} or s.end - s.start != 1:
            continue
        tok = doc[s.start]
        named_at = given.get(tok.text)
        if named_at is None or named_at > s.start or not _lone_word(doc, tok):
            continue
        if known_place_name(tok.text):
            continue
        opens = tok.is_sent_start or tok.i > 0 and doc[tok.i - 1].text in {":", '"', "\u201c"}
        if (
            opens
            and tok.i + 2 < len(doc)
            and doc[tok.i + 1].text == ","
            and not doc[tok.i + 2].like_num
        ):
            continue  # "HOST: Tendai, the army said ...": the one spoken to, no mention
        s.kind = "person"
