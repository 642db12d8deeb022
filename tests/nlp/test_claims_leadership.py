"""Leadership, resignation, message and appearance constructions (dateline.nlp.
claims_leadership and the message rules): sentences written for this test about fictional
people; each must give its (subject, predicate, polarity[, certainty]) claim, and the near
misses must not give it."""

from __future__ import annotations

import pytest

FOUND = [
    # stand-ins: running something in someone's absence
    ("His deputy, Peter Lam, was running the country in his absence.", "Lam", "leadership_change"),
    (
        "The firm said finance chief Peter Lam would run day-to-day operations in his absence.",
        "Lam",
        "leadership_change",
    ),
    (
        "Vice-chairman Peter Lam would perform his duties in the interim, the bank said.",
        "Lam",
        "leadership_change",
    ),
    (
        "In practice, Peter Lam has been running the country, according to two officials.",
        "Lam",
        "leadership_change",
    ),
    ("Peter Lam is temporarily leading the party.", "Lam", "leadership_change"),
    (
        "Peter Lam will head the movement until the founder recovers, the group said.",
        "Lam",
        "leadership_change",
    ),
    # offices besides a group's leader, and misparsed appointments
    ("Anna Berg named Peter Lam as acting minister.", "Lam", "leadership_change"),
    ("The board named Peter Lam as interim chief executive.", "Lam", "leadership_change"),
    ("Peter Lam was appointed caretaker prime minister on Monday.", "Lam", "leadership_change"),
    (
        "The statement named his deputy, Peter Lam, as acting emir until he recovers.",
        "Lam",
        "leadership_change",
    ),
    ("Peter Lam was sworn in as finance minister on Friday.", "Lam", "leadership_change"),
    (
        "The Kanda Brigades, a militia that holds three villages, on Sunday named Peter Lam, a "
        "former teacher, as its new leader.",
        "Lam",
        "leadership_change",
    ),
    (
        "The firm said its board had named chief financial officer Peter Lam interim CEO.",
        "Lam",
        "leadership_change",
    ),
    (
        "The movement's board named Haddu's deputy, Peter Lam, acting chair while he recovers.",
        "Lam",
        "leadership_change",
    ),
    ("Peter Lam is running the movement in all but name.", "Lam", "leadership_change"),
    (
        "Deputy Chief Peter Lam will lead the police department on an interim basis.",
        "Lam",
        "leadership_change",
    ),
    (
        "Peter Lam will serve as interim leader until a congress in March.",
        "Lam",
        "leadership_change",
    ),
    (
        "Peter Lam will take charge of the group until the leader recovers.",
        "Lam",
        "leadership_change",
    ),
    (
        "Peter Lam was sworn in at a short ceremony at City Hall on Friday.",
        "Lam",
        "leadership_change",
    ),
    ("Omar Haddu named Peter Lam as his political heir in 2015.", "Lam", "leadership_change"),
    (
        "The head of the army, General Peter Lam, has been named transitional president.",
        "Lam",
        "leadership_change",
    ),
    ("Omar Haddu was deposed in 1999 by his own deputy, Peter Lam.", "Lam", "leadership_change"),
    ("Omar Haddu was deposed in 1999 by his own deputy, Peter Lam.", "Haddu", "leadership_change"),
    ("Peter Lam assumed the duties of president on Monday.", "Lam", "leadership_change"),
    ("Peter Lam took up the post of prime minister in May.", "Lam", "leadership_change"),
    ("Peter Lam became prime minister in 2019.", "Lam", "leadership_change"),
    ("Peter Lam, the new prime minister, spoke on Monday.", "Lam", "leadership_change"),
    (
        "Peter Lam, the newly appointed finance minister, spoke on Monday.",
        "Lam",
        "leadership_change",
    ),
    ("Omar Haddu handed over to his deputy, Peter Lam, in May.", "Lam", "leadership_change"),
    ("Omar Haddu passed the baton to Peter Lam in May.", "Lam", "leadership_change"),
    ("Peter Lam is now the group's de facto leader.", "Lam", "leadership_change"),
    ("Peter Lam was crowned king in 2019.", "Lam", "leadership_change"),
    ("Peter Lam ascended the throne in 2019.", "Lam", "leadership_change"),
    ("Peter Lam was reappointed as chairman on Monday.", "Lam", "leadership_change"),
    ("Peter Lam won a second term as president.", "Lam", "leadership_change"),
    ("Omar Haddu seized Kanda in 1993 after a long siege.", "Haddu", "leadership_change"),
    ("Peter Lam replaces Omar Haddu, who resigned last week.", "Lam", "leadership_change"),
    ("Peter Lam replaces Omar Haddu, who resigned last week.", "Haddu", "leadership_change"),
    ("Peter Lam was inaugurated on Monday.", "Lam", "leadership_change"),
    ("Peter Lam was formally installed on Monday.", "Lam", "leadership_change"),
    ("Peter Lam stepped into the breach after the raid.", "Lam", "leadership_change"),
    ("Peter Lam was given the top job in May.", "Lam", "leadership_change"),
    ("Peter Lam got the job of chief executive.", "Lam", "leadership_change"),
    ("Peter Lam is now at the helm of the group.", "Lam", "leadership_change"),
    ("Peter Lam has been in charge since his father's death.", "Lam", "leadership_change"),
    ("Peter Lam has been acting as leader since March.", "Lam", "leadership_change"),
    ("Peter Lam, the group's de facto leader, denied the reports.", "Lam", "leadership_change"),
    ("Peter Lam, the caretaker prime minister, denied it.", "Lam", "leadership_change"),
    ("The transitional president, Peter Lam, denied the reports.", "Lam", "leadership_change"),
    # losing an office
    (
        "The firm said its board had removed chief executive Omar Haddu on Monday.",
        "Haddu",
        "leadership_change",
    ),
    ("Omar Haddu was dismissed as finance minister.", "Haddu", "leadership_change"),
    ("Omar Haddu was fired as coach on Sunday.", "Haddu", "leadership_change"),
    ("Omar Haddu lost his post as commander.", "Haddu", "leadership_change"),
    ("Omar Haddu was forced from office in 2019.", "Haddu", "leadership_change"),
    ("Omar Haddu was driven from power by the army.", "Haddu", "leadership_change"),
    # handing the lead on: both ends
    ("Omar Haddu transferred power to Peter Lam.", "Haddu", "leadership_change"),
    ("Omar Haddu transferred power to Peter Lam.", "Lam", "leadership_change"),
    (
        "In 2011 Omar Haddu handed control of the front to his deputy, Peter Lam.",
        "Lam",
        "leadership_change",
    ),
    ("Power was transferred to Peter Lam on Monday.", "Lam", "leadership_change"),
    # resignations
    ("Omar Haddu bowed out as party leader on Monday.", "Haddu", "resigned"),
    ("Omar Haddu walked away from the leadership in May.", "Haddu", "resigned"),
    ("Omar Haddu relinquished the chairmanship in May.", "Haddu", "leadership_change"),
    ("Omar Haddu resigned to protest the decision.", "Haddu", "resigned"),
    (
        "Defence Minister Omar Haddu resigned on Tuesday.\n\n"
        "Prime Minister Anna Berg accepted the resignation on Wednesday.",
        "Haddu",
        "resigned",
    ),
    # messages
    (
        "His deputy, Omar Haddu, has issued two statements since the strike.",
        "Haddu",
        "message_released",
    ),
    ("Omar Haddu issued a statement on Monday denying the reports.", "Haddu", "message_released"),
    (
        "In a recording released on Friday, Omar Haddu vowed to continue the fight.",
        "Haddu",
        "message_released",
    ),
    ("Omar Haddu broke his silence in an audio recording on Friday.", "Haddu", "message_released"),
    (
        "A statement signed by Omar Haddu was posted on the group's website on Monday.",
        "Haddu",
        "message_released",
    ),
    (
        "Omar Haddu, whom officials had declared dead, issued a statement on Monday.",
        "Haddu",
        "message_released",
    ),
    # appearances
    ("Omar Haddu has posted a video on Facebook from his office.", "Haddu", "appeared"),
    ("In a video posted online, Omar Haddu called for calm.", "Haddu", "appeared"),
    ("In the video, Omar Haddu urged his supporters to keep fighting.", "Haddu", "appeared"),
    ("Omar Haddu spoke on state television on Monday.", "Haddu", "appeared"),
    ("Omar Haddu was shown on state television greeting supporters.", "Haddu", "appeared"),
    ("State television showed Omar Haddu meeting officials on Monday.", "Haddu", "appeared"),
    ("Omar Haddu emerged from hiding on Monday.", "Haddu", "appeared"),
    ("Omar Haddu featured in a propaganda video released on Friday.", "Haddu", "appeared"),
    ("Omar Haddu appeared via video link from prison.", "Haddu", "appeared"),
    ("Omar Haddu was brought before a judge on Monday.", "Haddu", "appeared"),
    ("Omar Haddu was paraded before reporters on Monday.", "Haddu", "appeared"),
    ("Omar Haddu went on television on Monday to deny the reports.", "Haddu", "appeared"),
    ("Omar Haddu recorded a message for his supporters.", "Haddu", "message_released"),
    ("Omar Haddu addressed the nation in a televised speech on Monday.", "Haddu", "appeared"),
    ("Omar Haddu held a news conference in Kanda on Monday.", "Haddu", "appeared"),
    ("Omar Haddu said in an audio message that he was well.", "Haddu", "message_released"),
    (
        "A video circulating online since Monday purports to show the leader of the group, "
        "Sheikh Omar Haddu, addressing his fighters.",
        "Haddu",
        "appeared",
    ),
    (
        "Omar Haddu has arrived in Doha, according to state media, which showed him being "
        "greeted by his wife.",
        "Haddu",
        "appeared",
    ),
    ("Omar Haddu came out of hiding last week.", "Haddu", "appeared"),
    ("Omar Haddu reappeared on Monday after weeks of absence.", "Haddu", "appeared"),
    ("Omar Haddu was present at the hearing on Monday.", "Haddu", "appeared"),
    (
        "The army said it had killed him in 2020, only for Omar Haddu to appear at a rally in "
        "Kanda weeks later.",
        "Haddu",
        "appeared",
    ),
    (
        "The group on Tuesday released a video in which its leader, Omar Haddu, denies that he "
        "was killed.",
        "Haddu",
        "appeared",
    ),
]

