"""From a resolved candidate to a :class:`dateline.records.Statement`.

Decides what only the finished statement can tell: direct, indirect or *mixed* (quoted words
inside reported speech), whether the attribution makes the source anonymous (``said on
condition of anonymity``), the certainty grade, and when it was said (a time expression
hanging from the cue, outside the content).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from dateline.nlp.attribution_candidates import Candidate, overlap
from dateline.nlp.attribution_index import doc_text
from dateline.nlp.attribution_quotes import QuoteSpan
from dateline.nlp.certainty import grade_certainty, weakest
from dateline.records import Speaker, Statement


def statement_record(
    doc: Doc, cand: Candidate, speaker: Speaker | None, prefix: str, n: int, quotes: list[QuoteSpan]
) -> Statement:
    content = doc_text(doc)[cand.start : cand.end]
    if cand.kind in {"indirect", "mixed"}:
        # Mixed: reported speech that carries the speaker's own words in quotation marks.
        quoted = any(cand.start <= q.start and q.end <= cand.end + 1 for q in quotes)
        cand.kind = "mixed" if quoted else "indirect"
    if speaker is not None and not speaker.anonymous and _anonymity_in_frame(doc, cand):
        speaker = speaker.model_copy(update={"anonymous": True})
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    certainty = cand.certainty or weakest(
        [
            grade_certainty(
                span if span is not None else content,
                cue=cand.cue,
                speaker=speaker,
                negated=cand.negated,
                quoted=cand.kind == "direct",
            ),
            cand.floor,
        ]
    )
    return Statement(
        doc_id=doc._.doc_id or "",
        statement_id=f"{prefix}:s{n}",
        start=cand.start,
        end=cand.end,
        text=content,
        kind=cand.kind,
        speaker=speaker,
        cue=cand.cue,
        said_at=_said_at(doc, cand),
        certainty=certainty,
    )


_ANONYMITY_RE = re.compile(
    r"\b(?:on condition of anonymity|speaking anonymously|on (?:the )?condition (?:that )?(?:they|he|she) "
    r"(?:not|would not) be (?:named|identified)|(?:was|were|is|are) not authori[sz]ed to"
    r"|asked not to be (?:named|identified)|declined to be (?:named|identified)|on background)\b",
    re.IGNORECASE,
)


def _anonymity_in_frame(doc: Doc, cand: Candidate) -> bool:
    """ "..., a senior official said on condition of anonymity": the attribution, not the
    speaker's noun phrase, says the source is anonymous."""
    if cand.frame is None:
        return False
    f0, f1 = cand.frame
    outside = doc_text(doc)[f0 : min(cand.start, f1)] + " " + doc_text(doc)[max(cand.end, f0) : f1]
    return bool(_ANONYMITY_RE.search(outside))


def _said_at(doc: Doc, cand: Candidate) -> str | None:
    """The TIMEX3 value of a time expression in the attribution, outside the content.

    For a reporting verb the expression must hang from the verb itself ("said in February",
    "told reporters Wednesday"), not from its complement; for a quote it must sit in the
    attribution window around the quote.
    """
    if cand.frame is None:
        return None
    timexes = (doc._.timexes or []) if Doc.has_extension("timexes") else []
    f0, f1 = cand.frame
    for timex in timexes:
        if not (f0 <= timex.start and timex.end <= f1) or overlap(
            timex.start, timex.end, cand.start, cand.end
        ):
            continue
        if timex.type not in {"DATE", "TIME"} or not timex.value:
            continue
        if cand.cue_token is not None and not _hangs_from(doc, timex.start, timex.end, cand):
            continue
        return str(timex.value)
    return None


def _hangs_from(doc: Doc, start: int, end: int, cand: Candidate) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or cand.cue_token is None:
        return False
    for ancestor in span.root.ancestors:
        if ancestor.i == cand.cue_token:
            return True
        if cand.start <= ancestor.idx < cand.end:
            return False
    return False
