"""Repairing the boundaries of the model's name spans.

* an ORG span that swallowed a role noun and a title (``Central Command spokesperson Capt``)
  is split: the organisation, the role and the title, which belongs to the following person;
* two or more capitalised words after a role noun or title, left untagged, are a person
  (``Defense Minister Ana Restrepo``), as is a name joined by "and" to a person's name or
  one in apposition to a noun only people are (``her husband, Pablo Ruiz,``);
* a leading role noun or title moves out of the name onto the person;
* a person's name the model cut, mislabelled or missed (session 16): a given name left out
  before a surname tagged a place or body ("Ana Costa" as "Costa"), a surname left out after
  a lone given name, the words of a WORK_OF_ART / PRODUCT / DATE span that open with a given
  name or carry an age, an untagged name with an age, "said"/"died" or "relatives of", a
  particle inside one name ("ould", "bin", "de la"), a given name alone after its full name.

The kinds of the repaired spans are then fixed by :mod:`dateline.nlp.entities_kinds`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from dateline.nlp.entities_aliases import (
    given_names_typed_as_things,
    hyphenated_given_names,
    relatives_typed_as_things,
    shares_person_surname,
)
from dateline.nlp.entities_dateline_names import names_after_datelines
from dateline.nlp.entities_descriptors import apply_descriptions
from dateline.nlp.entities_doc import (
    NameSpan,
    doc_tables,
    doc_tokens,
    full_text,
    is_title,
    text_between,
)
from dateline.nlp.entities_gender import gender_of_given_name
from dateline.nlp.entities_given_names import (
    given_names_beside_people,
    given_names_of_named_people,
    given_names_sharing_a_surname,
)
from dateline.nlp.entities_kinds import (
    NON_PERSON_HEADS,
    age_before,
    retag_non_persons,
    retag_persons,
)
from dateline.nlp.entities_lexicon import (
    BODY_NAME_WORDS,
    DEMONYM_NOUNS,
    MISLABELS,
    NAME_LABELS,
    NAME_PARTICLES,
    PERSON_NOUNS,
    PLACE_OPENERS,
    ROLE_NOUNS,
    SPOKES_NOUNS,
    SURNAME_PARTICLES,
    TITLES,
)
from dateline.nlp.entities_list_headings import list_heading_names
from dateline.nlp.entities_turns import in_label, speaker_turns
from dateline.records import EntityKind


def repaired_name_spans(doc: Doc) -> list[NameSpan]:
    spans: list[NameSpan] = []
    lower_words: set[str] | None = None
    for ent in doc.ents:
        kind = NAME_LABELS.get(ent.label_)
        if kind is None:
            continue
        start, end = ent.start, ent.end
        while start < end and (
            doc[start].lower_ in {"the", "a", "an"} or not any(c.isalpha() for c in doc[start].text)
        ):
            start += 1  # "the", and a live blog's "10:48 -" glued to the name after it
        while end > start and (
            doc[end - 1].is_punct or doc[end - 1].text in {"'s", "’s", "'"} or doc[end - 1].lower_ in {"and", "or"}
        ):
            end -= 1  # (also "X and" where the model ran a name into the "and" of "X and Y")
        dash = next((k for k in range(start + 1, end - 1) if doc[k].text in {"-", "—", "–"} and doc[k - 1].whitespace_), None)
        if dash is not None and doc[start:dash].text.isupper():
            start = dash + 1  # "BEIRUT - Patriarch X": the dateline glued to the name after it
        aside = next(
            (
                k
                for k in range(start + 1, end)
                if doc[k].text in {"-", "—", "–", "--"}
                and doc[k - 1].whitespace_
                and k + 1 < len(doc)
                and doc[k + 1].text[:1].islower()
            ),
            None,
        )
        if aside is not None:
            end = aside  # "X - no relation - was detained": a dashed aside in lower case ends the name
        if start >= end:
            continue
        if kind != "org" and not any(t.text[:1].isupper() for t in doc[start:end]):
            continue  # "the hills east of X", "meth": common words (brands like "ecobee" stay)
        if (
            kind == "person"
            and end - start == 1
            and ent.start > 0
            and doc[ent.start - 1].pos_ in {"DET", "NOUN", "ADJ"}
            and not (doc[ent.start - 1].lemma_.lower() in PERSON_NOUNS and doc[start].dep_ == "appos")
            and not age_before(doc, start)  # "14-year-old Kofi": an age, not an adjective
        ):
            continue  # "the loyal Ansar": a common noun the model took for a name (not "his brother Yasin")
        if end - start == 1 and _opens_sentence(doc, start):
            if lower_words is None:
                lower_words = {w for w in doc_tables(doc).words if w.islower()}
            word = doc[start].text
            if word.lower() in lower_words and word[:1].isupper() and not word.isupper() and word.isalpha():
                continue  # "Hiker found alive" (headline) where the text says "a hiker"; "US" is not "us"
        spans.extend(_split_role_span(doc, start, end, kind))
    spans.extend(_untagged_names_after_roles(doc, spans))
    spans.extend(_names_coordinated_with_people(doc, spans))
    spans.extend(_untagged_names_in_apposition(doc, spans))
    spans.extend(_untagged_given_names(doc, spans))
    spans.extend(_mislabelled_names(doc, spans))
    spans.extend(_untagged_names_with_person_cues(doc, spans))
    spans.extend(_given_names_after_kin(doc, spans))
    spans.extend(_given_names_before_shared_surname(doc, spans))
    spans.extend(given_names_beside_people(doc, spans))  # "Nour and her husband Sami"
    spans.extend(given_names_sharing_a_surname(doc, spans))  # "Lina and Petra Sokol were arrested"
    spans.extend(list_heading_names(doc, spans))  # "* MARCO VELLA (founder, 2001-2010): Killed ..."
    spans.extend(names_after_datelines(doc, spans))  # "HARARE - Tendai Mudzingwa, the leader"
    spans.sort(key=lambda s: s.start)
    _names_spelled_by_acronyms(doc, spans)
    _demonyms_before_names(doc, spans)
    _territorial_designations(doc, spans)
    _aliases_of_people(doc, spans)
    _quoted_nicknames(doc, spans)
    _names_joined_by_particles(doc, spans)
    _given_names_left_out(doc, spans)
    given_names_of_named_people(doc, spans)  # "X Diallo ... his brother said that X was alive"
    given_names_typed_as_things(doc, spans)  # "Chelsea Arinze ... Arinze, 29,": "Chelsea" typed ORG
    hyphenated_given_names(doc, spans)  # "Seo-yeon Park", split in three tokens and cut by the model
    relatives_typed_as_things(doc, spans)  # "Aliyu Garba and Hadiza Garba" with the first typed FAC
    _surnames_left_out(doc, spans)
    _names_with_capital_prepositions(doc, spans)
    _dateline_places(doc, spans)
    _drop_role_labels(doc, spans)
    _places_spoken_from(doc, spans)
    _strip_leading_roles(doc, spans)
    _give_titles(doc, spans)
    _drop_portfolios(doc, spans)
    retag_persons(doc, spans)
    retag_non_persons(doc, spans)
    spans.extend(_given_names_alone(doc, spans))
    _hometowns(doc, spans)  # after the person cues: "X, 34, from Glasgow, who ..." is no "Glasgow, who"
    spans.extend(apply_descriptions(doc, spans))
    _places_of_verbs(doc, spans)  # after the descriptions: "His club, Vistula Krakow," is no person
    _drop_lone_demonyms(doc, spans)
    spans.sort(key=lambda s: s.start)
    return spans


_QUOTES = frozenset({'"', "“", "”"})


def _drop_lone_demonyms(doc: Doc, spans: list[NameSpan]) -> None:
    """"A Briton and an Australian were kidnapped", "The Briton, 58, was freed": a nationality
    word alone is nobody's name, whatever the model or the person cues made of it (the span
    is emptied, not removed: other spans point into the list by index)."""
    for s in spans:
        if s.kind == "person" and s.end - s.start == 1 and doc[s.start].lower_ in DEMONYM_NOUNS:
            s.end = s.start


def _aliases_of_people(doc: Doc, spans: list[NameSpan]) -> None:
    """"The faction's leader, known as El Chivo,": a name a person noun is "known as" is a
    person's alias, whatever kind (ORG, WORK_OF_ART) the model gave it."""
    aliases: set[str] = set()
    for s in spans:
        root = doc[s.start : s.end].root
        prep = root.head
        if root.dep_ != "pobj" or prep.lower_ != "as" or prep.head.lemma_.lower() != "know":
            continue
        known = prep.head
        if known.dep_ == "acl" and known.head.pos_ == "NOUN" and known.head.lemma_.lower() in PERSON_NOUNS:
            aliases.add(text_between(doc, s.start, s.end))
    for s in spans:
        if text_between(doc, s.start, s.end) in aliases:  # every mention of the alias, however tagged
            s.kind = "person"
            s.evidenced = True


