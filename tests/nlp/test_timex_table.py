"""The time tagger, construction by construction: (publication date, text) → extents and values.

Every sentence here was written for this table. Unless a case says otherwise, the article
was published on Thursday 2018-08-23 (ISO week 2018-W34). Expected expressions are written
``extent=value`` and separated by `` | ``; the tagger must find exactly these, no more.
Paragraphs are separated by blank lines (``\\n\\n``), as in ingested articles.
"""

from __future__ import annotations

import importlib.util
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
import spacy

from dateline.nlp.pipeline import MODEL
from dateline.nlp.timex import tag_timexes
from dateline.nlp.timex_calendar import interval_of

PUB = date(2018, 8, 23)
NONE = None

ABSOLUTE = [
    (PUB, "The treaty was signed on March 3, 1999.", "March 3, 1999=1999-03-03"),
    (PUB, "The law took effect on Jan. 1, 2015, after a long fight.", "Jan. 1, 2015=2015-01-01"),
    (PUB, "She was born on 5 May 1961 in Leeds.", "5 May 1961=1961-05-05"),
    (PUB, "The dam failed in October 2017.", "October 2017=2017-10"),
    (PUB, "Prices peaked in Sept. 2008 and then fell.", "Sept. 2008=2008-09"),
    (PUB, "The company was founded in 1998.", "1998=1998"),
    (PUB, "Output fell sharply in fiscal 2016.", "fiscal 2016=2016"),
    (PUB, "The band was popular in the 1990s.", "the 1990s=199"),
    (PUB, "Crime rose in the mid-1980s.", "the mid-1980s=198"),
    (PUB, "The style dates from the late 1970s.", "the late 1970s=197"),
    (PUB, "Music of the '60s still sells.", "the '60s=196"),
    (PUB, "The city grew during the nineties.", "the nineties=199"),
    (PUB, "The bridge was built in the 19th century.", "the 19th century=18"),
    (PUB, "The practice spread in the early 20th century.", "the early 20th century=19"),
    (PUB, "Sales rose in the first quarter of 2019.", "the first quarter of 2019=2019-Q1"),
    (PUB, "Profits doubled in Q3 2017.", "Q3 2017=2017-Q3"),
    (PUB, "Hiring slowed in the second half of 2016.", "the second half of 2016=2016-H2"),
    (PUB, "The rebels retreated in the summer of 2004.", "the summer of 2004=2004-SU"),
    (PUB, "The film opens in spring 2012.", "spring 2012=2012-SP"),
    (PUB, "The filing is dated 2018-08-22.", "2018-08-22=2018-08-22"),
    (PUB, "The form was signed on 8/22/2018 by both parties.", "8/22/2018=2018-08-22"),
    (PUB, "The ruling came on Wednesday, Aug. 22, 2018.", "Wednesday, Aug. 22, 2018=2018-08-22"),
    (PUB, "Many feared a crash in the year 2000.", "the year 2000=2000"),
    (PUB, "The station opened in nineteen ninety-six.", "nineteen ninety-six=1996"),
    (PUB, "The mine closed in early 1991.", "early 1991=1991"),
    (PUB, "Talks collapsed in late 2015.", "late 2015=2015"),
    (PUB, "The plant reopened in mid-2016.", "mid-2016=2016"),
    (PUB, "The loan is due at the end of 1990.", "the end of 1990=1990"),
    (PUB, "The strike began at the beginning of October 2001.", "the beginning of October 2001=2001-10"),
    (PUB, "The rule was adopted on December 12, 2003, and repealed in 2009.",
     "December 12, 2003=2003-12-12 | 2009=2009"),
    (PUB, "Between 1914 and 1918 the town lost half its men.", "1914=1914 | 1918=1918"),
    (PUB, "The census of 2010 counted 4,000 residents.", "2010=2010"),
    (PUB, "He arrived on the 4th of July, 1976.", "the 4th of July, 1976=1976-07-04"),
    (PUB, "Elections were held in May 2014 and again in June 2015.",
     "May 2014=2014-05 | June 2015=2015-06"),
    (PUB, "By 2030 the city wants to be carbon neutral.", "2030=2030"),
]

NOT_TIMEX = [
    (PUB, "The company employs 1500 workers in three plants.", ""),
    (PUB, "Police arrested 2016 protesters over the weekend.", "the weekend=2018-W33-WE"),
    (PUB, "He scored 2000 points in his career.", ""),
    (PUB, "Iraq imports about three-quarters of its food.", ""),
    (PUB, "A second group of directors resigned.", ""),
    (PUB, "The 45-year-old driver was not hurt.", ""),
    (PUB, "Mr. Hale, 52 years old, will retire.", ""),
    (PUB, "The fall of the city surprised analysts.", ""),
    (PUB, "Leaves fall quickly in a storm.", ""),
    (PUB, "You may see a change in the market.", ""),
    (PUB, "They march to the square every evening.", "every evening=XXXX-XX-XXTEV"),
    (PUB, "The company pays a quarterly dividend.", ""),
    (PUB, "She works at Orion 1980, a small firm.", ""),
    (PUB, "The price was 1995 dollars.", ""),
    (PUB, "The boat was 12 meters long.", ""),
    (PUB, "Room 2017 was empty.", ""),
    (PUB, "The bill passed 217 to 212.", ""),
    (PUB, "Dividends are payable to holders of record.", ""),
    (PUB, "At the same time, prices rose.", ""),
    (PUB, "He did it for the first time.", ""),
    (PUB, 'The senator spoke on the "This Week" program.', ""),
    (PUB, "She hopes she will one day lead the party.", "one day=FUTURE_REF"),
]

DEICTIC = [
    (PUB, "The minister resigned today.", "today=2018-08-23"),
    (PUB, "The minister resigned yesterday.", "yesterday=2018-08-22"),
    (PUB, "The vote will take place tomorrow.", "tomorrow=2018-08-24"),
    (PUB, "The team plays tonight.", "tonight=2018-08-23TNI"),
    (PUB, "Shots were fired last night.", "last night=2018-08-22TNI"),
    (PUB, "The market opened higher this morning.", "this morning=2018-08-23TMO"),
    (PUB, "He spoke yesterday afternoon.", "yesterday afternoon=2018-08-22TAF"),
    (PUB, "The message was released on Wednesday.", "Wednesday=2018-08-22"),
    (PUB, "The court ruled Monday that the law stands.", "Monday=2018-08-20"),
    (PUB, "The leaders will meet on Monday.", "Monday=2018-08-27"),
    (PUB, "The ministers are scheduled to meet on Tuesday.", "Tuesday=2018-08-28"),
    (PUB, "Officials met next Tuesday's deadline early.", "next Tuesday=2018-08-28"),
    (PUB, "The fire started last Friday.", "last Friday=2018-08-17"),
    (PUB, "The fire started on Thursday.", "Thursday=2018-08-23"),
    (PUB, "Rain fell on Saturday night.", "Saturday night=2018-08-18TNI"),
    (PUB, "The protest began early Sunday.", "early Sunday=2018-08-19"),
    (PUB, "Talks resumed this week.", "this week=2018-W34"),
    (PUB, "Talks collapsed last week.", "last week=2018-W33"),
    (PUB, "Talks will resume next week.", "next week=2018-W35"),
    (PUB, "Sales slowed this month.", "this month=2018-08"),
    (PUB, "Sales slowed last month.", "last month=2018-07"),
    (PUB, "The plant will reopen next month.", "next month=2018-09"),
    (PUB, "Exports grew this year.", "this year=2018"),
    (PUB, "Exports grew last year.", "last year=2017"),
    (PUB, "Exports will grow next year.", "next year=2019"),
    (PUB, "The mayor was elected two years ago.", "two years ago=2016"),
    (PUB, "The storm hit three days ago.", "three days ago=2018-08-20"),
    (PUB, "The store closed five months ago.", "five months ago=2018-03"),
    (PUB, "The decision came a week ago.", "a week ago=2018-W33"),
    (PUB, "The law passed earlier this year.", "earlier this year=2018"),
    (PUB, "A verdict is expected later this month.", "later this month=2018-08"),
    (PUB, "Work starts early next year.", "early next year=2019"),
    (PUB, "The festival returns this summer.", "this summer=2018-SU"),
    (PUB, "The river froze last winter.", "last winter=2017-WI"),  # winter Y-WI: Dec Y to Feb Y+1
    (PUB, "Snow fell last spring.", "last spring=2018-SP"),
    (PUB, "Rates will rise next fall.", "next fall=2018-FA"),
    (PUB, "The road was paved last June.", "last June=2018-06"),
    (PUB, "The road will be paved next March.", "next March=2019-03"),
    (PUB, "The budget is due this September.", "this September=2018-09"),
    (PUB, "The road reopened in June last year.", "June last year=2017-06"),
    (PUB, "The road will reopen in January next year.", "January next year=2019-01"),
    (PUB, "The school opened in February.", "February=2018-02"),
    (PUB, "The school will open in October.", "October=2018-10"),
    (PUB, "The bridge closed on Aug. 1.", "Aug. 1=2018-08-01"),
    (PUB, "The offer was extended to Sept. 4.", "Sept. 4=2018-09-04"),
    (PUB, "The tariffs take effect on Sept. 1.", "Sept. 1=2018-09-01"),
    (PUB, "The trial began on December 3.", "December 3=2017-12-03"),
    (PUB, "The board meets again in January.", "January=2019-01"),
    (PUB, "The deal closed on Friday, Aug. 17.", "Friday, Aug. 17=2018-08-17"),
    (PUB, "Shares fell in the third quarter.", "the third quarter=2018-Q3"),
    (PUB, "Profit rose in the latest quarter.", "the latest quarter=2018-Q2"),
    (PUB, "Traffic was heavy over the weekend.", "the weekend=2018-W33-WE"),
    (PUB, "The results will be known this weekend.", "this weekend=2018-W34-WE"),
    (PUB, "Stocks rose at the end of the year.", "the end of the year=2018"),
    (PUB, "The deal should close by year-end.", "year-end=2018"),
    (PUB, "Markets fell sharply last decade.", "last decade=200"),
    (PUB, "Prices fell in the past year.", "the past year=2017"),
    (date(2018, 1, 10), "The company posted a loss in December.", "December=2017-12"),
    (date(2018, 1, 10), "The plant will close in December.", "December=2018-12"),
    (date(2018, 11, 2), "The tender offer was extended to Nov. 20.", "Nov. 20=2018-11-20"),
    (date(2018, 11, 2), "The dividend is payable Dec. 7.", "Dec. 7=2018-12-07"),
    (date(2018, 3, 1), "The helicopters crashed in October.", "October=2017-10"),
    (date(2018, 10, 15), "Sales jumped in March.", "March=2018-03"),
    (date(2019, 1, 2), "The storm struck on Dec. 30.", "Dec. 30=2018-12-30"),
    (date(2018, 12, 30), "The law takes effect on Jan. 2.", "Jan. 2=2019-01-02"),
    (date(2018, 8, 26), "The vote was held on Saturday.", "Saturday=2018-08-25"),
    (date(2018, 8, 20), "The judge will rule on Friday.", "Friday=2018-08-24"),
    (date(2018, 8, 20), "The judge ruled on Friday.", "Friday=2018-08-17"),
]

