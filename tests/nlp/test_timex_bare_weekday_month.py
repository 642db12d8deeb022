"""Timex rules: which week a bare weekday means, which year a bare month means (issue 4).

Every sentence was written for this table. Each case gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.timex import tag_timexes

WED = date(1998, 2, 11)  # a Wednesday
JAN5 = date(1998, 1, 5)  # a Monday, five days into the year
DEC20 = date(1998, 12, 20)  # a Sunday, twelve days before the new year
SAT = date(1998, 2, 14)  # a Saturday
MON = date(1998, 2, 9)  # a Monday
SUN = date(1998, 2, 15)  # a Sunday
OCT27 = date(1989, 10, 27)  # a Friday
JUN17 = date(1998, 6, 17)  # a Wednesday in mid-year
JAN27 = date(1999, 1, 27)  # a Wednesday, four weeks into the year

Expected = list[tuple[str, str, str, str | None]]

CASES: list[tuple[str, date, Expected]] = [
    # -- weekdays ahead of the report: a modal, "expected to", "plans to", "due", "is to"
    ("The central bank could cut rates as early as Friday.", WED,
     [("as early as Friday", "DATE", "1998-02-13", "APPROX")]),
    ("The court may rule on the appeal Monday.", WED, [("Monday", "DATE", "1998-02-16", None)]),
    ("The shipment should arrive Thursday.", WED, [("Thursday", "DATE", "1998-02-12", None)]),
    ("Ministers are expected to sign the accord on Friday.", WED, [("Friday", "DATE", "1998-02-13", None)]),
    ("The union plans to strike on Monday.", WED, [("Monday", "DATE", "1998-02-16", None)]),
    ("The minister is due in Bonn on Thursday.", WED, [("Thursday", "DATE", "1998-02-12", None)]),
    ("The team is to fly home Thursday.", WED, [("Thursday", "DATE", "1998-02-12", None)]),
    ("Doctors hope to operate on Thursday.", WED, [("Thursday", "DATE", "1998-02-12", None)]),
    ("The company said it expects to complete the sale by Friday.", WED, [("Friday", "DATE", "1998-02-13", None)]),
    ("Voters go to the polls on Sunday.", WED, [("Sunday", "DATE", "1998-02-15", None)]),
    ("The president arrives in Tokyo on Saturday for a three-day visit.", WED,
     [("Saturday", "DATE", "1998-02-14", None), ("three-day", "DURATION", "P3D", None)]),
    ("The deadline for bids is Friday.", WED, [("Friday", "DATE", "1998-02-13", None)]),
    ("If no agreement is reached by Friday, the strike will go ahead.", WED,
     [("Friday", "DATE", "1998-02-13", None)]),
    ("He will be sentenced Monday.", WED, [("Monday", "DATE", "1998-02-16", None)]),
    ("Officials said the embassy would reopen Monday.", WED, [("Monday", "DATE", "1998-02-16", None)]),
    ("Negotiators will resume talks on Monday, a spokesman said.", WED, [("Monday", "DATE", "1998-02-16", None)]),
    ("Sunday's election is expected to be close.", WED, [("Sunday", "DATE", "1998-02-15", None)]),
    ("The talks, which are scheduled to end Friday, have made little progress.", WED,
     [("Friday", "DATE", "1998-02-13", None)]),
    ("Before leaving for Paris on Friday, the minister will visit Bonn.", WED,
     [("Friday", "DATE", "1998-02-13", None)]),
    # -- weekdays behind it: a simple past, a present perfect with "since", a past progressive
    ("The president met the king on Monday.", WED, [("Monday", "DATE", "1998-02-09", None)]),
    ("Police said Tuesday that two men were arrested.", WED, [("Tuesday", "DATE", "1998-02-10", None)]),
    ("Voters went to the polls on Sunday.", WED, [("Sunday", "DATE", "1998-02-08", None)]),
    ("Sunday's election was marred by violence.", WED, [("Sunday", "DATE", "1998-02-08", None)]),
    ("The embassy reopened Monday after a week of protests.", WED,
     [("Monday", "DATE", "1998-02-09", None), ("a week", "DURATION", "P1W", None)]),
    ("He has been in hospital since Saturday.", WED, [("Saturday", "DATE", "1998-02-07", None)]),
    ("He was sentenced Monday.", WED, [("Monday", "DATE", "1998-02-09", None)]),
    ("Stocks fell sharply Tuesday on fears of a rate rise.", WED, [("Tuesday", "DATE", "1998-02-10", None)]),
    ("Rescue workers were searching Tuesday for survivors.", WED, [("Tuesday", "DATE", "1998-02-10", None)]),
    ("A spokesman said on Monday that negotiators will resume talks.", WED,
     [("Monday", "DATE", "1998-02-09", None)]),
    ("Troops began withdrawing Monday and will finish by Friday.", WED,
     [("Monday", "DATE", "1998-02-09", None), ("Friday", "DATE", "1998-02-13", None)]),
    ("Last Friday, the company announced a merger.", WED, [("Last Friday", "DATE", "1998-02-06", None)]),
    ("The meeting will take place this Friday.", WED, [("this Friday", "DATE", "1998-02-13", None)]),
    # -- bare months and "last year" / "this year"
    ("Exports rose 4 percent in December.", JAN5, [("December", "DATE", "1997-12", None)]),
    ("The plant will close in December.", JAN5, [("December", "DATE", "1998-12", None)]),
    ("In December, the firm laid off 300 workers.", JAN5, [("December", "DATE", "1997-12", None)]),
    ("Sales fell 3 percent in November.", WED, [("November", "DATE", "1997-11", None)]),
    ("Sales have fallen every month since October.", WED,
     [("every month", "SET", "P1M", None), ("October", "DATE", "1997-10", None)]),
    ("The company expects profits to recover by June.", WED, [("June", "DATE", "1998-06", None)]),
    ("The shares were sold in June.", WED, [("June", "DATE", "1997-06", None)]),
    ("Last year, the company posted a loss.", WED, [("Last year", "DATE", "1997", None)]),
    ("The economy grew 2 percent last year.", JAN5, [("last year", "DATE", "1997", None)]),
    ("This year the government expects growth of 3 percent.", JAN5, [("This year", "DATE", "1998", None)]),
    ("In 1994, the rebels seized the capital. In March, they signed a truce.", WED,
     [("1994", "DATE", "1994", None), ("March", "DATE", "1994-03", None)]),
    ("The firm was founded in 1990. Last year it had sales of $5 million.", WED,
     [("1990", "DATE", "1990", None), ("Last year", "DATE", "1997", None)]),
    ("Prices rose in January.", DEC20, [("January", "DATE", "1998-01", None)]),
    ("The law takes effect in January.", DEC20, [("January", "DATE", "1999-01", None)]),
    ("The law took effect in January.", DEC20, [("January", "DATE", "1998-01", None)]),
    ("He said he would retire in January.", DEC20, [("January", "DATE", "1999-01", None)]),
    # a month just after the publication month is not yet begun, so a pluperfect, a past
    # progressive or a verb of saying before what it reports cannot name it: the one gone by
    ("He said he had retired in January.", DEC20, [("January", "DATE", "1998-01", None)]),
    ("Rebels had seized the town in January.", DEC20, [("January", "DATE", "1998-01", None)]),
    ("He told reporters he had arrived in the city in March.", WED, [("March", "DATE", "1997-03", None)]),
    ("Workers were striking in March over pay.", WED, [("March", "DATE", "1997-03", None)]),
    ("The company announced in March that it would cut jobs.", WED, [("March", "DATE", "1997-03", None)]),
    ("The company announced in January that it would cut jobs.", DEC20, [("January", "DATE", "1998-01", None)]),
    ("The firm said in January that profits would fall.", DEC20, [("January", "DATE", "1998-01", None)]),
    ("Officials said in March the bridge would be closed.", WED, [("March", "DATE", "1997-03", None)]),
    # ... a simple past already did; a plan told in the present perfect still looks ahead
    ("The deal was completed in March.", WED, [("March", "DATE", "1997-03", None)]),
    ("The company has said it will pay the dividend in March.", WED, [("March", "DATE", "1998-03", None)]),
    ("The plant had been shut since December.", JAN5, [("December", "DATE", "1997-12", None)]),
    # a month naming when an agreement was made is behind the report whatever the tense of
    # the clause citing it
    ("The bank is trying to sell itself under a June agreement with its shareholders.", OCT27,
     [("June", "DATE", "1989-06", None)]),
    ("The bank will keep trading under the June accord.", OCT27, [("June", "DATE", "1989-06", None)]),
    # -- a paragraph that names the days around the report has come back from an old year:
    # a bare month in it is counted from the publication date, not from that year
    ("The plant was shut in 1994 after a flood. Inspectors visited it in April and again last week.", JUN17,
     [("1994", "DATE", "1994", None), ("April", "DATE", "1998-04", None), ("last week", "DATE", "1998-W24", None)]),
    ("The club was founded in 1961. It moved to a new stadium in May, and crowds have doubled this year.", JUN17,
     [("1961", "DATE", "1961", None), ("May", "DATE", "1998-05", None), ("this year", "DATE", "1998", None)]),
    ("The firm went public in 1987. Its shares fell in March and have lost 10 percent in the past month.", JUN17,
     [("1987", "DATE", "1987", None), ("March", "DATE", "1998-03", None),
      ("the past month", "DURATION", "P1M", None)]),
    # ... not the day a thing was said, nor a paragraph that stays in the old year
    ("The plant was shut in 1994 after a flood. Inspectors visited it in April, officials said last week.", JUN17,
     [("1994", "DATE", "1994", None), ("April", "DATE", "1994-04", None), ("last week", "DATE", "1998-W24", None)]),
    ("The plant was shut in 1994 after a flood. In April, inspectors found cracks in its walls.", JUN17,
     [("1994", "DATE", "1994", None), ("April", "DATE", "1994-04", None)]),
    ("The firm went public in 1987. Its shares fell in March, two days after the listing.", JUN17,
     [("1987", "DATE", "1987", None), ("March", "DATE", "1987-03", None), ("two days", "DURATION", "P2D", None)]),
    # ... so does a bare weekday, after a story told from a year or a month (not the day a
    # thing was said)
    ("The firm was founded in 1990. Its shares, sold at $20 in March, closed at $9 Tuesday.", JUN17,
     [("1990", "DATE", "1990", None), ("March", "DATE", "1998-03", None), ("Tuesday", "DATE", "1998-06-16", None)]),
    ("The firm was founded in 1990. It lost money in March, officials said Tuesday.", JUN17,
     [("1990", "DATE", "1990", None), ("March", "DATE", "1990-03", None), ("Tuesday", "DATE", "1998-06-16", None)]),
    # -- a sentence whose root the tagger read as a noun with a subject is a present verb
    ("The Games end Sunday.", WED, [("Sunday", "DATE", "1998-02-15", None)]),
    ("Talks resume on Monday.", WED, [("Monday", "DATE", "1998-02-16", None)]),
    # -- the figures a verb will make public are of a month that has begun
    ("The company's December sales will be released next week.", JAN5,
     [("December", "DATE", "1997-12", None), ("next week", "DATE", "1998-W03", None)]),
    ("Figures for December will be published on Friday.", JAN5,
     [("December", "DATE", "1997-12", None), ("Friday", "DATE", "1998-01-09", None)]),
    # ... not the time of the release itself, nor a month that is not the figures'
    ("Officials said they would announce the results in January.", JAN5, [("January", "DATE", "1998-01", None)]),
    ("The ministry will release its report in March.", JAN5, [("March", "DATE", "1998-03", None)]),
    # -- the day of an unplanned event named with its noun ("the attack Sunday") is the day it
    # happened, however the clause judging it is told
    ("The attack Sunday is the worst in a decade.", WED,
     [("Sunday", "DATE", "1998-02-08", None), ("a decade", "DURATION", "P1E", None)]),
    ("The blast on Monday will hurt tourism.", WED, [("Monday", "DATE", "1998-02-09", None)]),
    ("The attack in March is still under investigation.", WED, [("March", "DATE", "1997-03", None)]),
    ("The fire Saturday destroyed six homes.", WED, [("Saturday", "DATE", "1998-02-07", None)]),
    # ... not a timetabled one, nor a day of its own ("Monday's attack" already was)
    ("The meeting Thursday will focus on trade.", WED, [("Thursday", "DATE", "1998-02-12", None)]),
    ("The vote Thursday is expected to be close.", WED, [("Thursday", "DATE", "1998-02-12", None)]),
    ("Monday's attack will hurt tourism.", WED, [("Monday", "DATE", "1998-02-09", None)]),
    ("The storm that hit the coast Sunday is moving north.", WED, [("Sunday", "DATE", "1998-02-08", None)]),
    # -- "since" a weekday names a day gone by, whatever the tense ("It is the first time since")
    ("It is the first time since Sunday that the border has been open.", WED,
     [("Sunday", "DATE", "1998-02-08", None)]),
    ("The border has been closed since Sunday.", WED, [("Sunday", "DATE", "1998-02-08", None)]),
    # -- a period a figure is compared with ("compared with", "than in") is no time the story
    # moves to: a bare month after it is the report's
    ("Exports fell 4 percent in the fourth quarter compared with the fourth quarter of 1997, and imports"
     " fell 2 percent in December.", JAN27,
     [("the fourth quarter", "DATE", "1998-Q4", None), ("the fourth quarter of 1997", "DATE", "1997-Q4", None),
      ("December", "DATE", "1998-12", None)]),
    ("Output was lower than in 1996, and it fell again in December.", WED,
     [("1996", "DATE", "1996", None), ("December", "DATE", "1997-12", None)]),
    # -- the time a forecast gives odds for lies ahead of it
    ("Forecasters gave a 60 percent chance of snow Saturday.", WED, [("Saturday", "DATE", "1998-02-14", None)]),
    ("There is a 40 percent chance of rain on Friday.", WED, [("Friday", "DATE", "1998-02-13", None)]),
    # -- a weekday a clause is "ahead of" is still to come, even after a past verb
    ("Tension rose ahead of Sunday's vote.", WED, [("Sunday", "DATE", "1998-02-15", None)]),
    ("Shares fell in the run-up to Friday's summit.", WED, [("Friday", "DATE", "1998-02-13", None)]),
    ("Traders sold their holdings ahead of the weekend.", WED, [("the weekend", "DATE", "1998-W07-WE", None)]),
    ("Investors await Friday's jobs report.", WED, [("Friday", "DATE", "1998-02-13", None)]),
    ("Voters braced for Sunday's runoff.", WED, [("Sunday", "DATE", "1998-02-15", None)]),
    ("Traders are looking ahead to Friday's meeting.", WED, [("Friday", "DATE", "1998-02-13", None)]),
    # ... not "on the eve of" (the day before a past event is past), nor "over the weekend"
    ("Rebels attacked a village on the eve of Sunday's vote.", WED, [("Sunday", "DATE", "1998-02-08", None)]),
    ("Traders sold their holdings over the weekend.", WED, [("the weekend", "DATE", "1998-W06-WE", None)]),
    # -- more weekdays whose week the tense already told right
    ("Negotiators are racing to finish before Friday's deadline.", WED, [("Friday", "DATE", "1998-02-13", None)]),
    ("Ministers will discuss the plan at Thursday's meeting.", WED, [("Thursday", "DATE", "1998-02-12", None)]),
    ("Turnout was low in Sunday's vote.", WED, [("Sunday", "DATE", "1998-02-08", None)]),
    ("The king will return home on Monday.", SAT, [("Monday", "DATE", "1998-02-16", None)]),
    ("The king returned home on Monday.", SAT, [("Monday", "DATE", "1998-02-09", None)]),
    ("Police say the gunmen fled on Tuesday.", WED, [("Tuesday", "DATE", "1998-02-10", None)]),
    ("The minister said Monday he would resign on Friday.", WED,
     [("Monday", "DATE", "1998-02-09", None), ("Friday", "DATE", "1998-02-13", None)]),
    ("Talks were set to resume Monday, officials said.", WED, [("Monday", "DATE", "1998-02-16", None)]),
    ("The talks are likely to resume Monday.", WED, [("Monday", "DATE", "1998-02-16", None)]),
    ("A ruling is not expected before Friday.", WED, [("Friday", "DATE", "1998-02-13", None)]),
    ("Parliament votes on the budget Thursday.", WED, [("Thursday", "DATE", "1998-02-12", None)]),
    ("Parliament voted on the budget Thursday.", WED, [("Thursday", "DATE", "1998-02-05", None)]),
    ("The two men have not spoken since Thursday.", WED, [("Thursday", "DATE", "1998-02-05", None)]),
    ("The strike, which began on Monday, is spreading.", WED, [("Monday", "DATE", "1998-02-09", None)]),
    ("The strike, which begins on Monday, could close ports.", WED, [("Monday", "DATE", "1998-02-16", None)]),
    ("Clinton is scheduled to address the nation Tuesday night.", MON,
     [("Tuesday night", "TIME", "1998-02-10TNI", None)]),
    ("The body was found late Tuesday.", WED, [("late Tuesday", "DATE", "1998-02-10", "END")]),
    ("Rescue teams hoped to reach the village by Saturday.", WED, [("Saturday", "DATE", "1998-02-14", None)]),
    ("The embassy said it would remain closed through Friday.", WED, [("Friday", "DATE", "1998-02-13", None)]),
    # -- the deadline a finite directive sets is still to come ("ordered them to leave by Friday")
    ("The government ordered all foreigners to leave by Friday.", WED, [("Friday", "DATE", "1998-02-13", None)]),
    ("Villagers were told to leave their homes by Saturday.", WED, [("Saturday", "DATE", "1998-02-14", None)]),
    ("The opposition urged the council to act before Friday.", WED, [("Friday", "DATE", "1998-02-13", None)]),
    # ... not a bare day, which may tell when the directive was given
    ("Residents were told to leave their homes Tuesday. Most are staying with relatives.", WED,
     [("Tuesday", "DATE", "1998-02-10", None)]),
    # -- a person's relative clause in the present tells a timetable, not a general rule
    ("The president, who leaves for Moscow on Friday, met his cabinet.", WED,
     [("Friday", "DATE", "1998-02-13", None)]),
    # -- a meeting or a session called or convened for a day is ahead of the report
    ("The council called a meeting for Friday.", WED, [("Friday", "DATE", "1998-02-13", None)]),
    ("The president convened parliament for Monday.", WED, [("Monday", "DATE", "1998-02-16", None)]),
    ("The union has called a general strike for Thursday.", WED, [("Thursday", "DATE", "1998-02-12", None)]),
    # -- more weekdays whose week the tense already told right
    ("Speaking to reporters on Tuesday, the minister denied the report.", WED,
     [("Tuesday", "DATE", "1998-02-10", None)]),
    ("The ultimatum expires Friday.", WED, [("Friday", "DATE", "1998-02-13", None)]),
    ("When the council meets on Thursday, it will vote on the plan.", WED, [("Thursday", "DATE", "1998-02-12", None)]),
    ("The hostages are to be freed on Saturday.", WED, [("Saturday", "DATE", "1998-02-14", None)]),
    ("The hostages were freed on Saturday.", SUN, [("Saturday", "DATE", "1998-02-14", None)]),
    ("Troops will leave the city Sunday.", SUN, [("Sunday", "DATE", "1998-02-15", None)]),
    ("The president is leaving for Moscow on Friday.", WED, [("Friday", "DATE", "1998-02-13", None)]),
    ("The council has called a meeting for Friday.", WED, [("Friday", "DATE", "1998-02-13", None)]),
    ("Police have arrested three men since Friday.", WED, [("Friday", "DATE", "1998-02-06", None)]),
    ("Talks between the two sides broke down Saturday.", MON, [("Saturday", "DATE", "1998-02-07", None)]),
    ("Officials are to meet Monday to discuss the crisis.", SAT, [("Monday", "DATE", "1998-02-16", None)]),
    ("A verdict is expected Friday.", WED, [("Friday", "DATE", "1998-02-13", None)]),
    ("The funeral will be held on Saturday in his home town.", WED, [("Saturday", "DATE", "1998-02-14", None)]),
    ("The Senate passed the bill Tuesday, sending it to the president.", WED, [("Tuesday", "DATE", "1998-02-10", None)]),
    ("The president said he would sign it Friday.", WED, [("Friday", "DATE", "1998-02-13", None)]),
    ("He has until Friday to decide.", WED, [("Friday", "DATE", "1998-02-13", None)]),
    ("They have been on strike since Monday.", WED, [("Monday", "DATE", "1998-02-09", None)]),
    ("The vote, scheduled for Sunday, was postponed.", SAT, [("Sunday", "DATE", "1998-02-15", None)]),
    ("A second round of talks opens in Geneva on Monday.", WED, [("Monday", "DATE", "1998-02-16", None)]),
    ("The first round of talks opened in Geneva on Monday.", WED, [("Monday", "DATE", "1998-02-09", None)]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_timex_values(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="s17")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected
