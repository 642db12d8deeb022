"""Which week a bare or 'this' weekday means, read from the tense of the clause (issue 4).

Every sentence was written for this table. Each row gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

WED = date(1998, 2, 11)  # a Wednesday
SAT = date(1998, 2, 14)  # a Saturday

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    # -- a timetable in the present whose verb the tagger read as a noun or an adjective
    # ("resume", "open") after a plural subject: the day is ahead
    ("Talks resume Thursday.", WED, [("Thursday", "DATE", "1998-02-12", None)]),
    ("Peace talks open Thursday in Oslo.", WED, [("Thursday", "DATE", "1998-02-12", None)]),
    ("Negotiations continue Friday in Vienna.", WED, [("Friday", "DATE", "1998-02-13", None)]),
    ("Classes start Monday at the village school.", WED, [("Monday", "DATE", "1998-02-16", None)]),
    # ... not the same words told in the past, nor a noun compound opened by a plural noun
    ("The talks ended Thursday.", WED, [("Thursday", "DATE", "1998-02-05", None)]),
    ("At a news conference Monday, Mayor Ostrova spoke of the floods.", WED,
     [("Monday", "DATE", "1998-02-09", None)]),
    # -- a passive to-infinitive looks ahead of a present verb, as an active one does
    ("The three fishermen are due to be freed Friday.", WED, [("Friday", "DATE", "1998-02-13", None)]),
    ("The new budget is set to be signed Monday.", SAT, [("Monday", "DATE", "1998-02-16", None)]),
    ("Mr. Haldane wants to be released Monday.", WED, [("Monday", "DATE", "1998-02-16", None)]),
    # ... not one hanging on a past verb of asking
    ("Mr. Haldane asked to be released Monday.", WED, [("Monday", "DATE", "1998-02-09", None)]),
    # -- "this Tuesday" in the future is the coming Tuesday, not the one gone by this week
    ("The council will vote this Tuesday on the harbour plan.", WED, [("this Tuesday", "DATE", "1998-02-17", None)]),
    ("The council is expected to vote this Monday.", WED, [("this Monday", "DATE", "1998-02-16", None)]),
    # ... told in the past it is the day of the publication week; a day still ahead stays so
    ("The council met this Monday to discuss the harbour.", WED, [("this Monday", "DATE", "1998-02-09", None)]),
    ("The council will vote this Friday.", WED, [("this Friday", "DATE", "1998-02-13", None)]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_weekday_tense(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="wd")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
