"""spaCy component `dateline_attribution`: sets ``doc._.statements``. (First stub: to be filled in.)"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dateline.nlp.extensions import register_extensions


class _Component:
    def __call__(self, doc: Doc) -> Doc:
        doc._.statements = []
        return doc


@Language.factory("dateline_attribution", assigns=["doc._.statements"])
def make_attribution(nlp: Language, name: str) -> _Component:
    register_extensions()
    return _Component()