TIMES = [
    (PUB, "The blast happened at 10:30 a.m.", "10:30 a.m.=2018-08-23T10:30"),
    (PUB, "The polls close at 8 p.m. today.", "8 p.m. today=2018-08-23T20:00"),
    (PUB, "The attack began at 3 p.m. Wednesday.", "3 p.m. Wednesday=2018-08-22T15:00"),
    (PUB, "The rally starts at noon.", "noon=2018-08-23T12:00"),
    (PUB, "The offer expired at midnight Friday.", "midnight Friday=2018-08-17T24:00"),
    (PUB, "The plane landed around 7:15 p.m.", "around 7:15 p.m.=2018-08-23T19:15"),
    (PUB, "Trading halted at 1400 GMT.", "1400 GMT=2018-08-23T14:00"),
    (PUB, "The quake struck at 4:05 a.m. local time.", "4:05 a.m. local time=2018-08-23T04:05"),
    (PUB, "The offer runs until 5 p.m. EST Sept. 9.", "5 p.m. EST Sept. 9=2018-09-09T17:00"),
    # a day joined by "on" stays in the clock time's expression: one point, which the claims
    # stage reads as the narrative's time
    (PUB, "The speech started at 9 a.m. on Monday.", "9 a.m. on Monday=2018-08-20T09:00"),
    (PUB, "Polls opened at 7:30 a.m. EST on Tuesday.", "7:30 a.m. EST on Tuesday=2018-08-21T07:30~TIME"),
    (PUB, "The council meets at 10 a.m. on Friday, Aug. 31.", "10 a.m. on Friday, Aug. 31=2018-08-31T10:00"),
    (PUB, "The strike began at 6 p.m., on Sunday.", "6 p.m., on Sunday=2018-08-19T18:00"),
    (PUB, "Voting ended Tuesday evening.", "Tuesday evening=2018-08-21TEV"),
    (PUB, "The ship sank Wednesday morning.", "Wednesday morning=2018-08-22TMO"),
    (NONE, "The ship sank at 6 a.m.", "6 a.m.=XXXX-XX-XXT06:00"),
]

DURATIONS = [
    # "the past 24 hours": the news idiom for the last day, one day in TIMEX3; a bare 24 hours
    # stays hours
    (PUB, "Heavy rain fell over the past 24 hours.", "the past 24 hours=P1D~DURATION"),
    (PUB, "Forecasters expect more storms in the next 24 hours.", "the next 24 hours=P1D"),
    (PUB, "The hostages were held for 24 hours.", "24 hours=PT24H"),
    # "and a half" after the unit: the offset is a whole number of months
    (PUB, "She left the party a year and a half ago.", "a year and a half ago=2017-02~DATE"),
    (PUB, "The mine shut two and a half years ago.", "two and a half years ago=2016-02"),
    (PUB, "He came back a year and a half later.", "a year and a half=P1Y6M~DURATION"),
    (PUB, "It was the group's first statement in almost a year.", "almost a year=P1Y"),
    (PUB, "The tape lasts about 55 minutes.", "about 55 minutes=PT55M"),
    (PUB, "He handed over control for up to five months.", "up to five months=P5M"),
    (PUB, "Prices rose over the past two years.", "the past two years=P2Y"),
    (PUB, "The strike lasted three weeks.", "three weeks=P3W"),
    (PUB, "The dispute has dragged on for nearly a decade.", "nearly a decade=P1E"),
    (PUB, "The feud lasted more than 20 years.", "more than 20 years=P20Y"),
    (PUB, "He received a two-year sentence.", "two-year=P2Y"),
    (PUB, "She served two and a half years in prison.", "two and a half years=P2Y6M"),
    (PUB, "The project took 18 months.", "18 months=P18M"),
    (PUB, "The rescue took several days.", "several days=PXD"),
    (PUB, "The talks went on for a few hours.", "a few hours=PTXH"),
    (PUB, "The road was closed for hours.", "hours=PTXH"),
    (PUB, "More rain is expected over the next few days.", "the next few days=PXD"),
    (PUB, "Sales rose 4% in the first six months.", "the first six months=P6M"),
    (PUB, "They held a 90-minute meeting.", "90-minute=PT90M"),
    (PUB, "The shop is open 24 hours.", "24 hours=PT24H"),
    (PUB, "The war lasted six days.", "six days=P6D"),
    (PUB, "Negotiations took two months.", "two months=P2M"),
    (PUB, "The pilot waited a minute and a half.", "a minute and a half=PT1M30S"),
    (PUB, "The repair will take at least 30 days.", "at least 30 days=P30D"),
    (PUB, "The plan covers the next three years.", "the next three years=P3Y"),
    (PUB, "He was jailed for 15 years.", "15 years=P15Y"),
    (PUB, "The siege lasted some 40 days.", "some 40 days=P40D"),
    (PUB, "Unemployment fell during the last three months.", "the last three months=P3M"),
    (PUB, "The drought has lasted for decades.", "decades=PXE"),
    (PUB, "The case lingered for a couple of years.", "a couple of years=P2Y"),
    (PUB, "The flight lasted less than an hour.", "less than an hour=PT1H"),
    (PUB, "The exhibit runs for a fortnight.", "a fortnight=P2W"),
    (PUB, "The ban lasts 10 seconds.", "10 seconds=PT10S"),
    (PUB, "He ruled the country for three decades.", "three decades=P30Y"),
    (PUB, "The sale ended after a week.", "a week=P1W"),
]

SETS_AND_REFS = [
    # a bare plural weekday is every such day: after a lower-case word, in a list, or opening
    # a sentence; after a capitalised word it belongs to a name
    (PUB, "The pharmacy opens Sundays for sick children.", "Sundays=XXXX-WXX-7~SET"),
    (PUB, "The market runs on Saturdays and Sundays.", "Saturdays=XXXX-WXX-6 | Sundays=XXXX-WXX-7"),
    (PUB, "Visits are allowed Tuesdays, Thursdays and holidays.",
     "Tuesdays=XXXX-WXX-2 | Thursdays=XXXX-WXX-4"),
    (PUB, "The shelter is quiet now. Fridays are busier.", "now=PRESENT_REF | Fridays=XXXX-WXX-5"),
    (PUB, "She sang Manic Mondays at the gala.", ""),
    (PUB, "The council meets every Monday.", "every Monday=XXXX-WXX-1"),
    (PUB, "The report is published each year.", "each year=P1Y"),
    (PUB, "The ferry sails twice a week.", "twice a week=P1W"),
    (PUB, "Prices are checked daily.", "daily=P1D"),
    (PUB, "Elections are held every two years.", "every two years=P2Y"),
    (PUB, "The market is open on Sundays.", "Sundays=XXXX-WXX-7"),
    # a rate ("$50 a day", "four flights a week") divides an amount: no TIMEX3, as in TimeBank
    (PUB, "The job pays $50 a day.", ""),
    (PUB, "The firm adds four flights a week.", ""),
    (PUB, "The fee rises annually.", "annually=P1Y"),
    (PUB, "Meetings are held each July.", "each July=XXXX-07"),
    (PUB, "The rebels now control the town.", "now=PRESENT_REF"),
    (PUB, "The company currently employs 300 people.", "currently=PRESENT_REF"),
    (PUB, "The town was recently flooded.", "recently=PAST_REF"),
    (PUB, "Such storms were rare in the past.", "the past=PAST_REF"),
    (PUB, "Prices may fall in the future.", "the future=FUTURE_REF"),
    (PUB, "A decision is expected soon.", "soon=FUTURE_REF"),
    (PUB, "These days the square is quiet.", "These days=PRESENT_REF"),
    (PUB, "Crime has fallen in recent years.", "recent years=PAST_REF"),
    (PUB, "There were protests in past years, too.", "past years=PAST_REF"),
    (PUB, "Prices have risen in recent weeks.", "recent weeks=PXW"),
    (PUB, "More layoffs are likely in the coming weeks.", "the coming weeks=PXW"),
    (PUB, "We do not know where he is at this time.", "this time=PRESENT_REF"),
    (PUB, "Rates will stay low in the near future.", "the near future=FUTURE_REF"),
    (PUB, "Right now the road is closed.", "Right now=PRESENT_REF"),
]