def _territorial_designations(doc: Doc, spans: list[NameSpan]) -> None:
    """"Archbishop Elias Haddad of Aleppo", "Bishop Paul Mensah of Kumasi": the see or seat
    after a full name is no part of the person's name (a one-word "Henry of Navarre" is)."""
    for s in spans:
        if s.kind != "person":
            continue
        of = next((k for k in range(s.start + 1, s.end - 1) if doc[k].text == "of"), None)
        if of is None:
            continue
        names = [t for t in doc[s.start : of] if not is_title(t) and t.text[:1].isupper()]
        if len(names) >= 2 and all(t.text[:1].isupper() for t in doc[of + 1 : s.end]):
            s.end = of


def _demonyms_before_names(doc: Doc, spans: list[NameSpan]) -> None:
    """"the Italian Luca Ferri", "Kenyan runner-up Grace Wanjiru": a nationality the model
    glued to a name (and often took for an organisation) is no part of it; the name that
    follows, opening with a plainly gendered given name, is a person."""
    for s in spans:
        if (
            4 >= s.end - s.start >= 3
            and doc[s.start].lower_ in DEMONYM_NOUNS
            and all(t.text[:1].isupper() and t.text.isalpha() for t in doc[s.start + 1 : s.end])
            and not {t.lower_ for t in doc[s.start + 1 : s.end]} & NON_PERSON_HEADS
        ):
            s.start += 1
            root = doc[s.start : s.end].root
            appos = root.head if root.dep_ == "appos" else None
            if gender_of_given_name(doc[s.start].text) is not None or (
                appos is not None and appos.lemma_.lower() in PERSON_NOUNS
            ):
                s.kind = "person"  # "a second climber, the Italian Luca Ferri,"


def _quoted_nicknames(doc: Doc, spans: list[NameSpan]) -> None:
    """``Dwayne "Hammer" Cole``, ``Rogelio "El Sombra" Beltran``: a nickname in quotes between
    a given name and a surname is inside one person's name, however the model cut it (the
    matching key drops the quoted part, so "Cole" and "Dwayne Cole" still meet)."""
    words = doc_tables(doc).words
    for i in [i for i in range(1, len(words) - 3) if words[i] in _QUOTES]:
        if not doc[i - 1].text[:1].isupper() or doc[i - 1].pos_ != "PROPN":
            continue
        close = next((k for k in range(i + 2, min(i + 5, len(doc) - 1)) if doc[k].text in _QUOTES), None)
        if close is None or not all(t.text[:1].isupper() for t in doc[i + 1 : close]):
            continue
        last = close + 1
        if doc[last].pos_ != "PROPN" or not doc[last].text[:1].isupper():
            continue
        while last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN" and doc[last + 1].text[:1].isupper() and last - close < 3:
            last += 1
        inside = [s for s in spans if s.start <= last and i - 1 < s.end]
        if not any(s.kind == "person" for s in inside):
            if gender_of_given_name(doc[i - 1].text) is None:
                continue
            inside = [*inside, NameSpan(i - 1, last + 1, "person")]
            spans.append(inside[-1])
        start = min([i - 1] + [s.start for s in inside])
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() and not is_title(doc[start - 1]):
            start -= 1
        end = max([last + 1] + [s.end for s in inside])
        keep = inside[0]
        keep.start, keep.end, keep.kind = start, end, "person"
        for s in inside[1:]:
            s.end = s.start
    spans[:] = [s for s in spans if s.end > s.start]
    spans.sort(key=lambda s: s.start)


def _given_names_left_out(doc: Doc, spans: list[NameSpan]) -> None:
    """"Bilal Qasimi's wife" where the model tagged only "Qasimi": a lone surname whose
    untagged capitalised neighbour makes a full name tagged elsewhere in the document takes
    it back (else the surname joins whichever namesake came first)."""
    full = {text_between(doc, s.start, s.end) for s in spans if s.kind == "person" and s.end - s.start >= 2}
    shared = {name.split()[-1] for name in full}
    taken = {i for s in spans for i in range(s.start, s.end)}
    for s in spans:
        i = s.start
        if s.end - i != 1 or i == 0 or (i - 1) in taken:
            continue
        # "Ana Costa, 28, was arrested. Her mother, Rosa Costa, ...": the model may tag the
        # first, lone surname a place; a word another person's full name ends with is a surname
        given = doc[i - 1]
        if s.kind != "person" and not (s.kind in {"gpe", "org"} and doc[i].text in shared) and not _mistagged_surname(doc, i, given):
            continue
        # (the model may tag a given name NORP: "Police arrested Jamal X": no nationality
        # word is a given name, so one that is stays with the surname)
        mistagged = given.ent_type_ == "NORP" and given.lower_ not in DEMONYM_NOUNS
        if (
            given.pos_ == "PROPN"
            and (not given.ent_type_ or mistagged)
            and given.text[:1].isupper()
            and (
                f"{given.text} {doc[i].text}" in full
                or given.text.isalpha()
                and not given.text.isupper()
                and (
                    not _opens_sentence(doc, i - 1)
                    or _namesake_given_name(doc, i, shared)
                    or _never_lower_case(doc, given.text)
                )
                and gender_of_given_name(given.text) is not None
            )
        ):
            # "... said that Didier Kasongo died" where the model tagged only "Kasongo": a plain
            # given name right before a lone surname belongs to the name
            s.start = i - 1
            s.kind = "person"
            taken.add(i - 1)


