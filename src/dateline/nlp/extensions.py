"""The ``Doc._`` extensions dateline's components read and write.

Input: ``doc._.doc_id``, ``doc._.published`` and ``doc._.outlet`` (set by :func:`dateline.nlp.pipeline.make_doc`
or by the user before calling a component). Output: lists of records from
:mod:`dateline.records`, one list per component.
"""

from __future__ import annotations

from spacy.tokens import Doc

EXTENSIONS = ("doc_id", "published", "outlet", "timexes", "entities", "statements", "claims")


def register_extensions() -> None:
    """Idempotent: safe to call from every component factory."""
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()
