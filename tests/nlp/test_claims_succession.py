"""Succession, looking-well and dateline-subject phrasings (written for this test, about
fictional people): the claim comes out, and the look-alikes do not."""

from __future__ import annotations

import pytest

FOUND = [
    # a governing body as the active subject of a choosing verb, no role named
    (
        "The group's shura council picked Yusuf Barre at a meeting last week.",
        "Barre",
        "leadership_change",
    ),
    (
        "Omar Haddu ran the militia for a month before the council chose Yusuf Barre.",
        "Barre",
        "leadership_change",
    ),
    # a stand-in at the head of a group
    ("Omar Haddu served as acting leader for several weeks.", "Haddu", "leadership_change"),
    ("Omar Haddu serves as interim president until the election.", "Haddu", "leadership_change"),
    # a leader "since" the post fell vacant took over then
    (
        "Omar Haddu has headed the group since Peter Lam was killed in 2018.",
        "Haddu",
        "leadership_change",
    ),
    (
        "Omar Haddu, the group's newly appointed commander, spoke briefly.",
        "Haddu",
        "leadership_change",
    ),
    ("Omar Haddu is Peter Lam's successor.", "Haddu", "leadership_change"),
    ("Omar Haddu was voted in as chairman on Sunday.", "Haddu", "leadership_change"),
    ("Peter Lam was replaced as commander by Omar Haddu.", "Haddu", "leadership_change"),
    ("Omar Haddu looked healthy in the video.", "Haddu", "alive"),
    (
        "Omar Haddu has been leading the group since Peter Lam's arrest.",
        "Haddu",
        "leadership_change",
    ),
    ("Omar Haddu, who took over last year, has not been seen since.", "Haddu", "leadership_change"),
    ("Omar Haddu stepped in as leader after Peter Lam's death.", "Haddu", "leadership_change"),
    ("Omar Haddu stepped up to lead the group.", "Haddu", "leadership_change"),
    ("Omar Haddu was given command of the brigade.", "Haddu", "leadership_change"),
    ("Omar Haddu was put in charge of the militia.", "Haddu", "leadership_change"),
    ("Omar Haddu was elevated to the leadership in 2019.", "Haddu", "leadership_change"),
    ("Omar Haddu was among the survivors.", "Haddu", "alive"),
    ("Omar Haddu was the only survivor of the crash.", "Haddu", "alive"),
    ("Omar Haddu is healthy, his lawyer said.", "Haddu", "alive"),
    ("Omar Haddu is still living, his family insists.", "Haddu", "alive"),
    ("Omar Haddu is hiding somewhere in the desert.", "Haddu", "located_in"),
    ("Omar Haddu passed away on Sunday.", "Haddu", "killed"),
    ("Omar Haddu committed suicide in his cell.", "Haddu", "killed"),
    ("Omar Haddu was moved to a prison colony near Kanda.", "Haddu", "located_in"),
    ("Police transferred Omar Haddu to a military hospital in Kanda.", "Haddu", "located_in"),
    ("Omar Haddu was moved to an unknown location on Monday.", "Haddu", "other:move"),
    ("Omar Haddu quit the cabinet on Monday.", "Haddu", "resigned"),
    ("Omar Haddu stepped down from the board in May.", "Haddu", "resigned"),
    ("Omar Haddu addressed a rally in Kanda on Friday.", "Haddu", "appeared"),
    ("Omar Haddu attended the funeral on Monday.", "Haddu", "appeared"),
    ("Omar Haddu gave a televised speech on Monday.", "Haddu", "appeared"),
    ("Omar Haddu turned up at a checkpoint on Monday.", "Haddu", "appeared"),
    ("Omar Haddu was photographed in Kanda last week.", "Haddu", "appeared"),
    ("Omar Haddu appeared on a balcony to greet supporters.", "Haddu", "appeared"),
    ("The group's new leader was named as Omar Haddu.", "Haddu", "leadership_change"),
    ("Omar Haddu proclaimed himself caliph.", "Haddu", "leadership_change"),
    ("Omar Haddu declared himself the group's leader.", "Haddu", "leadership_change"),
    ("Omar Haddu took office on Monday.", "Haddu", "leadership_change"),
    ("Omar Haddu was inaugurated as president on Monday.", "Haddu", "leadership_change"),
    ("Omar Haddu is in good health and is staying with his family in Brno.", "Haddu", "located_in"),
    # looking well in a recording is a sign of life
    ("In the video, Omar Haddu appears healthy and speaks calmly.", "Haddu", "alive"),
    # "for the first time in a video": the appearance phrase hangs on "time"
    ("Omar Haddu appeared for the first time in a video released on Sunday.", "Haddu", "appeared"),
    # the parser makes the dateline's outlet the subject of the lede
    (
        "(Coast Wire) \u2014 A senior commander of the Sand Hawks, Omar Haddu, survived an ambush"
        " near Kanda on Sunday, police said.",
        "Haddu",
        "alive",
    ),
]


@pytest.mark.parametrize(("text", "surname", "predicate"), FOUND)
def test_found(found_in, text: str, surname: str, predicate: str) -> None:
    assert (surname, predicate, "affirmed") in found_in(text)


NOT_FOUND = [
    # "his late father": the unnamed father died, not the man succeeding him
    ("Omar Haddu was elected head of the council, succeeding his late father.", "Haddu", "killed"),
    # a name after a time phrase is not the new leader's
    (
        "The front named Yusuf Barre its new emir, a week after its founder, Omar Haddu, was killed"
        " in a raid.",
        "Haddu",
        "leadership_change",
    ),
    # how long someone has led is no change of leader
    ("Omar Haddu has led the group since 2016.", "Haddu", "leadership_change"),
    ("Rebels took over after the army withdrew.", "Rebels", "leadership_change"),
    ("Omar Haddu was given a warning by the police.", "Haddu", "leadership_change"),
    ("Omar Haddu was moved to tears by the verdict.", "Haddu", "located_in"),
    ("Omar Haddu quit smoking in 2019.", "Haddu", "resigned"),
    ("Omar Haddu stepped down from the stage after his speech.", "Haddu", "resigned"),
    ("Omar Haddu gave a speech to his aides.", "Haddu", "appeared"),
    # "escaped unharmed" is coming through an attack, not an escape from captivity
    ("Omar Haddu escaped unharmed, a police official said.", "Haddu", "other:escape"),
]


@pytest.mark.parametrize(("text", "surname", "predicate"), NOT_FOUND)
def test_not_found(found_in, text: str, surname: str, predicate: str) -> None:
    assert (surname, predicate, "affirmed") not in found_in(text)


def test_headline_makes_no_claim_of_its_own(claims_of) -> None:
    """A short unpunctuated first paragraph is a headline: the story says it again."""
    text = (
        "Militia denies its leader has been replaced\n\n"
        "The Red Delta Brigade said on Thursday that its commander, Omar Haddu, is alive and in"
        " full control."
    )
    claims = claims_of(text)
    assert all(c.start >= text.index("The Red") for c in claims)
    assert any(c.predicate == "alive" for c in claims)


def test_bare_surname_tagged_as_group_is_the_person(claims_of) -> None:
    """A later bare surname the model tags as a group is the one person of that surname."""
    text = (
        "The new leader of the Sons of the Oasis, Jamal Bakri, appeared in a video on Saturday."
        "\n\nBakri became leader after the group's founder died in January."
    )
    claims = claims_of(text)
    assert all(c.subject != "Bakri" for c in claims)