def _mistagged_surname(doc: Doc, i: int, given: Token) -> bool:
    """"Ana Costa was kidnapped" where the model tagged only "Costa", as a place or a body:
    a plainly gendered given name right before a one-word span makes a person's name, unless
    the pair reads as a place ("Santa Cruz", "Sidi Bouzid") or the word heads a body's or a
    place's name ("Alice Springs" is no "Springs")."""
    return (
        given.lower_ not in PLACE_OPENERS
        and doc[i].lower_ not in NON_PERSON_HEADS
        and doc[i].text.isalpha()
        and not doc[i].text.isupper()
        and not (i + 1 < len(doc) and doc[i + 1].lower_ in NON_PERSON_HEADS)
        and gender_of_given_name(given.text) is not None
    )


def _never_lower_case(doc: Doc, word: str) -> bool:
    """A capitalised word opening a sentence is a name only if the text never writes it in
    lower case ("Hope ..." in a text that speaks of hope is the noun)."""
    words = doc_tables(doc).words
    if _LOWER_WORDS[0] is not words:  # the last document's set, made once per document
        _LOWER_WORDS[:] = [words, {w for w in words if w.islower()}]
    return word.lower() not in _LOWER_WORDS[1]


_LOWER_WORDS: list = [None, set()]


def _namesake_given_name(doc: Doc, i: int, shared: set[str]) -> bool:
    """"Leyla X was arrested. Her daughter, Nigar X, said ...": a given name opening a sentence
    before a lone surname another full name in the text shares (which the surname would join
    otherwise), when the text never uses the word in lower case (not "Hiker X found")."""
    if doc[i].text not in shared:
        return False
    return doc[i - 1].lower_ not in {w for w in doc_tables(doc).words if w.islower()}


# capitalised function words inside a body's name ("Reporters Without Borders", "Committee
# For Free Media"): never inside a person's name
_NAME_PREPOSITIONS = frozenset({"Without", "For", "Against", "Of", "Beyond"})


# A bracketed acronym right after a name: "the Sudan Liberation and Justice Front (SLJF)".
_ACRONYM_AFTER = re.compile(r"\(([A-Z][A-Z&]{1,7})\)")
# Lower-case words a body's name joins its capitalised words with ("Friends of the Earth").
_NAME_JOINERS = frozenset({"for", "of", "the", "and", "&", "to", "in", "on", "de", "du", "des", "la", "le", "al"})


def _names_spelled_by_acronyms(doc: Doc, spans: list[NameSpan]) -> None:
    """"The Sudan Liberation and Justice Front (SLJF)", "Doctors for Rural Health (DRH)":
    capitalised words joined by lower-case function words, whose capitals spell the acronym
    bracketed right after them, are one body's name, however the model cut or tagged them
    (it often stops at "and" or "for", or tags the first words a person). The spans inside
    the name give way to it."""
    text = full_text(doc)
    for m in _ACRONYM_AFTER.finditer(text):
        acronym = m.group(1).replace("&", "")
        bracket = doc.char_span(m.start(), m.start() + 1, alignment_mode="expand")
        if bracket is None:
            continue
        end = bracket.start
        start, initials = None, ""
        i = end - 1
        while i >= 0 and end - i <= 12:
            tok = doc[i]
            if tok.text[:1].isupper() and tok.is_alpha:
                initials = tok.text[0] + initials
                if initials == acronym:
                    start = i
                    break
            elif tok.lower_ not in _NAME_JOINERS or not initials:
                break
            i -= 1
        if start is None or doc[start].lower_ in _NAME_JOINERS or "\n" in doc[start:end].text:
            continue
        inside = [sp for sp in spans if sp.start < end and sp.end > start]
        if len(inside) == 1 and inside[0].start == start and inside[0].end == end:
            inside[0].kind = "org" if inside[0].kind == "person" else inside[0].kind
            continue
        if any(sp.start < start or sp.end > end for sp in inside):
            continue  # a longer name holds these words: leave the model's reading
        for sp in inside:
            spans.remove(sp)
        spans.append(NameSpan(start, end, "org"))
    spans.sort(key=lambda sp: sp.start)


def _names_with_capital_prepositions(doc: Doc, spans: list[NameSpan]) -> None:
    """"Justice Without Borders" where the model tagged "Without Borders" as a person: a
    span opening with (or holding) a capitalised preposition is a body's name, and the
    untagged capitalised words right before it belong to it."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    for s in spans:
        words = doc[s.start : s.end]
        if not any(t.text in _NAME_PREPOSITIONS for t in words):
            continue
        start = s.start
        while (
            start > 0
            and start - 1 not in taken
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].text[:1].isupper()
            and doc[start - 1].text.isalpha()
            and not doc[start - 1].ent_type_
            and s.start - start < 3
        ):
            start -= 1
        if start == s.start and words[0].text in _NAME_PREPOSITIONS:
            continue  # nothing to open the name with: leave the model's reading
        taken.update(range(start, s.start))
        s.start = start
        if s.kind == "person":
            s.kind = "org"


_DATELINE_RE = re.compile(
    r"(?P<place>[A-Z][A-Z'.]+(?: [A-Z][A-Z'.]+){0,2})"
    r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?(?: \([^)\n]{1,40}\))? ?[-\u2014\u2013] "
)


# "Santa Lucia, 27 August 2025 - ...", "Port Elan, March 3, 2024 — ...": a place in title case
# opening a paragraph, then a full date and a dash (a name in title case needs the date).
_DATED_DATELINE_RE = re.compile(
    r"(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}), "
    r"(?:\d{1,2} [A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.? \d{1,2},?) \d{4} ?[-\u2014\u2013] "
)


def _dateline_places(doc: Doc, spans: list[NameSpan]) -> None:
    """"DUSHANBE, May 19 - ...", "KAMBALA (Outlet) - ...": the capitalised place opening a
    paragraph's dateline is a place, whatever kind the model gave it."""
    text = full_text(doc)
    places: list[tuple[int, int]] = []
    for m in re.finditer(r"(?:^|\n)[ \t]*", text[:3000]):
        found = _DATELINE_RE.match(text, m.end()) or _DATED_DATELINE_RE.match(text, m.end())
        if found:
            places.append(found.span("place"))
    if not places:
        return
    names = {text[a:b].upper() for a, b in places}
    for s in spans:
        lo, hi = doc[s.start].idx, doc[s.end - 1].idx + len(doc[s.end - 1])
        if s.kind != "gpe" and (
            any(a <= lo and hi <= b for a, b in places) or text[lo:hi].upper() in names
        ):
            s.kind = "gpe"  # the dateline's place, and the same name in the story ("in Dushanbe")