HOLIDAYS = [
    (PUB, "The shops were busy on Christmas Eve.", "Christmas Eve=2017-12-24"),
    (PUB, "The troops will be home by Christmas.", "Christmas=2018-12-25"),
    (PUB, "Fireworks lit the sky on New Year's Eve.", "New Year's Eve=2017-12-31"),
    (PUB, "The parade is held on Independence Day.", "Independence Day=2018-07-04"),
    (PUB, "The store opened on Christmas Day 2005.", "Christmas Day 2005=2005-12-25"),
    (PUB, "Families gathered for Thanksgiving 2016.", "Thanksgiving 2016=2016-11-24"),
    (PUB, "The beaches were packed on Memorial Day.", "Memorial Day=2018-05-28"),
    (PUB, "The strike is planned for Labor Day.", "Labor Day=2018-09-03"),
    (PUB, "Pilgrims arrived for Easter 2019.", "Easter 2019=2019-04-21"),
    (PUB, "The ceasefire was agreed on Good Friday 1998.", "Good Friday 1998=1998-04-10"),
]

# lunar and Islamic holidays, from the Chinese and Umm al-Qura calendars (lunardate, hijridate)
_LUNAR = pytest.mark.skipif(importlib.util.find_spec("lunardate") is None, reason="needs lunardate")
_HIJRI = pytest.mark.skipif(importlib.util.find_spec("hijridate") is None, reason="needs hijridate")
HOLIDAYS += [
    pytest.param(PUB, "Trains were packed over the Chinese New Year.", "Chinese New Year=2018-02-16", marks=_LUNAR),
    pytest.param(PUB, "Markets closed for Lunar New Year 2020.", "Lunar New Year 2020=2020-01-25", marks=_LUNAR),
    pytest.param(PUB, "Millions travelled home for the Spring Festival 1998.", "Spring Festival 1998=1998-01-28", marks=_LUNAR),
    pytest.param(PUB, "The truce was agreed on Eid al-Fitr 2017.", "Eid al-Fitr 2017=2017-06-25", marks=_HIJRI),
    pytest.param(PUB, "Pilgrims gathered for Eid al-Adha 2018.", "Eid al-Adha 2018=2018-08-21", marks=_HIJRI),
    pytest.param(PUB, "Shops stayed open late during Ramadan 2018.", "Ramadan 2018=2018", marks=_HIJRI),
]

BAD_INPUT = [
    (PUB, "The memo was dated February 30.", ""),
    (PUB, "The memo was dated February 30, 2018.", "2018=2018"),  # the year stands
    (PUB, "Nothing happened in the year 99999.", ""),
    (PUB, "The form said 13/45/2018.", ""),
    (PUB, "He wrote 99:99 p.m. on the wall.", ""),
    (PUB, "The meeting on Feb. 29 was cancelled.", "Feb. 29=2016-02-29"),
    (PUB, "It happened on February 29, 2019.", "2019=2019"),
    (NONE, "The deal was signed on Wednesday.", "Wednesday=XXXX-WXX-3"),
    (NONE, "The deal was signed last year.", "last year=XXXX"),
    (NONE, "The deal was signed on May 28.", "May 28=XXXX-05-28"),
]

# Narrative anchoring: a yearless date takes its year from the time the passage is about.
NARRATIVE = [
    (PUB, "He was hurt in a drone strike in May 2017.\n\nThe strike came days before the army claimed in June that he was dead.",
     "May 2017=2017-05 | June=2017-06"),
    (PUB, "The reactor was shut in March 2011.\n\nIt had been inspected on Feb. 14 and passed.",
     "March 2011=2011-03 | Feb. 14=2011-02-14"),
    (PUB, "The town was captured in July 2014.\n\nForces took it back in October after heavy fighting.",
     "July 2014=2014-07 | October=2014-10"),
    (PUB, "In 2009 the bank nearly collapsed. In March, the government injected capital.",
     "2009=2009 | March=2009-03"),
    (PUB, "The company went public in 2004.\n\nIn November, its shares doubled.",
     "2004=2004 | November=2004-11"),
    (PUB, "The storm hit on Sept. 12, 2005.\n\nThe next day, the levees failed.",
     "Sept. 12, 2005=2005-09-12 | The next day=2005-09-13"),
    (PUB, "The ship sank on April 15, 1912.\n\nTwo days later, rescuers found debris.",
     "April 15, 1912=1912-04-15 | Two days=P2D@1912-04-17"),
    (PUB, "The plan was drafted in January 2016.\n\nA year later, it was scrapped.",
     "January 2016=2016-01 | A year=P1Y@2017-01"),
    (PUB, "The coup took place in June 1991.\n\nAt the time, few expected it to last.",
     "June 1991=1991-06 | the time=1991-06"),
    (PUB, "The museum opened in May 1999.\n\nThat year, it drew a million visitors.",
     "May 1999=1999-05 | That year=1999"),
    (PUB, "The strike began on Oct. 3, 2002.\n\nThe same day, the union filed a complaint.",
     "Oct. 3, 2002=2002-10-03 | The same day=2002-10-03"),
    (PUB, "The rebels seized the airport in August 2013.\n\nThe following month, they lost it.",
     "August 2013=2013-08 | The following month=2013-09"),
    (PUB, "The ceasefire was signed in May 2015.\n\nIt collapsed in September, and fighting resumed in December.",
     "May 2015=2015-05 | September=2015-09 | December=2015-12"),
    (PUB, "The mine flooded in April 2010.\n\nIt had been warned of the danger in January.",
     "April 2010=2010-04 | January=2010-01"),
    (PUB, "Voters went to the polls in November 2012.\n\nThe count ended on Nov. 9.",
     "November 2012=2012-11 | Nov. 9=2012-11-09"),
    (PUB, "The virus was first detected in December 2013.\n\nBy March, it had spread to three countries.",
     "December 2013=2013-12 | March=2014-03"),
    (PUB, "The bridge collapsed on Aug. 1, 2007.\n\nInspectors had flagged cracks in June.",
     "Aug. 1, 2007=2007-08-01 | June=2007-06"),
    (PUB, "The siege started in February 2016.\n\nThe city fell in December, after ten months.",
     "February 2016=2016-02 | December=2016-12 | ten months=P10M"),
    (PUB, "The film was shot in the summer of 1994.\n\nIt premiered in May at Cannes.",
     "the summer of 1994=1994-SU | May=1995-05"),
    (PUB, "The factory burned down on March 2, 2008.\n\nOn Friday, the owners announced they would rebuild.",
     "March 2, 2008=2008-03-02 | Friday=2008-02-29"),
    (PUB, "The reform passed in 1996.\n\nIts authors had proposed it in 1993, and it took effect in January.",
     "1996=1996 | 1993=1993 | January=1993-01"),
    (PUB, "In October 2017 the city was retaken.\n\nIts defenders had held out since June.",
     "October 2017=2017-10 | June=2017-06"),
    (PUB, "The general was arrested in May 2011.\n\nHe was released on bail in August, and tried in October.",
     "May 2011=2011-05 | August=2011-08 | October=2011-10"),
    (PUB, "The reservoir ran dry in September 2015.\n\nRain returned in the winter.",
     "September 2015=2015-09 | the winter=2015-WI"),
    (PUB, "The treaty was signed on June 28, 1919.\n\nThat day, crowds filled the streets.",
     "June 28, 1919=1919-06-28 | That day=1919-06-28"),
    (PUB, "The firm was sold in April 2001.\n\nThe previous year, it had lost money.",
     "April 2001=2001-04 | The previous year=2000"),
    (PUB, "The tunnel opened in May 1994.\n\nA week earlier, a fire had delayed the ceremony.",
     "May 1994=1994-05 | A week earlier=XXXX-WXX"),
    (PUB, "The president visited in July 2009.\n\nThree weeks later, the deal was signed.",
     "July 2009=2009-07 | Three weeks=P3W"),
    (PUB, "The eruption began on Jan. 15, 2022.\n\nOn Jan. 20, ash reached the capital.",
     "Jan. 15, 2022=2022-01-15 | Jan. 20=2022-01-20"),
    (PUB, "The dam was finished in 1936.\n\nIn the 1950s, it was raised by ten meters.",
     "1936=1936 | the 1950s=195"),
    # the narrative ends where the reporting frame returns
    (PUB, "The army took the city in May 2017.\n\nThe minister says the army is ready.\n\nThe bridge closed on Aug. 1.",
     "May 2017=2017-05 | Aug. 1=2018-08-01"),
    (PUB, "The war began in March 2003.\n\nFighting ended in April.\n\nToday the city is calm.\n\nThe market reopened in June.",
     "March 2003=2003-03 | April=2003-04 | Today=2018-08-23 | June=2018-06"),
    (PUB, "The strike began in March 2014.\n\nUnions met again in May.\n\nThe company said on Wednesday it would raise wages in October.",
     "March 2014=2014-03 | May=2014-05 | Wednesday=2018-08-22 | October=2018-10"),
    (PUB, "The plant was built in 1975.\n\nIt closed in 1988.\n\nInvestors bought the site in 2016.\n\nIn February, officials said it would reopen.",
     "1975=1975 | 1988=1988 | 2016=2016 | February=2018-02"),
    (PUB, "The rebellion began in July 2012.\n\nThe capital fell that month.",
     "July 2012=2012-07 | that month=2012-07"),
    (PUB, "The bank failed in September 2008.\n\nDepositors queued for days.\n\nBy December, the state had taken it over.",
     "September 2008=2008-09 | days=PXD | December=2008-12"),
    (PUB, "The flood struck on June 2, 2013.\n\nBy Tuesday, the water had receded.",
     "June 2, 2013=2013-06-02 | Tuesday=2013-06-04"),
    (PUB, "Exports fell in 2015.\n\nThey recovered the following year.",
     "2015=2015 | the following year=2016"),
    (PUB, "The reforms started in 1990.\n\nA decade later, the economy had doubled.",
     "1990=1990 | A decade=P1E@2000"),
    (PUB, "The journalist was kidnapped in March 2015.\n\nHe was freed on Oct. 2, after seven months.",
     "March 2015=2015-03 | Oct. 2=2015-10-02 | seven months=P7M"),
    (PUB, "The island was hit by a cyclone in February 2016.\n\nIn April, aid finally arrived.",
     "February 2016=2016-02 | April=2016-04"),
    (PUB, "He was last seen in public in July 2014.\n\nIn June, the mosque where he spoke was destroyed.",
     "July 2014=2014-07 | June=2015-06"),
    # a year reached by counting ("the following year") dates its own sentence, but a
    # yearless month in a later sentence belongs to the reporting frame
    (PUB, "He was promoted on May 2, 2011, and the following year he was posted to Rome. However, he was recalled in December after a scandal.",
     "May 2, 2011=2011-05-02 | the following year=2012 | December=2017-12"),
    (PUB, "Exports fell on March 3, 2015, and they recovered the following year.\n\nThey slumped again in June.",
     "March 3, 2015=2015-03-03 | the following year=2016 | June=2018-06"),
    (PUB, "The levee broke on May 2, 2011.\n\nThe next day, crews arrived. In June, they left.",
     "May 2, 2011=2011-05-02 | The next day=2011-05-03 | June=2011-06"),
    # without a publication date the narrative still dates yearless expressions
    (NONE, "The rebels took the town in March 2016.\n\nThey lost it in August.",
     "March 2016=2016-03 | August=2016-08"),
    (NONE, "The flood began on May 5, 2019.\n\nThe next day, the river crested.",
     "May 5, 2019=2019-05-05 | The next day=2019-05-06"),
]


