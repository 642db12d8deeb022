"""Repairing the kinds the model gives names (person, org, gpe), by rule, never by name.

* a surname alone or an Arabic-style ``al-`` name tagged ORG/GPE after the full name appeared
  as a PERSON (or right after a person's role noun) is that person; so is a name opening with
  a kunya (``Abu``/``Umm``) or in apposition to a noun only people are;
* a PERSON span that is a dateline place, a single word after a place preposition, or a
  name written elsewhere as an organisation (``the X``, ``X movement``) is not a person;
  nor is one ending in a body's head word (``X Network``) or opening with a place's first
  word where something happens (``near Santa Cruz``); a name tagged a place that is the
  ``of`` of a person's noun (``the body of X``) or the subject of ``died`` is a person.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from dateline.nlp.entities_doc import NameSpan, full_text, text_between
from dateline.nlp.entities_gender import gender_of_given_name
from dateline.nlp.entities_lexicon import (
    AGE_NOUN,
    ARABIC_PARTICLES,
    BODY_NAME_WORDS,
    GOV_NOUNS,
    MASTHEAD_HEADS,
    ORG_PART_NOUNS,
    OUTLET_HEADS,
    PERSON_NOUNS,
    PLACE_HEADS,
    PLACE_OPENERS,
    PLACE_PREPS,
    ROLE_NOUNS,
    match_key,
)
from dateline.nlp.entities_lexicon import (
    REGNAL as _REGNAL,
)
from dateline.nlp.entities_list_headings import heads_list_item
from dateline.nlp.places_known import known_place_name

# match_key folds a name with several regular expressions and a Unicode normalisation, and
# the passes below ask for the keys of the same few names a dozen times per document: a
# pure function of the string, so its answers are kept (bounded, shared by all documents).
_key = lru_cache(maxsize=4096)(match_key)


def retag_persons(doc: Doc, spans: list[NameSpan]) -> None:
    """ORG/GPE spans that are a known person's surname, or ``al-X`` after a person noun;
    any name opening with a kunya (``Abu Anas al-X``, ``Umm Y``), which only people bear.
    What the text shows of one span holds for the other spans of the same name."""
    evidenced: set[str] = set()
    for s in spans:
        if s.kind != "person" and s.end - s.start >= 2 and _opens_with_kunya(doc, s):
            s.kind = "person"
            evidenced.add(_key(text_between(doc, s.start, s.end)))
    surnames = set()
    full_names = set()
    for s in spans:
        if s.kind == "person":
            words = _key(text_between(doc, s.start, s.end)).split()
            if len(words) >= 2:
                surnames.add(words[-1])
                full_names.add(" ".join(words))
                if _REGNAL.match(words[-1]):
                    surnames.add(words[-2])  # "Patriarch Ignatius IV ... Ignatius had not appeared"
    for s in spans:
        if s.kind == "person":
            if _person_cue(doc, s):
                s.evidenced = True  # "X, 47,": kept a person whatever other spans of the name say
                evidenced.add(_key(text_between(doc, s.start, s.end)))
            continue
        if _key(text_between(doc, s.start, s.end)) in full_names and gender_of_given_name(doc[s.start].text):
            s.kind = "person"  # "Yasser Nouri" tagged LOC in the headline, PERSON in the text
            continue
        span = doc[s.start : s.end]
        key = _key(text_between(doc, s.start, s.end))
        if doc[s.end - 1].lower_ in PLACE_HEADS | ORG_PART_NOUNS | _BODY_HEADS:
            continue  # "Golden Harbour Holdings", whatever person noun the parser hangs on it
        if key in surnames and len(key.split()) == 1:
            s.kind = "person"
            continue
        if _namesake_typed_as_thing(doc, s, key, full_names):
            s.kind = "person"  # "Davlat Nazarov" typed ORG beside "Farrukh Nazarov, his son"
            continue
        prev = doc[s.start - 1] if s.start > 0 else None
        if _person_cue(doc, s) or _given_name_first(doc, s) or _person_by_its_noun(doc, s):
            s.kind = "person"  # "X, 54,", "X, who ...", "X's wife"; "Karin Holm" tagged ORG
            evidenced.add(key)
        elif _arabic_article(span) and prev is not None and prev.lower_ in ROLE_NOUNS:
            s.kind = "person"
            s.role_noun = prev.lower_
            evidenced.add(key)
        elif _beside_person_noun(span):
            s.kind = "person"  # "his colleague, Femi Adeyemi": a name in apposition to a person noun
            evidenced.add(key)
    _spread_person_evidence(doc, spans, evidenced)
    # Names this pass made people ("Jamal Bakri" tagged ORG) lend their surnames too.
    for s in spans:
        if s.kind == "person":
            words = _key(text_between(doc, s.start, s.end)).split()
            if len(words) >= 2:
                surnames.add(words[-1])
                if _REGNAL.match(words[-1]):
                    surnames.add(words[-2])
    for s in spans:
        if s.kind != "person" and s.end - s.start == 1 and _key(doc[s.start].text) in surnames:
            s.kind = "person"
    given = _unique_given_names(doc, spans) - surnames
    for s in spans:
        if s.kind != "person" and s.end - s.start == 1 and _key(doc[s.start].text) in given:
            s.end = s.start  # "Helena is safe" tagged ORG: the given name alone, left to the grouping pass


def _namesake_typed_as_thing(doc: Doc, s: NameSpan, key: str, full_names: set[str]) -> bool:
    """Two capitalised proper nouns ending in the surname of another person the text names in
    full are a relative of that person, whatever the model typed them (a given name it does
    not know, read as a body): not a place or a body's word, never written in lower case."""
    words = key.split()
    if len(words) != 2 or s.end - s.start != 2:
        return False
    if not any(n != key and n.split()[-1] == words[-1] for n in full_names):
        return False
    first, last = doc[s.start], doc[s.start + 1]
    if not all(t.pos_ == "PROPN" and t.text.isalpha() and t.text[:1].isupper() and not t.text.isupper() for t in (first, last)):
        return False
    if {first.lower_, last.lower_} & NON_PERSON_HEADS or known_place_name(first.text):
        return False
    lower = first.lower_
    return not any(t.lower_ == lower and t.text.islower() for t in doc)


