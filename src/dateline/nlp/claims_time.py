"""Time helpers for claims: TIMEX3 value → interval, and a small fallback tagger.

The fallback only runs when ``doc._.timexes`` is missing (the timex component absent from a
user's pipeline): it reads the model's DATE entities with calendar dates, month names,
years and weekdays, anchoring a month without year on the last explicit year before it
(narrative time) and a weekday on the publication date.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from dateline.dates import MONTHS
from dateline.nlp.attribution_index import tables_of
from dateline.records import TimeExpression

WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_POINT = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|AU|WI)$")
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}
_DAY_PART = re.compile(r"^(\d{4}-\d{2}-\d{2})T(?:MO|AF|EV|NI|DT|\d{2}(?::\d{2})*)$")


def calendar_value(value: str | None) -> str | None:
    """A TIMEX3 value as a calendar point or week: "2018-11-03TNI" (Saturday night) → the day."""
    if not value:
        return value
    m = _DAY_PART.match(value)
    return m.group(1) if m else value


def event_value(value: str | None) -> str | None:
    """A TIMEX3 value as an event time: a part of day stays ("freed on Friday evening" →
    "2023-12-01TEV") and so does a clock time ("at 2.15 am on Saturday" →
    "2025-02-01T02:15"), as the gold set writes them; an unspecified day time ("TDT")
    becomes its day."""
    return value[:-3] if value and value.endswith("TDT") else value


def interval_of(value: str | None) -> tuple[date | None, date | None]:
    """``2017-05`` → (2017-05-01, 2017-05-31), ``2020-W07`` → its Monday to Sunday;
    non-calendar values → (None, None)."""
    value = calendar_value(value)
    week = _WEEK.match(value or "")
    if week:
        try:
            monday = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        except ValueError:
            return None, None
        if week.group(3):
            return monday + timedelta(days=5), monday + timedelta(days=6)  # the weekend
        return monday, monday + timedelta(days=6)
    season = _SEASON.match(value or "")
    if season:  # "That summer" (2019-SU): June to August; winter runs into the next year
        year = int(season.group(1))
        first, last = _SEASON_MONTHS[season.group(2)]
        end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
        end_day = calendar.monthrange(end_year, end_month)[1]
        return date(year, first, 1), date(end_year, end_month, end_day)
    if not value or not _POINT.match(value):
        return None, None
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
    try:
        day = date(parts[0], parts[1], parts[2])
    except ValueError:
        return None, None
    return day, day


def is_point(value: str | None) -> bool:
    value = calendar_value(value)
    return bool(value and (_POINT.match(value) or _WEEK.match(value) or _SEASON.match(value)))


def fallback_timexes(doc: Doc) -> list[TimeExpression]:
    """Calendar DATE expressions of ``doc`` with TIMEX3 values (see module docstring)."""
    published: date | None = doc._.published
    out: list[TimeExpression] = []
    year_ref: int | None = None
    for n, ent in enumerate(e for e in doc.ents if e.label_ == "DATE"):
        value, explicit_year = _value_of(ent.text, published, year_ref)
        if value is None:
            continue
        if explicit_year:
            year_ref = int(value[:4])
        earliest, latest = interval_of(value)
        out.append(
            TimeExpression(
                doc_id=doc._.doc_id or "",
                tid=f"ft{n}",
                start=ent.start_char,
                end=ent.end_char,
                text=ent.text,
                type="DATE",
                value=value,
                anchor="absolute" if explicit_year else "narrative",
                earliest=earliest,
                latest=latest,
            )
        )
    return out


def _value_of(text: str, published: date | None, year_ref: int | None) -> tuple[str | None, bool]:
    words = re.findall(r"[a-z]+|\d+", text.lower())
    year = next(
        (int(w) for w in words if len(w) == 4 and w.isdecimal() and 1900 < int(w) < 2100), None
    )
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    day = next((int(w) for w in words if w.isdecimal() and len(w) <= 2 and 1 <= int(w) <= 31), None)
    if year is not None:
        if month is None:
            return str(year), True
        return (f"{year}-{month:02d}-{day:02d}" if day else f"{year}-{month:02d}"), True
    if month is not None:
        base = published.year if published else year_ref
        if base is None:
            return None, False
        if "last" in words and "year" in words:
            base -= 1
        elif year_ref is not None:
            base = year_ref
        elif published is not None and (month, day or 1) > (published.month, published.day):
            base -= 1
        return (f"{base}-{month:02d}-{day:02d}" if day else f"{base}-{month:02d}"), False
    weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
    if weekday is not None and published is not None:
        back = (published.weekday() - weekday) % 7
        return (published - timedelta(days=back)).isoformat(), False
    if published is not None and words in (["last", "year"],):
        return str(published.year - 1), False
    return None, False


# --- Offsets, bounds and sequels (event time rules of news prose) ------------------------

_LATER_RE = re.compile(r"^\s*(?:later|afterwards|afterward|on)\b", re.IGNORECASE)
SEQUEL_ADVERBS = frozenset({"later", "afterwards", "afterward", "subsequently", "eventually"})
"""A clause that says it came "later" is not dated by the sentence before it."""
BOUND_WORDS = frozenset({"since", "after", "before", "until", "till", "prior", "by"})


def unit_value(earliest: date | None, latest: date | None) -> str | None:
    """The TIMEX3 value of an interval that is exactly one day, month or year, else None."""
    if earliest is None or latest is None or earliest > latest:
        return None
    if earliest == latest:
        return earliest.isoformat()
    if earliest.year == latest.year and earliest.month == latest.month:
        last = calendar.monthrange(latest.year, latest.month)[1]
        if earliest.day == 1 and latest.day == last:
            return f"{earliest.year}-{earliest.month:02d}"
        return None
    if earliest.year == latest.year and (
        earliest.month,
        earliest.day,
        latest.month,
        latest.day,
    ) == (
        1,
        1,
        12,
        31,
    ):
        return str(earliest.year)
    return None


_DECADE = re.compile(r"^\d{3}$")


def as_point(tx: TimeExpression, text: str) -> TimeExpression | None:
    """``tx`` when it is a calendar point; for an offset ("eight days later", "a year later",
    "two years later") the point it lands on, when the time stage anchored it on a time fine
    enough to count from (a day for days, a year for years); else None.

    "two weeks later" after "In April" is no point: the offset spans two calendar months.
    """
    if is_point(tx.value) or _DECADE.match(tx.value or ""):
        return tx  # (a decade too: "spent two years in prison in the 1990s" is 199)
    if tx.type != "DURATION" or not _LATER_RE.match(text[tx.end : tx.end + 16]):
        return None
    value = unit_value(tx.earliest, tx.latest)
    if value is None:
        return None
    return tx.model_copy(update={"value": value})


def is_sequel(anchor: Token) -> bool:
    """ "he later appeared in videos", "was subsequently freed": a later time than the one
    before, so the narrative time of the previous sentence is only a lower bound."""
    tables = tables_of(anchor.doc)  # (read from the tables: no Token per child)
    dep, lower, head = tables.dep, tables.lower, tables.head
    tok = anchor.i
    for _ in range(3):
        if any(dep[c] == "advmod" and lower[c] in SEQUEL_ADVERBS for c in tables.children[tok]):
            return True
        if dep[tok] not in {"acomp", "attr", "xcomp", "oprd"} or head[tok] == tok:
            return False
        tok = head[tok]
    return False


def is_bound(span_root: Token) -> bool:
    """A time governed by "since", "after", "before", "until", "by": a bound on some other
    event, never the time of the clause it sits in ("since her arrest in October")."""
    tok = span_root
    for _ in range(6):
        if tok.lower_ in BOUND_WORDS and tok.dep_ in {"prep", "mark", "advmod"}:
            # "by" bounds only its own object ("by 2014"), not "arrested by police on Monday"
            return tok.lower_ != "by" or tok == span_root.head
        if tok.head == tok or tok.pos_ in {"VERB", "AUX"}:
            return False
        tok = tok.head
    return False


def is_deadline(span_root: Token) -> bool:
    """ "By 2014 he had become commander": a "by" time bounds the change, it does not date it."""
    return span_root.dep_ == "pobj" and span_root.head.lower_ == "by"


STATE_PREDICATES = frozenset({"alive", "located_in", "other:missing"})


def holds_at_report(anchor: Token, predicate: str) -> bool:
    """A state in an infinitive under a present frame holds when it is reported, dated like
    a present-tense state: "I'm just happy to be alive", "she is glad to be free".

    (A past-tense state in indirect speech, "said she was well", is left undated, as the
    gold set's convention has it in most cases.)
    """
    if predicate not in STATE_PREDICATES:
        return False
    if anchor.pos_ == "NOUN" and _subject_of_present(anchor):
        return True  # "his whereabouts remain unknown / are not yet known"
    verb = anchor
    for _ in range(4):
        if verb.pos_ in {"VERB", "AUX"} and verb.dep_ not in {"xcomp", "acomp"}:
            break
        if verb.head == verb:
            break
        verb = verb.head
    return verb.tag_ in {"VBP", "VBZ"} and anchor != verb and _infinitive_below(anchor, verb)


def _subject_of_present(noun: Token) -> bool:
    """The noun is the subject of a present-tense verb (through an apposition: "- Baku: The
    whereabouts of X remain unknown", where the place label is parsed as the subject)."""
    if noun.dep_ == "appos" and noun.head.dep_ in {"nsubj", "nsubjpass"}:
        noun = noun.head
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = noun.head
    auxes = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if auxes & {"was", "were", "had", "will", "would", "has", "have"}:
        return False
    return verb.tag_ in {"VBP", "VBZ"} or bool(auxes & {"is", "are", "'s", "'re"})


def _infinitive_below(anchor: Token, verb: Token) -> bool:
    tok = anchor
    while tok != verb and tok.head != tok:
        if any(c.lower_ == "to" and c.dep_ == "aux" for c in tok.children):
            return True
        tok = tok.head
    return False


_REPORTING = frozenset(
    {"say", "tell", "report", "announce", "claim", "confirm", "state", "add", "insist", "write"}
)


def source_goes_on(span_root: Token, subject: Token | None) -> bool:
    """The time sits inside what a source said ("the group said he died on June 10") and
    the next sentence goes on with that source as its subject ("It named his deputy as
    his successor"): the narration continues the source's act, not the reported event."""
    if subject is None:
        return False
    tok = span_root
    for _ in range(12):
        if tok.head == tok:
            return False
        if tok.dep_ in {"ccomp", "xcomp"} and tok.head.lemma_.lower() in _REPORTING:
            sayer = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if sayer is None or sayer.pos_ == "PRON" and sayer.lower_ not in {"it", "they"}:
                return False
            if subject.lower_ in {"it", "they"}:
                return sayer.tag_ in {"NN", "NNS", "NNP", "NNPS"} and not _personal(sayer)
            return subject.lemma_.lower() == sayer.lemma_.lower()
        tok = tok.head
    return False


def _personal(tok: Token) -> bool:
    return tok.ent_type_ == "PERSON" or tok.lower_ in {"he", "she", "man", "woman"}


def same_event(anchor: Token) -> bool:
    """ "was wounded in the same strike": the clause points back at an event told just
    before, so it takes that event's time, whoever tells it."""
    tables = tables_of(anchor.doc)  # (read from the tables: no Token per child)
    dep, lower, children = tables.dep, tables.lower, tables.children
    return any(
        dep[c] == "prep"
        and any(
            dep[p] == "pobj" and any(lower[d] == "same" for d in children[p]) for p in children[c]
        )
        for c in children[anchor.i]
    )