# Wire-service style, published Friday 1998-08-07 (ISO week 1998-W32).
WIRE = date(1998, 8, 7)
WIRE_STYLE = [
    (WIRE, "LAGOS, Nigeria (AP) _ Two bombs exploded near the port Friday, police said.", "Friday=1998-08-07"),
    (WIRE, "HANOI, August 7 (Xinhua) -- Rice exports rose in the first seven months of this year.",
     "August 7=1998-08-07 | the first seven months=P7M | this year=1998"),
    (WIRE, "The envoy, who arrived Thursday night, will leave Saturday morning.",
     "Thursday night=1998-08-06TNI | Saturday morning=1998-08-08TMO"),
    (WIRE, "The minister begins a three-day visit to Chile on Monday.", "three-day=P3D | Monday=1998-08-10"),
    (WIRE, "In the 1996 election he won easily. Four years later, he lost.",
     "1996=1996 | Four years=P4Y@2000"),
    (WIRE, "The airline has lost money for three straight quarters.", "three straight quarters=P3Q"),
    (WIRE, "The firm expects to return to profit by the end of the year.", "the end of the year=1998"),
    (WIRE, "Since 1995, more than 300 people have died in the clashes.", "1995=1995"),
    (WIRE, "The unrest began in the early 1990s.", "the early 1990s=199"),
    (WIRE, "The talks, which began on July 28, could last until mid-August.",
     "July 28=1998-07-28 | mid-August=1998-08"),
    (WIRE, "The 12-day journey began Monday.", "12-day=P12D | Monday=1998-08-03"),
    (WIRE, "Tuesday's blast was the deadliest since the 1993 bombing.", "Tuesday=1998-08-04 | 1993=1993"),
    (WIRE, "At 10:40 a.m. Friday, a truck bomb exploded.", "10:40 a.m. Friday=1998-08-07T10:40"),
    (WIRE, "Inflation has doubled over the past five years.", "the past five years=P5Y"),
    (WIRE, "The plant should be finished by 2005.", "2005=2005"),
    (WIRE, "He spent the last 20 years of his life abroad and died in 1989.",
     "the last 20 years=P20Y | 1989=1989"),
    (WIRE, "The shares closed at $23, up from $19 a year ago.", "a year ago=1997"),
    (WIRE, "The suspects, arrested Sunday, had been watched for weeks.",
     "Sunday=1998-08-02 | weeks=PXW"),
    (WIRE, "The summit will be the first in two years.", "two years=P2Y"),
    (WIRE, "The figures for the second quarter will be released next Thursday.",
     "the second quarter=1998-Q2 | next Thursday=1998-08-13"),
    (WIRE, "The ceasefire has held since Aug. 2.", "Aug. 2=1998-08-02"),
    (WIRE, "Rebels attacked the town late Wednesday.", "late Wednesday=1998-08-05"),
    (WIRE, "The embassy will remain closed until further notice.", ""),
    (WIRE, "The strike entered its third week on Friday.", "third week=1998-W32 | Friday=1998-08-07"),
    (WIRE, "The court will hear the case in October.", "October=1998-10"),
    (WIRE, "The court heard the case in October.", "October=1997-10"),
    (WIRE, "Parliament passed the bill on July 30 and the president signed it Aug. 3.",
     "July 30=1998-07-30 | Aug. 3=1998-08-03"),
    (WIRE, "The ruling party has governed since 1949.", "1949=1949"),
    (WIRE, "Exports fell 3 percent in June from a year earlier.", "June=1998-06 | a year earlier=1997-06"),
    # a bare range of amounts is two TIMEX3s, each with its own value (TimeBank's "two" and
    # "six days"); with "the next" before it, one stretch of open length
    (WIRE, "The project is expected to take three to five years.", "three=P3Y | five years=P5Y"),
    (WIRE, "The index rose 2 percent this week.", "this week=1998-W32"),
    (WIRE, "Shares fell early Thursday but recovered by the afternoon.", "early Thursday=1998-08-06 | the afternoon=1998-08-06TAF"),
    (WIRE, "The treaty expires at the end of next year.", "the end of next year=1999"),
    (WIRE, "Officials expect a decision within the next two weeks.", "the next two weeks=P2W"),
    (WIRE, "Unemployment stood at 6 percent in July, down from 7 percent in June.",
     "July=1998-07 | June=1998-06"),
    (WIRE, "The governor will sign the budget on Aug. 15.", "Aug. 15=1998-08-15"),
    (WIRE, "The dollar was trading at 145 yen at 1400 GMT.", "1400 GMT=1998-08-07T14:00"),
    (WIRE, "Production will resume in the fall.", "the fall=1998-FA"),
    (WIRE, "The king has ruled for more than four decades.", "more than four decades=P40Y"),
    (WIRE, "Elections are due in 2002.", "2002=2002"),
    (WIRE, "The team won its last title in the 1980s.", "the 1980s=198"),
    (WIRE, "Two weeks ago, the army shelled the city.", "Two weeks ago=1998-W30"),
    (WIRE, "The office is open weekdays from 9 a.m. to 5 p.m.",
     "9 a.m.=1998-08-07T09:00 | 5 p.m.=1998-08-07T17:00"),
    (WIRE, "The cabinet meets on Wednesday, Aug. 12.", "Wednesday, Aug. 12=1998-08-12"),
    (WIRE, "The vaccine was tested on 40 volunteers for six weeks.", "six weeks=P6W"),
    (WIRE, "Rain is forecast for the weekend.", "the weekend=1998-W32-WE"),
    (WIRE, "The fighting was the heaviest since April.", "April=1998-04"),
    (WIRE, "The firm was founded in 1921 and went public in 1986.", "1921=1921 | 1986=1986"),
    (WIRE, "A year ago this month, the dam burst.", "A year ago this month=1997-08"),
    (WIRE, "He has been in custody since his arrest on July 4.", "July 4=1998-07-04"),
    (WIRE, "Officials said Friday that talks would resume next month.",
     "Friday=1998-08-07 | next month=1998-09"),
    (WIRE, "The law will take effect on Jan. 1.", "Jan. 1=1999-01-01"),
    (WIRE, "The law took effect on Jan. 1.", "Jan. 1=1998-01-01"),
    (WIRE, "The hearing was postponed until Sept. 14.", "Sept. 14=1998-09-14"),
    (WIRE, "Negotiators worked through the night.", "the night=1998-08-06TNI"),
    (WIRE, "The festival is held every summer.", "every summer=XXXX-SU"),
]


WIRE_CLOCKS_RANGES_SEQUENCES = [
    # clock times take the day named after them or the day the passage is about; parts of a
    # named day; day and year ranges (each end its own TIMEX3); sequencing durations; reported
    # future weekdays; frequency adverbs; vague stretches of units
    (WIRE, "The bomb exploded at 10:40 a.m. (0740 GMT) Thursday outside the embassy.",
     "10:40 a.m.=1998-08-06T10:40 | 0740 GMT=1998-08-06T07:40 | Thursday=1998-08-06"),
    (WIRE, "Troops entered the town on Wednesday. The shelling stopped at 6 p.m.",
     "Wednesday=1998-08-05 | 6 p.m.=1998-08-05T18:00"),
    (WIRE, "The ferry left at 9:15 p.m. local time on Aug. 3.",
     "9:15 p.m. local time on Aug. 3=1998-08-03T21:15"),
    (WIRE, "The vote is due to start at 8 a.m.",
     "8 a.m.=1998-08-07T08:00"),
    (WIRE, "Rescuers reached the site on the morning of Aug. 5.",
     "the morning of Aug. 5=1998-08-05TMO"),
    (WIRE, "The raid came on the night of Tuesday, witnesses said.",
     "the night of Tuesday=1998-08-04TNI"),
    (WIRE, "The conference will be held Sept. 14-16 in Vienna.",
     "Sept. 14=1998-09-14 | 16=1998-09-16"),
    (WIRE, "The fair ran from Aug. 1 to 3, 1997.",
     "Aug. 1=1997-08-01 | 3, 1997=1997-08-03"),
    (WIRE, "The five-year plan covers 1996-2000.",
     "five-year=P5Y | 1996=1996 | 2000=2000"),
    (WIRE, "Prices rose 12-15 percent in May.",
     "May=1998-05"),
    (WIRE, "He joined the agency in October 1984 and later ran its budget office.",
     "October 1984=1984-10"),
    (WIRE, "Exports fell from January to June.",
     "January=1998-01 | June=1998-06"),
    (WIRE, "He said the report would be released Monday.",
     "Monday=1998-08-10"),
    (WIRE, "She said on Tuesday that the plant would close.",
     "Tuesday=1998-08-04"),
    (WIRE, "Diplomats are preparing for a meeting Sunday between the two leaders.",
     "Sunday=1998-08-09"),
    (WIRE, "The newsletter is published weekly.",
     "weekly=P1W"),
    (WIRE, "Rents are paid monthly.",
     "monthly=P1M"),
    (WIRE, "Tension has grown in recent months.",
     "recent months=PXM"),
    (WIRE, "More talks are planned in the weeks ahead.",
     "the weeks ahead=PXW"),
    (WIRE, "She was released two weeks after her arrest.",
     "two weeks=P2W"),
    (WIRE, "The ceasefire collapsed a few days later.",
     "a few days=PXD"),
]

