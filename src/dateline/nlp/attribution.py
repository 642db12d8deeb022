"""spaCy component ``dateline_attribution``: who said what, in which words, and how sure.

Sets ``doc._.statements`` to a list of :class:`dateline.records.Statement`, in text order.
It reads ``doc._.timexes`` (time of utterance) and ``doc._.entities`` (speaker ids) when the
earlier components set them, and works without them.

Passes, each one construction of news prose:

1. quotation marks (:mod:`attribution_quotes`): a full-sentence quote is a *direct*
   statement whose speaker sits in the attribution before it (``X said: "..."``) or after it
   (``"...," X said`` / ``"...," said X`` / ``"...," he adds``), else is inherited from the
   paragraph's other quotes or from the quote it continues;
2. reported speech: sentence-final and parenthetical attributions read by surface
   (``P, the officials added.``, ``The suspect, police said, had fled``), then reporting
   verbs with a clausal complement by the parse (``X said (that) P``, ``saying P``,
   ``X denied P``, ``calls on X to do P``, ``documents show that P``): *indirect*, or *mixed*
   when P carries quoted words; ``according to X, P``; communication verbs carrying a
   quoted fragment (``called it "reckless"``);
3. answers: ``Asked whether P, X said, "Yes."`` → *answer* with content P;
4. unattributed hedges: ``It is believed P``, ``it was reported P``, ``X is thought to ...``;
5. negated confirmation: ``CNN cannot independently confirm P`` (speaker CNN), ``We could
   not verify P`` (the outlet of the ``(Outlet) —`` dateline), ``The video could not be
   verified`` (no speaker: the text names none).

Modules, in the order the data flows: :mod:`attribution_quotes` (quotation marks, paragraphs,
datelines), :mod:`attribution_index` (the text and token columns, read once per document),
:mod:`attribution_cues` (reporting-verb lexicons), :mod:`attribution_nouns` (people, groups,
organisations, pronoun classes), :mod:`attribution_grammar`
(a cue's subject, complement and polarity in the parse), the passes
(:mod:`attribution_direct`, :mod:`attribution_surface`, :mod:`attribution_reported`,
:mod:`attribution_answers`, :mod:`attribution_hedges`), :mod:`attribution_candidates`
(merging overlaps), :mod:`attribution_resolve` (speakers in document order, with
:mod:`attribution_issuers` for the real speaker behind a medium or an ordinal: "a statement
from X said" → X, "The second, a western official, said" → that official) and
:mod:`attribution_records` (the final records). This module only runs them in turn.

Parses of the small model run across paragraphs and mis-attach attributions; every pass
keeps to the cue's paragraph and falls back on surface patterns where the parse is known
to fail.

Speakers are resolved in document order (:mod:`attribution_resolve`, with
:mod:`attribution_speakers`); certainty is graded by
:func:`dateline.nlp.certainty.grade_certainty`. The design follows the quotation
attribution literature for news (Pareti 2012, PARC 3.0; Muzny et al. 2017 for speaker
inheritance across paragraphs) as plain rules over a dependency parse.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from dateline.nlp.attribution_answers import answers
from dateline.nlp.attribution_candidates import dedupe
from dateline.nlp.attribution_cues import CUE_VERBS
from dateline.nlp.attribution_direct import direct_quotes
from dateline.nlp.attribution_hedges import negated_confirmations, outlet_of, unattributed_hedges
from dateline.nlp.attribution_index import indexed
from dateline.nlp.attribution_quotes import find_quotes, quote_mask
from dateline.nlp.attribution_reported import reported_speech
from dateline.nlp.attribution_resolve import resolve_statements
from dateline.nlp.attribution_surface import according_to
from dateline.nlp.extensions import register_extensions
from dateline.records import Statement


class AttributionComponent:
    """The ``dateline_attribution`` pipe."""

    def __init__(self, nlp: Language | None = None) -> None:
        self._nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        doc._.statements = find_statements(doc, hand_on=self._hands_on())
        return doc

    def _hands_on(self) -> bool:
        """Hand the token tables on only to a claims component of the same pipeline, which
        takes them (left untaken, they would live as long as the ``Doc``)."""
        return self._nlp is not None and "dateline_claims" in self._nlp.pipe_names

    def pipe(self, docs: Any, batch_size: int = 32) -> Any:
        for doc in docs:
            yield self(doc)


@Language.factory("dateline_attribution", assigns=["doc._.statements"])
def make_attribution(nlp: Language, name: str) -> AttributionComponent:
    register_extensions()
    return AttributionComponent(nlp)


def find_statements(doc: Doc, *, hand_on: bool = False) -> list[Statement]:
    """All statements of a parsed ``doc``, speakers resolved and certainty graded.

    ``hand_on``: leave the token tables for the claims component, which reads them next.
    """
    # the tables the entity component read from this parse (built if absent)
    with indexed(doc, hand_on=hand_on, take_over=True) as index:
        if not index.text.strip():
            return []
        quotes = find_quotes(index.text)
        in_quote = quote_mask(doc, quotes)
        candidates = direct_quotes(doc, quotes)
        candidates += reported_speech(doc, quotes, in_quote, candidates)
        candidates += according_to(doc, in_quote, candidates)
        candidates = answers(doc, in_quote, candidates)
        candidates += unattributed_hedges(doc, in_quote, candidates)
        candidates += negated_confirmations(doc, in_quote, candidates, outlet=outlet_of(doc))
        return resolve_statements(doc, dedupe(doc, candidates), quotes, in_quote)


__all__ = [
    "AttributionComponent",
    "CUE_VERBS",
    "find_statements",
    "make_attribution",
    "outlet_of",
]
