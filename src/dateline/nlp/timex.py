"""spaCy component `dateline_timex`: sets ``doc._.timexes``. (First stub: to be filled in.)"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dateline.nlp.extensions import register_extensions


class _Component:
    def __call__(self, doc: Doc) -> Doc:
        doc._.timexes = []
        return doc


@Language.factory("dateline_timex", assigns=["doc._.timexes"])
def make_timex_tagger(nlp: Language, name: str) -> _Component:
    register_extensions()
    return _Component()