def _unique_given_names(doc: Doc, spans: list[NameSpan]) -> set[str]:
    """Keys of the given names that open exactly one person's two- or three-word name."""
    owners: dict[str, set[str]] = {}
    for s in spans:
        words = _key(text_between(doc, s.start, s.end)).split()
        if s.kind == "person" and 2 <= len(words) <= 3 and gender_of_given_name(doc[s.start].text):
            owners.setdefault(words[0], set()).add(" ".join(words))
    return {w for w, names in owners.items() if len(names) == 1}


def _spread_person_evidence(doc: Doc, spans: list[NameSpan], evidenced: set[str]) -> None:
    """"Nassar, a former field commander" makes every "Nassar" a person, and "Karim Nassar"
    too when it opens with a given name (the model often tags one name three ways)."""
    if not evidenced:
        return
    for s in spans:
        if s.kind == "person":
            continue
        words = _key(text_between(doc, s.start, s.end)).split()
        name = [t for t in doc[s.start : s.end] if t.text not in _HYPHENS]
        if " ".join(words) in evidenced or (
            2 <= len(words) <= 3
            and words[-1] in evidenced
            and all(t.pos_ == "PROPN" for t in name)
            and (gender_of_given_name(name[0].text) is not None or not {t.lower_ for t in name} & NON_PERSON_HEADS)
        ):
            s.kind = "person"
    for s in spans:
        if s.kind == "person" and _key(text_between(doc, s.start, s.end)).split()[-1:] in ([w] for w in evidenced):
            s.evidenced = True


