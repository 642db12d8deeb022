"""A live blog's entry clock dates its present states and present-perfect events (issue 6; the
README's "Cases decided in session 23"): in a text whose paragraphs open with bare clocks
("16:50 - ", "16:50: ", "4.50pm - "), "X is in hospital" or "X has been found alive" told in an
entry takes the entry's date and clock (published 2021-06-10); a past event with no time of its
own stays undated, one with its own time keeps it, and a lone clock opening one paragraph of a
normal article is no entry's clock. Texts written for this table about fictional people: text,
(last word of the subject, predicate) -> the event time the pipeline must give."""

from __future__ import annotations

import pytest

DASH = (
    "Flood updates\n\n"
    "16:50 - Rescuers say Anna Kowal has been found alive near the river.\n\n"
    "17:20 - Kowal is in hospital in Tarnow, her brother said.\n\n"
    "17:45 - Officials said Piotr Nowak was arrested on Tuesday.\n\n"
    "18:05 - Nowak was arrested, the mayor said."
)
COLON = (
    "Siege updates\n\n"
    "09:10: Police say Leon Varga is held in a school in Miskolc.\n\n"
    "09:40: No word yet from the gunmen.\n\n"
    "10:15: Varga has been released, his employer said."
)
PM = (
    "Storm live\n\n"
    "4.50pm - Emergency crews say Ruth Okafor is alive.\n\n"
    "5.10pm - Roads remain closed.\n\n"
    "5.30pm - More rain is expected overnight."
)
ARTICLE = (
    "Ivo Marin, a fisherman, went missing on Sunday.\n\n"
    "16:50 - the time his boat left the harbour - is the last sign of him.\n\n"
    "Police said Marin is in hospital in Split."
)

ROWS = [
    (DASH, ("Kowal", "alive"), "2021-06-10T16:50"),
    (DASH, ("Kowal", "located_in"), "2021-06-10T17:20"),
    (DASH, ("Nowak", "arrested"), "2021-06-08"),  # its own time ("on Tuesday") stays
    (DASH, ("Nowak", "arrested"), None),  # a past event with no time of its own
    (COLON, ("Varga", "released"), "2021-06-10T10:15"),
    (PM, ("Okafor", "alive"), "2021-06-10T16:50"),
    (ARTICLE, ("Marin", "located_in"), "2021-06-10"),  # a lone clock: no live blog
]


@pytest.mark.parametrize(("text", "key", "time"), ROWS)
def test_entry_clock(claims_of, text: str, key: tuple[str, str], time: str | None) -> None:
    times = [c.event_time for c in claims_of(text) if (c.subject.split()[-1], c.predicate) == key]
    assert time in times, times