REFS_REPORTS_SPELLED = [
    # temporal adjectives ("current", "recent"), spelled-out years with a month or season,
    # US Election Day, the period an earnings report covers
    (PUB, "Analysts doubt the current plan will work.",
     "current=PRESENT_REF"),
    (PUB, "A recent survey found wide support.",
     "recent=PAST_REF"),
    (PUB, "The current account deficit widened.",
     ""),
    (PUB, "The blast came in March nineteen ninety-nine.",
     "March nineteen ninety-nine=1999-03"),
    (PUB, "Prices crashed in the summer of nineteen eighty-six.",
     "the summer of nineteen eighty-six=1986-SU"),
    # "two thousand years" is no year, but a duration in millennia (TimeBank: P2L)
    (PUB, "The craft has been passed down for two thousand years.",
     "two thousand years=P2L"),
    (PUB, "Voters return to the polls on Election Day.",
     "Election Day=2018-11-06"),
    (PUB, "The bank lost $2 million for the quarter.",
     "the quarter=2018-Q2"),
    (PUB, "The retailer expects a profit for the full year.",
     "the full year=2018"),
    (PUB, "Sales should rise in the current fiscal year.",
     "the current fiscal year=2018"),
    (WIRE, "Wages posted their first rise in years.",
     "years=PXY"),
    (WIRE, "The lake fell to its lowest level in decades, officials said.",
     "decades=PXE"),
    (WIRE, "The Senate was scheduled to vote Monday on the bill.",
     "Monday=1998-08-10"),
    (WIRE, "The envoy was due to arrive in Nairobi on Sunday.",
     "Sunday=1998-08-09"),
    (WIRE, "The team was forced to retreat on Monday.",
     "Monday=1998-08-03"),
    (PUB, "The charge was booked in the 2017 second quarter.",
     "the 2017 second quarter=2017-Q2"),
    (PUB, "Analysts cut their 2019 earnings estimates.",
     "2019=2019"),
    (PUB, "The army sent 1989 soldiers to the border.",
     ""),
    (PUB, "Traders are cutting positions ahead of the weekend.",
     "the weekend=2018-W34-WE"),
    (PUB, "Two ferries sank last July.",
     "last July=2017-07"),
    (PUB, "The offer runs until Sept. 30, 2018. Until then, shares stay frozen.",
     "Sept. 30, 2018=2018-09-30 | then=2018-09-30"),
    (PUB, "Prices peaked in May 2015. Since then they have halved.",
     "May 2015=2015-05 | then=2015-05"),
    (PUB, "Output doubled in the first half of the year.",
     "the first half of the year=2018-H1"),
    (PUB, "Sales slowed in the second half of the year.",
     "the second half of the year=2018-H2"),
    (PUB, "The group had sales of $6 billion in the latest fiscal year.",
     "the latest fiscal year=2017"),
]

PARTS_OF_THE_DAY = [
    # a part of the day with no day named is on the day the passage is about
    (WIRE, "By mid-afternoon, the crowd had thinned.",
     "mid-afternoon=1998-08-07TAF"),
    (WIRE, "Traders sold heavily in the morning.",
     "the morning=1998-08-07TMO"),
    (WIRE, "He buys the morning paper every day.",
     "every day=P1D"),
    (WIRE, "Growth should slow in coming months as exports fall.",
     "coming months=PXM"),
    (WIRE, "Rebels shelled the port on Tuesday. They withdrew in the evening.",
     "Tuesday=1998-08-04 | the evening=1998-08-04TEV"),
    (WIRE, "At mid-afternoon yesterday, the index was up 2 percent.",
     "mid-afternoon yesterday=1998-08-06TAF"),
]

NARRATIVE += [
    # a comparison baseline ('from $5 million a year earlier') is not the story's time; a date
    # in a clause describing a noun opens no frame; a report's quarter is the latest one
    (PUB, "Profit rose to $9 million in the second quarter from $5 million a year earlier.\n\nSales climbed to $90 million from $80 million a year earlier.",
     "the second quarter=2018-Q2 | a year earlier=2017-Q2"),
    (PUB, "Under a plan adopted in 2009, the firm had bought back 2 million shares through June 30.",
     "2009=2009 | June 30=2018-06-30"),
    (PUB, "The utility was founded in 1984.\n\nOn Tuesday it reported third-quarter profit of $2 million.",
     "1984=1984 | Tuesday=2018-08-21 | third-quarter=2018-Q3"),
    (PUB, "Sales were flat through the last half of the '90s.",
     "the last half of the '90s=199"),
    (PUB, "The dam broke on March 3, 2009.\n\nTwo days later, the army arrived. At the time, roads were closed.",
     "March 3, 2009=2009-03-03 | Two days=P2D@2009-03-05 | the time=2009-03-05"),
    (PUB, "The treaty was signed on June 1, 1995.\n\nThree weeks later, on June 22, it took effect.",
     "June 1, 1995=1995-06-01 | Three weeks=P3W@1995-06-22 | June 22=1995-06-22"),
    (PUB, "The rebels seized the town on Sept. 9, 2014.\n\nThe first convoy got in at noon.",
     "Sept. 9, 2014=2014-09-09 | noon=2014-09-09T12:00"),
]

# Fiscal and season years written as a pair ("1997-98"): before "year" or "season" ("fiscal
# 1996-97", "the 1998-99 season") or a budget or harvest ("the 1999-00 budget": the pair alone)
# one DATE, the year it ends in (tests/nlp/test_timex_compound_expressions.py,
# tests/nlp/test_timex_year_pairs.py); before another noun each year gets its own TIMEX3, as
# the ends of "1996-2000" do; a pair that is not two consecutive years is no date at all.
YEAR_PAIRS_AND_GMT = [
    (WIRE, "Exports rose 8 percent in fiscal 1996-97.", "fiscal 1996-97=1997"),
    (WIRE, "The 1998-99 season opens with a derby.", "The 1998-99 season=1999"),
    (WIRE, "The 1999-00 budget was tabled.", "1999-00=2000"),
    (WIRE, "The 1997/98 harvest was poor.", "1997/98=1998"),
    (WIRE, "The 1997/98 drought was long.", "1997=1997 | 98=1998"),
    (WIRE, "The document is filed as 1997-12 in the archive.", ""),
    (WIRE, "Call extension 1996-55 for details.", ""),
    # local time and GMT side by side fall on different days across midnight
    (WIRE, "The quake struck at 8:10 p.m. EDT (0010 GMT) on the coast.",
     "8:10 p.m. EDT=1998-08-07T20:10 | 0010 GMT=1998-08-08T00:10"),
    (WIRE, "Shelling began at 1 a.m. (2200 GMT) near the border.",
     "1 a.m.=1998-08-07T01:00 | 2200 GMT=1998-08-06T22:00"),
    (WIRE, "The blast came at 10:30 a.m. (0730 GMT) in the market.",
     "10:30 a.m.=1998-08-07T10:30 | 0730 GMT=1998-08-07T07:30"),
    # a story dated Friday in New York: '0010 GMT Saturday' has already begun in London
    (WIRE, "The ferry sank at 0010 GMT Saturday, the coast guard said.",
     "0010 GMT Saturday=1998-08-08T00:10"),
    (WIRE, "The ferry sank at 1400 GMT Saturday, the coast guard said.",
     "1400 GMT Saturday=1998-08-01T14:00"),
]