_HYPHENS = frozenset({"-", "‐", "‑"})
# Verbs whose passive subject is a person: "X was kidnapped / wounded / detained".
HUMAN_PASSIVES = frozenset(
    ["kidnap", "abduct", "wound", "injure", "detain", "arrest", "jail", "imprison", "sentence", "assassinate",
     "execute", "behead", "torture", "interrogate", "hospitalise", "hospitalize", "acquit", "convict", "indict",
     "extradite", "deport", "kill", "murder", "slay", "stab", "poison", "strangle", "lynch", "neutralise", "neutralize"]
)
_KIN_NOUNS = frozenset(
    ["wife", "husband", "widow", "son", "daughter", "brother", "sister", "mother", "father", "parents",
     "children", "cousin", "nephew", "niece", "uncle", "aunt", "grandson", "granddaughter", "fiancee", "fiance",
     "family", "relatives"]
)
_RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose"})
# Last words that only the names of companies and bodies end in (not "Hall", "Park", "House": surnames).
_BODY_HEADS = frozenset(
    """holdings group company corp corporation inc ltd plc foundation institute fund club fc university
    college academy council committee motors airlines alliance coalition union federation league congress
    lines partners""".split()  # noqa: SIM905
)
# Heads that make a name built on a given name a place or a body ("Victoria Falls", "Ford Foundation").
NON_PERSON_HEADS = PLACE_HEADS | ORG_PART_NOUNS | OUTLET_HEADS | frozenset(
    """island islands lake river mount mountain valley falls bay county state park station line center
    centre foundation institute fund trust bank company corp inc ltd club fc university college academy
    hall tower building house council committee court motors airlines group holdings alliance coalition
    union federation league congress assembly""".split()  # noqa: SIM905
)


def _person_cue(doc: Doc, s: NameSpan) -> bool:
    """What only people have, written next to a name the model took for a group or place:
    an age ("X, 54," / "X, aged 54,"), a "who" relative clause ("X, who works for ..."),
    kin ("X's wife"), being what only people undergo ("X was kidnapped", "police arrested X")."""
    end = s.end
    if age_before(doc, s.start):
        return True  # "five-year-old Aisha", "17-year-old Liam": an age written before a name
    if end + 2 < len(doc) and doc[end].text == ",":
        age = doc[end + 1]
        if age.lower_ == "aged" and end + 2 < len(doc):
            age = doc[end + 2]
        nxt = doc[age.i + 1] if age.i + 1 < len(doc) else None
        if age.text.isdecimal() and 1 <= int(age.text) <= 110 and (nxt is None or nxt.text in {",", ".", ";"}):
            return True
        if doc[end + 1].lower_ in _RELATIVE_PRONOUNS:
            return True
    root = doc[s.start : s.end].root
    if (
        root.dep_ == "nsubjpass"
        and root.head.lemma_.lower() in HUMAN_PASSIVES
        and root.head.tag_ == "VBN"
        and not (end < len(doc) and doc[end].text == ":")  # a round-up's "Syria: A commander ..."
    ):
        return True  # "X had been wounded": places and groups are not
    if (
        root.dep_ == "dobj"
        and root.pos_ == "PROPN"
        and s.end - s.start >= 2
        and root.head.lemma_.lower() in HUMAN_PASSIVES - {"neutralise", "neutralize"}
        and root.head.tag_ in {"VBD", "VBZ", "VBP", "VBG"}
    ):
        return True  # "Gunmen kidnapped X outside his home": the active of the same verbs
    return end + 1 < len(doc) and doc[end].text in {"'s", "’s"} and doc[end + 1].lower_ in _KIN_NOUNS


def age_before(doc: Doc, start: int) -> bool:
    """The name follows "N-year-old" ("five-year-old X"), a person's age, not after an article
    ("the 500-year-old X" may be a building)."""
    if start < 4 or doc[start - 1].lower_ != "old" or doc[start - 2].text != "-":
        return False
    if doc[start - 3].lower_ not in {"year", "years"} or doc[start - 4].text != "-":
        return False
    first = start - 5
    return first >= 0 and doc[first].like_num and (first == 0 or doc[first - 1].lower_ not in {"the", "a", "an"})


# Nouns whose "of" is a person ("the body of X", "relatives of X", "the abduction of X") and
# verbs only people are the subject of ("X died"): a two- or three-word name there is a person.
_OF_PERSON_NOUNS = frozenset(
    """body bodies relative relatives family funeral widow killing murder abduction kidnapping
    disappearance assassination""".split()  # noqa: SIM905
)
_DYING_VERBS = frozenset({"die", "drown", "weep"})


