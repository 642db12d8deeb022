"""spaCy component ``dateline_timex``: finds, types and normalises time expressions (TIMEX3).

The grammar (:mod:`dateline.nlp.timex_grammar`) runs as compiled regexes over the whole text;
the parse is consulted only per expression (the tense of its governing verb) and per sentence
(whether it has a past-tense verb), so the stage stays cheap next to the parse itself.
Anchoring (:mod:`dateline.nlp.timex_anchor`) walks the expressions in text order and keeps
the narrative reference time. Results go to ``doc._.timexes`` as
:class:`dateline.records.TimeExpression` records.
"""

from __future__ import annotations

import bisect
import logging
import re
from datetime import date, datetime, timedelta

import numpy as np
from spacy.language import Language
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokens import Doc, Span, Token

from dateline.nlp.attribution_index import DocIndex, doc_index, indexed
from dateline.nlp.extensions import register_extensions
from dateline.nlp.live_blog import entry_clocks
from dateline.nlp.timex_anchor import DocumentAnchor, Position
from dateline.nlp.timex_calendar import interval_of
from dateline.nlp.timex_dateline import dateline_date, dateline_local_time
from dateline.nlp.timex_grammar import TRIGGER_WORDS, Candidate, find_candidates
from dateline.records import TimeExpression

log = logging.getLogger(__name__)

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_SENTENCE_FALLBACK = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“A-Z(])|\n")
_BOUND_BEFORE = re.compile(
    r"\b(?:since|until|till|through|by|from|before|after|to|between|and)\s+(?:the\s+)?$"
    # "the 1998-99 season", "Sept. 14-15": the end of a written range bounds the start's
    # time, it does not move the story to the later year
    r"|\d\s*[-–/]\s*$",
    re.I,
)
_RANGE_BEFORE = re.compile(
    r"\b(?:until|till|through|to|effective|payable|starting|beginning|before)\s+(?:the\s+)?$",
    re.I,
)
_AWAITED_BEFORE = re.compile(
    r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|in\s+advance\s+of|in\s+preparation\s+for|await(?:s|ed|ing)?"
    r"|(?:brac|prepar)(?:e|es|ed|ing)\s+for|look(?:s|ed|ing)?\s+(?:ahead|forward)\s+to)\s+(?:the\s+|this\s+)?$",
    re.I,
)
"""Words before an event still awaited ("ahead of Sunday's vote", "in the run-up to the weekend",
"investors await Friday's jobs report", "braced for Sunday's vote")."""
_FRAME_OPENER = re.compile(
    r"^[\s\"“(—-]*(?:(?:in|on|at|by|during|early|late|earlier|later|from|until|since)\s+)?$",
    re.IGNORECASE,
)
_NUMBER_TRIGGERS = re.compile(
    # the lookahead names every branch's first character (a digit, an apostrophe, "Q", "H" or "t"), so
    # the scan skips most positions with one test instead of trying seven branches there
    r"(?=[\d'’QHt])(?:(?P<clock>\d\s*[ap]\.?m\b|\d:\d\d|\d{4}\s*(?:GMT|UTC|local|hours|hrs)|\d\.\d\d\s*(?:GMT|UTC|local)"
    r"|(?<=\b[Aa]t\s)(?:1[0-2]|[1-9]),?\s+(?:on\s|[A-Z]))"
    r"|(?P<year4>(?<![\d,.])(?:1\d|20)\d\d(?!\d))|(?P<decade>\d0['’]?s\b)|(?P<year2>(?<![\w'’])['’]\d\d\b)"
    r"|(?P<numdate>\d[/-]\d)|(?P<qnum>\b(?:Q[1-4]|H[12]|[12]H)\b)|(?P<ordday>\bthe\s+\d{1,2}(?:st|nd|rd|th)\b))"
)
_CATEGORIES_OF: dict[int, tuple[str, ...]] = {}
for _cat, _words in TRIGGER_WORDS.items():
    for _word in _words:
        _CATEGORIES_OF[hash_string(_word)] = (*_CATEGORIES_OF.get(hash_string(_word), ()), _cat)
_ALL_TRIGGER_HASHES = np.array(sorted(_CATEGORIES_OF), dtype=np.uint64)
_TRIGGER_HASH_SET = frozenset(_CATEGORIES_OF)
"""Lower-cased trigger word hash → the rule categories it opens windows for."""
_TIME_NOUNS = frozenset(
    {"year", "years", "season", "quarter", "budget", "elections", "election", "census",
     "campaign", "games", "olympics", "cup", "world", "model", "class", "vintage", "session",
     # "the company's 1989 operating results", "1990 earnings": the figures of a year
     "results", "earnings", "sales", "profits", "revenues", "figures", "losses", "dividends",
     "estimates", "forecasts", "targets", "levels", "prices", "rates", "returns", "totals"}
)  # fmt: skip
_EVENT_NOUNS = frozenset(
    {"bombings", "attacks", "talks", "riots", "protests", "floods", "killings", "hearings",
     "negotiations", "accords", "agreements", "sanctions", "reforms", "uprisings", "tests",
     "polls", "strikes", "massacres", "purges", "crackdowns", "demonstrations", "clashes", "raids",
     "blasts", "explosions", "earthquakes", "storms", "hurricanes", "celebrations", "games",
     "championships", "finals", "playoffs", "wars", "elections", "summits", "visits", "meetings",
     "discussions", "treaties", "changes", "cuts", "hikes", "increases", "layoffs", "arrests",
     "trials", "shootings", "coups", "invasions", "airstrikes", "fires", "deaths"}
)  # fmt: skip
_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "this", "those", "these"})
_DATE_WORDS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
     "sept", "oct", "nov", "dec", "fiscal", "fy", "spring", "summer", "fall", "autumn", "winter"}
)  # fmt: skip
_NUMBERED_THINGS = frozenset(
    ["room", "flight", "route", "highway", "interstate", "number", "no", "bus", "article", "section", "chapter", "page", "gate", "apartment", "suite", "unit", "building", "platform", "line", "channel", "station", "model", "resolution", "act", "bill", "item", "box", "lot", "pier", "terminal", "ward", "precinct", "district", "exit", "hall"]
)
_REPORTING_VERBS = frozenset(
    ["say", "says", "said", "tell", "tells", "told", "announce", "announces", "announced", "report", "reports", "reported", "confirm", "confirms", "confirmed", "deny", "denies", "denied", "state", "states", "stated", "add", "adds", "added", "warn", "warns", "warned", "disclose", "disclosed", "acknowledge", "acknowledged", "admit", "admitted", "reveal", "revealed", "testify", "testified", "write", "wrote", "declare", "declared", "insist", "insisted", "explain", "explained"]
)
_SCHEDULING_VERBS = frozenset(
    {"schedule", "expect", "set", "plan", "slate", "due", "intend", "aim", "prepare", "hope", "vow",
     "promise", "pledge", "agree", "decide", "threaten"}
)  # fmt: skip
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "going"})
_MODAL_AUX = frozenset({"may", "might", "could", "can", "should", "must", "ca"})
_PAST_AUX = frozenset({"did", "had", "was", "were", "'d"})
_PERFECT_AUX = frozenset({"has", "have", "'ve", "'s"})
_PRESENT_FORMS = frozenset({"are", "am", "'re", "'m", "is", "'s", "have", "'ve", "do"})
_PRESENT_AUX = frozenset({"is", "are", "am", "'re", "'m", "does", "do"})
_STATIVE = frozenset({"be", "have", "remain", "seem", "stay", "own", "hold", "know", "cost", "worth"})


def tag_timexes(
    doc: Doc, *, published: date | datetime | None, doc_id: str, published_time: datetime | None = None
) -> list[TimeExpression]:
    """Every time expression in ``doc``, normalised and anchored, in text order.

    ``published`` is the publication date (the DCT); a ``datetime`` there, or
    ``published_time``, also gives the clock of publication (with its UTC offset when known),
    which places clock times without a day ("at 11 p.m.", "at 0300 GMT") on the right day.
    """
    if isinstance(published, datetime):
        published_time = published_time or published
        published = published.date()
    # the token tables the entities component read from this parse (built if absent): the
    # text without re-joining the tokens, the parse as lists instead of a Token per look-up
    with indexed(doc) as tables:
        return _tag(doc, tables, published, published_time, doc_id)


