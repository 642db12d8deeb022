"""Timex rules: which week a weekday means, which year a month or quarter means,
extents that are durations, and the mods TimeML puts (issue 4).

Every sentence was written for this table. Each case gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

WED = date(1998, 2, 11)  # a Wednesday
MON = date(1998, 2, 9)  # a Monday
SAT = date(1998, 2, 14)  # a Saturday
SUN = date(1998, 2, 15)  # a Sunday
FRI = date(1998, 2, 13)  # a Friday
JAN20 = date(1998, 1, 20)  # a Tuesday in January
JAN5 = date(1998, 1, 5)  # a Monday, five days into the year
DEC20 = date(1998, 12, 20)  # a Sunday, twelve days before the new year
OCT27 = date(1989, 10, 27)  # a Friday
NOV24 = date(1998, 11, 24)  # a Tuesday, a week before December

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    # -- weekdays: a participle clause takes its time from the clause it hangs on
    ("Asked on Friday whether he would resign, the minister declined to comment.", WED,
     [("Friday", "DATE", "1998-02-06", None)]),
    ("Speaking on Monday, the minister said talks would resume.", WED, [("Monday", "DATE", "1998-02-09", None)]),
    ("Interviewed Tuesday, the governor said he had no regrets.", WED, [("Tuesday", "DATE", "1998-02-10", None)]),
    ("After meeting on Monday, the leaders issued a joint statement.", WED, [("Monday", "DATE", "1998-02-09", None)]),
    # an opening "after" adjunct comes before the main clause's day
    ("After meeting Monday, the leaders will travel to Geneva on Friday.", WED,
     [("Monday", "DATE", "1998-02-09", None), ("Friday", "DATE", "1998-02-13", None)]),
    # -- a participle after a copula is an adjective: the copula carries the tense
    ("Markets in Tokyo are closed Monday for a holiday.", SAT, [("Monday", "DATE", "1998-02-16", None)]),
    ("Schools will be closed Monday.", WED, [("Monday", "DATE", "1998-02-16", None)]),
    ("Schools were closed Monday.", WED, [("Monday", "DATE", "1998-02-09", None)]),
    ("The embassy is shut Friday for a holiday.", WED, [("Friday", "DATE", "1998-02-13", None)]),
    # -- an infinitive describing a noun names what is still to happen
    ("The talks, to be held Tuesday in Geneva, will cover trade.", WED, [("Tuesday", "DATE", "1998-02-17", None)]),
    ("A meeting to take place Friday will decide the issue.", WED, [("Friday", "DATE", "1998-02-13", None)]),
    ("The talks, held Tuesday in Geneva, covered trade.", WED, [("Tuesday", "DATE", "1998-02-10", None)]),
    ("The bank signed an agreement to acquire the insurer in January.", OCT27, [("January", "DATE", "1990-01", None)]),
    ("The union rejected a plan to cut wages in March.", WED, [("March", "DATE", "1998-03", None)]),
    # ... not one telling what was decided or done
    ("The company's decision to close the plant on Monday angered workers.", WED,
     [("Monday", "DATE", "1998-02-09", None)]),
    ("He became the first leader to visit Cuba on Monday.", WED, [("Monday", "DATE", "1998-02-09", None)]),
    # -- a present verb of saying whose object is a thing made public is a timetable
    ("The company reports earnings Thursday.", WED, [("Thursday", "DATE", "1998-02-12", None)]),
    ("The company announces its results Thursday.", WED, [("Thursday", "DATE", "1998-02-12", None)]),
    ("The ministry releases the figures Friday.", WED, [("Friday", "DATE", "1998-02-13", None)]),
    # ... not one that reports a clause, nor a past one
    ("The group says Monday's attack was revenge.", WED, [("Monday", "DATE", "1998-02-09", None)]),
    ("Police say a bomb exploded Sunday in the market.", WED, [("Sunday", "DATE", "1998-02-08", None)]),
    ("The company announced its results Thursday.", FRI, [("Thursday", "DATE", "1998-02-12", None)]),
    # -- what comes from an event (its results, its ballots) exists: the event has taken place
    ("Officials are still counting ballots from Sunday's vote.", WED, [("Sunday", "DATE", "1998-02-08", None)]),
    ("Final results from Sunday's election are expected Thursday.", WED,
     [("Sunday", "DATE", "1998-02-08", None), ("Thursday", "DATE", "1998-02-12", None)]),
    ("Fallout from the summit on Monday will dominate the week.", WED, [("Monday", "DATE", "1998-02-09", None)]),
    # ... not what an event will decide, nor a range "from" a day
    ("The winner of Saturday's final will face Brazil.", WED, [("Saturday", "DATE", "1998-02-14", None)]),
    ("The outcome of Sunday's runoff will decide the presidency.", WED, [("Sunday", "DATE", "1998-02-15", None)]),
    ("The exhibition will be open from Monday to Friday.", WED,
     [("Monday", "DATE", "1998-02-16", None), ("Friday", "DATE", "1998-02-20", None)]),
    # -- the weekday ending a range is the first one after its start
    ("The exhibition runs from Friday through Tuesday.", WED,
     [("Friday", "DATE", "1998-02-13", None), ("Tuesday", "DATE", "1998-02-17", None)]),
    ("Trading was suspended from Thursday to Monday.", WED,
     [("Thursday", "DATE", "1998-02-05", None), ("Monday", "DATE", "1998-02-09", None)]),
    # -- a past form the tagger read as a present ("retook", "overcame") is a past
    ("Rebels seized the town on Jan. 20. Troops retook it on Friday.", WED,
     [("Jan. 20", "DATE", "1998-01-20", None), ("Friday", "DATE", "1998-02-06", None)]),
    ("The government announced on Jan. 30 that it would sell the airline. On Monday, parliament approved the sale.",
     WED, [("Jan. 30", "DATE", "1998-01-30", None), ("Monday", "DATE", "1998-02-09", None)]),
    ("Talks began on Feb. 2. By Thursday, they had collapsed.", WED,
     [("Feb. 2", "DATE", "1998-02-02", None), ("Thursday", "DATE", "1998-02-05", None)]),
    # -- reported speech: the reported clause's own tense decides
    ("He said he met the president on Monday.", WED, [("Monday", "DATE", "1998-02-09", None)]),
    ("He said he will meet the president on Monday.", WED, [("Monday", "DATE", "1998-02-16", None)]),
    ("He said he would meet the president on Monday.", WED, [("Monday", "DATE", "1998-02-16", None)]),
    ("He told reporters Monday that he would visit Paris on Thursday.", WED,
     [("Monday", "DATE", "1998-02-09", None), ("Thursday", "DATE", "1998-02-12", None)]),
    ("The minister, who arrived Tuesday, will leave on Friday.", WED,
     [("Tuesday", "DATE", "1998-02-10", None), ("Friday", "DATE", "1998-02-13", None)]),
    ("Ministers met Friday and will meet again Monday.", WED,
     [("Friday", "DATE", "1998-02-06", None), ("Monday", "DATE", "1998-02-16", None)]),
    ("Following talks Tuesday, the two sides will meet again on Friday.", WED,
     [("Tuesday", "DATE", "1998-02-10", None), ("Friday", "DATE", "1998-02-13", None)]),
    ("Following Monday's talks, the envoy will fly to Cairo.", WED, [("Monday", "DATE", "1998-02-09", None)]),
    ("Before flying to Cairo on Thursday, the envoy will meet the king.", WED,
     [("Thursday", "DATE", "1998-02-12", None)]),
    ("Having met the king on Monday, the envoy flew to Cairo.", WED, [("Monday", "DATE", "1998-02-09", None)]),
    ("Opening the session Tuesday, the speaker called for calm.", WED, [("Tuesday", "DATE", "1998-02-10", None)]),
    # -- the publication day's own weekday is that day, whatever the tense
    ("The talks ended Friday.", FRI, [("Friday", "DATE", "1998-02-13", None)]),
    ("The summit opens Monday.", MON, [("Monday", "DATE", "1998-02-09", None)]),
    ("Police said on Sunday that the road had reopened.", SUN, [("Sunday", "DATE", "1998-02-15", None)]),
    # -- published at the weekend
    ("The president spoke on Friday.", SUN, [("Friday", "DATE", "1998-02-13", None)]),
    ("Stocks closed higher Friday.", SAT, [("Friday", "DATE", "1998-02-13", None)]),
    ("The final is on Saturday.", SUN, [("Saturday", "DATE", "1998-02-21", None)]),
    ("The results will be announced Thursday.", WED, [("Thursday", "DATE", "1998-02-12", None)]),
    ("The team is playing Sunday.", WED, [("Sunday", "DATE", "1998-02-15", None)]),
    # -- last / next / this
    ("Last Monday, the board approved the plan.", MON, [("Last Monday", "DATE", "1998-02-02", None)]),
    ("The board meets next Monday.", WED, [("next Monday", "DATE", "1998-02-16", None)]),
    ("This Monday, the board voted to sell the unit.", WED, [("This Monday", "DATE", "1998-02-09", None)]),
    ("The exhibition runs until Friday.", WED, [("Friday", "DATE", "1998-02-13", None)]),
    ("Gunmen attacked a bus early Monday.", WED, [("early Monday", "DATE", "1998-02-09", "START")]),
    # -- bare months and quarters: the year is the one the tense points to
    ("The company earned $5 million in the fourth quarter.", JAN20, [("the fourth quarter", "DATE", "1997-Q4", None)]),
    ("The company expects a loss in the first quarter.", JAN20, [("the first quarter", "DATE", "1998-Q1", None)]),
    ("Sales fell in January.", JAN20, [("January", "DATE", "1998-01", None)]),
    ("Prices rose 2 percent in March.", WED, [("March", "DATE", "1997-03", None)]),
    ("The firm's shares fell last March.", WED, [("last March", "DATE", "1997-03", None)]),
    ("The plant opened last February.", WED, [("last February", "DATE", "1997-02", None)]),
    ("The talks resume next January.", DEC20, [("next January", "DATE", "1999-01", None)]),
    ("In fiscal 1998, the company earned $3 million.", DEC20, [("fiscal 1998", "DATE", "1998", None)]),
    ("The vote is set for March.", WED, [("March", "DATE", "1998-03", None)]),
    # a month just after the publication month cannot be named by a simple past, also when the
    # parse reads the verb as a participle of the subject ("The deadline passed in December")
    ("The deadline passed in December without a deal.", NOV24, [("December", "DATE", "1997-12", None)]),
    ("Exports fell in December.", NOV24, [("December", "DATE", "1997-12", None)]),
    ("The deadline passes in December.", NOV24, [("December", "DATE", "1998-12", None)]),
    # a time inside the subject of a modal dates that subject's event, still ahead
    ("The May election could change that.", WED, [("May", "DATE", "1998-05", None)]),
    ("The election in May could change that.", WED, [("May", "DATE", "1998-05", None)]),
    ("The company said on Monday it would cut 500 jobs.", WED, [("Monday", "DATE", "1998-02-09", None)]),
    # a trailing "after" adjunct names a time before its clause's
    ("Talks will resume in March, after a break in January.", WED,
     [("March", "DATE", "1998-03", None), ("January", "DATE", "1998-01", None)]),
    ("He will visit Paris on Friday, after meeting the king on Monday.", WED,
     [("Friday", "DATE", "1998-02-13", None), ("Monday", "DATE", "1998-02-09", None)]),
    ("He will visit Paris in May, after the vote in April.", WED,
     [("May", "DATE", "1998-05", None), ("April", "DATE", "1998-04", None)]),
    # -- more months whose year the tense already told right
    ("The company said its December sales rose 4 percent.", JAN5, [("December", "DATE", "1997-12", None)]),
    ("Since January, prices have risen 2 percent.", WED, [("January", "DATE", "1998-01", None)]),
    ("The figures, for November, showed a rise in exports.", JAN5, [("November", "DATE", "1997-11", None)]),
    ("Elections scheduled for May will go ahead.", WED, [("May", "DATE", "1998-05", None)]),
    ("The fire broke out Dec. 28.", JAN5, [("Dec. 28", "DATE", "1997-12-28", None)]),
    ("The talks resume Jan. 12.", DEC20, [("Jan. 12", "DATE", "1999-01-12", None)]),
    ("He has been missing since Jan. 3.", DEC20, [("Jan. 3", "DATE", "1998-01-03", None)]),
    ("Inflation rose to 3 percent in January from 2.5 percent in December.", WED,
     [("January", "DATE", "1998-01", None), ("December", "DATE", "1997-12", None)]),
    ("The summit, to be held in December, is in doubt.", JAN20, [("December", "DATE", "1998-12", None)]),
    ("The summit, held in December, ended in failure.", JAN20, [("December", "DATE", "1997-12", None)]),
    ("The treaty was signed in April and ratified in June.", date(1998, 5, 12),
     [("April", "DATE", "1998-04", None), ("June", "DATE", "1997-06", None)]),
    # -- an extent measured back from now ("the past week", "the last month") is a duration
    ("Prices have risen sharply over the past week.", WED, [("the past week", "DURATION", "P1W", None)]),
    ("Fighting has intensified in the last month.", WED, [("the last month", "DURATION", "P1M", None)]),
    # ... but "the past year" is the year before the report, as TimeBank annotates it
    ("The army has lost 200 men during the past year.", WED, [("the past year", "DATE", "1997", None)]),
    ("The rebels have grown stronger in the past decade.", WED, [("the past decade", "DURATION", "P1E", None)]),
    ("Exports have doubled over the past three years.", WED, [("the past three years", "DURATION", "P3Y", None)]),
    ("He has been ill for the last two weeks.", WED, [("the last two weeks", "DURATION", "P2W", None)]),
    # ... not "last week" or "the week before", which are calendar weeks
    ("The talks collapsed last week.", WED, [("last week", "DATE", "1998-W06", None)]),
    ("It was the worst violence of the past century.", WED, [("the past century", "DURATION", "P1C", None)]),
    # ... and "the past half century", "the last quarter century" are fifty and twenty-five years
    ("Wars were common over the last half century.", WED, [("the last half century", "DURATION", "P50Y", None)]),
    ("Prices have tripled in the past half-century.", WED, [("the past half-century", "DURATION", "P50Y", None)]),
    ("The city has grown over the past quarter century.", WED,
     [("the past quarter century", "DURATION", "P25Y", None)]),
    ("The first half of the year was calm.", WED, [("The first half of the year", "DATE", "1998-H1", None)]),
    # -- AP style closes up the '-long' adjective of one unit: "a weeklong strike"
    ("A weeklong strike ended Monday.", WED,
     [("weeklong", "DURATION", "P1W", None), ("Monday", "DATE", "1998-02-09", None)]),
    ("The yearlong inquiry found no wrongdoing.", WED, [("yearlong", "DURATION", "P1Y", None)]),
    ("After an hourlong meeting, the talks ended.", WED, [("hourlong", "DURATION", "PT1H", None)]),
    # -- "two hours earlier" sequences events as "two hours later" does: the amount is a duration
    ("The bomb exploded at 3 p.m. Two hours earlier, police were warned.", WED,
     [("3 p.m.", "TIME", "1998-02-11T15:00", None), ("Two hours", "DURATION", "PT2H", None)]),
    ("The ship sank on Monday. Two hours earlier, it had sent a distress call.", WED,
     [("Monday", "DATE", "1998-02-09", None), ("Two hours", "DURATION", "PT2H", None)]),
    # -- mods: "early", "late", "mid" start/end/middle; a bare "the end of" stays unmarked
    ("The plant will close in early 1999.", WED, [("early 1999", "DATE", "1999", "START")]),
    ("The deal closed in late January.", WED, [("late January", "DATE", "1998-01", "END")]),
    ("About two weeks ago, the rebels seized the town.", WED, [("About two weeks ago", "DATE", "1998-W05", "APPROX")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_timex_values(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="s18")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
