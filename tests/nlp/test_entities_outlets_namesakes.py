"""Subjects resolved to the right entity: an outlet's or a programme's name the
model tags as a person, an honorific that picks one of two namesakes, a full name in capitals
that picks one of two namesakes. Sentences written for this test about fictional people,
groups and outlets."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dateline.nlp.entities_doc import Cluster
from dateline.nlp.entities_pronouns import _clause_subject_of_object

MASTHEADS = [
    ("A former guard told Delta Monitor that the prisoner Samuel Okoro was alive.", "Delta Monitor"),
    ("TRANSCRIPT: Morning Bulletin, May 3\n\nHOST: Good morning. We begin in the north.", "Morning Bulletin"),
    ("The editor of Lakeside Review, Anna Berg, said the reporter had been freed.", "Lakeside Review"),
]


@pytest.mark.parametrize(("text", "name"), MASTHEADS)
def test_a_masthead_name_is_no_person(entities_of, text, name) -> None:
    """"X Monitor", "X Today", "X Bulletin" opened by no given name: an outlet."""
    assert entities_of(text).kind(name) in {"org", "outlet"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ana Monitor, 34, a nurse, was arrested on Friday, her lawyer said.", "Ana Monitor"),
        ("President Daniel Review said the vote would go ahead.", "Daniel Review"),
    ],
)
def test_a_person_whose_surname_is_a_masthead_word_stays_a_person(entities_of, text, name) -> None:
    assert entities_of(text).kind(name) == "person"


HONORIFIC_NAMESAKES = [
    # (text, the honorific's mention, the namesake it means)
    (
        "The police detained the lawyer Daniel Okello on Friday. His wife, Grace Okello, spoke to"
        " reporters. Mrs Okello said she had not been allowed to see him. Mr Okello has not been"
        " charged, the police said.",
        "Mr Okello",
        "Daniel Okello",
    ),
    (
        "Rosa Ferrer and her brother Tomas Ferrer were stopped at the border. Ms Ferrer was freed"
        " the same evening, but Mr Ferrer is still held.",
        "Ms Ferrer",
        "Rosa Ferrer",
    ),
    (
        "Rosa Ferrer and her brother Tomas Ferrer were stopped at the border. Ms Ferrer was freed"
        " the same evening, but Mr Ferrer is still held.",
        "Mr Ferrer",
        "Tomas Ferrer",
    ),
]


@pytest.mark.parametrize(("text", "mention", "person"), HONORIFIC_NAMESAKES)
def test_an_honorific_picks_the_namesake_of_its_gender(entities_of, text, mention, person) -> None:
    found = entities_of(text)
    at = text.index(mention) + len(mention.split()[0]) + 1  # the surname after the honorific
    owners = [e.name for e in found if any(m.start <= at < m.end for m in e.mentions)]
    assert owners == [person]


def test_a_full_name_in_capitals_picks_its_namesake(entities_of) -> None:
    text = (
        "HOST: We begin with the journalist Peter Wanyama, who was detained on Sunday. His"
        " sister, Mary Wanyama, joins us.\n\nMARY WANYAMA: He called me this morning. He is"
        " well.\n\nHOST: Thank you."
    )
    found = entities_of(text)
    assert "MARY WANYAMA" in found.mentions("Mary Wanyama", exact=True)
    assert "WANYAMA" not in found.mentions("Peter Wanyama", exact=True)


def test_claims_in_a_transcript_turn_are_about_the_namesake_it_speaks_of(claims_of) -> None:
    text = (
        "HOST: We begin with the journalist Peter Wanyama, who was detained on Sunday. His"
        " sister, Mary Wanyama, joins us.\n\nMARY WANYAMA: He called me this morning. He is"
        " alive and he is not hurt.\n\nHOST: Thank you."
    )
    subjects = {c.subject for c in claims_of(text) if c.predicate == "alive"}
    assert subjects == {"Peter Wanyama"}


INTERVIEW = (
    "Captain Musa Danladi, a pilot, disappeared in March after his plane came down near Kano. His"
    " airline says he is safe. His sister, Amina Danladi, a nurse, spoke to us on Monday. The"
    " interview has been shortened.\n\nQ: Have you heard from your brother?\n\nA: Yes. We spoke on"
    " Friday.\n\nQ: Where was he then?\n\nA: I cannot say.\n\nQ: The army says he was arrested.\n\n"
    "A: That is false. He is free."
)


def test_a_pronoun_past_the_window_in_an_interview_means_its_topic(entities_of) -> None:
    """Q&A turns are short: a pronoun several turns on still means the person they are about."""
    found = entities_of(INTERVIEW)
    late = [INTERVIEW.index("Where was he") + len("Where was "), INTERVIEW.index("He is free")]
    assert all(at in found.starts("Musa Danladi") for at in late)


def test_claims_of_an_interview_are_about_its_topic(found_in) -> None:
    assert ("Danladi", "arrested", "affirmed") in found_in(INTERVIEW)


@pytest.mark.parametrize(
    ("text", "full"),
    [
        ("Two of her nephews, Umar and Kabiru Lawan, were detained in Kano on Friday.", "Umar Lawan"),
        ("The cousins Ahmed and Zubairu Danjuma were arrested at a checkpoint.", "Ahmed Danjuma"),
    ],
)
def test_a_given_name_coordinated_with_a_full_name_shares_its_surname(entities_of, text, full) -> None:
    """"Umar and Kabiru Lawan": the family name is written once for both, even when the list
    of given names does not know the second one."""
    assert full in entities_of(text).names()



def test_an_object_pronoun_is_never_the_nearest_subject_of_its_verb(nlp) -> None:
    """"The special unit: In 2019 Mensah appointed him ...": the parser may make the label
    before the colon a second subject of the verb; "him" is still not Mensah (that would be
    "himself"), whichever subject comes first. A parse written out by hand, as the parser
    gives it for such labels."""
    words = ["The", "special", "unit", ":", "In", "2019", "Mensah", "appointed", "him", "head", "."]
    heads = [2, 2, 7, 7, 7, 4, 7, 7, 7, 7, 7]
    deps = ["det", "amod", "nsubj", "punct", "prep", "pobj", "nsubj", "ROOT", "dobj", "oprd", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    mensah = doc[6]
    clusters = [Cluster(kind="person")]
    clusters[0].add(mensah.idx, mensah.idx + len(mensah), mensah.text)
    assert _clause_subject_of_object(doc, clusters, doc[8]) == 0


FORMER_ROLE = (
    "For a man who once led the navy, Rafael Ortega lives quietly. Since fleeing the country in"
    " 2020, the former navy chief has lived in a rented flat outside Lima. Ortega was formally"
    " removed as navy chief in 2021. His successor as navy chief, Admiral Lucia Paredes, told"
    " me she had no interest in him."
)


def test_a_former_role_looks_back_not_to_its_holder_named_later(entities_of) -> None:
    """"the former navy chief" before the one who holds the post now is named: the man named
    before it, not his successor."""
    found = entities_of(FORMER_ROLE)
    assert FORMER_ROLE.index("the former navy chief") in found.starts("Rafael Ortega")


def test_a_role_after_as_describes_the_passive_subject(entities_of) -> None:
    """"Ortega was removed as navy chief": the role is said of the verb's passive subject."""
    found = entities_of(FORMER_ROLE)
    assert FORMER_ROLE.index("navy chief in 2021") not in found.starts("Lucia Paredes")


def test_a_role_noun_means_the_one_called_by_it_not_by_a_synonym(entities_of) -> None:
    """"X, a senior commander of the front ... the group's supply chief, Y, ... 'Our commander
    is alive'": "commander" is the man the text called a commander, not the later "chief"."""
    text = (
        "The army said it had killed Issa Toure, a senior commander of the Desert Front, near Gao."
        " It said the group's supply chief, Adama Keita, had been captured. The front rejected"
        ' the claim. "Our commander is alive," its spokesman said.'
    )
    found = entities_of(text)
    assert text.index("Our commander") in found.starts("Issa Toure")


def test_a_singular_pronoun_looks_past_people_named_together(entities_of) -> None:
    """"He said two couriers, A and B, were seized. 'We know he is hurt'": people named
    together are "they"; "he" is the man the story was about before them."""
    text = (
        "The police chief, Colonel Ramon Diaz, said the gang leader Esteban Cruz was shot during"
        " a raid on Friday. He said two of the gang's couriers, Sofia Paz and Mateo Luna, were"
        ' seized in the raid. "We know he is hurt," he told reporters.'
    )
    found = entities_of(text)
    assert text.index("he is hurt") in found.starts("Esteban Cruz")