def _person_by_its_noun(doc: Doc, s: NameSpan) -> bool:
    """"The body of Lwazi X was found", "X died on Monday": a name of two or three capitalised
    words the model took for a place or a body, with no word of a place's or a body's name,
    that is the "of" of a noun only people have, or the subject of "died", is a person."""
    words = doc[s.start : s.end]
    if not 2 <= len(words) <= 3 or not all(t.text[:1].isupper() and t.text.isalpha() and not t.text.isupper() for t in words):
        return False
    if {t.lower_ for t in words} & (NON_PERSON_HEADS | BODY_NAME_WORDS) or words[0].lower_ in PLACE_OPENERS:
        return False
    if s.start > 0 and doc[s.start - 1].lower_ == "the":
        return False
    root = words.root
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in _DYING_VERBS:
        return True
    return (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.lower_ in _OF_PERSON_NOUNS
        and not _org_written(text_between(doc, s.start, s.end), full_text(doc))
    )


def _given_name_first(doc: Doc, s: NameSpan) -> bool:
    """Two or three capitalised words opening with a plainly gendered given name ("Karin
    Holm", "Anne-Marie Dubois") and naming no place or body: a person, whatever the model
    said."""
    words = [t for t in doc[s.start : s.end] if t.text not in _HYPHENS]
    if not 2 <= len(words) <= 3 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.text.isalpha() for t in words):
        return False
    if any(t.text.isupper() for t in words) or words[0].lower_ in ARABIC_PARTICLES | KUNYA | PLACE_OPENERS - {"sidi"}:
        return False  # ("Santa Lucia", "Kota Bharu": the list knows "Santa", "Kota" as given names; "Sidi" is one)
    after = doc[s.end].lower_ if s.end < len(doc) else ""
    if {t.lower_ for t in words} & NON_PERSON_HEADS or after in NON_PERSON_HEADS:
        return False
    if s.start > 0 and doc[s.start - 1].lower_ == "the":
        return False
    if gender_of_given_name(words[0].text) is None:
        return False
    return not _org_written(text_between(doc, s.start, s.end), full_text(doc))


# Nouns of people by age the person nouns leave out ("two girls, Amina and Zainab,")
_YOUNG_PEOPLE = frozenset({"girl", "boy", "child", "teenager", "baby", "toddler"})


