"""Speaker turns of a transcript or a Q&A: who a third-person pronoun can mean there.

A broadcast transcript or an interview marks each turn with the speaker's label at the
start of a line (``PRESENTER: ...``, ``KEITA: ...``, ``Q: ...``). Two rules of English follow:

* the speaker of a turn is "I" in it, never "he" or "she": the label's person is no
  antecedent of a third-person pronoun (``ADEBAYO: We believe he has been taken ...``);
* a pronoun that opens a turn, with nobody named before it in that turn, takes up the
  person the previous turn was about, the one the story has named most, not merely the last
  man the previous speaker happened to name (``PRESENTER: But the army said he had been
  killed``: the group's founder the whole exchange is about, not the deputy named last).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from dateline.nlp.entities_doc import full_text

TURNS_KEY = "dateline.entities.turns"

# "PRESENTER:", "KEITA:", "DR SIBANDA:", "Q:" at the start of a line
_LABEL_RE = re.compile(r"(?m)^[ \t]*(?:[A-Z][A-Z.'\-]*(?: [A-Z][A-Z.'\-]*){0,3}):(?=[ \t])")

Turn = tuple[int, int, int]  # (start of the label, end of the label, end of the turn)


def speaker_turns(doc: Doc) -> list[Turn]:
    """The turns of a transcript, in order; empty when the text has fewer than two labels
    (a single "NOTE:" line makes no transcript)."""
    cached = _cache(doc)
    if cached.labels is not None:
        return list(cached.labels)
    text = full_text(doc)
    labels = [m.span() for m in _LABEL_RE.finditer(text)]
    turns: list[Turn] = []
    if len(labels) >= 2:
        for n, (a, b) in enumerate(labels):
            end = labels[n + 1][0] if n + 1 < len(labels) else len(text)
            turns.append((a, b, end))
    cached.labels = turns
    return turns


@dataclass
class _TurnCache:
    """The turns read once per document (dropped when the entity stage ends)."""

    labels: list[Turn] | None = None
    answers: list[InterviewTurn] | None = None
    intro_end: int = 0


def _cache(doc: Doc) -> _TurnCache:
    cached = doc.user_data.get(TURNS_KEY)
    if not isinstance(cached, _TurnCache):
        cached = doc.user_data[TURNS_KEY] = _TurnCache()
    return cached


# paragraphs, and the items of a bulleted list, as the claims stage counts them
_PARAGRAPH_RE = re.compile(r"(?:^|\n\s*\n|\n(?=[-•*–] ))\S")


def answer_turns(doc: Doc, quotes: list[tuple[int, int]]) -> list[InterviewTurn]:
    """The answers of a printed interview without speaker names ("Q:" / "A:", or questions
    on lines of their own), in order, for :func:`read_interview_turns`; empty for any other
    text. The one who answers is "I" in them, never "he" or "she"."""
    cached = _cache(doc)
    if cached.answers is None:
        text = full_text(doc)
        if "?" not in text and ":" not in text:
            # every layout asks with "?" or labels its turns with ":": no interview, no answers
            cached.answers = []
            cached.intro_end = 0
            return []
        starts = [m.end() - 1 for m in _PARAGRAPH_RE.finditer(text)]
        turns = read_interview_turns(text, starts, quotes)
        cached.answers = [u for u in turns if not u.asks and u.label is None]
        cached.intro_end = turns[0].start if turns else 0
    return list(cached.answers)


def interview_intro_end(doc: Doc, quotes: list[tuple[int, int]]) -> int:
    """Where the introduction of a printed interview ends (0 for any other text)."""
    answer_turns(doc, quotes)
    return _cache(doc).intro_end


def in_label(turns: list[Turn], at: int) -> bool:
    """The character ``at`` lies in a turn's speaker label."""
    return any(a <= at < b for a, b, _ in turns)


def turn_of(turns: list[Turn], at: int) -> int | None:
    """The number of the turn holding character ``at``, if any."""
    for n, (a, _, end) in enumerate(turns):
        if a <= at < end:
            return n
    return None


@dataclass(frozen=True)
class InterviewTurn:
    """One turn of a printed interview: characters ``start``..``end`` of a line or paragraph,
    the interviewer's (``asks``: a question, or a claim put to the interviewee) or the
    interviewee's answer."""

    start: int
    end: int
    asks: bool
    label: str | None = None  # a transcript's speaker label ("MENSAH", "KATO (recorded)")


