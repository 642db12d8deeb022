"""Leadership frames added in session 6 (own sentences about fictional people): changes
announced for the future, motion towards power, offices won or lost, the lead falling to
someone, a replacement named in apposition, removal by decree, "the first woman to lead";
each with look-alikes that must not fire."""

from __future__ import annotations

import pytest

FOUND = [
    # an appointing verb misparsed as a reduced relative ("the junta (that was) named X")
    ("The junta named Tomas Reyes prime minister.", "Reyes", "leadership_change"),
    (
        "The military council that took power last week named General Tomas Reyes as "
        "interim president on Tuesday, state radio reported.",
        "Reyes",
        "leadership_change",
    ),
    # motion towards power
    ("Tomas Reyes returned to power in 2015.", "Reyes", "leadership_change"),
    ("Tomas Reyes swept to power in a landslide.", "Reyes", "leadership_change"),
    ("Tomas Reyes was restored to the presidency by the court.", "Reyes", "leadership_change"),
    # an office won or lost outright
    ("Tomas Reyes won the presidency in 2015.", "Reyes", "leadership_change"),
    ("Tomas Reyes secured the chairmanship on Monday.", "Reyes", "leadership_change"),
    ("Tomas Reyes lost power in 2015.", "Reyes", "leadership_change"),
    # the lead falling or going to someone
    ("Control of the militia fell to Tomas Reyes after the raid.", "Reyes", "leadership_change"),
    ("The leadership went to Tomas Reyes.", "Reyes", "leadership_change"),
    # an office left or vacated
    ("Tomas Reyes vacated the post in 2019.", "Reyes", "resigned"),
    ("Tomas Reyes left the presidency in 2019.", "Reyes", "resigned"),
    # changes announced for the future
    ("Tomas Reyes will take over as leader, the group said.", "Reyes", "leadership_change"),
    ("Tomas Reyes is to take over as chief executive in May.", "Reyes", "leadership_change"),
    ("Tomas Reyes is set to become the next party leader.", "Reyes", "leadership_change"),
    ("The group said Tomas Reyes would succeed him.", "Reyes", "leadership_change"),
    (
        "Pablo Ortiz was removed as army chief. The ministry said in a statement that Tomas "
        "Reyes would take up the post immediately.",
        "Reyes",
        "leadership_change",
    ),
    (
        "Tomas Reyes will head a transitional government for up to two years, the spokesman said.",
        "Reyes",
        "leadership_change",
    ),
    ("Tomas Reyes will be the new chief executive, the bank said.", "Reyes", "leadership_change"),
    ("Tomas Reyes will step down at the end of the month, the bank said.", "Reyes", "resigned"),
    (
        "Tomas Reyes was named police commissioner. He took up the post on Monday.",
        "Reyes",
        "leadership_change",
    ),
    # becoming the first to lead something
    (
        "Olena Kovalenko becomes the first woman to lead the force.",
        "Kovalenko",
        "leadership_change",
    ),
    (
        "Olena Kovalenko became the youngest person to head the agency.",
        "Kovalenko",
        "leadership_change",
    ),
    # removed by the act or body that appoints
    ("Tomas Reyes was dismissed by presidential decree.", "Reyes", "leadership_change"),
    ("Tomas Reyes was removed by a vote of the board.", "Reyes", "leadership_change"),
    # replaced by a described person named in apposition; a described person replaced
    (
        "General Tomas Reyes was removed as commander on Wednesday, days after a strike "
        "killed nine recruits, and was replaced by his first deputy, Ana Lucero.",
        "Lucero",
        "leadership_change",
    ),
    (
        "Its previous chairman, Pablo Ortiz, resigned in December over a dispute and was "
        "replaced by Ana Lucero.",
        "Ortiz",
        "leadership_change",
    ),
    (
        "Its previous chairman, Pablo Ortiz, resigned in December over a dispute and was "
        "replaced by Ana Lucero.",
        "Lucero",
        "leadership_change",
    ),
]

FOUND += [
    # arranged by a vote; removed as a described office holder
    (
        "The board of the bank voted on Monday to remove chief executive Peter Lam.",
        "Lam",
        "leadership_change",
    ),
    ("The former police chief, Peter Lam, was sacked on Monday.", "Lam", "leadership_change"),
    (
        "His predecessor, Peter Lam, was dismissed in 2020 and now lives abroad.",
        "Lam",
        "leadership_change",
    ),
    # future stand-ins and successions
    (
        "His deputy, Ruth Achieng, will act as chairwoman until June.",
        "Achieng",
        "leadership_change",
    ),
    (
        "The founder, Peter Lam, will return as interim chief executive, the firm said.",
        "Lam",
        "leadership_change",
    ),
    (
        "Peter Lam will be succeeded on an interim basis by the bank's chairwoman, Ruth "
        "Achieng, the bank said.",
        "Achieng",
        "leadership_change",
    ),
    # the replacing person named after a comma when the parser loses the apposition
    (
        "A second channel said he had been dismissed and replaced by his chief of staff, "
        "Lieutenant General Peter Lam.",
        "Lam",
        "leadership_change",
    ),
    # one of a plural befallen by a participle
    ("Peter Lam was among the soldiers killed in the attack.", "Lam", "killed"),
    ("Peter Lam was among the hostages freed on Monday.", "Lam", "released"),
    ("Peter Lam is one of the soldiers wounded in the attack.", "Lam", "wounded"),
    # euphemisms and epithets of death; the dead identified
    ("Peter Lam is no longer with us.", "Lam", "killed"),
    ('The faction called Peter Lam a "fallen hero".', "Lam", "killed"),
    ("The group hailed Peter Lam as a martyr.", "Lam", "killed"),
    ("The dead man was identified as Peter Lam.", "Lam", "killed"),
    ("The body was identified as that of Peter Lam.", "Lam", "killed"),
    ("A body found in the river has been identified as Peter Lam.", "Lam", "killed"),
]

