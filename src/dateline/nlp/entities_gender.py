"""A person's grammatical gender, for pronoun agreement ("she" never means a man).

Evidence, strongest first: an honorific (``Mrs``, ``Mr``: set while grouping names), a
gendered noun beside the name (``spokeswoman X``, ``X, the mother of ...``: set with roles),
the given name (the ``gender-guesser`` list, bundled offline; only names it gives as plainly
male or female), a kunya (``Abu`` "father of", ``Umm`` "mother of"), and last the person's
earlier pronouns (``X lost her job``: the first pronoun resolved to a person of unknown gender
sets it). A person with none keeps ``gender=None`` and the pronoun rules fall back to recency.

Unnamed people of a known gender ("the woman", "his mother") compete as antecedents too, so
"she" after "the mother of X" does not fall back to an earlier woman.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from dateline.nlp.attribution_index import tables_of
from dateline.nlp.entities_doc import Cluster, doc_tokens
from dateline.nlp.entities_lexicon import FEMALE_NOUNS, MALE_NOUNS, TITLES, match_key
from dateline.nlp.entities_pronouns import OFFICIAL_ROLES

_DISAGREEING = 0.2  # share of countries giving the other gender that makes a name unknown
KUNYA_GENDER = {"abu": "m", "abou": "m", "umm": "f"}
log = logging.getLogger(__name__)
_NOUN_GENDER = {**{n: "f" for n in FEMALE_NOUNS}, **{n: "m" for n in MALE_NOUNS}}


@lru_cache(maxsize=1)
def _detector() -> Any:
    """The name list, read once per process (about 0.3 s); None when the package is absent,
    so that pronouns fall back to the other evidence rather than the stage failing."""
    try:
        import gender_guesser.detector as gender_guesser
    except ImportError:
        log.warning("gender-guesser is not installed: given names give no gender (pip install gender-guesser)")
        return None
    return _whole_file_detector(gender_guesser.Detector)(case_sensitive=False)


def _whole_file_detector(detector: type) -> type:
    """``gender_guesser``'s ``Detector`` reading its name list in one piece: the same lines
    (``str.splitlines``, as ``codecs`` line iteration splits) and the same ``names``, half the
    CPU (0.15 -> 0.075 s a process; its ``codecs.open`` iteration decodes line by line)."""

    class WholeFileDetector(detector):  # type: ignore[valid-type, misc]
        def _parse(self, filename: str) -> None:
            self.names: dict[str, dict[str, str]] = {}
            with open(filename, "rb") as f:
                lines = f.read().decode("utf-8").splitlines()
            for line in lines:
                self._eat_name_line(line.strip())

    return WholeFileDetector


@lru_cache(maxsize=4096)
def gender_of_given_name(name: str) -> str | None:
    """``"m"``/``"f"`` for a given name the list knows as plainly one gender, else ``None``.

    Names the list gives as "mostly" one gender, as androgynous, or as one gender in one
    country and the other elsewhere ("Andrea", "Jean") stay unknown: a wrong gender would
    block the right antecedent, an unknown one only leaves recency to decide.
    """
    word = name.strip().lower()
    if word in KUNYA_GENDER:
        return KUNYA_GENDER[word]
    if not word.isalpha() or len(word) < 2:
        return None
    detector = _detector()
    if detector is None:
        return None
    found = detector.get_gender(word)
    if found not in {"male", "female"}:
        return None
    # "Andrea", "Jean", "Jan": one gender in some countries, the other in others (a lone
    # country in twelve, as for "Jane", does not count)
    by_country = [detector.get_gender(word, country) for country in detector.COUNTRIES]
    male = sum(g in {"male", "mostly_male"} for g in by_country)
    female = sum(g in {"female", "mostly_female"} for g in by_country)
    if min(male, female) >= _DISAGREEING * (male + female):
        return None
    return "m" if found == "male" else "f"


def rare_given_name(name: str) -> bool:
    """A name the list knows only from one or two countries, at its lowest frequency
    ("Amara": female in two lists, a man's name in West Africa): its gender is a weak guess."""
    detector = _detector()
    if detector is None:
        return False
    entries = getattr(detector, "names", {}).get(name.strip().lower(), {})
    counts = [c for values in entries.values() for c in values if c != " "]
    return 0 < len(counts) <= 2 and all(c == "1" for c in counts)


# Offices and ranks a story writes before a name that are not courtesy titles ("Superintendent
# X Y", "Inspector X Y", "Commissioner X Y"): kept in a person's name by the entity stage, they
# are not the given name, which is the word after them (its gender then decides "she" / "he")
_OFFICES_BEFORE_NAME = frozenset(
    """superintendent inspector constable detective commissioner sheriff warden marshal
    ambassador consul bishop archbishop cardinal pastor deacon chief deputy""".split()  # noqa: SIM905
)


def given_name(name: str) -> str | None:
    """The given name of a full name: its first word after titles, when two or more remain."""
    words = [w for w in name.replace(".", " ").split() if w.lower() not in TITLES]
    while len(words) > 2 and words[0].lower() in _OFFICES_BEFORE_NAME:
        words = words[1:]  # "Superintendent Imran Shah": the given name is "Imran"
    if len(words) < 2 or len(match_key(" ".join(words)).split()) < 2:
        return None
    return words[0]


def assign_given_name_genders(clusters: list[Cluster]) -> None:
    """People with no gender yet take the one their given name has, if the list is sure."""
    for c in clusters:
        if c.kind != "person" or c.gender is not None:
            continue
        for name in sorted(c.names, key=lambda n: -len(n.split())):
            first = given_name(name)
            if first is not None:
                c.gender = gender_of_given_name(first)
                c.weak_gender = c.gender is not None and rare_given_name(first)
                break


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def unnamed_gendered_subjects(doc: Doc) -> list[tuple[Token, str]]:
    """Subjects that are unnamed people of a known gender ("the woman", "his mother", "a
    spokeswoman"): a pronoun of that gender after them may mean them, not a named person."""
    out = []
    tables = tables_of(doc)
    lower, pos, dep, tag = tables.lower, tables.pos, tables.dep, tables.tag
    tokens = doc_tokens(doc)
    for i, word in enumerate(lower):
        if word not in _NOUN_GENDER or pos[i] != "NOUN" or dep[i] not in _SUBJECTS or tag[i] != "NN":
            continue
        tok = tokens[i]
        gender = _NOUN_GENDER.get(tok.lower_)
        if gender is None or tok.lower_ in OFFICIAL_ROLES:
            continue  # "a spokeswoman said she ..." may speak of another: left to the speaker rules
        if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children):
            continue  # "his son, Kofi X,": the name is the mention
        if any(c.dep_ == "poss" and c.lower_ in {"my", "our", "your"} for c in tok.children):
            continue  # "my father" in a quote is someone the text names elsewhere
        if _may_stand_for_named_person(doc, tok):
            continue
        out.append((tok, gender))
    return out


_INDEFINITE = frozenset({"a", "an", "another", "one"})


def _may_stand_for_named_person(doc: Doc, noun: Token) -> bool:
    """"the man on the recording" may be the article's named subject (news uses it for a
    purported speaker), unless the text brought in an unnamed man first ("a man was seen ...
    the man") or the noun opens a description of someone new ("the man who fired")."""
    if noun.lower_ not in {"man", "woman"} or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    if any(c.dep_ == "relcl" for c in noun.children):
        return False
    return not any(
        earlier.lower_ == noun.lower_ and any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in earlier.children)
        for earlier in doc[: noun.i]
    )

