"""spaCy component `dateline_entities`: sets ``doc._.entities``. (First stub: to be filled in.)"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dateline.nlp.extensions import register_extensions


class _Component:
    def __call__(self, doc: Doc) -> Doc:
        doc._.entities = []
        return doc


@Language.factory("dateline_entities", assigns=["doc._.entities"])
def make_entity_resolver(nlp: Language, name: str) -> _Component:
    register_extensions()
    return _Component()
