"""Speakers: the noun phrase that says something, and who it refers to.

A speaker mention is found by the parse (the subject of the reporting verb); this module
turns it into a clean mention (appositives and titles off, relative clauses kept for
anonymous descriptions) and resolves surnames, pronouns and definite descriptions ("the
spokesperson") to the fullest earlier mention, in document order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from dateline.nlp.attribution_index import active_index, doc_index, doc_text, paragraph_index
from dateline.nlp.attribution_issuers import (
    COUNTING,
    ORDINALS,
    VOICE_NOUNS,
    earlier_issuer,
    framing_subject,
    is_medium,
    issuer_of,
    ordinal_apposition,
    ordinal_description,
    ordinal_group,
    purported_speaker,
)
from dateline.nlp.attribution_nouns import (
    FEMALE_WORDS,
    GENDERED,
    GROUP_NOUNS,
    MALE,
    MALE_WORDS,
    NEUTER,
    ORG_NOUNS,
    PERSON_NOUNS,
    PLURAL,
    PRONOUNS,
    TITLE_OR_ROLE,
    TITLES,
)
from dateline.nlp.certainty import is_anonymous as _is_anonymous
from dateline.records import Entity, Speaker

_SPEAKER_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_KEEP_CHILD_DEPS = frozenset(
    {
        "compound",
        "amod",
        "det",
        "nummod",
        "poss",
        "prep",
        "relcl",
        "acl",
        "nmod",
        "case",
        "cc",
        "conj",
        "quantmod",
        "advmod",
        "punct",
        "npadvmod",
        "predet",
    }
)


@dataclass
class Mention:
    """A speaker mention before resolution; ``tokens`` is a token span (start, end)."""

    start: int
    end: int
    head: int


@dataclass
class Referent:
    """Something pronouns and descriptions can point back to."""

    position: int
    text: str
    name: str | None
    person: bool
    plural: bool
    entity_id: str | None = None
    anonymous: bool = False
    heads: frozenset[str] = field(default_factory=frozenset)
    speaker: bool = False
    paragraph: int = 0
    gender: str | None = None
    org: bool = False
    purported: bool = False  # "the man on the recording": who is heard, not who it is said to be


def speaker_mention(token: Token, *, lo: int = 0, hi: int | None = None) -> Mention:
    """The mention headed by ``token``: modifiers and relative clauses kept, appositives off."""
    hi = len(token.doc) if hi is None else hi
    if token.pos_ == "PRON":
        return Mention(token.i, token.i + 1, token.i)
    doc = token.doc
    # (Token texts, children and tags come from the shared tables when they are active:
    # ``doc[i]`` and ``Token.children`` make new Token objects, and the loops below look at
    # every position of the mention.)
    tables = active_index(doc)
    left, right = token.i, token.i
    if tables is not None:
        deps, tags = tables.dep, tables.pos
        for c in tables.children[token.i]:
            dep = deps[c]
            if dep not in _KEEP_CHILD_DEPS or dep == "punct" and c > token.i:
                continue
            if c > token.i and dep in {"cc", "conj"} and tags[c] not in {"PROPN", "NOUN", "CCONJ"}:
                continue
            child = doc[c]
            left = min(left, child.left_edge.i)
            right = max(right, child.right_edge.i)
    else:
        for child in token.children:
            if child.dep_ not in _KEEP_CHILD_DEPS:
                continue
            if child.dep_ == "punct" and child.i > token.i:
                continue
            if (
                child.i > token.i
                and child.dep_ in {"cc", "conj"}
                and child.pos_ not in {"PROPN", "NOUN", "CCONJ"}
            ):
                continue
            left = min(left, child.left_edge.i)
            right = max(right, child.right_edge.i)
    left, right = max(left, lo), min(right, hi - 1)
    index = paragraph_index(doc)
    while left < token.i and index[left] != index[token.i]:
        left += 1
    while right > token.i and index[right] != index[token.i]:
        right -= 1
    word = tables.words.__getitem__ if tables is not None else (lambda i: doc[i].text)
    # A dash, bracket or colon before the head closes a dateline or a lead-in: start after it.
    for i in range(token.i - 1, left - 1, -1):
        if word(i) in _BREAK_TEXTS and _is_break(doc[i]):
            left = i + 1
            break
    # A dash after the head: the head is a dateline ("NAIROBI (Wire) - The commission said").
    for i in range(token.i + 1, right + 1):
        if word(i) in _BREAK_TEXTS and _is_break(doc[i]) and i + 1 <= right:
            tail = doc[i + 1 : right + 1]
            return (
                speaker_mention(tail.root, lo=i + 1, hi=right + 1)
                if tail.root.i != token.i
                else Mention(i + 1, right + 1, tail.root.i)
            )
    # A comma after the head opens an appositive or a parenthetical: the mention ends there.
    for i in range(token.i + 1, right + 1):
        if word(i) in {",", "(", "\u2014", "--", '"', "\u201c", "\u201d"}:
            right = i - 1
            break
    while left < right and (doc[left].is_punct or doc[left].is_space):
        left += 1
    while right > left and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    return Mention(left, right + 1, token.i)


_BREAK_TEXTS = frozenset({")", "\u2014", "\u2013", "--", ":", ";", "-"})
"""The only token texts :func:`_is_break` can accept (a cheap test before making a Token)."""


def _is_break(token: Token) -> bool:
    if token.text in {")", "\u2014", "\u2013", "--", ":", ";"}:
        return token.is_punct
    # A hyphen with spaces around it is a dash; "81-year-old" is not.
    return (
        token.text == "-"
        and bool(token.whitespace_)
        and token.i > 0
        and bool(token.doc[token.i - 1].whitespace_)
    )


def proper_name(doc: Doc, mention: Mention) -> str | None:
    """The name inside a mention: the run of proper nouns ending at its head, titles off."""
    head = doc[mention.head]
    if head.pos_ != "PROPN" and not (
        head.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} and head.is_title
    ):
        return None
    start = head.i
    while start > mention.start and _name_part(doc[start - 1]):
        start -= 1
    end = head.i + 1
    while (
        end < mention.end
        and _name_part(doc[end])
        and doc[end].dep_ in {"flat", "compound", "appos", "punct"}
    ):
        end += 1
    if start >= 2 and doc[start - 1].tag_ == "POS" and doc[start - 2].pos_ == "PROPN":
        start -= 2  # "Russia's Defense Ministry"
        while start > mention.start and doc[start - 1].pos_ == "PROPN":
            start -= 1
    if head.ent_type_ == "PERSON":
        # Capitalised role words before a person's name ("Harbour Master Piotr Nowak") are not
        # part of it: start where the model's PERSON entity starts, when it starts later.
        ent_start = head.i
        while (
            ent_start > start
            and doc[ent_start - 1].ent_type_ == "PERSON"
            and doc[ent_start].ent_iob_ != "B"
        ):
            ent_start -= 1
        start = max(start, ent_start)
    institution = _institution(head)
    if institution:
        # "the Defence Ministry of Kestovia", "the Centre for Disease Control": an
        # organisation's name runs to the end of the model's entity, "of" phrase included.
        while (
            end < mention.end
            and doc[end].ent_type_ == head.ent_type_
            and doc[end].ent_iob_ == "I"
            and (doc[end].pos_ in {"PROPN", "ADP", "CCONJ"} or doc[end].is_title)
        ):
            end += 1
        while end > head.i + 1 and not doc[end - 1].is_title:
            end -= 1
    body = head.ent_type_ != "PERSON" and _named_body_end(doc, end, mention.end) > end
    if body:
        end = _named_body_end(doc, end, mention.end)
    tokens = [t for t in doc[start:end]]
    while (
        len(tokens) > 1
        and not institution
        and not body  # ("Justice for Myanmar Network": "Justice" is no judge's title here)  # "Defence Ministry", "Foreign Office": role words are the name
        and (tokens[0].lower_.rstrip(".") in TITLE_OR_ROLE or tokens[0].is_punct)
    ):
        tokens.pop(0)
    possessor = [c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN" and c.i < start]
    if possessor and tokens:
        first = possessor[0].left_edge.i
        return doc[first : tokens[-1].i + 1].text
    return doc[tokens[0].i : tokens[-1].i + 1].text if tokens else None


# Last words of the names of advocacy bodies built on "for" / "of" / "without" ("Justice for
# Myanmar Network", "Physicians for Human Rights", "Reporters Without Borders"), which the
# model often cuts at the preposition.
_BODY_NAME_ENDS = frozenset(
    {
        "network",
        "watch",
        "group",
        "committee",
        "centre",
        "center",
        "council",
        "foundation",
        "institute",
        "alliance",
        "coalition",
        "front",
        "movement",
        "union",
        "association",
        "society",
        "league",
        "initiative",
        "project",
        "campaign",
        "observatory",
        "commission",
        "federation",
        "trust",
        "fund",
        "forum",
        "rights",
        "justice",
        "freedom",
        "democracy",
        "peace",
        "borders",
        "liberties",
        "monitor",
        "collective",
        "platform",
    }
)


def _named_body_end(doc: Doc, end: int, limit: int) -> int:
    """Where an organisation's name ends when it runs on past a preposition the model split
    it at: "Justice | for Myanmar Network" is one name when the capitalised words after
    "for" end in a body noun; "Ana Ruiz of Reuters" is not (no body noun at the end)."""
    if end >= limit or doc[end].lower_ not in {"for", "of", "without", "against", "on"}:
        return end
    j, last = end + 1, None
    while j < limit and (doc[j].is_title or doc[j].lower_ in {"and", "the", "of", "for"}):
        if doc[j].is_title:
            last = j
        j += 1
    if last is None or doc[last].lower_ not in _BODY_NAME_ENDS:
        return end
    return last + 1


_BODY_LINK = r"(?i:for|of|without|against|on)"
_CAP_WORD = r"[A-Z][\w'\u2019-]*"


@lru_cache(maxsize=1024)
def _body_name_re(name: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?:\b{_CAP_WORD}(?:\s+{_CAP_WORD})*\s+{_BODY_LINK}\s+)?"
        rf"\b{re.escape(name)}\b"
        rf"(?:\s+{_BODY_LINK}\s+(?:(?:the|and|of|for)\s+)*{_CAP_WORD}(?:\s+(?:(?:the|and|of|for)\s+)*{_CAP_WORD})*)?"
    )


def is_body_name(name: str) -> bool:
    """A capitalised name ending in a body noun ("Hope Without Borders", "Sahel Rights
    Network"), the kind of organisation name the model often leaves untagged."""
    words = name.split()
    return (
        len(words) >= 2
        and all(w[:1].isupper() or w.lower() in {"of", "for", "and", "the", "on"} for w in words)
        and words[-1].lower() in _BODY_NAME_ENDS
    )


def full_body_name(text: str, name: str) -> str:
    """The whole name of an advocacy body the model cut at its preposition: "Justice" or
    "Myanmar Network" → "Justice for Myanmar Network" when the text writes it so and the
    name ends in a body noun (:data:`_BODY_NAME_ENDS`); otherwise ``name`` itself."""
    if not name[:1].isupper() or not _maybe_linked(text, name):
        return name  # (nearly always: no name in the text has a link word beside it)
    for m in _body_name_re(name).finditer(text):
        whole = m.group(0)
        if whole != name and whole.split()[-1].lower() in _BODY_NAME_ENDS:
            return whole
    return name


_LINK_BEFORE_RE = re.compile(rf"{_BODY_LINK}\Z")
_LINK_AFTER_RE = re.compile(_BODY_LINK)


def _maybe_linked(text: str, name: str) -> bool:
    """Whether some occurrence of ``name`` has a link word ("for", "of", ...) just before
    or after it across whitespace: the only places :func:`_body_name_re` can match more
    than ``name`` itself. Found by a literal search instead of trying the pattern's
    optional capitalised prefix at every word of the text, which cost more than the rest of
    the speaker's reading (a cheap superset test: the full pattern decides)."""
    at = text.find(name)
    while at != -1:
        before = at
        while before > 0 and text[before - 1].isspace():
            before -= 1
        if before < at and _LINK_BEFORE_RE.search(text[max(0, before - 7) : before]):
            return True
        end = after = at + len(name)
        while after < len(text) and text[after].isspace():
            after += 1
        if after > end and _LINK_AFTER_RE.match(text, after):
            return True
        at = text.find(name, at + 1)
    return False


def _described_as(head: Token) -> set[str]:
    """The head nouns of a name's appositive description ("X, a rights group based in
    Thailand, said": "group"), so that "the group" later takes X up."""
    names = [head] + [
        g for c in head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
    ]
    if head.pos_ != "PROPN":
        return set()
    return {
        a.lemma_.lower()
        for n in names
        for a in n.children
        if a.dep_ == "appos" and a.pos_ == "NOUN" and a.i > n.i
    }


def _institution(head: Token) -> bool:
    """A name headed by an institution noun ("Ministry", "Office", "Centre")."""
    return head.lemma_.lower() in ORG_NOUNS | _BODY_NOUNS


_BODY_NOUNS = frozenset(
    {"ministry", "office", "department", "agency", "commission", "council", "centre", "center"}
)


_NAMING_RE = re.compile(
    r"\b(?:calling (?:itself|himself|herself|themselves)|known as|named|called|by the name(?: of)?)\s+$",
    re.I,
)


def _surname_used_alone(doc: Doc, name: str) -> bool:
    """ "Nadia Petrova" ... "Petrova says": news refers to people, not organisations, by the
    last word of their name alone; the small model often tags such names ORG or GPE."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(
        w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words
    ):
        return False
    first, last = words[0], words[-1]
    if last == first:
        return False
    tables = doc_index(doc)
    text, pos = tables.words, tables.pos
    return any(
        word == last and pos[i] == "PROPN" and (i == 0 or text[i - 1] != words[-2])
        for i, word in enumerate(text)
    )


def _is_surname(doc: Doc, span: Span) -> bool:
    """A one-word "organisation" that is the last word of a full name used before it."""
    if len(span) != 1:
        return False
    tables = doc_index(doc)
    text, pos, word = tables.words, tables.pos, span.text
    return any(
        text[i] == word and pos[i - 1] == "PROPN" and doc[i - 1].is_title
        for i in range(1, span.start)
    )


def _in_dateline(span: Span) -> bool:
    """``ANKARA (Meridian News) —``: the outlet of a dateline is not a story's organisation."""
    doc = span.doc
    before = doc_text(doc)[max(0, span.start_char - 2) : span.start_char]
    after = doc_text(doc)[span.end_char : span.end_char + 4]
    return "(" in before and ")" in after and bool(re.match(r"\)\s*(?:[\u2014\u2013-]|$)", after))


_WORD_RE = re.compile(r"[a-z]+")


@lru_cache(maxsize=4096)
def _words_of(lowered: str) -> frozenset[str]:
    """The lower-case words of an already lower-cased description (asked again and again)."""
    return frozenset(_WORD_RE.findall(lowered))


def _gender_of(description: str) -> str | None:
    words = _words_of(description.lower())
    if words & MALE_WORDS and not words & FEMALE_WORDS:
        return "m"
    if words & FEMALE_WORDS and not words & MALE_WORDS:
        return "f"
    return None


def _name_beside(head: Token) -> str | None:
    """A name given next to a role noun: "the diver Ana Sousa", "its chief, Maria Lind,",
    "a group calling itself the Northern Front", "a man known as Abu Tariq"."""
    doc = head.doc
    for child in head.children:
        if child.dep_ in {"appos", "compound"} and child.pos_ == "PROPN" and child.i > head.i:
            return proper_name(doc, Mention(child.left_edge.i, child.right_edge.i + 1, child.i))
        if (
            child.dep_ == "appos" and child.pos_ == "NOUN"
        ):  # "its shareholder, the pension fund Nordvest"
            inner = _name_beside(child)
            if inner is not None:
                return inner
    tables = doc_index(doc)
    for token in head.subtree:
        if (
            token.i > head.i
            and tables.pos[token.i] == "PROPN"
            and _NAMING_RE.search(tables.text_of(max(head.i, token.i - 6), token.i) + " ")
        ):
            end = token.i
            while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
                end += 1
            return doc[token.i : end + 1].text
    return None


@lru_cache(maxsize=4096)
def is_anonymous(description: str) -> bool:
    """:func:`dateline.nlp.certainty.is_anonymous`, remembered: speakers recur in a story."""
    return _is_anonymous(description)


def _full_description(head: Token) -> str:
    """The whole noun phrase, non-restrictive clauses included ("Two nurses, who asked ...")."""
    doc = head.doc
    index = paragraph_index(doc)
    left, right = head.left_edge.i, head.right_edge.i
    while left < head.i and index[left] != index[head.i]:
        left += 1
    while right > head.i and index[right] != index[head.i]:
        right -= 1
    return doc_index(doc).text_of(left, right + 1)


_ON_RECORD = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative", "statement"})


def _unnamed_individual(span: Span, head: Token) -> bool:
    """ "a resident", "one official", "a clerk at the station": a person the text does not name."""
    first = span[0].lower_
    return (
        first in {"a", "an", "one"}
        and head.pos_ == "NOUN"
        and head.tag_ == "NN"
        and (head.lower_ in PERSON_NOUNS or head.lemma_.lower() in PERSON_NOUNS)
        and head.lower_ not in _ON_RECORD
        and not any(
            t.pos_ == "PROPN"
            for t in head.subtree
            if t.i > head.i and t.dep_ in {"appos", "compound"}
        )
    )


def strip_titles(name: str) -> str:
    """ "Farmer Joel Ames" → "Joel Ames": leading titles and role words are not the name."""
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLE_OR_ROLE:
        words.pop(0)
    return " ".join(words)


def _name_part(token: Token) -> bool:
    if token.pos_ == "PROPN":
        return True
    if token.text in {"-", "."} or (token.text.endswith(".") and token.text[:1].isupper()):
        return True
    return token.is_title and token.lower_.rstrip(".") in TITLES


def _standing_for(
    who: Referent | Speaker, text: str, start: int, end: int, *, anonymous: bool | None = None
) -> Speaker:
    """A mention's own words and offsets, with the identity of whoever it stands for (the
    antecedent of a pronoun, the person a description or an ordinal names)."""
    return Speaker(
        text=text,
        name=who.name or who.text,
        entity_id=who.entity_id,
        anonymous=who.anonymous if anonymous is None else anonymous,
        start=start,
        end=end,
    )


@dataclass
class SpeakerResolver:
    """Resolves mentions in document order against what came before."""

    doc: Doc
    entities: list[Entity] = field(default_factory=list)
    referents: list[Referent] = field(default_factory=list)
    genders: dict[str, str] = field(default_factory=dict)
    # Per-document lookups the resolver asks for every mention (``Doc.ents`` builds new
    # spans on each access): computed once, on first use.
    _ents: tuple[Span, ...] | None = field(default=None, init=False, repr=False)
    _named_people: dict[str, bool] = field(default_factory=dict, init=False, repr=False)
    _purported: set[str] = field(default_factory=set, init=False, repr=False)

    @property
    def ents(self) -> tuple[Span, ...]:
        if self._ents is None:
            self._ents = tuple(self.doc.ents)
        return self._ents

    def _is_named_person(self, name: str) -> bool:
        """A name the model tags PERSON somewhere, or whose surname the story uses alone."""
        known = self._named_people.get(name)
        if known is None:
            known = any(e.label_ == "PERSON" and e.text == name for e in self.ents) or (
                _surname_used_alone(self.doc, name)
            )
            self._named_people[name] = known
        return known

    def observe(self, referent: Referent) -> None:
        self.referents.append(referent)

    def resolve(self, mention: Mention) -> Speaker:
        doc = self.doc
        span = doc[mention.start : mention.end]
        head = doc[mention.head]
        start, end = span.start_char, span.end_char
        text = doc_text(doc)[start:end]  # (Span.text joins its tokens anew)
        lower = head.lower_
        if head.pos_ == "PRON" or lower in PRONOUNS:
            found = self._antecedent(lower, span.start_char)
            person = self._pronoun_person(head, found)
            if person is not None:
                # The entities stage resolved "he"/"she" with gender agreement: both stages
                # name the same person.
                self.genders.setdefault(person.name or person.text, "m" if lower in MALE else "f")
                return person.model_copy(update={"text": text, "start": start, "end": end})
            if found is None:
                return Speaker(text=text, start=start, end=end)
            self._learn_gender(found, lower)
            return _standing_for(found, text, start, end)
        described = purported_speaker(span)
        if described is not None:
            # "the man on the recording said": an anonymous speaker, purportedly the person
            # the recording is attributed to, never resolved to that person
            self._purported.add(described)
            return Speaker(text=text, name=described, anonymous=True, start=start, end=end)
        rerouted = self._true_speaker(span, head)
        if rerouted is not None:
            return rerouted
        part_of = self._partitive(head)
        named_part = _name_beside(head) if part_of is not None else None
        if named_part is not None:  # "One of them, Baltic Star Lines,"
            return Speaker(text=text, name=named_part, start=start, end=end)
        if part_of is not None:  # "one of the officials", "one of them"
            return Speaker(
                text=text,
                name=part_of.name,
                entity_id=part_of.entity_id,
                anonymous=part_of.anonymous or is_anonymous(text),
                start=start,
                end=end,
            )
        entity = self._entity_at(head.idx)
        if (
            is_anonymous(text)
            or is_anonymous(_full_description(head))
            or _unnamed_individual(span, head)
        ):
            return Speaker(
                text=text,
                anonymous=True,
                start=start,
                end=end,
                entity_id=entity.entity_id if entity else None,
            )
        name = proper_name(doc, mention)
        if name is None and head.pos_ == "NOUN":
            name = _name_beside(head)
        if name is not None:
            name = self._full_name(name, start)
        else:
            earlier = self._description(span, head, start)
            if earlier is not None:
                return _standing_for(earlier, text, start, end)
        if entity is not None:
            # The name as the text gives it (full name found by surname) wins; the entity's
            # canonical name fills in for descriptions ("the ISIS leader").
            canonical = strip_titles(entity.name) if entity.kind == "person" else entity.name
            return Speaker(
                text=text, name=name or canonical, entity_id=entity.entity_id, start=start, end=end
            )
        return Speaker(text=text, name=name, start=start, end=end)

    def _pronoun_person(self, pronoun: Token, own: Referent | None) -> Speaker | None:
        """The person the entities stage resolved a gendered pronoun to, unless this
        resolver's own antecedent is an unnamed speaker just before ("a police spokeswoman
        ... she added"), whom the entities stage does not track."""
        lower = pronoun.lower_
        if lower not in GENDERED:
            return None
        entity = self._entity_at(pronoun.idx)
        if entity is None or entity.kind != "person":
            return None
        if own is not None and own.entity_id == entity.entity_id:
            return None  # the same person: keep the mention's own resolution
        here = paragraph_index(self.doc)[pronoun.i]
        if own is not None and own.purported and here - own.paragraph <= 1:
            return None  # "he" is the man on the recording, purportedly (not surely) the person
        if (
            own is not None
            and own.speaker
            and own.entity_id is None
            and (own.anonymous or own.name is None)
            and own.gender in {None, "m" if lower in MALE else "f"}
            and here - own.paragraph <= 1
        ):
            return None  # "A resident said ... "...," he said": the unnamed speaker goes on
        return Speaker(
            text=pronoun.text, name=strip_titles(entity.name), entity_id=entity.entity_id
        )

    def _true_speaker(self, span: Span, head: Token) -> Speaker | None:
        """A medium or an ordinal in the speaker's slot: who really speaks
        (:mod:`attribution_issuers`); None when the mention names its speaker itself."""
        start, end = span.start_char, span.end_char
        text = doc_text(span.doc)[start:end]  # (Span.text joins its tokens anew)
        if is_medium(head):
            issuer = issuer_of(head) or framing_subject(head)
            if issuer is None and any(
                t.lower_ in {"the", "this", "that", "these", "those"} for t in span if t.i < head.i
            ):
                issuer = earlier_issuer(head)
            inner = (
                self.resolve(speaker_mention(issuer))
                if issuer is not None and issuer.i != head.i
                else None
            )
            if inner is not None and (inner.name or issuer is None or issuer.pos_ != "PRON"):
                return _standing_for(inner, text, start, end)
            return Speaker(text=text, anonymous=True, start=start, end=end)  # nobody named
        if head.lower_ in ORDINALS or head.lower_ in COUNTING:
            appos = ordinal_apposition(head)
            if appos is not None:
                inner = self.resolve(speaker_mention(appos))
                return _standing_for(
                    inner, text, start, end, anonymous=inner.anonymous or is_anonymous(inner.text)
                )
            described = ordinal_description(head)
            group = ordinal_group(head)
            if described is not None and group is not None:
                whole = self.resolve(speaker_mention(group))
                return Speaker(
                    text=text,
                    name=described,
                    anonymous=whole.anonymous or whole.name is None,
                    start=start,
                    end=end,
                )
            return None
        return None

    def _kind_at(self, head: Token) -> str | None:
        """The kind of the document entity whose mention covers ``head`` (the entities stage
        knows "the Crescent Vanguard" is a group when the model's tag does not)."""
        entity = self._entity_at(head.idx)
        return entity.kind if entity is not None else None

    def referent_of(self, speaker: Speaker, head: Token, *, is_speaker: bool = False) -> Referent:
        described = (speaker.name or speaker.text).lower()
        named_person = bool(speaker.name) and self._is_named_person(speaker.name or "")
        words = _words_of(described)
        # "The Crescent Vanguard", "The Qadra Post": a proper name with the definite article
        # is a body, not a person; a medium whose issuer is known ("the statement" of the
        # army) is what a later "it" takes up.
        said = speaker.text.split()
        definite_name = (
            head.pos_ == "PROPN"
            and head.ent_type_ != "PERSON"
            and len(said) > 1
            and said[0].lower() == "the"
            and said[1][:1].isupper()
            and said[1].lower().rstrip(".") not in TITLE_OR_ROLE
        )
        issued = is_medium(head) and speaker.name is not None
        person = (
            not definite_name
            and not issued
            and (
                named_person
                or head.ent_type_ == "PERSON"
                or head.lower_ in PERSON_NOUNS
                or bool(words & PERSON_NOUNS)
                or (
                    head.pos_ == "PROPN"
                    and head.ent_type_ not in {"ORG", "GPE", "NORP", "FAC", "LOC"}
                )
                or (head.pos_ == "PRON" and head.lower_ in GENDERED)
            )
        )
        # "Banks", "Mills": surnames ending in -s are tagged plural proper nouns.
        plural = head.tag_ == "NNS" or (head.tag_ == "NNPS" and not person) or head.lower_ in PLURAL
        return Referent(
            position=head.idx,
            text=speaker.text,
            name=speaker.name,
            person=person,
            plural=plural,
            entity_id=speaker.entity_id,
            anonymous=speaker.anonymous,
            heads=frozenset({head.lemma_.lower(), head.lower_, *_described_as(head)}),
            speaker=is_speaker,
            paragraph=paragraph_index(self.doc)[head.i],
            gender=_gender_of(described),
            purported=speaker.name in self._purported,
            org=head.ent_type_ in {"ORG", "GPE", "NORP"}
            or head.lemma_.lower() in ORG_NOUNS | _BODY_NOUNS  # "the president's office"
            or (not person and self._kind_at(head) in {"org", "gpe"})
            or definite_name
            or issued,
        )

    def _antecedent(self, pronoun: str, before: int) -> Referent | None:
        """Most recent compatible referent; a speaker of this or the last paragraph first."""
        index = paragraph_index(self.doc)
        at = self.doc.char_span(before, before + 1, alignment_mode="expand")
        para = index[at.start] if at is not None and len(at) else 0
        earlier = [
            r for r in self.referents if r.position < before and self._compatible(r, pronoun)
        ]
        # Preference: whoever this paragraph last spoke of, then the last paragraph's speaker,
        # then anyone earlier (the nearest first).
        for group in (
            [r for r in earlier if r.paragraph == para],
            [r for r in earlier if r.speaker and r.paragraph == para - 1],
            earlier,
        ):
            if group:
                return max(group, key=lambda r: r.position)
        if pronoun in NEUTER:
            # "The Crescent Vanguard released a recording that it said ...": the organisation
            # the entities stage found in this or the last paragraph, nearest first.
            org = self._recent_org(before, para)
            if org is not None:
                return org
        if pronoun in GENDERED:
            # Nobody in subject position yet ("The first thing you notice about Dr. Ada Lenz
            # is that she ..."): the latest person named anywhere before.
            people = [
                e for e in self.ents if e.label_ == "PERSON" and e.end_char <= before and len(e) > 1
            ]
            if people:
                ent = people[-1]
                return Referent(
                    position=ent.start_char,
                    text=ent.text,
                    name=strip_titles(ent.text),
                    person=True,
                    plural=False,
                )
        return None

    def _recent_org(self, before: int, para: int) -> Referent | None:
        index = paragraph_index(self.doc)
        best: tuple[int, Entity] | None = None
        for entity in self.entities:
            if entity.kind != "org":
                continue
            for m in entity.mentions:
                if m.end > before or (best is not None and m.start <= best[0]):
                    continue
                at = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if at is None or not len(at) or para - index[at.start] > 1:
                    continue
                best = (m.start, entity)
        if best is None:
            return None
        return Referent(
            position=best[0],
            text=best[1].name,
            name=best[1].name,
            person=False,
            plural=False,
            entity_id=best[1].entity_id,
            org=True,
        )

    def _compatible(self, ref: Referent, pronoun: str) -> bool:
        if pronoun in GENDERED:
            gender = "m" if pronoun in MALE else "f"
            known = self.genders.get(ref.name or ref.text) or ref.gender
            return ref.person and not ref.plural and known in {None, gender}
        if pronoun in PLURAL:
            return ref.plural or ref.org or bool(ref.heads & GROUP_NOUNS)
        return ref.org and not ref.plural

    def _learn_gender(self, ref: Referent, pronoun: str) -> None:
        if pronoun in GENDERED:
            self.genders.setdefault(ref.name or ref.text, "m" if pronoun in MALE else "f")

    def _partitive(self, head: Token) -> Referent | None:
        """ "one of the officials" / "one of them": the group the speaker belongs to."""
        if head.lower_ not in {
            "one",
            "two",
            "some",
            "several",
            "many",
            "most",
            "both",
            "each",
            "none",
        }:
            return None
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        group = self.resolve(speaker_mention(obj))
                        return Referent(
                            position=head.idx,
                            text=group.text,
                            name=group.name or group.text,
                            person=True,
                            plural=True,
                            entity_id=group.entity_id,
                            anonymous=group.anonymous,
                        )
        return None

    def _full_name(self, name: str, before: int) -> str:
        """A surname alone points back to the fullest earlier name that ends with it."""
        if " " in name:
            return name
        for ent in self.ents:  # the earliest full name first: usually the story's subject
            if ent.start_char < before and ent.label_ == "PERSON":
                words = ent.text.split()
                if len(words) > 1 and words[-1] == name:
                    return strip_titles(ent.text)
        for ref in self.referents:
            if ref.position < before and ref.name and ref.name != name:
                parts = ref.name.split()
                if len(parts) > 1 and parts[-1] == name:
                    return ref.name
        for ent in self.ents:
            if ent.start_char < before and ent.label_ == "PERSON":
                words = ent.text.split()
                if len(words) > 1 and words[-1] == name:
                    return ent.text
        return name

    def _description(self, span: Span, head: Token, before: int) -> Referent | None:
        """ "the spokesperson", "the officials": the latest earlier speaker described that way."""
        if not any(t.lower_ in {"the", "this", "that", "these", "those"} for t in span):
            return None
        keys = {head.lemma_.lower(), head.lower_}
        words = {
            t.lower_
            for t in span
            # ("the same official", "the same sources": the one cited before, said again)
            if t.is_alpha and t.lower_ not in {"the", "this", "that", "these", "those", "same"}
        }
        text = span.text
        for ref in reversed(self.referents):
            if ref.position >= before or not ref.speaker or ref.text == text:
                continue
            ref_words = _words_of(ref.text.lower())
            if ref.heads & keys and words <= ref_words | keys:
                return ref
        if (
            head.lemma_.lower() in VOICE_NOUNS
            and head.pos_ == "NOUN"
            and any(r.purported and r.position < before for r in self.referents)
        ):
            # "the man on the recording ... The voice says": the recording's speaker again,
            # in the words the text uses ("the speaker"), with the same caveat
            self._purported.add(span.text)
            return Referent(
                position=head.idx,
                text=span.text,
                name=None,
                person=True,
                plural=False,
                anonymous=True,
                purported=True,
            )
        if head.lemma_.lower() in ORG_NOUNS and head.tag_ == "NN":
            # "the company", "the club": the organisation last named before, leaving out the
            # media the story cites ("told the Herald", "an interview with the Star").
            index = paragraph_index(self.doc)
            orgs = [
                e
                for e in self.ents
                if e.label_ == "ORG"
                and e.end_char <= before
                and index[head.i] - index[e.start] <= 2
                and not (
                    e.root.dep_ in {"pobj", "dobj", "dative"}
                    and e.root.head.lower_ in {"with", "to", "told", "tell", "tells", "for", "on"}
                )
                and not _in_dateline(e)
                and not _is_surname(self.doc, e)
            ]
            if orgs:
                org = orgs[-1]
                return Referent(
                    position=org.start_char,
                    text=org.text,
                    name=org.text,
                    person=False,
                    plural=False,
                )
        return None

    def _entity_at(self, head_char: int) -> Entity | None:
        """The entity one of whose mentions covers the speaker's head word."""
        for entity in self.entities:
            for m in entity.mentions:
                if m.start <= head_char < m.end:
                    return entity
        return None
