"""Dating from what a text mentions: undated documents, and messages that prove someone alive.

Two rules of news prose carry the reasoning:

- A report in the past tense cannot precede what it reports: every datable past reference is a
  lower bound on the publication date (and a message's reference to an event is a lower bound
  on when the message was made: "it mentions the sanctions of August 1, so it was made after").
- News style writes the year only for dates outside the current year (AP style): "August 1"
  without a year, in a deictic (not narrative) sentence, is in the year of publication, and a
  document that writes "October 2017" with its year was published after 2017.

A yearless date in a sentence that also names a year, or after "at the time", belongs to that
narrative time, not to the publication year, and is left out of the estimate.

Every function here is pure: it reads an ``Analysis`` (or a text) and returns records, so the
ingest path can call :func:`estimate_publication` when ``published`` is None.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from dateline.dates import MONTHS
from dateline.records import Analysis, Certainty, Claim, Document, Record

# Capitalised names only: prose capitalises months, and a lowercase "may" is a modal verb.
_MON = (
    r"(?P<mon>"
    + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
    + r")\.?"
)
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("explicit", re.compile(rf"\b{_MON} {_DAY},? {_YEAR}\b")),
    ("explicit", re.compile(rf"\b{_DAY} {_MON},? {_YEAR}\b")),
    ("explicit", re.compile(rf"\b{_MON},? (?:of )?{_YEAR}\b")),
    ("last_year", re.compile(rf"\b{_MON} (?:of )?last year\b")),
    ("last_year", re.compile(r"\blast year\b")),
    ("yearless", re.compile(rf"\b{_MON} {_DAY}\b(?!,? \d)")),
    ("yearless", re.compile(rf"\b{_DAY} {_MON}\b(?!,? \d)")),
    (
        "yearless",
        re.compile(
            rf"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Dd]uring|[Ll]ast|early|late|mid-|[Oo]f) {_MON}\b(?![ ,]+\d)"
        ),
    ),
    (
        "explicit",
        re.compile(
            rf"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Dd]uring|early|late|mid-|of|[Tt]he) {_YEAR}\b"
        ),
    ),
    (
        "weekday",
        re.compile(
            r"\b(?:[Oo]n|[Ll]ast|[Tt]his) (?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        ),
    ),
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
FUTURE = re.compile(
    r"\b(will|shall|won't|'ll|is (?:due|scheduled|expected|set|planned) to|are (?:due|scheduled|expected|set) to"
    r"|plans? to|next|upcoming|coming)\b",
    re.IGNORECASE,
)
NARRATIVE_CUES = re.compile(
    r"\b(at the time|that day|that month|that year|the same day|then)\b", re.IGNORECASE
)
MESSAGE_CONTENT = re.compile(
    r"\b(refers?|referr(?:ed|ing)|reference[sd]?|mentions?|mentioned|mentioning|alludes?|alluded|cites?|cited|discuss(?:es|ed)?)\b",
    re.IGNORECASE,
)
MESSAGE_WORDS = re.compile(
    r"\b(speaker|voice|recording|message|audio|video|tape|footage|clip|statement|narrator|the man|the woman)\b",
    re.IGNORECASE,
)
MESSAGE_PREDICATES = frozenset({"message_released", "appeared"})
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+(?:[\"”’)]*)|$)|[^\n]+")
_ABBREV_END = re.compile(
    r"\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Col|Capt|Lt|Sgt|Gov|Sen|Rep|Brig|Maj|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|U\.S|No)\.$"
)


class DateReference(Record):
    """A datable reference in a text and the interval it denotes once resolved."""

    start: int
    end: int
    text: str
    kind: str = ""  # explicit | yearless | last_year | narrative
    earliest: date | None = None
    latest: date | None = None
    future: bool = False


class DateEstimate(Record):
    """An estimated publication (or making) interval with the reasons for each bound."""

    earliest: date | None = None
    latest: date | None = None
    reasons: tuple[str, ...] = ()
    references: tuple[DateReference, ...] = ()

    @property
    def summary(self) -> str:
        if self.earliest and self.latest:
            return f"between {self.earliest} and {self.latest}"
        if self.earliest:
            return f"no earlier than {self.earliest}"
        if self.latest:
            return f"no later than {self.latest}"
        return "undatable from its text"


@dataclass(frozen=True)
class _Sentence:
    start: int
    end: int
    text: str
    paragraph: int


# -- text helpers ----------------------------------------------------------------------------
def sentences(text: str) -> list[_Sentence]:
    """Sentences with offsets; a rule-based split good enough for dating (abbreviations kept)."""
    found: list[_Sentence] = []
    paragraph = 0
    for para in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        pending_start: int | None = None
        for m in _SENTENCE.finditer(para.group()):
            start = para.start() + m.start() if pending_start is None else pending_start
            end = para.start() + m.end()
            if _ABBREV_END.search(m.group().rstrip()) and m.end() < len(para.group()):
                pending_start = start
                continue
            pending_start = None
            chunk = text[start:end]
            if chunk.strip():
                found.append(_Sentence(start, end, chunk, paragraph))
        paragraph += 1
    return found


def _interval(
    year: int, month: int | None = None, day: int | None = None
) -> tuple[date, date] | None:
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if day is None:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        d = date(year, month, day)
        return d, d
    except ValueError:
        return None


def find_references(text: str) -> list[DateReference]:
    """Every datable reference, classified; explicit ones resolved, the others left open."""
    taken: list[tuple[int, int]] = []
    refs: list[DateReference] = []
    for sentence in sentences(text):
        future = bool(FUTURE.search(sentence.text))
        for kind, pattern in PATTERNS:
            for m in pattern.finditer(sentence.text):
                start, end = sentence.start + m.start(), sentence.start + m.end()
                if any(s < end and start < e for s, e in taken):
                    continue
                groups = m.groupdict()
                month = MONTHS.get((groups.get("mon") or "").lower())
                day = int(groups["day"]) if groups.get("day") else None
                year = int(groups["year"]) if groups.get("year") else None
                if day is not None and not 1 <= day <= 31:
                    continue
                bounds = _interval(year, month, day) if year else None
                if kind == "explicit" and bounds is None:
                    continue
                taken.append((start, end))
                refs.append(
                    DateReference(
                        start=start,
                        end=end,
                        text=text[start:end],
                        kind=kind,
                        earliest=bounds[0] if bounds else None,
                        latest=bounds[1] if bounds else None,
                        future=future,
                    )
                )
    _mark_narrative(text, refs)
    return sorted(refs, key=lambda r: r.start)


def _mark_narrative(text: str, refs: list[DateReference]) -> None:
    """Yearless references inside a passage about another year are narrative, not deictic."""
    by_sentence = {s.start: s for s in sentences(text)}
    spans = sorted(by_sentence)
    for i, ref in enumerate(refs):
        if ref.kind != "yearless":
            continue
        index = max(j for j, s in enumerate(spans) if s <= ref.start)
        here = by_sentence[spans[index]]
        explicit_near = any(r.kind == "explicit" and here.start <= r.start < here.end for r in refs)
        month = re.search(_MON, ref.text)
        month_only = month is not None and not re.search(r"\d", ref.text)
        dated_before = month_only and any(
            r.kind == "explicit"
            and r.start < ref.start
            and re.search(_MON, r.text)
            and re.search(_MON, r.text).group("mon")[:3] == month.group("mon")[:3]  # type: ignore[union-attr]
            for r in refs
        )  # "the officials in November" after "in November 2018": the same month again
        if explicit_near or dated_before or NARRATIVE_CUES.search(here.text):
            refs[i] = ref.model_copy(update={"kind": "narrative"})


def resolve_reference(ref: DateReference, anchor: date) -> DateReference:
    """Resolve a yearless or 'last year' reference against a publication date."""
    if ref.kind == "explicit":
        return ref
    if ref.kind == "weekday":  # news: the most recent such day (the next one, in the future)
        wanted = next(i for i, name in enumerate(WEEKDAYS) if name in ref.text)
        shift = (anchor.weekday() - wanted) % 7
        on = (
            anchor - timedelta(days=shift)
            if not ref.future
            else anchor + timedelta(days=(wanted - anchor.weekday()) % 7 or 7)
        )
        return ref.model_copy(update={"earliest": on, "latest": on})
    m = re.search(_MON, ref.text)
    month = MONTHS[m.group("mon").lower()] if m else None
    d = re.search(r"\b([0-3]?\d)(?:st|nd|rd|th)?\b", ref.text)
    day = int(d.group(1)) if d and month else None
    if ref.kind == "last_year":
        bounds = _interval(anchor.year - 1, month)
    elif month is None:
        return ref
    else:
        bounds = _interval(anchor.year, month, day)
        if bounds and not ref.future and bounds[0] > anchor:
            bounds = _interval(anchor.year - 1, month, day)
        elif bounds and ref.future and bounds[1] < anchor:
            bounds = _interval(anchor.year + 1, month, day)
    if bounds is None:
        return ref
    return ref.model_copy(update={"earliest": bounds[0], "latest": bounds[1]})


# -- publication date ------------------------------------------------------------------------
def estimate_publication(analysis: Analysis) -> DateEstimate:
    """Estimated publication interval of a document from its own datable references and tense."""
    return estimate_text_date(analysis.document.text)


def wire_dateline(text: str) -> tuple[int, int, str] | None:
    """(month, day, text) of a wire dateline opening the story: 'QADRA, Feb. 18 (Agency) -'.

    Agency datelines carry the day the story was filed, which is its publication day.
    """
    m = re.match(rf"\s*[A-Z][A-Z .'-]{{1,40}}, {_MON} {_DAY}\b", text[:200])
    if not m:
        return None
    return MONTHS[m.group("mon").lower()], int(m.group("day")), m.group(0).strip()


def estimate_text_date(text: str) -> DateEstimate:
    """Publication interval of a text from its datable references, tense and dateline."""
    refs = find_references(text)
    dateline = wire_dateline(text)
    if dateline:
        refs = [r for r in refs if r.start >= len(dateline[2]) + 5]
    past_explicit = [r for r in refs if r.kind == "explicit" and not r.future and r.earliest]
    reasons: list[str] = []
    earliest: date | None = None
    latest: date | None = None
    if past_explicit:
        top = max(past_explicit, key=lambda r: (r.earliest, r.start))
        earliest = top.earliest
        reasons.append(
            f"reports '{top.text}' in the past tense, so it was written no earlier than {top.earliest}"
        )
    deictic = [r for r in refs if r.kind == "yearless" and not r.future]
    if past_explicit and (deictic or dateline):
        year = max(r.earliest.year for r in past_explicit if r.earliest) + 1
        shown = [f"'{r.text}'" for r in deictic[:3]] + ([f"'{dateline[2]}'"] if dateline else [])
        reasons.append(
            f"writes years for dates up to {year - 1} but none for {', '.join(shown)}: news "
            f"style omits the year only for the current year, so it is from {year} or later"
        )
        earliest = max(earliest or date(year, 1, 1), date(year, 1, 1))
        resolved = [resolve_reference(r, date(year, 12, 31)) for r in deictic]
        bound = max(
            (r for r in resolved if r.earliest), key=lambda r: (r.earliest, r.start), default=None
        )
        if bound and bound.earliest and bound.earliest > earliest:
            earliest = bound.earliest
            reasons.append(
                f"'{bound.text}' (no year, past tense) is {bound.earliest} at the earliest, "
                f"so it was written no earlier than {bound.earliest}"
            )
    if dateline:
        month, day, written = dateline
        floor = earliest or date(1900, 1, 1)
        for y in range(floor.year, floor.year + 2):
            try:
                candidate = date(y, month, day)
            except ValueError:
                continue
            if candidate >= floor:
                earliest = candidate
                reasons.append(
                    f"its dateline '{written}' gives the day it was filed: {candidate:%b %d} of "
                    f"a year from {candidate.year} on"
                )
                break
    future = [r for r in refs if r.kind == "explicit" and r.future and r.latest]
    if future:
        top = min(future, key=lambda r: (r.latest, r.start))
        if top.latest and (earliest is None or top.latest >= earliest):
            latest = top.latest
            reasons.append(
                f"looks ahead to '{top.text}', so it was written no later than {top.latest}"
            )
    if not reasons:
        reasons.append("no datable reference in the text")
    return DateEstimate(
        earliest=earliest, latest=latest, reasons=tuple(reasons), references=tuple(refs)
    )


# -- messages: proof of life -----------------------------------------------------------------
def message_content_sentences(text: str) -> list[_Sentence]:
    """Sentences that describe what a message (recording, video, statement) says or mentions.

    A sentence counts when it pairs a verb of mentioning with a word for the message or its
    speaker ("the speaker refers to"), or opens with a pronoun and a verb of mentioning right
    after such a sentence ("He refers to the sanctions ...").
    """
    found: list[_Sentence] = []
    last_content = -10
    for i, sentence in enumerate(sentences(text)):
        cue = MESSAGE_CONTENT.search(sentence.text)
        about_message = MESSAGE_WORDS.search(sentence.text)
        speaker_opening = re.match(
            r"\s*(?:The|the) (?:speaker|voice|man|woman|narrator) (?:on|in) the\b", sentence.text
        )
        pronoun = re.match(r"\s*(?:He|She|They|It)\b", sentence.text)
        if (
            (cue and about_message)
            or speaker_opening
            or (cue and pronoun and i - last_content <= 2)
        ):
            found.append(sentence)
            last_content = i
    return found


def date_message(analysis: Analysis, message: Claim) -> DateEstimate:
    """Earliest date a message can have been made: the latest datable thing its content mentions.

    Content sentences are those describing what the message refers to or mentions. Yearless
    dates are resolved against the publication date (past tense: the most recent one before).
    """
    doc = analysis.document
    anchor = doc.published or message.event_latest
    ceiling = message.event_latest or doc.published
    # a message claim's own sentence tells when it was released, not what it mentions
    release = [(c.start, c.end) for c in analysis.claims if c.predicate in MESSAGE_PREDICATES]
    content = [
        s
        for s in message_content_sentences(doc.text)
        if not any(s.start < end and start < s.end for start, end in release)
    ]
    spans = [(s.start, s.end) for s in content]
    refs = [
        r
        for r in find_references(doc.text)
        if any(s <= r.start < e for s, e in spans) and not r.future and r.kind != "narrative"
    ]
    resolved = [resolve_reference(r, anchor) if anchor else r for r in refs]
    usable = [r for r in resolved if r.earliest and (ceiling is None or r.earliest <= ceiling)]
    if not usable:
        return DateEstimate(
            latest=ceiling, reasons=("the message's content mentions nothing datable",)
        )
    top = max(usable, key=lambda r: (r.earliest, r.start))
    return DateEstimate(
        earliest=top.earliest,
        latest=ceiling,
        reasons=(
            f"it mentions '{top.text}' ({top.earliest}), so it was made no earlier than {top.earliest}",
        ),
        references=tuple(usable),
    )


def proof_of_life_claims(analysis: Analysis) -> list[Claim]:
    """'alive' claims inferred from messages dated by their content, one per message claim.

    A message proves its speaker alive when it was made, not when it was released: the content
    bound ("it mentions August 1") is the proof of life, and the release date only its ceiling.
    The inferred claim keeps the message claim's claimant and certainty: a message is proof of
    life only if it is genuine, which is what its claimant asserts.
    """
    inferred: list[Claim] = []
    for claim in analysis.claims:
        if claim.predicate not in MESSAGE_PREDICATES or claim.polarity != "affirmed":
            continue
        estimate = date_message(analysis, claim)
        if estimate.earliest is None:
            continue
        if claim.event_earliest and estimate.earliest > claim.event_earliest:
            continue  # content dated after the message's own date: a misread, not evidence
        certainty: Certainty = claim.certainty if claim.certainty != "asserted" else "reported"
        inferred.append(
            claim.model_copy(
                update={
                    "claim_id": f"{claim.claim_id}:made-after",
                    "predicate": "alive",
                    "event_time": estimate.earliest.isoformat(),
                    "event_earliest": estimate.earliest,
                    "event_latest": estimate.latest or estimate.earliest,
                    "certainty": certainty,
                    "basis": f"{estimate.reasons[0]}; {claim.subject} was alive then if the message is genuine",
                }
            )
        )
    return inferred


def date_file(path: str | Path) -> tuple[Document, DateEstimate]:
    """The first document of a file and the estimate of its date from its own text."""
    from dateline.errors import EmptyDocument
    from dateline.ingest import read_path

    for item in read_path(path):
        if isinstance(item, Exception):
            raise item
        return item, estimate_text_date(item.text)
    raise EmptyDocument("no article found in the file", source=str(path))


AFTER_CUE = re.compile(r"\b(after|since|following|from)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)


def bound_undated_claims(analysis: Analysis) -> list[Claim]:
    """Claims without an event time, bounded above by the one date their own sentence gives.

    "The Russian military claimed in June to have killed him": whatever the event's date, it
    happened no later than the claim about it, so the sentence's only date (when it is not
    after publication, and not introduced by "after"/"since") caps the event's interval.
    """
    published = analysis.document.published
    text = analysis.document.text
    bounded: list[Claim] = []
    spans = [(s.start, s.end) for s in sentences(text)] if analysis.claims else []
    for claim in analysis.claims:
        if claim.event_earliest is not None:
            bounded.append(claim)
            continue
        start, end = next(
            ((a, b) for a, b in spans if a <= claim.start < b), (claim.start, claim.end)
        )
        inside = [
            t
            for t in analysis.timexes
            if t.type == "DATE"
            and t.latest
            and start <= t.start
            and t.end <= end
            and (published is None or t.latest <= published)
        ]
        if len(inside) != 1 or AFTER_CUE.search(
            text[max(start, inside[0].start - 40) : inside[0].start]
        ):
            bounded.append(claim)
            continue
        cap = inside[0].latest
        if claim.event_latest is None or (cap and cap < claim.event_latest):
            bounded.append(claim.model_copy(update={"event_latest": cap}))
        else:
            bounded.append(claim)
    return bounded
