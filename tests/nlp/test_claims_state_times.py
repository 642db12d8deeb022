"""Event times of states told in indirect speech: the gold convention that a
state after a past reporting verb holds when it was said (an undated "said" in a news report:
the publication date) reached states the rules left undated: a second copula conjunct ("was
arrested and was in good health"), a predicate adjective's conjunct ("is alive and receiving
treatment at"), a state under a feeling ("were relieved that she was alive") or under news
passed on ("had information that the two were being held"), and a state conjoined to a
pluperfect event ("had been wounded and was being treated at"); a quotation inside the
indirect speech after the reporter's own "was" ('said he was "resting at his farm"') and an
adverb that splits the progressive ('was "very probably" hiding'). Sentences written for this
test about fictional people (published 2021-06-10, a Thursday)."""

from __future__ import annotations

import pytest

PUBLISHED = "2021-06-10"


def _times(claims, surname: str, predicate: str) -> list[str | None]:
    found = [
        c.event_time
        for c in claims
        if c.subject.split()[-1] == surname and c.predicate == predicate
    ]
    assert found, [(c.subject, c.predicate) for c in claims]
    return found


@pytest.mark.parametrize(
    ("text", "surname", "predicate", "expected"),
    [
        (
            "Interior Minister Ana Ruiz said Paulo Mendes was arrested without resistance and"
            " was in good health.",
            "Mendes",
            "alive",
            PUBLISHED,
        ),
        (
            "The ministry said Farid Nasser was being held in accordance with the law and was in"
            " good health.",
            "Nasser",
            "alive",
            PUBLISHED,
        ),
        (
            "Retired general Kofi Mensah is alive and receiving treatment at a military hospital"
            " in Tamale, his family said.",
            "Mensah",
            "located_in",
            PUBLISHED,
        ),
        (
            "Greta Lindholm's family said they were relieved that she was alive.",
            "Lindholm",
            "alive",
            PUBLISHED,
        ),
        (
            "The agency said it had credible information that the engineer Tom Bell was being"
            " held on an island in Lake Chad.",
            "Bell",
            "located_in",
            PUBLISHED,
        ),
        (
            "A security official said the deputy commander, Ammar Hadi, had been wounded in the"
            " strike and was being treated at a hospital in Mayadin.",
            "Hadi",
            "located_in",
            PUBLISHED,
        ),
        (
            "The militia said on Tuesday that its commander, Hamid Sheikhi, had survived the"
            " strike and was recovering in a hospital in Hasakah.",
            "Sheikhi",
            "located_in",
            "2021-06-08",
        ),
        # a quotation inside indirect speech, after the reporter's own tensed word
        (
            'A spokesman said Ivo Marek was "resting at his farm in Dolny" and wished the new'
            " leadership well.",
            "Marek",
            "located_in",
            PUBLISHED,
        ),
        (
            'The prosecutor said Anton Sevic was "hiding abroad" and that a warrant had been'
            " issued for his arrest.",
            "Sevic",
            "located_in",
            PUBLISHED,
        ),
        (
            "Her lawyer said Dina Kovac was 'in good spirits' despite the conditions.",
            "Kovac",
            "alive",
            PUBLISHED,
        ),
        # an adverb between the auxiliary and the participle ("was probably hiding")
        (
            'A security source said Omar Faris was "very probably" hiding in the Kivu forest.',
            "Faris",
            "located_in",
            PUBLISHED,
        ),
        (
            "Two officials said the commander, Yusuf Bakr, was most likely hiding in the"
            " mountains near the border.",
            "Bakr",
            "located_in",
            PUBLISHED,
        ),
    ],
)
def test_a_reported_state_holds_when_it_was_said(claims_of, text, surname, predicate, expected):
    assert expected in _times(claims_of(text), surname, predicate)


@pytest.mark.parametrize(
    ("text", "surname", "predicate"),
    [
        # a past event, not a state, keeps no time of its own
        (
            "Interior Minister Ana Ruiz said Paulo Mendes was arrested without resistance.",
            "Mendes",
            "arrested",
        ),
        # a state inside the speaker's own quotation is the speaker's past
        (
            '"He was alive then," his brother Omar Said told reporters of Nabil Haddad.',
            "Haddad",
            "alive",
        ),
        (
            '"She was hiding in a cellar in those weeks," her cousin Rana Aziz said of Mira'
            " Saleh.",
            "Saleh",
            "located_in",
        ),
    ],
)
def test_events_and_quoted_pasts_stay_undated(claims_of, text, surname, predicate):
    claims = [
        c for c in claims_of(text) if c.subject.split()[-1] == surname and c.predicate == predicate
    ]
    assert all(c.event_time is None for c in claims), [(c.predicate, c.event_time) for c in claims]


def test_a_listed_participle_shares_the_first_verbs_time(claims_of):
    # "was detained in 2019, held for eleven weeks in a cell in X": passives listed with
    # commas, the second parsed as an adverbial clause
    text = (
        "His predecessor, Peter Odhiambo, was detained by intelligence agents in 2019, held for"
        " eleven weeks in a cell in Mogadishu and then deported."
    )
    assert "2019" in _times(claims_of(text), "Odhiambo", "located_in")