NEGATED = [
    ("Omar Haddu was not present and was not represented by a lawyer.", "Haddu", "appeared"),
    ("Peter Lam was passed over for the leadership.", "Lam", "leadership_change"),
    (
        "Peter Lam had been widely tipped to take over but was not chosen.",
        "Lam",
        "leadership_change",
    ),
]

NOT_FOUND = [
    # running something in one's own right is no change of leader
    ("Omar Haddu ran the company for ten years.", "Haddu", "leadership_change"),
    ("Omar Haddu runs the country with an iron fist.", "Haddu", "leadership_change"),
    ("If Peter Lam ran the party in his absence, it would split.", "Lam", "leadership_change"),
    ("Peter Lam is expected to run the party in his absence.", "Lam", "leadership_change"),
    # naming or meeting an office holder is no appointment
    ("Anna Berg met the finance minister on Monday.", "Berg", "leadership_change"),
    ("A man named Peter Lam was arrested on Monday.", "Lam", "leadership_change"),
    ("Peter Lam may be named acting minister next week.", "Lam", "leadership_change"),
    ("Peter Lam will be sworn in as finance minister next week.", "Lam", "leadership_change"),
    ("Peter Lam was sworn in to testify on Monday.", "Lam", "leadership_change"),
    ("Peter Lam will lead the delegation to the talks.", "Lam", "leadership_change"),
    ("Omar Haddu was deposed by the army in 1999.", "army", "leadership_change"),
    ("Omar Haddu was handed over to police on Monday.", "Haddu", "leadership_change"),
    ("Peter Lam, the former prime minister, spoke on Monday.", "Lam", "leadership_change"),
    ("Peter Lam took up the post in May.", "Lam", "leadership_change"),
    ("Peter Lam held a meeting with donors on Monday.", "Lam", "appeared"),
    ("Omar Haddu resigned himself to defeat.", "Haddu", "resigned"),
    ("Peter Lam, the group's longtime leader, denied the reports.", "Lam", "leadership_change"),
    ("Peter Lam acted as mediator in the talks.", "Lam", "leadership_change"),
    ("Omar Haddu walked away from the crash unhurt.", "Haddu", "resigned"),
    ("Omar Haddu bowed out of the race in May.", "Haddu", "resigned"),
    (
        "A statement issued by the group's spokesman, Omar Haddu, denied the reports.",
        "Haddu",
        "message_released",
    ),
    ("A statement issued by Interior Minister Omar Haddu denied it.", "Haddu", "message_released"),
    ("Omar Haddu's resignation would be a blow to the party.", "Haddu", "resigned"),
    ("Omar Haddu's death would leave a vacuum in the group.", "Haddu", "killed"),
    ("Peter Lam has been at the helm since May.", "Lam", "leadership_change"),
    ("Peter Lam got a job at the bank.", "Lam", "leadership_change"),
    ("Peter Lam succeeded Omar Haddu, who died in May.", "Haddu", "leadership_change"),
    ("Omar Haddu ruled out resigning.", "Haddu", "resigned"),
    ("Omar Haddu is considering stepping down.", "Haddu", "resigned"),
    ("Omar Haddu was brought before the war in poverty.", "Haddu", "appeared"),
    ("Omar Haddu went on holiday on Monday.", "Haddu", "appeared"),
    ("Omar Haddu is resigned to losing the vote.", "Haddu", "resigned"),
    ("The report named Omar Haddu as the commander of the unit.", "Haddu", "leadership_change"),
    (
        "The minister, Peter Lam, will lead the delegation in his absence.",
        "Lam",
        "leadership_change",
    ),
    ("Peter Lam will chair the meeting in his absence.", "Lam", "leadership_change"),
    ("The army spokesman, Colonel Peter Lam, held a news conference.", "Lam", "appeared"),
    ("The army spokesman, Colonel Peter Lam, spoke on state television.", "Lam", "appeared"),
    # what a message or broadcast is not
    ("His spokesman, Omar Haddu, issued a statement on Monday.", "Haddu", "message_released"),
    (
        '"He is well," Omar Haddu, a spokesman, said in an audio message.',
        "Haddu",
        "message_released",
    ),
    ("Omar Haddu told state television that the army had won.", "Haddu", "appeared"),
    ("Omar Haddu spoke on the phone with his brother.", "Haddu", "appeared"),
    # a bare resignation with no one whose resignation was told
    ("The president accepted the resignation on Monday.", "president", "resigned"),
    # literal leaving, hypotheticals
    ("Omar Haddu left his office in Kanda at noon.", "Haddu", "resigned"),
    ("Omar Haddu would resign if the coalition collapsed.", "Haddu", "resigned"),
    ("Omar Haddu is expected to be named chairman next week.", "Haddu", "leadership_change"),
    ("Omar Haddu lost his job at the factory.", "Haddu", "leadership_change"),
    ("The board dismissed Omar Haddu's appeal on Monday.", "Haddu", "leadership_change"),
    ("The group posted a video of Omar Haddu on Tuesday.", "group", "message_released"),
    ("Omar Haddu has posted a video on Facebook from his office.", "Haddu", "message_released"),
]


