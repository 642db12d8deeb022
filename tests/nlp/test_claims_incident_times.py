"""A wound or a survival told against an incident the story dated before takes the incident's
time (the gold README: "survived the strike", "was hurt in the strike" take the time of that
antecedent event): also when the incident hangs on the wound's body part ("was hurt in the
legs in the strike"), when it is what was survived ("survived the crash with a broken arm"),
and when the crash was first told by its verb ("a bus collided with a lorry on June 5 ... hurt
in the crash") (issue 6, the "sys-null" wounded dates). Texts written for this table about
fictional people (published 2021-06-10): text -> (last word of the subject, predicate) ->
the event time of that claim."""

from __future__ import annotations

import pytest

TABLE = [
    (
        "A drone struck a farmhouse near Hama on June 7, killing two fighters, the group said.\n\nIts"
        " statement named the dead. The deputy leader, Samir Atassi, was hurt in the legs in the"
        " strike.",
        ("Atassi", "wounded"),
        "2021-06-07",
    ),
    (
        "A bus collided with a lorry near Eldoret on June 5, police said.\n\nSix people died. A"
        " passenger, Mercy Chebet, was slightly hurt in the crash.",
        ("Chebet", "wounded"),
        "2021-06-05",
    ),
    (
        "A minibus overturned on the Mombasa road on June 4, police said.\n\nFour passengers"
        " died. Its driver, Yusuf Ali, survived the crash with a broken leg.",
        ("Ali", "alive"),
        "2021-06-04",
    ),
    (
        # no incident told before: no time
        "Samir Atassi was hurt in the legs in a strike, his brother said.",
        ("Atassi", "wounded"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "key", "when"), TABLE)
def test_event_time(claims_of, text: str, key: tuple[str, str], when: str | None) -> None:
    times = [c.event_time for c in claims_of(text) if (c.subject.split()[-1], c.predicate) == key]
    assert times == [when], times