# Common nouns a transcript labels turns with ("HOST:", "ANCHOR:"): roles, never names.
_LABEL_ROLES = frozenset(
    """host anchor presenter reporter interviewer correspondent moderator narrator caller
    voice editor announcer commentator q a""".split()  # noqa: SIM905
)


def _drop_role_labels(doc: Doc, spans: list[NameSpan]) -> None:
    """"HOST: Do the police know where he is?": a transcript's turn label that is a role
    noun, which the model may tag as a person's name, is no entity."""
    turns = speaker_turns(doc)
    if not turns:
        return
    keep = []
    for s in spans:
        lo = doc[s.start].idx
        word = text_between(doc, s.start, s.end).lower()
        if word in _LABEL_ROLES | PERSON_NOUNS | ROLE_NOUNS and in_label(turns, lo):
            continue
        keep.append(s)
    spans[:] = keep


_CALLING_VERBS = frozenset({"speak", "call", "talk", "write", "report", "phone", "telephone", "broadcast"})


_CALLING_MEANS = frozenset({"phone", "telephone", "satphone", "line", "link", "videolink"})
_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside"})


def _places_of_verbs(doc: Doc, spans: list[NameSpan]) -> None:
    """"told reporters in Krakow", "was arrested near Gao": a one-word name as the object of
    "in / near / outside" hanging on a verb is where something happened, a place, whatever
    kind the model gave it, unless the word is the surname of a person named in full."""
    surnames = {doc[s.end - 1].text for s in spans if s.kind == "person" and s.end - s.start >= 2}
    for s in spans:
        if s.kind != "person" or s.end - s.start != 1:
            continue
        tok = doc[s.start]
        if (
            tok.dep_ == "pobj"
            and tok.head.lower_ in _PLACE_PREPOSITIONS
            and tok.head.head.pos_ == "VERB"
            and tok.text not in surnames
            and not (s.end < len(doc) and doc[s.end].text in {"'s", "’s"})
        ):
            s.kind = "gpe"


def _hometowns(doc: Doc, spans: list[NameSpan]) -> None:
    """"Emma Doyle, 34, from Glasgow, who ...", "Hector X, a mechanic from Navolato, who ...":
    the one-word name after a person's age and "from", or after "from" on a noun in apposition
    to a person, is where the person comes from, a place, whatever kind the model gave it (and
    so is the same name elsewhere in the text)."""
    places = set()
    for s in spans:
        i = s.start
        if s.end - i != 1 or i < 4 or doc[i - 1].lower_ != "from" or doc[i - 2].text != ",":
            continue
        if doc[i - 3].like_num and doc[i - 4].text == ",":
            places.add(doc[i].text)
    people = {i for s in spans if s.kind == "person" for i in range(s.start, s.end)}
    for s in spans:
        tok = doc[s.start]
        if s.end - s.start != 1 or tok.dep_ != "pobj" or tok.head.lower_ != "from":
            continue
        noun = tok.head.head  # "Hector X, a 44-year-old mechanic from Navolato, who ..."
        if noun.pos_ == "NOUN" and noun.dep_ == "appos" and noun.head.i in people:
            places.add(tok.text)
    for s in spans:
        if s.end - s.start == 1 and doc[s.start].text in places:
            s.kind = "gpe"


def _places_spoken_from(doc: Doc, spans: list[NameSpan]) -> None:
    """"speaking to us by phone from Dakar", "reporting from X": where someone speaks from
    is a place, whatever kind the model gave the one-word name (and so is the same name
    elsewhere in the text)."""
    places = set()
    for s in spans:
        if s.kind != "person" or s.end - s.start != 1:
            continue
        tok = doc[s.start]
        if tok.dep_ == "pobj" and tok.head.lower_ == "from" and (
            tok.head.head.lemma_.lower() in _CALLING_VERBS
            or tok.head.i > 0 and doc[tok.head.i - 1].lower_ in _CALLING_MEANS  # "told X by phone from Lyon"
        ):
            places.add(tok.text)
    for s in spans:
        if s.kind == "person" and s.end - s.start == 1 and doc[s.start].text in places:
            s.kind = "gpe"


def _opens_sentence(doc: Doc, i: int) -> bool:
    """Token ``i`` opens a sentence or a headline line, so its capital says nothing."""
    return doc[i].is_sent_start or (i > 0 and "\n" in doc[i - 1].text_with_ws)


# Labels the small model gives a person's name after a role noun ("blogger Yusuf Darwish" as PRODUCT).
_MISTAGGED_NAME_LABELS = frozenset({"", "PERSON", "ORG", "NORP", "GPE", "PRODUCT", "WORK_OF_ART", "FAC", "LOC", "EVENT"})