def _beside_person_noun(span: Span) -> bool:
    """The name stands in apposition to a noun that only people are ("his colleague, X",
    "X, a driver for the charity")."""
    root = span.root
    while root.dep_ == "conj" and root.head.pos_ == "PROPN" and root.head.i < root.i:
        root = root.head  # "Two girls, Amina and Zainab,": each name of a listed apposition
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and (
        root.head.lemma_.lower() in PERSON_NOUNS or root.head.lemma_.lower() in _YOUNG_PEOPLE
    ):
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
            for w in _key(text_between(doc, s.start, s.end)).split():
                org_words[w] = org_words.get(w, 0) + 1
    org_keys = {_key(text_between(doc, s.start, s.end)) for s in spans if s.kind == "org"}
    surnames = {
        _key(text_between(doc, s.start, s.end)).split()[-1]
        for s in spans
        if s.kind == "person" and len(_key(text_between(doc, s.start, s.end)).split()) >= 2
    }
    # A name written "the X" or "X movement/group" anywhere is an organisation everywhere.
    text = full_text(doc)
    for name in {text_between(doc, s.start, s.end) for s in spans if s.kind == "person"}:
        if _org_written(name, text):
            org_keys.add(_key(name))
    for s in spans:
        if s.kind not in {"person", "gpe"}:
            continue
        prev, nxt_tok = (doc[s.start - 1] if s.start else None), (doc[s.end] if s.end < len(doc) else None)
        parenthesised = prev is not None and nxt_tok is not None and prev.text == "(" and nxt_tok.text == ")"
        if parenthesised and (s.kind == "person" or _dash_after(doc, s.end + 1)):
            s.kind = "org"  # "(Nile Monitor) —": the outlet's dateline
            org_keys.add(_key(text_between(doc, s.start, s.end)))  # and "told Nile Monitor" later
    outlets = _dateline_outlets(text)
    places = _dateline_places(doc, spans)
    labels = _roundup_labels(doc, spans)
    tagged_places = {_key(text_between(doc, s.start, s.end)) for s in spans if s.kind == "gpe"}
    for s in spans:
        if s.kind != "person":
            continue
        span = doc[s.start : s.end]
        name = text_between(doc, s.start, s.end)
        key = _key(name)
        if key in outlets:
            s.kind, s.outlet = "org", True  # "told Levant Wire" where the dateline reads "(Levant Wire) -"
            continue
        if key in places:
            s.kind = "gpe"  # "DEIR HAFER, Syria, March 7 (...)": the dateline's place, and "Deir Hafer" later
            continue
        if _body_named_by_its_head(doc, s, span):
            continue  # "Justice for Myanmar Network said": a body, whatever the model tagged
        if _club_named_by_its_opener(s, span):
            continue  # "Atletico Rivera said he was questioned": a football club
        if _site_located_in(s, span):
            s.kind = "gpe"  # "a call from a police station in Mandi Bahauddin": a town
            continue
        if _town_tagged_elsewhere(s, name, key, tagged_places, surnames):
            s.kind = "gpe"  # "abducted near Sittwe ... Sittwe police said": that town again
            continue
        if _place_opened_name(doc, s, span, spans):
            s.kind = "gpe"  # "ambushed near Santa Cruz", "in Sidi Bouzid": a place's first word the name list knows
            continue
        if _possessor_of_government(doc, s, surnames):
            s.kind = "gpe"  # "Niger's government spokesman"
            continue
        if _demonym_modifier(doc, s, surnames):
            s.kind = "other"  # "Nigerien troops": a people's adjective, not a person
            continue
        if _outlet_addressed(doc, s, surnames):
            s.kind, s.outlet = "org", True
            continue
        if s.start in labels and not heads_list_item(doc, s.start):
            s.kind = "gpe"  # "Kestria: Poet X was detained ...": a round-up's place label
            continue
        if _masthead(s, span):
            s.kind, s.outlet = "org", True  # "told Sahel Monitor", "TRANSCRIPT: Evening Bulletin"
            continue
        nxt = doc[s.end] if s.end < len(doc) else None
        if nxt is not None and nxt.text.islower() and nxt.lower_ in OUTLET_HEADS and not s.evidenced:
            s.kind, s.outlet = "org", True  # "their employer, Sawt al-Jabal radio, said"
            continue
        if name.isupper() and len(name) > 2 and nxt is not None and nxt.text == "(" and not heads_list_item(doc, s.start):
            s.kind = "gpe"  # "JUBA (Reuters) -" (not a factbox's "* MARCO VELLA (2001-2010):")
        elif not s.evidenced and (
            key in org_keys or (key and key not in surnames and all(w in org_words for w in key.split()))
        ):
            s.kind = "org"  # not a known person's surname that also names a firm ("Kyriakidis Lines")
        elif (
            len(span) == 1
            and span[0].dep_ == "pobj"
            and span[0].head.lower_ in PLACE_PREPS | {"for"}
            and key not in surnames
        ) or len(span) == 1 and key not in surnames and _place_by_position(span[0]):
            s.kind = "gpe"
        elif (
            key not in surnames
            and s.title is None
            and s.role_noun is None
            and not s.evidenced  # "A miner, X, 27, who ...": an age or "who" is a person's
            and (_owns_its(doc, s) or _traded(doc, s))
        ):
            s.kind = "org"


def _masthead(s: NameSpan, span: Span) -> bool:
    """"Sahel Monitor", "Caucasus Today", "Evening Bulletin": a name of two or more words that
    ends in a word outlets and programmes are named with, opened by no given name, and with no
    title, role or person's cue beside it, is an outlet (news names a person "Ana Today"
    rarely, and then the given name shows it)."""
    return (
        len(span) >= 2
        and span[-1].lower_ in MASTHEAD_HEADS
        and span[-1].text[:1].isupper()
        and gender_of_given_name(span[0].text) is None
        and not s.evidenced
        and s.title is None
        and s.role_noun is None
    )


_DATELINE_OUTLET = re.compile(r"\(\s*([A-Z][\w.&' -]{1,40}?)\s*\)\s*[—–-]")