def _tag(
    doc: Doc, tables: DocIndex, published: date | None, published_time: datetime | None, doc_id: str
) -> list[TimeExpression]:
    text = tables.text
    local = dateline_local_time(text, published_time)
    if local is not None:  # "TOKYO (AP) _": its "today" is the date on Tokyo's clock
        published, published_time = local.date(), local
    if published is None and published_time is not None:
        published = published_time.date()
    written = dateline_date(text, published)
    if written is not None and written != published:  # "BEIJING, March 16 (Xinhua) --"
        published, published_time = written, None
    view = _DocView(doc, tables)
    candidates = find_candidates(
        text, triggers=trigger_positions(doc, view, text=text), accept=lambda c: _plausible(view, c)
    )
    if not candidates:
        return []
    paragraph_starts = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
    sentences = _sentence_frames(view)
    present = _paragraphs_in_the_present(view, text, candidates, paragraph_starts)
    anchor = DocumentAnchor(published, published_time=published_time)
    anchor.entry_clocks = entry_clocks(text, paragraph_starts)  # "16:50 - ... an hour ago"
    timexes: list[TimeExpression] = []
    sentence_index = -1
    for cand in candidates:
        para = bisect.bisect_right(paragraph_starts, cand.start) - 1
        current = bisect.bisect_right(sentences.starts, cand.start) - 1
        while sentence_index < current:
            sentence_index += 1
            sent_para = bisect.bisect_right(paragraph_starts, sentences.starts[sentence_index]) - 1
            anchor.position.paragraph = sent_para
            anchor.enter_sentence(paragraph=sent_para, reporting_frame=not sentences.past[sentence_index])
        opener = text[paragraph_starts[para] : cand.start]
        verb = _governing_verb_at(view, cand.start, cand.end) if view.parsed else None
        tense = _verb_tense(verb) if verb is not None else None
        if verb is None and view.parsed and _present_verb_read_as_noun(view, cand.start, cand.end):
            tense = "present"  # "The Games end Sunday" with "end" tagged a noun: a timetable
        if tense == "prospective" and verb is not None and cand.end <= verb.idx and not (
            view.parsed and _in_the_subject(view, cand, verb)
        ) and not _fronted_before_a_modal_root(verb, cand.start):
            # "said on Wednesday it would raise wages": a time before the reported clause's
            # verb is usually the report's own (a parser's misattachment), so it is past
            tense = "past"
        if tense == "future" and verb is not None and cand.end <= verb.idx and _right_after_a_past_saying(text, cand.start):
            tense = "past"  # "The company said Monday it will cut jobs": the day of the saying
        if tense == "present" and verb is not None and _present_inside_a_past_event(verb):
            tense = "past"
        if verb is not None and tense == "past" and _bound_of_a_present_state(text, cand.start, verb):
            tense = "future"
        if verb is not None and tense == "past" and _after_a_planned_infinitive(verb, cand.start):
            tense = "prospective"
        if verb is not None and tense == "past" and _word_before(text, cand.start) in (
            "by", "before", "until", "till"
        ) and _directed(verb):  # "ordered all foreigners to leave by Friday", "asked residents
            # to stay indoors until Friday": the deadline or the end a directive sets is ahead
            tense = "prospective"  # of it ("were told to leave Tuesday" may tell when they were told)
        if verb is not None and _word_before(text, cand.start) == "by" and _modal_perfect_of_a_deadline(verb):
            tense = "future"  # "By Friday, 40 people may have died": the deadline is ahead
        if verb is not None and tense == "present" and _due(verb):
            tense = "future"  # "Elections are due in December": a timetable, ahead of the report
        if tense in (None, "present") and _DUE_BEFORE.search(text, max(0, cand.start - 12), cand.start):
            tense = "future"  # "The jobs report due Friday is expected to show": when it is due
        anchor.position = Position(
            paragraph=para,
            tense=tense,
            reporting=verb is not None and verb.lower_ in _REPORTING_VERBS and not (
                tense == "present" and _reports_a_thing(verb)
            ),
            opens_paragraph=bool(_FRAME_OPENER.match(opener)),
            stative=verb is not None and verb.lemma_.lower() in _STATIVE,
            bound=bool(_RANGE_BEFORE.search(text, max(0, cand.start - 16), cand.start)),
            preposition=_word_before(text, cand.start),
            nominal=view.parsed and _nominal(view, cand.start, cand.end)
            and not _scheduled_event(view, cand.start, cand.end),
            rescheduled=verb is not None and _new_date_of_a_postponement(text, cand.start, verb),
            following=_word_after(text, cand.end),
            planned=verb is not None and tense == "prospective" and _planned_in_the_past(verb),
            lasted=verb is not None and tense == "past" and _lasted_in_the_past(verb),
            grants_term=verb is not None and verb.lemma_.lower() in _TERM_GRANTING_VERBS,
            cited=view.parsed and _in_a_cited_noun(view, cand.start, cand.end),
            in_present=present.get(para),
            happened=view.parsed and (
                _day_of_an_unplanned_event(view, cand.start, cand.end) or _day_of_a_source(view, cand.start, cand.end)
            ) or (verb is not None and tense == "present" and (
                _followed_in_the_news_present(text, cand.start, verb)
                or (view.parsed and _right_after_an_unplanned_event(view, cand.start))
                or (view.parsed and _judged_as_an_outcome(verb) and _in_the_subject(view, cand, verb))
            )),
            released=verb is not None and verb.lemma_.lower() in _RELEASE_VERBS and (
                (view.parsed and _nominal(view, cand.start, cand.end))
                or _word_before(text, cand.start) in ("for", "of")
            ),
            awaited=bool(_AWAITED_BEFORE.search(text, max(0, cand.start - 32), cand.start)),
            placed=bool(_COPULA_IN_BEFORE.search(text, max(0, cand.start - 12), cand.start)),
            subject_of_past=verb is not None and tense == "past" and _active_simple_past(verb)
            and view.parsed and _in_the_subject(view, cand, verb),
            told_past=verb is not None and (
                (tense == "past" and _on_a_simple_past(view, cand, verb))
                or (tense in ("past", "pluperfect") and _told_in_the_past(view, cand, verb))
            ),
        )
        resolved = _resolve(cand, anchor, doc_id=doc_id, tid=f"t{len(timexes) + 1}")
        if resolved is not None:
            timex, point = resolved
            if timex.type == "DATE" and _LAST_DECADE.fullmatch(timex.text) and (
                (verb is not None and _auxiliaries(verb) & _PERFECT_AUX and verb.tag_ == "VBN"
                 and not timex.text.lower().endswith("year"))  # (news names the year up to now)
                or _word_before(text, cand.start) == "for"  # "jailed for the past year": a span
            ):  # "Crime has fallen in the last decade", "Prices have risen this past week": a
                # present perfect measures the span up to now, a DURATION as "the past decade" is
                unit = {"decade": "E", "century": "C", "year": "Y", "week": "W", "month": "M"}[timex.text.lower().split()[-1]]
                timex = timex.model_copy(update={
                    "type": "DURATION", "value": f"P1{unit}", "mod": None, "anchor": "duration",
                    "earliest": None, "latest": None,
                })  # fmt: skip
            timexes.append(timex)
            if _is_baseline(text, cand.start, timex.text):
                continue  # "up from $5 million a year ago": a comparison, not the story's time
            if _closes_a_period(text, cand.start):
                continue  # "the quarter, which ended Sept. 26": the period stays the reference
            bound = bool(_BOUND_BEFORE.search(text, max(0, cand.start - 12), cand.start)) or (
                _in_parentheses(text, cand.start, cand.end)
            ) or (
                view.parsed and _premodifier(view, cand.start, cand.end)
            ) or (verb is not None and _in_relative_clause(verb))
            # "a program approved in 1987": a date inside a clause describing a noun dates
            # that noun, it does not open a narrative frame
            if point is not None:  # "two days later": the date reached is the new reference
                anchor.record(point, timex.tid, "DATE", how=timex.anchor, bound=bound)
            else:
                anchor.record(timex.value, timex.tid, timex.type, how=timex.anchor, bound=bound)
    return _range_end_after_start(text, _after_clause_before_main(text, timexes, sentences.starts))