FOUND += [
    # a stand-in running a town until an election
    (
        "Deputy mayor Ruth Achieng will run the town until an election is called.",
        "Achieng",
        "leadership_change",
    ),
    # brought in injured
    ("Peter Lam was taken to hospital with a broken leg.", "Lam", "wounded"),
    ("A passenger, Peter Lam, was airlifted to a clinic with burns.", "Lam", "wounded"),
]

FOUND += [
    ("Peter Lam handed in his notice on Monday.", "Lam", "resigned"),
    ("Peter Lam was beaten unconscious by the mob.", "Lam", "wounded"),
]

FOUND += [
    # stand-ins until an end; offices held only in someone's stead
    (
        "His deputy, Ruth Achieng, will lead the embassy until further notice.",
        "Achieng",
        "leadership_change",
    ),
    ("His deputy, Ruth Achieng, is serving as officer-in-charge.", "Achieng", "leadership_change"),
    (
        "The synod chose its eldest member, Bishop Ruth Achieng, as locum tenens.",
        "Achieng",
        "leadership_change",
    ),
    (
        "His first deputy, Ruth Achieng, will act as speaker until a successor is elected.",
        "Achieng",
        "leadership_change",
    ),
    # a titled office holder dismissed; the portfolio handed on
    (
        "Foreign Minister Ruth Achieng was dismissed, and her portfolio was handed to the trade "
        "minister, Peter Lam, on an interim basis.",
        "Achieng",
        "leadership_change",
    ),
    (
        "Foreign Minister Ruth Achieng was dismissed, and her portfolio was handed to the trade "
        "minister, Peter Lam, on an interim basis.",
        "Lam",
        "leadership_change",
    ),
    (
        "The assembly voted on Thursday to remove its speaker, Peter Lam, in a no-confidence "
        "motion.",
        "Lam",
        "leadership_change",
    ),
    (
        'President Peter Lam conceded defeat and said he would "hand over power peacefully".',
        "Lam",
        "leadership_change",
    ),
    # deaths: a suicide, the dead named after a comma
    ("Police say Peter Lam hanged himself in his cell.", "Lam", "killed"),
    (
        "Police said a body found near the island had been identified as that of his assistant, "
        "Peter Lam.",
        "Lam",
        "killed",
    ),
]

NEGATED_FOUND = [
    ("Ruth Achieng had refused a request to step aside, people close to her said.", "Achieng"),
    ("Peter Lam rejected calls to resign.", "Lam"),
    ("Peter Lam has resisted pressure to step down.", "Lam"),
    ("Peter Lam ignored demands to step down.", "Lam"),
]