# "Q:" / "A:" opening an interview's labelled turn
_QA_LABEL_RE = re.compile(r"\s*(?P<who>[QA]):\s")
# a transcript's speaker label: "MENSAH:", "PRESENTER (SARAH OKAFOR):"
_SPEAKER_LABEL_RE = re.compile(
    r"\s*(?P<label>[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}(?: \([^)\n]{1,40}\))?):\s"
)
# who asks in a transcript: "QUESTION:", "PRESENTER (X):", "NORA BAKER (HOST):"
_ASKER_WORDS = frozenset(
    {
        "q",
        "question",
        "questions",
        "presenter",
        "host",
        "anchor",
        "interviewer",
        "moderator",
        "reporter",
        "correspondent",
        "journalist",
        "audience",
        "caller",
        "chair",
    }
)
_SECOND_PERSON_RE = re.compile(r"\b(?:you|your|yourself)\b", re.IGNORECASE)
_FIRST_PERSON_RE = re.compile(r"\b(?:I|me|my|myself)\b")
_QUOTE_MARKS = ('"', "\u201c", "\u201d")


def _is_question(line: str) -> bool:
    """A turn that is the interviewer's question: short, unquoted, ending in "?"."""
    return (
        line.endswith("?")
        and len(line.split()) <= 40
        and line.count("?") <= 2
        and not any(q in line for q in _QUOTE_MARKS)
    )


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The non-blank lines of ``text[start:end]`` as stripped character spans."""
    spans = []
    for m in re.finditer(r"[^\n]+", text[start:end]):
        line = m.group()
        if line.strip():
            lead = len(line) - len(line.lstrip())
            spans.append((start + m.start() + lead, start + m.start() + len(line.rstrip())))
    return spans


def _unquoted_first_person(text: str, quotes: list[tuple[int, int]], turn: InterviewTurn) -> bool:
    return any(
        not any(a <= turn.start + m.start() < b for a, b in quotes)
        for m in _FIRST_PERSON_RE.finditer(text[turn.start : turn.end])
    )


def _put_to_you(text: str, quotes: list[tuple[int, int]], a: int, b: int) -> bool:
    """A claim the interviewer puts to the interviewee in a paragraph of its own, between two
    answers ("There were reports that you had left the country."): short, unquoted, about
    "you", with no "I" of its own."""
    para = text[a:b].strip()
    return (
        len(para.split()) <= 30
        and not any(q in para for q in _QUOTE_MARKS)
        and _SECOND_PERSON_RE.search(para) is not None
        and not _unquoted_first_person(text, quotes, InterviewTurn(a, b, False))
    )


def _one_exchange(text: str, quotes: list[tuple[int, int]], lines: list[tuple[int, int]]) -> bool:
    """A paragraph whose first line asks "you" and whose next line answers as "I"."""
    answer = InterviewTurn(lines[1][0], lines[-1][1], False)
    return (
        _SECOND_PERSON_RE.search(text[slice(*lines[0])]) is not None
        and _unquoted_first_person(text, quotes, answer)
    )


def label_words(label: str) -> list[str]:
    """The lower-cased words of a speaker label, its parenthesis included."""
    return re.findall(r"[a-z][a-z'\-]*", label.lower())


def _transcript_turns(text: str, paragraphs: list[tuple[int, int]]) -> tuple[InterviewTurn, ...]:
    """The turns of a transcript whose paragraphs open with their speaker's label
    ("MENSAH: ..."): a label of the one who asks ("QUESTION:", "PRESENTER (SARAH OKAFOR):",
    and later the bare "OKAFOR:") makes an asking turn; unlabelled paragraphs go on with the
    turn before them."""
    turns: list[InterviewTurn] = []
    askers: set[str] = _introduced_askers(text, paragraphs)
    for a, b in paragraphs:
        found = _SPEAKER_LABEL_RE.match(text, a)
        if found is None:
            if turns:
                last = turns[-1]
                turns[-1] = InterviewTurn(last.start, b, last.asks, last.label)
            continue
        label = found.group("label")
        words, name = label_words(label), label_words(label.split("(")[0])
        asks = bool(_ASKER_WORDS & set(words)) or bool(name) and name[-1] in askers
        if asks:
            askers.update(w for w in words if w not in _ASKER_WORDS)
        turns.append(InterviewTurn(a, b, asks, label))
    return tuple(turns)


# the introduction of a transcript naming who asks: "The presenter, Daniel Kiprop, speaks to
# ...", "host Nora Baker", "our interviewer, X"
_INTRODUCED_ASKER_RE = re.compile(
    r"\b(?:presenter|host|anchor|interviewer|moderator)\b,?\s+((?:[A-Z][\w'\-]+\s+){0,3}[A-Z][\w'\-]+)"
)


def _introduced_askers(text: str, paragraphs: list[tuple[int, int]]) -> set[str]:
    """The surnames the text before a transcript's first labelled turn gives as the one who
    asks (a later bare label "KIPROP:" then asks, as the "PRESENTER (X)" label would make it)."""
    first = next((a for a, _ in paragraphs if _SPEAKER_LABEL_RE.match(text, a)), None)
    if first is None:
        return set()
    return {m.group(1).split()[-1].lower() for m in _INTRODUCED_ASKER_RE.finditer(text[:first])}


def _labelled_turns(text: str, paragraphs: list[tuple[int, int]]) -> tuple[InterviewTurn, ...]:
    """ "Q: ..." / "A: ..." turns (a labelled answer goes on through unlabelled paragraphs)."""
    turns: list[InterviewTurn] = []
    for a, b in paragraphs:
        for start, end in _lines(text, a, b):
            found = _QA_LABEL_RE.match(text, start)
            if found is not None:
                turns.append(InterviewTurn(start, end, found.group("who") == "Q"))
            elif turns:
                last = turns[-1]
                turns[-1] = InterviewTurn(last.start, end, last.asks)
    labels = {t.asks for t in turns}
    return tuple(turns) if labels == {True, False} else ()


def read_interview_turns(
    text: str, para_starts: list[int], quotes: list[tuple[int, int]]
) -> tuple[InterviewTurn, ...]:
    """The turns of a printed interview or a transcript, in order; empty for any other text.

    An interview prints its exchanges in one of three layouts: turns labelled "Q:" / "A:";
    each question a paragraph of its own, the answer in the paragraphs after it; or each
    exchange one paragraph, the question on its first line and the answer on the next. In
    the one-paragraph layout the first line of every exchange is the interviewer's, even one
    that puts a claim instead of asking ("Some of your colleagues say you were removed.").
    The introduction before the first question is nobody's turn. Question headings of an
    explainer ("Where is Karam now?" answered in the writer's own voice) make no interview:
    the questions must be put to "you" or the answers speak as "I". A transcript's
    paragraphs open with their speakers' labels (:func:`_transcript_turns`)."""
    bounds = [*para_starts, len(text)]
    paragraphs = [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if text[a:b].strip()]
    labelled = _labelled_turns(text, paragraphs)
    if labelled:
        return labelled
    if sum(1 for a, _ in paragraphs if _SPEAKER_LABEL_RE.match(text, a)) >= 2:
        return _transcript_turns(text, paragraphs)
    units = [(para, _lines(text, *para)) for para in paragraphs]
    inline = [
        n
        for n, (_, lines) in enumerate(units)
        if len(lines) >= 2 and _is_question(text[slice(*lines[0])])
    ]
    turns: list[InterviewTurn] = []
    if len(inline) == 1 and _one_exchange(text, quotes, units[inline[0]][1]):
        # an introduction and a single exchange ("When did you last hear from him?" / "On
        # Sunday. His sister called me."): a question to "you" answered by an "I"
        lines = units[inline[0]][1]
        return (
            InterviewTurn(lines[0][0], lines[0][1], True),
            InterviewTurn(lines[1][0], units[inline[0]][0][1], False),
        )
    if len(inline) >= 2:
        # one exchange a paragraph: the first line asks (or puts a claim), the rest answers
        for (a, b), lines in units[inline[0] :]:
            first = text[slice(*lines[0])]
            if len(lines) >= 2:
                turns.append(InterviewTurn(lines[0][0], lines[0][1], True))
                turns.append(InterviewTurn(lines[1][0], b, False))
            else:
                turns.append(InterviewTurn(a, b, _is_question(first)))
    else:
        asked = [n for n, (a, b) in enumerate(paragraphs) if _is_question(text[a:b].strip())]
        if len(asked) < 2:
            return ()
        rest = paragraphs[asked[0] :]
        for n, (a, b) in enumerate(rest):
            para = text[a:b].strip()
            put = (
                0 < n < len(rest) - 1
                and not _is_question(text[slice(*rest[n - 1])].strip())
                and not _is_question(text[slice(*rest[n + 1])].strip())
                and _put_to_you(text, quotes, a, b)
            )
            turns.append(InterviewTurn(a, b, _is_question(para) or put))
    if not any(
        _SECOND_PERSON_RE.search(text[t.start : t.end])
        if t.asks
        else _unquoted_first_person(text, quotes, t)
        for t in turns
    ):
        return ()
    return tuple(turns)