def _dateline_outlets(text: str) -> set[str]:
    """Keys of the names a dateline gives as its outlet: "CITY (Outlet) —"."""
    return {_key(m.group(1)) for m in _DATELINE_OUTLET.finditer(text[:400])}


def _dateline_places(doc: Doc, spans: list[NameSpan]) -> set[str]:
    """Keys of an upper-case name that opens a paragraph and is followed by a comma: the
    dateline's place ("DEIR HAFER, Syria, March 7 (...)"), whatever the model tagged."""
    out = set()
    for s in spans:
        name = text_between(doc, s.start, s.end)
        if not name.isupper() or len(name) <= 2 or s.end >= len(doc) or doc[s.end].text != ",":
            continue
        if s.start == 0 or "\n" in doc[s.start - 1].text_with_ws or doc[s.start - 1].is_space:
            out.add(_key(name))
    return out


def _body_named_by_its_head(doc: Doc, s: NameSpan, span: Span) -> bool:
    """A "person" of two or more capitalised words ending in a word only bodies' names end in
    ("Justice for Myanmar Network", "Freedom Alliance") and opened by no plainly gendered
    given name is a body, unless the text shows a person (a title, a role, an age)."""
    last = span[-1]
    if len(span) < 2 or s.evidenced or s.title or s.role_noun or not last.text[:1].isupper():
        return False
    if last.lower_ not in ORG_PART_NOUNS | _BODY_HEADS or gender_of_given_name(span[0].text) is not None:
        return False
    s.kind = "org"
    return True


# First words only the names of sports clubs open with ("Atletico Madrid", "Deportivo Sur",
# "Sporting Braga", "Dynamo Kyiv", "Olympique Lyon", "FC Basel", "AC Milan")
_CLUB_OPENERS = frozenset(
    """atletico atlético deportivo sporting dynamo dinamo olympique fc ac sc cf""".split()  # noqa: SIM905
)


def _club_named_by_its_opener(s: NameSpan, span: Span) -> bool:
    """A "person" of two or more words opened by a word only sports clubs' names open with
    ("Atletico Rivera said he was questioned for six hours") is a club, unless the text
    gives it a title, a role or a person's cue (the model reads "Atletico X" as a person,
    and the pronoun after "said" then went to the club)."""
    if len(span) < 2 or s.evidenced or s.title or s.role_noun:
        return False
    if span[0].lower_ not in _CLUB_OPENERS or not span[0].text[:1].isupper():
        return False
    s.kind = "org"
    return True


# Nouns of buildings and sites that stand "in" a town: "a police station in X", "the
# prison in X", "a hospital in X" (X a place, never a person)
_SITE_NOUNS = PLACE_HEADS | frozenset(
    """station jail cell court courthouse clinic barracks centre center compound office
    hostel morgue mortuary""".split()  # noqa: SIM905
)


def _site_located_in(s: NameSpan, span: Span) -> bool:
    """A "person" that is the "in" / "near" / "outside" of a building or a site ("a call
    from a police station in Mandi Bahauddin", "the hospital in Dera Ghazi Khan") is the
    town the site stands in, unless the text gives it a title, a role or a person's cue
    (the model reads a town's name that looks like a given name and a surname as a
    person, and "she was there" then took the town up)."""
    root = span.root
    if len(span) < 2 or s.evidenced or s.title or s.role_noun:
        return False
    if root.dep_ != "pobj" or root.head.lower_ not in {"in", "near", "outside"}:
        return False
    site = root.head.head
    return site.pos_ == "NOUN" and site.lemma_.lower() in _SITE_NOUNS


def _place_opened_name(doc: Doc, s: NameSpan, span: Span, spans: list[NameSpan]) -> bool:
    """A name of two or more words opening with a word place names open with ("Santa",
    "Sidi", "Kota", "Rio") that is where something happens ("near Santa Cruz", "to Rio
    Branco") is a place, unless the text gives it a title, a role, a person's cue, or its
    last word is the surname of another person named in full (kunyas and Arabic articles
    stay with their own rules)."""
    first = span[0].lower_
    if len(span) < 2 or first not in PLACE_OPENERS - KUNYA - ARABIC_PARTICLES or s.evidenced or s.title or s.role_noun:
        return False
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ not in PLACE_PREPS | {"from", "to"}:
        return False
    key = _key(text_between(doc, s.start, s.end))
    last = key.split()[-1:]
    return not any(
        o.kind == "person" and (words := _key(text_between(doc, o.start, o.end)).split()) != key.split()
        and len(words) >= 2 and words[-1:] == last
        for o in spans
    )


