"""spaCy component `dateline_claims`: sets ``doc._.claims``. (First stub: to be filled in.)"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dateline.nlp.extensions import register_extensions


class _Component:
    def __call__(self, doc: Doc) -> Doc:
        doc._.claims = []
        return doc


@Language.factory("dateline_claims", assigns=["doc._.claims"])
def make_claim_extractor(nlp: Language, name: str) -> _Component:
    register_extensions()
    return _Component()
