"""A bare surname two or more people of the story share ("Farouk was being held ...") is
the one the text means by the rules of news prose: someone already named, not a namesake
the story names only later; the one more than a quoted speaker; "the elder X". Misread,
the claim goes to a relative (issue 6, the "subject" misses). Texts written for this table
about fictional people: text -> the number of claims (subject, predicate, polarity) the
pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A = "affirmed"

TABLE = [
    (
        # the wife is named only after the bare surname: she is not whom it means, and the
        # brother has only spoken
        "Police detained the lawyer Omar Farouk at his home in Tanta on Monday, his brother, "
        'Karim Farouk, said.\n\n"We have heard nothing since that night," Karim Farouk said on '
        "Thursday.\n\nThe ministry said on Tuesday that Farouk was being held at a prison in "
        "Cairo.\n\nFarouk's wife, Nadia Farouk, a teacher, was questioned for three hours and "
        "released.",
        {
            ("Omar Farouk", "arrested", A): 2,
            ("Omar Farouk", "located_in", A): 1,
            ("Karim Farouk", "arrested", A): 0,
            ("Nadia Farouk", "released", A): 1,
        },
    ),
    (
        "Soldiers arrested the activist Lidia Morales in Coban last week, her husband, Tomas "
        'Morales, said. "They gave no reason," Tomas Morales said. Prosecutors said on Friday '
        "that Morales was being held in a military prison. Morales's sister, Ana Morales, was "
        "questioned and released.",
        {
            ("Lidia Morales", "arrested", A): 2,
            ("Tomas Morales", "arrested", A): 0,
            ("Tomas Morales", "located_in", A): 0,
        },
    ),
    (
        # "the elder X": the oldest of those whose ages the text gives; a brother named with
        # no age is no rival
        "Police arrested the activist Tomas Novak, 31, and his father, Marek Novak, 64, in Brno "
        "on Monday. Tomas Novak's brother, Karel Novak, was questioned and released.\n\nThe "
        "family's lawyer said the elder Novak was being held at a prison in Ostrava.",
        {
            ("Marek Novak", "located_in", A): 1,
            ("Tomas Novak", "located_in", A): 0,
            ("Karel Novak", "located_in", A): 0,
        },
    ),
    (
        "Police arrested the union leader Marek Novak, 64, and his son, Tomas Novak, 31, in Brno "
        "on Monday. His brother, Karel Novak, was questioned and released.\n\nThe family's "
        "lawyer said the younger Novak was being held at a prison in Ostrava.",
        {
            ("Tomas Novak", "located_in", A): 1,
            ("Marek Novak", "located_in", A): 0,
        },
    ),
    (
        # a Spanish name of two surnames: the story calls the man by the first (his father's),
        # which his daughter bears as her only surname
        "The prison service has moved the jailed miners' leader Alberto Condori Yupanqui from "
        "Lima to a prison high in the Andes, his lawyers said on Thursday.\n\nCondori, 61, who "
        "has been held without trial since May, was driven overnight to Puno, according to his "
        "defence team. The prison service confirmed on Friday that Condori was now at Puno.\n\n"
        "His daughter, Elena Condori, visited him on Saturday.",
        {
            ("Alberto Condori Yupanqui", "arrested", A): 1,
            ("Alberto Condori Yupanqui", "located_in", A): 2,
            ("Elena Condori", "arrested", A): 0,
            ("Elena Condori", "located_in", A): 0,
        },
    ),
]


@pytest.mark.parametrize(("text", "counts"), TABLE)
def test_claim_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject, c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
