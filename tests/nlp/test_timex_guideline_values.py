"""Values and types of time expressions as the TimeML TIMEX3 guidelines give them: durations
against dates ("for the past year" is a span, "last year" a calendar year), unspecified values
("some day", "years ago", "a Wednesday"), the direction of a bare weekday, parts of day, the
position mods, anchoring on the passage's last full date or on the period a report is about,
"the same period last year", a time that is "due", and a clock with the part of a day beside
it (issue 4).

Every sentence was written for this table. Each case gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

WED = date(1998, 9, 9)  # a Wednesday

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    # -- a span measured to now or by 'for' is a DURATION; a named calendar period is a DATE
    ('The company has been in talks for the past year.', WED, [('the past year', 'DURATION', 'P1Y', None)]),
    ('The reporter was held hostage for the last year.', WED, [('the last year', 'DURATION', 'P1Y', None)]),
    ('The company has cut 300 jobs in the past three months.', WED, [('the past three months', 'DURATION', 'P3M', None)]),
    ('Sales fell sharply in the last two weeks.', WED, [('the last two weeks', 'DURATION', 'P2W', None)]),
    ('Violence has flared in the past few days.', WED, [('the past few days', 'DURATION', 'PXD', None)]),
    ('Sales rose 5 percent last year.', WED, [('last year', 'DATE', '1997', None)]),
    ('The rebels have fought the army for the past decade.', WED, [('the past decade', 'DURATION', 'P1E', None)]),
    ('The strike lasted more than three months.', WED, [('more than three months', 'DURATION', 'P3M', 'MORE_THAN')]),
    ('The strike lasted less than a week.', WED, [('less than a week', 'DURATION', 'P1W', 'LESS_THAN')]),
    ('The envoy stayed in the capital for two days.', WED, [('two days', 'DURATION', 'P2D', None)]),
    ('The rebels seized the town on Aug. 3. Two days later, the army retook it.', WED, [('Aug. 3', 'DATE', '1998-08-03', None), ('Two days', 'DURATION', 'P2D', None)]),
    # -- an unnamed day or an uncounted stretch: FUTURE_REF / PAST_REF, an unnamed weekday XXXX-WXX-d
    ('Some day the city will rebuild the bridge.', WED, [('Some day', 'DATE', 'FUTURE_REF', None)]),
    ('The mayor hopes some day to rebuild the bridge.', WED, [('some day', 'DATE', 'FUTURE_REF', None)]),
    ('The city may one day rebuild the bridge.', WED, [('one day', 'DATE', 'FUTURE_REF', None)]),
    ('The plant was built decades ago.', WED, [('decades ago', 'DATE', 'PAST_REF', None)]),
    ('The plant closed years ago.', WED, [('years ago', 'DATE', 'PAST_REF', None)]),
    ('The plant closed just months ago.', WED, [('months ago', 'DATE', 'PAST_REF', None)]),
    ('The plant closed weeks ago and reopened Monday.', WED, [('weeks ago', 'DATE', 'PAST_REF', None), ('Monday', 'DATE', '1998-09-07', None)]),
    ('The plant closed many years ago.', WED, [('many years ago', 'DATE', 'PAST_REF', None)]),
    ('The plant closed a few years ago.', WED, [('a few years ago', 'DATE', 'PAST_REF', None)]),
    ('It was a Wednesday when the storm struck.', WED, [('Wednesday', 'DATE', 'XXXX-WXX-3', None)]),
    ('The storm struck on a Sunday in June.', WED, [('Sunday', 'DATE', 'XXXX-WXX-7', None), ('June', 'DATE', '1998-06', None)]),
    ('The blast happened on a Friday afternoon.', WED, [('Friday afternoon', 'TIME', 'XXXX-WXX-5TAF', None)]),
    ('The council meets on Tuesday nights.', WED, [('Tuesday nights', 'SET', 'XXXX-WXX-2TNI', None)]),
    # -- a counted 'ago' is a DATE at the grain of its unit
    ('The mayor resigned two years ago.', WED, [('two years ago', 'DATE', '1996', None)]),
    ('The mayor resigned about two years ago.', WED, [('about two years ago', 'DATE', '1996', 'APPROX')]),
    ('The mayor resigned six months ago.', WED, [('six months ago', 'DATE', '1998-03', None)]),
    # -- a bare weekday is the nearest one in the direction of its clause's tense
    ('The minister will visit Paris next Tuesday.', WED, [('next Tuesday', 'DATE', '1998-09-15', None)]),
    ('The minister visited Paris last Tuesday.', WED, [('last Tuesday', 'DATE', '1998-09-01', None)]),
    ('The minister visits Paris this Friday.', WED, [('this Friday', 'DATE', '1998-09-11', None)]),
    ('The vote was held last Sunday.', WED, [('last Sunday', 'DATE', '1998-09-06', None)]),
    ('Talks are scheduled to resume on Monday.', WED, [('Monday', 'DATE', '1998-09-14', None)]),
    ('The talks resumed on Monday, officials said.', WED, [('Monday', 'DATE', '1998-09-07', None)]),
    ('Officials said talks would resume Monday.', WED, [('Monday', 'DATE', '1998-09-14', None)]),
    ('Police said the man was arrested Saturday.', WED, [('Saturday', 'DATE', '1998-09-05', None)]),
    ('The man, arrested Saturday, appeared in court Tuesday.', WED, [('Saturday', 'DATE', '1998-09-05', None), ('Tuesday', 'DATE', '1998-09-08', None)]),
    ('The man will appear in court Thursday.', WED, [('Thursday', 'DATE', '1998-09-10', None)]),
    ('The man is due in court Friday.', WED, [('Friday', 'DATE', '1998-09-11', None)]),
    ('The senator says he will decide Friday.', WED, [('Friday', 'DATE', '1998-09-11', None)]),
    ('The senator says he decided Friday.', WED, [('Friday', 'DATE', '1998-09-04', None)]),
    ("Friday's vote will decide the issue.", WED, [('Friday', 'DATE', '1998-09-11', None)]),
    ('The envoy was scheduled to arrive Friday but the trip was canceled.', WED, [('Friday', 'DATE', '1998-09-11', None)]),
    ('The envoy has been in the city since Friday.', WED, [('Friday', 'DATE', '1998-09-04', None)]),
    ('On Friday, the envoy met the king.', WED, [('Friday', 'DATE', '1998-09-04', None)]),
    ('On Friday, the envoy will meet the king.', WED, [('Friday', 'DATE', '1998-09-11', None)]),
    ('"We lost on Sunday," the coach said.', WED, [('Sunday', 'DATE', '1998-09-06', None)]),
    ('"We will win on Sunday," the coach said.', WED, [('Sunday', 'DATE', '1998-09-13', None)]),
    ('The team played Sunday and will play again Thursday.', WED, [('Sunday', 'DATE', '1998-09-06', None), ('Thursday', 'DATE', '1998-09-10', None)]),
    ('By Thursday, the waters had receded.', WED, [('Thursday', 'DATE', '1998-09-03', None)]),
    ('By Thursday, the waters will recede.', WED, [('Thursday', 'DATE', '1998-09-10', None)]),
    # -- a weekday or day word with a part of day is a TIME (TNI, TMO, TAF)
    ('The storm hit the coast on Tuesday night.', WED, [('Tuesday night', 'TIME', '1998-09-08TNI', None)]),
    ('The storm hit the coast Tuesday morning.', WED, [('Tuesday morning', 'TIME', '1998-09-08TMO', None)]),
    ('The storm hit the coast last night.', WED, [('last night', 'TIME', '1998-09-08TNI', None)]),
    ('Officials will meet tonight.', WED, [('tonight', 'TIME', '1998-09-09TNI', None)]),
    ('Officials met this morning.', WED, [('this morning', 'TIME', '1998-09-09TMO', None)]),
    ('The storm struck yesterday morning.', WED, [('yesterday morning', 'TIME', '1998-09-08TMO', None)]),
    ('Police will hold a briefing tomorrow afternoon.', WED, [('tomorrow afternoon', 'TIME', '1998-09-10TAF', None)]),
    # -- a position word sets START/MID/END
    ('The verdict came late Friday.', WED, [('late Friday', 'DATE', '1998-09-04', 'END')]),
    ('Earlier Tuesday, the ministry said the ban was lifted.', WED, [('Earlier Tuesday', 'DATE', '1998-09-08', 'START')]),
    ('The talks will end by the end of the month.', WED, [('the end of the month', 'DATE', '1998-09', 'END')]),
    ('The plant will open early next year.', WED, [('early next year', 'DATE', '1999', 'START')]),
    ('The bridge was built in the mid-1990s.', WED, [('the mid-1990s', 'DATE', '199', 'MID')]),
    # -- a relative expression counts from the last fully specified date of the passage
    ('The rebels seized the town on Aug. 3. The next day, the army retook it.', WED, [('Aug. 3', 'DATE', '1998-08-03', None), ('The next day', 'DATE', '1998-08-04', None)]),
    ('The rebels seized the town in 1995. The following year, the army retook it.', WED, [('1995', 'DATE', '1995', None), ('The following year', 'DATE', '1996', None)]),
    ('In March 1996, the rebels seized the town. That month, the army retook it.', WED, [('March 1996', 'DATE', '1996-03', None), ('That month', 'DATE', '1996-03', None)]),
    ('The treaty was signed in 1995. In March, the rebels broke it.', WED, [('1995', 'DATE', '1995', None), ('March', 'DATE', '1995-03', None)]),
    ('The war began in August 1991. The next month, 10,000 died.', WED, [('August 1991', 'DATE', '1991-08', None), ('The next month', 'DATE', '1991-09', None)]),
    ('The war began in 1991. By the end of the year, 10,000 had died.', WED, [('1991', 'DATE', '1991', None), ('the end of the year', 'DATE', '1991', 'END')]),
    ('The army attacked on Sept. 2. The rebels fled on Friday.', WED, [('Sept. 2', 'DATE', '1998-09-02', None), ('Friday', 'DATE', '1998-09-04', None)]),
    # -- 'a year earlier' after 'said Sunday' counts from the period the report is about
    ('The jobless rate fell to 6.9 percent in January, the department said Sunday. The rate was 8.2 percent a year earlier.', WED, [('January', 'DATE', '1998-01', None), ('Sunday', 'DATE', '1998-09-06', None), ('a year earlier', 'DATE', '1997-01', None)]),
    ('The jobless rate fell to 6.9 percent in January, the department said Sunday, down from 8.2 percent a year earlier.', WED, [('January', 'DATE', '1998-01', None), ('Sunday', 'DATE', '1998-09-06', None), ('a year earlier', 'DATE', '1997-01', None)]),
    ('Exports rose 4 percent in the third quarter, the ministry said Tuesday. A year earlier, they had fallen.', WED, [('the third quarter', 'DATE', '1998-Q3', None), ('Tuesday', 'DATE', '1998-09-08', None), ('A year earlier', 'DATE', '1997-Q3', None)]),
    ('Exports rose 4 percent last year, the ministry said Tuesday. The year before, they had fallen.', WED, [('last year', 'DATE', '1997', None), ('Tuesday', 'DATE', '1998-09-08', None), ('The year before', 'DATE', '1996', None)]),
    ('The rebels attacked on Tuesday. A day later, the army struck back.', WED, [('Tuesday', 'DATE', '1998-09-08', None), ('A day', 'DURATION', 'P1D', None)]),
    ('Inflation fell to 2 percent in May, the bank said Monday. The next month, it rose again.', WED, [('May', 'DATE', '1998-05', None), ('Monday', 'DATE', '1998-09-07', None), ('The next month', 'DATE', '1998-06', None)]),
    # -- 'the same period last year' is the period just named, a year back, at its own grain
    ('Trade reached 290 billion dollars in the first ten months of this year, up 2 percent over the same period last year.', WED, [('the first ten months', 'DURATION', 'P10M', None), ('this year', 'DATE', '1998', None), ('the same period last year', 'DATE', '1997', None)]),
    ('Exports rose 5 percent in the first half of this year over the same period last year.', WED, [('the first half of this year', 'DATE', '1998-H1', None), ('the same period last year', 'DATE', '1997-H1', None)]),
    ('Output in the first quarter rose 3 percent over the same period last year.', WED, [('the first quarter', 'DATE', '1998-Q1', None), ('the same period last year', 'DATE', '1997-Q1', None)]),
    ('Sales rose 3 percent in 1997 over the same period of 1996.', WED, [('1997', 'DATE', '1997', None), ('the same period of 1996', 'DATE', '1996', None)]),
    # -- a time right after 'due' is when a thing is expected: ahead, unless told in the past
    ('The jobs report due Friday is expected to show gains.', WED, [('Friday', 'DATE', '1998-09-11', None)]),
    ('The report, due Friday, will show gains.', WED, [('Friday', 'DATE', '1998-09-11', None)]),
    ('The report due Friday showed gains.', WED, [('Friday', 'DATE', '1998-09-04', None)]),
    ('Payments are due Friday.', WED, [('Friday', 'DATE', '1998-09-11', None)]),
    ('The final report is due in March.', WED, [('March', 'DATE', '1999-03', None)]),
    ('The loan was due Friday but the company missed the payment.', WED, [('Friday', 'DATE', '1998-09-04', None)]),
    # -- a clock and the part of a day beside it are one TIME on that day ('9 p.m. last night')
    ('The meeting began at 9:15 a.m. this morning.', WED, [('9:15 a.m. this morning', 'TIME', '1998-09-09T09:15', None)]),
    ('The meeting began at 9:15 this morning.', WED, [('9:15 this morning', 'TIME', '1998-09-09T09:15', None)]),
    ('The meeting began at 9 p.m. last night.', WED, [('9 p.m. last night', 'TIME', '1998-09-08T21:00', None)]),
    ('The meeting began at 7:30 last night.', WED, [('7:30 last night', 'TIME', '1998-09-08T19:30', None)]),
    ('The meeting will begin at 2 p.m. this afternoon.', WED, [('2 p.m. this afternoon', 'TIME', '1998-09-09T14:00', None)]),
    ("The blast occurred at 8 o'clock last night.", WED, [("8 o'clock last night", 'TIME', '1998-09-08T20:00', None)]),
    ('The blast occurred at 7:30 tonight.', WED, [('7:30 tonight', 'TIME', '1998-09-09T19:30', None)]),
    ('The blast occurred at 1:30 last night.', WED, [('1:30 last night', 'TIME', '1998-09-09T01:30', None)]),
    # -- 'earlier in the day' in the past is the day last told in the past, not one still ahead
    ('The Senate voted on Thursday to block the bill. Lawmakers left at 6 p.m. and will return June 22. Earlier in the day, the House passed a defense bill.', WED, [('Thursday', 'DATE', '1998-09-03', None), ('6 p.m.', 'TIME', '1998-09-03T18:00', None), ('June 22', 'DATE', '1999-06-22', None), ('Earlier in the day', 'DATE', '1998-09-03', 'START')]),
    ('The Senate voted on Thursday to block the bill. Later in the day, the House passed a defense bill.', WED, [('Thursday', 'DATE', '1998-09-03', None), ('Later in the day', 'DATE', '1998-09-03', 'END')]),
    # -- 'a year' after a counted noun is a rate, no TIMEX3; after 'within' a DURATION
    ('Smoking kills 400,000 Americans a year, officials say.', WED, []),
    ('The plant will close within a year.', WED, [('a year', 'DURATION', 'P1Y', None)]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_guideline_values(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="guideline")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
