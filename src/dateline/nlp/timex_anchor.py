"""Anchoring: resolving underspecified time expressions against the right reference time.

News prose runs on two clocks. The *reporting frame* is the publication date (DCT):
"Wednesday", "last year", "yesterday" count from it. The *narrative frame* is the time a
passage is about: after "an airstrike in May 2017", a bare "in June" or "May 28" belongs to
2017, not to the year of publication. :class:`DocumentAnchor` keeps both while the tagger
walks the expressions in text order (Reichenbach's reference time, as news writers use it):

- Deictic words ("yesterday", "last year", weekdays, "ago") count from the DCT.
- A narrative frame is opened by a date whose year is written out and that is an adverbial
  of the clause ("in May 2017"), not a bound ("since 1980") nor a noun modifier ("the
  1988 cease-fire"); it is carried by dates resolved inside it, survives up to
  ``FRAME_PARAGRAPHS`` paragraph breaks, and is closed by a sentence with no past-tense verb
  (the reporting frame: "The minister says ...") or by a deictic date.
- A yearless date ("June", "May 28", "the winter") inside a frame follows narrative
  progression: simple past moves forward (the first occurrence from the frame on); the
  pluperfect and "since" look back (the last one up to the frame); "by March" names the time
  the story has reached. A past-tense verb never yields a date after the DCT.
- A year reached by counting ("and the following year he was posted to Rome") dates its own
  sentence only: a yearless month in a later sentence is the reporting frame's.
- Outside a frame, or when a paragraph opens on the time of a report ("In February, officials
  said"), the year comes from the DCT: the nearest occurrence when it is within a month or
  the expression is a bound ("until Nov. 20"), otherwise the most recent past one for past
  tense and the next one for future tense, reported future ("said it would reopen in
  March") and the present of a timetable ("Talks resume in the spring"; not a state: "worth
  $2 million in March").
- Anaphors ("at the time", "that year", "the next day") take the previous time expression
  and record its ``tid`` as their anchor. A sequencing duration ("two days later") is a
  TimeML DURATION ("two days", P2D); the date it reaches, counted from that same reference,
  is kept as its interval and becomes the new reference time.
- A clock time or part of the day with no day of its own ("at 6 p.m.", "by mid-afternoon")
  is on the day the passage is about (:meth:`DocumentAnchor.current_day`).
- A comparison baseline ("up from $5 million a year ago") is resolved but does not become
  the reference time, so the next "a year earlier" still counts from the reported period.
- Without a DCT, narrative anchoring still works; otherwise the year stays ``XXXX``.
- With the clock of publication (``published_time``), a clock time with no day of its own
  that the day has not reached yet is the day before in past-tense copy, one already gone
  the day after in future-tense copy (:meth:`DocumentAnchor.day_of_clock`); a GMT time is
  placed on the UTC day of publication (:meth:`DocumentAnchor.universal_day`); and a
  past-tense "tonight" filed in the small hours is the night just ended. The tagger moves
  the DCT to a dateline's own clock or written date first (:mod:`dateline.nlp.timex_dateline`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from dateline.nlp.timex_calendar import format_at, interval_of, midpoint, shift

Resolved = tuple[str | None, str]

_GRANULARITY = {"century": 0, "decade": 1, "year": 2, "season": 3, "quarter": 3, "month": 4,
                "week": 5, "weekend": 5, "day": 6, "night": 6, "hour": 7, "minute": 7, "second": 7}  # fmt: skip
_X_VALUES = {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE",
             "quarter": "XXXX-QX", "day": "XXXX-XX-XX", "night": "XXXX-XX-XXTNI",
             "decade": "XXX", "century": "XX", "season": "XXXX-XX"}  # fmt: skip
_PART_HOURS = {"MO": (5, 12), "AF": (12, 18), "EV": (17, 22), "NI": (19, 24)}
"""Clock hours each part of the day covers (a night's small hours belong to the next date)."""
_CONTRACT_NOUNS = frozenset({"delivery", "contract", "contracts", "futures", "options"})
"""Nouns after a month that make it a futures month ("for May delivery", "December futures")."""
NEAR_DCT = timedelta(days=45)
CLOCK_MARGIN = 180
"""Minutes by which a clock time must pass the publication time before it moves a day (a
dateline abroad can be hours off the outlet's own clock)."""
FRAME_PARAGRAPHS = 2
_RECORD_NOUNS = frozenset(
    {"agreement", "agreements", "accord", "accords", "deal", "pact", "treaty", "truce", "ceasefire",
     "cease-fire", "settlement", "memorandum", "decree", "ruling", "verdict", "law", "resolution",
     "report", "letter", "statement", "declaration", "communique", "survey", "census", "study"}
)  # fmt: skip
"""Nouns of a thing made or issued at a time: a month before one names when it was made."""
EVENING_HOUR = 18
"""From this hour a past-tense clock time with no day is read as the evening before the
publication day, when the story named that day (see ``DocumentAnchor._evening_before``)."""
"""How many paragraph breaks a narrative frame survives without a new written-out date."""
TENSE_SLACK = 31
SEASON_DAYS = 183
FLASHBACK_DAYS = 31
"""A yearless date that ended at most ``FLASHBACK_DAYS`` before a day-grained narrative time,
when its next occurrence is more than ``SEASON_DAYS`` after it, is a look back ("In early
July" after "the night of Aug. 1, 1993"), not the next year's."""
"""Days from the DCT within which a yearless date is taken as the nearest one, whatever the
tense ("extended to Nov. 20" written on Nov. 2 means this Nov. 20)."""


def _distance(interval: tuple[date, date], day: date) -> int:
    """Days between ``day`` and the nearest day of ``interval`` (0 inside it)."""
    if interval[0] <= day <= interval[1]:
        return 0
    return min(abs((interval[0] - day).days), abs((interval[1] - day).days))


def _grain_unit(value: str) -> str:
    """The calendar unit a DATE value is written at ('2017-Q3' → quarter)."""
    date_part = value.split("T")[0]
    if len(date_part) == 10:
        return "day"
    if "-W" in date_part:
        return "week"
    if date_part[5:6] == "Q":
        return "quarter"
    if date_part[5:6] in ("S", "F", "W", "H"):
        return "year"
    return "month" if len(date_part) == 7 else "year"


def granularity_of(value: str) -> int:
    """How fine a DATE/TIME value is, on the scale of ``_GRANULARITY``."""
    date_part = value.split("T")[0]
    if "T" in value:
        return 7
    if len(date_part) == 2:
        return 0
    if len(date_part) == 3:
        return 1
    if len(date_part) == 4:
        return 2
    if len(date_part) == 10:
        return 6
    if "-W" in date_part:
        return 5
    if date_part[5:6] in ("Q", "H", "S", "F", "W"):
        return 3
    return 4


@dataclass(slots=True)
class Reference:
    """A time the passage is about: the value, its interval, where it was said, and its tid."""

    value: str
    interval: tuple[date, date]
    paragraph: int
    tid: str
    near_dct: bool
    sentence: int = 0
    counted: bool = False  # reached by counting from another time ("the following year")
    bound: bool = False  # a limit or a noun's date ("since 1980", "a plan approved in 1987")


@dataclass(slots=True)
class Position:
    """Where the expression being resolved sits: paragraph, tense of its verb, frame cues."""

    paragraph: int = 0
    tense: str | None = None
    opens_paragraph: bool = False
    stative: bool = False  # governed by "be", "have", "remain": a state, not a timetable
    reporting: bool = False  # governed by a verb of saying ("In February, officials said ...")
    bound: bool = False  # after "until", "through", "effective": tense says nothing of it
    preposition: str | None = None  # the word just before the expression, lower-cased
    nominal: bool = False  # inside a noun phrase ("Friday's purchases"), not a verb's adverbial
    rescheduled: bool = False  # the new date of a verb of rescheduling ("postponed until Monday")
    following: str | None = None  # the word just after the expression, lower-cased
    planned: bool = False  # the time of a plan told in the past ("was scheduled to begin Oct. 23")
    lasted: bool = False  # an active simple past or a copula, not a new term ("ran it until March")
    told_past: bool = False  # on a simple past verb itself ("fell 3 percent in January")
    grants_term: bool = False  # on a verb granting or extending a term ("gave them until Friday")
    cited: bool = False  # premodifies a preposition's object ("under the June accord")
    in_present: str | None = None  # the paragraph names days around the report ("last month")
    released: bool = False  # names the figures a verb makes public ("will release December sales")
    happened: bool = False  # the day of an attack or an accident ("the blast Sunday")
    awaited: bool = False  # an event still ahead of the clause ("ahead of Sunday's vote")
    subject_of_past: bool = False  # inside the subject of an active simple past ("The storm in May killed 20")
    placed: bool = False  # after a present copula and "in" / "on" ("The summit is in December")

    @property
    def past(self) -> bool:
        return self.tense in ("past", "pluperfect")


class DocumentAnchor:
    """The reference times of one document, updated expression by expression, in text order."""

    def __init__(self, dct: date | None, *, published_time: datetime | None = None):
        self.dct = dct
        self.published_time = published_time  # the clock of publication, when the source gives it
        self.ref: Reference | None = None  # the last concrete time: anaphora count from it
        self.last: Reference | None = None  # the same, kept across reporting-frame sentences
        self.frame: Reference | None = None  # the narrative reference time, if the passage has one
        self.parts: list[Reference] = []  # days named with their part ("Tuesday night"), in order
        self.days: dict[date, Reference] = {}  # each single day the story has named, the latest mention
        self.position = Position()
        self.sentence = -1  # index of the sentence being read
        self.content: Reference | None = None  # a coarser time the report's own day followed
        self.entry_clocks: list[str | None] | None = None  # a live blog's clock per paragraph

    # -- bookkeeping the tagger drives --------------------------------------------------------

    def enter_sentence(self, *, paragraph: int, reporting_frame: bool) -> None:
        """A sentence with no past-tense verb is in the reporting frame: it ends the narrative."""
        self.sentence += 1
        if reporting_frame:
            self.ref = self.frame = None
        else:
            if self.ref is not None and paragraph - self.ref.paragraph > 1:
                self.ref = None
            if self.frame is not None and paragraph - self.frame.paragraph > FRAME_PARAGRAPHS:
                self.frame = None

    def record(self, value: str | None, tid: str, kind: str, *, how: str, bound: bool = False) -> None:
        """After an expression is resolved: a concrete DATE/TIME becomes the reference time.

        Only a time the passage is *about* opens a narrative frame: a date with its year
        written out ("in May 2017"), or one resolved within the frame ("May 28" after it).
        A bound ("since 1980", "until March") does not; a deictic time ("on Wednesday",
        "last year") returns the passage to the reporting frame.
        """
        if value == "PRESENT_REF":
            self.ref = self.frame = None
            return
        if kind not in ("DATE", "TIME") or not value:
            return
        interval = interval_of(value)
        if interval is None:
            return
        near = self.dct is not None and (
            interval[0] - NEAR_DCT <= self.dct <= interval[1] + NEAR_DCT
            and interval[1] - interval[0] < timedelta(days=100)
        )
        counted = how not in ("absolute", "narrative", "dct")
        ref = Reference(value, interval, self.position.paragraph, tid, near, self.sentence, counted, bound)
        previous = self.ref
        self.content = None
        if self.position.reporting and previous is not None and previous.sentence == self.sentence and (
            granularity_of(value) >= _GRANULARITY["day"] > granularity_of(previous.value) >= _GRANULARITY["year"]
        ):  # "Trade fell 0.4 percent last year, customs said today": the report's day is not
            # what the sentence is about; "the year" in the next sentence is still last year
            self.content = previous
        self.ref = self.last = ref
        if value[10:11] == "T" and value[11:] in _PART_HOURS:
            self.parts.append(ref)
        if interval[0] == interval[1]:
            self.days[interval[0]] = ref
        in_frame = self.frame is not None and how in ("narrative", self.frame.tid)
        if (how == "absolute" and not bound) or in_frame:
            self.frame = ref
        elif how == "dct":
            self.frame = None

    def _narrative(self) -> Reference | None:
        frame = self.frame
        if frame is None or self.position.paragraph - frame.paragraph > FRAME_PARAGRAPHS:
            return None
        return frame

    # -- the Anchor protocol the grammar asks --------------------------------------------------

    def yearless(self, make: Callable[[int], str | None], *, nearest: bool = False) -> Resolved:
        """A date missing its year: narrative reference first, else the DCT with tense."""
        # A paragraph that opens on the time of a report ("In February, officials said") is in
        # the reporting frame; any other yearless date takes the narrative frame if there is one.
        if self.dct is not None and self.position.following in _CONTRACT_NOUNS:
            # "crude for May delivery", "the December contract", "March futures": a futures
            # month is one still to trade, the next such month counted from the publication date
            ahead = [c for c in self._candidates(make, self.dct.year) if c[1][1] >= self.dct]
            if ahead:
                return min(ahead, key=lambda c: c[1][0])[0], "dct"
        opener = self.position.opens_paragraph and self.position.reporting
        ref = None if opener else self._narrative()
        if ref is not None and ref.counted and ref.sentence != self.sentence and (
            granularity_of(ref.value) <= _GRANULARITY["year"]
        ):
            # "..., and the following year he was posted to Washington. However, in December
            # he was recalled": a year reached by counting places its own event somewhere in
            # that year, not the story; a yearless month in a later sentence is the reporting
            # frame's (the most recent December), not that year's
            ref = None
        if ref is not None and granularity_of(ref.value) < _GRANULARITY["year"]:
            # "The plants were built in the 1960s ... idle for six weeks in the summer": a
            # decade or a century gives no year to a month or a season
            ref = None
        if ref is not None and self.position.tense == "future" and self.dct is not None and (
            ref.interval[1] < self.dct
        ):  # "... since independence in 1963. The vote will be held on Nov. 21": a future
            # tense is the reporting frame's; a story told in the past has no "will"
            ref = None
        if ref is not None and self.position.tense == "prospective" and ref.paragraph < self.position.paragraph:
            # "The economy shrank in 1998. || Officials said courses would start in July": a
            # reported future in a later paragraph looks ahead of the report, not of the old
            # year ("In 1998 he said he would return in July" keeps its frame: same paragraph)
            ref = None
        if nearest and ref is not None and (
            ref.paragraph != self.position.paragraph or self.position.reporting
        ):
            ref = None  # "(it) reported third-quarter net": a report's period is the latest
            # one, unless the paragraph itself is about another year
        within = self._elaborated(make)
        if within is not None:
            return within
        range_start = self._range_start()
        if range_start is not None:  # "from January to February": the end follows its start
            grain = granularity_of(range_start.value)
            after = [c for c in self._candidates(make, range_start.interval[0].year)
                     if c[1][0] >= range_start.interval[0] and granularity_of(c[0]) == grain]
            if after:
                return min(after, key=lambda c: c[1][0])[0], range_start.tid
        if ref is not None and self.position.in_present and ref.sentence != self.sentence and not ref.near_dct and (
            self.position.in_present == "deictic" or ref.interval[0] != ref.interval[1]
        ):  # "... closed in 1996 after a fire. Inspectors visited it in May and again last
            # month": a paragraph that names the days around the report has left the old year
            # (a bare weekday does so only after a story told from a year or a month: after
            # "On May 3, 2009" the weekday may be that day's)
            ref = None
        if ref is not None and (not ref.near_dct or self.dct is None):
            return self._in_story(make, ref), "narrative"
        said_then = self.last
        if said_then is not None and self.position.tense == "prospective" and said_then.sentence == self.sentence and (
            self.dct is not None and said_then.interval[1] < self.dct and not said_then.bound
            and granularity_of(said_then.value) >= _GRANULARITY["month"]
        ):  # "said in September that he would retire in October": a plan reported at a
            # time the sentence names looks ahead of that time, not of the publication date
            after = [c for c in self._candidates(make, said_then.interval[1].year) if c[1][0] > said_then.interval[1]]
            if after:
                return min(after, key=lambda c: c[1][0])[0], said_then.tid
        if self.dct is None:
            return _unknown_year(make), "dct"
        if nearest:
            dct = self.dct
            cands = self._candidates(make, dct.year)
            if self.position.tense not in ("future", "prospective"):
                # "reported a loss for the first quarter", written in October: a period that
                # has begun, not the next one, unless the verb looks ahead
                cands = [c for c in cands if c[1][0] <= dct] or cands
            best = min(cands, key=lambda c: _distance(c[1], dct)) if cands else None
            return (best[0] if best else None), "dct"
        return self._by_tense(make, self.dct), "dct"

    def _elaborated(self, make: Callable[[int], str | None]) -> Resolved | None:
        """A yearless date that spells out a coarser time named just before it in the same
        sentence ("last summer, from June 30 to July 30"; "in the 2009 season, on May 3")
        is the occurrence inside that time. Not in future-tense clauses ("the firm, which
        lost money last year, will open in June" looks ahead of the DCT)."""
        last = self.last
        if last is None or last.sentence != self.sentence or self.position.tense in ("future", "prospective"):
            return None
        if last.bound or self.position.bound:  # "a plan approved in 1987 ... through Sept. 29"
            return None
        if granularity_of(last.value) >= _GRANULARITY["month"] or "T" in last.value:
            return None
        inside = [c for c in self._candidates(make, last.interval[0].year)
                  if last.interval[0] <= c[1][0] and c[1][1] <= last.interval[1]]
        if len(inside) != 1 or granularity_of(inside[0][0]) <= granularity_of(last.value):
            return None
        return inside[0][0], last.tid

    def _range_start(self) -> Reference | None:
        """The start of the range a yearless date ends ("from May [to July]", "March
        [through June]"): the time named just before it in the same sentence."""
        last = self.last
        if self.position.preposition not in ("to", "through", "until", "till", "thru") or last is None:
            return None
        if last.sentence != self.sentence or granularity_of(last.value) < _GRANULARITY["month"]:
            return None
        return last

    def _candidates(self, make: Callable[[int], str | None], year: int) -> list[tuple[str, tuple[date, date]]]:
        out = []
        for span in (1, 4):  # "Feb. 29" may need the nearest leap year
            for y in range(year - span, year + span + 1):
                if not 1 <= y <= 9999:
                    continue
                value = make(y)
                interval = interval_of(value) if value else None
                if value and interval:
                    out.append((value, interval))
            if out:
                break
        return out

    def _in_story(self, make: Callable[[int], str | None], frame: Reference) -> str | None:
        """The occurrence a narrative means. Simple past moves the story forward (the first
        occurrence from the frame on); the pluperfect and "since" look back (the last one up to
        the frame); "by March" names the time the story has reached. Never past the DCT in
        past-tense prose, never before it in future-tense prose."""
        cands = self._candidates(make, midpoint(frame.interval).year)
        if self.dct is not None:
            past, future = self.position.past, self.position.tense == "future"
            allowed = [
                c for c in cands
                if not (past and c[1][0] > self.dct) and not (future and c[1][1] < self.dct)
            ]  # fmt: skip
            cands = allowed or cands
        if not cands:
            return None
        prep, tense = self.position.preposition, self.position.tense
        start, end = frame.interval
        if prep != "by" and (tense == "pluperfect" or prep == "since"):
            back = [c for c in cands if c[1][0] <= end]
            if back:
                return max(back, key=lambda c: c[1][0])[0]
        elif prep == "by" or tense in ("past", "prospective"):
            ahead = [c for c in cands if c[1][0] >= start]
            if ahead:
                first = min(ahead, key=lambda c: c[1][0])
                back = [c for c in cands if c[1][1] < start]
                if prep != "by" and back and granularity_of(frame.value) >= _GRANULARITY["day"]:
                    # "The levee broke on the night of Aug. 1, 1993 ... In early July, a boil
                    # opened in it": the month that ended just before the day the story is at
                    # is a look back, not the same month a year on (after a month-grained
                    # frame, "In June" after "July 2014" still moves on to 2015)
                    last = max(back, key=lambda c: c[1][0])
                    if (start - last[1][1]).days <= FLASHBACK_DAYS and (first[1][0] - end).days > SEASON_DAYS:
                        return last[0]
                return first[0]
        point = midpoint(frame.interval)
        return min(cands, key=lambda c: abs((midpoint(c[1]) - point).days))[0]

    def _by_tense(self, make: Callable[[int], str | None], dct: date) -> str | None:
        """The occurrence nearest the DCT if it is within ``TENSE_SLACK``; else the tense of the
        verb picks the most recent past or the next one ('in March', said in October: last March)."""
        cands = self._candidates(make, dct.year)
        if not cands:
            return None
        tense = self.position.tense
        closest = min(cands, key=lambda c: _distance(c[1], dct))
        near = _distance(closest[1], dct) <= TENSE_SLACK
        prep = self.position.preposition
        if self.position.bound and not near and (prep == "since" or (
            prep in ("until", "till", "through") and tense in ("present", "future", "prospective")
        )):  # "since March" always looks back; "is open until March" looks ahead of a
            # present or future verb ("was postponed until March" may go either way)
            if prep == "since":
                behind = [c for c in cands if c[1][0] <= dct]
                if behind:
                    return max(behind, key=lambda c: c[1][0])[0]
            else:
                ahead = [c for c in cands if c[1][1] >= dct]
                if ahead:
                    return min(ahead, key=lambda c: c[1][0])[0]
        if near and self.position.past and prep == "from" and closest[1][0] > dct:
            # "Traffic rose 28 percent from January through November", filed on Dec. 2: a
            # period measured in the past tense has begun, so its start is last January (a
            # bare past verb may still name a date ahead: "had been set to expire Nov. 6")
            past = [c for c in cands if c[1][0] <= dct]
            if past:
                return max(past, key=lambda c: c[1][0])[0]
        if near and closest[1][0] > dct and (prep == "since" or self.position.told_past):
            # "Prices have fallen since January", written on Dec. 28: "since" cannot name a time
            # that has not begun yet, however near it is (a past tense can: the parse hangs
            # "had been set to expire Nov. 6", "stock of record Nov. 22" from past verbs)
            behind = [c for c in cands if c[1][0] <= dct]
            if behind:
                return max(behind, key=lambda c: c[1][0])[0]
        if near and closest[1][0] > dct and self.position.subject_of_past and not self.position.bound:
            # "The storm in November killed 20", "Sales in January were weak", filed in late
            # October / December: an event or a figure the subject of a simple past names has
            # taken place, so its time has begun, however near the next one is
            behind = [c for c in cands if c[1][0] <= dct]
            if behind:
                return max(behind, key=lambda c: c[1][0])[0]
        if self.position.bound and not near and prep in ("until", "till") and self.position.lasted:
            # "He ran the firm until March", "Until March, he was the deputy minister": a state
            # or an activity that lasted until a time told in the simple past ended then, in
            # the past (a new term set by a passive or a verb of extending looks ahead instead)
            behind = [c for c in cands if c[1][1] < dct]
            if behind:
                return max(behind, key=lambda c: c[1][0])[0]
        if self.position.nominal and self.position.following in _RECORD_NOUNS and (
            not self.position.bound and (self.position.cited or tense not in ("future", "prospective"))
        ):  # "the March accord remains in force", "under a June agreement": a month naming
            # when an agreement or a document was made is behind the report (a timetabled
            # "Sunday's election" is not such a noun), also when a future clause cites it after
            # a preposition ("will keep trading under the June accord")
            behind = [c for c in cands if c[1][0] <= dct]
            if behind:
                return max(behind, key=lambda c: c[1][0])[0]
        if self.position.happened and not self.position.bound:
            # "the attack in March is the worst in a decade": the time of an unplanned event
            # named with its noun has begun, however the clause judging it is told
            begun = [c for c in cands if c[1][0] <= dct]
            if begun:
                return max(begun, key=lambda c: c[1][0])[0]
        if self.position.released and tense in ("future", "prospective") and not self.position.bound:
            # "December sales will be released next week", "will publish figures for May": the
            # figures to be made public are of a month that has begun, the latest such month
            begun = [c for c in cands if c[1][0] <= dct]
            if begun:
                return max(begun, key=lambda c: c[1][0])[0]
        if self.position.bound or (near and (tense not in ("future", "prospective") or self.position.planned)):
            # "The trial was scheduled to begin Oct. 23", written in November: a plan told in
            # the past tense may have run its course, so a date just gone by is the one meant
            return closest[0]
        if tense == "present" and (prep in ("is", "are") or self.position.placed):
            # "The general election is Nov. 7", "The summit is in December": a present copula
            # naming or placing a thing in a time states a timetable (a time gone by would take
            # "was"; one just gone by, within a month, is still read as the nearest above)
            future = [c for c in cands if c[1][1] >= dct]
            if future:
                return min(future, key=lambda c: c[1][0])[0]
        if self.position.past:
            past = [c for c in cands if c[1][0] <= dct]
            if past:
                return max(past, key=lambda c: c[1][0])[0]
        elif tense in ("future", "prospective") or (
            tense == "present" and not self.position.reporting and not self.position.nominal
            and not self.position.stative
        ):  # "Talks resume in the spring": the present of a timetable looks ahead (not a
            # state: "worth $130 million in October, they are worth half that now")
            future = [c for c in cands if c[1][1] >= dct]
            if future:
                return min(future, key=lambda c: c[1][0])[0]
        return min(cands, key=lambda c: abs((midpoint(c[1]) - dct).days))[0]

    def deictic(self, unit: str, offset: int, part: str | None = None) -> Resolved:
        """'last year', 'yesterday', 'two weeks ago': counted from the publication date."""
        if self.dct is None:
            return _X_VALUES.get(unit, "XXXX"), "dct"
        if unit == "week" and offset == 0 and self.dct.isoweekday() == 7 and (
            self.position.tense in ("future", "prospective")
            or (self.position.tense == "present" and not self.position.reporting and not self.position.stative)
        ):  # "Talks resume this week", filed on a Sunday: the working week ahead, which starts
            # the next day (the one ending that Sunday is over: "talks began this week")
            offset = 1
        moved = shift(self.dct, offset, unit)
        return (format_at(moved, unit) if moved else None), "dct"

    def clock_ago(self, unit: str, offset: int) -> Resolved:
        """'an hour ago', '20 minutes ago': in a live blog entry ('16:50 - Police say a bridge
        collapsed an hour ago'), counted back from the entry's clock on the publication day
        (15:50); elsewhere from the publication date, as before."""
        entry = self._entry_time()
        if entry is None or unit not in ("hour", "minute"):
            return self.deictic(unit, offset)
        moved = entry + (timedelta(hours=offset) if unit == "hour" else timedelta(minutes=offset))
        return moved.strftime("%Y-%m-%dT%H:%M"), "dct"

    def moments_ago(self) -> Resolved:
        """'minutes ago', 'a few minutes ago', 'moments ago': in a live blog entry, about the
        entry's clock; elsewhere a time just past (PAST_REF)."""
        entry = self._entry_time()
        return (entry.strftime("%Y-%m-%dT%H:%M") if entry else "PAST_REF"), "dct"

    def _entry_time(self) -> datetime | None:
        clocks = self.entry_clocks
        clock = clocks[self.position.paragraph] if clocks and self.position.paragraph < len(clocks) else None
        if clock is None or self.dct is None:
            return None
        return datetime(self.dct.year, self.dct.month, self.dct.day, int(clock[:2]), int(clock[3:]))

    def ago(self, unit: str, offset: int) -> Resolved:
        """'a year ago': from the DCT; in a passage about a quarter ('profit rose from $5 million
        a year ago'), the same quarter of the earlier year."""
        ref = self._narrative_or_ref()
        if unit == "year" and ref is not None and _grain_unit(ref.value) == "quarter":
            moved = shift(ref.interval[0], offset, unit)
            if moved is not None:
                return format_at(moved, "quarter"), ref.tid
        return self.deictic(unit, offset)

    def report_period(self, unit: str, back: int, year: int | None) -> Resolved:
        """The period an earnings passage reports on: the quarter last named, else the latest
        completed one; ``back`` years earlier for 'year-ago'; in ``year`` for 'the 1988 period'."""
        ref = self._narrative_or_ref()
        if ref is not None and _grain_unit(ref.value) == "quarter":
            base, anchor = ref.interval[0], ref.tid
        elif self.dct is not None:
            moved = shift(self.dct, -1, "quarter")
            base, anchor = moved or self.dct, "dct"
        else:
            return ("XXXX-QX" if unit == "quarter" else "XXXX"), "dct"
        if year is not None:
            base = base.replace(year=year) if 1 <= year <= 9999 else base
        elif back:
            base = shift(base, -back, "year") or base
        return format_at(base, unit), anchor

    def same_period(self, *, year: int | None = None, back: int = 0) -> Resolved:
        """'the same month of 1998', 'the same period last year': the period last named (at its
        own grain: a month, a quarter, a half) in the year given, or ``back`` years before it."""
        ref = self._narrative_or_ref() or self.last
        value = ref.value if ref is not None else None
        if ref is not None and value is not None and len(value) == 4 and value.isdigit() and year is None:
            # "in the first ten months of this year, up 2 percent over the same period last
            # year": a span the year holds, known only to the year
            return f"{int(value) - back:04d}", ref.tid
        if value is None or "T" in value or len(value) < 7 or not value[:4].isdigit():
            if year is not None:
                return f"{year:04d}", "absolute"
            # "Output grew over the same period last year", with no period named before it:
            # the report's own period (the latest quarter) a year back
            return self.report_period("quarter", back, None)
        target = year if year is not None else int(value[:4]) - back
        if not 1 <= target <= 9999:
            return None, ref.tid  # type: ignore[union-attr]
        return f"{target:04d}{value[4:]}", ref.tid  # type: ignore[union-attr]

    def _narrative_or_ref(self) -> Reference | None:
        ref = self.ref
        if ref is None or self.position.paragraph - ref.paragraph > 1:
            return None
        return ref

    def relative(self, unit: str, offset: int, part: str | None = None, *, keep_grain: bool = False
                 ) -> Resolved:
        """'the next day', 'a year earlier': counted from the reference time of the passage."""
        ref = self.ref
        last = self.last
        content = self.content
        if ref is not None and content is not None and content.sentence == ref.sentence and (
            _GRANULARITY.get(unit, 6) < _GRANULARITY["day"] and self.position.paragraph - content.paragraph <= 1
        ):  # "The rate fell in January, the department said Sunday. It was 8.2 percent a year
            # earlier": counted from the month the report is about, not from the report's day
            ref = content
        if ref is None and last is not None and self.position.paragraph - last.paragraph <= 1 and (
            (unit == "day" and granularity_of(last.value) >= _GRANULARITY["day"])
            or (not keep_grain and not last.near_dct and self.position.tense not in ("future", "prospective"))
        ):  # "A funeral will be held Friday. Burial will follow the next day": "the next day"
            # counts from the day just named, even across a sentence in the reporting frame;
            # "the following month", "the year before" always point back, so after "in May
            # 1987" they are 1987's even when the parse misreads the verb ("the river froze")
            ref = last
        if ref is None:
            if self.dct is None:
                return _X_VALUES.get(unit, "XXXX"), "dct"
            return self.deictic(unit, offset)
        ref_grain = granularity_of(ref.value)
        if ref_grain < _GRANULARITY.get(unit, 6):
            lo, hi = shift(ref.interval[0], offset, unit), shift(ref.interval[1], offset, unit)
            if keep_grain or (offset and (lo is None or hi is None or lo.year != hi.year)):
                # "A week earlier" than "May 1994" stays XXXX-WXX (the table in
                # test_timex_table.py); "the following week" keeps the year it cannot leave
                return _X_VALUES.get(unit, "XXXX"), ref.tid
            return _partial(ref, unit), ref.tid
        moved = shift(ref.interval[0], offset, unit)
        if moved is None:
            return None, ref.tid
        # "a year earlier" after "the third quarter" is that quarter a year before: keep the
        # reference's own grain when it is finer than the unit counted.
        finer = ref_grain > _GRANULARITY.get(unit, 6)
        grain = _grain_unit(ref.value) if keep_grain and finer else unit
        if keep_grain and finer and unit in ("decade", "century") and ref_grain > _GRANULARITY["year"]:
            # "A decade earlier" than May 5, 1990: the year ten years back (1980), as after
            # "in 1990"; no day or month is counted across ten years
            grain = "year"
        return format_at(moved, grain) or format_at(moved, unit), ref.tid

    def previous(self, unit: str | None = None, *, reach: bool = False) -> Resolved:
        """'at the time', 'that year', 'the same day': the time of the previous expression.
        'Until then' after a present-tense sentence ("The offer expires Nov. 30.") still
        points back at its date: a bare anaphor reaches over the reporting frame."""
        ref = self.ref
        content = self.content
        if ref is not None and content is not None and content.sentence == ref.sentence != self.sentence and (
            unit is not None
        ) and (
            _GRANULARITY.get(unit, 6) < _GRANULARITY["day"] and self.position.paragraph - content.paragraph <= 1
        ):  # "... last year, customs said today. In the first half of the year": the year the
            # report was about, not the report's day
            ref = content
        if ref is None and (unit is None or reach) and self.last is not None and (
            self.position.paragraph - self.last.paragraph <= 1
        ):  # "The treaty was signed in 1992. That year, troops left": "that" points back
            # even over a sentence the parse read as present
            ref = self.last
        if ref is not None and unit is not None and self.dct is not None and (
            self.position.tense in ("future", "prospective") and ref.sentence != self.sentence
            and ref.interval[1] < self.dct
        ):  # "She has raised $3 million since January. She said she would decide by the end
            # of the month": a future looks ahead of the report, so "the month" is the current one
            ref = None
        if ref is not None and unit == "day" and self.dct is not None and self.position.tense == "past" and (
            ref.sentence != self.sentence and ref.interval[0] > self.dct
        ):  # "Lawmakers will return June 22. Earlier in the day, the House passed a bill": a
            # past event's day is the last day told in the past, not the one still ahead
            ref = self._last_past_day()
        if ref is None:
            if unit is None:
                return "PAST_REF", "dct"
            return self.deictic(unit, 0)
        if unit is None:
            return ref.value, ref.tid
        if granularity_of(ref.value) < _GRANULARITY.get(unit, 6):
            return _partial(ref, unit), ref.tid
        return format_at(ref.interval[0], unit), ref.tid

    def _last_past_day(self) -> Reference | None:
        """The day most recently named that is not after the publication date."""
        past = [r for r in self.days.values() if self.dct is not None and r.interval[1] <= self.dct]
        return max(past, key=lambda r: int(r.tid[1:]) if r.tid[1:].isdigit() else -1, default=None)

    def end_of(self, unit: str) -> Resolved:
        """'the end of the month', 'year-end': the period of the passage, else the current one;
        but a past tense or "since" cannot reach an end still ahead, so early in a period
        ("Prices fell at the end of the month", filed on Jan. 5; "down 8% since year-end",
        filed in November) it is the end of the period before."""
        value, how = self.previous(unit)
        dct = self.dct
        if how != "dct" or dct is None or value is None:
            return value, how
        interval = interval_of(value)
        # "since" needs the end behind the report; a past tense may report it from late on
        share = 0.9 if self.position.preposition == "since" else 2 / 3 if self.position.past else 0.0
        if interval is not None and dct < interval[0] + (interval[1] - interval[0]) * share:
            moved = shift(dct, -1, unit)
            return (format_at(moved, unit) if moved else value), how
        return value, how

    def weekday(self, weekday: int, rel: str | None, part: str | None = None) -> Resolved:
        """'Wednesday': the nearest such day of the publication week, direction by tense."""
        base, anchor = self.dct, "dct"
        ref = self._narrative()
        day_ref = self._narrative_or_ref()
        if rel in ("the following", "the next", "the previous", "the preceding") and day_ref is not None and (
            granularity_of(day_ref.value) >= _GRANULARITY["day"]
        ):  # "the following Monday", "the previous Friday": counted from the day the passage
            # is about, not from the publication date
            at = day_ref.interval[0]
            if rel.endswith(("following", "next")):
                day = at + timedelta(days=(weekday - at.isoweekday()) % 7 or 7)
            else:
                day = at - timedelta(days=(at.isoweekday() - weekday) % 7 or 7)
            return day.isoformat() + (f"T{part}" if part else ""), day_ref.tid
        if not rel and ref is not None and not ref.near_dct and ref.interval[0] == ref.interval[1] and (
            not self._days_named_near_dct()
        ):  # "On May 3, 2009 ... On Friday": the Friday nearest the day the story is about
            # (unless the story already named days of the report's own week by their names:
            # "The Lords ruled Wednesday ... He was arrested on Oct. 16, 1998 ... On Tuesday,
            # his lawyers ...": its weekdays are that week's)
            offset = (weekday - ref.interval[0].isoweekday() + 3) % 7 - 3
            day = ref.interval[0] + timedelta(days=offset)
            return day.isoformat() + (f"T{part}" if part else ""), ref.tid
        if base is None:
            return "XXXX-WXX-" + str(weekday) + (f"T{part}" if part else ""), "dct"
        back = (base.isoweekday() - weekday) % 7
        ahead = (weekday - base.isoweekday()) % 7
        words = (rel or "").split()
        if words == ["last"] and back and back < base.isoweekday():
            # "last Friday" written on a Saturday: a day already passed this week goes by its
            # bare name ("Friday"), so "last" reaches into the week before, as "next" reaches
            # into the week after (TimeML: the Friday of the previous week)
            day = base - timedelta(days=back + 7)
        elif words and words[-1] in ("last", "past", "previous"):
            day = base - timedelta(days=back or 7)
        elif words == ["next"] and ahead and base.isoweekday() + ahead <= 7:
            # "next Tuesday" written on a Monday: wire style names a day within the week by
            # its name alone ("Tuesday"), so "next" reaches into the following week
            day = base + timedelta(days=ahead + 7)
        elif words and words[-1] in ("next", "coming", "following"):
            day = base + timedelta(days=ahead or 7)
        elif rel == "this" and ahead and back and self.position.tense in ("future", "prospective"):
            # "The council will vote this Tuesday" written on a Wednesday: a future "this" day
            # is the coming one, as "this" names the next such day in speech; "met this Monday"
            # (told in the past) stays the day of the publication week
            day = base + timedelta(days=ahead)
        elif rel == "this":
            day = base + timedelta(days=weekday - base.isoweekday())
        elif self.position.bound and self.position.preposition in ("until", "till") and ahead and (
            self.position.grants_term and self.position.tense != "pluperfect"
        ):  # a term granted or extended up to a weekday ("gave them until Friday to reply", "the
            # curfew was extended until Friday") runs ahead of the report, as the month rule
            # reads "until March"; a state that lasted ("stayed in hospital until Monday") is over
            day = base + timedelta(days=ahead)
        elif self.position.preposition == "since":
            # "the first time since Sunday that the border has been open": "since" names the
            # start of a stretch that reaches the report, a day gone by whatever the tense
            day = base - timedelta(days=back)
        elif self.position.awaited and ahead and self.position.tense != "pluperfect":
            # "Tension rose ahead of Sunday's vote", "in the run-up to Friday's summit": what a
            # clause is ahead of has not happened yet, so a past verb tells of the days before
            # the coming one (the days before one gone by would be told in the pluperfect)
            day = base + timedelta(days=ahead)
        elif self.position.rescheduled and ahead:
            # "The vote was postponed until Monday", "pushing the launch to Thursday": the new
            # date of a postponement lies ahead of the report whatever the tense of the verb
            day = base + timedelta(days=ahead)
        elif self.position.planned and not words and back == 1 and self.position.tense == "prospective":
            # "The ministers were to meet Tuesday", "talks were scheduled to resume Tuesday",
            # filed on a Wednesday: a plan told in the past for the day before the report is
            # that day's (the report tells what was planned for it), not a week ahead
            day = base - timedelta(days=back)
        elif not self.position.nominal and not self.position.happened and (
            self.position.tense in ("future", "prospective")
            or (self.position.tense == "present" and not self.position.reporting)
        ):  # "begins a visit on Monday": the present of a timetable looks ahead; so does
            # reported future ("said the vote would be held Friday", said on the eve). A day
            # naming what happened ("will weigh in on Thursday's fight", "Friday's losses")
            # is behind us whatever the tense (a timetabled "Sunday's election" is not nominal)
            day = base + timedelta(days=ahead)
        else:
            day = base - timedelta(days=back)
        value = day.isoformat() + (f"T{part}" if part else "")
        return value, anchor

    def _days_named_near_dct(self) -> bool:
        """Whether the story already named a day of the week around the report."""
        dct = self.dct
        return dct is not None and any(abs((day - dct).days) <= 7 for day in self.days)

    def weekend(self) -> Resolved:
        """'the weekend', 'this weekend': the last one in past-tense prose, else the next."""
        if self.dct is None:
            return "XXXX-WXX-WE", "dct"
        if self.position.past and not self.position.awaited:  # (not "ahead of the weekend")
            saturday = self.dct - timedelta(days=(self.dct.isoweekday() - 6) % 7)
        else:
            saturday = self.dct + timedelta(days=(6 - self.dct.isoweekday()) % 7)
        return format_at(saturday, "weekend"), "dct"

    def looks_back(self) -> bool:
        """Whether the expression being resolved sits in past-tense prose (not the new date
        of a verb of rescheduling: "was postponed until the 25th" looks ahead)."""
        return self.position.past and not self.position.rescheduled

    def looks_ahead(self) -> bool:
        """Whether the expression being resolved sits in future or prospective prose ("will
        be held", "is to meet"), or is the new date of a verb of rescheduling."""
        return self.position.tense in ("future", "prospective") or self.position.rescheduled

    def in_the_present(self) -> bool:
        """Whether the expression being resolved hangs on a verb in the simple present ("The
        vote is on the 14th", "Fares rise from the 1st")."""
        return self.position.tense == "present"

    def scheduled(self, resolve: Callable[[DocumentAnchor], Resolved]) -> Resolved:
        """'Sentencing was set for Jan. 21', 'reset it for 3:27 a.m. Wednesday': a time a thing
        is set for is read as the new date of a postponement is, ahead of the report, whatever
        the tense of the verb (the past tense tells when it was set, not when it happens)."""
        saved = self.position
        self.position = replace(saved, tense="future", rescheduled=True, reporting=False)
        try:
            return resolve(self)
        finally:
            self.position = saved

    def event_day(self, unit: str = "day") -> Resolved:
        """'It is the eighth day of the strike', 'the war is in its fifth year': in the present
        tense, the day (year) of the report; 'on the third day of the siege' in a past
        narrative is a day we cannot date."""
        if self.position.tense == "present":
            return self.deictic(unit, 0)
        return _X_VALUES.get(unit, "XXXX-XX-XX"), "dct"

    def anniversary(self, unit: str, offset: int) -> Resolved:
        """'Three years to the day after the coup' after "The army seized power on March 3,
        2019.": the single day the passage told in an earlier sentence, counted on (2022-03-03).
        No value when there is none, or when the day counted lands after the report in a
        sentence not about the future ("On Friday, Amadi quit. It was two years to the day
        after he took office": Friday is the anniversary, not the day counted from)."""
        ref = self.ref
        if ref is None and self.last is not None and self.position.paragraph - self.last.paragraph <= 1:
            ref = self.last
        if ref is None or ref.sentence >= self.sentence or ref.interval[0] != ref.interval[1] or (
            granularity_of(ref.value) != _GRANULARITY["day"] or self.position.paragraph - ref.paragraph > 1
        ):
            return None, "dct"
        moved = shift(ref.interval[0], offset, unit)
        if moved is None or (
            self.dct is not None and moved > self.dct and self.position.tense not in ("future", "prospective")
        ):
            return None, "dct"
        return moved.isoformat(), ref.tid

    def current_day(self) -> Resolved:
        """The day the passage is about, for a clock time with no day of its own ("The blast
        came at 10:40 a.m." after "on Friday"): a day-grained reference time of this or the
        previous paragraph, else the publication date."""
        ref = self._narrative_or_ref()
        if ref is not None and granularity_of(ref.value) >= _GRANULARITY["day"] and (
            ref.interval[0] == ref.interval[1]
        ) and not (self.position.past and self.dct is not None and ref.interval[0] > self.dct):
            # (a forecast's "by Wednesday night", then "At 5 a.m., the center was 400 miles
            # out": a past tense cannot fall on a day still ahead of the report)
            return ref.interval[0].isoformat(), ref.tid
        return self.deictic("day", 0)

    def day_of_clock(self, clock: str) -> Resolved:
        """The day of a clock time with no day of its own ("the blast came at 11 p.m."): the day
        the passage is about; on the publication day, a time of day the story has not reached
        yet is the day before in past-tense copy ("fire broke out at 11 p.m.", filed at 7
        a.m.), and one already gone is the next day in future-tense copy ("polls open at 7
        a.m.", filed at 6 p.m.). The margin allows for a dateline in another time zone."""
        day = self.current_day()
        part = self._part_of_day(clock)
        if part is not None and part[0] != day[0] and self.dct is not None and day[0] == self.dct.isoformat():
            return part
        if (coming := self._day_ahead(day)) is not None:
            return coming
        published = self.published_time
        if published is None and (eve := self._evening_before(day, clock)) is not None:
            return eve
        if published is None or day[1] != "dct" or clock == "24:00" or day[0] != self.dct.isoformat():  # type: ignore[union-attr]
            return day
        minutes = int(clock[:2]) * 60 + int(clock[3:5])
        now = published.hour * 60 + published.minute
        if self.position.past and minutes > now + CLOCK_MARGIN:
            return self.deictic("day", -1)
        if self.position.tense in ("future", "prospective") and minutes < now - CLOCK_MARGIN:
            return self.deictic("day", 1)
        return day

    def _day_ahead(self, day: Resolved) -> Resolved | None:
        """'Discovery will lift off early Friday, NASA said today. Launch is set for 4:52 a.m.':
        a clock time still to come with no day, in a passage whose reference is the report's
        own day, is on the day ahead the passage named last (not the day of the report)."""
        dct = self.dct
        if dct is None or day[0] != dct.isoformat() or self.position.tense not in ("future", "prospective"):
            return None
        ahead = [
            ref for ref in self.days.values()
            if ref.interval[0] > dct and self.position.paragraph - ref.paragraph <= FRAME_PARAGRAPHS
        ]
        if not ahead:
            return None
        named = max(ahead, key=lambda ref: ref.sentence)
        return named.interval[0].isoformat(), named.tid

    def _evening_before(self, day: Resolved, clock: str) -> Resolved | None:
        """'The council approved the budget late Tuesday ... voting at 11:40 p.m.', filed on
        Wednesday with no clock of its own: an evening time in past-tense copy that would fall on
        the publication day is the evening of the day before when the story has named that day
        (copy is filed the morning after; a past evening on the day of filing is rare)."""
        dct = self.dct
        if dct is None or day != (dct.isoformat(), "dct") or not self.position.past or clock == "24:00":
            return None
        if int(clock[:2]) < EVENING_HOUR:
            return None
        named = self.days.get(dct - timedelta(days=1))
        return (named.interval[0].isoformat(), named.tid) if named is not None else None

    def _part_of_day(self, clock: str) -> Resolved | None:
        """The day of a clock time that falls in a part of a day named just before: a lede's
        "Tuesday night", then "the blast came at 10:15 p.m." (not the publication day the
        report was made on, "officials said Wednesday")."""
        if self.position.tense in ("future", "prospective") or clock == "24:00":
            return None
        for named in reversed(self.parts):
            if self.position.paragraph - named.paragraph > FRAME_PARAGRAPHS:
                return None
            low, high = _PART_HOURS[named.value[11:]]
            if low <= int(clock[:2]) < high:
                return named.interval[0].isoformat(), named.tid
        return None

    def deictic_part(self, offset: int, part: str) -> Resolved:
        """'tonight', 'this evening', 'this morning': that part of the day counted from the
        DCT. Filed in the small hours, a past-tense "tonight" ("the Senate voted tonight",
        sent at 1 a.m.) is the night that has just ended, which began the day before."""
        day, anchor = self.deictic("day", offset)
        published = self.published_time
        if offset == 0 and part in ("EV", "NI") and published is not None and published.hour < 5 and (
            self.position.past
        ):
            day, anchor = self.deictic("day", -1)
        return (day + "T" + part if day else None), anchor

    def universal_day(self, clock: str) -> Resolved | None:
        """The day of a GMT/UTC clock time with no day of its own, from a publication time with
        a UTC offset: the UTC date of publication, the day before for a past event later in
        the day than the moment of publication, the day after for a future one earlier."""
        published = self.published_time
        if published is None or published.tzinfo is None or clock == "24:00":
            return None
        utc = published.astimezone(UTC)
        day = utc.date()
        wanted = time(int(clock[:2]), int(clock[3:5]))
        if self.position.past and wanted > utc.time():
            day -= timedelta(days=1)
        elif self.position.tense in ("future", "prospective") and wanted < utc.time():
            day += timedelta(days=1)
        return day.isoformat(), "dct"

    def attach_time(self, day: Resolved, clock: str) -> Resolved:
        value, anchor = day
        if not value or len(value) < 10 or "X" in value[:10]:
            return "XXXX-XX-XXT" + clock, anchor
        return value[:10] + "T" + clock, anchor


def _partial(ref: Reference, unit: str) -> str:
    """A ``unit`` inside a coarser reference keeps what the reference knows: "That week", after
    "in March 1991", is ``1991-WXX`` (TimeBank writes "1989-WXX" for a week it cannot number);
    "that day" after "in March 1991" is ``1991-03-XX``. A decade or century gives no year."""
    blank = _X_VALUES.get(unit, "XXXX")
    if granularity_of(ref.value) < _GRANULARITY["year"] or not blank.startswith("XXXX") or unit == "year":
        return blank
    year = ref.value[:4]
    if not year.isdigit():
        return blank
    if _grain_unit(ref.value) == "month" and blank.startswith("XXXX-XX-"):
        return ref.value[:7] + blank[7:]
    return year + blank[4:]


def _unknown_year(make: Callable[[int], str | None]) -> str | None:
    """'May 28' with no date to go on: 'XXXX-05-28'. Year 2000 is a leap year, so Feb 29 holds."""
    value = make(2000)
    return "XXXX" + value[4:] if value else None
