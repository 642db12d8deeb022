"""A relative told of before being named (issue 6, subjects): "Leila X said her husband had
been arrested. Her husband, Reza X, is a union organiser"; "Carlos Y says his son was taken
by soldiers. The boy, Diego Y, was 15"; "Rosa Z's husband was kidnapped. Jorge Z, a dentist,
was freed"; "her father was killed, Noor W said. Khaled W was a fisherman".

An owned kin noun that names no one where it stands ("her husband", "whose son", "Rosa Z's
husband") is the person the next two sentences introduce under a name: the same kin noun
given that name, "the boy" / "the girl" given it, or a new name with an age or the owner's
surname. The person must not have been named before the kin
noun (then the backward rules of :mod:`entities_references` read it). A relative who only
speaks ("his brother said") takes no new name by age alone: the next person named in a
round-up is often someone else.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.nlp.entities_doc import Cluster, token_cluster

_MALE_KIN = frozenset({"husband", "son", "brother", "father", "uncle", "nephew", "fiance", "grandson", "grandfather"})
_FEMALE_KIN = frozenset({"wife", "daughter", "sister", "mother", "aunt", "niece", "fiancee", "widow", "granddaughter", "grandmother"})
_GENDERED_PEOPLE = {"boy": "m", "man": "m", "girl": "f", "woman": "f"}
_REACH = 2  # sentences after the kin noun in which the name may come
_SPEAKING = frozenset({"say", "tell", "add", "speak", "explain", "recall", "describe", "write"})
_THIRD_PERSON_OWNERS = frozenset({"his", "her", "their", "whose"})


def _kin_gender(noun: Token) -> str | None:
    word = noun.lower_
    return "m" if word in _MALE_KIN else "f" if word in _FEMALE_KIN else None


def _unnamed_here(doc: Doc, noun: Token) -> bool:
    """No name beside the kin noun ("her husband Reza", "her husband, Reza,")."""
    if any(c.dep_ in {"appos", "compound"} and c.pos_ == "PROPN" for c in noun.children):
        return False
    nxt = doc[noun.i + 1 : noun.i + 3]
    return not (nxt and nxt[0].pos_ == "PROPN" or len(nxt) == 2 and nxt[0].text == "," and nxt[1].pos_ == "PROPN")


def _apposed_name(doc: Doc, tok: Token) -> Token | None:
    """The name set off by a comma right after ``tok`` ("Her husband, Reza X,")."""
    for c in tok.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == tok.i + 2 and doc[tok.i + 1].text == ",":
            return c
    return None


def _aged(doc: Doc, name: Token) -> bool:
    """A new name set out with the age news gives a new person (", 8,")."""
    end = name.i + 1
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].like_num


def _surnames_near(doc: Doc, noun: Token, clusters: list[Cluster]) -> set[str]:
    """Last words of the people named in the kin noun's sentence (its owner among them)."""
    sent = noun.sent
    found: set[str] = set()
    for c in clusters:
        if c.kind == "person" and any(sent.start_char <= s < sent.end_char for s, _, _ in c.mentions):
            found.update(n.split()[-1].lower() for n in c.names if len(n.split()) >= 2)
    return found


def kin_named_after(
    doc: Doc, noun: Token, clusters: list[Cluster], sent_index: dict[int, int]
) -> tuple[int, int, int] | None:
    """``(cluster, start, end)`` of the person an unnamed owned kin noun turns out to be,
    named in the next :data:`_REACH` sentences; None when no one is so named."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    gender = _kin_gender(noun)
    if owner is None or gender is None or noun.tag_ != "NN" or not _unnamed_here(doc, noun):
        return None
    if owner.pos_ != "PROPN" and owner.lower_ not in _THIRD_PERSON_OWNERS:
        return None  # "my brother" is the speaker's, read by entities_epithets.speaker_kin
    # a relative who only speaks ("his brother said") is seldom the next person named
    speaks = noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _SPEAKING
    here = sent_index[noun.i]
    surnames = _surnames_near(doc, noun, clusters)
    for later in doc[noun.i + 1 :]:
        distance = sent_index[later.i] - here
        if distance > _REACH:
            break
        if distance == 0:
            continue
        name = None
        if later.lower_ == noun.lower_ and any(c.dep_ == "poss" for c in later.children):
            name = _apposed_name(doc, later)  # "Her husband, Reza X,"
        elif _GENDERED_PEOPLE.get(later.lower_) == gender and any(c.lower_ == "the" for c in later.children):
            name = _apposed_name(doc, later)  # "The boy, Diego X,"
        elif (
            later.pos_ == "PROPN"
            and later.dep_ in {"nsubj", "nsubjpass"}
            and later.head.lemma_.lower() not in _SPEAKING
            and (later.lower_ in surnames or _aged(doc, later) and not speaks)
        ):
            name = later  # "Fatima, 8, is recovering", "Jorge X was freed" (after "Rosa X's husband")
        if name is None:
            continue
        idx = token_cluster(doc, name, clusters, ("person",))
        if idx is None:
            continue
        person = clusters[idx]
        if person.first < noun.idx or person.gender not in {None, gender}:
            return None  # named before, or not this relative: the nearest naming decides
        start = owner.idx if owner.pos_ == "PRON" else noun.idx
        return idx, start, noun.idx + len(noun)
    return None