_AFTER_OPENER = re.compile(r"\s*(?:After|Following)\b[^,;]*$")
_AFTER_BETWEEN = re.compile(r"(?:,\s+|\s)(?:after|following)\b[^,;]*$")
# (also without a comma: "Talks are to resume Friday after breaking off Monday")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_MONTH_VALUE = re.compile(r"\d{4}-\d\d")
_MONTH_ALONE = re.compile(
    r"(?:in\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)


_RANGE_LINK = re.compile(r"\s*(?:to|through|thru|until|till|and|-|–)\s*")


def _range_end_after_start(text: str, timexes: list[TimeExpression]) -> list[TimeExpression]:
    """'from Monday to Friday', 'between Tuesday and Thursday': the weekday ending a range is
    the first one after its start, whichever week the tense put the start in."""
    out = list(timexes)
    for i in range(1, len(out)):
        start, end = out[i - 1], out[i]
        if start.earliest is None or end.earliest is None or end.anchor != "dct" or end.earliest > start.earliest:
            continue
        if not (_WEEKDAY_ALONE.fullmatch(text, start.start, start.end) and _WEEKDAY_ALONE.fullmatch(
            text, end.start, end.end
        )) or not (_DAY_VALUE.fullmatch(start.value or "") and _DAY_VALUE.fullmatch(end.value or "")):
            continue
        if not _RANGE_LINK.fullmatch(text, start.end, end.start):
            continue
        opener = text[max(0, start.start - 9) : start.start].lower()
        if not (opener.endswith(("from ", "between ")) or text[start.end : end.start].strip() in ("-", "–", "through")):
            continue
        day = end.earliest + timedelta(days=7 * ((start.earliest - end.earliest).days // 7 + 1))
        out[i] = end.model_copy(update={"value": day.isoformat(), "earliest": day, "latest": day})
    return out


def _after_clause_before_main(text: str, timexes: list[TimeExpression], starts: list[int]) -> list[TimeExpression]:
    """'After meeting Monday, the leaders will travel to Geneva on Friday', 'Talks will resume
    in March, after a break in January': what an "after" adjunct names comes before the time
    of the clause it hangs on, so a bare weekday or month there that the tense put later than
    that time is the one of the week or the year before."""
    out = list(timexes)
    for i, early in enumerate(out):
        if early.anchor != "dct" or early.earliest is None or early.type != "DATE":
            continue
        if _WEEKDAY_ALONE.fullmatch(text, early.start, early.end) and _DAY_VALUE.fullmatch(early.value or ""):
            shape, back = _DAY_VALUE, timedelta(days=7)
        elif _MONTH_ALONE.fullmatch(text, early.start, early.end) and _MONTH_VALUE.fullmatch(early.value or ""):
            shape, back = _MONTH_VALUE, None
        else:
            continue
        n = bisect.bisect_right(starts, early.start)
        sentence_start = starts[n - 1] if n else 0
        sentence_end = starts[n] if n < len(starts) else len(text)
        comma = text.find(",", early.end, sentence_end)
        if _AFTER_OPENER.match(text[sentence_start : early.start]) and comma != -1:
            # the adjunct opens the sentence: the clause's time follows its comma
            main = next((t for t in out[i + 1 :] if comma < t.start < sentence_end), None)
        else:
            # the adjunct follows the clause's time: ", after a break in January"
            main = next((t for t in reversed(out[:i]) if sentence_start <= t.start), None)
            if main is not None and not _AFTER_BETWEEN.search(text, main.end, early.start):
                main = None
        if main is None or main.type != "DATE" or main.earliest is None or not shape.fullmatch(main.value or ""):
            continue
        if early.earliest <= main.earliest:
            continue
        if back is not None:
            day = early.earliest - back
            update = {"value": day.isoformat(), "earliest": day, "latest": day}
        else:
            year = int(early.value[:4]) - 1  # type: ignore[index]
            value = f"{year:04d}{early.value[4:]}"  # type: ignore[index]
            interval = interval_of(value)
            update = {"value": value, "earliest": interval[0], "latest": interval[1]} if interval else {"value": value}
        out[i] = early.model_copy(update=update)
    return out


_RESCHEDULING_VERBS = frozenset(
    {"postpone", "delay", "reschedule", "defer", "push", "move", "put", "adjourn", "shift", "bring"}
)
_NEW_DATE_BEFORE = re.compile(r"\b(?:until|till|to|for)\s+$", re.I)


def _reports_a_thing(verb: Token) -> bool:
    """'The company reports earnings Thursday', 'announces its results Friday': a present verb
    of saying whose object is a thing made public, not a clause said, is a timetable."""
    children = list(verb.children)
    return any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in children) and not any(
        c.dep_ in ("ccomp", "parataxis") for c in children
    )


def _new_date_of_a_postponement(text: str, start: int, verb: Token) -> bool:
    """'The vote was postponed until Monday', 'pushing the launch to Thursday', 'rescheduled
    for Saturday': the new date of a verb of rescheduling (its tense says nothing of it)."""
    return verb.lemma_.lower() in _RESCHEDULING_VERBS and bool(
        _NEW_DATE_BEFORE.search(text, max(0, start - 8), start)
    )


_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through|for)\s+$", re.I)


def _bound_of_a_present_state(text: str, start: int, verb: Token) -> bool:
    """'has suspended the route until Thursday', 'have closed the road through Friday': the
    end of a state that holds at the time of the report lies ahead of it, whatever the
    perfect's past form says ('had closed it until Friday' stays in the past); so does the
    day a thing has been set for ('has called both sides back for Wednesday')."""
    if not _UNTIL_BEFORE.search(text, max(0, start - 10), start):
        return False
    return verb.tag_ == "VBN" and bool(_auxiliaries(verb) & {"has", "have", "'ve"})


def _after_a_planned_infinitive(verb: Token, start: int) -> bool:
    """'was expected to crest Wednesday', 'hoped to resume talks Monday': a time after the
    to-infinitive of a verb of planning or expecting is the time of the infinitive's event, still
    ahead of the past-tense report, even when the parse hangs the time from the planning verb
    (or reads the infinitive as a noun). A time before the infinitive ('was expected Monday to
    ...') is left to the verb's own tense."""
    if not _is_scheduling_verb(verb):
        return False
    doc = verb.doc
    for child in verb.children:
        if child.dep_ == "xcomp" and verb.i < child.i and child.idx < start and any(
            t.lower_ == "to" for t in doc[verb.i + 1 : child.i]
        ):
            return True
    return False


def _directed(verb: Token) -> bool:
    """'ordered all foreigners to leave', 'were told to leave': the to-infinitive of a finite
    verb of asking someone to do a thing ('Asked to comment, he declined' is no finite one)."""
    governing = verb.head
    if verb.tag_ != "VB" or verb.dep_ != "xcomp" or "to" not in _auxiliaries(verb):
        return False
    return governing.lemma_.lower() in _DIRECTIVE_VERBS and (
        governing.tag_ == "VBD" or bool(_auxiliaries(governing) & {"was", "were", "has", "have", "had"})
    )  # (also a perfect: "Police have asked residents to stay indoors until Friday")


_PAST_SAYING = frozenset(w for w in _REPORTING_VERBS if w.endswith(("ed", "id", "ld", "ote")))
"""The past forms of the verbs of saying ('said', 'told', 'announced', 'wrote')."""


def _right_after_a_past_saying(text: str, start: int) -> bool:
    """'said Monday it will', 'announced on Friday the plant will close': a day written right
    after a past verb of saying, before the reported clause, is when it was said (the parser
    hangs it on the reported future's verb)."""
    before = _word_before(text, start)
    if before == "on":
        m = _LAST_WORD.search(text, max(0, start - 24), start - 3)
        before = m[1].lower() if m else None
    return before in _PAST_SAYING


_DEADLINE_MODALS = frozenset({"may", "might", "could", "should"})


def _modal_perfect_of_a_deadline(verb: Token) -> bool:
    """'By Friday, 40 people may have died', 'could have left by June': a modal perfect after
    'by' is a future perfect of possibility, what may be done when the deadline comes, so the
    deadline lies ahead ('must have known by Friday', an inference about the past, is not)."""
    aux = _auxiliaries(verb)
    return verb.tag_ == "VBN" and bool(aux & _DEADLINE_MODALS) and bool(aux & {"have", "'ve"})


def _fronted_before_a_modal_root(verb: Token, start: int) -> bool:
    """'On Friday, the council could vote', 'By Friday, the toll may rise': a time opening a
    sentence whose main verb has a modal of possibility has no report to belong to (no verb
    before it), so it is the possibility's time, ahead."""
    if verb.dep_ != "ROOT" or not _auxiliaries(verb) & _MODAL_AUX:
        return False
    sent = verb.sent
    return bool(_OPENING_PREPOSITION.fullmatch(sent.doc.text, sent.start_char, start))


_OPENING_PREPOSITION = re.compile(r"[\s\"“(]*(?:(?:on|by|before|until|till|as\s+of|from)\s+)?", re.I)
"""What may stand before a time that opens its sentence ('On Friday, ...', 'By Friday, ...')."""


def _due(verb: Token) -> bool:
    """'Elections are due in December', 'The report is expected in March': a copula whose
    complement is a word of timetables states when a thing will come, not a state."""
    words = ("due", "scheduled", "slated", "expected", "set")
    if verb.tag_ == "VBN" and verb.lower_ in words:  # "a decision is expected in December"
        return any(c.dep_ == "auxpass" and c.lower_ in ("is", "are", "'s", "'re") for c in verb.children)
    return verb.lemma_.lower() == "be" and any(
        c.dep_ in ("acomp", "attr") and c.lower_ in words for c in verb.children
    )


def _planned_in_the_past(verb: Token) -> bool:
    """'The trial was scheduled to begin Oct. 23', 'talks were due to open Monday': the
    to-infinitive of a verb of scheduling in the past tense (not a reported "would")."""
    if "to" not in _auxiliaries(verb) and not _is_scheduling_verb(verb):
        return False
    planner = verb if _is_scheduling_verb(verb) else _governing_verb(verb)
    if planner is not None and planner is not verb and planner.lemma_.lower() == "be" and planner.tag_ == "VBD" and (
        verb.head.i == planner.i and verb.tag_ == "VB"
    ):  # "The ministers were to meet Monday": "was/were to" is a plan told in the past
        return True
    if planner is None or not (
        _is_scheduling_verb(planner) or any(c.lower_ in ("due", "set", "poised") for c in planner.children)
    ):  # "were due to meet": the copula carries the plan
        return False
    return planner.tag_ == "VBD" or bool(_auxiliaries(planner) & {"was", "were"})


_TERM_GRANTING_VERBS = frozenset({"give", "grant", "allow", "extend", "prolong", "renew"})
"""Verbs that grant or extend a term up to a time ("gave them until Friday to reply")."""
_NEW_TERM_VERBS = frozenset(
    {"extend", "prolong", "renew", "suspend", "ban", "bar", "close", "halt", "freeze", "block",
     "stop", "lock", "keep", "leave", "hold", "remand", "jail", "sentence", "detain", "give",
     "grant", "allow", "set", "order"}
)  # fmt: skip
"""Verbs that set how long a thing will last ("extended the curfew until March", "gave them
until March to report")."""


def _lasted_in_the_past(verb: Token) -> bool:
    """'He ran the firm until March', 'he was the deputy minister until March': an active
    simple past or a copula, not a passive, a perfect or a verb setting a new term."""
    if _auxiliaries(verb) in ({"did"}, {"was"}, {"were"}) and any(c.dep_ == "neg" for c in verb.children):
        return True  # "did not report until Wednesday", "was not lifted until Monday": it happened then
    if verb.tag_ != "VBD" or _auxiliaries(verb):
        return False
    lemma = verb.lemma_.lower()
    if lemma in _NEW_TERM_VERBS or lemma in _RESCHEDULING_VERBS:
        return False
    return lemma != "be" or not any(c.tag_ == "VBN" for c in verb.children if c.dep_ in ("acomp", "attr"))


def _in_the_subject(view: _DocView, cand: Candidate, verb: Token) -> bool:
    """'The May election could change that', 'Talks on Monday may decide it': a time inside
    the subject of a modal or a reported "would" dates that subject's event, not a report."""
    span = view.span(cand.start, cand.end)
    if span is None or len(span) == 0:
        return False
    token = span.root
    for _ in range(6):
        if token.head.i == verb.i:
            return token.dep_ in ("nsubj", "nsubjpass")
        if token.head is token:
            return False
        token = token.head
    return False


_COMES_AFTER = re.compile(r"\b(?:after|following|in\s+the\s+wake\s+of|on\s+the\s+heels\s+of)\b", re.I)
_NOT_AFTER = re.compile(r"\b(?:ahead|before|prior|in\s+advance)\b|[.;:!?]", re.I)


def _followed_in_the_news_present(text: str, start: int, verb: Token) -> bool:
    """'The move comes after Monday's meeting', 'The decision follows talks on Monday': the
    news present of 'come after' and 'follow' places its subject after a thing that has
    already happened, so the time of that thing is behind the report."""
    lemma = verb.lemma_.lower()
    if lemma not in ("come", "follow") or verb.tag_ not in ("VBZ", "VBP") or verb.idx >= start:
        return False
    between = text[verb.idx + len(verb.text) : start]
    if len(between) > 80 or _NOT_AFTER.search(between):
        return False
    return lemma == "follow" or bool(_COMES_AFTER.search(between))


_OUTCOME_NOUNS = frozenset(
    {"blow", "setback", "victory", "defeat", "boost", "success", "failure", "triumph", "disaster",
     "embarrassment", "rebuke", "humiliation", "vindication", "win", "loss", "upset", "landslide",
     "breakthrough", "milestone", "fiasco", "coup"}
)  # fmt: skip
"""Nouns that judge how an event turned out ("a blow", "a setback", "a victory")."""


def _judged_as_an_outcome(verb: Token) -> bool:
    """'Sunday's vote is a blow to the president', 'Monday's ruling is a setback': a present
    copula judging how the subject's event turned out tells of one that has taken place."""
    if verb.lemma_.lower() != "be" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    for child in verb.children:
        if child.dep_ == "attr" and child.lemma_.lower() in _OUTCOME_NOUNS:
            return True
    return False


def _active_simple_past(verb: Token) -> bool:
    """'killed', 'were (weak)', 'failed': a simple past in the active voice, neither a passive
    ('was cancelled' may be said of a meeting still ahead) nor a verb of planning."""
    if verb.tag_ != "VBD" or _auxiliaries(verb) or _is_scheduling_verb(verb):
        return False
    return not any(c.dep_ in ("auxpass", "nsubjpass") or c.lower_ in _PLAN_ADJECTIVES for c in verb.children)


def _simple_past_read_as_participle(verb: Token) -> bool:
    """'The deadline passed in December' parsed with the noun as the root and 'passed' as a
    participle describing it: in a sentence with no other verb, the participle is the
    subject's simple past."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or _auxiliaries(verb) or noun.dep_ != "ROOT":
        return False
    if noun.pos_ not in ("NOUN", "PROPN") or not verb.lower_.endswith("ed"):
        return False
    return not any(t.pos_ in ("VERB", "AUX") and t.i != verb.i for t in noun.sent)


def _on_a_simple_past(view: _DocView, cand: Candidate, verb: Token) -> bool:
    """'Prices fell 3 percent in January', 'He was appointed on Jan. 4': a time hung from a
    simple past verb itself (through its preposition or bare), not from a noun or an
    infinitive under it ('had been set to expire Nov. 6', 'stock of record Nov. 22'), names a
    time that has begun."""
    span = view.span(cand.start, cand.end)
    misread = _simple_past_read_as_participle(verb)
    if span is None or verb.tag_ not in ("VBD", "VBN") or (verb.dep_ in ("xcomp", "acl") and not misread):
        return False
    if verb.dep_ == "relcl" and (verb.tag_ != "VBD" or _auxiliaries(verb)):
        return False  # a finite simple past in a relative clause ("the attack, which killed 12 on Jan. 5") stays
    if verb.lower_ in _REPORTING_VERBS:  # "expected to peak Wednesday and again on Jan. 3,
        return False  # officials said": the parse hangs a reported time from the report
    if verb.tag_ == "VBN" and not _auxiliaries(verb) & {"was", "were"} and not misread:
        return False
    head = span.root.head
    if head.dep_ == "prep" and head.lower_ in ("in", "on", "during"):
        head = head.head
    return head.i == verb.i and span.root.dep_ in ("pobj", "npadvmod", "nmod")


_RELEASE_VERBS = frozenset({"release", "publish", "issue", "report", "announce", "post", "unveil", "show"})
"""Verbs of making figures public ('will release December sales', 'figures for May will show')."""
_PRESENT_DEICTIC = re.compile(
    r"(?:the\s+)?(?:this|last|past)\s+(?:week|month|year)|today|yesterday|tonight|(?:days?|weeks?)\s+ago", re.I
)
"""Words that count from the day of the report: 'this week', 'the past month', 'yesterday'."""
_WEEKDAY_ALONE = re.compile(r"(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")


def _paragraphs_in_the_present(
    view: _DocView, text: str, candidates: list[Candidate], paragraph_starts: list[int]
) -> dict[int, str]:
    """The paragraphs that speak of the days around the report ('Safety inspectors visited it
    in May and again last month', 'farmers said this week they were still waiting'): a story
    told from an old year has come back to the present there, so a bare month in them is
    counted from the publication date, not from that year. Each maps to "deictic" for such
    words, else "weekday" for a bare day of the week ('sold at $31 in April, closed at $12.40
    Wednesday'), which a story told from an old day may also count from. The day a thing was
    said ('said last week', 'officials said Tuesday') tells when it was said, not what the
    paragraph is about."""
    out: dict[int, str] = {}
    for cand in candidates:
        if _PRESENT_DEICTIC.fullmatch(text, cand.start, cand.end):
            kind = "deictic"
        elif _WEEKDAY_ALONE.fullmatch(text, cand.start, cand.end):
            kind = "weekday"
        else:
            continue
        verb = _governing_verb_at(view, cand.start, cand.end) if view.parsed else None
        if verb is not None and verb.lower_ in _REPORTING_VERBS:
            continue
        para = bisect.bisect_right(paragraph_starts, cand.start) - 1
        if out.get(para) != "deictic":
            out[para] = kind
    return out


def _told_in_the_past(view: _DocView, cand: Candidate, verb: Token) -> bool:
    """'had seized the town in January', 'were striking in March', 'said in January that ...':
    a time hung from a pluperfect, a past progressive or a verb of saying (between the verb
    and the words it reports) names a time that has begun, as a simple past does. Not the
    pluperfect of a verb that sets a date ('had been set to expire Nov. 6', 'had postponed it
    until March') nor the progressive of a planned movement ('was leaving in March')."""
    span = view.span(cand.start, cand.end)
    if span is None or verb.dep_ in ("xcomp", "acl") or _is_scheduling_verb(verb):
        return False
    lemma, aux = verb.lemma_.lower(), _auxiliaries(verb)
    head = span.root.head
    if head.dep_ == "prep" and head.lower_ in ("in", "on", "during"):
        head = head.head
    if head.i != verb.i or span.root.dep_ not in ("pobj", "npadvmod", "nmod"):
        return False
    if verb.lower_ in _REPORTING_VERBS:  # the report's own time: after the verb, before its content
        content = [c for c in verb.children if c.dep_ == "ccomp"]
        return verb.tag_ == "VBD" and span.start > verb.i and all(span.end <= c.left_edge.i for c in content)
    if verb.tag_ == "VBN" and aux & {"had", "'d"}:  # a pluperfect
        return lemma not in _NEW_TERM_VERBS and lemma not in _RESCHEDULING_VERBS
    if verb.tag_ == "VBG" and aux & {"was", "were"}:  # a past progressive
        return lemma not in _FUTURATE_VERBS
    return False


def _in_relative_clause(verb: Token) -> bool:
    """'a program approved in 1987', 'the leader, who ruled until he was ousted in May 1998':
    the verb, or a verb it hangs from, is a clause describing a noun."""
    for _ in range(3):
        if verb.dep_ in ("acl", "relcl"):
            return True
        if verb.dep_ not in ("advcl", "conj", "xcomp", "ccomp") or verb.head is verb:
            return False
        verb = verb.head
    return False


_PAREN_OPEN = re.compile(r"\([^()\n]{0,12}$")
_PAREN_CLOSE = re.compile(r"[^()\n]{0,12}\)")


def _in_parentheses(text: str, start: int, end: int) -> bool:
    """'the Ninth Five-Year Plan (1996-2000)', 'Jackson (1925-1999)': a date in brackets
    describes the name before it; it does not open a narrative frame."""
    return bool(_PAREN_OPEN.search(text, max(0, start - 12), start)) and bool(
        _PAREN_CLOSE.match(text, end)
    )


_COMPARISON_BEFORE = re.compile(
    r"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.|against|over)\b[^.;:!?]{0,60}$", re.I
)
_BACKWARD = re.compile(r"\b(?:ago|earlier|before|previous|prior)\b|year[\s-](?:ago|earlier)", re.I)


_FIGURE_BEFORE = re.compile(
    r"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.)\s+(?:about\s+|nearly\s+|roughly\s+|some\s+)?"
    r"[$£€¥]?\s?\d[\d.,]*\s*(?:%|percent|per\s*cent|million|billion|trillion)?\s+"
    r"(?:in|on|during|at\s+the\s+end\s+of|as\s+of)\s+(?:the\s+)?$",
    re.I,
)
_CHANGE_FROM_BEFORE = re.compile(
    r"\b(?:up|down|higher|lower|rose|fell|grew|dropped|increased|decreased)\s+(?:by\s+)?(?:about\s+|nearly\s+)?"
    r"\d[\d.,]*\s*(?:%|percent|per\s*cent)\s+(?:from|over)\s+$",
    re.I,
)
"""'down 0.4 percent from 1997', 'grew 7 percent over 1996': the time a change is measured against."""
"""'up from $34,410 in October 2015', 'from 13.2 percent in September': a figure's date."""


_COMPARED_WITH_BEFORE = re.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.|than(?:\s+in)?)\s+$", re.I)
"""'compared with the fourth quarter of 1997', 'higher than in 1996': a period a figure is set against."""


def _is_baseline(text: str, start: int, extent: str) -> bool:
    """'profit rose to $9 million from $5 million a year ago', 'year-earlier results', 'up
    from $310 in October 2015': the time a figure is compared with. It is resolved like any
    other, but it does not become the passage's reference time, so that the next 'a year
    earlier' still counts from the period being reported, and the next 'in October' is the
    report's October."""
    if re.search(r"year[\s-](?:ago|earlier)", extent, re.I):
        return True
    if _FIGURE_BEFORE.search(text, max(0, start - 60), start) or _CHANGE_FROM_BEFORE.search(
        text, max(0, start - 50), start
    ):
        return True
    if _COMPARED_WITH_BEFORE.search(text, max(0, start - 24), start):
        return True  # "fell 4 percent compared with the fourth quarter of 1997": the baseline period
    return bool(_BACKWARD.search(extent)) and bool(
        _COMPARISON_BEFORE.search(text, max(0, start - 80), start)
    )


_PERIOD_END_BEFORE = re.compile(
    r"\b(?:quarter|period|half|year|months|weeks)\s*,?\s+(?:which\s+|that\s+)?(?:ended|ending|ends|closed)\s+(?:on\s+)?$",
    re.I,
)


def _closes_a_period(text: str, start: int) -> bool:
    """'the quarter, which ended Sept. 26', 'the fiscal year ending June 30': the closing day of a
    reporting period only says where the period stops; the passage is still about the period, so
    the next 'a year earlier' or 'the year-earlier period' counts from the quarter, not the day."""
    return bool(_PERIOD_END_BEFORE.search(text, max(0, start - 40), start))


_HEDGE_BEFORE = re.compile(
    r"\b(?:around|about|approximately|roughly|circa|sometime|some\s+time|as\s+early\s+as|as\s+late\s+as)\s+$",
    re.I,
)
_LAST_WORD = re.compile(r"(\w+)\s+$")
_DUE_BEFORE = re.compile(r"\bdue\s+(?:on\s+|by\s+|in\s+)?$", re.I)
_COPULA_IN_BEFORE = re.compile(r"\b(?:is|are|'s)\s+(?:in|on)\s+$", re.I)
_LAST_DECADE = re.compile(
    r"the\s+last\s+(?:decade|century)|this\s+past\s+(?:week|month)|(?:the|this)\s+(?:past|last)\s+year", re.I
)
"""Periods a present perfect measures up to now ('has fallen in the last decade', 'have risen
this past week', 'has grown over the past year'); told in the simple past they stay the
calendar ones."""
_YEAR_OR_MONTH = re.compile(r"\d{4}(?:-\d\d)?")


_FIRST_WORD = re.compile(r"\s+(\w+)")


def _word_after(text: str, end: int) -> str | None:
    m = _FIRST_WORD.match(text, end, min(len(text), end + 24))
    return m[1].lower() if m else None


def _word_before(text: str, start: int) -> str | None:
    m = _LAST_WORD.search(text, max(0, start - 20), start)
    return m[1].lower() if m else None


def _resolve(
    cand: Candidate, anchor: DocumentAnchor, *, doc_id: str, tid: str
) -> tuple[TimeExpression, str | None] | None:
    """Read a candidate and anchor it; an unreadable or impossible date is skipped, not raised.
    Returns the record and, for an anchored duration, the value of the time it reaches."""
    point: str | None = None
    try:
        reading = cand.reading
        if reading is None:
            return None
        value, how = (reading.value, reading.anchor) if reading.resolve is None else reading.resolve(anchor)
        if reading.point is not None:
            point, how = reading.point(anchor)
    except (ValueError, KeyError, OverflowError, TypeError, AttributeError, IndexError) as exc:
        log.debug("skipped %r (%s): %s", cand.match[0], cand.rule.name, exc)
        return None
    end = cand.end
    if value is None and reading.fallback is not None and reading.resolve is not None:
        # "two years to the day after he took office" with no day to count from: the amount
        end = cand.start + (reading.fallback_length or end - cand.start)
        reading = reading.fallback
        value, how = reading.value, reading.anchor
    if value is None:
        return None
    if value.endswith(("_REF",)):
        how = "dct"
    if point is not None:
        interval = interval_of(point)
    else:
        interval = interval_of(value) if reading.type in ("DATE", "TIME") else None
    start, mod, text = cand.start, reading.mod, cand.match.string
    # "around Nov. 1", "sometime next year": the hedge belongs to the expression
    hedge = (
        _HEDGE_BEFORE.search(text, max(0, start - 24), start)
        if reading.type in ("DATE", "TIME") and interval is not None else None
    )  # fmt: skip
    if hedge is not None:
        start, mod = hedge.start(), mod or "APPROX"
        if hedge[0].lower().startswith("some") and not reading.mod and _YEAR_OR_MONTH.fullmatch(value):
            # "sometime next year", "some time in March 1999": an unspecified day of the year
            # or the month named (TimeML 1990-XX-XX), not the whole year or month
            value = value + ("-XX-XX" if len(value) == 4 else "-XX")
            mod = None
    timex = TimeExpression(
        doc_id=doc_id,
        tid=tid,
        start=start,
        end=end,
        text=text[start:end],
        type=reading.type,  # type: ignore[arg-type]
        value=value,
        mod=mod,
        anchor=how,
        earliest=interval[0] if interval else None,
        latest=interval[1] if interval else None,
    )
    return timex, point


# ---------------------------------------------------------------------------- the parse


class _DocView:
    """The token attributes the tagger needs, read from the Doc once as arrays, and the
    document's token tables; the span of each expression is looked up once (the plausibility
    gates and the reading of its clause each ask for it)."""

    def __init__(self, doc: Doc, tables: DocIndex | None = None):
        self.doc = doc
        self.tables = tables
        self.arr = doc.to_array(["LOWER", "IDX", "TAG", "DEP", "SENT_START"])
        self.parsed = bool(len(doc)) and bool(self.arr[:, 3].any())
        self.tagged = bool(len(doc)) and bool(self.arr[:, 2].any())
        self.segmented = self.parsed or bool(len(doc) and (self.arr[:, 4] != 0).any())
        self._spans: dict[tuple[int, int], Span | None] = {}

    def span(self, start: int, end: int) -> Span | None:
        """``doc.char_span(start, end, alignment_mode="expand")``, made once per extent."""
        key = (start, end)
        if key not in self._spans:
            self._spans[key] = self.doc.char_span(start, end, alignment_mode="expand")
        return self._spans[key]


def trigger_positions(
    doc: Doc, view: _DocView | None = None, *, text: str | None = None
) -> dict[str, list[int]]:
    """Character offsets of the tokens that can trigger each rule category: one vectorised
    membership test against every trigger word, then a dictionary look-up for the few hits."""
    out: dict[str, list[int]] = {}
    for m in _NUMBER_TRIGGERS.finditer(doc.text if text is None else text):
        out.setdefault(m.lastgroup or "", []).append(m.start())
    if len(doc) == 0:
        return out
    arr = (view or _DocView(doc)).arr
    # a set look-up per token is cheaper than np.isin's sort on a news article's few thousand
    hits = [i for i, lower in enumerate(arr[:, 0].tolist()) if lower in _TRIGGER_HASH_SET]
    for lower, idx in arr[hits][:, :2].tolist():
        for cat in _CATEGORIES_OF[lower]:
            out.setdefault(cat, []).append(idx)
    return out



class _SentenceFrames:
    """Sentence start offsets and whether each sentence has a past-tense verb."""

    def __init__(self, starts: list[int], past: list[bool]):
        self.starts = starts
        self.past = past


_VBD = np.uint64(hash_string("VBD"))
_VBP = np.uint64(hash_string("VBP"))
_VBN = np.uint64(hash_string("VBN"))
_VB = np.uint64(hash_string("VB"))


def _sentence_frames(view: _DocView) -> _SentenceFrames:
    tables = view.tables
    assert tables is not None
    if len(view.doc) == 0:
        return _SentenceFrames([0], [True])
    if not view.segmented:
        starts = [0] + [m.end() for m in _SENTENCE_FALLBACK.finditer(tables.text)]
        return _SentenceFrames(starts, [True] * len(starts))
    arr = view.arr
    lower, lemma, dep, children = tables.lower, tables.lemma, tables.dep, tables.children
    sent_start = arr[:, 4].astype(np.int64) == 1
    sent_start[0] = True
    sent_id = np.cumsum(sent_start) - 1
    starts = arr[sent_start, 1].astype(np.int64).tolist()
    past = np.zeros(len(starts), dtype=bool)
    if view.tagged:
        past[np.unique(sent_id[arr[:, 2] == _VBD])] = True
        # (the tables' lemmas are lower-cased: ``lemma[i]`` is ``token.lemma_.lower()``)
        for i in np.flatnonzero(arr[:, 2] == _VBP).tolist():  # "forces retook": mis-tagged past
            if lemma[i] and lower[i] not in _PRESENT_FORMS and lower[i] != lemma[i]:
                past[sent_id[i]] = True
        for i in np.flatnonzero(arr[:, 2] == _VB).tolist():  # "the army retook it": a past form
            if _past_form_read_as_base_at(tables, i):  # read as a bare infinitive, no auxiliary
                past[sent_id[i]] = True
        for i in np.flatnonzero(arr[:, 2] == _VBN).tolist():  # "the troops left" read as a participle
            if dep[i] == "ROOT" and not _auxiliaries_at(tables, i) and any(
                dep[c] == "nsubj" for c in children[i]
            ):
                past[sent_id[i]] = True
    else:
        past[:] = True
    return _SentenceFrames(starts, past.tolist())


def _past_form_read_as_base(token: Token) -> bool:
    """'the army retook it' tagged VB: a main verb with a noun subject and no auxiliary cannot
    be a bare infinitive, and news narrates in the past; it is a past tense the tagger
    missed ('they retake' could be a present, so pronoun subjects are left alone)."""
    return _past_form_read_as_base_at(_tables_of(token), token.i)


def _past_form_read_as_base_at(tables: DocIndex, i: int) -> bool:
    """:func:`_past_form_read_as_base` for token ``i``, read from the tables."""
    dep = tables.dep
    if dep[i] != "ROOT" or _auxiliaries_at(tables, i) or tables.lower[i] in _PRESENT_FORMS:
        return False
    subjects = [c for c in tables.children[i] if dep[c] in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(tables.pos[c] in ("NOUN", "PROPN") for c in subjects)


_IRREGULAR_PAST = frozenset(
    {"took", "came", "went", "fell", "rose", "fled", "held", "left", "met", "won", "lost", "fought",
     "drew", "threw", "flew", "grew", "knew", "broke", "spoke", "stole", "froze", "chose", "wrote",
     "drove", "rode", "gave", "sank", "began", "ran", "saw", "sought", "brought", "bought", "caught",
     "taught", "thought", "built", "sent", "spent", "kept", "slept", "swept", "felt", "dealt", "meant",
     "led", "sold", "told", "said", "stood", "struck", "stuck", "hung", "swung", "shot", "got", "made",
     "paid", "laid", "arose", "swore", "tore", "wore", "shook", "hid", "sat", "sang", "rang",
     "swam", "drank", "shrank", "became", "forbade", "forgave", "withdrew", "overcame"}
)  # fmt: skip
"""Simple pasts of irregular verbs that are never a present form."""
_PAST_PREFIXES = ("", "re", "over", "under", "with", "up", "out", "mis", "fore", "be")
_EED_PRESENTS = ("eed", "shed", "wed", "bed")  # "need", "proceed", "shed", "embed": presents


def _is_past_form(word: str) -> bool:
    """'retook', 'overcame', 'withheld', 'seized': a simple past by its spelling (an irregular
    past, with or without a prefix, or a regular '-ed' that is not a present like 'need')."""
    if word.endswith("ed") and len(word) > 4 and not word.endswith(_EED_PRESENTS):
        return True
    return any(word.startswith(p) and word[len(p) :] in _IRREGULAR_PAST for p in _PAST_PREFIXES)


_UNCHANGED_PAST = frozenset(
    {"bet", "bid", "broadcast", "burst", "cast", "cost", "cut", "forecast", "hit", "hurt", "let",
     "put", "quit", "read", "set", "shed", "shut", "split", "spread", "thrust", "upset"}
)  # fmt: skip
"""Verbs whose simple past is spelt as their base form ("cut", "hurt", "set")."""
_SINGULAR_PRONOUNS = frozenset({"he", "she", "it", "this", "that"})


def _unchanged_past_after_a_singular_subject(verb: Token) -> bool:
    """'Weakness in bank shares hurt the index', 'The company cut its dividend': a verb whose
    past is spelt as its base, tagged as a plural present, after a singular subject and no
    auxiliary; agreement rules the present out ('hurts', 'cuts'), so it is the past. A plural
    subject ('the strikes cut output') may be either and is left to the tag."""
    if verb.lower_ not in _UNCHANGED_PAST or _auxiliaries(verb):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return len(subjects) == 1 and (
        subjects[0].tag_ in ("NN", "NNP") or subjects[0].lower_ in _SINGULAR_PRONOUNS
    ) and not any(c.dep_ == "conj" for c in subjects[0].children)


def _governing_verb_at(view: _DocView, start: int, end: int) -> Token | None:
    """The verb the expression at ``start:end`` depends on (its tense decides direction)."""
    span = view.span(start, end)
    if span is None or len(span) == 0:
        return None
    token = span.root
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            break
        token = token.head
    if token.pos_ not in ("VERB", "AUX"):
        return None
    return token


def _present_verb_read_as_noun(view: _DocView, start: int, end: int) -> bool:
    """'The Games end Sunday', 'Talks resume Monday': a sentence whose root the tagger read as
    a bare noun with a subject of its own is a present-tense verb (of a timetable, mostly)."""
    span = view.span(start, end)
    if span is None or len(span) == 0:
        return False
    head = span.root.head
    if head.dep_ == "prep":
        head = head.head
    if head.dep_ == "ROOT" and head.tag_ in ("NN", "NNS") and any(
        c.dep_ == "nsubj" and c.i < head.i for c in head.children
    ):
        return True
    if head.dep_ == "ROOT" and _third_person_verb_read_as_plural_noun(head):
        return True
    if head.dep_ == "ROOT" and head.tag_ == "NN" and head.i + 1 < len(view.doc) and (
        _appositive_verb_read_as_plural_noun(head, view.doc[head.i + 1])
    ):
        return True
    # "Talks resume Thursday", "Peace talks open Friday in Oslo", "officials say hearings end
    # Monday": a plural noun, then a verb of a timetable in its bare form the tagger read as a
    # noun ("resume") or an adjective ("open"), then the day: the subject and its present verb
    doc = view.doc
    first = span[0].i
    if first < 2:
        return False
    verb, subject = doc[first - 1], doc[first - 2]
    return (
        verb.pos_ not in ("VERB", "AUX")
        and verb.lower_ in _TIMETABLE_BARE_VERBS
        and subject.tag_ == "NNS"
        and subject.lower_ not in _PLURAL_COMPOUND_NOUNS
    )


def _third_person_verb_read_as_plural_noun(root: Token) -> bool:
    """'The show airs Sunday night', 'The festival opens Friday': a sentence with no verb at all
    whose root is a plural noun in -s right after a singular noun with its article is a
    subject and its present verb ('airs', 'opens') the tagger read as one noun phrase."""
    if root.tag_ != "NNS" or not root.lower_.endswith("s") or root.i < 2:
        return False
    subject = root.doc[root.i - 1]
    if subject.tag_ != "NN" or subject.head.i != root.i or subject.dep_ != "compound":
        return False
    if not any(c.dep_ == "det" and c.i < subject.i for c in root.children) and not any(
        c.dep_ == "det" for c in subject.children
    ):
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in root.sent)


def _appositive_verb_read_as_plural_noun(subject: Token, verb: Token) -> bool:
    """'The series airs Sunday night' parsed as a noun ('series', with its article) and an
    apposition ('airs'): in a sentence with no verb at all, the subject and its present verb."""
    return (
        verb.dep_ == "appos"
        and verb.head.i == subject.i
        and verb.tag_ == "NNS"
        and verb.lower_.endswith("s")
        and any(c.dep_ == "det" for c in subject.children)
        and not any(t.pos_ in ("VERB", "AUX") for t in subject.sent)
    )


_TIMETABLE_BARE_VERBS = frozenset(
    {"resume", "open", "reopen", "begin", "start", "end", "close", "conclude", "finish", "convene",
     "reconvene", "continue", "return", "meet", "run", "restart", "wrap", "kick"}
)  # fmt: skip
_PLURAL_COMPOUND_NOUNS = frozenset({"news", "sales", "arms", "sports", "savings", "goods", "earnings", "series"})
"""Plural nouns that open noun compounds ('a news conference', 'the arms race'), not subjects."""


def _looks_like_a_title(doc: Doc, cand: Candidate) -> bool:
    """'ABC's "This Week"', 'VOA Today': a programme or paper named with a time word."""
    words = cand.match.string[cand.start : cand.end].split()
    if len(words) > 1 and words[-1][:1].isupper() and words[0][:1].isupper():
        return words[-1].lower() in ("week", "month", "year", "morning", "night", "tonight")
    if words and words[0] in ("Today", "Tonight") and cand.start > 0:
        before = cand.match.string[max(0, cand.start - 12) : cand.start].rstrip()
        return bool(before) and before.split()[-1][:1].isupper() and before[-1].isalnum()
    return False


def _month_in_a_name(view: _DocView, cand: Candidate) -> bool:
    """'April Glaspie', 'June Carter', 'March Madness': a month word that is the first part of
    a proper name; 'May God help us': the modal. ('the March deadline' stays a date: its head
    is a common noun.)"""
    doc = view.doc
    span = view.span(cand.start, cand.end)
    if span is None or len(span) == 0:
        return False
    token = span[-1]
    if token.tag_ == "MD":
        return True
    return (
        token.dep_ == "compound" and token.head.i == token.i + 1 and token.head.tag_ in ("NNP", "NNPS")
        and not (token.i > 0 and doc[token.i - 1].tag_ == "IN")
    )


def _nominal(view: _DocView, start: int, end: int) -> bool:
    """'Friday's purchases', 'Thursday's closing price': a date inside a noun phrase."""
    span = view.span(start, end)
    if span is None or len(span) == 0:
        return False
    # "a meeting Friday between the leaders" (npadvmod of a noun) is not one: it follows the
    # tense of its clause like any adverbial
    return span.root.dep_ in ("poss", "compound", "nmod")


# "Sunday's election", "the Monday meeting", "Friday's deadline": a day naming an
# event on a timetable follows the tense of its clause ("voters go to the polls in Sunday's
# election" looks ahead, "voters went to the polls in Sunday's election" back), unlike a
# day's figures ("Friday's close", "Thursday's purchases"), which are always behind us.
_SCHEDULED_EVENTS = frozenset(
    {"election", "elections", "vote", "voting", "referendum", "poll", "polls", "runoff", "primary",
     "meeting", "meetings", "summit", "talks", "session", "hearing", "trial", "sentencing",
     "debate", "ceremony", "inauguration", "launch", "opening", "deadline", "match", "game",
     "final", "race", "marathon", "rally", "march", "parade", "visit", "funeral", "wedding",
     "auction", "conference", "speech", "address", "concert", "premiere", "showdown", "kickoff"}
)  # fmt: skip


_UNPLANNED_EVENTS = frozenset(
    {"attack", "attacks", "bombing", "bombings", "blast", "blasts", "explosion", "explosions", "crash",
     "shooting", "shootings", "killing", "killings", "raid", "raids", "ambush", "assault", "massacre",
     "murder", "riot", "riots", "clash", "clashes", "earthquake", "quake", "fire", "flood", "floods",
     "storm", "collapse", "accident", "derailment", "sinking", "kidnapping", "abduction", "escape",
     "assassination", "coup", "uprising", "plunge", "selloff", "sell-off", "outage", "leak", "spill"}
)  # fmt: skip
"""Nouns of events nobody puts on a timetable: named by their day, they have happened."""


def _day_of_a_source(view: _DocView, start: int, end: int) -> bool:
    """'ballots from Sunday's vote', 'results from the election Sunday': what comes *from* an
    event (its results, its ballots, its fallout) exists, so the event has taken place."""
    span = view.span(start, end)
    if span is None or len(span) == 0:
        return False
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "on":
        head = head.head
    elif root.dep_ not in ("poss", "compound", "npadvmod", "nmod"):
        return False
    while head.dep_ == "compound" and head.head is not head:
        head = head.head
    return head.pos_ in ("NOUN", "PROPN") and head.dep_ == "pobj" and head.head.lower_ == "from"


def _day_of_an_unplanned_event(view: _DocView, start: int, end: int) -> bool:
    """'The attack Sunday is the worst in a decade', 'the blast on Monday will hurt tourism':
    a day hung on the noun of an attack, an accident or a disaster is the day it happened,
    whatever the tense of the clause that judges it (a timetabled 'vote Thursday' is not one)."""
    span = view.span(start, end)
    if span is None or len(span) == 0:
        return False
    head = span.root.head
    if span.root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("on", "in"):
        head = head.head
    elif span.root.dep_ not in ("npadvmod", "nmod", "compound"):
        return False
    return head.pos_ in ("NOUN", "PROPN") and head.lower_ in _UNPLANNED_EVENTS


def _right_after_an_unplanned_event(view: _DocView, start: int) -> bool:
    """'Police are investigating a fire Monday', 'The toll from the earthquake Monday stands at
    200': a day written right after the noun of an attack or a disaster is the day it happened,
    also when the parser hangs it on the present verb (asked only of a present clause: 'will
    discuss the attack Monday' may name the discussion's day)."""
    doc = view.doc
    span = view.span(start, start + 1)
    if span is None or len(span) == 0 or span.start == 0:
        return False
    before = doc[span.start - 1]
    if before.lower_ == "on" and span.start > 1:
        before = doc[span.start - 2]
    return before.pos_ in ("NOUN", "PROPN") and before.lower_ in _UNPLANNED_EVENTS


def _in_a_cited_noun(view: _DocView, start: int, end: int) -> bool:
    """'under the June accord', 'the terms of a March agreement': a date premodifying the
    object of a preposition, a thing cited as it stands, not one still to be made ('the March
    accord will be signed')."""
    span = view.span(start, end)
    if span is None or len(span) == 0 or span.root.dep_ not in ("compound", "nmod", "poss"):
        return False
    return span.root.head.dep_ == "pobj"


def _scheduled_event(view: _DocView, start: int, end: int) -> bool:
    span = view.span(start, end)
    if span is None or len(span) == 0 or span.root.dep_ not in ("poss", "compound"):
        return False
    head = span.root.head
    while head.dep_ == "compound" and head.head is not head:  # "the Sunday news conference"
        head = head.head
    return head.lower_ in _SCHEDULED_EVENTS


def _premodifier(view: _DocView, start: int, end: int) -> bool:
    """'the August 1988 cease-fire', 'its 1990 invasion': a date naming a thing, not a frame."""
    span = view.span(start, end)
    if span is None or len(span) == 0:
        return False
    head = span.root.head
    return head.i >= span.end and head.pos_ in ("NOUN", "PROPN")


def _auxiliaries(verb: Token) -> set[str]:
    return _auxiliaries_at(_tables_of(verb), verb.i)


def _auxiliaries_at(tables: DocIndex, i: int) -> set[str]:
    dep, lower = tables.dep, tables.lower
    return {lower[c] for c in tables.children[i] if dep[c] in ("aux", "auxpass")}


def _tables_of(token: Token) -> DocIndex:
    """The tables :func:`tag_timexes` keeps on the doc while it runs (Token.children walks the
    token's whole subtree edge on every call)."""
    return doc_index(token.doc)


def _governing_verb(token: Token) -> Token | None:
    for _ in range(4):
        if token.head is token:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _is_scheduling_verb(verb: Token) -> bool:
    """'was scheduled', 'hoped', 'planned': a verb whose to-infinitive names a time still ahead.
    The forms are tried with their endings cut off too, as the model lemmatises 'hoped' as 'hop'."""
    word = verb.lower_
    forms = {verb.lemma_.lower(), word, word[:-1], word[:-2], word[:-3]}
    return bool(forms & _SCHEDULING_VERBS)


def _verb_tense(verb: Token, depth: int = 0) -> str | None:
    aux = _auxiliaries(verb)
    doc = verb.doc
    if verb.lower_ in ("had", "'d") and any(
        t.tag_ == "VBN" for t in doc[verb.i + 1 : verb.i + 3]
    ):  # "had flagged" parsed with "had" as the main verb
        return "pluperfect"
    if verb.tag_ == "VBP" and verb.lemma_ and verb.lower_ not in _PRESENT_FORMS and (
        verb.lower_ != verb.lemma_.lower()
    ):  # "forces retook": a past form the tagger read as present
        return "past"
    if verb.tag_ == "VB" and _past_form_read_as_base(verb):  # "the army retook it" read as VB
        return "past"
    if verb.tag_ == "VBP" and not aux and _is_past_form(verb.lower_):  # "Troops retook it": a
        return "past"  # past form the tagger read as a present (unknown to it with its prefix)
    if verb.tag_ == "VBP" and _unchanged_past_after_a_singular_subject(verb):
        return "past"  # "Weakness in bank shares hurt the index on Friday": not "hurts"
    if aux & _FUTURE_AUX:
        return "future"
    if aux & _MODAL_AUX and (verb.tag_ == "VB" or (verb.tag_ == "VBN" and "be" in aux)) and not aux & {"have", "'ve"} and not any(
        c.dep_ == "neg" for c in verb.children
    ):  # "the vote may come Friday", "talks could resume Monday": a possibility ahead (a time
        # written before the modal's verb is more often the report's own, as with "would")
        return "prospective"
    if not aux and verb.tag_ in ("VB", "VBN") and verb.dep_ == "conj" and depth < 2 and (
        verb.head.pos_ in ("VERB", "AUX")
    ):  # "will open Monday and run until Friday": the second verb shares the first's tense
        head_tense = _verb_tense(verb.head, depth + 1)
        if head_tense == "past" and verb.tag_ == "VB" and verb.head.tag_ == "VBD" and not _auxiliaries(verb.head):
            # "Organizers held a session Saturday and plan another Wednesday": a bare form
            # joined to a simple past cannot share it ("and planned" would); it is a present
            # the tagger read as a base form, and a present of plans looks ahead
            return "present"
        if head_tense is not None:
            return head_tense
    if "would" in aux or ("'d" in aux and verb.tag_ == "VB"):
        return "prospective"  # "said it would raise wages in October": ahead of the report
    if verb.tag_ == "VBG" and aux & {"was", "were"} and verb.lemma_.lower() in _FUTURATE_VERBS and (
        verb.dep_ == "ccomp" and verb.head.lower_ in _REPORTING_VERBS
    ):  # "aides said the president was leaving for Paris on Friday": a reported futurate
        return "prospective"  # progressive (backshifted "is leaving Friday"), a plan ahead
    if aux & {"had", "'d"} and verb.tag_ in ("VBN", "VBD"):
        return "pluperfect"
    if verb.tag_ in ("VBD", "VBN") and not aux and depth < 2 and verb.dep_ == "advcl" and _temporal_marker(verb) and (
        _verb_tense(verb.head.head if verb.head.lower_ == "soon" else verb.head, depth + 1) in ("prospective", "future")
    ):  # "said it would announce the results when the board met Thursday": a simple past in a
        return "prospective"  # time clause of a reported future is backshifted, ahead too
    if verb.tag_ == "VBD" or aux & _PAST_AUX:
        return "past"
    if verb.tag_ == "VBN" and not aux and verb.dep_ == "acomp" and verb.head.lemma_.lower() == "be" and depth < 2:
        return _verb_tense(verb.head, depth + 1)  # "Markets are closed Monday", "will be shut
        # Friday": a participle after a copula is an adjective, the copula carries the tense
    if "to" in aux and verb.dep_ in ("acl", "relcl") and not _first_or_only(verb.head) and (
        (verb.tag_ == "VBN" and "be" in aux) or (verb.tag_ == "VB" and verb.lemma_.lower() in _OCCURRING_VERBS)
        or verb.head.lemma_.lower() in _PLAN_NOUNS
    ):  # "the talks, to be held Tuesday", "a meeting to take place Friday", "an agreement to
        return "future"  # acquire it in January": an infinitive telling when the noun's event
        # happens, or what a plan is for, names what is still to happen (not "the first to
        # land", nor "a decision to close the plant on Monday", which may be done)
    if aux & _PERFECT_AUX and verb.tag_ == "VBN":
        return "past"
    if verb.tag_ in ("VBZ", "VBP") or aux & _PRESENT_AUX:
        return "present"
    if verb.tag_ == "VBN" and not aux:
        if depth < 2 and (ahead := _expected_ahead(verb, depth)) is not None:
            return ahead
        return "past"
    if (verb.tag_ == "VB" or (verb.tag_ == "VBN" and "be" in aux)) and "to" in aux and depth < 3:
        # "is set to resume Monday", "expected to arrive Friday": a to-infinitive looks ahead
        # of its governing verb, unless that verb is itself past ("had been due to expire");
        # so does a passive one ("The hostages are due to be freed Friday")
        governing = _governing_verb(verb)
        if governing is None:
            return None
        if governing.tag_ == "VBN" and not _auxiliaries(governing):
            return "future"
        governing_tense = _verb_tense(governing, depth + 1)
        scheduled = _is_scheduling_verb(governing) or any(
            c.lower_ in _PLAN_ADJECTIVES for c in governing.children
        )  # "was due to arrive"
        if governing_tense == "past" and scheduled:
            return "prospective"  # "was scheduled to vote Friday": ahead of the report
        if governing.lemma_.lower() == "be" and governing.tag_ == "VBD" and verb.head.i == governing.i:
            # "The ministers were to meet Monday": "was/were to" is a plan made in the past, a
            # future seen from then, like "would meet Monday"
            return "prospective"
        return "past" if governing_tense in ("past", "pluperfect") else "future"
    if depth < 2 and verb.dep_ == "prep" and verb.lower_ in ("starting", "beginning", "commencing") and (
        verb.head.pos_ in ("VERB", "AUX")
    ):  # "will cut 500 jobs starting Monday", "take effect beginning Friday": the participle
        # naming when a change begins shares the tense of the clause it hangs from
        return _verb_tense(verb.head, depth + 1)
    if depth < 2 and verb.dep_ == "pcomp" and verb.head.head.pos_ in ("VERB", "AUX"):
        # "will visit Osaka before flying home Sunday": a gerund after a preposition shares
        # the tense of the clause the preposition hangs from
        return _verb_tense(verb.head.head, depth + 1)
    if depth < 2 and verb.head is not verb and verb.dep_ in ("xcomp", "advcl", "conj", "relcl", "ccomp"):
        return _verb_tense(verb.head, depth + 1)
    return None


_OCCURRING_VERBS = frozenset({"take", "begin", "start", "open", "resume", "convene"})
"""Verbs that tell when an event happens ('a meeting to take place Friday', 'talks to open Monday')."""
_PLAN_NOUNS = frozenset(
    {"agreement", "plan", "deal", "offer", "bid", "proposal", "pact", "accord", "intention", "commitment",
     "pledge", "promise"}
)  # fmt: skip
"""Nouns of planning whose infinitive is still to be done ('an agreement to acquire it in January')."""


def _first_or_only(noun: Token) -> bool:
    """'the first leader to visit Cuba', 'the only man to survive': an ordinal or a superlative
    before a noun makes its infinitive tell what was done, not what is planned."""
    return any(
        c.dep_ in ("amod", "advmod") and (c.lower_ in ("first", "last", "only", "next") or c.tag_ == "JJS")
        for c in noun.children
    )


_DIRECTIVE_VERBS = frozenset(
    {"order", "urge", "tell", "ask", "instruct", "direct", "invite", "summon", "advise", "warn",
     "request", "require", "encourage", "press", "exhort", "appeal", "command"}
)  # fmt: skip
"""Verbs of asking someone to do a thing, whose to-infinitive is not yet done ('ordered them to
leave'); not verbs that tell it was done ('forced them to leave', 'helped them to leave')."""
_PLAN_ADJECTIVES = frozenset({"due", "set", "poised", "ready", "likely"})
"""'was due / likely to arrive Friday': a future seen from a past report."""


def _temporal_marker(verb: Token) -> bool:
    """'when', 'once', 'as soon as', 'until', 'before' opening the verb's clause ('after' is
    left out: 'said he would resign after his party lost the vote' is often a past event)."""
    marks = [c.lower_ for c in verb.children if c.dep_ == "mark" or (c.dep_ == "advmod" and c.i < verb.i)]
    if any(m in ("when", "once", "until", "till", "before") for m in marks):
        return True
    if any(m in ("if", "unless") for m in marks):
        return True  # "said it would boycott the vote if it went ahead Sunday": the condition
        # of a reported future is backshifted too (one gone by would take "had gone ahead")
    return "as" in marks and verb.head.lower_ == "soon"  # "as soon as the board met": under "soon"


_FUTURATE_VERBS = frozenset(
    {"leave", "arrive", "travel", "fly", "go", "come", "return", "head", "meet", "visit", "depart"}
)
"""Verbs of a planned movement or meeting whose progressive names a plan ("is leaving Friday")."""
_EXPECTATION_VERBS = frozenset({"expect", "forecast", "predict", "anticipate", "plan", "schedule"})


def _expected_ahead(verb: Token, depth: int) -> str | None:
    """'more rain expected over the weekend could push the river over its banks', 'talks
    planned for Monday will go ahead': a participle of expectation describing a noun dates a
    thing still to come when the clause around that noun looks ahead ("A ruling expected
    Friday came a day late" stays past)."""
    if verb.dep_ != "acl" or verb.lemma_.lower() not in _EXPECTATION_VERBS:
        return None
    noun = verb.head
    clause = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj") or clause.pos_ not in ("VERB", "AUX"):
        return None
    tense = _verb_tense(clause, depth + 1)
    return "future" if tense in ("future", "prospective", "present") else None


_WH_WORDS = frozenset({"how", "what", "who", "which", "where", "why", "whether"})


def _present_inside_a_past_event(verb: Token) -> bool:
    """'The legislature passed a law changing how counties certify results on March 21': a
    present-tense verb in a clause that describes what a past event was about (an embedded
    question, 'how counties certify') states a general rule; the date the parse hangs on it
    dates the past event, so it looks back. Not a clause reported by a verb of saying ("said
    the plant reopens on March 21" is a timetable)."""
    if verb.tag_ not in ("VBZ", "VBP") or verb.dep_ not in ("ccomp", "advcl", "relcl", "acl"):
        return False
    if not any(c.lower_ in _WH_WORDS and c.i < verb.i for c in verb.subtree):
        return False
    if verb.dep_ == "relcl" and any(c.lower_ in ("who", "whom") for c in verb.children):
        return False  # "the president, who leaves for Moscow on Friday, met ...": a person's
        # relative clause tells a timetable or a state of that person, no general rule
    token = verb.head
    for _ in range(4):
        if token.tag_ == "VBD":
            return token.lower_ not in _REPORTING_VERBS
        if token.tag_ not in ("VBG", "VBN", "NN", "NNS") or token.head is token:
            return False
        token = token.head
    return False


_RATE = re.compile(r"(?:a|an|per)\s+(?:year|month|week|day|night|hour|minute|second)", re.I)


def _is_rate(view: _DocView, cand: Candidate) -> bool:
    """'$1.76 a year', '358,000 a month', 'four flights a week': 'a <unit>' right after an
    amount or a counted noun divides it; it names no stretch of time."""
    if not _RATE.fullmatch(cand.match.string, cand.start, cand.end):
        return False
    doc = view.doc
    span = view.span(cand.start, cand.end)
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    return before.pos_ in ("NUM", "SYM") or before.tag_ in ("NNS", "NNPS", "CD") or (
        before.pos_ == "NOUN" and before.lower_ not in _TIME_NOUNS and before.dep_ == "dobj"
    ) or (  # "3 percent a year", "a 2 percent a month rise": a measured amount per unit
        before.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in before.children)
    ) or (  # "60 miles of pipe a year", "two tons of grain a day": a measured amount of a thing
        before.pos_ == "NOUN" and before.dep_ == "pobj" and before.head.lower_ == "of"
        and any(c.dep_ == "nummod" for c in before.head.head.children)
    )


_PER_CLOCK_UNIT = re.compile(
    r"per\s+(?:(?:a|an|one|half|\d+|other)\s+)?(?:seconds?|minutes?|hours?|min|sec|hr)\b", re.I
)
"""'per second', 'per hour': a speed or a throughput. 'per day', 'per month', 'per year' after
an amount ('$30 per month', '300 tons per year') share the amount out over every such unit,
a SET as 'twice per day' is."""

_NAME_AFTER = re.compile(r"(?:['’]?s?['’]?\s+|\s+of\s+(?:the\s+)?)[A-Z][a-z]+")


def _in_a_name(cand: Candidate) -> bool:
    """'the Six-Day War', 'the Hundred Years' War', '24 Hours of Le Mans', 'the 1000 Days
    Fund': a duration whose unit is capitalised mid-name, before another capitalised word, is
    part of a proper name (TimeML leaves times inside names unmarked); "Three days later, ..."
    at a sentence's start is not."""
    match, text = cand.match, cand.match.string
    unit = match["unit"] if "unit" in match.re.groupindex else None
    if not unit or not unit[:1].isupper() or unit.isupper():
        return False
    return bool(_NAME_AFTER.match(text, cand.end))


def _ref_without_a_time(view: _DocView, cand: Candidate) -> bool:
    """Uses of a REF word that TimeBank never marks: "currently" describing a noun or an
    attributive adjective ("Jane Roe, currently vice president, ...", "an edgy and currently
    unforgiving public"), and "the future" as the subject of its clause ("the future looks
    bleak") or the object of a noun's "to" ("an approach to the future"): the things that
    will happen, not a time anything is placed at."""
    span = view.span(cand.start, cand.end)
    if span is None:
        return False
    key, root = span.text.lower(), span.root
    if key == "currently":
        head = root.head
        return head.i != root.i and (
            head.pos_ in ("NOUN", "PROPN") or head.dep_ == "amod"
            or (head.dep_ == "conj" and head.head.pos_ == "ADJ")  # "an edgy and currently ..."
        )
    if key == "the future":
        if root.dep_ in ("nsubj", "nsubjpass"):
            return True
        prep = root.head
        return root.dep_ == "pobj" and prep.lower_ == "to" and prep.head.pos_ == "NOUN"
    return False


def _plausible(view: _DocView, cand: Candidate) -> bool:
    """Reject bare numbers that the parse shows are counts, not years ('1998 people'), and
    frequency words used as adjectives ('a quarterly dividend')."""
    name, doc = cand.rule.name, view.doc
    if name in ("relative_unit", "day_word", "weekday") and _looks_like_a_title(doc, cand):
        return False
    if name == "month" and view.parsed and _month_in_a_name(view, cand):
        return False
    if name == "duration" and view.parsed and _is_rate(view, cand):
        return False
    if name in ("duration", "long_duration") and _in_a_name(cand):
        return False
    if name == "set" and _PER_CLOCK_UNIT.match(cand.match[0]):
        return False  # "frames per second", "60 miles per hour": a rate of measure, no TIMEX3
    if name == "ref" and view.parsed and _ref_without_a_time(view, cand):
        return False
    if name not in ("set", "frequency", "year") or not view.parsed:
        return name != "frequency" or not cand.match["unit2"]
    span = view.span(cand.start, cand.end)
    if span is None:
        return True
    if name == "set":
        if not cand.match["adverb"] or span[-1].pos_ == "ADV":  # "twice yearly": the adverb's
            return True
        # "collected weekly", "instead of weekly": how often a thing recurs. Not a word naming
        # a payment or a paper ("declared its initial quarterly", "a local weekly"), nor one
        # before its noun ("a quarterly dividend", "daily flights"): TimeBank leaves those
        # unannotated (tagging them too: AQUAINT value F1 +.006, TimeBank -.001; see git log)
        word = span[-1]
        return word.pos_ not in ("NOUN", "PROPN") and not (
            word.head.i > word.i and word.head.pos_ in ("NOUN", "PROPN")
        )
    if name == "frequency":
        # "$2 million a year", "$35 a night", "700 seats a week": a price or a count per unit
        # is a rate, not a time (TimeBank leaves them all unannotated); "twice a week" is a SET
        return not cand.match["unit2"]
    if span.start > 0 and doc[span.start - 1].pos_ == "PROPN" and doc[span.start - 1].is_title:
        prev = doc[span.start - 1].lower_
        if prev.rstrip(".") not in _DATE_WORDS:
            return False  # "Orion 1980", "Euro 2016": a year inside a name
    if span.start > 0 and doc[span.start - 1].lower_.rstrip(".") in _NUMBERED_THINGS:
        return False  # "Room 2017", "Flight 1998", "No. 1999"
    token = span[-1]
    if token.dep_ == "nummod" and token.head.i > token.i and token.head.tag_ in ("NNS", "NNPS"):
        if token.head.lower_ in _TIME_NOUNS:
            return True  # "1500 troops" counts; "1990 elections" dates
        # "the 1998 bombings", "its 1991 talks": a determiner before a year and a plural noun
        # of events names when they happened ("1500 attacks" without one counts them)
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        return token.head.lower_ in _EVENT_NOUNS and before in _DETERMINERS
    return True


PUBLISHED_TIME = "published_time"
"""The ``Doc._`` extension holding the publication time as an ISO 8601 string (a string, so
that the Doc still serialises): set it with :func:`set_published_time`."""


def set_published_time(doc: Doc, when: datetime | None) -> None:
    """Attach the publication time (date and clock, with its UTC offset when known) to ``doc``."""
    if not Doc.has_extension(PUBLISHED_TIME):
        Doc.set_extension(PUBLISHED_TIME, default=None)
    doc._.set(PUBLISHED_TIME, when.isoformat() if when is not None else None)


def published_time_of(doc: Doc) -> datetime | None:
    """The publication time set by :func:`set_published_time`; None if unset or unreadable."""
    if not Doc.has_extension(PUBLISHED_TIME):
        return None
    value = doc._.get(PUBLISHED_TIME)
    if isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        log.warning("ignoring unreadable publication time %r", value)
        return None


class TimexTagger:
    """The pipeline component: reads ``doc._.published``, ``doc._.doc_id`` and, when set,
    ``doc._.published_time``.

    It reads the token tables the entities component leaves for the attribution component
    (:func:`dateline.nlp.attribution_index.indexed`) and passes them on: the tagger changes
    nothing of the tokens or the parse, so the three components share one reading of it.
    """

    def __init__(self, nlp: Language | None = None) -> None:
        self._nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        with indexed(doc, take_over=True, hand_on=self._hands_on()):
            doc._.timexes = tag_timexes(
                doc, published=doc._.published, doc_id=doc._.doc_id or "", published_time=published_time_of(doc)
            )
        return doc

    def _hands_on(self) -> bool:
        """Hand the tables on only to an attribution component of the same pipeline, which
        takes them (left untaken, they would live as long as the ``Doc``)."""
        return self._nlp is not None and "dateline_attribution" in self._nlp.pipe_names


@Language.factory("dateline_timex", assigns=["doc._.timexes"])
def make_timex_tagger(nlp: Language, name: str) -> TimexTagger:
    register_extensions()
    if not Doc.has_extension(PUBLISHED_TIME):
        Doc.set_extension(PUBLISHED_TIME, default=None)
    return TimexTagger(nlp)