def _names_coordinated_with_people(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """"Omar Haddu and Sami Darwish were freed": a two- or three-word name joined by "and"
    to a person's name is a person too, whatever the model tagged it."""
    people = [s for s in spans if s.kind == "person" and s.end - s.start >= 2]
    out: list[NameSpan] = []
    for p in people:
        root = doc[p.start : p.end].root
        for conj in root.conjuncts:
            if conj.pos_ != "PROPN" or conj.i < p.end:
                continue
            left = conj.left_edge.i
            while left < conj.i and doc[left].pos_ != "PROPN":
                left += 1
            n = conj.i + 1 - left
            if not 2 <= n <= 3 or not all(doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() for i in range(left, conj.i + 1)):
                continue
            inside = [s for s in spans if s.start < conj.i + 1 and left < s.end]
            if any(s.kind == "person" for s in inside):
                continue
            for s in inside:
                s.end = s.start  # the model's ORG/NORP pieces of the name give way
            out.append(NameSpan(left, conj.i + 1, "person"))
    spans[:] = [s for s in spans if s.end > s.start]
    return out


def _untagged_names_in_apposition(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """"her husband, Pablo Ruiz, was ...": two or three capitalised words the model left
    untagged, in apposition to a noun that only people are, are a person."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    tables, tokens = doc_tables(doc), doc_tokens(doc)
    dep, pos = tables.dep, tables.pos
    for tok in [tokens[i] for i in range(len(tokens)) if dep[i] == "appos" and pos[i] == "PROPN"]:
        if tok.i in taken:
            continue
        head = tok.head
        if not (head.pos_ == "NOUN" and head.lemma_.lower() in PERSON_NOUNS or _one_of_people(head)):
            continue
        left = tok.i
        while left > 0 and doc[left - 1].pos_ == "PROPN" and doc[left - 1].head.i == tok.i:
            left -= 1
        names = doc[left : tok.i + 1]
        if not 2 <= len(names) <= 3 or not all(t.text[:1].isupper() and not t.ent_type_ for t in names):
            continue
        if any(i in taken for i in range(left, tok.i + 1)):
            continue
        out.append(NameSpan(left, tok.i + 1, "person"))
        taken.update(range(left, tok.i + 1))
    return out


def _given_names_before_shared_surname(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """"two sisters, Ana and Marta Silva": a lone capitalised given name the model left
    untagged, joined by "and" to a two-word person's name that opens with a given name too, is
    a person (news writes a family's surname once for both; the grouping pass gives it)."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for sp in spans:
        k = sp.start - 2  # the lone name, before "and"
        if (
            sp.kind != "person"
            or sp.end - sp.start != 2
            or k < 0
            or doc[k + 1].lower_ != "and"
            or k in taken
            or doc[k].pos_ != "PROPN"
            or not doc[k].text.istitle()
            or not doc[k].is_alpha
            or k > 0 and doc[k - 1].pos_ == "PROPN"  # ("Ali Hassan and Omar Said": two full names)
            or gender_of_given_name(doc[k].text) is None
            or gender_of_given_name(doc[sp.start].text) is None
        ):
            continue
        out.append(NameSpan(k, k + 1, "person"))
        taken.add(k)
    return out


_KIN_BEFORE_NAME = frozenset(
    {"brother", "sister", "son", "daughter", "wife", "husband", "mother", "father", "cousin", "nephew", "niece", "uncle", "aunt"}
)


def _given_names_after_kin(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """"his sister Ngozi's phone rang", "her son Karim": one capitalised word right after a
    kin noun with an owner ("his", "X's") is that relative's given name, a person, when the
    model left it untagged."""
    lowered = full_text(doc).lower()
    if not any(k in lowered for k in _KIN_BEFORE_NAME):
        return []
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    tokens, lower = doc_tokens(doc), doc_tables(doc).lower
    for tok in [tokens[i] for i, word in enumerate(lower) if word in _KIN_BEFORE_NAME]:
        if tok.i + 1 >= len(doc):
            continue
        if not any(c.dep_ == "poss" for c in tok.children) and not (tok.i > 0 and doc[tok.i - 1].dep_ == "poss"):
            continue
        at = tok.i + 1
        if doc[at].text == "," and tok.i + 3 < len(doc) and doc[tok.i + 3].text == ",":
            at = tok.i + 2  # "His son, Patrice, told ...": the given name alone in apposition
        name = doc[at]
        after = doc[at + 1] if at + 1 < len(doc) else None
        if (
            name.i in taken
            # (a known given name the model tagged a product or a place: "her daughter Ines")
            or name.ent_type_ not in {"", "PERSON"} and gender_of_given_name(name.text) is None
            # (a known given name the tagger read as an adjective: "his daughter Elif")
            or name.pos_ != "PROPN" and not (gender_of_given_name(name.text) is not None and _never_lower_case(doc, name.text))
            or not name.text[:1].isupper()
            or not name.text.isalpha()
            or name.text.isupper()
            or after is not None and after.pos_ == "PROPN"
        ):
            continue
        out.append(NameSpan(name.i, name.i + 1, "person"))
        taken.add(name.i)
    return out


def _one_of_people(head: Token) -> bool:
    """"One of them, Nfor X, a former teacher, ...", "one of the hostages, X,": a name in
    apposition to "one of" a plural of people is a person (the plural "them" must be people
    for the name to explain "one"; a person noun in the name's own apposition says so)."""
    if head.lower_ != "one":
        return False
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    plural = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if plural is None:
        return False
    if plural.pos_ == "NOUN":
        return plural.lemma_.lower() in PERSON_NOUNS
    return plural.lower_ in {"them", "us", "those"} and any(
        c.dep_ == "appos" and c.lemma_.lower() in PERSON_NOUNS for a in head.children if a.dep_ == "appos" for c in a.children
    )


def _untagged_given_names(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """"... and a Canadian pensioner, Paul Dufresne, were freed": two or three capitalised
    words the model left untagged, opening with a plainly gendered given name and naming no
    place or body, are a person."""

    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    i = 0
    pos = doc_tables(doc).pos
    while i < len(doc):
        if pos[i] != "PROPN":  # (the test on the tag below, first read from the table)
            i += 1
            continue
        tok = doc[i]
        if i in taken or tok.ent_type_ or tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.text.isupper():
            i += 1
            continue
        k = i
        while k < len(doc) and k - i < 3 and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() and not doc[k].ent_type_ and k not in taken:
            k += 1
        run = doc[i:k]
        after = doc[k].lower_ if k < len(doc) else ""
        if (
            2 <= len(run) <= 3
            and (k >= len(doc) or doc[k].pos_ != "PROPN")
            and all(t.text.isalpha() and not t.text.isupper() for t in run)
            and not ({t.lower_ for t in run} | {after}) & NON_PERSON_HEADS
            and not (i > 0 and doc[i - 1].lower_ == "the")
            and not is_title(tok)
            and gender_of_given_name(tok.text) is not None
        ):
            out.append(NameSpan(i, k, "person"))
            taken.update(range(i, k))
        i = max(k, i + 1)
    out.extend(_untagged_passive_subjects(doc, taken))
    return out


_FUNCTION_POS = frozenset({"ADV", "DET", "ADP", "PRON", "SCONJ", "CCONJ", "AUX", "NUM", "PART", "PUNCT", "SYM"})


# verbs of freeing and shooting whose two-word capitalised object or passive subject is a
# person ("Kidnappers released Chukwuemeka Obi", "Tunde Bakare was freed"), kept apart from
# HUMAN_PASSIVES, which also retags organisations
_HUMAN_RELEASES = frozenset({"free", "release", "rescue", "shoot", "capture"})


def _untagged_passive_subjects(doc: Doc, taken: set[int]) -> list[NameSpan]:
    """"Amadou Diallo was arrested by ...", "Police arrested Chike Obi": an untagged
    capitalised name (the tagger may even take its first word for a verb) as the subject of a
    passive only people undergo, or as the object of that verb in the active, is a person's
    name."""
    from dateline.nlp.entities_kinds import HUMAN_PASSIVES

    out = []
    tables, tokens = doc_tables(doc), doc_tokens(doc)
    dep, pos = tables.dep, tables.pos
    # (the tests below on the token's tag and relation, first read from the tables)
    for tok in [tokens[i] for i in range(len(tokens)) if pos[i] == "PROPN" and dep[i] in {"nsubjpass", "dobj"}]:
        if (
            tok.i in taken
            or tok.ent_type_
            or tok.pos_ != "PROPN"
            or tok.dep_ not in {"nsubjpass", "dobj"}
            or tok.head.lemma_.lower() not in HUMAN_PASSIVES | _HUMAN_RELEASES
            or not tok.text[:1].isupper()
            or tok.text.isupper()
            or not tok.text.isalpha()
        ):
            continue
        left = tok.i
        while (
            left > 0
            and tok.i - left < 2
            and doc[left - 1].text[:1].isupper()
            and doc[left - 1].text.isalpha()
            and not doc[left - 1].text.isupper()
            and not doc[left - 1].ent_type_
            and doc[left - 1].pos_ not in _FUNCTION_POS
            and not is_title(doc[left - 1])
            and (left - 1) not in taken
        ):
            left -= 1
        if left == tok.i:
            continue  # a lone surname stays with the other rules
        out.append(NameSpan(left, tok.i + 1, "person"))
        taken.update(range(left, tok.i + 1))
    return out


def _untagged_names_after_roles(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """``Defense Minister Ana Restrepo``: two or more capitalised words after a role noun
    or a title, which the model left untagged (or took for part of an ORG), are a person."""
    taken = {i for s in spans if s.kind == "person" for i in range(s.start, s.end)}
    out = []
    tables, tokens = doc_tables(doc), doc_tokens(doc)
    words = tables.words
    # a role noun or a title (is_title, read from the tables)
    for tok in [
        tokens[i]
        for i, lower in enumerate(tables.lower)
        if (word := lower.rstrip(".")) in ROLE_NOUNS or word in TITLES and words[i][:1].isupper()
    ]:
        j = tok.i + 1
        while j < len(doc) and (is_title(doc[j]) or doc[j].text == "." and is_title(doc[j - 1])):
            j += 1
        k = j
        while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() and k - j < 4:
            k += 1
        j = _past_inner_title(doc, j, k)
        if k - j < 2 or not all(doc[i].ent_type_ in _MISTAGGED_NAME_LABELS for i in range(j, k)):
            continue
        if doc[k - 1].lower_ in NON_PERSON_HEADS:
            continue  # "the opposition Democratic Alliance": a role noun as a modifier of a body's name
        inner = [p for p in spans if p.kind == "person" and j <= p.start and p.end <= k]
        if inner and all(p.start > j or p.end < k for p in inner):
            inner[0].start, inner[0].end = j, k  # "Blogger Ana Moreno" tagged as "Moreno"
            taken.update(range(j, k))
        elif not any(i in taken for i in range(j, k)):
            out.append(NameSpan(j, k, "person"))
            taken.update(range(j, k))
    # An ORG/GPE span that overlaps a recovered name loses the overlap.
    for s in spans:
        if s.kind != "person":
            for n in out:
                if s.start < n.end and n.start < s.end:
                    s.end = max(s.start, min(s.end, n.start))
    spans[:] = [s for s in spans if s.end > s.start]
    return out


def _past_inner_title(doc: Doc, j: int, k: int) -> int:
    """``Deputy Defence Minister Kari X``: capitalised words up to a title inside the run
    ``[j, k)`` are the office ("Defence Minister"), not the name; the name starts after the
    last such title when two or more words remain (never after a given name: "Maria King")."""
    for t in range(k - 3, j, -1):
        if is_title(doc[t]) and not any(gender_of_given_name(doc[i].text) for i in range(j, t)):
            return t + 1
    return j


def _strip_leading_roles(doc: Doc, spans: list[NameSpan]) -> None:
    """``Lawyer Olga Petrova`` tagged as one PERSON: the role noun is not the name."""
    for s in spans:
        if s.kind != "person":
            continue
        while s.end - s.start > 2 and doc[s.start].lower_ in ROLE_NOUNS:
            s.role_noun = s.role_noun or doc[s.start].lower_
            s.start += 1
        # "Soldier Jake X was killed", "Brothers Tomas and Luis X": a person noun opening the
        # sentence before a given name is the person's description, not part of the name
        noun = doc[s.start].lower_.removesuffix("s")  # (the model may tag "Brothers" PROPN)
        if (
            s.end - s.start >= 2
            and _opens_sentence(doc, s.start)
            and not is_title(doc[s.start])  # ("Colonel", "Father": titles, given later)
            and {noun, doc[s.start].lower_} & PERSON_NOUNS
            and gender_of_given_name(doc[s.start + 1].text) is not None
        ):
            s.role_noun = s.role_noun or noun
            s.start += 1


def _split_role_span(doc: Doc, start: int, end: int, kind: EntityKind) -> list[NameSpan]:
    """``Central Command spokesperson Capt`` → ORG ``Central Command`` + a role for the
    next person; a span that is only a title is dropped (the person keeps it)."""
    words = [t.lower_.rstrip(".") for t in doc[start:end]]
    for i, w in enumerate(words):
        if w in ROLE_NOUNS and kind != "person" and doc[start + i].pos_ == "NOUN" or (
            w in SPOKES_NOUNS
        ):
            out = []
            if i > 0:
                out.append(NameSpan(start, start + i, kind))
            person = _next_person_start(doc, start + i + 1)
            if person is not None:
                out.append(NameSpan(person[0], person[1], "person", role_noun=w,
                                     role_org_span=(start, start + i) if i else None))
            return out
    if all(is_title(t) or t.is_punct for t in doc[start:end]):
        return []
    return [NameSpan(start, end, kind)]


def _next_person_start(doc: Doc, i: int) -> tuple[int, int] | None:
    """The PERSON entity starting within a few title tokens of token ``i``."""
    j = i
    while j < len(doc) and j - i < 5 and (is_title(doc[j]) or doc[j].text == "." and j > 0 and is_title(doc[j - 1])):
        j += 1
    for ent in doc.ents:
        if ent.label_ == "PERSON" and ent.start <= j < ent.end:
            return ent.start, ent.end
    if j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
        k = j
        while k < len(doc) and doc[k].pos_ == "PROPN" and k - j < 4:
            k += 1
        return j, k
    return None


_PORTFOLIO_TITLES = frozenset({"minister", "secretary"})


def _drop_portfolios(doc: Doc, spans: list[NameSpan]) -> None:
    """``Defence`` in "Defence Minister X", tagged ORG, is the minister's portfolio, part of
    the title: no entity of its own."""
    starts = {s.start for s in spans if s.kind == "person"}
    spans[:] = [
        s for s in spans
        if s.kind == "person"
        or s.end >= len(doc) - 1
        or not (doc[s.end].lower_ in _PORTFOLIO_TITLES and doc[s.end].text[:1].isupper() and s.end + 1 in starts)
    ]


def _give_titles(doc: Doc, spans: list[NameSpan]) -> None:
    """Move leading title tokens out of person names and note the title."""
    seen: dict[tuple[int, int], NameSpan] = {}
    for s in spans:
        if s.kind != "person":
            continue
        start = s.start
        while start < s.end - 1 and is_title(doc[start]):
            start += 1
        inner = _past_inner_title(doc, start, s.end)
        if inner > start:  # "Defence Minister Kari X" tagged as one name
            s.title = s.title or doc[start:inner].text
            start = inner
        title_start = start
        j = s.start - 1
        while j >= 0 and (is_title(doc[j]) or (doc[j].text == "." and j > 0 and is_title(doc[j - 1]))):
            title_start = j if doc[j].text != "." else title_start
            j -= 1
        title_start = min(title_start, s.start)
        if title_start < start:
            s.title = doc[title_start:start].text.replace(" .", ".")
        s.start = start
    # A role split may have produced a span the model also tagged: keep the richer one.
    for s in list(spans):
        key = (s.start, s.end)
        if key in seen:
            keep = seen[key]
            keep.role_noun = keep.role_noun or s.role_noun
            keep.role_org_span = keep.role_org_span or s.role_org_span
            keep.title = keep.title or s.title
            spans.remove(s)
        else:
            seen[key] = s


_MONTHS_AND_DAYS = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()  # noqa: SIM905
)


def _name_words(doc: Doc, start: int, end: int) -> bool:
    """Tokens ``[start, end)`` are two or three capitalised words that may be a person's
    name: letters only, not all capitals, no month or weekday, no word that heads a place's or
    a body's name (in the run or right after it), not opened by "the", a title or a word
    that opens place names ("Santa", "Sidi")."""
    words = doc[start:end]
    after = doc[end].lower_ if end < len(doc) else ""
    return (
        2 <= len(words) <= 3
        and all(t.text[:1].isupper() and t.text.isalpha() and not t.text.isupper() for t in words)
        and not {t.lower_ for t in words} & (_MONTHS_AND_DAYS | NON_PERSON_HEADS | BODY_NAME_WORDS)
        and after not in NON_PERSON_HEADS
        and not (start > 0 and doc[start - 1].lower_ == "the")
        and not is_title(words[0])
        and words[0].lower_ not in PLACE_OPENERS | PERSON_NOUNS | ROLE_NOUNS
        and (not _opens_sentence(doc, start) or _never_lower_case(doc, words[0].text))
    )


def _age_after(doc: Doc, end: int) -> bool:
    """", 34," or ", aged 34," right after token ``end - 1``: a person's age in apposition."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return False
    age = doc[end + 2] if doc[end + 1].lower_ == "aged" else doc[end + 1]
    nxt = doc[age.i + 1] if age.i + 1 < len(doc) else None
    return age.text.isdecimal() and 1 <= int(age.text) <= 110 and (nxt is None or nxt.text in {",", ".", ";"})


def _mislabelled_names(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """"A court jailed Pedro Alves" tagged WORK_OF_ART, "Yusuf Karam" PRODUCT, "Precious
    Moyo, 19," DATE: the two or three capitalised words opening a span the model gave a label
    no person has are a person when they open with a plainly gendered given name or are
    followed by an age (a title in quotation marks stays a title)."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for ent in doc.ents:
        if ent.label_ not in MISLABELS or (
            ent.start > 0 and doc[ent.start - 1].text in _QUOTES and not doc[ent.start - 1].whitespace_
        ):
            continue  # (an opening quote; a closing one before the name is a quotation's end: '..." X said')
        k = ent.start
        while k < ent.end and k - ent.start < 4 and doc[k].text[:1].isupper() and doc[k].text.isalpha():
            k += 1
        rest = doc[k : ent.end]
        if not all(t.is_punct or t.like_num for t in rest) or any(i in taken for i in range(ent.start, k)):
            continue  # "August 12, 2021 - Qasimi", "Tomasz is in a cell": not a name alone
        if not _name_words(doc, ent.start, k):
            continue
        if gender_of_given_name(doc[ent.start].text) is not None or _age_after(doc, k) or shares_person_surname(doc, spans, ent.start, k):
            out.append(NameSpan(ent.start, k, "person"))  # (or a relative: "X Dlamini ... Zodwa Dlamini said")
            taken.update(range(ent.start, k))
    return out


# Verbs only people are the subject of ("X said", "X told reporters", "X died"), and nouns
# whose "of" names a person ("relatives of X", "the body of X", "the abduction of X").
_PERSON_SUBJECT_VERBS = frozenset({"say", "tell", "die", "recall", "testify", "plead", "drown", "weep"})
_OF_PERSON_NOUNS = frozenset(
    """relative relatives family body funeral death killing murder abduction kidnapping
    disappearance arrest release wife husband son daughter mother father brother sister
    widow lawyer lawyers""".split()  # noqa: SIM905
)


def _untagged_names_with_person_cues(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """Two or three capitalised words the model left untagged, whose given name the list does
    not know ("Bongani Zulu"), are a person when the prose shows one: an age in apposition
    ("X, 34,"), the subject of "said" / "told" / "died", or the "of" of a relative, a body,
    an abduction ("relatives of X said")."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    pos = doc_tables(doc).pos
    i = 0
    while i < len(doc):
        if pos[i] != "PROPN" or i in taken or doc[i].ent_type_:
            i += 1
            continue
        k = i
        while k < len(doc) and k - i < 3 and pos[k] == "PROPN" and not doc[k].ent_type_ and k not in taken:
            k += 1
        start = i
        if k - i == 3 and gender_of_given_name(doc[i].text) is None and gender_of_given_name(doc[i + 1].text) is not None:
            start = i + 1  # "Sheriff Dolores X said": a word before a plain given name is an office
        if (
            (k >= len(doc) or pos[k] != "PROPN")
            and _name_words(doc, start, k)
            and all(_never_lower_case(doc, t.text) and t.lower_ not in BODY_NAME_WORDS for t in doc[start:k])
            and _person_cue_after(doc, start, k)
        ):
            out.append(NameSpan(start, k, "person"))
            taken.update(range(start, k))
        i = max(k, i + 1)
    return out


def _person_cue_after(doc: Doc, start: int, end: int) -> bool:
    """What the words around the untagged name ``[start, end)`` say of it (see above)."""
    if _age_after(doc, end):
        return True
    root = doc[end - 1]
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in _PERSON_SUBJECT_VERBS:
        return True
    return (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.lemma_.lower() in _OF_PERSON_NOUNS | {n.rstrip("s") for n in _OF_PERSON_NOUNS}
    )


def _names_joined_by_particles(doc: Doc, spans: list[NameSpan]) -> None:
    """"Hamid ould Cheikh", "Ibrahim ag X", "Salim bin Y", "Ana de la Cruz", "Jan van der X":
    one or two lower-case particles (of filiation, or of a family name) between a person's
    given name and a capitalised name join them into one person's name, however the model
    cut or tagged the pieces (or left them untagged)."""
    lower = doc_tables(doc).lower
    particles = NAME_PARTICLES | SURNAME_PARTICLES
    for i in [i for i, w in enumerate(lower) if w in particles]:
        if i == 0 or i + 1 >= len(doc) or not doc[i].text.islower() or lower[i - 1] in particles:
            continue
        j = i + 1 if lower[i + 1] in SURNAME_PARTICLES and doc[i + 1].text.islower() else i  # "de la", "van der"
        if j + 1 >= len(doc):
            continue
        before, after = doc[i - 1], doc[j + 1]
        if not (before.text[:1].isupper() and before.text.isalpha() and after.text[:1].isupper() and after.text.isalpha()):
            continue
        left = next((s for s in spans if s.start <= i - 1 < s.end), None)
        right = next((s for s in spans if s.start <= j + 1 < s.end), None)
        if left is not None and left is right:
            continue
        start = left.start if left is not None else i - 1
        if doc[start].lower_ in PLACE_OPENERS or left is not None and left.kind != "person" and lower[i] in SURNAME_PARTICLES:
            continue  # "Rio de Janeiro"; "the University of X" is no "de"
        if not (left is not None and left.kind == "person" or gender_of_given_name(doc[start].text) is not None):
            continue
        end = right.end if right is not None else j + 2
        if right is None and end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and not doc[end].ent_type_:
            end += 1  # "Mohamed ould Sidi Ahmed"
        if doc[end - 1].lower_ in NON_PERSON_HEADS or end - start > 6:
            continue
        keep = left or right or NameSpan(start, end, "person")
        for other in (left, right):
            if other is not None and other is not keep:
                other.end = other.start
        if keep not in spans:
            spans.append(keep)
        keep.start, keep.end, keep.kind = start, end, "person"
    spans[:] = [s for s in spans if s.end > s.start]
    spans.sort(key=lambda s: s.start)


def _surnames_left_out(doc: Doc, spans: list[NameSpan]) -> None:
    """"Rescuers found Pedro Alves alive" where the model tagged only "Pedro": a capitalised
    word the model left untagged right after a lone, plainly gendered given name is the
    person's surname."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    for s in spans:
        e = s.end
        if s.kind != "person" or e >= len(doc) or e in taken:
            continue
        if e - s.start != 1 and not _theophoric_given_name(doc, s.start, e):
            continue
        nxt = doc[e]
        if (
            nxt.ent_type_
            or nxt.pos_ != "PROPN"
            or not (nxt.text[:1].isupper() and nxt.text.isalpha() and not nxt.text.isupper())
            or nxt.lower_ in NON_PERSON_HEADS | _MONTHS_AND_DAYS
            or is_title(nxt)
            or "\n" in doc[s.start].text_with_ws
            or e + 1 < len(doc) and doc[e + 1].pos_ == "PROPN" and doc[e + 1].text[:1].isupper()
            or e - s.start == 1 and gender_of_given_name(doc[s.start].text) is None
        ):
            continue
        s.end = e + 1
        taken.add(e)
    _given_names_before_two_words(doc, spans, taken)


# "Abd", "Abdul", "Abdel" + a name of God ("Abd al-Karim", "Abdul Rahman"): one given name.
_THEOPHORIC = frozenset({"abd", "abdul", "abdel", "abdal", "abdol"})


def _theophoric_given_name(doc: Doc, start: int, end: int) -> bool:
    """"Abd al-Karim" (two or four tokens with the hyphen) is a given name, not a full name."""
    return doc[start].lower_ in _THEOPHORIC and end - start <= 4


def _given_names_before_two_words(doc: Doc, spans: list[NameSpan], taken: set[int]) -> None:
    """"Police said Abiy Tesfaye Alemu had been arrested" where the model tagged "Tesfaye
    Alemu": one untagged capitalised word right before a person's two-word name, that is no
    title, role, nationality or word the text writes in lower case, opens the name (names
    of three words, given name and two more, are common in news from many regions)."""
    for s in spans:
        i = s.start
        if s.kind != "person" or s.end - i != 2 or i == 0 or (i - 1) in taken or s.title or s.role_noun:
            continue
        prev = doc[i - 1]
        word = prev.lower_
        if (
            prev.ent_type_
            or prev.pos_ != "PROPN"
            or not (prev.text[:1].isupper() and prev.text.isalpha() and not prev.text.isupper())
            or is_title(prev)
            or word in PERSON_NOUNS | ROLE_NOUNS | DEMONYM_NOUNS | NON_PERSON_HEADS | BODY_NAME_WORDS | PLACE_OPENERS
            or word in _MONTHS_AND_DAYS
            or not _never_lower_case(doc, prev.text)
            or i >= 2 and doc[i - 2].pos_ == "PROPN" and doc[i - 2].text[:1].isupper()
        ):
            continue
        if gender_of_given_name(doc[i].text) is not None and gender_of_given_name(prev.text) is None:
            continue  # "Inspector Fiona X", "Maulana Habib X": the name already opens with its given name
        s.start = i - 1
        taken.add(i - 1)


def _given_names_alone(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """"Chipo Banda was arrested on Monday. Chipo was released on Friday": a capitalised word
    the model left untagged that is the given name of exactly one person named in full before
    it is that person, whether or not the given-name list knows it (a word the text also
    writes in lower case, or one opening a place's or a body's name, is not)."""
    owners: dict[str, list[int]] = {}
    for sp in spans:
        if sp.kind == "person" and 2 <= sp.end - sp.start <= 3:
            owners.setdefault(doc[sp.start].text, []).append(sp.start)
    names = {text_between(doc, sp.start, sp.end) for sp in spans if sp.kind == "person" and 2 <= sp.end - sp.start <= 3}
    unique = {w for w in owners if len({n for n in names if n.split()[0] == w}) == 1}
    if not unique:
        return []
    taken = {i for sp in spans for i in range(sp.start, sp.end)}
    out = []
    words = doc_tables(doc).words
    for word in unique:
        first = min(owners[word])
        if not word.isalpha() or word.isupper() or is_title(doc[first]) or not _never_lower_case(doc, word):
            continue
        for i in [i for i in range(first + 1, len(words)) if words[i] == word]:  # (the word table: no Token per word)
            tok = doc[i]
            if i in taken or tok.ent_type_ not in {"", "PERSON"}:
                continue
            if i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and doc[i + 1].pos_ == "PROPN":
                continue  # "Chipo Banda" again, or another name opening with the word
            opens = _opens_sentence(doc, i) or doc[i - 1].text in {":", '"', "“"}
            if opens and i + 1 < len(doc) and doc[i + 1].text == "," and not _age_after(doc, i + 1):
                continue  # "MANSOUR: Amal, the channel reported ...": the one spoken to, not a subject
            out.append(NameSpan(i, i + 1, "person"))
            taken.add(i)
    return out
