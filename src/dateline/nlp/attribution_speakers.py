"""Speakers: the noun phrase that says something, and who it refers to.

A speaker mention is found by the parse (the subject of the reporting verb); this module
turns it into a clean mention (appositives and titles off, relative clauses kept for
anonymous descriptions) and resolves surnames, pronouns and definite descriptions ("the
spokesperson") to the fullest earlier mention, in document order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from dateline.nlp.attribution_quotes import paragraph_index
from dateline.nlp.certainty import is_anonymous
from dateline.records import Entity, Speaker

TITLES = frozenset(
    ["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "father", "sister", "brother", "capt", "captain", "col", "colonel", "gen", "general", "lt", "lieutenant", "maj", "major", "sgt", "sergeant", "cpl", "adm", "admiral", "cmdr", "commander", "pvt", "president", "vice", "minister", "secretary", "senator", "sen", "rep", "representative", "gov", "governor", "mayor", "judge", "justice", "chancellor", "premier", "king", "queen", "prince", "princess", "sheikh", "imam", "pope", "bishop", "cardinal", "chief", "inspector", "detective", "officer", "agent", "ambassador", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "ceo", "director", "coach", "professor", "deputy", "prime", "foreign", "defense", "defence", "interior", "finance", "state", "assistant", "attorney", "superintendent", "constable"]
)
PERSON_NOUNS = frozenset(
    ["man", "woman", "boy", "girl", "person", "spokesman", "spokeswoman", "spokesperson", "official", "minister", "president", "officer", "leader", "speaker", "voice", "narrator", "caller", "witness", "resident", "source", "aide", "analyst", "expert", "lawyer", "attorney", "doctor", "nurse", "teacher", "student", "mother", "father", "son", "daughter", "wife", "husband", "governor", "mayor", "senator", "ambassador", "diplomat", "commander", "general", "colonel", "captain", "chief", "director", "secretary", "prosecutor", "judge", "investigator", "researcher", "scientist", "professor", "economist", "farmer", "worker", "employee", "manager", "owner", "founder", "chairman", "chairwoman", "executive", "candidate", "lawmaker", "activist", "survivor", "victim", "neighbor", "neighbour", "friend", "relative", "militant", "fighter", "soldier", "gunman", "suspect", "driver", "pilot", "coach", "player", "fan", "parent", "child", "priest", "imam", "cleric", "negotiator", "representative", "agent", "detective", "historian", "author", "writer", "journalist", "reporter", "editor", "presenter", "host", "rapper", "singer", "actor", "actress", "official"]
)
GROUP_NOUNS = frozenset(
    ["officials", "sources", "analysts", "experts", "residents", "witnesses", "police", "authorities", "investigators", "people", "critics", "officers", "diplomats", "aides", "lawmakers", "researchers", "scientists", "prosecutors", "protesters", "activists", "observers", "economists", "doctors", "families", "members", "leaders", "ministers", "rebels", "militants", "workers", "officers", "troops", "military", "government", "ministry", "army"]
)
MALE = frozenset({"he", "him", "his"})
FEMALE = frozenset({"she", "her", "hers"})
PLURAL = frozenset({"they", "them", "their"})
NEUTER = frozenset({"it", "its"})
FIRST_SECOND = frozenset({"i", "me", "we", "us", "you"})
_SPEAKER_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_KEEP_CHILD_DEPS = frozenset(
    {"compound", "amod", "det", "nummod", "poss", "prep", "relcl", "acl", "nmod", "case",
     "cc", "conj", "quantmod", "advmod", "punct", "npadvmod", "predet"}
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


def speaker_mention(token: Token, *, lo: int = 0, hi: int | None = None) -> Mention:
    """The mention headed by ``token``: modifiers and relative clauses kept, appositives off."""
    hi = len(token.doc) if hi is None else hi
    if token.pos_ == "PRON":
        return Mention(token.i, token.i + 1, token.i)
    left, right = token.i, token.i
    for child in token.children:
        if child.dep_ not in _KEEP_CHILD_DEPS:
            continue
        if child.dep_ == "punct" and child.i > token.i:
            continue
        if child.i > token.i and child.dep_ in {"cc", "conj"} and child.pos_ not in {"PROPN", "NOUN", "CCONJ"}:
            continue
        left = min(left, child.left_edge.i)
        right = max(right, child.right_edge.i)
    left, right = max(left, lo), min(right, hi - 1)
    doc = token.doc
    index = paragraph_index(doc)
    while left < token.i and index[left] != index[token.i]:
        left += 1
    while right > token.i and index[right] != index[token.i]:
        right -= 1
    # A dash, bracket or colon before the head closes a dateline or a lead-in: start after it.
    for i in range(token.i - 1, left - 1, -1):
        if doc[i].text in {")", "\u2014", "\u2013", "--", "-", ":", ";"} and doc[i].is_punct:
            left = i + 1
            break
    # A comma after the head opens an appositive or a parenthetical: the mention ends there.
    for i in range(token.i + 1, right + 1):
        if doc[i].text in {",", "(", "\u2014", "--", '"', "\u201c", "\u201d"}:
            right = i - 1
            break
    while left < right and (doc[left].is_punct or doc[left].is_space):
        left += 1
    while right > left and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    return Mention(left, right + 1, token.i)


def proper_name(doc: Doc, mention: Mention) -> str | None:
    """The name inside a mention: the run of proper nouns ending at its head, titles off."""
    head = doc[mention.head]
    if head.pos_ != "PROPN" and not (head.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} and head.is_title):
        return None
    start = head.i
    while start > mention.start and _name_part(doc[start - 1]):
        start -= 1
    end = head.i + 1
    while end < mention.end and _name_part(doc[end]) and doc[end].dep_ in {"flat", "compound", "appos", "punct"}:
        end += 1
    if start >= 2 and doc[start - 1].tag_ == "POS" and doc[start - 2].pos_ == "PROPN":
        start -= 2  # "Russia's Defense Ministry"
        while start > mention.start and doc[start - 1].pos_ == "PROPN":
            start -= 1
    if head.ent_type_ == "PERSON":
        # Capitalised role words before a person's name ("Harbour Master Piotr Nowak") are not
        # part of it: start where the model's PERSON entity starts, when it starts later.
        ent_start = head.i
        while ent_start > start and doc[ent_start - 1].ent_type_ == "PERSON" and doc[ent_start].ent_iob_ != "B":
            ent_start -= 1
        start = max(start, ent_start)
    tokens = [t for t in doc[start:end]]
    while len(tokens) > 1 and (tokens[0].lower_.rstrip(".") in TITLES | PERSON_NOUNS or tokens[0].is_punct):
        tokens.pop(0)
    possessor = [c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN" and c.i < start]
    if possessor and tokens:
        first = possessor[0].left_edge.i
        return doc[first : tokens[-1].i + 1].text
    return doc[tokens[0].i : tokens[-1].i + 1].text if tokens else None


def strip_titles(name: str) -> str:
    """"Farmer Joel Ames" → "Joel Ames": leading titles and role words are not the name."""
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES | PERSON_NOUNS:
        words.pop(0)
    return " ".join(words)


def _name_part(token: Token) -> bool:
    if token.pos_ == "PROPN":
        return True
    if token.text in {"-", "."} or (token.text.endswith(".") and token.text[:1].isupper()):
        return True
    return token.is_title and token.lower_.rstrip(".") in TITLES


@dataclass
class SpeakerResolver:
    """Resolves mentions in document order against what came before."""

    doc: Doc
    entities: list[Entity] = field(default_factory=list)
    referents: list[Referent] = field(default_factory=list)

    def observe(self, referent: Referent) -> None:
        self.referents.append(referent)

    def resolve(self, mention: Mention) -> Speaker:
        doc = self.doc
        span = doc[mention.start : mention.end]
        head = doc[mention.head]
        start, end = span.start_char, span.end_char
        text = span.text
        lower = head.lower_
        if head.pos_ == "PRON" or lower in MALE | FEMALE | PLURAL | NEUTER:
            found = self._antecedent(lower, span.start_char)
            if found is None:
                return Speaker(text=text, start=start, end=end)
            return Speaker(text=text, name=found.name or found.text, entity_id=found.entity_id,
                           anonymous=found.anonymous, start=start, end=end)
        entity = self._entity_at(start, end, head.idx)
        if is_anonymous(text):
            return Speaker(text=text, anonymous=True, start=start, end=end,
                           entity_id=entity.entity_id if entity else None)
        name = proper_name(doc, mention)
        if name is None and head.pos_ == "NOUN":
            # "the diver Ana Sousa" / "The company's chief executive, Maria Lind,": the name
            # stands in apposition to the role noun.
            named = [c for c in head.children if c.dep_ in {"appos", "compound"} and c.pos_ == "PROPN" and c.i > head.i]
            if named:
                name = proper_name(doc, Mention(named[0].left_edge.i, named[0].right_edge.i + 1, named[0].i))
        if name is not None:
            name = self._full_name(name, start)
        else:
            earlier = self._description(span, head, start)
            if earlier is not None:
                return Speaker(text=text, name=earlier.name or earlier.text, entity_id=earlier.entity_id,
                               anonymous=earlier.anonymous, start=start, end=end)
        if entity is not None:
            # The entity's canonical name, unless the text's own name says more ("Russia's ...").
            better = name if name and entity.name in name and len(name) > len(entity.name) else strip_titles(entity.name)
            return Speaker(text=text, name=better, entity_id=entity.entity_id, start=start, end=end)
        return Speaker(text=text, name=name, start=start, end=end)

    def referent_of(self, speaker: Speaker, head: Token, *, is_speaker: bool = False) -> Referent:
        described = (speaker.name or speaker.text).lower()
        named_person = bool(speaker.name) and any(
            e.label_ == "PERSON" and e.text == speaker.name for e in self.doc.ents
        )
        words = set(re.findall(r"[a-z]+", described))
        person = named_person or (
            head.ent_type_ == "PERSON"
            or head.lower_ in PERSON_NOUNS
            or bool(words & PERSON_NOUNS)
            or (head.pos_ == "PROPN" and head.ent_type_ not in {"ORG", "GPE", "NORP", "FAC", "LOC"})
            or (head.pos_ == "PRON" and head.lower_ in MALE | FEMALE)
        )
        plural = head.tag_ in {"NNS", "NNPS"} or head.lower_ in PLURAL
        return Referent(
            position=speaker.start or 0, text=speaker.text, name=speaker.name, person=person,
            plural=plural, entity_id=speaker.entity_id, anonymous=speaker.anonymous,
            heads=frozenset({head.lemma_.lower(), head.lower_}), speaker=is_speaker,
        )

    def _antecedent(self, pronoun: str, before: int) -> Referent | None:
        for ref in reversed(self.referents):
            if ref.position >= before:
                continue
            if pronoun in MALE | FEMALE and ref.person and not ref.plural:
                return ref
            if pronoun in PLURAL and (ref.plural or not ref.person or ref.heads & GROUP_NOUNS):
                return ref
            if pronoun in NEUTER and not ref.person and not ref.plural:
                return ref
        return None

    def _full_name(self, name: str, before: int) -> str:
        """A surname alone points back to the fullest earlier name that ends with it."""
        if " " in name:
            return name
        for ref in self.referents:
            if ref.position < before and ref.name and ref.name != name:
                parts = ref.name.split()
                if len(parts) > 1 and parts[-1] == name:
                    return ref.name
        for ent in self.doc.ents:
            if ent.start_char < before and ent.label_ == "PERSON":
                words = ent.text.split()
                if len(words) > 1 and words[-1] == name:
                    return ent.text
        return name

    def _description(self, span: Span, head: Token, before: int) -> Referent | None:
        """"the spokesperson", "the officials": the latest earlier speaker described that way."""
        if not any(t.lower_ in {"the", "this", "that", "these", "those"} for t in span):
            return None
        keys = {head.lemma_.lower(), head.lower_}
        words = {t.lower_ for t in span if t.is_alpha and t.lower_ not in {"the", "this", "that", "these", "those"}}
        for ref in reversed(self.referents):
            if ref.position >= before or not ref.speaker or ref.text == span.text:
                continue
            ref_words = set(re.findall(r"[a-z]+", ref.text.lower()))
            if (ref.heads & keys or keys & ref_words) and words <= ref_words | keys:
                return ref
        return None

    def _entity_at(self, start: int, end: int, head_char: int) -> Entity | None:
        best: Entity | None = None
        for entity in self.entities:
            for m in entity.mentions:
                if m.start <= head_char < m.end:
                    return entity
                if best is None and m.start < end and start < m.end:
                    best = entity
        return best