# seasons without an article after a preposition; "the fall in prices" is a drop; the
# present of a timetable looks ahead, the present of a state does not
SEASONS_AND_TIMETABLES = [
    (WIRE, "The school will reopen in autumn.", "autumn=1998-FA"),
    (WIRE, "By fall, the bridge will be finished.", "fall=1998-FA"),
    (WIRE, "Rents have climbed since spring.", "spring=1998-SP"),
    (WIRE, "The fall in prices hurt farmers.", ""),
    (WIRE, "The fall from power was swift.", ""),
    (WIRE, "Talks resume in the spring.", "the spring=1999-SP"),
    (WIRE, "The lease runs out in March.", "March=1999-03"),
    (WIRE, "The house, worth $2 million in March, is worth less now.", "March=1998-03 | now=PRESENT_REF"),
    # the reported future ("said ... would") looks ahead of the report for a yearless month
    (PUB, "The mayor said on Tuesday the market would reopen in March.",
     "Tuesday=2018-08-21 | March=2019-03"),
    (PUB, "The army took the city in May 2017. Fighting ended in June.\n\nThe mayor hopes the market will reopen in March.",
     "May 2017=2017-05 | June=2017-06 | March=2019-03"),
    (PUB, "The army took the city in May 2017. Fighting ended in June.\n\n\"This year has been hard,\" the mayor said.",
     "May 2017=2017-05 | June=2017-06 | This year=2018"),
    # "overnight": the night before the day the passage is about, not a stay or a rate
    (WIRE, "Shares fell overnight in Tokyo.", "overnight=1998-08-06TNI"),
    (WIRE, "Overnight, rebels shelled the port.", "Overnight=1998-08-06TNI"),
    (WIRE, "On Tuesday, London was hit by overnight losses in New York.",
     "Tuesday=1998-08-04 | overnight=1998-08-03TNI"),
    (WIRE, "The envoy stayed overnight in Cairo.", ""),
    (WIRE, "Overnight rates rose to 5 percent.", ""),
    (WIRE, "The band became an overnight success.", ""),
    # "a quarter" as a fraction ("a quarter point", "a quarter of voters") is no duration
    (WIRE, "The bank cut rates a quarter point.", ""),
    (WIRE, "About three quarters of the voters agreed.", ""),
    (WIRE, "Sales fell for a quarter before recovering.", "a quarter=P1Q"),
    # "the second half of the game" is part of a game; "every other week" is one week in two
    (WIRE, "The second half of the game was dull.", ""),
    (WIRE, "The first half of the year was strong.", "The first half of the year=1998-H1"),
    (WIRE, "The council meets every other week.", "every other week=P2W"),
    # a run of months named as a period is one stretch (test_timex_month_span_period.py); a
    # date in brackets after a name describes it and opens no narrative frame
    (WIRE, "Sales grew in the January-June period.", "the January-June period=P6M"),
    (WIRE, "The Ninth Plan (1991-1995) was a failure. Output fell in March.",
     "1991=1991 | 1995=1995 | March=1998-03"),
    # decades written "80's" after "the" or a position; ages and temperatures are not decades
    (WIRE, "He served in the Navy in the early 80's.", "the early 80's=198"),
    (WIRE, "By the mid-90's, the firm had doubled.", "the mid-90's=199"),
    (WIRE, "Highs will be in the 80s.", ""),
    (WIRE, "The victim was in her 80's.", ""),
    (WIRE, "The museum is crowded on weekends.", "weekends=XXXX-WXX-WE"),
    # a day counted from the start of an event: the report's day in the present tense
    (WIRE, "Today is the eighth day of the blockade.", "Today=1998-08-07 | the eighth day=1998-08-07"),
    (WIRE, "It is the second day of an offensive by the army.", "the second day=1998-08-07"),
    (WIRE, "On the third day of the siege, food ran out.", "the third day=XXXX-XX-XX"),
    (WIRE, "Pay is due on the first day of the month.", ""),
    # "at the time X was captured, ..." names its own time (a clause); without the clause's
    # comma, "At the time Gorbachev was on holiday" is the anaphor
    (PUB, "The coup began in June 1991. At the time the general was captured, the army was loyal.",
     "June 1991=1991-06"),
    (PUB, "The coup began in June 1991. At the time he was arrested, the town was calm.",
     "June 1991=1991-06"),
    (PUB, "The coup began in June 1991. At the time Gorbachev was on holiday.",
     "June 1991=1991-06 | the time=1991-06"),
    # clock ranges whose start borrows the end's a.m./p.m.; o'clock times
    (WIRE, "The meeting ran from 9:30 to 11 a.m. in the hall.",
     "9:30=1998-08-07T09:30 | 11 a.m.=1998-08-07T11:00"),
    (WIRE, "The talks lasted from 11 to 2 p.m. without a break.",
     "11=1998-08-07T11:00 | 2 p.m.=1998-08-07T14:00"),
    (WIRE, "At 10 o'clock, the doors opened.", "10 o'clock=1998-08-07T10:00"),
    (WIRE, "He left at seven o'clock in the evening.", "seven o'clock in the evening=1998-08-07T19:00"),
    (WIRE, "Prices rose from 5 to 10 percent.", ""),
    # a month word that begins a name, or the modal "May", is no date
    (WIRE, "April Glaspie met the president.", ""),
    (WIRE, "May God help them, the bishop said.", ""),
    (WIRE, "In May President Clinton signed the bill.", "May=1998-05"),
    (WIRE, "The March deadline passed quietly.", "March=1998-03"),
    # a week of a named month; a season of an abbreviated year
    (WIRE, "The first week of August was hot.", "The first week of August=1998-W32"),
    (WIRE, "Talks failed in the last week of July.", "the last week of July=1998-W31"),
    (WIRE, "The summer of '96 was dry.", "The summer of '96=1996-SU"),
    # durations written as '-long' adjectives
    (WIRE, "The week-long festival drew crowds.", "week-long=P1W"),
    (WIRE, "A month-long strike ended Friday.", "month-long=P1M | Friday=1998-08-07"),
    (WIRE, "The two-year-long war left the city in ruins.", "two-year-long=P2Y"),
    # a bare midnight in past-tense copy began the day of the report; ahead, it ends it
    (WIRE, "The attack came shortly after midnight.", "midnight=1998-08-06T24:00"),
    (WIRE, "The offer expires at midnight.", "midnight=1998-08-07T24:00"),
    # a weekday counted in weeks: "a week ago Tuesday", "Tuesday of last week"
    (WIRE, "The bombs went off on Tuesday of last week.", "Tuesday of last week=1998-07-28"),
    (WIRE, "Talks began a week ago Tuesday in Geneva.", "a week ago Tuesday=1998-07-28"),
    (WIRE, "He was freed Monday two weeks ago.", "Monday two weeks ago=1998-07-20"),
    (WIRE, "The envoys meet again Friday of next week.", "Friday of next week=1998-08-14"),
]

# The clock of publication (a datetime DCT, with its UTC offset when known) places a clock
# time with no day of its own; verbs decide what "last" and "over" are; tense of modals and
# of a second verb sharing the first's auxiliary; stretches of an activity; twilight words.
_AT = datetime(2018, 8, 23, 7, 30)
_EST = timezone(timedelta(hours=-5))
_NY_EVENING = datetime(2018, 8, 22, 20, 30, tzinfo=timezone(timedelta(hours=-4)))
CLOCK_OF_PUBLICATION_AND_VERBS = [
    (_AT, "The warehouse fire broke out at 11 p.m., the brigade said.", "11 p.m.=2018-08-22T23:00"),
    (_AT, "The warehouse fire broke out at 5 a.m., the brigade said.", "5 a.m.=2018-08-23T05:00"),
    (PUB, "The warehouse fire broke out at 11 p.m., the brigade said.", "11 p.m.=2018-08-23T23:00"),
    (datetime(2018, 8, 23, 18), "Polling stations will open at 7 a.m. across the country.",
     "7 a.m.=2018-08-24T07:00"),
    (datetime(2018, 8, 23, 6), "Polling stations will open at 7 a.m. across the country.",
     "7 a.m.=2018-08-23T07:00"),
    (datetime(2018, 8, 23, 2, tzinfo=_EST), "The tremor struck at 0530 GMT, seismologists said.",
     "0530 GMT=2018-08-23T05:30"),
    (datetime(2018, 8, 23, 10, tzinfo=UTC), "The tremor struck at 2130 GMT, seismologists said.",
     "2130 GMT=2018-08-22T21:30"),
    (datetime(2018, 8, 23, 15, tzinfo=UTC), "The launch will take place at 0400 GMT.",
     "0400 GMT=2018-08-24T04:00"),
    (PUB, "The hearings could last several more weeks.", "several more weeks=PXW"),
    (PUB, "The inquiry is expected to last two years.", "two years=P2Y"),
    (PUB, "Fighting in the last three days killed 40 people.", "the last three days=P3D"),
    (PUB, "The debt will be repaid over 10 years.", "10 years=P10Y"),
    (PUB, "He has lived abroad for over a decade.", "over a decade=P1E"),
    (PUB, "Prices fell 20 percent over two years.", "two years=P2Y"),
    (PUB, "The congress will open in Lisbon on Monday and run until Friday.",
     "Monday=2018-08-27 | Friday=2018-08-24"),
    (PUB, "Negotiators may meet again on Tuesday.", "Tuesday=2018-08-28"),
    (PUB, "The verdict should be announced by Friday.", "Friday=2018-08-24"),
    (PUB, "He could not attend the hearing on Tuesday.", "Tuesday=2018-08-21"),
    (PUB, "After months of negotiations, the two unions merged.", "months=PXM"),
    (PUB, "Decades of neglect have left the canal silted up.", "Decades=PXE"),
    (PUB, "Troops entered the village before dawn.", "dawn=2018-08-23TMO"),
    (PUB, "The ferry crossed at daybreak and docked by nightfall.",
     "daybreak=2018-08-23TMO | nightfall=2018-08-23TEV"),
    (PUB, "The shelling stopped shortly after sunset.", "sunset=2018-08-23TEV"),
    # a dateline's "today" is on the dateline city's clock when the publication time has an offset
    (_NY_EVENING, "TOKYO (AP) _ The central bank left rates unchanged today.", "today=2018-08-23"),
    (_NY_EVENING, "NAIROBI, Kenya (AP) _ Rescuers pulled two survivors from the rubble on Thursday.",
     "Thursday=2018-08-23"),
    (_NY_EVENING, "WASHINGTON (AP) _ The Senate voted today to approve the bill.", "today=2018-08-22"),
    (_NY_EVENING.replace(tzinfo=None), "TOKYO (AP) _ The central bank left rates unchanged today.",
     "today=2018-08-22"),
    (date(2018, 8, 22), "BEIJING, Aug. 23 (Xinhua) -- Officials met today in the capital.",
     "Aug. 23=2018-08-23 | today=2018-08-23"),
    (PUB, "The number of visitors rose to 5 million in 2017 from 4.2 million the year before.",
     "2017=2017 | the year before=2016"),
    (PUB, "The attack was the deadliest since the 2015 bombings.", "2015=2015"),
    (PUB, "Police recorded 1500 attacks on buses.", ""),
    # a yearless quarter is the nearest one that has begun, unless the verb looks ahead
    (PUB, "The chipmaker reported a record profit for the fiscal first quarter.",
     "the fiscal first quarter=2018-Q1"),
    (PUB, "The chipmaker expects to lose money in the first quarter.", "the first quarter=2019-Q1"),
    (date(2018, 2, 10), "The retailer said sales fell in the fourth quarter.", "the fourth quarter=2017-Q4"),
    # a date inside a relative clause (however deep) describes its noun, it opens no frame
    (PUB, "The former mayor, who governed for 12 years until he was ousted in March 2014, has denied "
     "the charges.\n\nIn June, prosecutors questioned him for six hours. In October, they dropped the case.",
     "12 years=P12Y | March 2014=2014-03 | June=2018-06 | six hours=PT6H | October=2017-10"),
    (PUB, "The former mayor was ousted in March 2014.\n\nIn June, prosecutors questioned him for six hours.",
     "March 2014=2014-03 | June=2014-06 | six hours=PT6H"),
    # amounts: hyphenated halves, "another", the age of a thing (not of a person)
    (PUB, "Building the bridge took two-and-a-half years.", "two-and-a-half years=P2Y6M"),
    (PUB, "The hearings will continue for another week.", "another week=P1W"),
    (PUB, "The union will need another two months to decide.", "another two months=P2M"),
    (PUB, "The two-week-old strike has shut the port.", "two-week-old=P2W"),
    (PUB, "Rebels broke the 8-month-old ceasefire.", "8-month-old=P8M"),
    (PUB, "The 52-year-old farmer was not hurt.", ""),
    (PUB, "A referendum on it is a once-a-decade affair.", ""),
    # a clock time with its part of the day in words
    (PUB, "The shooting happened around 3:30 in the afternoon.", "around 3:30 in the afternoon=2018-08-23T15:30"),
    (PUB, "The ferry left at 6:40 in the morning.", "6:40 in the morning=2018-08-23T06:40"),
    (PUB, "The first call came at 11:15 at night.", "11:15 at night=2018-08-23T23:15"),
    # a season of a deictic year, the week of a day, a bare day of the month
    (PUB, "The two firms first talked in the spring of last year.", "the spring of last year=2017-SP"),
    (PUB, "The arena opens in the fall of next year.", "the fall of next year=2019-FA"),
    (PUB, "The hearing is set for the week of Sept. 10.", "the week of Sept. 10=2018-W37"),
    (PUB, "The strike ended on the 14th.", "the 14th=2018-08-14"),
    (PUB, "The strike ended on the 28th, union leaders said.", "the 28th=2018-07-28"),
    (PUB, "Bids must arrive by the 30th.", "the 30th=2018-08-30"),
    (PUB, "The ship sailed in May 2016. It docked on the 12th.", "May 2016=2016-05 | the 12th=2016-05-12"),
    (PUB, "The firm moved to the 10th floor.", ""),
    # the period a market or earnings report covers
    (PUB, "The index fell 2 percent on Friday. For the week, it lost 4 percent.",
     "Friday=2018-08-17 | the week=2018-W33"),
    (PUB, "Sales rose in 2016. For the year, the chain opened 40 stores.", "2016=2016 | the year=2016"),
    # a stretch of unknown length
    (PUB, "The peacekeepers will stay in the valley for some time.", "some time=PXX"),
    (PUB, "After a while, the protesters went home.", "a while=PXX"),
    (PUB, "The ban may remain for a fairly lengthy period.", "a fairly lengthy period=PXX"),
    (PUB, "Over the years, the village has emptied.", "the years=PXY"),
    (PUB, "The rules have changed over the decades since independence.", ""),
    (PUB, "The brewer reported a loss for its fiscal year ended June 30.",
     "fiscal year=P1Y | June 30=2018-06-30"),
    # filed in the small hours, a past-tense "tonight" is the night just ended
    (datetime(2018, 8, 24, 1, 10), "The Senate voted tonight to approve the bill.", "tonight=2018-08-23TNI"),
    (datetime(2018, 8, 24, 1, 10), "The Senate will vote tonight on the bill.", "tonight=2018-08-24TNI"),
    (datetime(2018, 8, 23, 21, 10), "The Senate voted tonight to approve the bill.", "tonight=2018-08-23TNI"),
    # "that" points back to the time last named, even over a sentence parsed as present
    (PUB, "The treaty was signed in 1992. That summer, the first troops left.",
     "1992=1992 | That summer=1992-SU"),
    (PUB, "The treaty was signed in 1992. That year, the first troops left.", "1992=1992 | That year=1992"),
    # "Hours later", "weeks later": a stretch of unknown length ("later" stays out, as in "three days later")
    (PUB, "The ferry left port on Feb. 2, 2016. Hours later, it sank.", "Feb. 2, 2016=2016-02-02 | Hours=PTXH"),
    (PUB, "He was freed, and weeks later he fled abroad.", "weeks=PXW"),
    # a past verb the tagger reads as a participle ("the first troops left") keeps the frame
    (PUB, "The rebels took the port in March 2016. By then the first troops left. In October, the "
     "rebels withdrew.", "March 2016=2016-03 | then=2016-03 | October=2016-10"),
    (PUB, "The write-down will lower its tax bill in future quarters.", "future quarters=FUTURE_REF"),
    (PUB, "Analysts see weak demand in the coming quarters.", "the coming quarters=FUTURE_REF"),
    (PUB, "The five-year plan covers the 2016-2020 period.", "five-year=P5Y | 2016=2016 | 2020=2020"),
]