def _possessor_of_government(doc: Doc, s: NameSpan, surnames: set[str]) -> bool:
    """"Niger's government", "X's army": a one-word name owning a government body is a
    country, unless the text gives it as a person's surname, a title or a role."""
    if s.end - s.start != 1 or s.title or s.role_noun or s.end + 1 >= len(doc):
        return False
    tok = doc[s.start]
    if _key(tok.text) in surnames or doc[s.end].text not in {"'s", "’s"}:
        return False
    owned = doc[s.end + 1]
    while owned.dep_ in {"compound", "amod"} and owned.head.i > owned.i:
        if owned.lower_ in GOV_NOUNS:
            return True
        owned = owned.head
    return owned.lower_ in GOV_NOUNS


_DEMONYM_ENDINGS = ("ian", "ien", "ese", "ean", "ish")


def _demonym_modifier(doc: Doc, s: NameSpan, surnames: set[str]) -> bool:
    """One word with a people's ending ("Nigerien", "Malian") modifying a common plural noun
    ("Nigerien troops") is an adjective of nationality."""
    if s.end - s.start != 1 or s.title or s.role_noun:
        return False
    tok = doc[s.start]
    # "her Nigerien colleague", "a Malian driver": one person noun after a determiner
    one_person = (
        tok.head.tag_ == "NN"
        and tok.head.lemma_.lower() in PERSON_NOUNS
        and tok.i > 0
        and doc[tok.i - 1].pos_ in {"DET", "PRON"}
        and doc[tok.i - 1].head.i == tok.head.i
    )
    return (
        tok.lower_.endswith(_DEMONYM_ENDINGS)
        and tok.dep_ in {"compound", "amod"}
        and (tok.head.tag_ == "NNS" or one_person)
        and tok.head.i == tok.i + 1
        and _key(tok.text) not in surnames
    )


_ADDRESS_VERBS = frozenset({"tell", "say"})
_ADDRESS_PREPS = frozenset({"to", "with", "on"})


def _outlet_addressed(doc: Doc, s: NameSpan, surnames: set[str]) -> bool:
    """"told Al Hadath", "in an interview with Al Arabiya": a name opening with the Arabic
    article written apart ("Al X", not "al-X") that someone speaks to is a broadcaster."""
    if s.end - s.start != 2 or doc[s.start].text not in {"Al", "El"} or doc[s.start + 1].text == "-":
        return False
    if _key(text_between(doc, s.start, s.end)) in surnames:
        return False
    root = doc[s.start : s.end].root
    if root.dep_ == "dobj" and root.head.lemma_.lower() in _ADDRESS_VERBS:
        return True
    return root.dep_ == "pobj" and root.head.lower_ in _ADDRESS_PREPS


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


def _town_tagged_elsewhere(
    s: NameSpan, name: str, key: str, tagged_places: set[str], surnames: set[str]
) -> bool:
    """A PERSON span the model tags a place elsewhere in the text, that the gazetteer knows as
    a town or a country and that nothing shows to be a person (no title, role, age, given
    name or surname of a named person): "abducted near Sittwe (GPE). Sittwe (PERSON) police
    said"."""
    return (
        key in tagged_places
        and not s.evidenced
        and s.title is None
        and s.role_noun is None
        and key not in surnames
        and not gender_of_given_name(name.split()[0])
        and known_place_name(name)
    )


def _place_by_position(tok: Token) -> bool:
    """"between Mopti and Djenne" (joined to a place), "was flown to Gao" (where a motion
    verb goes to or comes from)."""
    if tok.dep_ == "conj" and tok.head.ent_type_ in {"GPE", "LOC"}:
        # (not a listed apposition of people the model tagged a place: "two girls, A and B")
        return not _beside_person_noun(tok.doc[tok.i : tok.i + 1])
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ in {"to", "from"}
        and tok.head.head.lemma_.lower() in MOTION_VERBS
    )


