"""The ``Doc._`` extensions dateline's components read and write.

Input: ``doc._.doc_id``, ``doc._.published`` and ``doc._.outlet`` (set by :func:`dateline.nlp.pipeline.make_doc`
or by the user before calling a component). Output: lists of records from
:mod:`dateline.records`, one list per component.

The values are pydantic records and dates, which spaCy's msgpack serialisation does not know.
``Doc.to_bytes`` (and so ``nlp.pipe(..., n_process=N)``, which sends docs between processes
that way) would fail on them; the encoder and decoder registered here with srsly turn them
into tagged plain data and back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import srsly
from pydantic import BaseModel
from spacy.tokens import Doc

from dateline import records

EXTENSIONS = ("doc_id", "published", "outlet", "timexes", "entities", "statements", "claims")

_RECORD_TAG = "__dateline_record__"
_DATE_TAG = "__dateline_date__"

Chain = Callable[[Any], Any] | None


def register_extensions() -> None:
    """Idempotent: safe to call from every component factory."""
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def encode_record(obj: Any, chain: Chain = None) -> Any:
    """msgpack ``default`` hook: a dateline record or a date as a tagged dict."""
    if isinstance(obj, BaseModel) and getattr(records, type(obj).__name__, None) is type(obj):
        return {_RECORD_TAG: type(obj).__name__, "data": obj.model_dump(mode="json")}
    if type(obj) is date:  # a datetime is not one of ours: left to the next encoder
        return {_DATE_TAG: obj.isoformat()}
    return obj if chain is None else chain(obj)


def decode_record(obj: Any, chain: Chain = None) -> Any:
    """msgpack ``object_hook``: the inverse of :func:`encode_record`."""
    if isinstance(obj, dict):
        if _RECORD_TAG in obj:
            return getattr(records, obj[_RECORD_TAG]).model_validate(obj["data"])
        if _DATE_TAG in obj:
            return date.fromisoformat(obj[_DATE_TAG])
    return obj if chain is None else chain(obj)


register_extensions()
srsly.msgpack_encoders.register("dateline", func=encode_record)
srsly.msgpack_decoders.register("dateline", func=decode_record)