# TimeML conventions for news copy, with type and mod (``extent=value/TYPE/MOD``; ``-`` = no mod)
NEWS_CONVENTIONS = [
    # durations: the extent takes the article, "past"/"next" and the qualifier; mod from it
    (PUB, "Rents have doubled over the past three years.", "the past three years=P3Y~DURATION~-"),
    (PUB, "The sect has been banned for more than two decades.",
     "more than two decades=P20Y~DURATION~MORE_THAN"),
    (PUB, "The inquiry should take about 18 months.", "about 18 months=P18M~DURATION~APPROX"),
    (PUB, "The pact covers a two-year period.", "a two-year period=P2Y~DURATION~-"),
    (PUB, "The audit lasted several weeks.", "several weeks=PXW~DURATION~-"),
    (PUB, "The blockade lasted less than a week.", "less than a week=P1W~DURATION~LESS_THAN"),
    (PUB, "The sentence is no more than 10 years.", "no more than 10 years=P10Y~DURATION~EQUAL_OR_LESS"),
    (PUB, "The drivers have been on strike for nearly three weeks.",
     "nearly three weeks=P3W~DURATION~APPROX"),
    (PUB, "The new line will open over the next two years.", "the next two years=P2Y~DURATION~-"),
    # a bare range of amounts: two TIMEX3s, each bound with its own value (TimeBank, HeidelTime)
    (PUB, "Building the bridge will take 12 to 18 months.", "12=P12M~DURATION | 18 months=P18M~DURATION"),
    (PUB, "Patients wait between two and six days for a bed.", "two=P2D~DURATION | six days=P6D~DURATION"),
    (PUB, "The drive takes about four to five hours.",
     "about four=PT4H~DURATION~APPROX | five hours=PT5H~DURATION~-"),
    (PUB, "He could face three or four years in jail.", "three=P3Y~DURATION | four years=P4Y~DURATION"),
    # ...but with "the next"/"the past" before it, one stretch of open length
    (PUB, "Prices should settle over the next 12 to 18 months.", "the next 12 to 18 months=PXM~DURATION"),
    (PUB, "Output fell over the past two or three years.", "the past two or three years=PXY~DURATION"),
    (PUB, "Children aged 12 to 15 years old were turned away.", ""),
    # "the past year" is the year before the report (a DATE, as in TimeBank); "a year ago" too
    (PUB, "Sales rose 5 percent in the past year.", "the past year=2017~DATE"),
    (PUB, "The mill closed a year ago.", "a year ago=2017~DATE"),
    (PUB, "The mill closed 20 years ago.", "20 years ago=1998~DATE"),
    # TIME: a spelled-out zone belongs to the clock time
    (PUB, "Polls close at noon Eastern time.", "noon Eastern time=2018-08-23T12:00~TIME"),
    (PUB, "Trading stopped at 2:30 p.m. Eastern Standard Time.",
     "2:30 p.m. Eastern Standard Time=2018-08-23T14:30~TIME"),
    (PUB, "The rocket lifted off at 9:15 a.m. EDT Wednesday.", "9:15 a.m. EDT Wednesday=2018-08-22T09:15~TIME"),
    (PUB, "The ferry sank at 3 p.m. local time.", "3 p.m. local time=2018-08-23T15:00~TIME"),
    (PUB, "Gunmen struck late Tuesday night.", "late Tuesday night=2018-08-21TNI~TIME~END"),
    (PUB, "The storm came ashore early Wednesday morning.", "early Wednesday morning=2018-08-22TMO~TIME~START"),
    (PUB, "The minister resigned this morning.", "this morning=2018-08-23TMO~TIME"),
    (PUB, "The boat left at 9 p.m. Tuesday.", "9 p.m. Tuesday=2018-08-21T21:00~TIME"),
    (PUB, "Rescuers reached the village early Wednesday.", "early Wednesday=2018-08-22~DATE~START"),
    # SET vs rates
    (PUB, "The rally is held each year.", "each year=P1Y~SET"),
    (PUB, "The bus runs twice a week.", "twice a week=P1W~SET"),
    (PUB, "The club meets every other Tuesday.", "every other Tuesday=XXXX-WXX-2~SET"),
    (PUB, "Porters earn $5 a day.", ""),
    # year ranges: each end its own DATE; the end does not move the story to the later year
    (PUB, "In 2008-09, the club opened its season in September.", "2008=2008~DATE | 09=2009~DATE | September=2008-09~DATE"),
    (PUB, "He was mayor from 1990 to 1995.", "1990=1990~DATE | 1995=1995~DATE"),
    (PUB, "The mill lost money in fiscal 1999.", "fiscal 1999=1999~DATE"),
    # "Sunday's election": a possessive day naming a timetabled event follows its clause's tense
    (PUB, "Voters go to the polls in Sunday's election.", "Sunday=2018-08-26~DATE"),
    (PUB, "Voters went to the polls in Sunday's election.", "Sunday=2018-08-19~DATE"),
    (PUB, "Monday's summit is expected to be tense.", "Monday=2018-08-27~DATE"),
    (PUB, "Monday's summit was tense.", "Monday=2018-08-20~DATE"),
    (PUB, "Tuesday's closing price was the lowest in a month.", "Tuesday=2018-08-21~DATE | a month=P1M~DURATION"),
    (PUB, "Saturday's final will be played in Lyon.", "Saturday=2018-08-25~DATE"),
    # a day naming what happened is behind us whatever the tense; a timetabled one follows it
    (PUB, "The board will review Wednesday's crash.", "Wednesday=2018-08-22~DATE"),
    (PUB, "Traders will study Friday's losses.", "Friday=2018-08-17~DATE"),
    (PUB, "The Sunday runoff will test the coalition.", "Sunday=2018-08-26~DATE"),
    (PUB, "The Sunday runoff tested the coalition.", "Sunday=2018-08-19~DATE"),
    # "one day" of a split infinitive is an indefinite future; "to one day" as an amount is not
    (PUB, "She hopes to one day run the family firm.", "one day=FUTURE_REF~DATE"),
    (PUB, "The judge cut the visit to one day.", "one day=P1D~DURATION"),
    # shopping days after US Thanksgiving
    (PUB, "Stores opened early on Black Friday last year.", "Black Friday last year=2017-11-24~DATE"),
    (PUB, "Retailers expect big sales on Cyber Monday.", "Cyber Monday=2018-11-26~DATE"),
    # a figure's baseline date ("up from $344 in October 2015") opens no narrative frame
    (date(2019, 11, 20), "Rents averaged $390 in October, up from $344 in October 2015. Sales slowed in "
     "March.", "October=2019-10~DATE | October 2015=2015-10~DATE | March=2019-03~DATE"),
    (PUB, "Exports rose to 5 million tons in 2017 from 3 million in 2012. In March, shipments slowed.",
     "2017=2017 | 2012=2012 | March=2017-03"),
    # a past verb the tagger reads as a bare infinitive ("the army retook it") keeps the story
    (PUB, "On July 14, 2016, rebels seized the town. The following month, the army retook it.",
     "July 14, 2016=2016-07-14 | The following month=2016-08"),
    # "the weekend" after since/after/by; an unnumbered stretch at one end of a period
    (PUB, "Six people have been killed since the weekend.", "the weekend=2018-W33-WE~DATE"),
    (PUB, "Talks resume after the weekend.", "the weekend=2018-W34-WE~DATE"),
    (PUB, "Hundreds surrendered in the first hours of the offensive.", "the first hours=PTXH~DURATION"),
    (PUB, "In the final days of the campaign, she toured the north.", "the final days=PXD~DURATION"),
    # "weeks or months": one vague stretch in the first unit named
    (PUB, "He probably died within weeks or months of his capture.", "weeks or months=PXW~DURATION"),
    (PUB, "The empire lasted three hundred years.", "three hundred years=P300Y~DURATION"),
    # "the last quarter" alone is the one before the report's; "of 2017" makes it a fourth
    (PUB, "The economy slowed in the last quarter.", "the last quarter=2018-Q2~DATE"),
    (PUB, "Sales rose in the last quarter of 2016.", "the last quarter of 2016=2016-Q4~DATE"),
    # two-digit years with an apostrophe after a preposition; not in names
    (PUB, "He left the bank in '97.", "'97=1997~DATE"),
    (PUB, "The mill has been shut since late '09.", "late '09=2009~DATE~END"),
    (PUB, "Fans still talk about Euro '96.", ""),
    # the end of a written range follows its start; "until" ahead of a present verb
    (PUB, "Imports fell from January to February.", "January=2018-01~DATE | February=2018-02~DATE"),
    (PUB, "The show runs from Nov. 20 through Jan. 5.", "Nov. 20=2018-11-20 | Jan. 5=2019-01-05"),
    (PUB, "The gallery is open until March.", "March=2019-03~DATE"),
    (PUB, "The plant has been idle since October.", "October=2017-10~DATE"),
    # a report's period a year back, one expression
    (PUB, "Output grew 8 percent over the same period last year.", "the same period last year=2017-Q2~DATE"),
    (PUB, "Sales fell from the corresponding quarter a year earlier.",
     "the corresponding quarter a year earlier=2017-Q2~DATE"),
    # "the future" takes its article; "the future of X" is a topic, not a time
    (PUB, "Strikes could go on well into the future.", "the future=FUTURE_REF~DATE"),
    (PUB, "Farmers are worried about the future.", "the future=FUTURE_REF~DATE"),
    (PUB, "They debated the future of the alliance.", ""),
    # "the last weekend of June": that weekend (its ISO week)
    (PUB, "The regatta was held on the last weekend of June.", "the last weekend of June=2018-W26-WE~DATE"),
    (PUB, "The race will be run on the first weekend of September.",
     "the first weekend of September=2018-W35-WE~DATE"),
    # clock ranges and clock times named with a day and its part
    (PUB, "The blast came between 2 and 4 p.m.", "2=2018-08-23T14:00~TIME | 4 p.m.=2018-08-23T16:00~TIME"),
    (PUB, "The talks began at 3:30 Friday afternoon.", "3:30 Friday afternoon=2018-08-17T15:30~TIME"),
    (PUB, "The dinner starts at 7 o'clock Saturday evening.", "7 o'clock Saturday evening=2018-08-25T19:00~TIME"),
    # "this coming Sunday, Aug. 26": one date with its weekday and "this coming"
    (PUB, "The vote is this coming Sunday, Aug. 26.", "this coming Sunday, Aug. 26=2018-08-26~DATE"),
    # digit ranges with a hyphen or dash split like spelled ones; "per month" after an amount
    # shares it out over every month (SET, test_timex_per_unit_rates.py); "per second" is no time
    (PUB, "The crossing takes 10-12 hours.", "10=PT10H~DURATION | 12 hours=PT12H~DURATION"),
    (PUB, "Eat 1–2 hours before a race.", "1=PT1H~DURATION | 2 hours=PT2H~DURATION"),
    (PUB, "The service costs $7 per month.", "per month=P1M~SET"),
    (PUB, "The camera shoots 60 frames per second.", ""),
    (PUB, "Take the pill twice per day.", "twice per day=P1D~SET"),
    # "dawn Tuesday": that day's morning; "Monday and Tuesday nights": both recur
    (PUB, "The raid came before dawn Tuesday.", "dawn Tuesday=2018-08-21TMO~TIME"),
    (PUB, "Two flights leave on Monday and Tuesday nights.",
     "Monday=XXXX-WXX-1TNI~SET | Tuesday nights=XXXX-WXX-2TNI~SET"),
    (PUB, "The vote came in the early hours of Sunday.", "the early hours of Sunday=2018-08-19TNI~TIME"),
    # a duration inside a proper name is no TIMEX3
    (PUB, "Israel took the plateau in the 1967 Six-Day War.", "1967=1967~DATE"),
    (PUB, "She drove in the 24 Hours of Le Mans.", ""),
    (PUB, "The Hundred Years' War ended in 1453.", "1453=1453"),
    # fractions of decades and centuries in years
    (PUB, "The band has played for half a century.", "half a century=P50Y~DURATION"),
    (PUB, "They had not met in nearly a quarter century.", "nearly a quarter century=P25Y~DURATION~APPROX"),
    (PUB, "The feud lasted two and a half decades.", "two and a half decades=P25Y~DURATION"),
    # a holiday with "last/next year": that year's holiday, one expression
    (PUB, "The family gathered at Christmas last year.", "Christmas last year=2017-12-25~DATE"),
    (PUB, "The chapel reopens at Easter next year.", "Easter next year=2019-04-21~DATE"),
]