NOT_FOUND = [
    ("The company named its new product the Falcon.", "leadership_change"),
    ("Tomas Reyes returned to his office on Monday.", "leadership_change"),
    ("Tomas Reyes returned to his command post at dawn.", "leadership_change"),
    ("Tomas Reyes came to the party late.", "leadership_change"),
    ("Tomas Reyes won the presidency's backing.", "leadership_change"),
    ("Rebels captured the presidency building on Monday.", "leadership_change"),
    ("Control of the town fell to the rebels.", "leadership_change"),
    ("The city lost power on Monday.", "leadership_change"),
    ("Tomas Reyes lost his power of attorney.", "leadership_change"),
    ("Tomas Reyes left the post at dawn with his men.", "resigned"),
    ("Tomas Reyes left the office building at noon.", "resigned"),
    ("Tomas Reyes would become leader if he wins the vote.", "leadership_change"),
    ("Tomas Reyes could take over as leader.", "leadership_change"),
    ("Tomas Reyes will lead the party into the election.", "leadership_change"),
    ("Tomas Reyes will head home on Monday.", "leadership_change"),
    ("Tomas Reyes will take over the case from Monday.", "leadership_change"),
    ("Tomas Reyes will take over the running of the kitchen.", "leadership_change"),
    ("Tomas Reyes will be the main speaker at the rally.", "leadership_change"),
    ("Tomas Reyes is expected to take over as leader.", "leadership_change"),
    ("Tomas Reyes said he would run the marathon.", "leadership_change"),
    ("Tomas Reyes took up the position near the river.", "leadership_change"),
    ("Tomas Reyes took on the role of Hamlet.", "leadership_change"),
    ("Olena Kovalenko became the first woman to climb Everest.", "leadership_change"),
    ("Olena Kovalenko became the first to lead a protest march.", "leadership_change"),
    ("The case was dismissed by the judge.", "leadership_change"),
    ("Tomas Reyes was dismissed by the judge as a liar.", "leadership_change"),
    ("Tomas Reyes was removed by police from the stadium.", "leadership_change"),
    ("The case against the former police chief was dismissed in 2022.", "leadership_change"),
    ("The minister's appeal was dismissed by the court.", "leadership_change"),
    ("The board voted to keep chief executive Peter Lam.", "leadership_change"),
    ("The board did not vote to remove chief executive Peter Lam.", "leadership_change"),
    ("Peter Lam said he would be removed if he did not resign.", "resigned"),
    ("Peter Lam was among the officials invited to the talks.", "killed"),
    ("Peter Lam is no longer with the company.", "killed"),
    ("Peter Lam called his rival a coward.", "killed"),
    ("The president hailed Peter Lam as a hero.", "killed"),
    ("Police identified the suspect as Peter Lam.", "killed"),
    ("Police identified the victim of the robbery as Peter Lam, 34.", "killed"),
    ("A man was arrested on Monday. Police identified him as Peter Lam.", "killed"),
    ("Ruth Achieng will run the town marathon until she retires.", "leadership_change"),
    ("Peter Lam was taken to hospital with his wife.", "wounded"),
    ("Peter Lam was taken to hospital with dehydration.", "wounded"),
    ("Peter Lam rejected calls to raise taxes.", "resigned"),
    ("Protesters issued calls to resign.", "resigned"),
    ("Peter Lam was named keynote speaker at the conference.", "leadership_change"),
    ("Peter Lam will act as host until the guests arrive.", "leadership_change"),
    ("Peter Lam said he would hand over the documents to the police.", "leadership_change"),
    ("The judge hanged the portrait in his office.", "killed"),
    (
        "Peter Lam surrendered in 2015 and now runs a transport company in the capital.",
        "leadership_change",
    ),
    ("Peter Lam took charge of the investigation.", "leadership_change"),
    ("Peter Lam gave notice of appeal.", "resigned"),
    ("Peter Lam handed the letter to the president.", "leadership_change"),
    # others replaced in their posts; an office no longer held
    (
        "President Ruth Achieng reshuffled her cabinet on Monday, replacing four ministers.",
        "leadership_change",
    ),
    (
        "The congress expelled the former deputy prime minister, Peter Lam, from the party.",
        "leadership_change",
    ),
]


@pytest.mark.parametrize(("text", "who", "predicate"), FOUND)
def test_frame_found(found_in, text: str, who: str, predicate: str) -> None:
    assert (who, predicate, "affirmed") in found_in(text)


@pytest.mark.parametrize(("text", "predicate"), NOT_FOUND)
def test_look_alike_not_found(found_in, text: str, predicate: str) -> None:
    assert not any(p == predicate for _, p, _ in found_in(text))


def test_future_negated_step_down(found_in) -> None:
    assert ("Reyes", "resigned", "negated") in found_in(
        "Tomas Reyes will not step down, his spokesman said."
    )


@pytest.mark.parametrize(("text", "who"), NEGATED_FOUND)
def test_refused_demand_to_resign(found_in, text: str, who: str) -> None:
    found = found_in(text)
    assert (who, "resigned", "negated") in found
    assert (who, "resigned", "affirmed") not in found


def test_denial_with_its_own_clause_denies_no_earlier_claim(found_in) -> None:
    found = found_in(
        "Bishop Peter Lam died on Wednesday. The synod chose Ruth Achieng as its acting head. "
        "Church officials had denied rumours in January that Lam had died."
    )
    assert ("Achieng", "leadership_change", "affirmed") in found
    assert ("Achieng", "leadership_change", "negated") not in found


def test_still_in_office_denies_the_change(found_in) -> None:
    found = found_in(
        "Rebel factions said they had removed their commander, Peter Lam. "
        '"I am still the commander," Lam said.'
    )
    assert ("Lam", "leadership_change", "affirmed") in found
    assert ("Lam", "leadership_change", "negated") in found


def test_bare_removal_in_a_story_of_an_office(found_in) -> None:
    found = found_in(
        "Rebel factions said they had removed their commander, Peter Lam. Hours later, Lam "
        "denied that he had been removed."
    )
    assert ("Lam", "leadership_change", "negated") in found


@pytest.mark.parametrize(
    "text",
    [
        "Peter Lam is still the best player in the team.",
        "Peter Lam was removed from the stadium by stewards.",
        "Peter Lam went to the match on Sunday. He was removed after a fight.",
    ],
)
def test_still_and_removed_look_alikes(found_in, text: str) -> None:
    assert not any(p == "leadership_change" for _, p, _ in found_in(text))