_SHARE_NOUNS = frozenset({"shares", "stock", "stake", "stakes", "bonds", "shareholders", "investors"})
_COMPANY_NOUNS = frozenset(
    {"company", "firm", "carmaker", "automaker", "shipper", "lender", "bank", "insurer", "retailer",
     "conglomerate", "manufacturer", "airline", "miner", "operator", "maker", "producer", "developer"}
)


def _traded(doc: Doc, s: NameSpan) -> bool:
    """"Shares in X fell", "X, the carmaker,": only a company has shares or is called one."""
    root = doc[s.start : s.end].root
    if root.dep_ == "pobj" and root.head.lower_ in {"in", "of"} and root.head.head.lower_ in _SHARE_NOUNS:
        return True
    if gender_of_given_name(doc[s.start].text) is not None:
        return False  # "a commander of the rebel group, Ayele X": the parser's apposition may be off
    nouns = [c for c in root.children if c.dep_ == "appos" and c.lower_ in _COMPANY_NOUNS]
    if root.dep_ == "appos" and root.head.lower_ in _COMPANY_NOUNS:
        nouns.append(root.head)
    # "X, a 28-year-old miner,": an age makes the noun a person's trade, not a company
    return any(not _aged(doc, noun) for noun in nouns)


def _aged(doc: Doc, noun: Token) -> bool:
    """"a 28-year-old miner" (one token or "28 - year - old"): an age before the noun."""
    return any(
        AGE_NOUN.match(t.lower_) or t.lower_ == "old" and t.i >= 2 and doc[t.i - 2].lower_ in {"year", "years"}
        for t in doc[noun.left_edge.i : noun.i]
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


# The part noun ends the word: "Lau Wing-kei" (an East Asian given name joined by a hyphen)
# is no "Lau wing".
_ORG_PART_AFTER = re.compile(
    "(?i:" + "|".join(sorted(ORG_PART_NOUNS | {"media", "forces", "army", "front", "shield"})) + r")\b(?![-‐‑]\w)"
)


def _org_written(name: str, text: str) -> bool:
    """``the X`` or ``X movement/group/...`` somewhere in ``text``.

    The same test as ``\\b[Tt]he X\\b|\\bX (?i:nouns)\\b``, without compiling two patterns
    for every name: every place ``X`` is written (overlaps included) is found with
    ``str.find`` and its word boundaries tested as ``\\b`` does.
    """
    if not name:
        return _org_written_by_pattern(name, text)
    size, length = len(name), len(text)
    first_is_word, last_is_word = _is_word(name[0]), _is_word(name[-1])
    at = text.find(name)
    while at != -1:
        end = at + size
        after_is_word = end < length and _is_word(text[end])
        if (
            at >= 4
            and text[at - 4 : at] in _THE
            and (at == 4 or not _is_word(text[at - 5]))
            and last_is_word != after_is_word
        ):
            return True  # "the X"
        before_is_word = at > 0 and _is_word(text[at - 1])
        if (
            before_is_word != first_is_word
            and text[end : end + 1] == " "
            and _ORG_PART_AFTER.match(text, end + 1)
        ):
            return True  # "X movement"
        at = text.find(name, at + 1)
    return False


_THE = frozenset({"the ", "The "})


def _org_written_by_pattern(name: str, text: str) -> bool:
    """:func:`_org_written` with the patterns themselves (its reference, and for "")."""
    escaped = re.escape(name)
    if re.search(rf"\b[Tt]he {escaped}\b", text):
        return True
    after = len(name) + 1
    return any(
        _ORG_PART_AFTER.match(text, m.start() + after)
        for m in re.finditer(rf"\b(?={escaped} )", text)
    )


def _is_word(char: str) -> bool:
    """A character ``\\w`` matches (what ``\\b`` tells from the others)."""
    return char.isalnum() or char == "_"


def _arabic_article(span: Span) -> bool:
    first = span[0].lower_
    return first in ARABIC_PARTICLES and len(span) > 1 and span[1].text == "-" or bool(
        re.match(r"(al|el|ad|ash|as|at|az|ar)-\w", first)
    )