CASES = [
    *WIRE_STYLE, *YEAR_PAIRS_AND_GMT, *SEASONS_AND_TIMETABLES,
    *ABSOLUTE, *NOT_TIMEX, *DEICTIC, *TIMES, *DURATIONS, *SETS_AND_REFS, *HOLIDAYS, *BAD_INPUT,
    *NARRATIVE, *WIRE_CLOCKS_RANGES_SEQUENCES, *REFS_REPORTS_SPELLED,
    *PARTS_OF_THE_DAY, *CLOCK_OF_PUBLICATION_AND_VERBS, *NEWS_CONVENTIONS,
]


def _expected(spec: str) -> set[tuple[str, str]]:
    return {
        tuple(part.strip().split("@")[0].split("~")[0].split("=", 1))  # type: ignore[misc]
        for part in spec.split("|")
        if part.strip()
    }


def _typed(spec: str) -> dict[str, tuple[str, str | None, bool]]:
    """``two=P2D~DURATION~APPROX``: the type (and mod, ``-`` for none) a case also checks."""
    out = {}
    for part in spec.split("|"):
        text, _, rest = part.strip().split("@")[0].partition("=")
        fields = rest.split("~")
        if len(fields) > 1:
            mod = fields[2] if len(fields) > 2 else None
            out[text] = (fields[1], None if mod == "-" else mod, len(fields) > 2)
    return out


def _points(spec: str) -> dict[str, str]:
    """``two days=P2D@1912-04-17``: an anchored duration and the date it reaches."""
    return {
        part.split("=", 1)[0].strip(): part.split("@", 1)[1].strip()
        for part in spec.split("|")
        if "@" in part
    }


@pytest.fixture(scope="module")
def parser():
    return spacy.load(MODEL, exclude=["ner"])


@pytest.mark.parametrize(
    ("published", "text", "expected"), CASES, ids=[(c.values if hasattr(c, "values") else c)[1][:48] for c in CASES]
)
def test_timex_table(parser, published, text, expected):
    found = tag_timexes(parser(text), published=published, doc_id="t")
    got = {(tx.text, tx.value) for tx in found}
    assert got == _expected(expected)
    points = _points(expected)
    typed = _typed(expected)
    for tx in found:
        if tx.text in typed:
            kind, mod, check_mod = typed[tx.text]
            assert tx.type == kind, tx.text
            assert not check_mod or tx.mod == mod, tx.text
        assert text[tx.start : tx.end] == tx.text
        if tx.text in points:
            assert (tx.earliest, tx.latest) == interval_of(points[tx.text]), tx.text


def test_table_size():
    assert len(CASES) >= 300
    assert len(NARRATIVE) >= 40