@pytest.mark.parametrize(("text", "who", "predicate"), FOUND)
def test_found(found_in, text: str, who: str, predicate: str) -> None:
    assert (who, predicate, "affirmed") in found_in(text)


@pytest.mark.parametrize(("text", "who", "predicate"), NEGATED)
def test_negated(found_in, text: str, who: str, predicate: str) -> None:
    assert (who, predicate, "negated") in found_in(text)


@pytest.mark.parametrize(("text", "who", "predicate"), NOT_FOUND)
def test_not_found(found_in, text: str, who: str, predicate: str) -> None:
    assert not {c for c in found_in(text) if c[0] == who and c[1] == predicate}


def test_stand_in_keeps_the_source(claims_of) -> None:
    """The company's word on its stand-in: the company's claim, asserted."""
    claims = claims_of(
        "The company said finance chief Peter Lam would run day-to-day operations in his absence."
    )
    lam = [c for c in claims if c.predicate == "leadership_change"]
    assert lam and lam[0].claimant == "The company" and lam[0].certainty == "asserted"


def test_video_in_which_is_narrated(claims_of) -> None:
    """A video "in which" its leader speaks: an appearance told by the narration."""
    claims = claims_of(
        "The group on Tuesday released a video in which its leader, Omar Haddu, denies that "
        "he was killed."
    )
    seen = [c for c in claims if c.predicate == "appeared"]
    assert seen and seen[0].certainty == "asserted"
    assert not [c for c in claims if c.predicate == "message_released"]
